// Review 77: a chaplain's "burnout, self care, how i handle 3 deaths in one day" was left out as criticism of the team;
// burnout beside the user's own self-care says nothing wrong with anyone.
import { describe, expect, it } from "vitest";
import { criticises } from "../../src/core/private-remarks";

describe("burnout beside self-care (review 77)", () => {
	it("is no criticism", () => {
		expect(criticises("burnout, self care, how i handle 3 deaths in one day")).toBe(false);
		expect(criticises("resilience and burnout prevention")).toBe(false);
	});
	it("is, of a team", () => {
		expect(criticises("burnout on the unit, they lost 6 RNs")).toBe(true);
		expect(criticises("staff burnout, how i handle it is not the point, the unit is a mess")).toBe(true);
	});
});

describe("a conflict the user named in their own words (review 83)", () => {
	it("is criticism, never said back", () => {
		expect(criticises("sharing the spring concert + the winter concert scheduling fight, collaboration")).toBe(true);
		expect(criticises("the turf war between rec and travel")).toBe(true);
	});
	it("is not, for the work of fighting fires", () => {
		expect(criticises("firefighting on the line")).toBe(false);
	});
});
