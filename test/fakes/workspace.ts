// The workspace: splits, leaves and the views they hold (ItemView, FileView, MarkdownView with an Editor
// that saves back to the vault), the active leaf and file with Obsidian's events, and Markdown rendering.
import { Component, Events, debounce, requireDom, watch, work, type Debouncer, type EventRef } from "./component";
import { parseLinktext } from "./metadata";
import { setIcon, type IconName, type Menu, type Scope } from "./ui";
import { TFile, type TAbstractFile } from "./vault";
import { renderBlock, renderInline, sectionClass, splitBlocks, type Block } from "./markdown";
import type { App } from "./obsidian";

export type PaneType = "tab" | "split" | "window";
export type SplitDirection = "vertical" | "horizontal";
export type Side = "left" | "right";

export interface ViewState {
	type: string;
	state?: Record<string, unknown>;
	active?: boolean;
	pinned?: boolean;
	group?: WorkspaceLeaf;
}

export interface ViewStateResult {
	history: boolean;
}

export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
	group?: WorkspaceLeaf;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export interface MarkdownFileInfo {
	app: App;
	get file(): TFile | null;
	editor?: Editor;
	hoverPopover: unknown;
}

let nextId = 0;
function randomId(): string {
	nextId++;
	return `${nextId.toString(16).padStart(4, "0")}${Math.random().toString(16).slice(2, 14)}`;
}

// ---- Layout items ---------------------------------------------------------------------------------------

export abstract class WorkspaceItem extends Events {
	abstract parent: WorkspaceParent;
	containerEl!: HTMLElement;

	getRoot(): WorkspaceItem {
		let item: WorkspaceItem = this;
		while (item.parent) item = item.parent;
		return item;
	}

	getContainer(): WorkspaceContainer {
		return this.getRoot() as WorkspaceContainer;
	}
}

export abstract class WorkspaceParent extends WorkspaceItem {
	children: WorkspaceItem[] = [];
}

function maybeDiv(cls: string): HTMLElement {
	return (typeof document === "undefined" ? undefined : createDiv(cls)) as HTMLElement;
}

export class WorkspaceSplit extends WorkspaceParent {
	parent!: WorkspaceParent;

	constructor(cls = "workspace-split") {
		super();
		this.containerEl = maybeDiv(cls);
	}
}

export abstract class WorkspaceContainer extends WorkspaceSplit {
	abstract win: Window;
	abstract doc: Document;
}

export class WorkspaceRoot extends WorkspaceContainer {
	win: Window = typeof window === "undefined" ? (undefined as unknown as Window) : window;
	doc: Document = typeof document === "undefined" ? (undefined as unknown as Document) : document;
}

export class WorkspaceWindow extends WorkspaceContainer {
	win: Window = window;
	doc: Document = document;
}

export class WorkspaceSidedock extends WorkspaceSplit {
	collapsed = false;

	toggle(): void {
		if (this.collapsed) this.expand();
		else this.collapse();
	}

	collapse(): void {
		this.collapsed = true;
		this.containerEl?.addClass("is-collapsed");
	}

	expand(): void {
		this.collapsed = false;
		this.containerEl?.removeClass("is-collapsed");
	}
}

export class WorkspaceMobileDrawer extends WorkspaceParent {
	parent!: WorkspaceParent;
	collapsed = false;

	expand(): void {
		this.collapsed = false;
	}

	collapse(): void {
		this.collapsed = true;
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}
}

export class WorkspaceFloating extends WorkspaceParent {
	parent!: WorkspaceParent;
}

export class WorkspaceTabs extends WorkspaceParent {
	parent: WorkspaceSplit;
	/** The leaf whose view is shown in this tab group. */
	currentTab: WorkspaceLeaf | null = null;

	constructor(parent: WorkspaceSplit) {
		super();
		this.parent = parent;
		this.containerEl = maybeDiv("workspace-tabs");
		if (this.containerEl) parent.containerEl.appendChild(this.containerEl);
		parent.children.push(this);
	}

	selectTab(leaf: WorkspaceLeaf): void {
		this.currentTab = leaf;
		for (const child of this.children) (child as WorkspaceLeaf).containerEl.toggle(child === leaf);
	}
}

export class WorkspaceRibbon {
	containerEl: HTMLElement = maybeDiv("side-dock-ribbon");
}

// ---- Views ----------------------------------------------------------------------------------------------

export abstract class View extends Component {
	app: App;
	icon: IconName = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv("workspace-leaf-content");
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	abstract getViewType(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	getIcon(): IconName {
		return this.icon;
	}

	onResize(): void {}

	abstract getDisplayText(): string;

	onPaneMenu(_menu: Menu, _source: string): void {}

	/** The leaf opens this view: Obsidian loads it, then awaits onOpen. */
	async openInLeaf(): Promise<void> {
		this.load();
		await this.onOpen();
	}

	/** The leaf lets go of this view: onClose starts and the view is unloaded at once. */
	closeInLeaf(): Promise<void> {
		const closing = this.onClose();
		this.unload();
		this.containerEl.detach();
		return closing;
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	headerEl: HTMLElement;
	titleEl: HTMLElement;
	actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		// As in Obsidian: containerEl.children[0] is the header, children[1] the content.
		this.headerEl = this.containerEl.createDiv("view-header");
		this.titleEl = this.headerEl.createDiv("view-header-title-container").createDiv("view-header-title");
		this.actionsEl = this.headerEl.createDiv("view-actions");
		this.contentEl = this.containerEl.createDiv("view-content");
	}

	addAction(icon: IconName, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", callback);
		this.actionsEl.prepend(el);
		return el;
	}

	override async openInLeaf(): Promise<void> {
		await super.openInLeaf();
		this.updateTitle();
	}

	/** Shows getDisplayText() in the header (fake helper; Obsidian does it on open and on rename). */
	updateTitle(): void {
		this.titleEl.setText(this.getDisplayText());
	}
}

/** The view of a new, empty tab. */
export class EmptyView extends ItemView {
	override navigation = true;

	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}

