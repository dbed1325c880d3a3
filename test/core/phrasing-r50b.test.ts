// Review 50, items left from round 5: a place's "Pt" is its Point, and a small count of seasons the work lasted
// is written out.
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("'Pt' after a capitalised word is a place's Point; 'for 2 seasons' is 'for two seasons'", () => {
	it("the reviewer's note", () => {
		const text = said("I ran the SED grader solo at Glidden Pt for 2 seasons.");
		expect(text).toContain("Glidden Point for two seasons");
		expect(text).not.toMatch(/\bPt\b|\b2 seasons/);
	});
	it("another place and span", () => {
		expect(said("ran the boat at Pemaquid Pt for 3 summers")).toContain("Pemaquid Point for three summers");
	});
	it("a measurement or a large count stays in figures", () => {
		expect(said("ran the boat at Pemaquid Pt for 12 summers")).toContain("for 12 summers");
	});
});
