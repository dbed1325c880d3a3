// Reviews 83-84 (phrasing round 28): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("shorthand in a focus is written out", () => {
	it("drops the user's hedge 'mostly' and reads 'cat' deployment as a catastrophe's", () => {
		expect(topicOf("mostly cat deployment - can i travel 3-4 wks at a time after storms, xactimate level")).toBe("catastrophe deployment");
	});
	it("says SEL in capitals, with no 'the'", () => {
		expect(topicOf("sel + music, kids w/ IEPs in music, she has 2 self contained classes that come to music")).toBe("SEL and music");
	});
	it("writes out electronic locks, operations and qualifications", () => {
		expect(topicOf("elec locks, hes, von duprin, lenel")).toBe("electronic locks");
		expect(topicOf("firing ops, drip torch, holding, wanted to know if im FFT1 qual'd + FIRB trainee")).toBe("firing operations");
		expect(topicOf("FAE quals, pump ops, drafting, type 3 vs type 1 engine time")).toBe("FAE qualifications");
	});
	it("joins a phrase before its noun with a hyphen", () => {
		expect(topicOf("sensory friendly mornings, asl tours")).toBe("sensory-friendly mornings");
	});
});

describe("a list is never cut at a comma", () => {
	it("joins the first two parts with 'and' and tells the rest", () => {
		const note = "throughput, 10 day turnaround, digital workflow, exocad + milling zirconia";
		expect(topicOf(note)).toBe("throughput and the ten-day turnaround");
		expect(toldOf(note)).toContain("digital workflow");
	});
});

describe("no 'the' before a kind of work", () => {
	it("says weight and balance accuracy and terminal-clean turnaround bare", () => {
		expect(topicOf("weight & balance accuracy, no late load sheets, she had 2 LMC's last week that delayed flights")).toBe("weight and balance accuracy");
		expect(topicOf("terminal clean turnaround on the floors, ED bed holds, C diff rooms")).toBe("terminal-clean turnaround on the floors");
	});
	it("says chain of custody bare in a list", () => {
		expect(topicOf("key control, chain of custody, patent keys")).toBe("key control, chain of custody and patent keys");
	});
});

describe("a focus is read whole where it can be", () => {
	it("is not cut before 'with children' by a long parenthesis, which is told", () => {
		const note = "how i talk abt difficult work w/ kids (the new exhibition has some heavy stuff - migration, detention)";
		expect(topicOf(note)).toBe("how I talk about difficult work with children");
		expect(toldOf(note).join(" ")).toContain("new exhibition");
	});
	it("says communication between ramp and operations", () => {
		const note = "comms btwn ramp + ops, radio discipline, knowing when to hold a flight";
		expect(topicOf(note)).toBe("communication between ramp and operations");
		expect(toldOf(note)).toContain("radio discipline");
	});
	it("says a first part of two nouns and tells the rest", () => {
		const note = "fitness + PT culture, pack test numbers, keeping rookies from getting hurt on the hike in";
		expect(topicOf(note)).toBe("fitness and PT culture");
		expect(toldOf(note)).toContain("pack test numbers");
	});
});

describe("what a dash adds is told, never dropped unsaid", () => {
	it("tells the question after the dash", () => {
		expect(toldOf("mostly cat deployment - can i travel 3-4 wks at a time after storms, xactimate level")).toContain("can i travel 3-4 wks at a time after storms");
		expect(toldOf("toddler programs - the tinker tots drop-in, they want it to run w/o him every sat")).toContain("the tinker tots drop-in");
	});
});
