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
		// The hours are the user's own: "tell you about my 400-plus hours …", never "about more than 400 hours" (review 118).
		expect(e.short ?? "").toMatch(/^my 400-plus hours on the Liebherr 280 EC-H$/);
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

describe("pasted shorthand is written out or left out", () => {
	it("the reviewer's call weekends, and a variant", () => {
		expect(said("took call q3 wknds at Providence for 2 yrs")).toMatch(/took call every third weekend at Providence/);
		expect(said("took call q3 wknds at Providence for 2 yrs")).not.toMatch(/\bq3\b|wknds/);
		expect(said("worked q2 nights in the ICU, zero falls")).toMatch(/every second night/);
	});
	it("the reviewer's cancelled flight: the place stays with the act", () => {
		const s = said("at Horizon I rebooked a full cxl'd 76-seat flight in under 40 min, zero escalations");
		expect(s).not.toMatch(/cxl|escalations at Horizon/);
		expect(s).toMatch(/rebooked a full cancelled 76-seat flight/);
		expect(said("at Delta I rerouted 200 bags in an hour, no complaints")).not.toMatch(/complaints at Delta/);
	});
	it("the reviewer's code average is cut, told", () => {
		const text = "closed out 90% of my flights on time, D0 avg 87% last yr";
		expect(said(text)).not.toMatch(/D0/);
		expect(experienceOf(text).leftOut.join(" ")).toMatch(/D0 avg 87%/);
		expect(said("cleared 95% of tickets same day, P1 avg 2 hrs")).not.toMatch(/P1/);
	});
	it("the reviewer's verbless comma part takes 'with', and 'prepped' is prepared", () => {
		const s = said("prepped 60+ probate petitions & inventories, zero rejections from the clerk in 2025");
		expect(s).toMatch(/I prepared more than 60 probate petitions and inventories, with zero rejections from the clerk in 2025/);
		expect(said("filed 30 liens, no returns from the county in 2024")).toMatch(/, with no returns from the county/);
	});
	it("the reviewer's lower-case places in brackets are cut, told", () => {
		const text = "couriered 3 loans (chicago, london)";
		expect(said(text)).not.toMatch(/chicago|london/);
		expect(experienceOf(text).leftOut.join(" ")).toMatch(/chicago, london/);
		expect(said("shipped 40 crates (denver, new york)")).not.toMatch(/boston/);
	});
});

describe("the user's own part after what someone else did is kept", () => {
	it("the reviewer's cannulations", () => {
		const text = "she watched me talk thru buttonhole technique, i've done ~1500 cannulations";
		for (const context of [{}, { reader: ["Maria Lopez"] }]) {
			const e = experienceOf(text, context);
			expect(e.statement).toBe("I've done about 1,500 cannulations.");
			expect(e.leftOut.join(" ")).toMatch(/she watched me/);
		}
	});
	it("a variant", () => {
		const e = experienceOf("he watched me run the code, I ran 40 codes as charge");
		expect(e.statement ?? "").toMatch(/^I ran 40 codes/);
		expect(said("he watched me run the code, I ran 40 codes as charge")).not.toMatch(/watched/);
	});
});

describe("a short form never cuts the reason off a stop", () => {
	it("the reviewer's shutdown", () => {
		const e = experienceOf("I shut down twice at Harbor Tower when gusts went over limit even w/ pressure from the GC");
		expect(e.short === null || / when /.test(e.short)).toBe(true);
		expect(e.statement ?? "").toMatch(/when gusts went over/);
	});
	it("variants", () => {
		for (const text of ["I stopped the line at Plant 3 when the guard interlock failed", "refused to sign off on the load because the straps were frayed"]) {
			const e = experienceOf(text);
			expect(e.short === null || / (?:when|because) /.test(e.short), text).toBe(true);
		}
	});
});

describe("a bracket of lower-case things that are no places stays", () => {
	it("fish", () => {
		expect(experienceOf("broke down whole fish daily at Lupa (halibut, branzino)").statement).toMatch(/halibut, branzino/);
	});
});
