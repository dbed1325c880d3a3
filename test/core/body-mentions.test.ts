import { describe, expect, it } from "vitest";
import { mentionsOf } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

// Review 46's tailor note, as typed: two interviewers on one line, nothing in focus, and what each
// cared about only in the notes below.
const tailor = [
	"---",
	"type: interview",
	"company: Bellweather & Sons Tailoring",
	"interviewers: Leonard Bellweather <leonard@bellweathertailoring.com>, Ana Ruiz <ana@bellweathertailoring.com>",
	'next_steps: "priya will get feedback from leonard by wed"',
	"---",
	"",
	"## notes",
	"- leonard = owner, ana = head fitter",
	"- mostly suits + wedding stuff (bridal alterations big in spring)",
	"- ana asked abt working w/ difficult brides lol",
	"",
	"## Follow-up drafts",
	"### Thank-you to Ana Ruiz — 2026-11-30",
	"Hi Ana,",
	"",
	"## Follow-up log",
	"- 2026-11-30 thank-you sent to Ana",
	"",
].join("\n");

describe("lines of a note that mention someone", () => {
	it("finds them below the frontmatter, by line, quoted without the list marker", () => {
		expect(mentionsOf(tailor, ["ana", "ruiz"])).toEqual([
			{ line: 9, quote: "leonard = owner, ana = head fitter" },
			{ line: 11, quote: "ana asked abt working w/ difficult brides lol" },
		]);
		// "leonard" in next_steps is the frontmatter's, not a line of the user's notes.
		expect(mentionsOf(tailor, ["leonard"], 5).map((m) => m.line)).toEqual([9]);
	});

	it("skips the drafts and the log the product wrote, and fenced code", () => {
		const text = `${tailor}\n## later\n\`\`\`\nana\n\`\`\`\nana again\n`;
		expect(mentionsOf(text, ["ana"], 5).map((m) => m.line)).toEqual([9, 11, 24]);
	});

	it("takes an everyday word for the name only with its capital, and a word only whole", () => {
		const text = "---\ntype: interview\n---\nhe will call fri\nWill said the shop runs 2 shifts\nbanana bread\n";
		expect(mentionsOf(text, ["will"], 5).map((m) => m.line)).toEqual([5]);
		expect(mentionsOf(text, ["ana"], 5)).toEqual([]);
		// "Ana's" is Ana; a two-letter name is too short to look for.
		expect(mentionsOf("Ana's team is 6", ["ana"])).toEqual([{ line: 1, quote: "Ana's team is 6" }]);
		expect(mentionsOf("al said hi\nAl", ["al"])).toEqual([]);
		// Bold is the note's formatting: "- **Priya Natarajan**, principal engineer" is quoted without it.
		expect(mentionsOf("- **Priya Natarajan**, principal engineer", ["priya"])[0].quote).toBe("Priya Natarajan, principal engineer");
	});

	it("quotes a line on one line, without marks that steer a terminal, cut at a word", () => {
		const [m] = mentionsOf(`ana \u001b[31mred\u001b[0m \u202eevil\n`, ["ana"]);
		expect(m.quote).not.toMatch(/[\u0000-\u001f\u202e]/u);
		const long = mentionsOf(`- ana ${"asked about the spring bridal rush and ".repeat(4)}end`, ["ana"])[0].quote;
		expect(long.length).toBeLessThanOrEqual(71);
		expect(long).toMatch(/^ana asked about the spring bridal rush and asked about the spring\u2026$/u);
	});
});

describe("a general thank-you points at the note's own lines about the person", () => {
	const now = local("2026-11-30T15:00");
	const settings = { ...DEFAULT_SETTINGS, myName: "Dana Whitcombe" };
	const interview = anInterview()
		.company("Bellweather & Sons Tailoring")
		.interviewer("Leonard Bellweather", { email: "leonard@bellweathertailoring.com" })
		.interviewer("Ana Ruiz", { email: "ana@bellweathertailoring.com" })
		.build();

	it("names the lines, and never puts them in a letter", () => {
		const result = buildDrafts(interview, "thank-you", { settings, now, noteText: tailor });
		const general = result.problems.find((p) => /general ones/.test(p)) ?? "";
		expect(general).toContain('Your own notes below the properties mention Leonard on line 9 ("leonard = owner, ana = head fitter") and Ana on lines 9 and 11 ("leonard = owner, ana = head fitter" and "ana asked abt working w/ difficult brides lol"): what mattered to each there can go in their focus.');
		for (const draft of result.drafts) expect(draft.body).not.toMatch(/difficult brides|head fitter/);
	});

	it("says nothing of the kind without the note's text, or when the notes never name them", () => {
		expect(buildDrafts(interview, "thank-you", { settings, now }).problems.join(" ")).not.toMatch(/Your own notes/);
		expect(buildDrafts(interview, "thank-you", { settings, now, noteText: "---\ntype: interview\n---\nnice shop\n" }).problems.join(" ")).not.toMatch(/Your own notes/);
	});
});
