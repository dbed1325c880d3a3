// Dates as text in English, with date-fns's `format` tokens and exactly its output for the tokens
// below (test/core/date-format.test.ts compares the two on random instants). date-fns still does
// the date arithmetic; its `format`, with the locale machinery behind it, would add 15 KB to main.js.
//
// Tokens: yyyy, yy, MMMM, MMM, MM, M, dd, d, do, EEEEEE, EEEE, EEE, HH, H, mm, m, ss, s, xxx, xx;
// text in single quotes is literal ('' is a quote); other letters are refused, as date-fns does.

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** The offset from UTC as "+05:30" (`xxx`) or "+0530" (`xx`); "+00:00" in UTC. */
function offset(d: Date, colon: boolean): string {
	const minutes = -d.getTimezoneOffset();
	const sign = minutes < 0 ? "-" : "+";
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ":" : ""}${pad(abs % 60, 2)}`;
}

const TOKENS: Record<string, (d: Date) => string> = {
	yyyy: (d) => pad(d.getFullYear(), 4),
	yy: (d) => pad(d.getFullYear() % 100, 2),
	MMMM: (d) => MONTHS[d.getMonth()],
	MMM: (d) => MONTHS[d.getMonth()].slice(0, 3),
	MM: (d) => pad(d.getMonth() + 1, 2),
	M: (d) => String(d.getMonth() + 1),
	dd: (d) => pad(d.getDate(), 2),
	d: (d) => String(d.getDate()),
	do: (d) => ordinal(d.getDate()),
	EEEEEE: (d) => DAYS[d.getDay()].slice(0, 2),
	EEEE: (d) => DAYS[d.getDay()],
	EEE: (d) => DAYS[d.getDay()].slice(0, 3),
	HH: (d) => pad(d.getHours(), 2),
	H: (d) => String(d.getHours()),
	mm: (d) => pad(d.getMinutes(), 2),
	m: (d) => String(d.getMinutes()),
	ss: (d) => pad(d.getSeconds(), 2),
	s: (d) => String(d.getSeconds()),
	xxx: (d) => offset(d, true),
	xx: (d) => offset(d, false),
};

const isLetter = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");

/** `date` in local time, written with `pattern` as date-fns's `format` would write it. */
export function format(date: Date, pattern: string): string {
	if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
	let out = "";
	for (let i = 0; i < pattern.length; ) {
		const c = pattern[i];
		if (c === "'") {
			if (pattern[i + 1] === "'") {
				out += "'";
				i += 2;
				continue;
			}
			// Quoted text, where '' is a quote, up to the closing quote (or the end).
			for (i++; i < pattern.length; i++) {
				if (pattern[i] !== "'") out += pattern[i];
				else if (pattern[i + 1] === "'") out += pattern[i++];
				else break;
			}
			i++;
			continue;
		}
		if (!isLetter(c)) {
			out += c;
			i++;
			continue;
		}
		let j = i + 1;
		while (j < pattern.length && pattern[j] === c) j++;
		let token = pattern.slice(i, j);
		// "do" is the one token of two different letters.
		if (token === "d" && pattern[j] === "o") token = "do";
		const write = TOKENS[token];
		if (!write) throw new RangeError(`Format token "${token}" is not one this project writes dates with.`);
		out += write(date);
		i += token.length;
	}
	return out;
}

/** How a message writes a day: "Friday 4 December" (day first) or "Friday, December 4" (month first). */
export type DateOrder = "day-month" | "month-day";

/** The order `locale` writes a day and its month in ("en-US": month first; "en-GB", "de": day first). */
export function dateOrderOf(locale: string | undefined): DateOrder {
	try {
		const parts = new Intl.DateTimeFormat(locale, { month: "long", day: "numeric" }).formatToParts(new Date(2026, 11, 4));
		return parts.findIndex((p) => p.type === "month") < parts.findIndex((p) => p.type === "day") ? "month-day" : "day-month";
	} catch {
		return "day-month";
	}
}

const MONTH_NAMES = MONTHS.join("|");
const DAY_NAMES = DAYS.join("|");
const DAY_FIRST = new RegExp(`\\b(?:(${DAY_NAMES}) )?(\\d{1,2}) (${MONTH_NAMES})(?: (\\d{4}))?\\b`, "g");
const TWO_DAYS = new RegExp(`\\b(${DAY_NAMES}) (\\d{1,2}) or (${DAY_NAMES}) (\\d{1,2}) (${MONTH_NAMES})\\b`, "g");

/**
 * Text whose days are written day first ("on Friday 4 December", "Monday 7 or Tuesday 8 December"),
 * with its days in `order`: "on Friday, December 4", "Monday, December 7, or Tuesday, December 8".
 */
export function inDateOrder(text: string, order: DateOrder): string {
	if (order === "day-month") return text;
	return text
		.replace(TWO_DAYS, (_m, d1: string, n1: string, d2: string, n2: string, month: string) => `${d1}, ${month} ${n1}, or ${d2}, ${month} ${n2}`)
		// "by Friday, November 27, about a hangar tour": a weekday or a year set off by a comma is closed by one when the
		// sentence goes on (review 111: "by Friday, November 27 about").
		.replace(DAY_FIRST, (m: string, weekday: string | undefined, n: string, month: string, year: string | undefined, at: number, all: string) => {
			const goesOn = (weekday !== undefined || year !== undefined) && /^ [\p{L}\d]/u.test(all.slice(at + m.length, at + m.length + 2));
			return `${weekday ? `${weekday}, ` : ""}${month} ${n}${year ? `, ${year}` : ""}${goesOn ? "," : ""}`;
		});
}
