// The fake's UI kit, built from real DOM like Obsidian's: icons and tooltips, Notice, Modal and the suggest
// modals, Setting and its components, setting tabs, Menu, Scope/Keymap. Lists of what was shown let tests assert.
import { Component, Platform, requireDom, work } from "./component";
import type { App, Plugin } from "./obsidian";

export type IconName = string;

export interface TooltipOptions {
	placement?: "bottom" | "right" | "left" | "top";
	classes?: string[];
	gap?: number;
	delay?: number;
}

// ---- Icons and tooltips ---------------------------------------------------------------------------------

const SVG_NS = "http://www.w3.org/2000/svg";
const customIcons = new Map<string, string>();
const removedIcons = new Set<string>();

const parsedIcons = new Map<string, { source: string; nodes: Node[] }>();

export function addIcon(iconId: string, svgContent: string): void {
	customIcons.set(iconId, svgContent);
	removedIcons.delete(iconId);
}

export function removeIcon(iconId: string): void {
	customIcons.delete(iconId);
	removedIcons.add(iconId);
}

export function getIconIds(): IconName[] {
	return [...customIcons.keys()];
}

/** Any id counts as a built-in (Lucide) icon except one removed with removeIcon. */
export function getIcon(iconId: string): SVGSVGElement | null {
	if (!iconId || removedIcons.has(iconId)) return null;
	const svg = requireDom("getIcon").createElementNS(SVG_NS, "svg") as SVGSVGElement;
	svg.setAttribute("xmlns", SVG_NS);
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.setAttribute("width", "24");
	svg.setAttribute("height", "24");
	svg.setAttribute("data-icon", iconId);
	svg.classList.add("svg-icon", iconId.startsWith("lucide-") ? iconId : `lucide-${iconId}`);
	const custom = customIcons.get(iconId);
	if (custom) {
		// Obsidian parses each icon once and clones it after; so does the fake.
		let parsed = parsedIcons.get(iconId);
		if (!parsed || parsed.source !== custom) {
			const holder = requireDom("getIcon").createElementNS(SVG_NS, "svg");
			holder.innerHTML = custom;
			parsed = { source: custom, nodes: Array.from(holder.childNodes) };
			parsedIcons.set(iconId, parsed);
		}
		for (const node of parsed.nodes) svg.appendChild(node.cloneNode(true));
	}
	return svg;
}

/** Replaces the element's content with the icon; does nothing for an unknown icon, as Obsidian. */
export function setIcon(parent: HTMLElement, iconId: IconName): void {
	const svg = getIcon(iconId);
	if (!svg) return;
	parent.empty();
	parent.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string, options?: TooltipOptions): void {
	if (tooltip) el.setAttribute("aria-label", tooltip);
	else el.removeAttribute("aria-label");
	if (options?.placement) el.setAttribute("data-tooltip-position", options.placement);
	if (options?.delay !== undefined) el.setAttribute("data-tooltip-delay", String(options.delay));
}

export function displayTooltip(newTargetEl: HTMLElement, content: string | DocumentFragment, options?: TooltipOptions): void {
	setTooltip(newTargetEl, typeof content === "string" ? content : (content.textContent ?? ""), options);
}

// ---- Keys ---------------------------------------------------------------------------------------------

export type Modifier = "Mod" | "Ctrl" | "Meta" | "Shift" | "Alt";

export interface KeymapInfo {
	modifiers: string | null;
	key: string | null;
}

export interface KeymapContext extends KeymapInfo {
	vkey: string;
}

export type KeymapEventListener = (evt: KeyboardEvent, ctx: KeymapContext) => false | unknown;

export interface KeymapEventHandler extends KeymapInfo {
	scope: Scope;
	func: KeymapEventListener;
}

function pressedModifiers(evt: KeyboardEvent | MouseEvent): string {
	// "Mod" is Cmd on macOS and Ctrl elsewhere; the other of the two keeps its own name.
	const mods: string[] = [];
	if (Keymap.isModifier(evt, "Mod")) mods.push("Mod");
	if (evt.ctrlKey && Platform.isMacOS) mods.push("Ctrl");
	if (evt.metaKey && !Platform.isMacOS) mods.push("Meta");
	if (evt.altKey) mods.push("Alt");
	if (evt.shiftKey) mods.push("Shift");
	return mods.join(",");
}

