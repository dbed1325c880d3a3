// Review 64 (phrasing round 18): what the interviewer did, a private grade, a certificate and a business name in
// lower case are told, never said; a result is never "how 40% Drop …"; a short form never ends on a bare span;
// a program name is worked on, equipment never; a sentence leaning on "it" is never "also".
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const told = (text: string) => experienceOf(text).leftOut.join(" | ");

describe("what she, he or the interviewer did is never the user's experience", () => {
	it("the reviewer's note", () => {
		const text = "She asked about my time at the free clinic in Tacoma.";
		expect(said(text)).toBe("");
		expect(told(text)).toMatch(/She asked about my time/);
	});
	it("variants", () => {
		const text = "Led the triage redesign. He asked me to present it to the board.";
		expect(said(text)).not.toMatch(/\b(?:he|she) asked/i);
		expect(said(text)).toMatch(/led the triage redesign/);
		expect(told(text)).toMatch(/He asked me to present it/);
		expect(said("The interviewer mentioned my ICU years.")).toBe("");
		expect(said("They asked about the Boeing audit")).toBe("");
	});
});

describe("a private grade of how it went is told", () => {
	it("the reviewer's note", () => {
		const text = "did ok on the sim (Astoria approach, ebb tide, 900ft container ship)";
		expect(said(text)).not.toMatch(/did ok/);
		expect(told(text)).toMatch(/did ok on the sim/);
	});
	it("variants", () => {
		expect(said("did fine on the written test")).toBe("");
		expect(said("I did okay on the bridge sim")).toBe("");
		expect(told("did alright on the checkride")).toMatch(/alright/);
	});
});

describe("a certificate is never a thing worked on", () => {
	it("the reviewer's list item", () => {
		expect(said("RECOVER BLS+ALS 2024")).not.toMatch(/work on/);
		expect(told("RECOVER BLS+ALS 2024")).toMatch(/RECOVER BLS\+ALS 2024/);
	});
	it("a variant", () => {
		expect(said("PALS ACLS 2023")).not.toMatch(/work on/);
		expect(told("PALS ACLS 2023")).toMatch(/PALS ACLS 2023/);
	});
});

describe("a lower-case business name with '&' is told", () => {
	it("the reviewer's note", () => {
		expect(said("12 yrs owning spoke & chain")).not.toMatch(/spoke and chain/);
		expect(told("12 yrs owning spoke & chain")).toMatch(/spoke & chain/);
	});
	it("a variant", () => {
		expect(said("8 years running bread & butter")).not.toMatch(/bread and butter/);
		expect(told("8 years running bread & butter")).toMatch(/bread & butter/);
	});
});
