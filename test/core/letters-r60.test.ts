// Reviews 59 and 60, read by the lead: a check-in that offers references the note already speaks of, and "that work"
// after "your work".
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Okafor" };

describe("a check-in after next steps that speak of references (review 59)", () => {
	it("never offers to send references the next steps already name", () => {
		let told = 0;
		for (const company of ["Whitfield Law", ...Array.from({ length: 30 }, (_, i) => `Co${i}`)]) {
			const interview = anInterview()
				.company(company)
				.at("2026-11-16T10:00", "2026-11-16T11:00")
				.interviewer("Janet Cole", { email: "janet@x.example" })
				.primaryContact("Janet Cole", "janet@x.example")
				.nextSteps("Janet will check my references next week")
				.record("thankYouSent", "2026-11-16T16:00")
				.build();
			const body = buildDrafts(interview, "check-in", { settings, now: local("2026-11-30T10:00") }).drafts[0].body;
			if (/references/.test(body)) told++;
			expect(body).not.toMatch(/If references (?:or examples of my work )?would help/);
		}
		// The next steps are told back all the same.
		expect(told).toBeGreaterThan(20);
	});
});

describe("the offer of 'that work' after the reader's own work (review 59)", () => {
	it("never says 'share more about that work' after 'your work as …', on the reviewer's gate agent note", () => {
		const interview = anInterview()
			.company("Cascadia Airlines")
			.role("Customer Service Agent - Gates (PDX)")
			.at("2026-12-02T13:00", "2026-12-02T14:30")
			.interviewer("Capt. Ron Delgado", { email: "rdelgado@cascadiaair.com", title: "Station Manager", focus: "irregular ops -- how i handle a gate full of angry ppl when a flight cxls", highlight: "at Horizon I rebooked a full cxl'd 76-seat flight in under 40 min, zero escalations" })
			.interviewer("Amy Chen", { email: "achen@cascadiaair.com", title: "Customer Service Supervisor", focus: "on-time departures, D0 is their big KPI", highlight: "closed out 90% of my flights on time" })
			.build();
		for (const day of ["2026-12-02T18:00", "2026-12-03T09:00", "2026-12-04T09:00"]) {
			for (const d of buildDrafts(interview, "thank-you", { settings: { ...settings, myName: "Dana Whitlock" }, now: local(day) }).drafts) {
				// The title's lines speak of the reader's post ("… the work as the station manager"): "that work" after one would be theirs.
				if (/\bas (?:the |a |an )?(?:station manager|customer service supervisor)\b/i.test(d.body)) expect(d.body).not.toMatch(/that work/);
			}
		}
	});
});
