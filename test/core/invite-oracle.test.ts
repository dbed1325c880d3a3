// The invite reader against the one it replaced, which read through ical.js (test/oracles): for any
// invite, the same events (instants, texts, people and their parameters) and the same warnings, or
// a refusal from both; and on mangled files, a one-sentence InviteError and nothing else.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InviteError, readInvite, type InviteReading } from "../../src/core/invite-read";
import { anyCodeUnits } from "../builders/arbitraries";
import { EXCHANGE_W_EUROPE } from "../builders/vtimezones";
import { readInvite as readWithIcalJs } from "../oracles/ical-js-invite-read";

// ---------------------------------------------------------------- writing invites

/** Text as a TEXT value writes it. */
const icsText = (s: string) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");

/** A parameter value: bare when it can be, else quoted with RFC 6868's escapes. */
function icsParam(s: string, quote: boolean): string {
	if (!quote && !/[;:,"\r\n^]/.test(s)) return s;
	return `"${s.replace(/\^/g, "^^").replace(/"/g, "^'").replace(/\r\n|\r|\n/g, "^n")}"`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Wall-clock fields of a UTC instant, as a DATE-TIME (`20261130T140000`). */
function basic(t: number): string {
	const d = new Date(t);
	return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Any text, weighted towards what iCalendar escapes. */
const text = fc.oneof(
	anyCodeUnits({ maxLength: 30 }),
	fc.array(fc.constantFrom("Acme", " ", ",", ";", "\\", ":", '"', "^", "\n", "\r\n", "\t", "é", "🤖", "mailto:", "<b>"), { maxLength: 12 }).map((s) => s.join("")),
);

/** A raw (not TEXT) value: no line break, as a URL or an X- property holds. */
const rawValue = fc.oneof(fc.constant("https://meet.example/abc-defg"), text.map((s) => s.replace(/[\r\n]/g, "")));

// ---------------------------------------------------------------- zones

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/** The day of the month of the n-th (negative: from the end) weekday of a month. */
function nthWeekday(year: number, month: number, n: number, weekday: number): number | null {
	const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const days: number[] = [];
	for (let day = 1; day <= length; day++) {
		const d = new Date(0);
		d.setUTCFullYear(year, month - 1, day);
		if (d.getUTCDay() === weekday) days.push(day);
	}
	return (n > 0 ? days[n - 1] : days[days.length + n]) ?? null;
}

interface PartSpec {
	name: "STANDARD" | "DAYLIGHT";
	from: number;
	to: number;
	month: number;
	/** The place of the weekday in the month (0: BYMONTHDAY=8-14, the second, Apple's old form). */
	n: number;
	weekday: number;
	hour: number;
	/** 1601 as Exchange writes it (an unsynchronized DTSTART), else the first year of the rule. */
	startYear: number;
	/** UNTIL so many years after the rule starts (1970 for Exchange's, which the old reader started then), and the rest of its value. */
	until: [number, string] | null;
	count: number | null;
	interval: number;
	/** Onsets as RDATEs instead of a rule: these years. */
	rdateYears: number[] | null;
}

const offsetText = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;

function onsetDay(p: PartSpec, year: number): number | null {
	return p.n === 0 ? nthWeekday(year, p.month, 2, p.weekday) : nthWeekday(year, p.month, p.n, p.weekday);
}

/** The first year from `year` on in which the part's rule falls: a DTSTART in step with its rule. */
function firstYear(p: PartSpec, year: number): number {
	let y = year;
	while (onsetDay(p, y) === null) y++;
	return y;
}

function partLines(p: PartSpec): string[] {
	const wall = (year: number) => {
		const day = onsetDay(p, year);
		return day === null ? null : `${pad(year, 4)}${pad(p.month)}${pad(day)}T${pad(p.hour)}0000`;
	};
	const lines = [`BEGIN:${p.name}`, `TZOFFSETFROM:${offsetText(p.from)}`, `TZOFFSETTO:${offsetText(p.to)}`];
	if (p.rdateYears) {
		// The DTSTART is the first RDATE: ical.js reads only the RDATEs of such a part.
		const walls = p.rdateYears.map(wall).filter((w): w is string => w !== null);
		lines.push(`DTSTART:${walls[0] ?? `${p.startYear}0101T000000`}`, ...walls.map((w) => `RDATE:${w}`));
	} else {
		const byDay = p.n === 0 ? `BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=${WEEKDAYS[p.weekday]}` : `BYDAY=${p.n}${WEEKDAYS[p.weekday]}`;
		const startYear = p.startYear === 1601 ? 1601 : firstYear(p, p.startYear);
		const start = startYear === 1601 ? `16010101T${pad(p.hour)}0000` : wall(startYear);
		const rule = [`FREQ=YEARLY`, ...(p.interval > 1 ? [`INTERVAL=${p.interval}`] : []), byDay, `BYMONTH=${p.month}`];
		if (p.until) rule.push(`UNTIL=${Math.max(startYear, 1970) + p.until[0]}${p.until[1]}`);
		if (p.count) rule.push(`COUNT=${p.count}`);
		lines.push(`DTSTART:${start}`, `RRULE:${rule.join(";")}`);
	}
	lines.push(`END:${p.name}`);
	return lines;
}

/** UNTIL some years after the rule starts, in UTC, floating or as a date. */
const untilArb = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.constantFrom("0601T000000Z", "1231T235959", "0701"));

const partArb = (name: PartSpec["name"], from: number, to: number): fc.Arbitrary<PartSpec> =>
	fc
		.record({
			month: fc.integer({ min: 1, max: 12 }),
			n: fc.constantFrom(1, 2, 3, 4, 5, -1, -2, 0),
			weekday: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 6 }) }),
			hour: fc.integer({ min: 0, max: 4 }),
			exchange: fc.boolean(),
			startYear: fc.integer({ min: 1970, max: 2030 }),
			until: fc.option(untilArb, { freq: 3 }),
			count: fc.option(fc.integer({ min: 1, max: 60 }), { freq: 4 }),
			interval: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 3 }) }),
			rdateYears: fc.option(fc.uniqueArray(fc.integer({ min: 1970, max: 2040 }), { minLength: 1, maxLength: 8 }).map((ys) => ys.sort((a, b) => a - b)), { freq: 4 }),
		})
		.map(({ exchange, ...r }) => ({
			...r,
			name,
			from,
			to,
			// The rule Exchange starts in 1601 is started in 1970 by the old reader: counted, every other year, or
			// on a fifth weekday that some years lack (so that its last onset before 1970 still counts), that would differ.
			startYear: exchange && r.count === null && r.interval === 1 && r.n !== 5 ? 1601 : r.startYear,
		}));

