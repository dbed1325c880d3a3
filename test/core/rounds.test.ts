// A later round at the same company takes over an earlier one's letters about where things stand (review 111: a screen's
// next-steps question asked "any news on the second round?" of someone who had sat on that round four days before).
import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../src/core/agenda";
import { buildDrafts } from "../../src/core/drafts";
import { laterRounds } from "../../src/core/rounds";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Alex Morgan" };
const screen = anInterview()
	.file("Interviews/Maple Grove - screen.md")
	.company("Maple Grove Public Library")
	.role("Children's Services Librarian I")
	.at("2026-11-20T10:00", "2026-11-20T10:30")
	.interviewer("Dana Whitcomb", { email: "dana@maplegrove.example" })
	.primaryContact("Dana Whitcomb", "dana@maplegrove.example")
	.nextSteps("dana said 2nd round in person wk of 11/30 if they move fwd")
	.decisionExpected("2026-11-25")
	.record("thankYouSent", "2026-11-20T15:00")
	.build();
// Typed another way, as a hurried note would.
const panel = anInterview()
	.file("Interviews/Maple Grove - panel.md")
	.company("maple grove public library ")
	.role("Childrens librarian")
	.at("2026-12-01T13:00", "2026-12-01T15:00")
	.interviewer("Dr. Evelyn Park", { email: "epark@maplegrove.example" })
	.interviewer("Dana Whitcomb", { email: "dana@maplegrove.example" })
	.primaryContact("Dana Whitcomb", "dana@maplegrove.example")
	.build();
const other = anInterview()
	.file("Interviews/Eastbrook.md")
	.company("Eastbrook Library")
	.at("2026-11-18T10:00", "2026-11-18T11:00")
	.interviewer("Sam Lee", { email: "sam@eastbrook.example" })
	.primaryContact("Sam Lee", "sam@eastbrook.example")
	.record("thankYouSent", "2026-11-18T15:00")
	.build();

const kindsOf = (file: string, now: string) => buildAgenda([screen, panel, other], settings, local(now)).actions.filter((a) => a.file === file).map((a) => a.kind);

describe("a later round at the same company", () => {
	it("is found whatever the company's brackets, suffix or punctuation (review 150)", () => {
		const bracketed = anInterview().file("Interviews/River Hawks - phone.md").company("Cedar Rapids River Hawks (High-A)").role("Stadium Operations Coordinator").at("2026-11-24T10:00", "2026-11-24T10:30").interviewer("Kelsey Dunn", { email: "k@rh.example" }).primaryContact("Kelsey Dunn", "k@rh.example").build();
		const plain = anInterview().file("Interviews/River Hawks - panel.md").company("Cedar Rapids River Hawks").role("Stadium Operations Coordinator").at("2026-12-04T10:00", "2026-12-04T11:30").interviewer("Kelsey Dunn", { email: "k@rh.example" }).primaryContact("Kelsey Dunn", "k@rh.example").build();
		expect(laterRounds([bracketed, plain], local("2026-12-06T10:00")).get(bracketed.file)?.file).toBe(plain.file);
		const inc = anInterview().file("Interviews/Acme - screen.md").company("Acme, Inc.").role("Analyst").at("2026-11-24T10:00", "2026-11-24T10:30").build();
		const acme = anInterview().file("Interviews/Acme - panel.md").company("Acme").role("Analyst").at("2026-12-01T10:00", "2026-12-01T11:00").build();
		expect(laterRounds([inc, acme], local("2026-12-06T10:00")).get(inc.file)?.file).toBe(acme.file);
		// Two companies whose names share words are still two.
		const hawks = anInterview().file("Interviews/Hawks.md").company("Cedar Rapids Kernels").role("Stadium Operations Coordinator").at("2026-12-05T10:00", "2026-12-05T11:00").build();
		expect(laterRounds([bracketed, hawks], local("2026-12-06T10:00")).size).toBe(0);
	});

	it("is found once it has begun, whatever the company's case or spacing, and only for earlier notes", () => {
		expect(laterRounds([screen, panel, other], local("2026-12-05T10:00")).get(screen.file)?.file).toBe(panel.file);
		expect(laterRounds([screen, panel, other], local("2026-12-05T10:00")).has(panel.file)).toBe(false);
		expect(laterRounds([screen, panel, other], local("2026-12-05T10:00")).has(other.file)).toBe(false);
		// Still to come, it takes nothing over: until it happens, the screen's letters are the ones to send.
		expect(laterRounds([screen, panel, other], local("2026-11-30T10:00")).size).toBe(0);
	});

	it("takes the earlier note's next steps, check-in and close-out off the agenda, and nothing of another company's", () => {
		expect(kindsOf(screen.file, "2026-11-27T10:00")).toEqual(expect.arrayContaining(["check-in"]));
		const after = kindsOf(screen.file, "2026-12-05T10:00");
		for (const kind of ["next-steps", "check-in", "close-out"]) expect(after).not.toContain(kind);
		expect(kindsOf(other.file, "2026-12-05T10:00")).toContain("check-in");
	});

	it("is named in what to check before sending, on every kind drafted from the earlier note", () => {
		const laterRound = laterRounds([screen, panel], local("2026-12-05T10:00")).get(screen.file);
		const checkIn = buildDrafts(screen, "check-in", { settings, now: local("2026-12-05T10:00"), laterRound });
		expect(checkIn.problems.join("\n")).toMatch(/later interview at Maple Grove Public Library since this one, on Tuesday 1 December \(Interviews\/Maple Grove - panel\.md\): this check-in speaks only of the interview on Friday 20 November/);
		const thanks = buildDrafts(screen, "thank-you", { settings, now: local("2026-12-05T10:00"), laterRound });
		expect(thanks.problems.join("\n")).toMatch(/this thank-you speaks of the earlier one and arrives after the later one/);
		// The later interview may have been with other people: a thank-you is never sent "from the later note" (review 133).
		expect(thanks.problems.join("\n")).not.toMatch(/from the later note/);
		// Without a later round, no word of one.
		expect(buildDrafts(screen, "check-in", { settings, now: local("2026-12-05T10:00") }).problems.join("\n")).not.toMatch(/later interview/);
	});
});
