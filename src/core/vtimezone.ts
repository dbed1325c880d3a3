// The offsets of an invite's own time zone (a VTIMEZONE, RFC 5545 3.6.5): its STANDARD and DAYLIGHT
// parts, each an onset (DTSTART, a wall-clock time in the offset before it) that a yearly RRULE
// repeats or RDATEs add to. Rules are expanded a year at a time, for the years asked about, so that
// Exchange's rules from 1601 cost nothing. A part this reader does not follow (another frequency,
// BYSETPOS, an onset in UTC...) makes the whole zone unread: the caller then reads its TZID as a
// name, which is right for every zone a calendar product writes.
import { allProperties, firstProperty, monthLength, parseDateTime, type IcalComponent, type IcalDateTime } from "./icalendar";
import { wallAsUtc, type OffsetAt } from "./zones";

const MINUTE = 60_000;
/** The Gregorian calendar repeats every 400 years: a yearly rule with no onset in 400 of its years has none. */
const CYCLE_YEARS = 400;
const LAST_YEAR = 9999;
/** Far more repeating parts than a real zone has (two, or a few more ended with UNTIL): more is not a zone. */
const MAX_RULES = 64;

interface Part {
	/** Offsets east of UTC in minutes: before the onset (TZOFFSETFROM) and from it on (TZOFFSETTO). */
	from: number;
	to: number;
	/** The first onset, as an instant. */
	first: number;
	/** The latest onset at or before an instant; null when there is none. */
	latest(utcMs: number): number | null;
}

interface YearlyRule {
	interval: number;
	count: number | null;
	until: IcalDateTime | null;
	/** Ascending, 1-12. */
	months: number[];
	/** Weekdays (0 Sunday) with their place in the month: 2 the second, -1 the last, 0 every one. */
	byDay: { n: number; weekday: number }[] | null;
	/** Days of the month; negative ones count from its end. */
	byMonthDay: number[] | null;
}

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const RULE_PARTS = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYDAY", "BYMONTHDAY", "WKST"]);

function offsetMinutes(value: string | undefined): number | null {
	const m = /^([+-])(\d{2})(\d{2})(?:\d{2})?$/.exec((value ?? "").trim());
	if (!m || Number(m[2]) > 23 || Number(m[3]) > 59) return null;
	// Seconds are dropped, as ical.js drops them: no zone of the last century needs them.
	const minutes = Number(m[2]) * 60 + Number(m[3]);
	return m[1] === "-" ? -minutes : minutes;
}

