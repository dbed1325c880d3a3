// The `interview-follow-ups` code block: the due list (or the pipeline) inside any note, such as a
// dashboard or a daily note, kept up to date while the note is open.
//
// Options, one `key: value` per line, all optional (keys and values ignore case; `#` starts a comment):
//   state: overdue, late     which actions: overdue, late, due, upcoming, or all. Default: overdue,
//                            late and due, the ones to act on now.
//   company: Acme            only interviews whose company contains this text.
//   kinds: thank-you, check-in
//                            only these actions: thank-you, next-steps, check-in, close-out,
//                            handwritten-note, linkedin.
//   snoozed: show | hide     actions of snoozed notes. Default: hide, except with `state: all`.
//   limit: 5                 at most this many rows (the most urgent first).
//   view: pipeline           the pipeline table and its figures instead of the due list; `company`
//                            and `limit` apply to it, the other options do not.
// A line the block does not understand is named in a message above the list; the rest still applies.
import { MarkdownRenderChild, type HoverParent, type HoverPopover, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import { buildPipeline } from "../core/pipeline";
import { ACTION_KINDS, ACTION_STATES, type ActionKind, type ActionState, type FollowUpAction } from "../core/types";
import { INDEX_CHANGED } from "../obsidian/index";
import type { FollowUpContext } from "./context";
import { interviewLabel, KIND_TODO, recipientsLine } from "./labels";
import { clockSignature } from "./pipeline-format";
import { noteLink, type LinkContext } from "./pipeline-links";
import { BLOCK_COLUMNS, renderFigures, renderRows } from "./pipeline-table";
import { rowClock } from "./relative-time";
import { paneSections, sectionTitle } from "./sections";

export const BLOCK_LANGUAGE = "interview-follow-ups";

export interface BlockOptions {
	/** Null: the default, the actions to do now. */
	states: ReadonlySet<ActionState> | null;
	company: string | null;
	kinds: ReadonlySet<ActionKind> | null;
	/** Null: hidden, unless `state: all`. */
	snoozed: "show" | "hide" | null;
	limit: number | null;
	view: "list" | "pipeline";
}

export interface ParsedBlock {
	options: BlockOptions;
	/** One friendly sentence per line that was not understood. */
	messages: string[];
}

const NOW_STATES: ReadonlySet<ActionState> = new Set<ActionState>(["overdue", "late", "due"]);
const OPTION_NAMES = "state, company, kinds, snoozed, limit, view";

const KEY_ALIASES: Record<string, keyof BlockOptions> = {
	state: "states",
	states: "states",
	company: "company",
	companies: "company",
	kind: "kinds",
	kinds: "kinds",
	snoozed: "snoozed",
	snooze: "snoozed",
	limit: "limit",
	view: "view",
};

/** "thank you", "Thank-you" and "thankyou" are the same kind. */
const KIND_BY_LETTERS = new Map<string, ActionKind>(ACTION_KINDS.map((k) => [k.replace(/[^a-z]/g, ""), k]));

function list(value: string): string[] {
	return value
		.split(/[,;]/)
		.map((v) => v.trim())
		.filter((v) => v !== "");
}

/** Reads the block's options; never throws, whatever the text. */
export function parseBlockOptions(source: string): ParsedBlock {
	const options: BlockOptions = { states: null, company: null, kinds: null, snoozed: null, limit: null, view: "list" };
	const messages: string[] = [];
	const lines = source.split(/\r?\n/);
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (line === "" || line.startsWith("#") || line.startsWith("//")) return;
		const colon = line.indexOf(":");
		if (colon === -1) {
			messages.push(`Line ${i + 1} ("${line}") is not an option. Write options as "name: value", one a line.`);
			return;
		}
		const name = line.slice(0, colon).trim().toLowerCase();
		const value = line.slice(colon + 1).trim();
		const key = KEY_ALIASES[name];
		if (!key) {
			messages.push(`Unknown option "${line.slice(0, colon).trim()}". The options are ${OPTION_NAMES}.`);
			return;
		}
		if (value === "") return;
		switch (key) {
			case "states": {
				const states = new Set<ActionState>();
				for (const word of list(value).flatMap((v) => v.split(/\s+/))) {
					const w = word.toLowerCase();
					if (w === "all") ACTION_STATES.forEach((s) => states.add(s));
					else if ((ACTION_STATES as readonly string[]).includes(w)) states.add(w as ActionState);
					else messages.push(`state: "${word}" is not a state. Use overdue, late, due, upcoming or all.`);
				}
				if (states.size > 0) options.states = states;
				break;
			}
			case "company":
				options.company = value;
				break;
			case "kinds": {
				const kinds = new Set<ActionKind>();
				for (const word of list(value)) {
					const kind = KIND_BY_LETTERS.get(word.toLowerCase().replace(/[^a-z]/g, ""));
					if (kind) kinds.add(kind);
					else messages.push(`kinds: "${word}" is not a kind of follow-up. Use ${ACTION_KINDS.join(", ")}.`);
				}
				if (kinds.size > 0) options.kinds = kinds;
				break;
			}
			case "snoozed": {
				const v = value.toLowerCase();
				if (["show", "yes", "true", "on"].includes(v)) options.snoozed = "show";
				else if (["hide", "no", "false", "off"].includes(v)) options.snoozed = "hide";
				else messages.push(`snoozed: use show or hide, not "${value}".`);
				break;
			}
			case "limit": {
				const n = /^\d+$/.test(value) ? Number(value) : NaN;
				if (Number.isInteger(n) && n >= 1) options.limit = n;
				else messages.push(`limit: use a whole number of 1 or more, not "${value}".`);
				break;
			}
			case "view": {
				const v = value.toLowerCase();
				if (v === "pipeline") options.view = "pipeline";
				else if (v === "list" || v === "due") options.view = "list";
				else messages.push(`view: use list or pipeline, not "${value}".`);
				break;
			}
		}
	});
	return { options, messages };
}

