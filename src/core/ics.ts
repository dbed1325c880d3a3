// The calendar export (RFC 5545): one event per pending follow-up, so that a calendar app reminds
// the user even while Obsidian is closed. ical.js writes the file (escaping, folding at 75 octets, CRLF).
import { addHours, addMinutes, formatISO } from "date-fns";
import { format } from "./date-format";
import ICAL from "ical.js";
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
		const others = action.passThanksTo.length > 0 ? joinWords(action.passThanksTo) : "everyone you met";
		lines.push(`Ask ${action.passThanksVia} to pass your thanks on to ${others}.`);
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

/** A DISPLAY alarm: at the event's start (a duration of zero) or at an absolute instant. */
function alarm(trigger: ICAL.Duration | ICAL.Time, description: string): ICAL.Component {
	const valarm = new ICAL.Component("valarm");
	valarm.addPropertyWithValue("action", "DISPLAY");
	valarm.addPropertyWithValue("trigger", trigger);
	valarm.addPropertyWithValue("description", description);
	return valarm;
}

function alarms(action: FollowUpAction, summary: string): ICAL.Component[] {
	const out = [alarm(ICAL.Duration.fromSeconds(0), summary)];
	if (action.deadline) {
		const warning = addHours(action.deadline, -DEADLINE_WARNING_HOURS);
		if (warning.getTime() > action.opensAt.getTime()) {
			// An absolute trigger: the deadline is an instant, whatever happens to the event.
			out.push(alarm(utc(warning), `${DEADLINE_WARNING_HOURS} hour left: ${summary}`));
		}
	}
	return out;
}

/** An instant as iCalendar writes it in UTC (`20261125T180000Z`). */
function utc(d: Date): ICAL.Time {
	return ICAL.Time.fromJSDate(d, true);
}

const KIND_RANK = new Map(ACTION_KINDS.map((k, i) => [k, i]));

/** In a fixed order, so that an unchanged vault gives an unchanged file apart from the stamps. */
function byOpening(a: FollowUpAction, b: FollowUpAction): number {
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
	const sequence = Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH_MS) / 60_000));
	const calendar = new ICAL.Component("vcalendar");
	calendar.addPropertyWithValue("version", "2.0");
	calendar.addPropertyWithValue("prodid", `-//Interview Follow-up//${product}//EN`);
	calendar.addPropertyWithValue("name", CALENDAR_NAME);
	calendar.addPropertyWithValue("x-wr-calname", CALENDAR_NAME);
	calendar.addPropertyWithValue("x-wr-caldesc", "Follow-ups from your interview notes in Obsidian");
	// A subscribed calendar is fetched again after an hour.
	calendar.addPropertyWithValue("refresh-interval", ICAL.Duration.fromSeconds(3600)).setParameter("value", "DURATION");
	calendar.addPropertyWithValue("x-published-ttl", "PT1H");
	for (const action of [...actions].sort(byOpening)) {
		const summary = eventSummary(action);
		const event = new ICAL.Component("vevent");
		event.addPropertyWithValue("uid", eventUid(vaultName, action.file, action.kind));
		event.addPropertyWithValue("sequence", sequence);
		event.addPropertyWithValue("dtstamp", utc(now));
		event.addPropertyWithValue("dtstart", utc(action.opensAt));
		event.addPropertyWithValue("dtend", utc(addMinutes(action.opensAt, EVENT_MINUTES)));
		event.addPropertyWithValue("summary", summary);
		// A reminder should not mark the user busy.
		event.addPropertyWithValue("transp", "TRANSPARENT");
		event.addPropertyWithValue("description", eventDescription(action, vaultName));
		for (const valarm of alarms(action, summary)) event.addSubcomponent(valarm);
		event.addPropertyWithValue("categories", action.kind);
		event.addPropertyWithValue("url", obsidianOpenUri(vaultName, action.file)).setParameter("value", "URI");
		event.addPropertyWithValue("last-modified", utc(now));
		calendar.addSubcomponent(event);
	}
	// ical.js cuts folded text into pieces of foldLength octets and then adds the continuation
	// line's leading space: 74 keeps every line within RFC 5545's 75 octets.
	const foldLength = ICAL.foldLength;
	ICAL.foldLength = 74;
	try {
		// ical.js leaves the last line without its CRLF; RFC 5545 ends every line with one.
		return `${withoutControls(calendar.toString())}\r\n`;
	} finally {
		ICAL.foldLength = foldLength;
	}
}

// C0 controls but HTAB, DEL and C1 controls. RFC 5545 (3.1, 3.3.11) allows no CONTROL character in
// a content line but HTAB; C1 controls are allowed as UTF-8 but some terminals obey them when the
// file is printed (`ics` writes to standard output), and no calendar shows them.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/**
 * The calendar with no control character from a note value, at the one place all text passes.
 * ical.js writes a line feed in a value as the `\n` escape TEXT allows, but passes a carriage
 * return, ESC, BEL and the like through: a carriage return becomes `\n` too (dropped before an
 * escaped line feed), any other control U+FFFD. The file is unfolded first (RFC 5545 3.1), so that
 * no replacement stands across a fold, and folded again as ical.js folds.
 */
function withoutControls(ics: string): string {
	const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
	const clean = lines.map((line) => line.replace(/\r(?=\\n)/g, "").replace(/\r/g, "\\n").replace(CONTROL, "\uFFFD"));
	return clean.map((line) => ICAL.helpers.foldline(line)).join("\r\n");
}

/** The calendar for every pending action of these interviews, as the agenda works them out at `now`. */
export function buildCalendarForInterviews(
	interviews: Iterable<Interview>,
	options: CalendarOptions & { settings: Settings },
): string {
	return buildCalendar(buildAgenda(interviews, options.settings, options.now).actions, options);
}