function positive(value: string): number | null {
	return /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** A list of integers within bounds (zero excluded); null when any is not one. */
function integers(value: string, min: number, max: number): number[] | null {
	const out: number[] = [];
	for (const piece of value.split(",")) {
		if (!/^[+-]?\d{1,2}$/.test(piece.trim())) return null;
		const n = Number(piece);
		if (n === 0 || n < min || n > max) return null;
		out.push(n);
	}
	return out;
}

/** A yearly RRULE as time zones write them; null for anything else. */
export function parseYearlyRule(value: string, start: IcalDateTime): YearlyRule | null {
	const parts = new Map<string, string>();
	for (const piece of value.trim().split(";")) {
		if (piece === "") continue;
		const eq = piece.indexOf("=");
		const key = piece.slice(0, Math.max(0, eq)).trim().toUpperCase();
		if (eq < 1 || !RULE_PARTS.has(key) || parts.has(key)) return null;
		parts.set(key, piece.slice(eq + 1).trim());
	}
	if (parts.get("FREQ")?.toUpperCase() !== "YEARLY") return null;
	const interval = parts.has("INTERVAL") ? positive(parts.get("INTERVAL") ?? "") : 1;
	const count = parts.has("COUNT") ? positive(parts.get("COUNT") ?? "") : null;
	const until = parts.has("UNTIL") ? parseDateTime(parts.get("UNTIL") ?? "") : null;
	const months = parts.has("BYMONTH") ? integers(parts.get("BYMONTH") ?? "", 1, 12) : [start.month];
	const byMonthDay = parts.has("BYMONTHDAY") ? integers(parts.get("BYMONTHDAY") ?? "", -31, 31) : null;
	let byDay: YearlyRule["byDay"] = null;
	if (parts.has("BYDAY")) {
		byDay = [];
		for (const piece of (parts.get("BYDAY") ?? "").split(",")) {
			const m = /^([+-]?\d{1,2})?([A-Z]{2})$/i.exec(piece.trim());
			const weekday = m ? WEEKDAYS.indexOf(m[2].toUpperCase()) : -1;
			const n = Number(m?.[1] ?? 0);
			if (!m || weekday === -1 || (m[1] !== undefined && n === 0) || Math.abs(n) > 5) return null;
			byDay.push({ n, weekday });
		}
	}
	const wkst = parts.get("WKST");
	if (wkst !== undefined && !WEEKDAYS.includes(wkst.toUpperCase())) return null;
	if (interval === null || (parts.has("COUNT") && count === null) || (parts.has("UNTIL") && until === null)) return null;
	if (!months || (parts.has("BYMONTHDAY") && !byMonthDay)) return null;
	// BYDAY or BYMONTHDAY without BYMONTH would count over the whole year: no zone writes that.
	if (!parts.has("BYMONTH") && (byDay || byMonthDay)) return null;
	return { interval, count, until, months: [...new Set(months)].sort((a, b) => a - b), byDay, byMonthDay };
}

/** The days of a month on which the rule falls, ascending. */
function ruleDays(rule: YearlyRule, start: IcalDateTime, year: number, month: number): number[] {
	const length = monthLength(year, month);
	if (!rule.byDay && !rule.byMonthDay) return start.day <= length ? [start.day] : [];
	const firstWeekday = new Date(wallAsUtc({ year, month, day: 1, hour: 12, minute: 0, second: 0 })).getUTCDay();
	const days: number[] = [];
	for (let day = 1; day <= length; day++) {
		if (rule.byMonthDay && !rule.byMonthDay.some((d) => (d > 0 ? d : length + 1 + d) === day)) continue;
		if (rule.byDay) {
			const weekday = (firstWeekday + day - 1) % 7;
			const fromStart = Math.floor((day - 1) / 7) + 1;
			const fromEnd = -(Math.floor((length - day) / 7) + 1);
			if (!rule.byDay.some((b) => b.weekday === weekday && (b.n === 0 || b.n === fromStart || b.n === fromEnd))) continue;
		}
		days.push(day);
	}
	return days;
}

const wallOf = (t: IcalDateTime) => wallAsUtc(t);

/** The latest of sorted instants at or before `t`, by binary search. */
function latestIn(sorted: readonly number[], t: number): number | null {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid] <= t) lo = mid + 1;
		else hi = mid;
	}
	return lo === 0 ? null : sorted[lo - 1];
}

