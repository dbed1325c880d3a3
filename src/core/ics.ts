// The calendar export (RFC 5545): one event per pending follow-up, so that a calendar app reminds
// the user even while Obsidian is closed. TEXT values are escaped, lines folded at 75 octets, CRLF.
import { addHours, addMinutes, formatISO } from "date-fns";
import { format } from "./date-format";
import { escapeText, foldLine, utcDateTime } from "./icalendar";
import { buildAgenda } from "./agenda";
import { joinWords, KIND_TODO } from "./labels";
import { obsidianOpenUri } from "./obsidian-uri";
import { ACTION_KINDS, type ActionKind, type FollowUpAction, type Interview, type Recipient } from "./types";
import type { Settings } from "./settings";

export interface CalendarOptions {
	/** The export instant: DTSTAMP, LAST-MODIFIED and SEQUENCE come from it. */
	now: Date;
	/** The vault folder name, as Obsidian URIs and event UIDs need it. */
	vaultName: string;
	/** Shown in PRODID; defaults to "Interview Follow-up". */
	productName?: string;
}

export const CALENDAR_NAME = "Interview follow-ups";
/** Length of each event: a slot to do the follow-up in, not a meeting. */
export const EVENT_MINUTES = 30;
/** The second alarm rings this long before a deadline. */
export const DEADLINE_WARNING_HOURS = 1;

const UID_DOMAIN = "interview-follow-up";
// SEQUENCE counts minutes from here, so that each export outranks the previous one in calendar
// apps that only accept an update with a higher sequence number, and stays a small integer.
const SEQUENCE_EPOCH_MS = Date.UTC(2024, 0, 1);

/** The SEQUENCE every event of an export made at `now` carries. */
export function calendarSequence(now: Date): number {
	return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH_MS) / 60_000));
}

const WHAT_TO_DO: Record<ActionKind, string> = {
	"thank-you":
		"Send each interviewer a short, personal thank-you email: name what mattered to them and how your experience answers it.",
	"next-steps": "Ask what the next steps are and when they expect to decide, since the interview left it open.",
	"check-in": "Check in: say you are still interested and ask whether there is any news. A short call works too.",
	"close-out":
		"Still no reply a week after your check-in: mark the interview closed and put your energy into the next one. A late reply can still be logged.",
	"handwritten-note": "Write a short handwritten card to back up your emailed thanks, and post it.",
	linkedin: "Invite your interviewers to connect on LinkedIn, with a short personal note.",
};

/** FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. Pure JS: it runs on mobile. */
export function fnv1a64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	// The 64-bit state is kept as two 32-bit halves; every intermediate stays below 2^53.
	let hi = 0xcbf29ce4;
	let lo = 0x84222325;
	for (const byte of bytes) {
		lo = (lo ^ byte) >>> 0;
		// Multiply by the FNV prime 2^40 + 0x1b3, modulo 2^64.
		const loProduct = lo * 0x1b3;
		const carry = Math.floor(loProduct / 0x100000000);
		hi = (hi * 0x1b3 + carry + lo * 0x100) >>> 0;
		lo = loProduct >>> 0;
	}
	return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/**
 * The event's UID: the same note and action in the same vault give the same UID at every export,
 * so that re-importing updates the event instead of adding a second one.
 */
export function eventUid(vaultName: string, file: string, kind: ActionKind): string {
	return `${fnv1a64(`${vaultName}\n${file}\n${kind}`)}@${UID_DOMAIN}`;
}