export class Scope {
	readonly keys: KeymapEventHandler[] = [];

	constructor(readonly parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): KeymapEventHandler {
		const order: Modifier[] = ["Mod", "Ctrl", "Meta", "Alt", "Shift"];
		const mods = modifiers === null ? null : order.filter((m) => modifiers.includes(m)).join(",");
		const handler: KeymapEventHandler = { scope: this, modifiers: mods, key, func };
		this.keys.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		const index = this.keys.indexOf(handler);
		if (index !== -1) this.keys.splice(index, 1);
	}

	/** Runs the first handler for this key here or in a parent scope; true when one handled it. */
	handleKey(evt: KeyboardEvent): boolean {
		const mods = pressedModifiers(evt);
		for (let scope: Scope | undefined = this; scope; scope = scope.parent) {
			for (const handler of scope.keys) {
				if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) continue;
				if (handler.modifiers !== null && handler.modifiers !== mods) continue;
				const result = handler.func(evt, { modifiers: mods, key: evt.key, vkey: evt.key });
				if (result === false) evt.preventDefault();
				return true;
			}
		}
		return false;
	}
}

export class Keymap {
	private readonly scopes: Scope[] = [];

	pushScope(scope: Scope): void {
		this.popScope(scope);
		this.scopes.push(scope);
	}

	popScope(scope: Scope): void {
		const index = this.scopes.indexOf(scope);
		if (index !== -1) this.scopes.splice(index, 1);
	}

	/** The scope that receives keys now (fake helper). */
	getActiveScope(): Scope | null {
		return this.scopes[this.scopes.length - 1] ?? null;
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
		const e = evt as KeyboardEvent;
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? e.metaKey : e.ctrlKey;
			case "Ctrl":
				return e.ctrlKey;
			case "Meta":
				return e.metaKey;
			case "Shift":
				return e.shiftKey;
			case "Alt":
				return e.altKey;
		}
	}

	static isModEvent(evt?: MouseEvent | KeyboardEvent | TouchEvent | PointerEvent | null): "tab" | "split" | "window" | boolean {
		if (!evt) return false;
		const mouse = evt as MouseEvent;
		if (mouse.button === 1 && (evt.type === "auxclick" || evt.type === "click" || evt.type === "mouseup")) return "tab";
		const mod = Keymap.isModifier(evt, "Mod");
		if (mod && mouse.altKey && mouse.shiftKey) return "window";
		if (mod && mouse.altKey) return "split";
		return mod ? "tab" : false;
	}
}

// ---- Notice -------------------------------------------------------------------------------------------

/** Every notice created since the last reset, oldest first. */
export const notices: Notice[] = [];

function noticeContainer(doc: Document): HTMLElement {
	return (doc.body.querySelector(":scope > .notice-container") as HTMLElement | null) ?? doc.body.createDiv("notice-container");
}

export class Notice {
	/** The same list as `notices`. */
	static readonly shown: Notice[] = notices;
	/** @deprecated Use messageEl, as in Obsidian. */
	noticeEl!: HTMLElement;
	containerEl!: HTMLElement;
	messageEl!: HTMLElement;
	/** The duration asked for; 0 keeps the notice until hidden. */
	readonly duration: number;
	hidden = false;
	private text = "";
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(message: string | DocumentFragment, duration?: number) {
		// Obsidian does not document its default; a few seconds, like the app.
		this.duration = duration ?? 5000;
		if (typeof document !== "undefined") {
			this.containerEl = createDiv("notice");
			this.messageEl = this.containerEl.createDiv("notice-message");
			this.noticeEl = this.messageEl;
			this.containerEl.addEventListener("click", () => this.hide());
			noticeContainer(document).appendChild(this.containerEl);
		}
		this.setMessage(message);
		notices.push(this);
		if (this.duration > 0) {
			this.timer = setTimeout(() => this.hide(), this.duration);
			// Under Node, a notice left on screen must not keep the process alive.
			(this.timer as { unref?: () => void }).unref?.();
		}
	}

