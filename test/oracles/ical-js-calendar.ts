// The calendar export as ical.js wrote it, kept as the oracle that src/core/ics.ts is compared with
// (test/core/ics-oracle.test.ts): the same events, written by ical.js's components, its TEXT
// escaping and its folding. Not shipped; ical.js is a development dependency.
import { addMinutes } from "date-fns";
import ICAL from "ical.js";
import {
	alarmsOf,
	byOpening,
	CALENDAR_NAME,
	calendarSequence,
	EVENT_MINUTES,
	eventDescription,
	eventSummary,
	eventUid,
	type CalendarOptions,
} from "../../src/core/ics";
import { obsidianOpenUri } from "../../src/core/obsidian-uri";
import type { FollowUpAction } from "../../src/core/types";

/** A DISPLAY alarm: at the event's start (a duration of zero) or at an absolute instant. */
function alarm(at: Date | null, description: string): ICAL.Component {
	const valarm = new ICAL.Component("valarm");
	valarm.addPropertyWithValue("action", "DISPLAY");
	valarm.addPropertyWithValue("trigger", at ? utc(at) : ICAL.Duration.fromSeconds(0));
	valarm.addPropertyWithValue("description", description);
	return valarm;
}

/** An instant as iCalendar writes it in UTC (`20261125T180000Z`). */
function utc(d: Date): ICAL.Time {
	return ICAL.Time.fromJSDate(d, true);
}

/** The iCalendar file for these actions: one event each, whatever its state or snooze. */
export function buildCalendarWithIcalJs(actions: readonly FollowUpAction[], options: CalendarOptions): string {
	const { now, vaultName } = options;
	const product = options.productName ?? "Interview Follow-up";
	const sequence = calendarSequence(now);
	const calendar = new ICAL.Component("vcalendar");
	calendar.addPropertyWithValue("version", "2.0");
	calendar.addPropertyWithValue("prodid", `-//Interview Follow-up//${product}//EN`);
	calendar.addPropertyWithValue("name", CALENDAR_NAME);
	calendar.addPropertyWithValue("x-wr-calname", CALENDAR_NAME);
	calendar.addPropertyWithValue("x-wr-caldesc", "Follow-ups from your interview notes in Obsidian");
	// A subscribed calendar is fetched again after an hour.
	calendar.addPropertyWithValue("refresh-interval", ICAL.Duration.fromSeconds(3600));
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
		for (const a of alarmsOf(action, summary)) event.addSubcomponent(alarm(a.at, a.description));
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

