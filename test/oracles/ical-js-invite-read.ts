// The invite reader as it was with ical.js, kept as the oracle that src/core/invite-read.ts is
// compared with (test/core/invite-oracle.test.ts): the same reading, through ical.js's parser, its
// values and its expansion of VTIMEZONE rules. Not shipped; ical.js is a development dependency.
import ICAL from "ical.js";
import { unescapeText } from "../../src/core/icalendar";
import { decodeInvite, InviteError, type InviteAttendee, type InviteEvent, type InviteReading } from "../../src/core/invite-read";
import { resolveZoneName, wallToInstant, type OffsetAt, type WallTime } from "../../src/core/zones";

// The reading's types, its error and the byte decoding are the product's: only the parsing is ical.js's.

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Timezone = InstanceType<typeof ICAL.Timezone>;

const UTF8_BOM = "\ufeff";

function param(prop: Property, name: string): string {
	const v = prop.getParameter(name);
	if (Array.isArray(v)) return v.join(",");
	return typeof v === "string" ? v : "";
}

function textOf(component: Component, name: string): string {
	const prop = component.getFirstProperty(name);
	if (!prop) return "";
	const raw: unknown = prop.jCal[3];
	if (typeof raw !== "string") return "";
	return prop.type === "text" ? raw : unescapeText(raw);
}

function address(value: unknown): string {
	if (typeof value !== "string") return "";
	const v = value.trim();
	if (/^mailto:/i.test(v)) return v.slice(7).trim();
	return /^[^\s:][^\s:@]*@[^\s:]+$/.test(v) ? v : "";
}

/** Offset functions by TZID, for the VTIMEZONE components of one file. */
function vtimezones(calendar: Component): Map<string, OffsetAt> {
	const zones = new Map<string, OffsetAt>();
	for (const comp of calendar.getAllSubcomponents("vtimezone")) {
		const tzid = comp.getFirstPropertyValue("tzid");
		if (typeof tzid !== "string" || tzid === "") continue;
		// Exchange starts its rules in 1601: expanding four centuries of changes takes half a second
		// on a phone, and no interview is that old. Rules are started in 1970 instead.
		for (const rule of comp.getAllSubcomponents()) {
			const dtstart = rule.getFirstProperty("dtstart");
			const value: unknown = dtstart?.jCal[3];
			if (dtstart && rule.hasProperty("rrule") && typeof value === "string" && /^\d{4}-/.test(value) && Number(value.slice(0, 4)) < 1970) {
				dtstart.jCal[3] = `1970${value.slice(4)}`;
			}
		}
		let zone: Timezone;
		try {
			zone = new ICAL.Timezone(comp);
		} catch {
			continue;
		}
		zones.set(tzid, vtimezoneOffsetAt(zone));
	}
	return zones;
}

/**
 * The offset of a VTIMEZONE at an instant, from ical.js's expansion of its rules (its `changes`
 * hold each change's instant as UTC fields, with the offsets before and after).
 */
function vtimezoneOffsetAt(zone: Timezone): OffsetAt {
	let coveredTo = -Infinity;
	let changes: { at: number; before: number; after: number }[] = [];
	return (utcMs: number) => {
		const year = new Date(utcMs).getUTCFullYear() + 1;
		if (year > coveredTo) {
			zone._ensureCoverage(year);
			changes = (zone.changes as Array<Record<string, number>>).map((c) => ({
				at: Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second),
				before: c.prevUtcOffset / 60,
				after: c.utcOffset / 60,
			}));
			changes.sort((a, b) => a.at - b.at);
			coveredTo = year;
		}
		if (changes.length === 0) return 0;
		let lo = 0;
		let hi = changes.length - 1;
		if (utcMs < changes[0].at) return changes[0].before;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (changes[mid].at <= utcMs) lo = mid;
			else hi = mid - 1;
		}
		return changes[lo].after;
	};
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z?))?$/;

interface TimeReading {
	at: Date;
	allDay: boolean;
}

class TimeReader {
	private readonly named = new Map<string, OffsetAt | null>();
	readonly warnings: string[] = [];

	constructor(private readonly inFile: Map<string, OffsetAt>) {}

	read(prop: Property | null, what: string): TimeReading | null {
		if (!prop) return null;
		const raw: unknown = prop.jCal[3];
		const m = typeof raw === "string" ? DATE_TIME.exec(raw) : null;
		if (!m) throw new InviteError(`the invite's ${what} is ${JSON.stringify(raw)}, which is not a date or date-time`);
		const wall: WallTime = { year: +m[1], month: +m[2], day: +m[3], hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) };
		if (m[4] === undefined) return { at: new Date(wall.year, wall.month - 1, wall.day), allDay: true };
		if (m[7] === "Z") return { at: new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)), allDay: false };
		const tzid = param(prop, "tzid");
		const offsetAt = tzid === "" ? null : this.zone(tzid);
		// A floating time (no zone) is the same wall-clock time wherever the reader is: the user's local time.
		if (!offsetAt) return { at: new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second), allDay: false };
		return { at: new Date(wallToInstant(wall, offsetAt)), allDay: false };
	}

	private zone(tzid: string): OffsetAt | null {
		const own = this.inFile.get(tzid);
		if (own) return own;
		if (this.named.has(tzid)) return this.named.get(tzid) ?? null;
		const resolved = resolveZoneName(tzid);
		if (resolved?.warning) this.warnings.push(resolved.warning);
		if (!resolved) {
			this.warnings.push(`The invite's time zone "${tzid}" is not one this tool knows, so its times are read as your local time: check them against the invite.`);
		}
		this.named.set(tzid, resolved?.offsetAt ?? null);
		return resolved?.offsetAt ?? null;
	}
}

