// Review 79: the notes say "do NOT bring up the challenge thing again w/ linda", and the card to Linda thanked her for
// "your thoughts on book challenges". What the user means not to raise with someone is never said to them.
import { describe, expect, it } from "vitest";
import { notRaisedMention } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const fm = {
	type: "interview",
	company: "Maple Grove Public Library",
	role: "Youth services librarian",
	interview_start: "2026-11-25T10:00",
	interview_end: "2026-11-25T11:30",
	primary_contact: "Angela Whitfield <awhitfield@maplegrovelib.example>",
	interviewers: [
		{ name: "Angela Whitfield", email: "awhitfield@maplegrovelib.example", focus: "storytime attendance, new families in the door" },
		{ name: "Linda Tsao", email: "ltsao@maplegrovelib.example", title: "Board of Trustees member", focus: "book challenges - there were 2 formal challenges this yr", highlight: "walked her through the reconsideration policy i wrote at cedar branch" },
	],
};
const body = [
	"",
	"# maple grove - panel",
	"- linda tsao (trustee) - kind of pointed re book challenges. was careful",
	"- do NOT bring up the challenge thing again w/ linda",
	"",
].join("\n");
const noteText = `---\n${Object.keys(fm).map((k) => `${k}: x`).join("\n")}\n---\n${body}`;

function drafts(kind: "thank-you" | "handwritten-note", text = noteText) {
	const { interview } = parseInterview({ file: "Interviews/Maple Grove.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, kind, { settings: { myName: "Alex Morgan", signature: "", enableHandwrittenNote: true }, now: local("2026-11-25T14:00"), noteText: text });
}

describe("something the notes say not to raise with someone (review 79)", () => {
	it("finds the line that names the person", () => {
		expect(notRaisedMention(noteText, ["Linda", "Tsao"])?.quote).toBe("do NOT bring up the challenge thing again w/ linda");
		expect(notRaisedMention(noteText, ["Angela", "Whitfield"])).toBeNull();
		expect(notRaisedMention("---\na: b\n---\n- dont mention the merger to raj\n", ["Raj"])?.quote).toBe("dont mention the merger to raj");
	});

	it.each(["thank-you", "handwritten-note"] as const)("never says it in the %s to that person, and says why", (kind) => {
		const result = drafts(kind);
		const linda = result.drafts.find((d) => d.to.some((t) => t.name === "Linda Tsao"));
		expect(linda?.body).toBeDefined();
		expect(linda?.body).not.toMatch(/challenge/i);
		expect(result.problems.join("\n")).toContain('The focus for Linda Tsao was left out of the drafts: your notes on line');
		expect(result.warnings.join("\n")).toContain('say "do NOT bring up the challenge thing again w/ linda": check that the draft to Linda Tsao does not raise it.');
	});

	it("keeps the focus when the line speaks of something else", () => {
		const other = noteText.replace("the challenge thing", "her daughter");
		const linda = drafts("thank-you", other).drafts.find((d) => d.to.some((t) => t.name === "Linda Tsao"));
		expect(linda?.body).toMatch(/book challenges/);
	});
});
