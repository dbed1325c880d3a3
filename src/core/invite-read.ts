// Reads an iCalendar invite (RFC 5545) into its events: times as instants (the invite's VTIMEZONE
// first, then IANA, Windows and display names, UTC and floating times), people as written, and the
// texts. Pure: no file system; the caller passes the file's text or bytes.
import {
	allProperties,
	firstProperty,
	IcalSyntaxError,
	parseDateTime,
	parseDuration,
	parseIcalendar,
	subcomponents,
	unescapeText,
	type IcalComponent,
	type IcalProperty,
} from "./icalendar";
import { vtimezoneOffsetAt } from "./vtimezone";
import { resolveZoneName, wallToInstant, type OffsetAt, type WallTime } from "./zones";

/** An invite that cannot be read: not iCalendar, no event, a reply rather than an invitation. */
export class InviteError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "InviteError";
	}
}

export interface InvitePerson {
	/** The CN as written (may be empty, or an address). */
	cn: string;
	/** The address, `mailto:` removed; empty when the value is not a mail address. */
	email: string;
}

export interface InviteAttendee extends InvitePerson {
	/** CUTYPE, upper case: INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN; empty when not given (an individual). */
	cutype: string;
	/** PARTSTAT, upper case: NEEDS-ACTION (default), ACCEPTED, DECLINED, TENTATIVE, DELEGATED. */
	partstat: string;
	/** ROLE, upper case: REQ-PARTICIPANT (default), OPT-PARTICIPANT, NON-PARTICIPANT, CHAIR. */
	role: string;
	/** Google writes X-NUM-GUESTS on every guest it lists. */
	googleGuest: boolean;
}

export interface InviteEvent {
	uid: string;
	sequence: number;
	/** RECURRENCE-ID as written, for one occurrence of a series. */
	recurrenceId: string;
	start: Date;
	/** Null when the event gives neither DTEND nor DURATION (or an end before its start). */
	end: Date | null;
	/** A date without a time (an all-day event). */
	allDay: boolean;
	summary: string;
	location: string;
	/** DESCRIPTION as written, or X-ALT-DESC's HTML when there is no DESCRIPTION. */
	description: string;
	descriptionIsHtml: boolean;
	/** Conference links from properties: X-GOOGLE-CONFERENCE, Teams' X-MICROSOFT-* and CONFERENCE, URL. */
	conference: string[];
	organizer: (InvitePerson & { sentBy: string }) | null;
	attendees: InviteAttendee[];
	/** STATUS:CANCELLED. */
	cancelled: boolean;
	/** RRULE or RDATE: a series rather than one occasion. */
	repeats: string;
}

export interface InviteReading {
	/** METHOD, upper case; empty when the file has none (a calendar export). */
	method: string;
	/** PRODID as written: which product made the file. */
	prodid: string;
	events: InviteEvent[];
	/** Sentences about guesses made while reading (time zones). */
	warnings: string[];
}

const UTF8_BOM = "\ufeff";

/**
 * The text of an invite file from its bytes. Lines are unfolded before decoding, because a long line
 * may be folded in the middle of a multi-byte character (RFC 5545 folds at octets).
 */
export function decodeInvite(bytes: Uint8Array): string {
	const out = new Uint8Array(bytes.length);
	let n = 0;
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === 13 && bytes[i + 1] === 10 && (bytes[i + 2] === 32 || bytes[i + 2] === 9)) {
			i += 2;
			continue;
		}
		if ((b === 10 || b === 13) && (bytes[i + 1] === 32 || bytes[i + 1] === 9)) {
			i += 1;
			continue;
		}
		out[n++] = b;
	}
	return new TextDecoder("utf-8").decode(out.subarray(0, n));
}

/** A parameter's value, its backslash escapes decoded as a TEXT value's: some calendars write `CN=Doe\\, Jane`. */
function param(prop: IcalProperty, name: string): string {
	return unescapeText(prop.params.get(name) ?? "");
}

function textOf(component: IcalComponent, name: string): string {
	const prop = firstProperty(component, name);
	return prop ? unescapeText(prop.value) : "";
}

function address(value: unknown): string {
	if (typeof value !== "string") return "";
	const v = value.trim();
	if (/^mailto:/i.test(v)) return v.slice(7).trim();
	return /^[^\s:][^\s:@]*@[^\s:]+$/.test(v) ? v : "";
}

/** The VTIMEZONE components of one calendar by TZID; of two with one TZID, the last. */
function vtimezones(calendar: IcalComponent): Map<string, IcalComponent> {
	const zones = new Map<string, IcalComponent>();
	for (const zone of subcomponents(calendar, "vtimezone")) {
		const tzid = textOf(zone, "tzid");
		if (tzid !== "") zones.set(tzid, zone);
	}
	return zones;
}

interface TimeReading {
	at: Date;
	allDay: boolean;
}

class TimeReader {
	/** Offset functions by TZID, made when a time first names the zone; null for the user's local time. */
	private readonly zones = new Map<string, OffsetAt | null>();
	readonly warnings: string[] = [];

	constructor(private readonly inFile: Map<string, IcalComponent>) {}

