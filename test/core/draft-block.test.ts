import { describe, expect, it } from "vitest";
import { draftBlock, insertDraftUnderHeading } from "../../src/core/draft-block";
import type { Draft } from "../../src/core/drafts";
import { MAILTO_SAFE_LENGTH, buildMailto, parseMailto } from "../../src/core/mailto";
import { local } from "../builders/interview";

const now = local("2026-11-25T17:00");

function email(body: string, to = [{ name: "Dana Whitfield", email: "dana@acme.example" }]): Draft {
	const subject = "Thank you — Platform engineer interview";
	const addresses = to.flatMap((r) => (r.email ? [r.email] : []));
	return { kind: "thank-you", variant: "personal", to, subject, body, mailto: buildMailto(addresses, subject, body) };
}

describe("draftBlock", () => {
	it("writes heading, recipient, subject, body and a mail link", () => {
		const draft = email("Hi Dana,\n\nThank you (really).\n\nBest regards,\nJordan");
		expect(draftBlock(draft, now)).toBe(
			[
				"### Thank-you to Dana Whitfield — 2026-11-25",
				"**To:** Dana Whitfield <dana@acme.example>",
				"**Subject:** Thank you — Platform engineer interview",
				"",
				"Hi Dana,",
				"",
				"Thank you (really).",
				"",
				"Best regards,",
				"Jordan",
				"",
				`[Open in mail app](${draft.mailto})`,
				"",
			].join("\n"),
		);
	});

	it("links a mailto that markdown reads whole, parentheses and spaces included", () => {
		const draft = email("A (bracketed) body with spaces) and ](brackets");
		const link = /\[Open in mail app\]\(([^()\s]+)\)/.exec(draftBlock(draft, now));
		expect(link?.[1]).toBe(draft.mailto);
	});

	it("uses the note's line endings throughout", () => {
		const block = draftBlock(email("Hi,\n\nThanks"), now, "\r\n");
		expect(block.endsWith("\r\n")).toBe(true);
		expect(block.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	});

	it("falls back to a subject-only link when the whole message is too long for a mail link", () => {
		const draft = email("word ".repeat(600));
		expect(draft.mailto!.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
		const block = draftBlock(draft, now);
		const link = /\[Open in mail app \(subject only\)\]\(([^)]+)\)/.exec(block)![1];
		expect(parseMailto(link)).toEqual({ to: ["dana@acme.example"], headers: { subject: draft.subject } });
		expect(block).toContain("The message is too long for a mail link");
	});

	it("keeps each name and address on its line, and shows an odd address as code", () => {
		const draft = email("Hi", [{ name: "Eve\nMallory", email: "x@y.example\r\nBcc: evil@z.example" }]);
		const lines = draftBlock(draft, now).split("\n");
		expect(lines[0]).toBe("### Thank-you to Eve Mallory — 2026-11-25");
		expect(lines[1]).toBe("**To:** Eve Mallory (`x@y.example Bcc: evil@z.example`)");
	});

	it("says nobody is in To yet when the note gave no recipient", () => {
		const block = draftBlock({ ...email("Hi", []), kind: "next-steps", variant: "next-steps" }, now);
		expect(block.split("\n").slice(0, 2)).toEqual([
			"### Next-steps question — 2026-11-25",
			"**To:** nobody yet: add the address in your mail app",
		]);
	});

	it("writes a card without subject or link", () => {
		const card: Draft = {
			kind: "handwritten-note",
			variant: "handwritten",
			to: [{ name: "Tom Becker", email: null }],
			subject: "",
			body: "Dear Tom,\n\nThank you.",
			mailto: null,
		};
		expect(draftBlock(card, now)).toBe("### Handwritten note to Tom Becker — 2026-11-25\n**To:** Tom Becker\n\nDear Tom,\n\nThank you.\n");
	});

	it("writes a LinkedIn note with its profile link and length", () => {
		const note: Draft = {
			kind: "linkedin",
			variant: "linkedin",
			to: [{ name: "Priya Natarajan", email: "priya@globex.example" }],
			subject: "",
			body: "Hi Priya, thank you.",
			mailto: null,
			linkedin: "https://www.linkedin.com/in/priya",
		};
		expect(draftBlock(note, now)).toBe(
			"### LinkedIn note to Priya Natarajan — 2026-11-25\n**To:** Priya Natarajan\n**Profile:** <https://www.linkedin.com/in/priya>\n\nHi Priya, thank you.\n\n(20 of 300 characters)\n",
		);
	});

	it("adds the call script as a quote", () => {
		const block = draftBlock({ ...email("Hi"), kind: "check-in", variant: "check-in", script: "Hi Lena.\nThanks." }, now);
		expect(block.endsWith("\n\n**If you call:**\n> Hi Lena.\n> Thanks.\n")).toBe(true);
	});
});

describe("insertDraftUnderHeading", () => {
	const block = draftBlock(email("Hi"), now);

	it("creates the Follow-up drafts heading at the end of a note without one, keeping the text", () => {
		const note = "---\ntype: interview\n---\n\n# Acme\n\nNotes.\n";
		const out = insertDraftUnderHeading(note, block);
		expect(out.startsWith(note)).toBe(true);
		expect(out.slice(note.length)).toBe("\n## Follow-up drafts\n" + block);
	});

	it("adds under an existing heading, after the drafts already there", () => {
		const note = "# Acme\n\n## Follow-up drafts\n\nOld draft.\n\n## Log\n";
		const out = insertDraftUnderHeading(note, block);
		expect(out).toBe("# Acme\n\n## Follow-up drafts\n\nOld draft.\n" + block + "\n## Log\n");
	});
});