function rulePart(rule: YearlyRule, start: IcalDateTime, from: number, fixed: number[]): (utcMs: number) => number | null {
	const startWall = wallOf(start);
	const instantOf = (wall: number) => wall - from * MINUTE;
	// UNTIL in UTC is an instant; a floating one (or a date, at its midnight) is a wall-clock time, as ical.js reads it.
	const until = rule.until;
	const untilMs = until ? (until.utc ? wallOf(until) : instantOf(wallOf(until))) : Infinity;
	const lastYear = until ? Math.min(LAST_YEAR, until.year + 1) : LAST_YEAR;
	const years = new Map<number, number[]>();
	const onsetsIn = (year: number): number[] => {
		let onsets = years.get(year);
		if (!onsets) {
			onsets = [];
			for (const month of rule.months) {
				for (const day of ruleDays(rule, start, year, month)) {
					const wall = wallAsUtc({ year, month, day, hour: start.hour, minute: start.minute, second: start.second });
					if (wall >= startWall && instantOf(wall) <= untilMs) onsets.push(instantOf(wall));
				}
			}
			years.set(year, onsets);
		}
		return onsets;
	};
	if (rule.count !== null) {
		// A counted rule is expanded once, whole: at most COUNT onsets, or none in a 400-year cycle.
		let left = rule.count;
		for (let year = start.year, empty = 0; left > 0 && year <= lastYear && empty < CYCLE_YEARS; year += rule.interval) {
			const onsets = onsetsIn(year).slice(0, left);
			fixed.push(...onsets);
			left -= onsets.length;
			empty = onsets.length === 0 ? empty + 1 : 0;
		}
		years.clear();
		return () => null;
	}
	return (t: number) => {
		let year = Math.min(new Date(t).getUTCFullYear() + 1, lastYear);
		if (!(year >= start.year)) return null;
		year -= (year - start.year) % rule.interval;
		for (let k = 0; k < CYCLE_YEARS && year >= start.year; k++, year -= rule.interval) {
			const found = latestIn(onsetsIn(year), t);
			if (found !== null) return found;
		}
		return null;
	};
}

/** A STANDARD or DAYLIGHT part; null when it lacks what it needs or says what this reader does not follow. */
function readPart(component: IcalComponent, rules: { count: number }): Part | null {
	const from = offsetMinutes(firstProperty(component, "tzoffsetfrom")?.value);
	const to = offsetMinutes(firstProperty(component, "tzoffsetto")?.value);
	const start = parseDateTime(firstProperty(component, "dtstart")?.value ?? "");
	if (from === null || to === null || !start || start.utc) return null;
	const instantOf = (wall: number) => wall - from * MINUTE;
	// The onset DTSTART names is one, whether or not a rule repeats it (RFC 5545, 3.8.5.3).
	const fixed = [instantOf(wallOf(start))];
	for (const rdate of allProperties(component, "rdate")) {
		for (const piece of rdate.value.split(",")) {
			const at = parseDateTime(piece);
			if (!at) return null;
			const wall = at.isDate ? wallAsUtc({ ...at, hour: start.hour, minute: start.minute, second: start.second }) : wallOf(at);
			fixed.push(at.utc ? wall : instantOf(wall));
		}
	}
	const rrules = allProperties(component, "rrule");
	let repeated: (utcMs: number) => number | null = () => null;
	if (rrules.length > 1 || (rrules.length === 1 && ++rules.count > MAX_RULES)) return null;
	if (rrules.length === 1) {
		const rule = parseYearlyRule(rrules[0].value, start);
		if (!rule) return null;
		repeated = rulePart(rule, start, from, fixed);
	}
	fixed.sort((a, b) => a - b);
	return {
		from,
		to,
		first: fixed[0],
		latest: (t) => {
			const a = latestIn(fixed, t);
			const b = repeated(t);
			return a === null ? b : b === null ? a : Math.max(a, b);
		},
	};
}

/**
 * The offset function of a VTIMEZONE: the offset after the latest onset at or before the instant,
 * or before the first onset for an instant before them all. Null when the zone has no part this
 * reader can follow in full.
 */
export function vtimezoneOffsetAt(zone: IcalComponent): OffsetAt | null {
	const parts: Part[] = [];
	const rules = { count: 0 };
	for (const component of zone.components) {
		if (component.name !== "standard" && component.name !== "daylight") continue;
		const part = readPart(component, rules);
		if (!part) return null;
		parts.push(part);
	}
	if (parts.length === 0) return null;
	// Of onsets at the same instant, the first part's is the earliest and the last part's the latest, as ical.js sorts them.
	const earliest = parts.reduce((a, b) => (b.first < a.first ? b : a));
	return (utcMs: number) => {
		let best = -Infinity;
		let offset = earliest.from;
		for (const part of parts) {
			const at = part.latest(utcMs);
			if (at !== null && at >= best) {
				best = at;
				offset = part.to;
			}
		}
		return offset;
	};
}
