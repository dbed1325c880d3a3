// Lengths of time in words, shared by the pane, the notices and the command line, so that they all
// count down the same way. Pure: `now` is always a parameter.

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
