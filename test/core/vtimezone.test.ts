import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIcalendar } from "../../src/core/icalendar";
import { readInvite } from "../../src/core/invite-read";
import { vtimezoneOffsetAt } from "../../src/core/vtimezone";
import { ianaOffsetAt } from "../../src/core/zones";
import { EXCHANGE_W_EUROPE } from "../builders/vtimezones";

/** The offset function of a VTIMEZONE given as lines (or null, when the reader does not follow it). */
function zone(lines: readonly string[]) {
	const [vtimezone] = parseIcalendar(lines.join("\r\n"));
	return vtimezoneOffsetAt(vtimezone);
}

/** A VTIMEZONE of parts, each given as its lines without BEGIN and END. */
function vtimezone(...parts: Array<{ name: "STANDARD" | "DAYLIGHT"; lines: string[] }>): string[] {
	return ["BEGIN:VTIMEZONE", "TZID:Test", ...parts.flatMap((p) => [`BEGIN:${p.name}`, ...p.lines, `END:${p.name}`]), "END:VTIMEZONE"];
}

const at = (iso: string) => Date.parse(iso);
const YEAR = 365.2425 * 86_400_000;

/** America/New_York as tzurl.org writes it: the 1987-2006 rules ended by UNTIL, then the rules of 2007. */
const NEW_YORK_SINCE_1987 = vtimezone(
	{ name: "DAYLIGHT", lines: ["TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "DTSTART:19870405T020000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z"] },
	{ name: "STANDARD", lines: ["TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "DTSTART:19671029T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z"] },
	{ name: "DAYLIGHT", lines: ["TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"] },
	{ name: "STANDARD", lines: ["TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"] },
);

describe("a VTIMEZONE's offsets", () => {
	it("Exchange's rules from 1601: the hour each change happens, in 2026 and in 9999", () => {
		const berlin = zone(EXCHANGE_W_EUROPE)!;
		expect(berlin(at("2026-03-29T00:59:59Z"))).toBe(60);
		expect(berlin(at("2026-03-29T01:00:00Z"))).toBe(120);
		expect(berlin(at("2026-10-25T00:59:59Z"))).toBe(120);
		expect(berlin(at("2026-10-25T01:00:00Z"))).toBe(60);
		expect(berlin(at("9999-07-01T00:00:00Z"))).toBe(120);
	});

	it("agree with the platform's zones at any instant the rules cover", () => {
		const berlin = zone(EXCHANGE_W_EUROPE)!;
		const newYork = zone(NEW_YORK_SINCE_1987)!;
		const platformBerlin = ianaOffsetAt("Europe/Berlin")!;
		const platformNewYork = ianaOffsetAt("America/New_York")!;
		fc.assert(
			fc.property(fc.integer({ min: at("1996-01-01T00:00:00Z") / 1000, max: at("2037-12-31T00:00:00Z") / 1000 }), (seconds) => {
				const t = seconds * 1000;
				expect(berlin(t)).toBe(platformBerlin(t));
				if (t >= at("1988-01-01T00:00:00Z")) expect(newYork(t)).toBe(platformNewYork(t));
			}),
			{ numRuns: 300 },
		);
		// Right at the ends of the old rules and the starts of the new ones.
		for (const iso of ["2006-04-02T06:59:59Z", "2006-04-02T07:00:00Z", "2006-10-29T05:59:59Z", "2006-10-29T06:00:00Z", "2007-03-11T07:00:00Z", "2007-11-04T06:00:00Z"]) {
			expect(newYork(at(iso)), iso).toBe(platformNewYork(at(iso)));
		}
	});

	it("onsets listed by RDATE, several in one property, DTSTART among them", () => {
		const listed = zone(
			vtimezone(
				{ name: "DAYLIGHT", lines: ["TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:20260329T020000", "RDATE:20270328T020000,20280326T020000"] },
				{ name: "STANDARD", lines: ["TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:20261025T030000", "RDATE;VALUE=DATE:20271031", "RDATE:20281029T010000Z"] },
			),
		)!;
		expect(listed(at("2026-01-01T00:00:00Z"))).toBe(60);
		expect(listed(at("2026-07-01T00:00:00Z"))).toBe(120);
		expect(listed(at("2026-12-01T00:00:00Z"))).toBe(60);
		// A DATE takes DTSTART's time of day (03:00 at +02:00); an RDATE in UTC is that instant.
		expect(listed(at("2027-10-31T00:59:59Z"))).toBe(120);
		expect(listed(at("2027-10-31T01:00:00Z"))).toBe(60);
		expect(listed(at("2028-07-01T00:00:00Z"))).toBe(120);
		expect(listed(at("2028-10-29T01:00:00Z"))).toBe(60);
	});

	it("COUNT and UNTIL end a rule, UNTIL's own onset included; INTERVAL skips years", () => {
		const standard = { name: "STANDARD" as const, lines: ["TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:20001029T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"] };
		const daylight = (rule: string) => ({ name: "DAYLIGHT" as const, lines: ["TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:20250330T020000", `RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;${rule}`] });
		const counted = zone(vtimezone(standard, daylight("COUNT=2")))!;
		expect([2025, 2026, 2027].map((y) => counted(at(`${y}-07-01T00:00:00Z`)))).toEqual([120, 120, 60]);
		// The onset of 2026 is 01:00 UTC: an UNTIL of that instant keeps it, a second earlier does not.
		expect(zone(vtimezone(standard, daylight("UNTIL=20260329T010000Z")))!(at("2026-07-01T00:00:00Z"))).toBe(120);
		expect(zone(vtimezone(standard, daylight("UNTIL=20260329T005959Z")))!(at("2026-07-01T00:00:00Z"))).toBe(60);
		const everyOther = zone(vtimezone(standard, daylight("INTERVAL=2")))!;
		expect([2025, 2026, 2027].map((y) => everyOther(at(`${y}-07-01T00:00:00Z`)))).toEqual([120, 60, 120]);
	});

	it("the second Sunday written as days 8 to 14 that are Sundays, as older Apple calendars write it", () => {
		const days = zone(
			vtimezone(
				{ name: "DAYLIGHT", lines: ["TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU"] },
				{ name: "STANDARD", lines: ["TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "DTSTART:20071104T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"] },
			),
		)!;
		const newYork = ianaOffsetAt("America/New_York")!;
		for (let t = at("2008-01-01T00:00:00Z"); t < at("2040-01-01T00:00:00Z"); t += YEAR / 29) expect(days(t)).toBe(newYork(t));
	});

	it("a fixed offset, and instants before the first onset take the offset before it", () => {
		expect(zone(vtimezone({ name: "STANDARD", lines: ["TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "DTSTART:16010101T000000"] }))!(at("2026-11-30T00:00:00Z"))).toBe(330);
		const late = zone(vtimezone({ name: "STANDARD", lines: ["TZOFFSETFROM:+0300", "TZOFFSETTO:+0400", "DTSTART:20300101T000000"] }))!;
		expect(late(at("2026-11-30T00:00:00Z"))).toBe(180);
		expect(late(at("2030-06-01T00:00:00Z"))).toBe(240);
	});

	it("what it does not follow makes no zone, rather than a wrong one", () => {
		const with_ = (...lines: string[]) => vtimezone({ name: "STANDARD", lines: ["TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", ...lines] });
		const unread = [
			with_("DTSTART:20001029T030000", "RRULE:FREQ=MONTHLY;BYDAY=-1SU"),
			with_("DTSTART:20001029T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=SU;BYSETPOS=-1"),
			with_("DTSTART:20001029T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU"),
			with_("DTSTART:20001029T030000", "RRULE:FREQ=YEARLY;BYMONTH=13;BYDAY=-1SU"),
			with_("DTSTART:20001029T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
			with_("DTSTART:20001029T010000Z"),
			with_("DTSTART:20001029T030000", "RDATE;VALUE=PERIOD:20011028T010000Z/PT1H"),
			with_("DTSTART:soon"),
			vtimezone({ name: "STANDARD", lines: ["TZOFFSETFROM:+0200", "DTSTART:20001029T030000"] }),
			vtimezone({ name: "STANDARD", lines: ["TZOFFSETFROM:+0200", "TZOFFSETTO:1", "DTSTART:20001029T030000"] }),
			["BEGIN:VTIMEZONE", "TZID:Test", "END:VTIMEZONE"],
		];
		for (const lines of unread) expect(zone(lines), lines.join(" ")).toBeNull();
	});
});

describe("an invite's zone that the reader does not follow", () => {
	const invite = (tzid: string, rule: string) =>
		[
			"BEGIN:VCALENDAR",
			"BEGIN:VTIMEZONE",
			`TZID:${tzid}`,
			"BEGIN:STANDARD",
			"DTSTART:16010101T030000",
			"TZOFFSETFROM:+0200",
			"TZOFFSETTO:+0100",
			`RRULE:${rule}`,
			"END:STANDARD",
			"END:VTIMEZONE",
			"BEGIN:VEVENT",
			"UID:u",
			`DTSTART;TZID="${tzid}":20261130T140000`,
			"END:VEVENT",
			"END:VCALENDAR",
		].join("\r\n");

	it("is read by its name when the name is a zone's", () => {
		const r = readInvite(invite("W. Europe Standard Time", "FREQ=MONTHLY;BYDAY=-1SU"));
		expect(r.events[0].start.toISOString()).toBe("2026-11-30T13:00:00.000Z");
		expect(r.warnings).toEqual([]);
	});

	it("is the user's local time otherwise, and a warning says so", () => {
		const r = readInvite(invite("Somewhere, Else", "FREQ=YEARLY;BYMONTH=10;BYDAY=SU;BYSETPOS=-1"));
		expect(r.events[0].start.getTime()).toBe(new Date(2026, 10, 30, 14, 0).getTime());
		expect(r.warnings).toEqual([`The invite's time zone "Somewhere, Else" is not one this tool knows, so its times are read as your local time: check them against the invite.`]);
	});
});
