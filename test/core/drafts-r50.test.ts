// What reviews 49 and 50 found in letters to the primary contact and in cards, each on the
// reviewer's input and a variant.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Jordan Rivera" };
const at = (now: string) => ({ settings, now: local(now) });

describe("days and timing", () => {
	it("reads 'next fri' typed the day before as the Friday of next week, and 'next fri' two days ahead as that Friday", () => {
		// Review 50: interview Thursday 3 December, "theyll decide by next fri" was told back as Friday 4 December.
		const thursday = readNextSteps("maggie said theyll decide by next fri", { names: ["Maggie Cole", "Maggie"] }, local("2026-12-03T10:00"), local("2026-12-03T15:00"));
		expect(thursday?.clause).toMatch(/Friday 11 December/);
		const wednesday = readNextSteps("decide by next fri", { names: ["Maggie Cole", "Maggie"] }, local("2026-12-02T10:00"), local("2026-12-02T15:00"));
		expect(wednesday?.clause).toMatch(/Friday 4 December/);
	});

	it("does not get in touch 'before then' when the part of the month they named has begun", () => {
		// Review 49: told "after thanksgiving, early dec", checking in on 4 December.
		const interview = anInterview().at("2026-11-23T10:00", "2026-11-23T11:00").primaryContact("Priya Shah", "priya@x.example").nextSteps("decision early dec").record("thankYouSent", "2026-11-23T15:00").build();
		const early = buildDrafts(interview, "check-in", at("2026-12-04T10:00")).drafts[0];
		expect(early.body).toMatch(/early December/);
		expect(early.body).not.toMatch(/before then/);
		expect(early.script).not.toMatch(/before then/);
		// In November it is still ahead, but the check-in falls due after it: it says what is true on either side (review 78).
		expect(buildDrafts(interview, "check-in", at("2026-11-30T10:00")).drafts[0].body).toMatch(/early December, so I'm writing to check in\./);
	});

	it("warns that a card drafted weeks after the interview is late", () => {
		const interview = anInterview().interviewer("Tom Okafor", { email: "tom@x.example" }).record("thankYouSent", "2026-11-25T15:00").build();
		expect(buildDrafts(interview, "handwritten-note", at("2026-12-10T10:00")).warnings).toContain("The interview was 2 weeks ago, and a card is best posted within a few days of it: check that you still mean to send one.");
		expect(buildDrafts(interview, "handwritten-note", at("2026-11-27T10:00")).warnings.join(" ")).not.toMatch(/weeks ago/);
	});
});

describe("a close-out", () => {
	it("thanks 'again' only when a thank-you is on record", () => {
		const companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay"];
		const bodies = (thanked: boolean) =>
			companies.map((company) => {
				let b = anInterview().company(company).primaryContact("Priya Shah", "priya@x.example").record("checkInSent", "2026-12-01T09:00");
				if (thanked) b = b.record("thankYouSent", "2026-11-25T15:00");
				return buildDrafts(b.build(), "close-out", at("2026-12-12T10:00")).drafts[0].body;
			});
		expect(bodies(false).filter((b) => /thank you again|thank you once more/i.test(b))).toEqual([]);
		expect(bodies(true).every((b) => /Thank you again|thank you once more/.test(b))).toBe(true);
	});
});