/** A VTIMEZONE as calendar products write them: standard and daylight rules, a fixed offset, or onsets listed. */
const zoneArb = (tzid: string): fc.Arbitrary<string> =>
	fc
		// Offsets within the -12:00 to +14:00 that zones use: ical.js turns larger ones round the clock.
		.record({ standard: fc.integer({ min: -44, max: 52 }).map((q) => q * 15), shift: fc.constantFrom(60, 30, -60), parts: fc.integer({ min: 0, max: 3 }) })
		.chain(({ standard, shift, parts }) => {
			const dst = standard + shift;
			if (parts === 0) {
				return fc.constantFrom(1601, 1970).map((year) =>
					["BEGIN:VTIMEZONE", `TZID:${icsText(tzid)}`, "BEGIN:STANDARD", `DTSTART:${year}0101T000000`, `TZOFFSETFROM:${offsetText(standard)}`, `TZOFFSETTO:${offsetText(standard)}`, "END:STANDARD", "END:VTIMEZONE"].join("\r\n"),
				);
			}
			const specs = [partArb("DAYLIGHT", standard, dst), partArb("STANDARD", dst, standard)];
			if (parts === 3) specs.push(partArb("STANDARD", dst, standard));
			return fc.tuple(...specs).map((ps) => ["BEGIN:VTIMEZONE", `TZID:${icsText(tzid)}`, ...ps.flatMap(partLines), "END:VTIMEZONE"].join("\r\n"));
		});

