// Reviews 75-76 (phrasing round 25): focus topics typed in a hurry.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text).leftOut;

describe("a first word is never taken alone", () => {
	it("says main breaks, never 'the main'", () => {
		expect(topicOf("main breaks!! 40+/yr on cast iron, crew response time, valve exercising program is dead")).toBe("main breaks");
	});
	it("says yield with no 'the'", () => {
		expect(topicOf("yield!! their yield dropped to 21%, wants better admit-to-deposit, also first gen outreach")).toBe("your yield");
	});
});

describe("shorthand read in a focus", () => {
	it("says the budget and overtime, and tells the generator fuel costs", () => {
		const note = "budget, OT, genny fuel $$, wants no 16hr days";
		expect(topicOf(note)).toBe("the budget and overtime");
		const told = toldOf(note).join(" ");
		expect(told).toContain("generator fuel costs");
		expect(told).not.toContain("$$");
		expect(told).not.toContain("genny");
	});
	it("keeps a standard's numbers: USP 795 and 800 compliance", () => {
		expect(topicOf("usp 795 / 800 compliance, they got dinged on bud's last state board insp")).toBe("USP 795 and 800 compliance");
	});
	it("says real-ear measurement, spelled right", () => {
		expect(topicOf("real ear measurmnt on every fitting, she hates first-fit only, also peds referral backlog")).toBe("real-ear measurement on every fitting");
	});
	it("says the permanent rig, never the label's 'fall arrest'", () => {
		expect(topicOf("perms rig on stage 4 for 10 eps, dmx network, chain motors, safety: fall arrest")).toBe("the permanent rig on stage 4 for 10 episodes");
	});
	it("says night exteriors", () => {
		expect(topicOf("night ext, big soft top light, moonlight look, skypanels vs 18k")).toBe("night exteriors");
	});
});

describe("names said as written", () => {
	it("says Planning Center with its capitals and no 'the'", () => {
		expect(topicOf("planning center + click tracks, band wants more rehearsal")).toBe("Planning Center and click tracks");
	});
	it("says ASME A17.1 with no 'the'", () => {
		expect(topicOf("ASME A17.1 vs A17.3 for existing bldgs, variance requests")).toBe("ASME A17.1 versus A17.3 for existing buildings");
	});
});

describe("notes once left out, now read", () => {
	it("says the children's choir, and tells that it died in covid", () => {
		const note = "kids choir died in covid, wants it back";
		expect(topicOf(note)).toBe("the children's choir");
		expect(toldOf(note).join(" ")).toContain("died in covid");
	});
	it("says worship services, with no 'svcs' or 'lol'", () => {
		expect(topicOf("blending the 9am contemporary and 11am traditional svcs w/o a church split lol")).toBe("blending the 9 a.m. contemporary and 11 a.m. traditional services without a church split");
	});
	it("says compounded equine medications and FDA GFI 256, never 'stuff'", () => {
		expect(topicOf("compounded equine meds + FDA GFI 256 stuff")).toBe("compounded equine medications and FDA GFI 256");
	});
	it("says the choristers program for boys and girls, with no slash", () => {
		const note = "boy/girl choristers program, RSCM voice for life";
		expect(topicOf(note)).toBe("the choristers program for boys and girls");
		expect(toldOf(note)).toContain("RSCM voice for life");
	});
});
