// Writes follow-up records into a note's text: frontmatter keys set in place and dated lines under a
// heading. Pure text in, text out; every byte the write is not about stays exactly as it was.

import { format } from "./date-format";
import { formatLocalDate as localDate, formatLocalDateTime as localDateTime, parseDateValue } from "./dates";
import { detectEol, entryNodeProperty, findFrontmatter, scanFrontmatter, splitLines, type FrontmatterEntry, type TextLine } from "./frontmatter-text";
import { atxHeading, closesFence, fenceOpening } from "./text-scan";

/** A write that would risk the user's text; the message says why, and the note is left unchanged. */
export class WriteError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "WriteError";
	}
}

// ---------------------------------------------------------------- YAML scalars

/** Plain scalars that a YAML reader would take for something other than text (core schema and 1.1). */
const NOT_TEXT = [
	/^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/,
	/^(?:[yYnN]|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF)$/,
	/^[-+]?(?:\.\d+|\d[0-9_]*(?:\.[0-9_]*)?)(?:e[-+]?\d+)?$/i,
	/^[-+]?\d[0-9_]*(?::[0-5]?\d)+(?:\.[0-9_]*)?$/,
	/^[-+]?0(?:o[0-7_]+|x[0-9a-fA-F_]+|b[01_]+)$/,
	/^[-+]?\.(?:inf|Inf|INF)$/,
	/^\.(?:nan|NaN|NAN)$/,
	/^<<$/,
];

/**
 * Characters a plain scalar may not hold (controls, DEL and C1), that some readers take for line
 * breaks or a byte-order mark, and lone surrogates. A loop rather than a regex with lookbehind,
 * which older iOS versions of Obsidian cannot parse.
 */
function hasUnsafeChar(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c >= 0xfffe || c === 0xfeff) {
			return true;
		}
		if (c >= 0xd800 && c <= 0xdbff) {
			const d = value.charCodeAt(i + 1);
			if (!(d >= 0xdc00 && d <= 0xdfff)) return true;
			i++;
		} else if (c >= 0xdc00 && c <= 0xdfff) return true;
	}
	return false;
}

