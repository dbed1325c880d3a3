// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { type RenderedCodeBlock } from "../fakes/obsidian";
import { buildPipeline } from "../../src/core/pipeline";
import { BLOCK_LANGUAGE, parseBlockOptions } from "../../src/ui/code-block";
import { local } from "../builders/interview";
import { loadExample, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";
const DASHBOARD = "Dashboard.md";

let h: Loaded | null = null;

usePluginTestLifecycle();

async function block(loaded: Loaded, source: string): Promise<RenderedCodeBlock> {
	const rendered = await loaded.app.renderCodeBlock(BLOCK_LANGUAGE, source, undefined, DASHBOARD);
	await loaded.settle();
	return rendered;
}

interface BlockRow {
	title: string;
	state: string;
	todo: string;
	to: string;
	clock: string;
	file: string;
}

function rows(el: HTMLElement): BlockRow[] {
	return Array.from(el.querySelectorAll<HTMLElement>(".ifu-block-row")).map((row) => ({
		title: row.querySelector(".ifu-block-head a.internal-link")?.textContent ?? "",
		state: row.querySelector(".ifu-block-state")?.textContent ?? "",
		todo: row.querySelector(".ifu-block-todo")?.textContent ?? "",
		to: row.querySelector(".ifu-block-to")?.textContent ?? "",
		clock: row.querySelector(".ifu-block-clock")?.textContent ?? "",
		file: row.dataset.file ?? "",
	}));
}

const brief = (el: HTMLElement) => rows(el).map((r) => `${r.state}: ${r.todo} · ${r.title}`);
const messages = (el: HTMLElement) => Array.from(el.querySelectorAll(".ifu-block-messages p")).map((p) => p.textContent);

describe("the due list in a note", () => {
	it("shows, without options, what the status bar counts, in the due pane's order", async () => {
		h = await loadExample();
		const { el } = await block(h, "");
		const status = h.app.statusBarEl.querySelector(".ifu-status")?.textContent ?? "";
		expect(status).toMatch(/^14 follow-ups due/);
		expect(rows(el)).toHaveLength(14);
		expect(brief(el).slice(0, 4)).toEqual([
			"Overdue: Send a thank-you · Initech · Backend developer",
			"Overdue: Ask about next steps · Initech · Backend developer",
			"Late: Send a thank-you · Globex · Staff engineer",
			"Late: Send a handwritten note · Hooli · Infrastructure engineer",
		]);
		// Cyberdyne's next-steps question is overdue but its note is snoozed.
		expect(rows(el).some((r) => r.title.startsWith("Cyberdyne"))).toBe(false);
		expect(messages(el)).toEqual([]);
	});

	it("gives each row the note as an internal link, who it goes to and the time left", async () => {
		h = await loadExample();
		const { el } = await block(h, "company: globex");
		const thanks = rows(el).find((r) => r.todo === "Send a thank-you")!;
		expect(thanks.to).toBe("To Owen Mercer, Priya Natarajan and Renee Alvarez; Renee Alvarez is asked to pass your thanks on to Tom Becker");
		expect(thanks.clock).toBe("Ideal window closed 30 min ago; deadline in 15 h 30 min");
		const link = el.querySelector<HTMLAnchorElement>('.ifu-block-row[data-kind="thank-you"] a.internal-link')!;
		expect(link.dataset.href).toBe("Interviews/2026-11-25 Globex - Staff engineer.md");

		link.click();
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Interviews/2026-11-25 Globex - Staff engineer.md");
	});

	it("filters by state", async () => {
		h = await loadExample();
		const { el } = await block(h, "state: overdue, late");
		expect(brief(el)).toEqual([
			"Overdue: Send a thank-you · Initech · Backend developer",
			"Overdue: Ask about next steps · Initech · Backend developer",
			"Late: Send a thank-you · Globex · Staff engineer",
			"Late: Send a handwritten note · Hooli · Infrastructure engineer",
		]);
		const upcoming = await block(h, "state: upcoming");
		expect(brief(upcoming.el)).toEqual([
			"Upcoming: Send a thank-you · Umbrella Health · Senior engineer",
			"Upcoming: Ask about next steps · Umbrella Health · Senior engineer",
			"Waiting on reply: Check in · Wayne Enterprises · Data engineer",
		]);
	});

	it("shows snoozed notes with state: all, or on request", async () => {
		h = await loadExample();
		const all = await block(h, "state: all");
		expect(rows(all.el)).toHaveLength(h.plugin.index.agenda(h.plugin.now()).actions.length);
		expect(brief(all.el)).toContain("Snoozed: Ask about next steps · Cyberdyne · ML platform engineer");
		// As in the due pane, snoozed rows come after the ones to act on.
		const overdue = await block(h, "state: overdue\nsnoozed: show");
		expect(brief(overdue.el)).toEqual([
			"Overdue: Send a thank-you · Initech · Backend developer",
			"Overdue: Ask about next steps · Initech · Backend developer",
			"Snoozed: Ask about next steps · Cyberdyne · ML platform engineer",
		]);
		expect(rows(overdue.el)[2].clock).toMatch(/^Snoozed until /);
		const hidden = await block(h, "state: all\nsnoozed: hide");
		expect(rows(hidden.el).some((r) => r.state === "Snoozed")).toBe(false);
	});

	it("filters by company, ignoring case, and by kind", async () => {
		h = await loadExample();
		const { el } = await block(h, "Company: ACME");
		expect(brief(el)).toEqual([
			"Due now: Send a thank-you · Acme Robotics · Platform engineer",
			"Due now: Ask about next steps · Acme Robotics · Platform engineer",
			"Due now: Send LinkedIn invitations · Acme Robotics · Platform engineer",
		]);
		const thanks = await block(h, "kinds: thank you, Check-in");
		expect(new Set(rows(thanks.el).map((r) => r.todo))).toEqual(new Set(["Send a thank-you", "Check in"]));
		expect(rows(thanks.el).map((r) => r.title)).toEqual([
			"Initech · Backend developer",
			"Globex · Staff engineer",
			"Northwind Traders · Site reliability engineer",
			"Acme Robotics · Platform engineer",
			"Hooli · Infrastructure engineer",
		]);
	});

	it("shows the most urgent rows up to the limit, and says how many more there are", async () => {
		h = await loadExample();
		const { el } = await block(h, "limit: 2");
		expect(brief(el)).toEqual(["Overdue: Send a thank-you · Initech · Backend developer", "Overdue: Ask about next steps · Initech · Backend developer"]);
		expect(el.querySelector(".ifu-block-more")?.textContent).toBe("12 more follow-ups not shown (limit: 2).");
	});

	it("says so when nothing matches", async () => {
		h = await loadExample();
		const none = await block(h, "company: Pied Piper");
		expect(rows(none.el)).toEqual([]);
		expect(none.el.querySelector(".ifu-block-empty")?.textContent).toBe("No follow-ups match this block's options.");
		h.plugin.unload();
		h = await loadExample({ files: { "Notes/x.md": "# Nothing here\n" } });
		const empty = await block(h, "");
		expect(empty.el.querySelector(".ifu-block-empty")?.textContent).toBe("No interview notes yet.");
	});

	it("names the lines it does not understand and applies the rest", async () => {
		h = await loadExample();
		const { el } = await block(h, "state: overdue\ncolour: blue\nlimit: many\njust words\n# a comment\nkinds: thank-you, lunch");
		expect(messages(el)).toEqual([
			'Unknown option "colour". The options are state, company, kinds, snoozed, limit, view.',
			'limit: use a whole number of 1 or more, not "many".',
			'Line 4 ("just words") is not an option. Write options as "name: value", one a line.',
			'kinds: "lunch" is not a kind of follow-up. Use thank-you, next-steps, check-in, close-out, handwritten-note, linkedin.',
		]);
		expect(brief(el)).toEqual(["Overdue: Send a thank-you · Initech · Backend developer"]);
	});
});

describe("the pipeline in a note", () => {
	it("shows the figures and one row per interview, most recent first", async () => {
		h = await loadExample();
		const { el } = await block(h, "view: pipeline");
		const pipeline = buildPipeline(h.plugin.index.interviews(), h.plugin.settings, h.plugin.now());
		const tile = (id: string) => el.querySelector(`.ifu-figure[data-figure="${id}"] .ifu-figure-value`)?.textContent;
		expect(tile("reply-rate")).toBe("17%");
		expect(tile("interviews")).toBe(String(pipeline.figures.interviews));
		const files = Array.from(el.querySelectorAll<HTMLElement>("tr.ifu-pipeline-row")).map((tr) => tr.dataset.file);
		expect(files).toEqual(pipeline.rows.map((r) => r.file));
		expect(el.querySelector(".ifu-block-row")).toBeNull();
	});

	it("applies company and limit", async () => {
		h = await loadExample();
		const { el } = await block(h, "view: pipeline\ncompany: soylent");
		const cells = Array.from(el.querySelectorAll("tr.ifu-pipeline-row th, tr.ifu-pipeline-row td")).map((c) => c.textContent);
		expect(cells.slice(0, 2)).toEqual(["Soylent · SRE", "Closed without reply"]);
		expect(el.querySelector('.ifu-figure[data-figure="closed-without-reply"] .ifu-figure-value')?.textContent).toBe("1");
		const limited = await block(h, "view: pipeline\nlimit: 3");
		expect(limited.el.querySelectorAll("tr.ifu-pipeline-row")).toHaveLength(3);
		expect(limited.el.querySelector(".ifu-block-more")?.textContent).toBe("8 more interviews not shown (limit: 3).");
	});
});

describe("keeping up", () => {
	it("re-renders when a note changes, and as the minutes pass", async () => {
		h = await loadExample();
		const { el } = await block(h, "company: acme");
		expect(rows(el).map((r) => r.todo)).toContain("Send a thank-you");
		const question = () => rows(el).find((r) => r.todo === "Ask about next steps")!.clock;
		const clock = question();
		expect(clock).toBe("Deadline in 20 h 30 min");

		const file = h.app.vault.getFileByPath(ACME)!;
		await h.app.vault.process(file, (text) => text.replace(/^thank_you_sent:\s*$/m, "thank_you_sent: 2026-11-25T17:30"));
		await h.settle();
		expect(rows(el).map((r) => r.todo)).not.toContain("Send a thank-you");

		await h.advance(10 * 60_000);
		expect(question()).toBe("Deadline in 20 h 20 min");
	});

	it("does not redraw while nothing it shows changed", async () => {
		h = await loadExample();
		const { el } = await block(h, "view: pipeline");
		const table = el.querySelector("table");
		// Minutes pass, but no stage and no count of days waiting moves.
		await h.advance(5 * 60_000);
		expect(el.querySelector("table")).toBe(table);
		// Umbrella Health's interview is over: its stage moves on.
		h.setNow(local("2026-11-27T16:30"));
		await h.advance(60_000);
		expect(el.querySelector("table")).not.toBe(table);
		expect(el.querySelector('tr[data-file^="Interviews/2026-11-27"]')?.getAttribute("data-stage")).toBe("Awaiting thank-you");
	});

	it("stops listening and ticking once the block is gone", async () => {
		h = await loadExample();
		const listeners = () => Object.values((h!.app.workspace as unknown as { _: Record<string, unknown[]> })._).reduce((n, l) => n + l.length, 0);
		const before = { listeners: listeners(), timers: vi.getTimerCount() };
		const rendered = await block(h, "state: all");
		expect(listeners()).toBe(before.listeners + 1);
		expect(vi.getTimerCount()).toBe(before.timers + 1);
		const html = rendered.el.innerHTML;

		rendered.unload();
		expect(listeners()).toBe(before.listeners);
		expect(vi.getTimerCount()).toBe(before.timers);
		await h.advance(5 * 60_000);
		expect(rendered.el.innerHTML).toBe(html);
	});
});

describe("parseBlockOptions", () => {
	it("reads keys and values leniently and never throws", () => {
		const { options, messages } = parseBlockOptions("  STATE : Overdue late  \r\nkind: Handwritten note\nview: Pipeline\nsnoozed: yes\ncompany:\n");
		expect([...(options.states ?? [])]).toEqual(["overdue", "late"]);
		expect([...(options.kinds ?? [])]).toEqual(["handwritten-note"]);
		expect(options.view).toBe("pipeline");
		expect(options.snoozed).toBe("show");
		expect(options.company).toBeNull();
		expect(messages).toEqual([]);
		for (const source of ["::", ":", "state:,,", "limit: -1", "limit: 2.5", "\u0000: \u0000", "view: kanban"]) {
			expect(() => parseBlockOptions(source)).not.toThrow();
		}
		expect(parseBlockOptions("limit: 2.5").messages).toHaveLength(1);
		expect(parseBlockOptions("view: kanban").messages).toEqual(['view: use list or pipeline, not "kanban".']);
	});
});
