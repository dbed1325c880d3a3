// Review 63: notes that say the search has ended ("took offer at Tacoma General -> close this out politely") while
// the status is still active: the drafts that would say the user is still interested warn, pointing at the line.
import { describe, expect, it } from "vitest";
import { endedMention } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Sam Ortiz" };
const note = "---\ntype: interview\ncompany: St. Joseph\nstatus: active\n---\n## notes\n- sister mary catherine asked about the free clinic\n- took offer at Tacoma General 12/1 -> close this out politely\n";

describe("notes that say the search has ended (review 63)", () => {
	it("warns on a close-out, a check-in and a next-steps letter, naming the line", () => {
		const interview = anInterview().primaryContact("Ana Ruiz", "ana@x.example").record("thankYouSent", "2026-11-10T15:00").record("checkInSent", "2026-11-18T10:00").build();
		for (const kind of ["close-out", "check-in", "next-steps"] as const) {
			const warnings = buildDrafts(interview, kind, { settings, now: local("2026-12-04T10:00"), noteText: note }).warnings.join(" ");
			expect(warnings, kind).toMatch(/line 8 say "took offer at Tacoma General 12\/1 -> close this out politely"/);
			expect(warnings, kind).toMatch(/set status: withdrawn/);
		}
		// A thank-you is not about where the search stands.
		expect(buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T10:00"), noteText: note }).warnings.join(" ")).not.toMatch(/withdrawn/);
	});

	it("reads the ways people write it, and not an offer still to come", () => {
		for (const line of ["accepted another offer, tell them", "Withdrew on 11/30", "taking the offer at Mercy", "pulled out after 2nd rd"]) expect(endedMention(`---\ntype: interview\n---\n- ${line}\n`)?.line, line).toBe(4);
		for (const line of ["hoping for an offer by fri", "they said offer letters go out in jan", "withdrawal symptoms of the old system lol"]) expect(endedMention(`---\ntype: interview\n---\n- ${line}\n`), line).toBeNull();
		// Lines in the product's own sections are not the user's notes.
		expect(endedMention("---\ntype: interview\n---\n## Follow-up log\n- took offer\n")).toBeNull();
	});
});

describe("a day they named, gone by the time the next-steps letter is written (review 64)", () => {
	const interview = anInterview().at("2026-12-01T10:00", "2026-12-01T11:00").primaryContact("Brittany Cole", "bcole@x.example").nextSteps("brittany (recruiter @ apex) will call w/ feedback by thurs").decisionExpected("2026-12-08").build();
	it("tells it as said before it, and asks for news, when the decision day is still ahead", () => {
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T10:00") }).drafts[0].body;
		// Brittany, a recruiter, was not in the interview: what the user understood, said in the past already (review 77).
		expect(body).toMatch(/I understood you'd call with feedback by Thursday 3 December, and that a decision was expected by Tuesday 8 December\./);
		expect(body).toMatch(/any news/);
	});
	it("says it as ahead while it is", () => {
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T10:00") }).drafts[0].body;
		expect(body).toMatch(/I understood you'd call with feedback by Thursday 3 December/);
		expect(body).not.toMatch(/any news/);
	});
});
