// The markdown block a draft becomes inside an interview note: a heading, who it is for, the
// subject, the text, and a link that opens it in the mail app.
import { format } from "./date-format";
import type { Draft } from "./drafts";
import { linkedinLength } from "./drafts";
import { fromNotesCheck } from "./from-notes";
import { buildMailto, mailtoFitsSafely } from "./mailto";
import type { ActionKind, Recipient } from "./types";
import { appendUnderHeading } from "./writer";

export const DRAFTS_HEADING = "Follow-up drafts";

const KIND_LABELS: Record<ActionKind, string> = {
	"thank-you": "Thank-you",
	"next-steps": "Next-steps question",
	"check-in": "Check-in",
	"close-out": "Closing message",
	"handwritten-note": "Handwritten note",
	linkedin: "LinkedIn note",
};

// ---------------------------------------------------------------- text from notes as markdown

/** Escaped wherever they stand: code, emphasis, strikethrough, tables, math, block ids, tags, links, HTML, addresses. */
const ALWAYS_ESCAPED = new Set(["\\", "`", "*", "~", "|", "$", "^", "#", "[", "]", "<", "@"]);
/** At the start of a line, before a space or another of them: lists, setext underlines, thematic breaks. */
const LINE_START_MARKERS = new Set(["-", "+", "="]);

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const endsMarker = (c: string | undefined) => c === undefined || c === " " || c === "\t";
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Control characters, and the Unicode line and paragraph separators. */
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
const spaceForControl = (c: string) => (c === "\t" ? c : " ");

/** True when `&` at `i` starts a character reference (`&amp;`, `&#169;`), which markdown would decode. */
function startsEntity(line: string, i: number): boolean {
	let j = i + 1;
	if (line[j] === "#") j++;
	const start = j;
	while (j < line.length && j - start < 32 && /[a-z\d]/i.test(line[j])) j++;
	return j > start && line[j] === ";";
}

/** The first `length` code units of `units` as a string, made a few thousand at a time. */
function fromCodeUnits(units: Uint16Array, length: number): string {
	const parts: string[] = [];
	for (let at = 0; at < length; at += 4096) parts.push(String.fromCharCode(...units.subarray(at, Math.min(length, at + 4096))));
	return parts.join("");
}

