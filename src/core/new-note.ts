// A new interview note: its file name, and its text from the user's interview template or a
// built-in one, with the frontmatter keys set by the core writer. Shared by the plugin's form and
// the command line, so that both put the same note in the same place.
import { format } from "./date-format";
import { formatLocalDate, formatLocalDateTime, parseDateValue } from "./dates";
import { detectEol, findFrontmatter, scanFrontmatter } from "./frontmatter-text";
import type { Settings } from "./settings";
import { trimEndWhere, trimWhere } from "./text-scan";
import { appendUnderHeading, setFrontmatterKeys, yamlScalar } from "./writer";

/** A person as the note writes them: a name (or a `[[link]]`), and an address when known. */
export interface NotePerson {
	name: string;
	email?: string;
}

export interface NewInterview {
	company: string;
	role: string;
	start: Date;
	/** False when only a day was given: the note then holds a date without a time. */
	startHasTime: boolean;
	end: Date | null;
	format: string;
	primaryContact: string;
	primaryContactEmail: string;
	interviewers: NotePerson[];
	/** The calendar events the note was made from (`invite_uid`), if any. */
	inviteUids?: string[];
	/** What the note keeps of the invite (plain text, written as a literal block under its own heading). */
	inviteDetails?: string;
}

/** The heading the invite's details go under. */
export const INVITE_HEADING = "Invitation";