	read(prop: IcalProperty | null, what: string): TimeReading | null {
		if (!prop) return null;
		const value = parseDateTime(prop.value);
		if (!value) throw new InviteError(`the invite's ${what} is ${JSON.stringify(prop.value)}, which is not a date or date-time`);
		const wall: WallTime = value;
		if (value.isDate) return { at: new Date(wall.year, wall.month - 1, wall.day), allDay: true };
		if (value.utc) return { at: new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)), allDay: false };
		const tzid = param(prop, "tzid");
		const offsetAt = tzid === "" ? null : this.zone(tzid);
		// A floating time (no zone) is the same wall-clock time wherever the reader is: the user's local time.
		if (!offsetAt) return { at: new Date(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second), allDay: false };
		return { at: new Date(wallToInstant(wall, offsetAt)), allDay: false };
	}

	private zone(tzid: string): OffsetAt | null {
		if (this.zones.has(tzid)) return this.zones.get(tzid) ?? null;
		// The invite's own VTIMEZONE; one whose rules this reader does not follow is read by its name.
		const vtimezone = this.inFile.get(tzid);
		let offsetAt = vtimezone ? vtimezoneOffsetAt(vtimezone) : null;
		if (!offsetAt) {
			const resolved = resolveZoneName(tzid);
			if (resolved?.warning) this.warnings.push(resolved.warning);
			if (!resolved) {
				this.warnings.push(`The invite's time zone "${tzid}" is not one this tool knows, so its times are read as your local time: check them against the invite.`);
			}
			offsetAt = resolved?.offsetAt ?? null;
		}
		this.zones.set(tzid, offsetAt);
		return offsetAt;
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

function readEvent(event: IcalComponent, times: TimeReader): InviteEvent {
	const start = times.read(firstProperty(event, "dtstart"), "DTSTART");
	if (!start) throw new InviteError("an event of the invite has no start (DTSTART)");
	let end: Date | null = null;
	const endRead = times.read(firstProperty(event, "dtend"), "DTEND");
	const durationProp = firstProperty(event, "duration");
	if (endRead) end = endRead.at;
	else if (durationProp) {
		const seconds = parseDuration(durationProp.value);
		if (seconds === null) throw new InviteError(`the invite's DURATION is ${JSON.stringify(durationProp.value)}, which is not a duration`);
		end = new Date(start.at.getTime() + seconds * 1000);
	}
	// An all-day event's end is the next day at midnight: no hour of the interview's end in it.
	if (start.allDay || (end && end.getTime() <= start.at.getTime())) end = null;

	const organizerProp = firstProperty(event, "organizer");
	const organizer = organizerProp
		? { cn: param(organizerProp, "cn").trim(), email: address(organizerProp.value), sentBy: address(param(organizerProp, "sent-by")) }
		: null;
	const attendees: InviteAttendee[] = allProperties(event, "attendee").map((p) => ({
		cn: param(p, "cn").trim(),
		email: address(p.value),
		cutype: param(p, "cutype").toUpperCase(),
		partstat: (param(p, "partstat") || "NEEDS-ACTION").toUpperCase(),
		role: (param(p, "role") || "REQ-PARTICIPANT").toUpperCase(),
		googleGuest: param(p, "x-num-guests") !== "",
	}));

	const conference: string[] = [];
	for (const name of CONFERENCE_PROPS) {
		for (const p of allProperties(event, name)) if (p.value.trim() !== "") conference.push(p.value.trim());
	}
	let description = textOf(event, "description");
	let descriptionIsHtml = false;
	if (description.trim() === "") {
		description = textOf(event, "x-alt-desc");
		descriptionIsHtml = description !== "";
	}
	// An INTEGER as ical.js read it: its leading digits.
	const sequence = Number.parseInt(firstProperty(event, "sequence")?.value ?? "0", 10);
	const recurrence = firstProperty(event, "recurrence-id");
	const rrule = firstProperty(event, "rrule");
	const rdate = firstProperty(event, "rdate");
	return {
		uid: textOf(event, "uid").trim(),
		sequence: Number.isFinite(sequence) ? sequence : 0,
		recurrenceId: recurrence?.value.trim() ?? "",
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
		repeats: rrule ? `RRULE:${rrule.value.trim()}` : rdate ? "RDATE" : "",
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
	let calendars: IcalComponent[];
	try {
		calendars = parseIcalendar(text);
	} catch (error) {
		if (!(error instanceof IcalSyntaxError)) throw error;
		throw new InviteError(`the calendar invite cannot be read: ${error.message}`);
	}
	const events: InviteEvent[] = [];
	const warnings: string[] = [];
	let method = "";
	let prodid = "";
	for (const calendar of calendars) {
		if (calendar.name !== "vcalendar") continue;
		method ||= textOf(calendar, "method").trim().toUpperCase();
		prodid ||= textOf(calendar, "prodid").trim();
		const times = new TimeReader(vtimezones(calendar));
		for (const event of subcomponents(calendar, "vevent")) events.push(readEvent(event, times));
		for (const w of times.warnings) if (!warnings.includes(w)) warnings.push(w);
	}
	if (events.length === 0) throw new InviteError("the calendar file has no event (VEVENT) to make a note from");
	return { method, prodid, events, warnings };
}

