// Review 78: a check-in drafted days before it falls due, when the decision day comes first, may be sent once that
// day is over; it says neither "before then" nor "around now" of the day, but words true on either side of it.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const lakeshore = {
	type: "interview",
	company: "Lakeshore Youth Soccer",
	role: "Operations coordinator",
	interview_start: "2026-12-01T12:00",
	interview_end: "2026-12-01T13:00",
	primary_contact: "Tanya Brooks <tanya@lakeshoreysa.org>",
	next_steps: "tanya to send offer or no by 12/8",
	decision_expected: "2026-12-08",
	thank_you_sent: "2026-12-01T16:00",
};

function checkIn(fm: Record<string, unknown>, now: string) {
	const { interview } = parseInterview({ file: "Interviews/Lakeshore.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error("not an interview");
	const result = buildDrafts(interview, "check-in", { settings: { myName: "Alex Morgan", signature: "" }, now: local(now) });
	return { body: result.drafts.map((d) => d.body).join("\n"), warnings: result.warnings };
}

describe("a check-in drafted before it falls due, after the decision day (review 78)", () => {
	it("does not say it gets in touch 'before then' of a day it falls due after", () => {
		const { body, warnings } = checkIn(lakeshore, "2026-12-04T10:00");
		expect(warnings).toContain("The check-in falls due on Wednesday 9 December, and is worded to be sent then, after the days it names; sent today, it comes early: say so in your own words, or wait.");
		expect(body).toContain("I understood a decision would come by Tuesday 8 December, so I wanted to check in.");
		expect(body).not.toMatch(/before then|around now/);
	});

	it("on the decision day itself, drafted ahead, says neither 'around now' nor the day as if ahead", () => {
		const { body } = checkIn(lakeshore, "2026-12-08T10:00");
		expect(body).toContain("I understood a decision was due around this time, so I wanted to check in.");
		expect(body).not.toMatch(/8 December/);
		expect(body).not.toMatch(/around now|before then/);
	});

	it("drafted on the interview's next day, is written for its due day, after the decision day", () => {
		const { body } = checkIn(lakeshore, "2026-12-02T10:00");
		expect(body).toContain("I understood a decision was expected by Tuesday 8 December, so I'm writing to check in.");
	});

	it("reads what was told the same way when no decision day is noted", () => {
		const { body } = checkIn({ ...lakeshore, decision_expected: undefined }, "2026-12-04T10:00");
		expect(body).not.toMatch(/before then/);
		expect(body).toMatch(/so I'm writing to check in\./);
	});

	it("once due, says the day is past", () => {
		expect(checkIn(lakeshore, "2026-12-09T10:00").body).toContain("I understood a decision was expected by Tuesday 8 December, so I'm writing to check in.");
	});
});