function escapeLine(raw: string): string {
	// Control characters show as nothing, so a line starting with one must be read as starting after it.
	const line = raw.replace(CONTROLS, spaceForControl);
	let i = 0;
	let end = line.length;
	// Leading spaces would make an indented code block, trailing ones a line break; markdown drops
	// them from a paragraph anyway.
	while (line[i] === " " || line[i] === "\t") i++;
	while (end > i && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
	const out: string[] = [];
	let digits = i;
	while (isDigit(line[digits]) && digits - i < 10) digits++;
	const first = line[i];
	if (digits > i && digits - i <= 9 && (line[digits] === "." || line[digits] === ")") && endsMarker(line[digits + 1])) {
		// "1. Item" would be an ordered list.
		out.push(line.slice(i, digits), "\\", line[digits]);
		i = digits + 1;
	} else if (first === ">" || (LINE_START_MARKERS.has(first) && (endsMarker(line[i + 1]) || line[i + 1] === first))) {
		// A quote or callout; "- item", "+ item", "---" and "===" under a line.
		out.push("\\", first);
		i++;
	}
	// Written as code units into one buffer: a string per character (or a rope of them) costs the
	// collector more than linear time on a long line.
	const units = new Uint16Array(2 * Math.max(0, end - i));
	let k = 0;
	for (; i < end; i++) {
		const c = line[i];
		const before = line[i - 1];
		const after = i + 1 < end ? line[i + 1] : undefined;
		let escape = ALWAYS_ESCAPED.has(c);
		if (c === "_") escape = !(isWordChar(before) && isWordChar(after));
		else if (c === "=" || c === "%") escape = before === c || after === c;
		else if (c === "&") escape = startsEntity(line, i);
		else if (c === ":") escape = line.startsWith("//", i + 1);
		else if (c === ".") escape = i >= 3 && line.slice(i - 3, i).toLowerCase() === "www" && !isWordChar(line[i - 4]);
		if (escape) units[k++] = 0x5c;
		units[k++] = line.charCodeAt(i);
	}
	return out.join("") + fromCodeUnits(units, k);
}

/**
 * Text from a note (a name, an address, a subject, the draft itself) as markdown that Obsidian shows
 * exactly as written: it can make no link, autolink, HTML, heading, list, quote, callout, code,
 * table, embed, wikilink, tag, block id, highlight, comment or math. Backslashes go only where a
 * character would otherwise be read as syntax, so the note stays readable. Line breaks are kept.
 */
export function markdownText(text: string): string {
	return text.split(/\r\n|\r|\n/).map(escapeLine).join("\n");
}

/** Text from a note on one line of markdown: a line break in a name must not start a new line. */
function oneLine(text: string): string {
	return markdownText(text.replace(CONTROLS, " ").replace(/\s+/g, " ").trim());
}

function recipientLabel(r: Recipient, withEmail: boolean): string {
	const name = oneLine(r.name);
	if (!withEmail || r.email === null) return name;
	const email = oneLine(r.email);
	if (email === "") return name;
	return name ? `${name} (${email})` : email;
}

/** The product's own mail link, which markdown reads whole: it holds no space, bracket or parenthesis. */
function mailLink(label: string, uri: string): string | null {
	return /^mailto:[\w%@+.~=&?,:-]*$/.test(uri) ? `[${label}](${uri})` : null;
}

/** What heads the sentences of a draft written from the user's notes, in the note and the preview. */
export const FROM_NOTES_HEADING = "Written from your notes, so read these before sending:";

/**
 * The block for one draft, ending with a line break. Everything from the note goes through
 * markdownText; the block's own markup is its heading, the bold field names, a quote for the call
 * script and the `mailto:` link, whose every character markdown could read as syntax is
 * percent-encoded. A link longer than a mail app reliably opens carries the subject only, and says so.
 */
export function draftBlock(draft: Draft, now: Date, eol = "\n"): string {
	const names = draft.to.map((r) => oneLine(r.name)).filter((n) => n !== "");
	const lines: string[] = [
		`### ${KIND_LABELS[draft.kind]}${names.length > 0 ? ` to ${names.join(", ")}` : ""} — ${format(now, "yyyy-MM-dd")}`,
	];
	const isEmail = draft.mailto !== null;
	if (draft.to.length > 0) lines.push(`**To:** ${draft.to.map((r) => recipientLabel(r, isEmail)).join(", ")}`);
	else if (isEmail) lines.push("**To:** nobody yet: add the address in your mail app");
	const profile = oneLine(draft.linkedin ?? "");
	if (profile !== "") lines.push(`**${draft.linkedinSearch === true ? "Find on LinkedIn" : "Profile"}:** ${profile}`);
	const subject = oneLine(draft.subject);
	if (subject !== "") lines.push(`**Subject:** ${subject}`);
	lines.push("");
	for (const line of markdownText(draft.body).split("\n")) lines.push(line);
	lines.push("");
	if (draft.kind === "linkedin") lines.push(`(${linkedinLength(draft.body.length)})`);
	if (draft.mailto !== null) {
		if (mailtoFitsSafely(draft.mailto)) {
			const link = mailLink("Open in mail app", draft.mailto);
			if (link) lines.push(link);
		} else {
			const addresses = draft.to.flatMap((r) => (r.email === null ? [] : [r.email]));
			const short = mailLink("Open in mail app (subject only)", buildMailto(addresses, draft.subject, ""));
			if (short) lines.push(short);
			lines.push("The message is too long for a mail link: open it, then copy the text from above into the body.");
		}
	}
	if (draft.fromNotes && draft.fromNotes.length > 0) {
		lines.push("", `**${FROM_NOTES_HEADING}**`);
		for (const sentence of draft.fromNotes) {
			const check = fromNotesCheck(sentence);
			lines.push(`- ${oneLine(sentence)}${check === null ? "" : ` (check: ${oneLine(check)})`}`);
		}
	}
	if (draft.script) {
		lines.push("", "**If you call:**");
		for (const line of markdownText(draft.script).split("\n")) lines.push(line === "" ? ">" : `> ${line}`);
	}
	while (lines[lines.length - 1] === "") lines.pop();
	return lines.join(eol) + eol;
}

/** Adds a draft block under `## Follow-up drafts`, creating the heading when the note has none. */
export function insertDraftUnderHeading(text: string, block: string): string {
	return appendUnderHeading(text, DRAFTS_HEADING, block);
}
