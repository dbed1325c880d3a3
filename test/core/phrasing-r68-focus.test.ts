// Review 67 and 68 (phrasing round 21): focus topics.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a number glued to a name or a noun is never dropped; a lower-case initialism is said in capitals", () => {
	it("the reviewer's NFPA 13", () => {
		const t = topicOf("nfpa 13 knowledge + reading shop drawings") ?? "";
		expect(t).toMatch(/\bNFPA 13 knowledge\b/);
		expect(t).not.toMatch(/nfpa/);
	});
	it("variants", () => {
		expect(topicOf("acme 13 knowledge") ?? "").toMatch(/\bacme 13 knowledge\b/);
		expect(topicOf("total station + 360 cam") ?? "").toMatch(/\b360 cam\b/);
		expect(topicOf("osha compliance")).toBe("OSHA compliance");
		expect(topicOf("nfpa 13") ?? "").toMatch(/NFPA 13$/);
		expect(topicOf("shrink 2.1%")).toBe("shrink");
	});
});

describe("code initialisms read in expandShorthand, for a highlight as for a focus (review 68)", () => {
	it("says 'NFPA 13' in a highlight typed in lower case", () => {
		expect(experienceOf("designed nfpa 13 sprinkler systems for 40 warehouses").statement).toBe("I designed NFPA 13 sprinkler systems for 40 warehouses.");
	});
});
