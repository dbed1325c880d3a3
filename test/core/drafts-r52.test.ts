// What review 52 found in the product's own lines, each on the reviewer's input and a variant.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { titleWithArticle } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Okafor" };
const at = (now: string) => ({ settings, now: local(now) });

describe("a check-in's timing", () => {
	it("does not get in touch 'before then' when the first of two days named is today", () => {
		// Interview Tuesday 1 December, "working interview fri or mon, tamara to confirm", checking in on Friday the 4th.
		const interview = anInterview().at("2026-12-01T10:00", "2026-12-01T11:00").primaryContact("Tamara Lindqvist", "office@x.example").nextSteps("working interview fri or mon, tamara to confirm").record("thankYouSent", "2026-12-01T15:00").build();
		const friday = buildDrafts(interview, "check-in", at("2026-12-04T10:00")).drafts[0];
		expect(friday.body).toMatch(/Friday 4 or Monday 7 December/);
		expect(friday.body).not.toMatch(/before then/);
		expect(friday.script).not.toMatch(/before then/);
		// On the Thursday both days are still ahead.
		expect(buildDrafts(interview, "check-in", at("2026-12-03T10:00")).drafts[0].body).toMatch(/before then/);
	});
});

describe("lines the note gives nothing for", () => {
	it("never says a degree is the interviewer's job ('as a DDS')", () => {
		// Review 52: `title: DDS, owner` gave "I enjoyed hearing how you approach the work as a DDS."
		for (const title of ["DDS, owner", "RN", "PhD", "CPA - partner"]) {
			const interview = anInterview().interviewer("Priya Mehta", { email: "priya@x.example", title }).build();
			expect(buildDrafts(interview, "thank-you", at("2026-11-25T18:00")).drafts[0].body).not.toMatch(/\bas an? (?:DDS|RN|PhD|CPA)\b/);
		}
		expect(titleWithArticle("DDS, owner")).toBeNull();
		expect(titleWithArticle("Production Manager")).toBe("a production manager");
		expect(titleWithArticle("MD, medical director")).toBeNull();
	});

	it("claims nothing was cleared up in a conversation the note says nothing of", () => {
		const bodies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent", "Wonka", "Stark", "Tyrell"].map(
			(company) => buildDrafts(anInterview().company(company).interviewer("Kelsey Brandt", { email: "k@x.example" }).build(), "thank-you", at("2026-11-25T18:00")).drafts[0].body,
		);
		expect(bodies.filter((b) => /cleared up|wondered about/.test(b))).toEqual([]);
	});
});
