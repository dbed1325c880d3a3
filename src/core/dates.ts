// Reading and doing arithmetic on dates as Obsidian stores them: ISO text without an offset is
// local time, an explicit offset is honoured, and a date without a time is flagged as such.
import { addDays } from "date-fns";
import { format } from "./date-format";
import { parseTimeOfDay } from "./settings";

export interface ParsedDate {
	at: Date;
	/** False for a date without a time of day (`2026-11-25`). */
	hasTime: boolean;
}

// Obsidian writes `2026-11-25T14:30`; YAML timestamps also allow a space or a lower-case `t`,
// seconds, fractions and an offset. Nothing looser: a phrase is not a date.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]| +)(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)? *(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
	if (month !== 2) return DAYS_IN_MONTH[month - 1];
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Parses a frontmatter value into an instant; null for anything that is not a real date. */
export function parseDateValue(value: unknown): ParsedDate | null {
	if (typeof value === "string") return parseDateText(value);
	if (value instanceof Date) {
		const t = value.getTime();
		// Years outside 1-9999 cannot be written as note dates, and arithmetic on them can overflow.
		if (Number.isNaN(t) || value.getUTCFullYear() < 1 || value.getUTCFullYear() > 9999) return null;
		// A YAML parser that turns `2026-11-25` into a Date gives UTC midnight: read it as that day.
		if (value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0) {
			return { at: new Date(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()), hasTime: false };
		}
		return { at: new Date(t), hasTime: true };
	}
	return null;
}

/** The digits at `from` (exclusive `to`) as a number; -1 if any is not an ASCII digit. */
function digitsAt(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		n = n * 10 + d;
	}
	return n;
}

function parseDateText(value: string): ParsedDate | null {
	// The plugin's index parses thousands of dates per scan, nearly all exactly as the Properties
	// panel writes them (`2026-11-25` or `2026-11-25T14:30`): those are read digit by digit, with the
	// same checks; anything else, or anything odd, goes through the regex.
	const length = value.length;
	if ((length === 10 || length === 16) && value.charCodeAt(4) === 45 /* - */ && value.charCodeAt(7) === 45) {
		const year = digitsAt(value, 0, 4);
		const month = digitsAt(value, 5, 7);
		const day = digitsAt(value, 8, 10);
		if (year >= 0 && month >= 0 && day >= 0) {
			if (length === 10) return localDate(year, month, day, -1, 0, 0, 0);
			const t = value.charCodeAt(10);
			if ((t === 84 /* T */ || t === 116) /* t */ && value.charCodeAt(13) === 58 /* : */) {
				const hour = digitsAt(value, 11, 13);
				const minute = digitsAt(value, 14, 16);
				if (hour >= 0 && minute >= 0) return localDate(year, month, day, hour, minute, 0, 0);
			}
		}
	}
	const m = ISO.exec(value.trim());
	if (!m) return null;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (m[4] === undefined) return localDate(year, month, day, -1, 0, 0, 0);
	const hour = Number(m[4]);
	const minute = Number(m[5]);
	const second = m[6] === undefined ? 0 : Number(m[6]);
	const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
	const offset = m[8];
	if (offset === undefined) return localDate(year, month, day, hour, minute, second, ms);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	if (hour > 23 || minute > 59 || second > 59) return null;
	let offsetMinutes = 0;
	if (offset !== "Z" && offset !== "z") {
		const sign = offset.startsWith("-") ? -1 : 1;
		const digits = offset.slice(1).replace(":", "");
		const oh = Number(digits.slice(0, 2));
		const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
		if (oh > 23 || om > 59) return null;
		offsetMinutes = sign * (oh * 60 + om);
	}
	const utc = new Date(0);
	utc.setUTCFullYear(year, month - 1, day);
	utc.setUTCHours(hour, minute, second, ms);
	return { at: new Date(utc.getTime() - offsetMinutes * 60_000), hasTime: true };
}

/** A checked local date, or date-time when `hour` is not -1. */
function localDate(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): ParsedDate | null {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	if (hour === -1) return { at: new Date(year, month - 1, day), hasTime: false };
	if (hour > 23 || minute > 59 || second > 59) return null;
	const at = new Date(year, month - 1, day, hour, minute, second, ms);
	// Years 0-99 are mapped to 1900-1999 by the Date constructor.
	if (year < 100) at.setFullYear(year);
	return { at, hasTime: true };
}

/** The same local day at a wall-clock time given as HH:mm. */
export function atLocalTime(day: Date, hhmm: string): Date {
	const t = parseTimeOfDay(hhmm) ?? { hours: 0, minutes: 0 };
	return new Date(day.getFullYear(), day.getMonth(), day.getDate(), t.hours, t.minutes);
}

/** Local wall-clock time on the day after `day`. */
export function nextDayAt(day: Date, hhmm: string): Date {
	return atLocalTime(addDays(day, 1), hhmm);
}

/** `2026-11-25T14:30`, the way Obsidian's Properties panel stores a local date-time. */
export function formatLocalDateTime(d: Date): string {
	return format(d, "yyyy-MM-dd'T'HH:mm");
}

/** `2026-11-25`, the way Obsidian's Properties panel stores a date. */
export function formatLocalDate(d: Date): string {
	return format(d, "yyyy-MM-dd");
}
