// Reviews 51-52 (phrasing round 7): "calc" is a calculation only when certain, "Co" a county only before its
// offices, an arrow inside a noun phrase is "to", and pasted asides and "+" parts are left out or said as their own.
import { describe, expect, it } from "vitest";
import { experienceOf, expandShorthand, focusTopic } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("'calc' is never calculus; a calculation only after what is reckoned", () => {
	it("the reviewer's testimony", () => {
		const text = "testified twice in Multnomah Co circuit court on a lost-profits calc";
		expect(said(text)).not.toMatch(/calculus/);
		expect(experienceOf(text).statement).toBe("I testified twice in Multnomah County circuit court on a lost-profits calculation.");
	});
	it("a load calc is a calculation; a calc with nothing reckoned is left out", () => {
		expect(expandShorthand("ran the heat-load calcs for the wing")).toBe("ran the heat-load calculations for the wing");
		const e = experienceOf("did a quick calc on the numbers");
		expect(said("did a quick calc on the numbers")).not.toMatch(/calculus|calculation/);
		expect(e.leftOut.length).toBeGreaterThan(0);
	});
	it("'Co' is a county only before a county's office", () => {
		expect(expandShorthand("filed in Lane Co superior court")).toBe("filed in Lane County superior court");
		expect(expandShorthand("bought from Acme Co supplies")).toBe("bought from Acme Co supplies");
	});
});

describe("an arrow between two names inside a noun phrase is 'to'; 'I explained how I …' is the clause after it", () => {
	it("the reviewer's datum shift", () => {
		const text = "I explained how I handled the HARN -> NAD83(2011) shift for the county control network. Built a transformation check w/ 60 control pts.";
		const e = experienceOf(text);
		expect(said(text)).not.toMatch(/HARN,|explaining|HARN$|HARN \|/);
		expect(e.statement).toBe("I handled the HARN to NAD83(2011) shift for the county control network.");
	});
	it("another move between names", () => {
		const e = experienceOf("I described how I ran our SVN -> Git migration for 40 repos");
		expect(said("I described how I ran our SVN -> Git migration for 40 repos")).not.toMatch(/SVN,|describing|SVN$/);
		expect(e.statement).toMatch(/^I ran (?:our|the) SVN to Git migration for 40 repos\.$/);
		expect(e.short).toMatch(/^how I ran (?:our|the) SVN to Git migration/);
	});
});

describe("a 'my …' reference with a comma clause of its own subject", () => {
	it("the reviewer's report: the judge's clause is 'which the judge cited'", () => {
		const e = experienceOf("my damages report in the Brightline case, judge cited it in the opinion");
		expect(said("my damages report in the Brightline case, judge cited it in the opinion")).not.toMatch(/^how|\| how|, judge cited/);
		expect(e.reference).toBe("my damages report in the Brightline case, which the judge cited in the opinion");
	});
	it("a body that acted on it is 'which the …'", () => {
		expect(experienceOf("my grant proposal for the branch library, board funded it in full").reference).toBe("my grant proposal for the branch library, which the board funded in full");
	});
	it("any other clause with its own subject is left out, and the user told", () => {
		const e = experienceOf("my safety plan for the Oak Ridge site, crew followed it daily");
		expect(said("my safety plan for the Oak Ridge site, crew followed it daily")).not.toMatch(/crew/);
		expect(e.reference).toBe("my safety plan for the Oak Ridge site");
		expect(e.leftOut).toContain("crew followed it daily");
	});
});

describe("a verbless part after ' + ' that follows a clause is not part of that clause", () => {
	it("the reviewer's permit is said as held", () => {
		const text = "i do 4 quads/day comfortably + local anesthesia permit";
		expect(said(text)).not.toMatch(/and local anesthesia permit/);
		expect(experienceOf(text).statement).toMatch(/\. I also hold a local anesthesia permit\.$/);
	});
	it("another licence is held too", () => {
		expect(said("I run 3 chairs daily + nitrous oxide permit")).toMatch(/I also hold a nitrous oxide permit/);
	});
	it("anything else is left out, and the user told", () => {
		const e = experienceOf("i do 4 quads/day comfortably + great chairside manner");
		expect(said("i do 4 quads/day comfortably + great chairside manner")).not.toMatch(/manner/);
		expect(e.leftOut).toContain("great chairside manner");
	});
});

describe("'workin' and its kin are the -ing words, and a card's short form never cuts a phrase mid-way", () => {
	it("the reviewer's farrier focus", () => {
		const t = focusTopic("therapeutic shoeing for lame horses + workin w/ vets").topic;
		expect(t?.text).toBe("therapeutic shoeing for lame horses and working with vets");
		expect(t?.short).not.toMatch(/workin|and working$/);
	});
	it("another clipped -ing word", () => {
		expect(expandShorthand("talkin w/ owners + gettin paid on time")).toBe("talking with owners and getting paid on time");
		expect(focusTopic("hoof care for minis + talkin w/ owners").topic?.short ?? "").not.toMatch(/talkin\b|and talking$/);
	});
});

describe("a spaced-slash pair of nouns takes no 'the'", () => {
	it("the reviewer's ranger focus", () => {
		const t = focusTopic("visitor conflict / enforcement w/o escalating, campground noise + dogs off leash etc").topic;
		expect(t?.text).toBe("visitor conflict and enforcement without escalating");
		expect(t?.text).not.toMatch(/etc|dogs/);
	});
	it("another pair", () => {
		expect(focusTopic("neighbor conflict / citations w/o escalating, parking + noise etc").topic?.text ?? "").not.toMatch(/^the /);
	});
});
