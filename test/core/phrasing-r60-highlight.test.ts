// Review 60 (phrasing round 15): a plan is never said as done, a result of what the user helped with is never their
// own act, no framing is invented, pasted shorthand is mended or left out, the user's own part is kept, and a short
// form never cuts the reason off a stop.
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("a plan is never said as done", () => {
	it("the reviewer's exam", () => {
		const e = experienceOf("sitting for RVT in feb");
		expect(said("sitting for RVT in feb")).toBe("");
		expect(e.leftOut.join(" ")).toMatch(/sitting for RVT/);
	});
	it("variants", () => {
		for (const text of ["taking the NCLEX in march", "starting nights in june", "will finish my CDL in the spring", "plan to sit for the PE next year", "going to apply for charge nurse", "I'm sitting for the CPA exam in May"]) {
			expect(said(text), text).toBe("");
			expect(experienceOf(text).leftOut.length, text).toBeGreaterThan(0);
		}
	});
	it("what was done stays", () => {
		expect(said("sat for RVT in feb and passed")).not.toBe("");
		expect(said("started nights in june, precepted 2 new grads")).not.toBe("");
	});
});

describe("what the thing the user helped with raised is never their own act", () => {
	it("the reviewer's campaign", () => {
		const text = "helped run the organ restoration campaign at Grace, raised $65k";
		expect(said(text)).not.toMatch(/and raised|I raised/);
		expect(said(text)).toMatch(/helped run the organ restoration campaign at Grace/);
		expect(experienceOf(text).leftOut.join(" ")).toMatch(/raised \$65k/);
	});
	it("variants", () => {
		expect(said("helped organize the spring gala, raised over $40,000")).not.toMatch(/and raised/);
		expect(said("I helped plan the fleet switch, saved $12k a year")).not.toMatch(/and saved/);
		expect(experienceOf("I helped plan the fleet switch, saved $12k a year").leftOut.join(" ")).toMatch(/saved \$12k/);
	});
	it("the user's own raising stays", () => {
		expect(said("ran the organ restoration campaign at Grace, raised $65k")).toMatch(/raised \$65,000/);
	});
});

describe("no framing the user did not type", () => {
	it("the reviewer's crane hours", () => {
		const e = experienceOf("400+ hrs on the Liebherr 280 EC-H at the Harbor Tower job, mostly blind lifts w/ radio");
		expect(said("400+ hrs on the Liebherr 280 EC-H at the Harbor Tower job, mostly blind lifts w/ radio")).not.toMatch(/track record/);
		expect(e.short ?? "").toMatch(/^more than 400 hours on the Liebherr 280 EC-H$/);
	});
	it("a variant", () => {
		expect(said("1,200 hrs on the CAT 349 excavator")).not.toMatch(/track record/);
		expect(said("track record of 900 hours on the D8")).toMatch(/track record/);
	});
	it("the reviewer's years total is left out", () => {
		const text = "6 yrs total (4 Baird + 2 as asst at county hist society)";
		expect(said(text)).toBe("");
		expect(experienceOf(text).leftOut.join(" ")).toMatch(/6 yrs total/);
	});
	it("a variant with a rest", () => {
		const text = "9 years total, trained 14 new dispatchers";
		expect(said(text)).not.toMatch(/total/);
		expect(said(text)).toMatch(/trained 14 new dispatchers/);
		expect(experienceOf(text).leftOut.join(" ")).toMatch(/9 years total/);
	});
});
