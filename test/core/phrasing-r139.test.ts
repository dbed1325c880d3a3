// What was left after reviews 131-138, and what reviews 139-140 found.
import { describe, expect, it } from "vitest";
import { clockTimes, experienceOf, focusTopic, roleInLetter, roleInSentence, shortRole } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";

describe("a role typed with its hours or team after a dash", () => {
	it("leaves the hours and the team out of a letter", () => {
		expect(roleInLetter("RDA (pedo) - FT", "Bright Smiles Pediatric Dental")).toBe("the RDA role at Bright Smiles Pediatric Dental");
		expect(roleInLetter("RN - nights", "Mercy General")).toBe("the RN role at Mercy General");
		expect(roleInLetter("Pharmacy tech - per diem", "Alder Compounding")).toBe("the pharmacy technician role at Alder Compounding");
		expect(roleInLetter("MSW, IDT - Team B", "Harbor Hospice")).toBe("the IDT MSW role at Harbor Hospice");
	});

	it("keeps what the job is, written out", () => {
		expect(roleInLetter("RDA - pedo", "Bright Smiles")).toBe("the pediatric RDA role at Bright Smiles");
		expect(roleInLetter("RN – Labor & Delivery", "Mercy General")).toBe("the Labor & Delivery RN role at Mercy General");
		expect(roleInLetter("Ramp Agent - Lead", "Skyline Air")).toBe("the Lead Ramp Agent role at Skyline Air");
	});

	it("says the short role without the hours too", () => {
		expect(roleInSentence(shortRole("RDA (pedo) - FT"), "Bright Smiles")).toBe("the RDA role at Bright Smiles");
		expect(roleInSentence(shortRole("RN - nights"), "Mercy General")).toBe("the RN role at Mercy General");
	});
});

describe("a time of day as a letter writes it", () => {
	it("says 4am as 4 a.m., and a span with 'to'", () => {
		expect(experienceOf("started the 4am feeds for the big cats").statement).toBe("I started the 4 a.m. feeds for the big cats.");
		expect(experienceOf("did the 10pm-6am blood bank shift solo").statement).toBe("I did the 10 p.m. to 6 a.m. blood bank shift solo.");
		expect(experienceOf("ran the 6-10pm bleed drives").statement).toBe("I ran the 6 to 10 p.m. bleed drives.");
		expect(clockTimes("on call til 7:30AM")).toBe("on call til 7:30 a.m.");
		expect(clockTimes("at 4am.")).toBe("at 4 a.m.");
	});

	it("keeps the figure of a time in a focus", () => {
		expect(focusTopic("coverage for the 5am feeds").topic?.text).toBe("coverage for the 5 a.m. feeds");
	});

	it("keeps two sentences two", () => {
		expect(experienceOf("opened the hatchery at 4am. Trained 3 new techs on the setters").statement).toBe("I opened the hatchery at 4am. I trained 3 new techs on the setters.");
	});

	it("says a time in the next steps as a letter does", () => {
		const now = new Date(2026, 11, 6, 9);
		expect(readNextSteps("HR to call Fri ~2pm w/ decision", { names: ["Dana Ruiz", "Dana"] }, now, now)?.clause).toBe("I understood HR would call on Friday 11 December about 2 p.m. with a decision");
	});

	it("leaves other figures alone", () => {
		expect(clockTimes("5 amps on the 2 pm shift")).toBe("5 amps on the 2 p.m. shift");
		expect(clockTimes("13-14pm")).toBe("13-14pm");
		expect(clockTimes("I am 4 ambulances short")).toBe("I am 4 ambulances short");
	});
});
