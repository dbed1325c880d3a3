// iCalendar's syntax (RFC 5545, section 3) both ways: content lines unfolded and split into name,
// parameters and value, components nested by BEGIN and END, TEXT escapes, DATE, DATE-TIME and
// DURATION values; and for writing, TEXT escaping and folding at 75 octets. Time zone rules are
// vtimezone.ts's. Every scan here is one pass over the text: invites are text anyone can send.
import type { WallTime } from "./zones";

/** A content line: `NAME;PARAM=value;PARAM="quoted":value`. */
export interface IcalProperty {
	/** Lower case. */
	name: string;
	/** Parameter values by lower-case name: quotes removed, RFC 6868's `^'` `^n` `^^` decoded; the last of a name wins. */
	params: ReadonlyMap<string, string>;
	/** The value as written: TEXT escapes are left in (see `unescapeText`). */
	value: string;
}

export interface IcalComponent {
	/** Lower case: `vcalendar`, `vevent`, `vtimezone`, `standard`... */
	name: string;
	properties: IcalProperty[];
	components: IcalComponent[];
}

/** Text that is not iCalendar: the message is one sentence, naming the line. */
export class IcalSyntaxError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "IcalSyntaxError";
	}
}

/** A line quoted for a message, cut short. */
function quoted(line: string): string {
	return JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}...` : line);
}

/** The logical lines of a text: CRLF or LF endings, a line starting with a space or a tab continuing the one before. */
function unfoldedLines(text: string): { line: string; at: number }[] {
	const out: { line: string; at: number }[] = [];
	let parts: string[] = [];
	let at = 0;
	const flush = () => {
		if (parts.length > 0) {
			const line = parts.join("");
			if (line !== "") out.push({ line, at });
		}
		parts = [];
	};
	const raw = text.split("\n");
	for (let i = 0; i < raw.length; i++) {
		const line = raw[i].endsWith("\r") ? raw[i].slice(0, -1) : raw[i];
		if ((line.startsWith(" ") || line.startsWith("\t")) && parts.length > 0) {
			parts.push(line.slice(1));
			continue;
		}
		flush();
		parts.push(line);
		at = i + 1;
	}
	flush();
	return out;
}

const RFC6868 = /\^['n^]/g;

function decodeParam(value: string): string {
	return value.replace(RFC6868, (s) => (s === "^'" ? '"' : s === "^n" ? "\n" : "^"));
}

/** Reads one unfolded content line (number `at`, for messages). */
export function contentLine(line: string, at: number): IcalProperty {
	let i = 0;
	while (i < line.length && line[i] !== ";" && line[i] !== ":") i++;
	const name = line.slice(0, i).toLowerCase();
	const params = new Map<string, string>();
	while (line[i] === ";") {
		const start = i + 1;
		i = start;
		while (i < line.length && line[i] !== "=" && line[i] !== ";" && line[i] !== ":") i++;
		if (line[i] !== "=") throw new IcalSyntaxError(`line ${at} (${quoted(line)}) has a parameter without "=" and a value`);
		if (i === start) throw new IcalSyntaxError(`line ${at} (${quoted(line)}) has a parameter without a name`);
		const key = line.slice(start, i).toLowerCase();
		i++;
		let value: string;
		if (line[i] === '"') {
			const close = line.indexOf('"', i + 1);
			if (close === -1) throw new IcalSyntaxError(`line ${at} (${quoted(line)}) opens a quotation mark that it does not close`);
			value = line.slice(i + 1, close);
			i = close + 1;
			// Anything between the closing quote and the next delimiter is not part of the value.
			while (i < line.length && line[i] !== ";" && line[i] !== ":") i++;
		} else {
			const valueStart = i;
			while (i < line.length && line[i] !== ";" && line[i] !== ":") i++;
			value = line.slice(valueStart, i);
		}
		params.set(key, decodeParam(value));
	}
	if (line[i] !== ":") throw new IcalSyntaxError(`line ${at} (${quoted(line)}) has no ":" between a name and a value`);
	return { name, params, value: line.slice(i + 1) };
}

/**
 * The components of an iCalendar text, outermost first (a file may hold several VCALENDARs).
 * Throws an IcalSyntaxError when a line is not a content line, or the components do not nest.
 */
export function parseIcalendar(text: string): IcalComponent[] {
	const roots: IcalComponent[] = [];
	const stack: { component: IcalComponent; at: number }[] = [];
	for (const { line, at } of unfoldedLines(text)) {
		const prop = contentLine(line, at);
		if (prop.name === "begin") {
			const component: IcalComponent = { name: prop.value.trim().toLowerCase(), properties: [], components: [] };
			if (stack.length === 0) roots.push(component);
			else stack[stack.length - 1].component.components.push(component);
			stack.push({ component, at });
		} else if (prop.name === "end") {
			// Like ical.js, END closes the innermost component whatever name it gives.
			if (!stack.pop()) throw new IcalSyntaxError(`line ${at} (${quoted(line)}) ends a component that never began`);
		} else {
			if (stack.length === 0) throw new IcalSyntaxError(`line ${at} (${quoted(line)}) stands outside any BEGIN and END`);
			stack[stack.length - 1].component.properties.push(prop);
		}
	}
	const open = stack.pop();
	if (open) throw new IcalSyntaxError(`the ${open.component.name.toUpperCase()} that begins on line ${open.at} never ends`);
	return roots;
}

// ---------------------------------------------------------------- looking things up

export function firstProperty(component: IcalComponent, name: string): IcalProperty | null {
	return component.properties.find((p) => p.name === name) ?? null;
}

export function allProperties(component: IcalComponent, name: string): IcalProperty[] {
	return component.properties.filter((p) => p.name === name);
}

export function subcomponents(component: IcalComponent, name: string): IcalComponent[] {
	return component.components.filter((c) => c.name === name);
}

// ---------------------------------------------------------------- values

/** A TEXT value as it reads: `\\` `\;` `\,` `\n` `\N` decoded, any other backslash left as written. */
export function unescapeText(value: string): string {
	return value.replace(/\\([\\;,n])/gi, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** A DATE (`20261125`) or DATE-TIME (`20261125T140000`, `...Z`) value: wall-clock fields, month 1-12. */
export interface IcalDateTime extends WallTime {
	/** A DATE: no time of day. */
	isDate: boolean;
	/** Ends in Z: the fields are UTC. */
	utc: boolean;
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i;

/** Null when the value is not a date or a date-time in RFC 5545's basic format, or names no real day. */
export function parseDateTime(value: string): IcalDateTime | null {
	const m = DATE_TIME.exec(value.trim());
	if (!m) return null;
	const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(Number);
	if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return null;
	// A second of 60 is a leap second, which RFC 5545 allows.
	if (hour > 23 || minute > 59 || second > 60) return null;
	return { year, month, day, hour, minute, second, isDate: m[4] === undefined, utc: m[7] !== undefined };
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function monthLength(year: number, month: number): number {
	return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

// Weeks, days, then after T hours, minutes, seconds, each optional; the T may be left out, as
// ical.js reads it (P1H is an hour).
const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/i;

/** A DURATION value (`PT1H30M`, `-P1D`, `P2W`) in seconds; null when it is not one. */
export function parseDuration(value: string): number | null {
	const m = DURATION.exec(value.trim());
	if (!m || m.slice(2).every((part) => part === undefined)) return null;
	const [weeks, days, hours, minutes, seconds] = m.slice(2).map((part) => Number(part ?? 0));
	const total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds;
	return m[1] === "-" ? -total : total;
}

// ---------------------------------------------------------------- writing

/** Text as a TEXT value writes it: backslash, semicolon, comma and line feed escaped. */
export function escapeText(value: string): string {
	return value.replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

/** An instant as a UTC DATE-TIME (`20261125T180000Z`); milliseconds are dropped. */
export function utcDateTime(d: Date): string {
	const pad = (n: number, width = 2) => String(n).padStart(width, "0");
	return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** Octets of a line before it is folded; the continuation's leading space makes 75. */
const FOLD_OCTETS = 74;

/**
 * A content line folded as RFC 5545 (3.1) asks: pieces of at most 74 octets of UTF-8, never inside a
 * character, joined by CRLF and a space. (ical.js's `foldline` at a fold length of 74, which wrote
 * the calendar file before: the same bytes.)
 */
export function foldLine(line: string): string {
	const pieces: string[] = [];
	let start = 0;
	let octets = 0;
	for (let i = 0; i < line.length; ) {
		const cp = line.codePointAt(i) ?? 0;
		const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
		if (octets + size > FOLD_OCTETS) {
			pieces.push(line.slice(start, i));
			start = i;
			octets = 0;
		}
		octets += size;
		i += cp > 0xffff ? 2 : 1;
	}
	pieces.push(line.slice(start));
	return pieces.join("\r\n ");
}