// Characters that file systems refuse (\ / : * ? " < > |) or that break wikilinks (# ^ [ ] |).
const UNSAFE_IN_NAME = /[\\/:*?"<>|#^[\]]/g;

/** A file-name part from free text: unsafe characters and controls become spaces, no leading dots. */
export function safeNamePart(text: string): string {
	let printable = "";
	for (const c of text) printable += c.charCodeAt(0) < 0x20 || c === "\u007f" ? " " : c;
	const name = printable.replace(UNSAFE_IN_NAME, " ").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
	return trimEndWhere(name, (c) => c === "." || c === " ");
}

/**
 * A vault path as Obsidian's `normalizePath` gives it: forward slashes, no doubled, leading or
 * trailing slash, non-breaking spaces as spaces, Unicode NFC; `/` for the vault's root.
 */
export function normaliseVaultPath(path: string): string {
	const p = trimWhere(path.replace(/[\\/]+/g, "/").replace(/\u00a0|\u202f/g, " "), (c) => c === "/").normalize("NFC");
	return p === "" ? "/" : p;
}

/** `<folder>/<YYYY-MM-DD> <Company> - <Role>` without the extension. */
export function newNoteBase(folder: string, values: Pick<NewInterview, "company" | "role" | "start">): string {
	const company = safeNamePart(values.company) || "Interview";
	const role = safeNamePart(values.role);
	const name = `${format(values.start, "yyyy-MM-dd")} ${company}${role ? ` - ${role}` : ""}`;
	const dir = normaliseVaultPath(folder.trim() || "/");
	return dir === "/" ? name : `${dir}/${name}`;
}

/** The first free path: `base.md`, else `base 2.md`, `base 3.md`... Never an existing note. */
export function uniquePath(base: string, exists: (path: string) => boolean): string {
	let path = `${base}.md`;
	for (let n = 2; exists(path); n++) path = `${base} ${n}.md`;
	return path;
}

/** The note's title (its file name without `.md`). */
export function titleOf(path: string): string {
	return path.replace(/^.*\//, "").replace(/\.md$/, "");
}

/** The note written when no interview template is set; the frontmatter keys come from the form. */
export const BUILT_IN_NOTE = [
	"---",
	"type: interview",
	"company:",
	"role:",
	"interview_start:",
	"interview_end:",
	"format:",
	"primary_contact:",
	"primary_contact_email:",
	"interviewers: []",
	"next_steps:",
	"decision_expected:",
	"thank_you_sent:",
	"next_steps_asked:",
	"check_in_sent:",
	"reply_received:",
	"status: active",
	"snoozed_until:",
	"---",
	"",
	"# {{title}}",
	"",
	"## Who I met",
	"",
	"- ",
	"",
	"## What mattered to each of them",
	"",
	"- ",
	"",
	"## Questions I asked",
	"",
	"- ",
	"",
	"## Next steps",
	"",
	"",
].join("\n");

/**
 * Fills `{{title}}`, `{{date}}` and `{{time}}` as the core Templates plugin names them; the date and
 * time are the interview's start, which is what a note about an interview wants. One pass, so a
 * value that contains a placeholder is inserted as it is.
 */
export function fillPlaceholders(text: string, title: string, start: Date): string {
	const values: Record<string, string> = {
		title,
		date: format(start, "yyyy-MM-dd"),
		time: format(start, "HH:mm"),
	};
	return text.replace(/\{\{\s*(title|date|time)\s*\}\}/gi, (_, name: string) => values[name.toLowerCase()]);
}

/** The YAML of a list's items, without the key: plain names, or maps when anyone has an address (or `asMaps`). */
export function peopleItems(people: readonly NotePerson[], asMaps = false): string[] {
	const clean = people.map((p) => ({ name: p.name.trim(), email: p.email?.trim() ?? "" })).filter((p) => p.name !== "" || p.email !== "");
	if (!asMaps && !clean.some((p) => p.email !== "")) return clean.map((p) => `- ${yamlScalar(p.name)}`);
	return clean.map((p) => {
		const lines: string[] = [];
		if (p.name !== "") lines.push(`name: ${yamlScalar(p.name)}`);
		if (p.email !== "") lines.push(`email: ${yamlScalar(p.email)}`);
		return `- ${lines.join("\n  ")}`;
	});
}

/**
 * Replaces a top-level key's entry (or adds one above the closing `---`) with a block list of
 * `items` (YAML, each possibly several lines), keeping every other line as it was.
 */
export function setListKey(text: string, key: string, items: readonly string[]): string {
	const fm = findFrontmatter(text);
	if (!fm || items.length === 0) return text;
	const eol = detectEol(text);
	const block = `${key}:${eol}${items.map((item) => `${item.split("\n").map((l) => `  ${l}`).join(eol)}${eol}`).join("")}`;
	const scan = scanFrontmatter(fm.body);
	const entry = scan.entries.find((e) => e.key === key);
	if (!entry) return text.slice(0, fm.contentEnd) + block + text.slice(fm.contentEnd);
	const keep = new Set(entry.commentLines);
	const before = scan.lines.slice(0, entry.line).map((l) => l.text + l.eol).join("");
	const comments = scan.lines.filter((_, i) => i > entry.line && i < entry.endLine && keep.has(i)).map((l) => l.text + l.eol).join("");
	const after = scan.lines.slice(entry.endLine).map((l) => l.text + l.eol).join("");
	return text.slice(0, fm.contentStart) + before + block + comments + after + text.slice(fm.contentEnd);
}

/** The invite's details as a section: a literal block nothing in which is read as markdown. */
export function inviteSection(details: string, eol: string): string {
	let longest = 0;
	let run = 0;
	for (const c of details) {
		run = c === "`" ? run + 1 : 0;
		if (run > longest) longest = run;
	}
	const fence = "`".repeat(Math.max(3, longest + 1));
	return [`${fence}text`, ...details.split("\n"), fence].join(eol);
}

/** The new note's text: the template (or the built-in note) with placeholders and keys filled in. */
export function buildInterviewNote(template: string | null, title: string, values: NewInterview, settings: Settings): string {
	let text = fillPlaceholders(template ?? BUILT_IN_NOTE, title, values.start);
	if (!findFrontmatter(text)) text = `---${detectEol(text)}---${detectEol(text)}${text}`;
	const start = values.startHasTime ? formatStartOrEnd(values.start) : formatLocalDate(values.start);
	const uids = values.inviteUids ?? [];
	const fields: Array<[string, string]> = [
		[settings.typeKey, settings.typeValue],
		["company", values.company],
		["role", values.role],
		["interview_start", start],
		["interview_end", values.end ? formatStartOrEnd(values.end) : ""],
		["format", values.format],
		["primary_contact", values.primaryContact],
		["primary_contact_email", values.primaryContactEmail],
		["invite_uid", uids.length === 1 ? uids[0] : ""],
	];
	// Keys left empty in the form keep whatever the template says.
	const keys: Record<string, string> = {};
	for (const [key, value] of fields) if (value.trim() !== "") keys[key] = value.trim();
	// The built-in note says `type: interview`; a vault that recognises interviews by another key gets that one only.
	const updates: Record<string, string | null> = template === null && settings.typeKey !== "type" ? { type: null, ...keys } : keys;
	text = setFrontmatterKeys(text, updates);
	text = setListKey(text, "interviewers", peopleItems(values.interviewers));
	if (uids.length > 1) text = setListKey(text, "invite_uid", uids.map((u) => `- ${yamlScalar(u)}`));
	if (values.inviteDetails && values.inviteDetails.trim() !== "") {
		text = appendUnderHeading(text, INVITE_HEADING, `\n${inviteSection(values.inviteDetails, "\n")}`);
	}
	return text;
}

/**
 * A date-time as Obsidian's Properties write it (`2026-11-25T14:30`, local time). In the hour that
 * repeats when clocks go back, that text names the first of the two instants: the second one is
 * written with its offset, so that the note still says exactly when.
 */
export function formatStartOrEnd(at: Date): string {
	const local = formatLocalDateTime(at);
	const read = parseDateValue(local);
	if (read && Math.floor(read.at.getTime() / 60_000) === Math.floor(at.getTime() / 60_000)) return local;
	return format(at, "yyyy-MM-dd'T'HH:mmxxx");
}
