// Reviews 45-48 (phrasing round 3): a title is never rewritten and "our" is a team's only for its work and
// people, a length before a plural noun is one word and no verb is invented for a verbless item.
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("'Our' in a title, and 'our' that is not a team's", () => {
	it.each([
		["I built Our Town for $9,800 with two carpenters. It ran six weeks.", "Our Town"],
		["directed Our Country's Good at the Rep", "Our Country's Good"],
	])("%j", (text, want) => {
		expect(said(text)).toContain(want);
		expect(said(text)).not.toMatch(/team's/);
	});
	it("an animal is not the team's", () => {
		expect(said("I flagged early dental abscess in our silverback from changes in how he chewed.")).not.toMatch(/team's silverback/);
		expect(said("trained our red-tailed hawk to the glove")).not.toMatch(/team's/);
	});
	it("a team's work and people stay the team's", () => {
		expect(said("rebuilt our intake checklist")).toContain("my team's intake checklist");
		expect(said("moved our analysts to dbt")).toContain("my team's analysts");
	});
});

describe("a length before a plural noun, and no invented verb", () => {
	it("alone", () => {
		expect(experienceOf("6hr changeovers at Rep West").reference).toBe("my six-hour changeovers at Rep West");
		expect(experienceOf("2hr resets on the line").reference).toBe("my two-hour resets on the line");
	});
	it("in a list", () => {
		const e = experienceOf("- rebuilt the line\n- 6hr changeovers at Rep West");
		expect(said("- rebuilt the line\n- 6hr changeovers at Rep West")).not.toMatch(/delivered|6 hours/);
		expect(e.leftOut.length).toBeGreaterThan(0);
	});
});
