// Left from earlier reviews: what people said is never a thing worked on, a shift said in the singular, an
// article never before a pronoun.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

describe("what people said", () => {
	it("is never a topic nor a thing worked on ('Techs at VCA asked to keep it')", () => {
		expect(focusTopic("Techs at VCA asked to keep it").topic).toBeNull();
		const e = experienceOf("Techs at VCA asked to keep it");
		expect([e.reference, e.short, e.statement]).toEqual([null, null, null]);
		expect(e.leftOut).toEqual(["Techs at VCA asked to keep it"]);
		expect(focusTopic("boss wanted faster turns").topic).toBeNull();
	});

	it("never reads 'they' after a cut subject as 'the you'", () => {
		const f = focusTopic("the nurses said they loved it");
		expect(f.topic).toBeNull();
		expect(f.leftOut).toEqual(["the nurses said they loved it"]);
	});

	it("keeps a plural noun phrase with no verb after it", () => {
		expect(focusTopic("process maps").topic?.text).toBe("process maps");
		expect(experienceOf("process maps").reference).toBe("my work on process maps");
	});
});

describe("a shift served", () => {
	it.each([
		["4 yrs overnight at VCA", "my 4 years on overnights at VCA"],
		["3 yrs night shift at Mercy", "my 3 years on the night shift at Mercy"],
		["2 yrs swing shifts", "my 2 years on the swing shift"],
		["4 years nights at Keystone", "my 4 years on nights at Keystone"],
	])("%s → %s", (note, said) => {
		expect(experienceOf(note).reference).toBe(said);
	});
});
