// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { getOpenModals, notices } from "../fakes/obsidian";
import { loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";
const STARK = "Interviews/2026-11-10 Stark Industries - Firmware engineer.md";
const SOYLENT = "Interviews/2026-10-28 Soylent - SRE.md";

let h: Loaded;
const id = (name: string) => `${PLUGIN_ID}:${name}`;
const offered = () =>
	Object.keys(h.app.commands.commands)
		.filter((c) => c.startsWith(PLUGIN_ID) && h.app.commands.isAvailable(c))
		.map((c) => c.slice(PLUGIN_ID.length + 1))
		.sort();
async function open(path: string) {
	await h.app.workspace.getLeaf(false).openFile(h.app.vault.getFileByPath(path)!);
	await h.settle();
}

usePluginTestLifecycle();
beforeEach(async () => {
	h = await loadExample();
});

describe("commands", () => {
	it("have stable ids, sentence-case names and no default hotkeys", () => {
		const commands = Object.values(h.app.commands.commands).filter((c) => c.id.startsWith(PLUGIN_ID));
		expect(commands.map((c) => c.id.slice(PLUGIN_ID.length + 1)).sort()).toEqual([
			"close-out",
			"export-calendar",
			"insert-check-in-draft",
			"insert-closing-draft",
			"insert-next-steps-draft",
			"insert-thank-you-drafts",
			"mark-check-in-sent",
			"mark-handwritten-note-sent",
			"mark-linkedin-requested",
			"mark-next-steps-asked",
			"mark-reply-received",
			"mark-thank-you-sent",
			"new-interview-note",
			"new-interview-note-from-invite",
			"open-due-follow-ups",
			"open-pipeline",
			"rescan",
			"write-draft-templates",
		]);
		for (const c of commands) {
			const name = c.name.replace(/^Interview Follow-up: /, "");
			expect(name).toMatch(/^[A-Z][^A-Z]*(LinkedIn[^A-Z]*)?$/);
			expect(c.hotkeys).toBeUndefined();
		}
	});

	it("offer only the follow-ups pending on the active interview note", async () => {
		const always = ["export-calendar", "new-interview-note", "new-interview-note-from-invite", "open-due-follow-ups", "open-pipeline", "rescan", "write-draft-templates"];
		// Drafts are given on request on any interview note, pending or not, as the CLI gives them.
		const drafts = ["insert-check-in-draft", "insert-closing-draft", "insert-next-steps-draft", "insert-thank-you-drafts"];
		expect(offered()).toEqual(always);

		await open(ACME);
		expect(offered()).toEqual([...always, ...drafts, "mark-linkedin-requested", "mark-next-steps-asked", "mark-reply-received", "mark-thank-you-sent"].sort());

		await open(STARK);
		expect(offered()).toEqual([...always, ...drafts, "close-out", "mark-reply-received"].sort());

		await open(SOYLENT);
		expect(offered()).toEqual([...always, ...drafts].sort());

		await open("Job search.md");
		expect(offered()).toEqual(always);
	});

	it("record on the active note, then stop being offered", async () => {
		await open(ACME);
		expect(h.app.commands.executeCommandById(id("mark-thank-you-sent"))).toBe(true);
		await h.settle();
		expect(h.app.vault.readSync(h.app.vault.getFileByPath(ACME)!)).toContain("\nthank_you_sent: 2026-11-25T18:00\n");
		expect(h.app.commands.isAvailable(id("mark-thank-you-sent"))).toBe(false);
		expect(h.app.commands.isAvailable(id("mark-next-steps-asked"))).toBe(true);
	});

	it("close out after confirmation", async () => {
		await open(STARK);
		h.app.commands.executeCommandById(id("close-out"));
		const [modal] = getOpenModals();
		Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Close out")?.click();
		await h.settle();
		expect(h.app.vault.readSync(h.app.vault.getFileByPath(STARK)!)).toContain("\nstatus: closed\n");
	});

	it("rescan and say what they found", async () => {
		h.app.commands.executeCommandById(id("rescan"));
		await h.settle();
		expect(notices[notices.length - 1].message).toMatch(/^Found \d+ interview notes and 3 problems to look at in the due follow-ups pane\.$/);
	});
});
