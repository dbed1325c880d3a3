import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

/** Reviews 93-94's highlights, read as the drafts read them: with the letter's reader known. */
const context = { reader: ["Dana Ruiz"], names: ["Dana Ruiz"] };
const read = (text: string) => experienceOf(text, context);

describe("reviews 93-94: the user's private voice is never the letter's", () => {
	it("'the guy yelling' in any other note is left out, never said", () => {
		const r = read("told her about calming down the guy yelling over a late fee, he left happy");
		expect(r.reference).toBeNull();
		expect(r.statement).toBeNull();
	});
});

describe("reviews 93-94: splices joined, brackets gone", () => {
	it("'passed every media fill 4 yrs, trained 6 new techs …' is joined with 'and'", () => {
		const r = read("passed every media fill 4 yrs, trained 6 new techs on aseptic technique in the laminar flow hood");
		expect(r.statement).toBe("I passed every media fill for 4 years and trained 6 new techs on aseptic technique in the laminar flow hood.");
	});
	it("any '…, did that at …' is 'which I did', never in brackets", () => {
		expect(read("i label every tray by hand, did that at the old clinic too").statement).toBe("I label every tray by hand, which I did at the old clinic too.");
	});
});

describe("reviews 93-94: shorthand and product names written out", () => {
	it("'ran closed trav on 40ac subdiv, closed 1:38k, found 2 orig iron pins …': traverse, acres, closure and pins written out", () => {
		const r = read("ran closed trav on 40ac subdiv, closed 1:38k, found 2 orig iron pins everyone else missed");
		expect(r.statement).toBe("I ran a closed traverse on a 40-acre subdivision that closed at 1:38,000 and found 2 original iron pins.");
		expect(r.leftOut).toEqual(["everyone else missed"]);
	});
	it("'did a walk thru of the site' is a walkthrough too; a walk through a place is not", () => {
		expect(read("did a walk thru of the site w the owner").statement).toBe("I did a walkthrough of the site with the owner.");
		expect(read("walked the site, did a walk through the yard").statement).toBe("I walked the site and did a walk through the yard.");
	});
	it("'a hart communicator walk thru' is a HART communicator walkthrough", () => {
		expect(read("calibrated + troubleshot 4-20 loops, did a hart communicator walk thru for the panel").statement).toBe("I calibrated and troubleshot 4-20 loops and did a HART communicator walkthrough for the panel.");
	});
	it("'the c-secc neg pressure room workflow at mercy west + … the spill kit sop' is written out", () => {
		expect(read("told him i set up the c-secc neg pressure room workflow at mercy west + wrote the spill kit sop").statement).toBe("I set up the C-SEC negative-pressure room workflow at Mercy West and wrote the spill kit SOP.");
	});
	it("'the desk schedule in when i work' names the product", () => {
		expect(read("told him i built the desk schedule in when i work + cut uncovered shifts to near zero").statement).toBe("I built the desk schedule in When I Work and cut uncovered shifts to near zero.");
	});
	it("'MOB + abandon ship drills wkly on island shuttle' is written out; the start date is told", () => {
		const r = read("did MOB + abandon ship drills wkly on island shuttle, can start 12/8");
		expect(r.statement).toBe("I did man-overboard and abandon-ship drills weekly on the island shuttle.");
		expect(r.leftOut).toEqual(["can start 12/8"]);
	});
	it("'brunoise shallots + tourne, labeled my 9 pans …': tourné and 9-pans", () => {
		expect(read("brunoise shallots + tourne, labeled my 9 pans w/ date + initials w/o being told").reference).toBe("my work on brunoise shallots and tourné, where I labeled my 9-pans with date and initials without being told");
	});
});

describe("reviews 93-94: notes withheld whole are said when they can be said right", () => {
	it("'built our fld code lib at prev co, cut draft time ~30%'", () => {
		expect(read("built our fld code lib at prev co, cut draft time ~30%").statement).toBe("I built our field-code library at my previous company and cut drafting time by about 30%.");
	});
	it("'did peds + neo tpn at mercy west, ~40 bags a shift'", () => {
		expect(read("did peds + neo tpn at mercy west, ~40 bags a shift").statement).toBe("I did pediatric and neonatal TPN at Mercy West, about 40 bags a shift.");
	});
	it("'helped w a slc 500 to compactlogix migration last yr, did the io checkout'", () => {
		expect(read("helped w a slc 500 to compactlogix migration last yr, did the io checkout").statement).toBe("I helped with an SLC 500-to-CompactLogix migration last year and did the I/O checkout.");
	});
	it("'i was the LOTO auditor on my crew, did the arc flash label update …'", () => {
		expect(read("i was the LOTO auditor on my crew, did the arc flash label update w the engineer on 480v mccs").statement).toBe("I was the LOTO auditor on my crew, and I did the arc-flash label update with the engineer on the 480V MCCs.");
	});
});

describe("reviews 93-94: the user's old workplace stays 'our'", () => {
	it("'before our sierra upgrade' is 'our Sierra upgrade', never the reader's", () => {
		expect(read("i did the dup patron record merge, ~4k records, before our sierra upgrade").statement).toBe("I did the duplicate patron record merge, about 4,000 records, before our Sierra upgrade.");
	});
});
