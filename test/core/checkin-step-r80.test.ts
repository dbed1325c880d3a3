// Review 80: "gail sending a paid practical (prompt book exercise) early next wk" beside decision_expected: the check-in
// said only "I understood a decision was expected by Friday 4 December", when the user waits on the practical.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const fm = {
	type: "interview",
	company: "Roundhouse Rep",
	role: "Production stage manager",
	interview_start: "2026-11-20T14:00",
	interview_end: "2026-11-20T15:00",
	primary_contact: "Gail Pruitt <gpruitt@roundhouserep.example>",
	interviewers: [{ name: "Gail Pruitt", email: "gpruitt@roundhouserep.example" }],
	next_steps: "gail sending a paid practical (prompt book exercise) early next wk",
	decision_expected: "2026-12-04",
	thank_you_sent: "2026-11-20T18:00",
};

function checkIn(over: Record<string, unknown>, now: string): string {
	const { interview } = parseInterview({ file: "Interviews/Roundhouse.md", frontmatter: { ...fm, ...over } }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, "check-in", { settings: { myName: "Alex Morgan", signature: "" }, now: local(now) }).drafts[0].body;
}

describe("a check-in with a step to wait on and a decision day (review 80)", () => {
	it("says the step and the decision day once the day is past", () => {
		expect(checkIn({}, "2026-12-05T10:00")).toContain(
			// Two sentences, as a sentence of more than 32 words is (review 85).
			"When we spoke on 20 November, you mentioned you'd send a paid prompt book exercise early in the week of 23 November. A decision was expected by Friday 4 December, so I'm writing to check in.",
		);
	});

	it("says the decision alone when the next steps are the answer itself (the example vault's Stark note)", () => {
		const body = checkIn({ next_steps: "team debriefs Friday; gail will let me know early next week" }, "2026-12-05T10:00");
		expect(body).toContain("I understood a decision was expected by Friday 4 December, so I'm writing to check in.");
		expect(body).not.toMatch(/let me know/);
	});

	it("says the decision alone when the next steps speak of it", () => {
		const body = checkIn({ next_steps: "gail will decide by fri 12/4" }, "2026-12-05T10:00");
		expect(body).toContain("a decision was expected by Friday 4 December, so I'm writing to check in.");
		expect(body).not.toMatch(/, and that a decision/);
	});
});
