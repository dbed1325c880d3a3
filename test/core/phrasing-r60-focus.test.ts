// Review 59 and 60 (phrasing round 14): a focus is said back whole or left out and told, never cut so its
// object loses its noun; "a lot of X" is never "the lot of X"; a bare place takes its articles and a
// shortened county is written out; and a title that names a group is no one's job.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic, titleWithArticle } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a title that names a group is not a person's job", () => {
	it("the reviewer's search committee", () => {
		expect(titleWithArticle("search committee")).toBeNull();
	});
	it("other groups, and jobs that only mention one", () => {
		for (const title of ["Hiring Committee", "Board of Directors", "interview panel", "Faculty Council", "Admissions Office", "HR department"]) {
			expect(titleWithArticle(title), title).toBeNull();
		}
		expect(titleWithArticle("Team Lead")).toBe("a team lead");
		expect(titleWithArticle("Office Manager")).toBe("an office manager");
		expect(titleWithArticle("Director of the Board")).toBe("the director of the board");
		expect(titleWithArticle("senior engineer")).toBe("a senior engineer");
	});
});

describe("'a lot of X' is never 'the lot of X'", () => {
	it("the reviewer's DVT studies", () => {
		const topic = topicOf("their team does a lot of DVT studies for the ED, 40-50/wk");
		expect(topic ?? "").not.toMatch(/\blot\b|^the DVT|dvting/i);
		if (topic !== null) expect(topic).toBe("DVT studies for the ED");
	});
	it("other amounts of things named in capitals", () => {
		for (const text of ["they do lots of MRI reads for the clinic", "the team runs a ton of QA checks", "a lot of DVT studies for the ED"]) {
			const topic = topicOf(text) ?? "";
			expect(topic, text).not.toMatch(/\b(?:lot|lots|ton)\b|ing\b/);
		}
		expect(topicOf("they do lots of MRI reads for the clinic")).toBe("MRI reads for the clinic");
	});
});

describe("a shortened county after a place's name is written out", () => {
	it("the reviewer's Multnomah County", () => {
		expect(topicOf("probate filings in Multnomah Cnty, accuracy on inventories") ?? "").not.toMatch(/Cnty/);
		const topic = topicOf("probate filings in Multnomah Cnty, accuracy on inventories");
		if (topic !== null) expect(topic).toMatch(/Multnomah County/);
	});
	it("other shortened places", () => {
		expect(topicOf("road permits in Lane Co.") ?? "").not.toMatch(/\bCo\./);
		expect(topicOf("zoning cases in Hamilton Twp") ?? "").not.toMatch(/\bTwp\b/);
	});
	it("the same abbreviations as a highlight, in one list", () => {
		expect(topicOf("flood permits at Hamilton Twp Hall")).toMatch(/Hamilton Township Hall/);
		expect(experienceOf("filed 300 probate petitions in Multnomah Cnty").statement).toBe("I filed 300 probate petitions in Multnomah County.");
		expect(topicOf("exhibits at Coastal Heritage Ctr")).toMatch(/Coastal Heritage Center/);
	});
});
