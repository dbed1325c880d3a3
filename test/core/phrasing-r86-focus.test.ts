// Reviews 85-86 (phrasing round 29): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("shorthand in a focus is written out", () => {
	it("says the user as 'I'd', never 'i'd'", () => {
		const note = "how i'd train a new hire, he runs the CTO program";
		expect(topicOf(note)).toBe("how I'd train a new hire");
		expect(toldOf(note)).toContain("he runs the CTO program");
	});
	it("reads a lone 'n' as 'and', and says the highwall with 'the'", () => {
		const note = "haul truck berms n highwall, they had a fatal at another co nearby";
		expect(topicOf(note)).toBe("haul truck berms and the highwall");
		expect(toldOf(note)).toContain("they had a fatal at another co nearby");
	});
	it("says the longwall with 'the'", () => {
		expect(topicOf("methane monitoring on longwall, fed inspectors keep writing them up for late bottle samples")).toBe("methane monitoring on the longwall");
	});
	it("writes out ventilation plans in a mine's note", () => {
		const note = "vent plans, bleeder eval, my MSHA cert for methane/o2 detection";
		expect(topicOf(note)).toBe("ventilation plans");
		expect(toldOf(note)).toContain("bleeder eval");
	});
});

describe("the user's own words of themselves are never said to the reader", () => {
	it("reads the user's 'X ok?' as X", () => {
		const note = "shift work ok? nights/wknds/holidays, CJIS bg check";
		expect(topicOf(note)).toBe("shift work on nights, weekends and holidays");
		expect(toldOf(note)).toEqual(["CJIS bg check"]);
		expect(topicOf("shift work ok? CJIS bg check")).toBe("shift work");
	});
	it("cuts 'without whining', and the shorthand it is said of", () => {
		const note = "can i handle 20hr days on opies w/o whining, pot stacking, green hand or not";
		expect(topicOf(note)).toBe("handling 20-hour days");
		expect(toldOf(note).join("; ")).toContain("whining");
	});
	it("tells 'not freaking out …' after '+', and says the catheters", () => {
		const note = "catheters on tiny pts + not freaking out when 3 cars pull in at once";
		expect(topicOf(note)).toBe("catheters on tiny patients");
		expect(toldOf(note)).toContain("not freaking out when 3 cars pull in at once");
	});
	it("tells the user's question after '+', and says the contract length", () => {
		const note = "contract length + can i start before xmas rush";
		expect(topicOf(note)).toBe("the contract length");
		expect(toldOf(note)).toContain("can i start before xmas rush");
	});
	it("reads 'whether i can …' beside another thing as the question, and tells the other", () => {
		const note = "whether i can run triage solo on wknd days + the new fear free intake";
		expect(topicOf(note)).toBe("running triage solo on weekend days");
		expect(toldOf(note)).toContain("the new fear free intake");
	});
});

describe("a fault of the reader's is withheld", () => {
	it("never says 'the IUSS/flash sterilization overuse'", () => {
		const reading = focusTopic("IUSS/flash sterilization overuse, joint commission survey in feb", context);
		expect(reading.topic).toBeNull();
		expect(reading.withheld).toBe("criticism");
		expect(reading.leftOut.join(" ")).toContain("IUSS/flash sterilization overuse");
	});
});

describe("a list whose first part reads", () => {
	it("says officer safety on traffic stops, and tells the rest", () => {
		const note = "officer safety on traffic stops, running plates fast, NCIC hits";
		expect(topicOf(note)).toBe("officer safety on traffic stops");
		expect(toldOf(note)).toEqual(["running plates fast", "NCIC hits"]);
	});
});
