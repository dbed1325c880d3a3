// Reviews 87-88 (phrasing round 30): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("a swab that comes back '+' is positive, never 'comes back and for'", () => {
	const note = "SQF audit coming in march, env monitoring, what i do when a swab comes back + for listeria";
	it("says the audit, with 'the', and tells the rest", () => {
		expect(topicOf(note)).toBe("the SQF audit coming in March");
		expect(toldOf(note)).toEqual(["environmental monitoring", "what i do when a swab comes back positive for listeria"]);
	});
	it("never says 'comes back and for'", () => {
		expect(JSON.stringify(focusTopic(note, context))).not.toContain("back and for");
	});
});

describe("a bare word that belittles the work is never the topic", () => {
	it("says the pace of building as the production pace", () => {
		expect(topicOf("pace. they build 1 hull every 3 wks and electrical is always the bottleneck")).toBe("the production pace");
	});
	it("leaves out a bare pace that says no more", () => {
		expect(topicOf("pace, always rushing")).toBeNull();
	});
	it("says what the paperwork is, with death certificates", () => {
		const note = "paperwork, death certs thru EDRS, getting the GPL right every time";
		expect(topicOf(note)).toBe("death certificates through EDRS and getting the GPL right every time");
	});
});

describe("a field's or a practice's mass noun takes no 'the'", () => {
	it("says restorative art", () => {
		expect(topicOf("restorative art. asked abt a trauma case, viewing vs no viewing")).toBe("restorative art");
	});
	it("says chair evacuation and rope work", () => {
		expect(topicOf("chair evac + rope work")).toBe("chair evacuation and rope work");
	});
	it("says incident response", () => {
		const note = "incident response, a kid left on a bus, the whole chain of who gets called";
		expect(topicOf(note)).toBe("incident response");
		expect(toldOf(note)).toEqual(["a kid left on a bus", "the whole chain of who gets called"]);
	});
	it("says on-time performance, never 'the on-time %'", () => {
		expect(topicOf("on-time %: they're at 88% am and district contract says 95 or they get penalized")).toBe("on-time performance");
	});
});

describe("the integration is said with what is integrated", () => {
	it("says electronics integration on the 60-foot new builds", () => {
		const note = "integration on the 60' new builds, wants the electronics wired right in the factory so the dealers stop opening warranty claims on chartplotter/radar";
		expect(topicOf(note)).toBe("electronics integration on the 60-foot new builds");
		expect(toldOf(note)).toHaveLength(1);
	});
});

describe("a measure and where it is made", () => {
	it("says throughput on the cheddaring tables, and tells the counts", () => {
		const note = "throughput, 6 vats a day on the cheddaring tables, wants to go to 8";
		expect(topicOf(note)).toBe("throughput on the cheddaring tables");
		expect(toldOf(note)).toEqual(["6 vats a day on the cheddaring tables", "wants to go to 8"]);
	});
});

describe("a want with no one said to want it", () => {
	it("says running arrangement conferences alone with families", () => {
		const note = "wants someone who can run a whole arrangement conf alone w/ families, they do like 180 calls a yr and she's doing half of them herself";
		expect(topicOf(note)).toBe("running arrangement conferences alone with families");
		expect(toldOf(note)).toEqual(["they do like 180 calls a yr and she's doing half of them herself"]);
	});
	it("says taking walk-ins on Saturdays, and tells the user's own words", () => {
		const note = "needs sb who can take walk-ins sat + not flake, last guy ghosted";
		expect(topicOf(note)).toBe("taking walk-ins on Saturdays");
		expect(toldOf(note)).toEqual(["not flake", "last guy ghosted"]);
	});
});

describe("a thin topic says what the note gives it", () => {
	it("says IPM with the thrips pressure after its dash", () => {
		const note = "IPM - thrips pressure in the poinsettia range, they had a bad WFT outbreak in oct";
		expect(topicOf(note)).toBe("IPM and thrips pressure in the poinsettia range");
		expect(toldOf(note)).toEqual(["they had a bad WFT outbreak in oct"]);
	});
	it("says the youth program with 'the'", () => {
		expect(topicOf("volunteers + youth program, teaching teens in the hoop house")).toBe("volunteers and the youth program");
	});
});

describe("nothing joined by '+' is dropped unsaid", () => {
	it("tells the comma part the '+' joins on with it", () => {
		const note = "OEC scenarios, esp femur fx + traction splint, hypothermia";
		expect(topicOf(note)).toBe("OEC scenarios");
		expect(toldOf(note).join("; ")).toContain("femur fx");
	});
});

describe("a ripening culture's short name ends no sentence", () => {
	it("tells the washing schedule and B. linens, never drops them", () => {
		const note = "rind development, washing schedule on the tomme, b. linens";
		expect(topicOf(note)).toBe("rind development");
		expect(toldOf(note)).toEqual(["washing schedule on the tomme", "Brevibacterium linens"]);
	});
});

describe("what the topic says is never told as left out", () => {
	it("tells the heat mats and plug trays, not the CSA it says", () => {
		const note = "propagation schedule for 2 acres + the CSA, heat mats, plug trays";
		expect(topicOf(note)).toBe("the propagation schedule for 2 acres and the CSA");
		expect(toldOf(note)).toEqual(["heat mats", "plug trays"]);
	});
});
