// Writes the messages a job seeker sends after an interview: short, warm, specific to each person
// and in the user's voice. The wording lives in letters.ts (sentence slots that differ from one
// recipient to the next), the fitting of the user's notes in phrasing.ts and next-steps-note.ts;
// a note in the draft-template folder can override each.
import { differenceInCalendarDays, isAfter, isSameDay, startOfDay } from "date-fns";
import { format, inDateOrder, MONTHS, type DateOrder } from "./date-format";
import { KIND_NOUN } from "./labels";
import {
	callScript,
	cardText,
	checkInLetter,
	closeOutLetter,
	inviteText,
	nextStepsLetter,
	personalThankYou,
	viaPrimaryContact,
	whatTheySaid,
	type AttachmentFacts,
	type ContactFacts,
	type Letter,
	type LetterFacts,
	TRIAL_OF_WORK,
} from "./letters";
import { sentencesHolding, shorthandSentences } from "./from-notes";
import { addressInNotesMention, addressNameMention, forUserOnly, matteredLines, stepSaidByMention, knewBeforeMention, spokeWithMention, takenBackMention, endedMention, goesByMention, mentionsOf, noContactMention, notByEmailMention, notRaisedMention, notRaisedWithAnyoneMention, quietMention, rivalMention, shortNamesOf, throughOneMention, toAskMention, toSendMention, workedMention } from "./body-mentions";
import { headNames, readMattered, withoutDoubtedClaims, withoutTheirReaction } from "./what-mattered";
import { buildMailto } from "./mailto";
import { namedDayOf, NOTE_TO_SELF, readNextSteps, SEASON_DAY, toldNextSteps, weekdayClash } from "./next-steps-note";
import { cleanName, greeting, greetingName, hasHonorific, isHonorific, initialsOf, isJobHolder, isValidEmail, linkableAddresses, nameWordsOf, namesFor, personLabel, samePerson, SHARED_MAILBOX, thankYouMessages } from "./people";
import { PRIVATE_REASON_TEXT, criticises, personalDetail, privateRemark } from "./private-remarks";
import { article, attachmentKind, companyInSentence, phraseFault, SCHEDULE, namesPaper, roleInLetter, roleWritten, withCapitals, experienceOf, fileTitle, focusTopic, noteItems, roleInSentence, shortRole, titleAside, titlePhrase, titleWithArticle, USER_MADE, withTitleAside, type ExperienceReading, type FocusReading, type Topic, type WithheldReason } from "./phrasing";
import {
	INTERVIEW_PLACEHOLDERS,
	dayAndMonth,
	interviewDay,
	interviewPlaceholders,
	joinNames,
	plainText,
	renderTemplate,
	stripComments,
	subjectRoleName,
	type PlaceholderValue,
} from "./placeholders";
import { parseWikiLink } from "./links";
import { TAKEN_OVER } from "./rounds";
import { pendingActions } from "./rules";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { isWhitespace, trimEndWhere } from "./text-scan";
import type { ActionKind, Interview, Person, Recipient, RecordValue } from "./types";


export type DraftVariant =
	| "personal"
	| "via-primary-contact"
	| "next-steps"
	| "check-in"
	| "closing"
	| "handwritten"
	| "linkedin";

export interface Draft {
	kind: ActionKind;
	variant: DraftVariant;
	to: Recipient[];
	/** Empty for a handwritten card or a LinkedIn note. */
	subject: string;
	body: string;
	/** The whole message as a `mailto:` link; null when it is not an email. */
	mailto: string | null;
	/** A check-in's call script, for those who would rather phone. */
	script?: string;
	/** A LinkedIn note's profile address, or a LinkedIn search for the person when `linkedinSearch` is set. */
	linkedin?: string;
	/** The note gives no profile: `linkedin` searches LinkedIn for the person's name and company. */
	linkedinSearch?: true;
	/**
	 * The sentences of the text (or of the call script, when the text has none) written from the user's own notes: a focus,
	 * a highlight, the next steps said back, an attachment's title. The rest is the product's fixed
	 * wording; these are put together from shorthand, and are the ones to read before sending.
	 */
	fromNotes?: string[];
}

export interface DraftResult {
	drafts: Draft[];
	/** Sentences for the user: what to check or do by hand before sending. */
	problems: string[];
	/**
	 * About the request itself: the step is already recorded, the interview is not active, the
	 * drafts are signed "[Your name]". The drafts are given all the same.
	 */
	warnings: string[];
}

export const DRAFT_TEMPLATE_KEYS = [
	"thank-you",
	"thank-you-via-primary-contact",
	"next-steps",
	"check-in",
	"close-out",
	"handwritten-note",
	"linkedin",
] as const;

export type DraftTemplateKey = (typeof DRAFT_TEMPLATE_KEYS)[number];

export interface DraftTemplate {
	subject: string;
	body: string;
}

export interface DraftContext {
	/** The rest of the settings, when given, time a check-in drafted before it falls due (the defaults otherwise). */
	settings: Pick<Settings, "myName" | "signature"> & Partial<Settings>;
	now: Date;
	/** How the drafts write a day (the shells resolve the "auto" setting); day first when not given. */
	dateOrder?: DateOrder;
	/** Overrides read from the draft-template folder; they win over the built-ins. */
	templates?: Partial<Record<DraftTemplateKey, DraftTemplate>>;
	/** The note's whole text, when the shell has it: a general thank-you points at the lines of it that mention the person. */
	noteText?: string;
	/** A later interview at the same company that has begun (`laterRounds`), when the shell knows the vault. */
	laterRound?: Pick<Interview, "file" | "start">;
}

/** LinkedIn refuses longer invitation notes. */
export const LINKEDIN_NOTE_LIMIT = 300;
/** What LinkedIn takes in an invitation note from a free account; Premium takes LINKEDIN_NOTE_LIMIT. */
export const LINKEDIN_FREE_LIMIT = 200;

/** "180 of 200 characters", or past a free account's limit, what Premium takes: shown under a LinkedIn note. */
export function linkedinLength(length: number): string {
	return length <= LINKEDIN_FREE_LIMIT ? `${length} of ${LINKEDIN_FREE_LIMIT} characters` : `${length} characters: over the ${LINKEDIN_FREE_LIMIT} a free LinkedIn account takes, within Premium's ${LINKEDIN_NOTE_LIMIT}`;
}

/** The next steps with "of our interview" said once: a later span is counted from the same day. */
function onceOfInterview(clause: string): string {
	const said = " of our interview";
	const end = clause.indexOf(said) + said.length;
	return end < said.length ? clause : clause.slice(0, end) + clause.slice(end).replace(/ of our interview\b/g, "");
}

/** "decide after the holidays": an answer that comes once a season is over. */
const AFTER_SEASON = /\bafter (?:the )?(?:holidays?|holiday break|christmas|xmas|thanksgiving|new year|winter break)\b/i;
/** Placeholders whose text the drafts word themselves (and so write days in the reader's order), unlike a note's literal values. */
const WORDED = new Set(["message", "opening", "focus_and_highlight", "attachments_paragraph", "interest", "next_steps_paragraph", "pass_thanks_paragraph", "subject_line", "interview_day", "interview_label", "what_they_said", "decision_day", "card_focus", "about_focus"]);

/** "I understood Keiko would send …": a step the note gives to someone by name, neither the reader nor "they". */
const OTHERS_PROMISE = /^I understood (?!(?:the|they|you|he|she|someone|HR)\b)\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} would\b/u;

/** The signature of a draft when the settings give no name: visible, so it is never sent blank. */
export const NAME_PLACEHOLDER = "[Your name]";

// ---------------------------------------------------------------- built-in wording

/**
 * Placeholders whose value is a sentence or more, written here because its wording depends on what
 * the note holds (a missing focus gives a general line, not an empty sentence) or varies from one
 * recipient to the next, so that a panel comparing notes finds letters written one by one.
 */
export const PROSE_PLACEHOLDERS: Readonly<Record<string, string>> = {
	greeting: "\"Hi Dana,\" (\"Dear Dana,\" on a card); \"Hello,\" when the note gives no name",
	message:
		"the whole letter between greeting and sign-off; its structure changes from one recipient to the next, so that two interviewers never get the same letter",
	subject_line: "\"Thank you – Platform engineer interview – Jordan Rivera\", worded for the kind of message",
	sign_off: `a closing line and your signature, or your name, or "${NAME_PLACEHOLDER}" when the settings have neither; just the signature when it has its own closing line ("Cheers,")`,
	opening: "a line of thanks that varies from one recipient to the next",
	focus_and_highlight:
		"what mattered to the interviewer and your experience that answers it, fitted into sentences; a general line about the conversation when the note has neither",
	attachments_paragraph: "the interviewer's supporting material, each introduced with what it shows, or nothing",
	pass_thanks_paragraph: "to a primary contact who also interviewed you: the request to thank the others by name, or nothing",
	interest: "that the conversation left you more interested in the role; varies from one recipient to the next",
	next_steps_paragraph: "the question about next steps and timeline, or nothing when the note already has the answer or you asked",
	what_they_said: "the check-in's reference to the decision date or the next steps you were told, or nothing",
	card_focus: "a line on what mattered to the interviewer, for a card",
	about_focus: "\" about\" and what mattered to the interviewer, or nothing",
	decision_day: "the decision date in words, \"Friday 27 November\", or nothing",
};

const EMAIL: DraftTemplate = { subject: "{{subject_line}}", body: "{{greeting}}\n\n{{message}}\n\n{{sign_off}}\n" };

const BUILT_IN_TEMPLATES: Readonly<Record<DraftTemplateKey, DraftTemplate>> = {
	"thank-you": EMAIL,
	"thank-you-via-primary-contact": EMAIL,
	"next-steps": EMAIL,
	"check-in": EMAIL,
	"close-out": EMAIL,
	"handwritten-note": { subject: "", body: "{{greeting}}\n\n{{message}}\n\n{{sign_off}}\n" },
	linkedin: { subject: "", body: "{{message}}\n" },
};

const TEMPLATE_PURPOSE: Readonly<Record<DraftTemplateKey, string>> = {
	"thank-you": "Thank-you email to each interviewer who has an email address, right after the interview.",
	"thank-you-via-primary-contact":
		"Thank-you email to the primary contact when an interviewer has no email address (or none are listed), asking them to pass your thanks on.",
	"next-steps": "Email asking the primary contact about next steps and the timeline, when nobody told you.",
	"check-in": "Email to the primary contact a week after your thank-you: still interested, any news?",
	"close-out": "A short, gracious closing message to the primary contact when an interview has gone quiet; optional to send.",
	"handwritten-note": "Text for a handwritten card to each interviewer.",
	linkedin: `LinkedIn invitation note to each interviewer with a profile; cut to ${LINKEDIN_NOTE_LIMIT} characters, {{about_focus}} first.`,
};

/** A starting point shown in each written-out template, for those who would rather arrange their own letter. */
const TEMPLATE_EXAMPLE: Readonly<Record<DraftTemplateKey, string>> = {
	"thank-you": "{{greeting}}\n\n{{opening}} {{focus_and_highlight}}\n\n{{attachments_paragraph}}\n\n{{interest}}\n\n{{sign_off}}",
	"thank-you-via-primary-contact":
		"{{greeting}}\n\nThank you for arranging my interview {{interview_day}}. Could I ask you to pass my thanks on to {{pass_thanks_to}}?\n\n{{next_steps_paragraph}}\n\n{{sign_off}}",
	"next-steps": "{{greeting}}\n\nThank you again for {{interview_day}}. Could you tell me what the next steps are for {{the_role}}?\n\n{{sign_off}}",
	"check-in": "{{greeting}}\n\nI wanted to follow up on my interview {{interview_day}}. {{what_they_said}}\n\n{{sign_off}}",
	"close-out": "{{greeting}}\n\nThank you again for considering me for {{the_role}}.\n\n{{sign_off}}",
	"handwritten-note": "{{greeting}}\n\nThank you for our conversation. {{card_focus}}\n\n{{sign_off}}",
	linkedin: "Hi {{interviewer.first_name}}, thank you for speaking with me {{interview_day}}{{about_focus}}.",
};

/** The sentence-sized placeholders each kind of draft answers, besides those its built-in uses. */
const PROSE_FOR: Readonly<Record<DraftTemplateKey, readonly string[]>> = {
	"thank-you": ["opening", "focus_and_highlight", "attachments_paragraph", "interest", "pass_thanks_paragraph"],
	"thank-you-via-primary-contact": ["opening", "interest", "next_steps_paragraph"],
	"next-steps": [],
	"check-in": ["what_they_said", "decision_day"],
	"close-out": [],
	"handwritten-note": ["card_focus"],
	linkedin: ["greeting", "about_focus"],
};

/** Closing lines: one per structure, so that the sign-offs of a panel differ as well. */
const THANK_YOU_CLOSINGS = ["Best regards,", "With thanks,", "Kind regards,", "Best wishes,", "Many thanks,"];
const CONTACT_CLOSINGS = ["Best regards,", "Kind regards,", "Best wishes,"];
const CARD_CLOSINGS = ["With thanks,", "Warm regards,", "With best wishes,", "All the best,"];

/** The closing line at `at`, or the next one that does not thank again right after a letter's last sentence did. */
function closingAfter(options: readonly string[], at: number, text: string): string {
	const last = text.trim().split(/[.!?]\s+/).pop() ?? "";
	const lower = text.toLowerCase();
	// "Many thanks for the time …" then "Many thanks,": a sign-off the letter already said is not said again (review 61).
	const fits = (option: string) => !lower.includes(option.replace(/,$/, "").toLowerCase()) && !(/\bthank/i.test(last) && /thank/i.test(option));
	for (let k = 0; k < options.length; k++) if (fits(options[(at + k) % options.length])) return options[(at + k) % options.length];
	return options[at];
}

/**
 * True when `clause` gives its time as part of a month ("in early December", "in mid-December", "late
 * in December") and `now` is already in that month: a letter cannot get in touch "before then".
 */
function withinNamedPart(clause: string, latest: Date, now: Date): boolean {
	const part = /\b(?:in (?:early|late) |in mid-|(?:early|late) in )(\p{Lu}\p{Ll}+)/u.exec(clause);
	return part !== null && part[1] === format(latest, "MMMM") && latest.getMonth() === now.getMonth() && latest.getFullYear() === now.getFullYear();
}

/** Words of a "do not bring up …" line that name no topic. */
// ("petsmart wants answer by 12/8 - DON'T mention to harbor paws" shared only "wants" with Greg's focus "he wants it under 10",
// and his focus was dropped for it, review 249: words any line may hold tie nothing.)
const NOT_TOPIC_WORDS = new Set(["again", "thing", "things", "stuff", "about", "their", "there", "mention", "bring", "never", "repeat", "share", "raise", "anything", "directly", "with", "wants", "wanted", "needs", "needed", "would", "could", "should", "theyre", "where", "which", "while", "these", "those", "because", "under", "after", "before", "other", "being", "think", "maybe", "really", "still", "going", "asked", "until", "since"]);

/**
 * A card is read days after it is written, perhaps the week after: "today" would be wrong by then, and "on Monday" could
 * be read as the Monday just gone; the date is not (review 78).
 */
function cardDay(start: Date, now: Date): string {
	return `on ${dayAndMonth(start, now)}`;
}

/** How long ago the interview was, for a warning: "9 days", "3 weeks" from two weeks on. */
function daysAgo(days: number): string {
	return days >= 14 ? `${Math.floor(days / 7)} weeks` : `${days} days`;
}

/** "Friday 27 November", with the year when it is not this year's. */
function dayInWords(day: Date, now: Date): string {
	return format(day, day.getFullYear() === now.getFullYear() ? "EEEE d MMMM" : "EEEE d MMMM yyyy");
}

/** How a message greets someone: the first name, never an address; "Hello" when the note gives no name. */
function hello(person: Person | undefined, salutation: "Hi" | "Dear"): string {
	// `Jim "JT" Thompson`, `Oleksandr (Sasha) Kovalenko`: the name the note says they go by.
	if (person?.nickname) return `${salutation} ${plainText(person.nickname)}`;
	return greeting(plainText(person?.name ?? ""), salutation, plainText(person?.title ?? ""));
}

/** Titles of people who hire for the company rather than do its work: recruiters, talent and HR partners. */
const HIRING_TITLE = /\b(?:recruit\w*|talent|sourc(?:er|ing)|HR|HRBP|human resources|people (?:partner|operations|team|ops)|(?:recruiting|interview|hiring) coordinator)\b/i;

/**
 * A title a letter may say ("as a principal engineer"), or null. A recruiter or talent partner did
 * not describe the work from inside it, so no line says they did.
 */
const CLIENT_POST = /\bclient (?:operations|ops|care|services?|success|relations|experience|support|onboarding|accounts?|engagement|management|intake|scheduling|coordinator|manager|director|lead|advocate|liaison|partner|representative|rep)\b/gi;

function sayableTitle(person: Person): string | null {
	const title = plainText(person.title ?? "");
	// "7th grade team lead / PE": two jobs typed with a slash are the note's shorthand, not a title a letter says.
	return HIRING_TITLE.test(title) || title.includes("/") ? null : titleWithArticle(title);
}

/** The first and last words of a name, as a note's own lines name a person ("ana", "ruiz"): titles and addresses left out. */
function nameEnds(name: string): string[] {
	// ("Gutierrez, Ray": a name's comma is no part of it.)
	const words = name.split(/\s+/).map((w) => w.replace(/,$/, "")).filter((w) => w !== "" && !w.endsWith(".") && !w.includes("@"));
	return [...new Set([words[0] ?? "", words[words.length - 1] ?? ""])];
}

/**
 * "grace.kim@westview.example": an address made of a first and a last name reads as that person's, offered to the user as the
 * name to write before it (review 210), never used in a greeting unasked. Null for any other address.
 */
function addressReadsAs(address: string): string | null {
	const local = /^([a-z]{3,15})[._]([a-z]{2,20})@/i.exec(address.trim());
	if (local === null || SHARED_MAILBOX.test(address)) return null;
	const cap = (w: string) => w[0].toUpperCase() + w.slice(1).toLowerCase();
	return `${cap(local[1])} ${cap(local[2])}`;
}

/** Someone named in full ("pass my thanks on to Bobby Tan"): the name they go by, with their surname. */
function fullName(person: Person): string {
	// "kim", "mike r": a name typed all in lower case is written with its capitals, as its greeting is.
	const typed = plainText(personLabel(person));
	// "Board chair", "CEO": someone the note knows only by their job is "your board chair" in a letter.
	const job = cleanName(typed);
	if (isJobHolder(job)) return `your ${job.split(" ").map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) ? w.toLowerCase() : w)).join(" ")}`;
	const label = /^[\p{Ll} .'’-]+$/u.test(typed) && !typed.includes("@") ? withCapitals(typed) : typed;
	// "Capt. Dana Reyes", "Sgt. Lou Brandt": a title is said as the letter would greet them, "Captain Reyes" (review 93:
	// "pass my thanks on to Sgt. Lou Brandt" read as a form filled in).
	if (hasHonorific(cleanName(label))) {
		const titled = greetingName(label, plainText(person.title ?? ""));
		if (titled.includes(" ")) return titled;
	}
	// ("pass my thanks on to Priya N.?", review 261: a surname known only by its initial is the notes' shorthand; the letter says
	// the first name.)
	const initialled = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) \p{Lu}\.?$/u.exec(label);
	if (!person.nickname) return initialled === null ? label : initialled[1];
	const ws = label.split(" ");
	// `Travis "Bones" Lindqvist` passed thanks: "Travis Lindqvist"; a crew's name beside a surname reads oddly
	// ("Bones Lindqvist", review 85). A short form of the first name ("Bart Quist") is the name he goes by.
	const nickname = plainText(person.nickname);
	const formOfName = namesFor(cleanName(label)).some((n) => n.toLowerCase() === nickname.toLowerCase());
	if (!formOfName) return cleanName(label);
	return ws.length > 1 && !ws[ws.length - 1].includes("@") ? `${nickname} ${ws[ws.length - 1]}` : label;
}

/** What a letter calls someone it names in passing: the name they go by, else the first name. */
function callName(person: Person): string {
	return person.nickname ? plainText(person.nickname) : greetingName(plainText(person.name), plainText(person.title ?? ""));
}

/** A stable number from text: the same note always gets the same structures. */
/** The names the reader goes by in a note, with their initials ("RS to txt re: ride-along" is Rick Santangelo's own step). */
function withInitials(name: string): string[] {
	const initials = initialsOf(name);
	return initials === null ? namesFor(name) : [...namesFor(name), initials];
}