function isPlainText(value: string): boolean {
	if (value === "" || value !== value.trim() || hasUnsafeChar(value)) return false;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
	if (/:(?:[ \t]|$)|[ \t]#/.test(value)) return false;
	return !NOT_TEXT.some((re) => re.test(value));
}

/**
 * The YAML for a text value: as is when a reader takes it back as the same text (dates such as
 * `2026-11-25T14:30` included, as Obsidian's Properties writes them), else double-quoted.
 */
export function yamlScalar(value: string): string {
	if (isPlainText(value)) return value;
	// JSON escapes are valid YAML escapes; YAML also wants DEL, C1 controls and a few others escaped.
	return JSON.stringify(value).replace(
		/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
		(c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"),
	);
}

// ---------------------------------------------------------------- frontmatter

/** Index just past the lines a value starting at `start` may reach: up to the next column-0 line. */
function regionEnd(lines: readonly TextLine[], start: number): number {
	let j = start + 1;
	while (j < lines.length && (lines[j].text.trim() === "" || lines[j].text[0] === " " || lines[j].text[0] === "\t")) j++;
	return j;
}

/**
 * A removed key's line is what ended the value above it. Without it, the blank and indented lines
 * below would join a multi-line value above (a `|+` block takes in blank lines, any block takes in
 * indented comments): blank ones are dropped, and a comment that would change that value stops the write.
 */
function keepNeighboursIntact(
	entries: readonly FrontmatterEntry[],
	lines: readonly TextLine[],
	out: readonly { line: TextLine; from: number }[],
	wanted: ReadonlyMap<string, string | null>,
): { line: TextLine; from: number }[] {
	// Last entry first, marking lines rather than removing them: an entry's region ends at the next
	// top-level line, above anything a later entry drops, so one pass over the entries is enough.
	// Where each line of the note went in `out`, by line number (-1: dropped). An array, not a Map:
	// a Map of a few thousand line numbers filled in order costs V8 far more than linear time.
	const position = new Int32Array(lines.length).fill(-1);
	out.forEach((o, k) => (position[o.from] = k));
	const outLines = out.map((o) => o.line);
	const dropped = new Uint8Array(out.length);
	let droppedAny = false;
	let error: WriteError | null = null;
	for (let e = entries.length - 1; e >= 0; e--) {
		const entry = entries[e];
		if (wanted.has(entry.key) || !(entry.blockScalar || entry.endLine - entry.line > 1)) continue;
		const pos = position[entry.line];
		const before = regionEnd(lines, entry.line) - entry.line;
		const after = regionEnd(outLines, pos) - pos;
		let comment = -1;
		for (let k = pos + after - 1; k >= pos + before && comment === -1; k--) if (out[k].line.text.trim() !== "") comment = k;
		if (comment !== -1) {
			// The topmost entry's problem is the one reported.
			error = new WriteError(
				`Removing a property would join the comment on line ${out[comment].from + 2} to the value of "${entry.key}" above it; nothing was written.`,
			);
			continue;
		}
		for (let k = pos + before; k < pos + after; k++) dropped[k] = 1;
		droppedAny ||= after > before;
	}
	if (error) throw error;
	return droppedAny ? out.filter((_, k) => dropped[k] === 0) : [...out];
}

/** What an anchor, alias or tag on a property means for the person reading the refusal. */
function nodePropertyWords(token: string): string {
	if (token.startsWith("&")) return `carries a YAML anchor (${token}) that other properties may refer to`;
	if (token.startsWith("*")) return `is a YAML alias (${token}) of another value`;
	return `carries a YAML tag (${token})`;
}

/**
 * Refuses to rewrite or remove a property whose value holds an anchor, alias or tag: the anchor
 * would be lost for every alias of it (breaking the note), and an alias or tag would change meaning.
 */
function refuseNodeProperties(entries: readonly FrontmatterEntry[], lines: readonly TextLine[], wanted: ReadonlyMap<string, string | null>): void {
	for (const entry of entries) {
		if (!wanted.has(entry.key)) continue;
		const token = entryNodeProperty(lines, entry);
		if (token !== null) {
			throw new WriteError(
				`The property "${entry.key}" ${nodePropertyWords(token)}, so it is not rewritten. Nothing was written.`,
			);
		}
	}
}

function keyLine(line: TextLine, entry: FrontmatterEntry, scalar: string): string {
	const text = line.text;
	const hasValue = entry.valueEnd > entry.valueStart;
	const sep = hasValue ? text.slice(entry.colon + 1, entry.valueStart) : " ";
	let comment = "";
	if (entry.commentStart !== -1) {
		comment = hasValue ? text.slice(entry.valueEnd) : " " + text.slice(entry.commentStart);
	}
	return text.slice(0, entry.colon + 1) + sep + scalar + comment;
}

/**
 * Sets top-level frontmatter keys to text values; `null` removes a key. An existing entry is rewritten
 * where it stands (key as written, its trailing comment, its whole-line comments kept); a repeated key
 * keeps only its first entry; a new key goes just above the closing `---`, with the note's line ending.
 * Throws a WriteError when the note has no frontmatter or one whose layout it cannot edit safely.
 */
export function setFrontmatterKeys(text: string, updates: Record<string, string | null>): string {
	const fm = findFrontmatter(text);
	if (!fm) {
		throw new WriteError("The note has no frontmatter (its first line must be ---), so nothing was written.");
	}
	const yaml = fm.body;
	if (/\r(?!\n)/.test(yaml)) {
		throw new WriteError("The note's frontmatter has a line break this tool cannot edit safely (a lone carriage return); nothing was written.");
	}
	const scan = scanFrontmatter(yaml);
	if (scan.problems.length > 0) {
		const p = scan.problems[0];
		throw new WriteError(`The frontmatter cannot be edited safely: line ${p.line + 2} is ${p.message}. Nothing was written.`);
	}
	const wanted = new Map(Object.entries(updates));
	const { lines } = scan;
	refuseNodeProperties(scan.entries, lines, wanted);
	// By line number, in arrays rather than a Map and a Set: see keepNeighboursIntact.
	const replaced: (string | undefined)[] = new Array<string | undefined>(lines.length);
	const dropped = new Uint8Array(lines.length);
	const seen = new Set<string>();
	for (const entry of scan.entries) {
		if (!wanted.has(entry.key)) continue;
		const value = wanted.get(entry.key);
		const first = !seen.has(entry.key);
		seen.add(entry.key);
		const keep = new Set(entry.commentLines);
		for (let l = entry.line; l < entry.endLine; l++) if (!keep.has(l)) dropped[l] = 1;
		if (first && value !== null && value !== undefined) {
			replaced[entry.line] = keyLine(lines[entry.line], entry, yamlScalar(value));
		}
	}
	const out: { line: TextLine; from: number }[] = [];
	lines.forEach((line, l) => {
		const r = replaced[l];
		if (r !== undefined) out.push({ line: { text: r, eol: lines[l].eol }, from: l });
		else if (dropped[l] === 0) out.push({ line, from: l });
	});
	const kept = keepNeighboursIntact(scan.entries, lines, out, wanted);
	const eol = detectEol(text);
	let yamlOut = kept.map((o) => o.line.text + o.line.eol).join("");
	for (const [key, value] of wanted) {
		if (value === null || value === undefined || seen.has(key)) continue;
		yamlOut += `${yamlScalar(key)}: ${yamlScalar(value)}${eol}`;
	}
	return text.slice(0, fm.contentStart) + yamlOut + text.slice(fm.contentEnd);
}

// ---------------------------------------------------------------- headings

interface LineSpan {
	text: string;
	/** Offset just past the line's ending. */
	next: number;
	eol: string;
}

function linesFrom(text: string, offset: number): LineSpan[] {
	const spans: LineSpan[] = [];
	let pos = offset;
	for (const line of splitLines(text.slice(offset))) {
		const next = pos + line.text.length + line.eol.length;
		spans.push({ text: line.text, next, eol: line.eol });
		pos = next;
	}
	return spans;
}

function headingOf(line: string): { level: number; title: string } | null {
	const h = atxHeading(line);
	return h ? { level: h.level, title: normaliseTitle(h.title) } : null;
}

function normaliseTitle(title: string): string {
	return title.trim().replace(/\s+/g, " ").toLowerCase();
}

function blockLines(block: string): string[] {
	const lines = block.replace(/\r\n?/g, "\n").split("\n");
	if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
	return lines;
}

/**
 * Adds `block` at the end of the `## heading` section (matched case-insensitively, outside code
 * fences, below the frontmatter), right after its last non-blank line; creates the heading at the end
 * of the note when there is none. Only inserts: no existing byte changes, except that a note missing
 * its final line ending gets one.
 */
export function appendUnderHeading(text: string, heading: string, block: string): string {
	const eol = detectEol(text);
	const insert = blockLines(block);
	const target = normaliseTitle(heading);
	const fm = findFrontmatter(text);
	let fence: { char: string; length: number } | null = null;
	let section = false;
	let lastNonBlank: LineSpan | null = null;
	for (const line of linesFrom(text, fm ? fm.end : 0)) {
		const blank = line.text.trim() === "";
		if (fence) {
			if (closesFence(line.text, fence)) fence = null;
		} else {
			const open = fenceOpening(line.text);
			if (open) fence = open;
			else {
				const h = headingOf(line.text);
				if (section && h && h.level <= 2) break;
				if (!section && h && h.level === 2 && h.title === target) section = true;
			}
		}
		if (section && !blank) lastNonBlank = line;
	}
	if (section && lastNonBlank) {
		const at = lastNonBlank.next;
		const added = lastNonBlank.eol === "" ? eol + insert.join(eol) + eol : insert.join(eol) + eol;
		return text.slice(0, at) + added + text.slice(at);
	}
	let added = text.length > 0 && !text.endsWith("\n") ? eol : "";
	const before = text + added;
	const lastLine = before.replace(/\r?\n$/, "").split("\n").pop() ?? "";
	if (before.length > 0 && lastLine.trim() !== "") added += eol;
	return text + added + "## " + heading.trim() + eol + insert.join(eol) + eol;
}

export const LOG_HEADING = "Follow-up log";

/** Appends `- line` under `## Follow-up log`. */
export function appendLogLine(text: string, line: string): string {
	return appendUnderHeading(text, LOG_HEADING, "- " + line);
}

// ---------------------------------------------------------------- mark events

export type MarkEvent =
	| "thank-you-sent"
	| "next-steps-asked"
	| "check-in-sent"
	| "reply-received"
	| "handwritten-note-sent"
	| "linkedin-requested"
	| "closed"
	| "snoozed";

/** The events a person records from the command line (snoozing has its own helpers). */
export const MARK_EVENTS: readonly MarkEvent[] = [
	"thank-you-sent",
	"next-steps-asked",
	"check-in-sent",
	"reply-received",
	"handwritten-note-sent",
	"linkedin-requested",
	"closed",
];

export function isMarkEvent(value: string): value is MarkEvent {
	return (MARK_EVENTS as readonly string[]).includes(value);
}

/** The frontmatter keys each event writes. */
export const MARK_EVENT_KEYS: Record<MarkEvent, string[]> = {
	"thank-you-sent": ["thank_you_sent"],
	"next-steps-asked": ["next_steps_asked"],
	"check-in-sent": ["check_in_sent"],
	"reply-received": ["reply_received"],
	"handwritten-note-sent": ["handwritten_note_sent"],
	"linkedin-requested": ["linkedin_requested"],
	closed: ["status", "closed_on"],
	snoozed: ["snoozed_until"],
};

const LABELS: Record<MarkEvent, string> = {
	"thank-you-sent": "Thank-you sent",
	"next-steps-asked": "Asked about next steps and timeline",
	"check-in-sent": "Check-in sent",
	"reply-received": "Reply received",
	"handwritten-note-sent": "Handwritten note sent",
	"linkedin-requested": "LinkedIn invitation sent",
	closed: "Closed",
	snoozed: "Snoozed",
};

/** The words of an event's line in the follow-up log. */
export function markEventLabel(event: MarkEvent): string {
	return LABELS[event];
}

const isValid = (d: Date) => !Number.isNaN(d.getTime());

function checkDate(d: Date): Date {
	if (!isValid(d)) throw new WriteError("The date to record is not a valid date; nothing was written.");
	return d;
}

/** Local wall-clock date-time as Obsidian stores a datetime property: `2026-11-25T14:30`. */
export function formatLocalDateTime(d: Date): string {
	return localDateTime(checkDate(d));
}

/** Local calendar date as Obsidian stores a date property: `2026-11-25`. */
export function formatLocalDate(d: Date): string {
	return localDate(checkDate(d));
}

/** The frontmatter values an event writes, as YAML text by key. */
export function markUpdates(event: MarkEvent, at: Date): Record<string, string> {
	switch (event) {
		case "handwritten-note-sent":
			return { handwritten_note_sent: formatLocalDate(at) };
		case "linkedin-requested":
			return { linkedin_requested: formatLocalDate(at) };
		case "closed":
			return { status: "closed", closed_on: formatLocalDate(at) };
		default:
			return { [MARK_EVENT_KEYS[event][0]]: formatLocalDateTime(at) };
	}
}

/**
 * Records that `event` happened at `at`: sets its frontmatter key(s) and adds a dated line to the
 * follow-up log. For `snoozed`, `at` is the instant the note is snoozed until and nothing is logged,
 * as with applySnooze.
 */
export function applyMark(text: string, event: MarkEvent, at: Date): string {
	return markSteps(event, at).reduce((out, step) => step(out), text);
}

/**
 * applyMark as the edits it makes, one after the other: the frontmatter keys, then the log line.
 * An editor applies each as a change of its own, so the text between them (where the user may be
 * typing) is never replaced.
 */
export function markSteps(event: MarkEvent, at: Date): ((text: string) => string)[] {
	const steps = [(text: string) => setFrontmatterKeys(text, markUpdates(event, at))];
	if (event !== "snoozed") steps.push((text) => appendLogLine(text, `${format(at, "yyyy-MM-dd HH:mm")} ${markEventLabel(event)}`));
	return steps;
}

/** A value a mark replaces: the key and what it held, as text. */
export interface ReplacedValue {
	key: string;
	previous: string;
}

/** What marking `event` at `at` would do to a note whose frontmatter is `current`. */
export interface MarkPlan {
	/** The values the event writes, by key. */
	updates: Record<string, string>;
	/** True when the note already records the event at that instant: nothing to write. */
	already: boolean;
	/** Values that are set and differ: the mark replaces them and logs the correction. */
	replaced: ReplacedValue[];
}

function isUnset(value: unknown): boolean {
	return value === undefined || value === null || value === false || (typeof value === "string" && value.trim() === "");
}

function valueText(value: unknown): string {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
	if (typeof value === "string") return value;
	return JSON.stringify(value) ?? String(value);
}

/** True when `value` already says what `written` says: the same text, or the same local minute or day. */
function sameValue(value: unknown, written: string): boolean {
	if (typeof value === "string" && value.trim().toLowerCase() === written.toLowerCase()) return true;
	const existing = parseDateValue(value);
	const wanted = parseDateValue(written);
	if (!existing || !wanted) return false;
	if (!wanted.hasTime) return localDate(existing.at) === localDate(wanted.at);
	return existing.hasTime && localDateTime(existing.at) === localDateTime(wanted.at);
}

/**
 * SPEC §4: marking an event already recorded at the same instant writes nothing; at another instant
 * it replaces the value and the correction is logged. `current` is the note's parsed frontmatter.
 */
export function planMark(event: MarkEvent, at: Date, current: Record<string, unknown> | null): MarkPlan {
	const updates = markUpdates(event, at);
	const replaced: ReplacedValue[] = [];
	let same = true;
	for (const [key, written] of Object.entries(updates)) {
		const value = current && Object.prototype.hasOwnProperty.call(current, key) ? current[key] : undefined;
		if (isUnset(value)) {
			same = false;
			continue;
		}
		if (sameValue(value, written)) continue;
		same = false;
		// A status is a state, not a record of the event: changing it is no correction.
		if (key !== "status") replaced.push({ key, previous: valueText(value) });
	}
	return { updates, already: same, replaced };
}

/**
 * An earlier value as the log shows it: a date in the log's own format; anything else is not
 * quoted, since the log is markdown and a note's text must not become markup in it.
 */
function loggedValue(previous: string): string {
	const parsed = parseDateValue(previous);
	if (!parsed) return "a value that was not a date";
	return format(parsed.at, parsed.hasTime ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd");
}

/** Like applyMark, with the log line saying which earlier values the mark corrects. */
export function applyMarkPlan(text: string, event: MarkEvent, at: Date, plan: MarkPlan): string {
	const withKeys = setFrontmatterKeys(text, plan.updates);
	if (event === "snoozed") return withKeys;
	const correction = plan.replaced.length > 0 ? ` (corrected; it was ${plan.replaced.map((r) => loggedValue(r.previous)).join(", ")})` : "";
	return appendLogLine(withKeys, `${format(at, "yyyy-MM-dd HH:mm")} ${markEventLabel(event)}${correction}`);
}

/**
 * Hides the note's actions until `until`, which must be later than `at` (now). Not logged: a snooze
 * is a reminder setting, not a follow-up.
 */
export function applySnooze(text: string, until: Date, at: Date): string {
	if (isValid(until) && isValid(at) && until.getTime() <= at.getTime()) {
		throw new WriteError("A snooze must end later than now; nothing was written.");
	}
	return setFrontmatterKeys(text, { snoozed_until: formatLocalDateTime(until) });
}

/** Removes `snoozed_until`; a note without it comes back unchanged. */
export function clearSnooze(text: string): string {
	return setFrontmatterKeys(text, { snoozed_until: null });
}
