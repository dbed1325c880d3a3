// Review 65 and 66 (phrasing round 20): focus topics round 19 left.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a relative clause without 'that' is never cut after its subject", () => {
	it("the reviewer's student wellbeing after the losses", () => {
		const r = focusTopic("She cares a lot about student wellbeing after the two losses the school had last spring. She wants the counselor to work closely with campus ministry on grief support.");
		expect(r.topic?.text ?? "").not.toMatch(/the school$/);
		expect(r.topic?.text).toBe("student wellbeing");
		expect(r.leftOut.join(" ")).toMatch(/the two losses the school had last spring/);
	});
	it("variants: the clause is said whole, or the topic stops before its phrase", () => {
		expect(topicOf("the tools the team uses daily")).toBe("the tools the team uses daily");
		expect(topicOf("budgets for the programs the district runs each year") ?? "").not.toMatch(/the district$/);
		expect(topicOf("the tools the team uses daily to triage tickets from customers") ?? "").not.toMatch(/the team$/);
		expect(topicOf("teaching kids the basics of sailing")).toBe("teaching kids the basics of sailing");
	});
});

describe("no 'the' before a field of therapy; a dropped parenthesis of a one-item focus is told", () => {
	it("the reviewer's music therapy", () => {
		const r = focusTopic("procedural support music therapy (pain + anxiety during lumbar punctures, port access)");
		expect(r.topic?.text).toBe("procedural support music therapy");
		expect(r.leftOut.join(" ")).toMatch(/lumbar punctures, port access/);
	});
	it("variants", () => {
		expect(topicOf("pediatric speech therapy")).toBe("pediatric speech therapy");
		expect(topicOf("group therapy for teens")).toBe("group therapy for teens");
		expect(focusTopic("grant writing (federal and state foundation applications)").leftOut).toContain("federal and state foundation applications");
		expect(focusTopic("grant writing (federal)").leftOut).not.toContain("federal");
		expect(focusTopic("AP Chem pass rates are low (52%)").leftOut).not.toContain("52%");
	});
});

describe("'on first try' reads 'on the first try'", () => {
	it("the reviewer's NRC exam", () => {
		expect(topicOf("passing the NRC exam on first try")).toBe("passing the NRC exam on the first try");
	});
	it("variants: attempt, first time, and a determiner kept", () => {
		expect(topicOf("passing the exam on first attempt")).toBe("passing the exam on the first attempt");
		expect(topicOf("passing boards first time")).toBe("passing boards the first time");
		expect(topicOf("a first time manager")).toBe("a first time manager");
	});
});
