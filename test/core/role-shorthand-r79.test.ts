// Review 79: "role: line mx tech AMT" went out as typed in four letters and their subjects ("the line mx tech AMT role"),
// and nothing said so. Shorthand the drafts cannot write out is pointed at; what they write out ("grants mgr") is not.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { anInterview, local } from "../builders/interview";

const problems = (role: string) =>
	buildDrafts(anInterview().role(role).at("2026-11-21T14:00", "2026-11-21T15:00").primaryContact("Kayla Brooks", "kayla@aerotalent.example").build(), "thank-you", {
		settings: { myName: "Alex Morgan", signature: "" },
		now: local("2026-11-21T16:00"),
	}).problems.filter((p) => /^The role is typed/.test(p));

describe("shorthand in the role (review 79)", () => {
	it("is pointed at, naming the word", () => {
		expect(problems("line mx tech AMT")).toEqual(['The role is typed "line mx tech AMT", with shorthand ("mx"): the drafts and their subjects say it as typed; write it out in the note\'s role to have it read right.']);
	});

	it.each(["grants mgr", "asst stage mgr", "Line maintenance technician (AMT)"])("is not, when the drafts write it out: %s", (role) => {
		expect(problems(role)).toEqual([]);
	});
});
