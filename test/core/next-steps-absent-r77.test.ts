// Review 77: "jen to schedule onsite w/ medical director", with Jen an HR contact who was not on the call, was told
// back "You mentioned you'd schedule onsite …": she may never have said it, and "onsite" lacked its article.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const willow = {
	type: "interview",
	company: "Willow Creek Hospice",
	role: "Hospice chaplain",
	interview_start: "2026-12-01T14:00",
	interview_end: "2026-12-01T14:40",
	format: "phone",
	primary_contact: "Jen Albright",
	primary_contact_email: "jalbright@willowcreek.example",
	interviewers: [{ name: "Chaplain Tom Whitfield", email: "twhitfield@willowcreek.example", title: "Lead chaplain, spiritual care team" }],
	next_steps: "jen to schedule onsite w/ medical director",
	decision_expected: "2026-12-10",
};

function letter(fm: Record<string, unknown>, kind: "next-steps" | "check-in", now: string): string {
	const { interview } = parseInterview({ file: "Interviews/Willow.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, kind, { settings: { myName: "Alex Morgan", signature: "" }, now: local(now) })
		.drafts.map((d) => d.body)
		.join("\n");
}

describe("next steps told back to a contact who was not in the interview (review 77)", () => {
	it("says what the user understood, with the onsite interview's article", () => {
		const body = letter(willow, "next-steps", "2026-12-01T16:00");
		// The day is when the user would hear back: a further round is what it decides, never "a decision" (review 92).
		expect(body).toContain("I understood you'd schedule an onsite interview with the medical director, and that I'd hear back by Thursday 10 December.");
		expect(body).not.toMatch(/you mentioned/i);
	});

	it("still says 'You mentioned' to a contact who interviewed the user", () => {
		const body = letter({ ...willow, interviewers: [...willow.interviewers, { name: "Jen Albright", email: "jalbright@willowcreek.example" }] }, "next-steps", "2026-12-01T16:00");
		expect(body).toContain("You mentioned you'd schedule an onsite interview with the medical director");
	});
});
