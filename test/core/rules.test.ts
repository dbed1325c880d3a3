import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateInterview, holidayOf, pendingActions, stateAt } from "../../src/core/rules";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { ACTION_STATES, type ActionKind, type FollowUpAction, type Interview } from "../../src/core/types";
import { anInterview, local } from "../builders/interview";

const settings: Settings = { ...DEFAULT_SETTINGS };
const all: Settings = { ...DEFAULT_SETTINGS, enableHandwrittenNote: true, enableLinkedin: true };

function action(interview: Interview, kind: ActionKind, now: string, s: Settings = settings): FollowUpAction | undefined {
	return evaluateInterview(interview, s, local(now)).actions.find((a) => a.kind === kind);
}

const ms = (d: Date | null) => (d ? d.getTime() : null);

describe("thank-you", () => {
	const interview = anInterview()
		.at("2026-11-25T13:00", "2026-11-25T14:30")
		.interviewer("Sam Lee", { email: "sam@acme.example" })
		.build();

	it("opens at the interview end, is ideally sent within 8 h and at the latest within 24 h", () => {
		const a = action(interview, "thank-you", "2026-11-25T15:00")!;
		expect(ms(a.opensAt)).toBe(local("2026-11-25T14:30").getTime());
		expect(ms(a.idealBy)).toBe(local("2026-11-25T22:30").getTime());
		expect(ms(a.deadline)).toBe(local("2026-11-26T14:30").getTime());
		expect(a.recipients).toEqual([{ name: "Sam Lee", email: "sam@acme.example" }]);
	});

	it.each([
		["2026-11-25T14:29:59", "upcoming"],
		["2026-11-25T14:30", "due"],
		["2026-11-25T22:29:59", "due"],
		["2026-11-25T22:30", "late"],
		["2026-11-26T14:29:59", "late"],
		["2026-11-26T14:30", "overdue"],
	])("at %s it is %s", (now, state) => {
		const at = new Date(local(now.slice(0, 16)).getTime() + (now.length > 16 ? 59_000 : 0));
		expect(evaluateInterview(interview, settings, at).actions.find((a) => a.kind === "thank-you")!.state).toBe(state);
	});

	it("is done once thank_you_sent holds anything", () => {
		const sent = anInterview().record("thankYouSent", "2026-11-25T16:00").build();
		expect(action(sent, "thank-you", "2026-11-25T16:00")).toBeUndefined();
		const yes = anInterview().record("thankYouSent", true).build();
		expect(action(yes, "thank-you", "2026-11-25T16:00")).toBeUndefined();
	});

	it("goes to every interviewer with an email, and to the primary contact for those without", () => {
		const i = anInterview()
			.interviewer("Sam Lee", { email: "sam@acme.example" })
			.interviewer("Tom Becker")
			.interviewer("Ana Ruiz")
			.primaryContact("Dana Wu", "dana@acme.example")
			.build();
		const a = action(i, "thank-you", "2026-11-25T15:00")!;
		expect(a.recipients).toEqual([
			{ name: "Sam Lee", email: "sam@acme.example" },
			{ name: "Dana Wu", email: "dana@acme.example" },
		]);
		expect(a.passThanksTo).toEqual(["Tom Becker", "Ana Ruiz"]);
	});

	it("goes to the primary contact when no interviewer is listed", () => {
		const i = anInterview().primaryContact("Dana Wu", "dana@acme.example").build();
		const a = action(i, "thank-you", "2026-11-25T15:00")!;
		expect(a.recipients).toEqual([{ name: "Dana Wu", email: "dana@acme.example" }]);
		expect(a.passThanksTo).toEqual([]);
	});

	it("still appears with nobody to send to, with a warning", () => {
		const i = anInterview().interviewer("Tom Becker").build();
		const ev = evaluateInterview(i, settings, local("2026-11-25T15:00"));
		expect(ev.actions.find((a) => a.kind === "thank-you")!.recipients).toEqual([]);
		expect(ev.problems.map((p) => p.severity)).toContain("warning");
		expect(ev.problems[0].message).toMatch(/nobody/);
	});

	it("follows the settings", () => {
		const a = action(interview, "thank-you", "2026-11-25T15:00", { ...settings, thankYouIdealHours: 2, thankYouDeadlineHours: 12 })!;
		expect(ms(a.idealBy)).toBe(local("2026-11-25T16:30").getTime());
		expect(ms(a.deadline)).toBe(local("2026-11-26T02:30").getTime());
	});
});