/** TZIDs: IANA, Windows and display names, unknown ones, one with a comma. */
const TZIDS = ["America/New_York", "Europe/Berlin", "W. Europe Standard Time", "Pacific Standard Time", "(UTC-05:00) Eastern Time (US & Canada)", "(UTC+05:45) Somewhere new", "Middle Earth Time", "Custom, Zone"];

// ---------------------------------------------------------------- events and invites

const instantArb = fc.integer({ min: Date.UTC(1972, 0, 1) / MINUTE, max: Date.UTC(2037, 11, 31) / MINUTE }).map((m) => m * MINUTE);

type TimeKind = { kind: "utc" } | { kind: "zoned"; tzid: string; quote: boolean } | { kind: "floating" } | { kind: "date" };

function timeLine(name: string, t: number, how: TimeKind): string {
	switch (how.kind) {
		case "utc":
			return `${name}:${basic(t)}Z`;
		case "zoned":
			return `${name};TZID=${icsParam(how.tzid, how.quote)}:${basic(t)}`;
		case "floating":
			return `${name}:${basic(t)}`;
		case "date":
			return `${name};VALUE=DATE:${basic(t).slice(0, 8)}`;
	}
}

const durationArb = fc
	.record({ negative: fc.boolean(), weeks: fc.option(fc.nat(3)), days: fc.option(fc.nat(3)), hours: fc.option(fc.nat(30)), minutes: fc.option(fc.nat(90)), seconds: fc.option(fc.nat(90)) })
	.filter((d) => d.weeks !== null || d.days !== null || d.hours !== null || d.minutes !== null || d.seconds !== null)
	.map((d) => {
		const time = `${d.hours !== null ? `${d.hours}H` : ""}${d.minutes !== null ? `${d.minutes}M` : ""}${d.seconds !== null ? `${d.seconds}S` : ""}`;
		return `${d.negative ? "-" : ""}P${d.weeks !== null ? `${d.weeks}W` : ""}${d.days !== null ? `${d.days}D` : ""}${time ? `T${time}` : ""}`;
	});

const personParams = fc.record(
	{
		cn: text,
		cutype: fc.constantFrom("INDIVIDUAL", "group", "ROOM", "RESOURCE"),
		partstat: fc.constantFrom("ACCEPTED", "declined", "NEEDS-ACTION", "TENTATIVE"),
		role: fc.constantFrom("REQ-PARTICIPANT", "OPT-PARTICIPANT", "NON-PARTICIPANT", "CHAIR"),
		"x-num-guests": fc.constantFrom("0", "1"),
		"sent-by": fc.constantFrom("mailto:assistant@acme.example", "MAILTO:EA@ACME.EXAMPLE"),
	},
	{ requiredKeys: [] },
);

const address = fc.oneof(fc.constantFrom("mailto:dana@acme.example", "MAILTO:Lena.Okafor@Acme.Example", "lena@acme.example", "urn:uuid:1234", ""), text.map((s) => `mailto:${s.replace(/[\r\n]/g, "")}`));

function personLine(name: string, params: Record<string, string>, value: string, quote: boolean): string {
	return `${name}${Object.entries(params)
		.map(([k, v]) => `;${k.toUpperCase()}=${icsParam(v, quote)}`)
		.join("")}:${value}`;
}

