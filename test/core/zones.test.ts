import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseInvite } from "../../src/core/invite";
import { buildInterviewNote } from "../../src/core/new-note";
import { parseDateValue } from "../../src/core/dates";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { WINDOWS_ZONES } from "../../src/core/windows-zones";
import { ianaOffsetAt, resolveZoneName, wallToInstant, zoneTables } from "../../src/core/zones";
// The generator's own readings of windows-iana and timezones.json.
import { compactTable, displayToIana, windowsToIana } from "../../scripts/gen-windows-zones.mjs";
import { EXCHANGE_W_EUROPE } from "../builders/vtimezones";

const newYork = ianaOffsetAt("America/New_York")!;

describe("wall-clock times in a zone, as RFC 5545 reads them", () => {
	it("a time that happens twice is the first; one that never happens is read with the offset before", () => {
		const wall = (day: number, month: number, hour: number, minute: number) => ({ year: 2026, month, day, hour, minute, second: 0 });
		expect(new Date(wallToInstant(wall(1, 11, 1, 30), newYork)).toISOString()).toBe("2026-11-01T05:30:00.000Z");
		expect(new Date(wallToInstant(wall(8, 3, 2, 30), newYork)).toISOString()).toBe("2026-03-08T07:30:00.000Z");
		expect(new Date(wallToInstant(wall(8, 3, 3, 30), newYork)).toISOString()).toBe("2026-03-08T07:30:00.000Z");
		expect(new Date(wallToInstant(wall(30, 11, 14, 0), newYork)).toISOString()).toBe("2026-11-30T19:00:00.000Z");
	});
});

describe("zone names invites use", () => {
	it("IANA names, Windows names, display names and path-like TZIDs", () => {
		expect(resolveZoneName("Europe/Berlin")?.zone).toBe("Europe/Berlin");
		expect(resolveZoneName("Pacific Standard Time")?.zone).toBe("America/Los_Angeles");
		expect(resolveZoneName("  pacific standard   time ")?.zone).toBe("America/Los_Angeles");
		expect(resolveZoneName("India Standard Time")?.zone).toBe("Asia/Calcutta");
		expect(resolveZoneName("(UTC-05:00) Eastern Time (US & Canada)")?.zone).toBe("America/New_York");
		expect(resolveZoneName("(GMT-05:00) Eastern Time (US & Canada)")?.zone).toBe("America/New_York");
		expect(resolveZoneName("/mozilla.org/20050126_1/America/New_York")?.zone).toBe("America/New_York");
		expect(resolveZoneName("UTC")?.zone).toBe("Etc/UTC");
		expect(resolveZoneName("Middle Earth Time")).toBeNull();
	});

	it("a display name it does not know is read by its offset, with a warning", () => {
		const zone = resolveZoneName("(UTC+05:45) Somewhere new");
		expect(zone?.zone).toBe("UTC+05:45");
		expect(zone?.offsetAt(0)).toBe(345);
		expect(zone?.warning).toMatch(/read at UTC\+05:45 all year/);
	});

	it("the generated table is exactly what windows-iana and timezones.json say", () => {
		expect(WINDOWS_ZONES).toBe(compactTable());
		const { windows, display } = zoneTables();
		expect(windows).toEqual(windowsToIana());
		expect(display).toEqual(displayToIana());
		// Every zone in it is one the platform knows.
		for (const zone of [...windowsToIana().values(), ...displayToIana().values()]) expect(ianaOffsetAt(zone), zone).not.toBeNull();
	});
});

// ---------------------------------------------------------------- property: instants land in the note

const VTIMEZONES: Record<string, string> = {
	"America/New_York": [
		"BEGIN:VTIMEZONE",
		"TZID:America/New_York",
		"BEGIN:DAYLIGHT",
		"TZOFFSETFROM:-0500",
		"TZOFFSETTO:-0400",
		"DTSTART:20070311T020000",
		"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
		"END:DAYLIGHT",
		"BEGIN:STANDARD",
		"TZOFFSETFROM:-0400",
		"TZOFFSETTO:-0500",
		"DTSTART:20071104T020000",
		"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
		"END:STANDARD",
		"END:VTIMEZONE",
	].join("\r\n"),
	"Europe/Berlin": EXCHANGE_W_EUROPE.join("\r\n"),
	"Australia/Sydney": [
		"BEGIN:VTIMEZONE",
		"TZID:Australia/Sydney",
		"BEGIN:STANDARD",
		"TZOFFSETFROM:+1100",
		"TZOFFSETTO:+1000",
		"DTSTART:20080406T030000",
		"RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
		"END:STANDARD",
		"BEGIN:DAYLIGHT",
		"TZOFFSETFROM:+1000",
		"TZOFFSETTO:+1100",
		"DTSTART:20081005T020000",
		"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU",
		"END:DAYLIGHT",
		"END:VTIMEZONE",
	].join("\r\n"),
};

