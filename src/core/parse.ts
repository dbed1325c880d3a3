// Turns an interview note's raw frontmatter into an Interview, once, at the edge, reporting every
// guess or gap as a problem with the key and line concerned. Never throws on any input.
import { addMinutes } from "date-fns";
import { atLocalTime, parseDateValue, type ParsedDate } from "./dates";
import { displayText, noteName, parseWikiLink, trimmed } from "./links";
import type { Settings } from "./settings";
import {
	INTERVIEW_STATUSES,
	type Frontmatter,
	type Interview,
	type InterviewRecords,
	type InterviewStatus,
	type KeyLines,
	type LinkResolver,
	type Person,
	type Problem,
	type RecordValue,
	type Severity,
} from "./types";

export interface NoteInput {
	/** Vault-relative path with forward slashes. */
	file: string;
	frontmatter: Frontmatter;
	/** Line of each top-level key in the file, where the caller knows it. */
	keyLines?: KeyLines;
}

export interface ParseResult {
	/** Null when the note cannot be used (an error was reported). */
	interview: Interview | null;
	problems: Problem[];
}

/** True when the frontmatter marks an interview note (`type: interview`, as configured). */
export function isInterviewNote(frontmatter: Frontmatter | null | undefined, settings: Settings): boolean {
	if (!frontmatter || typeof frontmatter !== "object") return false;
	const value = (frontmatter as Record<string, unknown>)[settings.typeKey];
	if (typeof value !== "string") return false;
	const wanted = typeValueOf(settings);
	return value === wanted || value.trim().toLowerCase() === wanted;
}

// isInterviewNote runs for every note of the vault on every scan: the wanted value is normalised
// once per setting, not per call.
let lastTypeValueRaw: string | null = null;
let lastTypeValue = "";

function typeValueOf(settings: Settings): string {
	if (settings.typeValue !== lastTypeValueRaw) {
		lastTypeValueRaw = settings.typeValue;
		lastTypeValue = settings.typeValue.trim().toLowerCase();
	}
	return lastTypeValue;
}

const RECORD_KEYS: ReadonlyArray<[keyof InterviewRecords, string]> = [
	["thankYouSent", "thank_you_sent"],
	["nextStepsAsked", "next_steps_asked"],
	["checkInSent", "check_in_sent"],
	["replyReceived", "reply_received"],
	["handwrittenNoteSent", "handwritten_note_sent"],
	["linkedinRequested", "linkedin_requested"],
];

