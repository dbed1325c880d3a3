import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";
import { privateRemark } from "../../src/core/private-remarks";

/** Reviews 75-76's highlights, read as the drafts read them: with the letter's reader known. */
const context = { reader: ["Dana Ruiz"], names: ["Dana Ruiz"] };
const read = (text: string) => experienceOf(text, context);

describe("reviews 75-76: highlights said right or told", () => {
	it("'comp lab' is a compounding lab, never pay; 'total comp' still is", () => {
		const text = "told her i rewrote our BUD policy at walgreens comp lab after the 2023 usp update + trained 6 techs on it";
		const r = read(text);
		expect(r.withheld).toBeUndefined();
		expect(r.statement).toBe("I rewrote my team's BUD policy at the Walgreens compounding lab after the 2023 USP update and trained 6 techs on it.");
		expect(privateRemark("asked about comp pharmacy hours and the comp room", "highlight")).toBeNull();
		expect(privateRemark("they offered comp 85k", "highlight")).toBe("pay");
		expect(privateRemark("total comp is low", "highlight")).toBe("pay");
		expect(privateRemark("the comp package", "highlight")).toBe("pay");
	});
	it("'agmt', 'prev school', '/day avg' are written out", () => {
		expect(read("told her i set up the articulation agmt w/ riverbend CC, transfer apps +40% in 2 yrs").statement).toMatch(/^I set up the articulation agreement with riverbend CC\b/);
		expect(read("told her i built the admitted student txt campaign at prev school, yield up 3 pts in one cycle").statement).toMatch(/^I built the admitted student text campaign at my previous school\b/);
		expect(read("told him i did 9-10 units/day avg at Otis on maint routes + cleared a 300 unit backlog for the county in 2025").statement).toMatch(
			/^I did an average of 9-10 units a day at Otis on maintenance routes and cleared\b/,
		);
	});
	it("'at prev clinic … REM on 100% of fittings up from ~40%' is said with the place first", () => {
		const r = read("told her at prev clinic i got REM on 100% of fittings up from ~40% in 6mo and returns for credit dropped");
		expect(r.statement).toBe("At my previous clinic, I got real-ear measurement on 100% of fittings, up from about 40% in 6 months, and returns for credit dropped.");
	});
	it("'we restarted valve exercising' is the user's team's, with what it covered", () => {
		const r = read("told him we restarted valve exercising, 2,100 valves in 18 mo w/ 2 crews");
		expect(r.statement).toBe("My team restarted valve exercising, covering 2,100 valves in 18 months with 2 crews.");
	});
	it("'restarted cherub choir at st marks, 4 kids to 22' is the choir at St Marks, grown", () => {
		const r = read("i restarted cherub choir at st marks, 4 kids to 22");
		expect(r.statement).toBe("I restarted the cherub choir at St Marks, growing it from 4 children to 22.");
	});
	it("'NRW down ~4 pts' is non-revenue water that fell, never a bracket", () => {
		const r = read("said i helped w/ leak detection survey, found 14 leaks, NRW down ~4 pts");
		expect(r.statement).toBe("I helped with a leak detection survey, found 14 leaks, and non-revenue water fell about 4 points.");
	});
	it("'moved to chloramines study' is told; the sampling plan is said at the previous plant", () => {
		const r = read("said i redid the DBP sampling plan + moved to chloramines study at prev plant");
		expect(r.statement).toBe("I redid the DBP sampling plan at my previous plant.");
		expect(r.leftOut).toEqual(["moved to chloramines study"]);
	});
	it("'vet transfer night' with the VA is the veterans', and the 'cert officer' a certifying official", () => {
		const r = read("told her about the vet transfer night i ran w/ VA cert officer");
		expect(r.reference).toBe("the veterans transfer night I ran with the VA certifying official");
		expect(read("told her on \"low tide\" we came in under on elec dept 6% w/ LED swap + tie-in instead of genny").leftOut.join(" ")).not.toMatch(/\belec dept\b/);
	});
	it("', changed backwash trigger' is the user's second act, and Trinity is named", () => {
		expect(read("told him i caught the CFE turbidity creep on filter 3 b4 it hit 0.3 NTU, changed backwash trigger").statement).toBe(
			"I caught the CFE turbidity creep on filter 3 before it hit 0.3 NTU, and changed the backwash trigger.",
		);
		expect(read("told her i ran choral evensong monthly at trinity w 40-60 ppl").statement).toBe("I ran choral evensong monthly at Trinity with 40-60 people.");
	});
	it("', both bands + choir' is told, never glued on; Advent is named", () => {
		const r = read("told him about the combined advent lessons & carols i did at st marks, both bands + choir");
		expect(r.reference).toBe("the combined Advent lessons and carols I did at St Marks");
		expect(r.leftOut).toEqual(["both bands + choir"]);
	});
	it("an offer ('i'd work weekend rotation') and a wish about a person are never said", () => {
		for (const text of ["told her i'd work weekend rotation too, not just techs", "said i'd want him on organ for 11am, im a pianist not organist"]) {
			const r = read(text);
			expect(r.statement).toBeNull();
			expect(r.reference).toBeNull();
			expect(r.leftOut.length).toBe(1);
		}
	});
});
