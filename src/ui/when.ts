// Reads the times a person types into the plugin's own forms: ISO values as notes hold them, or
// short English phrases ("tomorrow 2pm", "fri 10:30", "Nov 30 at 14:00", "in 3 days"). Notes
// themselves never get phrases: the form writes ISO values, and shows how it read the phrase first.
// A small reader of its own, word by word: a date-phrase library would weigh 50 KB in main.js.
import { addDays, addMinutes } from "date-fns";
import { DAYS, MONTHS as MONTH_NAMES } from "../core/date-format";
import { parseDateValue, type ParsedDate } from "../core/dates";

/** Day or month names in lower case, whole and cut to three letters ("mon", "jan"), with `extra`, to their index. */
function namesTable(names: readonly string[], extra: Record<string, number>): Record<string, number> {
	const table = { ...extra };
	names.forEach((name, i) => {
		table[name.toLowerCase()] = i;
		table[name.slice(0, 3).toLowerCase()] = i;
	});
	return table;
}

const WEEKDAYS = namesTable(DAYS, { tues: 2, thur: 4, thurs: 4 });
const MONTHS = namesTable(MONTH_NAMES, { sept: 8 });

const UNIT_MINUTES: Record<string, number> = {
	minute: 1, minutes: 1, min: 1, mins: 1,
	hour: 60, hours: 60, hr: 60, hrs: 60, h: 60,
	day: 1440, days: 1440,
	week: 10080, weeks: 10080,
};

/** Words that join the parts of a phrase and mean nothing by themselves. */
const FILLER = new Set(["at", "on", "@", "the", "of"]);

// Each token is a few characters: these anchored patterns never scan far.
const CLOCK = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^\d{4}$/;
const COUNT = /^\d{1,3}$/;

interface Day {
	year: number;
	month: number;
	day: number;
	/** A weekday or a day without a year: the next one on or after the reference day. */
	rollForward?: "week" | "year";
}

interface Time {
	hours: number;
	minutes: number;
}

type Reading = { day: Day | null; time: Time | null } | { instant: Date } | null;

function tokens(text: string): string[] {
	let end = text.length;
	while (end > 0 && ".!?".includes(text[end - 1])) end--;
	const cleaned = text
		.slice(0, end)
		.toLowerCase()
		.replace(/\b([ap])\.m\b\.?/g, "$1m")
		.replace(/[,;]/g, " ");
	const out: string[] = [];
	for (const word of cleaned.split(/\s+/)) {
		if (word === "") continue;
		// "2 pm" is one time.
		if ((word === "am" || word === "pm") && out.length > 0 && /^\d{1,2}(?:[:.]\d{2})?$/.test(out[out.length - 1])) {
			out[out.length - 1] += word;
		} else out.push(word);
	}
	return out;
}

function clock(token: string): Time | null {
	if (token === "noon" || token === "midday") return { hours: 12, minutes: 0 };
	if (token === "midnight") return { hours: 0, minutes: 0 };
	const m = CLOCK.exec(token);
	// A bare number ("3") is not a time: 3 in the morning or the afternoon?
	if (!m || (m[2] === undefined && m[3] === undefined)) return null;
	let hours = Number(m[1]);
	const minutes = m[2] === undefined ? 0 : Number(m[2]);
	if (minutes > 59) return null;
	if (m[3]) {
		if (hours < 1 || hours > 12) return null;
		hours = (hours % 12) + (m[3] === "pm" ? 12 : 0);
	} else if (hours > 23) return null;
	return { hours, minutes };
}

function dayOf(d: Date): Day {
	return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate() };
}

function validDay(year: number, month: number, day: number): boolean {
	const d = new Date(year, month, day);
	return d.getFullYear() === year && d.getMonth() === month && d.getDate() === day;
}

/** A month and day, in either order, with an optional year: "nov 30", "30th november 2026". */
function monthDay(words: string[], at: number): { day: Day; used: number } | null {
	let month: number | undefined;
	let dayMatch: RegExpExecArray | null;
	if (MONTHS[words[at]] !== undefined) {
		month = MONTHS[words[at]];
		dayMatch = DAY_NUMBER.exec(words[at + 1] ?? "");
	} else {
		dayMatch = DAY_NUMBER.exec(words[at]);
		let next = at + 1;
		if (dayMatch && words[next] === "of") next++;
		month = dayMatch ? MONTHS[words[next] ?? ""] : undefined;
		if (month !== undefined && next !== at + 1) {
			// "30th of november": one word more than "30th november".
			const found = finishMonthDay(words, next + 1, month, Number(dayMatch?.[1]));
			return found ? { day: found.day, used: found.used + 3 } : null;
		}
	}
	if (month === undefined || !dayMatch) return null;
	const found = finishMonthDay(words, at + 2, month, Number(dayMatch[1]));
	return found ? { day: found.day, used: found.used + 2 } : null;
}

function finishMonthDay(words: string[], yearAt: number, month: number, day: number): { day: Day; used: number } | null {
	const year = YEAR.exec(words[yearAt] ?? "");
	if (year) {
		const y = Number(year[0]);
		return validDay(y, month, day) ? { day: { year: y, month, day }, used: 1 } : null;
	}
	// Checked against a leap year: the roll forward picks the year in which it exists.
	return validDay(2028, month, day) ? { day: { year: 0, month, day, rollForward: "year" }, used: 0 } : null;
}

