import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

/** How the general reading says a note's second doing, its years in a role and what it set up; read with the letter's reader known. */
const context = { reader: ["Priya Nand"], names: ["Priya Nand"] };
const read = (text: string) => experienceOf(text, context);

describe("a second doing after what the user is or has is more of their sentence, never a bracket", () => {
	it.each([
		["i have my CDL-A, drove doubles 3 winters", "I have my CDL-A, and I drove doubles for 3 winters."],
		["i live 10 min from the yard, did weekend call for 2 yrs", "I live 10 minutes from the yard, and I did weekend call for 2 years."],
		["i have NREMT, worked 911 nights on a busy rig", "I have NREMT, and I worked 911 nights on a busy rig."],
	])("%s", (note, said) => {
		expect(read(note).statement).toBe(said);
	});
	it("after the user's own past doing, a second one is joined with 'and'", () => {
		expect(read("i ran the morning board, covered 6 call-outs in one shift").statement).toBe("I ran the morning board, and covered 6 call-outs in one shift.");
		expect(read("i rebuilt the intake form, cut 2 days off each referral").statement).toBe("I rebuilt the intake form, which cut 2 days off each referral.");
		expect(read("passed every state inspection 3 yrs, trained 4 new cooks on HACCP logs").statement).toBe("I passed every state inspection for 3 years and trained 4 new cooks on HACCP logs.");
	});
	it("a bracket stays for what is no doing of the user's", () => {
		expect(read("i ran the front desk, 40 check-ins a night").statement).not.toMatch(/, and (?:I )?40\b/);
	});
});

describe("the years in a role, a credential held since, and what the user set up", () => {
	it("'my 3 yrs as a dispatcher, handled …' has its subject", () => {
		expect(read("my 3 yrs as dispatcher, handled 200 calls a shift").statement).toBe("I handled 200 calls a shift in my 3 years as a dispatcher.");
	});
	it("'i have X since March' is 'I've had'", () => {
		expect(read("i have my class A since march").statement).toBe("I've had my class A since March.");
		expect(read("i have two dogs").statement ?? "").not.toContain("I've had");
		// A doing since then is already a sentence, never "I've had worked".
		expect(read("i have worked nights since 2019").statement).toBe("I have worked nights since 2019.");
		expect(read("i have been a lead since march").statement).toBe("I have been a lead since March.");
	});
	it("'the X i set up' is said with the user first", () => {
		expect(read("told him about the key log i set up, zero lost keys in a year").statement).toBe("I set up the key log, with zero lost keys in a year.");
		expect(read("told him about the night audit checklist i built").statement ?? read("told him about the night audit checklist i built").reference ?? "").toMatch(/^(?:I built|the night audit checklist I built)/);
	});
});

describe("readings that would send half a sentence are told instead", () => {
	it("a count that opens a sentence with no subject is told", () => {
		const r = read("3 yrs at ups hub never missed a load");
		expect(r.statement).toBeNull();
		expect(r.leftOut).toEqual(["3 yrs at ups hub never missed a load"]);
	});
	it("a past verb read as a thing is told, never 'my work on the balanced to …'", () => {
		const r = read("balanced to the penny 9 mo straight at first federal");
		expect(r.reference ?? "").not.toMatch(/^my work on the balanced/);
		expect([r.statement, r.reference].every((t) => t === null) || (r.statement ?? r.reference ?? "").startsWith("I ")).toBe(true);
	});
	it("a doing left bare between two commas is told", () => {
		const r = read("told her about the chiller at the plant, found a bad relay, fixed the restarts");
		expect([r.statement, r.reference, r.short].join(" ")).not.toMatch(/, found a bad relay, where I/);
	});
	it("'confined space' is a kind of space, never 'I confined'", () => {
		expect(read("confined space entrant cert, bump test every shift").statement ?? "").not.toMatch(/^I confined/);
		expect(read("i confined the spill to the bay").statement).toBe("I confined the spill to the bay.");
	});
});