function seedOf(text: string): number {
	// FNV-1a: short texts that differ by a letter still land far apart.
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

/**
 * A signature whose first line ends in a comma ("Cheers,") brings its own closing line; any other
 * signature, or the name, goes under ours; with neither, a visible "[Your name]".
 */
function signOff(settings: Pick<Settings, "myName" | "signature">, closing: string): string {
	const signature = settings.signature.replace(/\r\n?/g, "\n").trim();
	if (signature) return /,\s*$/.test(signature.split("\n")[0]) ? signature : `${closing}\n${signature}`;
	const name = plainText(settings.myName);
	return `${closing}\n${name || NAME_PLACEHOLDER}`;
}

function nextStepsPending(interview: Interview): boolean {
	const { records } = interview;
	return !interview.nextSteps && !records.nextStepsAsked && !records.replyReceived;
}

/**
 * The person whose thank-you also asks about next steps (the primary contact, when they are asked
 * to pass thanks on), or null when no thank-you does: the drafts put the question there rather
 * than in a second email the same day.
 */
export function thankYouAsksNextStepsOf(interview: Interview): Person | null {
	if (!nextStepsPending(interview)) return null;
	// The primary contact's thank-you carries it: to one who interviewed, their personal one.
	const pc = interview.primaryContact;
	const carrier = thankYouMessages(interview).find((m) => !m.personal || m.passThanksTo.length > 0 || (pc !== undefined && (m.to === pc || samePerson(m.to, pc))));
	return carrier ? carrier.to : null;
}

/** What a subject line calls the role: "Platform engineer", else the company, else the interview's date. */
function subjectRole(interview: Interview, now: Date): string {
	const role = subjectRoleName(plainText(interview.role));
	if (role !== "") return /\b(?:role|position|job|interview)$/i.test(role) ? role : `${role} role`;
	const company = plainText(interview.company);
	if (company !== "") return `${company} role`;
	return `interview on ${dayAndMonth(interview.start, now)}`;
}


/** "Thank you – Platform engineer interview – Jordan Rivera": the user's name when known. */
function subjectLine(parts: string[], settings: Pick<Settings, "myName">): string {
	const name = plainText(settings.myName);
	// Each part starts with a capital, as a subject line's parts do: "Inventory control supervisor
	// interview", typed "inventory control supervisor"; "iOS engineer" and "eBay" keep theirs.
	// "charge nurse — 5 North": a dash inside a part reads as one more part, so it is a comma there.
	// "(long-term sub -> permanent)", "(nights, 0.9 FTE)": the note's asides stay out of the subject;
	// a word or two that names the job ("(CT/X-ray)", "(contract)") stays in it.
	const capital = (part: string) => {
		const p = part
			.replace(/ ?\(([^()]*)\)/g, (aside, inner: string) => (/^[\p{L}\d/-]+(?: [\p{L}\d/-]+)?$/u.test(inner.trim()) && !SCHEDULE.test(inner) ? aside : ""))
			.replace(/ {2,}/g, " ")
			.trim()
			// ("Physical Therapist - Home Care": a short last part is in brackets, as the letter's body writes it, review 154.)
			.replace(/^([^()–—]+?)\s[-–—]\s((?:[\p{L}\d/&]+ ){0,3}[\p{L}\d/&]+)$/u, (m, role: string, last: string) => {
				const suffix = / (?:interview|role|position)$/.exec(last);
				const kept = suffix === null ? last : last.slice(0, suffix.index);
				return kept.split(" ").length <= 3 && kept !== "" ? `${role} (${kept})${suffix?.[0] ?? ""}` : m;
			})
			.replace(/\s[-–—]\s/g, ", ");
		return /^\p{Ll}\p{Ll}/u.test(p) ? p[0].toUpperCase() + p.slice(1) : p;
	};
	return [...parts.map(capital), ...(name ? [name] : [])].join(" – ");
}

// ---------------------------------------------------------------- facts from the note

/** Words of the note that are names and keep their capitals wherever they stand. */
function namesOf(interview: Interview, settings: Pick<Settings, "myName">): string[] {
	return [
		plainText(interview.company),
		...interview.interviewers.map((p) => plainText(p.name)),
		plainText(interview.primaryContact?.name ?? ""),
		plainText(settings.myName),
		...capitalisedWords(interview),
	].filter((n) => n !== "");
}

/**
 * Words the user capitalised in the middle of a sentence anywhere in the note's focus and
 * highlight fields ("at Brightline", "the Pebble system"): names, wherever else they stand.
 */
const PLAIN_WHEN_ALONE = /^(?:State|County|City|National|Federal|Regional|Community|General|Central|North|South|East|West|Public|Union|Valley|University|College|School|District|Museum|Hospital|Center|Centre|Health|Care|Services?)$/;

const DAY_IN_WORDS = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** `decision_expected` falls on a day before the interview's: a slip in the note, named, and never said back. */
function decisionSlipped(interview: Interview): boolean {
	return interview.decisionExpected !== undefined && differenceInCalendarDays(interview.decisionExpected, interview.start) < 0;
}

/** True when a clause names, in words, a day that is over at `now` (the nearest such day to `now`, of this year or the next). */
function namesDayOver(clause: string, now: Date): boolean {
	return dayOverIn(clause, now) !== null;
}

/** A step the user would take part in: a round, a visit, a test; never the team's ("a panel debrief", "meeting two more candidates"). */
const ATTENDED_STEP = /\bnext step was (?:an?|the|my) (?:[\p{L}\d-]+ ){0,3}(?:round|interview|panel|meeting|visit|demo|tour|ride-along|shadow|shadowing|trial|onsite|on-site|stage check|checkride|check ride|assessment|presentation|exam|skills day|observation)\b(?! (?:debrief|review|discussion|decision))/u;

/** The first day in words a clause names that is over by `now` ("Thursday, December 3"), or null. */
function dayOverIn(clause: string, now: Date): string | null {
	for (const m of clause.matchAll(DAY_IN_WORDS)) {
		const month = MONTHS.indexOf(m[1] ?? m[4]);
		const date = Number(m[2] ?? m[3]);
		const candidates = [now.getFullYear() - 1, now.getFullYear(), now.getFullYear() + 1].map((y) => new Date(y, month, date));
		const nearest = candidates.reduce((a, b) => (Math.abs(b.getTime() - now.getTime()) < Math.abs(a.getTime() - now.getTime()) ? b : a));
		if (!isAfter(endOfDay(nearest), now)) return m[0];
	}
	return null;
}

/** After "their", what a company's staff would call their own: its people, bodies, and what they run and decide. */
const OURS = /^(?:general manager|GM|manager|director|owner|owners|board|CEO|VP|head|chief|team|HR|hiring manager|committee|panel|supervisor|boss|(?:[\p{L}\d&-]+ ){0,3}(?:audit|inspection|review|budget|meeting|mtg|retreat|reorg|re-org|merger|move|launch|rollout|season|busy season|fiscal year|year-end|close|freeze|hiring freeze|approval|sign-off|funding|grant|vote|holiday|holidays|break|shutdown|conference|survey|accreditation))\b/u;
/** Whose "their" is never the reader's: the other candidates, the user's references. */
const OTHERS_THEIR = /\b(?:candidates?|applicants?|others|finalists|references|refs)\b[^,;]*$/;

const FIGURE = String.raw`[~≈]?[$€£]?\d[\d.,]*\+?(?: ?(?:[%kKmM]|hours?|hrs?|days?|minutes?|mins?|weeks?|seconds?|secs?|percent))?`;
// Only after a change of a measure ("cutting mispicks …", "helping cut chronic absence …"): "how I took a 120-room property
// from 3.6 to 4.5" says nothing without them.
// ("cut missed install appts from 11 to 2 a month": the rate goes with its figures, never "… appointments a month", review 224.)
const FROM_TO = new RegExp(String.raw`\b((?:cut|cutting|reduced|reducing|lowered|lowering|grew|growing|increased|increasing|improved|improving|dropped|dropping|boosted|boosting|raised|raising|shortened|shortening) (?:[\p{L}\d-]+ ){1,4}?)from ${FIGURE} to (?:under |over |about |below |above )?${FIGURE}(?: \p{Ll}{2,}s)?(?: (?:a|per|each) (?:day|week|month|year|shift|quarter))?(?=$|[ ,;.])`, "gu");
// ("grew e-bike service revenue 30% in a year" was "grew e-bike service revenue in a year" on a card, review 228: the time a
// share was had in goes with it.)
const BY_SHARE = /,? by (?:about |nearly |over |more than |almost |roughly )?\d[\d.,]*(?: ?%| percent)(?: (?:in|over|within) (?:a|one|two|three|six|\d{1,2}) (?:year|years|months?|quarters?|weeks?))?(?=$|[ ,;.])/g;

/**
 * A card's words about the user without the figures of a result: "cutting mispicks from 1.9% to 0.6% on nights" is
 * "cutting mispicks on nights" in ink; the figures belong in the email (reviews 117, 123). Kept as it was when what is
 * left says too little.
 */
/** Words of a line written for the user's eyes only: health, hearsay, money, a rival offer. */
// ("dale's son might be taking over, kyle hinted its messy": talk of who takes over or leaves, and hints, review 212.)
const NOT_FOR_A_LETTER = /\b(?:might be taking over|taking over from|(?:might|may|could) be (?:leaving|retiring|selling|quitting)|hinted|health|sick|illness|apparently|rumou?red|rumou?rs?|gossip|quietly|between us|off the record|drinks?|drunk|affair|divorc\w*|lawsuit|fired|pays? (?:less|more|better|worse)|offer|dog|cat|kids?|whisper\w*|written up|wrote \w+ up|write-?ups?|lowball\w*|disciplined|let slip|overheard|between you and me|(?:don['’]?t|do not|doesn['’]?t|does not|never) get along|butt(?:ing)? heads|can['’]?t stand|drama|argued|arguing|argument|awkward)\b|= ?low\b|\$ ?\d/i;

/** Words after which a phrase is not done: "brought teller variances | from 11 …", "getting crews | to finish …". */
const NEEDS_MORE = /^(?:to|from|down|up|into|onto|out|off|back|below|under)$/;

/**
 * The short form a card says, whole: "about getting crews" and "how I brought teller variances" had been cut before the
 * words that finish them (review 177). A short form cut there is the full one, when that is short enough for a card, or
 * none.
 */
function wholeShort(full: string, short: string | null): string | null {
	if (short === null || short === full || !full.startsWith(`${short} `)) return short;
	const rest = full.slice(short.length + 1);
	const next = rest.split(" ")[0] ?? "";
	// ("how I brought teller variances | at Harbor CU from 11 a month to 2": a verb that says where it brought them needs it.)
	const moved = /^(?:how I |the time I )?(?:brought|got|took|kept|moved|pushed|pulled|bringing|getting|taking|keeping|moving|pushing|pulling) /.test(short) && /\b(?:from|to|down|up|under|below)\b/.test(rest);
	if (!NEEDS_MORE.test(next) && !moved) return short;
	return full.split(" ").length <= 12 ? full : null;
}

export function withoutFigures(short: string | null): string | null {
	if (short === null) return null;
	const cut = short.replace(FROM_TO, (_m, lead: string) => lead.trimEnd()).replace(BY_SHARE, "");
	return cut !== short && cut.split(" ").filter((w) => /\p{L}{2}/u.test(w)).length >= 3 ? cut : short;
}

/**
 * What a focus says after its topic, where no letter says it and no other warning names it: "their cage wash backlog is
 * huge since the tunnel washer went down in Oct" gives the topic "the cage wash backlog", and the rest went unsaid
 * without a word (review 123). Found after the topic's last word as typed; null when that word cannot be found (the
 * topic was written out from shorthand) or the rest is a word or two.
 */
export function untoldRest(typed: string, topic: string, leftOut: readonly string[]): string | null {
	const isWordChar = (c: string) => /[\p{L}\d]/u.test(c);
	const bare = (w: string) => trimWhere(w.toLowerCase(), (c) => !isWordChar(c));
	const last = bare(topic.split(" ").pop() ?? "");
	if (last.length < 2) return null;
	// ("own the _billing_ service", told as left out without its marks: the rest is read without them too, or told twice.)
	const words = typed.split(/\s+/).map((w) => trimWhere(w, (c) => c === "*" || c === "_")).filter((w) => w !== "");
	let at = -1;
	for (let i = words.length - 1; i >= 0; i--) {
		if (bare(words[i]) === last) {
			at = i;
			break;
		}
	}
	if (at === -1) return null;
	let rest = words.slice(at + 1).join(" ");
	for (const typedPart of leftOut) {
		const part = trimWhere(typedPart, (c) => c === "." || c === ";" || c === ",", false);
		const k = rest.toLowerCase().indexOf(part.toLowerCase());
		if (part !== "" && k !== -1) rest = rest.slice(0, k) + rest.slice(k + part.length);
	}
	rest = rest.split(/\s+/).filter((w) => w !== "").join(" ");
	// ("> bakers scramble at 3am", "… missed flashing +": an arrow's head and a plus at the cut are the note's marks, review 221.)
	rest = trimWhere(trimWhere(rest, (c) => /[\s,;:.!?\-–—>→=+&]/u.test(c), true, false), (c) => /[\s,;:\-–—+&<=]/u.test(c), false, true);
	const content = rest.split(" ").filter((w) => /\p{L}{2}/u.test(w));
	return content.length >= 4 || (content.length >= 2 && /\d/.test(rest)) ? rest : null;
}

/** A text without the characters `drop` names at its start and its end, read with two scans (linear on any input). */
function trimWhere(text: string, drop: (c: string) => boolean, start = true, end = true): string {
	let from = 0;
	let to = text.length;
	while (start && from < to && drop(text[from])) from++;
	while (end && to > from && drop(text[to - 1])) to--;
	return text.slice(from, to);
}

function capitalisedWords(interview: Interview): string[] {
	const out = new Set<string>();
	const people = [...interview.interviewers, ...(interview.primaryContact ? [interview.primaryContact] : [])];
	// Titles are left out: they are written in title case ("Head of Design"), names or not.
	for (const p of people) {
		for (const text of [p.focus, p.highlight]) {
			if (!text) continue;
			// Read as the letter shows it: "[[Billing rewrite|billing rewrite]]" says "billing", not "Billing".
			// Item by item: the first word of a list's item is capitalised as a sentence's is.
			for (const item of noteItems(text)) {
				const words = item.split(/\s+/);
				// Capitalised words in a row are one name ("Prairie Wind"): its later words are no names by themselves.
				let run: string[] = [];
				// ("State U": a word that is a plain noun elsewhere is no name by itself; "state history standards" keeps its case, review 124.)
				const flush = () => {
					if (run.length > 0 && !(run.length === 1 && PLAIN_WHEN_ALONE.test(run[0]))) out.add(run.join(" "));
					run = [];
				};
				// An acronym anywhere, the first word too ("COTAs"): the note's own spelling of a word typed elsewhere in lower case.
				for (const word of words) {
					const w = bareWord(word);
					if (/^\p{Lu}{2,}s?$/u.test(w)) out.add(w);
				}
				for (let i = 1; i < words.length; i++) {
					// "Took Mercy's HCAHPS cleanliness …": a name with its possessive is the name (review 117).
					const w = bareWord(words[i]).replace(/['’]s$/u, "");
					if (/^\p{Lu}\p{Ll}+$/u.test(w) && !/[.!?:;]$/.test(words[i - 1]) && !/^[-*#>]$/.test(words[i - 1])) {
						if (run.length > 0 && !/\P{L}$/u.test(words[i - 1])) run.push(w);
						else {
							flush();
							run = [w];
						}
					} else flush();
				}
				flush();
			}
		}
	}
	return [...out];
}

/** A word without the marks around it: "(Brightline," → "Brightline". */
function bareWord(word: string): string {
	let from = 0;
	let to = word.length;
	while (from < to && !/\p{L}/u.test(word[from])) from++;
	while (to > from && !/[\p{L}\d]/u.test(word[to - 1])) to--;
	return word.slice(from, to);
}


/** Kinds of paper a link's last words may name: ".../asq-cqe-certificate" is a certificate. */
const URL_PAPERS = new Set(["certificate", "certification", "portfolio", "resume", "cv", "deck", "slides", "report", "proposal", "memo", "summary", "writeup", "case study", "writing sample", "work sample"]);

/** What a bare link names in its last words ("the certificate"), or "" for a link that names nothing. */
function urlTitle(url: string, names: readonly string[] = []): string {
	const end = url.search(/[?#]/);
	let path = end === -1 ? url : url.slice(0, end);
	while (path.endsWith("/")) path = path.slice(0, -1);
	const slash = path.lastIndexOf("/");
	if (slash < path.indexOf("//") + 2) return "";
	const words = path
		.slice(slash + 1)
		.replace(/\.[a-z0-9]{2,4}$/i, "")
		.toLowerCase()
		.split(/[-_]+/);
	// ".../annual-report-2025": the year goes before the paper it dates, "the 2025 annual report".
	const year = words.length > 1 && /^(?:19|20)\d\d$/.test(words[words.length - 1]) ? words.pop() : undefined;
	// ".../jordan-rivera-reel-2026": the user's own name is no part of the title ("the 2026 reel").
	const named = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
	// ".../my-reset-checklist-draft": a draft, or a version, of the paper the words before name, and the user's own where it
	// says "my" (review 213 found it sent as "There's more detail here").
	const draft = words.length > 2 && /^(?:draft|v\d{1,2}|final|wip)$/.test(words[words.length - 1]) ? words.pop() : undefined;
	const mine = words[0] === "my";
	const title = paperTitle(words.filter((w, i) => i === words.length - 1 || !named.has(w)));
	const owned = title === "" || (!mine && draft !== "draft") ? title : title.replace(/^the /, `${mine ? "my" : "the"} ${draft === "draft" ? "draft " : ""}`);
	return year !== undefined && owned !== "" ? owned.replace(/^the /, `the ${year} `) : owned;
}

/** "the remote triage checklist" from the words of an address's last part, or "" when they name no paper. */
function paperTitle(words: string[]): string {
	const two = words.slice(-2).join(" ");
	const last = words[words.length - 1] ?? "";
	if (URL_PAPERS.has(two)) return `the ${two}`;
	if (!namesPaper(last)) return URL_PAPERS.has(last) ? `the ${last}` : "";
	// ".../remote-triage-checklist.pdf": the words before the kind of paper, while they are plain words.
	let from = words.length - 1;
	while (from > words.length - 3 && /^[a-z]{4,}$/.test(words[from - 1] ?? "")) from--;
	return `the ${words.slice(from).join(" ")}`;
}

/** Words too common to tie a highlight's line to a focus. */
const COMMON_WORDS = new Set("with from that this their they them have what when your about into over more most some just very also will would could should been were does done made make work team role jobs job".split(" "));

/** A focus's or a line's words that can tie the two: words of four letters or more, and initialisms, without a plural's "s". */
function tieWords(text: string): Set<string> {
	const words = text.match(/\p{L}[\p{L}\d]+/gu) ?? [];
	return new Set(words.filter((w) => (w.length >= 4 || /^\p{Lu}{2,}$/u.test(w)) && !COMMON_WORDS.has(w.toLowerCase())).map((w) => w.toLowerCase().replace(/s$/, "")));
}

/**
 * A highlight written as a list, with the line that answered the focus first: "rope access L2 (IRATA)" then "did 40+ LEP
 * repairs" to the one whose focus was LEP repairs leads with the repairs, which a card or a short letter says (review 132).
 * A list whose first line already shares a word with the focus, or none does, is kept as typed; nothing is dropped.
 */
export function answerFirst(highlight: string | undefined, focus: string | undefined): string | undefined {
	if (highlight === undefined || focus === undefined) return highlight;
	const lines = highlight.split("\n");
	if (lines.length < 2 || lines.length > 12 || noteItems(highlight).length !== lines.length) return highlight;
	const wanted = tieWords(focus);
	const shares = (line: string) => [...tieWords(line)].some((w) => wanted.has(w));
	if (shares(lines[0])) return highlight;
	const at = lines.findIndex(shares);
	if (at <= 0) return highlight;
	return [lines[at], ...lines.slice(0, at), ...lines.slice(at + 1)].join("\n");
}

/** What an attachment is and how a sentence names it; `file` for one the user attaches by hand. */
function attachmentFacts(person: Person, names: string[]): { facts: AttachmentFacts[]; files: string[]; noAddress: string[] } {
	const facts: AttachmentFacts[] = [];
	const files: string[] = [];
	const noAddress: string[] = [];
	// "Fossil sort lesson plan.pdf" beside a highlight on a "fossil-sorting station": the user's own
	// lower case says the file name's capital is only the first word's.
	const plainWords = new Set((`${person.focus ?? ""} ${person.highlight ?? ""}`.match(/\p{L}+/gu) ?? []).filter((w) => /^\p{Ll}/u.test(w)));
	for (const raw of person.attachments) {
		const link = parseWikiLink(raw);
		const md = /^\s*\[([^\]]*)\]\(<?([^)>\s]+)>?\)\s*$/.exec(raw);
		const text = plainText(raw);
		if (link) {
			const file = link.display;
			files.push(file);
			const kind = plainKind(file);
			facts.push({ kind, title: titled(file, kind, names, plainWords), url: null, file: true });
		} else if (md) {
			const label = plainText(md[1]);
			const kind = attachmentKind(label, md[2]);
			// "Idempotency design doc (redacted)" → "the idempotency design doc (redacted)".
			// "HLAC audit checklist I built": the user's own making is said after the title, never the label in quotes (review 134).
			const made = USER_MADE.exec(label);
			const { title, aside } = titleAside(made === null ? label : label.slice(0, made.index));
			// "[Letter of recommendation from Dr. Lang](…)": a letter is named by who wrote it, as a file of one is.
			// "[Portfolio - kitchens & built-ins](…)": the user's portfolio, of what the title says after the dash, never the
			// title in quotes (review 144).
			const own = /^(portfolio|work samples|writing samples|case studies|lookbook|gallery)\s+[-–—:]\s+([\p{L}\d ,&'’/-]{2,60})$/iu.exec(title);
			const ownPhrase = own === null ? null : `my ${own[1].toLowerCase()} of ${own[2].replace(/ & /g, " and ").replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`;
			const head = label === "" ? null : kind === "letter" ? titled(label, kind, names, plainWords) : (ownPhrase ?? titlePhrase(fileTitle(title), { names, plainWords }));
			// "[ASCP MT cert](https://…)": a credential held, linked where it can be checked, is the user's own, "my ASCP MT
			// certification", never a label in quotes (review 153).
			const held = head === null && /^[\p{L}\d&/ -]{2,40} (?:cert|certs|certification|certificate|licen[cs]e|credential|registration)$/iu.test(label) ? `my ${label.replace(/ certs?$/i, " certification")}` : null;
			if (held !== null) {
				facts.push({ kind: "credential", title: held, url: md[2], file: false });
				continue;
			}
			facts.push({ kind, title: head === null ? (label === "" ? "" : `"${label}"`) : kind === "letter" ? head : `${withTitleAside(head, aside)}${made === null || aside !== null ? "" : made[0]}`, url: md[2], file: false });
		} else if (/^https?:\/\/\S+$/i.test(text)) {
			facts.push({ kind: attachmentKind("", text), title: urlTitle(text, names), url: text, file: false });
		} else if (/\b(?:link|url)s?$/i.test(text)) {
			// "Saltwater EP1 link": a link the user meant to paste, not a file to attach.
			noAddress.push(text);
		} else if (text !== "") {
			files.push(text);
			const kind = plainKind(text);
			facts.push({ kind, title: titled(text, kind, names, plainWords), url: null, file: true });
		}
	}
	return { facts, files, noAddress };
}

/** An aside that only names a file's format or that it is a copy: "(pdf)", "(scan)". */
const FORMAT_WORD = /^(?:pdf|docx?|png|jpe?g|scan(?:ned)?|copy|copies|file|attached)$/i;

/** Such an aside at the end of a name, lower case ("pdf" of "ServSafe cert (pdf)"), or null. */
function formatAside(name: string): string | null {
	const aside = titleAside(name.trimEnd()).aside?.trim().toLowerCase() ?? null;
	return aside !== null && FORMAT_WORD.test(aside) ? aside : null;
}

/** "ServSafe cert (pdf)" as a title says it: "ServSafe certificate (pdf)". */
function spelledOut(name: string): string {
	return name.replace(/\b([Cc])ert(s?)\b(?!')/g, (_, c: string, s: string) => `${c}ertificate${s}`);
}

/** What a file the user attaches is, by its name: "(pdf)" after a name says it is a document. */
function plainKind(name: string): AttachmentFacts["kind"] {
	const kind = attachmentKind(spelledOut(name), null);
	return kind === "link" && /^(?:pdf|docx?|scan(?:ned)?|copy)$/.test(formatAside(name) ?? "") ? "document" : kind;
}

/** Who a letter is from, by its file name ("Letter from Ana Ruiz.pdf", "Reference - Ana Ruiz.pdf"). */
function letterAuthor(file: string): string | null {
	// "York Glaziers Trust reference letter": who wrote it, named before it (review 139).
	const before = /^(\p{Lu}[\p{L}\d&'’. -]{1,60}?) (?:reference|recommendation) letter(?:\.[a-z\d]{1,5})?$/iu.exec(file);
	if (before !== null && /^\p{Lu}/u.test(before[1]) && !/^(?:my|the|a|an|signed|scanned)$/i.test(before[1])) return before[1];
	const marker = /(?:\bfrom|\s[-–—])\s/i.exec(file);
	// "Reference (Dale at FastSigns).pdf": who wrote it, in brackets after it.
	const bracketed = /\(([^()]+)\)(?:\.[a-z\d]{1,5})?$/i.exec(file);
	if (!marker) return bracketed !== null && !FORMAT_WORD.test(bracketed[1].trim()) && /^\p{Lu}/u.test(bracketed[1].trim()) ? bracketed[1].trim() : null;
	const rest = file.slice(marker.index + marker[0].length).trimStart();
	const withoutExtension = rest.replace(/\.[a-z\d]{1,5}$/i, "");
	return withoutExtension || rest || null;
}

const PICTURE = /\b(?:image|diagram|drawing|sketch|schematic|design|mock-?up|screenshot|photo|chart|plot|overview)s?\b/i;

/**
 * "Tolerance stack-up.png" → "the tolerance stack-up image"; a name that does not read as a phrase
 * ("Sample unit plan - stoichiometry.pdf", "Pebble tokens overview.png") is named once, in quotes,
 * as the reader will see it in the mail.
 */
function titled(name: string, kind: AttachmentFacts["kind"], names: string[], plainWords: ReadonlySet<string>): string {
	const file = name.replace(/^.*\//, "");
	if (kind === "letter") {
		const from = letterAuthor(file);
		return from ? `a letter of recommendation from ${plainText(from)}` : "a letter of recommendation";
	}
	// "wingback-before-after.pdf", "settee_repair_quote_2026.pdf": three words and more joined into one slug are a file's
	// name, not a noun phrase ("the wingback-before-after PDF", review 56): the file is named as it is.
	// "plate-map-template.pdf" is a template by its last word: its words are a phrase ("the plate map template", review 128).
	const slug = /^([\p{Ll}\d]+(?:[-_][\p{Ll}\d]+){2,})(?:\.[a-z\d]{1,5})?$/u.exec(file);
	if (slug !== null && namesPaper(slug[1].split(/[-_]/).pop() ?? "") && !/\d/.test(slug[1])) {
		const phrase = titlePhrase(slug[1].replace(/[-_]/g, " "), { names, plainWords });
		if (phrase !== null) return phrase;
	}
	if (/^[\p{L}\d]+(?:[-_][\p{L}\d]+){2,}(?:\.[a-z\d]{1,5})?$/iu.test(file)) {
		// "hardman-panel-before-after.jpg": a picture is said as one, its file named after it (review 139).
		if (kind === "image") return `${/\bbefore[-_](?:and[-_])?after\b/i.test(file) ? "a before-and-after photo" : "an image"}, "${file}"`;
		return /\.[a-z\d]{1,5}$/i.test(file) ? file : `"${file}"`;
	}
	// "Q3 QBR deck (draft).pptx": the aside is read apart and said after the title.
	let { title: base, aside } = titleAside(fileTitle(spelledOut(file)));
	// "RDH license + CPR card (pdf)": a plus between two things is "and"; an aside that only names the file's format says nothing to the reader.
	base = base.replace(/ [+&] /g, " and ");
	if (aside !== null && FORMAT_WORD.test(aside.trim())) aside = null;
	let phrase = titlePhrase(base, { names, plainWords });
	// "METRC reconciliation SOP - sample (redacted).pdf": a sample of the thing, "a redacted sample of the METRC reconciliation
	// SOP", never "the … SOP for sample (redacted)" (review 170).
	const sampled = / [-–—] (sample|example|excerpt)$/i.exec(base);
	const sampledHead = sampled === null ? null : titlePhrase(base.slice(0, sampled.index), { names, plainWords });
	if (sampled !== null && sampledHead !== null) {
		const state = aside !== null && /^(?:redacted|anonymi[sz]ed|draft)$/i.test(aside.trim()) ? `${aside.trim().toLowerCase()} ` : "";
		if (state !== "") aside = null;
		const what = sampled[1].toLowerCase();
		return withTitleAside(`${article(state || what)} ${state}${what} of ${sampledHead}`, aside);
	}
	// "Stowage plan sample - Nordic Star.pdf", "Gaming license - NV.pdf": what comes after the dash is said as an aside.
	const dash = / [-–—] /.exec(base);
	if (phrase === null && dash !== null && aside === null) {
		const head = titlePhrase(base.slice(0, dash.index), { names, plainWords });
		if (head !== null) {
			aside = base.slice(dash.index + dash[0].length).trim();
			base = base.slice(0, dash.index);
			phrase = head;
		}
	}
	// "RDH license and CPR card": a credential named in plain words is named as written.
	// "GWO certificates 2026": a year after it dates it, and is said first ("the 2026 GWO certificates").
	const dated = /^([\p{L} ]+) ((?:19|20)\d\d)$/u.exec(base);
	const [plain, year] = dated ? [dated[1], `${dated[2]} `] : [base, ""];
	if (phrase === null && kind === "credential" && /^[\p{L} ]+$/u.test(plain) && plain.split(" ").length <= 6) phrase = `the ${year}${plain.replace(/^\p{Lu}\p{Ll}+\b/u, (w) => w.toLowerCase()).replace(/\bcert(s?)$/, "certificate$1")}`;
	if (phrase === null) {
		const noun: Partial<Record<AttachmentFacts["kind"], string>> = { image: "an image", slides: "the slides", document: "a document", code: "the code", video: "a short video" };
		// Named as the user typed it, without an aside that only gives the format ("(pdf)").
		const shownName = aside === null && formatAside(file) !== null ? file.slice(0, file.lastIndexOf("(")).trimEnd() : file;
		return noun[kind] ? `${noun[kind]}, "${shownName}"` : `"${shownName}"`;
	}
	// "Calloway Inn lobby.pdf": the lobby's PDF, not the lobby.
	const pdf = /\.pdf$/i.test(file) && kind !== "credential" && !namesPaper(`${base} ${phrase}`) ? " PDF" : "";
	const noun = kind === "image" && !PICTURE.test(base) ? " image" : kind === "slides" && !/\b(?:slides?|deck)\b/i.test(base) ? " slides" : pdf;
	return withTitleAside(`${phrase}${noun}`, aside);
}

const VIDEO = /video|zoom|teams|meet|remote|virtual/;
/** A format that says the user was met in person, whatever came before it: "phone then onsite", "video + onsite" (review 250, 254). */
const IN_PERSON = /\b(?:on-?site|in[- ]person|face[- ]to[- ]face|at the (?:office|shop|store|site))\b/;

/** The interview was a call ("phone", "call", a "screen" that was not on video). */
function byPhone(interview: Interview): boolean {
	const format = (interview.format ?? "").toLowerCase();
	// "onsite, ride along on farm calls": a format that says first where it was met is that, whatever its work was (review 146).
	if (/^\W*(?:on-?site|in[- ]person|face[- ]to[- ]face|shadow|ride[- ]along)\b/.test(format)) return false;
	// ("phone then onsite", "phone screen + in person": met in person after the call, review 250.)
	if (IN_PERSON.test(format)) return false;
	// ("format: ph", "tel": a phone written short, review 187.)
	return /phone|call|^\W*(?:ph|tel)\W*$/.test(format) || (/screen/.test(format) && !VIDEO.test(format));
}

/** What the interview was, for "Thank you for organising my interviews": by its format and size. */
function meetingOf(interview: Interview): string {
	const format = (interview.format ?? "").toLowerCase();
	// Several people in one sitting of up to 90 minutes are one panel: "my video interview".
	// (A start or an end with no time says nothing of how long it ran: "zoom, ~30 min" with two people was "my video interviews"
	// (review 221), and "phone w big mike + tony", ending on a day alone, "my calls" (review 226).)
	const several = interview.lengthUnknown !== true && interview.interviewers.length > 1 && interview.end.getTime() - interview.start.getTime() > 90 * 60_000;
	if (byPhone(interview)) return several ? "my calls" : "my call";
	// "format: stage (working interview)": the work tried is named as the note names it, never "my interview" (review 94).
	const worked = TRIAL_OF_WORK.exec(format);
	if (worked !== null) return `my ${worked[1].toLowerCase().replace(/^shadowing/, "shadow")}`;
	// ("video + onsite": met in person too, never "my video interview", review 254.)
	if (VIDEO.test(format) && !IN_PERSON.test(format)) return several ? "my video interviews" : "my video interview";
	return several ? "my interviews" : "my interview";
}


// ---------------------------------------------------------------- rendering

type Values = Record<string, PlaceholderValue>;

interface Rendered {
	subject: string;
	body: string;
}

/** Empty placeholders leave gaps; a draft keeps single spaces and at most one blank line. */
function tidyBody(text: string): string {
	return text
		.replace(/\r\n?/g, "\n")
		.split("\n")
		.map((line) => oneStop(line.replace(/(\S)[ \t]{2,}/g, "$1 ").trimEnd()))
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.replace(/^(?:[ \t]*\n)+/, "")
		.trimEnd();
}

function tidyLine(text: string): string {
	// (A part the note put in quotes is quoted once: `it leaves out ""we'll let jenna know""`, review 226.)
	// (Quotes inside it are curled, so that the quote around it reads as one: `("mike said "we'll let jenna know"")`.)
	return oneStop(text.replace(/\s+/g, " ").trim().replace(/^["“]([^"“”]*)["”]$/u, "$1").replace(/"([^"]*)"/g, "“$1”"));
}

/** "…at Precision Dynamics Mfg.." → "…Mfg.": a name's own full stop ends the sentence it closes. */
function oneStop(line: string): string {
	return line.replace(/(\p{L})\.\.(?=[\s"'”’)]|$)/gu, "$1.");
}

/** Cuts at a word boundary and marks the cut with an ellipsis; never splits a word. */
export function truncateAtWord(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const room = limit - 1;
	let cut = -1;
	for (let j = room; j > 0; j--) {
		if (/\s/.test(text[j])) {
			cut = j;
			break;
		}
	}
	const head = cut === -1 ? "" : trimEndWhere(text.slice(0, cut), (c) => ",;:—–-".includes(c) || isWhitespace(c));
	return head + "…";
}

function recordDay(value: RecordValue | undefined, now: Date): string {
	if (!value || value.at === null) return "";
	return ` on ${dayAndMonth(value.at, now)}`;
}

/** Why this draft may not be wanted: the step is recorded, or the interview is no longer active. */
function requestWarnings(interview: Interview, kind: ActionKind, now: Date, settings: DraftContext["settings"]): string[] {
	const r = interview.records;
	const out: string[] = [];
	const noun = KIND_NOUN[kind];
	if (interview.status !== "active") {
		out.push(
			kind === "close-out" && interview.status === "offer"
				? `This interview's status is "offer": a closing message is meant for an interview that went quiet. The draft is here, but check that you mean to send it.`
				: `This interview's status is "${interview.status}", so no follow-up is due: the ${noun} is drafted all the same, in case you still want to send it.`,
		);
	}
	const recorded = (key: string, what: string, value: RecordValue | undefined) => {
		if (value) out.push(`The note already records ${what}${recordDay(value, now)} (${key}): check that you mean to send another ${noun}.`);
	};
	// "decision_expected: 2026-12-01" for an interview on 2 December: a check-in would quote a day before they met (review 121).
	const expected = interview.decisionExpected;
	if (expected !== undefined && (kind === "check-in" || kind === "next-steps" || kind === "close-out") && decisionSlipped(interview)) {
		out.push(`decision_expected (${dayAndMonth(expected, now)}) is before the interview (${dayAndMonth(interview.start, now)}): check the date; the draft leaves it out.`);
	}
	switch (kind) {
		case "thank-you": {
			recorded("thank_you_sent", "a thank-you sent", r.thankYouSent);
			// A thank-you is sent the same day, a day later at the latest; days on, the user is told, as for a card (review 76).
			const days = differenceInCalendarDays(now, interview.start);
			// (Two days on already: a Saturday interview's thank-you drafted on the Monday is past its deadline, and had no word, review 197.)
			if (!r.thankYouSent && days >= 2) out.push(`The interview was ${daysAgo(days)} ago, and a thank-you is best sent within a day of it: sent now, it may read late, so check that you still mean to send it, or say so in a line of your own.`);
			break;
		}
		case "next-steps":
			recorded("next_steps_asked", "that you asked about next steps", r.nextStepsAsked);
			if (!r.nextStepsAsked && interview.nextSteps) out.push("The note already says what the next steps are (next_steps): check that you still need to ask.");
			// A check-in already sent asked for news: a next-steps email days after it is a second nudge (review 197).
			if (r.checkInSent !== undefined && !r.replyReceived) out.push(`The note already records a check-in sent${recordDay(r.checkInSent, now)} (check_in_sent): a next-steps email now would be a second nudge; check that you mean to send it.`);
			break;
		case "check-in":
			recorded("check_in_sent", "a check-in sent", r.checkInSent);
			if (r.thankYouSent === undefined) out.push("The note has no thank-you recorded yet (thank_you_sent): a check-in usually follows one by a week.");
			break;
		case "close-out":
			if (interview.status === "closed") out.push(`The note is already closed${interview.closedOn ? ` (closed_on ${dayAndMonth(interview.closedOn, now)})` : ""}: check that you mean to send a closing message.`);
			else if (interview.status === "active" && r.checkInSent === undefined && !r.replyReceived) {
				// Drafted the day after the interview, it would read as giving up before anyone could answer (review 68).
				const days = differenceInCalendarDays(now, interview.start);
				const when = days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
				out.push(
					days < 7
						? `The interview was ${when}, and the note has no check-in recorded yet (check_in_sent): a closing message comes weeks on, after the thank-you and a check-in have both gone unanswered. Sent now, it would close the door early.`
						: "The note has no check-in recorded yet (check_in_sent): a closing message comes after the thank-you and a check-in have both gone unanswered.",
				);
			} else if (interview.status === "active" && r.checkInSent !== undefined && !r.replyReceived) {
				// "check_in_sent: 2026-12-03", drafted on the 6th: the closing message opens a week on, and one drafted before it
				// had no word, where every close-out drafted before a check-in had one (reviews 174, 177, 178). Nor before the
				// decision day the note gives.
				const opens = opensOf(interview, settings, "close-out");
				const decided = interview.decisionExpected !== undefined && !decisionSlipped(interview) && isAfter(startOfDay(interview.decisionExpected), startOfDay(now)) ? interview.decisionExpected : null;
				if (opens !== null && isAfter(startOfDay(opens), startOfDay(now))) {
					out.push(`The check-in went${recordDay(r.checkInSent, now)}; a closing message is for when it too has gone unanswered, from ${dayInWords(opens, now)}${decided !== null && isAfter(startOfDay(decided), startOfDay(opens)) ? `, and the decision is expected on ${dayInWords(decided, now)}` : ""}. Sent now, it would close the door early.`);
				} else if (decided !== null) {
					out.push(`The decision is expected on ${dayInWords(decided, now)} (decision_expected): a closing message before then may close the door early.`);
				}
			}
			break;
		case "handwritten-note": {
			recorded("handwritten_note_sent", "a handwritten note sent", r.handwrittenNoteSent);
			// A card thanks for a conversation; weeks on, it arrives after the decision it was meant to help (review 50). Posted
			// five days on, it arrives a week or more after the interview (review 81: cards 8 to 12 days on had no word).
			const days = differenceInCalendarDays(now, interview.start);
			if (!r.handwrittenNoteSent && days >= 5) out.push(`The interview was ${daysAgo(days)} ago, and a card is best posted within a few days of it: check that you still mean to send one.`);
			// A card after a short screening call is more than the call asked for; the thank-you email is enough (review 86).
			if (!r.handwrittenNoteSent && byPhone(interview)) out.push("The interview was by phone: after a call, the thank-you email is usually enough, and a card can seem more than the occasion needs; send one only if you mean to.");
			break;
		}
		case "linkedin":
			recorded("linkedin_requested", "a LinkedIn invitation sent", r.linkedinRequested);
			break;
	}
	if ((kind === "check-in" || kind === "close-out" || kind === "next-steps") && r.replyReceived) {
		out.push(`They have already replied${recordDay(r.replyReceived, now)} (reply_received): check that this ${noun} still makes sense.`);
	}
	return out;
}

class DraftWriter {
	readonly drafts: Draft[] = [];
	private readonly problems: string[] = [];
	private readonly warnings: string[] = [];
	private readonly names: string[];
	private readonly seed: number;
	/** How the drafts' own words write a day (the shells resolve the "auto" setting); day first when not given. */
	private readonly order: DateOrder;
	/** The note's next steps as the last letter to the primary contact read them. */
	private nextStepsRead: { text: string; unread: boolean; leftOut: string[]; unsaid: string[] } = { text: "", unread: false, leftOut: [], unsaid: [] };
	/** The day a check-in drafted ahead of time falls due, when it is later than today: it may be sent then. */
	dueLater: Date | null = null;
	/** The "What mattered" lines of people none of whose line could be read, by name: the general-letter notice points at them. */
	unreadMattered = new Map<string, { line: number; quote: string; private: boolean }>();
	/** The last letter to the contact named the days it waits for (a decision day, or next steps that name one). */
	namesDays = false;
	/** The last day the check-in's steps or decision name, once it is written; null when they name none. */
	lastNamedDay: Date | null = null;

	constructor(
		readonly interview: Interview,
		readonly ctx: DraftContext,
	) {
		this.names = namesOf(interview, ctx.settings);
		this.seed = seedOf(`${plainText(interview.company)}\n${plainText(interview.role)}\n${interview.title}`);
		this.order = ctx.dateOrder ?? "day-month";
	}

	problem(text: string): void {
		const message = inDateOrder(text, this.order);
		if (!this.problems.includes(message)) this.problems.push(message);
	}

	warn(text: string): void {
		const message = inDateOrder(text, this.order);
		if (!this.warnings.includes(message)) this.warnings.push(message);
	}

	/**
	 * A letter to an address alone opens "Hello,": one message for every kind, naming the line of the notes that gives the
	 * address a name where one does ("Jorge Moreno is the loading foreman" for jmoreno@…).
	 */
	helloProblem(email: string, kindNoun: string): void {
		const address = plainText(email);
		const named = this.ctx.noteText === undefined ? null : addressNameMention(this.ctx.noteText, email);
		this.problem(
			named === null
				? SHARED_MAILBOX.test(address)
					? `${address} is a shared mailbox, so the ${kindNoun} to it opens "Hello,". If you know who reads it, write the entry as "Name <${address}>" to greet them by name.`
					: `The note gives no name for ${address}, so the ${kindNoun} to them opens "Hello,". Write the name before the address (${addressReadsAs(address) ?? "Name"} <${address}>) to greet them by it.`
				: `The note gives no name for ${address}, so the ${kindNoun} to them opens "Hello,": your notes on line ${named.line} name "${named.name}" ("${named.quote}"). Write the entry as "${named.name} <${address}>" to greet them by name.`,
		);
	}

	/** The phrases each draft made from the user's notes, to find the sentences that hold them. */
	private readonly sources = new Map<Draft, string[]>();

	/** Records which phrases from the notes a draft may hold. */
	from(draft: Draft, phrases: readonly (string | null | undefined)[]): void {
		// "your backlog" is "the backlog" where the sentence has a "your" of its own, or the letter is to someone else.
		const given = phrases.filter((p): p is string => typeof p === "string" && p.trim() !== "").flatMap((p) => (p.startsWith("your ") ? [p, `the ${p.slice(5)}`] : [p])).map((p) => inDateOrder(p, this.order));
		this.sources.set(draft, [...(this.sources.get(draft) ?? []), ...given]);
	}

	private readonly attachmentsRead = new Map<Person, ReturnType<typeof attachmentFacts>>();

	/** The person's attachments as the letters name them, read once however many drafts and checks use them. */
	attachments(person: Person): ReturnType<typeof attachmentFacts> {
		let read = this.attachmentsRead.get(person);
		if (!read) {
			read = attachmentFacts(person, this.names);
			this.attachmentsRead.set(person, read);
		}
		return read;
	}

	/** What a letter to this person may say from their focus and highlight, and their attachments' titles. */
	notePhrases(person: Person): string[] {
		const { topic, experience: e } = this.reading(person);
		// A file's title is its name read as words ("Redacted affidavit EN-ES.pdf"); a link's is the
		// user's own text, and a single word ("résumé") needs no second look.
		const titles = this.attachments(person)
			.facts.filter((a) => a.url === null)
			.map((a) => a.title.replace(/^(?:the|my|a|an) /i, ""))
			.filter((t) => t.split(" ").length > 1);
		return [topic?.text, topic?.short, e.statement, e.statementMid, e.reference, e.short, ...e.more, ...titles].filter((p): p is string => typeof p === "string");
	}

	result(kind: ActionKind): DraftResult {
		if (this.drafts.length > 0) {
			this.companyWarning();
			this.roleWarning();
		}
		for (const draft of this.drafts) {
			const phrases = this.sources.get(draft);
			if (!phrases) continue;
			// The call script says the letter's sentences again in other words: named only where the letter has none.
			const inBody = sentencesHolding(draft.body, phrases);
			const noted = inBody.length > 0 || draft.script === undefined ? inBody : sentencesHolding(draft.script, phrases);
			if (noted.length > 0) draft.fromNotes = noted;
		}
		for (const w of requestWarnings(this.interview, kind, this.ctx.now, this.ctx.settings)) this.warn(w);
		// "took offer at Tacoma General -> close this out politely", with the status still active (review 63).
		const ended = this.interview.status === "active" && (kind === "close-out" || kind === "check-in" || kind === "next-steps") && this.ctx.noteText !== undefined ? endedMention(this.ctx.noteText) : null;
		// "## stage / - 3.5 hr stage, saute stn": a trial of the work that the letters call a conversation (review 66).
		const talked = kind !== "linkedin" && this.drafts.some((d) => /\b(?:conversation|talk|talking|speak|speaking|spoke|call)\b/i.test(d.body)) && !byPhone(this.interview);
		const format = plainText(this.interview.format ?? "");
		// "onsite, working interview": the note's own format says the work was tried; the drafts still call it a conversation (review 74).
		const formatWorked = talked && TRIAL_OF_WORK.test(format);
		const seen = talked && !formatWorked && this.ctx.noteText !== undefined && !/trial|stage|working|shadow|test|demo/i.test(format) ? workedMention(this.ctx.noteText) : null;
		// ("- skills test thurs/fri" beside "next_steps: skills test (scheduling sw) thurs or fri": the trial the next steps name
		// is still to come, never this interview, reviews 241 and 243.)
		const worked = seen !== null && sameTrial(seen.quote, plainText(this.interview.nextSteps ?? "")) ? null : seen;
		if (formatWorked) this.warn(`The note's format is "${tidyLine(format)}": the draft speaks of the interview as a conversation; say it in your own words (the trial shift, the working interview) before sending.`);
		if (worked !== null) this.warn(`Your notes on line ${worked.line} say "${worked.quote}": if the interview was a trial of the work, the draft speaks of it as a conversation; say it in your own words (the trial shift, the working interview) before sending.`);
		if (ended !== null) this.warn(`Your notes on line ${ended.line} say "${ended.quote}", yet the status is active: if you took another offer or withdrew, set status: withdrawn, and the closing message will say so.`);
		this.contactWarnings();
		const { myName, signature } = this.ctx.settings;
		const signed = this.drafts.some((d) => d.body.includes(NAME_PLACEHOLDER));
		if (signed && plainText(myName) === "" && signature.trim() === "") {
			this.warn(
				`Your name is not in the settings, so the drafts are signed "${NAME_PLACEHOLDER}": replace it before sending, or set your name in the plugin settings ("myName" in data.json for the command line).`,
			);
		}
		return { drafts: this.drafts, problems: this.problems, warnings: this.warnings };
	}

	/** Override note first, built-in otherwise; an override's empty subject or body keeps the built-in one. */
	template(key: DraftTemplateKey): DraftTemplate {
		const builtIn = BUILT_IN_TEMPLATES[key];
		const override = this.ctx.templates?.[key];
		if (!override) return builtIn;
		return {
			subject: override.subject.trim() !== "" ? override.subject : builtIn.subject,
			body: stripComments(override.body).trim() !== "" ? override.body : builtIn.body,
		};
	}

	render(key: DraftTemplateKey, given: Values): Rendered {
		const template = this.template(key);
		// The drafts' own words write a day in the reader's order; what the note says stays literal.
		const values = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, typeof v === "string" && WORDED.has(k) ? inDateOrder(v, this.order) : v]));
		const subject = renderTemplate(template.subject, values, this.ctx.now);
		const body = renderTemplate(template.body, values, this.ctx.now);
		for (const name of [...subject.unknown, ...body.unknown]) {
			this.problem(
				`The "${key}" draft template uses {{${name}}}, which is not a placeholder this draft knows, so it is left in the text as written.`,
			);
		}
		return { subject: tidyLine(subject.text), body: tidyBody(body.text) };
	}

	private readonly valuesCache = new Map<Person | undefined, Values>();

	/** The note's placeholder values, for one interviewer when given; read once per person. */
	values(person?: Person): Values {
		let values = this.valuesCache.get(person);
		if (!values) {
			values = interviewPlaceholders(this.interview, this.ctx.settings, this.ctx.now, person);
			this.valuesCache.set(person, values);
		}
		return values;
	}

	email(kind: ActionKind, variant: DraftVariant, to: Recipient[], rendered: Rendered): Draft {
		// An address that does not look valid is kept in `to` but never goes into the link (SPEC §1).
		const addresses = linkableAddresses(to);
		const draft: Draft = {
			kind,
			variant,
			to,
			subject: rendered.subject,
			body: rendered.body,
			mailto: buildMailto(addresses, rendered.subject, rendered.body),
		};
		this.drafts.push(draft);
		return draft;
	}

	checkEmail(person: Person): void {
		if (person.email !== undefined && !isValidEmail(person.email.trim())) {
			this.problem(
				`The email address of ${plainText(person.name) || "a recipient"} ("${tidyLine(person.email)}") does not look valid, so the mail link leaves it out: correct it in the note, or type the address in your mail app.`,
			);
		}
	}

	/** The primary contact as recipient, with a word to the user when there is nobody to send to. */
	primaryRecipients(): Recipient[] {
		const pc = this.interview.primaryContact;
		if (!pc) {
			this.problem(
				"The note names no primary contact, so this message has no recipient: add primary_contact and primary_contact_email to the note, or fill in the address in your mail app.",
			);
			return [];
		}
		if (pc.email === undefined) {
			this.noAddressProblem(pc, true);
		}
		this.checkEmail(pc);
		return [recipientOf(pc)];
	}

	/** A note that no sentence can carry is left out, and the user is told which and why. */
	leftOut(person: Person, key: "focus" | "highlight", parts: string[], withheld?: WithheldReason, whole = false): void {
		if (parts.length === 0) return;
		const who = plainText(personLabel(person)) || "an interviewer";
		// What to write, said by its shape: one example for every field ("onboarding new hires", to a bakery, a dental office and an
		// HVAC shop) read as boilerplate, and asked a user whose note was clear to make it worse (reviews 196-198).
		// ("walked 30+ families thru FAFSA nights at lincoln hs" already starts with what was done: asked to, the user is told the
		// names and the shorthand instead, review 223.)
		const doneFirst = key === "highlight" && parts.some((p) => /^(?:i |I )?(?:\p{Ll}{2,}ed|ran|led|built|made|took|kept|cut|set|got|won|sold|taught|wrote|drove|did|grew|brought|caught|held|met|paid|put)\b/u.test(p.trim()));
		const advice = key === "focus" ? "Write what mattered to them as a short phrase, the thing itself or what they want done" : doneFirst ? "Write the names in it with their capitals and its shorthand in full" : "Write it as what you did, starting with the verb, and its result";
		// The whole note left out is quoted as typed, so that it can be found in the note; a part as read, once.
		const typed = tidyLine((key === "focus" ? person.focus : person.highlight) ?? "");
		const shown = `"${whole && typed !== "" ? typed : [...new Set(parts)].join("; ")}"`;
		if (withheld !== undefined && withheld !== "grammar" && withheld !== "stub" && withheld !== "unclear") {
			// Said without repeating the remark: the warning may be read over the user's shoulder.
			this.problem(`${whole ? "The" : "Part of the"} ${key} for ${who} was left out of the drafts: ${PRIVATE_REASON_TEXT[withheld]}.`);
			return;
		}
		const why =
			withheld === "grammar"
				? PRIVATE_REASON_TEXT.grammar
				: withheld === "stub"
					? "only one word of it could be used, which says too little"
					: withheld === "unclear"
						? "it could not be put into a sentence that reads right as written"
						: key === "focus"
							? "no topic could be read from it safely"
							: parts.join(" ").split(/\s+/).length <= 3
								? "it is too short to stand in a sentence"
								: "it could not be put into a sentence that reads right as written";
		this.problem(`${whole ? "The" : "Part of the"} ${key} for ${who} (${shown}) was left out of the drafts: ${why}. ${advice}, to have it used.`);
	}

	private readonly readings = new Map<Person, { topic: Topic | null; experience: ExperienceReading }>();
	/**
	 * "do NOT bring up the challenge thing again w/ linda" beside Linda's focus "book challenges": what the user means not
	 * to raise with someone is never said to them, and the user is told why (review 79). A word in common (its first six
	 * letters) ties the line to the focus or the highlight.
	 */
	private notRaised(person: Person, r: { topic: Topic | null; experience: ExperienceReading }): { topic: Topic | null; experience: ExperienceReading } {
		const text = this.ctx.noteText;
		if (text === undefined) return r;
		const line = notRaisedMention(text, nameEnds(plainText(person.name ?? ""))) ?? notRaisedWithAnyoneMention(text);
		if (line === null) return r;
		const stems = (words: string) => new Set((words.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter((w) => !NOT_TOPIC_WORDS.has(w)).map((w) => w.slice(0, 6)));
		const said = stems(line.quote);
		const shares = (field: string | undefined) => [...stems(field ?? "")].some((w) => said.has(w));
		const who = plainText(personLabel(person)) || "an interviewer";
		let { topic, experience } = r;
		if (topic !== null && shares(person.focus)) {
			topic = null;
			this.problem(`The focus for ${who} was left out of the drafts: your notes on line ${line.line} say "${line.quote}".`);
		}
		if ((experience.statement !== null || experience.reference !== null) && shares(person.highlight)) {
			experience = { ...experience, statement: null, statementMid: null, reference: null, short: null, more: [] };
			this.problem(`The highlight for ${who} was left out of the drafts: your notes on line ${line.line} say "${line.quote}".`);
		}
		return { topic, experience };
	}

	/** Whether the user's notes say each person hardly spoke: read once per person, as the readings are. */
	private readonly quietness = new Map<Person, boolean>();

	/** The person's focus and highlight, read once however many drafts use them; what cannot be used is reported. */
	reading(person: Person): { topic: Topic | null; experience: ExperienceReading } {
		let r = this.readings.get(person);
		if (!r) {
			const read = focusTopic(person.focus, { names: this.names, reader: [plainText(person.name ?? "")] });
			// ("I was glad you asked about my availability", "for your question about my availability for Saturday shifts", reviews
			// 256, 257, 259: thanks for a question of logistics draws the eye to an answer the user may have to walk back.)
			const focus: FocusReading = read.topic !== null && read.topic.kind === "question" && LOGISTICS.test(read.topic.text) ? { topic: null, leftOut: [plainText(person.focus ?? "")], withheld: "logistics" } : read;
			// ("… that i caught -> he nodded a lot": how the reader took it is never told them, reviews 247-248; "cut returns (I
			// think?? dont quote a number)": a claim the user doubts is never put in writing, review 249.)
			const doubted = withoutDoubtedClaims(withoutTheirReaction(person.highlight));
			let experience = experienceOf(answerFirst(doubted.text, person.focus), {
				names: this.names,
				reader: [plainText(person.name ?? "")],
				others: [...this.interview.interviewers, ...(this.interview.primaryContact ? [this.interview.primaryContact] : [])].filter((p) => p !== person).map((p) => plainText(p.name ?? "")),
			});
			this.leftOut(person, "focus", focus.leftOut, focus.withheld, focus.topic === null);
			const rest = focus.topic === null ? null : untoldRest(plainText(person.focus ?? ""), focus.topic.text, focus.leftOut);
			if (rest !== null) {
				this.problem(`The letters to ${plainText(personLabel(person)) || "an interviewer"} name only the topic of their focus ("${focus.topic?.text ?? ""}"), not the rest ("${tidyLine(rest)}"): a letter tells no one back what they said of their own work. Add it in your own words if it matters.`);
			}
			this.leftOut(person, "highlight", experience.leftOut, experience.withheld, experience.statement === null && experience.reference === null && experience.more.length === 0);
			if (doubted.dropped.length > 0) {
				const who = plainText(personLabel(person)) || "an interviewer";
				this.problem(`The drafts to ${who} leave out ${doubted.dropped.map((d) => `"${tidyLine(d)}"`).join(" and ")}: your note doubts it, and a letter puts it in writing. Add it once you are sure of it.`);
			}
			// "OSHA 10 done 11/26, 2 summers w/ habitat, own tools": a run of fragments with nobody doing
			// anything is the user's shorthand, not a sentence a letter can say "how" of.
			if (experience.statement !== null && experience.reference === null && !/\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b/.test(experience.statement)) {
				const who = plainText(personLabel(person)) || "an interviewer";
				this.problem(`The highlight for ${who} ("${tidyLine(person.highlight ?? "")}") was left out of the drafts: it does not say what you did. Write it as something you did, such as "spent two summers framing houses", to have it used.`);
				experience = { ...experience, statement: null, statementMid: null, more: [] };
			}
			// "sitting w/ the atheist vet at VA": one person's faith or health, said as the user typed it; the user checks it.
			const detail = experience.statement !== null || experience.reference !== null ? personalDetail(person.highlight ?? "") : null;
			if (detail !== null) {
				const who = plainText(personLabel(person)) || "an interviewer";
				this.warn(`The highlight for ${who} tells of one person's faith or health ("${tidyLine(detail)}"): a letter can be forwarded; check it says nothing that person would keep private, or describe them more generally.`);
			}
			const topic = focus.topic === null ? null : { ...focus.topic, short: wholeShort(focus.topic.text, focus.topic.short) };
			r = this.notRaised(person, { topic, experience: experience.reference === null ? experience : { ...experience, short: wholeShort(experience.reference, experience.short) } });
			this.readings.set(person, r);
		}
		return r;
	}

	/**
	 * "the senior product designer role at Ledgerly"; `short` for a card or an invitation, without the
	 * role's qualifiers: "chemistry teacher (grades 10-12)" and "program manager, youth housing" are
	 * "the chemistry teacher role" and "the program manager role" there.
	 */
	theRole(short = false): string {
		const role = plainText(this.interview.role);
		const company = plainText(this.interview.company);
		const letter = roleInLetter(role, company, { names: this.names });
		if (!short) return letter;
		// "the role of Lineworker, Distribution" on a card beside "the Distribution Lineworker role" in the letters: the short
		// form never reads as a form where the letters name the job (review 156).
		const brief = roleInSentence(shortRole(role), company, { names: this.names });
		return brief.startsWith("the role of ") && !letter.startsWith("the role of ") ? letter : brief;
	}

	/**
	 * The user's notes say this person hardly spoke ("barely spoke, took notes"): no letter says what they told the user
	 * of their work, nor how it looks to them (review 71: "It was useful to hear how the work looks to you, as a board member").
	 */
	quiet(person: Person): boolean {
		const text = this.ctx.noteText;
		if (text === undefined) return false;
		let known = this.quietness.get(person);
		if (known === undefined) {
			known = quietMention(text, nameEnds(plainText(person.name ?? ""))) !== null;
			this.quietness.set(person, known);
		}
		return known;
	}

	/**
	 * "dont email dunbar directly she said", "i have to go thru her for everything": the user's notes say not to write to
	 * someone a draft is addressed to, or that every message goes through one person; each draft to another is warned of,
	 * quoting the line (review 75). The notes are read, never quoted in a letter.
	 */
	contactWarnings(): void {
		// "primary_contact: rachel@talentbridge-staffing.com": a letter to an address alone opens "Hello,"; said for every kind,
		// as the thank-you says it, with the name the notes give the address when they do (review 154).
		for (const draft of this.drafts) {
			if (draft.kind === "thank-you" || draft.mailto === null) continue;
			for (const to of draft.to) if (to.name.trim() === "" && to.email) this.helloProblem(to.email, KIND_NOUN[draft.kind]);
		}
		const text = this.ctx.noteText;
		if (text === undefined) return;
		// "no grievances lost", and in the body "I oversold it a bit — we did lose one": a claim the user took back is named
		// beside the draft that makes it (review 171).
		for (const person of this.interview.interviewers) {
			const claim = person.highlight === undefined ? "" : plainText(person.highlight);
			const back = claim === "" ? null : takenBackMention(text, claim);
			if (back !== null && this.drafts.some((d) => d.to.some((to) => to.name === plainText(person.name)))) this.warn(`Your notes on line ${back.line} say "${back.quote}": the draft to ${plainText(person.name)} repeats the highlight "${tidyLine(claim)}"; make sure every word of it is true before sending.`);
		}
		const pc = this.interview.primaryContact;
		// Each recipient once, however many drafts go to them.
		const names = [...new Set(this.drafts.flatMap((d) => d.to.map((to) => to.name)))].filter((name) => name !== "");
		const notToWrite = new Set<string>();
		for (const name of names) {
			const ends = nameEnds(name);
			const said = noContactMention(text, ends);
			if (said !== null) {
				notToWrite.add(name);
				this.warn(`Your notes on line ${said.line} say "${said.quote}": check before writing to ${name} directly.`);
			} else {
				// "gus (mgr) ran it, i know him from ASA mixer": the drafts speak of meeting him at the interview (review 216).
				const knew = this.drafts.some((d) => (d.kind === "linkedin" || d.kind === "thank-you" || d.kind === "handwritten-note") && d.to.some((to) => to.name === name)) ? knewBeforeMention(text, ends) : null;
				if (knew !== null) this.warn(`Your notes on line ${knew.line} say "${knew.quote}": the draft to ${name} is written as to someone first met at the interview; say in your own words that you knew them before.`);
				// "do NOT bring up the challenge thing again w/ linda": the draft to Linda is checked for it (review 79).
				const raised = notRaisedMention(text, ends);
				if (raised !== null) this.warn(`Your notes on line ${raised.line} say "${raised.quote}": check that the draft to ${name} does not raise it.`);
				// "follow up: send omar the restricted fund tracker template i mentioned": the letter to Omar says nothing of
				// it; the user is reminded (review 80).
				const owed = toSendMention(text, ends);
				if (owed !== null) this.warn(`Your notes on line ${owed.line} say "${owed.quote}": the draft to ${name} does not mention it; ${owed.hedged ? "decide whether to send it" : "attach it, or say when it will come"}.`);
				// "3x12? she said 8s. confirm w brianna": a question the user meant to put to them, which no draft asks (review 86).
				const question = toAskMention(text, ends);
				if (question !== null) this.warn(`Your notes on line ${question.line} say "${question.quote}": the draft to ${name} does not ask it; add the question if you still mean to.`);
			}
			// "capt said hed txt by sun. no email really, txt 907-555-0199": an email may not be read at all (review 85).
			const emailed = this.drafts.some((d) => d.mailto !== null && d.to.some((to) => to.name === name));
			const person = [...this.interview.interviewers, ...(pc ? [pc] : [])].find((p) => plainText(p.name) === name);
			// "capt said …" of Capt. Dale Rusk: the title his name is written with names him too.
			const titleWords = hasHonorific(plainText(person?.name ?? "")) ? [plainText(person?.name ?? "").split(" ")[0].replace(/\.$/, "")] : [];
			const byText = emailed ? notByEmailMention(text, ends, titleWords, names.length === 1 && this.interview.interviewers.length <= 1) : null;
			if (byText !== null) this.warn(`Your notes on line ${byText.line} say "${byText.quote}": check whether a text or a call would reach ${name} better than this email.`);
			// "yolanda applied for this job too and didnt get it": the letter to her says how much the user wants the role (review 82).
			const rival = rivalMention(text, ends);
			if (rival !== null) this.warn(`Your notes on line ${rival.line} say "${rival.quote}": the draft to ${name} speaks of wanting the role; check its tone before sending.`);
		}
		const through = throughOneMention(text);
		const others = names.filter((name) => name !== plainText(pc?.name ?? "") && !notToWrite.has(name));
		if (through !== null && others.length > 0) {
			this.warn(`Your notes on line ${through.line} say "${through.quote}": check whether to write to ${joinNames(others)} yourself or send it through ${pc ? plainText(pc.name) : "them"}.`);
		}
	}

	/**
	 * " Your notes mention Ana on line 18 ("ana asked abt working w/ difficult brides"): …", for the
	 * people a thank-you is general to, when the note's own text names them; "" otherwise. The lines
	 * are quoted to the user only, never put in a letter.
	 */
	/** "the note says nothing of what mattered to them", unless a line under "What mattered" does and could not be read. */
	saysNothing(people: readonly Person[], them: string): string {
		return people.some((p) => this.unreadMattered.has(plainText(p.name ?? ""))) ? `nothing the note says of what mattered to ${them} could be used as written` : `the note says nothing of what mattered to ${them}`;
	}

	mentionsSaid(people: readonly Person[]): string {
		const text = this.ctx.noteText;
		if (text === undefined) return "";
		const said: string[] = [];
		// "tam -> no-shows kill them" of Tamsin Reyes: the short name the notes give someone finds their lines too (review 207).
		const shorts = this.shortNames();
		for (const person of people) {
			const name = plainText(person.name ?? "");
			const called = callName(person);
			const first = nameWordsOf(name)[0] ?? "";
			// "Bjorn's health isn't great apparently", "Tom's dog barked … pays less": a line of gossip, health or pay is never
			// pointed at as something that "can go in their focus", which is sent (reviews 155, 158).
			const found = mentionsOf(text, [...nameEnds(name), ...[...shorts].filter(([, of]) => of === first).map(([word]) => word)]).filter((m) => !["pay", "visa", "leaving"].includes(privateRemark(m.quote, "focus") ?? "") && !criticises(m.quote) && personalDetail(m.quote) === null && !NOT_FOR_A_LETTER.test(m.quote));
			// "- astrid: their freelancer db is a mess …" under "What mattered": the line that says it is named first, and why
			// none of it was read (review 232: the notice said the note was silent, and pointed at other lines).
			const unread = this.unreadMattered.get(name);
			if (unread !== undefined) {
				said.push(`${called !== "" ? called : name} on line ${unread.line}${unread.private ? "" : ` ("${unread.quote}")`}, under "What mattered", which ${unread.private ? "holds something for your eyes only (something not to mention, pay, gossip, a fault of their team's, a doubt), so none of it was used" : "could not be put into a sentence as written"}`);
				continue;
			}
			if (found.length === 0) continue;
			const lines = found.map((m) => m.line);
			// Each line named is quoted: "lines 18 and 20" with line 18 alone quoted left the user to find the other (review 54).
			said.push(`${called !== "" ? called : name} on line${lines.length > 1 ? "s" : ""} ${lines.join(" and ")} (${found.map((m) => `"${m.quote}"`).join(" and ")})`);
		}
		return said.length === 0 ? "" : ` Your own notes below the properties mention ${joinNames(said)}: what mattered to ${said.length === 1 ? "them" : "each"} there can go in their focus.`;
	}

	/**
	 * The role's shorthand written out ("Enterprise AE" is "enterprise account executive"), said once
	 * for the whole draft: every letter names the role, and each sentence would otherwise be listed. A
	 * role typed in full is the user's own title, said as typed: nothing to check.
	 */
	/**
	 * "Top Gear Driving Schl": a word of the company's name with no vowel, typed in a hurry, goes into every message and onto a
	 * card; the user is told once (review 215). ("Eastside Martial Arts Academy": a capital vowel is a vowel, review 218.)
	 */
	companyWarning(): void {
		const clipped = plainText(this.interview.company).match(/\b[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]{2,}\b/gu);
		if (clipped !== null) this.problem(`The company is written "${tidyLine(plainText(this.interview.company))}" in every message: if "${clipped[0]}" is shorthand, write the name out in the note as the company writes it.`);
	}

	roleWarning(): void {
		const role = plainText(this.interview.role).trim();
		// "Type 2 crew - CRWB(t)": the part after the dash is left out of the letters; when it is shorthand in capitals, it
		// may be the title itself (a crew boss trainee), and the user is told (review 117).
		const cut = Math.max(role.lastIndexOf(" - "), role.lastIndexOf(" – "), role.lastIndexOf(" — "), role.lastIndexOf(", "));
		const dropped = cut > 0 ? role.slice(cut + 2).trim() : "";
		if (/\p{Lu}{4}/u.test(dropped) && !this.theRole().includes(dropped)) {
			this.problem(`The role "${tidyLine(role)}" is said as "${tidyLine(this.theRole())}" in every message, without "${tidyLine(dropped)}": if that part is the job's title, write the role out in the note as you would say it.`);
			return;
		}
		const written = roleWritten(role);
		// ("Front Desk / Studio Coordinator" said "Front Desk/Studio Coordinator": a slash closed up is no word written out, and
		// was told in every output of two notes, review 216.)
		if (written === role || written === role.replace(/(\p{L}) \/ (?=\p{L})/gu, "$1/")) return;
		// What the messages say, quoted as they say it: "poll wrkr coord (temp->perm)" was said to be written out with its
		// "(temp->perm)", which no message carries (review 184).
		const said = shortRole(role);
		this.problem(`The role "${tidyLine(role)}" is written out as "${tidyLine(said !== "" && written.startsWith(said) ? said : written)}" in every message: if that is not how you'd say it, write the role out in the note.`);
	}

	/**
	 * The day they expect to decide, in words, while it is still to come: a day after today. On the day
	 * itself "you expect to decide by Friday 4 December" reads as a day ahead; nothing is said of it (review 56).
	 */
	decisionAhead(): string | null {
		const day = this.interview.decisionExpected;
		return day && isAfter(startOfDay(day), this.ctx.now) ? dayInWords(day, this.ctx.now) : null;
	}

	letterFacts(person: Person | undefined, passThanksTo: string[], askNextSteps: boolean, index: number, panel = 1): LetterFacts {
		const base = this.values(person);
		const read = person ? this.reading(person) : null;
		const quiet = person !== undefined && this.quiet(person);
		return {
			when: String(base.interview_day),
			theRole: this.theRole(),
			company: companyInSentence(String(base.company)),
			topic: read?.topic ?? null,
			experience: read?.experience ?? { statement: null, statementMid: null, reference: null, short: null, more: [], links: [] },
			title: person && !quiet ? sayableTitle(person) : null,
			quiet,
			// ("phone screen w/ shelby (hr/recruiter)": a post the body gives counts as one typed, review 173.)
			recruits: person !== undefined && person !== null && HIRING_TITLE.test(plainText(person.title ?? "") || this.titleInBody(person)),
			attachments: person ? this.attachments(person).facts : [],
			passThanksTo,
			// "Maria Delgado <…>, Pieter van Dijk, Okafor, …" read as one person: a letter never says an address in a name; it
			// asks to thank everyone (review 121), and the user is warned of the line.
			everyone: this.interview.interviewers.length === 0 || passThanksTo.some((n) => /[<>@]/.test(n)),
			askNextSteps,
			decision: this.decisionAhead(),
			decisionToday: this.interview.decisionExpected !== undefined && isSameDay(this.interview.decisionExpected, this.ctx.now),
			decisionPast: this.decisionOver(),
			// "decision_expected: before the holidays": no day, but the words they gave, which a letter never asks for again
			// (review 187: "…and when you expect to make a decision?").
			decisionWords: this.decisionInWords(),
			index,
			panel,
			seed: this.seed,
			byPhone: byPhone(this.interview),
		};
	}

	/** The values a letter gives its template: the whole message and its building blocks. */
	letterValues(letter: Letter): Values {
		return {
			message: letter.paragraphs.join("\n\n"),
			opening: letter.parts.opening,
			focus_and_highlight: letter.parts.focusAndHighlight,
			attachments_paragraph: letter.parts.attachments,
			interest: letter.parts.interest,
			next_steps_paragraph: letter.parts.nextSteps,
		};
	}

	/**
	 * One draft per person; person i gets the wordings of place i. A text equal to an earlier one
	 * (an override template without names, say) moves on to the wordings of a later place.
	 */
	perPerson(key: DraftTemplateKey, people: Person[], build: (person: Person, index: number) => Values): { person: Person; rendered: Rendered; values: Values }[] {
		const seen = new Map<string, Person>();
		const out: { person: Person; rendered: Rendered; values: Values }[] = [];
		people.forEach((person, i) => {
			let chosen: { rendered: Rendered; values: Values } | null = null;
			for (let t = 0; t < 6; t++) {
				const values = build(person, i + t * Math.max(people.length, 1));
				const rendered = this.render(key, values);
				if (t === 0) chosen = { rendered, values };
				if (!seen.has(rendered.body)) {
					chosen = { rendered, values };
					break;
				}
			}
			if (!chosen) return;
			const twin = seen.get(chosen.rendered.body);
			if (twin) {
				this.problem(
					`The drafts for ${plainText(twin.name)} and ${plainText(person.name)} have the same text: give the template {{message}} or {{interviewer.first_name}}, or tell them apart in the note.`,
				);
			} else seen.set(chosen.rendered.body, person);
			// "Mei Lin Cho" greeted "Hi Mei": a first name may be two words (Mei Lin, Mary Ann); three words are asked about (review 120).
			const words = plainText(person.name).trim().split(/\s+/).filter((w) => !/^(?:de|da|del|van|von|der|la|le|di|du|bin|al|jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
			const first = greetingName(plainText(person.name));
			if (words.length === 3 && first !== "" && !hasHonorific(plainText(person.name)) && /^\p{Lu}\p{Ll}+$/u.test(words[1])) {
				// (Never "if their first name is 'Beth Ann'" of a greeting that already says "Beth Ann", review 125.)
				const two = `${words[0]} ${words[1]}`;
				this.problem(first === two ? `The drafts greet ${plainText(person.name)} as "${first}": if they go by "${words[0]}" alone, change the greeting.` : `The drafts greet ${plainText(person.name)} as "${first}": if their first name is "${two}", change the greeting.`);
			}
			out.push({ person, ...chosen });
		});
		return out;
	}

	thankYou(): void {
		const { interview, ctx } = this;
		// Who gets which thank-you is the people module's answer; this only writes the letters.
		// "…, Dana Whitfield and hr@kesslercounty.gov": a shared mailbox gave no one's time, so no letter thanks it as if it had;
		// the user is told, and how to give it to the person it belongs to (review 154).
		const sharedBox = (m: { to: Person; personal: boolean; passThanksTo: Person[] }) => m.personal && m.passThanksTo.length === 0 && m.to.name.trim() === "" && m.to.email !== undefined && SHARED_MAILBOX.test(plainText(m.to.email));
		const messages = thankYouMessages(interview).filter((m) => {
			if (!sharedBox(m)) return true;
			const box = plainText(m.to.email ?? "");
			this.warn(`${box} is a shared mailbox, not a person, so no thank-you is written to it. If it is the address of someone on the panel, write their entry as "Name <${box}>".`);
			return false;
		});
		// "dr.jo.castellano@kesslerrx.com" alone: the letter can only open "Hello,"; the user is told, as a card's missing name
		// is (review 140).
		for (const m of messages) if (m.to.name.trim() === "" && m.to.email !== undefined) this.helloProblem(m.to.email, "thank-you");
		const passFor = new Map(messages.map((m) => [m.to, m.passThanksTo]));
		const label = String(this.values().interview_label);
		const personalCount = messages.filter((m) => m.personal).length;
		// What the panel's letters have said so far: each later letter says something else where it can.
		const taken = new Set<string>();
		const personal = this.perPerson(
			"thank-you",
			messages.filter((m) => m.personal).map((m) => m.to),
			(person, index) => {
				// A primary contact who interviewed gets the request to thank the others, and the next-steps
				// question the separate message would have carried.
				const pass = passFor.get(person) ?? [];
				const passTopic = pass.length === 1 ? this.passTopic(pass[0]) : null;
				const askNextSteps = person === thankYouAsksNextStepsOf(interview);
				const pc = interview.primaryContact;
				// Thanked for setting the day up only when their title says they arrange interviews: a fire chief on a promotion
				// board or a marina's owner did not (review 70).
				const organiser = pc !== undefined && !interview.contactChosen && (person === pc || samePerson(person, pc)) && interview.interviewers.length > 1 && HIRING_TITLE.test(plainText(person.title ?? pc.title ?? ""));
				const letter = personalThankYou({ ...this.letterFacts(person, pass.map(fullName), askNextSteps, index, personalCount), passTopic, organiser, taken });
				const structure = (this.seed + index) % THANK_YOU_CLOSINGS.length;
				return {
					...this.values(person),
					...this.letterValues(letter),
					pass_thanks_paragraph: letter.parts.passThanks,
					greeting: `${hello(person, "Hi")},`,
					subject_line: subjectLine(thankYouSubject(structure, label), ctx.settings),
					sign_off: signOff(ctx.settings, closingAfter(THANK_YOU_CLOSINGS, structure, letter.paragraphs.join(" "))),
				};
			},
		);
		// Letters the note gives nothing personal to: said, so that none is sent as a form letter.
		const general: { person: Person; label: string }[] = [];
		for (const { person, rendered } of personal) {
			this.checkEmail(person);
			if (person.email === undefined) {
				this.noAddressProblem(person, false);
			}
			const { files: attached, noAddress } = this.attachments(person);
			const files = attached.map((f) => `"${f}"`);
			if (noAddress.length > 0) {
				this.problem(`The thank-you to ${plainText(personLabel(person))} leaves out ${joinNames(noAddress.map((f) => `"${tidyLine(f)}"`))}: the note gives no address for it. Write the link itself in attachments (or as "[title](https://…)") to have it included.`);
			}
			if (files.length > 0) {
				this.problem(`Attach ${joinNames(files)} to the thank-you to ${plainText(personLabel(person))} yourself: a mail link cannot carry files.`);
			}
			if ((person.focus ?? "").trim() === "" && (person.highlight ?? "").trim() === "") general.push({ person, label: plainText(personLabel(person)) || "an interviewer" });
			const pass = passFor.get(person) ?? [];
			// The title as the letter says it ("as an ops manager") is the note's too.
			this.from(this.email("thank-you", "personal", [recipientOf(person)], rendered), [...this.notePhrases(person), pass.length === 1 ? this.passTopic(pass[0]) : null, sayableTitle(person)]);
		}
		// "Gordon Pike … attachments: [Sample memory care calendar](…)", with no address for Gordon: thanked through another,
		// his material went in no letter, without a word (review 118). The user is told.
		const lettered = new Set(personal.map((p) => p.person));
		for (const p of interview.interviewers) {
			if (lettered.has(p) || (p.attachments ?? []).length === 0) continue;
			this.problem(`${plainText(personLabel(p)) || "An interviewer"} gets no thank-you of their own (the note gives no address), so the material listed for them goes in no letter: add their address, or send it yourself.`);
		}
		// "Dr. Helen Marsh", focus and highlight written out and no address: thanked in a line of Kevin's letter, with what
		// mattered to her in none, and not a word said (review 262).
		// (Or a line of the user's own notes about them, not read: Greg's "the booking software migration — …", the same review.)
		const unsaid = this.thankedThrough().filter((t) => !lettered.has(t.person) && ((t.person.focus ?? "").trim() !== "" || (t.person.highlight ?? "").trim() !== "" || this.unreadMattered.get(plainText(t.person.name))?.private === false));
		for (const group of new Set(unsaid.map((t) => t.group))) {
			const people = unsaid.filter((t) => t.group === group).map((t) => t.person);
			const via = unsaid.find((t) => t.group === group)?.via;
			const one = people.length === 1;
			const asker = via === undefined ? "" : callName(via) || plainText(personLabel(via));
			const through = asker === "" || via === undefined ? "the letter to the primary contact asks for your thanks to be passed on" : `your letter to ${plainText(personLabel(via))} asks ${asker} to pass your thanks on`;
			const said = one && group.length === 1 && this.passTopic(people[0]) !== null ? ", naming what you talked about" : `, and what mattered to ${one ? "them" : "each"} goes in no letter`;
			this.problem(`${joinNames(people.map((p) => plainText(personLabel(p)) || "an interviewer"))} ${one ? "gets" : "get"} no thank-you of their own (the note gives no address for ${one ? "them" : people.length === 2 ? "either" : "any of them"}): ${through}${said}. Add ${one ? "their address" : "their addresses"} to have ${one ? "a letter" : "letters"} written to ${one ? "them" : "each"}, or thank ${one ? "them" : "each"} on a card.`);
		}
		// A template of the user's own without the built-in letter ({{message}}) says what it says.
		if (general.length > 0 && /\{\{\s*message\s*\}\}/.test((ctx.templates?.["thank-you"] ?? BUILT_IN_TEMPLATES["thank-you"]).body)) {
			const them = general.length === 1 ? "them" : "each of them";
			this.problem(`The thank-you${general.length === 1 ? "" : "s"} to ${joinNames(general.map((g) => g.label))} ${general.length === 1 ? "is a general one" : "are general ones"}: ${this.saysNothing(general.map((g) => g.person), them)}. Add focus (what they cared about) and highlight (what of yours answered it) to their entry, or a line of your own before sending.${this.mentionsSaid(general.map((g) => g.person))}`);
		}
		// "Director of Music, St Mark's (client)": someone the employer works for, not the employer; the letter's "the role at
		// Whitcomb Organ Works is what I'm looking for" reads as if theirs to fill (review 116).
		// ("Account Manager (pharma client)": the client in brackets is the one they manage, review 157.)
		// ("Director of Client Operations", "Client Care Lead": a post of the employer's that serves its clients, review 231.)
		const clients = messages.filter((m) => m.personal && /\bclients?\b/i.test(plainText(m.to.title ?? "").replace(/\((?!(?:the )?clients?\))[^()]*\)/gi, "").replace(CLIENT_POST, "")));
		if (clients.length > 0) this.problem(`${joinNames(clients.map((m) => plainText(personLabel(m.to))))} ${clients.length === 1 ? "is" : "are"} the employer's client, as the note's title says: the thank-you speaks of the role at ${plainText(interview.company).trim()} as if theirs to fill. Thank ${clients.length === 1 ? "them" : "each"} for their time and their view of the work, and keep the interest in the role for the employer's own letters.`);
		// With no primary contact, the message that would ask them is still drafted, for the user to address.
		const via = messages.find((m) => !m.personal);
		const unreached = !interview.primaryContact && (interview.interviewers.length === 0 || interview.interviewers.some((p) => p.email === undefined));
		if (via || unreached) {
			const to = this.primaryRecipients();
			const people = via ? via.passThanksTo : interview.interviewers.filter((p) => p.email === undefined);
			const names = people.map(fullName);
			const facts = { ...this.letterFacts(undefined, names, nextStepsPending(interview), 0), passTopic: people.length === 1 ? this.passTopic(people[0]) : null };
			const met = interview.interviewers.map(callName).filter((n) => n !== "");
			const letter = viaPrimaryContact({ ...facts, meeting: meetingOf(interview), met: met.length === interview.interviewers.length && new Set(met).size === met.length ? met : [] });
			const rendered = this.render("thank-you-via-primary-contact", {
				...this.values(),
				...this.letterValues(letter),
				greeting: `${hello(interview.primaryContact, "Hi")},`,
				subject_line: subjectLine(["Thank you", label], ctx.settings),
				sign_off: signOff(ctx.settings, CONTACT_CLOSINGS[this.seed % CONTACT_CLOSINGS.length]),
			});
			this.from(this.email("thank-you", "via-primary-contact", to, rendered), [facts.passTopic]);
			// An agency's recruiter who was not in the room, asked to pass thanks on, while someone who was has an address
			// (reviews 119, 123): the routing is SPEC §2's, and the user is told of the other way.
			const present = messages.filter((m) => m.personal).map((m) => m.to);
			if (via !== undefined && people.length > 0 && present.length > 0 && this.contactIsAgency()) {
				this.problem(`${plainText(personLabel(via.to))} was not in the interview and is asked to pass your thanks to ${joinNames(people.map(fullName))}: you may prefer to ask ${plainText(personLabel(present[0]))}, who was, in your letter to them.`);
			}
		}
	}

	/**
	 * "decision_expected: before the holidays", "mid dec": no day, but the words they gave, which a letter never asks for again
	 * (review 187: "…and when you expect to make a decision?"; review 264, of "mid dec", to the one who had said it).
	 */
	decisionInWords(): string | null {
		const typed = this.interview.decisionText?.trim() ?? "";
		if (this.interview.decisionExpected !== undefined || typed === "") return null;
		if (/^(?:before|after|around|by) (?:the )?[a-z' ]{3,30}$/i.test(typed)) return typed.toLowerCase();
		const read = readNextSteps(`decision expected ${typed}`, { names: [], context: [] }, this.interview.start, this.ctx.now);
		const said = read === null || read.kind === "unread" || read.leftOut.length > 0 || (read.latest !== null && !isAfter(endOfDay(read.latest), this.ctx.now)) ? null : /^I understood a decision was expected ((?:by|in|before|after|around|within) [^,;]{3,40})$/.exec(read.clause);
		return said === null ? null : said[1];
	}

	/**
	 * Those the thank-yous thank through another, each with the one whose letter asks it: the primary
	 * contact's, or (with no primary contact) the letter drafted for the user to address.
	 */
	thankedThrough(): { person: Person; group: Person[]; via: Person | undefined }[] {
		const { interview } = this;
		const groups: { group: Person[]; via: Person | undefined }[] = thankYouMessages(interview).map((m) => ({ group: m.passThanksTo, via: m.to }));
		if (!interview.primaryContact) groups.push({ group: interview.interviewers.filter((p) => p.email === undefined), via: undefined });
		return groups.flatMap(({ group, via }) => group.map((person) => ({ person, group, via })));
	}

	/**
	 * Whether the thank-yous say what mattered to someone: in a letter of their own, or as the one thing
	 * another letter asks to be passed on with the thanks.
	 */
	thanksSayWhatMattered(person: Person): boolean {
		const same = (p: Person) => p === person || samePerson(p, person);
		if (thankYouMessages(this.interview).some((m) => m.personal && same(m.to))) return true;
		return this.thankedThrough().some((t) => same(t.person) && t.group.length === 1 && this.passTopic(t.person) !== null);
	}

	/**
	 * What the note says of someone to be thanked through another, so that it is not lost with the
	 * address: "sepsis bundle compliance", for "pass on my thanks for our talk about ...".
	 */
	passTopic(person: Person): string | null {
		const topic = this.reading(person).topic;
		const short = topic && topic.kind !== "question" ? topic.short : null;
		// "your backlog" is theirs in a letter to them; to someone else it is "the backlog".
		return short && short.split(" ").length <= 6 ? short.replace(/^your /, "the ") : null;
	}

	/** The primary contact interviewed the user as well. */
	contactInterviewed(): boolean {
		const pc = this.interview.primaryContact;
		return pc !== undefined && this.interview.interviewers.some((p) => p === pc || samePerson(p, pc));
	}

	/**
	 * The primary contact recruits from outside the company: they were not in the interview, and their
	 * address is at another domain than every interviewer's.
	 */
	contactIsAgency(): boolean {
		const domain = (email: string | undefined) => email?.split("@")[1]?.toLowerCase() ?? "";
		const contact = domain(this.interview.primaryContact?.email);
		const theirs = this.interview.interviewers.map((p) => domain(p.email)).filter((d) => d !== "");
		if (this.contactInterviewed() || this.interview.primaryContact === undefined) return false;
		// "Jenna Park (Apex Staffing)", "jpark@apexstaffing.example": an agency says what it is.
		const label = contact.split(".")[0];
		if (/staff(?!ord)|recruit|talent|personnel|placement|headhunt|search (?:group|partners)|agency|workforce/i.test(`${this.interview.primaryContact.name} ${label}`)) return true;
		// "Brittany Sokol (RailStaff Partners)" for Keystone Short Line: a contact who was not there, of another firm than the company's (review 105).
		const firm = /\(([^()]{2,60})\)\s*$/.exec(this.interview.primaryContact.name)?.[1];
		const company = this.interview.company.toLowerCase();
		if (firm !== undefined && company !== "" && /\b(?:partners|group|inc|llc|ltd|associates|solutions|services|consulting|consultants|search|resources)\b/i.test(firm) && !company.includes(firm.toLowerCase()) && !firm.toLowerCase().includes(company.split(" ")[0])) return true;
		// "ticketing@harborcitysymphony.example" for Harbor City Symphony, an interviewer's address typed without its ending: the
		// company's own address is never an agency's (review 204 was thanked "for putting me forward" by the box office).
		const key = company.replace(/[^\p{L}\d]/gu, "");
		if (label.length >= 4 && key.length >= 4 && (key.includes(label) || label.includes(key))) return false;
		return contact !== "" && theirs.length > 0 && !theirs.some((d) => d === contact || d.split(".")[0] === label);
	}

	/**
	 * A line of the note with the short names the notes give people ("dill to call re 2nd" of Sgt. Ray Dillard) written
	 * as their first names ("Ray to call re 2nd"), so that no letter says the user's own short form back (review 84).
	 */
	/** Everyone in the interview, each once, with the words of their name: whom the notes' short names and initials can mean. */
	private namedPeople(): { first: string; names: string[]; initials: string | null }[] {
		const pc = this.interview.primaryContact;
		return [...this.interview.interviewers, ...(pc && !this.contactInterviewed() ? [pc] : [])].map((p) => {
			const names = nameWordsOf(plainText(p.name));
			return { first: names.length > 1 ? names[0] : "", names, initials: initialsOf(plainText(p.name)) };
		});
	}

	private shortNamesRead: Map<string, string> | null = null;
	/** The short names the notes give people ("dill" of Ray Dillard, "tam" of Tamsin Reyes), read once per note. */
	private shortNames(): Map<string, string> {
		if (this.shortNamesRead === null) this.shortNamesRead = this.ctx.noteText === undefined ? new Map() : shortNamesOf(this.ctx.noteText, this.namedPeople());
		return this.shortNamesRead;
	}

	private withFirstNames(text: string | undefined): string | undefined {
		if (text === undefined) return text;
		const people = this.namedPeople();
		let out = text;
		for (const [word, first] of this.shortNames()) out = out.replace(new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, "giu"), `$1${first}`);
		// "SL to call refs", Sandra Liu on the panel: one in the interview known by their initials is named, "Sandra would call
		// my references", never "SL would call" (review 146). Initials that are an office's ("HR", "HM") stay the office's, and
		// initials two people share name neither.
		for (const person of people) {
			const initials = person.first === "" ? null : person.initials;
			if (initials === null || people.some((other) => other !== person && other.initials === initials)) continue;
			out = out.replace(new RegExp(`(^|[,;(] ?|\\b(?:and|then|with|w/|from) )${initials}(?= (?:to|will|would|said|says|should|may|might|plans?|wants?|is|was|needs?|has|had)\\b|'ll\\b|’ll\\b)`, "gu"), `$1${person.first}`);
		}
		// "hm to call by fri", with "(luis = hm)" in the body: the hiring manager is the one the note says it is, "Luis would call",
		// never "the hiring manager" to a recruiter who knows him by name (review 215).
		const hm = this.hiringManagerInBody();
		if (hm !== null) out = out.replace(/(^|[,;(] ?|\b(?:and|then|with|w\/|w|from|by) )(?:the )?(?:hm|HM|hiring manager|hiring mgr)(?= (?:to|will|would|said|says|should|may|might|plans?|wants?|is|was|needs?|has|had|calls?|emails?|decides?)\b|$|[,;)])/gu, `$1${hm}`);
		return out;
	}

	/** The first name of the one in the interview the body calls the hiring manager ("luis = hm", "Luis (HM)"), or null. */
	private hiringManagerInBody(): string | null {
		const text = this.ctx.noteText;
		if (text === undefined) return null;
		const found = /(?:^|[\s(,;])(\p{L}[\p{L}'’-]{1,20}) ?(?:[=:(]|is) ?(?:the )?(?:hm|hiring manager|hiring mgr)\b/iu.exec(text);
		if (found === null) return null;
		const person = this.namedPeople().find((p) => p.first !== "" && p.first.toLowerCase() === found[1].toLowerCase());
		return person === undefined ? null : person.first;
	}

	/**
	 * "Hollis = owner.": a post the note's body gives someone with no title, so that "owner to decide after the holiday rush",
	 * told to Hollis, is what she said, "you'd decide" (review 148). Empty when the body gives none.
	 */
	titleInBody(person: Person | null | undefined): string {
		const text = this.ctx.noteText;
		if (person === undefined || person === null || text === undefined) return "";
		const names = namesFor(plainText(person.name)).filter((n) => n.length >= 2);
		for (const line of text.split("\n")) {
			for (const name of names) {
				// ("shelby (hr/recruiter)": a name typed in lower case is hers too.)
				const at = line.toLowerCase().indexOf(name.toLowerCase());
				if (at === -1 || (at > 0 && /\p{L}/u.test(line[at - 1]))) continue;
				// ("Gloria (Water Supt) ran it": a post in brackets after the name is hers too, review 149.)
				const post = /^ ?(?:(?:[=:-]|is) ?(?:the |our |their )?|\()((?:[\p{L}&]+ ){0,2}(?:hr\/)?(?:owner|manager|mgr|director|dir|supervisor|recruiter|recr|hr|lead|chief|founder|president|principal|superintendent|supt|foreman|chef|captain|partner|HM|GM))\b/iu.exec(line.slice(at + name.length));
				if (post !== null) return post[1];
			}
		}
		return "";
	}

	/** The decision day the note gives, when it is over and after the interview; null otherwise. */
	decisionOver(): string | null {
		const day = this.interview.decisionExpected;
		if (day === undefined || isAfter(endOfDay(day), this.ctx.now) || decisionSlipped(this.interview)) return null;
		return dayInWords(day, this.ctx.now);
	}

	/**
	 * Whether the primary contact may be the hiring manager: a title that manages or directs, or a line of the note that
	 * names them with "HM" ("Ana = EVS director (HM)"). A title in recruiting is not one, however senior ("Talent
	 * Acquisition Partner", "HR Manager"): "HM to call by fri" told to her is who would call, never "I'd hear back" (review 143).
	 */
	contactMayHire(title: string): boolean {
		const pc = this.interview.primaryContact;
		if (pc === undefined || pc === null) return false;
		if (/\b(?:talent|recruit\w*|HR|human resources|people|staffing|sourcing|sourcer|personnel)\b/i.test(title)) return false;
		// ("Curator of Fishes", "Executive Chef", "Captain": the one who runs the place the user would work in, review 126.)
		if (/\b(?:manager|mgr|director|dir|head|lead|supervisor|superintendent|supt|chief|owner|vp|president|principal|chair|foreman|boss|hm|curator|chef|captain|dean|partner)\b/i.test(title)) return true;
		const names = namesFor(plainText(pc.name)).map((n) => n.toLowerCase());
		return (this.ctx.noteText ?? "").split("\n").some((line) => /\bHM\b|\bhiring manager\b/i.test(line) && names.some((n) => n !== "" && line.toLowerCase().includes(n)));
	}

	contactFacts(): ContactFacts {
		const { interview, ctx } = this;
		const base = this.values();
		const pc = interview.primaryContact;
		// "decision_expected: mid December" is told back with the next steps ("a decision was expected in mid-December").
		const typedSteps = toldNextSteps(interview);
		// ("call back mon or tues" beside "- carlos said call mon/tue", to Trish, review 255: "You mentioned you'd call" put it in
		// the wrong mouth; the step is Carlos's, as the notes say.)
		const colleagues = interview.interviewers.filter((p) => pc === undefined || (p !== pc && !samePerson(p, pc)));
		const firstOf = (p: Person) => nameWordsOf(plainText(p.name))[0] ?? "";
		const saidBy = typedSteps === undefined || this.ctx.noteText === undefined ? null : stepSaidByMention(this.ctx.noteText, typedSteps, colleagues.map((p) => firstOf(p).toLowerCase()));
		const noted = this.withFirstNames(saidBy === null || typedSteps === undefined ? typedSteps : `${firstOf(colleagues[saidBy])} to ${typedSteps.trim().replace(/^(?:will|to) /i, "")}`);
		// The contact's post, from their title or, where it gives none, from the body ("Hollis = owner").
		const title = plainText(pc?.title ?? "") || this.titleInBody(pc);
		// ("she'll email re: 2nd round", with a managing editor on the panel beside the contact: whose promise it is, the note
		// does not say, review 220.)
		const others = interview.interviewers.some((p) => pc === undefined || (p !== pc && !samePerson(p, pc)));
		const reader = { names: withInitials(plainText(pc?.name ?? "")), title, context: this.names, expected: interview.decisionExpected, mayHire: this.contactMayHire(title), others };
		const together = readNextSteps(noted, reader, interview.start, ctx.now);
		// "jerome: we'll be in touch after the holidays" beside "decision_expected: mid jan": where the two cannot be said back
		// together, the next steps are said alone and the decision's words told, never both left out (review 222).
		const steps = interview.nextSteps === "(given)" ? undefined : interview.nextSteps;
		const alone = (together === null || together.kind === "unread") && interview.decisionText !== undefined && steps !== undefined ? readNextSteps(this.withFirstNames(steps), reader, interview.start, ctx.now) : null;
		const reading = alone !== null && alone.kind !== "unread" ? { ...alone, unsaid: [...(alone.unsaid ?? []), `decision expected ${interview.decisionText ?? ""}`] } : together;
		// The same final check as a focus gets: next steps said back with shorthand still in them ("chef
		// txts by weekend", "if moving fwd") are not said back at all, and the user is told.
		const read = reading !== null && reading.kind !== "unread" && phraseFault(reading.clause, "sentence", noted ?? "") !== null ? { ...reading, kind: "unread" as const, clause: "", unsaid: [] } : reading;
		// "decision_expected: 12/18" beside next steps that cannot be said back: the day it names is still
		// the decision day the check-in waits for, and says ("a decision was expected by Friday 18 December").
		// ("2-3 wks" is a span the tool reckons a day from, never a day anyone named: the letters never say "by Thursday, December
		// 24" for it, review 223.)
		const unsaidDay = interview.decisionExpected === undefined && interview.decisionText !== undefined && !/\b(?:wks?|weeks?|days?|mos?|months?)\b/i.test(interview.decisionText) && (read === null || read.kind === "unread") ? namedDayOf({ decisionText: interview.decisionText, start: interview.start }) : null;
		// A decision day before the interview is a slip in the note (and named as one): no letter says it back (review 124).
		const decisionDay = (decisionSlipped(interview) ? undefined : interview.decisionExpected) ?? unsaidDay ?? undefined;
		// A check-in drafted before it falls due, on or after the decision day, may be sent once that day is over: it
		// says neither "before then" nor "around now" of it (review 78).
		const dueLater = this.dueLater;
		const overWhenDue = (day: Date) => dueLater !== null && !isAfter(startOfDay(day), startOfDay(dueLater));
		const decision = decisionDay ? { date: dayInWords(decisionDay, ctx.now), past: !isAfter(endOfDay(decisionDay), ctx.now), today: isSameDay(decisionDay, ctx.now), overWhenDue: overWhenDue(decisionDay) } : null;
		// "within 1 to 2 weeks", "after Thanksgiving": days the reader gives no date for, read here so that a letter
		// written after them does not ask "roughly when" (review 53).
		const latest = read === null ? null : (read.latest ?? spokenDay(read.clause, interview.start));
		const decisionPast = decision !== null && decision.past;
		// "tasha sends offer or no by fri" beside decision_expected on the Saturday: the letters would name two days for one
		// answer (the next-steps letter the Friday, the check-in the Saturday); the user is asked which (review 73).
		const expected = interview.decisionExpected;
		// The days apart, or null: the next steps name a day within two weeks of decision_expected, and not that day.
		const apart = latest !== null && expected !== undefined && read?.kind !== "unread" && !isSameDay(latest, expected) && Math.abs(differenceInCalendarDays(latest, expected)) <= 14 ? differenceInCalendarDays(latest, expected) : null;
		// "supt: will call re: 2nd int by fri" beside decision_expected on the Thursday before: the check-in said both, "you'd
		// be calling … by Friday. I was expecting to hear back by Thursday" (review 99). The later promise is the one waited on.
		// "…a second round with the operations director in the week of December 14. I was expecting to hear back by Wednesday,
		// December 2": a further round after the decision day the note gives is the step waited on; the day before it is not
		// said beside it (review 144).
		// ("ride along next wk" beside a decision on its Monday is a step after it too, review 172.)
		const stepWord = /\b(?:round|interview|panel|onsite)\b/i.test(read?.clause ?? "") ? "round" : "step";
		const roundLater = read !== null && read.kind !== "unread" && latest !== null && expected !== undefined && differenceInCalendarDays(latest, expected) > 0 && /\b(?:second|2nd|third|3rd|final|further|another|next) (?:round|interview)\b|\bpanel\b|\bonsite\b|\bride-along\b|\bshadow(?:ing)? (?:shift|day)\b|\btrial (?:shift|day)\b|\bsite visit\b|\bworking interview\b/i.test(read.clause);
		// (A day reckoned from a season, "before the holidays", never outranks decision_expected: reviews 159, 161.)
		const laterThanDecision = (apart !== null && apart > 0 && !SEASON_DAY.test(noted ?? "") && /\b(?:call|phone|e-?mail|text|hear|let me know|get back|be in touch|reach out|decid\w*|decision|offer|news)\b/i.test(noted ?? "")) || roundLater;
		// One step naming one day only: "debriefs Friday; will let me know the week of the 16th" names the answer's week too.
		// (Never a day reckoned from a season: "deciding before winter break" names no Thursday 24 December, review 188.)
		const answerDay = apart !== null && read?.weekStart === undefined && !/;|\bthen\b/i.test(noted ?? "") && !SEASON_DAY.test(noted ?? "") && /\b(?:decid\w*|decision|offer|hear back|let me know|answer|news|verdict)\b/i.test(noted ?? "");
		const afterSeason = AFTER_SEASON.exec(noted ?? "")?.[0];
		// One warning for the two days, never two (the check-in goes by the later day; the other letters name both).
		if (latest !== null && expected !== undefined && (laterThanDecision || answerDay)) {
			this.warn(
				roundLater
					? `The next steps ("${tidyLine(noted ?? "")}") name a ${stepWord} after decision_expected (${dayInWords(expected, ctx.now)}): the letters speak of the ${stepWord} and leave that day out; check that it is still right.`
					: laterThanDecision
					? `The next steps ("${tidyLine(noted ?? "")}") name ${dayInWords(latest, ctx.now)}, after decision_expected (${dayInWords(expected, ctx.now)}): the check-in goes by the later day; check which is right.`
					: `The next steps ("${tidyLine(noted ?? "")}") name ${dayInWords(latest, ctx.now)} for the answer, but decision_expected is ${dayInWords(expected, ctx.now)}: check which day is right before sending.`,
			);
		}
		// "dr rao said shed decide after the holidays" beside decision_expected on Friday 18 December: the next-steps letter
		// said the one, the check-in the other, to the same reader (review 214). A season the answer comes after, and a
		// decision day before it, are told as a clash.
		else if (latest !== null && expected !== undefined && read !== null && read.kind !== "unread" && afterSeason !== undefined && differenceInCalendarDays(latest, expected) > 3) {
			this.warn(`The next steps ("${tidyLine(noted ?? "")}") say "${afterSeason.toLowerCase()}", but decision_expected is ${dayInWords(expected, ctx.now)}, before then: the letters would say both, so check which is right before sending.`);
		}
		// "a stage check on Thursday 3 or Friday 4 December, and a decision by the 10th", drafted on the 6th: a day of the
		// steps is over though the last is not, and the letter still tells it as to come; the user is told (review 168).
		// (Only a step the user takes part in: a promised call that did not come is what a check-in is for.)
		const gone = read === null || read.kind === "unread" || !ATTENDED_STEP.test(read.clause) ? null : dayOverIn(read.clause, ctx.now);
		if (gone !== null) this.warn(`The next steps ("${tidyLine(noted ?? "")}") name ${gone}, which has passed: the letter says it back as you understood it, so add whether it happened before sending.`);
		// How many weekdays the steps name: "before then" is false of two, and only a step set for one day is known to be over.
		const weekdaysNamed = read === null ? 0 : (read.clause.match(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g) ?? []).length;
		const told = read && {
			kind: read.kind,
			laterThanDecision,
			// "2nd interview w HR + drug screen if selected": the condition left out, nothing of the step is offered to be started.
			conditional: read.kind !== "unread" && read.leftOut.length > 0,
			// Only decision_expected was noted: when they decide is known, what comes before it is not (review 184: "didnt ask
			// nxt steps, forgot", and a letter that asked only whether to send anything).
			stepsUnknown: !interview.nextSteps?.trim(),
			// "jen to schedule onsite w/ medical director", to a Jen who was not in the interview: she may never have said
			// it to the user, so the letter says what the user understood, never "You mentioned" (review 77).
			// "after their GM signs off", to someone on the company's staff: their general manager is the reader's own, "your";
			// to an agency's recruiter it is the client's, and stays "their" (review 115). So is what they own and run ("after their
			// SQF audit", review 124); never what is other candidates' or the user's references'.
			// ("within 2 to 3 weeks of our interview", to a recruiter who was not in it: "my interview", review 177.)
			// ("…within 1 to 2 weeks of my interview, and that a decision was expected within 2 to 3 weeks of my interview": the
			// interview is named once, review 213.)
			clause: onceOfInterview(read.kind === "you" && !this.contactInterviewed() ? read.clause.replace(/^you mentioned\b/, "I understood") : read.clause).replace(/\bof our interview\b/g, this.contactInterviewed() ? "of our interview" : "of my interview").replace(/\btheir (?=\S)/g, (m, at: number, clause: string) => (this.contactIsAgency() || !OURS.test(clause.slice(at + 6)) || OTHERS_THEIR.test(clause.slice(0, at)) ? m : "your ")),
			// Before a week it names starts ("in the week of 7 December"), not inside it.
			// Nor inside a part of a month it names ("in early December", written on the 4th: review 49), nor
			// on the first of two days it names ("Friday 4 or Monday 7 December", on the 4th: review 52).
			// Nor when the check-in, drafted ahead, falls due on or after the day (review 78).
			// Nor when the clause names a day in words that is over by then ("…decide before Christmas, and I'd hear back by
			// around Friday, December 18", sent on the 19th: "before then" would be before a day gone, review 123).
			// Nor when it names two days ("…hear back by Friday, December 11, and … start on Monday, January 4"): "before then"
			// reads as before the later one (review 140).
			// Nor when the only time it gives is "after" something ("you'd circle back after Thanksgiving"): the promise starts then,
			// and "before then" is false, of a holiday gone by or still ahead (review 162).
			ahead: namesDayOver(read.clause, ctx.now) || (/ after /.test(read.clause) && !/\d/.test(read.clause)) || weekdaysNamed > 1 ? false : read.weekStart !== undefined ? isAfter(startOfDay(read.weekStart), ctx.now) && !overWhenDue(read.weekStart) : latest !== null && isAfter(startOfDay(latest), ctx.now) && !(read.earliest !== undefined && isSameDay(read.earliest, ctx.now)) && !withinNamedPart(read.clause, latest, ctx.now) && !overWhenDue(latest),
			// "emailed within 48 hours" gives its timing as surely as a day does: no need to ask when.
			// Next steps that cannot be said back may still name when ("finalists notified by 12/5"): the letter never asks it again (review 90).
			// ("2nd interview w/ the deputy director, 2-3 wks": a span the letter could not say is still given, review 186.)
			dated: latest !== null || /\b(?:within|in) (?:about |around |the next )?(?:\d+|a|an|one|two|three|a couple of|a few) (?:hours?|days?|business days?|working days?|weeks?)\b/.test(read.clause) || /\b\d{1,2} ?(?:-|to) ?\d{1,2} ?(?:wks?|weeks?|days?)\b/i.test(noted ?? "") || (read.kind === "unread" && /\b(?:\d{1,2}\/\d{1,2}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|today|tomorrow|tmrw|eow|eod|(?:this|next) (?:wk|week)|end of|wk of|week of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}|(?:early|mid|late|end of)[- ]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b/i.test(noted ?? "")),
			onDecisionDay: latest !== null && interview.decisionExpected !== undefined && isSameDay(latest, interview.decisionExpected),
			// Every day the steps name, and the decision day, is over: the letter asks for news, never "roughly when" (review 53).
			past: latest !== null ? !isAfter(endOfDay(latest), ctx.now) && (decision === null || decisionPast) : decisionPast,
			// ("a possible trial shift on Saturday, December 5, and … a decision … by Friday, December 11", on the 8th: the shift's
			// day is gone though the decision's is not, and "anything you'd like me to prepare for the possible trial shift?" asked
			// to prepare for a day past, review 262.)
			stepPast: (latest !== null && !isAfter(endOfDay(latest), ctx.now)) || gone !== null,
			// ("you'd call with feedback early in the week of 7 December" is their call to make, never a day the user asks to be
			// told, review 147.)
			dayOpen: read.weekStart !== undefined && isAfter(startOfDay(read.weekStart), ctx.now) && /\b(?:round|interview|panel|meeting|call|visit|demo|tour|ride-along|shadow|trial|onsite|on-site)\b/.test(read.clause) && !/\b(?:you'd|I'd|would|will) (?:call|phone|email|text|reach out|get back|be in touch|let me know|follow up)\b/.test(read.clause),
			othersMissed: latest !== null && !isAfter(endOfDay(latest), ctx.now) && read?.kind === "understood" && OTHERS_PROMISE.test(read.clause),
			// ("When we spoke on December 5, I understood the next step was a trial shift on Saturday, December 12, so I'm writing
			// to check in", due on the 13th, review 256: a step the user takes part in is over by then, done or not.)
			// (Only a step set for one day: one to be confirmed, guessed at or named by its week may not have happened, and saying it
			// back is what asks after it, reviews 78 and 144.)
			attendedPast: latest !== null && read.kind !== "unread" && read.weekStart === undefined && ATTENDED_STEP.test(read.clause) && weekdaysNamed === 1 && !/\b(?:or|possible|possibly|probably|might|maybe|confirm|schedule|set up|arrange|once)\b/.test(read.clause) && (!isAfter(endOfDay(latest), ctx.now) || overWhenDue(latest)),
		};
		this.nextStepsRead = { text: noted ?? "", unread: read?.kind === "unread" && read.leftOut.length === 0, leftOut: read?.leftOut ?? [], unsaid: read?.kind !== "unread" ? (read?.unsaid ?? []) : [] };
		const asked = interview.records.nextStepsAsked;
		// A check-in drafted ahead says the interview's date, never a weekday that means another day once it is due (review 87).
		const whenDue = this.dueLater !== null && interviewDay(interview.start, this.dueLater) !== String(base.interview_day) ? `on ${dayAndMonth(interview.start, ctx.now)}` : String(base.interview_day);
		// (Kept for what the user is told after the letter is written, "after the days it names".)
		this.namesDays = decision !== null || (told !== null && told.kind !== "unread" && told.dated === true);
		// ("rosa to call re: trial day, prob next wk", the check-in due on the Wednesday of that week, review 263: "after the days it
		// names" was false; the last day it names is kept to say it only when true.)
		const named = [latest, interview.decisionExpected ?? null].filter((d): d is Date => d !== null);
		this.lastNamedDay = named.length === 0 ? null : named.reduce((a, b) => (isAfter(b, a) ? b : a));
		return {
			when: whenDue,
			theRole: this.theRole(),
			company: companyInSentence(String(base.company)),
			decision,
			told,
			asked: asked && asked.at !== null ? dayAndMonth(asked.at, ctx.now) : null,
			askedOnTheDay: asked !== undefined && asked.at !== null && isSameDay(asked.at, interview.start),
			interviewed: this.contactInterviewed(),
			meeting: meetingOf(interview),
			agency: this.contactIsAgency(),
			// "Again" only to one a thank-you went to: not to a recruiter who set the day up and was not thanked (review 54).
			thankedBefore: interview.records.thankYouSent !== undefined && pc !== undefined && thankYouMessages(interview).some((m) => m.to === pc || samePerson(m.to, pc)),
			status: interview.status,
			daysSince: differenceInCalendarDays(ctx.now, interview.start),
			checkedIn: interview.records.checkInSent !== undefined,
			seed: this.seed + seedOf(plainText(pc?.name ?? "")),
		};
	}

	/** A message to the primary contact. */
	toPrimary(kind: ActionKind, key: DraftTemplateKey, variant: DraftVariant, letter: { paragraphs: string[] }, subject: string[], facts: ContactFacts): Draft {
		const to = this.primaryRecipients();
		const pc = this.interview.primaryContact;
		const rendered = this.render(key, {
			...this.values(),
			message: letter.paragraphs.join("\n\n"),
			what_they_said: whatTheySaid(facts) ?? "",
			decision_day: facts.decision?.date ?? "",
			greeting: `${hello(pc, "Hi")},`,
			subject_line: subjectLine(subject, this.ctx.settings),
			sign_off: signOff(this.ctx.settings, CONTACT_CLOSINGS[facts.seed % CONTACT_CLOSINGS.length]),
		});
		const draft = this.email(kind, variant, to, rendered);
		// A letter written after every day the steps name says "you had mentioned": either is the note's.
		const clause = facts.told !== null && facts.told.kind !== "unread" ? facts.told.clause : null;
		this.from(draft, [clause, clause?.replace(/^you mentioned\b/, "you had mentioned")]);
		return draft;
	}

	nextSteps(): void {
		const label = String(this.values().interview_label);
		const facts = this.contactFacts();
		this.toPrimary("next-steps", "next-steps", "next-steps", nextStepsLetter(facts), ["Next steps", label], facts);
		if (facts.told?.othersMissed === true) this.othersMissedProblem("next-steps question");
		const { text, unread, leftOut, unsaid } = this.nextStepsRead;
		// "Harold to email offer letter if yes": what presumes an offer is left out, and the user told so (review 117).
		if (leftOut.length > 0) this.problem(`The draft leaves out "${leftOut.map(tidyLine).join("; ")}" from the next steps in the note: a follow-up should not presume an offer.`);
		if (unread && !this.weekdayClashProblem("draft")) {
			this.problem(`The draft does not say back the next steps in the note ("${tidyLine(text)}"): they could not be put into a sentence safely as written, and as you were told them, it does not ask what they are. Say them back in your own words if you like, and ask only what is still open.`);
		}
		this.unsaidProblem("draft", unsaid);
		// One email a day to one person: the thank-you to the primary contact already asks this.
		const carrier = thankYouAsksNextStepsOf(this.interview);
		if (carrier) {
			const who = plainText(personLabel(carrier)) || "the primary contact";
			this.warn(
				this.interview.records.thankYouSent
					? `The thank-you to ${who} asked about next steps as well: if you sent it as drafted, record the question (next_steps_asked) rather than send this too.`
					: `The thank-you to ${who} asks about next steps as well: send that one and record the question with it (next_steps_asked), rather than a second email the same day.`,
			);
		}
	}

	/**
	 * "come in sat 12/13" where 13 December is a Sunday: the next steps are not said back, and the user is told the weekday and the
	 * date disagree, never that the words could not be put into a sentence (review 241). True when told.
	 */
	weekdayClashProblem(what: "draft" | "check-in"): boolean {
		const clash = weekdayClash(this.nextStepsRead.text, this.interview.start);
		if (clash === null) return false;
		this.problem(`The ${what} does not say back the next steps in the note ("${tidyLine(this.nextStepsRead.text)}"): "${tidyLine(clash.typed)}" names a weekday its date does not fall on (${dayInWords(clash.date, this.ctx.now)}). Put the right day or date in the note, or say them in your own words.`);
		return true;
	}

	/**
	 * "The note has no email address for …", or, where the user's notes give one beside their name ("- Tom Okonkwo, owner
	 * (tom@…)", review 260), that address pointed at: told, never used, since it may be another's.
	 */
	noAddressProblem(person: Person, asContact: boolean): void {
		const name = plainText(asContact ? person.name : personLabel(person));
		const where = asContact ? "add primary_contact_email" : "add it to their entry";
		const inNotes = this.ctx.noteText === undefined ? null : addressInNotesMention(this.ctx.noteText, nameEnds(plainText(person.name ?? "")));
		this.problem(
			inNotes === null
				? `The note has no email address for ${name || (asContact ? "the primary contact" : "an interviewer")}: ${asContact ? "add primary_contact_email" : "add it to the note"}, or fill in the address in your mail app.`
				: `The note has no email address for ${name}, though your notes give ${inNotes.email} beside their name on line ${inNotes.line}: if it is theirs, ${where}, or fill it in in your mail app.`,
		);
	}

	/** Parts of the next steps a draft leaves out while it says the rest back: the user is told which. */
	unsaidProblem(what: "draft" | "check-in", unsaid: readonly string[]): void {
		if (unsaid.length === 0 || (unsaid.some((part) => weekdayClash(part, this.interview.start) !== null) && this.weekdayClashProblem(what))) return;
		// ("bring black shirt": a note to the user themselves, left out on purpose, review 250.)
		if (unsaid.every((part) => NOTE_TO_SELF.test(part))) {
			this.problem(`The ${what} leaves out "${unsaid.map(tidyLine).join("; ")}" from the next steps in the note: ${unsaid.length > 1 ? "they read" : "it reads"} as a note to yourself, which the reader needs no telling.`);
			return;
		}
		this.problem(`The ${what} says back only part of the next steps in the note; it leaves out "${unsaid.map(tidyLine).join("; ")}", which could not be put into a sentence safely as written. Add ${unsaid.length > 1 ? "them" : "it"} in your own words if you like.`);
	}

	/** Next steps left out because they are someone else's promise, and its day is past: the user is told why. */
	othersMissedProblem(what: string): void {
		this.problem(`The ${what} leaves out the next steps in the note ("${tidyLine(this.nextStepsRead.text)}"): they are someone else's promise, and the day they name is past, so told to ${plainText(this.interview.primaryContact?.name ?? "") || "the recipient"} they would report a colleague's miss. Ask that person directly if you need to.`);
	}

	checkIn(): void {
		const role = subjectRole(this.interview, this.ctx.now);
		const facts = this.contactFacts();
		const draft = this.toPrimary("check-in", "check-in", "check-in", checkInLetter(facts), ["Checking in", role], facts);
		const { text, unread, leftOut, unsaid } = this.nextStepsRead;
		if (facts.decision === null && facts.told?.attendedPast !== true) this.unsaidProblem("check-in", unsaid);
		if (facts.decision === null && unread && !this.weekdayClashProblem("check-in")) {
			this.problem(`The check-in does not repeat the next steps in the note ("${tidyLine(text)}"): they could not be put to ${plainText(this.interview.primaryContact?.name ?? "") || "the recipient"} safely as written. Add them in your own words if you like.`);
		}
		if (facts.decision === null && leftOut.length > 0) {
			this.problem(`The check-in leaves out "${leftOut.map(tidyLine).join("; ")}" from the next steps in the note: a follow-up should not presume an offer.`);
		}
		if (facts.told?.othersMissed === true) this.othersMissedProblem("check-in");
		if (facts.told?.attendedPast === true) {
			this.problem(`The check-in says nothing of the next step in the note ("${tidyLine(text)}"): its day is over by the time the check-in falls due, so it may have gone ahead already. If it did, add a line of your own on how it went.`);
		}
		const me = plainText(this.ctx.settings.myName) || NAME_PLACEHOLDER;
		draft.script = inDateOrder(callScript(facts, hello(this.interview.primaryContact, "Hi"), me).join("\n"), this.order);
	}

	/**
	 * The interview's day said by its date where a weekday would be ("on 30 November", never "on Monday"): for a letter
	 * read days or weeks on, a close-out or an invitation, when "Monday" would mean another week (review 87); `dated`, by its date
	 * even for "yesterday".
	 */
	private lastingDay(dated = false): string {
		const said = interviewDay(this.interview.start, this.ctx.now);
		return dated || /^on \p{Lu}\p{Ll}+day$/u.test(said) ? `on ${dayAndMonth(this.interview.start, this.ctx.now)}` : said;
	}

	closeOut(): void {
		const role = subjectRole(this.interview, this.ctx.now);
		// Always by its date: a close-out is sent weeks on, and one drafted the day after never says "yesterday" (review 119).
		const facts = { ...this.contactFacts(), when: this.lastingDay(true) };
		const subject = facts.status === "rejected" ? "Thank you" : "Thank you, and staying in touch";
		this.toPrimary("close-out", "close-out", "closing", closeOutLetter(facts), [subject, role], facts);
	}

	handwritten(): void {
		const { interview, ctx } = this;
		// As in the rules: with no interviewers listed, the card goes to the primary contact.
		const listed = interview.interviewers.length > 0 ? interview.interviewers : interview.primaryContact ? [interview.primaryContact] : [];
		if (listed.length === 0) {
			this.problem("The note lists no interviewers and no primary contact, so there is nobody to write a card to.");
			return;
		}
		// A card is addressed by hand: someone known only by an address gets none.
		const people = listed.filter((p) => greetingName(plainText(p.name)) !== "" || p.nickname !== undefined);
		for (const p of listed) {
			if (!people.includes(p)) this.problem(`No card for ${plainText(personLabel(p)) || "an interviewer"}: the note gives no name to write it to. Add their name to have one.`);
		}
		if (people.length === 0) return;
		// "Kev (lead tech)", "Nikhil": a card is addressed by hand, and one name is no envelope (review 99).
		// "T. Nakamura": an initial and a surname, never "only a first name" (review 117); the card opens with both, and says so.
		const initialled = people.filter((p) => /^\p{Lu}\.? \p{Lu}[\p{L}'’-]+$/u.test(plainText(p.name).trim()));
		if (initialled.length > 0) this.problem(`The note gives only an initial for the first name of ${joinNames(initialled.map((p) => plainText(personLabel(p))))}, so the card opens "Dear ${plainText(initialled[0].name).trim()}": add the first name, or write the greeting you would use.`);
		const firstOnly = people.filter((p) => !initialled.includes(p) && nameWordsOf(plainText(p.name)).length === 1 && !hasHonorific(plainText(p.name)));
		if (firstOnly.length > 0) this.problem(`The note gives only a first name for ${joinNames(firstOnly.map((p) => plainText(personLabel(p))))}: add the surname${firstOnly.length === 1 ? "" : "s"} to address the card${firstOnly.length === 1 ? "" : "s"}, or hand ${firstOnly.length === 1 ? "it" : "them"} in at the office.`);
		const day = cardDay(interview.start, ctx.now);
		const cards = this.perPerson("handwritten-note", people, (person, index) => {
			const { topic, experience } = this.reading(person);
			const short = topic?.short ?? null;
			const quiet = this.quiet(person);
			const title = quiet ? null : sayableTitle(person);
			// (A card after a video call never says "Thank you for seeing me", review 223.)
			const message = cardText({ day, quiet, topic: short, topicKind: topic?.kind ?? null, experience: withoutFigures(experience.short), title, theRole: this.theRole(true), index, seed: this.seed, byPhone: byPhone(interview) || VIDEO.test((interview.format ?? "").toLowerCase()) });
			return {
				...this.values(person),
				message,
				card_focus: short !== null ? `Thank you for our conversation about ${short}.` : "Thank you for your time.",
				greeting: `${hello(person, "Dear")},`,
				sign_off: signOff({ myName: ctx.settings.myName, signature: "" }, closingAfter(CARD_CLOSINGS, (this.seed + index) % CARD_CLOSINGS.length, message)),
			};
		});
		for (const { person, rendered } of cards) {
			const draft: Draft = { kind: "handwritten-note", variant: "handwritten", to: [recipientOf(person)], subject: rendered.subject, body: rendered.body, mailto: null };
			this.drafts.push(draft);
			const { topic, experience } = this.reading(person);
			this.from(draft, [topic?.short, withoutFigures(experience.short), sayableTitle(person)]);
		}
		// As for a thank-you: a card the note gives nothing personal for is said to be a general one (review 73).
		const general = people.filter((p) => (p.focus ?? "").trim() === "" && (p.highlight ?? "").trim() === "");
		if (general.length > 0) {
			const labels = general.map((p) => plainText(personLabel(p)) || "an interviewer");
			this.problem(`The card${general.length === 1 ? "" : "s"} to ${joinNames(labels)} ${general.length === 1 ? "is a general one" : "are general ones"}: ${this.saysNothing(general, general.length === 1 ? "them" : "each of them")}. Add focus and highlight to their entry, or a line of your own before writing it.${this.mentionsSaid(general)}`);
		}
	}

	linkedin(): void {
		const withProfile = this.interview.interviewers.filter((p) => (p.linkedin ?? "").trim() !== "");
		// A note made from the template gives no profiles (reviews 241-244 never got a LinkedIn note): then everyone named is written
		// one, with a LinkedIn search for them in place of the profile, and the user told how to link the profile itself.
		const people = withProfile.length > 0 ? withProfile : this.interview.interviewers.filter((p) => plainText(p.name).trim() !== "");
		if (people.length === 0) {
			this.problem("No interviewer in this note has a name or a LinkedIn profile: add them to interviewers to write an invitation note.");
			return;
		}
		if (withProfile.length === 0) {
			this.problem(`No interviewer in this note has a LinkedIn profile, so each note comes with a LinkedIn search by their name and the company: check that you invite the right person. To link a profile, write the interviewer as \`- name: …\` with \`linkedin: https://www.linkedin.com/in/…\` below it.`);
		}
		const notes = this.perPerson("linkedin", people, (person, index) => {
			const base = this.values(person);
			// A question put to the user makes a poor subject for an invitation: only a topic does.
			const read = this.reading(person).topic;
			const topic = read !== null && read.kind !== "question" ? read.short : null;
			const company = companyInSentence(plainText(this.interview.company));
			const facts = { hello: hello(person, "Hi"), when: this.lastingDay(), topic, theRole: this.theRole(true), index, seed: this.seed, byPhone: byPhone(this.interview) };
			// Shorter and shorter until LinkedIn takes it: from a free account (200 characters) if any
			// wording fits, the role's long name going before the topic; else within Premium's 300.
			const shortRole = company !== "" ? `the role at ${company}` : facts.theRole;
			const wordings = [facts, { ...facts, theRole: shortRole }, { ...facts, topic: null }, { ...facts, topic: null, theRole: shortRole }].flatMap((f) => [inviteText(f), inviteText(f, true)]);
			const message = wordings.find((m) => m.length <= LINKEDIN_FREE_LIMIT) ?? wordings.find((m) => m.length <= LINKEDIN_NOTE_LIMIT) ?? wordings[wordings.length - 1];
			return { ...base, message, about_focus: topic !== null ? ` about ${topic}` : "", greeting: `${hello(person, "Hi")},` };
		});
		for (const { person, rendered } of notes) {
			const body = truncateAtWord(rendered.body, LINKEDIN_NOTE_LIMIT);
			if (body !== rendered.body) {
				this.problem(`The LinkedIn note to ${plainText(person.name)} was shortened to fit LinkedIn's ${LINKEDIN_NOTE_LIMIT} characters: check that it still reads well.`);
			} else if (body.length > LINKEDIN_FREE_LIMIT) {
				this.problem(`The LinkedIn note to ${plainText(person.name)} is ${body.length} characters: LinkedIn takes ${LINKEDIN_FREE_LIMIT} from a free account and ${LINKEDIN_NOTE_LIMIT} with Premium, so shorten it if yours is free.`);
			}
			const draft: Draft = {
				kind: "linkedin",
				variant: "linkedin",
				to: [recipientOf(person)],
				subject: rendered.subject,
				body,
				mailto: null,
				linkedin: withProfile.length > 0 ? (person.linkedin ?? "").trim() : linkedinSearchUrl(plainText(person.name), plainText(this.interview.company)),
			};
			if (withProfile.length === 0) draft.linkedinSearch = true;
			this.drafts.push(draft);
			const read = this.reading(person).topic;
			this.from(draft, [read !== null && read.kind !== "question" ? read.short : null]);
		}
	}
}

/** True when a line of the notes and the next steps name the same trial of the work ("skills test", "shadow shift"). */
function sameTrial(line: string, nextSteps: string): boolean {
	const kind = /\b(trial (?:shift|day)|working (?:interview|trial)|skills? test|shadow(?:ing)? (?:shift|day)|ride-?along|test (?:shift|day)|practical (?:test|exam)|teaching demo|demo lesson)\b/i.exec(line)?.[1];
	return kind !== undefined && nextSteps.toLowerCase().includes(kind.toLowerCase());
}

/** A LinkedIn people search for someone the note gives no profile for: their name and the company, as words. */
export function linkedinSearchUrl(name: string, company: string): string {
	// ("Mr. David Chen": a title is no part of the name LinkedIn shows.)
	const person = name.split(" ").filter((w) => !isHonorific(w)).join(" ");
	const words = `${person} ${company}`.replace(/[^\p{L}\p{N}&'’. -]+/gu, " ").replace(/ {2,}/g, " ").trim();
	return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(words)}`;
}

const SPAN_NUMBERS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The fourth Thursday of November of `year`: the US Thanksgiving. */
function thanksgiving(year: number): Date {
	const first = new Date(year, 10, 1);
	return new Date(year, 10, 1 + ((4 - first.getDay() + 7) % 7) + 21);
}

/**
 * The latest day a clause names in words the next-steps reader gives no date for: the end of a span
 * counted from the interview ("within 1 to 2 weeks"), or a holiday ("after Thanksgiving") on or after
 * it; null when it names neither.
 */
function spokenDay(clause: string, start: Date): Date | null {
	const span = /\b(?:within|in) (?:about |around |roughly )?(\d{1,2}|one|two|three|four|five|six) (?:to|or|-) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|months?)\b/i.exec(clause);
	if (span !== null) {
		const count = /^\d/.test(span[2]) ? Number(span[2]) : (SPAN_NUMBERS[span[2].toLowerCase()] ?? 0);
		const day = startOfDay(start);
		if (/^m/i.test(span[3])) day.setMonth(day.getMonth() + count);
		else day.setDate(day.getDate() + (/^w/i.test(span[3]) ? count * 7 : count));
		return day;
	}
	const holiday = /\b(thanksgiving|christmas|new year(?:'s|’s)?)\b/i.exec(clause);
	if (holiday === null) return null;
	const from = startOfDay(start);
	const on = (year: number): Date => {
		const name = holiday[1].toLowerCase();
		return name === "thanksgiving" ? thanksgiving(year) : name === "christmas" ? new Date(year, 11, 25) : new Date(year + 1, 0, 1);
	};
	// "before Thanksgiving weekend is over": the Sunday after it, never the Thursday (review 118).
	const weekend = holiday[1].toLowerCase() === "thanksgiving" && /\bthanksgiving weekend\b/i.test(clause) ? 3 : 0;
	const at = (year: number): Date => {
		const d = on(year);
		d.setDate(d.getDate() + weekend);
		return d;
	};
	const day = at(from.getFullYear());
	return day.getTime() >= from.getTime() ? day : at(from.getFullYear() + 1);
}

function endOfDay(day: Date): Date {
	const d = new Date(day.getTime());
	d.setHours(23, 59, 59, 999);
	return d;
}

/** The subject of a personal thank-you, worded with its structure. */
function thankYouSubject(structure: number, label: string): string[] {
	switch (structure % 3) {
		case 0:
			return ["Thank you", label];
		case 1:
			return ["Thanks for your time", label];
		default:
			return [`${label}: thank you`];
	}
}


/** When the check-in falls due, as the rules time it; a thank-you not yet recorded counts as sent when the interview ended. */
function checkInDue(interview: Interview, settings: DraftContext["settings"]): Date | null {
	const records = { ...interview.records, thankYouSent: interview.records.thankYouSent ?? { at: interview.end, hasTime: true }, checkInSent: undefined, replyReceived: undefined };
	return opensOf({ ...interview, status: "active", records }, settings, "check-in");
}

/** When the rules open `kind` for the interview as it stands; null when they do not, or give no valid day. */
function opensOf(interview: Interview, settings: DraftContext["settings"], kind: ActionKind): Date | null {
	const action = pendingActions(interview, { ...DEFAULT_SETTINGS, ...settings }).find((a) => a.kind === kind);
	return action !== undefined && !Number.isNaN(action.opensAt.getTime()) ? action.opensAt : null;
}

/**
 * "evelyn park was a judge for 20 yrs, goes by "evelyn" not judge now": someone the user's notes say goes by a name of
 * theirs is greeted by it, as a nickname in the note's properties is (review 80). The note's properties are unchanged.
 */
function namesTheNotesGive(interview: Interview, noteText: string | undefined): { interview: Interview; calledBy: { label: string; name: string; line: number; quote: string }[] } {
	const calledBy: { label: string; name: string; line: number; quote: string }[] = [];
	if (noteText === undefined) return { interview, calledBy };
	const seen = new Map<string, string | null>();
	const called = (typedPerson: Person): Person => {
		const person = asFather(typedPerson, noteText);
		if (person.nickname !== undefined) return person;
		const name = plainText(person.name);
		if (!seen.has(name)) {
			const said = goesByMention(noteText, nameEnds(name), namesFor(name));
			seen.set(name, said?.name ?? null);
			if (said !== null) calledBy.push({ label: plainText(personLabel(person)) || name, name: said.name, line: said.line, quote: said.quote });
		}
		const nickname = seen.get(name);
		return nickname === null || nickname === undefined ? person : { ...person, nickname };
	};
	const interviewers = interview.interviewers.map(called);
	const pc = interview.primaryContact === undefined ? undefined : called(interview.primaryContact);
	const same = pc === interview.primaryContact && interviewers.every((p, i) => p === interview.interviewers[i]);
	return same ? { interview, calledBy } : { interview: { ...interview, interviewers, primaryContact: pc }, calledBy };
}

/** A question they asked of the user's own logistics: when they could work or start, how they would get there. */
const LOGISTICS = /^my (?:availability|start date|schedule|notice period|hours|shifts?|commute|travel|transport|relocation)\b/;

/**
 * "- mike: insurance auths. they lose visits when auth runs out …. told him abt my auth tracker spreadsheet": what the
 * user's "What mattered" section says of someone whose entry has no focus and no highlight is their focus and highlight,
 * for every draft, and the user is told which line it came from. Only a line opened by a name that is one person's alone,
 * and nothing private in it (matteredLines, readMattered). The note's properties are unchanged.
 */
function focusTheNotesGive(interview: Interview, noteText: string | undefined): { interview: Interview; read: { person: Person; line: number; quote: string }[]; unread: Map<string, { line: number; quote: string; private: boolean }> } {
	const read: { person: Person; line: number; quote: string }[] = [];
	const unread = new Map<string, { line: number; quote: string; private: boolean }>();
	if (noteText === undefined || !/^#{1,6}[ \t]+what /im.test(noteText)) return { interview, read, unread };
	const pc = interview.primaryContact;
	const everyone = [...interview.interviewers, ...(pc !== undefined && !interview.interviewers.some((p) => p === pc || samePerson(p, pc)) ? [pc] : [])];
	const people = everyone.map((p) => {
		const names = nameWordsOf(plainText(p.name)).map((w) => w.toLowerCase());
		// ("jw:", "so:" of Jamie Wong and Sam Okoro: initials head a line as surely as a name does, review 231.)
		const initials = initialsOf(plainText(p.name));
		// (`Mike "Tiny" Sorensen` and "- tiny: shoe counter …": what the team calls someone heads a line of theirs, even where no
		// letter greets them by it, review 241.)
		const called = p.calledAtWork?.toLowerCase();
		return { person: p, first: names.length > 1 ? names[0] : "", names, ways: new Set([...names, ...namesFor(plainText(p.name)).map((w) => w.toLowerCase()), ...(p.nickname ? [plainText(p.nickname).toLowerCase()] : []), ...(called !== undefined ? [called] : []), ...(initials !== null ? [initials.toLowerCase()] : [])]) };
	});
	// "tam: no-shows kill them" of Tamsin Reyes: the short name the notes give someone is theirs too.
	const shorts = shortNamesOf(noteText, people.map((p) => ({ first: p.first, names: p.names })));
	const given = new Map<Person, Person>();
	for (const found of matteredLines(noteText)) {
		const words = headNames(found.head);
		// ("dr k: rx forms coming in incomplete …" of Dr. Ana Kowalczyk: a title and the surname's initial name the one person
		// so titled, review 236.)
		const titled = /^(dr|prof|coach|chef|capt|sgt|mr|mrs|ms)\.? (\p{L})\.?$/iu.exec(found.head.trim());
		const whose =
			words.length > 0
				? people.filter((p) => words.every((w) => p.ways.has(w) || (shorts.has(w) && shorts.get(w) === p.first && p.first !== "")))
				: titled === null
					? []
					: people.filter((p) => {
							const typed = plainText(p.person.name).toLowerCase();
							const surname = p.names[p.names.length - 1] ?? "";
							return typed.startsWith(titled[1].toLowerCase()) && p.names.length >= 2 && surname.startsWith(titled[2].toLowerCase());
						});
		if (whose.length !== 1) continue;
		const { person } = whose[0];
		// A person's own focus or highlight wins; the first line for them is theirs, a later one is the user's notes.
		if (given.has(person) || (person.focus ?? "").trim() !== "" || (person.highlight ?? "").trim() !== "") continue;
		if (found.keptBack === true) {
			if (!unread.has(plainText(person.name))) unread.set(plainText(person.name), { line: found.line, quote: "", private: true });
			continue;
		}
		const typedReading = readMattered(found.rest, forUserOnly);
		// Only what reads cleanly is taken: a line the letters would have to leave out, or cut down, stays the user's to move,
		// and is pointed at as before ("proofs sit in inbox for days" is no topic a sentence can carry).
		// A label and the sentence after it may read as the label alone ("insurance auths"), a list as its first item
		// ("no-shows ~15%, wants reminder calls …"), and a highlight without its aside
		// in brackets ("my auth tracker spreadsheet").
		const reader = { reader: [plainText(person.name)] };
		// (And "rx forms coming in incomplete (no shade, no margin notes) -> techs guess -> remakes" as "rx forms coming in
		// incomplete": an aside in brackets and what an arrow leads to are the user's notes on it, review 236.)
		const plainFocus = typedReading.focus?.replace(/\([^()]*\)/g, "").replace(/ {2,}/g, " ").split(/ (?:->|→|=>) /)[0].trim();
		// ("the booking software migration — moving from paper + excel to Firefly in feb": what a dash leads to is the user's note
		// on it, review 262.)
		// ("phone manner w/ angry parents when kids lessons get cancelled for wind", review 264: a when or an if after the thing is
		// the user's note of the case; the thing is the topic.)
		// (Only where what is left says enough alone: "staying friendly when a family shows up w/ expired passport …" read as
		// "talking with me about staying friendly", which sounded like advice to the user, review 267.)
		const caseCut = plainFocus?.split(/[.,] | (?:—|–|--?) | (?:when|if|esp|especially|because|bc) /)[0];
		const focus = [typedReading.focus, typedReading.focus?.split(". ")[0], typedReading.focus?.split(/[.,] /)[0], plainFocus, plainFocus?.split(/[.,] | (?:—|–|--?) /)[0], caseCut !== undefined && caseCut.split(" ").length >= 4 ? caseCut : undefined].find((f) => {
			const r = f === undefined ? null : focusTopic(f, reader);
			return r !== null && r.topic !== null && r.leftOut.length === 0 && r.withheld === undefined && untoldRest(f ?? "", r.topic.text, r.leftOut) === null;
		});
		// ("(different industry but same idea, cut reschedules about 30%)": an aside of four words or more is the user's note to
		// themselves, and the highlight is read without it first, review 233.)
		const bare = typedReading.highlight?.replace(/\([^()]*\)/g, "").replace(/ {2,}/g, " ").trim();
		const aside = /\((?:[^()\s]+ ){3}[^()]*\)/.test(typedReading.highlight ?? "");
		const highlight = [...(aside ? [bare, typedReading.highlight] : [typedReading.highlight, bare]), bare?.split(/, | - /)[0]].find((h) => {
			const r = h === undefined ? null : experienceOf(h, reader);
			return r !== null && (r.statement !== null || r.reference !== null) && r.leftOut.length === 0 && r.withheld === undefined;
		});
		const reading = { ...(focus !== undefined ? { focus } : {}), ...(highlight !== undefined ? { highlight } : {}) };
		if (reading.focus === undefined && reading.highlight === undefined) {
			// For the user's eyes only when nothing could be read for that reason; else what was read did not fit a sentence (review 234:
			// "lol" after the focus was blamed for a highlight that did not read).
			const privateOnly = typedReading.focus === undefined && typedReading.highlight === undefined && shorthandSentences(found.rest).some(forUserOnly);
			if (!unread.has(plainText(person.name))) unread.set(plainText(person.name), { line: found.line, quote: found.quote, private: privateOnly });
			continue;
		}
		unread.delete(plainText(person.name));
		given.set(person, { ...person, ...reading });
		read.push({ person, line: found.line, quote: found.quote });
	}
	if (given.size === 0) return { interview, read, unread };
	const swap = (p: Person): Person => given.get(p) ?? p;
	return { interview: { ...interview, interviewers: interview.interviewers.map(swap), primaryContact: pc === undefined ? undefined : swap(pc) }, read, unread };
}

/**
 * "Rev. Thomas Mbeki", whom the notes call "fr thomas": a priest is greeted "Dear Father Mbeki", as the notes show
 * he is called, never "Dear Reverend Mbeki" (review 86).
 */
function asFather(person: Person, noteText: string): Person {
	const name = plainText(person.name);
	const typed = /^(?:rev\.?|reverend) (?=\S)/i.exec(name);
	if (typed === null) return person;
	const ways = nameWordsOf(name).map((w) => w.toLowerCase());
	const father = noteText.toLowerCase().match(/\b(?:fr\.?|father) \p{L}+/gu) ?? [];
	return father.some((f) => ways.includes(f.split(" ")[1])) ? { ...person, name: `Fr. ${name.slice(typed[0].length)}` } : person;
}

function recipientOf(person: Person): Recipient {
	return { name: plainText(person.name), email: person.email ?? null };
}

/**
 * The drafts for one action of one interview, whether or not the action is pending: a thank-you
 * gives one per interviewer with an email, plus one to the primary contact when someone has none.
 */
export function buildDrafts(typed: Interview, kind: ActionKind, ctx: DraftContext): DraftResult {
	const noted = focusTheNotesGive(typed, ctx.noteText);
	const named = namesTheNotesGive(noted.interview, ctx.noteText);
	const { calledBy } = named;
	// "# mercy gen - phone screen w tasha (recruiter)" with no interviewers listed: the primary contact was the interview, and
	// is thanked for it, never for "arranging my call" and asked to thank "everyone I met" (review 179).
	const pc = named.interview.primaryContact;
	const spoke = named.interview.interviewers.length === 0 && pc !== undefined && pc.name !== "" && ctx.noteText !== undefined ? spokeWithMention(ctx.noteText, nameEnds(plainText(pc.name))) : null;
	const interview = spoke === null || pc === undefined ? named.interview : { ...named.interview, interviewers: [pc] };
	// A check-in drafted on the day of the interview or the next, before it falls due, is written as of that day:
	// sent then, it says neither "today" of the interview nor "before then" of a day already past (review 53).
	// (Drafted later, it is written as of the day it is drafted, as before.)
	const due = kind === "check-in" ? checkInDue(interview, ctx.settings) : null;
	const notDue = due !== null && isAfter(startOfDay(due), ctx.now);
	const early = notDue && differenceInCalendarDays(ctx.now, interview.start) <= 1;
	const writer = new DraftWriter(interview, early ? { ...ctx, now: due } : ctx);
	// "role: line mx tech AMT": the role is said as typed, in every letter and its subject; shorthand in it is pointed out (review 79).
	const roleSaid = writer.theRole();
	const roleFault = /^unread shorthand \((.+)\)$/.exec(phraseFault(roleSaid, "topic", plainText(interview.role)) ?? "");
	if (roleFault !== null) writer.problem(`The role is typed "${tidyLine(plainText(interview.role))}", with shorthand ("${roleFault[1]}"): the drafts and their subjects say it as typed; write it out in the note's role to have it read right.`);
	writer.unreadMattered = noted.unread;
	// Told once, where it is read before sending: the drafts speak of what the user's own line says. Only for the drafts that
	// speak of it (review 232: the notice under a check-in or a close-out, which use none of it, taught users to skip notices).
	// (Of a thank-you, only for someone whose letter, or a line passed on, says it: review 262's "take what mattered to Marcus
	// Bell" in a run with no letter to Marcus.)
	const saysIt = (p: Person) => (kind === "linkedin" ? Boolean(p.linkedin) : kind !== "thank-you" || writer.thanksSayWhatMattered(p));
	if (kind === "thank-you" || kind === "handwritten-note" || kind === "linkedin") for (const r of noted.read) if (saysIt(r.person)) writer.problem(`The drafts take what mattered to ${plainText(personLabel(r.person))} from your notes on line ${r.line} ("${r.quote}"): read what they say of it before sending, or give them a focus and highlight of their own in the note.`);
	for (const c of calledBy) writer.problem(`The drafts greet ${c.label} as "${c.name}", as your notes say on line ${c.line} ("${c.quote}").`);
	if (spoke !== null && pc !== undefined) writer.problem(`The note lists no interviewers, and your notes on line ${spoke.line} say "${spoke.quote}": the drafts thank ${plainText(pc.name)} for the conversation itself. Add them under interviewers if that is right, or the others you met if not.`);
	if (early) writer.warn(`The check-in falls due on ${dayInWords(due, ctx.now)}, and is written to be sent then.`);
	// Drafted later, yet before it falls due ("call back fri or mon", drafted on the Friday): written as of today, and
	// the user told it comes early (review 65).
	else if (notDue) writer.dueLater = due;
	// Said inside the draft, where it is read before sending, not only on the way to it (review 113).
	if (ctx.laterRound !== undefined) writer.problem(laterRoundWarning(kind, ctx.laterRound, interview, ctx.now));
	switch (kind) {
		case "thank-you":
			writer.thankYou();
			break;
		case "next-steps":
			writer.nextSteps();
			break;
		case "check-in":
			writer.checkIn();
			break;
		case "close-out":
			writer.closeOut();
			break;
		case "handwritten-note":
			writer.handwritten();
			break;
		case "linkedin":
			writer.linkedin();
			break;
	}
	// (Said after the letter is written: "after the days it names" of a check-in that names none was false, review 206.)
	// (Nor of a check-in the note records as sent: it is done, not due, review 217.)
	if (!early && notDue && due !== null && !interview.records.checkInSent) {
		writer.warn(`The check-in falls due on ${dayInWords(due, ctx.now)}, and is worded to be sent then${writer.namesDays && (writer.lastNamedDay === null || isAfter(startOfDay(due), endOfDay(writer.lastNamedDay))) ? ", after the days it names" : ""}; sent today, it comes early: say so in your own words, or wait.`);
	}
	return writer.result(kind);
}

/**
 * What a draft for an earlier round says when a later one has begun: the letters about where things stand are the later
 * note's to write, and thanks for the earlier round come after the later one (review 111).
 */
function laterRoundWarning(kind: ActionKind, later: Pick<Interview, "file" | "start">, interview: Interview, now: Date): string {
	const since = `There has been a later interview at ${plainText(interview.company).trim()} since this one, on ${dayInWords(later.start, now)} (${later.file})`;
	return TAKEN_OVER.has(kind)
		? `${since}: this ${KIND_NOUN[kind]} speaks only of the interview on ${dayInWords(interview.start, now)}, as if nothing had happened since. Draft it from the later note instead.`
		: // Never "send it from the later note": the later interview may have been with other people (review 133).
			`${since}: sent now, this ${KIND_NOUN[kind]} speaks of the earlier one and arrives after the later one; say so in it.`;
}

// ---------------------------------------------------------------- template notes

/** The templates written once per interviewer: only they know the `interviewer.*` placeholders. */
const PER_INTERVIEWER_KEYS: readonly DraftTemplateKey[] = ["thank-you", "handwritten-note", "linkedin"];

const PLACEHOLDER_NAME = /\{\{\s*([^{}:\s]+)/g;

function usedPlaceholders(template: DraftTemplate): string[] {
	const names = [...(template.subject + "\n" + template.body).matchAll(PLACEHOLDER_NAME)].map((m) => m[1]);
	return [...new Set(names)];
}

/**
 * Editable copies of the built-in drafts, one note per key (`thank-you.md`, ...), for the
 * draft-template folder. Each opens with a comment explaining its placeholders; the comment never
 * reaches a draft. Rendered as overrides, the copies give exactly the built-in text.
 */
export function builtInTemplateNotes(): Record<string, string> {
	const notes: Record<string, string> = {};
	for (const key of DRAFT_TEMPLATE_KEYS) {
		const template = BUILT_IN_TEMPLATES[key];
		const used = usedPlaceholders(template);
		const help = { ...INTERVIEW_PLACEHOLDERS, ...PROSE_PLACEHOLDERS };
		const perInterviewer = PER_INTERVIEWER_KEYS.includes(key);
		const others = [...Object.keys(INTERVIEW_PLACEHOLDERS), ...PROSE_FOR[key]].filter(
			(name) => !used.includes(name) && (perInterviewer || !(name.startsWith("interviewer.") || name === "attachments")),
		);
		const comment = [
			"%%",
			TEMPLATE_PURPOSE[key],
			template.subject === ""
				? "Change the wording as you like. Delete this note to go back to the built-in text."
				: "Change the wording as you like; the subject is in the properties. Delete this note to go back to the built-in text.",
			"",
			"Placeholders used here:",
			...used.map((name) => `- {{${name}}}: ${help[name] ?? ""}`),
			"",
			`Also available: ${others.map((name) => `{{${name}}}`).join(", ")}.`,
			"",
			"To arrange the letter yourself, a starting point:",
			"",
			TEMPLATE_EXAMPLE[key],
			"%%",
		].join("\n");
		notes[`${key}.md`] = `---\nsubject: ${JSON.stringify(template.subject)}\n---\n${comment}\n${template.body}`;
	}
	return notes;
}
