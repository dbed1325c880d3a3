// Review 66: a letter is never glad of a death, a loss or grief ("I enjoyed telling you how I ran grief groups after
// the 2023 loss …"), in any of its wordings, in the letter or the card.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { solemn } from "../../src/core/letters";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, enableHandwrittenNote: true };
const NAMES = ["Ana Ruiz", "Ben Cole", "Cara Diaz", "Dev Shah", "Eli Moss", "Fay Lund", "Gus Park", "Hana Ito", "Ivan Petrov", "Jo March", "Kai Lee", "Lena Berg"];

function sentences(highlight: string, focus: string): string[] {
	const fm = {
		type: "interview",
		company: "St. Brendan High School",
		role: "School counselor",
		interview_start: "2026-12-02T09:00",
		interview_end: "2026-12-02T10:00",
		interviewers: NAMES.map((name, i) => ({ name, email: `p${i}@stbrendan.org`, focus, highlight })),
	};
	const { interview } = parseInterview({ file: "Interviews/School.md", frontmatter: fm }, settings, () => null);
	if (!interview) throw new Error("not an interview");
	const out: string[] = [];
	for (const kind of ["thank-you", "handwritten-note"] as const) {
		for (const d of buildDrafts(interview, kind, { settings: { myName: "Dana Whitfield", signature: "" }, now: local("2026-12-02T12:00") }).drafts) out.push(...d.body.split(/(?<=[.!?])\s+/));
	}
	return out;
}

describe("a death, a loss or grief (review 66)", () => {
	it("is never told with pleasure, whichever wording each of twelve letters and cards takes", () => {
		const said = sentences("ran grief groups after the 2023 loss at Roosevelt", "college applications for first-generation students");
		const grave = said.filter((s) => /grief/.test(s));
		expect(grave.length).toBeGreaterThanOrEqual(12);
		for (const s of grave) expect(s).not.toMatch(/\b(?:enjoy\w*|pleasure|pleased|glad|liked|good to|useful)\b/i);
	});

	it("keeps the letters' own wordings when nothing grave is said", () => {
		const said = sentences("ran peer mediation groups at Roosevelt", "college applications for first-generation students");
		expect(said.some((s) => /mediation/.test(s) && /\b(?:enjoy\w*|glad|pleasure|good to)\b/i.test(s))).toBe(true);
	});

	it("gives a plain wording where every one of a slot's is cheerful", () => {
		expect(solemn(["I enjoyed telling you about {r}.", "I was glad to tell you about {r}."], { r: "the grief groups I ran" })).toEqual(["I appreciated the chance to tell you about {r}."]);
		expect(solemn(["I enjoyed telling you about {r}.", "As we discussed, {r}."], { r: "the deaths" })).toEqual(["As we discussed, {r}."]);
		expect(solemn(["I enjoyed telling you about {r}."], { r: "loss prevention at Target" })).toEqual(["I enjoyed telling you about {r}."]);
	});
});

describe("a frame's last word that the topic opens with (review 65)", () => {
	it("is never said twice: no 'what you said on on-call trouble calls'", () => {
		const said = sentences("ran peer mediation groups at Roosevelt", "on-call trouble calls at night");
		expect(said.filter((s) => /on-call/.test(s)).length).toBeGreaterThanOrEqual(12);
		for (const s of said) expect(s).not.toMatch(/\b(on|about|in|of) \1\b/i);
	});
});

describe("a state the user was in (review 65)", () => {
	it("is mentioned, never explained 'how': no 'to explain how I was on the trouble call rotation'", () => {
		const said = sentences("I was on the trouble call rotation for 2 yrs", "on-call trouble calls at night");
		const told = said.filter((s) => /trouble call rotation/.test(s));
		expect(told.length).toBeGreaterThanOrEqual(12);
		for (const s of told) expect(s).not.toMatch(/\bhow I was\b/);
	});
});
