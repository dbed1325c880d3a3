// Review 57: a title written beside a name, or as the person's title, is how the letters greet them.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { honorificTitle } from "../../src/core/people";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Frontmatter } from "../../src/core/types";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, enableHandwrittenNote: true };
const base = { type: "interview", company: "Harbor View Pediatric Therapy", role: "Speech-language pathologist", interview_start: "2026-10-22T09:30", interview_end: "2026-10-22T11:00" };
const now = local("2026-10-22T15:00");

function greetings(fm: Frontmatter, kind: "thank-you" | "handwritten-note" = "thank-you") {
	const { interview } = parseInterview({ file: "Interviews/SLP.md", frontmatter: { ...base, ...fm } }, settings, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, kind, { settings: { myName: "Dana Okafor", signature: "" }, now }).drafts.map((d) => [d.to[0]?.name, d.body.split("\n")[0]]);
}

describe("a title the note gives someone (review 57)", () => {
	it("greets 'Dr. Marsh' when the title field says Dr. (the reviewer's note)", () => {
		const fm = {
			primary_contact: "Dr. Elaine Marsh <emarsh@harborview.example>",
			interviewers: [
				{ name: "Elaine Marsh", title: "Dr.", email: "emarsh@harborview.example", focus: "AAC and early intervention caseload" },
				{ name: "Luis Ortega", email: "lortega@harborview.example", title: "Ops manager" },
			],
		};
		expect(greetings(fm)).toEqual([
			["Dr. Elaine Marsh", "Dear Dr. Marsh,"],
			["Luis Ortega", "Hi Luis,"],
		]);
		expect(greetings(fm, "handwritten-note")[0]).toEqual(["Dr. Elaine Marsh", "Dear Dr. Marsh,"]);
	});

	it("keeps the title written on the primary contact when the interviewers' line leaves it off", () => {
		const fm = { primary_contact: "Prof. Ana Ruiz <aruiz@uni.example>", interviewers: [{ name: "Ana Ruiz", email: "aruiz@uni.example" }] };
		expect(greetings(fm)).toEqual([["Prof. Ana Ruiz", "Dear Prof. Ruiz,"]]);
		// The other way round, too: whichever entry carries the title.
		const other = { primary_contact: "Ana Ruiz <aruiz@uni.example>", interviewers: [{ name: "Prof. Ana Ruiz", email: "aruiz@uni.example" }] };
		expect(greetings(other)).toEqual([["Prof. Ana Ruiz", "Dear Prof. Ruiz,"]]);
	});

	it("reads only forms of address as such: a job stays a job", () => {
		expect(["Dr.", "Dr", "doctor", "Prof", "Rev.", "Capt."].map(honorificTitle)).toEqual(["Dr.", "Dr.", "Dr.", "Prof.", "Rev.", "Capt."]);
		expect(["Chef", "Coach", "Chief", "Officer", "Head chef", "Dr. of physical therapy", ""].map(honorificTitle)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
		const chef = { interviewers: [{ name: "Maria Lopez", title: "Chef", email: "maria@bistro.example" }] };
		expect(greetings(chef)).toEqual([["Maria Lopez", "Hi Maria,"]]);
	});
});
