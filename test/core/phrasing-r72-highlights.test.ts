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
	it("'ol' before the name it abbreviates goes, and the name takes its capitals", () => {
		expect(experienceOf("said i did the ol operation lifesaver presentation at 2 schools in 2024").statement).toBe("I did the Operation Lifesaver presentation at 2 schools in 2024.");
	});
	it("a place typed in lower case takes the capitals the note gives it elsewhere, and is kept", () => {
		const names = ["Cedar Ridge", "Bayview"];
		const r = experienceOf("told her i implemented the surgical checklist at cedar ridge, SSI rate dropped from 4% to 1.2% over a yr", { names, reader: ["Dana Lee"] });
		expect(r.statement).toBe("I implemented the surgical checklist at Cedar Ridge, and the SSI rate dropped from 4% to 1.2% over a year.");
		expect(r.leftOut).toEqual([]);
		expect(experienceOf("i ran the venue partnership w 3 churches for the bayview chamber series, got free rent for program credit", { names }).statement).toMatch(/for the Bayview chamber series/);
		expect(experienceOf("did ~40 GDVs on overnight at cedar ridge, set up + anes solo", { names }).statement).toBe("I did about 40 GDVs on overnights at Cedar Ridge, setting up and running anesthesia solo.");
	});
	it("a measure the work brought down is said with 'which brought', never in brackets", () => {
		const r = experienceOf("built an online sub roster + call order at bayview, grievances down from 6 to 1", { names: ["Bayview"] });
		expect(r.statement).toBe("I built an online sub roster and call order at Bayview, which brought grievances down from 6 to 1.");
	});
	it("'power bi' is Power BI, and a dangling 'for 90-day' is told", () => {
		const r = experienceOf("told her i built the pickup report in power bi that cut forecast error from 12% to 5% for 90-day", { reader: ["Dana Lee"] });
		expect(r.statement).toBe("I built the pickup report in Power BI that cut forecast error from 12% to 5%.");
		expect(r.leftOut).toContain("for 90-day");
	});
	it("a group co-led with the chaplain takes its articles (review 70)", () => {
		expect(experienceOf("co-led grief group with chaplain").statement).toBe("I co-led a grief group with the chaplain.");
	});
	it("the brewer's TPO: written out, the change 'down from' one figure 'to' the other, the place capitalised", () => {
		const r = experienceOf("told her i got tpo from ~150ppb down to <50 at hopworks by fixing the CO2 purge + undercover gassing on the seamer", { names: ["Hopworks"], reader: ["Dana Lee"] });
		expect(r.statement).toBe("I got TPO down from about 150 ppb to under 50 at Hopworks by fixing the CO2 purge and undercover gassing on the seamer.");
	});
	it("a routine catches what it catches: 'which caught', before packaging", () => {
		expect(experienceOf("my forcing test + PCR routine, caught 2 batches before pkg last yr").reference).toBe("my forcing test and PCR routine, which caught 2 batches before packaging last year");
	});
	it("the calculation the user built is named, what it let 'us' do told", () => {
		const r = experienceOf("told her about the displacement calc i built at the marriott that let us take the 120 room pharma group on a compression wknd and still beat transient by 18k", { names: ["Marriott"], reader: ["Dana Lee"] });
		expect(r.reference).toBe("the displacement calculation I built at the Marriott");
		expect(r.statement).toBeNull();
		expect(r.leftOut.join(" ")).toMatch(/that let us take the 120 room pharma group/);
	});
	it("what the user got is more of their sentence, never a bracket", () => {
		expect(experienceOf("i ran the venue partnership w 3 churches for the bayview chamber series, got free rent for program credit", { names: ["Bayview"] }).statement).toBe(
			"I ran the venue partnership with 3 churches for the Bayview chamber series, and got free rent for program credit.",
		);
	});
	it("a name inside a wiki link is never rewritten: the link names a file", () => {
		expect(experienceOf("i wrote the [[cedar ridge]] onboarding guide", { names: ["Cedar Ridge"] }).statement).toBe("I wrote the cedar ridge onboarding guide.");
	});
});

