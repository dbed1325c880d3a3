// The built-in wording. A letter is put together sentence by sentence: each slot (the opening,
// the line about what mattered to them, the user's experience, the offer, the interest, the close)
// has its own set of wordings, and the recipient's place in the panel picks one from each set, so
// that a panel comparing notes finds letters written one by one, however many people it has.
// Every sentence here is the product's own; the user's notes reach them only through phrasing.ts,
// as a topic (never what they said of their own team) and the user's own experience.
import type { AttachmentKind, Experience, Topic, TopicKind } from "./phrasing";
import { atCompanyInSentence, joinList, USER_MADE } from "./phrasing";

/** "my video interview" as a sentence's subject, "The interview"; several interviews, or a day of work tried, "The day". */
function meetingNoun(meeting: string): string {
	return /s$/.test(meeting) || TRIAL_OF_WORK.test(meeting) ? "The day" : `The ${meeting.replace(/^my (?:video )?/, "")}`;
}

/**
 * A note's `format` that says the work itself was tried ("stage", "working interview", "trial shift"): the
 * letters name it as the note does ("my stage") and speak of "the day", never of a conversation.
 */
export const TRIAL_OF_WORK = /\b(working (?:interview|trial)|trial (?:shift|day|lesson|service)|stage|shadow(?:ing)? (?:shift|day)|demo lesson|teaching demo|skills? test|trade test|ride[- ]?along)\b/i;

export interface AttachmentFacts {
	kind: AttachmentKind;
	/** "the new grad residency outline", or the file's name in quotes when it does not read as a phrase. */
	title: string;
	url: string | null;
	/** A file from the vault, which the user attaches by hand. */
	file: boolean;
}

/** What one letter may say, all of it already fitted into phrases. */
export interface LetterFacts {
	/** "today", "yesterday", "on Tuesday", "on 25 November". */
	when: string;
	/** "the senior product designer role at Ledgerly". */
	theRole: string;
	company: string;
	/** What mattered to the recipient, as a neutral topic. */
	topic: Topic | null;
	experience: Experience & { links: string[] };
	/** The recipient's title with its article: "a principal engineer". */
	title: string | null;
	/** The recipient recruits or runs HR ("Talent Acquisition"): they spoke of the process, not the work day to day. */
	recruits?: boolean;
	attachments: AttachmentFacts[];
	/** Interviewers this recipient is asked to thank, by full name. */
	passThanksTo: string[];
	/** What the one person to be thanked through the recipient talked about with the user, when known. */
	passTopic?: string | null;
	/** The recipient set up the interviews with others: they are thanked for it. */
	organiser?: boolean;
	/** True when nobody is listed: the recipient thanks "everyone I met". */
	everyone: boolean;
	/** Ask what happens next (the note has no next steps and nobody asked). */
	askNextSteps: boolean;
	/** The day they expect to decide, in words ("Thursday 10 December"), when it is still to come: only the next stage is asked about. */
	decision?: string | null;
	/** The day they expect to decide is today: it is no day ahead, and not asked for again (review 56). */
	decisionToday?: boolean;
	/** The day they expected to decide is over (a thank-you written late): "by 3 December", asked about as past (review 126). */
	decisionPast?: string | null;
	/** decision_expected in words that name no day ("before the holidays"), lower case; null otherwise. */
	decisionWords?: string | null;
	/** The recipient's place among this message's recipients: each slot's wording follows it. */
	index: number;
	/** How many recipients the panel has: a wording moved on skips the places of the others. */
	panel: number;
	/** Sentences the panel's earlier letters said: a letter says them again only when nothing else fits. */
	taken?: Set<string>;
	/** A number from the note: which wording the first recipient gets. */
	seed: number;
	/** The interview was a call: nobody "saw" or "met with" the user. */
	byPhone?: boolean;
	/** The user's notes say the recipient hardly spoke: no line says what they told the user. */
	quiet?: boolean;
}

export interface Letter {
	paragraphs: string[];
	/** The building blocks, for templates that arrange their own letter. */
	parts: {
		opening: string;
		focusAndHighlight: string;
		attachments: string;
		interest: string;
		nextSteps: string;
		passThanks: string;
	};
}

/** A stable number for a slot name, so that slots of one letter do not move in step. */
function slotOffset(slot: string): number {
	let h = 7;
	for (let i = 0; i < slot.length; i++) h = (h * 31 + slot.charCodeAt(i)) >>> 0;
	return h;
}

/**
 * The wording of `slot` for this recipient: recipients 0 .. n-1 of a panel get n different ones.
 * Slots have sets of different sizes, so two recipients who share one wording share no other.
 */
function choose<T>(options: readonly T[], facts: { index: number; seed: number }, slot: string): T {
	return options[(facts.index + ((facts.seed + slotOffset(slot)) % options.length)) % options.length];
}

function join(...sentences: (string | null | false | undefined)[]): string {
	return sentences.filter((s): s is string => typeof s === "string" && s !== "").join(" ");
}

/** Fills `{name}`; `{Name}` gives the value with a capital, for the start of a sentence. */
function fill(template: string, values: Record<string, string>): string {
	const filled = template.replace(/\{(\w+)\}/g, (m, key: string, at: number) => {
		let value = values[key] ?? values[key[0].toLowerCase() + key.slice(1)];
		if (value === undefined) return m;
		// "your thoughts on your Postgres migration": a topic of theirs after a "your" of the same sentence is "the" one.
		if (key === "topic" && value.startsWith("your ") && /\byour\b/i.test(template.slice(template.lastIndexOf(". ", at) + 1, at))) value = `the ${value.slice(5)}`;
		return /^\p{Lu}/u.test(key) ? capitalise(value) : value;
	});
	// A topic that is a question of its own is asked, not asked about: "you asked whether designs can be built".
	return template.includes("asked about {") ? filled.replace(/\basked about (whether|how|what|why|when|who|if)\b/, "asked $1") : filled;
}

function capitalise(text: string): string {
	return text === "" ? text : text[0].toUpperCase() + text.slice(1);
}

/** "I led the rollout" from "I led the rollout.", for the middle of a sentence. */
function clause(statement: string): string {
	return statement.replace(/[.!]$/, "");
}

/** A statement's first letter for the middle of a sentence: "I" stays, "My team and I" becomes "my team and I". */
function lowerStart(text: string): string {
	return /^I\b/.test(text) ? text : text[0].toLowerCase() + text.slice(1);
}

function words(text: string): number {
	return text.split(/\s+/).filter((w) => w !== "").length;
}

// ---------------------------------------------------------------- attachments

function host(url: string): string | null {
	const m = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url);
	if (!m) return null;
	const known: Record<string, string> = { "figma.com": "Figma", "github.com": "GitHub", "gitlab.com": "GitLab", "youtube.com": "YouTube", "youtu.be": "YouTube", "vimeo.com": "Vimeo", "loom.com": "Loom", "notion.so": "Notion", "docs.google.com": "Google Docs", "drive.google.com": "Google Drive", "behance.net": "Behance", "dribbble.com": "Dribbble", "medium.com": "Medium" };
	return known[m[1].toLowerCase()] ?? null;
}

/** Papers made to be worked with, not read: a template, a checklist, a log, a tracker. */
const TOOL = /^(?:templates?|checklists?|trackers?|logs?|forms?|worksheets?|spreadsheets?|calculators?|SOPs?|aids?)$/i;

/**
 * A title made to be worked with, by its head word outside brackets and before "for"/"of": "the plate map template",
 * "the log template for visits"; "the privilege log sample" is a sample of the user's work.
 */
function isTool(title: string): boolean {
	const head = title.replace(/\([^()]*\)/g, " ").replace(USER_MADE, "").split(/ (?:for|of|on|from|with|in)\b/)[0].trim().split(" ").pop() ?? "";
	return TOOL.test(head.replace(/\P{L}/gu, ""));
}

