import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addHours } from "date-fns";
import { atLocalTime, formatLocalDateTime, nextDayAt, parseDateValue } from "../../src/core/dates";
import { local } from "../builders/interview";

describe("parseDateValue", () => {
	it("reads a date-time without offset as local time, as Obsidian stores it", () => {
		expect(parseDateValue("2026-11-25T14:30")).toEqual({ at: local("2026-11-25T14:30"), hasTime: true });
		expect(parseDateValue("2026-11-25T14:30:15")!.at.getTime()).toBe(local("2026-11-25T14:30").getTime() + 15_000);
		expect(parseDateValue("2026-11-25 14:30")!.at.getTime()).toBe(local("2026-11-25T14:30").getTime());
	});

	it("honours an explicit offset", () => {
		expect(parseDateValue("2026-11-25T14:30Z")!.at.toISOString()).toBe("2026-11-25T14:30:00.000Z");
		expect(parseDateValue("2026-11-25T14:30:00-05:00")!.at.toISOString()).toBe("2026-11-25T19:30:00.000Z");
		expect(parseDateValue("2026-11-25T14:30+0530")!.at.toISOString()).toBe("2026-11-25T09:00:00.000Z");
		expect(parseDateValue("2026-11-25T14:30:00.250+01:00")!.at.toISOString()).toBe("2026-11-25T13:30:00.250Z");
	});

	it("flags a date without a time", () => {
		expect(parseDateValue("2026-11-25")).toEqual({ at: local("2026-11-25"), hasTime: false });
	});

	it("accepts Date objects, reading UTC midnight as a date without time", () => {
		expect(parseDateValue(new Date("2026-11-25T14:30:00Z"))).toEqual({ at: new Date("2026-11-25T14:30:00Z"), hasTime: true });
		expect(parseDateValue(new Date("2026-11-25T00:00:00Z"))).toEqual({ at: local("2026-11-25"), hasTime: false });
		expect(parseDateValue(new Date(Number.NaN))).toBeNull();
		expect(parseDateValue(new Date(8.64e15))).toBeNull();
	});

	it.each([
		["a phrase", "next Tuesday"],
		["an impossible day", "2026-02-30"],
		["February 29 outside a leap year", "2026-02-29T10:00"],
		["a month 13", "2026-13-01"],
		["hour 24", "2026-11-25T24:00"],
		["minute 60", "2026-11-25T10:60"],
		["a number", 20261125],
		["true", true],
		["a list", ["2026-11-25"]],
		["an object", { date: "2026-11-25" }],
		["null", null],
		["empty text", ""],
		["trailing words", "2026-11-25T14:30 or so"],
		["a bare offset on a date", "2026-11-25Z"],
	])("refuses %s", (_what, value) => {
		expect(parseDateValue(value)).toBeNull();
	});

	it("accepts February 29 in a leap year", () => {
		expect(parseDateValue("2028-02-29")).not.toBeNull();
	});

	it("never throws, whatever it is given", () => {
		fc.assert(fc.property(fc.anything(), (v) => {
			parseDateValue(v);
		}), { numRuns: 500 });
		fc.assert(fc.property(fc.string(), (v) => {
			const r = parseDateValue(v);
			if (r) expect(Number.isNaN(r.at.getTime())).toBe(false);
		}), { numRuns: 500 });
	});

	it("round-trips what Obsidian writes", () => {
		fc.assert(fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }), (d) => {
			const text = formatLocalDateTime(d);
			expect(formatLocalDateTime(parseDateValue(text)!.at)).toBe(text);
		}), { numRuns: 300 });
	});
});

describe("local wall-clock arithmetic", () => {
	it("puts a time of day on a date", () => {
		expect(atLocalTime(local("2026-11-25T03:00"), "17:00").getTime()).toBe(local("2026-11-25T17:00").getTime());
		expect(nextDayAt(local("2026-12-04"), "09:00").getTime()).toBe(local("2026-12-05T09:00").getTime());
	});
});

// Day arithmetic keeps the wall clock across daylight-saving changes; hours are absolute. These
// checks are meaningful in a zone with DST; CI runs the suite under several TZ values.
describe("daylight saving", () => {
	const zone = process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

	it.each([
		["US fall back", "2026-10-30T16:00", "2026-11-06T16:00", "America/New_York"],
		["US spring forward", "2026-03-06T16:00", "2026-03-13T16:00", "America/New_York"],
		["EU fall back", "2026-10-23T16:00", "2026-10-30T16:00", "Europe/Berlin"],
		["EU spring forward", "2026-03-27T16:00", "2026-04-03T16:00", "Europe/Berlin"],
	])("7 days across the %s keep 16:00; 168 h do not", (_name, start, weekLater, tz) => {
		const from = local(start);
		const sevenDays = addDays(from, 7);
		expect(formatLocalDateTime(sevenDays)).toBe(weekLater);
		const hours = addHours(from, 7 * 24);
		expect(hours.getTime() - from.getTime()).toBe(7 * 24 * 3_600_000);
		if (zone === tz) {
			// In the zone that changes clocks that week, the two differ by the hour gained or lost.
			expect(Math.abs(sevenDays.getTime() - hours.getTime())).toBe(3_600_000);
			expect(formatLocalDateTime(hours)).not.toBe(weekLater);
		}
	});
});
