import { describe, expect, it } from "vitest";
import { createFakeApp } from "../fakes/obsidian";
import { WriteError } from "../../src/core/writer";
import { recordEvents, snoozeNote, unsnoozeNote, writeFailure } from "../../src/obsidian/note-writer";
import { local } from "../builders/interview";

const NOTE = "---\ntype: interview\n# keep me\nthank_you_sent:\n---\nBody\r\n";

describe("note-writer", () => {
	it("writes the events on the note's latest text", async () => {
		const app = createFakeApp({ files: { "A.md": NOTE } });
		const file = app.vault.getFileByPath("A.md")!;
		const edit = app.vault.modify(file, NOTE.replace("Body", "Body, edited"));
		await recordEvents(app, "A.md", ["thank-you-sent", "next-steps-asked"], local("2026-11-25T18:00"));
		await edit;
		const text = app.vault.readSync(file);
		expect(text).toContain("Body, edited");
		expect(text).toContain("# keep me\nthank_you_sent: 2026-11-25T18:00\nnext_steps_asked: 2026-11-25T18:00\n---");
	});

	it("snoozes and unsnoozes without logging", async () => {
		const app = createFakeApp({ files: { "A.md": NOTE } });
		await snoozeNote(app, "A.md", local("2026-11-26T09:00"), local("2026-11-25T18:00"));
		expect(app.vault.readSync(app.vault.getFileByPath("A.md")!)).toBe(NOTE.replace("---\nBody", "snoozed_until: 2026-11-26T09:00\n---\nBody"));
		await unsnoozeNote(app, "A.md");
		expect(app.vault.readSync(app.vault.getFileByPath("A.md")!)).toBe(NOTE);
	});

	it("leaves the note untouched and says why when it cannot write", async () => {
		const app = createFakeApp({ files: { "B.md": "No frontmatter\n" } });
		const error = await recordEvents(app, "B.md", ["reply-received"], local("2026-11-25T18:00")).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(WriteError);
		expect(app.vault.readSync(app.vault.getFileByPath("B.md")!)).toBe("No frontmatter\n");
		await expect(recordEvents(app, "Gone.md", ["reply-received"], local("2026-11-25T18:00"))).rejects.toThrow(/no longer exists/);
		expect(writeFailure(new Error("disk full"))).toBe("The note could not be written (disk full); nothing was changed.");
	});
});

describe("note-writer and YAML anchors", () => {
	it("refuses a property with an anchor, leaves the note untouched, and says which property", async () => {
		const text = "---\ntype: interview\nthank_you_sent: &t 2026-11-25T15:00\ncheck_in_sent: *t\n---\n";
		const app = createFakeApp({ files: { "A.md": text } });
		const error = await recordEvents(app, "A.md", ["thank-you-sent"], local("2026-11-25T18:00")).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(WriteError);
		expect(writeFailure(error)).toBe('The property "thank_you_sent" carries a YAML anchor (&t) that other properties may refer to, so it is not rewritten. Nothing was written.');
		expect(app.vault.readSync(app.vault.getFileByPath("A.md")!)).toBe(text);
	});
});
