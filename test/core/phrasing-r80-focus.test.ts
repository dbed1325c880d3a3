// Reviews 77-80 (phrasing round 26): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("a want keeps what it counts", () => {
	it("never says the thing wanted less of as the topic", () => {
		const note = "ops conditioning for voluntary blood draws on the orangs, wants less knockdowns";
		expect(topicOf(note)).toBe("conditioning for voluntary blood draws on the orangutans");
		expect(toldOf(note)).toContain("wants less knockdowns");
		expect(toldOf(note)).toContain("ops");
	});
	it("keeps 'fewer' with what is wanted fewer of", () => {
		// Earlier "Dana wants fewer pages at night" was said "pages at night" (phrasing.test.ts, changed with this rule).
		expect(topicOf("Dana wants fewer pages at night")).toBe("fewer pages at night");
	});
});

describe("an adjective alone is no topic", () => {
	it("leaves 'interfaith' out and tells it", () => {
		const note = "interfaith - lots of pts w/ no faith tradition, wants chaplains who dont push";
		expect(topicOf(note)).toBeNull();
		expect(toldOf(note).join(" ")).toContain("interfaith");
	});
});

describe("shorthand read in a focus", () => {
	it("reads 'id' before a verb as I'd", () => {
		expect(topicOf("how id get program data from staff w/o burying them")).toBe("how I'd get program data from staff without burying them");
	});
});
