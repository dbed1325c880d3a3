import { describe, expect, it } from "vitest";
import type { FollowUpAction } from "../../src/core/types";
import { countdown, formatDuration, formatInstant, relativeTime } from "../../src/ui/relative-time";
import { local } from "../builders/interview";

const MIN = 60_000;
const HOUR = 60 * MIN;

function action(patch: Partial<FollowUpAction>): FollowUpAction {
	return {
		file: "Interviews/Acme.md",
		kind: "thank-you",
		state: "due",
		opensAt: local("2026-11-25T14:30"),
		idealBy: local("2026-11-25T22:30"),
		deadline: local("2026-11-26T14:30"),
		company: "Acme",
		role: "Engineer",
		recipients: [],
		...patch,
	};
}

describe("formatDuration", () => {
	it("says lengths the way a person does, rounded down", () => {
		expect(formatDuration(30_000)).toBe("less than a minute");
		expect(formatDuration(45 * MIN + 59_000)).toBe("45 min");
		expect(formatDuration(3 * HOUR)).toBe("3 h");
		expect(formatDuration(3 * HOUR + 10 * MIN + 59_000)).toBe("3 h 10 min");
		expect(formatDuration(28 * HOUR)).toBe("1 day 4 h");
		expect(formatDuration(24 * HOUR)).toBe("1 day");
		expect(formatDuration(6 * 24 * HOUR + 23 * HOUR)).toBe("6 days");
	});
});

describe("relativeTime", () => {
	const now = local("2026-11-25T18:00");
	it("points forward and back", () => {
		expect(relativeTime(local("2026-11-25T21:10"), now)).toBe("in 3 h 10 min");
		expect(relativeTime(local("2026-11-25T16:00"), now)).toBe("2 h ago");
		expect(relativeTime(now, now)).toBe("in less than a minute");
	});
});

describe("formatInstant", () => {
	const now = local("2026-11-25T18:00");
	it("names nearby days and shows the date further away", () => {
		expect(formatInstant(local("2026-11-25T22:30"), now)).toBe("today 22:30");
		expect(formatInstant(local("2026-11-26T09:00"), now)).toBe("tomorrow 09:00");
		expect(formatInstant(local("2026-11-24T09:00"), now)).toBe("yesterday 09:00");
		expect(formatInstant(local("2026-12-02T09:00"), now)).toBe("Wed 2 Dec 09:00");
		expect(formatInstant(local("2027-01-04T09:00"), now)).toBe("4 Jan 2027 09:00");
	});
});

describe("countdown", () => {
	const now = local("2026-11-25T19:20");
	it("races against the ideal time while the action is due", () => {
		expect(countdown(action({}), now)).toBe("Ideal window closes in 3 h 10 min");
	});
	it("races against the deadline when there is no ideal time", () => {
		expect(countdown(action({ kind: "next-steps", idealBy: null }), now)).toBe("Deadline in 19 h 10 min");
	});
	it("says since when an open-ended action is open", () => {
		expect(countdown(action({ kind: "check-in", idealBy: null, deadline: null, opensAt: local("2026-11-25T09:00") }), now)).toBe("Open since today 09:00");
	});
	it("says how late, and what is left, once the ideal time has passed", () => {
		const late = action({ state: "late" });
		expect(countdown(late, local("2026-11-26T00:30"))).toBe("Ideal window closed 2 h ago; deadline in 14 h");
	});
	it("says how long ago the deadline passed", () => {
		expect(countdown(action({ state: "overdue" }), local("2026-11-26T16:30"))).toBe("Deadline passed 2 h ago");
	});
	it("says when an upcoming action opens", () => {
		expect(countdown(action({ state: "upcoming", opensAt: local("2026-11-27T16:00") }), local("2026-11-25T18:00"))).toBe(
			"Opens in 1 day 22 h (Fri 27 Nov 16:00)",
		);
	});
});