	/** The text the notice shows. */
	get message(): string {
		return this.messageEl ? (this.messageEl.textContent ?? "") : this.text;
	}

	setMessage(message: string | DocumentFragment): this {
		this.text = typeof message === "string" ? message : (message.textContent ?? "");
		this.messageEl?.setText(message);
		return this;
	}

	hide(): void {
		if (this.hidden) return;
		this.hidden = true;
		if (this.timer) clearTimeout(this.timer);
		this.containerEl?.detach();
	}
}

// ---- Modal --------------------------------------------------------------------------------------------

const openModalList: Modal[] = [];

/** The modals open now, oldest first. */
export function getOpenModals(): Modal[] {
	return openModalList.slice();
}

export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	headerEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = false;
	/** Fake helper: whether the modal is on screen. */
	isOpen = false;

	constructor(app: App) {
		requireDom("Modal");
		this.app = app;
		this.scope = new Scope(app?.scope);
		this.containerEl = createDiv("modal-container mod-dim");
		const bg = this.containerEl.createDiv("modal-bg");
		this.modalEl = this.containerEl.createDiv("modal");
		const close = this.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } });
		this.headerEl = this.modalEl.createDiv("modal-header");
		this.titleEl = this.headerEl.createDiv("modal-title");
		this.contentEl = this.modalEl.createDiv("modal-content");
		close.addEventListener("click", () => this.close());
		bg.addEventListener("click", () => this.close());
		this.scope.register([], "Escape", () => {
			this.close();
			return false;
		});
		this.containerEl.addEventListener("keydown", (evt) => this.scope.handleKey(evt));
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		activeDocument.body.appendChild(this.containerEl);
		openModalList.push(this);
		this.app?.keymap?.pushScope(this.scope);
		this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.containerEl.detach();
		const index = openModalList.indexOf(this);
		if (index !== -1) openModalList.splice(index, 1);
		this.app?.keymap?.popScope(this.scope);
		this.onClose();
	}

	onOpen(): void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}
}

export interface Instruction {
	command: string;
	purpose: string;
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	instructionsEl: HTMLElement;
	/** Fake helper: the suggestions shown now, in order. */
	values: T[] = [];
	selectedIndex = 0;
	private requestId = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass("prompt");
		this.headerEl.detach();
		this.contentEl.detach();
		const inputContainer = this.modalEl.createDiv("prompt-input-container");
		this.inputEl = inputContainer.createEl("input", { cls: "prompt-input", type: "text", attr: { enterkeyhint: "done" } });
		this.resultContainerEl = this.modalEl.createDiv("prompt-results");
		this.instructionsEl = this.modalEl.createDiv("prompt-instructions");
		this.inputEl.addEventListener("input", () => void this.updateSuggestions());
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "ArrowDown") this.select(this.selectedIndex + 1);
			else if (evt.key === "ArrowUp") this.select(this.selectedIndex - 1);
			else if (evt.key === "Enter") {
				evt.preventDefault();
				this.selectActiveSuggestion(evt);
			} else return;
			evt.preventDefault();
		});
	}

	override open(): void {
		super.open();
		this.inputEl.focus();
		void this.updateSuggestions();
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl.empty();
		for (const { command, purpose } of instructions) {
			const el = this.instructionsEl.createDiv("prompt-instruction");
			el.createSpan({ cls: "prompt-instruction-command", text: command });
			el.createSpan({ text: purpose });
		}
	}

	onNoSuggestion(): void {
		this.resultContainerEl.empty();
		this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		this.onChooseSuggestion(value, evt);
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		if (this.values.length > 0) this.selectSuggestion(this.values[this.selectedIndex], evt);
	}

	/** Re-queries getSuggestions with the input's text and renders the results. */
	updateSuggestions(): Promise<void> {
		const id = ++this.requestId;
		return work(async () => {
			const values = await this.getSuggestions(this.inputEl.value);
			if (id !== this.requestId) return;
			this.values = this.limit > 0 ? values.slice(0, this.limit) : values;
			this.resultContainerEl.empty();
			if (this.values.length === 0) {
				this.onNoSuggestion();
				return;
			}
			this.values.forEach((value, i) => {
				const el = this.resultContainerEl.createDiv("suggestion-item");
				this.renderSuggestion(value, el);
				el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
				el.addEventListener("mousemove", () => this.select(i));
			});
			this.select(0);
		});
	}

	private select(index: number): void {
		if (this.values.length === 0) return;
		this.selectedIndex = (index + this.values.length) % this.values.length;
		Array.from(this.resultContainerEl.children).forEach((el, i) => el.toggleClass("is-selected", i === this.selectedIndex));
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

// ---- Search ---------------------------------------------------------------------------------------------

export type SearchMatchPart = [number, number];
export type SearchMatches = SearchMatchPart[];

export interface SearchResult {
	score: number;
	matches: SearchMatches;
}

export interface SearchResultContainer {
	match: SearchResult;
}

export interface FuzzyMatch<T> {
	item: T;
	match: SearchResult;
}

/** Letters of the query in order, case-insensitively; tighter and earlier matches score higher. */
export function prepareFuzzySearch(query: string): (text: string) => SearchResult | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		if (!q) return { score: 0, matches: [] };
		const t = text.toLowerCase();
		const matches: SearchMatches = [];
		let from = 0;
		let score = 0;
		for (const ch of q) {
			const at = t.indexOf(ch, from);
			if (at === -1) return null;
			score -= at - from;
			const last = matches[matches.length - 1];
			if (last && last[1] === at) last[1] = at + 1;
			else matches.push([at, at + 1]);
			from = at + 1;
		}
		return { score: score - matches[0][0] / 10, matches };
	};
}

