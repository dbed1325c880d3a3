// Items left at the last stop: a plural after what an -ing word acts on is its object ("catching BP drops early"),
// and a highlight opening on a place or a party is never "my work on the in …".
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;
const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("a plural after an -ing word's object is part of that object", () => {
	it("the hospice nurse's focus keeps its end", () => {
		expect(topicOf("patient safety / catching BP drops early")).toBe("patient safety and catching BP drops early");
	});
	it("variants", () => {
		expect(topicOf("safety and catching leaks early")).toBe("safety and catching leaks early");
		expect(topicOf("quality, tracking patient falls")).not.toMatch(/tracking patient$/);
		// A plural verb after a group is still a verb: the clause is not the topic.
		expect(topicOf("their billing team drops calls")).not.toMatch(/drops calls/);
	});
});

describe("a place or a party is never a thing worked on", () => {
	it("the reviewer's highlight is told, not said broken", () => {
		const e = experienceOf("in rural part of county");
		expect(said("in rural part of county")).not.toMatch(/on (?:the )?in\b/);
		expect(e.leftOut.join(" ")).toMatch(/rural part of county/);
	});
	it("variants", () => {
		for (const text of ["in ICU 3 yrs", "at county archives, 2 yrs", "for the city, 4 yrs"]) {
			expect(said(text), text).not.toMatch(/\bon (?:the )?(?:in|at|for)\b/);
			expect(experienceOf(text).leftOut.length, text).toBeGreaterThan(0);
		}
		expect(said("ran ICU step-down unit for 3 yrs")).toMatch(/I ran the ICU step-down unit/);
	});
});
