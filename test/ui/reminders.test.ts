import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../src/core/agenda";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Interview } from "../../src/core/types";
import { ReminderTracker, reminderNotice, whileAway } from "../../src/ui/reminders";
import { anInterview, local } from "../builders/interview";

const acme = anInterview()
	.file("Interviews/Acme.md")
	.company("Acme Robotics")
	.at("2026-11-25T13:00", "2026-11-25T14:30")
	.interviewer("Dana Whitfield", { email: "dana@acme.example" })
	.primaryContact("Lena Okafor", "lena@acme.example")
	.build();

function actionsAt(now: string, interviews: Interview[] = [acme]) {
	return buildAgenda(interviews, DEFAULT_SETTINGS, local(now)).actions;
}

function tick(tracker: ReminderTracker, now: string, interviews?: Interview[]) {
	return tracker.check(actionsAt(now, interviews), local(now)).map((r) => `${r.action.kind} ${r.transition}`);
}

describe("ReminderTracker", () => {
	it("says nothing on the first check, then tells each transition once as the clock passes it", () => {
		const tracker = new ReminderTracker();
		expect(tick(tracker, "2026-11-25T14:00")).toEqual([]);
		expect(tick(tracker, "2026-11-25T14:29")).toEqual([]);
		expect(tick(tracker, "2026-11-25T14:30")).toEqual(["thank-you opened", "next-steps opened"]);
		expect(tick(tracker, "2026-11-25T14:31")).toEqual([]);
		expect(tick(tracker, "2026-11-25T22:30")).toEqual(["thank-you late"]);
		expect(tick(tracker, "2026-11-26T14:30")).toEqual(["thank-you overdue", "next-steps overdue"]);
		expect(tick(tracker, "2026-11-26T14:45")).toEqual([]);
	});

	it("does not take an edit of the note for news", () => {
		const tracker = new ReminderTracker();
		tick(tracker, "2026-11-25T15:00");
		// The user corrects the end time: the thank-you is suddenly overdue, but no clock passed it.
		const moved = { ...acme, end: local("2026-11-24T10:00") };
		expect(tick(tracker, "2026-11-25T15:01", [moved])).toEqual([]);
	});

	it("tells when a snooze runs out, but not when the user lifts it", () => {
		const snoozed = { ...acme, snoozedUntil: local("2026-11-25T18:00") };
		const tracker = new ReminderTracker();
		tick(tracker, "2026-11-25T15:00", [snoozed]);
		expect(tick(tracker, "2026-11-25T17:59", [snoozed])).toEqual([]);
		expect(tick(tracker, "2026-11-25T18:00", [snoozed])).toEqual(["thank-you snooze-ended", "next-steps snooze-ended"]);

		const lifted = new ReminderTracker();
		tick(lifted, "2026-11-25T15:00", [snoozed]);
		expect(tick(lifted, "2026-11-25T15:01", [acme])).toEqual([]);
	});
});

describe("whileAway", () => {
	it("lists what opened or passed its deadline since the last run", () => {
		const away = whileAway(actionsAt("2026-11-26T15:00"), local("2026-11-25T12:00"), local("2026-11-26T15:00"));
		expect(away.map((r) => `${r.action.kind} ${r.transition}`)).toEqual(["thank-you overdue", "next-steps overdue"]);
		const notice = reminderNotice(away, local("2026-11-26T15:00"), "While you were away:");
		expect(notice).toBe(
			"While you were away:\nAcme Robotics: the deadline for the thank-you has passed.\nAcme Robotics: the deadline for the next-steps question has passed.",
		);
	});

	it("leaves out what happened before the last run", () => {
		expect(whileAway(actionsAt("2026-11-26T15:00"), local("2026-11-26T14:45"), local("2026-11-26T15:00"))).toEqual([]);
	});
});

describe("reminderNotice", () => {
	it("says what to do and how long is left", () => {
		const tracker = new ReminderTracker();
		tracker.check(actionsAt("2026-11-25T14:00"), local("2026-11-25T14:00"));
		const due = tracker.check(actionsAt("2026-11-25T14:30"), local("2026-11-25T14:30"));
		expect(reminderNotice(due, local("2026-11-25T14:30"))).toBe(
			"Follow-ups:\nAcme Robotics: time to send a thank-you. Ideal window closes in 8 h.\nAcme Robotics: time to ask about next steps. Deadline in 1 day.",
		);
	});
});
