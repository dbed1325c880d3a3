// Placeholders for draft templates in the style of Obsidian's core Templates plugin (`{{name}}`,
// `{{date:FORMAT}}` with Moment tokens), and the values an interview gives them.
import { differenceInCalendarDays } from "date-fns";
import { format } from "./date-format";
import { joinWords } from "./labels";
import { parseWikiLink } from "./links";
import { inlinePhrase, roleInSentence, roleWritten, SCHEDULE, shortRole, type FitOptions } from "./phrasing";
import { greetingName, personLabel, thankYouMessages } from "./people";
import { replaceWikiLinks, stripObsidianComments } from "./text-scan";
import type { Settings } from "./settings";
import type { Interview, Person } from "./types";

/** A text is inserted as is; a date prints as YYYY-MM-DD, or in the format after the colon. */
export type PlaceholderValue = string | Date;
/** Keys in lower case, as written between the braces: `company`, `interviewer.name`. */
export type PlaceholderValues = Readonly<Record<string, PlaceholderValue>>;

export interface RenderResult {
	text: string;
	/** What stood between the braces of each placeholder nothing answered, once each, in order. */
	unknown: string[];
}

const PLACEHOLDER = /\{\{([^{}\r\n]*)\}\}/g;

/**
 * Obsidian comments (`%% ... %%`) never reach a draft: they carry the template's instructions. A
 * comment on lines of its own goes with its line break; one left open runs to the end, as Obsidian
 * reads it.
 */
export function stripComments(text: string): string {
	return stripObsidianComments(text);
}

/**
 * Fills every placeholder in one left-to-right pass: a value is inserted literally and never read
 * again, so a company called `{{role}} Ltd` stays `{{role}} Ltd`. `{{date}}` and `{{time}}` are
 * `now` (YYYY-MM-DD and HH:mm, as core Templates prints them) unless `values` says otherwise. A
 * placeholder nothing answers stays in the text exactly as written and is listed in `unknown`.
 */
export function renderTemplate(template: string, values: PlaceholderValues, now: Date): RenderResult {
	const unknown = new Set<string>();
	const text = stripComments(template).replace(PLACEHOLDER, (whole: string, inner: string) => {
		const value = resolve(inner.trim(), values, now);
		if (value !== null) return value;
		unknown.add(inner.trim());
		return whole;
	});
	return { text, unknown: [...unknown] };
}

function resolve(inner: string, values: PlaceholderValues, now: Date): string | null {
	const colon = inner.indexOf(":");
	const key = (colon === -1 ? inner : inner.slice(0, colon)).trim().toLowerCase();
	const fmt = colon === -1 ? null : inner.slice(colon + 1);
	const value: PlaceholderValue | undefined = Object.prototype.hasOwnProperty.call(values, key)
		? values[key]
		: key === "date" || key === "time"
			? now
			: undefined;
	if (value === undefined) return null;
	if (typeof value === "string") return fmt === null ? value : null;
	const defaultFormat = key === "time" ? "HH:mm" : "YYYY-MM-DD";
	return formatMoment(value, fmt === null || fmt.trim() === "" ? defaultFormat : fmt);
}

// ---------------------------------------------------------------- Moment-style formats

/** A Moment token's text: the date-fns token that writes the same (see date-format.ts), or a function. */
type TokenFormatter = string | ((d: Date) => string);

const DAY_MS = 86_400_000;
const hours12 = (d: Date) => d.getHours() % 12 || 12;
/** The local calendar day as a UTC day number: differences count days, whatever the clocks did. */
const utcDay = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY_MS;
/** 1 for 1 January. */
const dayOfYear = (d: Date) => utcDay(d) - Date.UTC(d.getFullYear(), 0, 1) / DAY_MS + 1;
/** The ISO 8601 week: weeks start on Monday, and week 1 holds the year's first Thursday. */
function isoWeek(d: Date): number {
	const day = utcDay(d);
	const thursday = day + 3 - ((d.getDay() + 6) % 7);
	const yearStart = Date.UTC(new Date(thursday * DAY_MS).getUTCFullYear(), 0, 1) / DAY_MS;
	return Math.floor((thursday - yearStart) / 7) + 1;
}