describe("next-steps", () => {
	it("is pending until next steps are known, asked or answered, with a deadline of end + 24 h", () => {
		const i = anInterview().at("2026-11-25T13:00", "2026-11-25T14:00").primaryContact("Dana Wu", "dana@acme.example").build();
		const a = action(i, "next-steps", "2026-11-25T15:00")!;
		expect(a.idealBy).toBeNull();
		expect(ms(a.deadline)).toBe(local("2026-11-26T14:00").getTime());
		expect(a.state).toBe("due");
		expect(action(i, "next-steps", "2026-11-26T14:00")!.state).toBe("overdue");
		expect(a.recipients).toEqual([{ name: "Dana Wu", email: "dana@acme.example" }]);
		expect(action(anInterview().nextSteps("Call on Friday").build(), "next-steps", "2026-11-25T15:00")).toBeUndefined();
		expect(action(anInterview().record("nextStepsAsked", "2026-11-25T15:00").build(), "next-steps", "2026-11-25T15:00")).toBeUndefined();
		expect(action(anInterview().record("replyReceived", "2026-11-25T15:00").build(), "next-steps", "2026-11-25T15:00")).toBeUndefined();
	});
});

describe("check-in", () => {
	const sent = anInterview().at("2026-11-17T10:00", "2026-11-17T12:00").record("thankYouSent", "2026-11-17T16:20");

	it("opens 7 days after the thank-you, with no ideal time or deadline", () => {
		const i = sent.build();
		expect(action(i, "check-in", "2026-11-24T16:19")!.state).toBe("upcoming");
		const a = action(i, "check-in", "2026-11-24T16:20")!;
		expect(a.state).toBe("due");
		expect(ms(a.opensAt)).toBe(local("2026-11-24T16:20").getTime());
		expect(a.idealBy).toBeNull();
		expect(a.deadline).toBeNull();
		expect(action(i, "check-in", "2027-03-01T00:00")!.state).toBe("due");
	});

	it("waits until 09:00 the day after the expected decision when that is later", () => {
		const i = anInterview().record("thankYouSent", "2026-11-24T18:10").decisionExpected("2026-12-04").build();
		expect(ms(action(i, "check-in", "2026-11-25T18:00")!.opensAt)).toBe(local("2026-12-05T09:00").getTime());
		const early = anInterview().record("thankYouSent", "2026-11-24T18:10").decisionExpected("2026-11-25").build();
		expect(ms(action(early, "check-in", "2026-11-25T18:00")!.opensAt)).toBe(local("2026-12-01T18:10").getTime());
	});

	it("waits until 09:00 the day after a day the next steps name, read as on the day of the interview", () => {
		const told = anInterview().at("2026-11-24T10:00", "2026-11-24T11:00").record("thankYouSent", "2026-11-24T18:10").nextSteps("they'll email by end of next week").build();
		expect(ms(action(told, "check-in", "2026-11-25T18:00")!.opensAt)).toBe(local("2026-12-05T09:00").getTime());
		// A day before the usual week changes nothing, and neither do next steps that name no day or cannot be read.
		const soon = anInterview().at("2026-11-24T10:00", "2026-11-24T11:00").record("thankYouSent", "2026-11-24T18:10").nextSteps("Dana will call by Thursday").build();
		expect(ms(action(soon, "check-in", "2026-11-25T18:00")!.opensAt)).toBe(local("2026-12-01T18:10").getTime());
		for (const text of ["Dana will call", "2nd rd w/ ??? idk"]) {
			const none = anInterview().at("2026-11-24T10:00", "2026-11-24T11:00").record("thankYouSent", "2026-11-24T18:10").nextSteps(text).build();
			expect(ms(action(none, "check-in", "2026-11-25T18:00")!.opensAt), text).toBe(local("2026-12-01T18:10").getTime());
		}
	});

	it("waits for the next weekday when it would fall on Christmas Day or New Year's Day or the eve of either, at the same time of day", () => {
		const christmas = anInterview().at("2026-12-17T10:00", "2026-12-17T11:00").record("thankYouSent", "2026-12-18T16:20").build();
		expect(ms(action(christmas, "check-in", "2026-12-20T09:00")!.opensAt)).toBe(local("2026-12-28T16:20").getTime());
		// "We'll be in touch before the holidays" (before the 25th): the day after it is the 25th, and so the 28th.
		const told = anInterview().at("2026-12-15T10:00", "2026-12-15T11:00").record("thankYouSent", "2026-12-15T16:00").decisionExpected("2026-12-24").build();
		expect(ms(action(told, "check-in", "2026-12-20T09:00")!.opensAt)).toBe(local("2026-12-28T09:00").getTime());
		const newYear = anInterview().at("2026-12-17T10:00", "2026-12-17T11:00").record("thankYouSent", "2026-12-18T16:20").record("checkInSent", "2026-12-25T09:30").build();
		expect(ms(action(newYear, "close-out", "2026-12-26T09:00")!.opensAt)).toBe(local("2027-01-04T09:30").getTime());
		// Christmas Eve and New Year's Eve wait too (reviews 193, 194): "2-3 wks" read as the 23rd had opened it on the 24th.
		const eve = anInterview().at("2026-12-10T10:00", "2026-12-10T11:00").record("thankYouSent", "2026-12-10T16:00").decisionExpected("2026-12-23").build();
		expect(ms(action(eve, "check-in", "2026-12-20T09:00")!.opensAt)).toBe(local("2026-12-28T09:00").getTime());
		const yearsEve = anInterview().at("2026-12-17T10:00", "2026-12-17T11:00").record("thankYouSent", "2026-12-17T16:20").record("checkInSent", "2026-12-24T09:30").build();
		expect(ms(action(yearsEve, "close-out", "2026-12-26T09:00")!.opensAt)).toBe(local("2027-01-04T09:30").getTime());
		// Boxing Day too (review 197: "2-3 wks" opened a check-in on Saturday 26 December).
		const boxing = anInterview().at("2026-12-10T10:00", "2026-12-10T11:00").record("thankYouSent", "2026-12-10T16:00").decisionExpected("2026-12-25").build();
		expect(ms(action(boxing, "check-in", "2026-12-20T09:00")!.opensAt)).toBe(local("2026-12-28T09:00").getTime());
		// Any other day is kept, a weekend included.
		const saturday = anInterview().at("2026-12-04T10:00", "2026-12-04T11:00").record("thankYouSent", "2026-12-05T10:00").build();
		expect(ms(action(saturday, "check-in", "2026-12-06T09:00")!.opensAt)).toBe(local("2026-12-12T10:00").getTime());
	});

	it("knows the holidays by their local calendar day", () => {
		expect(holidayOf(local("2026-12-24T23:30"))).toEqual({ name: "Christmas Eve", eveOf: "Christmas Day" });
		expect(holidayOf(local("2026-12-26T00:10"))?.name).toBe("Boxing Day");
		expect(holidayOf(local("2027-01-01T09:00"))?.name).toBe("New Year's Day");
		expect(holidayOf(local("2026-12-23T23:59"))).toBeNull();
		expect(holidayOf(local("2027-01-02T00:00"))).toBeNull();
	});

	it("counts from the interview end when thank_you_sent is not a date", () => {
		const i = anInterview().at("2026-11-17T10:00", "2026-11-17T12:00").record("thankYouSent", true).build();
		expect(ms(action(i, "check-in", "2026-11-25T18:00")!.opensAt)).toBe(local("2026-11-24T12:00").getTime());
	});

	it("is done once sent or answered", () => {
		expect(action(sent.build(), "check-in", "2026-11-25T00:00")).toBeDefined();
		expect(action(anInterview().record("thankYouSent", "2026-11-17T16:20").record("checkInSent", "2026-11-24T17:00").build(), "check-in", "2026-11-25T00:00")).toBeUndefined();
		expect(action(anInterview().record("thankYouSent", "2026-11-17T16:20").record("replyReceived", "2026-11-20T09:00").build(), "check-in", "2026-11-25T00:00")).toBeUndefined();
	});
});