/** Every space-separated word of the query appears in the text, case-insensitively. */
export function prepareSimpleSearch(query: string): (text: string) => SearchResult | null {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: SearchMatches = [];
		for (const word of words) {
			const at = t.indexOf(word);
			if (at === -1) return null;
			matches.push([at, at + word.length]);
		}
		return { score: -matches.reduce((sum, [a]) => sum + a, 0), matches: matches.sort((a, b) => a[0] - b[0]) };
	};
}

export function sortSearchResults(results: SearchResultContainer[]): void {
	results.sort((a, b) => b.match.score - a.match.score);
}

export function renderMatches(el: HTMLElement | DocumentFragment, text: string, matches: SearchMatches | null, offset = 0): void {
	let at = 0;
	for (const [start, end] of matches ?? []) {
		const s = start + offset;
		const e = end + offset;
		if (s > at) el.appendText(text.slice(at, s));
		el.createSpan({ cls: "suggestion-highlight", text: text.slice(s, e) });
		at = e;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset?: number): void {
	renderMatches(el, text, result.matches, offset);
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const search = prepareFuzzySearch(query);
		const found: FuzzyMatch<T>[] = [];
		for (const item of this.getItems()) {
			const match = search(this.getItemText(item));
			if (match) found.push({ item, match });
		}
		return query.trim() ? found.sort((a, b) => b.match.score - a.match.score) : found;
	}

	renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
		renderMatches(el, this.getItemText(item.item), item.match.matches);
	}

	onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}

	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

// ---- Popover suggestions --------------------------------------------------------------------------------

export abstract class PopoverSuggest<T> {
	app: App;
	scope: Scope;
	suggestEl: HTMLElement;
	/** Fake helper: the suggestions shown now. */
	values: T[] = [];
	isOpen = false;
	protected suggestionsEl: HTMLElement;

	constructor(app: App, scope?: Scope) {
		requireDom("PopoverSuggest");
		this.app = app;
		this.scope = new Scope(scope);
		this.suggestEl = createDiv("suggestion-container");
		this.suggestionsEl = this.suggestEl.createDiv("suggestion");
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		activeDocument.body.appendChild(this.suggestEl);
		this.app?.keymap?.pushScope(this.scope);
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.suggestEl.detach();
		this.app?.keymap?.popScope(this.scope);
	}