	override onload(): void {
		super.onload();
		this.registerEvent(
			this.app.vault.on("rename", (file: TAbstractFile) => {
				if (file === this.file) void this.onRename(file as TFile);
			}),
		);
		this.registerEvent(
			this.app.vault.on("delete", (file: TAbstractFile) => {
				// A deleted file's tab shows an empty view.
				if (file === this.file) void this.leaf.setViewState({ type: "empty" });
			}),
		);
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, _result: ViewStateResult): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path !== "string") return;
		const file = this.app.vault.getFileByPath(path);
		if (file) await this.loadFile(file);
	}

	/** Switches the view to another file: the old one is unloaded (saved), the new one loaded. */
	async loadFile(file: TFile | null): Promise<void> {
		if (file === this.file) return;
		const previous = this.file;
		if (previous) await this.onUnloadFile(previous);
		this.file = file;
		this.updateTitle();
		if (file) {
			await this.onLoadFile(file);
			this.app.workspace.noteFileOpened(this);
		}
	}

	async onLoadFile(_file: TFile): Promise<void> {}

	async onUnloadFile(_file: TFile): Promise<void> {}

	async onRename(_file: TFile): Promise<void> {
		this.updateTitle();
	}

	canAcceptExtension(_extension: string): boolean {
		return false;
	}

	override closeInLeaf(): Promise<void> {
		const unloading = this.file ? this.onUnloadFile(this.file) : Promise.resolve();
		const closing = super.closeInLeaf();
		return Promise.all([unloading, closing]).then(() => undefined);
	}
}

export abstract class EditableFileView extends FileView {}

/** Obsidian's TextFileView.requestSave waits this long after the last change. */
export const SAVE_DELAY_MS = 2_000;

export abstract class TextFileView extends EditableFileView {
	/** The text as last loaded from or saved to the file. */
	data = "";
	/**
	 * As in Obsidian: the view saves 2 s after the last change, and until then the file on disk (what
	 * Vault.read and Vault.process see) does not have what was typed. The global timers drive it, so a
	 * test with fake timers advances them; `save()` writes at once.
	 */
	requestSave: () => void;
	private saveTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.requestSave = () => {
			if (this.saveTimer !== null) clearTimeout(this.saveTimer);
			this.saveTimer = setTimeout(() => {
				this.saveTimer = null;
				void work(() => this.save());
			}, SAVE_DELAY_MS);
		};
	}

	/** Whether edits are waiting to be written (fake helper). */
	hasPendingSave(): boolean {
		return this.saveTimer !== null;
	}

	override async onLoadFile(file: TFile): Promise<void> {
		const data = await this.app.vault.read(file);
		this.data = data;
		this.setViewData(data, true);
	}

	override async onUnloadFile(_file: TFile): Promise<void> {
		await this.save(true);
	}

	async save(clear?: boolean): Promise<void> {
		if (this.saveTimer !== null) {
			clearTimeout(this.saveTimer);
			this.saveTimer = null;
		}
		const file = this.file;
		const data = this.getViewData();
		if (file && data !== this.data && this.app.vault.getFileByPath(file.path) === file) {
			this.data = data;
			await this.app.vault.modify(file, data);
		}
		if (clear) this.clear();
	}

	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
	abstract clear(): void;
}

// ---- Editor -------------------------------------------------------------------------------------------

export interface EditorPosition {
	line: number;
	ch: number;
}

export interface EditorRange {
	from: EditorPosition;
	to: EditorPosition;
}

export interface EditorRangeOrCaret {
	from: EditorPosition;
	to?: EditorPosition;
}

export interface EditorSelection {
	anchor: EditorPosition;
	head: EditorPosition;
}

export interface EditorSelectionOrCaret {
	anchor: EditorPosition;
	head?: EditorPosition;
}

export interface EditorChange extends EditorRangeOrCaret {
	text: string;
}

export interface EditorTransaction {
	replaceSelection?: string;
	changes?: EditorChange[];
	selections?: EditorRangeOrCaret[];
	selection?: EditorRangeOrCaret;
}

export type EditorCommandName =
	| "goUp"
	| "goDown"
	| "goLeft"
	| "goRight"
	| "goStart"
	| "goEnd"
	| "goWordLeft"
	| "goWordRight"
	| "indentMore"
	| "indentLess"
	| "newlineAndIndent"
	| "swapLineUp"
	| "swapLineDown"
	| "deleteLine"
	| "toggleFold"
	| "foldAll"
	| "unfoldAll";

interface Sel {
	anchor: number;
	head: number;
}

interface Change {
	from: number;
	to: number;
	text: string;
}

