import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

/** Reviews 83-84's highlights, read as the drafts read them: with the letter's reader known. */
const context = { reader: ["Dana Ruiz"], names: ["Dana Ruiz"] };
const read = (text: string) => experienceOf(text, context);

describe("reviews 83-84: highlights said right or told", () => {
	it("an arrow between two nouns before a flow is 'X-to-Y workflow', never a comma", () => {
		const r = read("set up the exocad -> milling flow at my last lab, cut turnaround from 12 days to 8");
		expect(r.statement).toBe("I set up the exocad-to-milling workflow at my last lab and cut turnaround from 12 days to 8.");
	});
	it("'dischg' is discharge, 'tat' turnaround time, 'mercy' the hospital", () => {
		const r = read("told him i got dischg-to-clean-ready tat from 92 to 48 min on nights at mercy w/ bed tracking pages");
		expect(r.statement).toBe("I got the discharge-to-clean-ready turnaround time from 92 to 48 minutes on nights at Mercy with bed tracking pages.");
	});
	it("'pass rate 71 -> 94%' runs from 71% to 94%; 'atp' is ATP", () => {
		const r = read("ran atp swab audits weekly, got high-touch pass rate 71 -> 94% in 6 mo");
		expect(r.statement).toBe("I ran ATP swab audits weekly and brought the high-touch pass rate up from 71% to 94% in 6 months.");
	});
	it("'sensory friendly sat mornings', '2x wk', 'title I' are said in full", () => {
		expect(read("co-ran sensory friendly sat mornings, trained 14 volunteers").reference).toBe("the time I co-ran sensory-friendly Saturday mornings");
		expect(read("ran 'little explorers' toddler drop in 2x wk for 2 yrs, avg 35 kids+grown-ups").statement).toMatch(/toddler drop-in twice a week for 2 years\.$/);
		expect(read("told her about the bus-fund partnership i set up w/ 3 title I schools at the children's museum, field trips up 60%").reference).toMatch(/with 3 Title I schools/);
	});
	it("'hurricane ian cat deployment 2022, ~140 files closed' is the Hurricane Ian catastrophe deployment in 2022, closing the files", () => {
		const r = read("told her i worked the hurricane ian cat deployment 2022, ~140 files closed in 6 wks, xactimate cert level 2");
		expect(r.statement).toBe("I worked the Hurricane Ian catastrophe deployment in 2022, closing about 140 files in 6 weeks.");
		expect(r.leftOut).toEqual(["xactimate cert level 2"]);
	});
	it("aircraft types in capitals; '0 W&B errors flagged in audit 2 yrs running' is a result, joined with 'with zero'", () => {
		const r = read("did load control for q400s + e175s at horizon, 0 W&B errors flagged in audit 2 yrs running");
		expect(r.statement).toBe("I did load control for Q400s and E175s at Horizon, with zero W&B errors flagged in audits two years running.");
	});
	it("'strip/wax + burnish rotation' is one rotation, never cut at the '+'", () => {
		const r = read("did strip/wax + burnish rotation for 3 floors at county nursing home, no slip incidents 2 yrs");
		expect(r.statement).toBe("I did the strip, wax and burnish rotation for 3 floors at the county nursing home, with no slip incidents in 2 years.");
		expect(r.leftOut).toEqual([]);
	});
	it("status fragments before the work are told, the work said", () => {
		const r = read("FFT1 done, FIRB taskbook open, fired 2 miles of handline on the Creek fire");
		expect(r.statement).toBe("I fired 2 miles of handline on the Creek fire.");
		expect(r.reference).not.toMatch(/FFT1|FIRB/);
		expect(r.leftOut).toEqual(["FFT1 done", "FIRB taskbook open"]);
	});
	it("'told him abt the 2025 Dixie spot fire where i pulled my sqd …' is a reference, the squad spelled out", () => {
		const r = read("told him abt the 2025 Dixie spot fire where i pulled my sqd off the line when the lookout lost comms");
		expect(r.statement).toBeNull();
		expect(r.reference).toBe("the 2025 Dixie spot fire, where I pulled my squad off the line when the lookout lost communication");
	});
	it("the PT program on an engine, Von Duprin retrofits at St. Mark's, a master key system: said, no longer withheld", () => {
		expect(read("i ran the pt program on engine 3 last season, zero lost time injuries").statement).toBe("I ran the PT program on engine 3 last season, with zero lost-time injuries.");
		expect(read("did 12 von duprin EL retrofits at st marks school").statement).toBe("I did 12 Von Duprin EL retrofits at St. Mark's school.");
		expect(read("walked him thru the 4-level mk system i built for the dentist office complex (22 doors)").reference).toBe("the 4-level master key system I built for the dentist office complex (22 doors)");
	});
});
