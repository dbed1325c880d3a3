// Review 44 (phrasing round 2): a past verb never made a thing, figures never worked "on", shorthand left
// unread is refused, names in quotes keep "&", a number and a unit before a noun are one word, and a course
// and the college it was at take their articles.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;
const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("a past verb and its preposition are what the user did", () => {
	it("in a list of highlights", () => {
		const e = experienceOf("- rebuilt the scope room\n- trained on E10 at last job");
		expect(e.statement).toBe("I rebuilt the scope room. I also trained on E10 at my last job.");
		expect(said("- my repair kit\n- volunteered at Eastside Food Bank")).toContain("I also volunteered at Eastside Food Bank.");
	});
	it("alone", () => {
		expect(experienceOf("trained on E10 at last job").statement).toBe("I trained on E10 at my last job.");
		expect(experienceOf("trained in TF-CBT").statement).toBe("I'm trained in TF-CBT.");
		expect(said("ran the line at old job")).toContain("at my old job");
	});
	it("never after 'worked on the'", () => {
		expect(said("- built the shelving\n- trained on the Haas mill at prev job")).not.toMatch(/worked on the \p{Ll}+ed\b/u);
	});
});

describe("a figure alone is never work done 'on'", () => {
	it.each(["avg 35 min door-to-prelim on stat LE venous, 90% under 45", "avg 12 visits on the rehab floor"])("%j", (text) => {
		const e = experienceOf(text);
		expect(said(text)).not.toMatch(/work on (?:an average|a total)/);
		expect(e.leftOut.length).toBeGreaterThan(0);
	});
});

describe("shorthand left unread is refused", () => {
	it("'pts' outside a clinic", () => {
		expect(topicOf("caseload, 12-14 pts/day + documentation in WebPT")).toBeNull();
		expect(topicOf("load of 20 pts/day on the ortho floor") ?? "").not.toMatch(/\bpts\b/);
	});
	it("'hosp'", () => {
		expect(said("6 yrs @ dunmore shoe hosp, ~40 resoles/wk (vibram + lthr)")).not.toMatch(/\bhosp\b/);
		expect(said("3 yrs at county hosp")).not.toMatch(/\bhosp\b/);
	});
});

describe("'&' in a title in quotes, or between a name's capitals, stays", () => {
	it.each([
		["wrote 'Fenwick & Moss' for the Rep", "'Fenwick & Moss'"],
		['directed "Rosencrantz & Guildenstern" at Briar Rep', '"Rosencrantz & Guildenstern"'],
		["stage-managed 'salt & pepper' for the fringe", "'salt & pepper'"],
	])("%j", (text, want) => {
		expect(said(text)).toContain(want);
	});
	it("a focus too", () => {
		expect(topicOf("the 'Fenwick & Moss' account")).toContain("'Fenwick & Moss'");
		expect(said("fixed bikes & scooters")).toContain("bikes and scooters");
	});
});

describe("a number and a unit before a noun make one word", () => {
	it.each([
		["mapped 19th c. farm boundaries", "19th-century farm boundaries"],
		["restored 18th c. barn doors", "18th-century barn doors"],
		["ran the 6 month QA audit", "the 6-month QA audit"],
		["led a 12 week pilot for Medicaid", "a 12-week pilot"],
	])("%j", (text, want) => {
		expect(said(text)).toContain(want);
	});
	it("time served stays", () => {
		expect(said("ran the audit over 6 months")).toContain("over 6 months");
		expect(said("3 yrs dispatch floor + 1 yr road supervisor")).not.toContain("1-year");
	});
});

describe("a course and the college it was at take their articles", () => {
	it.each([
		["taught 6wk intro course at community college", "I taught a six-week introductory course at a community college."],
		["taught 8wk intro class at community college", "I taught an eight-week introductory class at a community college."],
	])("%j", (text, want) => {
		expect(experienceOf(text).statement).toBe(want);
	});
});

