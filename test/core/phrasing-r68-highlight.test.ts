// Reviews 67 and 68 (phrasing round 21, highlights): a figure opening a sentence keeps the next word small and a
// language its capital; availability is never work; "24hr" before a noun is "a 24-hour" one and a money figure
// before a singular noun takes "a"; a made thing is never a place ("where I"); names typed in small letters are told.
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const told = (text: string) => experienceOf(text).leftOut.join(" | ");

describe("a figure opening the sentence, a language, and a bare credential after a comma", () => {
	it("the reviewer's note", () => {
		const text = "40% of my caseload is spanish-speaking, medical interpreter cert";
		expect(said(text)).not.toMatch(/% Of\b/);
		expect(said(text)).toMatch(/40% of my caseload is Spanish-speaking/);
		expect(said(text)).not.toMatch(/interpreter/);
		expect(told(text)).toMatch(/medical interpreter cert/);
	});
	it("variants", () => {
		expect(said("30% of my students are french-speaking")).toMatch(/30% of my students are French-speaking/);
		expect(said("60% of the families I serve are vietnamese-speaking, food handler cert")).not.toMatch(/% The\b|handler/);
	});
});

describe("availability is never work", () => {
	it("the reviewer's note", () => {
		const text = "flexible on weekends, can start jan 11";
		expect(said(text)).toBe("");
		expect(told(text)).toMatch(/flexible on weekends/);
		expect(told(text)).toMatch(/can start jan 11/);
	});
	it("variants", () => {
		expect(said("available nights and weekends")).toBe("");
		expect(said("- cut wait times by 20%\n- open to nights")).not.toMatch(/nights/);
	});
});

describe("a span or a money figure before a singular noun", () => {
	it("the reviewer's note", () => {
		const text = "24hr turnaround on consults";
		expect(said(text)).not.toMatch(/24 hours turnaround/);
		expect(said(text)).toMatch(/a 24-hour turnaround on consults/);
	});
	it("managed $1.2M budget; moved giving to PCO", () => {
		const text = "managed $1.2M budget, moved giving to PCO in 2023";
		expect(said(text)).toMatch(/I managed a \$1\.2M budget/);
		expect(said(text)).not.toMatch(/giving/);
		expect(told(text)).toMatch(/moved giving to PCO/);
	});
	it("variants", () => {
		expect(said("- 48hr turnaround on permits\n- cut wait times by 20%")).toMatch(/a 48-hour turnaround on permits/);
		expect(said("ran $40k program for seniors")).toMatch(/ran a \$40,000 program/);
		expect(said("managed $2M in grants")).not.toMatch(/ a \$2M/);
	});
});

describe("a made thing is never a place", () => {
	it("the reviewer's note", () => {
		const text = "inspection checklist for returns, caught 2 items in 1 yr";
		expect(said(text)).not.toMatch(/\bwhere\b/);
		expect(said(text)).toMatch(/checklist for returns, with which I caught 2 items in a year/);
	});
	it("variants", () => {
		expect(said("intake tracker, caught 5 errors a week")).not.toMatch(/\bwhere\b/);
		expect(said("the coffee bag line, matched press proofs on kraft stock")).toMatch(/where I matched/);
	});
});

describe("names typed in small letters are told, and 'orgs' written out", () => {
	it("the reviewer's notes", () => {
		expect(said("grew sunnyside from 62 -> 88 kids in 18 mo")).not.toMatch(/sunnyside/);
		expect(told("grew sunnyside from 62 -> 88 kids in 18 mo")).toMatch(/sunnyside/);
		expect(said("6 yrs med gas @ st luke's expansion, ASSE 6010 current")).not.toMatch(/luke/i);
		expect(said("wrote TF protocol at mercy")).not.toMatch(/mercy/);
		expect(said("coordinated 14 orgs")).toMatch(/14 organizations/);
	});
	it("variants", () => {
		expect(said("grew maplewood from 40 to 65 members")).not.toMatch(/maplewood/);
		expect(said("grew enrollment from 62 to 88 kids")).toMatch(/grew enrollment from 62 to 88 kids/);
		expect(said("charge nurse at St Luke's for 3 yrs")).toMatch(/St Luke's/);
	});
});
