// Reviews 89-92 (phrasing round 31): focus topics typed in a hurry, read as the drafts read them, with a reader.
// The topic is said to the person whose problem it is: a fault of theirs is never the topic.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("a fault of the reader's is never said back as the topic", () => {
	it("says the work wanted, never the shop's overrun", () => {
		const note = "shop ran 40% over budget last season, needs someone to track materials + labor";
		expect(topicOf(note)).toBe("tracking materials and labor");
		expect(toldOf(note)).toEqual(["shop ran 40% over budget last season"]);
	});
	it("reads the compliance before the '&', never 'dinged last time'", () => {
		const note = "tb screening + respirator fit testing compliance, joint commission in spring & they got dinged last time";
		expect(topicOf(note)).toBe("TB screening and respirator fit-testing compliance");
		expect(toldOf(note)).toEqual(["joint commission in spring & they got dinged last time"]);
	});
	it("leaves out drivers on light duty forever", () => {
		expect(topicOf("drivers on light duty forever, wc costs up, dot physicals mostly outsourced to urgent care")).toBeNull();
	});
	it("leaves out estimates with wrong pitch", () => {
		expect(topicOf("estimates w wrong pitch/waste % so crews run short on shingles mid job")).toBeNull();
	});
	it("says the listed things, and tells their backlog", () => {
		const note = "onboarding paperwork, TB tests, HIPAA modules backlog";
		expect(topicOf(note)).toBe("onboarding paperwork, TB tests and HIPAA modules");
		expect(toldOf(note)).toEqual(["backlog"]);
	});
	it("says the audit with its corrective actions, never the findings", () => {
		const note = "ISO 17025 audit findings, corrective actions, contamination log";
		expect(topicOf(note)).toBe("the ISO 17025 audit and corrective actions");
		expect(toldOf(note)).toEqual(["contamination log"]);
	});
});

describe("shorthand is written out, and a kind of work takes no 'the'", () => {
	it("says medical and legal interpreting", () => {
		expect(topicOf("med + legal, team interp, CDI collab")).toBe("medical and legal interpreting, team interpreting and CDI collaboration");
	});
	it("says mixture interpretation", () => {
		expect(topicOf("mixture interp, wants ppl who wont overcall minor contributors, strmix LR thresholds")).toBe("mixture interpretation");
	});
	it("says courtroom testimony with no 'the'", () => {
		expect(topicOf("courtroom testimony, how i explain LRs to a jury")).toBe("courtroom testimony");
	});
	it("says keeping the greens alive through July heat", () => {
		expect(topicOf("bentgrass greens survival in july heat, syringing, wetting agents, crew mgmt")).toBe("keeping bentgrass greens alive through July heat");
	});
	it("says global cash flow and guarantor analysis with no 'the'", () => {
		expect(topicOf("DSCR, global cash flow, guarantor analysis")).toBe("DSCR, global cash flow and guarantor analysis");
	});
	it("says CODIS in capitals", () => {
		expect(topicOf("codis uploads, qas stds, trainee must finish 6mo training prog")).toBe("CODIS uploads");
	});
	it("says Title IX with its capital and no 'the'", () => {
		expect(topicOf("title IX overlap, financial aid equivalencies, the equivalency spreadsheet is a mess")).toBe("Title IX overlap");
	});
	it("says workers' comp", () => {
		expect(topicOf("workers comp case mgmt, getting ppl back to modified duty faster")).toBe("workers' comp case management");
	});
	it("says D0 and A14, and tells each other part once", () => {
		const note = "d0 + a14, turns 35 min, gate holds bc pax late frm conx";
		expect(topicOf(note)).toBe("D0 and A14");
		expect(toldOf(note)).toEqual(["turns 35 min", "gate holds bc pax late frm conx"]);
	});
	it("says low-slope roofs", () => {
		expect(topicOf("fall protection on low slope, warning lines at 6ft, skylight screens")).toBe("fall protection on low-slope roofs");
	});
});

