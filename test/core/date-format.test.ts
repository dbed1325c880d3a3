import { format as dateFnsFormat } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOrderOf, format, inDateOrder } from "../../src/core/date-format";

// Every pattern the project formats dates with, and each token alone.
const PATTERNS = [
	"d MMM", "d MMM yyyy", "MMMM yyyy", "HH:mm", "EEE d MMM", "EEE d MMM HH:mm", "EEE d MMM yyyy HH:mm", "xxx", "yyyy-MM-dd",
	"EEE d MMM yyyy, HH:mm", "MMMM", "EEEE", "MMM", "EEE", "do", "EEEEEE", "d MMMM", "d MMMM yyyy", "yyyy-MM",
	"yyyy-MM-dd'T'HH:mmxxx", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yy M d H m s ss xx", "'it''s' d 'o''clock' H''",
];

describe("format", () => {
	it("writes what date-fns's format writes, for every pattern the project uses", () => {
		const instant = fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true });
		fc.assert(
			fc.property(instant, fc.constantFrom(...PATTERNS), (d, pattern) => {
				expect(format(d, pattern)).toBe(dateFnsFormat(d, pattern));
			}),
			{ numRuns: 2000 },
		);
	});

	it("writes every day of the month with its ordinal, as date-fns does", () => {
		for (let day = 1; day <= 31; day++) expect(format(new Date(2026, 0, day), "do")).toBe(dateFnsFormat(new Date(2026, 0, day), "do"));
	});

	it("refuses a token it does not know, and an invalid date, as date-fns does", () => {
		expect(() => format(new Date(2026, 0, 1), "Q")).toThrow(RangeError);
		expect(() => format(new Date(Number.NaN), "yyyy")).toThrow(RangeError);
	});
});

describe("the order a message writes a day in", () => {
	it("follows the language: month first in American English, day first in British English and German", () => {
		expect(dateOrderOf("en-US")).toBe("month-day");
		expect(dateOrderOf("en-GB")).toBe("day-month");
		expect(dateOrderOf("de-DE")).toBe("day-month");
		expect(dateOrderOf("en-AU")).toBe("day-month");
		// A tag no language has falls back quietly, never throws.
		expect(["day-month", "month-day"]).toContain(dateOrderOf("not a language!"));
	});

	it("rewrites the days the drafts write day first, and nothing else", () => {
		const text = "When we spoke on 23 November, you mentioned a decision by Friday 4 December; the call is on Monday 7 or Tuesday 8 December, in the week of 4 January 2027.";
		expect(inDateOrder(text, "day-month")).toBe(text);
		expect(inDateOrder(text, "month-day")).toBe(
			"When we spoke on November 23, you mentioned a decision by Friday, December 4; the call is on Monday, December 7, or Tuesday, December 8, in the week of January 4, 2027.",
		);
		expect(inDateOrder("a team of 4 and 12 Decembrists; mid-December; 3 May", "month-day")).toBe("a team of 4 and 12 Decembrists; mid-December; May 3");
		// A weekday or a year set off by a comma is closed by one when the sentence goes on (review 111).
		expect(inDateOrder("Hal would call by Friday 27 November about a hangar tour, by 4 December with a decision, in 4 January 2027 or so.", "month-day")).toBe(
			"Hal would call by Friday, November 27, about a hangar tour, by December 4 with a decision, in January 4, 2027, or so.",
		);
	});
});