// Deliberately simple: it must accept what people type and flag what cannot be an address
// (a missing @, spaces, a second @, header tricks such as `?bcc=`), not implement RFC 5322.
const EMAIL = /^[^\s@<>()[\]\\,;:"?&=]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** Characters EMAIL refuses before the @, by ASCII code: whitespace and `@<>()[]\\,;:"?&=`. */
const NOT_LOCAL = new Uint8Array(128);
for (const c of " \t\n\v\f\r@<>()[]\\,;:\"?&=") NOT_LOCAL[c.charCodeAt(0)] = 1;

/**
 * EMAIL, for an address that is all ASCII (where \p{L} and \p{N} are just letters and digits),
 * read in one pass; null when a character is not ASCII. The index checks every address of the vault
 * on a scan, and the Unicode regex is several times slower.
 */
function asciiEmailVerdict(email: string): boolean | null {
	const n = email.length;
	let i = 0;
	for (; i < n; i++) {
		const c = email.charCodeAt(i);
		if (c > 127) return null;
		if (NOT_LOCAL[c] === 1) break;
	}
	let valid = i > 0 && i < n && email.charCodeAt(i) === 64; /* @ */
	// One or more labels of letters, digits and `-` after the @, at least two of them, split by dots.
	let labels = 0;
	let labelLength = 0;
	for (i++; i < n; i++) {
		const c = email.charCodeAt(i);
		if (c > 127) return null;
		if (c === 46 /* . */) {
			if (labelLength === 0) valid = false;
			labels++;
			labelLength = 0;
		} else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) labelLength++;
		else valid = false;
	}
	return valid && labels >= 1 && labelLength > 0;
}

export function isValidEmail(email: string): boolean {
	return asciiEmailVerdict(email) ?? EMAIL.test(email);
}

/** Shows a value the way the user wrote it, shortened, for messages. */
function shown(value: unknown): string {
	let text: string;
	// An invalid Date has no ISO form (toISOString throws), and parsing must never throw.
	if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
	else if (typeof value === "string") text = `"${value}"`;
	else {
		try {
			text = JSON.stringify(value) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isEmpty(value: unknown): boolean {
	if (typeof value === "string") {
		// Text starting with a visible ASCII character cannot trim to nothing: no need to trim it.
		const c = value.charCodeAt(0);
		return c > 32 && c < 127 ? false : value.trim() === "";
	}
	return value === undefined || value === null || value === false;
}

/**
 * Collects a note's problems. A class rather than a closure per parse: the plugin's index parses
 * every interview of the vault on a scan, and each allocation counts there.
 */
class Reporter {
	readonly problems: Problem[] = [];
	constructor(
		private readonly file: string,
		private readonly keyLines: KeyLines | undefined,
	) {}

	report(severity: Severity, key: string | undefined, message: string): void {
		const problem: Problem = { file: this.file, severity, message };
		if (key !== undefined) {
			problem.key = key;
			const line = this.keyLines?.[key];
			if (line !== undefined) problem.line = line;
		}
		this.problems.push(problem);
	}
}

/** For a person whose email is checked later, once the explicit primary_contact_email is known. */
class SilentReporter extends Reporter {
	override report(): void {}
}

const SILENT = new SilentReporter("", undefined);

export function parseInterview(input: NoteInput, settings: Settings, resolve: LinkResolver): ParseResult {
	const { file, frontmatter: fm } = input;
	const reporter = new Reporter(file, input.keyLines);
	const problems = reporter.problems;
	const title = noteName(file);

	const rawStart = fm.interview_start;
	if (isEmpty(rawStart)) {
		reporter.report("error", "interview_start", "This interview note has no interview_start: add when the interview began, for example interview_start: 2026-11-25T14:30.");
		return { interview: null, problems };
	}
	const start = parseDateValue(rawStart);
	if (!start) {
		reporter.report("error", "interview_start", `interview_start is ${shown(rawStart)}, which is not a date: write it as 2026-11-25T14:30 (local time) or pick it in the Properties panel.`);
		return { interview: null, problems };
	}

	const end = interviewEnd(start, fm.interview_end, settings, reporter);

	const status = parseStatus(fm.status, reporter);
	const records = parseRecords(fm, reporter);
	const interviewers = parseInterviewers(fm.interviewers, file, resolve, reporter);
	const primaryContact = parsePrimaryContact(fm, file, resolve, reporter);

	const interview: Interview = {
		file,
		title,
		company: displayText(fm.company) ?? "",
		role: displayText(fm.role) ?? "",
		start: start.at,
		end,
		interviewers,
		records,
		status,
	};
	if (input.keyLines) interview.keyLines = input.keyLines;
	const format = displayText(fm.format);
	if (format) interview.format = format;
	if (primaryContact) interview.primaryContact = primaryContact;
	const nextSteps = fm.next_steps;
	if (!isEmpty(nextSteps)) {
		const text = displayText(nextSteps);
		interview.nextSteps = text ?? "(given)";
	}
	const decision = optionalDate(fm, "decision_expected", reporter);
	if (decision) interview.decisionExpected = decision.at;
	const closedOn = optionalDate(fm, "closed_on", reporter);
	if (closedOn) interview.closedOn = closedOn.at;
	const appliedOn = optionalDate(fm, "applied_on", reporter);
	if (appliedOn) interview.appliedOn = appliedOn.at;
	const snoozed = optionalDate(fm, "snoozed_until", reporter);
	if (snoozed) interview.snoozedUntil = snoozed.at;
	return { interview, problems };
}

function dateOnlyEnd(day: Date, key: string, settings: Settings, reporter: Reporter): Date {
	reporter.report("warning", key, `${key} is a date without a time, so the follow-up clock starts at ${settings.dateOnlyEndTime} that day: add the time you left, for example ${key}: 2026-11-25T16:00.`);
	return atLocalTime(day, settings.dateOnlyEndTime);
}

/** The end when interview_end gives none: the default duration, or the date-only end of the start day. */
function fallbackEnd(start: ParsedDate, settings: Settings, reporter: Reporter): Date {
	return start.hasTime ? addMinutes(start.at, settings.defaultDurationMinutes) : dateOnlyEnd(start.at, "interview_start", settings, reporter);
}

function interviewEnd(start: ParsedDate, rawEnd: unknown, settings: Settings, reporter: Reporter): Date {
	if (isEmpty(rawEnd)) return fallbackEnd(start, settings, reporter);
	const end = parseDateValue(rawEnd);
	if (!end) {
		reporter.report("warning", "interview_end", `interview_end is ${shown(rawEnd)}, which is not a date, so it is ignored: write it as 2026-11-25T15:30.`);
		return fallbackEnd(start, settings, reporter);
	}
	if (!end.hasTime) return dateOnlyEnd(end.at, "interview_end", settings, reporter);
	if (end.at.getTime() < start.at.getTime()) {
		reporter.report("warning", "interview_end", "interview_end is before interview_start, so it is ignored: check both times.");
		return fallbackEnd(start, settings, reporter);
	}
	return end.at;
}

function parseStatus(raw: unknown, reporter: Reporter): InterviewStatus {
	if (isEmpty(raw)) return "active";
	if (typeof raw === "string") {
		const value = trimmed(raw).toLowerCase();
		if ((INTERVIEW_STATUSES as readonly string[]).includes(value)) return value as InterviewStatus;
	}
	reporter.report("warning", "status", `status is ${shown(raw)}, which is not one of ${INTERVIEW_STATUSES.join(", ")}; the interview is treated as active.`);
	return "active";
}

function parseRecords(fm: Frontmatter, reporter: Reporter): InterviewRecords {
	const records: InterviewRecords = {};
	for (const [field, key] of RECORD_KEYS) {
		const raw = fm[key];
		if (isEmpty(raw)) continue;
		const date = parseDateValue(raw);
		let value: RecordValue;
		// A fresh ParsedDate already has the record's shape, { at, hasTime }.
		if (date) value = date;
		else {
			reporter.report("warning", key, `${key} is ${shown(raw)}, which is not a date: it counts as done, and any later step counts from the interview end. Write the date instead, for example ${key}: 2026-11-25T18:00.`);
			value = { at: null, hasTime: false };
		}
		records[field] = value;
	}
	return records;
}

function optionalDate(fm: Frontmatter, key: string, reporter: Reporter): ParsedDate | null {
	const raw = fm[key];
	if (isEmpty(raw)) return null;
	const date = parseDateValue(raw);
	if (!date) reporter.report("warning", key, `${key} is ${shown(raw)}, which is not a date, so it is ignored: write it as 2026-11-25.`);
	return date;
}

function textField(value: unknown): string | undefined {
	if (isEmpty(value)) return undefined;
	const text = displayText(value);
	return text === null || text === "" ? undefined : text;
}

function rawText(value: unknown): string | undefined {
	if (typeof value === "string") {
		const text = trimmed(value);
		return text !== "" ? text : undefined;
	}
	if (typeof value === "number") return String(value);
	return undefined;
}

function attachmentList(value: unknown): string[] {
	if (value === undefined) return [];
	// An unquoted [[link]] arrives as a nested list; anything else that is not text is dropped.
	const items = Array.isArray(value) && !parseWikiLink(value) ? value : [value];
	const out: string[] = [];
	for (const item of items) {
		if (typeof item === "string" && item.trim() !== "") out.push(item.trim());
		else if (parseWikiLink(item)) out.push(`[[${(item as string[][])[0][0]}]]`);
	}
	return out;
}

/** Fills a person's contact details from their linked note, the note's own values winning. */
function fromPersonNote(person: Person, linkpath: string, file: string, resolve: LinkResolver): void {
	let resolved;
	try {
		resolved = resolve(linkpath, file);
	} catch {
		resolved = null;
	}
	if (!resolved) return;
	person.personNote = resolved.path;
	const pfm = resolved.frontmatter;
	if (!pfm) return;
	person.email ??= rawText(pfm.email);
	person.title ??= textField(pfm.title);
	person.linkedin ??= rawText(pfm.linkedin);
}

function checkEmail(person: Person, key: string, reporter: Reporter): void {
	if (person.email === undefined) return;
	person.emailValid = isValidEmail(person.email);
	if (!person.emailValid) {
		reporter.report("warning", key, `The email of ${person.name || "a person"} is "${person.email}", which does not look like an address: it is kept as written, but no draft will use it to add recipients or headers. Correct it in the note.`);
	}
}

function parsePerson(item: unknown, key: string, file: string, resolve: LinkResolver, reporter: Reporter): Person | null {
	const link = parseWikiLink(item);
	if (link) {
		const person: Person = { name: link.display, attachments: [] };
		fromPersonNote(person, link.linkpath, file, resolve);
		checkEmail(person, key, reporter);
		return person;
	}
	if (typeof item === "string" || typeof item === "number") {
		const name = trimmed(String(item));
		return name === "" ? null : { name, attachments: [] };
	}
	if (item && typeof item === "object" && !Array.isArray(item) && !(item instanceof Date)) {
		const map = item as Record<string, unknown>;
		const nameLink = parseWikiLink(map.name);
		const person: Person = {
			name: nameLink ? nameLink.display : (textField(map.name) ?? ""),
			attachments: attachmentList(map.attachments),
		};
		const email = rawText(map.email);
		if (email !== undefined) person.email = email;
		const title = textField(map.title);
		if (title !== undefined) person.title = title;
		const linkedin = rawText(map.linkedin);
		if (linkedin !== undefined) person.linkedin = linkedin;
		const focus = textField(map.focus);
		if (focus !== undefined) person.focus = focus;
		const highlight = textField(map.highlight);
		if (highlight !== undefined) person.highlight = highlight;
		if (nameLink) fromPersonNote(person, nameLink.linkpath, file, resolve);
		if (person.name === "" && person.email === undefined) {
			reporter.report("warning", key, `An entry in ${key} has neither a name nor an email, so it is left out: give it at least "name".`);
			return null;
		}
		if (person.name === "") person.name = person.email ?? "";
		checkEmail(person, key, reporter);
		return person;
	}
	if (!isEmpty(item)) reporter.report("warning", key, `An entry in ${key} is ${shown(item)}, which is neither a name, a [[link]] nor a map, so it is left out.`);
	return null;
}

function parseInterviewers(raw: unknown, file: string, resolve: LinkResolver, reporter: Reporter): Person[] {
	if (isEmpty(raw)) return [];
	// A single name or link instead of a list is taken as a list of one; an unquoted [[link]] is
	// itself a nested list, which parseWikiLink recognises.
	const items = Array.isArray(raw) && !parseWikiLink(raw) ? raw : [raw];
	const people: Person[] = [];
	for (const item of items) {
		const person = parsePerson(item, "interviewers", file, resolve, reporter);
		if (person) people.push(person);
	}
	return people;
}

function parsePrimaryContact(fm: Frontmatter, file: string, resolve: LinkResolver, reporter: Reporter): Person | null {
	const raw = fm.primary_contact;
	const rawEmail = rawText(fm.primary_contact_email);
	if (isEmpty(raw) && rawEmail === undefined) return null;
	let person: Person | null = null;
	if (!isEmpty(raw)) {
		// The email is checked below, once the explicit primary_contact_email has been applied.
		person = parsePerson(raw, "primary_contact", file, resolve, SILENT);
	}
	person ??= { name: "", attachments: [] };
	if (rawEmail !== undefined) person.email = rawEmail;
	if (person.name === "") person.name = person.email ?? "";
	delete person.emailValid;
	checkEmail(person, rawEmail !== undefined ? "primary_contact_email" : "primary_contact", reporter);
	return person;
}
