import { describe, expect, it } from "vitest";
import { createFakeApp } from "../fakes/obsidian";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { buildInterviewNote, createInterviewNote, newNoteBase, safeNamePart, uniquePath, type NewInterview } from "../../src/obsidian/new-note";
import { local } from "../builders/interview";

const values: NewInterview = {
	company: "Acme Robotics",
	role: "Platform engineer",
	start: local("2026-11-30T14:00"),
	startHasTime: true,
	end: local("2026-11-30T15:30"),
	format: "video",
	primaryContact: "Lena Okafor",
	primaryContactEmail: "lena@acme.example",
	interviewers: [{ name: "Dana Whitfield" }, { name: "Marcus: staff engineer" }],
};

describe("the new note's file name", () => {
	it("is the date, the company and the role", () => {
		expect(newNoteBase("Interviews", values)).toBe("Interviews/2026-11-30 Acme Robotics - Platform engineer");
		expect(newNoteBase("", { ...values, role: "" })).toBe("2026-11-30 Acme Robotics");
	});
	it("drops the characters file systems and links refuse", () => {
		expect(safeNamePart('AT&T / Labs: "R&D" #1 [x]|y?')).toBe("AT&T Labs R&D 1 x y");
		expect(safeNamePart("..hidden.")).toBe("hidden");
	});
	it("never takes an existing path", () => {
		const taken = new Set(["A.md", "A 2.md"]);
		expect(uniquePath("A", (p) => taken.has(p))).toBe("A 3.md");
		expect(uniquePath("B", (p) => taken.has(p))).toBe("B.md");
	});
});

describe("buildInterviewNote", () => {
	it("writes ISO values into the built-in note", () => {
		const text = buildInterviewNote(null, "2026-11-30 Acme Robotics - Platform engineer", values, DEFAULT_SETTINGS);
		expect(text).toContain("\ncompany: Acme Robotics\n");
		expect(text).toContain("\ninterview_start: 2026-11-30T14:00\n");
		expect(text).toContain("\ninterview_end: 2026-11-30T15:30\n");
		expect(text).toContain('\ninterviewers:\n  - Dana Whitfield\n  - "Marcus: staff engineer"\nnext_steps:');
		expect(text).toContain("\n# 2026-11-30 Acme Robotics - Platform engineer\n");
		expect(text.startsWith("---\ntype: interview\n")).toBe(true);
	});

	it("fills the user's template: placeholders once, keys in place, everything else kept", () => {
		const template = "---\ntype: interview\n# my own comment\ncompany:\ninterviewers: []\nmood: hopeful\n---\n# {{title}}\n\nStarted {{date}} at {{time}}.\n";
		const text = buildInterviewNote(template, "T", { ...values, company: "{{title}}" }, DEFAULT_SETTINGS);
		expect(text).toBe(
			"---\ntype: interview\n# my own comment\ncompany: \"{{title}}\"\ninterviewers:\n  - Dana Whitfield\n  - \"Marcus: staff engineer\"\nmood: hopeful\nrole: Platform engineer\ninterview_start: 2026-11-30T14:00\ninterview_end: 2026-11-30T15:30\nformat: video\nprimary_contact: Lena Okafor\nprimary_contact_email: lena@acme.example\n---\n# T\n\nStarted 2026-11-30 at 14:00.\n",
		);
	});

	it("gives a template without frontmatter one, and uses the configured type key", () => {
		const text = buildInterviewNote("Just a body.\n", "T", { ...values, interviewers: [] }, { ...DEFAULT_SETTINGS, typeKey: "category", typeValue: "job interview" });
		expect(text.startsWith("---\ncategory: job interview\n")).toBe(true);
		expect(text.endsWith("---\nJust a body.\n")).toBe(true);
	});

	it("writes a date without a time when only the day is known", () => {
		const text = buildInterviewNote(null, "T", { ...values, start: local("2026-11-30"), startHasTime: false, end: null }, DEFAULT_SETTINGS);
		expect(text).toContain("\ninterview_start: 2026-11-30\n");
		expect(text).toContain("\ninterview_end:\n");
	});
});

describe("createInterviewNote", () => {
	it("creates the folder and the note, next to an existing one rather than over it", async () => {
		const app = createFakeApp({ files: { "Interviews/2026-11-30 Acme Robotics - Platform engineer.md": "mine\n" } });
		const file = await createInterviewNote(app as never, DEFAULT_SETTINGS, values);
		expect(file.path).toBe("Interviews/2026-11-30 Acme Robotics - Platform engineer 2.md");
		expect(app.vault.readSync(app.vault.getFileByPath("Interviews/2026-11-30 Acme Robotics - Platform engineer.md")!)).toBe("mine\n");

		const other = await createInterviewNote(app as never, { ...DEFAULT_SETTINGS, newInterviewFolder: "Job search/2026" }, values);
		expect(other.path).toBe("Job search/2026/2026-11-30 Acme Robotics - Platform engineer.md");
	});

	it("starts from the interview template when one is set, and says so when it is missing", async () => {
		const app = createFakeApp({ files: { "Templates/Interview.md": "---\ntype: interview\ncompany:\n---\nHello {{title}}\n" } });
		const file = await createInterviewNote(app as never, { ...DEFAULT_SETTINGS, interviewTemplate: "Templates/Interview" }, values);
		expect(app.vault.readSync(file as never)).toContain("Hello 2026-11-30 Acme Robotics - Platform engineer\n");
		await expect(createInterviewNote(app as never, { ...DEFAULT_SETTINGS, interviewTemplate: "Nope.md" }, values)).rejects.toThrow(/not found/);
	});
});
