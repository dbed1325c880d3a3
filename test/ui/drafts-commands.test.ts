// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { notices, type Editor } from "../fakes/obsidian";
import { writtenMessage } from "../../src/ui/drafts-commands";
import { exampleVault, loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";
const FOLDER = "Templates/Follow-up drafts";
const INSERT = ["insert-check-in-draft", "insert-closing-draft", "insert-next-steps-draft", "insert-thank-you-drafts"];

let h: Loaded;
const id = (name: string) => `${PLUGIN_ID}:${name}`;
const text = (path: string) => h.app.vault.readSync(h.app.vault.getFileByPath(path)!);
const messages = () => notices.map((n) => n.message);
const available = (names: string[]) => names.filter((n) => h.app.commands.isAvailable(id(n)));

async function open(path: string): Promise<Editor> {
	await h.app.workspace.getLeaf(false).openFile(h.app.vault.getFileByPath(path)!);
	await h.settle();
	const editor = h.app.workspace.activeEditor?.editor;
	if (!editor) throw new Error("no editor");
	return editor as unknown as Editor;
}

async function run(name: string): Promise<void> {
	expect(h.app.commands.executeCommandById(id(name))).toBe(true);
	await h.settle();
}

usePluginTestLifecycle();

describe("the insert commands", () => {
	it("have sentence-case names and no default hotkeys", async () => {
		h = await loadExample();
		const names = Object.fromEntries(
			[...INSERT, "write-draft-templates"].map((n) => [n, h.app.commands.findCommand(id(n))?.name.replace(/^Interview Follow-up: /, "")]),
		);
		expect(names).toEqual({
			"insert-thank-you-drafts": "Insert thank-you drafts",
			"insert-next-steps-draft": "Insert next-steps question",
			"insert-check-in-draft": "Insert check-in draft",
			"insert-closing-draft": "Insert closing message",
			"write-draft-templates": "Write editable draft templates",
		});
		for (const n of [...INSERT, "write-draft-templates"]) expect(h.app.commands.findCommand(id(n))?.hotkeys).toBeUndefined();
	});

	it("are offered only while an interview note is open in the editor", async () => {
		h = await loadExample();
		expect(available(INSERT)).toEqual([]);
		await open("Job search.md");
		expect(available(INSERT)).toEqual([]);
		await open("People/Sam Lee.md");
		expect(available(INSERT)).toEqual([]);
		await open(ACME);
		expect(available(INSERT)).toEqual(INSERT);
		// A closed interview is still an interview: a closing message can be drafted on request.
		await open("Interviews/2026-10-28 Soylent - SRE.md");
		expect(available(INSERT)).toEqual(INSERT);
		expect(available(["write-draft-templates"])).toEqual(["write-draft-templates"]);
	});

	it("insert at the cursor in one step, leaving every other byte, with the cursor after the draft", async () => {
		h = await loadExample();
		const editor = await open(ACME);
		const before = editor.getValue();
		const line = before.split("\n").indexOf("## Next steps");
		editor.setCursor({ line, ch: 0 });
		const at = editor.posToOffset(editor.getCursor());
		await run("insert-next-steps-draft");

		const after = editor.getValue();
		const inserted = after.slice(at, after.length - (before.length - at));
		expect(after.slice(0, at)).toBe(before.slice(0, at));
		expect(after.slice(at + inserted.length)).toBe(before.slice(at));
		expect(inserted.startsWith("### Next-steps question to Lena Okafor — 2026-11-25\n**To:** Lena Okafor (lena.okafor\\@acme-robotics.example)\n**Subject:** Next steps – Platform engineer interview – Jordan Rivera\n\nHi Lena,\n")).toBe(true);
		// A blank line keeps the heading that followed the cursor apart from the draft; the cursor waits on it.
		expect(inserted).toMatch(/\n\[Open in mail app\]\(mailto:lena\.okafor@acme-robotics\.example\?[^)]*\)\n\n$/);
		expect(editor.getCursor()).toEqual(editor.offsetToPos(at + inserted.length - 1));
		// One transaction: one undo takes it all back.
		editor.undo();
		expect(editor.getValue()).toBe(before);
	});

	it("still insert a draft for a step already recorded or an interview not active, with a notice saying so", async () => {
		h = await loadExample();
		const stark = "Interviews/2026-11-10 Stark Industries - Firmware engineer.md";
		const editor = await open(stark);
		const before = editor.getValue();
		await run("insert-check-in-draft");
		expect(editor.getValue().length).toBeGreaterThan(before.length);
		expect(messages().some((m) => m.includes("already records a check-in sent on 17 November (check_in_sent)"))).toBe(true);
		await open("Interviews/2026-11-20 Wonka Labs - Tooling engineer.md");
		await run("insert-closing-draft");
		expect(messages().some((m) => m.includes('status is "offer"'))).toBe(true);
	});

	it.each([
		["auto", "November 17"],
		["day-month", "17 November"],
	] as const)("write a day as the system's language does (en-US here) when the setting is automatic, and as the setting says otherwise (%s)", async (order, day) => {
		h = await loadExample();
		h.plugin.settings.dateOrder = order;
		vi.spyOn(navigator, "language", "get").mockReturnValue("en-US");
		try {
			const editor = await open("Interviews/2026-11-10 Stark Industries - Firmware engineer.md");
			await run("insert-check-in-draft");
			expect(messages().join("\n")).toContain(`already records a check-in sent on ${day} (check_in_sent)`);
			if (order === "auto") expect(editor.getValue()).not.toMatch(/\b\d{1,2} November\b/);
		} finally {
			vi.spyOn(navigator, "language", "get").mockReturnValue("en-GB");
		}
	});

	it("put the draft on lines of its own when the cursor is inside a line", async () => {
		h = await loadExample();
		const editor = await open(ACME);
		const before = editor.getValue();
		const at = before.indexOf("Nobody said.") + "Nobody".length;
		editor.setCursor(editor.offsetToPos(at));
		await run("insert-thank-you-drafts");
		const after = editor.getValue();
		expect(after.slice(0, at)).toBe(before.slice(0, at));
		expect(after.endsWith(before.slice(at))).toBe(true);
		const inserted = after.slice(at, after.length - (before.length - at));
		expect(inserted.startsWith("\n\n### Thank-you to Dana Whitfield — 2026-11-25\n")).toBe(true);
		expect(inserted).toMatch(/[^\n]\n\n### Thank-you to Marcus Oyelaran — 2026-11-25\n/);
		expect(inserted).toMatch(/[^\n]\n\n$/);
		// The note on disk follows the editor, and the notice lists what to do by hand.
		expect(text(ACME)).toBe(after);
		expect(messages()).toEqual([
			'Inserted 2 thank-yous.\nBefore sending:\n• The letters to Dana Whitfield name only the topic of their focus ("keeping arm calibration inside ±0.05 mm"), not the rest ("as the fleet grows from 40 to 400 robots"): a letter tells no one back what they said of their own work. Add it in your own words if it matters.\n• Attach "Tolerance stack-up.png" to the thank-you to Dana Whitfield yourself: a mail link cannot carry files.',
		]);
	});

	it("use the note's own line endings", async () => {
		const files = exampleVault();
		files["Interviews/Windows.md"] = files[ACME].replace(/\n/g, "\r\n");
		h = await loadExample({ files });
		const editor = await open("Interviews/Windows.md");
		editor.setCursor({ line: editor.lineCount() - 1, ch: 0 });
		await run("insert-check-in-draft");
		const after = text("Interviews/Windows.md");
		expect(after).toContain("### Check-in to Lena Okafor — 2026-11-25\r\n");
		expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	});
});

describe("writing editable draft templates", () => {
	it("writes the built-ins into the folder, and the second time keeps every note that exists", async () => {
		h = await loadExample();
		await run("write-draft-templates");
		expect(messages()).toEqual([`Wrote 7 templates to ${FOLDER}. Edit them to change your drafts.`]);
		const thanks = h.app.vault.getFileByPath(`${FOLDER}/thank-you.md`)!;
		expect(text(thanks.path)).toMatch(/^---\nsubject: "\{\{subject_line\}\}"\n---\n%%/);

		const mine = "---\nsubject: My thanks\n---\nMy own words.\n";
		await h.app.vault.modify(thanks, mine);
		await h.app.vault.delete(h.app.vault.getFileByPath(`${FOLDER}/linkedin.md`)!);
		await h.app.vault.delete(h.app.vault.getFileByPath(`${FOLDER}/check-in.md`)!);
		await run("write-draft-templates");
		expect(messages()[1]).toBe(`Wrote 2 templates to ${FOLDER}; kept 5 that already existed. Edit them to change your drafts.`);
		expect(text(thanks.path)).toBe(mine);

		// The edited note is what the drafts now use.
		const editor = await open(ACME);
		editor.setCursor({ line: 0, ch: 0 });
		await run("insert-thank-you-drafts");
		expect(editor.getValue()).toContain("**Subject:** My thanks\n\nMy own words.\n");
	});

	it("says what it kept when there is nothing left to write", () => {
		expect(writtenMessage(FOLDER, 0, 7)).toBe(`All 7 templates already exist in ${FOLDER}; none was changed. Delete one to get the built-in text back.`);
		expect(writtenMessage(FOLDER, 1, 6)).toBe(`Wrote 1 template to ${FOLDER}; kept 6 that already existed. Edit them to change your drafts.`);
	});
});
