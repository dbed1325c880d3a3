// Reviews 70-72 (phrasing round 23).
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a change between two figures starts 'from' the first", () => {
	it("says 'from' where the note left it out", () => {
		expect(experienceOf("FAFSA completion went 48% to 81%").statement).toBe("FAFSA completion rose from 48% to 81%.");
		expect(experienceOf("NPS went 31 -> 58 after I rebuilt onboarding").statement).toBe("NPS went from 31 to 58 after I rebuilt onboarding.");
	});
	it("leaves a move to a place alone", () => {
		expect(experienceOf("went to 3 sites").statement).toBe("I went to 3 sites.");
	});
	it("names the change as a whole in a focus, not 'the 9% drop in churn to 4%'", () => {
		expect(topicOf("churn dropped 9% to 4% after my renewals playbook")).toBe("the churn falling from 9% to 4%");
		expect(topicOf("reading scores dropped 12% since 2022")).toBe("the 12% drop in reading scores");
	});
});

describe("a focus never ends on a word that opens what was cut", () => {
	it("drops a trailing 'after', 'with' or 'for'", () => {
		for (const text of ["churn dropped 9% to 4% after my renewals playbook", "FAFSA completion went 48% to 81% over two years with the new counselor model"]) {
			expect(topicOf(text) ?? "").not.toMatch(/ (?:after|with|for|over|in)$/);
		}
	});
});

describe("the user's own telling in a highlight is the letter's to say (reviews 71-72)", () => {
	const reader = { names: ["Olivia Park", "Harold Wynn"], reader: ["Olivia Park"], others: ["Harold Wynn"] };
	it("drops 'said i', 'explained how i', 'told her i' and keeps what was done", () => {
		expect(experienceOf("said i moved our RGI from 97 to 108 in 18 mos").statement).toMatch(/^I moved /);
		expect(experienceOf("explained how i restructured the services grid so we got extra rehearsal").statement).toMatch(/^I restructured /);
		expect(experienceOf("told her i managed 63 incoming loans for the quilt show", { reader: ["Jenna Whitfield"] }).statement).toBe("I managed 63 incoming loans for the quilt show.");
	});
	it("reads 'told her about X' as X", () => {
		expect(experienceOf("told her about the degree day trap network i set up w/ 14 growers", { reader: ["Mei Tanaka"] }).reference).toBe("the degree day trap network I set up with 14 growers");
	});
	it("keeps 'told her' when who she is cannot be known", () => {
		const e = experienceOf("told her i built the pickup report, Harold liked it", reader);
		expect([e.statement, e.reference].join(" ")).not.toMatch(/^I built/);
	});
	it("never says 'said I' or 'explained how I explained'", () => {
		for (const text of ["said i did the ol operation lifesaver presentation at 2 schools in 2024", "explained how i restructured the grid at bayview", "said i ran alcohol wash surveys on 120 colonies across 9 yards in 2025"]) {
			const e = experienceOf(text);
			expect([e.statement, e.statementMid, e.reference, e.short].join(" | ")).not.toMatch(/\bsaid I\b|explained how/i);
		}
	});
});
