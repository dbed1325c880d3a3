// Review 72: "next fri" typed on a Wednesday may mean either Friday; decision_expected says which.
import { describe, expect, it } from "vitest";
import { namedDayOf } from "../../src/core/next-steps-note";
import { local } from "../builders/interview";

describe("'next fri' is the Friday decision_expected names", () => {
	const start = local("2026-12-02T10:00");
	it("takes the Friday a week on when decision_expected names it", () => {
		expect(namedDayOf({ nextSteps: "olivia decides by next fri", start, decisionExpected: local("2026-12-11T00:00") })?.getDate()).toBe(11);
	});
	it("takes this week's Friday when decision_expected names that one", () => {
		expect(namedDayOf({ nextSteps: "olivia decides by next fri", start, decisionExpected: local("2026-12-04T00:00") })?.getDate()).toBe(4);
	});
	it("reads it as before without decision_expected", () => {
		expect(namedDayOf({ nextSteps: "olivia decides by next fri", start })?.getDate()).toBe(4);
	});
});

describe("the next-steps letter names the Friday decision_expected names", () => {
	it("says 11 December, not 4 December", async () => {
		const { buildDrafts } = await import("../../src/core/drafts");
		const { DEFAULT_SETTINGS } = await import("../../src/core/settings");
		const { anInterview } = await import("../builders/interview");
		const interview = anInterview()
			.at("2026-12-02T10:00", "2026-12-02T11:00")
			.primaryContact("Olivia Park", "opark@pinecrest.example")
			.interviewer("Olivia Park", { email: "opark@pinecrest.example" })
			.nextSteps("olivia decides by next fri")
			.decisionExpected("2026-12-11T00:00")
			.record("thankYouSent", "2026-12-02T15:00")
			.build();
		const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-12-03T09:00") };
		const next = buildDrafts(interview, "next-steps", at).drafts[0]?.body ?? "";
		expect(next).toMatch(/Friday,? 11 December|December 11/);
		expect(next).not.toMatch(/\b4 December|December 4\b/);
	});
});

describe("next steps typed short in review 72", async () => {
	const { readNextSteps } = await import("../../src/core/next-steps-note");
	const { namesFor } = await import("../../src/core/people");
	const read = (text: string, reader: string) => readNextSteps(text, { names: namesFor(reader) }, local("2026-12-02T10:00"), local("2026-12-03T09:00"));
	it("reads 'set up in-person w/ chief curator' as an in-person interview", () => {
		expect(read("jenna to set up in-person w/ chief curator", "Jenna Whitfield")?.clause).toBe("you mentioned you'd set up an in-person interview with the chief curator");
	});
	it("says what a round is when the note puts it in brackets at the end", () => {
		expect(read("karen will let me know about 2nd round (teaching demo)", "Karen Liu")?.clause).toBe("you mentioned you'd let me know about a second round, a teaching demo");
	});
	it("writes 'tech test' out", () => {
		expect(read("tech test wk of 12/7", "Marcus Hale")?.clause).toBe("I understood the next step was a technical test in the week of 7 December");
	});
});

describe("'w' before what a call brings (review 75)", async () => {
	const { readNextSteps } = await import("../../src/core/next-steps-note");
	const { namesFor } = await import("../../src/core/people");
	it("is 'with'", () => {
		const r = readNextSteps("tricia will call w feedback thurs", { names: namesFor("Tricia Vance") }, local("2026-12-01T10:00"), local("2026-12-02T09:00"));
		expect(r?.clause).toBe("you mentioned you'd call with feedback on Thursday 3 December");
	});
});
