// Review 42: two short items said as a pair, a last noun kept, a lone "i", proper adjectives and months given their
// capitals, "OR" as a state, "we" who were named, a team's need, a second achievement, dropped articles, a second
// "by", a certification's level, a focus asked of the user's experience, and "op" ending a role.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic, roleExpanded, roleWritten } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;
const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("a focus of a thing and a name, after a comma", () => {
	it.each([
		["groundwater, MODFLOW", "groundwater and MODFLOW"],
		["pipelines, Airflow", "pipelines and Airflow"],
		["Python, data modeling", "Python and data modeling"],
	])("%j is both", (text, want) => {
		expect(topicOf(text)).toBe(want);
	});
});

describe("a focus never loses its last noun", () => {
	it.each(["consistency on production runs", "uptime on nightly runs", "support for kids with special needs"])("%j stays whole", (text) => {
		expect(topicOf(text)).toBe(text);
	});
});

describe("a lone 'i' is 'I', 'diff' before a noun is 'different'", () => {
	it("in a focus", () => {
		expect(topicOf("how fast i can get CTO on local + ground")).toBe("how fast I can get CTO on local and ground");
		expect(topicOf("how fast i can get CTO on local and ground")).toBe("how fast I can get CTO on local and ground");
		expect(topicOf("clergy of diff faiths")).toBe("the clergy of different faiths");
	});
	it("in a highlight", () => {
		const diversion = said("the medical diversion on my last carrier (passenger cardiac event, i ran the AED & comms w/ cockpit)");
		expect(diversion).toContain("I ran the AED");
		expect(diversion).not.toMatch(/\bi\b/);
		const order = experienceOf("the 400-tumbler order i did at Cascade Glass, all w/in 2mm");
		expect(order.leftOut).toEqual([]);
		expect(order.reference).toBe("the 400-tumbler order I did at Cascade Glass (all within 2mm)");
		expect(said("the 30-piece commission i did for Hollis Inn")).toContain("I did for Hollis Inn");
		expect(said("12 diff COE glasses")).toContain("12 different COE glasses");
		expect(said("reviewed the diff before merge")).toContain("the diff before");
	});
});

describe("proper adjectives and months said back with their capitals", () => {
	it("names faiths and peoples", () => {
		expect(experienceOf("coordinated jewish + muslim same-day burials at Brookside").statement).toBe("I coordinated Jewish and Muslim same-day burials at Brookside.");
		expect(said("taught spanish and french to adult learners")).toContain("Spanish and French");
	});
	it("capitalises a month only where it is one", () => {
		expect(topicOf("her team needs 3 more court-qualified ppl by march")).toContain("by March");
		expect(said("passed the state exam in aug")).toContain("in August");
		expect(said("finished the audit before dec")).toContain("before December");
		expect(said("launched the menu in may")).toContain("in May");
		expect(said("led the march for the union")).toContain("the march for");
		expect(said("found that staff may need more training")).not.toContain("May");
	});
});

describe("'OR' after a place word is Oregon", () => {
	it.each([
		["regional signs in eastern OR", "regional signs in eastern Oregon"],
		["sign permits in OR", "sign permits in Oregon"],
	])("%j", (text, want) => {
		expect(topicOf(text)).toBe(want);
	});
	it("in a highlight too, but a clinic's OR stays", () => {
		expect(said("built 40 trail signs in central OR")).toContain("central Oregon");
		expect(said("3 yrs as circulating nurse, 2 yrs in OR")).not.toContain("Oregon");
	});
});

describe("'we' who were named stay 'we'", () => {
	it("splits the clause", () => {
		const e = experienceOf("co-interpreted a 6-hr oncology consult series at OHSU w/ a CDI and we rotated every 20 min");
		expect(e.statement).toBe("I co-interpreted a 6-hour oncology consult series at OHSU with a CDI, and we rotated every 20 minutes.");
		expect(said("ran the night audit with Dana and we cut errors 30%")).toContain("with Dana, and we cut");
		expect(said("ran the night audit with Dana and we cut errors 30%")).not.toContain("my team and I");
	});
	it("keeps 'my team and I' where no one was named", () => {
		expect(said("migrated the billing system and we cut costs 20%")).toContain("my team and I");
	});
});

