// Review 62 (phrasing round 16): a focus is said as a topic that reads after "to talk about", "your perspective
// on", or it is left out and told: a clause is no topic, an ability wanted is its -ing, people wanted are how they
// work, no comma part is dropped unsaid, a list's bare nouns take no "the", and basic conduct is never thanked for.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a wanted ability is its -ing; a clause is never a topic", () => {
	it("the reviewer's call weekends", () => {
		const r = focusTopic("She wants someone who can take call 1 in 4 weekends without burning out. Their last CNM left after 8 months. Team is tired.");
		// "without burning out" is the user's worry, told rather than said (review 67).
		expect(r.topic?.text).toBe("taking call one weekend in four");
		expect(r.leftOut).toContain("without burning out");
		expect(r.leftOut.join(" ")).toMatch(/left after 8 months/);
	});
	it("other abilities wanted", () => {
		expect(topicOf("He needs someone who can run the night shift alone")).toBe("running the night shift alone");
		expect(topicOf("They want a person who will manage vendor contracts")).toBe("managing vendor contracts");
	});
	it("a sentence of what happened is left out and told", () => {
		for (const text of ["Their last CNM left after 8 months. Team is tired.", "the old charge nurse quit in May"]) {
			const r = focusTopic(text);
			expect(r.topic?.text ?? "", text).not.toMatch(/\b(?:left|quit|is tired)\b/);
			if (r.topic === null) expect(r.leftOut.length, text).toBeGreaterThan(0);
		}
	});
});

describe("people a team needs are how they work, never the people as a topic", () => {
	it("the reviewer's RTs", () => {
		expect(topicOf("her team needs RTs who communicate during rapid responses")).toBe("how RTs communicate during rapid responses");
	});
	it("another team", () => {
		expect(topicOf("their unit wants nurses who document in real time")).toBe("how nurses document in real time");
		const r = focusTopic("his team needs techs who are on call");
		expect(r.topic?.text ?? "").not.toMatch(/^techs who/);
	});
});

describe("every comma part the topic leaves out is told", () => {
	it("the reviewer's Les Clefs d'Or", () => {
		const r = focusTopic("Les Clefs d'Or membership, VIP/repeat guest recognition");
		const said = `${r.topic?.text ?? ""} | ${r.leftOut.join(" | ")}`;
		expect(said).toMatch(/recognition/);
	});
	it("the reviewer's budgets and other lists", () => {
		for (const [text, part] of [
			["budgets that match the narrative, federal reporting (uniform guidance)", /federal reporting/],
			["donor stewardship that builds trust, annual fund reporting", /annual fund/],
		] as const) {
			const r = focusTopic(text);
			expect(`${r.topic?.text ?? ""} | ${r.leftOut.join(" | ")}`, text).toMatch(part);
		}
	});
});

describe("a list's bare nouns take no 'the'; a lower-case product name is told", () => {
	it("the reviewer's waterbirth list", () => {
		const r = focusTopic("waterbirth\nnitrous\ncharting in athena");
		expect(r.topic?.text ?? "").not.toMatch(/\bthe (?:waterbirth|nitrous)\b|athena/);
		expect(r.leftOut.join(" ")).toMatch(/athena/);
	});
	it("another list", () => {
		const r = focusTopic("- triage\n- telemetry\n- documenting in epic");
		expect(r.topic?.text ?? "").not.toMatch(/\bthe (?:triage|telemetry)\b|epic/);
		expect(r.leftOut.join(" ")).toMatch(/epic/);
	});
});

describe("basic conduct is said as reliability, and shift times as a reader says them", () => {
	it("the reviewer's 0530 shifts", () => {
		expect(topicOf("showing up on time for 0530 shifts")).toBe("being reliable for 5:30 a.m. shifts");
	});
	it("other times and conduct", () => {
		expect(topicOf("arriving on time for 1900 shifts")).toBe("being reliable for 7 p.m. shifts");
		expect(focusTopic("covering 0600 shifts").topic?.text ?? "").not.toMatch(/0600/);
		expect(focusTopic("punctuality").topic).toBeNull();
	});
});
