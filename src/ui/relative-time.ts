// Words for time in the pane, the notices and the status bar: how long until or since an instant,
// and what clock a row races against. Pure: `now` is always a parameter.
import { differenceInCalendarDays } from "date-fns";
import { format } from "../core/date-format";
import { relativeTime } from "../core/durations";
import type { FollowUpAction } from "../core/types";
import { KIND_TODO } from "./labels";
import { isWaitingOnReply } from "./sections";

export { formatDuration, relativeTime } from "../core/durations";

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

/** A row's clock in the pane and in code blocks: the countdown, or what a snoozed or waiting row waits for. */
export function rowClock(action: FollowUpAction, now: Date): string {
	if (action.snoozedUntil) return `Snoozed until ${formatInstant(action.snoozedUntil, now)} · ${countdown(action, now).replace(/^./, (c) => c.toLowerCase())}`;
	if (isWaitingOnReply(action)) return `${KIND_TODO[action.kind]} from ${formatInstant(action.opensAt, now)} (${relativeTime(action.opensAt, now)})`;
	return countdown(action, now);
}
