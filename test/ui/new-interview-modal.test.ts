// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { getOpenModals } from "../fakes/obsidian";
import { readForm } from "../../src/ui/new-interview-modal";
import { local } from "../builders/interview";
import { loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

let h: Loaded;
const blank = { company: "", role: "", start: "", end: "", format: "", primaryContact: "", primaryContactEmail: "", interviewers: "" };

usePluginTestLifecycle();
beforeEach(async () => {
	h = await loadExample();
});

function fill(modal: { contentEl: HTMLElement }, values: Record<string, string>) {
	for (const [key, value] of Object.entries(values)) {
		const input = modal.contentEl.querySelector<HTMLInputElement>(`input[data-field="${key}"]`)!;
		input.value = value;
		input.dispatchEvent(new Event("input"));
	}
}

describe("the new interview note form", () => {
	it("creates the note from the vault's template with ISO values, and opens it", async () => {
		h.plugin.settings.interviewTemplate = "Templates/Interview.md";
		h.app.commands.executeCommandById(`${PLUGIN_ID}:new-interview-note`);
		const [modal] = getOpenModals();
		fill(modal, { company: "Initrode", role: "SRE", start: "tomorrow 2pm", end: "90 min", interviewers: "Ann Lee, Bo Chan" });
		expect(modal.contentEl.textContent).toContain("Read as tomorrow 14:00.");
		Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Create note")?.click();
		await h.settle();

		const path = "Interviews/2026-11-26 Initrode - SRE.md";
		const text = h.app.vault.readSync(h.app.vault.getFileByPath(path)!);
		expect(text).toContain("\ncompany: Initrode\nrole: SRE\ninterview_start: 2026-11-26T14:00\ninterview_end: 2026-11-26T15:30\n");
		expect(text).toContain("\ninterviewers:\n  - Ann Lee\n  - Bo Chan\n");
		expect(text).toContain("# 2026-11-26 Initrode - SRE\n\nStarted 2026-11-26 at 14:00.");
		expect(h.app.workspace.getActiveFile()?.path).toBe(path);
		expect(getOpenModals()).toEqual([]);
		expect(h.plugin.index.interviewFor(path)?.company).toBe("Initrode");
	});

	it("says what is missing instead of creating a note", async () => {
		h.app.commands.executeCommandById(`${PLUGIN_ID}:new-interview-note`);
		const [modal] = getOpenModals();
		fill(modal, { company: "Initrode", start: "whenever" });
		Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Create note")?.click();
		await h.settle();
		expect(modal.contentEl.querySelector(".ifu-error")?.textContent).toMatch(/"whenever" is not a time/);
		expect(h.app.vault.getFiles().some((f) => f.path.includes("Initrode"))).toBe(false);
	});
});

describe("readForm", () => {
	const now = local("2026-11-25T18:00");
	it("needs a start and a company or role", () => {
		expect(readForm(blank, now)).toMatch(/Give the interview's start/);
		expect(readForm({ ...blank, start: "2026-11-30T10:00" }, now)).toBe("Give at least the company or the role.");
	});
	it("refuses an end before the start", () => {
		expect(readForm({ ...blank, company: "A", start: "2026-11-30T10:00", end: "09:00" }, now)).toMatch(/not an end time/);
	});
	it("splits the interviewers on commas", () => {
		const read = readForm({ ...blank, company: "A", start: "2026-11-30T10:00", interviewers: " Ann ,, Bo " }, now);
		expect(typeof read === "object" && read.interviewers).toEqual([{ name: "Ann" }, { name: "Bo" }]);
	});
});
