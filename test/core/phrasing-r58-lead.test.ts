// Review 58, read again by the lead: a highlight that opens on where it happened, feet typed "ft", and an -ing topic.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { experienceOf } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

describe("a highlight that opens on where or when (review 58)", () => {
	it("reads the archivist's strongest fact, with the place at the end of its sentence", () => {
		const e = experienceOf("At the county archives I processed 340 linear ft in 18 months using MPLP. I also wrote the processing manual they still use.");
		expect(e.statement).toBe("I processed 340 linear feet in 18 months using MPLP at the county archives. I also wrote the processing manual they still use.");
		expect(e.leftOut).toEqual([]);
	});

	it("does the same for a time or a team typed first, and leaves a sentence that cannot be read out", () => {
		expect(experienceOf("During my internship, I built a dashboard used by 40 nurses.").statement).toBe("I built a dashboard used by 40 nurses during my internship.");
		expect(experienceOf("on nights I ran the ED board").statement).toBe("I ran the ED board on nights.");
		// Someone else's doing is not the user's, wherever it opens.
		expect(experienceOf("At Acme my manager built the dashboard").statement).toBeNull();
	});

	it("writes feet out after a count, and 'ft' alone (full-time) is never feet", () => {
		expect(experienceOf("managed a 12,000 sq ft warehouse").statement).toBe("I managed a 12,000-square-foot warehouse.");
		expect(experienceOf("cleared 2,000 linear ft of backlog").statement).toBe("I cleared 2,000 linear feet of backlog.");
		expect(experienceOf("ft role at Acme").statement ?? "").not.toMatch(/feet|foot/);
	});
});

describe("an -ing topic is talked about, never 'gone over' (review 58)", () => {
	it("never says 'to go over clearing the processing backlog'", () => {
		let topics = 0;
		for (const company of ["Pacific Northwest Historical Society", ...Array.from({ length: 40 }, (_, i) => `Co${i}`)]) {
			const interview = anInterview()
				.company(company)
				.interviewer("Eleanor Whitcomb", { email: "ew@x.example", focus: "Her big priority is clearing the processing backlog." })
				.interviewer("Sam Okonkwo", { email: "so@x.example", focus: "reducing reference wait times" })
				.build();
			for (const d of buildDrafts(interview, "thank-you", { settings: { ...DEFAULT_SETTINGS, myName: "Dana Okafor" }, now: local("2026-11-25T17:00") }).drafts) {
				expect(d.body).not.toMatch(/go over (?:clearing|reducing)/);
				if (/(?:clearing|reducing) (?:the processing backlog|reference wait times)/.test(d.body)) topics++;
			}
		}
		// The topics are said all the same, in other words.
		expect(topics).toBeGreaterThan(60);
	});
});