/** Where a position lands after a change; like CodeMirror, a caret at an insertion point stays before it. */
function mapThrough(pos: number, change: Change): number {
	if (pos <= change.from) return pos;
	if (pos >= change.to && change.to > change.from) return pos + change.text.length - (change.to - change.from);
	if (change.to === change.from) return pos + change.text.length;
	return change.from;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * A plain-text editor with Obsidian's Editor API. It holds the note's text; every edit runs `onChange`,
 * which a MarkdownView uses to save back to the vault. In a browser it mirrors itself into a textarea.
 */
export class Editor {
	/** Set by the MarkdownView that owns the editor. */
	onChange: ((origin?: string) => void) | null = null;
	private text: string;
	private sels: Sel[] = [{ anchor: 0, head: 0 }];
	private main = 0;
	private undoStack: { text: string; sels: Sel[] }[] = [];
	private redoStack: { text: string; sels: Sel[] }[] = [];
	private focused = false;

	constructor(
		text = "",
		readonly inputEl: HTMLTextAreaElement | null = null,
	) {
		this.text = text;
		if (inputEl) {
			inputEl.value = text;
			inputEl.addEventListener("input", () => {
				if (inputEl.value === this.text) return;
				this.commit(inputEl.value, [{ anchor: inputEl.selectionStart ?? 0, head: inputEl.selectionEnd ?? 0 }], "input");
			});
			const syncSelection = () => {
				this.sels = [{ anchor: inputEl.selectionStart ?? 0, head: inputEl.selectionEnd ?? 0 }];
				this.main = 0;
			};
			inputEl.addEventListener("select", syncSelection);
			inputEl.addEventListener("keyup", syncSelection);
			inputEl.addEventListener("click", syncSelection);
			inputEl.addEventListener("focus", () => (this.focused = true));
			inputEl.addEventListener("blur", () => (this.focused = false));
		}
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {}

	getValue(): string {
		return this.text;
	}

	setValue(content: string): void {
		this.apply([{ from: 0, to: this.text.length, text: content }], "setValue");
	}

	/** Replaces the text without counting as an edit: no onChange, as when a view loads its file. */
	load(text: string, clear: boolean): void {
		this.text = text;
		if (clear) {
			this.sels = [{ anchor: 0, head: 0 }];
			this.main = 0;
			this.undoStack = [];
			this.redoStack = [];
		} else {
			this.sels = this.sels.map((s) => ({ anchor: Math.min(s.anchor, text.length), head: Math.min(s.head, text.length) }));
		}
		this.mirror();
	}

	getLine(line: number): string {
		return this.lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this.lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getSelection(): string {
		const s = this.sels[this.main];
		return this.text.slice(Math.min(s.anchor, s.head), Math.max(s.anchor, s.head));
	}

	somethingSelected(): boolean {
		return this.sels.some((s) => s.anchor !== s.head);
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		const a = this.posToOffset(from);
		const b = this.posToOffset(to);
		return this.text.slice(Math.min(a, b), Math.max(a, b));
	}

	replaceSelection(replacement: string, origin?: string): void {
		this.apply(this.selectionChanges(replacement), origin ?? "replaceSelection", true);
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, origin?: string): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		this.apply([{ from: Math.min(a, b), to: Math.max(a, b), text: replacement }], origin ?? "replaceRange");
	}

	getCursor(string: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const s = this.sels[this.main];
		const offset =
			string === "from" ? Math.min(s.anchor, s.head) : string === "to" ? Math.max(s.anchor, s.head) : string === "anchor" ? s.anchor : s.head;
		return this.offsetToPos(offset);
	}

	listSelections(): EditorSelection[] {
		return this.sels.map((s) => ({ anchor: this.offsetToPos(s.anchor), head: this.offsetToPos(s.head) }));
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(p);
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.setSelections([{ anchor, head }]);
	}

	setSelections(ranges: EditorSelectionOrCaret[], main?: number): void {
		if (ranges.length === 0) return;
		this.sels = ranges.map((r) => {
			const anchor = this.posToOffset(r.anchor);
			return { anchor, head: r.head ? this.posToOffset(r.head) : anchor };
		});
		this.main = Math.min(main ?? this.sels.length - 1, this.sels.length - 1);
		this.mirror();
	}

	focus(): void {
		this.focused = true;
		this.inputEl?.focus();
	}

	blur(): void {
		this.focused = false;
		this.inputEl?.blur();
	}

	hasFocus(): boolean {
		return this.focused;
	}

	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}

	scrollTo(_x?: number | null, _y?: number | null): void {}

	scrollIntoView(_range: EditorRange, _center?: boolean): void {}

	undo(): void {
		const previous = this.undoStack.pop();
		if (!previous) return;
		this.redoStack.push({ text: this.text, sels: this.sels });
		this.text = previous.text;
		this.sels = previous.sels;
		this.emit("undo");
	}

	redo(): void {
		const next = this.redoStack.pop();
		if (!next) return;
		this.undoStack.push({ text: this.text, sels: this.sels });
		this.text = next.text;
		this.sels = next.sels;
		this.emit("redo");
	}

	exec(command: EditorCommandName): void {
		const cursor = this.getCursor();
		switch (command) {
			case "goStart":
				return this.setCursor({ line: 0, ch: 0 });
			case "goEnd":
				return this.setCursor(this.offsetToPos(this.text.length));
			case "goLeft":
				return this.setCursor(this.offsetToPos(Math.max(0, this.posToOffset(cursor) - 1)));
			case "goRight":
				return this.setCursor(this.offsetToPos(this.posToOffset(cursor) + 1));
			case "goUp":
				return this.setCursor({ line: Math.max(0, cursor.line - 1), ch: cursor.ch });
			case "goDown":
				return this.setCursor({ line: Math.min(this.lastLine(), cursor.line + 1), ch: cursor.ch });
			case "newlineAndIndent":
				return this.replaceSelection("\n");
			case "deleteLine": {
				const last = cursor.line === this.lastLine();
				const from = last && cursor.line > 0 ? { line: cursor.line - 1, ch: this.getLine(cursor.line - 1).length } : { line: cursor.line, ch: 0 };
				const to = last ? { line: cursor.line, ch: this.getLine(cursor.line).length } : { line: cursor.line + 1, ch: 0 };
				return this.replaceRange("", from, to);
			}
			case "indentMore":
				return this.replaceRange("\t", { line: cursor.line, ch: 0 });
			case "indentLess": {
				const indent = /^(\t| {1,4})/.exec(this.getLine(cursor.line));
				if (indent) this.replaceRange("", { line: cursor.line, ch: 0 }, { line: cursor.line, ch: indent[1].length });
				return;
			}
			default:
				// Folding and word motions have no effect on a plain-text editor.
				return;
		}
	}

	transaction(tx: EditorTransaction, origin?: string): void {
		const changes: Change[] = (tx.changes ?? []).map((c) => {
			const a = this.posToOffset(c.from);
			const b = c.to ? this.posToOffset(c.to) : a;
			return { from: Math.min(a, b), to: Math.max(a, b), text: c.text };
		});
		if (tx.replaceSelection !== undefined) changes.push(...this.selectionChanges(tx.replaceSelection));
		const { text, sels } = this.applyToText(changes, tx.replaceSelection !== undefined);
		const ranges = tx.selections ?? (tx.selection ? [tx.selection] : null);
		// Selections in a transaction refer to the document after its changes.
		const after = ranges ? ranges.map((r) => ({ anchor: this.offsetIn(text, r.from), head: this.offsetIn(text, r.to ?? r.from) })) : sels;
		this.commit(text, after, origin ?? "transaction");
	}

	wordAt(pos: EditorPosition): EditorRange | null {
		const offset = this.posToOffset(pos);
		let from = offset;
		let to = offset;
		while (from > 0 && WORD.test(this.text[from - 1])) from--;
		while (to < this.text.length && WORD.test(this.text[to])) to++;
		return from === to ? null : { from: this.offsetToPos(from), to: this.offsetToPos(to) };
	}

	posToOffset(pos: EditorPosition): number {
		return this.offsetIn(this.text, pos);
	}

	offsetToPos(offset: number): EditorPosition {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		const before = this.text.slice(0, clamped);
		const line = before.split("\n").length - 1;
		return { line, ch: clamped - (before.lastIndexOf("\n") + 1) };
	}

	processLines<T>(
		read: (line: number, lineText: string) => T | null,
		write: (line: number, lineText: string, value: T | null) => EditorChange | void,
		ignoreEmpty = false,
	): void {
		const lines = new Set<number>();
		for (const s of this.sels) {
			const a = this.offsetToPos(Math.min(s.anchor, s.head)).line;
			const b = this.offsetToPos(Math.max(s.anchor, s.head)).line;
			for (let l = a; l <= b; l++) lines.add(l);
		}
		const targets = [...lines].sort((x, y) => x - y).filter((l) => !ignoreEmpty || this.getLine(l).trim() !== "");
		const values = targets.map((l) => read(l, this.getLine(l)));
		const changes = targets.map((l, i) => write(l, this.getLine(l), values[i])).filter((c): c is EditorChange => !!c);
		if (changes.length > 0) this.transaction({ changes });
	}

	private lines(): string[] {
		return this.text.split("\n");
	}

	private offsetIn(text: string, pos: EditorPosition): number {
		const lines = text.split("\n");
		const line = Math.max(0, Math.min(pos.line, lines.length - 1));
		let offset = 0;
		for (let i = 0; i < line; i++) offset += lines[i].length + 1;
		return offset + Math.max(0, Math.min(pos.ch, lines[line].length));
	}

	private selectionChanges(replacement: string): Change[] {
		return this.sels.map((s) => ({ from: Math.min(s.anchor, s.head), to: Math.max(s.anchor, s.head), text: replacement }));
	}

	/** Applies non-overlapping changes given in the current document's offsets. */
	private applyToText(changes: Change[], caretsAfterInsert = false): { text: string; sels: Sel[] } {
		let text = this.text;
		let sels = this.sels.map((s) => ({ ...s }));
		const ordered = [...changes].sort((a, b) => b.from - a.from);
		for (const change of ordered) {
			text = text.slice(0, change.from) + change.text + text.slice(change.to);
			sels = sels.map((s) => {
				const covers = Math.min(s.anchor, s.head) === change.from && Math.max(s.anchor, s.head) === change.to;
				if (caretsAfterInsert && covers) {
					const end = change.from + change.text.length;
					return { anchor: end, head: end };
				}
				return { anchor: mapThrough(s.anchor, change), head: mapThrough(s.head, change) };
			});
		}
		return { text, sels };
	}

	private apply(changes: Change[], origin: string, caretsAfterInsert = false): void {
		const { text, sels } = this.applyToText(changes, caretsAfterInsert);
		this.commit(text, sels, origin);
	}

	private commit(text: string, sels: Sel[], origin: string): void {
		this.undoStack.push({ text: this.text, sels: this.sels });
		this.redoStack = [];
		this.text = text;
		this.sels = sels.length > 0 ? sels : [{ anchor: 0, head: 0 }];
		this.main = Math.min(this.main, this.sels.length - 1);
		this.emit(origin);
	}

	private emit(origin: string): void {
		if (origin !== "input") this.mirror();
		this.onChange?.(origin);
	}

	private mirror(): void {
		if (!this.inputEl) return;
		if (this.inputEl.value !== this.text) this.inputEl.value = this.text;
		const s = this.sels[this.main];
		this.inputEl.setSelectionRange?.(Math.min(s.anchor, s.head), Math.max(s.anchor, s.head));
	}
}

/** The reading-mode side of a MarkdownView: renders the note with the registered processors. */
export class MarkdownPreviewView {
	containerEl: HTMLElement;
	private readonly owner = new Component();

	constructor(private readonly view: MarkdownView) {
		this.containerEl = createDiv("markdown-preview-view markdown-rendered");
	}

	get file(): TFile | null {
		return this.view.file;
	}

	get(): string {
		return this.view.getViewData();
	}

	set(data: string, clear: boolean): void {
		this.view.setViewData(data, clear);
	}

	clear(): void {
		this.owner.unload();
		this.containerEl.empty();
	}

	/** Renders the note's current text into containerEl. */
	rerender(_full?: boolean): Promise<void> {
		this.clear();
		this.owner.load();
		return MarkdownRenderer.render(this.view.app, this.get(), this.containerEl, this.file?.path ?? "", this.owner);
	}

	getScroll(): number {
		return 0;
	}

	applyScroll(_scroll: number): void {}
}

/** A Markdown note open in source mode. Edits through `editor` are saved back to the file. */
export class MarkdownView extends TextFileView implements MarkdownFileInfo {
	editor: Editor;
	previewMode: MarkdownPreviewView;
	hoverPopover: unknown = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const sourceEl = this.contentEl.createDiv("markdown-source-view mod-cm6");
		this.editor = new Editor("", sourceEl.createEl("textarea", { cls: "fake-editor-input", attr: { spellcheck: "false" } }));
		this.editor.onChange = () => this.onEditorChange();
		this.previewMode = new MarkdownPreviewView(this);
	}

	get currentMode(): { get(): string; set(data: string, clear: boolean): void; getScroll(): number; applyScroll(scroll: number): void } {
		return {
			get: () => this.getViewData(),
			set: (data, clear) => this.setViewData(data, clear),
			getScroll: () => 0,
			applyScroll: () => {},
		};
	}

	getViewType(): string {
		return "markdown";
	}

	override getIcon(): IconName {
		return "document";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, clear: boolean): void {
		this.editor.load(data, clear);
	}

	clear(): void {
		this.editor.load("", true);
	}

	showSearch(_replace?: boolean): void {}

	override canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}

	override onload(): void {
		super.onload();
		// A change made to the file elsewhere shows up in the editor, unless the editor has unsaved edits.
		this.registerEvent(
			this.app.vault.on("modify", (file: TAbstractFile) => {
				if (file !== this.file || this.hasPendingSave()) return;
				const text = this.app.vault.readSync(file as TFile);
				if (text === this.editor.getValue()) return;
				this.data = text;
				this.editor.load(text, false);
			}),
		);
	}

	private onEditorChange(): void {
		this.requestSave();
		this.app.workspace.trigger("editor-change", this.editor, this);
		if (this.file) this.app.workspace.trigger("quick-preview", this.file, this.editor.getValue());
	}
}