function read(text: string, reference: Date): Reading {
	const words = tokens(text);
	if (words.length === 0) return null;
	let day: Day | null = null;
	let time: Time | null = null;
	for (let i = 0; i < words.length; ) {
		const word = words[i];
		if (FILLER.has(word)) {
			i++;
			continue;
		}
		// "in 3 days", "in an hour": an instant, and the whole phrase.
		if (word === "in" && i === 0) {
			const count = words[1] === "a" || words[1] === "an" ? 1 : COUNT.test(words[1] ?? "") ? Number(words[1]) : NaN;
			const unit = UNIT_MINUTES[words[2] ?? ""];
			if (words.length !== 3 || Number.isNaN(count) || unit === undefined) return null;
			if (unit >= 1440) {
				// Days keep the wall-clock time across a daylight-saving change.
				const target = addDays(reference, (count * unit) / 1440);
				return { day: dayOf(target), time: null };
			}
			return { instant: addMinutes(reference, count * unit) };
		}
		if (day === null) {
			if (word === "today" || word === "tonight") {
				day = dayOf(reference);
				i++;
				continue;
			}
			if (word === "tomorrow" || word === "tmrw") {
				day = dayOf(addDays(reference, 1));
				i++;
				continue;
			}
			if (word === "day" && words[i + 1] === "after" && words[i + 2] === "tomorrow") {
				day = dayOf(addDays(reference, 2));
				i += 3;
				continue;
			}
			const modifier = word === "this" || word === "next" ? word : null;
			const weekday = WEEKDAYS[modifier ? (words[i + 1] ?? "") : word];
			if (weekday !== undefined) {
				// The next such day after the reference day; plain or "this" may be the reference day itself.
				let ahead = (weekday - reference.getDay() + 7) % 7;
				if (ahead === 0 && modifier === "next") ahead = 7;
				day = { ...dayOf(addDays(reference, ahead)), rollForward: ahead === 0 ? "week" : undefined };
				i += modifier ? 2 : 1;
				continue;
			}
			const iso = parseDateValue(word);
			if (iso && !iso.hasTime) {
				day = dayOf(iso.at);
				i++;
				continue;
			}
			const named = monthDay(words, i);
			if (named) {
				day = named.day;
				i += named.used;
				continue;
			}
		}
		if (time === null) {
			const t = clock(word);
			if (t) {
				time = t;
				i++;
				continue;
			}
		}
		// A word the reader does not know: "Tuesday with Sam" is not a time.
		return null;
	}
	if (day === null && time === null) return null;
	return { day, time };
}

function at(day: Day, time: Time | null): Date {
	return new Date(day.year, day.month, day.day, time?.hours ?? 0, time?.minutes ?? 0);
}

/** The reading as an instant; days without a year, weekdays and bare times roll forward past `after` when asked to. */
function resolve(reading: Exclude<Reading, null>, reference: Date, forward: boolean): ParsedDate | null {
	if ("instant" in reading) return { at: reading.instant, hasTime: true };
	const { time } = reading;
	let day = reading.day ?? dayOf(reference);
	if (day.rollForward === "year") {
		day = { ...day, year: reference.getFullYear() };
		// Back in the past (or February 29 of a common year): the next year it exists.
		while (!validDay(day.year, day.month, day.day) || at(day, null) < at(dayOf(reference), null)) day = { ...day, year: day.year + 1 };
	}
	let result = at(day, time);
	if (forward && time && result < reference && (reading.day === null || day.rollForward === "week")) {
		// "3pm" at 18:00 means tomorrow's; "wednesday 3pm" on a Wednesday evening, next week's.
		result = reading.day === null ? addDays(result, 1) : addDays(result, 7);
	}
	return { at: result, hasTime: time !== null };
}

/** A start time from ISO text or a phrase, relative to `now`; null when it cannot be read. */
export function parseWhen(text: string, now: Date): ParsedDate | null {
	const input = text.trim();
	if (input === "") return null;
	const iso = parseDateValue(input);
	if (iso) return iso;
	const reading = read(input, now);
	return reading ? resolve(reading, now, true) : null;
}

// Lengths: "90 min", "1.5 h", "45"; or hours and minutes: "1h30", "1 h 30 min". Spaces are single here.
const LENGTH = /^(\d{1,4}(?:[.,]\d{1,2})?) ?(h|hr|hrs|hours?|m|min|mins|minutes?)?$/;
const HOURS_MINUTES = /^(\d{1,2}) ?(?:h|hr|hrs|hours?) ?(\d{1,2}) ?(?:m|min|mins|minutes?)?$/;

function lengthInMinutes(text: string): number | null {
	const single = LENGTH.exec(text);
	if (single) {
		const amount = Number(single[1].replace(",", "."));
		return (single[2] ?? "min").startsWith("h") ? amount * 60 : amount;
	}
	const both = HOURS_MINUTES.exec(text);
	return both ? Number(both[1]) * 60 + Number(both[2]) : null;
}

/**
 * The end of an interview: a length ("90 min", "1.5 h", "1h30"), a time on the start's day
 * ("15:30", "3:30pm") or a full date-time. Null when empty or unreadable; never before the start.
 */
export function parseEnd(text: string, start: Date): Date | null {
	const input = text.trim();
	if (input === "") return null;
	const minutes = lengthInMinutes(input.toLowerCase().replace(/\s+/g, " "));
	if (minutes !== null) return minutes > 0 ? addMinutes(start, Math.round(minutes)) : null;
	const iso = parseDateValue(input);
	if (iso && iso.hasTime) return iso.at.getTime() >= start.getTime() ? iso.at : null;
	const reading = read(input, start);
	const end = reading ? resolve(reading, start, false) : null;
	if (!end || !end.hasTime) return null;
	return end.at.getTime() >= start.getTime() ? end.at : null;
}
