// Review 62 (phrasing round 16): experience is never "work on" it, a later part keeps its place or is told, years
// before a bare name are never given a guessed "on", a clause is its own sentence, slang is told, "never missed" is
// the user's own record.
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const told = (text: string) => experienceOf(text).leftOut.join(" | ");

describe("experience at a place keeps the place", () => {
	it("the reviewer's NICU note", () => {
		const text = "HFOV + NAVA experience at Mercy level III NICU; I helped write the weaning protocol";
		expect(said(text)).not.toMatch(/work on/);
		expect(said(text)).toMatch(/my HFOV and NAVA experience at Mercy/);
		expect(said(text)).not.toMatch(/^I helped write the weaning protocol\.$|\| I helped write the weaning protocol\./);
		expect(told(text)).toMatch(/weaning protocol/);
	});
	it("variants", () => {
		expect(said("ECMO experience at St. Luke's; I rewrote the cannulation checklist")).not.toMatch(/work on|I rewrote the cannulation checklist\./);
		expect(told("ECMO experience at St. Luke's; I rewrote the cannulation checklist")).toMatch(/cannulation checklist/);
		expect(said("PLC experience at Daimler")).toMatch(/my PLC experience at Daimler/);
	});
});

describe("years before a bare name get no guessed 'on'", () => {
	it("the reviewer's notes", () => {
		expect(said("6 yrs CWI incl ABS surveys on OSV hulls")).not.toMatch(/years on CWI/);
		expect(told("6 yrs CWI incl ABS surveys on OSV hulls")).toMatch(/6 yrs CWI/);
		expect(said("6 yrs BNSF Pasco sub")).toBe("");
		expect(told("6 yrs BNSF Pasco sub")).toMatch(/BNSF Pasco sub/);
	});
	it("variants", () => {
		expect(said("12 yrs Boeing Renton plant, led the 787 wing team")).not.toMatch(/years (?:on|in) Boeing/);
		expect(said("12 yrs Boeing Renton plant, led the 787 wing team")).toMatch(/led the 787 wing team/);
		expect(told("12 yrs Boeing Renton plant, led the 787 wing team")).toMatch(/12 yrs Boeing Renton plant/);
		expect(said("4 years on the BNSF Pasco sub")).toMatch(/on the BNSF Pasco sub/);
	});
});

describe("a clause is a sentence of its own", () => {
	it("the reviewer's preceptees", () => {
		const text = "100% of my 6 preceptees passed competencies 1st try";
		expect(said(text)).not.toMatch(/track record of|work on/);
		expect(experienceOf(text).statement).toMatch(/^100% of my 6 preceptees passed competencies on the first try\.$/);
	});
	it("a variant", () => {
		expect(said("90% of my students passed the AP exam")).not.toMatch(/track record of|work on/);
		expect(experienceOf("90% of my students passed the AP exam").statement).toMatch(/^90% of my students passed the AP exam\.$/);
	});
});

describe("slang is told, never said", () => {
	it("the reviewer's renovation", () => {
		const text = "the 1910 craftsman reno on Alder st, built-ins + scribed everything to 3/4\" outta plumb";
		expect(said(text)).not.toMatch(/outta/);
		expect(told(text)).toMatch(/outta plumb/);
		expect(told(text)).toMatch(/craftsman reno/);
	});
	it("variants", () => {
		expect(said("rebuilt the deck stairs, kinda rushed")).not.toMatch(/kinda/);
		expect(told("rebuilt the deck stairs, kinda rushed")).toMatch(/kinda rushed/);
		expect(said("rebuilt the deck stairs, kinda rushed")).toMatch(/rebuilt the deck stairs/);
	});
});

describe("'never missed' is the user's own record", () => {
	it("the reviewer's muster", () => {
		expect(experienceOf("never missed a muster in 2 yrs").statement).toBe("I never missed a muster in two years.");
	});
	it("a variant", () => {
		expect(experienceOf("never missed a shift in 3 years").statement).toBe("I never missed a shift in three years.");
		expect(experienceOf("never lost a patient on my watch").statement).toMatch(/^I never lost a patient/);
	});
});