// ---- Leaves -------------------------------------------------------------------------------------------

export class WorkspaceLeaf extends WorkspaceItem {
	app: App;
	id: string;
	parent: WorkspaceTabs;
	view: View;
	pinned = false;
	group: string | null = null;
	/** When the leaf was last made active, as a counter; 0 if never. */
	activeTime = 0;
	private ephemeralState: unknown = {};
	private detached = false;

	constructor(app: App, parent: WorkspaceTabs) {
		super();
		requireDom("A workspace leaf");
		this.app = app;
		this.parent = parent;
		this.id = randomId();
		this.containerEl = createDiv("workspace-leaf");
		this.view = new EmptyView(this);
		this.containerEl.appendChild(this.view.containerEl);
		this.view.containerEl.setAttr("data-type", "empty");
		this.view.load();
	}

	override on(name: "pinned-change", callback: (pinned: boolean) => unknown, ctx?: unknown): EventRef;
	override on(name: "group-change", callback: (group: string) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	/** Whether the leaf has been detached (fake helper). */
	get isDetached(): boolean {
		return this.detached;
	}

	getViewState(): ViewState {
		return {
			type: this.view.getViewType(),
			state: this.view.getState(),
			active: this.app.workspace.activeLeaf === this,
			pinned: this.pinned,
		};
	}

	setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		return work(async () => {
			if (this.detached) return;
			if (this.view.getViewType() !== viewState.type) {
				const view = this.app.viewRegistry.createView(viewState.type, this) ?? new EmptyView(this);
				await this.open(view);
			}
			await this.view.setState(viewState.state ?? {}, { history: false });
			if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
			if (viewState.group) this.setGroupMember(viewState.group);
			if (eState !== undefined) this.setEphemeralState(eState);
			if (viewState.active) this.app.workspace.setActiveLeaf(this, { focus: true });
			this.app.workspace.trigger("layout-change");
		});
	}

