// Reviews 93-94 (phrasing round 32): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("a topic is never the user's flippant words, nor a clause cut short", () => {
	const line = "speed on the line friday/sat, 250+ covers, wants clean station + no excuses";
	it("says the speed on the line, on the days the note names", () => {
		expect(topicOf(line)).toBe("speed on the line on Fridays and Saturdays");
		expect(toldOf(line)).toEqual(["250+ covers", "wants clean station + no excuses"]);
	});
	it("never thanks the chef for 'no excuses'", () => {
		expect(topicOf(line)).not.toContain("excuses");
	});
	it("says the kind of supervisor the user would be, whole", () => {
		expect(topicOf("what kind of boss i'd be, morale")).toBe("the kind of supervisor I'd be");
		expect(toldOf("what kind of boss i'd be, morale")).toEqual(["morale"]);
	});
});

describe("a name, an initialism or a shorthand noun is said as it is written", () => {
	it("gives the product a system moves to its capital, never a common word", () => {
		expect(topicOf("ILS migration to koha next yr, patron record cleanup")).toBe("the ILS migration to Koha next year");
		expect(topicOf("move to days")).not.toContain("Days");
		expect(topicOf("move to nursing")).not.toContain("Nursing");
		expect(topicOf("move to sales")).not.toContain("Sales");
	});
	it("says CAD and Civil 3D", () => {
		expect(topicOf("cad/civil3d, field-to-finish codes")).toBe("CAD and Civil 3D");
	});
	it("says NFPA 70E", () => {
		expect(topicOf("nfpa 70e, arc flash ppe, they had a near miss in the mcc room in spring")).toBe("NFPA 70E");
	});
	it("says passenger safety, a modifier in the singular", () => {
		expect(topicOf("pax safety, MOB drill, how fast can i start")).toBe("passenger safety");
	});
	it("says documentation turnaround", () => {
		expect(topicOf("doc turnaround, medicare 10th visit progress notes, no late notes")).toBe("documentation turnaround");
	});
	it("says evening and Saturday coverage", () => {
		expect(topicOf("evenings + sat coverage, patron conflict at the desk (fines, lost items)")).toBe("evening and Saturday coverage");
	});
	it("says ServSafe", () => {
		expect(topicOf("servsafe cert, fryer oil mgmt, raw bar handling")).toBe("ServSafe certification, fryer oil management and raw bar handling");
	});
	it("says SCADA with no 'the', and the loops on the blowers with one", () => {
		expect(topicOf("scada + 4-20mA loops on the aeration blowers, lots of flaky instruments")).toBe("SCADA and the 4-20 mA loops on the aeration blowers");
	});
	it("says the night and weekend rotation", () => {
		expect(topicOf("nights/weekend rotation, can i do every 3rd wknd")).toBe("the night and weekend rotation");
		expect(toldOf("nights/weekend rotation, can i do every 3rd wknd")).toEqual(["can i do every 3rd wknd"]);
	});
	it("says cash handling and audit trails", () => {
		expect(topicOf("cash handling + audit trail, last mgr had a $2k drawer shortage")).toBe("cash handling and audit trails");
	});
	it("says audiences are reached", () => {
		expect(topicOf("getting new audiences, pay what you can nights")).toBe("reaching new audiences");
	});
});

describe("a practice's mass noun takes no 'the'; a known process does", () => {
	it("says mise en place", () => {
		expect(topicOf("mise en place, knife skills, labeling/dating")).toBe("mise en place");
	});
	it("says community outreach", () => {
		expect(topicOf("community outreach, homeless patrons, being welcoming")).toBe("community outreach");
	});
	it("says the civil service process", () => {
		expect(topicOf("civil service process, eligibility list, ranking")).toBe("the civil service process, the eligibility list and ranking");
	});
});

describe("a clean first part is said, never the whole note left out", () => {
	it("says confined-space entry where the note names it", () => {
		expect(topicOf("confined space, the wet wells + digesters")).toBe("confined-space entry in the wet wells and digesters");
	});
	it("says on-call response and tells how fast the user can get in", () => {
		const note = "on call response, how fast i can get in at 3am when a pump station alarms";
		expect(topicOf(note)).toBe("on-call response");
		expect(toldOf(note)).toEqual(["how fast i can get in at 3am when a pump station alarms"]);
	});
	it("says PLC upgrades and tells the migration", () => {
		const note = "plc upgrades, they're migrating from modicon to allen bradley";
		expect(topicOf(note)).toBe("PLC upgrades");
		expect(toldOf(note)).toEqual(["they're migrating from modicon to allen bradley"]);
	});
	it("says the speed on the TPN batch and pediatric syringes", () => {
		expect(topicOf("speed on the tpn batch, peds syringes")).toBe("speed on the TPN batch and pediatric syringes");
	});
	it("says VFD faults on the winder and tells the rest, while the box office's chaos stays withheld", () => {
		const note = "vfd faults on the winder, keeps tripping on overcurrent, nobody on nights can troubleshoot it";
		expect(topicOf(note)).toBe("VFD faults on the winder");
		expect(toldOf(note)).toEqual(["keeps tripping on overcurrent", "nobody on nights can troubleshoot it"]);
		expect(topicOf("will call chaos on opening nights, comps list always wrong")).toBeNull();
	});
	it("says media fills and gloved-fingertip testing, and tells what was asked", () => {
		const note = "media fills and gloved fingertip, asked how many fails ive had (zero)";
		expect(topicOf(note)).toBe("media fills and gloved-fingertip testing");
		expect(toldOf(note)).toEqual(["asked how many fails ive had (zero)"]);
	});
});

describe("a thin topic gives way to the clean second part that says it", () => {
	it("says the caseload wanted, never what the director hates", () => {
		const note = "productivity, wants 12-14 pts/day w/out cutting corners on eval, hates when ppl skip re-evals";
		expect(topicOf(note)).toBe("seeing 12 to 14 patients a day without cutting corners on evaluations");
		expect(toldOf(note)).toEqual(["hates when ppl skip re-evals"]);
	});
});

describe("the status of the user's papers is the papers the note names", () => {
	it("says PTCB certification and the state license, and tells shift availability", () => {
		const note = "cert status, ptcb + state license, shift availability";
		expect(topicOf(note)).toBe("PTCB certification and the state license");
		expect(toldOf(note)).toEqual(["shift availability"]);
	});
});
