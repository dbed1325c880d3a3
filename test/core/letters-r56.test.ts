// What review 56 found in the product's own lines, each on the reviewer's input and a variant.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Okafor" };
const at = (now: string) => ({ settings, now: local(now) });

describe("a close-out drafted days after the interview (review 56)", () => {
	const hotshots = (seedName: string) =>
		anInterview()
			.company("Deschutes National Forest - Redmond Hotshots")
			.role("Hotshot Crew Member")
			.at("2026-12-01T09:00", "2026-12-01T10:00")
			.interviewer(seedName, { email: "supt@fs.example" })
			.primaryContact(seedName, "supt@fs.example")
			.decisionExpected("2026-12-28")
			.record("thankYouSent", "2026-12-01T15:00");
	const NAMES = ["Kyle Brandt", "Ana Ruiz", "Sam Lee", "Li Wei", "Ola Berg", "Kim Doe", "Raj Patel", "Jo March"];

	it("holds out no door to other openings one to three days after it, with no check-in sent", () => {
		for (const name of NAMES) {
			for (const day of ["2026-12-02T10:00", "2026-12-04T10:00"]) {
				const body = buildDrafts(hotshots(name).build(), "close-out", at(day)).drafts[0].body;
				expect(body, `${name} ${day}`).not.toMatch(/goes another way|future roles|whatever happens/i);
				expect(body, `${name} ${day}`).toMatch(/I'm still interested in the role/);
			}
		}
	});

	it("holds it out once the wait is long: a week on, after a check-in, or after the decision day", () => {
		for (const name of NAMES) {
			expect(buildDrafts(hotshots(name).build(), "close-out", at("2026-12-09T10:00")).drafts[0].body, name).toMatch(/future roles/);
			expect(buildDrafts(hotshots(name).record("checkInSent", "2026-12-03T10:00").build(), "close-out", at("2026-12-04T10:00")).drafts[0].body, name).toMatch(/goes another way/);
			expect(buildDrafts(hotshots(name).decisionExpected("2026-12-02").build(), "close-out", at("2026-12-04T10:00")).drafts[0].body, name).toMatch(/goes another way/);
		}
	});
});
