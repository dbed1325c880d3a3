import { describe, expect, it } from "vitest";
import { decodeVerdict, encodeVerdict } from "../../src/cli/verdict";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("storing a verdict in the cache", () => {
	const full = parseInterview(
		{
			file: "Interviews/Acme.md",
			frontmatter: {
				type: "interview",
				company: "Acme",
				interview_start: "2026-11-25T13:00",
				interview_end: "2026-11-25",
				interviewers: [{ name: "Sam", email: "bad@@x", attachments: ["[[a.png]]"] }],
				thank_you_sent: "yes",
				next_steps_asked: "2026-11-25T18:00",
				decision_expected: "2026-12-01",
				closed_on: "2026-12-02",
				applied_on: "2026-11-01",
				snoozed_until: "2026-11-28T09:00",
				status: "weird",
			},
			keyLines: { type: 2, company: 3, interviewers: 6, primary_contact: 9 },
		},
		DEFAULT_SETTINGS,
		() => null,
	);

	// Only the lines of keys that problems found when evaluating may name are kept.
	const expected = { ...full, interview: { ...full.interview, keyLines: { interviewers: 6, primary_contact: 9 } } };

	it("gives back an equal verdict, Dates included, through JSON", () => {
		const stored = JSON.parse(JSON.stringify(encodeVerdict(full)));
		expect(decodeVerdict(stored)).toEqual(expected);
		expect(decodeVerdict(stored)?.interview?.records.nextStepsAsked?.at).toEqual(new Date(2026, 10, 25, 18, 0));
	});

	it("keeps an invalid Date invalid, and a record that is not a date without one", () => {
		const odd = { ...full, interview: { ...full.interview!, end: new Date(NaN), records: { thankYouSent: { at: null, hasTime: false as const } } } };
		const back = decodeVerdict(JSON.parse(JSON.stringify(encodeVerdict(odd))));
		expect(Number.isNaN(back?.interview?.end.getTime())).toBe(true);
		expect(back?.interview?.records).toEqual({ thankYouSent: { at: null, hasTime: false } });
	});

	it("leaves the stored form as it was, so that it can be written again", () => {
		const stored = JSON.parse(JSON.stringify(encodeVerdict(full)));
		const before = JSON.stringify(stored);
		decodeVerdict(stored);
		expect(JSON.stringify(stored)).toBe(before);
		expect(decodeVerdict(stored)).toEqual(expected);
	});

	it("refuses a damaged stored form", () => {
		const stored = JSON.parse(JSON.stringify(encodeVerdict(full)));
		expect(decodeVerdict([{ ...stored[0], start: "soon" }, stored[1]])).toBeNull();
		expect(decodeVerdict([{ ...stored[0], records: { thankYouSent: { at: "x", hasTime: true } } }, stored[1]])).toBeNull();
		expect(decodeVerdict([{ ...stored[0], records: null }, stored[1]])).toBeNull();
		expect(decodeVerdict([stored[0], null] as never)).toBeNull();
		expect(decodeVerdict({ data: null, dates: [] } as never)).toBeNull();
		expect(decodeVerdict([{ start: 1 }, []])).toBeNull();
	});
});
