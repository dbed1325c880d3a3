import { describe, expect, it } from "vitest";
import { createFakeApp } from "../fakes/obsidian";
import { buildDrafts, builtInTemplateNotes, DRAFT_TEMPLATE_KEYS } from "../../src/core/drafts";
import { draftTemplateFolder, loadDraftTemplates, writeDraftTemplates } from "../../src/obsidian/draft-templates";
import { acmeRobotics } from "../approvals/example-interviews";
import { local } from "../builders/interview";

const FOLDER = "Templates/Follow-up drafts";
const settings = { myName: "Jordan Rivera", signature: "" };
const now = local("2026-11-25T18:00");

describe("loading the override notes", () => {
	it("reads each note named after a template key, subject from its frontmatter", async () => {
		const app = createFakeApp({
			files: {
				[`${FOLDER}/next-steps.md`]: '---\nsubject: "Quick question, {{company}}"\n---\nHi {{primary_contact.first_name}}, any news?\n',
				[`${FOLDER}/Thank you.md`]: "Not a key: never read.\n",
				"Elsewhere/check-in.md": "Outside the folder.\n",
			},
		});
		const templates = await loadDraftTemplates(app, FOLDER);
		expect(templates).toEqual({ "next-steps": { subject: "Quick question, {{company}}", body: "Hi {{primary_contact.first_name}}, any news?\n" } });

		const { drafts } = buildDrafts(acmeRobotics().build(), "next-steps", { settings, now, templates });
		expect(drafts[0].subject).toBe("Quick question, Acme Robotics");
		expect(drafts[0].body).toBe("Hi Lena, any news?");
	});

	it("gives nothing when the folder does not exist, and treats an empty setting as the default folder", async () => {
		const app = createFakeApp({ files: { [`${FOLDER}/check-in.md`]: "Checking in.\n" } });
		expect(await loadDraftTemplates(app, "Nowhere")).toEqual({});
		expect(draftTemplateFolder("  ")).toBe(FOLDER);
		expect(Object.keys(await loadDraftTemplates(app, ""))).toEqual(["check-in"]);
	});
});

describe("writing editable copies of the built-ins", () => {
	it("creates the folder and one note per template, which render exactly as the built-ins", async () => {
		const app = createFakeApp({ files: { "Job search.md": "# Job search\n" } });
		const result = await writeDraftTemplates(app, FOLDER);
		expect(result.folder).toBe(FOLDER);
		expect(result.kept).toEqual([]);
		expect(result.written.sort()).toEqual(DRAFT_TEMPLATE_KEYS.map((k) => `${FOLDER}/${k}.md`).sort());
		const notes = builtInTemplateNotes();
		for (const [name, text] of Object.entries(notes)) {
			expect(app.vault.readSync(app.vault.getFileByPath(`${FOLDER}/${name}`)!)).toBe(text);
		}

		const templates = await loadDraftTemplates(app, FOLDER);
		const interview = acmeRobotics().build();
		for (const kind of ["thank-you", "next-steps", "check-in", "close-out", "handwritten-note", "linkedin"] as const) {
			expect(buildDrafts(interview, kind, { settings, now, templates })).toEqual(buildDrafts(interview, kind, { settings, now }));
		}
	});

	it("never overwrites a note that exists, edited or not", async () => {
		const edited = "---\nsubject: Mine\n---\nMy own words.\n";
		const app = createFakeApp({ files: { [`${FOLDER}/thank-you.md`]: edited, [`${FOLDER}/linkedin.md`]: "" } });
		const result = await writeDraftTemplates(app, FOLDER);
		expect(result.kept.sort()).toEqual([`${FOLDER}/linkedin.md`, `${FOLDER}/thank-you.md`]);
		expect(result.written).toHaveLength(5);
		expect(app.vault.readSync(app.vault.getFileByPath(`${FOLDER}/thank-you.md`)!)).toBe(edited);
		expect(app.vault.readSync(app.vault.getFileByPath(`${FOLDER}/linkedin.md`)!)).toBe("");

		const again = await writeDraftTemplates(app, FOLDER);
		expect(again.written).toEqual([]);
		expect(again.kept).toHaveLength(7);
	});

	it("refuses a folder path that is a file, and writes nothing", async () => {
		const app = createFakeApp({ files: { "Drafts": "a file" } });
		await expect(writeDraftTemplates(app, "Drafts")).rejects.toThrow(/is a file, not a folder/);
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(["Drafts"]);
	});
});
