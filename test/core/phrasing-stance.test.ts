// A focus typed as how the person cared ("Big on …", "cares a lot abt …", "kept coming back to …") is about what
// follows; a focus that doubts the user is never thanked for; a licence after the user's years is theirs.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a focus said as how much the person cared", () => {
	it.each([
		["Big on safety culture. Asked 3x about lockout/tagout", "safety culture"],
		["big on food safety logs", "food safety logs"],
		["cares a lot abt documentation", "documentation"],
		["really cares about chain of custody", "the chain of custody"],
		["kept coming back to turnaround times", "turnaround times"],
		["kept asking abt grave liners", "grave liners"],
		["mostly about scheduling + weekend coverage", "scheduling and weekend coverage"],
		["he asked a ton about rekeying a 40-door master system", "rekeying a 40-door master system"],
		["she asked twice about yeast harvesting", "yeast harvesting"],
		["lots of qs about pre-arrangement sales", "pre-arrangement sales"],
	])("%j is about %j", (text, topic) => {
		expect(topicOf(text)).toBe(topic);
	});

	it("takes off the lead only, and keeps a focus that only starts like one", () => {
		expect(topicOf("big push to get ASL-certified interps for all ER visits by Q2")).toMatch(/^the big push to get ASL-certified/);
		expect(topicOf("all about the hops program")).toBe("the hops program");
		expect(topicOf("care plans for residents")).toBe("care plans for residents");
	});
});

// "whether I can work weekends" asks the user's availability, no doubt of them: "my availability for weekends" (review 131).
describe("a focus that doubts the user", () => {
	it.each(["worried about my lack of tower experience", "concerned about my gap in 2024", "wants to know I can lift 50lb all day", "she needs to see that I can close alone"])("%j is left out, and the user told", (text) => {
		const reading = focusTopic(text);
		expect(reading.topic).toBeNull();
		expect(reading.leftOut.join(" ")).toContain(text.split(" ")[0]);
	});
});

describe("a licence after the user's years", () => {
	it.each([
		["10 yrs w/ funeral homes, licensed in 2 states", "my 10 years with funeral homes, and I'm licensed in 2 states"],
		["6 yrs as a locksmith, bonded in NJ", "my 6 years as a locksmith, and I'm bonded in NJ"],
	])("%j", (text, reference) => {
		expect(experienceOf(text).reference).toBe(reference);
	});
});

describe("units in what the user did", () => {
	it.each([
		["already live 20 min from DEN, did 14 mos on reserve at my prev airline", /20 minutes from DEN/],
		["repartitioned a 4 TB Spark job, runtime 5.5h to 40min", /5\.5 hours to 40 minutes/],
	])("%j", (text, said) => {
		const e = experienceOf(text);
		expect([e.statement, e.reference, ...e.more].join(" ")).toMatch(said);
		expect([e.statement, e.reference, ...e.more].join(" ")).not.toMatch(/\d ?(?:min|h|mos)\b/);
	});
});

describe("'vols' read only where it is sure to be volunteers", () => {
	it("never turns a library set's volumes into volunteers", () => {
		const e = experienceOf("my rebacking + board reattachment on the Hollis law library set (~200 vols)");
		expect([e.statement, e.reference, e.short, ...e.more].join(" ")).not.toMatch(/volunteers/);
	});
	it.each([
		["trained all new vols on intake", "I trained all new volunteers on intake."],
		["recruited 40 vols for the food drive", "I recruited 40 volunteers for the food drive."],
	])("%j", (text, statement) => {
		expect(experienceOf(text).statement).toBe(statement);
	});
});

describe("a licence is held, never worked on or done", () => {
	it("says the user is a licensed driller, not that they 'also licensed driller'", () => {
		expect(experienceOf("6 yrs on a Schramm T450, licensed driller in MN + WI").more).toEqual(["I'm also a licensed driller in MN and WI."]);
		expect(experienceOf("certified 40 welders to D1.1").statement).toBe("I certified 40 welders to D1.1.");
	});
	it("says 'my class A CDL', never 'my work on the class A CDL'", () => {
		for (const text of ["class A CDL w/ tanker, zero lost-time incidents since 2019", "CDL w/ hazmat"]) {
			const e = experienceOf(text);
			expect([e.reference, e.short].join(" ")).not.toMatch(/work on/);
		}
	});
});