describe("close-out", () => {
	it("opens 7 days after the check-in when no reply came", () => {
		const i = anInterview().record("thankYouSent", "2026-11-10T17:00").record("checkInSent", "2026-11-17T09:30").build();
		expect(action(i, "close-out", "2026-11-24T09:29")!.state).toBe("upcoming");
		const a = action(i, "close-out", "2026-11-24T09:30")!;
		expect(a.state).toBe("due");
		expect(a.deadline).toBeNull();
		const replied = anInterview().record("checkInSent", "2026-11-17T09:30").record("replyReceived", "2026-11-18T09:30").build();
		expect(action(replied, "close-out", "2026-11-25T09:30")).toBeUndefined();
	});
});

describe("optional actions", () => {
	it("handwritten note: off by default, else due from the thank-you, late after 2 days, never overdue", () => {
		const i = anInterview().interviewer("Sam Lee").record("thankYouSent", "2026-11-17T16:20").build();
		expect(action(i, "handwritten-note", "2026-11-18T00:00")).toBeUndefined();
		expect(action(i, "handwritten-note", "2026-11-18T00:00", all)!.state).toBe("due");
		expect(action(i, "handwritten-note", "2026-11-19T16:20", all)!.state).toBe("late");
		expect(action(i, "handwritten-note", "2027-11-19T16:20", all)!.state).toBe("late");
		expect(action(anInterview().record("thankYouSent", "2026-11-17T16:20").record("handwrittenNoteSent", "2026-11-18").build(), "handwritten-note", "2026-11-18T00:00", all)).toBeUndefined();
	});

	it("LinkedIn: off by default, else due from the interview end for interviewers with a profile", () => {
		const i = anInterview().interviewer("Sam Lee", { linkedin: "https://www.linkedin.com/in/samlee" }).interviewer("Tom Becker").build();
		expect(action(i, "linkedin", "2026-11-25T15:00")).toBeUndefined();
		const a = action(i, "linkedin", "2026-11-25T15:00", all)!;
		expect(a.state).toBe("due");
		expect(a.recipients.map((r) => r.name)).toEqual(["Sam Lee"]);
		expect(action(anInterview().interviewer("Tom Becker").build(), "linkedin", "2026-11-25T15:00", all)).toBeUndefined();
	});
});

