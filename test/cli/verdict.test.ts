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
			keyLines: { type: 2, company: 3 },
		},
		DEFAULT_SETTINGS,
		() => null,
	);

	it("gives back an equal verdict, Dates included, through JSON", () => {
		const stored = JSON.parse(JSON.stringify(encodeVerdict(full)));
		expect(decodeVerdict(stored)).toEqual(full);
	});

	it("leaves the stored form as it was, so that it can be written again", () => {
		const stored = JSON.parse(JSON.stringify(encodeVerdict(full)));
		const before = JSON.stringify(stored);
		decodeVerdict(stored);
		expect(JSON.stringify(stored)).toBe(before);
		expect(decodeVerdict(stored)).toEqual(full);
	});

	it("refuses a damaged stored form", () => {
		const stored = JSON.parse(JSON.stringify(encodeVerdict(full)));
		expect(decodeVerdict({ ...stored, dates: [["interview", "company"]] })).toBeNull();
		expect(decodeVerdict({ ...stored, dates: [["nowhere", "x"]] })).toBeNull();
		expect(decodeVerdict({ data: null, dates: [] } as never)).toBeNull();
		expect(decodeVerdict({ data: { interview: { start: 1 }, problems: [] }, dates: [] })).toBeNull();
	});
});