/** The Moment tokens core Templates users reach for; longest first so `MMMM` wins over `MM`. */
const MOMENT_TOKENS: [string, TokenFormatter][] = [
	["YYYY", "yyyy"],
	["MMMM", "MMMM"],
	["DDDD", (d) => String(dayOfYear(d)).padStart(3, "0")],
	["dddd", "EEEE"],
	["MMM", "MMM"],
	["DDD", (d) => String(dayOfYear(d))],
	["ddd", "EEE"],
	["YY", "yy"],
	["MM", "MM"],
	["Do", "do"],
	["DD", "dd"],
	["dd", "EEEEEE"],
	["WW", (d) => String(isoWeek(d)).padStart(2, "0")],
	["HH", "HH"],
	["hh", (d) => String(hours12(d)).padStart(2, "0")],
	["kk", (d) => String(d.getHours() || 24).padStart(2, "0")],
	["mm", "mm"],
	["ss", "ss"],
	["ZZ", "xx"],
	["Q", (d) => String(Math.floor(d.getMonth() / 3) + 1)],
	["M", "M"],
	["D", "d"],
	["d", (d) => String(d.getDay())],
	["W", (d) => String(isoWeek(d))],
	["H", "H"],
	["h", (d) => String(hours12(d))],
	["k", (d) => String(d.getHours() || 24)],
	["m", "m"],
	["s", "s"],
	["A", (d) => (d.getHours() < 12 ? "AM" : "PM")],
	["a", (d) => (d.getHours() < 12 ? "am" : "pm")],
	["Z", "xxx"],
	["X", (d) => String(Math.floor(d.getTime() / 1000))],
	["x", (d) => String(d.getTime())],
];

/**
 * Formats a date with Moment tokens (English names), as core Templates does for `{{date:FORMAT}}`.
 * Text in square brackets is printed as is (`[at]`); any other character is kept.
 */
export function formatMoment(date: Date, fmt: string): string {
	let out = "";
	let i = 0;
	outer: while (i < fmt.length) {
		if (fmt[i] === "[") {
			const close = fmt.indexOf("]", i + 1);
			if (close !== -1) {
				out += fmt.slice(i + 1, close);
				i = close + 1;
				continue;
			}
		}
		for (const [token, formatter] of MOMENT_TOKENS) {
			if (fmt.startsWith(token, i)) {
				out += typeof formatter === "string" ? format(date, formatter) : formatter(date);
				i += token.length;
				continue outer;
			}
		}
		out += fmt[i];
		i++;
	}
	return out;
}

// ---------------------------------------------------------------- values from an interview

/** How a message addresses someone: the first name, "Dr. Okafor" after a title, "" for no name or an address. */
export const firstName = greetingName;

/** "Tom Becker", "Tom Becker and Ana Ruiz", "Tom Becker, Ana Ruiz and Li Wei". */
export const joinNames: (names: string[]) => string = joinWords;

/** Text from a note as one line: a wikilink shows its alias or note name, as Obsidian shows it. */
export function plainText(text: string): string {
	return replaceWikiLinks(text, (link) => parseWikiLink(link)?.display ?? link)
		.replace(/\s+/g, " ")
		.trim();
}

/** A note's free text as a phrase for the middle of a sentence: one line, no markdown, no closing full stop. */
export function phrase(text: string | undefined, options: FitOptions = {}): string {
	return inlinePhrase(text, options);
}

export interface AttachmentLabel {
	/** How the message lists it: a link's name with "(attached)", a URL as is. */
	label: string;
	/** For a vault link: the file the user has to attach by hand. */
	file?: string;
}

/**
 * A `[[link]]` (or `![[embed]]`) is a file from the vault, which a mail link cannot carry: it is
 * listed by name as attached, and the user attaches it. A markdown link shows its text and URL.
 */