/** "Send a thank-you: Acme Robotics · Platform engineer". */
export function eventSummary(action: FollowUpAction): string {
	const company = action.company.trim() || action.file.replace(/^.*\//, "").replace(/\.md$/i, "");
	const role = action.role.trim();
	return `${KIND_TODO[action.kind]}: ${company}${role ? ` · ${role}` : ""}`;
}

/** Local wall-clock words for the person reading the calendar, then the exact instant. */
function when(d: Date): string {
	return `${format(d, "EEE d MMM yyyy, HH:mm")} (${formatISO(d)})`;
}

function person(r: Recipient): string {
	if (r.email === null) return `${r.name} (no email in the note)`;
	return r.name !== "" ? `${r.name} <${r.email}>` : r.email;
}

export function eventDescription(action: FollowUpAction, vaultName: string): string {
	const lines = [WHAT_TO_DO[action.kind]];
	lines.push(
		action.recipients.length > 0
			? `To: ${action.recipients.map(person).join("; ")}`
			: "To: nobody yet. Add interviewers or a primary contact with an email to the note.",
	);
	if (action.passThanksVia !== undefined && action.passThanksTo) {
		lines.push(
			action.passThanksTo.length > 0
				? `Ask ${action.passThanksVia} to pass your thanks on to ${joinWords(action.passThanksTo)}.`
				: `The note lists no interviewers: thank ${action.passThanksVia} for the conversation if you spoke with them alone, else ask them to pass your thanks on to everyone you met.`,
		);
	}
	lines.push(`Opens: ${when(action.opensAt)}`);
	if (action.idealBy) lines.push(`Ideally by: ${when(action.idealBy)}`);
	if (action.deadline) lines.push(`Deadline: ${when(action.deadline)}`);
	if (action.snoozedUntil) lines.push(`Snoozed until: ${when(action.snoozedUntil)}`);
	lines.push(`Note: ${action.file}`);
	// Many calendar apps hide the URL property, so the link is in the text as well.
	lines.push(`Open in Obsidian: ${obsidianOpenUri(vaultName, action.file)}`);
	return lines.join("\n");
}

/** A component's lines: its properties, then its sub-components, as calendar files order them. */
interface Lines {
	name: string;
	lines: string[];
	components: Lines[];
}

function component(name: string): Lines {
	return { name, lines: [], components: [] };
}

function flatten(c: Lines): string[] {
	return [`BEGIN:${c.name}`, ...c.lines, ...c.components.flatMap(flatten), `END:${c.name}`];
}

/** `NAME:value`, the value as given (an integer, a date-time, a URI, a fixed word). */
function raw(c: Lines, name: string, value: string | number): void {
	c.lines.push(`${name}:${value}`);
}

/** `NAME:value` for a TEXT value, escaped. */
function text(c: Lines, name: string, value: string): void {
	raw(c, name, escapeText(value));
}

/** A DISPLAY alarm: at the event's start (a duration of zero) or at an absolute instant. */
function alarm(trigger: Date | null, description: string): Lines {
	const valarm = component("VALARM");
	text(valarm, "ACTION", "DISPLAY");
	if (trigger) raw(valarm, "TRIGGER;VALUE=DATE-TIME", utcDateTime(trigger));
	else raw(valarm, "TRIGGER", "PT0S");
	text(valarm, "DESCRIPTION", description);
	return valarm;
}

/** An event's alarms: at its start (`at` null), and an hour before a deadline that falls after the start. */
export function alarmsOf(action: FollowUpAction, summary: string): { at: Date | null; description: string }[] {
	const out: { at: Date | null; description: string }[] = [{ at: null, description: summary }];
	if (action.deadline) {
		const warning = addHours(action.deadline, -DEADLINE_WARNING_HOURS);
		// An absolute trigger: the deadline is an instant, whatever happens to the event.
		if (warning.getTime() > action.opensAt.getTime()) out.push({ at: warning, description: `${DEADLINE_WARNING_HOURS} hour left: ${summary}` });
	}
	return out;
}

const KIND_RANK = new Map(ACTION_KINDS.map((k, i) => [k, i]));

/** In a fixed order, so that an unchanged vault gives an unchanged file apart from the stamps. */
export function byOpening(a: FollowUpAction, b: FollowUpAction): number {
	return (
		a.opensAt.getTime() - b.opensAt.getTime() ||
		(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
		(KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0)
	);
}

/** The iCalendar file for these actions: one event each, whatever its state or snooze. */
export function buildCalendar(actions: readonly FollowUpAction[], options: CalendarOptions): string {
	const { now, vaultName } = options;
	const product = options.productName ?? "Interview Follow-up";
	const sequence = calendarSequence(now);
	const calendar = component("VCALENDAR");
	text(calendar, "VERSION", "2.0");
	text(calendar, "PRODID", `-//Interview Follow-up//${product}//EN`);
	raw(calendar, "NAME", CALENDAR_NAME);
	raw(calendar, "X-WR-CALNAME", CALENDAR_NAME);
	raw(calendar, "X-WR-CALDESC", "Follow-ups from your interview notes in Obsidian");
	// A subscribed calendar is fetched again after an hour (RFC 7986: VALUE=DURATION, once).
	raw(calendar, "REFRESH-INTERVAL;VALUE=DURATION", "PT1H");
	raw(calendar, "X-PUBLISHED-TTL", "PT1H");
	for (const action of [...actions].sort(byOpening)) {
		const summary = eventSummary(action);
		const event = component("VEVENT");
		text(event, "UID", eventUid(vaultName, action.file, action.kind));
		raw(event, "SEQUENCE", sequence);
		raw(event, "DTSTAMP", utcDateTime(now));
		raw(event, "DTSTART", utcDateTime(action.opensAt));
		raw(event, "DTEND", utcDateTime(addMinutes(action.opensAt, EVENT_MINUTES)));
		text(event, "SUMMARY", summary);
		// A reminder should not mark the user busy.
		text(event, "TRANSP", "TRANSPARENT");
		text(event, "DESCRIPTION", eventDescription(action, vaultName));
		event.components.push(...alarmsOf(action, summary).map((a) => alarm(a.at, a.description)));
		text(event, "CATEGORIES", action.kind);
		raw(event, "URL;VALUE=URI", obsidianOpenUri(vaultName, action.file));
		raw(event, "LAST-MODIFIED", utcDateTime(now));
		calendar.components.push(event);
	}
	// RFC 5545 ends every line with CRLF, the last one too.
	return `${flatten(calendar).map((line) => foldLine(withoutControls(line))).join("\r\n")}\r\n`;
}

// C0 controls but HTAB, DEL and C1 controls. RFC 5545 (3.1, 3.3.11) allows no CONTROL character in
// a content line but HTAB; C1 controls are allowed as UTF-8 but some terminals obey them when the
// file is printed (`ics` writes to standard output), and no calendar shows them.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/**
 * A content line with no control character from a note value, at the one place all text passes:
 * TEXT escaping writes a line feed as `\n`, and a carriage return becomes `\n` too (dropped before an
 * escaped line feed), any other control U+FFFD.
 */
function withoutControls(line: string): string {
	return line.replace(/\r(?=\\n)/g, "").replace(/\r/g, "\\n").replace(CONTROL, "\uFFFD");
}

/** The calendar for every pending action of these interviews, as the agenda works them out at `now`. */
export function buildCalendarForInterviews(
	interviews: Iterable<Interview>,
	options: CalendarOptions & { settings: Settings },
): string {
	return buildCalendar(buildAgenda(interviews, options.settings, options.now).actions, options);
}
