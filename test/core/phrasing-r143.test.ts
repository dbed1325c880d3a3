// What reviews 143-144 found: an oyster farm, patient transport dispatch, commercial HVAC, weights and measures, an ice
// rink, home health wound care, a cabinet shop and a DMV field office.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const now = new Date(2026, 11, 6, 9);
const clause = (text: string) => readNextSteps(text, { names: ["Bo Lee", "Bo"] }, now, now);

describe("focus (review 144)", () => {
	it("never makes a topic of a doing said of a pronoun ('our talk about killing them')", () => {
		const read = focusTopic("spray booth, conversion varnish, their rework rate on painted doors is killing them");
		expect(read.topic?.text).toBe("the spray booth");
		expect(read.topic?.text).not.toMatch(/\bthem$/);
	});

	it("takes what they asked the user to know as the topic, and experience as asked of the user", () => {
		expect(focusTopic("knowledge of CDL skills test scheduling + medical cert (MEC) entry").topic?.text).toBe("CDL skills test scheduling and medical certification entry");
		expect(focusTopic("experience with Epic").topic).toMatchObject({ text: "my experience with Epic", kind: "question" });
	});
});

describe("highlights (reviews 143-144)", () => {
	it("says a change from one figure to another once, and keeps it in the short form", () => {
		expect(experienceOf("Cut painted-door rework from ~12% to 3% at Oakline by switching to pre-cat + a sanding checklist").statement).toBe(
			"I cut painted-door rework from about 12% to 3% at Oakline by switching to pre-cat and a sanding checklist.",
		);
		expect(experienceOf("I cut average wait at the county tax office from 40 to 22 minutes by adding a triage desk").short).toBe("cutting average wait from 40 to 22 minutes");
	});

	it("keeps what became of what was appealed with it, never the strength cut to a weakness", () => {
		const read = experienceOf("wrote 120+ NOVs; 2 appealed, both upheld");
		expect(read.statement).toContain("both upheld");
		expect(read.leftOut).toEqual([]);
	});

	it("says what the user holds in their own present", () => {
		expect(experienceOf("hold all 6 CDFA license exams").statement).toBe("I hold all 6 CDFA license exams.");
	});
});

describe("next steps (review 144)", () => {
	it("names a post known by its initials", () => {
		expect(clause("DON to call by fri")?.clause).toBe("I understood the director of nursing would call by Friday 11 December");
	});

	it("reads a step without a condition no one is said to meet, and tells it", () => {
		const read = clause("Eligibility list published in ~3 wks, then 2nd interview if reachable in top 3 ranks");
		expect(read?.clause).not.toMatch(/\bif reachable\b/);
		expect(read?.leftOut).toEqual(["if reachable in top 3 ranks"]);
	});
});

describe("attachments (review 144)", () => {
	it("says a portfolio link as the user's portfolio, never its title in quotes", () => {
		const { interview } = parseInterview(
			{ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Alder Cabinetry", role: "Estimator", interview_start: "2026-12-03T10:00", interviewers: [{ name: "Gus Ward", email: "g@x.example", highlight: "built 40 kitchens", attachments: ["[Portfolio - kitchens & built-ins](https://drive.example/p)"] }] } },
			DEFAULT_SETTINGS,
			() => null,
		);
		const body = buildDrafts(interview!, "thank-you", { settings: { ...DEFAULT_SETTINGS, myName: "Ines Ruiz" }, now: local("2026-12-03T15:00") }).drafts[0].body;
		expect(body).toContain("portfolio of kitchens and built-ins");
		expect(body).not.toContain('"Portfolio - kitchens');
	});
});

describe("a round after the decision day, and a sleep lab's shorthand (reviews 141, 144)", () => {
	it("says the round waited on, never a day before it beside it", () => {
		const { interview } = parseInterview(
			{ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Northwood Arena", role: "Operations lead", interview_start: "2026-12-01T10:00", primary_contact: "Ana Ruiz <a@x.example>", interviewers: [{ name: "Ana Ruiz", email: "a@x.example" }], next_steps: "2nd round w/ ops director wk of 12/14", decision_expected: "2026-12-02" } },
			DEFAULT_SETTINGS,
			() => null,
		);
		const { drafts, warnings } = buildDrafts(interview!, "check-in", { settings: { ...DEFAULT_SETTINGS, myName: "Ines Ruiz" }, now: local("2026-12-19T09:00") });
		expect(drafts[0].body).toContain("a second round with the operations director in the week of 14 December");
		expect(drafts[0].body).not.toMatch(/2 December/);
		expect(warnings.join("\n")).toContain("name a round after decision_expected (Wednesday 2 December)");
	});

	it("writes out 'titr' and 'destr'", () => {
		expect(focusTopic("split-night protocol + CPAP/BiPAP titr, when to switch to ASV").topic?.text).toBe("the split-night protocol and CPAP/BiPAP titration");
	});
});
