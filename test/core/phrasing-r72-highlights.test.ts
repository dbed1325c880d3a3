import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

/** Review 72's highlights, as the letter says them. */
const said = (text: string) => {
	const r = experienceOf(text);
	return [r.statement, r.reference, r.short, ...r.more].filter((t) => t !== null).join(" | ");
};

describe("review 72: highlights said right or told", () => {
	it("the vet's solo anesthesia: the first clause said, the list and what follows it told; never 'stuff'", () => {
		const text = "i run solo anes on ASA 3s, capno + IBP, did 300+ cases last yr incl the brachy airway stuff";
		const r = experienceOf(text);
		expect(r.statement).toBe("I run anesthesia solo on ASA 3 patients.");
		expect(said(text)).not.toMatch(/\banes\b|capno|stuff|3s\b/);
		expect(r.leftOut).toEqual(["capno + IBP", "did 300+ cases last yr incl the brachy airway stuff"]);
	});
	it("the reporter's dailies said, the certification and the realtime list told", () => {
		const text = "i do dailies regularly, 225wpm cert, realtime to 3 attys on the Harlan trial w/ CaseViewNet";
		const r = experienceOf(text);
		expect(r.statement).toBe("I do dailies regularly.");
		expect(said(text)).not.toMatch(/attys|225wpm|realtime/);
		expect(r.leftOut).toContain("225wpm cert");
		expect(r.leftOut).toContain("realtime to 3 attys on the Harlan trial w/ CaseViewNet");
	});
	it("the beekeeper's tacked-on trials are told, never a noun glued on", () => {
		const text = "i ran alcohol wash surveys on 120 colonies across 9 yards in 2025, oxalic vapor trials";
		const r = experienceOf(text);
		expect(r.statement).toBe("I ran alcohol wash surveys on 120 colonies across 9 yards in 2025.");
		expect(r.leftOut).toContain("oxalic vapor trials");
	});
	it("'w' before a figure is 'with'", () => {
		const text = "i ran the venue partnership w 3 churches for the bayview chamber series, got free rent for program credit";
		expect(said(text)).toMatch(/partnership with 3 churches/);
		expect(said(text)).not.toMatch(/ w /);
	});
	it("overnights, and the anesthesia run solo", () => {
		const r = experienceOf("did ~40 GDVs on overnight at cedar ridge, set up + anes solo");
		expect(r.statement).toMatch(/^I did about 40 GDVs on overnights, setting up and running anesthesia solo\.$/);
	});
});
