// Reviews 81-82 (phrasing round 27): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("what is no topic is left out and told", () => {
	it("never says a finding of faults in their review, a clause with its own verb", () => {
		const note = "program review from ED last yr found R2T4 + COA errors, she needs a compliance person who wont let it happen again";
		expect(topicOf(note)).toBeNull();
		expect(toldOf(note).join(" ")).toContain("program review");
	});
	it("never says a question about the user's own papers", () => {
		const note = "ADCI card current?? and my DMT recert date";
		expect(topicOf(note)).toBeNull();
		expect(toldOf(note).join(" ")).toContain("ADCI card");
	});
});

describe("shorthand in a focus is written out", () => {
	it("reads 'zero vis' as zero-visibility and keeps the bridge piles whole", () => {
		const note = "zero vis work on bridge piles, scour inspection, need ppl who can write a clean report after";
		expect(topicOf(note)).toBe("zero-visibility work on bridge piles");
		expect(toldOf(note)).toContain("scour inspection");
	});
	it("keeps an acronym's plural typed in lower case in its capitals", () => {
		expect(topicOf("how i supervise cotas, does she get autonomy")).toBe("how I supervise COTAs");
	});
	it("writes a temperature out", () => {
		expect(topicOf("dough temp, abs %, batch sheets, no short batches")).toBe("dough temperature");
	});
	it("says upset students as a noun phrase", () => {
		expect(topicOf("front counter, students upset, spanish speakers")).toBe("the front counter, upset students and Spanish speakers");
	});
	it("joins a phrase before its noun and drops a 'the' a therapy or discipline does not take", () => {
		expect(topicOf("sensory integration, ayres fidelity, wants SIPT or EASI cert eventually")).toBe("sensory integration");
		expect(topicOf("run of show discipline, talent cues, sponsor reads hit on time")).toBe("run-of-show discipline");
		expect(topicOf("pre trip inspection, air brake check, wheelchair lift + securement")).toBe("pre-trip inspections");
	});
	it("says an acronym in the capitals the note gives it elsewhere", () => {
		expect(topicOf("fafsa completion rates dropped after the FAFSA simplification mess, wants outreach to high schools")).toBe("FAFSA completion rates");
	});
	it("reads PM on rooms as preventive maintenance", () => {
		expect(topicOf("PM on rooms, OOO rooms sitting too long bc hk + engineering dont talk")).toBe("preventive maintenance on rooms");
	});
});

describe("a focus left out whole is read where it can be", () => {
	it("says the program that is behind, and tells how far", () => {
		const note = "pool + spa program behind, 60 public pools, half not inspected this yr";
		expect(topicOf(note)).toBe("the pool and spa program");
		expect(toldOf(note)).toContain("behind");
	});
	it("says a contract's renewal, never 'stuff'", () => {
		expect(topicOf("union stuff, UNITE HERE contract renews in march")).toBe("the UNITE HERE contract renewal in March");
	});
	it("says the job someone is needed on", () => {
		const note = "need someone on replay for the CoD collegiate league sat+sun, 10 wks";
		expect(topicOf(note)).toBe("replay for the CoD collegiate league");
		expect(toldOf(note)).toContain("weekends");
	});
});

describe("a focus with a tail that is no topic says its head", () => {
	it("tells how a route's on-time performance is, and says the topics before it", () => {
		const note = "on time perf + customer complaints, OTP on rt 22 is bad";
		expect(topicOf(note)).toBe("on-time performance and customer complaints");
		expect(toldOf(note)).toContain("OTP on rt 22 is bad");
	});
	it("says the checklist a want of careful divers is about, never 'guys'", () => {
		const note = "wants guys who wont blow off the pre dive checklist, had a near miss w/ umbilical last yr";
		expect(topicOf(note)).toBe("the pre-dive checklist");
		expect(toldOf(note)).toContain("had a near miss w/ umbilical last yr");
	});
	it("says a backlog and tells what is in it", () => {
		const note = "verification backlog, 300+ files sitting, and R2T4 calcs being done wrong";
		expect(topicOf(note)).toBe("the verification backlog");
		expect(toldOf(note)).toContain("R2T4 calcs being done wrong");
	});
});

describe("a therapist's shorthand is read when it can be said without guessing", () => {
	it("says co-treating with the SLP on feeding", () => {
		expect(topicOf("co-treat w/ slp for feeding kids")).toBe("co-treating with the SLP on feeding");
	});
});