	/** Puts a view in this leaf: the old view closes, the new one loads and opens. */
	async open(view: View): Promise<View> {
		const old = this.view;
		await old.closeInLeaf();
		this.view = view;
		view.containerEl.setAttr("data-type", view.getViewType());
		this.containerEl.appendChild(view.containerEl);
		this.app.workspace.viewChanged(this);
		await view.openInLeaf();
		return view;
	}

	/** Opens the file in this leaf (in a MarkdownView for notes) and, unless told otherwise, activates it. */
	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = this.app.viewRegistry.getTypeByExtension(file.extension) ?? "empty";
		await this.setViewState(
			{ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true },
			openState?.eState,
		);
	}

	getEphemeralState(): unknown {
		return { ...(this.ephemeralState as object), ...this.view.getEphemeralState() };
	}

	setEphemeralState(state: unknown): void {
		this.ephemeralState = state;
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		if (this.pinned === pinned) return;
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		other.group ??= randomId();
		this.setGroup(other.group);
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	detach(): void {
		if (this.detached) return;
		this.detached = true;
		const closing = this.view.closeInLeaf();
		void work(() => closing);
		this.containerEl.detach();
		this.app.workspace.removeLeaf(this);
	}

	getIcon(): IconName {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	/** Obsidian's internal: shows the view's current display text in its header. */
	updateHeader(): void {
		if (this.view instanceof ItemView) this.view.updateTitle();
	}

	onResize(): void {
		this.view.onResize();
	}

	/** The plugin that provided this leaf's view went away: show an empty view instead, at once. */
	replaceWithEmptyView(): void {
		const old = this.view;
		void work(() => old.closeInLeaf());
		const view = new EmptyView(this);
		this.view = view;
		view.containerEl.setAttr("data-type", "empty");
		this.containerEl.appendChild(view.containerEl);
		view.load();
		this.app.workspace.viewChanged(this);
	}
}

// ---- View registry ------------------------------------------------------------------------------------

export class ViewRegistry extends Events {
	viewByType: Record<string, ViewCreator> = {};
	typeByExtension: Record<string, string> = {};

	constructor() {
		super();
		this.viewByType.markdown = (leaf) => new MarkdownView(leaf);
		this.viewByType.empty = (leaf) => new EmptyView(leaf);
		this.typeByExtension.md = "markdown";
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		if (this.viewByType[type]) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.viewByType[type] = viewCreator;
		this.trigger("view-registered", type);
	}

	unregisterView(type: string): void {
		if (!this.viewByType[type]) return;
		delete this.viewByType[type];
		this.trigger("view-unregistered", type);
	}

	registerExtensions(extensions: string[], viewType: string): void {
		for (const ext of extensions) {
			if (this.typeByExtension[ext]) throw new Error(`Attempting to register an existing file extension "${ext}"`);
		}
		for (const ext of extensions) this.typeByExtension[ext] = viewType;
	}

	unregisterExtensions(extensions: string[]): void {
		for (const ext of extensions) delete this.typeByExtension[ext];
	}

	getTypeByExtension(extension: string): string | undefined {
		return this.typeByExtension[extension];
	}

	getViewCreatorByType(type: string): ViewCreator | undefined {
		return this.viewByType[type];
	}

	isExtensionRegistered(extension: string): boolean {
		return extension in this.typeByExtension;
	}

	createView(type: string, leaf: WorkspaceLeaf): View | null {
		const creator = this.viewByType[type];
		return creator ? creator(leaf) : null;
	}
}

// ---- Workspace ----------------------------------------------------------------------------------------

export class Workspace extends Events {
	leftSplit: WorkspaceSidedock;
	rightSplit: WorkspaceSidedock;
	leftRibbon = new WorkspaceRibbon();
	rightRibbon = new WorkspaceRibbon();
	rootSplit: WorkspaceRoot;
	activeLeaf: WorkspaceLeaf | null = null;
	containerEl: HTMLElement;
	layoutReady = false;
	requestSaveLayout: Debouncer<[], Promise<void>>;
	activeEditor: MarkdownFileInfo | null = null;
	private readonly tabs: { root: WorkspaceTabs; left: WorkspaceTabs; right: WorkspaceTabs };
	private layoutReadyCallbacks: (() => unknown)[] = [];
	private lastActiveFile: TFile | null = null;
	private recentFiles: string[] = [];
	private activeCounter = 0;

	constructor(private readonly app: App) {
		super();
		this.containerEl = maybeDiv("workspace");
		this.leftSplit = new WorkspaceSidedock("workspace-split mod-horizontal mod-sidedock mod-left-split");
		this.rootSplit = new WorkspaceRoot("workspace-split mod-vertical mod-root");
		this.rightSplit = new WorkspaceSidedock("workspace-split mod-horizontal mod-sidedock mod-right-split");
		if (this.containerEl) {
			this.containerEl.append(this.leftSplit.containerEl, this.rootSplit.containerEl, this.rightSplit.containerEl);
		}
		this.tabs = { root: new WorkspaceTabs(this.rootSplit), left: new WorkspaceTabs(this.leftSplit), right: new WorkspaceTabs(this.rightSplit) };
		this.requestSaveLayout = debounce(async () => {}, 1000);
		app.viewRegistry.on("view-unregistered", (type: string) => {
			for (const leaf of this.getLeavesOfType(type)) leaf.replaceWithEmptyView();
		});
	}

	override on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "layout-change" | "resize" | "css-change", callback: () => unknown, ctx?: unknown): EventRef;
	override on(name: "quick-preview", callback: (file: TFile, data: string) => unknown, ctx?: unknown): EventRef;
	override on(name: "editor-change", callback: (editor: Editor, info: MarkdownView | MarkdownFileInfo) => unknown, ctx?: unknown): EventRef;
	override on(name: "file-menu", callback: (menu: Menu, file: TAbstractFile, source: string, leaf?: WorkspaceLeaf) => unknown, ctx?: unknown): EventRef;
	override on(name: "editor-menu", callback: (menu: Menu, editor: Editor, info: MarkdownView | MarkdownFileInfo) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	/** Runs at once when the layout is ready, else when `app.startLayout()` makes it ready. */
	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) watch(callback());
		else this.layoutReadyCallbacks.push(callback);
	}

	/** Fake helper behind `app.startLayout()`: the moment Obsidian's layout becomes ready. */
	setLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		const callbacks = this.layoutReadyCallbacks;
		this.layoutReadyCallbacks = [];
		for (const callback of callbacks) watch(callback());
		this.trigger("layout-ready");
		this.trigger("layout-change");
	}

	async changeLayout(_workspace: unknown): Promise<void> {}

	getLayout(): Record<string, unknown> {
		const describe = (tabs: WorkspaceTabs) => tabs.children.map((leaf) => ({ id: (leaf as WorkspaceLeaf).id, ...(leaf as WorkspaceLeaf).getViewState() }));
		return { main: describe(this.tabs.root), left: describe(this.tabs.left), right: describe(this.tabs.right), active: this.activeLeaf?.id ?? null };
	}

	createLeafInParent(parent: WorkspaceSplit, index: number): WorkspaceLeaf {
		const tabs = parent === this.leftSplit ? this.tabs.left : parent === this.rightSplit ? this.tabs.right : this.tabs.root;
		return this.addLeaf(tabs, index);
	}

	createLeafBySplit(leaf: WorkspaceLeaf, _direction?: SplitDirection, before?: boolean): WorkspaceLeaf {
		const index = leaf.parent.children.indexOf(leaf);
		return this.addLeaf(leaf.parent, before ? index : index + 1);
	}

	splitActiveLeaf(direction?: SplitDirection): WorkspaceLeaf {
		return this.createLeafBySplit(this.getLeaf(false), direction);
	}

	async duplicateLeaf(leaf: WorkspaceLeaf, leafType?: PaneType | boolean | SplitDirection, _direction?: SplitDirection): Promise<WorkspaceLeaf> {
		const copy = leafType === "split" || leafType === "vertical" || leafType === "horizontal" ? this.createLeafBySplit(leaf) : this.getLeaf(true);
		await copy.setViewState({ ...leaf.getViewState(), active: false });
		return copy;
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		return this.getLeaf(false);
	}

	/**
	 * false/undefined: the active main-area leaf if it can navigate and is not pinned, else the most recent
	 * such leaf, else a new one. true/'tab'/'window': a new main-area leaf. 'split': a new leaf next to it.
	 */
	getLeaf(newLeaf?: PaneType | boolean, _direction?: SplitDirection): WorkspaceLeaf {
		if (newLeaf === "split") {
			const base = this.activeLeaf && this.isRootLeaf(this.activeLeaf) ? this.activeLeaf : this.getMostRecentLeaf();
			return base ? this.createLeafBySplit(base) : this.addLeaf(this.tabs.root);
		}
		if (newLeaf === true || newLeaf === "tab" || newLeaf === "window") return this.addLeaf(this.tabs.root);
		const reusable = (leaf: WorkspaceLeaf | null) => !!leaf && this.isRootLeaf(leaf) && !leaf.pinned && leaf.view.navigation;
		if (reusable(this.activeLeaf)) return this.activeLeaf as WorkspaceLeaf;
		const recent = this.getMostRecentLeaf();
		if (reusable(recent)) return recent as WorkspaceLeaf;
		return this.addLeaf(this.tabs.root);
	}

	moveLeafToPopout(_leaf: WorkspaceLeaf, _data?: unknown): never {
		throw new Error("The Obsidian fake has no popout windows.");
	}

	openPopoutLeaf(_data?: unknown): WorkspaceLeaf {
		return this.addLeaf(this.tabs.root);
	}

	/** Opens what the link points to; like Obsidian, an unresolved link creates the note first. */
	openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: OpenViewState): Promise<void> {
		return work(async () => {
			const { path, subpath } = parseLinktext(linktext);
			let file = path ? this.app.metadataCache.getFirstLinkpathDest(path, sourcePath) : this.app.vault.getFileByPath(sourcePath);
			if (!file) file = await this.app.fileManager.createNewMarkdownFileFromLinktext(path, sourcePath);
			const leaf = this.getLeaf(newLeaf);
			const eState = subpath ? { ...(openViewState?.eState ?? {}), subpath } : openViewState?.eState;
			await leaf.openFile(file, { active: true, ...openViewState, eState });
		});
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		if (leaf.isDetached) return;
		leaf.activeTime = ++this.activeCounter;
		const changed = leaf !== this.activeLeaf;
		if (changed) {
			this.activeLeaf?.containerEl.removeClass("mod-active");
			this.activeLeaf = leaf;
			leaf.containerEl.addClass("mod-active");
			leaf.parent.selectTab(leaf);
		}
		this.viewChanged(leaf);
		if (changed) this.trigger("active-leaf-change", leaf);
		const view = leaf.view;
		if (view instanceof FileView && view.file && view.file !== this.lastActiveFile) this.fileOpened(view.file);
	}

	/** Called when a leaf gets another view: the active editor follows the active leaf's view. */
	viewChanged(leaf: WorkspaceLeaf): void {
		if (leaf !== this.activeLeaf) return;
		// Focusing a sidebar keeps the editor of the note the user was on; the main area replaces it.
		if (leaf.view instanceof MarkdownView) this.activeEditor = leaf.view;
		else if (this.isRootLeaf(leaf)) this.activeEditor = null;
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.allLeaves().find((leaf) => leaf.id === id) ?? null;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this.allLeaves().filter((leaf) => leaf.group === group);
	}

	getMostRecentLeaf(root: WorkspaceParent = this.rootSplit): WorkspaceLeaf | null {
		const leaves = this.allLeaves().filter((leaf) => leaf.getRoot() === root);
		if (leaves.length === 0) return null;
		return leaves.reduce((best, leaf) => (leaf.activeTime > best.activeTime ? leaf : best));
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf(this.tabs.left);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf(this.tabs.right);
	}

	async ensureSideLeaf(
		type: string,
		side: Side,
		options: { active?: boolean; split?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {},
	): Promise<WorkspaceLeaf> {
		const tabs = side === "left" ? this.tabs.left : this.tabs.right;
		let leaf = this.getLeavesOfType(type).find((l) => l.parent === tabs);
		if (!leaf) {
			leaf = this.addLeaf(tabs);
			await leaf.setViewState({ type, state: options.state, active: options.active });
		} else if (options.active) this.setActiveLeaf(leaf);
		if (options.reveal ?? true) await this.revealLeaf(leaf);
		return leaf;
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		return this.lastActiveFile;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.tabs.root.children.slice() as WorkspaceLeaf[]) if (callback(leaf) === true) return;
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.allLeaves()) if (callback(leaf) === true) return;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.allLeaves().filter((leaf) => leaf.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	/** Uncollapses the leaf's sidebar and shows its tab. Does not make it the active leaf. */
	revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		return work(async () => {
			const root = leaf.getRoot();
			if (root instanceof WorkspaceSidedock) root.expand();
			leaf.parent.selectTab(leaf);
			await leaf.loadIfDeferred();
		});
	}

	getLastOpenFiles(): string[] {
		return this.recentFiles.slice(0, 10);
	}

	updateOptions(): void {}

	/** Called by a FileView that loaded a file: in the active leaf, that file is now the active one. */
	noteFileOpened(view: FileView): void {
		if (view.leaf === this.activeLeaf && view.file) this.fileOpened(view.file);
	}

	/** Removes a detached leaf from the layout; an active leaf hands over to the most recent other one. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const siblings = leaf.parent.children;
		const index = siblings.indexOf(leaf);
		if (index !== -1) siblings.splice(index, 1);
		if (leaf.parent.currentTab === leaf) {
			const next = (siblings[Math.min(index, siblings.length - 1)] as WorkspaceLeaf | undefined) ?? null;
			if (next) leaf.parent.selectTab(next);
			else leaf.parent.currentTab = null;
		}
		if ((this.activeEditor as unknown) === leaf.view) this.activeEditor = null;
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			const next = this.getMostRecentLeaf();
			if (next) this.setActiveLeaf(next);
			else this.trigger("active-leaf-change", null);
		}
		this.trigger("layout-change");
	}

	private fileOpened(file: TFile): void {
		this.lastActiveFile = file;
		this.recentFiles = [file.path, ...this.recentFiles.filter((p) => p !== file.path)];
		this.trigger("file-open", file);
	}

	private addLeaf(tabs: WorkspaceTabs, index = tabs.children.length): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, tabs);
		const at = Math.max(0, Math.min(index, tabs.children.length));
		const before = tabs.children[at] as WorkspaceLeaf | undefined;
		tabs.children.splice(at, 0, leaf);
		tabs.containerEl.insertBefore(leaf.containerEl, before?.containerEl ?? null);
		if (!tabs.currentTab) tabs.selectTab(leaf);
		else leaf.containerEl.hide();
		this.trigger("layout-change");
		return leaf;
	}

	private isRootLeaf(leaf: WorkspaceLeaf): boolean {
		return leaf.parent === this.tabs.root;
	}

	private allLeaves(): WorkspaceLeaf[] {
		return [this.tabs.root, this.tabs.left, this.tabs.right].flatMap((tabs) => tabs.children as WorkspaceLeaf[]);
	}
}

// ---- Markdown rendering -------------------------------------------------------------------------------

export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

export interface MarkdownSectionInformation {
	text: string;
	lineStart: number;
	lineEnd: number;
}

export interface MarkdownPostProcessorContext {
	docId: string;
	sourcePath: string;
	frontmatter: unknown;
	addChild(child: MarkdownRenderChild): void;
	getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export interface MarkdownPostProcessor {
	(el: HTMLElement, ctx: MarkdownPostProcessorContext): Promise<unknown> | void;
	sortOrder?: number;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

/** A post-processor context whose children live with `owner`; `sections` maps rendered elements to lines. */
export function makePostProcessorContext(
	app: App,
	sourcePath: string,
	owner: Component,
	sectionOf: (el: HTMLElement) => MarkdownSectionInformation | null,
): MarkdownPostProcessorContext {
	return {
		docId: randomId(),
		sourcePath,
		frontmatter: app.metadataCache.getCache(sourcePath)?.frontmatter,
		addChild: (child) => owner.addChild(child),
		getSectionInfo: sectionOf,
	};
}

