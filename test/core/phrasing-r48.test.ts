// Reviews 45-48 (phrasing round 3): a title is never rewritten and "our" is a team's only for its work and
// people, a length before a plural noun is one word and no verb is invented for a verbless item.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic, roleInLetter } from "../../src/core/phrasing";

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

describe("credentials kept current are held", () => {
	it.each(["GWO BST + ART current, did 2 tower rescues in training as lead", "OSHA 30 & NFPA 70E current"])("%j", (text) => {
		expect(said(text)).not.toMatch(/work on|current,|current where/);
		expect(experienceOf(text).statement).toMatch(/^I hold current .+ and .+ certifications\.$/);
	});
	it("what follows is left out, the user told", () => {
		expect(experienceOf("GWO BST + ART current, did 2 tower rescues in training as lead").leftOut).toContain("did 2 tower rescues in training as lead");
	});
});

describe("'17th c.' and clipped words written out", () => {
	it("a century before a capital", () => {
		expect(focusTopic("varnish removal on the 17th c. Dutch panels (esp the van Goyen)").topic?.text).toContain("17th-century Dutch panels");
		expect(focusTopic("the 19th c Flemish altarpieces").topic?.text).toContain("19th-century Flemish");
	});
	it("pax, perfs, elev mech", () => {
		expect(said("moved 400 pax a day through the gate")).toContain("400 passengers a day");
		expect(said("ran 30 perfs of Hamlet")).toContain("30 performances of Hamlet");
		expect(roleInLetter("elev mech (mod crew)", "Otis")).toContain("elevator mechanic");
	});
});
