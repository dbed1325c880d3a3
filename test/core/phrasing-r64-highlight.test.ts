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

describe("a figure and a change opening a highlight is a result", () => {
	it("the reviewer's note", () => {
		const e = experienceOf("40% drop in recordables at my last site in 18 mo");
		expect(said("40% drop in recordables at my last site in 18 mo")).not.toMatch(/how 40%|\b40% Drop/);
		expect(e.reference ?? "").toBe("the 40% drop in recordables at my last site over 18 months");
		expect(e.statement).toBeNull();
	});
	it("variants", () => {
		expect(said("30% Cut in overtime across 3 plants")).not.toMatch(/how 30%| Cut\b/);
		expect(experienceOf("2x increase in referrals in 6 mo").reference).toBe("the 2x increase in referrals over 6 months");
	});
});

describe("a short form never ends on a bare span", () => {
	it("the reviewer's note", () => {
		const e = experienceOf("Spent 5 yrs at the Innocence Project NW locating and interviewing recanting witnesses, including two who later testified.");
		expect(e.short ?? "").not.toMatch(/\b5 years$/);
	});
	it("a variant", () => {
		expect(experienceOf("Spent 3 yrs at Legal Aid NW drafting and filing eviction defenses, including two that went to trial.").short ?? "").not.toMatch(/\b(?:years|months)$/);
	});
});

describe("a program name is no gerund", () => {
	it("the reviewer's list item", () => {
		const text = "hearing conservation program (audiograms for 200+ workers)";
		expect(said(text)).not.toMatch(/my experience hearing/);
		expect(said(text)).toMatch(/my work on the hearing conservation program/);
	});
	it("a variant", () => {
		expect(said("welding safety program (audits for 40 welders)")).not.toMatch(/my experience welding/);
		expect(said("lifting safety plan (for 60 riggers)")).toMatch(/my work on the lifting safety plan/);
	});
});

describe("equipment is never worked on", () => {
	it("the reviewer's note", () => {
		const text = "total station + 360 cam, did the Burnside stabbing scene recon";
		expect(said(text)).not.toMatch(/work on the total station|where I did/);
		expect(told(text)).toMatch(/total station/);
	});
	it("a variant", () => {
		expect(said("drone + lidar, mapped the Cedar Creek slide")).not.toMatch(/work on the drone/);
		expect(told("drone + lidar, mapped the Cedar Creek slide")).toMatch(/drone/);
	});
});

describe("a sentence leaning on 'it' is never 'also'", () => {
	it("the reviewer's note", () => {
		const text = "I do a 2 min huddle at shift change w/ techs. Started it after a bad GDV night. Techs at VCA asked to keep it.";
		expect(said(text)).not.toMatch(/also started it|after a bad GDV night/);
		expect(told(text)).toMatch(/after a bad GDV night/);
	});
	it("a variant", () => {
		expect(said("I run a weekly safety walk. Expanded it to the night crew.")).not.toMatch(/also expanded it/);
		expect(said("I run a weekly safety walk. Expanded it to the night crew.")).toMatch(/I expanded it to the night crew/);
	});
});
