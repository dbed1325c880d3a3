// Review 62 (phrasing round 17): pasted shorthand written out ("pref", "occ", "stoich"), a teacher's unit is theirs, a
// bracket naming which one is told, a moved figure after a semicolon is never pulled into an aside.
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const told = (text: string) => experienceOf(text).leftOut.join(" | ");

describe("pasted shorthand is written out", () => {
	it("the reviewer's notes", () => {
		expect(said("built the guest pref database at the Alden (2,000+ profiles)")).toMatch(/guest preference database/);
		expect(said("96% occ")).not.toMatch(/\bocc\b/);
		expect(said("96% occ")).toMatch(/96% occupancy/);
	});
	it("variants", () => {
		expect(said("set up the pref center for members")).toMatch(/the preference center/);
		expect(said("kept 88% occ through winter")).toMatch(/88% occupancy through winter/);
		expect(said("my pref is nights")).not.toMatch(/preference/);
	});
});

describe("a rewritten unit, its private bracket and a later figure", () => {
	const text = "rewrote stoich unit as a phenomenon-based unit (the airbag one); AP enrollment 11 -> 27 over 3 yrs";
	it("the reviewer's note", () => {
		expect(experienceOf(text).statement).toMatch(/^I rewrote my stoichiometry unit as a phenomenon-based unit/);
		expect(said(text)).not.toMatch(/airbag|\(AP enrollment|; AP enrollment|stoich unit/);
		expect(told(text)).toMatch(/\(the airbag one\)/);
		expect(said(text) + told(text)).toMatch(/AP enrollment/);
	});
	it("variants", () => {
		expect(said("redesigned ecology unit around the creek; pass rate 60% -> 85%")).not.toMatch(/\(pass rate|; pass rate/);
		expect(said("rebuilt the intake form; wait list 40 -> 12 in 2 months")).not.toMatch(/\(wait list/);
		expect(told("rebuilt the intake form; wait list 40 -> 12 in 2 months")).toMatch(/wait list 40 to 12/);
		expect(said("built the reading nook (the one with the ramp) for grade 2")).toMatch(/built the reading nook for grade 2/);
		expect(told("built the reading nook (the one with the ramp) for grade 2")).toMatch(/the one with the ramp/);
		expect(experienceOf("revamped chemistry unit on gases").statement).toMatch(/^I revamped my chemistry unit on gases\.$/);
	});
});

describe("a list typed in YAML is read an item at a time", () => {
	// A YAML list arrives one item a line.
	const list = ["~150 waterbirths", "set up nitrous protocol at Valley", "used athena 3 yrs"].join("\n");
	it("the reviewer's list", () => {
		const e = experienceOf(list);
		expect(e.statement).toBe("I set up the nitrous protocol at Valley.");
		expect(said(list)).not.toMatch(/athena|waterbirths/);
		expect(e.leftOut.join(" | ")).toMatch(/150 waterbirths/);
		expect(e.leftOut.join(" | ")).toMatch(/used athena 3 yrs/);
	});
	it("variants", () => {
		const other = ["~40 codes", "wrote sepsis checklist for the ED", "ran the triage desk on nights"].join("\n");
		expect(experienceOf(other).statement).toBe("I wrote the sepsis checklist for the ED.");
		expect(said(other)).toMatch(/I ran the triage desk on nights\./);
		expect(told(other)).toMatch(/40 codes/);
		expect(said("used athena 3 yrs")).toBe("");
		expect(told("used athena 3 yrs")).toMatch(/athena/);
		expect(said("used postgres 2 yrs")).toMatch(/Postgres/);
		expect(said(["set up the float pool", "used cerbo 2 yrs"].join("\n"))).not.toMatch(/cerbo/);
	});
});