	/** Fake helper: renders these values as the suggestion list. */
	setSuggestions(values: T[]): void {
		this.values = values;
		this.suggestionsEl.empty();
		for (const value of values) {
			const el = this.suggestionsEl.createDiv("suggestion-item");
			this.renderSuggestion(value, el);
			el.addEventListener("click", (evt) => this.selectSuggestion(value, evt));
		}
	}

	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> {
	limit = 100;
	protected textInputEl: HTMLInputElement | HTMLDivElement;
	private selectCallback: ((value: T, evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	private requestId = 0;

	constructor(app: App, textInputEl: HTMLInputElement | HTMLDivElement) {
		super(app);
		this.textInputEl = textInputEl;
		textInputEl.addEventListener("input", () => void this.onInputChanged());
		textInputEl.addEventListener("focus", () => void this.onInputChanged());
		textInputEl.addEventListener("keydown", (event) => {
			const evt = event as KeyboardEvent;
			if (evt.key === "Enter" && this.isOpen && this.values.length > 0) {
				evt.preventDefault();
				this.selectSuggestion(this.values[0], evt);
			} else if (evt.key === "Escape") this.close();
		});
	}

	setValue(value: string): void {
		if (this.textInputEl instanceof HTMLInputElement) this.textInputEl.value = value;
		else this.textInputEl.textContent = value;
	}

	getValue(): string {
		return this.textInputEl instanceof HTMLInputElement ? this.textInputEl.value : (this.textInputEl.textContent ?? "");
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.selectCallback?.(value, evt);
	}

	onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.selectCallback = callback;
		return this;
	}

	/** Re-queries the suggestions for the input's text, as typing does. */
	onInputChanged(): Promise<void> {
		const id = ++this.requestId;
		return work(async () => {
			const values = await this.getSuggestions(this.getValue());
			if (id !== this.requestId) return;
			if (values.length === 0) {
				this.close();
				return;
			}
			this.setSuggestions(this.limit > 0 ? values.slice(0, this.limit) : values);
			this.open();
		});
	}

	protected abstract getSuggestions(query: string): T[] | Promise<T[]>;
}

export interface EditorSuggestTriggerInfo {
	start: { line: number; ch: number };
	end: { line: number; ch: number };
	query: string;
}

/** Registered with registerEditorSuggest and kept by the app; the fake's editor never triggers it. */
export abstract class EditorSuggest<T> extends PopoverSuggest<T> {
	context: (EditorSuggestTriggerInfo & { editor: unknown; file: unknown }) | null = null;
	limit = 100;

	setInstructions(_instructions: Instruction[]): void {}

	abstract onTrigger(cursor: { line: number; ch: number }, editor: unknown, file: unknown): EditorSuggestTriggerInfo | null;
	abstract getSuggestions(context: EditorSuggestTriggerInfo & { editor: unknown; file: unknown }): T[] | Promise<T[]>;
}

// ---- Setting and its components -------------------------------------------------------------------------

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}

	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		// Obsidian listens to `input`: the callback runs on every keystroke, not on blur.
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		this.changeCallback?.(this.getValue());
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		const container = containerEl.createDiv("search-input-container");
		super(container.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
		this.containerEl = container;
		this.clearButtonEl = container.createDiv({ cls: "search-input-clear-button", attr: { "aria-label": "Clear search" } });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}

	override onChanged(): void {
		this.clearButtonEl?.toggle(this.getValue() !== "");
		super.onChanged();
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	/** The hidden checkbox inside the toggle. */
	inputEl: HTMLInputElement;
	private on = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv("checkbox-container");
		this.inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", () => this.onClick());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): boolean {
		return this.on;
	}