function companyMatches(company: string, wanted: string | null): boolean {
	return wanted === null || company.toLowerCase().includes(wanted.toLowerCase());
}

/**
 * The actions the block lists, before the limit, in the due pane's order: overdue, late, due now
 * (those with a clock running first), snoozed, upcoming, waiting on reply.
 */
export function selectActions(actions: readonly FollowUpAction[], options: BlockOptions): FollowUpAction[] {
	const states = options.states ?? NOW_STATES;
	const showSnoozed = options.snoozed === null ? options.states !== null && options.states.size === ACTION_STATES.length : options.snoozed === "show";
	const selected = actions.filter(
		(a) =>
			states.has(a.state) &&
			(showSnoozed || !a.snoozedUntil) &&
			(options.kinds === null || options.kinds.has(a.kind)) &&
			companyMatches(a.company, options.company),
	);
	return paneSections(selected).flatMap((section) => section.actions);
}

function isDefault(options: BlockOptions): boolean {
	return options.states === null && options.company === null && options.kinds === null && options.snoozed === null;
}

const MINUTE = 60_000;
const TICK_MS = 15_000;

/** One rendered block: lives as long as the block is on screen, and re-renders when what it shows changed. */
export class FollowUpBlock extends MarkdownRenderChild implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private renderedKey: string | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly ctx: FollowUpContext,
		private readonly parsed: ParsedBlock,
		private readonly sourcePath: string,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.containerEl.addClass("ifu-block");
		const refresh = () => this.refresh();
		this.registerEvent(this.ctx.app.workspace.on(INDEX_CHANGED, refresh));
		this.registerInterval(window.setInterval(refresh, TICK_MS));
		this.refresh();
	}

	/** Re-renders when the index changed, or the clock moved on in a way the block shows. */
	refresh(): void {
		const { index } = this.ctx;
		const now = this.ctx.now();
		if (!index.ready) {
			this.paint("loading", (root) => root.createDiv({ cls: "ifu-loading", text: "Reading interview notes…" }));
			return;
		}
		const { options } = this.parsed;
		if (options.view === "pipeline") {
			const interviews = index.interviews().filter((i) => companyMatches(i.company, options.company));
			const pipeline = buildPipeline(interviews, this.ctx.settings, now);
			this.paint(`${index.revision}\n${clockSignature(pipeline.rows)}`, (root) => {
				if (pipeline.rows.length === 0) {
					root.createDiv({ cls: "ifu-block-empty", text: options.company === null ? "No interview notes yet." : `No interviews with a company matching "${options.company}".` });
					return;
				}
				renderFigures(root, pipeline.figures);
				const shown = options.limit === null ? pipeline.rows : pipeline.rows.slice(0, options.limit);
				renderRows(root, shown, BLOCK_COLUMNS, now, this.link(), "Interviews, most recent first");
				this.more(root, pipeline.rows.length - shown.length, "interview", "interviews");
			});
			return;
		}
		// The list shows times to the minute.
		this.paint(`${index.revision}\n${Math.floor(now.getTime() / MINUTE)}`, (root) => this.renderList(root, now));
	}

	private paint(key: string, draw: (root: HTMLElement) => void): void {
		if (key === this.renderedKey) return;
		this.renderedKey = key;
		const root = this.containerEl;
		root.empty();
		if (this.parsed.messages.length > 0) {
			const box = root.createDiv({ cls: "ifu-block-messages" });
			for (const message of this.parsed.messages) box.createEl("p", { text: message });
		}
		draw(root);
	}

	private renderList(root: HTMLElement, now: Date): void {
		const { options } = this.parsed;
		const { index } = this.ctx;
		const selected = selectActions(index.agenda(now).actions, options);
		if (selected.length === 0) {
			const text = index.interviews().length === 0 ? "No interview notes yet." : isDefault(options) ? "Nothing to send right now." : "No follow-ups match this block's options.";
			root.createDiv({ cls: "ifu-block-empty", text });
			return;
		}
		const shown = options.limit === null ? selected : selected.slice(0, options.limit);
		const list = root.createEl("ul", { cls: "ifu-block-list" });
		const link = this.link();
		for (const action of shown) {
			const item = list.createEl("li", {
				cls: ["ifu-block-row", `is-${action.state}`],
				attr: { "data-file": action.file, "data-kind": action.kind },
			});
			if (action.snoozedUntil) item.addClass("is-snoozed");
			const head = item.createDiv({ cls: "ifu-block-head" });
			noteLink(head, action.file, interviewLabel(action.company, action.role, action.file), link);
			head.createSpan({ cls: "ifu-block-state", text: sectionTitle(action) });
			item.createDiv({ cls: "ifu-block-todo", text: KIND_TODO[action.kind] });
			item.createDiv({ cls: "ifu-block-to", text: recipientsLine(action) });
			item.createDiv({ cls: "ifu-block-clock", text: rowClock(action, now) });
		}
		this.more(root, selected.length - shown.length, "follow-up", "follow-ups");
	}

	private more(root: HTMLElement, hidden: number, one: string, many: string): void {
		if (hidden > 0) root.createDiv({ cls: "ifu-block-more", text: `${hidden} more ${hidden === 1 ? one : many} not shown (limit: ${this.parsed.options.limit}).` });
	}

	private link(): LinkContext {
		return { app: this.ctx.app, sourcePath: this.sourcePath, hoverParent: this, hoverSource: "preview" };
	}
}

/** Registers the `interview-follow-ups` code block. */
export function registerFollowUpBlock(plugin: Plugin, ctx: FollowUpContext): void {
	plugin.registerMarkdownCodeBlockProcessor(BLOCK_LANGUAGE, (source: string, el: HTMLElement, mdctx: MarkdownPostProcessorContext) => {
		mdctx.addChild(new FollowUpBlock(el, ctx, parseBlockOptions(source), mdctx.sourcePath));
	});
}
