// The due follow-ups pane: what to send, to whom and how long is left, grouped by urgency, with
// the buttons to record it. Renders only while shown, and only when the index or the minute changed.
import { ItemView, Keymap, Notice, setIcon, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { FollowUpAction, Problem } from "../core/types";
import { INDEX_CHANGED } from "../obsidian/index";
import { confirmCloseOut, logReply, markDone, showSnoozeMenu, unsnooze } from "./actions";
import type { FollowUpContext } from "./context";
import { companyOf, interviewLabel, joinNames, KIND_TODO, recipientsLine } from "./labels";
import { openPipelineView } from "./pipeline-view";
import { rowClock } from "./relative-time";
import { dueCount, paneSections, type PaneSection, type SectionId } from "./sections";

export const DUE_VIEW_TYPE = "interview-follow-up-due";

/** The frontmatter shown in the empty state, for people who write notes by hand. */
export function exampleFrontmatter(typeKey: string, typeValue: string): string {
	return [
		"---",
		`${typeKey}: ${typeValue}`,
		"company: Acme",
		"role: Platform engineer",
		"interview_start: 2026-11-25T13:00",
		"interview_end: 2026-11-25T14:30",
		"primary_contact: Lena Okafor",
		"primary_contact_email: lena@acme.example",
		"interviewers:",
		"  - name: Dana Whitfield",
		"    email: dana@acme.example",
		"---",
	].join("\n");
}

const TICK_MS = 15_000;
/**
 * Rows drawn per section before a "show more" button: a pane with hundreds of rows would cost
 * many frames to draw on every tick, and nobody reads past the first screens anyway.
 */
export const ROWS_PER_PAGE = 25;
const MINUTE = 60_000;

interface DueViewState {
	collapsed?: SectionId[];
	problemsCollapsed?: boolean;
}

export class DueView extends ItemView {
	private renderedRevision = -1;
	private renderedMinute = -1;
	private collapsed = new Set<SectionId | "problems">();
	/** How many rows each section shows, when more than ROWS_PER_PAGE were asked for. */
	private shown = new Map<SectionId | "problems", number>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: FollowUpContext,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return DUE_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return "Due follow-ups";
	}

	override getIcon(): string {
		return "calendar-clock";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("ifu-pane");
		this.addAction("file-plus", "New interview note", () => this.ctx.newInterviewNote());
		this.addAction("table", "Open interview pipeline", () => void openPipelineView(this.app));
		this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => this.refresh()));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.registerInterval(window.setInterval(() => this.refresh(), TICK_MS));
		this.registerDomEvent(this.contentEl, "keydown", (evt) => this.onKeyDown(evt));
		this.render();
	}

	override async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	override onResize(): void {
		// Called when the sidebar opens or the tab is shown again: catch up on what changed meanwhile.
		this.refresh();
	}

	override getState(): Record<string, unknown> {
		const state: DueViewState = { collapsed: [...this.collapsed].filter((s): s is SectionId => s !== "problems") };
		if (this.collapsed.has("problems")) state.problemsCollapsed = true;
		return { ...super.getState(), ...state };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const s = (state ?? {}) as DueViewState;
		this.collapsed = new Set(Array.isArray(s.collapsed) ? s.collapsed : []);
		if (s.problemsCollapsed) this.collapsed.add("problems");
		await super.setState(state, result);
		this.render();
	}

	/** Re-renders when the index or the minute moved on, and the pane can be seen. */
	refresh(): void {
		const minute = Math.floor(this.ctx.now().getTime() / MINUTE);
		if (this.ctx.index.revision === this.renderedRevision && minute === this.renderedMinute) return;
		if (!this.isVisible()) return;
		this.render();
	}

	private isVisible(): boolean {
		const el = this.containerEl as HTMLElement & { isShown?: () => boolean };
		return typeof el.isShown === "function" ? el.isShown() : el.isConnected;
	}

	render(): void {
		const now = this.ctx.now();
		const index = this.ctx.index;
		this.renderedRevision = index.revision;
		this.renderedMinute = Math.floor(now.getTime() / MINUTE);
		const focused = this.focusKey();
		const root = this.contentEl;
		root.empty();

		if (!index.ready) {
			root.createDiv({ cls: "ifu-loading", text: "Reading interview notes…" });
			return;
		}
		const agenda = index.agenda(now);
		const problems = index.problems();
		if (agenda.actions.length === 0 && problems.length === 0) {
			this.renderEmpty(root, index.interviews().length > 0);
			return;
		}

		const due = dueCount(agenda.actions);
		root.createDiv({
			cls: "ifu-summary",
			text: due === 0 ? "Nothing to send right now." : `${due} ${due === 1 ? "follow-up" : "follow-ups"} to send now.`,
		});
		for (const section of paneSections(agenda.actions)) this.renderSection(root, section, now);
		if (problems.length > 0) this.renderProblems(root, problems);
		if (focused) this.restoreFocus(focused);
	}

	// ---------------------------------------------------------------- sections and rows

	private sectionShell(parent: HTMLElement, id: SectionId | "problems", title: string, count: number): HTMLElement {
		const section = parent.createDiv({ cls: ["ifu-section", `ifu-section-${id}`] });
		const collapsed = this.collapsed.has(id);
		const header = section.createEl("button", {
			cls: "ifu-section-header",
			attr: { "aria-expanded": String(!collapsed), "data-section": id },
		});
		const chevron = header.createSpan({ cls: "ifu-chevron" });
		setIcon(chevron, collapsed ? "chevron-right" : "chevron-down");
		header.createSpan({ cls: "ifu-section-title", text: title });
		header.createSpan({ cls: "ifu-count", text: String(count) });
		const body = section.createDiv({ cls: "ifu-rows", attr: { role: "list", "aria-label": title } });
		if (collapsed) {
			section.addClass("is-collapsed");
			body.hide();
		}
		header.addEventListener("click", () => {
			if (this.collapsed.has(id)) this.collapsed.delete(id);
			else this.collapsed.add(id);
			this.app.workspace.requestSaveLayout();
			this.render();
			this.contentEl.querySelector<HTMLElement>(`.ifu-section-header[data-section="${id}"]`)?.focus();
		});
		return body;
	}

	private renderSection(root: HTMLElement, section: PaneSection, now: Date): void {
		const body = this.sectionShell(root, section.id, section.title, section.actions.length);
		if (this.collapsed.has(section.id)) return;
		const limit = this.shown.get(section.id) ?? ROWS_PER_PAGE;
		for (const action of section.actions.slice(0, limit)) this.renderRow(body, action, now);
		this.renderMore(body, section.id, section.actions.length, limit);
	}

	/** A "show more" button under a section cut at `limit` rows. */
	private renderMore(body: HTMLElement, id: SectionId | "problems", total: number, limit: number): void {
		if (total <= limit) return;
		const next = Math.min(total - limit, 100);
		const more = body.createEl("button", {
			cls: "ifu-show-more",
			text: `Show ${next} more (${total - limit} not shown)`,
			attr: { "data-section": id },
		});
		more.addEventListener("click", () => {
			this.shown.set(id, limit + next);
			this.render();
			this.contentEl.querySelector<HTMLElement>(`.ifu-show-more[data-section="${id}"]`)?.focus();
		});
	}

	private renderRow(parent: HTMLElement, action: FollowUpAction, now: Date): void {
		const label = interviewLabel(action.company, action.role, action.file);
		const todo = KIND_TODO[action.kind];
		const row = parent.createDiv({
			cls: ["ifu-row", `is-${action.state}`],
			attr: { role: "listitem", "data-file": action.file, "data-kind": action.kind },
		});
		if (action.snoozedUntil) row.addClass("is-snoozed");

		const title = row.createEl("button", {
			cls: "ifu-row-title",
			text: label,
			attr: { "aria-label": `${todo}: ${label}. Open the note` },
		});
		this.opensNote(title, action.file);

		row.createDiv({ cls: "ifu-row-todo", text: todo });
		row.createDiv({ cls: "ifu-row-to", text: recipientsLine(action) });
		row.createDiv({ cls: "ifu-row-clock", text: rowClock(action, now) });

		const buttons = row.createDiv({ cls: "ifu-row-actions" });
		const closing = action.kind === "close-out";
		const doneLabel = closing ? "Close out" : "Mark done";
		// Every button's accessible name says which row it belongs to (what, to whom, which interview):
		// two rows of one interview never share a name.
		const rowName = rowNameOf(action, label);
		this.button(buttons, doneLabel, closing ? "archive" : "check", `${doneLabel}: ${rowName}`, (evt, el) => markDone(this.ctx, action, evt, el), "ifu-done", true);
		if (action.kind !== "handwritten-note" && action.kind !== "linkedin") {
			this.button(buttons, "Reply received", "reply", `Log a reply from ${companyOf(action)}: ${rowName}`, () => logReply(this.ctx, action.file), "ifu-reply");
		}
		if (action.snoozedUntil) {
			this.button(buttons, "Unsnooze", "bell-ring", `Unsnooze: ${rowName}`, () => void unsnooze(this.ctx, action.file), "ifu-unsnooze");
		} else {
			this.button(buttons, "Snooze", "alarm-clock", `Snooze: ${rowName}`, (evt, el) => showSnoozeMenu(this.ctx, action.file, evt, el), "ifu-snooze");
		}
		if (!closing) {
			this.button(buttons, "Close out", "archive", `Close out the interview: ${rowName}`, () => confirmCloseOut(this.ctx, action.file), "ifu-close");
		}
		// Other features (drafts) add their buttons here.
		for (const extra of this.ctx.rowActions) {
			if (!extra.appliesTo(action)) continue;
			this.button(buttons, extra.label, extra.icon, `${extra.label}: ${rowName}`, (evt) => void extra.run(action, evt), `ifu-row-action-${extra.id}`);
		}
	}

	/**
	 * A button with an icon; its full name is the aria-label (which Obsidian also shows as a tooltip).
	 * Only the main action spells out its label, so that a row stays one line in a narrow sidebar.
	 */
	private button(
		parent: HTMLElement,
		label: string,
		icon: string,
		ariaLabel: string,
		onClick: (evt: MouseEvent | KeyboardEvent, el: HTMLElement) => void,
		cls: string,
		withText = false,
	): HTMLButtonElement {
		const el = parent.createEl("button", { cls: ["clickable-icon", "ifu-button", cls], attr: { "aria-label": ariaLabel } });
		setIcon(el, icon);
		if (withText) el.createSpan({ cls: "ifu-button-text", text: label });
		el.addEventListener("click", (evt) => onClick(evt, el));
		return el;
	}

	private renderProblems(root: HTMLElement, problems: readonly Problem[]): void {
		const body = this.sectionShell(root, "problems", "Problems", problems.length);
		if (this.collapsed.has("problems")) return;
		const limit = this.shown.get("problems") ?? ROWS_PER_PAGE;
		for (const problem of problems.slice(0, limit)) {
			const row = body.createDiv({
				cls: ["ifu-row", "ifu-problem", `is-${problem.severity}`],
				attr: { role: "listitem", "data-file": problem.file },
			});
			const name = problem.file.replace(/^.*\//, "").replace(/\.md$/i, "");
			const where = problem.line !== undefined ? `, line ${problem.line}` : "";
			const title = row.createEl("button", {
				cls: "ifu-row-title",
				attr: { "aria-label": `${problem.severity === "error" ? "Error" : "Warning"} in ${name}${where}: ${problem.message} Open the note` },
			});
			const icon = title.createSpan({ cls: "ifu-severity" });
			setIcon(icon, problem.severity === "error" ? "alert-circle" : "alert-triangle");
			title.createSpan({ text: `${name}${where}` });
			this.opensNote(title, problem.file, problem.line);
			row.createDiv({ cls: "ifu-problem-message", text: problem.message });
		}
		this.renderMore(body, "problems", problems.length, limit);
	}

	private renderEmpty(root: HTMLElement, hasInterviews: boolean): void {
		const empty = root.createDiv({ cls: "ifu-empty" });
		if (hasInterviews) {
			empty.createEl("p", { text: "All caught up: no follow-ups are pending." });
			return;
		}
		empty.createEl("p", { text: "No interview notes yet. After an interview, create a note for it and the follow-ups appear here." });
		const create = empty.createEl("button", { cls: "mod-cta", text: "New interview note" });
		create.addEventListener("click", () => this.ctx.newInterviewNote());
		empty.createEl("p", { text: "Or start a note with frontmatter like this (how interview notes are recognised can be changed in the settings):" });
		const example = exampleFrontmatter(this.ctx.settings.typeKey, this.ctx.settings.typeValue);
		empty.createEl("pre", { cls: "ifu-example" }).createEl("code", { text: example });
		const copy = empty.createEl("button", { text: "Copy example" });
		copy.addEventListener("click", () => {
			void navigator.clipboard?.writeText(example).then(
				() => new Notice("Example frontmatter copied."),
				() => new Notice("Could not copy: select the example and copy it by hand."),
			);
		});
	}

	// ---------------------------------------------------------------- navigation

	/** A click opens the note; Cmd-click (Ctrl-click off macOS) or a middle click in a new tab, as elsewhere in Obsidian. */
	private opensNote(el: HTMLElement, path: string, line?: number): void {
		el.addEventListener("click", (evt) => void this.openNote(path, evt, line));
		el.addEventListener("auxclick", (evt) => {
			if (evt.button === 1) void this.openNote(path, evt, line);
		});
	}

	private async openNote(path: string, evt: MouseEvent | KeyboardEvent, line?: number): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) {
			new Notice(`${path} no longer exists.`);
			return;
		}
		const state = line !== undefined ? { eState: { line: Math.max(0, line - 1) } } : undefined;
		await this.app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file, state);
	}

	/** Up and down arrows move between rows, Home and End to the first and last. */
	private onKeyDown(evt: KeyboardEvent): void {
		if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(evt.key)) return;
		const target = evt.target as HTMLElement | null;
		const titles = Array.from(this.contentEl.querySelectorAll<HTMLElement>(".ifu-section-header, .ifu-row-title"));
		const current = target?.closest(".ifu-row")?.querySelector<HTMLElement>(".ifu-row-title") ?? target;
		const at = current ? titles.indexOf(current) : -1;
		if (at === -1) return;
		let next = at;
		if (evt.key === "ArrowDown") next = Math.min(titles.length - 1, at + 1);
		else if (evt.key === "ArrowUp") next = Math.max(0, at - 1);
		else if (evt.key === "Home") next = 0;
		else next = titles.length - 1;
		evt.preventDefault();
		titles[next].focus();
	}

	/** Which row or button had focus, so that a re-render does not throw the keyboard user out. */
	private focusKey(): string | null {
		const active = this.contentEl.ownerDocument.activeElement as HTMLElement | null;
		if (!active || !this.contentEl.contains(active)) return null;
		const row = active.closest<HTMLElement>(".ifu-row");
		const header = active.closest<HTMLElement>(".ifu-section-header");
		if (header) return `header|${header.dataset.section ?? ""}`;
		if (!row) return null;
		const cls = Array.from(active.classList).find((c) => c.startsWith("ifu-") && c !== "ifu-button") ?? "ifu-row-title";
		return `row|${row.dataset.file ?? ""}|${row.dataset.kind ?? ""}|${cls}`;
	}

	private restoreFocus(key: string): void {
		const [type, a, b, cls] = key.split("|");
		let el: HTMLElement | null = null;
		if (type === "header") el = this.contentEl.querySelector<HTMLElement>(`.ifu-section-header[data-section="${a}"]`);
		else {
			for (const row of Array.from(this.contentEl.querySelectorAll<HTMLElement>(".ifu-row"))) {
				if (row.dataset.file === a && (row.dataset.kind ?? "") === b) {
					el = row.querySelector<HTMLElement>(`.${cls}`) ?? row.querySelector<HTMLElement>(".ifu-row-title");
					break;
				}
			}
		}
		el?.focus();
	}
}

/** "Send a thank-you to Dana Whitfield and Marcus Oyelaran, Acme Robotics · Platform engineer". */
export function rowNameOf(action: FollowUpAction, label: string): string {
	const names = action.recipients.map((r) => r.name).filter((name) => name !== "");
	return `${KIND_TODO[action.kind]}${names.length > 0 ? ` to ${joinNames(names)}` : ""}, ${label}`;
}
