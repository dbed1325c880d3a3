import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

/** Reviews 81-82's highlights, read as the drafts read them: with the letter's reader known. */
const context = { reader: ["Dana Ruiz"], names: ["Dana Ruiz"] };
const read = (text: string) => experienceOf(text, context);
const said = (text: string) => {
	const r = read(text);
	return [r.statement, r.statementMid, r.reference, r.short, ...r.more].filter((t) => t !== null && t !== undefined).join(" | ");
};

describe("reviews 81-82: highlights said right or told", () => {
	it("a lone 'w' between words is 'with'; '40 w' stays watts", () => {
		for (const text of [
			"ran grievance mtgs w shop steward at lakeside, zero arbitrations in 2 yrs",
			"fixed lip sync w per-source delay",
			"told her i built RoS in google sheets w auto timing + sponsor read tracker, 0 missed reads all season",
			"set up daily OOO list in HotSOS w engineering at 9am huddle, OOO down from 22 to 6",
		]) {
			expect(said(text)).not.toMatch(/ w /);
			expect(said(text)).toMatch(/ with /);
		}
		expect(read("fixed lip sync w per-source delay").statement).toBe("I fixed lip sync with per-source delay.");
		expect(said("replaced the 40 w lamps in the lobby")).not.toMatch(/40 with/);
	});
	it("'talked abt co-treat for picky eater' is told, never 'my work on the co-treat'", () => {
		const text = "talked abt co-treat for picky eater w/ ARFID, food chaining";
		const r = read(text);
		expect(said(text)).toBe("");
		expect(r.leftOut.join(" ")).toMatch(/co-treat for picky eater/);
	});
	it("'told her abt my …' is a reference, its verbless parts told", () => {
		const r = read("told her abt my ASI caseload at childrens, ~12 kids/wk on suspended equip, started EASI modules");
		expect(r.statement).toBeNull();
		expect(r.reference).toBe("my ASI caseload at Children's");
		expect(r.leftOut).toEqual(["~12 kids/wk on suspended equip", "started EASI modules"]);
	});
	it("'told him abt the time i caught …' is a reference, never a verbless statement", () => {
		const r = read("told him abt the time i caught the pneumo hose kinked on the stage at 90fsw on the chevron job and called it before the diver got hurt");
		expect(r.statement).toBeNull();
		expect(r.reference).toBe("the time I caught the pneumo hose kinked on the stage at 90 feet of seawater on the Chevron job and called it before the diver got hurt");
	});
	it("'classroom lang' is language; 'teachers stopped ignoring them' is told", () => {
		const r = read("told him i rewrote fine motor goals into classroom lang for 30 IEPs, teachers stopped ignoring them");
		expect(r.statement).toBe("I rewrote fine motor goals into classroom language for 30 IEPs.");
		expect(r.leftOut).toContain("teachers stopped ignoring them");
	});
	it("two doings joined with 'and' in zero visibility; the DOT's part told", () => {
		const r = read("did 14 pile inspections on the I-5 bridge zero vis, wrote the scour reports myself, DOT accepted 1st time");
		expect(r.statement).toBe("I did 14 pile inspections on the I-5 bridge in zero visibility and wrote the scour reports myself.");
		expect(r.reference).toBe("how I did 14 pile inspections on the I-5 bridge in zero visibility");
		expect(r.leftOut).toEqual(["DOT accepted first time"]);
	});
	it("a verbless middle part is told, or said 'with' when it is a 'zero …' result", () => {
		const lan = read("ran the vMix + ATEM setup for the regional valorant LAN, 14hrs live no drops, fixed lip sync w per-source delay");
		expect(lan.statement).toBe("I ran the vMix and ATEM setup for the regional valorant LAN and fixed lip sync with per-source delay.");
		expect(lan.reference).toBe("the time I ran the vMix and ATEM setup for the regional valorant LAN");
		expect(lan.leftOut).toEqual(["14 hours live no drops"]);
		const review = read("led our prep for a federal program review, zero findings, and built the R2T4 audit checklist");
		expect(review.statement).toBe("I led the prep for a federal program review, with zero findings, and built the R2T4 audit checklist.");
		expect(review.reference).toBe("the time I led the prep for a federal program review");
	});
	it("a count before a noun describing another is one word; 'cota' is my COTA; 'minimum' is at least", () => {
		expect(read("cleared a 250 file verification backlog in 5 wks by batching V1 vs V5 groups, and i do R2T4 in COD myself").statement).toMatch(/^I cleared a 250-file verification backlog in 5 weeks /);
		expect(read("said i do wkly supervision + let cota run the handwriting groups").statement).toBe("I do weekly supervision and let my COTA run the handwriting groups.");
		expect(read("said i do 10 room inspections a day myself minimum, she nodded a lot").statement).toBe("I do at least 10 room inspections a day myself.");
	});
	it("FAFSA nights at 6 feeder high schools; a daily OOO list at the 9am huddle", () => {
		expect(read("ran fafsa nights at 6 feeder HS at my last school, completions up 18%").statement).toBe("I ran FAFSA nights at 6 feeder high schools at my last school, raising completions by 18%.");
		expect(read("set up daily OOO list in HotSOS w engineering at 9am huddle, OOO down from 22 to 6").statement).toBe("I set up a daily OOO list in HotSOS with engineering at the 9 a.m. huddle (OOO down from 22 to 6).");
	});
	it("'rerouted 6 lines in 40 min' is said with the detour, never told", () => {
		const r = read("ran the detour for the 2024 water main break, rerouted 6 lines in 40 min");
		expect(r.statement).toBe("I ran the detour for the 2024 water main break and rerouted 6 lines in 40 minutes.");
		expect(r.leftOut).toEqual([]);
	});
	it("Google Sheets by name; the shop steward takes 'the'", () => {
		expect(said("told her i built RoS in google sheets w auto timing + sponsor read tracker, 0 missed reads all season")).toMatch(/in Google Sheets with auto timing/);
		expect(read("ran grievance mtgs w shop steward at lakeside, zero arbitrations in 2 yrs").reference).toBe("the time I ran grievance meetings with the shop steward at lakeside");
	});
});
