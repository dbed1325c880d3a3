import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEnd, parseWhen } from "../../src/ui/when";
import { local } from "../builders/interview";

const now = local("2026-11-25T18:00"); // a Wednesday

describe("parseWhen", () => {
	it("takes ISO values as notes hold them, in local time", () => {
		expect(parseWhen("2026-11-30T14:00", now)).toEqual({ at: local("2026-11-30T14:00"), hasTime: true });
		expect(parseWhen("2026-11-30", now)).toEqual({ at: local("2026-11-30"), hasTime: false });
		expect(parseWhen("2026-11-30 at 2pm", now)).toEqual({ at: local("2026-11-30T14:00"), hasTime: true });
	});

	it("reads the phrases people type", () => {
		const cases: Array<[string, string, boolean?]> = [
			["tomorrow 2pm", "2026-11-26T14:00"],
			["Tomorrow at 2 PM", "2026-11-26T14:00"],
			["2pm tomorrow", "2026-11-26T14:00"],
			["tomorrow, 9:30 a.m.", "2026-11-26T09:30"],
			["friday at 10:30", "2026-11-27T10:30"],
			["Fri 10.30am", "2026-11-27T10:30"],
			["next tuesday 9am", "2026-12-01T09:00"],
			["this friday noon", "2026-11-27T12:00"],
			["monday 14:00", "2026-11-30T14:00"],
			["Nov 30 2pm", "2026-11-30T14:00"],
			["30 November at 14:00", "2026-11-30T14:00"],
			["the 3rd of December at 11am", "2026-12-03T11:00"],
			["December 3rd, 2027 4:15pm", "2027-12-03T16:15"],
			["jan 5 10am", "2027-01-05T10:00"],
			["today 7pm", "2026-11-25T19:00"],
			["day after tomorrow 8am", "2026-11-27T08:00"],
			["14h30 tomorrow", "2026-11-26T14:30"],
			["in 2 hours", "2026-11-25T20:00"],
			["in an hour", "2026-11-25T19:00"],
		];
		for (const [text, expected] of cases) expect(parseWhen(text, now), text).toEqual({ at: local(expected), hasTime: true });
	});

	it("takes a day without a time as a date, to be completed", () => {
		expect(parseWhen("tomorrow", now)).toEqual({ at: local("2026-11-26"), hasTime: false });
		expect(parseWhen("Friday.", now)).toEqual({ at: local("2026-11-27"), hasTime: false });
		expect(parseWhen("in 3 days", now)).toEqual({ at: local("2026-11-28"), hasTime: false });
		expect(parseWhen("nov 30", now)).toEqual({ at: local("2026-11-30"), hasTime: false });
	});

	it("looks forward: a time already past today is tomorrow's, a weekday today whose time passed is next week's", () => {
		expect(parseWhen("3pm", now)).toEqual({ at: local("2026-11-26T15:00"), hasTime: true });
		expect(parseWhen("9pm", now)).toEqual({ at: local("2026-11-25T21:00"), hasTime: true });
		expect(parseWhen("wednesday 3pm", now)).toEqual({ at: local("2026-12-02T15:00"), hasTime: true });
		expect(parseWhen("wednesday 8pm", now)).toEqual({ at: local("2026-11-25T20:00"), hasTime: true });
		expect(parseWhen("next wednesday 8pm", now)).toEqual({ at: local("2026-12-02T20:00"), hasTime: true });
		// A month and day already past this year is next year's; February 29 waits for a leap year.
		expect(parseWhen("March 3 9am", now)).toEqual({ at: local("2027-03-03T09:00"), hasTime: true });
		expect(parseWhen("feb 29 9am", now)).toEqual({ at: local("2028-02-29T09:00"), hasTime: true });
	});

	it("refuses what it cannot read whole, or reads two ways", () => {
		for (const text of ["", "sometime soon", "2026-02-30T10:00", "Tuesday with Sam", "at 3", "13pm", "25:00", "10:75", "Nov 31 2pm", "feb 29 2027", "tomorrow tomorrow", "2pm 3pm", "in 3 fortnights", "in three days"]) {
			expect(parseWhen(text, now), text).toBeNull();
		}
	});

	it("gives any date and time written as words exactly, whatever the order", () => {
		const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
		fc.assert(
			fc.property(
				fc.integer({ min: 2027, max: 2040 }),
				fc.integer({ min: 0, max: 11 }),
				fc.integer({ min: 1, max: 28 }),
				fc.integer({ min: 0, max: 23 }),
				fc.integer({ min: 0, max: 59 }),
				fc.boolean(),
				fc.boolean(),
				(year, month, day, hours, minutes, dayFirst, twelveHour) => {
					const date = dayFirst ? `${day} ${monthNames[month]} ${year}` : `${monthNames[month].slice(0, 3)} ${day}, ${year}`;
					const h12 = hours % 12 === 0 ? 12 : hours % 12;
					const time = twelveHour ? `${h12}:${String(minutes).padStart(2, "0")}${hours < 12 ? "am" : "pm"}` : `${hours}:${String(minutes).padStart(2, "0")}`;
					expect(parseWhen(`${date} at ${time}`, now)).toEqual({ at: new Date(year, month, day, hours, minutes), hasTime: true });
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe("parseEnd", () => {
	const start = local("2026-11-26T14:00");
	it("takes a length", () => {
		expect(parseEnd("90 min", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("1.5 h", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("1h30", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("1 hr 15 min", start)).toEqual(local("2026-11-26T15:15"));
		expect(parseEnd("45", start)).toEqual(local("2026-11-26T14:45"));
		expect(parseEnd("2 Hours", start)).toEqual(local("2026-11-26T16:00"));
	});
	it("takes a time on the start's day, or a full date-time", () => {
		expect(parseEnd("15:30", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("4pm", start)).toEqual(local("2026-11-26T16:00"));
		expect(parseEnd("3:30 p.m.", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("2026-11-26T16:15", start)).toEqual(local("2026-11-26T16:15"));
	});
	it("refuses an end before the start, or without a time", () => {
		expect(parseEnd("13:00", start)).toBeNull();
		expect(parseEnd("nonsense", start)).toBeNull();
		expect(parseEnd("tomorrow", start)).toBeNull();
		expect(parseEnd("0 min", start)).toBeNull();
	});
});
