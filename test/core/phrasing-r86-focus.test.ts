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
