// Review 66: a stage, a trial shift or a demo lesson is work done on trial, which the letters call a conversation:
// the user is told, once, quoting the line; a trial still to come is not this interview's.
import { describe, expect, it } from "vitest";
import { workedMention } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const note = (body: string) => `---\ntype: interview\ncompany: Osteria Fiamma\n---\n${body}`;

describe("a trial of the work in the notes (review 66)", () => {
	it("quotes the line that says what was done before a heading that only names it", () => {
		expect(workedMention(note("## stage\n- 3.5 hr stage, saute stn w/ jess\n- 86'd the clams mid svc lol\n"))).toEqual({ line: 6, quote: "3.5 hr stage, saute stn w/ jess" });
		expect(workedMention(note("## demo lesson\n- kids were chatty but fine\n"))).toEqual({ line: 5, quote: "demo lesson" });
		expect(workedMention(note("- skills test: build a small mitered box in 45 min -> finished in 38\n"))?.line).toBe(5);
		expect(workedMention(note("- teaching demo went ok - 15 min on thesis stmts\n"))?.quote).toBe("teaching demo went ok - 15 min on thesis stmts");
	});

	it("leaves a trial still to come, and the word 'stage' used otherwise", () => {
		expect(workedMention(note("- $32-36/hr dep on trial day\n- ask abt shadow shift date\n- trial shift next week?\n- demo lesson ideas\n"))).toBeNull();
		expect(workedMention(note("- at this stage they want a portfolio\n- stage manager was there too\n"))).toBeNull();
	});

	it("reads no line of the product's own sections or a code block", () => {
		expect(workedMention(note("```\n3.5 hr stage\n```\n"))).toBeNull();
	});
});

describe("the draft's warning of a trial of the work", () => {
	const fm = { type: "interview", company: "Osteria Fiamma", role: "Line cook", interview_start: "2026-12-03T15:00", interview_end: "2026-12-03T18:30", interviewers: [{ name: "Marco Bianchi", email: "marco@osteriafiamma.com" }] };
	const warnings = (format: string, kind: "thank-you" | "linkedin") => {
		const { interview } = parseInterview({ file: "Interviews/Cook.md", frontmatter: { ...fm, format } }, DEFAULT_SETTINGS, () => null);
		if (!interview) throw new Error("not an interview");
		return buildDrafts(interview, kind, { settings: { myName: "Dana Whitfield", signature: "" }, now: local("2026-12-03T20:00"), noteText: note("- 3.5 hr stage, saute stn w/ jess\n") }).warnings;
	};

	it("tells the user once, on line 5, for a letter of an onsite interview", () => {
		const told = warnings("onsite", "thank-you").filter((w) => /trial of the work/.test(w));
		expect(told).toEqual([expect.stringContaining('line 5 say "3.5 hr stage, saute stn w/ jess"')]);
	});

	it("says nothing when the format already names it, nor for a phone call", () => {
		expect(warnings("stage", "thank-you").some((w) => /trial of the work/.test(w))).toBe(false);
		expect(warnings("phone", "thank-you").some((w) => /trial of the work/.test(w))).toBe(false);
	});
});

describe("reading a trial of the work in linear time", () => {
	it.each(["3.5 hr ", "did a ", "trial ", "## stage "])("%j at 1x and 4x", (unit) => {
		for (const size of [20_000, 80_000]) {
			const line = unit.repeat(Math.ceil(size / unit.length));
			expect(workedMention(note(`- ${line}\n`))).not.toBeUndefined();
		}
	});
});
