import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

/** Reviews 93-94's highlights, read as the drafts read them: with the letter's reader known. */
const context = { reader: ["Dana Ruiz"], names: ["Dana Ruiz"] };
const read = (text: string) => experienceOf(text, context);

describe("reviews 93-94: notes that are no story are said, never forced into one", () => {
	it("'said yes to 3rd wknd, open to nights' is what the user can work, never 'my work on the said yes'", () => {
		const r = read("said yes to 3rd wknd, open to nights");
		expect(r.statement).toBe("I can work every third weekend, and I'm open to nights.");
		expect(r.reference).toBeNull();
	});
	it("'confined space entrant + attendant cert, …' is a certification held, never 'I confined space'", () => {
		const r = read("confined space entrant + attendant cert, gas meter bump test every shift");
		expect(r.statement).toBe("I hold confined-space entrant and attendant certification, and I bump-test the gas meter every shift.");
		expect(r.reference).toBe("my confined-space entrant and attendant certification");
	});
	it("'journeyman card + 8 yrs industrial' is said", () => {
		expect(read("journeyman card + 8 yrs industrial").statement).toBe("I have a journeyman card and 8 years of industrial experience.");
	});
	it("'ptcb since 2019, cspt exam scheduled jan' is said", () => {
		expect(read("ptcb since 2019, cspt exam scheduled jan").statement).toBe("I've held my PTCB certification since 2019, and my CSPT exam is scheduled for January.");
	});
	it("'i live 15 min away, did on call 1 wk/mo at the plant' is said without brackets", () => {
		expect(read("i live 15 min away, did on call 1 wk/mo at the plant").statement).toBe("I live 15 minutes away, and I covered on-call one week a month at the plant.");
	});
});

describe("reviews 93-94: the user's private voice is never the letter's", () => {
	it("'calming down the guy yelling over a $40 lost book fee' is an upset patron", () => {
		const r = read("told her about calming down the guy yelling over a $40 lost book fee, waived per policy + set up payment plan");
		expect(r.reference).toBe("calming an upset patron over a $40 lost-book fee, where I waived the fee per policy and set up a payment plan");
	});
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
	it("'said i can do sat and early, did 6:30 starts …' names Saturdays and early starts", () => {
		expect(read("said i can do sat and early, did 6:30 starts at current job for 2 yrs").statement).toBe("I can work Saturdays and early starts; I did 6:30 starts at my current job for 2 years.");
	});
	it("'…, did that at the cinema premieres' is 'which I did', never in brackets", () => {
		expect(read("told him i reconcile comps vs the house list before doors, did that at the cinema premieres").statement).toBe("I reconcile comps against the house list before doors, which I did at the cinema's premieres.");
	});
	it("any '…, did that at …' is 'which I did', never in brackets", () => {
		expect(read("i label every tray by hand, did that at the old clinic too").statement).toBe("I label every tray by hand, which I did at the old clinic too.");
	});
	it("'~300 new emails to list' is what the nights added to the mailing list", () => {
		expect(read("ran student rush + PWYC tuesdays at the cinema, ~300 new emails to list").statement).toBe("I ran student rush and PWYC Tuesdays at the cinema, which added about 300 people to the mailing list.");
	});
	it("'fired 6 tickets at once on grill, all temps right' is one sentence; what the reader checked is told", () => {
		const r = read("fired 6 tickets at once on grill, all temps right, he checked the ribeye mid-rare");
		expect(r.statement).toBe("I fired 6 tickets at once on the grill with every temperature right.");
		expect(r.leftOut).toEqual(["he checked the ribeye mid-rare"]);
	});
	it("'daily drop + two person count i set up' is a sentence the user says", () => {
		expect(read("told her about daily drop + two person count i set up, zero variance for 18 mo").statement).toBe("I set up a daily drop and two-person count, with zero variance for 18 months.");
	});
	it("'at the cinema i ran the membership desk, got renewals up like 15% …': the place first, the doings joined", () => {
		expect(read("at the cinema i ran the membership desk, got renewals up like 15% w reminder calls").statement).toBe("At the cinema, I ran the membership desk and got renewals up about 15% with reminder calls.");
	});
	it("'said i close all notes same day, point-of-service documenting in webpt' is said", () => {
		expect(read("said i close all notes same day, point-of-service documenting in webpt").statement).toBe("I close all notes the same day, documenting at the point of service in WebPT.");
	});
	it("'i rotate fryer oil on a log, filter nightly, + shucked oysters 2 seasons' is said whole", () => {
		const r = read("told her i rotate fryer oil on a log, filter nightly, + shucked oysters 2 seasons");
		expect(r.statement).toBe("I rotate fryer oil on a log and filter it nightly, and I shucked oysters for 2 seasons.");
		expect(r.leftOut).toEqual([]);
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
	it("'the abb acs880 …, found bad encoder cable, fixed recurring OC trips' names the drive and the trips, never a splice", () => {
		expect(read("told him about the abb acs880 on the conveyor at the plant, found bad encoder cable, fixed recurring OC trips").reference).toBe("my work on the ABB ACS880 on the conveyor at the plant, where I found a bad encoder cable and fixed recurring overcurrent trips");
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
	it("'told him at summit i ran ACL return-to-sport protocol, …'", () => {
		expect(read("told him at summit i ran ACL return-to-sport protocol, got 9 of 11 athletes cleared by 9 mo w hop test LSI >90%").statement).toBe("At Summit, I ran the ACL return-to-sport protocol and got 9 of 11 athletes cleared by 9 months with hop-test LSI above 90%.");
	});
});

describe("reviews 93-94: the user's old workplace stays 'our'", () => {
	it("'before our sierra upgrade' is 'our Sierra upgrade', never the reader's", () => {
		expect(read("i did the dup patron record merge, ~4k records, before our sierra upgrade").statement).toBe("I did the duplicate patron record merge, about 4,000 records, before our Sierra upgrade.");
	});
});