const eventArb = (tzids: string[]) =>
	fc
		.record({
			uid: fc.option(text, { freq: 6 }),
			sequence: fc.option(fc.nat(20), { freq: 3 }),
			start: instantArb,
			length: fc.integer({ min: -60, max: 600 }),
			time: fc.oneof(
				{ weight: 2, arbitrary: fc.constant<TimeKind>({ kind: "utc" }) },
				{ weight: 4, arbitrary: fc.record({ kind: fc.constant("zoned" as const), tzid: fc.constantFrom(...tzids, ...TZIDS), quote: fc.boolean() }) },
				{ weight: 1, arbitrary: fc.constant<TimeKind>({ kind: "floating" }) },
				{ weight: 1, arbitrary: fc.constant<TimeKind>({ kind: "date" }) },
			),
			end: fc.constantFrom("dtend", "duration", "none"),
			duration: durationArb,
			organizer: fc.option(fc.tuple(personParams, address, fc.boolean())),
			attendees: fc.array(fc.tuple(personParams, address, fc.boolean()), { maxLength: 3 }),
			summary: fc.option(text),
			location: fc.option(text),
			description: fc.option(text),
			altDesc: fc.option(text),
			conference: fc.array(fc.tuple(fc.constantFrom("X-GOOGLE-CONFERENCE", "URL", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "CONFERENCE;VALUE=URI"), rawValue), { maxLength: 2 }),
			status: fc.option(fc.constantFrom("CONFIRMED", "CANCELLED", "cancelled")),
			recurrenceId: fc.option(instantArb, { freq: 4 }),
			repeats: fc.option(fc.oneof(fc.integer({ min: 1, max: 5 }).map((n) => `RRULE:FREQ=DAILY;COUNT=${n}`), fc.constant("RDATE:20261201T100000Z")), { freq: 4 }),
		})
		.map((e) => {
			const lines = ["BEGIN:VEVENT"];
			if (e.uid !== null) lines.push(`UID:${icsText(e.uid)}`);
			if (e.sequence !== null) lines.push(`SEQUENCE:${e.sequence}`);
			lines.push(timeLine("DTSTART", e.start, e.time));
			if (e.end === "dtend") lines.push(timeLine("DTEND", e.start + e.length * MINUTE, e.time));
			if (e.end === "duration") lines.push(`DURATION:${e.duration}`);
			if (e.organizer) lines.push(personLine("ORGANIZER", e.organizer[0], e.organizer[1], e.organizer[2]));
			for (const [params, value, quote] of e.attendees) lines.push(personLine("ATTENDEE", params, value, quote));
			if (e.summary !== null) lines.push(`SUMMARY;LANGUAGE=en-US:${icsText(e.summary)}`);
			if (e.location !== null) lines.push(`LOCATION:${icsText(e.location)}`);
			if (e.description !== null) lines.push(`DESCRIPTION:${icsText(e.description)}`);
			if (e.altDesc !== null) lines.push(`X-ALT-DESC;FMTTYPE=text/html:${icsText(e.altDesc)}`);
			for (const [name, value] of e.conference) lines.push(`${name}:${value}`);
			if (e.status !== null) lines.push(`STATUS:${e.status}`);
			if (e.recurrenceId !== null) lines.push(`RECURRENCE-ID:${basic(e.recurrenceId)}Z`);
			if (e.repeats !== null) lines.push(e.repeats);
			lines.push("END:VEVENT");
			return lines.join("\r\n");
		});

/** Folds lines at random places (a space or a tab after the break), as long lines come; not the first, which says what the text is. */
function folded(text: string, cuts: number[]): string {
	return text
		.split("\r\n")
		.map((line, i) => {
			const at = cuts[i % cuts.length] % (line.length + 1);
			return i > 0 && at > 0 && at < line.length ? `${line.slice(0, at)}\r\n${i % 2 ? "\t" : " "}${line.slice(at)}` : line;
		})
		.join("\r\n");
}

const inviteArb = fc
	.record({
		zoneNames: fc.subarray(["America/New_York", "W. Europe Standard Time", "Custom, Zone", "Middle Earth Time", "Zone A"], { maxLength: 3 }),
		exchange: fc.boolean(),
	})
	.chain(({ zoneNames, exchange }) =>
		fc.record({
			method: fc.option(fc.constantFrom("REQUEST", "PUBLISH", "request")),
			prodid: fc.option(text),
			zones: fc.tuple(...zoneNames.map((name) => zoneArb(name))),
			exchange: fc.constant(exchange),
			events: fc.array(eventArb([...zoneNames, ...(exchange ? ["W. Europe Standard Time"] : [])]), { minLength: 1, maxLength: 3 }),
			calendars: fc.integer({ min: 1, max: 2 }),
			cuts: fc.array(fc.nat(200), { minLength: 1, maxLength: 5 }),
			lf: fc.boolean(),
			bytes: fc.boolean(),
		}),
	)
	.map((i) => {
		const zones = [...i.zones, ...(i.exchange && !i.zones.some((z) => z.includes("TZID:W. Europe")) ? [EXCHANGE_W_EUROPE.join("\r\n")] : [])];
		const head = ["BEGIN:VCALENDAR", "VERSION:2.0", ...(i.method ? [`METHOD:${i.method}`] : []), ...(i.prodid !== null ? [`PRODID:${icsText(i.prodid)}`] : []), ...zones];
		const split = i.calendars === 2 ? Math.ceil(i.events.length / 2) : i.events.length;
		const calendars = [[...head, ...i.events.slice(0, split), "END:VCALENDAR"]];
		if (i.events.length > split) calendars.push([...head, ...i.events.slice(split), "END:VCALENDAR"]);
		let ics = folded(calendars.map((c) => c.join("\r\n")).join("\r\n"), i.cuts) + "\r\n";
		if (i.lf) ics = ics.replace(/\r\n/g, "\n");
		return i.bytes ? new TextEncoder().encode(ics) : ics;
	});

