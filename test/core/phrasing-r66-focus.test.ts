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
