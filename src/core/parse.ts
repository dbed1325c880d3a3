// Turns an interview note's raw frontmatter into an Interview, once, at the edge, reporting every
// guess or gap as a problem with the key and line concerned. Never throws on any input.
import { addDays, addMinutes } from "date-fns";
import { commentCutMessage, type CommentCut } from "./comment-cuts";
import { format as formatDate } from "./date-format";
import { atLocalTime, parseDateValue, type ParsedDate } from "./dates";
import { displayText, noteName, parseWikiLink, trimmed, type WikiLink } from "./links";
import { addressOwner, cleanName, hasHonorific, honorificTitle, leadInterviewer, quotedNickname, quotedSobriquet, isValidEmail, mergePeople, namedAtOwnAddress, namesFor, personLabel, readPersonText, sameAddress, samePerson, splitPeopleItem, splitPeopleText, typedJob, type PersonEntry } from "./people";
import { namedDayOf } from "./next-steps-note";
import { afterHoliday, holidayOf } from "./rules";
import { attachmentItems } from "./phrasing";
import { attachmentLabel } from "./placeholders";
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
	/** Values a YAML comment cut short, where the caller has read the frontmatter's text (comment-cuts.ts). */
	commentCuts?: readonly CommentCut[];
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

/** Kept here for the callers that check an address; the rule lives with the people. */
export { isValidEmail };

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

	report(severity: Severity, key: string | undefined, message: string, changesDrafts?: true): void {
		const problem: Problem = { file: this.file, severity, message };
		if (changesDrafts) problem.changesDrafts = true;
		if (key !== undefined) {
			problem.key = key;
			const line = this.keyLines?.[key];
			if (line !== undefined) problem.line = line;
		}
		this.problems.push(problem);
	}

	/** A value the drafts use that a YAML comment cut short, at the line it is on. */
	reportCut(cut: CommentCut): void {
		this.problems.push({ file: this.file, severity: "warning", message: commentCutMessage(cut), line: cut.line, key: cut.key, changesDrafts: true });
	}
}

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
	const records = parseRecords(fm, reporter, start.at);
	const people = parsePeople(fm, file, resolve, reporter);
	const { interviewers } = people;
	// No primary contact named: the interviewer who leads is the one asked about next steps and
	// checked in with (the only one, on a phone screen; else the manager or owner by the job the note
	// gives them; else the first listed), and the user is told whom, when there is a choice.
	const unnamed = people.primaryContact === null && isEmpty(fm.primary_contact) && isEmpty(fm.primary_contact_email);
	const lead = unnamed ? leadInterviewer(interviewers, people.jobs) : null;
	const primaryContact = people.primaryContact ?? lead?.person ?? null;
	if (lead && interviewers.length > 1) {
		const who = personLabel(lead.person);
		reporter.report(
			"warning",
			"interviewers",
			`The note names no primary_contact, so next steps, the check-in and the close-out go to ${who}, ${lead.job !== null ? `as the note gives their job as "${lead.job}"` : "the first interviewer listed"}: add primary_contact if they should go to someone else.`,
			true,
		);
	}
	// What is written at the top of the note goes to a contact the note names, or to the one who leads by their job; never to a guess from the order alone.
	const organiser = people.primaryContact ?? (lead?.job != null ? lead.person : null);
	topLevelAttachments(fm.attachments, interviewers, organiser, reporter, !isEmpty(fm.focus) || !isEmpty(fm.highlight) || !isEmpty(fm.highlights));
	topLevelNotes(fm, interviewers, organiser, reporter);

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
	if (!start.hasTime || parseDateValue(fm.interview_end)?.hasTime === false) interview.lengthUnknown = true;
	const format = displayText(fm.format);
	if (format) interview.format = format;
	if (primaryContact) interview.primaryContact = primaryContact;
	if (primaryContact && primaryContact !== people.primaryContact) interview.contactChosen = true;
	const nextSteps = fm.next_steps;
	// "?", "tbd", "n/a", "unknown": a placeholder says the next steps are not known, as an empty value does (review 119).
	const placeholder = typeof nextSteps === "string" && /^\s*(?:\?+|tbd|tbc|n\/?a|unknown|none|-+|\.{2,}|idk|not sure)\s*$/i.test(nextSteps);
	if (!isEmpty(nextSteps) && !placeholder) {
		interview.nextSteps = noteText(nextSteps) ?? "(given)";
	}
	// "mid December", "after the holidays": not a day a reminder can use, but words the drafts can say back.
	const decisionWords = typeof fm.decision_expected === "string" && parseDateValue(fm.decision_expected) === null ? textField(fm.decision_expected) : undefined;
	const decision = decisionWords !== undefined ? null : optionalDate(fm, "decision_expected", reporter);
	if (decision) interview.decisionExpected = decision.at;
	if (decisionWords !== undefined) {
		interview.decisionText = decisionWords;
		// "fri 12/11" names a day the check-in waits for, as the next steps' days are read; "mid Dec" may not.
		const day = namedDayOf({ decisionText: decisionWords, start: start.at });
		// "2-3 wks" read as Thursday 24 December: the day after is Christmas Day, and the check-in moves past it, as the due list
		// says (reviews 191, 192 found the warning and the list naming two days).
		const next = day === null ? null : addDays(day, 1);
		const holiday = next === null ? null : holidayOf(next);
		const waits = next === null || holiday === null ? "the day after" : `the first weekday after ${holiday.eveOf ?? holiday.name}, ${formatDate(afterHoliday(next), "EEEE d MMMM")}`;
		reporter.report(
			"warning",
			"decision_expected",
			day !== null
				? `decision_expected is ${shown(fm.decision_expected)}, which is not written as a date: it is read as ${formatDate(day, day.getFullYear() === start.at.getFullYear() ? "EEEE d MMMM" : "EEEE d MMMM yyyy")}, and the check-in waits until ${waits}. If that is not the day, write it as YYYY-MM-DD or pick it in the Properties panel.`
				: `decision_expected is ${shown(fm.decision_expected)}, which is not a date: the drafts say it back when they can, but no reminder can use it. Write the day as YYYY-MM-DD, or pick it in the Properties panel, to have one.`,
		);
	}
	const closedOn = optionalDate(fm, "closed_on", reporter);
	if (closedOn) interview.closedOn = closedOn.at;
	const appliedOn = optionalDate(fm, "applied_on", reporter);
	if (appliedOn) interview.appliedOn = appliedOn.at;
	const snoozed = optionalDate(fm, "snoozed_until", reporter);
	if (snoozed) interview.snoozedUntil = snoozed.at;
	// What a comment cut from a value is gone before the note gets here: only the raw text shows it.
	for (const cut of input.commentCuts ?? []) {
		reporter.reportCut(cut);
		// "build log of the #3 archtop: https://…" is read as "build log of the": no draft attaches that.
		if (cut.field === "attachments") {
			const kept = cut.kept.trim().replace(/^["']|["']$/g, "");
			for (const p of [...interviewers, ...(primaryContact ? [primaryContact] : [])]) p.attachments = p.attachments.filter((a) => a.trim() !== kept);
		}
	}
	return { interview, problems };
}

function dateOnlyEnd(day: Date, key: string, settings: Settings, reporter: Reporter): Date {
	reporter.report("warning", key, `${key} is a date without a time, so the follow-up clock starts at ${settings.dateOnlyEndTime} that day: add the time you left, for example ${key}: ${formatDate(day, "yyyy-MM-dd")}T16:00.`);
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

function parseRecords(fm: Frontmatter, reporter: Reporter, start: Date): InterviewRecords {
	const records: InterviewRecords = {};
	const dayOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
	for (const [field, key] of RECORD_KEYS) {
		const raw = fm[key];
		if (isEmpty(raw)) continue;
		const date = parseDateValue(raw);
		let value: RecordValue;
		// "thank_you_sent: 2026-11-25T18:00" for an interview on 2 December: a slip in the note, which had opened the close-out
		// four days after the interview without a word (review 176). It counts as done, as a value that is no date does, and
		// the steps after it count from the interview's end.
		if (date && dayOf(date.at) < dayOf(start)) {
			const when = (d: Date) => formatDate(d, d.getFullYear() === start.getFullYear() ? "d MMMM" : "d MMMM yyyy");
			reporter.report("warning", key, `${key} is ${when(date.at)}, before the interview (${when(start)}): it counts as done, and any later step counts from the interview end. Check the date.`);
			value = { at: null, hasTime: false };
		} else if (date) value = date;
		// A fresh ParsedDate already has the record's shape, { at, hasTime }.
		else {
			// (The example is the interview's own day: review 196 read a date two weeks before it as a suggestion.)
			reporter.report("warning", key, `${key} is ${shown(raw)}, which is not a date: it counts as done, and any later step counts from the interview end. Write the date instead, for example ${key}: ${formatDate(start, "yyyy-MM-dd")}T18:00.`);
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
	// No example day: any fixed one may lie before the interview ("late Dec" is not "2026-11-25").
	if (!date) reporter.report("warning", key, `${key} is ${shown(raw)}, which is not a date, so it is ignored: write the day as YYYY-MM-DD, or pick it in the Properties panel.`);
	return date;
}

function textField(value: unknown): string | undefined {
	if (isEmpty(value)) return undefined;
	const text = displayText(value);
	return text === null || text === "" ? undefined : text;
}

/**
 * A note's free text (focus, highlight): a YAML list of texts is kept, one item a line, so that
 * nothing the user wrote is dropped; the drafts fit the lines into sentences.
 */
function noteText(value: unknown): string | undefined {
	if (Array.isArray(value) && !parseWikiLink(value)) {
		const lines = value.map((item) => textField(item)).filter((t): t is string => t !== undefined);
		return lines.length > 0 ? lines.join("\n") : undefined;
	}
	return textField(value);
}

function rawText(value: unknown): string | undefined {
	if (typeof value === "string") {
		const text = trimmed(value);
		return text !== "" ? text : undefined;
	}
	if (typeof value === "number") return String(value);
	return undefined;
}

/** An email value as typed: `jane@x.example`, `mailto:jane@x.example` or `Jane Doe <jane@x.example>`. */
function emailText(value: unknown): { email?: string; name: string } {
	const text = rawText(value);
	if (text === undefined) return { name: "" };
	const read = readPersonText(text);
	// Text that is neither an address nor `Name <address>` is kept as the (invalid) address it claims to be.
	return read.email !== undefined ? read : { name: "", email: text };
}

function attachmentList(value: unknown): string[] {
	if (value === undefined) return [];
	// An unquoted [[link]] arrives as a nested list; anything else that is not text is dropped.
	const items = Array.isArray(value) && !parseWikiLink(value) ? value : [value];
	const out: string[] = [];
	for (const item of items) {
		// "reel v3 (https://vimeo.com/…), Saltwater EP1 link": one line typed with several.
		if (typeof item === "string" && item.trim() !== "") out.push(...attachmentItems(item));
		else if (parseWikiLink(item)) out.push(`[[${(item as string[][])[0][0]}]]`);
	}
	return out;
}

/** Fills a person's contact details from their linked note, the note's own values winning. */
function fromPersonNote(entry: PersonEntry, fromNote: Set<"email" | "title" | "linkedin" | "personNote">, linkpath: string, file: string, resolve: LinkResolver): void {
	let resolved;
	try {
		resolved = resolve(linkpath, file);
	} catch {
		resolved = null;
	}
	if (!resolved) return;
	const person = entry.person;
	person.personNote = resolved.path;
	fromNote.add("personNote");
	const pfm = resolved.frontmatter;
	if (!pfm) return;
	// "[[Anita Desai]]" whose note says "name: Dr. Anita Desai": the title the note gives her is how she is addressed, "Dear Dr.
	// Desai", never "Hi Anita" (review 201). Only a title, and only for the same name.
	const noted = textField(pfm.name);
	const honorific = noted === undefined ? undefined : honorificTitle(noted.trim().split(/\s+/)[0]);
	if (noted !== undefined && honorific !== undefined && !hasHonorific(person.name) && cleanName(noted).replace(/^\S+\s+/, "").toLowerCase() === person.name.toLowerCase()) person.name = `${honorific} ${person.name}`;
	if (person.email === undefined) {
		const email = emailText(pfm.email).email;
		if (email !== undefined) {
			person.email = email;
			fromNote.add("email");
		}
	}
	if (person.title === undefined) {
		const title = textField(pfm.title);
		if (title !== undefined) {
			person.title = title;
			fromNote.add("title");
		}
	}
	if (person.linkedin === undefined) {
		const linkedin = rawText(pfm.linkedin);
		if (linkedin !== undefined) {
			person.linkedin = linkedin;
			fromNote.add("linkedin");
		}
	}
}

/** A link names the person by the linked note, whatever its display text (`[[Dev Patel|Dev]]` is Dev Patel). */
function linkEntry(link: WikiLink, file: string, resolve: LinkResolver): PersonEntry {
	const fromNote = new Set<"email" | "title" | "linkedin" | "personNote">();
	const entry: PersonEntry = { person: { ...shownName(link), attachments: [] }, fromPersonNote: fromNote };
	fromPersonNote(entry, fromNote, link.linkpath, file, resolve);
	return entry;
}

/** A person linked to their note, named as the link shows them: a title the user addresses them by, a name they go by. */
function shownName(link: WikiLink): { name: string; nickname?: string } {
	const name = cleanName(noteName(link.linkpath));
	// "[[Evelyn Marsh|Dr. Marsh]]": the title the user shows the link with is how they address her, "Dear Dr. Marsh" (review
	// 174: "Hi Evelyn"); in an interviewer's map too, "name: [[Hannah Whitcomb|Dr. Whitcomb]]" (review 200: "Hi Hannah").
	const shownAs = link.display.trim().split(/\s+/);
	const honorific = shownAs.length >= 2 ? honorificTitle(shownAs[0]) : undefined;
	const titled = honorific !== undefined && !hasHonorific(name) && name.split(/\s+/).pop()?.toLowerCase() === shownAs[shownAs.length - 1].toLowerCase();
	if (titled) return { name: `${honorific} ${name}` };
	// "[[Ruth Ann Baptiste|Ruth Ann]]": a link shown with the first two words of the name is the given name she goes by,
	// "Hi Ruth Ann", never "Hi Ruth" (review 188).
	const words = name.split(/\s+/);
	if (shownAs.length >= 2 && shownAs.length < words.length && shownAs.every((w, i) => w.toLowerCase() === words[i]?.toLowerCase())) return { name, nickname: shownAs.join(" ") };
	// "[[Raymond Castillo|Ray]]": a link shown with the first name cut short is the name he goes by, "Hi Ray" (review 230).
	const short = shownAs.length === 1 && words.length >= 2 ? shownAs[0] : "";
	if (/^\p{Lu}\p{Ll}+$/u.test(short) && words[0].length > short.length && words[0].toLowerCase().startsWith(short.toLowerCase())) return { name, nickname: short };
	return { name };
}

/** One person typed as text: a link, `Name <email>`, an address or a name. */
function textEntry(text: string, file: string, resolve: LinkResolver): PersonEntry | null {
	const link = parseWikiLink(text);
	if (link) return linkEntry(link, file, resolve);
	const read = readPersonText(text);
	if (read.name === "" && read.email === undefined) return null;
	const person: Person = { name: cleanName(read.name), attachments: [] };
	const nickname = quotedNickname(read.name);
	if (nickname !== undefined) person.nickname = nickname;
	const called = quotedSobriquet(read.name);
	if (called !== undefined) person.calledAtWork = called;
	if (read.email !== undefined) person.email = read.email;
	keptPost(person, read.name);
	const job = typedJob(read.name);
	return job === "" ? { person } : { person, job };
}

/**
 * "Supt. Ray Delgado": the post the name is cleaned of is how a superintendent is greeted ("Dear Superintendent
 * Delgado"), kept as their title when the note gives none (reviews 81, 83).
 */
function keptPost(person: Person, typed: string): void {
	if (person.title === undefined && person.name !== "" && /^\s*(?:supt\.?|superintendent)\s+\p{L}/iu.test(typed) && !/^superintendent\b/i.test(person.name)) person.title = "Superintendent";
}

function mapEntry(map: Record<string, unknown>, key: string, file: string, resolve: LinkResolver, reporter: Reporter): PersonEntry | null {
	const nameLink = parseWikiLink(map.name);
	const typed = nameLink ? null : readPersonText(textField(map.name) ?? "");
	const shown = nameLink ? shownName(nameLink) : null;
	const person: Person = {
		name: shown !== null ? shown.name : cleanName(typed?.name ?? ""),
		attachments: attachmentList(map.attachments),
	};
	const nickname = typed ? quotedNickname(typed.name) : shown?.nickname;
	if (nickname !== undefined) person.nickname = nickname;
	const called = typed ? quotedSobriquet(typed.name) : undefined;
	if (called !== undefined) person.calledAtWork = called;
	const email = emailText(map.email);
	if (email.email !== undefined) person.email = email.email;
	else if (typed?.email !== undefined) person.email = typed.email;
	if (person.name === "" && email.name !== "") person.name = cleanName(email.name);
	// People type the job they hold as `role` or `position` as often as `title`.
	const title = textField(map.title) ?? textField(map.role) ?? textField(map.position);
	// "title: Dr." is how to address them, not their job: "Dear Dr. Marsh" (review 57).
	const honorific = title === undefined ? undefined : honorificTitle(title);
	if (honorific !== undefined && person.name !== "" && !hasHonorific(person.name)) person.name = `${honorific} ${person.name}`;
	else if (title !== undefined && honorific === undefined) person.title = title;
	if (typed) keptPost(person, typed.name);
	const linkedin = rawText(map.linkedin);
	if (linkedin !== undefined) person.linkedin = linkedin;
	const focus = noteText(map.focus);
	if (focus !== undefined) person.focus = focus;
	const highlight = noteText(map.highlight ?? map.highlights);
	if (highlight !== undefined) person.highlight = highlight;
	const entry: PersonEntry = { person };
	const job = typed ? typedJob(typed.name) : "";
	if (job !== "") entry.job = job;
	if (nameLink) {
		const fromNote = new Set<"email" | "title" | "linkedin" | "personNote">();
		entry.fromPersonNote = fromNote;
		fromPersonNote(entry, fromNote, nameLink.linkpath, file, resolve);
	}
	if (person.name === "" && person.email === undefined) {
		reporter.report("warning", key, `An entry in ${key} has neither a name nor an email, so it is left out: give it at least "name".`);
		return null;
	}
	return entry;
}

/**
 * The people one value of the note names: one text may name several (SPEC §1), a list item one, a
 * map one. A name left with a comma that is not `Last, First` is reported: it may be two people.
 */
/** The items of a list typed without a space after its first dash ("-Sandra Ruiz -Jim Baker", "-Sandra Ruiz - Jim Baker"), or null. */
function hastyList(text: string): string[] | null {
	if (!/^-\p{L}/u.test(text)) return null;
	const items = text
		.slice(1)
		// Later lines may have their space ("-Angela Price" then "- Ray Dominguez").
		.split(/\s- ?(?=\p{L})/u)
		.map((i) => i.trim());
	return items.every((i) => i !== "") ? items : null;
}

function entriesOf(item: unknown, key: string, file: string, resolve: LinkResolver, reporter: Reporter, splitText: boolean): PersonEntry[] {
	const link = parseWikiLink(item);
	if (link) return [linkEntry(link, file, resolve)];
	if (typeof item === "string" || typeof item === "number") {
		let text = trimmed(String(item));
		// "-Sandra Ruiz" and "-Jim Baker" on lines of their own, without a space after the dash, are
		// one YAML text, "-Sandra Ruiz -Jim Baker": a list typed in a hurry, read as the list it meant.
		const dashed = splitText ? hastyList(text) : null;
		if (dashed !== null) {
			reporter.report("warning", key, `${key} is a list written without a space after each "-", which YAML reads as one text: write "- ${shownText(dashed[0])}" (a dash, a space, then the name) on each line. It is read here as ${dashed.length === 1 ? "one person" : `${dashed.length} people`}.`, true);
			text = dashed.join("; ");
		}
		// A list item names one person, unless a ";" says otherwise ("Kim Ng; Luis Ortiz").
		const parts = splitText ? splitPeopleText(text) : splitPeopleItem(text);
		const out: PersonEntry[] = [];
		for (const part of parts) {
			const entry = textEntry(part, file, resolve);
			if (!entry) continue;
			if (entry.person.email === undefined && entry.person.name.includes(",")) {
				reporter.report(
					"warning",
					key,
					`${key} has "${shownText(entry.person.name)}", which is read as one person: write each person as a list item (or separate them with ";"), and "Last, First" for one name.`,
					// The drafts would name that one "person" as written: a draft of the note repeats the warning (review 121).
					true,
				);
			}
			out.push(entry);
		}
		return out;
	}
	if (item && typeof item === "object" && !Array.isArray(item) && !(item instanceof Date)) {
		const entry = mapEntry(item as Record<string, unknown>, key, file, resolve, reporter);
		return entry ? [entry] : [];
	}
	if (!isEmpty(item)) reporter.report("warning", key, `An entry in ${key} is ${shown(item)}, which is neither a name, a [[link]] nor a map, so it is left out.`);
	return [];
}

function shownText(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function checkEmail(person: Person, key: string, reporter: Reporter): void {
	if (person.email === undefined) return;
	person.emailValid = isValidEmail(person.email);
	if (!person.emailValid) {
		const who = person.name || "a person";
		reporter.report(
			"warning",
			key,
			`The email of ${who}, "${shownText(person.email)}", does not look like an address: drafts to ${who} are still written, but no mail link will include it. Correct it in the note.`,
		);
	}
}

/** Two different names typed with one address are likely a slip: the merge is reported. */
function reportSharedAddresses(entries: PersonEntry[], people: Person[], key: string, reporter: Reporter): void {
	// Only an address typed twice can have two names.
	const addresses = new Set<string>();
	let repeated = false;
	for (const e of entries) {
		if (e.person.email === undefined) continue;
		const address = e.person.email.trim().toLowerCase();
		if (addresses.has(address)) {
			repeated = true;
			break;
		}
		addresses.add(address);
	}
	if (!repeated) return;
	for (const person of people) {
		if (person.email === undefined) continue;
		const names = new Map<string, string>();
		for (const e of entries) {
			const name = e.person.name;
			if (e.person.email !== undefined && name !== "" && sameAddress(e.person.email, person.email)) names.set(name.toLowerCase().replace(/\s+/g, " "), name);
		}
		if (names.size > 1) {
			reporter.report("warning", key, `${[...names.values()].join(" and ")} share the address "${shownText(person.email)}", so they are taken as one person, ${person.name}: check the addresses.`);
		}
	}
}

function interviewerEntries(raw: unknown, file: string, resolve: LinkResolver, reporter: Reporter): PersonEntry[] {
	if (isEmpty(raw)) return [];
	// A single name or link instead of a list is taken as a list; an unquoted [[link]] is itself a
	// nested list, which parseWikiLink recognises. One text may name several people.
	const isList = Array.isArray(raw) && !parseWikiLink(raw);
	const entries: PersonEntry[] = [];
	for (const item of isList ? (raw as unknown[]) : [raw]) entries.push(...entriesOf(item, "interviewers", file, resolve, reporter, !isList));
	return limitPeople(entries, "interviewers", reporter);
}

/**
 * The most people one key is read for. No interview has more; merging people who may be one
 * person compares them pairwise, so a pasted list of thousands would hold up the app.
 */
const MAX_PEOPLE = 50;

function limitPeople(entries: PersonEntry[], key: string, reporter: Reporter): PersonEntry[] {
	if (entries.length <= MAX_PEOPLE) return entries;
	reporter.report("warning", key, `${key} lists ${entries.length} people; only the first ${MAX_PEOPLE} are read: shorten the list.`);
	return entries.slice(0, MAX_PEOPLE);
}

/**
 * The primary contact's entry, from `primary_contact` (a name, a link, `Name <email>`, an address)
 * and `primary_contact_email`, which wins when both give an address.
 */
function primaryContactEntry(fm: Frontmatter, file: string, resolve: LinkResolver, reporter: Reporter): PersonEntry | null {
	const raw = fm.primary_contact;
	const explicit = emailText(fm.primary_contact_email);
	const entries: PersonEntry[] = [];
	if (!isEmpty(raw)) {
		const items = Array.isArray(raw) && !parseWikiLink(raw) ? (raw as unknown[]) : [raw];
		for (const item of items) entries.push(...entriesOf(item, "primary_contact", file, resolve, reporter, true));
	}
	const { people } = mergePeople(limitPeople(entries, "primary_contact", reporter));
	if (people.length > 1) {
		const names = people.map((p) => personLabel(p));
		reporter.report(
			"warning",
			"primary_contact",
			`primary_contact names more than one person (${names.join(", ")}); ${names[0]} is taken as the primary contact: list the others under interviewers.`,
		);
	}
	if (people.length === 0 && explicit.email === undefined) return null;
	// Compared as merged, before the copy below takes primary_contact_email (entries is empty when people is).
	const merged = people[0];
	const person: Person = merged ? { ...merged } : { name: "", attachments: [] };
	const first = merged && entries.find((e) => samePerson(e.person, merged));
	const entry: PersonEntry = first?.fromPersonNote ? { person, fromPersonNote: new Set(first.fromPersonNote) } : { person };
	if (explicit.email !== undefined) {
		const typedEmail = merged !== undefined && entries.some((e) => e.person.email !== undefined && !e.fromPersonNote?.has("email") && samePerson(e.person, merged));
		if (typedEmail && person.email !== undefined && !sameAddress(person.email, explicit.email)) {
			reporter.report(
				"warning",
				"primary_contact_email",
				`primary_contact gives the address "${shownText(person.email)}" and primary_contact_email "${shownText(explicit.email)}"; primary_contact_email is used: keep one.`,
			);
		}
		person.email = explicit.email;
		(entry.fromPersonNote as Set<string> | undefined)?.delete("email");
		if (person.name === "") person.name = cleanName(explicit.name);
	}
	return entry;
}

/** Every way a note may name someone, in lower case: "bob", "dr. kapoor", "kapoor", the name they go by; `whole`, their full name too. */
function namedAs(p: Person, whole = false): Set<string> {
	return new Set([p.nickname ?? "", whole ? p.name : "", ...namesFor(p.name)].filter((n) => n !== "").map((n) => n.toLowerCase()));
}

/**
 * A top-level text labelled by interviewers' first names ("Bob -> client acquisition. Catherine:
 * portfolio construction"): each part is given to the one it names (never over their own), and
 * undefined is returned; any other text is returned as it is.
 */
function labelledFor(text: string | undefined, interviewers: Person[], field: "focus" | "highlight"): string | undefined {
	if (text === undefined || interviewers.length < 2) return text;
	// Every way the note may name each of them: "Bob", "Dr. Kapoor", "Kapoor", the name they go by.
	const ways = interviewers.map((p) => namedAs(p));
	const labels: { person: Person; start: number; end: number }[] = [];
	// "Kevin - staffing nights; Dana – the weaning protocol": a dash with spaces round it labels too.
	const label = /(^|[.;\n] *)([\p{L}'’-]+) *(?:->|→|:|[-–—] ) */gu;
	for (let m = label.exec(text); m !== null; m = label.exec(text)) {
		const person = interviewers.find((_, i) => ways[i].has(m[2].toLowerCase()));
		if (person) labels.push({ person, start: m.index + m[1].length, end: m.index + m[0].length });
	}
	if (labels.length === 0 || labels[0].start !== 0) return text;
	labels.forEach((l, i) => {
		let part = text.slice(l.end, i + 1 < labels.length ? labels[i + 1].start : text.length).trim();
		while (/[.;]$/.test(part)) part = part.slice(0, -1).trimEnd();
		if (part !== "" && l.person[field] === undefined) l.person[field] = part;
	});
	return undefined;
}

/**
 * A top-level value written as a map keyed by the interviewers' names ("focus:\n  Carol Whitfield: vendor fees"): each
 * value is given to the one its key names (never over their own), and undefined is returned; any other value is returned
 * as it is (review 251: both maps were read as nothing, and the drafts said the note was silent on what mattered).
 */
function keyedFor(value: unknown, interviewers: Person[], field: "focus" | "highlight"): unknown {
	if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
	const ways = interviewers.map((p) => namedAs(p, true));
	let given = false;
	for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
		const person = interviewers.find((_, i) => ways[i].has(key.trim().toLowerCase()));
		const text = noteText(v);
		if (person === undefined || text === undefined) continue;
		given = true;
		if (person[field] === undefined) person[field] = text;
	}
	return given ? undefined : value;
}

/**
 * `focus` and `highlight` (or `highlights`) written at the top of the note: what mattered in the
 * interview, for the person it most likely mattered to. That is the only interviewer, else the
 * primary contact who interviewed, else the first interviewer listed (people list the one they
 * report to first), and the user is told so; an interviewer's own values are never replaced.
 */
function topLevelNotes(fm: Readonly<Record<string, unknown>>, interviewers: Person[], primaryContact: Person | null, reporter: Reporter): void {
	const key = fm.highlight !== undefined ? "highlight" : "highlights";
	// "Bob -> client acquisition. Catherine -> portfolio construction": each part to the one it names.
	const focus = labelledFor(noteText(keyedFor(fm.focus, interviewers, "focus")), interviewers, "focus");
	const highlight = labelledFor(noteText(keyedFor(fm[key], interviewers, "highlight")), interviewers, "highlight");
	if (focus === undefined && highlight === undefined) return;
	const keys = [focus !== undefined ? "focus" : "", highlight !== undefined ? key : ""].filter((k) => k !== "");
	const named = keys.join(" and ");
	const at = keys[0];
	const to = topLevelTarget(interviewers, primaryContact);
	if (to === null) {
		reporter.report("warning", at, `${named} ${keys.length > 1 ? "are" : "is"} written at the top of the note, and no interviewer is listed, so no draft includes ${keys.length > 1 ? "them" : "it"}: add the interviewers, with ${named} under the one ${keys.length > 1 ? "they are" : "it is"} for.`, true);
		return;
	}
	const pcInterviewed = primaryContact !== null && interviewers.includes(primaryContact);
	const used: string[] = [];
	if (focus !== undefined && to.focus === undefined) {
		to.focus = focus;
		used.push("focus");
	}
	if (highlight !== undefined && to.highlight === undefined) {
		to.highlight = highlight;
		used.push(key);
	}
	const who = personLabel(to) || "the first interviewer";
	if (used.length < keys.length) {
		const unused = keys.filter((k) => !used.includes(k)).join(" and ");
		reporter.report("warning", at, `${unused} at the top of the note ${unused.includes(" and ") ? "are" : "is"} not used: ${who} has their own in the interviewers list. Put ${unused} under the interviewer ${unused.includes(" and ") ? "they are" : "it is"} for.`, true);
	}
	const what = used.join(" and ");
	const they = used.length > 1 ? "they are" : "it is";
	if (used.length > 0 && to.email === undefined && to !== primaryContact) {
		reporter.report("warning", at, `${what} at the top of the note ${used.length > 1 ? "are" : "is"} for ${who}, who has no email address, so no thank-you includes ${used.length > 1 ? "them" : "it"}: add ${who}'s email, or put ${what} under the interviewer ${they} for.`, true);
	} else if (used.length > 0 && interviewers.length > 1) {
		// Said even when the primary contact who interviewed gets them: the head of the team may be the one they are for.
		reporter.report("warning", at, `${what} at the top of the note ${used.length > 1 ? "go" : "goes"} into the thank-you to ${who}, ${pcInterviewed && to === primaryContact ? "the primary contact, who interviewed you" : whichInterviewer(to, interviewers)}: if ${they} for someone else, put ${what} under that interviewer.`, true);
	}
}

/**
 * Who what is written at the top of the note is for: the only interviewer, else the primary contact
 * who interviewed, else the first interviewer a thank-you can reach (people list the one they report
 * to first), else the first listed. Null with nobody listed.
 */
function topLevelTarget(interviewers: Person[], primaryContact: Person | null): Person | null {
	if (interviewers.length <= 1) return interviewers[0] ?? null;
	if (primaryContact !== null && interviewers.includes(primaryContact)) return primaryContact;
	return interviewers.find((p) => p.email !== undefined) ?? interviewers[0];
}

/** How a warning names the interviewer `topLevelTarget` chose among several. */
function whichInterviewer(to: Person, interviewers: Person[]): string {
	return to === interviewers[0] ? "the first interviewer listed" : "the first interviewer listed with an email address";
}

function giveFiles(to: Person, files: readonly string[]): void {
	for (const f of files) if (!to.attachments.includes(f)) to.attachments.push(f);
}

/**
 * `attachments` written at the top of the note rather than under an interviewer: they are for the
 * interview, so for the one person whose thank-you can carry them, the only interviewer or else the
 * primary contact who interviewed; with nobody to tell them to, they are reported, never dropped unsaid.
 */
function topLevelAttachments(raw: unknown, interviewers: Person[], primaryContact: Person | null, reporter: Reporter, withNotes: boolean): void {
	const list = attachmentList(raw);
	if (list.length === 0) return;
	const pcInterviewed = primaryContact !== null && interviewers.includes(primaryContact);
	if (interviewers.length > 1) {
		// "ABR protocol summary.pdf" beside an interviewer whose focus is the ABR clinic: each file to the
		// one interviewer whose own notes share a word with its name, when exactly one does.
		// Only someone a thank-you reaches: a file matched to an interviewer without an address would be lost,
		// where the primary contact who interviewed can carry it.
		const reached = interviewers.filter((p) => p.email !== undefined || p === primaryContact);
		const owners = list.map((a) => {
			const words = distinctWords(a);
			const hits = reached.filter((p) => [p.focus, p.highlight, p.title].some((t) => t !== undefined && [...distinctWords(t)].some((w) => words.has(w))));
			return hits.length === 1 ? hits[0] : null;
		});
		if (owners.every((o): o is Person => o !== null)) {
			list.forEach((a, i) => {
				const owner = owners[i];
				giveFiles(owner, [a]);
				const who = personLabel(owner);
				const reach = `, as the file shares a word with what the note says of ${who}: if it is for someone else, put it under that interviewer`;
				reporter.report("warning", "attachments", `attachments is written at the top of the note; ${attachmentShown(a)} goes into the thank-you to ${who}${reach}.`, true);
			});
			return;
		}
	}
	// Otherwise the files go where what is written at the top goes, when that is clear: to the only
	// interviewer, to the primary contact who interviewed, or beside a top-level focus or highlight.
	const beside = withNotes && interviewers.length > 1 && !pcInterviewed;
	const to = interviewers.length === 1 || pcInterviewed || beside ? topLevelTarget(interviewers, primaryContact) : null;
	if (to === null) {
		const why = interviewers.length === 0 ? "no interviewer is listed" : `it does not say which of the ${interviewers.length} interviewers it is for`;
		reporter.report("warning", "attachments", `attachments is written at the top of the note, and ${why}, so no draft includes it: put attachments under the interviewer they are for.`, true);
		return;
	}
	giveFiles(to, list);
	const who = personLabel(to);
	if (to.email === undefined && to !== primaryContact) {
		reporter.report("warning", "attachments", `attachments is written at the top of the note, for ${who}, who has no email address, so no draft includes it: add ${who}'s email.`, true);
	} else if (beside) {
		reporter.report("warning", "attachments", `attachments is written at the top of the note, as the focus or highlights are, so it goes into the thank-you to ${who}, ${whichInterviewer(to, interviewers)}: if it is for someone else, put it under that interviewer.`, true);
	}
}

/** Words that say what a file or a note is about: not its kind, its address or a little word. */
const PLAIN_WORDS = new Set(
	"the and for with from about into our your their this that what how why when who are was were has have had will can new old final draft copy version summary sample example link file files pdf doc docx pptx xlsx png jpg jpeg http https www com org net html page pages notes note slides deck video photo photos image images attached attachment".split(
		" ",
	),
);

function distinctWords(text: string): Set<string> {
	return new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !PLAIN_WORDS.has(w) && !/^\d+$/.test(w)));
}

/** An attachment as a warning names it: the vault file, or the label a message would give it. */
function attachmentShown(a: string): string {
	const { file, label } = attachmentLabel(a);
	return `"${shownText(file ?? label)}"`;
}

/**
 * Interviewers and the primary contact, each person once (SPEC §1). The primary contact joins the
 * merge last, so that one who also interviewed is that interviewer, in both places, with the
 * interviewer's entry winning; a later name can join earlier entries through them.
 */
function parsePeople(fm: Frontmatter, file: string, resolve: LinkResolver, reporter: Reporter): { interviewers: Person[]; primaryContact: Person | null; jobs: string[] } {
	const entries = interviewerEntries(fm.interviewers, file, resolve, reporter);
	const pc = primaryContactEntry(fm, file, resolve, reporter);
	const { people, personOf } = mergePeople(pc ? [...entries, pc] : entries);
	reportSharedAddresses(entries, people, "interviewers", reporter);
	const pcIndex = pc ? personOf[entries.length] : -1;
	// Which people an interviewer entry became part of.
	const interviewed = new Array<boolean>(people.length).fill(false);
	for (let i = 0; i < entries.length; i++) interviewed[personOf[i]] = true;
	const interviewers = people.filter((_, i) => interviewed[i]);
	// What the note types beside each interviewer's name ("svc mgr"), for finding who leads.
	const jobOf = new Array<string>(people.length).fill("");
	entries.forEach((e, i) => {
		if (e.job !== undefined && jobOf[personOf[i]] === "") jobOf[personOf[i]] = e.job;
	});
	const jobs = people.map((_, i) => jobOf[i]).filter((_, i) => interviewed[i]);
	let primaryContact = pcIndex === -1 ? null : people[pcIndex];
	// `primary_contact: coach.dave@riversidefc.example` beside the interviewer "Dave Kowalski", who has
	// no address: the address is his, when it names him and no other interviewer.
	if (primaryContact !== null && !interviewed[pcIndex] && primaryContact.name === "" && primaryContact.email !== undefined) {
		const owner = addressOwner(primaryContact.email, interviewers);
		if (owner !== null) {
			owner.email = primaryContact.email;
			reporter.report("warning", "primary_contact", `primary_contact is only an address, ${primaryContact.email}, which is read as ${owner.name}'s, so next steps and check-ins go to them: if it is someone else's, write their name before it ("Name <address>").`, true);
			primaryContact = owner;
		}
	}
	// ("primary_contact: Jules Moreau" at jobs@…, and Jules Moreau among the interviewers at jules@…, review 265: two letters to
	// one person, one thanking her for arranging an interview "with Jules". A team's shared inbox is no second person.)
	if (primaryContact !== null && !interviewed[pcIndex]) {
		const own = namedAtOwnAddress(primaryContact, interviewers);
		if (own !== null) {
			reporter.report("warning", fm.primary_contact_email !== undefined && !isEmpty(fm.primary_contact_email) ? "primary_contact_email" : "primary_contact", `The primary contact, ${own.name}, is also an interviewer, at their own address (${own.email ?? ""}); ${primaryContact.email ?? ""} is read as a shared inbox, so they get one thank-you and next steps, the check-in and the close-out go to ${own.email ?? ""}: if the shared inbox is where those should go, change the address in the note.`, true);
			primaryContact = own;
		}
	}
	people.forEach((person, i) => {
		// The address read as an interviewer's is checked as theirs.
		if (i === pcIndex && people[i] !== primaryContact) return;
		const key = i === pcIndex && !interviewed[i] ? (fm.primary_contact_email !== undefined && !isEmpty(fm.primary_contact_email) ? "primary_contact_email" : "primary_contact") : "interviewers";
		if ("emailValid" in person) delete person.emailValid;
		checkEmail(person, key, reporter);
	});
	return { interviewers, primaryContact, jobs };
}

