import { describe, expect, it } from "vitest";
import { buildAgenda, dueActions, groupByState } from "../../src/core/agenda";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS };
const now = local("2026-11-25T18:00");
// Each note is another company's: one company's notes for one opening are its rounds, and a later one takes over (rounds.test.ts).
const interviews = [
	anInterview().file("Interviews/Future.md").company("Future").at("2026-11-27T15:00", "2026-11-27T16:00").nextSteps("told").build(),
	anInterview().file("Interviews/Today.md").company("Today").at("2026-11-25T13:00", "2026-11-25T14:30").nextSteps("told").build(),
	anInterview().file("Interviews/Morning.md").company("Morning").at("2026-11-25T08:30", "2026-11-25T09:30").nextSteps("told").build(),
	anInterview().file("Interviews/Yesterday.md").company("Yesterday").at("2026-11-24T10:00", "2026-11-24T11:00").build(),
	anInterview().file("Interviews/Earlier.md").company("Earlier").at("2026-11-24T08:00", "2026-11-24T09:00").nextSteps("told").build(),
	anInterview().file("Interviews/Snoozed.md").company("Snoozed").at("2026-11-23T11:00", "2026-11-23T12:00").nextSteps("told").snoozedUntil("2026-11-26T09:00").build(),
];

describe("the agenda", () => {
	const agenda = buildAgenda(interviews, settings, now);

	it("lists overdue first, then late, due and upcoming, each by the instant that matters next", () => {
		expect(agenda.actions.map((a) => `${a.state} ${a.kind} ${a.file}`)).toEqual([
			"overdue thank-you Interviews/Snoozed.md",
			"overdue thank-you Interviews/Earlier.md",
			"overdue thank-you Interviews/Yesterday.md",
			"overdue next-steps Interviews/Yesterday.md",
			"late thank-you Interviews/Morning.md",
			"due thank-you Interviews/Today.md",
			"upcoming thank-you Interviews/Future.md",
		]);
	});

	it("leaves upcoming and snoozed actions out of the due list unless all are asked for", () => {
		expect(dueActions(agenda).map((a) => a.file)).not.toContain("Interviews/Future.md");
		expect(dueActions(agenda).map((a) => a.file)).not.toContain("Interviews/Snoozed.md");
		expect(dueActions(agenda, { all: true })).toHaveLength(agenda.actions.length);
	});

	it("puts actions racing a clock before open-ended ones in the same state", () => {
		const open = buildAgenda(
			[
				anInterview().file("Interviews/Hooli.md").company("Hooli").at("2026-11-10T10:00", "2026-11-10T11:00").nextSteps("told").record("thankYouSent", "2026-11-10T16:00").build(),
				anInterview().file("Interviews/Today.md").company("Today").at("2026-11-25T13:00", "2026-11-25T14:30").nextSteps("told").build(),
			],
			settings,
			now,
		);
		expect(open.actions.map((a) => `${a.state} ${a.kind}`)).toEqual(["due thank-you", "due check-in"]);
	});

	it("groups by state", () => {
		const groups = groupByState(agenda.actions);
		expect(Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v.length]))).toEqual({ overdue: 4, late: 1, due: 1, upcoming: 1 });
	});

	it("handles 10,000 interviews", () => {
		const many = Array.from({ length: 10_000 }, (_, i) => anInterview().file(`I/${i}.md`).at("2026-11-25T13:00", "2026-11-25T14:00").build());
		expect(buildAgenda(many, settings, now).actions).toHaveLength(20_000);
	});
});

describe("the agenda's order", () => {
	it("is the order compareUrgency gives, whatever the interviews", async () => {
		const fc = (await import("fast-check")).default;
		const { compareUrgency } = await import("../../src/core/agenda");
		const t0 = local("2026-11-01T00:00").getTime();
		const all = { ...settings, enableHandwrittenNote: true, enableLinkedin: true };
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						end: fc.integer({ min: 0, max: 40 * 24 * 60 }),
						sent: fc.option(fc.integer({ min: 0, max: 40 * 24 * 60 })),
						checkIn: fc.option(fc.integer({ min: 0, max: 40 * 24 * 60 })),
						file: fc.constantFrom("A.md", "B.md", "C.md", "D.md"),
						nextSteps: fc.boolean(),
					}),
					{ maxLength: 30 },
				),
				fc.integer({ min: 0, max: 50 * 24 * 60 }),
				(specs, nowMin) => {
					const interviews = specs.map((s) => {
						const end = new Date(t0 + s.end * 60_000);
						const b = anInterview().file(`Interviews/${s.file}`).with({ start: end, end }).interviewer("Sam", { email: "s@x.example", linkedin: "u" });
						if (s.nextSteps) b.nextSteps("told");
						const i = b.build();
						if (s.sent !== null) i.records.thankYouSent = { at: new Date(t0 + s.sent * 60_000), hasTime: true };
						if (s.checkIn !== null) i.records.checkInSent = { at: new Date(t0 + s.checkIn * 60_000), hasTime: true };
						return i;
					});
					const agenda = buildAgenda(interviews, all, new Date(t0 + nowMin * 60_000));
					const resorted = [...agenda.actions].sort(compareUrgency);
					expect(agenda.actions.map((a) => `${a.file} ${a.kind} ${a.state}`)).toEqual(resorted.map((a) => `${a.file} ${a.kind} ${a.state}`));
				},
			),
			{ numRuns: 200 },
		);
	});
});