	/** As in Obsidian, a change of value made here also runs the onChange callback. */
	setValue(on: boolean): this {
		const changed = on !== this.on;
		this.on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this.inputEl.checked = on;
		if (changed) this.changeCallback?.(on);
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.toggleEl, tooltip, options);
		return this;
	}

	onClick(): void {
		if (this.disabled) {
			this.inputEl.checked = this.on;
			return;
		}
		this.setValue(!this.on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", "dropdown");
		this.selectEl.addEventListener("change", () => this.changeCallback?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private instant = false;
	private changeCallback: ((value: number) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
		this.sliderEl.addEventListener("input", () => {
			if (this.instant) this.changeCallback?.(this.getValue());
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this.instant) this.changeCallback?.(this.getValue());
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}

	setInstant(instant: boolean): this {
		this.instant = instant;
		return this;
	}

	setLimits(min: number, max: number, step: number | "any"): this {
		this.sliderEl.min = String(min);
		this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	getValuePretty(): string {
		return String(this.getValue());
	}

	setDynamicTooltip(): this {
		return this;
	}

	showTooltip(): void {}

	onChange(callback: (value: number) => unknown): this {
		this.changeCallback = callback;
		return this;
	}
}

export class ProgressBarComponent extends ValueComponent<number> {
	progressBar: HTMLElement;
	private lineEl: HTMLElement;
	private value = 0;

	constructor(containerEl: HTMLElement) {
		super();
		this.progressBar = containerEl.createDiv("setting-progress-bar");
		this.lineEl = this.progressBar.createDiv("setting-progress-bar-inner");
	}

	getValue(): number {
		return this.value;
	}

	setValue(value: number): this {
		this.value = Math.max(0, Math.min(100, value));
		this.lineEl.style.width = `${this.value}%`;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		this.buttonEl.toggleClass("mod-disabled", disabled);
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.buttonEl, tooltip, options);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: IconName): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) callback(evt);
		});
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv("clickable-icon extra-setting-button");
		setIcon(this.extraSettingsEl, "gear");
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.extraSettingsEl, tooltip, options);
		return this;
	}

	setIcon(icon: IconName): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) callback();
		});
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv("setting-item");
		this.infoEl = this.settingEl.createDiv("setting-item-info");
		this.nameEl = this.infoEl.createDiv("setting-item-name");
		this.descEl = this.infoEl.createDiv("setting-item-description");
		this.controlEl = this.settingEl.createDiv("setting-item-control");
	}

	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}

	setTooltip(tooltip: string, options?: TooltipOptions): this {
		setTooltip(this.nameEl, tooltip, options);
		return this;
	}

	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass("is-disabled", disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	addSlider(cb: (component: SliderComponent) => unknown): this {
		return this.add(new SliderComponent(this.controlEl), cb);
	}

	addProgressBar(cb: (component: ProgressBarComponent) => unknown): this {
		return this.add(new ProgressBarComponent(this.controlEl), cb);
	}

	addMomentFormat(_cb: (component: never) => unknown): this {
		throw new Error("The Obsidian fake has no MomentFormatComponent (it would need moment).");
	}

	addColorPicker(_cb: (component: never) => unknown): this {
		throw new Error("The Obsidian fake has no ColorComponent.");
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}
}

/**
 * Obsidian's SettingGroup (1.11): a heading above a list of settings. In the fake, the heading is a
 * heading Setting (`.setting-item-heading`) and the rows go in `listEl`.
 */
export class SettingGroup {
	groupEl: HTMLElement;
	listEl: HTMLElement;
	private headingEl: HTMLElement | null = null;

	constructor(containerEl: HTMLElement) {
		this.groupEl = containerEl.createDiv("setting-group");
		this.listEl = this.groupEl.createDiv("setting-items");
	}

	setHeading(text: string | DocumentFragment): this {
		if (!this.headingEl) {
			this.headingEl = createDiv("setting-item setting-item-heading");
			this.headingEl.createDiv("setting-item-info").createDiv("setting-item-name");
			this.groupEl.insertBefore(this.headingEl, this.listEl);
		}
		this.headingEl.querySelector<HTMLElement>(".setting-item-name")!.setText(text);
		return this;
	}

	addClass(...classes: string[]): this {
		this.groupEl.addClass(...classes);
		return this;
	}

	addSetting(cb: (setting: Setting) => void): this {
		cb(new Setting(this.listEl));
		return this;
	}
}

