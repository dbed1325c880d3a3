// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildPipeline } from "../../src/core/pipeline";
import { PIPELINE_VIEW_TYPE } from "../../src/ui/pipeline-view";
import { formatMedianDays, formatRate, monthCells } from "../../src/ui/pipeline-format";
import { exampleVault, loadExample, openPane, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

const OPEN = `${PLUGIN_ID}:open-pipeline`;
const SOYLENT = "Interviews/2026-10-28 Soylent - SRE.md";

/** A second, older Acme interview, with the company spelled in lower case. */
const ACME_EARLIER = `---
type: interview
company: acme robotics
role: Firmware engineer
interview_start: 2026-10-05T10:00
interview_end: 2026-10-05T11:00
thank_you_sent: 2026-10-05T15:00
reply_received: 2026-10-07T15:00
status: rejected
---
`;

let h: Loaded | null = null;

usePluginTestLifecycle();

async function openPipeline(loaded: Loaded): Promise<HTMLElement> {
	expect(loaded.app.commands.executeCommandById(OPEN)).toBe(true);
	await loaded.settle();
	return pipelineEl(loaded);
}

function pipelineEl(loaded: Loaded): HTMLElement {
	const leaf = loaded.app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0];
	if (!leaf) throw new Error("the pipeline is not open");
	return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

const figure = (el: HTMLElement, id: string) => ({
	value: el.querySelector(`.ifu-figure[data-figure="${id}"] .ifu-figure-value`)?.textContent,
	detail: el.querySelector(`.ifu-figure[data-figure="${id}"] .ifu-figure-detail`)?.textContent,
});

function cells(tr: Element): string[] {
	return Array.from(tr.querySelectorAll("th, td")).map((c) => c.textContent ?? "");
}

describe("the pipeline tab", () => {
	it("opens in the main area, once", async () => {
		h = await loadExample();
		await openPipeline(h);
		const leaves = h.app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE);
		expect(leaves).toHaveLength(1);
		expect(leaves[0].getRoot()).toBe(h.app.workspace.rootSplit);
		expect(leaves[0].getDisplayText()).toBe("Interview pipeline");
		await openPipeline(h);
		expect(h.app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)).toHaveLength(1);
	});

	it("opens from a button in the due pane's header", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const button = pane.parentElement?.querySelector<HTMLElement>('.view-action[aria-label="Open interview pipeline"]');
		button?.click();
		await h.settle();
		expect(h.app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)).toHaveLength(1);
	});

	it("shows the example vault's figures: reply rate, median time to reply, closed without reply", async () => {
		h = await loadExample();
		const el = await openPipeline(h);
		const { figures } = buildPipeline(h.plugin.index.interviews(), h.plugin.settings, h.plugin.now());
		expect(figure(el, "reply-rate")).toEqual({ value: "17%", detail: "1 of 6 thank-yous answered" });
		expect(figure(el, "reply-rate").value).toBe(formatRate(figures.replyRate));
		// Cyberdyne answered 91 hours after the thank-you: the only dated reply.
		expect(figures.medianDaysToReply).toBeCloseTo(91 / 24, 10);
		expect(figure(el, "median-reply").value).toBe("3.8 days");
		expect(figure(el, "closed-without-reply").value).toBe(String(figures.closedWithoutReply));
		expect(figure(el, "closed-without-reply").value).toBe("1");
		expect(figure(el, "interviews")).toEqual({ value: "11", detail: "9 active, 1 offer" });
	});

	it("has a table by month of the interview", async () => {
		h = await loadExample();
		const el = await openPipeline(h);
		const { figures } = buildPipeline(h.plugin.index.interviews(), h.plugin.settings, h.plugin.now());
		const rows = Array.from(el.querySelectorAll(".ifu-pipeline-months tbody tr")).map(cells);
		expect(rows).toEqual(figures.byMonth.map(monthCells));
		expect(rows).toEqual([
			["October 2026", "1", "1", "0", "0%", "–", "1"],
			["November 2026", "10", "5", "1", "20%", formatMedianDays(figures.byMonth[1].medianDaysToReply), "0"],
		]);
	});

	it("groups every interview by company, with its dates, follow-ups sent and days waiting", async () => {
		h = await loadExample({ files: { ...exampleVault(), "Interviews/2026-10-05 Acme Robotics - Firmware engineer.md": ACME_EARLIER } });
		const el = await openPipeline(h);
		const pipeline = buildPipeline(h.plugin.index.interviews(), h.plugin.settings, h.plugin.now());
		const companies = Array.from(el.querySelectorAll<HTMLElement>(".ifu-pipeline-company")).map((c) => c.dataset.company);
		expect(companies).toEqual(pipeline.companies.map((c) => c.company));
		expect(companies[0]).toBe("Acme Robotics");

		const acme = el.querySelector<HTMLElement>('.ifu-pipeline-company[data-company="Acme Robotics"]')!;
		expect(acme.querySelector(".ifu-count")?.textContent).toBe("2");
		const acmeRows = Array.from(acme.querySelectorAll("tbody tr")).map(cells);
		expect(acmeRows).toEqual([
			["Platform engineer", "Awaiting thank-you", "25 Nov", "–", "–", "–", "–", "–", "0", "–"],
			["Firmware engineer", "Rejected", "5 Oct", "5 Oct", "–", "–", "7 Oct", "–", "1", "–"],
		]);

		const soylent = el.querySelector(`tr[data-file="${SOYLENT}"]`)!;
		expect(cells(soylent).slice(0, 2)).toEqual(["SRE", "Closed without reply"]);
		const hooli = el.querySelector('tr[data-file^="Interviews/2026-11-17 Hooli"]')!;
		expect(cells(hooli)).toEqual(["Infrastructure engineer", "Waiting on reply", "17 Nov", "17 Nov", "17 Nov", "–", "–", "–", "1", "8 days"]);
	});

	it("opens the note when a row is clicked", async () => {
		h = await loadExample();
		const el = await openPipeline(h);
		el.querySelector<HTMLElement>(`tr[data-file="${SOYLENT}"] td`)!.click();
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe(SOYLENT);
		// The pipeline stays open in its own tab.
		expect(h.app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)).toHaveLength(1);
	});

	it("updates when a note records a reply", async () => {
		h = await loadExample();
		const el = await openPipeline(h);
		const hooli = h.app.vault.getFileByPath("Interviews/2026-11-17 Hooli - Infrastructure engineer.md")!;
		await h.app.vault.process(hooli, (text) => text.replace(/^reply_received:\s*$/m, "reply_received: 2026-11-19T16:20"));
		await h.settle();
		expect(figure(el, "reply-rate")).toEqual({ value: "33%", detail: "2 of 6 thank-yous answered" });
		expect(figure(el, "median-reply").value).toBe("2.9 days");
		expect(cells(el.querySelector('tr[data-file^="Interviews/2026-11-17 Hooli"]')!)[1]).toBe("Reply received");
	});

	it("waits until it is shown again to catch up with changes made meanwhile", async () => {
		h = await loadExample();
		const el = await openPipeline(h);
		const pipelineLeaf = h.app.workspace.getLeavesOfType(PIPELINE_VIEW_TYPE)[0];
		const table = el.querySelector(".ifu-pipeline-months");
		await h.app.workspace.getLeaf("tab").openFile(h.app.vault.getFileByPath(SOYLENT)!);
		await h.settle();
		expect(el.isShown()).toBe(false);

		const hooli = h.app.vault.getFileByPath("Interviews/2026-11-17 Hooli - Infrastructure engineer.md")!;
		await h.app.vault.process(hooli, (text) => text.replace(/^reply_received:\s*$/m, "reply_received: 2026-11-19T16:20"));
		await h.settle();
		expect(el.querySelector(".ifu-pipeline-months")).toBe(table);

		h.app.workspace.setActiveLeaf(pipelineLeaf, { focus: true });
		await h.settle();
		expect(el.isShown()).toBe(true);
		expect(figure(el, "reply-rate").value).toBe("33%");
	});
});