describe("status and time", () => {
	it("has nothing pending once the status is not active", () => {
		for (const status of ["offer", "rejected", "withdrawn", "closed"] as const) {
			expect(pendingActions(anInterview().status(status).build(), all)).toEqual([]);
		}
	});

	it("shows a future interview's thank-you and next-steps as upcoming", () => {
		const i = anInterview().at("2026-11-27T15:00", "2026-11-27T16:00").build();
		const ev = evaluateInterview(i, settings, local("2026-11-25T18:00"));
		expect(ev.actions.map((a) => [a.kind, a.state])).toEqual([
			["thank-you", "upcoming"],
			["next-steps", "upcoming"],
		]);
	});

	it("puts boundary instants in the later state", () => {
		const o = local("2026-11-25T10:00");
		const i = local("2026-11-25T18:00");
		const d = local("2026-11-26T10:00");
		expect(stateAt(o, o, i, d)).toBe("due");
		expect(stateAt(i, o, i, d)).toBe("late");
		expect(stateAt(d, o, i, d)).toBe("overdue");
		expect(stateAt(d, o, null, d)).toBe("overdue");
		expect(stateAt(d, o, null, null)).toBe("due");
	});

	it("marks snoozed actions while the snooze lasts, keeping their state", () => {
		const i = anInterview().at("2026-11-24T13:00", "2026-11-24T14:00").snoozedUntil("2026-11-26T09:00").build();
		const now = evaluateInterview(i, settings, local("2026-11-25T18:00")).actions[0];
		expect(now.state).toBe("overdue");
		expect(ms(now.snoozedUntil!)).toBe(local("2026-11-26T09:00").getTime());
		expect(evaluateInterview(i, settings, local("2026-11-26T09:00")).actions[0].snoozedUntil).toBeUndefined();
	});

	it("only ever moves an action's state forward as time passes", () => {
		const rank = (s: string) => ACTION_STATES.indexOf(s as never);
		const t0 = local("2026-11-01T00:00").getTime();
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 40 * 24 * 60 }),
				fc.integer({ min: 0, max: 40 * 24 * 60 }),
				fc.integer({ min: 0, max: 40 * 24 * 60 }),
				fc.integer({ min: 0, max: 24 * 60 }),
				(endMin, sentMin, a, b) => {
					const end = new Date(t0 + endMin * 60_000);
					const i = anInterview().with({ start: end, end }).interviewer("Sam Lee", { email: "s@x.example", linkedin: "u" }).build();
					i.records.thankYouSent = { at: new Date(t0 + sentMin * 60_000), hasTime: true };
					const first = new Date(t0 + a * 60_000);
					const later = new Date(first.getTime() + b * 60_000);
					const before = evaluateInterview(i, all, first).actions;
					const after = evaluateInterview(i, all, later).actions;
					before.forEach((x, k) => expect(rank(after[k].state)).toBeGreaterThanOrEqual(rank(x.state)));
					i.records = {};
					const b2 = evaluateInterview(i, all, first).actions;
					const a2 = evaluateInterview(i, all, later).actions;
					b2.forEach((x, k) => expect(rank(a2[k].state)).toBeGreaterThanOrEqual(rank(x.state)));
				},
			),
			{ numRuns: 300 },
		);
	});
});