describe("a clean first part is said, and the rest told", () => {
	it("says needlestick and bloodborne-pathogen exposures", () => {
		const note = "needlestick / bbp exposures, the sharps injury log is a mess";
		expect(topicOf(note)).toBe("needlestick and bloodborne-pathogen exposures");
		expect(toldOf(note)).toEqual(["the sharps injury log is a mess"]);
	});
	it("says QC on reports", () => {
		const note = "qc on reports, they lost a county bc of sloppy reports last yr";
		expect(topicOf(note)).toBe("QC on reports");
		expect(toldOf(note)).toEqual(["they lost a county bc of sloppy reports last yr"]);
	});
	it("says the two chapters of bankruptcy and charge-offs", () => {
		expect(topicOf("ch 7 / ch 13 bk, charge offs")).toBe("Chapter 7 and Chapter 13 bankruptcies and charge-offs");
	});
	it("says wheelchair and unaccompanied-minor handoffs", () => {
		expect(topicOf("wchr + umnr handoffs")).toBe("wheelchair and unaccompanied-minor handoffs");
	});
});

describe("every part of the note the topic does not say is told", () => {
	it("tells the recruiting rules after the calendar", () => {
		const note = "recruiting calendar, dead/quiet periods, official visit rules, doesnt want his staff getting dinged on texts";
		expect(toldOf(note)).toEqual(["dead/quiet periods", "official visit rules", "doesnt want his staff getting dinged on texts"]);
	});
	it("tells the offsets and fittings after the setups", () => {
		expect(toldOf("ST-20 setups, chg over fast, offsets, run hyd fittings 1st shft")).toEqual(["offsets", "run hyd fittings 1st shft"]);
	});
});

describe("a thin or withheld topic says the clean parts it has", () => {
	it("says the 5-axis setups with first-article inspection", () => {
		const note = "5 axis setups on the DMG Mori, first article, not scrapping inconel parts ($$$)";
		expect(topicOf(note)).toBe("5-axis setups on the DMG Mori and first-article inspection");
		expect(toldOf(note)).toEqual(["not scrapping inconel parts ($$$)"]);
	});
	it("says NIL and the House settlement revenue share, and tells what he wants", () => {
		const note = 'NIL + the house settlement rev share, roster limits, wants compliance to be "yes, here\'s how" not "no"';
		expect(topicOf(note)).toBe("NIL and the House settlement revenue share");
		expect(toldOf(note)).toEqual(["roster limits", 'wants compliance to be "yes, here\'s how" not "no"']);
	});
	it("says interfaith volunteering, and tells the rest", () => {
		const note = "interfaith - making sure volunteers dont proselytize, and finding volunteers for non-christian pts";
		expect(topicOf(note)).toBe("interfaith volunteering");
		expect(toldOf(note)).toEqual(["making sure volunteers dont proselytize", "finding volunteers for non-christian pts"]);
	});
	it("says the setups with fast changeovers", () => {
		expect(topicOf("ST-20 setups, chg over fast, offsets, run hyd fittings 1st shft")).toBe("ST-20 setups and fast changeovers");
	});
	it("says the fall show's period build", () => {
		expect(topicOf("fall show is a big period build, 18th c, they need someone who can drape bodices fast")).toBe("the fall show's big 18th-century period build");
	});
	it("says the shop's culture, never its vibe", () => {
		expect(topicOf("shop vibe, she'd work under me")).toBe("the shop's culture");
	});
	it("says the recruiting calendar, with 'the'", () => {
		expect(topicOf("recruiting calendar, dead/quiet periods, official visit rules, doesnt want his staff getting dinged on texts")).toBe("the recruiting calendar");
	});
});

describe("nothing after a dash or beside a backlog is dropped unsaid", () => {
	it("tells the rotating 12s after the dash", () => {
		expect(toldOf("shift work - rotating 12s + every other wknd, and do i have grade II cert or just OIT")).toContain("rotating 12s");
	});
	it("says the turnaround, and tells the backlog", () => {
		const note = "turnaround on SAKs, backlog";
		expect(topicOf(note)).toBe("the turnaround on SAKs");
		expect(toldOf(note)).toEqual(["backlog"]);
	});
});

describe("a need the topic says is never told as left out", () => {
	it("tells the growth and the cap, never the CRE and SBA need it says", () => {
		expect(toldOf("grow mbl book past ncua cap concerns, 12.25% of assets, need CRE + SBA 7a")).toEqual(["grow mbl book past ncua cap concerns", "12.25% of assets"]);
	});
});
