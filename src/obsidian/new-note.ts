// Builds and creates a new interview note: its file name, and its text from the user's interview
// template or a built-in one, with the frontmatter keys set by the core writer.
import { format } from "date-fns";
import { normalizePath, type App, type TFile } from "obsidian";
import { formatLocalDate, formatLocalDateTime } from "../core/dates";
import { detectEol, findFrontmatter, scanFrontmatter } from "../core/frontmatter-text";
import type { Settings } from "../core/settings";
import { setFrontmatterKeys, yamlScalar } from "../core/writer";

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
	interviewers: string[];
}

// Characters that file systems refuse (\ / : * ? " < > |) or that break wikilinks (# ^ [ ] |).
const UNSAFE_IN_NAME = /[\\/:*?"<>|#^[\]]/g;

/** A file-name part from free text: unsafe characters and controls become spaces, no leading dots. */
export function safeNamePart(text: string): string {
	let printable = "";
	for (const c of text) printable += c.charCodeAt(0) < 0x20 || c === "\u007f" ? " " : c;
	return printable.replace(UNSAFE_IN_NAME, " ").replace(/\s+/g, " ").trim().replace(/^\.+/, "").replace(/[. ]+$/, "");
}

/** `<folder>/<YYYY-MM-DD> <Company> - <Role>` without the extension. */
export function newNoteBase(folder: string, values: Pick<NewInterview, "company" | "role" | "start">): string {
	const company = safeNamePart(values.company) || "Interview";
	const role = safeNamePart(values.role);
	const name = `${format(values.start, "yyyy-MM-dd")} ${company}${role ? ` - ${role}` : ""}`;
	const dir = normalizePath(folder.trim() || "/");
	return dir === "/" || dir === "" ? name : `${dir}/${name}`;
}

/** The first free path: `base.md`, else `base 2.md`, `base 3.md`... Never an existing note. */
export function uniquePath(base: string, exists: (path: string) => boolean): string {
	let path = `${base}.md`;
	for (let n = 2; exists(path); n++) path = `${base} ${n}.md`;
	return path;
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

/** Replaces the `interviewers` entry (or adds one) with a block list, keeping every other line. */
function setInterviewers(text: string, names: readonly string[]): string {
	const fm = findFrontmatter(text);
	if (!fm || names.length === 0) return text;
	const eol = detectEol(text);
	const block = `interviewers:${eol}${names.map((n) => `  - ${yamlScalar(n)}${eol}`).join("")}`;
	const scan = scanFrontmatter(fm.body);
	const entry = scan.entries.find((e) => e.key === "interviewers");
	if (!entry) return text.slice(0, fm.contentEnd) + block + text.slice(fm.contentEnd);
	const before = scan.lines.slice(0, entry.line).map((l) => l.text + l.eol).join("");
	const after = scan.lines.slice(entry.endLine).map((l) => l.text + l.eol).join("");
	return text.slice(0, fm.contentStart) + before + block + after + text.slice(fm.contentEnd);
}

/** The new note's text: the template (or the built-in note) with placeholders and keys filled in. */
export function buildInterviewNote(template: string | null, title: string, values: NewInterview, settings: Settings): string {
	let text = fillPlaceholders(template ?? BUILT_IN_NOTE, title, values.start);
	if (!findFrontmatter(text)) text = `---${detectEol(text)}---${detectEol(text)}${text}`;
	const start = values.startHasTime ? formatLocalDateTime(values.start) : formatLocalDate(values.start);
	const fields: Array<[string, string]> = [
		[settings.typeKey, settings.typeValue],
		["company", values.company],
		["role", values.role],
		["interview_start", start],
		["interview_end", values.end ? formatLocalDateTime(values.end) : ""],
		["format", values.format],
		["primary_contact", values.primaryContact],
		["primary_contact_email", values.primaryContactEmail],
	];
	// Keys left empty in the form keep whatever the template says.
	const keys: Record<string, string> = {};
	for (const [key, value] of fields) if (value.trim() !== "") keys[key] = value.trim();
	// The built-in note says `type: interview`; a vault that recognises interviews by another key gets that one only.
	const updates: Record<string, string | null> = template === null && settings.typeKey !== "type" ? { type: null, ...keys } : keys;
	text = setFrontmatterKeys(text, updates);
	return setInterviewers(text, values.interviewers.map((n) => n.trim()).filter((n) => n !== ""));
}

/** Creates the note (never over an existing one) and returns it. */
export async function createInterviewNote(app: App, settings: Settings, values: NewInterview): Promise<TFile> {
	let template: string | null = null;
	if (settings.interviewTemplate.trim() !== "") {
		const templatePath = normalizePath(settings.interviewTemplate.trim());
		const file = app.vault.getFileByPath(templatePath) ?? app.vault.getFileByPath(`${templatePath}.md`);
		if (!file) throw new Error(`The interview template "${settings.interviewTemplate}" was not found; check the path in the settings.`);
		template = await app.vault.read(file);
	}
	const base = newNoteBase(settings.newInterviewFolder, values);
	const path = uniquePath(base, (p) => app.vault.getAbstractFileByPath(p) !== null);
	const title = path.replace(/^.*\//, "").replace(/\.md$/, "");
	const text = buildInterviewNote(template, title, values, settings);
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder && !app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
	return app.vault.create(path, text);
}