export function attachmentLabel(raw: string): AttachmentLabel {
	const link = parseWikiLink(raw);
	if (link) return { label: `${link.display} (attached)`, file: link.display };
	const md = /^\s*\[([^\]]*)\]\(<?([^)>\s]+)>?\)\s*$/.exec(raw);
	if (md) return { label: md[1].trim() ? `${plainText(md[1])}: ${md[2]}` : md[2] };
	return { label: plainText(raw) };
}

export function attachmentLabels(person: Person): AttachmentLabel[] {
	return person.attachments.map(attachmentLabel).filter((a) => a.label !== "");
}

/** "25 November", with the year when it is not the year of `now`. */
export function dayAndMonth(day: Date, now: Date): string {
	return format(day, day.getFullYear() === now.getFullYear() ? "d MMMM" : "d MMMM yyyy");
}

/**
 * When the interview was, as a message written at `now` says it: "today", "yesterday",
 * "on Tuesday" up to five days on, "on 25 November" otherwise. Calendar days are local.
 */
export function interviewDay(start: Date, now: Date): string {
	const days = differenceInCalendarDays(now, start);
	if (days === 0) return "today";
	if (days === 1) return "yesterday";
	// Six days on, "on Monday" written on a Sunday reads as tomorrow: by its date (review 159).
	if (days > 1 && days < 6) return `on ${format(start, "EEEE")}`;
	return `on ${dayAndMonth(start, now)}`;
}

/**
 * "the platform engineer role at Acme Robotics", shortened as the note allows, down to "the role";
 * a role with a comma reads "the role of nurse manager, cardiac step-down, at ...".
 */
export function theRole(role: string, company: string): string {
	return roleInSentence(plainText(role), plainText(company));
}

/**
 * The role as a subject line names it: "Donor Care Technician (phlebotomy), Northgate donor center" without the place after
 * its comma, never the whole field (review 194); a word or two there ("…, nights", "…, remote") stays, as does any other role
 * as the messages write it.
 */
export function subjectRoleName(typed: string): string {
	const written = roleWritten(typed);
	// "Ramp Agent - Lead": the rank where the letters put it, "Lead Ramp Agent", never "Ramp Agent (Lead)" in the subject
	// above a body that says the other (review 196).
	if (/\s[-–—]\s(?:lead|senior|sr\.?|junior|jr\.?|head|chief|principal|staff|assistant|associate|trainee|apprentice)$/i.test(written)) return shortRole(typed);
	const place = /, ([^,()]+)$/.exec(written);
	if (place !== null && place[1].trim().split(/\s+/).length >= 3) return written.slice(0, place.index);
	// "Polysomnographic Technologist (RPSGT), nights" read "…, nights interview" in a subject (review 206): when the job is
	// worked stays out of a subject, as out of its brackets; another short part after the comma goes in brackets of its own.
	if (place !== null) {
		const before = written.slice(0, place.index);
		if (SCHEDULE.test(place[1])) return before;
		return before.endsWith(")") ? written : `${before} (${place[1].trim()})`;
	}
	return written;
}

/** What a subject line calls the interview: by role, else by company, else by date. */
export function interviewLabel(interview: Interview, now: Date): string {
	const role = subjectRoleName(plainText(interview.role));
	const company = plainText(interview.company);
	if (role !== "") return `${role} interview`;
	if (company !== "") return `${company} interview`;
	return `interview on ${dayAndMonth(interview.start, now)}`;
}

/**
 * The interviewers the primary contact is asked to thank: those without an email, by full name as
 * the note writes them; "everyone I met" when the note lists nobody.
 */
export function passThanksTo(interview: Interview): string {
	if (interview.interviewers.length === 0) return "everyone I met";
	const pass = thankYouMessages(interview).find((m) => !m.personal || m.passThanksTo.length > 0);
	// With no primary contact there is no such message; the draft that would ask them names the same people.
	const people = pass ? pass.passThanksTo : interview.interviewers.filter((p) => p.email === undefined);
	return joinNames(people.map((p) => plainText(personLabel(p))));
}