/**
 * What a tab's getSettingDefinitions() returns (Obsidian 1.13), as far as the fake reads it: groups
 * (`type: "group"`) and rows. The fake renders `render` rows only; a `control` or `action` row, a
 * list or a page is refused with an error rather than shown in some way Obsidian might not.
 */
export interface FakeSettingDefinition {
	type?: undefined;
	name: string;
	desc?: string | DocumentFragment;
	aliases?: string[];
	searchable?: boolean | (() => boolean);
	visible?: boolean | (() => boolean);
	render?: (setting: Setting, group: SettingGroup) => void | (() => void);
	control?: unknown;
	action?: unknown;
}

export interface FakeSettingDefinitionGroup {
	type: "group" | "list" | "page";
	heading?: string;
	name?: string;
	cls?: string;
	visible?: boolean | (() => boolean);
	items?: Array<FakeSettingDefinition | FakeSettingDefinitionGroup>;
}

export type FakeSettingDefinitionItem = FakeSettingDefinition | FakeSettingDefinitionGroup;

function shown(visible: boolean | (() => boolean) | undefined): boolean {
	return typeof visible === "function" ? visible() : visible !== false;
}

/**
 * Renders a tab from its definitions as Obsidian 1.13 does instead of calling display(): a group is
 * a SettingGroup under its heading; a row is a fresh Setting handed to the row's `render`, with
 * nothing set on it (the typings do not say Obsidian sets the name or description first). A row
 * outside any group goes in a group without a heading. Returns the cleanups the rows returned.
 */
export function renderSettingDefinitions(containerEl: HTMLElement, items: FakeSettingDefinitionItem[]): Array<() => void> {
	const cleanups: Array<() => void> = [];
	const row = (def: FakeSettingDefinitionItem, group: SettingGroup) => {
		if (def.type !== undefined) throw new Error(`The Obsidian fake does not render a ${def.type} inside a group.`);
		if (!shown(def.visible)) return;
		const render = def.render;
		if (!render) throw new Error(`The Obsidian fake renders only \`render\` rows; "${def.name}" has none.`);
		group.addSetting((setting) => {
			const cleanup = render(setting, group);
			if (typeof cleanup === "function") cleanups.push(cleanup);
		});
	};
	let loose: SettingGroup | null = null;
	for (const item of items) {
		if (item.type === undefined) {
			loose ??= new SettingGroup(containerEl);
			row(item, loose);
			continue;
		}
		loose = null;
		if (item.type !== "group") throw new Error(`The Obsidian fake does not render a ${item.type} of settings.`);
		if (!shown(item.visible)) continue;
		const group = new SettingGroup(containerEl);
		if (item.heading !== undefined) group.setHeading(item.heading);
		if (item.cls) group.addClass(...item.cls.split(" ").filter((c) => c !== ""));
		for (const child of item.items ?? []) row(child, group);
	}
	return cleanups;
}

export abstract class SettingTab {
	app: App;
	containerEl: HTMLElement;
	/** Obsidian's internal tab id and name; a plugin's tab takes the plugin's. */
	id = "";
	name = "";
	/** What getSettingDefinitions() returned when update() last ran (Obsidian 1.13). */
	settingItems: FakeSettingDefinitionItem[] = [];

	constructor(app: App) {
		requireDom("SettingTab");
		this.app = app;
		this.containerEl = createDiv("vertical-tab-content");
	}

	/** Obsidian 1.13: override to describe the tab; an empty array means display() renders it. */
	getSettingDefinitions(): FakeSettingDefinitionItem[] {
		return [];
	}

	/** Obsidian 1.13: stores getSettingDefinitions() for rendering and search (addSettingTab calls it). */
	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}

	/** Renders the tab imperatively; Obsidian 1.13 calls it only when there are no definitions. */
	display(): void {}

	hide(): void {
		this.containerEl.empty();
	}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
		this.id = plugin?.manifest?.id ?? "";
		this.name = plugin?.manifest?.name ?? "";
	}
}

// ---- Menu ---------------------------------------------------------------------------------------------

/** Every menu shown since the last reset, oldest first. */
export const menus: Menu[] = [];

export interface MenuPositionDef {
	x: number;
	y: number;
	width?: number;
	overlap?: boolean;
	left?: boolean;
}

