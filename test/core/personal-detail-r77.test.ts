// Review 77: a chaplain's highlight told a patient's faith ("sitting w/ the atheist vet at VA for 3 wks"). The letter
// says what the user typed; the user is warned that it tells one person's faith or health, so they can say it more
// generally. Work told of a group ("CHF patients", "22 kids") is how work is told, and is no warning.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { personalDetail } from "../../src/core/private-remarks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

describe("one person's faith or health in a highlight (review 77)", () => {
	it.each([
		["told him abt sitting w/ the atheist vet at VA for 3 wks, just listening, family asked me to do the memorial", "the atheist vet"],
		["sat w a pt with early dementia who kept asking for her son", "a pt with early dementia"],
		["walked w one family whose mom had a terminal diagnosis", "one family whose mom had a terminal diagnosis"],
		["the trans teen in our group home got into college", "the trans teen"],
		["a man who had no faith tradition asked me to pray", "a man who had no faith"],
	])("%s", (text, found) => {
		expect(personalDetail(text)).toBe(found);
	});

	it.each(["cut readmissions for CHF patients 20%", "ran anesthesia solo on ASA 3 patients", "junior beekeeper camp i helped start, 22 kids", "bilingual storytime i started at cedar branch, went from 6 kids to 30ish", "led the catholic charities food drive"])(
		"says nothing of work told of a group: %s",
		(text) => {
			expect(personalDetail(text)).toBeNull();
		},
	);

	const fm = {
		type: "interview",
		company: "St. Brigid Hospice",
		role: "Staff chaplain",
		interview_start: "2026-11-23T10:00",
		interview_end: "2026-11-23T11:00",
		primary_contact: "Rev. Dr. Howard Ames <hames@stbrigid.example>",
		interviewers: [{ name: "Rev. Dr. Howard Ames", email: "hames@stbrigid.example", highlight: "told him abt sitting w/ the atheist vet at VA for 3 wks, just listening" }],
	};

	function thankYou(highlight: string) {
		const { interview } = parseInterview({ file: "Interviews/St Brigid.md", frontmatter: { ...fm, interviewers: [{ ...fm.interviewers[0], highlight }] } }, DEFAULT_SETTINGS, () => null);
		if (!interview) throw new Error("not an interview");
		return buildDrafts(interview, "thank-you", { settings: { myName: "Alex Morgan", signature: "" }, now: local("2026-11-23T14:00") });
	}

	it("warns once, naming the words, when the letter tells it", () => {
		const result = thankYou(fm.interviewers[0].highlight);
		expect(result.drafts.map((d) => d.body).join("\n")).toMatch(/atheist vet/);
		expect(result.warnings.filter((w) => /faith or health/.test(w))).toEqual([
			'The highlight for Rev. Dr. Howard Ames tells of one person\'s faith or health ("the atheist vet"): a letter can be forwarded; check it says nothing that person would keep private, or describe them more generally.',
		]);
	});

	it("says nothing when the highlight tells work with a group", () => {
		expect(thankYou("ran the bereavement group for 40 families at the VA").warnings.some((w) => /faith or health/.test(w))).toBe(false);
	});
});
