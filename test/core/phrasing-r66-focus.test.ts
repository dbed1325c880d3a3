// Review 65 and 66 (phrasing round 19): focus topics that were broken, shrunk, dropped or withheld wrongly.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a comp plan being updated is a comprehensive plan, never pay", () => {
	it("the reviewer's comp plan update", () => {
		const r = focusTopic("equity in the comp plan update");
		expect(r.withheld).toBeUndefined();
		expect(r.topic?.text).toBe("equity in the comprehensive plan update");
	});
	it("variants: an amendment is a plan; comp alone is still pay", () => {
		expect(topicOf("housing policy in the comp plan amendment")).toMatch(/comprehensive plan amendment$/);
		expect(focusTopic("her comp plan").withheld).toBe("pay");
		expect(focusTopic("comp plan and bonus").withheld).toBe("pay");
	});
});

describe("a short list of noun phrases is a topic; a month after 'in' is no lower-case name", () => {
	it("the reviewer's HACCP list (a YAML list reaches the focus one item a line)", () => {
		const r = focusTopic("HACCP plan\nSQF audit in march\nlisteria environmental swabs");
		expect(r.topic?.text).toMatch(/HACCP plan/);
		expect(r.topic?.text).toMatch(/SQF audit in March/);
	});
	it("variant: another month, and a name after 'in' is still left out", () => {
		expect(topicOf("lockout program\nOSHA audit in june")).toMatch(/OSHA audit in June/);
		expect(topicOf("waterbirth\ncharting in athena") ?? "").not.toMatch(/athena/i);
	});
});

describe("'<group> need(s) <thing>' is the thing for the group, never the group alone", () => {
	it("the reviewer's athletes", () => {
		const r = focusTopic("his athletes need NCAA eligibility tracking");
		expect(r.topic?.text).toMatch(/^NCAA eligibility tracking\b/);
		expect(r.topic?.text).not.toBe("athletes");
	});
	it("variants: another group; a need that is no noun phrase is left out", () => {
		expect(topicOf("their students need tutoring in algebra")).toMatch(/^tutoring in algebra\b/);
		for (const text of ["his athletes need to pass", "his kids need him home"]) {
			const r = focusTopic(text);
			expect(r.topic, text).toBeNull();
			expect(r.leftOut.length, text).toBeGreaterThan(0);
		}
	});
});

describe("a plain hyphened adjective and a noun phrase is a topic", () => {
	it("the reviewer's trauma-informed home studies", () => {
		expect(topicOf("trauma-informed home studies")).toBe("trauma-informed home studies");
	});
	it("variants", () => {
		expect(topicOf("data-informed decisions")).toBe("data-informed decisions");
		expect(topicOf("grief-informed care")).toBe("grief-informed care");
	});
});