const CONFERENCE_PROPS = [
	"x-google-conference",
	"x-microsoft-onlinemeetingconflink",
	"x-microsoft-skypeteamsmeetingurl",
	"x-microsoft-onlinemeetingexternallink",
	"conference",
	"url",
];

function readEvent(event: Component, times: TimeReader): InviteEvent {
	const startProp = event.getFirstProperty("dtstart");
	const start = times.read(startProp, "DTSTART");
	if (!start) throw new InviteError("an event of the invite has no start (DTSTART)");
	let end: Date | null = null;
	const endRead = times.read(event.getFirstProperty("dtend"), "DTEND");
	if (endRead) end = endRead.at;
	else {
		const duration = event.getFirstPropertyValue("duration");
		if (duration instanceof ICAL.Duration) end = new Date(start.at.getTime() + duration.toSeconds() * 1000);
	}
	// An all-day event's end is the next day at midnight: no hour of the interview's end in it.
	if (start.allDay || (end && end.getTime() <= start.at.getTime())) end = null;

	const organizerProp = event.getFirstProperty("organizer");
	const organizer = organizerProp
		? { cn: param(organizerProp, "cn").trim(), email: address(organizerProp.jCal[3]), sentBy: address(param(organizerProp, "sent-by")) }
		: null;
	const attendees: InviteAttendee[] = event.getAllProperties("attendee").map((p) => ({
		cn: param(p, "cn").trim(),
		email: address(p.jCal[3]),
		cutype: param(p, "cutype").toUpperCase(),
		partstat: (param(p, "partstat") || "NEEDS-ACTION").toUpperCase(),
		role: (param(p, "role") || "REQ-PARTICIPANT").toUpperCase(),
		googleGuest: param(p, "x-num-guests") !== "",
	}));

	const conference: string[] = [];
	for (const name of CONFERENCE_PROPS) {
		for (const p of event.getAllProperties(name)) {
			const v: unknown = p.jCal[3];
			if (typeof v === "string" && v.trim() !== "") conference.push(v.trim());
		}
	}
	let description = textOf(event, "description");
	let descriptionIsHtml = false;
	if (description.trim() === "") {
		description = textOf(event, "x-alt-desc");
		descriptionIsHtml = description !== "";
	}
	const sequence = Number(event.getFirstPropertyValue("sequence") ?? 0);
	const recurrence = event.getFirstProperty("recurrence-id");
	const rrule = event.getFirstProperty("rrule");
	const rdate = event.getFirstProperty("rdate");
	return {
		uid: textOf(event, "uid").trim(),
		sequence: Number.isFinite(sequence) ? sequence : 0,
		recurrenceId: recurrence && typeof recurrence.jCal[3] === "string" ? recurrence.jCal[3] : "",
		start: start.at,
		end,
		allDay: start.allDay,
		summary: textOf(event, "summary").trim(),
		location: textOf(event, "location").trim(),
		description,
		descriptionIsHtml,
		conference,
		organizer,
		attendees,
		cancelled: textOf(event, "status").trim().toUpperCase() === "CANCELLED",
		repeats: rrule ? `RRULE:${rrule.getFirstValue()?.toString() ?? ""}` : rdate ? "RDATE" : "",
	};
}

/** Reads an invite's text (or its file's bytes); throws an InviteError with one sentence when it cannot. */
export function readInvite(input: string | Uint8Array): InviteReading {
	let text = typeof input === "string" ? input : decodeInvite(input);
	if (text.startsWith(UTF8_BOM)) text = text.slice(1);
	// Pasted text may come with indentation or blank lines around it, and line endings of any kind.
	text = text.replace(/\r\n?/g, "\n").trim();
	if (!/^BEGIN:VCALENDAR\s*$/im.test(text.split("\n", 1)[0])) {
		throw new InviteError("this is not a calendar invite: an iCalendar file starts with BEGIN:VCALENDAR");
	}
	let parsed: unknown;
	try {
		parsed = ICAL.parse(text + "\n");
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new InviteError(`the calendar invite cannot be read: ${reason.split("\n")[0]}`);
	}
	const calendars = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
	const events: InviteEvent[] = [];
	const warnings: string[] = [];
	let method = "";
	let prodid = "";
	for (const jcal of calendars) {
		const calendar = new ICAL.Component(jcal as unknown[]);
		if (calendar.name !== "vcalendar") continue;
		method ||= textOf(calendar, "method").trim().toUpperCase();
		prodid ||= textOf(calendar, "prodid").trim();
		const times = new TimeReader(vtimezones(calendar));
		for (const event of calendar.getAllSubcomponents("vevent")) events.push(readEvent(event, times));
		for (const w of times.warnings) if (!warnings.includes(w)) warnings.push(w);
	}
	if (events.length === 0) throw new InviteError("the calendar file has no event (VEVENT) to make a note from");
	return { method, prodid, events, warnings };
}

