// Review 69 and 70 (phrasing round 22): focus topics.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a focus opening with a doubt about the user is left out, never 'the if'", () => {
	it("the reviewer's heights and confined spaces", () => {
		const r = focusTopic("if im ok w/ heights + confined spaces (hoistway, pit work)");
		expect(r.topic).toBeNull();
		expect(r.leftOut.join(" ")).toMatch(/heights/);
	});
	it("variants", () => {
		expect(topicOf("whether i'm comfortable on night shifts")).toBeNull();
		expect(topicOf("if my lifting is enough for the role")).toBeNull();
		expect(topicOf("heights and confined spaces") ?? "").not.toMatch(/\bthe if\b/);
	});
});

describe("an identity word the note capitalised keeps its capital", () => {
	it("the reviewer's Deaf community trust", () => {
		expect(topicOf("Deaf community trust")).toMatch(/^Deaf community trust$/);
	});
	it("variants", () => {
		expect(topicOf("Black maternal health outcomes") ?? "").toMatch(/\bBlack maternal\b/);
		expect(topicOf("outreach to Indigenous families") ?? "").toMatch(/\bIndigenous families\b/);
		expect(topicOf("deaf community trust") ?? "").toMatch(/\bdeaf community\b/);
		expect(topicOf("Black box testing") ?? "").not.toMatch(/\bBlack box\b/);
	});
});

describe("a second clause tacked on with '+' is told, not said in the topic", () => {
	it("the reviewer's IV infiltration protocol", () => {
		const r = focusTopic("their team is rolling out a new IV infiltration protocol + wants bedside RNs to help teach it");
		expect(r.topic?.text ?? "").toMatch(/rolling out a new IV infiltration protocol$/);
		expect(r.leftOut.join(" ")).toMatch(/wants bedside RNs to help teach it/);
	});
	it("variant", () => {
		const t = topicOf("their unit is piloting a new falls checklist + hopes nurses will champion it") ?? "";
		expect(t).not.toMatch(/\band hopes\b/);
	});
});

describe("a team's boast is no topic", () => {
	it("the reviewer's load-ins", () => {
		const t = topicOf("his team does load-ins in under 10 hrs and they need the co mgr to have per diems + housing locked 3 wks out");
		expect(t ?? "").not.toMatch(/under 10/);
	});
	it("variant", () => {
		expect(topicOf("their crew turns rooms in under 20 min") ?? "").not.toMatch(/under 20/);
	});
});

describe("'pax' beside an event is guests, never passengers", () => {
	it("the reviewer's plated dinners", () => {
		const t = topicOf("running 400+ pax plated dinners w/ a green crew") ?? "";
		expect(t).not.toMatch(/passengers/);
		expect(t).toMatch(/plated dinners for more than 400 guests/);
	});
	it("variants", () => {
		expect(topicOf("running 200 pax galas") ?? "").toMatch(/galas for 200 guests/);
		expect(topicOf("banquet setups for big pax counts") ?? "").not.toMatch(/passengers/);
	});
});

describe("'pax' read in expandShorthand, for a focus and a highlight alike (reviews 69, 70)", () => {
	it("is guests beside an event, passengers beside travel", () => {
		const gala = experienceOf("capt for 450 pax gala at the Riverside, 3 course plated");
		expect([gala.reference, gala.statement, ...gala.more].join(" ")).not.toMatch(/passengers/);
		expect(experienceOf("gate agent, boarded 180 pax a flight").reference).toMatch(/180 passengers a flight/);
	});
});