describe("a team's need with its count", () => {
	it.each([
		["her team needs 3 more court-qualified ppl by march", "your team's need for 3 more court-qualified people by March"],
		["the clinic needs 2 more bilingual MAs", "your clinic's need for 2 more bilingual MAs"],
	])("%j", (text, want) => {
		expect(topicOf(text)).toBe(want);
	});
});

describe("a second achievement after the user's hours", () => {
	it("is its own, and 'the written' is an exam", () => {
		expect(experienceOf("140+ hrs of court work, passed the written for state court cert in aug").reference).toBe(
			"my track record of more than 140 hours of court work, and I passed the written exam for state court certification in August",
		);
		expect(experienceOf("300+ hrs of clinical hours, earned the CCC in may").reference).toMatch(/, and I earned the CCC in May$/);
		expect(said("took the oral for boards")).toContain("the oral exam for boards");
	});
});

describe("an article a hurried note dropped, where it is certain", () => {
	it.each([
		["debriefed w/ supervisor weekly", "I debriefed with my supervisor weekly."],
		["worked w/ CDI team at Salem courts", "I worked with the CDI team at the Salem courts."],
		["taught six-week intro course at community college", "I taught a six-week introductory course at a community college."],
		["led workshop at Portland schools", "I led a workshop at the Portland schools."],
		["met w/ mentor every week", "I met with my mentor every week."],
	])("%j", (text, want) => {
		expect(experienceOf(text).statement).toBe(want);
	});
	it("leaves a noun's modifier and a noun 'intro' alone", () => {
		expect(said("built a 12-week new-grad residency with preceptor pairing")).toContain("with preceptor pairing");
		expect(said("gave an intro to Python")).toContain("an intro to Python");
	});
});

describe("a second 'by' is how", () => {
	it.each([
		["cut waste ~15% by batch tracking", "I cut waste by about 15% through batch tracking."],
		["cut returns 20% by vendor scorecards", "I cut returns by 20% through vendor scorecards."],
	])("%j", (text, want) => {
		expect(experienceOf(text).statement).toBe(want);
	});
	it("keeps 'by' before a gerund", () => {
		expect(said("cut dough waste 30% by moving to overnight preferment")).toContain("by moving");
	});
});

describe("a certification with its level", () => {
	it("is held", () => {
		const e = experienceOf("Fear Free certified lvl 2, low-stress restraint for cats");
		expect(e.statement).toBe("I'm Fear Free certified (Level 2).");
		expect(e.leftOut).toEqual(["low-stress restraint for cats"]);
		expect(experienceOf("RECOVER certified level 1").statement).toBe("I'm RECOVER certified (Level 1).");
	});
});

describe("a focus asked of the user's experience", () => {
	it.each([
		["AAC evaluation experience with minimally verbal kids", "AAC evaluation with minimally verbal kids"],
		["feeding therapy experience with toddlers", "feeding therapy with toddlers"],
	])("%j is the work", (text, want) => {
		expect(topicOf(text)).toBe(want);
	});
	it("keeps an experience that is the topic", () => {
		expect(topicOf("patient experience with the new portal")).toBe("patient experience with the new portal");
	});
});

describe("'op' ending a role", () => {
	it("is its operator; 'ops' stays operations", () => {
		expect(roleExpanded("cellar op")).toBe("cellar operator");
		expect(roleWritten("forklift op, night shift")).toBe("forklift operator, night shift");
		expect(roleExpanded("cellar ops")).toBe("cellar operations");
		expect(roleExpanded("op lead")).toBe("op lead");
	});
});
