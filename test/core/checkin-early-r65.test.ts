// Review 65: a check-in drafted two days after the interview, before the day the next steps name ("call back fri or
// mon", drafted on the Friday), is written as of today and says it comes early.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const fm = {
	type: "interview",
	company: "Caruso Tile",
	role: "Tile setter",
	interview_start: "2026-12-02T09:00",
	interview_end: "2026-12-02T10:00",
	primary_contact: "Vince Caruso <vince@carusotile.com>",
	next_steps: "vince -> call back fri or mon re start",
	thank_you_sent: "2026-12-02T15:00",
};

function checkIn(now: string) {
	const { interview } = parseInterview({ file: "Interviews/Caruso.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, "check-in", { settings: { myName: "Dana Whitfield", signature: "" }, now: local(now) });
}

describe("a check-in drafted before it falls due (review 65)", () => {
	it("says when it falls due, after the last day the next steps name", () => {
		const warnings = checkIn("2026-12-04T10:00").warnings.filter((w) => /falls due/.test(w));
		expect(warnings).toEqual(["The check-in falls due on Wednesday 9 December, and is worded to be sent then, after the days it names; sent today, it comes early: say so in your own words, or wait."]);
	});

	it("says nothing of it once it is due", () => {
		expect(checkIn("2026-12-10T10:00").warnings.some((w) => /falls due/.test(w))).toBe(false);
	});

	it("on the interview's day or the next, is still written to be sent on its day", () => {
		expect(checkIn("2026-12-03T10:00").warnings.filter((w) => /falls due/.test(w))).toEqual(["The check-in falls due on Wednesday 9 December, and is written to be sent then."]);
	});
});
