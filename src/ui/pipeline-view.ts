// The pipeline tab: every interview grouped by company with where it stands and what was sent when,
// and the figures a job seeker asks about (reply rate, time to reply, who went quiet), by month.
import { ItemView, type App, type HoverParent, type HoverPopover, type Plugin, type WorkspaceLeaf } from "obsidian";
import { buildPipeline, type Pipeline } from "../core/pipeline";
import { INDEX_CHANGED } from "../obsidian/index";
import type { FollowUpContext } from "./context";
import { clockSignature } from "./pipeline-format";
import type { LinkContext } from "./pipeline-links";
import { COMPANY_COLUMNS, renderFigures, renderMonths, renderRows } from "./pipeline-table";

export const PIPELINE_VIEW_TYPE = "interview-follow-up-pipeline";

const TICK_MS = 60_000;

export class PipelineView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	/** What the shown render was made from: the index revision and the clock-driven parts. */
	private renderedKey: string | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: FollowUpContext,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return PIPELINE_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return "Interview pipeline";
	}

	override getIcon(): string {
		return "table";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("ifu-pipeline");
		const refresh = () => this.refresh();
		this.registerEvent(this.app.workspace.on(INDEX_CHANGED, refresh));
		this.registerEvent(this.app.workspace.on("layout-change", refresh));
		this.registerEvent(this.app.workspace.on("active-leaf-change", refresh));
		this.registerInterval(window.setInterval(refresh, TICK_MS));
		this.refresh(true);
	}

	override async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	override onResize(): void {
		// Called when the tab is shown again: catch up on what changed while it was hidden.
		this.refresh();
	}

	/** Re-renders when the interviews or the clock-driven parts changed, and the tab can be seen. */
	refresh(force = false): void {
		const index = this.ctx.index;
		if (!index.ready) {
			if (this.renderedKey !== "loading") {
				this.renderedKey = "loading";
				this.contentEl.empty();
				this.contentEl.createDiv({ cls: "ifu-loading", text: "Reading interview notes…" });
			}
			return;
		}
		if (!force && !this.isVisible()) return;
		const now = this.ctx.now();
		const pipeline = buildPipeline(index.interviews(), this.ctx.settings, now);
		const key = `${index.revision}\n${clockSignature(pipeline.rows)}`;
		if (!force && key === this.renderedKey) return;
		this.renderedKey = key;
		this.render(pipeline, now);
	}

	private isVisible(): boolean {
		const el = this.containerEl as HTMLElement & { isShown?: () => boolean };
		return typeof el.isShown === "function" ? el.isShown() : el.isConnected;
	}

	private render(pipeline: Pipeline, now: Date): void {
		const root = this.contentEl;
		const scroll = root.scrollTop;
		root.empty();
		if (pipeline.rows.length === 0) {
			root.createDiv({
				cls: "ifu-empty",
				text: "No interview notes yet. Once you have some, this tab shows where each one stands and how often companies answer your thank-yous.",
			});
			return;
		}
		const link: LinkContext = { app: this.app, sourcePath: "", hoverParent: this, hoverSource: PIPELINE_VIEW_TYPE };

		renderFigures(root, pipeline.figures);

		root.createEl("h3", { cls: "ifu-pipeline-heading", text: "By month" });
		root.createEl("p", { cls: "ifu-pipeline-note", text: "Grouped by the month of the interview. A reply counts when one is recorded, or when the status is offer or rejected." });
		renderMonths(root, pipeline.figures.byMonth);

		root.createEl("h3", { cls: "ifu-pipeline-heading", text: "By company" });
		for (const company of pipeline.companies) {
			const section = root.createDiv({ cls: "ifu-pipeline-company", attr: { "data-company": company.company } });
			const name = company.company || "No company";
			const heading = section.createEl("h4", { cls: "ifu-pipeline-company-name" });
			heading.createSpan({ text: name });
			heading.createSpan({ cls: "ifu-count", text: String(company.rows.length) });
			renderRows(section, company.rows, COMPANY_COLUMNS, now, link, `Interviews with ${name}`);
		}
		root.scrollTop = scroll;
	}
}

/** Opens the pipeline in a tab of the main area, or shows the one already open. */
export async function openPipelineView(app: App): Promise<void> {
	const { workspace } = app;
	let leaf = workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getLeaf("tab");
		await leaf.setViewState({ type: PIPELINE_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}

/** The view, its command ("Open interview pipeline") and its page-preview source. */
export function registerPipelineView(plugin: Plugin, ctx: FollowUpContext): void {
	plugin.registerView(PIPELINE_VIEW_TYPE, (leaf) => new PipelineView(leaf, ctx));
	plugin.registerHoverLinkSource(PIPELINE_VIEW_TYPE, { display: "Interview pipeline", defaultMod: true });
	plugin.addCommand({
		id: "open-pipeline",
		name: "Open interview pipeline",
		callback: () => openPipelineView(plugin.app),
	});
}