export class MenuSeparator {
	dom: HTMLElement;

	constructor() {
		this.dom = createDiv("menu-separator");
	}
}

export class MenuItem {
	dom: HTMLElement;
	iconEl: HTMLElement;
	titleEl: HTMLElement;
	title = "";
	icon: IconName | null = null;
	checked: boolean | null = null;
	disabled = false;
	isLabel = false;
	section = "";
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(private readonly menu: Menu) {
		this.dom = createDiv("menu-item");
		this.iconEl = this.dom.createDiv("menu-item-icon");
		this.titleEl = this.dom.createDiv("menu-item-title");
		this.dom.addEventListener("click", (evt) => this.handleEvent(evt));
	}

	setTitle(title: string | DocumentFragment): this {
		this.titleEl.setText(title);
		this.title = this.titleEl.textContent ?? "";
		return this;
	}

	setIcon(icon: IconName | null): this {
		this.icon = icon;
		this.iconEl.empty();
		if (icon) setIcon(this.iconEl, icon);
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		this.dom.toggleClass("mod-checked", checked === true);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.dom.toggleClass("is-disabled", disabled);
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this.isLabel = isLabel;
		this.dom.toggleClass("is-label", isLabel);
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.dom.toggleClass("is-warning", isWarning);
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		this.dom.setAttr("data-section", section);
		return this;
	}

	/** What a click does: run the callback and close the menu (fake helper, also used by the DOM click). */
	handleEvent(evt: MouseEvent | KeyboardEvent): void {
		if (this.disabled || this.isLabel) return;
		this.callback?.(evt);
		this.menu.hide();
	}
}

export class Menu extends Component {
	/** The same list as `menus`. */
	static readonly shown: Menu[] = menus;
	dom: HTMLElement;
	items: (MenuItem | MenuSeparator)[] = [];
	/** Where the menu was last shown. */
	position: MenuPositionDef | null = null;
	private visible = false;
	private hideCallbacks: (() => unknown)[] = [];

	constructor() {
		super();
		requireDom("Menu");
		this.dom = createDiv("menu");
	}

	setNoIcon(): this {
		this.dom.addClass("mod-no-icon");
		return this;
	}

	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		this.items.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this {
		this.items.push(new MenuSeparator());
		return this;
	}

	/** The items that are not separators, in order (fake helper). */
	get menuItems(): MenuItem[] {
		return this.items.filter((item): item is MenuItem => item instanceof MenuItem);
	}

	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}

	showAtPosition(position: MenuPositionDef, doc: Document = activeDocument): this {
		this.dom.empty();
		for (const item of this.items) this.dom.appendChild(item.dom);
		this.dom.setCssStyles({ left: `${position.x}px`, top: `${position.y}px` });
		this.position = position;
		doc.body.appendChild(this.dom);
		this.visible = true;
		menus.push(this);
		this.load();
		// Clicking elsewhere or pressing Escape closes the menu; both listeners die with it.
		this.registerDomEvent(doc, "mousedown", ((evt: MouseEvent) => {
			if (!this.dom.contains(evt.target as Node)) this.hide();
		}) as (this: HTMLElement, ev: never) => unknown);
		this.registerDomEvent(doc, "keydown", ((evt: KeyboardEvent) => {
			if (evt.key === "Escape") this.hide();
		}) as (this: HTMLElement, ev: never) => unknown);
		return this;
	}

	hide(): this {
		if (!this.visible) return this;
		this.visible = false;
		this.dom.detach();
		this.unload();
		for (const cb of this.hideCallbacks) cb();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this.hideCallbacks.push(callback);
	}

	/** Whether the menu is on screen (fake helper). */
	isVisible(): boolean {
		return this.visible;
	}
}

/** Forgets recorded notices and menus, hides them, and closes open modals (for afterEach). */
export function resetUi(): void {
	for (const notice of notices.slice()) notice.hide();
	notices.length = 0;
	for (const menu of menus.slice()) menu.hide();
	menus.length = 0;
	for (const modal of openModalList.slice()) modal.close();
}
