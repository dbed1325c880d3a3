// Review 55 (phrasing round 10): the user is never a thing worked on, two verbs in a short form share a form,
// a name opening a note keeps its capital, a method's name takes no "the", and a third-person focus gives its topic only.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const said = (text: string, context = {}) => {
	const e = experienceOf(text, context);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("two verbs joined by 'and' in a short form are both said in -ing, or the short form goes", () => {
	it("the reviewer's fire story and exhibits", () => {
		expect(experienceOf("I cut and filed the warehouse fire story in 40 min on deadline").short).toMatch(/^cutting and filing the warehouse fire story/);
		expect(experienceOf("Logged and tracked exhibits for a 3 wk jury trial (State v. Dorsey) w/ no discrepancies.").short).toMatch(/^logging and tracking exhibits for a 3-week jury trial/);
	});
	it("no short form says '<x>ing and <past verb>'", () => {
		for (const text of [
			"I cut and filed the warehouse fire story in 40 min on deadline",
			"Logged and tracked exhibits for a 3 wk jury trial (State v. Dorsey) w/ no discrepancies.",
			"drafted and edited the county grant report in 2 weeks",
			"ran and wrote the weekly safety huddle for the night crew",
			"Built and taught the new hire course for 12 dispatchers",
		]) {
			const short = experienceOf(text).short ?? "";
			expect(short, text).not.toMatch(/\b\p{Ll}+ing and \p{Ll}+(?:ed|ght|ote|an|ilt)\b/u);
		}
	});
});

describe("a noun phrase naming the user is never 'my work on …', and what they did is never a 'which' of it", () => {
	it("the reviewer's daily Odyssey user is left out and told", () => {
		const text = "daily Odyssey user, trained 3 new clerks on it";
		const e = experienceOf(text);
		expect(said(text)).not.toMatch(/my work on|which trained/);
		if (e.reference === null) expect(e.leftOut.length).toBeGreaterThan(0);
	});
	it("other names for the user themself", () => {
		for (const text of ["power user of Salesforce, built 4 dashboards", "Epic super user on 5 West, trained 12 nurses on it", "weekly Tableau user, mentored two analysts"]) {
			expect(said(text), text).not.toMatch(/my work on (?:the |an? )?(?:\S+ ){0,3}(?:user|super user)\b|, which (?:trained|mentored)/);
		}
	});
	it("a thing named after users is still worked on", () => {
		expect(experienceOf("rebuilt the user onboarding flow for the billing portal").reference ?? "").toMatch(/user onboarding flow/);
	});
});

describe("a name opening a note keeps its capital, or the note is left out; never 'my team and me'", () => {
	it("the reviewer's Oddy test", () => {
		const text = "Oddy tested all finishes, switched us to Marvelseal barriers";
		expect(said(text)).not.toMatch(/\boddy\b|my team and me/);
		const e = experienceOf(text);
		if (e.reference === null) expect(e.leftOut.length).toBeGreaterThan(0);
	});
	it("another named test method", () => {
		expect(said("Brinell tested 40 castings, switched us to a new alloy")).not.toMatch(/\bbrinell\b|my team and me/);
	});
	it("'us' is never 'my team and me'", () => {
		for (const text of ["moved us to the new LIMS in 3 months", "switched us to Marvelseal barriers for the loan show"]) expect(said(text), text).not.toMatch(/my team and me/);
	});
});

describe("a method named in hyphens takes no 'the'; a quote is said only with both its marks", () => {
	it("the reviewer's tell-show-do", () => {
		const text = 'tell-show-do w/ 3-5 yr olds, used the "counting teeth" game at Bright Kids Dental';
		expect(said(text)).not.toMatch(/the tell-show-do/);
		const e = experienceOf(text);
		if (e.reference === null) expect(e.leftOut.length).toBeGreaterThan(0);
	});
	it("another hyphenated method", () => {
		expect(said("plan-do-study-act w/ the night crew, cut falls 30%")).not.toMatch(/the plan-do-study-act/);
	});
	it("the note's own 'the' is kept, and a phrase with a quote has both marks", () => {
		for (const text of ['ran the "quiet hour" pilot on 5 West', 'led the tell-show-do training for new hygienists', 'used the "counting teeth" game with 3 yr olds']) {
			for (const phrase of [experienceOf(text).reference, experienceOf(text).short, experienceOf(text).statement]) if (phrase !== null) expect(phrase.split('"').length % 2, phrase).toBe(1);
		}
	});
});

describe("a focus opening 'He/She cares about X and wants …' gives the topic X only", () => {
	it("the reviewer's Tom and sourcing", () => {
		const topic = focusTopic("He cares a lot about sourcing and wants producers who push back on reporters when a quote is thin. His team got burned on a correction last spring.").topic;
		if (topic !== null) expect(topic.text).toBe("sourcing");
		expect(topic?.short ?? "").not.toMatch(/\bwants\b/);
	});
	it("other second verbs of the person's own", () => {
		for (const [text, want] of [
			["She cares about onboarding and needs someone who can run it alone.", "onboarding"],
			["She cares a lot about charting and wants nurses who close notes by end of shift.", "charting"],
			["He cares about uptime and wants techs who own their pagers.", "uptime"],
		] as const) {
			const topic = focusTopic(text).topic;
			expect(topic?.text ?? "", text).not.toMatch(/\b(?:needs|expects|wants)\b/);
			if (topic !== null) expect(topic.text).toBe(want);
		}
	});
});