/**
 * The placeholders an interview answers, each with the line that explains it to a user (the
 * comment at the top of a written-out template note). The `interviewer.*` ones and `attachments`
 * exist only in a draft to one interviewer.
 */
export const INTERVIEW_PLACEHOLDERS: Readonly<Record<string, string>> = {
	company: "the company, as in the note",
	role: "the role, as in the note",
	title: "the title of the interview note",
	date: "today, as YYYY-MM-DD; {{date:dddd D MMMM}} takes Moment tokens, as in core Templates",
	time: "the time now, as HH:mm; {{time:h:mm A}} takes Moment tokens",
	interview_date: "the interview day, as YYYY-MM-DD; {{interview_date:D MMMM}} takes Moment tokens",
	interview_day: "when the interview was, as you would say it today: \"today\", \"on Tuesday\", \"on 25 November\"",
	interview_label: "the interview named for a subject line: \"Platform engineer interview\"",
	the_role: "\"the Platform engineer role at Acme Robotics\", or as much of it as the note gives",
	my_name: "your name, from the plugin settings",
	signature: "your signature, from the plugin settings",
	primary_contact: "the primary contact's name",
	"primary_contact.first_name": "the name to greet the primary contact by: the first name, or a doctor's or professor's title and surname (\"Dr. Ruiz\")",
	"primary_contact.email": "the primary contact's email",
	interviewers: "everyone the note lists as an interviewer, \"Dana Whitfield and Marcus Oyelaran\"",
	pass_thanks_to: "the interviewers without an email, by full name; \"everyone I met\" when none are listed",
	next_steps: "what the note says you were told about next steps",
	"interviewer.name": "the interviewer's name, as in the note",
	"interviewer.first_name": "the name to greet the interviewer by: the first name, or a doctor's or professor's title and surname (\"Dr. Ruiz\")",
	"interviewer.title": "the interviewer's job title",
	"interviewer.email": "the interviewer's email",
	"interviewer.linkedin": "the interviewer's LinkedIn profile address",
	"interviewer.focus": "what mattered most to the interviewer, as a phrase for the middle of a sentence",
	"interviewer.highlight": "your experience that answered it, as a phrase for the middle of a sentence",
	attachments: "the interviewer's supporting material, one \"- item\" line each",
};

/** Values for INTERVIEW_PLACEHOLDERS; missing data gives an empty text, never an unknown placeholder. */
export function interviewPlaceholders(
	interview: Interview,
	settings: Pick<Settings, "myName" | "signature">,
	now: Date,
	interviewer?: Person,
): Record<string, PlaceholderValue> {
	const pc = interview.primaryContact;
	const pcName = pc ? plainText(pc.name) : "";
	const values: Record<string, PlaceholderValue> = {
		company: plainText(interview.company),
		role: plainText(interview.role),
		title: interview.title,
		interview_date: interview.start,
		interview_day: interviewDay(interview.start, now),
		interview_label: interviewLabel(interview, now),
		the_role: theRole(interview.role, interview.company),
		my_name: plainText(settings.myName),
		signature: settings.signature.replace(/\r\n?/g, "\n").trimEnd(),
		primary_contact: pcName,
		"primary_contact.first_name": firstName(pcName),
		"primary_contact.email": pc?.email ?? "",
		interviewers: joinNames(interview.interviewers.map((p) => plainText(p.name))),
		pass_thanks_to: passThanksTo(interview),
		next_steps: plainText(interview.nextSteps ?? ""),
	};
	if (interviewer) {
		const name = plainText(interviewer.name);
		Object.assign(values, {
			"interviewer.name": name,
			"interviewer.first_name": firstName(name),
			"interviewer.title": plainText(interviewer.title ?? ""),
			"interviewer.email": interviewer.email ?? "",
			"interviewer.linkedin": interviewer.linkedin?.trim() ?? "",
			"interviewer.focus": phrase(interviewer.focus, { secondPerson: true }),
			"interviewer.highlight": phrase(interviewer.highlight),
			attachments: attachmentLabels(interviewer)
				.map((a) => `- ${a.label}`)
				.join("\n"),
		});
	}
	return values;
}