/** The two wordings of one attachment's sentence, and the slot that chooses between them. */
function attachmentWordings(a: AttachmentFacts): { slot: string; options: [string, string] } {
	// "my writing sample, a motion to compel, is here": a title that says what the piece is closes with a comma before its verb.
	const named = /^[^",]+, an? /.test(a.title) ? `${a.title},` : a.title;
	// ""Anterior case photos" is here": a plural title takes "are" (review 120).
	const head = a.title.replace(/["“”]/g, "").split(/ (?:of|for|from|on|in|at|with) /)[0].trim().split(" ").pop() ?? "";
	const is = head.length >= 4 && /^\p{L}+$/u.test(head) && /[^su]s$/.test(head) && !/(?:ss|us|is|ics|news|series)$/.test(head) ? "are" : "is";
	if (a.url !== null) {
		const site = host(a.url);
		switch (a.kind) {
			case "press":
				return { slot: "press", options: [`The press release is here, if you'd like the public side of the story: ${a.url}`, `The public announcement is here, in case it's useful: ${a.url}`] };
			case "code":
				return { slot: "code", options: [`The code is public, if you'd like to look: ${a.url}`, `If you're curious about the code, it's here: ${a.url}`] };
			case "credential":
				return { slot: "credential", options: [`${capitalise(a.title)} can be checked here, for your records: ${a.url}`, `For your records, you can check ${a.title} here: ${a.url}`] };
			// "…/recommendation-letter-dcc-inspector.pdf": a letter is named as one, never "more detail" (review 170).
			case "letter": {
				const letter = a.title === "" ? "a letter of recommendation" : a.title;
				return { slot: "letter", options: [`${capitalise(letter)} is here, in case it helps as you consider my application: ${a.url}`, `In case it's helpful, ${letter} is here: ${a.url}`] };
			}
			case "video":
				return a.title !== ""
					? { slot: "video", options: [`${capitalise(named)} ${is} here, if you'd like to see it: ${a.url}`, `In case it's useful, ${named} ${is} here: ${a.url}`] }
					: { slot: "video", options: [`There's a short video of my work here, if you'd like to see it: ${a.url}`, `A short video of my work is here, in case it helps: ${a.url}`] };
			case "image":
				if (a.title !== "") return { slot: "image", options: [`${capitalise(named)} ${is} here, in case you'd like to see ${is === "are" ? "them" : "it"}: ${a.url}`, `In case ${is === "are" ? "pictures help" : "a picture helps"}, ${named} ${is} here: ${a.url}`] };
			// falls through: an untitled picture is named by where it is kept
			default:
				// "the enrichment log template": a thing to work with, offered for the reader's team, not "to read more" (review 128).
				if (a.title !== "" && isTool(a.title)) return { slot: "tool", options: [`${capitalise(named)} ${is} here, in case your team can use ${is === "are" ? "them" : "it"}: ${a.url}`, `In case it's useful to your team, ${named} ${is} here: ${a.url}`] };
				if (a.title !== "") return { slot: "link", options: [`${capitalise(named)} ${is} here, if you'd like more detail: ${a.url}`, `In case it's useful, ${named} ${is} here: ${a.url}`] };
				return site
					? { slot: "site", options: [`There's more detail on ${site}, if it's useful: ${a.url}`, `You can see more of my work on ${site}: ${a.url}`] }
					: { slot: "site", options: [`There's more detail here, if it's useful: ${a.url}`, `More detail is here, if you'd like it: ${a.url}`] };
		}
	}
	switch (a.kind) {
		case "credential": {
			const mine = a.title.replace(/^the /, "my ");
			return { slot: "credential", options: [`I've attached ${mine}, for your records.`, `For your records, I've attached ${mine}.`] };
		}
		case "image":
			return { slot: "image", options: [`I've attached ${a.title}, in case a picture helps.`, `In case it's useful, I've attached ${a.title}.`] };
		case "letter":
			return { slot: "letter", options: [`I've also attached ${a.title}, in case it helps as you consider my application.`, `I've included ${a.title} as well, in case it's helpful.`] };
		case "slides":
			return { slot: "slides", options: [`I've attached ${a.title}, in case you'd like a closer look.`, `In case they're useful, I've attached ${a.title}.`] };
		default:
			if (isTool(a.title)) return { slot: "tool", options: [`I've attached ${a.title}, in case your team can use ${is === "are" ? "them" : "it"}.`, `In case it's useful to your team, I've also attached ${a.title}.`] };
			// "the Cedar Lake shop drawings": drawings are looked at, never "read more" (review 159).
			if (/^(?:drawings?|plans|renderings?|sketch(?:es)?|diagrams?|schematics?|elevations?|blueprints?|photos?|pictures?|layouts?|portfolio)$/i.test(head)) {
				return { slot: "document", options: [`I've attached ${a.title}, in case you'd like to see ${is === "are" ? "them" : "it"}.`, `In case it's useful, I've also attached ${a.title}.`] };
			}
			return { slot: "document", options: [`I've attached ${a.title}, if you'd like to read more.`, `In case it's useful, I've also attached ${a.title}.`] };
	}
}

/** Each attachment with what it is and why it is there; consecutive ones never open alike. */
export function attachmentSentences(list: readonly AttachmentFacts[], facts: { index: number; seed: number }): string {
	const opening = (sentence: string) => sentence.split(" ").slice(0, 3).join(" ");
	const sentences: string[] = [];
	// Credentials side by side are attached in one sentence: "my ARRT card and my CT certificate, for your records" (review 51).
	// Each keeps the wording its place in the list chose.
	const merged: AttachmentFacts[] = [];
	const places: number[] = [];
	list.forEach((a, place) => {
		const last = merged[merged.length - 1];
		if (last !== undefined && last.kind === "credential" && a.kind === "credential" && last.url === null && a.url === null) merged[merged.length - 1] = { ...last, title: `${last.title.replace(/^the /, "my ")} and ${a.title.replace(/^the /, "my ")}` };
		else {
			merged.push(a);
			places.push(place);
		}
	});
	merged.forEach((given, i) => {
		// "the portfolio", "the résumé": what is the user's own is "my".
		const a = { ...given, title: given.title.replace(/^the ((?:(?:19|20)\d\d )?(?:portfolio|résumé|resume|cv|website|personal website|reel|showreel|demo reel|github|blog|writing sample|writing samples|work sample|certificate|certification))\b/i, "my $1") };
		const { slot, options } = attachmentWordings(a);
		let sentence = choose(options, { index: facts.index + places[i], seed: facts.seed }, slot);
		const previous = sentences[i - 1];
		// Nor do two in a row each say "in case".
		const inCase = (t: string) => /\bin case\b/i.test(t);
		if (previous !== undefined && (opening(previous) === opening(sentence) || (inCase(previous) && inCase(sentence)))) {
			const other = options[0] === sentence ? options[1] : options[0];
			if (opening(previous) !== opening(other) && !(inCase(previous) && inCase(other))) sentence = other;
			else if (opening(previous) === opening(sentence)) sentence = other;
		}
		// "also" only where something came before it.
		sentences.push(i === 0 ? sentence.replace("I've also attached", "I've attached") : sentence);
	});
	// A sentence that ends with an address has no full stop after it, so it ends its line.
	return sentences.reduce((text, sentence) => (text === "" ? sentence : `${text}${/\.$/.test(text) ? " " : "\n"}${sentence}`), "");
}

// ---------------------------------------------------------------- requests


/** The request to thank the others, to someone who interviewed the user as well. */
function passThanksLine(facts: LetterFacts): string {
	const names = facts.passThanksTo;
	if (names.length === 0) return "";
	// (Never why: "I didn't get an email address for Tom Hale, so …" read as an excuse, and the thanks came second, reviews 225
	// and 226.)
	if (facts.everyone === true) return choose(["Please also pass my thanks on to the others I met.", "I'd be grateful if you could thank the others I met on my behalf."], facts, "pass");
	if (names.length === 1) {
		// "for our talk about keeper talks": a topic that is a kind of talk is what they talked through (review 139).
		// ("…to Kenji Watanabe for our talk about …", to Dr. Park, read as her talk with the user: "for talking with me", review 218.)
		// ("for talking me through talk time versus quality", review 263: a frame that says the topic's own word again gives way.)
		const frame = [" for talking with me about {topic}", " for our conversation about {topic}", " for talking me through {topic}"].find((f) => !echoesTopic(f, facts.passTopic ?? undefined)) ?? " for our conversation about {topic}";
		const talk = facts.passTopic ? frame.replace("{topic}", facts.passTopic) : "";
		return choose(
			[
				`Please also pass my thanks on to ${names[0]}${talk}.`,
				// ("…pass on my thanks for our talk about …" read as thanks to the reader for a talk with them: the one thanked is
				// named after "to", review 168.)
				`I'd be grateful if you could pass my thanks on to ${names[0]}${talk}, too.`,
			],
			facts,
			"pass",
		);
	}
	return choose(
		[
			`Please also pass my thanks on to ${joinList(names)}.`,
			`I'd be grateful if you could thank ${joinList(names)} for me as well.`,
		],
		facts,
		"pass",
	);
}

const NEXT_STEPS_QUESTIONS = [
	"Could you also tell me what the next stage looks like, and when you expect to make a decision?",
	"When you have a moment, could you let me know how the process continues from here, and roughly when I might hear?",
	"I'd also be grateful to know what the next stage involves and when a decision is likely.",
];

/** The question when they have said when they will decide: what is open is the next stage. */
/** The decision's time said in words ("before the holidays"): said back, and the stage before it asked. */
const WORDS_DECISION_QUESTIONS = [
	"I understand a decision is expected {when}; could you also tell me what the next stage involves?",
	"Could you also let me know what the next stage involves? I understand a decision is expected {when}.",
];
const STAGE_QUESTIONS = [
	// Never "you expect to decide": the one written to may not be who decides (review 141).
	"I understand a decision is due by {date}; could you also tell me what the next stage involves?",
	"I understand a decision is expected by {date}. When you have a moment, could you let me know whether there's another stage before then?",
	"Could you also let me know what the next stage involves? I understand a decision is due by {date}.",
];

/** The question once the day they gave for a decision is over. */
const PAST_DECISION_QUESTIONS = [
	"I understood a decision was expected by {date}; is there any news you can share on the next stage?",
	"When you have a moment, could you let me know where things stand? I understood a decision was expected by {date}.",
];

/** The question on the day they expect to decide: "today", never the date as a day ahead. */
const TODAY_QUESTIONS = [
	"I understand you hoped to decide today; could you also let me know what the next stage involves?",
	"Could you also let me know what the next stage involves? I understand you hoped to decide today.",
];

function nextStepsLine(facts: LetterFacts, said = ""): string {
	if (!facts.askNextSteps) return "";
	if (facts.decisionToday === true) return choose(TODAY_QUESTIONS, facts, "question");
	if (facts.decision) return fill(choose(STAGE_QUESTIONS, facts, "question"), { date: facts.decision });
	// The note gives the decision day, and it is past: never asked again as if untold.
	if (facts.decisionPast) return fill(choose(PAST_DECISION_QUESTIONS, facts, "question"), { date: facts.decisionPast });
	// "before the holidays": when they decide was said in words; what comes before it is asked.
	if (facts.decisionWords) return fill(choose(WORDS_DECISION_QUESTIONS, facts, "question"), { when: facts.decisionWords });
	// After "I'd be grateful if you could pass my thanks on", the question is not grateful again.
	const options = /\bgrateful\b/.test(said) ? NEXT_STEPS_QUESTIONS.filter((q) => !/\bgrateful\b/.test(q)) : NEXT_STEPS_QUESTIONS;
	return choose(options, facts, "question");
}

// ---------------------------------------------------------------- the personal thank-you

/** What a line says of a talk, which someone who only sat in never gave. */
const SPOKE = /\b(?:conversation|talk|talking|speaking|discuss)\b/;
/** Openings that say nothing of the topic; nine, so that panels of nine never share one. */
const OPENINGS = [
	"Thank you for taking the time to talk with me {when}.",
	"Thank you for meeting with me {when}.",
	"Thank you for your time {when}.",
	"Thank you for the conversation {when}.",
	"I appreciated the time you gave me {when}.",
	"It was a pleasure to meet you {when}, and thank you for your time.",
	"Many thanks for making time to see me {when}.",
	"Thank you for speaking with me {when}.",
	"It was good to meet you {when}; thank you for making the time.",
];

/** Openings that carry the topic; any kind of topic reads in them. */
const TOPIC_OPENINGS = [
	"Thank you for taking the time {when} to talk about {topic}.",
	"Thank you for our conversation {when} about {topic}.",
	"Thanks for making time {when} to discuss {topic} with me.",
	"I appreciated the chance {when} to talk with you about {topic}.",
	"Thank you for speaking with me {when} about {topic}.",
	"Many thanks for the time you gave me {when} to talk through {topic}.",
	"It was good to meet you {when} and to talk about {topic}.",
	// Not "walk me through": the topic may be a worry they raised, not something they explained (review 48).
	"I'm grateful for the time you took {when} to go over {topic} with me.",
];

/** A topic line that says what the talk gave the user: every bridge after it would say that again (review 250). */
const GAVE_A_PICTURE = "What you said about {topic} gave me a clearer picture of the work.";
/** The topic after a plain opening, in sentences neutral enough for any topic: never glad about a problem. */
const THING_LINES = [
	// Not "our conversation about {topic}": "about … about" (review 61). Not "has stayed with me", "I've kept thinking about",
// "Since we spoke, I've thought more about": a reflection claimed and never shown (reviews 77-80).
	"I appreciated hearing your perspective on {topic}.",
	"It was useful to talk through {topic} with you.",
	// Not "compare notes with you on …": it claims a peer's experience of the reader's own work, said of the aircraft type the
	// user had never worked on and of the reader's own training programme (review 111).
	"It was helpful to hear how you think about {topic}.",
	GAVE_A_PICTURE,
	"I found our discussion of {topic} especially useful.",
	"I enjoyed hearing your thinking on {topic}.",
	"I'm glad we got to talk about {topic}.",
];
const TOPIC_LINES: Readonly<Record<TopicKind, readonly string[]>> = {
	thing: THING_LINES,
	activity: THING_LINES,
	question: [
		"Thank you for your question about {topic}.",
		"I was glad you asked about {topic}.",
		"I appreciated the chance to talk through {topic} with you.",
		"I'm glad we got to talk about {topic}.",
		"It was useful to think through {topic} with you.",
	],
};

/** The user's experience after the topic, as their own statement. */
/** Said as what the user told them, never as a link to the topic the note does not make. */
const STATEMENT_AFTER_TOPIC = [
	"As I mentioned, {s}.",
	"It was good to tell you how {s}.",
	"As we discussed, {s}.",
	"I was glad to explain how {s}.",
	"I mentioned that {s}.",
	"I enjoyed telling you how {s}.",
];
/** A state the user was in ("I was on the trouble call rotation …"), told without "how". */
const STATEMENT_STATE = ["I mentioned that {s}.", "As I mentioned, {s}.", "As we discussed, {s}."];
/** The same when no topic came before it. */
const STATEMENT_ALONE = [
	"I enjoyed telling you how {s}.",
	"I was glad of the chance to tell you how {s}.",
	"It was good to explain how {s}.",
	"I liked having the chance to explain how {s}.",
	"I appreciated the chance to describe how {s}.",
];
/** The user's experience as a noun phrase, after the topic. */
const REFERENCE_AFTER_TOPIC = [
	"I was glad to tell you about {r}.",
	"It was good to tell you about {r}.",
	"I enjoyed telling you about {r}.",
	"I was pleased to describe {r}.",
	"I was glad we touched on {r}.",
	"I liked having the chance to tell you about {r}.",
];
const REFERENCE_ALONE = [
	"I enjoyed telling you about {r}.",
	"I was glad to have the chance to describe {r}.",
	"I was pleased to talk about {r}.",
	"It was good to walk you through {r}.",
	"It was good to tell you about {r}.",
];
/** After the topic, when the note gives no experience of the user's. */
// Each names what it speaks of: after "Since we spoke, I've been thinking about …", an "It" would have nothing to stand for.
// "Your view has given me ideas for how I'd approach the work." went as filler that says no idea (reviews 61, 62).
// Not "That's the part of the conversation I've come back to most": a reflection claimed and never shown (reviews 77-80).
const BRIDGES = [
	"That conversation gave me a clearer sense of what the job involves.",
	"That part of our talk made the work much easier to picture.",
	// Not "That exchange made me look forward to the work even more.": gush after any topic (reviews 85, 86).
	"I came away with a better idea of where I could help.",
	"Hearing it from you helped me understand what the role asks for.",
];
/**
 * What a letter says of the conversation when the note has no topic, to someone whose post the note gives: their view of
 * the job. Never the post itself: "…from your side, as a water distribution supervisor" told a man his own title (reviews
 * 128, 131, 132).
 */
const TITLE_LINES = [
	"It was useful to hear how the job looks from your side.",
	"Hearing your perspective filled in a lot of the picture for me.",
	// Not "Thank you for telling me about your work as …" nor "how the position fits with your work as …": said after a
	// phone screen about the user's own certificate, they claimed a talk the reader never gave (review 105). A line of the
	// title's claims only what any interviewer in that post gives: a view of the job.
	"Thank you for talking the job over with me from where you sit.",
	"I appreciated hearing what the role looks like to you.",
	"Your view gave me a much clearer picture of the job.",
	// Not "It was good to hear from you how the position works." (review 160).
	"It was good to hear how the position works in practice.",
	// Not "Hearing about the day-to-day work from you …" (review 85), nor "The picture you gave of the day-to-day work …", said
	// to a CEO who gave a culture speech and left (review 89): a line of the title's says nothing the reader may not have.
	"It was helpful to see the work through your eyes.",
	"I enjoyed hearing how you see the work.",
];
/** Said of a conversation the note tells nothing of: true of any interview, claiming nothing that was said. */
// Cut as mail-merge lines (review 58): "It was good to hear your take on the position.", "Our conversation gave me a
// fuller view of the position.", "I appreciated the chance to ask my own questions.".
// "I enjoyed the conversation from start to finish." claimed what a note may deny ("wifi kept cutting out", review 61).
const GENERAL_LINES = [
	"I came away with a clearer idea of what the job involves.",
	"It was good to learn more about the position from you.",
	"Hearing how things run gave me a much better sense of the job.",
	"I enjoyed our conversation very much.",
	"It was a real pleasure to speak with you.",
	"Talking with you made the job much more concrete for me.",
	"It helped to hear about the work day to day.",
];
/** General lines that claim the talk showed the user the work itself. */
const INSIGHT_CLAIMED = /much better sense|much more concrete|day to day|clearer idea/;
/**
 * Said to someone who sat in and hardly spoke ("just took notes, didnt ask anything"): "I enjoyed our conversation" and "It
 * helped to hear about the work" claimed a talk they never gave (review 111). Thanks for being there, and nothing more.
 */
/** Plain lines that claim the reader talked or asked: never to someone who hardly spoke ("Our conversation gave me a fuller view", review 257). */
const TALK_CLAIMED = /answering my questions|Your questions|questions you asked|What I heard|hear about|hear more|first-hand|your take/;
const QUIET_LINES = [
	// "I appreciated you sitting in on the interview. I'm grateful you could be part of it.": one thanks twice, and "sitting in"
	// makes a panel member an onlooker (review 186).
	"I appreciated your taking part in the interview.",
	// (Not "I was glad you could be there.": it makes a panel member a guest who might not have come, review 222; nor "It was
	// good to have you in the interview.", the host's line, read as condescending, reviews 225 and 230. One line is enough.)
	// Not "It was kind of you to give the interview your time as well.": after "thank you for making the time", the third
	// "time" in as many sentences (read at the last stop). Nor "It meant a lot to have you there as well.", a feeling claimed
	// of someone who "barely said anything" (review 140).
];
/**
 * About the user and the role, for a letter with little in the note: a wish, never a presumption;
 * never "background" or "experience", which the offers use; never what the recipient "described",
 * which a safety officer or a recruiter on the panel may not have done (review 47).
 */
const USER_LINES = [
	"I'd welcome the chance to put my skills to use in this position.",
	"I'd be glad to contribute to the team's work.",
	// Cut by reviewers as mail-merge lines (reviews 52-54): "The work itself appeals to me a great deal.", "I can see how
	// what I've done so far would carry over.", "What I heard fits closely with …", "What I heard matched …"; and, as lines
	// that read the same in every employer's letter (review 58), "I'd enjoy taking on the responsibilities of the job.",
	// "The job sounds like the kind I've been hoping to find.", "I'd very much like to be considered further.",
	// "I'd be pleased to take my application further.".
	"I'd welcome the chance to show what I could bring to the position.",
	"I hope I'll have the chance to work with you.",
	// Six, so that a panel of up to six with little in the note never gets one line twice (review 148: "put my skills to use"
	// went to two of a five-person board).
	"I'd be glad of the chance to do good work for your team.",
	"I hope to have the chance to help with the work ahead.",
	// Not "I'd be proud to join the team.": a commitment the note never gave, said to a panel that had not offered (reviews 131, 132).
	// Not "Joining the team would be a real step forward for me.": it reads as need, not interest (review 118).
];
/**
 * The last words of a letter that the note gives little to say: about the time given, never about the team's problems.
 * Never who the user met: "a good sense of the people on the team" went to people who showed the user nobody (review 56).
 */
// "The questions you asked were ones I enjoyed thinking about." went as a mail-merge line (review 58); "I finished the
// interview feeling encouraged." and "It was an interview I enjoyed a great deal." as feelings made up to fill a letter, the
// first in three letters of one review (reviews 213, 214).
const PAD_LINES = [
	"I'm grateful for the time you set aside.",
	// (Not "Our conversation left me with plenty to think about.": read as doubt by four reviewers running, reviews 221-226.)
	"It was a pleasure to hear more about what's ahead for the team.",
	"What I heard made the work much easier to imagine.",
	"The time with you was well spent, and I'm grateful for it.",
	"I valued the chance to hear about the team first-hand.",
	// ("The questions gave me …" named no one's questions, said to a panel member who asked two, review 222.)
	"Your questions gave me a good sense of how the team thinks.",
	"It was a conversation I was glad to have.",
	"It was a good conversation, and I learned a lot from it.",
	"Thank you for answering my questions so openly.",
	"I appreciated the warm welcome from everyone I met.",
];
/** A plain line of an idea no other line says, for a short letter whose every pad line would say one again (review 173). */
// (Not "You put me at ease from the start.": a warmth the note may contradict, sent to a recruiter it called "pretty scripted",
// review 215.)
// ("I came away with a lot to reflect on." read as doubt, as "plenty to think about" did, reviews 221-226.)
const LAST_PADS = ["I'm glad we found a time that worked.", "I'm glad I had the chance to interview.", "The time went quickly."];
/**
 * Plain lines that read the same in every employer's letter (review 58), said only by a letter of a large panel with
 * nothing in the note once every other plain line is taken: a line said twice in a panel reads worse.
 */
const RESERVE_LINES = [
	"It was good to hear your take on the position.",
	"Our conversation gave me a fuller view of the position.",
	"I appreciated the chance to ask my own questions.",
	"I'd very much like to be considered further.",
	"The questions you asked were ones I enjoyed thinking about.",
	"I'd be pleased to take my application further.",
];
/**
 * The fewest words of a thank-you (SPEC §3: 60 to 170, two to spare for a name counted as one word): a letter says a
 * plain line more only to reach them.
 */
const PAD_TARGET = 62;

/** One offer per letter, never two. */
const OFFERS = [
	"I'd be glad to go into more detail on any of it.",
	"I'd be happy to share more about that work if it would help.",
	"Please let me know if there's anything else I can send.",
	"I'd be glad to answer any other questions you have.",
	"If there's more you'd like to know about my background, just ask.",
	"I'm happy to send anything else you need.",
	"I can share more about my experience whenever it would help.",
	"If any questions come up later, I'm happy to answer them.",
	"I'm happy to go into any part of my background you'd like.",
	"Do let me know if I can clarify anything from our conversation.",
];
/** Interest in the role: never presumes an offer, never gushes. */
const INTERESTS = [
	"I'm very interested in {role}.",
	"I came away more interested in {role}.",
	"I remain very interested in {role}.",
	"I'm all the more interested in {role} now.",
	"My interest in {role} has only grown since we met.",
	"I'd welcome the chance to keep talking about {role}.",
	"I'm excited about {role}.",
	"{Role} is very much what I'm looking for.",
	"I hope to move forward in the process for {role}.",
	"The more I learn about {role}, the more interested I am.",
	"I'm keen to continue with my application for {role}.",
]
/** The last line before the sign-off; a few letters end on the interest line instead. */
const CLOSINGS = [
	"Thank you again for your time.",
	"I hope to speak again soon.",
	"I look forward to hearing from you.",
	"Thanks again, and I hope we speak soon.",
	"I hope to hear from you soon.",
	"Thank you once more for the conversation.",
	"I'd be glad to talk again whenever it suits you.",
	"I'm grateful for your time.",
	"I look forward to staying in touch.",
	"I hope we'll speak again before long.",
];

/** Wordings of a meeting in person: a call was not one. */
const IN_PERSON = /\b(?:meeting (?:with )?me|see me|seeing me|see you|met|meet(?:ing)? you|I left)\b/;

/**
 * Wordings that presume time has passed since the interview: "has only grown since we met", "I've kept thinking
 * about", "has stayed with me". Drafted on the interview day, nothing has had the time (review 58).
 */
const AFTER_A_WHILE = /\b(?:since we (?:met|spoke)|kept thinking|stayed with me|come back to)\b/i;

/** The options that pass `keep`; all of them where none does, so that a slot always has a wording. */
function wherePossible<T>(options: readonly T[], keep: (o: T) => boolean): readonly T[] {
	const fit = options.filter(keep);
	return fit.length > 0 ? fit : options;
}

/** The wordings that fit a letter about an interview `when` it was: on its day, none that presumes time has passed. */
function sinceThen(options: readonly string[], when: string): readonly string[] {
	return when !== "today" ? options : wherePossible(options, (o) => !AFTER_A_WHILE.test(o));
}

/** The wordings that fit how the interview was held. */
function heldAs<T>(options: readonly T[], byPhone: boolean | undefined, text: (o: T) => string = String): readonly T[] {
	return byPhone !== true ? options : wherePossible(options, (o) => !IN_PERSON.test(text(o)));
}

/** Words a letter says once: a second "glad" or "useful" reads as a form. */
const ONCE = ["role", "the work", "the job", "talk about", "my experience", "glad", "useful", "appreciated", "enjoyed", "pleasure", "pleased", "keen", "happy", "picture", "thinking", "conversation", "chance", "your time", "i hope", "looking for", "how the team", "described", "my application", "helpful"];

/** Wordings that say one thing: a letter says it once, in whichever words. */
const SAME_IDEA = [
	["looking for", "hoping to find", "what i want to do next"],
	// "I enjoyed hearing how you see the work … I appreciated hearing your perspective on LCES. Hearing it from you helped me …":
	// three sentences on one verb (review 117).
	["hearing how", "hearing your", "hearing it from", "hearing about", "hearing the", "to hear about", "to hear how", "to hear your"],
	["thinking", "think about", "to think", "to reflect on"],
	// "… the work. I'd be happy to share more about that work": the offer's "that work" is not the work just named (review 54).
	["the work", "that work", "your work"],
	// "That part of our talk made the work much easier to picture." then "What I heard made the work much easier to
	// imagine." or "I came away with a clearer idea …" (review 62).
	// "Talking with you made the job much more concrete for me. It was good to learn more about the position from you." says
	// one thing twice in two stock lines (reviews 117, 118): what the user learned of the job is said once.
	["sense of", "clearer idea", "clearer picture", "what the job involves", "easier to picture", "easier to imagine", "more concrete", "what the role asks", "learn more about the position", "day to day", "how things run", "how the position works", "how you see the work", "looks like to you", "looks from your side", "through your eyes", "your view", "your perspective"],
	// "I hope to continue the process …" and "I'd very much like to be considered further.": one wish, said once (review 56).
	["considered further", "forward in the process", "application further", "continue with my application", "take my application"],
	// "Thanks for your time today" is said once: not again as "the time you set aside" or "time with you was well spent".
	["your time", "the time you", "taking the time", "making the time", "time with you", "grateful for the time", "grateful for it"],
	// "Thank you for speaking with me today. It was a real pleasure to speak with you." says one thing twice; so do "I enjoyed
	// our conversation very much. It was a real pleasure to speak with you." (review 65).
	// "I enjoyed our conversation very much. … It was an interview I enjoyed a great deal." (review 131).
	// "It was good to meet you on Tuesday; thank you for making the time. It was a real pleasure to speak with you.": two
	// pleasantries in a row (reviews 167, 171).
	["speaking with me", "speak with you", "enjoyed our conversation", "enjoyed speaking", "enjoyed talking", "i enjoyed a great deal", "conversation i was glad", "good conversation", "good to meet you", "pleasure to meet you", "nice to meet you"],

	// What the user learned of the work day to day, said once in whichever words.
	["learn more about the position", "day to day", "day-to-day", "how things run"],
	// "It was helpful to see the work through your eyes. Hearing your perspective as …": the reader's view, said once (reviews 71, 72).
	// ("I appreciated hearing what the role looks like to you … It was helpful to see the work through your eyes.", read on
	// the example vault at this stop.)
	["through your eyes", "from your side", "your perspective", "your view", "looks to you", "looks like to you"],
];

/**
 * Ideas a panel's letters say once between them, in whichever words: "a clearer sense of what the job involves" in
 * one letter and "a clearer idea of what the job involves" in the next read as one form filled twice (review 56).
 */
const PANEL_IDEAS = [["what the job involves", "clearer sense", "clearer idea", "clearer picture", "what the role asks"]];

/** True when `text` says an idea of PANEL_IDEAS that a sentence `taken` by the panel already said. */
function panelSaid(text: string, taken: ReadonlySet<string> | undefined): boolean {
	if (taken === undefined || taken.size === 0) return false;
	const lower = text.toLowerCase();
	const groups = PANEL_IDEAS.filter((group) => group.some((w) => lower.includes(w)));
	if (groups.length === 0) return false;
	for (const said of taken) {
		const l = said.toLowerCase();
		if (groups.some((group) => group.some((w) => l.includes(w)))) return true;
	}
	return false;
}

/**
 * The wording of `slot` for this recipient, moved on to the next one that does not repeat the
 * letter so far: not its first three words, not a word said once already, not a third "thank".
 */
function fresh(options: readonly string[], facts: { index: number; seed: number; panel?: number; taken?: Set<string> }, slot: string, used: string, values: Record<string, string> = {}, spare = false, fallback: readonly string[] = []): string {
	const n = options.length;
	const start = options.indexOf(choose(options, facts, slot));
	const said = used.toLowerCase();
	const thanks = (said.match(/\bthank/g) ?? []).length;
	// The panel's recipients start from a block of consecutive wordings; one that must move on takes
	// the wordings after the block first, each recipient from its own place among them.
	const order: number[] = [start];
	const panel = facts.panel ?? 1;
	if (panel > 1 && panel < n) {
		const free = n - panel;
		const first = (((start - (facts.index % n) + panel) % n) + n) % n;
		for (let k = 0; k < free; k++) order.push((first + ((facts.index + k) % free)) % n);
	}
	for (let k = 1; k < n; k++) if (!order.includes((start + k) % n)) order.push((start + k) % n);
	const fits = (text: string): boolean => {
		const lower = text.toLowerCase();
		const opening = lower.split(" ").slice(0, 3).join(" ");
		if (said.includes(opening)) return false;
		if (ONCE.some((word) => lower.includes(word) && said.includes(word))) return false;
		if (SAME_IDEA.some((group) => group.some((w) => lower.includes(w)) && group.some((w) => said.includes(w)))) return false;
		if (thanks >= (slot.startsWith("closing") ? 2 : 1) && /\bthank/.test(lower)) return false;
		const ws = lower.match(/[a-z']+/g) ?? [];
		return !ws.some((_, i) => i + 4 <= ws.length && said.includes(ws.slice(i, i + 4).join(" ")) && !/^(?:the role of|role of \w+)/.test(ws.slice(i, i + 4).join(" ")));
	};
	// First a wording that neither repeats this letter nor a sentence an earlier letter of the panel said, then one that does not repeat this letter.
	// A line the letter can do without is left out rather than said again word for word in another letter of the panel (review 54).
	for (const pass of spare ? [0] : [0, 1]) {
		for (const at of order) {
			const text = fill(options[at], values);
			if (text === "") return text;
			if (pass === 0 && (facts.taken?.has(text) === true || panelSaid(text, facts.taken))) continue;
			if (fits(text)) return text;
		}
	}
	if (spare) return "";
	// Every wording says again what the letter said ("I enjoyed our conversation very much. … It was an interview I enjoyed
	// a great deal.", review 173): a last line of another idea, when one fits, before a repeat.
	const last = fallback.map((line) => fill(line, values)).find((text) => !(facts.taken?.has(text) ?? false) && fits(text));
	return last ?? fill(options[start], values);
}

/** "what you said on {topic}" before "on-call trouble calls": a frame's last word that the topic opens with, said twice (review 65). */
function echoesTopic(option: string, topic: string | undefined): boolean {
	const at = option.indexOf(" {topic}");
	if (at === -1 || topic === undefined) return false;
	const before = option.slice(0, at).split(" ").pop() ?? "";
	if (before.toLowerCase() === (topic.split(/[\s-]/)[0] ?? "").toLowerCase()) return true;
	// "our talk about keeper talks", "your thinking on critical thinking": a word of the frame that the topic says again
	// (review 139).
	const stem = (w: string) => w.toLowerCase().replace(/[^a-z]/g, "").replace(/(?:ing|s)$/, "");
	const said = new Set(topic.split(/[\s-]+/).map(stem));
	return option
		.replace(/\{\w+\}/g, " ")
		.split(/\s+/)
		.some((w) => /^(?:talk|conversation|discussion|question|view|perspective|thinking|thought|chat)/i.test(w) && said.has(stem(w)));
}

/** Lines that claim the reader told of the work itself. */
const ABOUT_THE_WORK = /day to day|day-to-day|how things run|through your eyes|approach the work|what the job involves|the work much easier|about the team first-hand|how the team thinks/i;

/** A death, a loss or grief the letter speaks of ("ran grief groups after the 2023 loss at Roosevelt"). */
const GRAVE = /\b(?:grief|grieving|bereave\w*|deaths?|died|dying|suicid\w*|overdos\w*|fatalit\w*|(?:the|two|three|four|several|recent|\d{4}) loss(?:es)?)\b/i;
/** Words of pleasure that never stand before a death or grief: "I enjoyed telling you how I ran grief groups …" (review 66). */
const CHEERFUL = /\b(?:enjoy\w*|pleasure|pleased|glad|liked|good to|useful)\b/i;
/** Sentences said of a loss without pleasure, by what they say, for a slot whose every wording is cheerful. */
const SOLEMN_LINES: Readonly<Record<string, string>> = { s: "I mentioned that {s}.", r: "I appreciated the chance to tell you about {r}.", e: "I appreciated the chance to tell you about {e}.", topic: "I appreciated hearing your perspective on {topic}." };

/** The wordings fit to say what `values` hold: none glad of a death, a loss or grief; a plain one where none is. */
export function solemn(options: readonly string[], values: Record<string, string>): readonly string[] {
	if (!options.some((o) => GRAVE.test(fill(o, values)))) return options;
	const calm = options.filter((o) => !CHEERFUL.test(o));
	if (calm.length > 0) return calm;
	const held = Object.keys(SOLEMN_LINES).find((key) => options.some((o) => o.includes(`{${key}}`)));
	return held === undefined ? options : [SOLEMN_LINES[held]];
}

/**
 * A thank-you to one interviewer. Three arrangements (the topic in the opening or after it; the
 * experience or the topic first), each sentence from its slot's set; 60 to 170 words.
 */
export function personalThankYou(facts: LetterFacts): Letter {
	const { topic, experience: e } = facts;
	const arrangement = choose([0, 1, 2], facts, "arrangement");
	const values = { when: facts.when, role: facts.theRole, topic: topic?.text ?? "", title: facts.title ?? "" };
	let used = "";
	// A long topic ends its sentence: "... to discuss how I would handle a parent who emails daily with me" does not read.
	// "to go over budgets that match the narrative with me": a topic with a clause of its own ends its sentence too (review 61).
	const longTopic = (topic?.text.split(" ").length ?? 0) > 6 || /\b(?:that|who|which|whose|where|how)\b/.test(topic?.text ?? "");
	const gerundTopic = /^\p{Ll}+ing\b/u.test(topic?.text ?? "");
	const take = (options: readonly string[], slot: string, extra: Record<string, string> = {}, spare = false, fallback: readonly string[] = []): string => {
		const held = sinceThen(heldAs(options, facts.byPhone), facts.when);
		// "to go over clearing the processing backlog with me": an -ing topic is talked about, not gone over (review 58).
		const fit = wherePossible(held, (o) => (!longTopic || !/\{topic\}[^.]/.test(o)) && (!gerundTopic || !/go over \{topic\}/.test(o)) && !echoesTopic(o, topic?.text));
		// To a recruiter or HR, who spoke of the process and not the work: no line about the work day to day (review 68).
		const told = facts.recruits === true ? wherePossible(fit, (o) => !ABOUT_THE_WORK.test(o)) : fit;
		const text = fresh(solemn(told, { ...values, ...extra }), facts, slot, used, { ...values, ...extra }, spare, fallback);
		used = `${used} ${text}`;
		facts.taken?.add(text);
		return text;
	};
	// ("Thank you for taking the time yesterday to talk about my availability over Christmas. I came away with a better idea of
	// where I could help.", review 256: a question they put to the user is thanked as their question, never as the talk's
	// subject, and no bridge says the work became clearer from it.)
	const inOpening = topic !== null && arrangement === 0 && topic.kind !== "question";
	// Someone who hardly spoke gave the user time, never a conversation.
	const opening = take(inOpening ? wherePossible(TOPIC_OPENINGS, (o) => !echoesTopic(o, topic.text)) : facts.quiet ? OPENINGS.filter((o) => !SPOKE.test(o)) : OPENINGS, inOpening ? "topic-opening" : "opening");
	const statement = e.statement;
	const hasExperience = statement !== null || e.reference !== null;
	// The experience comes first in arrangement 2: then it cannot lean on the topic with "It reminded me".
	const experienceFirst = arrangement === 2 && topic !== null && !inOpening && hasExperience;
	const afterTopic = topic !== null && !experienceFirst;
	const experienceLine = (): string => {
		if (statement !== null) {
			const mid = e.statementMid ?? lowerStart(statement);
			// "how I was on the trouble call rotation": a state the user was in is mentioned, never explained "how" (review 65).
			const options = afterTopic ? STATEMENT_AFTER_TOPIC : STATEMENT_ALONE;
			// Nor one that opens on its setting ("for the practical, I regulated …", "one Saturday, I caught …"): "how for the
			// practical, I …" reads wrong (review 86).
			// Nor what the user can do, has or where they live ("I enjoyed telling you how I live 15 minutes away", review 93), nor
			// what they know ("how I know IDDSI levels 0-7", review 203).
			// Nor a measure of the user's that was so ("how my CSI at Lakeside Chevy was 94.6"), nor work done for so long ("how I did
			// parts returns for 2 years"): that it was so, never how (review 195).
			const state = /^I(?: (?:already|also|still|currently|now))?(?:'m| am| was| have been|'ve been| had been| live| can| could| hold| own| speak| know| understand| have (?:a|an|my|held|\d))\b/.test(mid) || /^(?!I\b)[^,]{1,30}, (?:I|we)\b/.test(mid) || /^my [^,]{1,50}? (?:was|were|is|are|stayed|has been|averaged)\b/.test(mid) || /^I averaged\b/.test(mid) || /\bfor (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|months|seasons|summers)\.?$/.test(mid) ? options.filter((o) => !o.includes("how {s}")) : options;
			return take(state.length > 0 ? state : STATEMENT_STATE, afterTopic ? "statement" : "statement-alone", { s: clause(mid), whole: mid });
		}
		if (e.reference !== null) return take(afterTopic ? REFERENCE_AFTER_TOPIC : REFERENCE_ALONE, afterTopic ? "reference" : "reference-alone", { r: e.reference });
		return topic !== null && topic.kind !== "question" ? take(BRIDGES, "bridge") : "";
	};
	// ("What you said about phone manner gave me a clearer picture of the work. I came away with a better idea of where I could
	// help.": a topic line that says what the talk gave the user leaves the bridge after it nothing new to say, review 250; it is
	// for a letter that goes on to the user's own part.)
	// ("It was useful to talk through matching adopters with the right animal with you.": a topic that holds "with" is never
	// followed by "with you", review 249.)
	const bridged = e.statement === null && e.reference === null;
	const topicLine = (): string => (topic !== null && !inOpening ? take(wherePossible(TOPIC_LINES[topic.kind], (o) => !echoesTopic(o, topic.text) && !(bridged && o === GAVE_A_PICTURE) && !(/ with /.test(topic.text) && o.includes("{topic} with you"))), topic.kind === "question" ? "topic-question" : "topic") : "");
	let middle: string;
	if (experienceFirst) {
		const experience = experienceLine();
		middle = join(experience, ...e.more, topicLine());
	} else {
		const line = topicLine();
		middle = join(line, experienceLine(), ...e.more);
	}
	// An address the attachments already give is not given twice.
	const own = e.links.filter((url) => !facts.attachments.some((a) => a.url === url));
	const links = own.map((url, i) => (i === 0 ? `There's more about it here: ${url}` : url));
	// A panel's letters say it in as many wordings as there are; a letter past them goes without rather than repeat one.
	const plain = topic === null && !hasExperience;
	// In a panel, a plain line another letter has said is left out rather than said twice.
	const panelled = (facts.panel ?? 1) > 1;
	// Someone who hardly spoke told the user nothing: only the lines that claim nothing of them.
	// A call ("25 min phone screen") gave no "much better sense of the job": on the phone, only the lines that claim no
	// insight into the work (review 140).
	const generalLines = facts.quiet ? QUIET_LINES : facts.byPhone === true ? GENERAL_LINES.filter((line) => !INSIGHT_CLAIMED.test(line)) : GENERAL_LINES;
	const general = plain ? take(facts.title !== null ? TITLE_LINES : generalLines, facts.title !== null ? "title" : "general", {}, panelled) : "";
	const attachments = [attachmentSentences(facts.attachments, facts), ...links].filter((a) => a !== "").join("\n");
	const pass = passThanksLine(facts);
	const question = nextStepsLine(facts, pass);
	// ("Thank you as well for arranging everything. I'd be grateful if you could thank Nina and Carlos for me as well.": "as well"
	// once, review 249.)
	const organising = ["Thank you as well for arranging everything.", "Thank you, too, for setting everything up."];
	const organised = facts.organiser ? choose(/\bas well\b/.test(pass) ? organising.filter((o) => !/\bas well\b/.test(o)) : organising, facts, "organiser") : "";
	// Thanks for organising alone is no paragraph of its own: it leads into the last one.
	const requests = pass === "" && question === "" ? "" : join(pass, question);
	// The closing that follows counts the thanks said for organising.
	used = `${used} ${organised}`;
	// "that work" is the user's work said just before it: never after the topic ("… talk about the last CNM left after
	// 8 months. I'd be happy to share more about that work", review 62).
	const offers = hasExperience ? (experienceFirst ? OFFERS.filter((o) => !/that work/.test(o)) : OFFERS) : OFFERS.filter((o) => !/that work|any of it/.test(o));
	// Nor, to someone who hardly spoke, "anything from our conversation".
	let offer = take(facts.quiet ? offers.filter((o) => !SPOKE.test(o)) : offers, "offer");
	// "The speechwriter role at the Office of the Mayor, City of Port Alden is …" would need a comma it cannot place.
	const interest = take(facts.company.includes(",") ? INTERESTS.filter((o) => !o.startsWith("{Role}")) : INTERESTS, "interest");
	// Thanks for organising in the last paragraph: its closing thanks no one again.
	let closing = take((organised !== "" && requests === "" ? CLOSINGS.filter((c) => !/thank/i.test(c)) : CLOSINGS).filter((c) => !(facts.quiet && SPOKE.test(c))), "closing");
	let extra = "";
	const count = () => words(join(opening, middle, general, extra, offer, attachments, requests, organised, interest, closing));
	// A short letter says more of the conversation before it says anything twice; a long one drops its pleasantries.
	// Only as many plain lines as the length needs, from pools without the lines that read the same in every
	// employer's letter (review 58).
	const short = (): boolean => count() < PAD_TARGET;
	// "Hearing your perspective as … Hearing about the day-to-day work …": two plain lines in a row never open alike (review 72).
	const opensAs = (line: string) => line.split(" ")[0];
	// "…learn more about the position from you. … show what I could bring to the position.": plain lines in one letter never
	// say the same noun twice (review 100).
	const nouns = (line: string): string[] => line.match(/\b(?:position|job|work|team|conversation|picture)\b/g) ?? [];
	const nounsNew = (line: string, before: string) => !nouns(line).some((n) => nouns(before).includes(n));
	// A letter with a topic says no title line besides: "I enjoyed hearing how you see the work as an assistant superintendent."
	// before "your perspective on LCES" told the reader their own post (review 117). A line that would say again what the
	// letter said is left out: the pads below fill the length.
	const titled = facts.title !== null && topic === null;
	// One line of the reader's view is enough: "It was good to hear from you how the position works. I enjoyed hearing how you
	// see the work." read as one thought said twice; a second plain line is one of the talk.
	// (Where no line is left to choose from, none is said.)
	// (To someone who hardly spoke, one line of thanks for being there: "I appreciated your taking part in the interview. It was
	// good to have you in the interview." said it twice, review 225.)
	const second = facts.quiet ? [] : generalLines.filter((line) => general === "" || (opensAs(line) !== opensAs(general) && nounsNew(line, general)));
	if (short() && second.length > 0) extra = take(second, titled ? "title" : "general", {}, true);
	// A recruiter is on no team the user would join: "do good work for your team" went to a talent-acquisition recruiter (review 195).
	// Nor "I hope I'll have the chance to work with you" to a recruiter or an HR partner, who will be no colleague (review 207).
	if (short()) extra = join(extra, take(wherePossible(USER_LINES, (line) => nounsNew(line, join(general, extra)) && !(facts.recruits === true && /\bteam\b|\bwork with you\b/.test(line))), "user", {}, true));
	// A call with one person showed nobody "the people on the team".
	// Nor, to someone who hardly spoke, thanks for answers they did not give.
	// To someone who hardly spoke, no line of a talk they never gave, from the pads or the reserve.
	const saysTheyTalked = (line: string) => facts.quiet === true && (TALK_CLAIMED.test(line) || SPOKE.test(line));
	const pads = (facts.byPhone ? PAD_LINES.filter((line) => !/people on the team|first-hand/.test(line) && !IN_PERSON.test(line)) : PAD_LINES).filter((line) => !saysTheyTalked(line));
	if (short()) extra = join(extra, take(wherePossible(pads, (line) => nounsNew(line, join(general, extra))), "pad", {}, panelled, LAST_PADS));
	if (short()) extra = join(extra, take(wherePossible(pads.filter((line) => !used.includes(line)), (line) => nounsNew(line, join(general, extra))), "pad-2", {}, panelled, LAST_PADS));
	// A panel too large for its own plain lines says one another letter said rather than fall short of the length.
	if (panelled && count() < PAD_TARGET) extra = join(extra, take([...pads, ...RESERVE_LINES.filter((line) => !saysTheyTalked(line))].filter((line) => !used.includes(line)), "pad-3"));
	if (count() > 168) closing = "";
	if (count() > 168) offer = "";
	// Plain lines said between the user's work and the offer leave "that work" nothing to stand for.
	if (arrangement !== 1 && extra !== "" && /that work/.test(offer)) offer = take(OFFERS.filter((o) => !/that work/.test(o) && !used.includes(o)), "offer-2");
	const body = arrangement === 1 ? join(general, extra, middle, offer) : join(middle, general, extra, offer);
	return {
		paragraphs: [join(opening, body), attachments, requests === "" ? "" : join(organised, requests), join(requests === "" ? organised : "", interest, closing)].filter((p) => p !== ""),
		parts: { opening, focusAndHighlight: body, attachments, interest: join(interest, closing), nextSteps: question, passThanks: pass },
	};
}

// ---------------------------------------------------------------- thank-you via the primary contact

export interface ViaFacts extends LetterFacts {
	/** "my interviews", "my call", "my video interviews". */
	meeting: string;
	/** First names of the people met, for "my interviews with Nina and Raj"; empty when unknown or many. */
	met: string[];
}

/** The thank-you to the primary contact, who set the day up and passes thanks on. */
export function viaPrimaryContact(facts: ViaFacts): Letter {
	const withWhom = facts.met.length > 0 && facts.met.length <= 3 ? ` with ${joinList(facts.met)}` : "";
	const values = { when: facts.when, role: facts.theRole, meeting: facts.meeting, with: withWhom };
	const opening = fill(
		choose(
			// Not "…; everything ran smoothly": the notes may say the video froze (review 87).
			["Thank you for arranging {meeting}{with} {when}; I appreciated your help.", "Thank you for setting up {meeting}{with} {when}.", "Many thanks for coordinating {meeting}{with} {when}."],
			facts,
			"via-opening",
		),
		values,
	);
	// ("Many thanks for coordinating my interview with Brian, Fatima and Greg …" then "… pass my thanks on to Greg Pulaski?", review
	// 263: someone just named by their first name is named so again.)
	const named = withWhom === "" ? undefined : facts.met.find((m) => facts.passThanksTo.length === 1 && facts.passThanksTo[0].startsWith(`${m} `));
	const names = named === undefined ? facts.passThanksTo : [named];
	const ask = facts.everyone
		? choose(["Could I ask you to pass my thanks on to everyone I met? I appreciated the time each of them gave me.", "I'd be grateful if you could thank everyone I met on my behalf."], facts, "via-ask")
		: names.length === 1
			? choose(
					[
						`Could I ask you to pass my thanks on to ${names[0]}${facts.passTopic ? ` for talking with me about ${facts.passTopic}` : ""}?`,
						`I'd be grateful if you could pass my thanks on to ${names[0]}${facts.passTopic ? ` for talking with me about ${facts.passTopic}` : ""}.`,
					],
					facts,
					"via-ask",
				)
			: choose(
					// ("Thank you for arranging my call with Kyle, Megan and Jorge …" then "… pass my thanks on to Kyle Brandt, Megan
					// O'Connell and Jorge Rivas": the same people named twice in two sentences, review 242. Named once, they are "them".)
					withWhom !== "" && names.length === facts.met.length
						? [`Could I ask you to pass my thanks on to ${names.length === 2 ? "both" : "each"} of them?`, `I'd be grateful if you could pass my thanks on to ${names.length === 2 ? "both" : "each"} of them.`]
						: [`Could I ask you to pass my thanks on to ${joinList(names)}?`, `I'd be grateful if you could pass my thanks on to ${joinList(names)}.`],
					facts,
					"via-ask",
				);
	// Named as the thanks named it ("my interview", "my calls", "my stage"): never "The conversation" to someone who was not
	// in it (review 96); a day of work tried is "the day".
	const conversations = meetingNoun(facts.meeting);
	const interest = fill(choose([`${conversations} left me more interested in {role}.`, "I came away more interested in {role}.", "I remain very interested in {role}."], facts, "via-interest"), values);
	const question = nextStepsLine(facts, ask);
	const offer = choose(["If there's anything else you need from me, just let me know.", "I'd be glad to help with anything else you need from me."], facts, "via-offer");
	const short = words(join(opening, ask, interest, question || offer)) < 58;
	// A short letter that opened with thanks for arranging the day ends looking ahead, not thanking again.
	const thanks = short ? choose(["I look forward to hearing from you.", "I hope to hear from you soon."], facts, "via-thanks") : "";
	// (The request goes with the thanks for arranging the day, never a paragraph of one sentence, review 263.)
	return {
		paragraphs: [join(opening, ask), join(interest, question || offer, thanks)],
		parts: { opening, focusAndHighlight: "", attachments: "", interest, nextSteps: question, passThanks: ask },
	};
}

// ---------------------------------------------------------------- messages to the primary contact

/** What the check-in says they were told, already read by next-steps-note.ts. */
export interface Told {
	/** `unread`: the note could not be told back safely, and the letter says nothing of it. */
	kind: "you" | "understood" | "unread";
	clause: string;
	/** The latest day the clause names is still to come: the check-in is sent ahead of it. */
	ahead?: boolean;
	/** The clause names a day, or a time that has one: when things happen is not open. */
	dated?: boolean;
	/** The latest day the clause names is the decision day the note gives: it is not said twice. */
	onDecisionDay?: boolean;
	/** The steps promise word on a day after the decision day the note gives: the later day is the one waited on. */
	laterThanDecision?: boolean;
	/** The note has decision_expected and no next_steps: the letter asks what the steps are. */
	stepsUnknown?: boolean;
	/** The last day the steps name is over: nothing is "in the meantime" any more. */
	past?: boolean;
	/** The last day the steps name is over, whether or not the decision day is: what they said is told as said before it. */
	stepPast?: boolean;
	/**
	 * The step is someone else's promise ("I understood Keiko would send … by Wednesday") and its day is over: told to
	 * another reader, it reports a colleague's miss (review 112). The check-in says nothing of it.
	 */
	othersMissed?: boolean;
	/** The next step is one the user takes part in (a trial shift, a second round), and its day is over when the check-in is due. */
	attendedPast?: boolean;
	/** The step is a meeting named by its week, not its day ("a second round … in the week of December 14"): the day is open. */
	dayOpen?: boolean;
	/** What the note says of the steps holds on a condition the letter leaves out ("if selected"): none of it is started now. */
	conditional?: boolean;
}

export interface ContactFacts {
	/** When the interview was: "today", "on 17 November". */
	when: string;
	theRole: string;
	company: string;
	/** The decision date they gave, in words ("Friday 27 November"), whether it has passed, and whether it is today. */
	decision: { date: string; past: boolean; today?: boolean; overWhenDue?: boolean } | null;
	/** What they said about next steps. */
	told: Told | null;
	/** When the user asked about next steps ("17 November"), when they did and heard nothing. */
	asked: string | null;
	/** They asked on the day of the interview. */
	askedOnTheDay: boolean;
	/** The recipient interviewed the user as well: they are thanked for the conversation, not the arranging. */
	interviewed: boolean;
	/** What the user had, for one who arranged it: "my interviews", "my call", "my video interview". */
	meeting: string;
	/** The recipient recruits for the company from outside it (an agency): the door they keep open is their own. */
	agency: boolean;
	/** A thank-you to the recipient is on record, so "again" is true. */
	thankedBefore: boolean;
	/** "active", "rejected", "offer", "withdrawn", "closed". */
	status: string;
	/** Whole days since the interview: a close-out a few days after it cannot say "these processes take time". */
	daysSince: number;
	/** A check-in to the recipient is on record: the wait has been one. */
	checkedIn?: boolean;
	seed: number;
}

export interface ContactLetter {
	paragraphs: string[];
}

// Who decides is never said to the one written to ("I understand you expect to decide", to a recruiter when the medical
// director and the manager decide, review 141): the day is said of the decision.

const pickFor = <T>(options: readonly T[], facts: ContactFacts, slot: string): T => choose(options, { index: 0, seed: facts.seed }, slot);

/**
 * What the next-steps message asks: only what the note leaves open. What they were told is said back
 * first ("I understood HR would call for references, probably in early December."), and a decision
 * day they gave is repeated rather than asked for again.
 */
/** Asked once the day they named is past: in the check-in, and in a next-steps letter written after it. */
const ANY_NEWS = "Is there any news you can share on where things stand?";

function openQuestion(facts: ContactFacts): string {
	// "I understood Dale would call by Friday 4 December", on the 6th, to Kendra: a colleague's miss is not reported to another,
	// in this letter as in the check-in (review 153); the letter asks for news.
	if (facts.told?.othersMissed === true) return facts.decision !== null && !facts.decision.past ? join(`I understand a decision is expected by ${facts.decision.date}.`, ANY_NEWS) : ANY_NEWS;
	const { told } = facts;
	// A decision day that is today is no day ahead: "you expect to decide by Friday 4 December" on the 4th (review 56).
	const decision = facts.decision !== null && !facts.decision.past && facts.decision.today !== true ? facts.decision.date : null;
	if (told !== null && told.kind !== "unread") {
		// A clause that already says when they decide is not told the decision again.
		// ("deciding by Friday 11 December" beside a decision_expected of the 9th: one day is said, the note's own words.)
		const decides = decision !== null && !/\b(?:decision|decide[ds]?|deciding)\b/.test(told.clause) && told.onDecisionDay !== true;
		// A clause that already joins two things with "and that" takes the decision as a last part of the same sentence.
		const { also } = decisionSaid(told.clause, decision ?? "");
		// "You mentioned the team would decide by Tuesday 3 November", written in December: that day is gone,
		// and what they said is told back as said before it (review 53).
		const stale = told.past === true && decision === null;
		// "You mentioned you'd call with feedback by Thursday 3 December", written on the 4th with the decision day still
		// ahead: the call's day is gone, said as before it, and the letter asks for news of it (review 64).
		// (Or a day the user was to take part in, gone, beside a decision still ahead in words: "a possible trial shift on Saturday,
		// December 5, and … a decision … by the end of next week", on the 8th, review 262.)
		const stepGone = !stale && told.stepPast === true;
		const said = `${capitalise(stale || stepGone ? told.clause.replace(/^you mentioned\b/, "you had mentioned") : told.clause)}${decides ? also : ""}.`;
		const open = stale
			? pickFor(["I'd be grateful for any news you can share on where things stand.", ANY_NEWS], facts, "ns-past")
			: stepGone
				? pickFor(["I'd be glad of any news you can share, and happy to send anything that would help in the meantime.", "Is there any news you can share so far, or anything I can send in the meantime?"], facts, "ns-step-past")
				: told.dayOpen === true && told.ahead !== false
				? // "a second round with the operations director in the week of December 14": the day is what the reader can
					// answer, so the letter asks it (review 124: a next-steps letter that asked nothing).
					// (A step the note only hoped for is never presumed: "if it goes ahead", review 223.)
					told.conditional === true || HOPED_STEP.test(told.clause)
					? pickFor(["If it goes ahead, could you let me know which day it would be, and whether there's anything I should prepare?", "Do you know yet whether that will go ahead, and on which day?"], facts, "ns-day")
					: pickFor(["Once the day is set, could you let me know when it is, and whether there's anything I should prepare?", "Do you know yet which day that will be, and is there anything I should prepare for it?"], facts, "ns-day")
				: told.dated || decision
				? ((told.conditional === true ? null : askOfSteps(told.clause)) ??
					(told.stepsUnknown === true
						? pickFor(["Could you tell me what the next steps in the process will be, and whether there's anything I can send in the meantime?", "Could you let me know what the next steps will be, and whether I can send anything in the meantime?"], facts, "ns-steps")
						: pickFor(["Is there anything I can send in the meantime?", "If there's anything I can send in the meantime, I'd be glad to."], facts, "ns-meantime")))
				: // "I understood the team would let me know. Could you let me know …": the question never says the step's words again (review 146).
					/\blet me know\b/.test(told.clause)
					? pickFor(["Do you have a sense of roughly when that will be, and is there anything I can send in the meantime?", "When you have a moment, could you tell me roughly when to expect that?"], facts, "ns-when")
					: pickFor(["Could you let me know roughly when that's likely to be, and whether there's anything I can send in the meantime?", "When you have a moment, could you let me know roughly when to expect that?"], facts, "ns-when");
		return join(said, open);
	}
	// The note says what comes next, in words the letter cannot say back: the user was told, so the
	// letter neither asks again (as if they had not listened) nor asks to "confirm" what it does not say.
	// Still, a letter about next steps asks something: when that step may come, never what it is (review 85: "I look
	// forward to the next steps" gave the reader nothing to answer). Once the decision day is past, it asks for news.
	if (told !== null) {
		// The day they gave is over: said back, then the question (review 117: "Is there any news …" alone said nothing of
		// the day the user was told).
		if (facts.decision !== null && facts.decision.past) return join(`I understood a decision was expected by ${facts.decision.date}.`, ANY_NEWS);
		// They said when, in words the letter cannot say back: it asks nothing they answered (review 90).
		if (told.dated === true) return join(decision ? `I understand a decision is expected by ${decision}.` : "", pickFor(["I look forward to the next steps. If there's anything I can send in the meantime, just let me know.", "I'm looking forward to what comes next, and if there's anything I can send in the meantime, I'd be glad to."], facts, "ns-confirm"));
		return join(
			decision ? `I understand a decision is expected by ${decision}.` : "",
			pickFor(
				["Could you let me know roughly when the next step is likely to be? If there's anything I can send in the meantime, just let me know.", "When you have a moment, could you let me know when to expect the next step, and whether there's anything I can send in the meantime?"],
				facts,
				"ns-confirm",
			),
		);
	}
	// The decision day they gave is over and nothing else was said: the letter asks for news, not when (review 53).
	if (facts.decision !== null && facts.decision.past) return "Is there any news you can share on the decision?";
	if (facts.decision !== null && facts.decision.today === true) return "I understand a decision is expected around now; is there any news you can share?";
	if (decision) {
		return pickFor(
			[
				`I understand a decision is expected by ${decision}; could you tell me what the next stage involves?`,
				`I understand a decision is expected by ${decision}. When you have a moment, could you let me know whether there's another stage before then?`,
				`I'd be grateful to know what the next stage involves; I understand a decision is expected by ${decision}.`,
			],
			facts,
			"ns-question",
		);
	}
	return pickFor(
		[
			"Could you tell me what the next stage looks like, and when you expect to make a decision?",
			"When you have a moment, could you let me know how the process continues from here, and roughly when I might hear?",
			"I'd be grateful to know what the next stage involves and when a decision is likely. It would help me plan the coming weeks.",
		],
		facts,
		"ns-question",
	);
}

/**
 * What a letter about next steps already told asks of them, for the reader to answer (reviews 173-178: "If there's anything
 * I can send in the meantime, I'd be glad to." asked nothing): references sent now, a check to start, what to prepare; null
 * when the steps name none of these.
 */
/** A step the note only hoped for, or one on a condition: "possibly a second round", "if I moved forward". */
// ("a second interview with the director, probably in the week of 7 December" is sure of the step, not of its week.)
const HOPED_STEP = /\b(?:possibly|might|maybe|perhaps|probably (?:an?|the|another)|if I (?:moved|move) forward|if I advanced?)\b/;

function askOfSteps(clause: string): string | null {
	// (Not references they are already calling: "you'd call my references this week".)
	if (/\breferences?\b|\bref(?:erence)? checks?\b/.test(clause) && !/\b(?:call|calling|contact|contacting|check|checking|reach out to|speak (?:to|with)|talk to) (?:my |the |your )?references\b/.test(clause)) return "Would it help if I sent my references now?";
	if (/\b(?:background check|drug (?:test|screen)|TB test|physical|fingerprint\w*|paperwork)\b/i.test(clause)) return "Is there anything I should do now to get that started?";
	// ("within 2 to 3 weeks of my interview" names no step: a decision is nothing to prepare for, review 179.)
	const steps = clause.replace(/\b(?:of|since|after) (?:my|our|the) interview\b/g, "");
	if (/\b(?:round|interview|demo|presentation|shadow\w*|ride-along|working interview|trial|visit|tour|assessment|exercise|case study|test)\b/.test(steps)) {
		// "…a second round with the general manager, and that a decision was expected …. Is there anything you'd like me to prepare
		// for it?" offered to prepare for a decision (review 200): the step is named, "for the second round with the general manager".
		const named = /\b(?:an?|the) ((?:[\p{Ll}-]+ ){0,3}(?:round|interview|demo|presentation|shadow shift|ride-along|trial|visit|tour|assessment|exercise|case study|test|shift))(?: (with (?:the )?(?:[\p{L}.'’-]+ ){0,3}[\p{L}.'’-]+))?(?=$|[ ,.;])/u.exec(steps);
		// ("the second interview with field techs soon?", review 264: when it may come is no part of whom it is with.)
		// ("the ride-along with a mobile tech and?", review 267: a step joined to the next by "and" ends before it.)
		const whom = named?.[2]?.replace(/ (?:soon|shortly|asap|later|sometime|eventually|and|or|then|plus)$/i, "");
		const said = named === null ? null : `the ${named[1]}${whom === undefined || whom.split(" ").length > 5 ? "" : ` ${whom}`}`;
		// ("maybe 2nd round w/ dean", "store mgr interview if moving fwd": a step the note only hoped for is never presumed,
		// "If I'm invited to …", review 223.)
		if (HOPED_STEP.test(clause)) return `If I'm invited to ${said ?? "the next step"}, is there anything that would help me prepare?`;
		// "…about a second round with the owner. Is there anything you'd like me to prepare for the second round with the owner?"
		// said the step twice running (review 206): where the step ends what was said, it is "it".
		const last = named === null ? "" : steps.slice(named.index + named[0].length);
		if (said !== null && named !== null && !/\b(?:decision|decide|hear|know|offer|answer|call|email|text|start|round|interview|chat|meeting|demo|presentation|shadow|visit|tour|assessment|exercise|test|trial|shift)\b/i.test(last)) return "Is there anything you'd like me to prepare for it?";
		return said === null ? "Is there anything you'd like me to prepare for it?" : `Is there anything you'd like me to prepare for ${said}?`;
	}
	// "You mentioned you'd like a writing sample by Monday, December 7": they asked for something of the user's, and "Is there
	// anything I can send in the meantime?" reads as if the user had not listened (review 248). The letter asks what it is to cover.
	const wanted = /\byou'd like (?:a|an|my|the|some|two|three|\d{1,2}) ((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)(?= by | before |,|$)/u.exec(clause);
	if (wanted !== null) return `Is there anything in particular you'd like ${/[^s]s$/.test(wanted[1]) ? "them" : "it"} to cover?`;
	return null;
}

/** The next-steps message: one thanks, the interest, the question (or what they said, and what is open). */
export function nextStepsLetter(facts: ContactFacts): ContactLetter {
	const again = facts.thankedBefore ? " again" : "";
	const what = facts.interviewed ? "our conversation" : `arranging ${facts.meeting}`;
	// To one who arranged it, "It left me" would be the arranging (review 87), and "The conversation" one they were not in
	// (review 96): the interview is named as the thanks named it.
	return {
		paragraphs: [
			// ("Thank you for arranging my interview on November 30. The interview left me …": the thanks named it, review 252; "It"
			// would be the arranging, review 87. Only "the day" of a trial or of several calls is not the thanks' own word.)
			join(`Thank you${again} for ${what} ${facts.when}.`, pickFor([`I came away more interested in ${facts.theRole}.`, facts.interviewed ? `It left me more interested in ${facts.theRole}.` : meetingNoun(facts.meeting) === "The day" ? `The day left me more interested in ${facts.theRole}.` : `I came away more interested in ${facts.theRole}.`, `I remain very interested in ${facts.theRole}.`], facts, "ns-interest")),
			openQuestion(facts),
		],
	};
}

/**
 * The check-in's sentence about what they said, when the note holds it; null otherwise. `call`: said
 * on the phone, after a first line that already gave the interview's day.
 */
/**
 * How the decision day is said beside a step: a step that is a further round is what the day decides, so it is when the
 * user would hear back, never "a decision" (review 92: "a second round onsite …, and that a decision was expected by …").
 */
function decisionSaid(step: string, date: string): { also: string; alone: string } {
	if (/\b(?:second|2nd|third|3rd|final|further|another|next) (?:round|interview)|\bonsite\b|\bon-site\b/i.test(step)) {
		return { also: / and that /.test(step) ? `, with word expected by ${date}` : `, and that I'd hear back by ${date}`, alone: `I was expecting to hear back by ${date}` };
	}
	return { also: / and that /.test(step) ? `, with a decision expected by ${date}` : `, and that a decision was expected by ${date}`, alone: `A decision was expected by ${date}` };
}

export function whatTheySaid(facts: ContactFacts, call = false): string | null {
	const told = facts.told?.othersMissed === true || facts.told?.attendedPast === true ? null : facts.told;
	const decision = told?.laterThanDecision === true ? null : facts.decision;
	// "gail sending a paid practical early next wk" beside decision_expected: the step the user waits on is said with the
	// decision day, never the decision alone (review 80); once that day is past or may be by the time it is sent. Next steps
	// that are the answer itself ("you'd let me know early in the week of 16 November") are not said beside it.
	const step = told !== null && told.kind !== "unread" && !/\b(?:decision|decide[ds]?|deciding|offer|hear(?: back)?|let me know|get back to me|answer|news)\b/.test(told.clause) && told.onDecisionDay !== true ? told.clause : null;
	if (decision !== null && step !== null && (decision.past || decision.overWhenDue === true)) {
		const since = `${facts.interviewed ? "When we spoke" : `After ${facts.meeting}`}${call ? "" : ` ${facts.when}`}`;
		const { also, alone } = decisionSaid(step, decision.date);
		// A long step is its own sentence, and the decision day the next: one sentence of 45 words was a run-on (review 85).
		const words = `${since} ${step}${also} so I'm writing to check in`.split(" ").length;
		if (words > 32) return `${since}, ${step}. ${alone}, so I'm writing to check in.`;
		return step.split(",").length > 2 ? `${since}, ${step}${also}. I'm writing to check in.` : `${since}, ${step}${also}, so I'm writing to check in.`;
	}
	if (decision !== null) {
		if (decision.past) return `I understood a decision was expected by ${decision.date}, so I'm writing to check in.`;
		// Drafted ahead of a day it may be sent after: true on either side of that day.
		// On the decision day itself, the day is not named as if ahead (review 56).
		if (decision.overWhenDue === true) return decision.today === true ? "I understood a decision was due around this time, so I wanted to check in." : `I understood a decision would come by ${decision.date}, so I wanted to check in.`;
		// On the day itself there is no "before then".
		if (decision.today === true) return "I understand a decision is expected around now, so I thought I'd check in.";
		return `I understand a decision is expected by ${decision.date}, so I thought I'd get in touch before then.`;
	}
	if (told !== null && told.kind !== "unread") {
		// A clause of many parts ("a second interview with Gary Halvorsen, the owner, possibly ..., which you'd schedule") ends its sentence first.
		// Only one who was there "spoke" with the user; to one who arranged it, it was after the interview.
		const since = `${facts.interviewed ? "When we spoke" : `After ${facts.meeting}`}${call ? "" : ` ${facts.when}`}`;
		// "After my interview on December 2, I understood I'd hear back within 2 to 3 weeks of my interview" said it twice (review
		// 193): the span counts from the interview the sentence starts with.
		const clause = !facts.interviewed && /\binterview\b/.test(facts.meeting) ? told.clause.replace(/ of (?:my|our) interview\b/, "") : told.clause;
		if (clause.split(",").length > 3) return `${since}, ${clause}. ${told.ahead ? "I thought I'd get in touch before then." : "I'm writing to check in."}`;
		return `${since}, ${clause}, so ${told.ahead ? "I thought I'd get in touch before then." : "I'm writing to check in."}`;
	}
	if (facts.asked !== null) return `I asked about next steps ${call && facts.askedOnTheDay ? "that day" : `on ${facts.asked}`}, and I'm writing to follow up.`;
	return null;
}

/** The check-in: still interested, any news; what they were told, when the note has it. */
export function checkInLetter(facts: ContactFacts): ContactLetter {
	const said = whatTheySaid(facts);
	// To one who was there, it was "our call" or "our conversation", never "our interviews".
	const ours = /call/.test(facts.meeting) ? "our call" : "our conversation";
	const opening = join("I hope you're well.", said ?? `I'm writing to follow up on ${facts.interviewed ? ours : facts.meeting} ${facts.when}.`);
	return {
		paragraphs: [
			opening,
			pickFor(
				[`I'm still very interested in ${facts.theRole}, and I'd be grateful for any update you can share.`, `I remain very interested in ${facts.theRole}. ${ANY_NEWS}`],
				facts,
				"ci-interest",
			),
			// Next steps that already speak of references are not answered with an offer to send some (review 59).
			pickFor(
				/\b(?:references?|refs?)\b/i.test(facts.told?.clause ?? "")
					? ["If there's anything else you need from me, just let me know."]
					: // Not "examples of my work", which means nothing to a deckhand's captain (review 85).
						["If references would help, I'd be happy to send them.", "If there's anything else you need from me, just let me know."],
				facts,
				"ci-offer",
			),
		],
	};
}

/** "Megan O'Donnell, RN, BSN" → "Megan O'Donnell": letters after a name (two capitals or more each) are never said. */
function withoutLetters(name: string): string {
	const parts = name.split(",");
	while (parts.length > 1 && /^[A-Z][A-Za-z.-]{0,7}$/.test(parts[parts.length - 1].trim()) && (parts[parts.length - 1].match(/[A-Z]/g) ?? []).length >= 2) parts.pop();
	return parts.join(",").trim();
}

/** The lines of a call: short enough to say, each one a breath. */
export function callScript(facts: ContactFacts, hello: string, caller: string): string[] {
	const said = whatTheySaid(facts, true);
	return [
		// Said aloud, "Dear Ms. Okafor" is "Hello Ms. Okafor".
		// "it's Megan O'Donnell, RN": nobody says their letters on the phone (review 176); the name is said alone.
		`${hello.replace(/^Dear /, "Hello ")}, it's ${withoutLetters(caller)} — I interviewed for ${facts.theRole} ${facts.when}.`,
		said === null ? "I'm calling to check in." : said.replace(/, so I'm writing to check in\.$/, ", so I'm calling to check in.").replace(/I'm writing to/, "I'm calling to").replace(/I thought I'd get in touch before then\./, "I thought I'd call before then."),
		"I'm still very interested, and I'd be glad of any update you can share.",
		"Is there anything else I can send that would help?",
		"Thank you — I appreciate your time.",
		"(On voicemail: who you are and the role, that you're still interested, your phone number, and that you've sent an email as well.)",
	];
}

/**
 * The closing message, by the interview's status: after a rejection, thanks for letting the user
 * know and an interest in future openings; after an offer or a withdrawal, a courteous note that
 * presumes no silence; otherwise gracious, still interested, the door left open.
 */
export function closeOutLetter(facts: ContactFacts): ContactLetter {
	const gave = facts.interviewed ? "for our conversation" : `for arranging ${facts.meeting}`;
	// The letter names the company once: its first sentence names the role at it, so the door to other roles is "with your
	// team" (review 58: "… at Deschutes National Forest - Sisters RD. … future roles at Deschutes National Forest - Sisters
	// RD."), never a "there" with nothing to point back to two sentences on (review 48).
	// "with your team" points back to nothing and names nothing twice.
	const there = facts.company === "" || facts.theRole.includes(facts.company) ? "with your team" : atCompanyInSentence(facts.company);
	// An agency's recruiter puts candidates forward, and has other roles of their own.
	const future = facts.agency ? "to hear about other roles you're working on" : `to be considered for future openings ${there}`;
	const considering = facts.agency ? "for putting me forward for" : "for considering me for";
	const waited = facts.daysSince >= 7 || facts.checkedIn === true || (facts.decision !== null && facts.decision.past);
	switch (facts.status) {
		case "rejected":
			return {
				paragraphs: [
					`Thank you for letting me know, and ${gave} during the process for ${facts.theRole}.`,
					`I enjoyed meeting the team and learning about the work, and I'd be glad ${future}.`,
					"I hope our paths cross again.",
				],
			};
		case "offer":
		case "withdrawn":
			return {
				paragraphs: [
					`Thank you${facts.thankedBefore ? " again" : ""} ${gave} and for everything during the process for ${facts.theRole}.`,
					"I appreciated the care you and your colleagues took, and I hope we stay in touch.",
				],
			};
		default:
			return {
				paragraphs: [
					// "Again" only when a thank-you is on record (review 50: five close-outs thanked "once more" for the first time).
					pickFor(
						facts.thankedBefore
							? [`Thank you again ${gave} ${facts.when}, and ${considering} ${facts.theRole}.`, `I wanted to thank you once more ${gave} ${facts.when}, and ${considering} ${facts.theRole}.`]
							: [`Thank you ${gave} ${facts.when}, and ${considering} ${facts.theRole}.`, `I wanted to thank you ${gave} ${facts.when}, and ${considering} ${facts.theRole}.`],
						facts,
						"co-thanks",
					),
					// The door to other openings is held out only once the wait has been long enough to be one: a week and
					// more since the interview, a check-in gone unanswered, or the decision day over. Days after the
					// interview it reads as expecting the rejection (review 56); the letter keeps its interest line alone.
					waited
						? pickFor(
								[
									...(facts.daysSince >= 7
										? [`I know these processes take time. I'm still very interested, and I'd be glad of any news when you have it. Whatever happens with this opening, I'd welcome the chance ${facts.agency ? "to hear about other roles you're working on" : `to be considered for future roles ${there}`}.`]
										: []),
									`I remain very interested, and I'd be glad to hear from you whenever there's news. If this opening goes another way, I'd welcome ${facts.agency ? "hearing about other roles you're working on" : `being considered for future roles ${there}`}.`,
								],
								facts,
								"co-door",
							)
						: // An agency's recruiter has other roles whatever becomes of this one: saying so early presumes nothing (review 145).
							facts.agency
							? "I remain very interested, and I'd be glad to hear from you whenever there's news, or about other roles you're working on."
							: "I remain very interested, and I'd be glad to hear from you whenever there's news.",
					// "Our paths cross again" is a parting, too early before the wait is one.
					waited ? pickFor(["I hope our paths cross again.", "I hope we stay in touch."], facts, "co-close") : "I hope we stay in touch.",
				],
			};
	}
}

// ---------------------------------------------------------------- a handwritten card

export interface CardFacts {
	/** "on Tuesday": a card is read days later, so never "today". */
	day: string;
	/** A short topic, or null: a card never carries more of the note than that. */
	topic: string | null;
	/** The reader hardly spoke: the card thanks them for their time, never for a conversation (review 111). */
	quiet?: boolean;
	topicKind: TopicKind | null;
	/** The user's experience in a few words: "the time I led a retention push on 4 West". */
	experience: string | null;
	title: string | null;
	/** "the sous chef role at Harvest Table", for a card that has nothing more specific to say. */
	theRole: string;
	index: number;
	seed: number;
	/** The interview was a call: nobody "saw" or "met with" the user. */
	byPhone?: boolean;
}

/** A card's line about the role when the note gives nothing more: claims nothing the reader did ("describe" went, review 49). */
// Lines that name the role alternate with lines that do not, each built its own way, so that a panel's cards differ in
// more than their first words and do not all name the whole role and company (review 54: "I'm glad I had the chance to
// learn about the … role at …" beside "It was good to learn more about the … role at …"). An even number keeps them alternating.
const CARD_ROLE = [
	"It was good to learn more about {role}.",
	"I came away with a much better sense of the job.",
	// Not "I left even more interested …": nobody leaves a phone call (review 88).
	"I'm even more interested in {role} now.",
	"I can picture the work much more clearly now.",
	"Hearing more about {role} was a real pleasure.",
	// Not "I'm glad I had the chance to ask my questions" to someone who did the asking (review 96).
	"I've thought about the role a good deal since.",
];

const CARD_TOPIC = [
	"Thank you for our conversation {day} about {topic}.",
	"Thank you for taking the time {day} to talk about {topic}.",
	"Thank you for meeting with me {day} to talk over {topic}.",
	"Thank you for meeting with me {day}, and for talking through {topic}.",
	"Thank you for your time {day}, and for talking with me about {topic}.",
	"Thank you for the time you gave me {day} to discuss {topic}.",
	"I'm grateful for our conversation {day} about {topic}.",
	"Thank you for seeing me {day} and for sharing your thoughts on {topic}.",
	"Many thanks for our talk {day} about {topic}.",
	"It was good to meet you {day} and to talk about {topic}.",
	"Thank you for the chance {day} to hear your thoughts on {topic}.",
];
const CARD_QUESTION = [
	"Thank you for meeting with me {day}, and for your question about {topic}.",
	"Thank you for seeing me {day}, and for your thoughtful question about {topic}.",
	"Thank you for your time {day}, and for asking me about {topic}.",
	"Thank you for the conversation {day}, and for asking about {topic}.",
	"I'm grateful for our conversation {day}, and for your question about {topic}.",
	"Many thanks for seeing me {day}, and for the question about {topic}.",
];
const CARD_PLAIN = [
	"Thank you for meeting with me {day}.",
	"Thank you for your time {day}.",
	"Many thanks for our conversation {day}.",
	"Thank you for making time for me {day}.",
	"Thank you for seeing me {day}.",
	"I'm grateful for the time you gave me {day}.",
	"Thank you for the conversation {day}.",
	"A short note to thank you for meeting me {day}.",
];
const CARD_EXPERIENCE = ["I enjoyed telling you about {e}.", "I was glad to tell you about {e}.", "It was a pleasure to tell you about {e}.", "I was glad we could talk about {e}.", "It was good to tell you about {e}."];
/** The same without a topic before it, which "It reminded me" would need. */
const CARD_EXPERIENCE_ALONE = ["I was glad to tell you about {e}.", "I enjoyed telling you about {e}.", "I was glad we could talk about {e}.", "It was a pleasure to tell you about {e}.", "I'm glad we got to talk about {e}."];
/** A card's first line often speaks of "our conversation": no forward line says the word again. */
const CARD_FORWARD = [
	"I hope we speak again soon.",
	"I hope to see you again before long.",
	"I look forward to staying in touch.",
	// Not "I'd be glad to hear from you again": the reader may never have written (review 61); nor "I hope our paths cross
	// again soon", a parting the day after an interview (review 67).
	"I hope to speak with you again.",
	"I'd welcome the chance to talk again.",
	// Not "I look forward to the next steps" to a panel's horticulturist, who runs none of them (review 99).
	"I'd be happy to talk again whenever it suits you.",
	"I hope we'll talk again before long.",
];

/** The last line of a card that has not thanked yet. */
const CARD_THANKING_FORWARD = [
	"Thank you for your time; I hope we speak again soon.",
	"Thank you for your time, and I hope to see you again before long.",
	"Thank you for your time; I look forward to staying in touch.",
	"Many thanks for your time, and I hope to speak with you again.",
];

/** Two or three short sentences in the card's own words: the topic, a line about the user, a forward line. */
export function cardText(f: CardFacts): string {
	const values = { day: f.day, topic: f.topic ?? "", title: f.title ?? "", e: f.experience ?? "", role: f.theRole };
	const topicFrames = heldAs(f.topicKind === "question" ? CARD_QUESTION : f.topic !== null && f.topic.split(" ").length > 6 ? CARD_TOPIC.filter((o) => !/\{topic\}[^.]/.test(o)) : CARD_TOPIC, f.byPhone);
	const first = fill(f.topic !== null ? choose(solemn(wherePossible(topicFrames, (o) => !echoesTopic(o, f.topic ?? undefined)), values), f, "card-topic") : choose(heldAs(f.quiet === true ? CARD_PLAIN.filter((o) => !SPOKE.test(o)) : CARD_PLAIN, f.byPhone), f, "card-plain"), values);
	let middle = "";
	if (f.experience !== null) {
		const options = solemn(f.topic !== null ? CARD_EXPERIENCE : CARD_EXPERIENCE_ALONE, values);
		let pick = choose(options, f, "card-experience");
		// "It was good to meet you … It was good to tell you …": two sentences of a card never open alike.
		const opening = (t: string) => t.split(" ").slice(0, 3).join(" ");
		if (opening(pick) === opening(first)) pick = options[(options.indexOf(pick) + 1) % options.length];
		// "to tell you how I led …", not "to tell you about how I led …".
		if (/^how /.test(f.experience)) pick = pick.replace(/\b(tell|telling) you about \{e\}/, "$1 you {e}");
		middle = fill(pick, values);
	}
	// A title alone says nothing of what the reader talked about: "It was good to hear about your work as the superintendent of
	// operations" was made up from a 25-minute phone screen about the user's certificate (review 105). The role's lines claim nothing.
	else if (f.topic === null) middle = fill(choose(CARD_ROLE, f, "card-role"), values);
	// "…and to talk about docketing. I was glad we could talk about …": a card says "talk" once.
	// (Reworded in place, so that a panel's cards keep the wordings the choice spread among them.)
	// "go over running a kennel" stacks two verbs: a gerund is told instead ("I was glad I could tell you about running …"),
	// in words no other card wording has, so that a panel's cards still differ.
	if (/\btalk/.test(first)) middle = /^\p{Ll}+ing\b/u.test(f.experience ?? "") ? middle.replace(/\bwe could talk about\b/, "I could tell you about").replace(/\bwe got to talk about\b/, "I had the chance to tell you about") : middle.replace(/\btalk about\b/, "go over");
	const said = `${first} ${middle}`;
	// A card always thanks: when its first lines only say the talk stayed with the user, the last one does.
	const forwards = /\b(?:thank|thanks|grateful)\b/i.test(said) ? CARD_FORWARD : CARD_THANKING_FORWARD;
	const forward = CARD_REWORDINGS.reduce((line, [before, words, instead]) => (before.test(said) ? line.replace(words, instead) : line), choose(heldAs(forwards, f.byPhone), f, "card-forward"));
	return join(first, middle, forward);
}

/** A card's last line reworded when a word of it was said before: "talk again" after a talk, "glad" after "glad". */
const CARD_REWORDINGS: readonly (readonly [RegExp, RegExp, string])[] = [
	[/\btalk/, /\btalk again\b/, "speak again"],
];

// ---------------------------------------------------------------- a LinkedIn invitation

export interface InviteFacts {
	/** "Hi Dana", or "Hello" without a name. */
	hello: string;
	when: string;
	/** A short topic, or null. */
	topic: string | null;
	/** "the platform engineer role at Acme Robotics", or "my Acme Robotics interview" when short is needed. */
	theRole: string;
	index: number;
	seed: number;
	/** The interview was a call: nobody "saw" or "met with" the user. */
	byPhone?: boolean;
}

/** Each invitation with its own way of taking the topic; `{topic}` parts go when there is none. */
const INVITES: readonly [string, string][] = [
	// ("…about parents calling during class during my interview": "at my interview" after a topic, review 218.)
	// ("…on December 5 about the standing orders changing last minute at my interview for the role at Golden Crust Bakery": the
	// topic said on its own, never stacked between the day and the role, reviews 221 and 222.)
	["{hello}, thank you for speaking with me {when} during my interview for {role}. {connect}", "{hello}, thank you for our talk {when} about {topic}, when I interviewed for {role}. {connect}"],
	["{hello}, it was good to meet you {when} while I was interviewing for {role}. {connect}", "{hello}, it was good to meet you {when} while I was interviewing for {role}, and to talk about {topic}. {connect}"],
	["{hello}, thanks for your time {when}. I interviewed for {role}, and {connect}", "{hello}, thanks for your time {when} and for our conversation about {topic}. I interviewed for {role}, and {connect}"],
	["{hello}, I enjoyed meeting you {when} during my interview for {role}. {connect}", "{hello}, I enjoyed meeting you {when} during my interview for {role}; thank you for talking through {topic}. {connect}"],
	["{hello}, thank you for the conversation {when} when I interviewed for {role}. {connect}", "{hello}, thank you for the conversation {when} about {topic}. I enjoyed interviewing for {role}, and {connect}"],
	["{hello}, I'm the candidate you met {when} for {role}. Thank you for the conversation; {connect}", "{hello}, I'm the candidate you met {when} for {role}. Thank you for the conversation about {topic}; {connect}"],
	["{hello}, many thanks for meeting me {when} about {role}. {connect}", "{hello}, many thanks for meeting me {when} about {role}, and for the conversation about {topic}. {connect}"],
];

/** A LinkedIn invitation note: company and role, one topic when there is one, and "I'd be glad to connect". */
export function inviteText(f: InviteFacts, casual = false): string {
	const connect = choose(["I'd be glad to connect.", "I'd be glad to connect here."], f, "connect");
	const [plain, withTopic] = choose(heldAs(INVITES, f.byPhone, (o) => o.join(" ")), f, "invite");
	const text = fill(f.topic !== null ? withTopic : plain, { hello: f.hello, when: f.when, role: f.theRole, topic: f.topic ?? "", connect });
	// ("Dear Dr. Freeman, thanks for your time": a formal greeting keeps the register of what follows it, review 231, where the
	// note still fits; `casual` is the wording as it was.)
	return /^Dear\b/.test(f.hello) && !casual ? text.replace(", thanks for your time", ", thank you for your time") : text;
}
