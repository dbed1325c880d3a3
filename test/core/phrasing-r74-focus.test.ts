// Reviews 73-74 (phrasing round 24): focus topics typed in a hurry.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text).leftOut;

describe("an adjective alone is no topic", () => {
	it("leaves out 'the multistate' and tells the note", () => {
		const note = "multistate, they got employees in 6 states now after acquistion";
		expect(topicOf(note)).toBeNull();
		expect(toldOf(note).join(" ")).toContain("multistate");
	});
});

describe("shorthand read in a focus", () => {
	it("says push-in versus pull-out services, with no 'the'", () => {
		expect(topicOf("push-in vs pullout, teachers complaining kids miss core instruction")).toBe("push-in versus pull-out services");
	});
	it("says MTSS Tier 2 language groups", () => {
		expect(topicOf("MTSS tier 2 lang groups, eligibility w/ ELL kids")).toBe("MTSS Tier 2 language groups");
	});
	it("says periodontal maintenance recall, never that it is a mess", () => {
		const said = topicOf("perio maint recall is a mess, wants hyg to own srp + reeval appts not just prophys");
		expect(said).toBe("periodontal maintenance recall");
	});
	it("says stormwater with no 'the'", () => {
		expect(topicOf("stormwater - they keep losing bids on green infra, wants bioretention/rain garden design that passes city review 1st time")).toBe("stormwater");
	});
	it("says implant maintenance", () => {
		expect(topicOf("impl maint, pt ed re peri-implantitis, 3mo recalls")).toBe("implant maintenance");
	});
	it("says on-board complaints, never 'how to onboard complaints'", () => {
		expect(topicOf("onbrd complaints, 2 lang min, PA announcements")).toBe("on-board complaints");
		expect(topicOf("onboard complaints, 2 lang min, PA announcements")).toBe("on-board complaints");
	});
});

describe("a dropped focus that can be read", () => {
	it("says litigation support", () => {
		expect(topicOf("lit support, needs someone who can do damages calcs + hold up in depo, not just tie out ledgers")).toBe("litigation support");
	});
	it("says guest services complaints on seven-night Caribbean itineraries", () => {
		expect(topicOf("guest svcs complaints on 7nt carib itins, onboard revenue + crew turnover in F&B")).toBe("guest services complaints on seven-night Caribbean itineraries");
	});
	it("says construction documents and detailing", () => {
		expect(topicOf("CDs, detailing, wants someone who can draw a planting plan + details in autocad w/o hand holding")).toBe("construction documents and detailing");
	});
	it("says project management where the note runs consultants", () => {
		const note = "wants PM skills, running consultants (civil, MEP) and clients, not just design";
		expect(topicOf(note)).toBe("project management");
		expect(toldOf(note).join("; ")).toContain("running consultants");
	});
});