// ---------------------------------------------------------------- comparing

type Outcome = { reading: ReturnType<typeof comparable> } | { refused: string };

/** A reading with instants as numbers, and RECURRENCE-ID as written (ical.js wrote it with dashes and colons). */
function comparable(r: InviteReading) {
	return {
		...r,
		events: r.events.map((e) => ({ ...e, start: e.start.getTime(), end: e.end?.getTime() ?? null, recurrenceId: e.recurrenceId.replace(/[-:]/g, "") })),
	};
}

function outcome(read: () => InviteReading | InviteReading): Outcome {
	try {
		return { reading: comparable(read()) };
	} catch (error) {
		return { refused: error instanceof Error ? error.message : String(error) };
	}
}

describe("invites read as ical.js read them", () => {
	it("any invite: the same events, instants, texts, people and warnings, or a refusal from both", () => {
		fc.assert(
			fc.property(inviteArb, (input) => {
				// ical.js loses the value after a quoted parameter that ends in a backslash and a colon (`CN="x\\:":mailto:…`
				// gives no address); RFC 5545 lets a quoted value hold both, and ours reads the address. Found by this test.
				fc.pre(!/\\:"/.test(typeof input === "string" ? input : new TextDecoder().decode(input)));
				const ours = outcome(() => readInvite(input));
				const theirs = outcome(() => readWithIcalJs(input));
				if ("refused" in theirs) expect(ours).toHaveProperty("refused");
				else expect(ours).toEqual(theirs);
			}),
			{ numRuns: 150 },
		);
	});

	it("reads the address after a quoted name that ends in a backslash and a colon, where ical.js loses it", () => {
		const input = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261202\r\nATTENDEE;CN="x\\\\:":mailto:dana@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
		expect(readInvite(input).events[0].attendees[0].email).toBe("dana@acme.example");
		expect(readWithIcalJs(input).events[0].attendees[0].email).toBe("");
	});

	it("every invite of the fixtures, and the zone test's, read the same", () => {
		const dir = new URL("../fixtures/invites/", import.meta.url);
		for (const name of readdirSync(dir)) {
			const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
			expect(outcome(() => readInvite(bytes)), name).toEqual(outcome(() => readWithIcalJs(bytes)));
		}
	});

	it("mangled invites: a one-sentence InviteError or a reading, never another error", () => {
		const dir = new URL("../fixtures/invites/", import.meta.url);
		const fixtures = readdirSync(dir).map((name) => readFileSync(new URL(name, dir), "utf8"));
		const edit = fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom("", ":", ";", '"', "\r\n", "\r\n ", "BEGIN:VEVENT\r\n", "END:VEVENT\r\n", "=", "\\", "Z", "T", "-", "0"));
		fc.assert(
			fc.property(fc.nat(fixtures.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), (which, edits) => {
				let ics = fixtures[which];
				for (const [at, drop, insert] of edits) {
					const i = at % (ics.length + 1);
					ics = ics.slice(0, i) + insert + ics.slice(i + drop);
				}
				try {
					readInvite(ics);
				} catch (error) {
					expect(error).toBeInstanceOf(InviteError);
					expect((error as Error).message).not.toContain("\n");
				}
			}),
			{ numRuns: 300 },
		);
	});
});