describe("a part with no verb joined by '+' to the user's action is left out", () => {
	it.each([
		["my repair kit + built our 45-min load-in checklist", "repair kit"],
		["the spare parts bin + rebuilt the intake log", "parts bin"],
	])("%j keeps the action", (text, gone) => {
		const e = experienceOf(text);
		expect(e.statement).toMatch(/^I (?:built|rebuilt) /);
		expect(e.statement).not.toContain(gone);
		expect(e.leftOut.join(" ")).toContain(gone);
	});
	it("a thing the closed-off action cannot govern", () => {
		const e = experienceOf(`toured "The Paper Moon" (shadow) 2 seasons + rod puppets for Nutcracker at Briar Rep`);
		expect(e.statement).toBe(`I toured "The Paper Moon" (shadow) for 2 seasons.`);
		expect(e.leftOut).toContain("rod puppets for Nutcracker at Briar Rep");
		expect(experienceOf("ran the 'Winter Lights' show 3 years + costume repairs").statement).toBe("I ran the 'Winter Lights' show for 3 years.");
	});
	it("a list of things the verb governs stays", () => {
		expect(said("built dashboards + reports")).toContain("built dashboards and reports");
		expect(said("wrote + managed a $350K IMLS grant")).toContain("wrote and managed");
	});
});

describe("a bare noun phrase after the comma of a statement is left out", () => {
	it.each([
		["supervised 2 PTAs, weekly case rounds", "I supervised 2 PTAs."],
		["mentored 3 new grads, monthly skills labs", "I mentored 3 new grads."],
	])("%j", (text, want) => {
		const e = experienceOf(text);
		expect(e.statement).toBe(want);
		expect(e.leftOut.length).toBe(1);
	});
	it("a list with 'and' stays", () => {
		expect(said("designed logos, menus and signage")).toContain("menus and signage");
	});
});

describe("a count with no noun is left out", () => {
	it.each(["carried 13/day avg at Allegheny Rehab w/ same-day notes", "saw 20/day at the walk-in clinic"])("%j", (text) => {
		const e = experienceOf(text);
		expect(said(text)).not.toMatch(/\d+ a day/);
		expect(e.leftOut.length).toBeGreaterThan(0);
	});
	it("a count of something stays", () => {
		expect(said("saw 20 patients/day at the walk-in clinic")).toContain("20 patients a day");
	});
});

describe("a measure they want low or high is kept so, never said to be so already", () => {
	it.each([
		["low defect rate on post-close QC", "keeping the defect rate low on post-close QC"],
		["low staff turnover on nights", "keeping staff turnover low on nights"],
		["high retention in the first year", "keeping retention high in the first year"],
	])("%j", (text, want) => {
		expect(topicOf(text)).toBe(want);
	});
	it("which way 'fast' goes is not said", () => {
		expect(topicOf("fast turnaround time")).toBeNull();
	});
});

describe("a person they want is no topic, nor a later 'also' once the first sentences were left out", () => {
	it("the reviewer's note", () => {
		expect(topicOf("Her team is short two techs since Oct. She needs someone who can pick up evening coverage. She also wants people who'll train the new grads.")).toBeNull();
	});
	it.each(["He wants people who'll cover weekends.", "They need someone who can run the night shift.", "Their crew is down two drivers. They also want the dispatch board rebuilt."])("%j", (text) => {
		expect(topicOf(text) ?? "").not.toMatch(/^(?:the )?(?:people|someone) who|dispatch board/);
	});
});

describe("an aside holding a clause with its own subject is no part of a reference", () => {
	it("the reviewer's note", () => {
		const e = experienceOf("the medical diversion on my last carrier (passenger cardiac event, i ran the AED & comms w/ cockpit)");
		expect(e.reference).toBe("the medical diversion on my last carrier");
		expect(e.leftOut).toContain("passenger cardiac event");
	});
	it("a variant", () => {
		const e = experienceOf("the 400-person evacuation drill at Harbor Mall (fire alarm test, I ran the stairwell sweep)");
		expect(e.reference).not.toContain("(");
		expect(e.more[0]).toBe("I ran the stairwell sweep.");
		expect(experienceOf("the winter food drive (3 churches, 2 schools)").reference).toContain("(");
	});
});