export abstract class MarkdownRenderer extends MarkdownRenderChild {
	app!: App;
	hoverPopover: unknown = null;

	abstract get file(): TFile;

	/** @deprecated Needs the app; the fake supports only MarkdownRenderer.render. */
	static renderMarkdown(_markdown: string, _el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		return Promise.reject(new Error("MarkdownRenderer.renderMarkdown is deprecated; use MarkdownRenderer.render(app, ...)."));
	}

	/**
	 * A small Markdown renderer (test/fakes/markdown.ts): headings, paragraphs, lists, quotes, tables,
	 * code blocks and inline marks and links, all as DOM elements. Fenced blocks whose language
	 * has a registered processor are handed to it (in a `div.block-language-<lang>`), and registered post
	 * processors run on each section, with children managed by `component`.
	 */
	static render(app: App, markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		return work(async () => {
			const blocks = splitBlocks(markdown);
			const sections = new Map<HTMLElement, Block>();
			const sectionOf = (target: HTMLElement): MarkdownSectionInformation | null => {
				for (const [sectionEl, block] of sections) {
					if (sectionEl === target || sectionEl.contains(target)) return { text: markdown, lineStart: block.lineStart, lineEnd: block.lineEnd };
				}
				return null;
			};
			const ctx = makePostProcessorContext(app, sourcePath, component, sectionOf);
			for (const block of blocks) {
				if (block.kind === "code") {
					const sectionEl = el.createDiv("el-pre");
					sections.set(sectionEl, block);
					const handler = block.language ? app.getCodeBlockProcessor(block.language) : undefined;
					if (handler && block.language) {
						await app.runCodeBlockProcessor(handler, block.lines.join("\n"), sectionEl.createDiv(`block-language-${block.language}`), ctx);
					} else {
						sectionEl.createEl("pre").createEl("code", { text: block.lines.join("\n"), cls: block.language ? `language-${block.language}` : undefined });
					}
				} else if (block.kind === "heading") {
					const sectionEl = el.createDiv(`el-h${block.level}`);
					sections.set(sectionEl, block);
					renderInline(sectionEl.createEl(`h${block.level}` as "h1", { attr: { "data-heading": block.lines[0] } }), block.lines[0]);
				} else {
					const sectionEl = el.createDiv(sectionClass(block));
					sections.set(sectionEl, block);
					renderBlock(sectionEl, block);
				}
			}
			for (const sectionEl of sections.keys()) {
				for (const processor of app.getPostProcessors()) await processor(sectionEl, ctx);
			}
		});
	}
}