const ZONES: Array<{ iana: string; windows: string }> = [
	{ iana: "America/New_York", windows: "Eastern Standard Time" },
	{ iana: "Europe/Berlin", windows: "W. Europe Standard Time" },
	{ iana: "Australia/Sydney", windows: "AUS Eastern Standard Time" },
	{ iana: "Asia/Kolkata", windows: "India Standard Time" },
	{ iana: "Australia/Lord_Howe", windows: "Lord Howe Standard Time" },
	{ iana: "America/Sao_Paulo", windows: "E. South America Standard Time" },
	{ iana: "Pacific/Chatham", windows: "Chatham Islands Standard Time" },
];

/** The wall-clock fields of an instant in a zone, from Intl, as ICS text (`20261130T140000`). */
function wallText(at: number, zone: string): string {
	const parts: Record<string, string> = {};
	const f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
	for (const p of f.formatToParts(new Date(at))) parts[p.type] = p.value;
	return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

/** The instant RFC 5545 gives the wall time of `at` in `zone`: the first instant showing that wall time. */
function firstWithSameWall(at: number, zone: string): number {
	const wall = wallText(at, zone);
	let first = at;
	for (let back = 15 * 60_000; back <= 3 * 3_600_000; back += 15 * 60_000) {
		if (wallText(at - back, zone) === wall) first = at - back;
	}
	return first;
}

const MINUTE = 60_000;

function noteInstants(ics: string): { start: number; end: number } {
	const result = parseInvite(ics, { me: [] });
	const interview = result.interviews[0];
	const text = buildInterviewNote(null, "T", {
		company: "Acme",
		role: "Engineer",
		start: interview.start,
		startHasTime: interview.startHasTime,
		end: interview.end,
		format: "",
		primaryContact: "",
		primaryContactEmail: "",
		interviewers: [],
	}, DEFAULT_SETTINGS);
	const value = (key: string) => parseDateValue(new RegExp(`^${key}: (.*)$`, "m").exec(text)?.[1] ?? "")?.at.getTime() ?? NaN;
	return { start: value("interview_start"), end: value("interview_end") };
}

describe("any event's instants land exactly in the note", () => {
	it("with the invite's VTIMEZONE, a TZID of IANA or Windows name, or UTC, on either side of daylight saving", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2010, 0, 1) / MINUTE, max: Date.UTC(2035, 11, 31) / MINUTE }),
				fc.integer({ min: 15, max: 600 }),
				fc.constantFrom(...ZONES),
				fc.constantFrom("vtimezone", "iana", "windows", "utc"),
				(startMinute, length, zone, how) => {
					const start = startMinute * MINUTE;
					const end = start + length * MINUTE;
					const vtimezone = how === "vtimezone" ? VTIMEZONES[zone.iana] : undefined;
					const tzid = how === "windows" || (vtimezone && /TZID:W\. Europe/.test(vtimezone)) ? zone.windows : zone.iana;
					const time = (at: number) => (how === "utc" ? `:${new Date(at).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z` : `;TZID=${tzid}:${wallText(at, zone.iana)}`);
					const ics = [
						"BEGIN:VCALENDAR",
						"METHOD:REQUEST",
						...(vtimezone ? [vtimezone] : []),
						"BEGIN:VEVENT",
						"UID:p@example.com",
						`DTSTART${time(start)}`,
						`DTEND${time(end)}`,
						"SUMMARY:Interview",
						"END:VEVENT",
						"END:VCALENDAR",
					].join("\r\n");
					const expected = how === "utc" ? { start, end } : { start: firstWithSameWall(start, zone.iana), end: firstWithSameWall(end, zone.iana) };
					const read = noteInstants(ics);
					expect(read.start).toBe(expected.start);
					if (expected.end > expected.start) expect(read.end).toBe(expected.end);
				},
			),
			{ numRuns: 80 },
		);
	});
});
