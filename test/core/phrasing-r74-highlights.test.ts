import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";
import { privateRemark } from "../../src/core/private-remarks";

/** Reviews 73-74's highlights, read as the drafts read them: with the letter's reader known. */
const context = { reader: ["Dana Ruiz"], names: ["Dana Ruiz"] };
const read = (text: string, names: string[] = []) => experienceOf(text, { ...context, names: [...context.names, ...names] });
const said = (text: string, names: string[] = []) => {
	const r = read(text, names);
	return [r.statement, r.reference, r.short, ...r.more].filter((t) => t !== null && t !== undefined).join(" | ");
};

describe("reviews 73-74: highlights said right or told", () => {
	it("'talked abt' is the letter's frame whatever follows, and 'dont' is written out", () => {
		const text = "talked abt dynamic assessment for ELL so we dont overidentify";
		expect(said(text)).not.toMatch(/talked|\babt\b|\bdont\b/);
		expect(read(text).reference).toBe("dynamic assessment for ELL so my team and I don't overidentify");
	});
	it("'said yes to sats' is told, never a thing worked on; the Saturday clinic is said", () => {
		const text = "said yes to sats, i covered sat clinic at lakeview 2 yrs";
		const r = read(text, ["Lakeview"]);
		expect(said(text, ["Lakeview"])).not.toMatch(/said yes|work on|\bsats?\b/);
		expect(r.statement).toBe("I covered Saturday clinic at Lakeview for 2 years.");
		expect(r.leftOut).toContain("said yes to sats");
	});
	it("a credential current until a year is held, never worked on; the drills are told", () => {
		const text = "GWO BST current til 2027, did 2 tower rescue drills as the rescuer";
		const r = read(text);
		expect(said(text)).not.toMatch(/work on|\btil\b/);
		expect(r.reference).toBe("my current GWO BST certification, valid until 2027");
		expect(r.leftOut).toContain("did 2 tower rescue drills as the rescuer");
	});
	it("the pitch fault traced takes its article", () => {
		const text = "told him abt tracing intermittent pitch fault on a GE 1.5 to a chafed slip ring cable, saved a $40k pitch motor swap";
		const r = read(text);
		expect(said(text)).not.toMatch(/work on|the tracing|\babt\b/);
		expect(r.reference).toBe("my experience tracing an intermittent pitch fault on a GE 1.5 to a chafed slip-ring cable, which saved a $40,000 pitch motor swap");
	});
	it("a place before 'i' after the frame is kept, 'w the' is with, 'thing' is dropped", () => {
		const ship = "told her on the celestia i cut guest complaint escalations 30% w the deck 5 front desk huddle thing + got CSI to 92";
		expect(read(ship, ["Celestia"]).statement).toBe("I cut guest complaint escalations 30% with the deck 5 front desk huddle and got CSI to 92 on the Celestia.");
		expect(said(ship, ["Celestia"])).not.toMatch(/^The|thing|\bw\b/);
		const clinic = "told him at lakeview i built the perio recall list in dentrix, srp case accept went from like 40 to 65% in 6mo";
		expect(read(clinic, ["Lakeview"]).statement).toBe("I built the periodontal recall list in Dentrix at Lakeview, and SRP case acceptance went from about 40 to 65% in 6 months.");
	});
	it("shorthand written out", () => {
		expect(read("said i ran payroll for 900 ee's across 4 states in ADP WFN incl local taxes in PA").statement).toContain("900 employees");
		expect(read("told him i wrote the income approach sections on 12 multifam reports as a res appraiser helping my supervisor, DCF in Argus").statement).toContain("12 multifamily reports as a residential appraiser");
		expect(read("said i do push-in for artic in k-2 classrooms during centers").statement).toBe("I do push-in for articulation in K-2 classrooms during centers.");
		expect(read("set up core vocab boards + trained paras on TouchChat at my CF site").statement).toContain("trained paraprofessionals on TouchChat");
		expect(said("told her abt my pt ed handout for impl pts at lakeview, + CE on peri-impl (AAP webinar)")).not.toMatch(/pt ed|impl pts/);
		expect(said("said i ran the schoolyard reno, coordinated civil + the irrigation consultant, came in 4% under fee")).toContain("schoolyard renovation");
		expect(said("told her about the fairview distributors lost profits calc, i built the but-for model and sat second chair at the depo")).not.toMatch(/\bdepo\b/);
	});
});

describe("reviews 73-74: what follows the work said as part of it, or told", () => {
	it("the inspections scored it; the renovation came in under fee", () => {
		expect(read("said i was on the team for 2 USPH inspections, scored 98 and 100").statement).toBe("I was on the team for 2 USPH inspections, which scored 98 and 100.");
		expect(read("said i ran the schoolyard reno, coordinated civil + the irrigation consultant, came in 4% under fee").statement).toBe("I ran the schoolyard renovation, coordinated civil and the irrigation consultant, and came in 4% under fee.");
	});
	it("the Board of Assessment Appeals named; 'both held' told", () => {
		const r = read("told him i testified twice at board of assessment appeals on an office bldg, both held");
		expect(r.statement).toBe("I testified twice at the Board of Assessment Appeals on an office building.");
		expect(r.leftOut).toContain("both held");
	});
	it("a last part with 'impl' clipped is told, the handout said", () => {
		const r = read("told her abt my pt ed handout for impl pts at lakeview, + CE on peri-impl (AAP webinar)", ["Lakeview"]);
		expect(r.reference).toBe("my patient education handout for implant patients at Lakeview");
		expect(r.leftOut).toContain("CE on peri-impl (AAP webinar)");
	});
});

describe("reviews 73-74: a lost-profits calculation", () => {
	it("is a thing worked on, never distributors who lost profits", () => {
		const r = read("told her about the fairview distributors lost profits calc, i built the but-for model and sat second chair at the depo", ["Fairview Distributors"]);
		expect(r.statement).toBeNull();
		expect(r.reference).toBe("my work on the Fairview Distributors lost-profits calculation");
		expect(r.more).toEqual(["I built the but-for model and sat second chair at the deposition."]);
	});
});

describe("reviews 73-74: an appraiser's comparables are not pay", () => {
	it("'comp grid' is said, not withheld", () => {
		const r = read("said i built a comp grid template for flex industrial w/ adjustments for clear height + dock doors");
		expect(r.withheld).toBeUndefined();
		expect(r.statement).toBe("I built a comp grid template for flex industrial with adjustments for clear height and dock doors.");
		expect(privateRemark("pulled a comp set of 6 sales", "highlight")).toBeNull();
		// Pay is still pay.
		for (const text of ["comp 85k", "asked about the comp package", "total comp"]) expect(privateRemark(text, "highlight")).toBe("pay");
	});
});
