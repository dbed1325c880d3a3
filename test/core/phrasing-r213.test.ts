// What the readings of this stop found (reviews 213 on), mended in general, and what was found on the way.
import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../src/core/agenda";
import { buildDrafts } from "../../src/core/drafts";
import { eventDescription } from "../../src/core/ics";
import { recipientsInWords } from "../../src/core/labels";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Rosa Delgado" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Zed Co", role: "Clerk", interview_start: "2026-12-04T10:00", interview_end: "2026-12-04T10:30", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};

describe("a thank-you with nobody listed, in the due list and the calendar", () => {
	// The list has the properties only; the draft reads the note to tell a recruiter's phone screen
	// (thanked for the conversation) from an interview the contact arranged (asked to pass the thanks on).
	const interview = note({ primary_contact: "Tasha Green <tasha@zed.example>" });
	const thanks = buildAgenda([interview], DEFAULT_SETTINGS, local("2026-12-04T12:00")).actions.find((a) => a.kind === "thank-you")!;

	it("says what it knows, never that the contact is asked to pass the thanks on", () => {
		expect(recipientsInWords(thanks)).toBe("Tasha Green; the note lists no interviewers");
		const description = eventDescription(thanks, "Vault");
		expect(description).toContain("The note lists no interviewers: thank Tasha Green for the conversation if you spoke with them alone");
		expect(description).not.toContain("Ask Tasha Green to pass");
	});

	it("agrees with either draft", () => {
		const alone = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T12:00"), noteText: "ph scrn w/ tasha (recr). 20 min, asked about availability." }).drafts[0].body;
		expect(alone).not.toContain("pass my thanks");
		const arranged = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T12:00"), noteText: "met the team on site. long day." }).drafts[0].body;
		expect(arranged).toContain("pass my thanks on to everyone I met");
	});
});
