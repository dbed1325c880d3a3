// The calendar export (RFC 5545): one event per pending follow-up, so that a calendar app reminds
// the user even while Obsidian is closed. ical-generator writes the file (escaping, folding, CRLF).
import { addHours, addMinutes, format, formatISO } from "date-fns";
import ical, { ICalAlarmType, ICalEventTransparency, type ICalAlarmData } from "ical-generator";
import { buildAgenda } from "./agenda";
import { joinWords } from "./labels";
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

const VERB: Record<ActionKind, string> = {
	"thank-you": "Send a thank-you",
	"next-steps": "Ask about next steps",
	"check-in": "Check in",
	"close-out": "Close out",
	"handwritten-note": "Send a handwritten note",
	linkedin: "Send LinkedIn invitations",
};

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
	return `${VERB[action.kind]}: ${company}${role ? ` · ${role}` : ""}`;
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

function alarms(action: FollowUpAction, summary: string): ICalAlarmData[] {
	const out: ICalAlarmData[] = [{ type: ICalAlarmType.display, trigger: 0, description: summary }];
	if (action.deadline) {
		const warning = addHours(action.deadline, -DEADLINE_WARNING_HOURS);
		if (warning.getTime() > action.opensAt.getTime()) {
			// An absolute trigger: the deadline is an instant, whatever happens to the event.
			out.push({
				type: ICalAlarmType.display,
				trigger: warning,
				description: `${DEADLINE_WARNING_HOURS} hour left: ${summary}`,
			});
		}
	}
	return out;
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
	const calendar = ical({
		prodId: { company: "Interview Follow-up", product, language: "EN" },
		name: CALENDAR_NAME,
		description: "Follow-ups from your interview notes in Obsidian",
		// A subscribed calendar is fetched again after an hour.
		ttl: 3600,
	});
	for (const action of [...actions].sort(byOpening)) {
		const summary = eventSummary(action);
		calendar.createEvent({
			id: eventUid(vaultName, action.file, action.kind),
			sequence,
			stamp: now,
			lastModified: now,
			start: action.opensAt,
			end: addMinutes(action.opensAt, EVENT_MINUTES),
			summary,
			description: eventDescription(action, vaultName),
			categories: [{ name: action.kind }],
			url: obsidianOpenUri(vaultName, action.file),
			// A reminder should not mark the user busy.
			transparency: ICalEventTransparency.TRANSPARENT,
			alarms: alarms(action, summary),
		});
	}
	// ical-generator leaves the last line without its CRLF; RFC 5545 ends every line with one.
	return `${calendar.toString()}\r\n`;
}

/** The calendar for every pending action of these interviews, as the agenda works them out at `now`. */
export function buildCalendarForInterviews(
	interviews: Iterable<Interview>,
	options: CalendarOptions & { settings: Settings },
): string {
	return buildCalendar(buildAgenda(interviews, options.settings, options.now).actions, options);
}
