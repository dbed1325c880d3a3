// A focus cut to a piece that refers to nothing, a credential or a noun phrase put into an activity frame,
// a highlight about the user's household, and arrows or shorthand left as typed.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const topic = (text: string) => {
	const t = focusTopic(text).topic;
	return t === null ? null : [t.text, t.short].filter((x) => x !== null).join(" | ");
};

describe("a focus never cut to a piece that refers to nothing", () => {
	it.each([
		["their county parcel layer is a mess - half still in NAD27, topology errors everywhere", /^(?:the )?half\b/],
		["their asset register is a mess - most still on paper, no photos", /^(?:the )?most\b/],
		["food cost running ~31%, want it at 26-27% w/o cutting portions", /running$/],
		["labor cost running ~38%, want 30%", /running$/],
		["doodles - matting, dematt vs shave-down convos w/ owners", /^doodles$/],
		["huskies - blowing coat, deshedding vs shave-down talks w/ owners", /^huskies$/],
		["their book is 70% auto, they want to grow home + umbrella bundles", /^the book$/],
		["our fleet is 40% EV, they want to go to 100% by 2030", /^the fleet$/],
	])("%j", (text, broken) => {
		const got = focusTopic(text);
		for (const t of [got.topic?.text, got.topic?.short]) if (t !== undefined && t !== null) expect(t).not.toMatch(broken);
		if (got.topic === null) expect(got.leftOut.join(" ")).toContain(text.slice(0, 12));
	});

	it("writes 'ed' out as education, after the people it is for", () => {
		expect(focusTopic("visitor ed on bear safety, 2 incidents at Hidden Lake last summer").topic?.text).toBe("visitor education on bear safety");
		expect(topic("patient ed for new diabetics")).toContain("patient education for new diabetics");
	});

	it("gives a standard's code its article", () => {
		expect(focusTopic("D1.5 bridge code").topic?.text).toBe("the D1.5 bridge code");
		expect(focusTopic("AS9100 quality standard").topic?.text).toBe("the AS9100 quality standard");
	});
});

describe("a highlight never put into a frame it does not fit", () => {
	it("says a credential is held, never worked on", () => {
		expect(experienceOf("AWS D1.1 + D1.5 endorsements").reference).toBe("my AWS D1.1 and D1.5 endorsements");
		expect(said("API 510 + 570 certifications")).not.toMatch(/work(?:ed)? on/);
	});

	it.each([
		["- grew the food bank volunteer roster from 45 to 130 in 18 months\n- HIPAA + infection control training for all new vols", /worked on HIPAA|\bvols\b/],
		["- ran intake for the shelter\n- OSHA + fire safety drills for all new hires", /worked on OSHA/],
	])("never says 'worked on' a bare noun phrase: %j", (text, broken) => {
		expect(said(text)).not.toMatch(broken);
	});

	it("leaves out only the item that does not read, and keeps the others", () => {
		const e = experienceOf("- grew the food bank volunteer roster from 45 to 130 in 18 months\n- set up a shift-signup app (SignUpGenius -> Volgistics)\n- HIPAA + infection control training for all new vols");
		expect(e.statement).toBe("I grew the food bank volunteer roster from 45 to 130 in 18 months. I also set up a shift-signup app (from SignUpGenius to Volgistics).");
		expect(e.leftOut).toEqual(["HIPAA + infection control training for all new vols"]);
		const other = experienceOf("- ran intake for the shelter\n- OSHA + fire safety drills for all new hires");
		expect(other.statement).toMatch(/^I ran (?:an )?intake for the shelter\.$/);
		expect(other.leftOut).toEqual(["OSHA + fire safety drills for all new hires"]);
	});

	it("writes volunteers out", () => {
		expect(said("HIPAA + infection control training for all new vols")).toContain("all new volunteers");
	});

	it.each([
		["grew the food bank volunteer roster from 45 to 130 in 18 months", "how I grew the food bank volunteer roster"],
		["raised the animal shelter adoption rate from 40% to 65% in 18 months", "how I raised the animal shelter adoption rate"],
	])("keeps 'how I …' in the short form of a past-tense highlight: %j", (text, kept) => {
		const short = experienceOf(text).short;
		expect(short === null || short.startsWith(kept)).toBe(true);
		expect(short ?? "").not.toMatch(/^\p{Ll}+ing /u);
	});
});

describe("a highlight about the user's household, or a pronoun with nothing to stand for", () => {
	it.each(["I've budgeted for it, spouse is on board", "I've planned for it, partner is on board", "I've saved for it, spouse is on board", "I've saved for that"])("%j is left out", (text) => {
		expect(said(text)).toBe("");
		expect(experienceOf(text).leftOut.length).toBeGreaterThan(0);
	});

	it("keeps a highlight that names what 'it' is", () => {
		expect(said("rebuilt the intake form and tested it with 20 families")).toContain("rebuilt the intake form");
	});
});

describe("arrows and shorthand in a highlight", () => {
	it.each([
		["set up a shift-signup app (SignUpGenius -> Volgistics)", "from SignUpGenius to Volgistics", "SignUpGenius, Volgistics"],
		["moved the ticket queue (Zendesk -> Freshdesk)", "from Zendesk to Freshdesk", "Zendesk, Freshdesk"],
	])("reads an arrow between two names in brackets as a move: %j", (text, move, list) => {
		expect(said(text)).toContain(move);
		expect(said(text)).not.toContain(list);
	});

	it("writes c/s out as caesarean, or leaves it out", () => {
		expect(experienceOf("attended 400+ births at Cedar Birth Center w/ a 12% primary c/s rate").statement).toBe("I attended more than 400 births at Cedar Birth Center with a 12% primary caesarean rate.");
		expect(said("kept a 9% c/s rate across 300 births")).toContain("caesarean rate");
		expect(said("handled c/s escalations for the west region")).not.toContain("c/s");
	});
});
