// Words for time in the pane, the notices and the status bar: how long until or since an instant,
// and what clock a row races against. Pure: `now` is always a parameter.
import { differenceInCalendarDays, format } from "date-fns";
import type { FollowUpAction } from "../core/types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * A length of time as a person says it, rounded down so that a countdown never promises more than
 * is left: "less than a minute", "45 min", "3 h 10 min", "1 day 4 h", "6 days".
 */
export function formatDuration(ms: number): string {
	const abs = Math.abs(ms);
	if (abs < MINUTE) return "less than a minute";
	if (abs < HOUR) return `${Math.floor(abs / MINUTE)} min`;
	if (abs < DAY) {
		const h = Math.floor(abs / HOUR);
		const m = Math.floor((abs % HOUR) / MINUTE);
		return m === 0 ? `${h} h` : `${h} h ${m} min`;
	}
	const days = Math.floor(abs / DAY);
	if (days >= 2) return plural(days, "day", "days");
	const h = Math.floor((abs % DAY) / HOUR);
	return h === 0 ? "1 day" : `1 day ${h} h`;
}

/** "in 3 h 10 min" for a future instant, "2 h ago" for a past one. */
export function relativeTime(target: Date, now: Date): string {
	const ms = target.getTime() - now.getTime();
	if (Math.abs(ms) < MINUTE) return ms >= 0 ? "in less than a minute" : "less than a minute ago";
	return ms > 0 ? `in ${formatDuration(ms)}` : `${formatDuration(ms)} ago`;
}

/** A calendar instant near `now`: "today 14:30", "tomorrow 09:00", "Wed 2 Dec 09:00", "2 Dec 2027 09:00". */
export function formatInstant(at: Date, now: Date): string {
	const time = format(at, "HH:mm");
	const days = differenceInCalendarDays(at, now);
	if (days === 0) return `today ${time}`;
	if (days === 1) return `tomorrow ${time}`;
	if (days === -1) return `yesterday ${time}`;
	if (at.getFullYear() !== now.getFullYear()) return `${format(at, "d MMM yyyy")} ${time}`;
	return `${format(at, "EEE d MMM")} ${time}`;
}

/** The clock a row shows: what runs out next for the action, or how late it is. Sentence case. */
export function countdown(action: FollowUpAction, now: Date): string {
	const { idealBy, deadline, opensAt } = action;
	switch (action.state) {
		case "upcoming":
			return `Opens ${relativeTime(opensAt, now)} (${formatInstant(opensAt, now)})`;
		case "due":
			if (idealBy) return `Ideal window closes ${relativeTime(idealBy, now)}`;
			if (deadline) return `Deadline ${relativeTime(deadline, now)}`;
			return `Open since ${formatInstant(opensAt, now)}`;
		case "late": {
			const closed = idealBy ? `Ideal window closed ${relativeTime(idealBy, now)}` : "Past the ideal time";
			return deadline ? `${closed}; deadline ${relativeTime(deadline, now)}` : closed;
		}
		case "overdue":
			return deadline ? `Deadline passed ${relativeTime(deadline, now)}` : "Past its deadline";
	}
}
