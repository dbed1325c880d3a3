// Where a note's own text, below its frontmatter, mentions someone. A thank-you is general when the
// interviewer's entry has no focus and no highlight, yet the user's notes under their headings often
// say what that person cared about ("- ana asked abt working w/ difficult brides"). Those lines are
// the user's private notes: they are never put in a letter, only pointed at, so that the user can
// move what matters into the person's focus. The one exception is the template's own section for it,
// "What mattered to each of them": a line there opened by one person's name is read as their focus and
// highlight (matteredLines here, what-mattered.ts for the reading), and the user is told which line. Sections the product wrote (drafts, the follow-up log)
// are not the user's notes and are skipped.
import { findFrontmatter } from "./frontmatter-rule";
import { criticises, privateRemark } from "./private-remarks";
import { dropControls } from "./invite-details";
import { atxHeading } from "./text-scan";
import { EVERYDAY_NAMES } from "./everyday-names";

export interface Mention {
	/** 1-based line of the note. */
	line: number;
	/** The line as a short, single-line quote: list marker gone, at most QUOTE_LENGTH characters. */
	quote: string;
}

const QUOTE_LENGTH = 70;

/** Headings of the sections the product writes into a note. */
const PRODUCT_SECTIONS = new Set(["follow-up drafts", "follow-up log"]);
/** A draft block's own heading: "### Thank-you to Ana Ruiz — 2026-12-01". */
const DRAFT_HEADING_END = /\s—\s\d{4}-\d\d-\d\d$/;

function isLetter(c: string | undefined): boolean {
	return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

/** The words of a line, as typed: runs of letters (an apostrophe or hyphen inside a word keeps it whole). */
function wordsOf(line: string): string[] {
	const out: string[] = [];
	let start = -1;
	for (let i = 0; i <= line.length; i++) {
		const c = line[i];
		const inner = (c === "'" || c === "’" || c === "-") && start !== -1 && isLetter(line[i + 1]);
		if (isLetter(c) || inner) {
			if (start === -1) start = i;
		} else if (start !== -1) {
			out.push(line.slice(start, i));
			start = -1;
		}
	}
	return out;
}

/** True when the line names the person by one of `names` (lower case), as a whole word. */
function names(line: string, wanted: readonly string[]): boolean {
	return wordsOf(line).some((w) => {
		const l = w.toLowerCase().replace(/['’]s$/, "");
		if (!wanted.includes(l)) return false;
		// "will", "may": only "Will", "May" with its capital is the person.
		return !EVERYDAY_NAMES.has(l) || w[0] !== w[0].toLowerCase();
	});
}

/** "mo: consistency!!", "- Ana: asked abt brides": a line that opens with the name, in any case and however short, then a colon, is about them (review 53). */
function headedBy(line: string, wanted: readonly string[]): boolean {
	// ("- Chris - teen-ish asst instructor, just said hi": a dash with spaces round it heads a line as a colon does, review 251.)
	const m = /^\s*(?:[-*+]\s+)?([\p{L}'’-]+)(?::| [-–—] )/u.exec(line);
	return m !== null && wanted.includes(m[1].toLowerCase());
}

/** A line as a quote for a message: one line, no marks that steer a terminal, list marker gone, cut at a word. */
function quoteOf(line: string): string {
	// Controls and the bidirectional marks that could steer a terminal or reorder the quote: the invite reader's rule.
	let text = dropControls(line);
	// Bold and italic marks are the note's formatting, not its words.
	text = text.replace(/\*\*|__/g, "").replace(/\s+/g, " ").trim();
	text = text.replace(/^(?:#{1,6}|[-*+]|\d{1,3}[.)])\s+(?:\[[ x]\]\s+)?/i, "");
	if (text.length <= QUOTE_LENGTH) return text;
	const cut = text.lastIndexOf(" ", QUOTE_LENGTH - 1);
	return `${text.slice(0, cut > 20 ? cut : QUOTE_LENGTH - 1)}…`;
}

/** Name words as a line is searched for them: lower case, letters (an apostrophe or hyphen inside) only. */
function plainNames(nameWords: readonly string[]): string[] {
	return nameWords.map((w) => w.toLowerCase()).filter((w) => w !== "" && [...w].every((c) => isLetter(c) || c === "'" || c === "-"));
}

/** The name words of three letters or more: shorter ones ("al", "jo") are words of every line. */
function wantedNames(nameWords: readonly string[]): string[] {
	return plainNames(nameWords).filter((w) => w.length >= 3);
}

/**
 * The lines below the frontmatter that mention someone by any of `nameWords` (their first name, their
 * surname; lower case, three letters or more), at most `limit` of them, in order. Outside the
 * product's own sections and draft blocks; the lines of a fenced code block are skipped too.
 */
export function mentionsOf(noteText: string, nameWords: readonly string[], limit = 2): Mention[] {
	const plain = plainNames(nameWords);
	const wanted = wantedNames(nameWords);
	if (plain.length === 0) return [];
	// "ruth might be leaving? … dont mention": a line the user marked as not to be said is never offered as material (review 76),
	// nor one that finds fault with the team ("said dept is chaotic since new dir came", review 88) or speaks of pay.
	// ("## private … shonda mentioned last 2 hires washed out": a section the user keeps for themselves is never offered, review 192.)
	return userLines(noteText, (line) => (names(line, wanted) || headedBy(line, plain)) && !keptBack(line) && !criticises(line) && !SIZED_UP.test(line) && !MONEY_OR_RIVALS.test(line) && !DOUBTS_OR_GOSSIP.test(line) && privateRemark(line, "focus") !== "pay", limit, () => 0, true);
}

/** What a step typed with no one doing it does, and what a line says someone said they would: one verb of getting in touch. */
const STEP_VERBS = "call|phone|ring|email|e-mail|text|reach out|be in touch|get back|let me know";
/** A step typed with no one doing it: "call back mon or tues", "will email by fri". */
const BARE_STEP = new RegExp(`^(?:will |to )?(${STEP_VERBS})\\b`, "i");
/** "- carlos said call mon/tue", "dana mentioned she'd email": who said it, and the verb. */
const SAID_STEP = new RegExp(`^\\s*(?:[-*+]\\s+)?(\\p{L}[\\p{L}'’-]{1,30}) (?:said|says|mentioned|told me)(?: (?:that|they'?d|he'?d|she'?d|they will|he will|she will|they'?ll|he'?ll|she'?ll|to|it'?s|would))* (${STEP_VERBS})\\b`, "iu");
/** "e-mail" is "email", "phone" and "ring" are "call": one verb however it is typed. */
const sameVerb = (verb: string) => verb.toLowerCase().replace("e-mail", "email").replace(/^(?:phone|ring)$/, "call");

/**
 * Who the user's notes say gave a step the next steps type with no one doing it ("call back mon or tues" beside "- carlos said
 * call mon/tue"), of `people` (first names, lower case): that person's place in `people`, or null. Review 255:
 * the step went to Trish, the contact, as "You mentioned you'd call", though Carlos said it.
 */
export function stepSaidByMention(noteText: string, steps: string, people: readonly string[]): number | null {
	const typed = BARE_STEP.exec(steps.trim());
	if (typed === null || people.every((w) => w.length < 2)) return null;
	const verb = sameVerb(typed[1]);
	let who: number | null = null;
	userLines(
		noteText,
		(line) => {
			const m = who === null ? SAID_STEP.exec(line.slice(0, 300)) : null;
			const at = m === null ? -1 : people.indexOf(m[1].toLowerCase());
			if (m === null || at === -1 || people[at].length < 2 || sameVerb(m[2]) !== verb) return false;
			who = at;
			return true;
		},
		1,
	);
	return who;
}

/**
 * "Cody seemed hungover", "Tasha seemed distracted", "he might be leaving", "Kofi looked annoyed": how the user sized someone
 * up is for the user's eyes, never a line offered as what mattered to them (review 117).
 */
/**
 * A figure of money, an ask, another offer or another employer's pending answer ("Bianca mentioned range 58-64k. I want 65+.
 * Polar Point might come thru"): never offered as where to find a focus, nor shown on the way (review 123).
 */
// ("medicaid pending apps": applications pending are the work, never an answer the user awaits elsewhere, review 260.)
const MONEY_OR_RIVALS = /[$€£]\s?\d|\b\d{2,3}(?:\.\d)?k\b|\b\d{2,3}\s?-\s?\d{2,3}k?\b|\b(?:asked for|i want|counter-?offer|offers?|pending(?! (?:apps?|applications?|claims?|orders?|cases?|items?|tasks?|work|approvals?|auths?|authori[sz]ations?|reviews?|queue|files?|tickets?|requests?|referrals?|payments?)\b)|might come (?:thru|through)|still waiting on)\b/i;

/**
 * The user's doubts and the room's gossip ("Renata's nephew??", "barely spoke, maybe didn't like me?", "Rhonda didn't want
 * to talk about it", "also interviewing a guy from inside", "shelby rolled eyes a bit when she said his name lol", review
 * 173; "dave smokes on the dock by the fuel tank", review 182; "sam said rolf "hires slow". lol", "tom kind of grilled me. think
 * gloria liked me tho", "the last coordinator left for SCI. high turnover maybe?", reviews 183-184): never offered as where to
 * find someone's focus (review 125).
 */
// ("bev said the last hire "didnt last 2 wks, couldnt handle dr. m" -- the other OD. hmm": who lasted and who could not, and
// the user's "hmm", review 214.)
// ("gail's sister-in-law runs the register": family talk, review 219.)
const DOUBTS_OR_GOSSIP = /\?\?|\bhm{2,}\b|\b(?:sister|brother|mother|father|son|daughter)[- ]in[- ]law\b|\bcould(?:n['’]?t| not) handle\b|\bdid(?:n['’]?t| not) last\b|\bquit after\b|\b(?:bad|good|great|terrible) sign\b|\bred flags?\b|\b(?:maybe|probably|think) (?:she|he|they) (?:didn'?t|did not|doesn'?t|does not) like me\b|\b(?:didn'?t|did not) (?:like me|want to (?:talk|discuss|get into|go into))|\b(?:nephew|niece|cousin|girlfriend|boyfriend)\b|\binterviewing (?:a |an |other |someone |some )|\b(?:internal|inside) (?:candidate|hire|guy)\b|\bfrom inside\b|\brol(?:led|ls|ling)? (?:(?:her|his|their|my) )?eyes\b|\beye[- ]?rolls?\b|\b(?:smokes?|smoking|vapes?|vaping)\b|\bsaid [a-z]+ ["“']|\b(?:grilled|roasted) me\b|\b(?:liked|likes|hated|hates) me\b|\bmaybe\?|\bturnover\b|\b(?:last|previous|old) (?:[a-z]+ ){0,2}(?:left|quit|was fired|got fired|got let go)\b|\b(?:is|'s|was) (?:retiring|leaving|quitting|moving on|on (?:her|his|their) way out)\b|\bretir(?:es|ing) (?:in|at|next|this|after)\b/i;

const SIZED_UP = /\b(?:seemed|seems|looked|looks|was|is|kinda|kind of|bit|a bit)\s+(?:\w+\s+)?(?:hungover|distracted|tired|annoyed|bored|rude|grumpy|checked out|cold|stressed|burnt out|burned out|drunk|high|nervous|awkward|irritated|impatient|dismissive|disengaged|distant|sketchy|condescending|arrogant|cranky|moody|flustered|rushed|uninterested)\b|\bmight be (?:leaving|quitting|retiring|on (?:the way )?out)\b|\bon (?:his|her|their) phone\b/i;

/** A line marked private: "private", "off the record". */
const PRIVATE_MARK = /\b(?:private|confidential|off the record|between us|not public)\b/i;

/** A line the user marked as not for a letter: "dont mention", "do NOT bring up …", "private", "off the record". */
function keptBack(line: string): boolean {
	// ('arturo: … "don't say tuesday if i say thursday"', review 263: their rule in their words, quoted, is no "don't mention".)
	const unquoted = line.replace(/["“][^"“”]{1,200}["”]/g, "");
	return NOT_RAISED.test(unquoted) || PRIVATE_MARK.test(line);
}

/** "took offer at Tacoma General", "accepted another offer", "withdrew": the user's notes say this search has ended. */
// "a student who withdrew" is someone else's: the user's own withdrawing says "I", "my application" or stands first (review 116).
const ENDED = /\b(?:took|accepted|accepting|signed|taking) (?:an(?:other)? |the |their |a |other )?(?:job )?offer\b|\b(?:i|i['’]ve|i have|i am|i['’]m|im) (?:withdrew|withdrawing|withdrawn|pulled out)\b|\b(?:withdrew|withdrawing|withdrawn|pulled) (?:out )?(?:my (?:application|candidacy|name)|from (?:the|this) (?:process|search|role|running))\b|^[ \t]*(?:[-*][ \t]+)?(?:withdrew|withdrawing|withdrawn|pulled out)\b/i;

/** The first line of the user's notes that says they took another offer or withdrew, or null. */
export function endedMention(noteText: string): Mention | null {
	return userLines(noteText, (line) => ENDED.test(line), 1)[0] ?? null;
}

/**
 * "3.5 hr stage, saute stn w/ jess", "trial shift Sat", "did a working interview": the interview was work done on
 * trial, which the letters call a conversation (review 66).
 */
const WORKED = /\b(?:trial (?:shift|day|make|run|service|lesson)|working (?:interview|trial)|paid (?:trial|test)|test (?:shift|day)|shadow(?:ing)? (?:shift|day)|ride-?along|skills? test|trade test|practical (?:test|exam)|teaching demo|demo lesson|(?:\d+(?:\.\d+)? ?(?:hr|hrs|hour|hours)|did (?:a|my|the)|(?:a|my|the) (?:full|dinner|lunch|brunch)) stage)\b/i;

/** The first line of the user's notes that says the interview was a trial of the work itself, or null. */
export function workedMention(noteText: string): Mention | null {
	const heading = /^\s*#{1,6}\s+(?:stage|trial shift|working interview|demo lesson|teaching demo)\s*$/i;
	// "$32-36/hr dep on trial day", "ask abt shadow shift date": a trial still to come is no part of this interview.
	const ahead = /\?|\b(?:ask|asked|abt|about|dep|depends?|depending|next|nxt|will|2nd|second|poss|possible|possibly|maybe|prob|probably|likely|upcoming|tomorrow|tmrw|schedul\w*|tbd|date|if|ideas?|plan|planning|prep)\b|'ll\b/i;
	// A line that says what was done ("3.5 hr stage, saute stn") before a heading that only names it ("## stage").
	// "they use Capitan for checkin, i know it from boulder barn trial day": a trial at another place is the user's past, no part
	// of this interview (review 225).
	const elsewhere = /\b(?:know it from|knew it from|used it at|learned it at|from my|at my (?:last|old|previous|prev|other)|prev(?:ious)? job|last job|old job)\b|\bfrom (?!the\b|this\b|their\b|today)\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)? (?:trial|shadow|test|working)\b/iu;
	const lines = userLines(noteText, (line) => (WORKED.test(line) && !ahead.test(line) && !elsewhere.test(line)) || heading.test(line), 5);
	return lines.find((m) => WORKED.test(m.quote)) ?? lines[0] ?? null;
}

/** "dont email dunbar directly she said": the user was asked not to write to that person. */
const NO_CONTACT = /\b(?:don['’]?t|do not|never|not to)\s+(?:e-?mail|contact|reach out to|write to|message|text|call|cc|ping|bother)\b/i;
/** "i have to go thru her for everything", "all contact through the agency": every message goes through one person. */
// "go thru kyle for everything, hes touchy abt candidates going direct": by name too, when the line says it is for all (review 112).
const THROUGH_ONE = /\b(?:go|goes|going|went|route|routed|all (?:contact|communication|comms|emails?))\s+(?:thru|through|via)\s+(?:her|him|them|the (?:recruiter|agency|coordinator|office)|[\p{L}'’-]+ (?:for everything|for anything|for all)|[\p{L}'’-]+,? (?:not|never) (?:direct|directly|the (?:hiring manager|company|team)))\b|\b(?:don['’]?t|do not|never) (?:go|write|email|reach out|contact|reach)(?: out)? direct(?:ly)?\b/iu;

/** The first line of the user's notes naming the person (by `nameWords`) that says not to contact them, or null. */
export function noContactMention(noteText: string, nameWords: readonly string[]): Mention | null {
	const plain = wantedNames(nameWords);
	if (plain.length === 0) return null;
	// The person is the one not to be written to: named within the few words after "dont email" ("tricia … dont email dunbar").
	return userLines(noteText, (line) => namedAfter(line, NO_CONTACT, plain, 4), 1, (line) => startOfWords(line, NO_CONTACT.exec(line)?.index ?? 0))[0] ?? null;
}

/** True when `line` says `said` and names the person (`plain`) after it, within `words` words when given. */
function namedAfter(line: string, said: RegExp, plain: readonly string[], words = Infinity): boolean {
	const m = said.exec(line);
	if (m === null) return false;
	const rest = line.slice(m.index + m[0].length);
	return names(words === Infinity ? rest : rest.split(/\s+/).slice(0, words).join(" "), plain);
}

/** "i know him from ASA mixer", "met her at the career fair last year": the user knew the person before the interview. */
const KNEW_BEFORE = /\b(?:i|we)\s+(?:already\s+)?(?:know|knew)\s+(?:him|her|them)\s+from\b|\b(?:i|we)\s+(?:already\s+)?met\s+(?:him|her|them)\s+(?:at|in|through|thru|last|before|years)\b|\bknow\s+(?:him|her|them)\s+(?:already|from)\b|\b(?:old|former)\s+(?:coworker|co-worker|colleague|classmate|boss|manager)\b/i;

/**
 * The first line of the user's notes naming the person that says the user knew them before the interview, or null: a LinkedIn
 * note said "I enjoyed meeting you on December 4" to a manager the user knew from a trade mixer (review 216).
 */
export function knewBeforeMention(noteText: string, nameWords: readonly string[]): Mention | null {
	const plain = wantedNames(nameWords);
	if (plain.length === 0) return null;
	return userLines(noteText, (line) => KNEW_BEFORE.test(line) && (names(line, plain) || headedBy(line, plain)), 1)[0] ?? null;
}

/** "do NOT bring up the challenge thing again w/ linda": something the user means not to raise with someone (review 79). */
// "dont put in writing" (review 141): kept out of writing is kept out of a letter.
const NOT_RAISED = /\b(?:don['’]?t|do not|never|not to)\s+(?:mention|say|bring (?:it |that |this |the [\p{L}-]+ (?:thing |stuff |issue |topic )?)?up|raise|repeat|share|tell|talk about|ask about|put (?:it |this |that |any of (?:it|this|that) )?(?:in|into) writing|write (?:it|this|that) down)\b/iu;

/** The first line of the user's notes naming the person (by `nameWords`) that says not to raise something with them, or null. */
export function notRaisedMention(noteText: string, nameWords: readonly string[]): Mention | null {
	const plain = wantedNames(nameWords);
	if (plain.length === 0) return null;
	// The person named after the words ("dont tell yolanda", "… again w/ linda"), never one the line is about before them
	// ("marcus = hiring mgr … (dont tell yolanda lol)" is nothing to keep from Marcus).
	return userLines(noteText, (line) => namedAfter(line, NOT_RAISED, plain), 1, (line) => startOfWords(line, NOT_RAISED.exec(line)?.index ?? 0))[0] ?? null;
}

/** "my conversational spanish is honestly rusty, dont oversell it": what the user would not claim is claimed in no letter (review 249). */
const OVERSELL = /\b(?:don['’]?t|do not|never)\s+(?:oversell|overstate|overclaim|exaggerate|play up|hype up|lead with|claim)\b/i;

/**
 * "sysco deadline 12/10 - dont tell them about sysco": something the user means to keep from everyone there, "them" or anyone,
 * as no one person is named after the words (review 246 told a baker of the user's Sysco job). The first such line, or null.
 */
export function notRaisedWithAnyoneMention(noteText: string): Mention | null {
	return userLines(noteText, (line) => /\b(?:don['’]?t|do not|never|not to)\s+(?:tell|mention(?: it)?(?: to)?|bring up(?: with)?|say(?: anything)?(?: to)?)\s+(?:them|anyone|any of them|the panel|the team|the company|they)\b/i.test(line) || /\b(?:don['’]?t|do not|never)\s+mention\s+(?!it\b|that\b|this\b)\p{L}/iu.test(line) || OVERSELL.test(line), 1)[0] ?? null;
}

/** "yolanda applied for this job too and didnt get it", "internal candidate": someone on the panel wanted the role ("one of the 2 internal candidates", review 254). */
const WANTED_THE_ROLE = /\b(?:applied (?:for )?(?:this|the|that) (?:job|role|position|post)|internal (?:candidate|applicant)s?|(?:didn['’]?t|did not|never) get (?:it|the (?:job|role|promotion|position))|passed over|was a finalist|up for (?:this|the) (?:job|role)|(?:he|she|they) (?:wanted|was going for|were going for|went for|applied for) (?:the|this|that) (?:[a-z]+ )?(?:job|role|position|post|spot|promotion))\b/i;

/** The first line of the user's notes naming the person (by `nameWords`) that says they wanted the role themselves, or null (review 82). */
export function rivalMention(noteText: string, nameWords: readonly string[]): Mention | null {
	const wanted = wantedNames(nameWords);
	if (wanted.length === 0) return null;
	// A job that is someone's own is not this one: "rumor … is he applied for Gloria's job and didn't get it" had warned
	// every draft to Gloria and to Darnell that it "speaks of wanting the role" (review 166).
	// The sentence that says it names them, or says "he", "she" after a sentence that does: "went w/ internal candidate. want to
	// stay in touch w/ Dana" is of someone else (review 168).
	const rival = (line: string) => {
		const parts = line.split(/[.!?;] /);
		// ("… he applied for this job too (per bree)": the one who told the user is no rival, review 232.)
		const told = (part: string) => part.replace(/\(?\b(?:per|via|according to|acc to|acc\. to|heard from|from) [\p{L}'’-]+\)?/giu, "");
		return parts.some((part, i) => WANTED_THE_ROLE.test(part) && !SOMEONES_JOB.test(part) && (names(told(part), wanted) || (/\b(?:he|she|they)\b/i.test(part) && names(told(parts.slice(0, i).join(" ")), wanted))));
	};
	return userLines(noteText, rival, 1)[0] ?? null;
}
const SOMEONES_JOB = /\b(?:for|after|wanted|got) \p{Lu}\p{Ll}+['’]s (?:job|role|position|post|spot|seat)\b/u;

/** "goes by "evelyn" not judge now", "prefers bob": how the user's notes say someone likes to be called (review 80). */
// "called him sgt collins at first and he laughed, said just dwayne" (review 90): "said just Dwayne" waves off the rank.
// "says \"dont call me sarge lol\" - call him ray" (review 98): the note's own word on what to call him; only one of his names counts.
const GOES_BY = /\b(?:goes by|prefers(?: to be called)?|wants to be called|(?:asked (?:me )?to )?call (?:her|him|them)|(?:said|says),?\s+["“”']?just)\s+["“”']?(\p{L}[\p{L}'’-]*)/iu;

/**
 * The name the user's notes say the person goes by, with the line that says it, or null. Only a name of theirs (`ways`:
 * their first name, a usual short form of it) counts: "prefers HMI" names no one, and the line names the person.
 */
export function goesByMention(noteText: string, nameWords: readonly string[], ways: readonly string[]): (Mention & { name: string }) | null {
	const wanted = wantedNames(nameWords);
	const known = new Set(ways.map((w) => w.toLowerCase()));
	if (wanted.length === 0) return null;
	let name = "";
	const calledBy = (line: string) => {
		const m = GOES_BY.exec(line);
		// The name said after "call him" is one of theirs, so the line names them ("call him ray", though "ray" is an everyday word).
		if (m === null || !known.has(m[1].toLowerCase())) return false;
		if (name === "") name = m[1];
		return true;
	};
	const found = userLines(noteText, calledBy, 1)[0];
	return found === undefined || name === "" ? null : { ...found, name: `${name[0].toUpperCase()}${name.slice(1).toLowerCase()}` };
}

/**
 * An address the user's notes give for someone whose entry has none ("- Tom Okonkwo, owner (tom@fastlanebikes.example)",
 * review 260: the drafts said the note had no address for him), with its line; null when no line names them beside exactly
 * one address. Told, never used: the address may be another's.
 */
export function addressInNotesMention(noteText: string, nameWords: readonly string[]): (Mention & { email: string }) | null {
	const wanted = wantedNames(nameWords);
	if (wanted.length === 0) return null;
	let email = "";
	const found = userLines(
		noteText,
		(line) => {
			const cut = line.slice(0, 400);
			const addresses = cut.match(/[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/g) ?? [];
			if (addresses.length !== 1 || !names(cut.replace(addresses[0], " "), wanted)) return false;
			email = addresses[0];
			return true;
		},
		1,
	)[0];
	return found === undefined || email === "" ? null : { ...found, email };
}

/** Two capitalised words in a row, a name as notes type it: "Jorge Moreno", "Omar Haddad". */
// ("Bob DeLuca", "Ann McKee": a surname with a capital inside is one, review 172.)
const FULL_NAME = /\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)\b/gu;

/**
 * The name the user's notes give for someone the note lists only by address, with the line that says it, or null:
 * "Jorge Moreno is the loading foreman, only gave me his email" for jmoreno@… (review 125). Only a name the address is
 * made of counts (jmoreno, jorge.moreno, jorge_moreno, morenoj, jorgem), so that no one is named wrongly.
 */
export function addressNameMention(noteText: string, email: string): (Mention & { name: string }) | null {
	const local = (email.split("@")[0] ?? "").toLowerCase();
	if (local.length < 3) return null;
	let name = "";
	const names = (line: string) => {
		for (const m of line.matchAll(FULL_NAME)) {
			const first = m[1].toLowerCase();
			const last = m[2].toLowerCase().replace(/-/g, "");
			if ([first + last, first[0] + last, `${first}.${last}`, `${first}_${last}`, last + first[0], first + last[0]].includes(local)) {
				name = `${m[1]} ${m[2]}`;
				return true;
			}
		}
		return false;
	};
	const found = userLines(noteText, names, 1, (line) => Math.max(0, line.indexOf(name)))[0];
	if (found !== undefined && name !== "") return { ...found, name };
	// "rachel@talentbridge-staffing.com" beside "Rachel @ TalentBridge (agency)": an address that is a first name alone, and the
	// notes' capitalised word that is that name (review 154).
	if (!/^\p{Ll}{3,12}$/u.test(local)) return null;
	const alone = (line: string) => {
		const m = line.split(/[^\p{L}'’-]+/u).find((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && w.toLowerCase() === local);
		if (m === undefined) return false;
		name = m;
		return true;
	};
	const first = userLines(noteText, alone, 1, (line) => Math.max(0, line.indexOf(name)))[0];
	return first === undefined ? null : { ...first, name };
}

/**
 * "send omar the restricted fund tracker template i mentioned", "todo: send lena py sample": something to send someone.
 * Never the follow-up itself: "meant to mail Derek a card too" is the card the drafts write (the example vault's Hooli).
 */
const TO_SEND = /\b(?:send|forward|share|drop off)\s+([\p{L}'’-]+)\s+(?!(?:(?:a|an|the|my|another|his|her|their)\s+)?(?:card|note|thank-?you|ty|email|e-mail|text|message|letter|linkedin)\b)[\p{L}\d]/giu;

/** The first line of the user's notes that says to send the person (by `nameWords`) something, or null (review 80). */
export function toSendMention(noteText: string, nameWords: readonly string[]): (Mention & { hedged: boolean }) | null {
	const wanted = wantedNames(nameWords);
	if (wanted.length === 0) return null;
	const sends = (line: string) => {
		if (NO_CONTACT.test(line) || keptBack(line) || /\b(?:don['’]?t|do not|never|not to|no need to)\s+(?:[\p{L}'’]+\s+)?(?:send|forward|share|mail)\b/iu.test(line)) return false;
		for (const m of line.matchAll(TO_SEND)) {
			if (!wanted.includes(m[1].toLowerCase().replace(/['’]s$/, ""))) continue;
			// "Need to send Mei-Lin the checklist? maybe not, proprietary-ish.": a send the user doubts is theirs to decide,
			// never "attach it" (review 170).
			hedged = HEDGED_SEND.test(line);
			return true;
		}
		return false;
	};
	let hedged = false;
	const found = userLines(noteText, sends, 1)[0];
	return found === undefined ? null : { ...found, hedged };
}
const HEDGED_SEND = /\b(?:maybe|probably|prob|perhaps) not\b|\bnot sure\b|\bunsure\b|\bproprietary|\bconfidential/i;

/** Words of a note taking back what the user claimed: "I oversold it a bit", "not quite true", "we did lose one". */
const TAKEN_BACK = /\b(?:oversold|overstated|exaggerated|embellished|stretched the truth|fudged|padded it|not (?:quite|exactly|really|entirely) (?:true|right|accurate)|(?:we|i) did (?:lose|miss|have|get) (?:one|some|a few|two|2)|that'?s not true|wasn'?t true)\b/i;

/**
 * The first line of the user's notes that takes back a claim of `claim` (a highlight), sharing a word of five letters or
 * more with it: "Worried about the union grievance thing, I oversold it a bit — we did lose one" for "no grievances lost"
 * (review 171). A letter never repeats a claim its writer has doubted without the user being told.
 */
export function takenBackMention(noteText: string, claim: string): Mention | null {
	const stem = (w: string) => w.toLowerCase().replace(/s$/, "").replace(/e$/, "");
	const claimed = new Set(wordsOf(claim).filter((w) => w.length >= 5).map(stem));
	if (claimed.size === 0) return null;
	return userLines(noteText, (line) => TAKEN_BACK.test(line) && wordsOf(line).some((w) => w.length >= 5 && claimed.has(stem(w))), 1)[0] ?? null;
}

/** Where the words before `at` begin, a few words back, so that a quote starting there reads ("i have to go thru her …"). */
function startOfWords(line: string, at: number): number {
	let start = at;
	for (let words = 0; start > 0 && words < 6; ) {
		start--;
		if (line[start] === " " && line[start - 1] !== " ") words++;
	}
	return start === 0 ? 0 : start + 1;
}

/** A call or an interview the user took part in. */
// ("ph scrn w/ tasha (HR/recr)": the shorthand of a call too, review 211.)
const SPOKE_WITH = /\b(?:phone screen|screen(?:ing)?|scrn|call|interview(?:ed)?|intvw|intv|spoke|talked|met|zoom|video|vid|teams)\b/i;

/**
 * "# mercy gen - phone screen w tasha (recruiter)": the line that says the user spoke with the person (a call, a screen, an
 * interview "w" or "with" them), or null (review 179: a recruiter who was the whole phone screen was thanked for
 * "arranging" it and asked to thank "everyone I met").
 */
export function spokeWithMention(noteText: string, nameWords: readonly string[]): Mention | null {
	const wanted = wantedNames(nameWords);
	if (wanted.length === 0) return null;
	// ("carla = hr/recruiter, only her. 25 min": the person named, and no one else there, review 190.)
	return userLines(noteText, (line) => (SPOKE_WITH.test(line) && wordsOf(line).some((w, k, all) => wanted.includes(w.toLowerCase()) && k > 0 && /^(?:w|w\/|with)$/i.test(all[k - 1]))) || (ALONE_WITH.test(line) && wordsOf(line).some((w) => wanted.includes(w.toLowerCase()))), 1)[0] ?? null;
}

/** No one else there: "only her", "just him", "1:1". */
// ("recruiter only, carla (TA). 25 min": the recruiter was the whole call, review 231.)
const ALONE_WITH = /\b(?:only|just) (?:her|him|them|(?:the |a )?(?:recruiter|hr|ta|talent acquisition))\b|\b(?:recruiter|hr|ta) only\b|\b(?:her|him) only\b|\bjust (?:me and|the two of us)\b|\b1[:-]1\b|\bone[- ]on[- ]one\b/i;

/** The first line of the user's notes that says everything goes through one person (a recruiter, an agency), or null. */
export function throughOneMention(noteText: string): Mention | null {
	return userLines(noteText, (line) => THROUGH_ONE.test(line), 1, (line) => startOfWords(line, THROUGH_ONE.exec(line)?.index ?? 0))[0] ?? null;
}

/**
 * "barely spoke, took notes", "didn't say much": the person took no real part in the conversation (review 71); nor did one
 * who "said hi and left" or "popped in to say hello" (review 162).
 */
// ("asked nothing", "mostly watched", review 215; "just said hi", "didnt really interview me", reviews 249 and 251.)
// ("Dana (HR) walked me in + out", review 262: "Talking with you made the job much more concrete" to someone who showed the
// way; unless the line goes on to a talk.)
const QUIET = /\b(?:only|just|mostly) (?:talked|went over|covered|did|discussed) (?:the )?(?:benefits|paperwork|logistics|forms|onboarding|hr stuff|scheduling)\b|\b(?:walked|brought|showed|led) me (?:in|out|back|up|down)(?: ?(?:\+|and|&) ?(?:in|out|back))?(?![a-z-])(?!.{1,60}\b(?:talked|chatted|asked|told|discussed|spoke|convo|conversation)\b)|\bchecked me in\b(?!.{1,60}\b(?:talked|chatted|asked|told|discussed|spoke|convo|conversation)\b)|\b(?:barely|hardly|never) (?:spoke|said a word|talked|asked anything|said anything)\b|\b(?:asked|said) nothing\b|\b(?:mostly|just|only) watched\b|\b(?:didn['’]?t|did not|dint) (?:say|speak|talk|ask) (?:much|a word|anything|a lot)\b|\bsaid (?:little|nothing|almost nothing|very little)\b|\b(?:mostly|just|only) (?:listened|observed|took notes|listening|observing|taking notes|timekeeping|keeping time|kept time|scribing|there to (?:keep time|take notes|observe|listen|watch)|the (?:timekeeper|time-keeper|notetaker|note-taker|note taker|scribe|observer))\b|\bwas (?:the )?(?:timekeeper|time-keeper|notetaker|note-taker|note taker|scribe)\b|\b(?:silent|quiet) (?:the whole|most of the|throughout|the entire)\b|\bsaid (?:hi|hello) and (?:left|took off|ran|headed out)\b|\b(?:just|only) (?:said|came (?:in )?to say) (?:hi|hello)\b|\b(?:didn['’]?t|did not) (?:really )?interview me\b|\b(?:popped|stopped|dropped|ducked) in (?:for|to say)\b|\b(?:left|stepped out|ducked out) (?:early|after (?:a few|5|10|five|ten) min)/i;

/** The first line of the user's notes naming the person (by any of `nameWords`) that says they hardly spoke, or null. */
export function quietMention(noteText: string, nameWords: readonly string[]): Mention | null {
	const plain = wantedNames(nameWords);
	if (plain.length === 0) return null;
	return userLines(noteText, (line) => quietIn(line, plain), 1)[0] ?? null;
}

/**
 * The line says the person hardly spoke: named in the clause that says it ("Amir (GM) + Bea (head mech) + Cole — Cole barely
 * spoke" is Cole's alone, review 142), or heading a line whose clause names nobody else ("Cole: barely spoke").
 */
function quietIn(line: string, plain: readonly string[]): boolean {
	const m = QUIET.exec(line);
	if (m === null) return false;
	const before = line.slice(0, m.index);
	// "dolores = hr/district, kayla = asst mgr, sam = ?? (shift lead, barely talked)": in a list of who was who, the silence is
	// the one entry's it is written in, from the bracket it opens in (review 214 thanked Dolores, who ran the day, for being there).
	const open = before.lastIndexOf("(");
	const base = open > before.lastIndexOf(")") ? before.slice(0, open) : before;
	const comma = base.lastIndexOf(",");
	const listed = comma !== -1 && base.slice(comma).includes("=") ? comma : -1;
	const cut = Math.max(before.lastIndexOf("—"), before.lastIndexOf("–"), before.lastIndexOf(";"), before.lastIndexOf(". "), before.lastIndexOf(" - "), before.lastIndexOf(":"), listed);
	const clause = before.slice(cut + 1);
	if (names(clause, plain)) return true;
	// Another name in the clause is someone else's silence.
	if (/\p{Lu}\p{Ll}+/u.test(clause.replace(/^\s*(?:[-*+]\s+)?/, "").replace(/^(?:They|He|She|Both|Everyone|Nobody|The|And|But|Just|Mostly|Only|Also|Kinda|Pretty)\b/, ""))) return false;
	return headedBy(line, plain) || (cut === -1 && names(line, plain));
}

/**
 * The user's own lines below the frontmatter for which `wanted` holds, at most `limit`, in order: outside the
 * product's own sections and draft blocks and the lines of fenced code blocks.
 */
/** A section the user keeps for themselves: "## private", "Notes to self". */
const PRIVATE_HEADING = /^(?:private|priv|private notes|personal|notes to self|for me(?: only)?|just for me|do not share|don'?t share)\b/i;

/** A line that only labels what follows as private: "private", "private:", "**Notes to self:**", "- priv". */
const PRIVATE_LABEL = /^(?:[-*+]\s+)?(?:\*\*|__)?(?:private|priv|private notes|personal|notes to self|for me(?: only)?|just for me|do not share|don'?t share)(?:\*\*|__)?:?(?:\*\*|__)?\s*$/i;

function userLines(noteText: string, wanted: (line: string) => boolean, limit: number, from_: (line: string) => number = () => 0, skipPrivate = false): Mention[] {
	const fm = findFrontmatter(noteText);
	const from = fm ? fm.end : 0;
	let lineNo = fm ? fm.closeLine + 1 : 1;
	const found: Mention[] = [];
	/** The level of a heading whose section is skipped, or 0. */
	let skipping = 0;
	/** Inside a block the user labelled private on a line of its own ("private:", "**notes to self**"), up to a blank line. */
	let privateBlock = false;
	let fence = "";
	let pos = from;
	while (pos < noteText.length && found.length < limit) {
		const nl = noteText.indexOf("\n", pos);
		const end = nl === -1 ? noteText.length : nl;
		const line = noteText.slice(pos, end).replace(/\r$/, "");
		const trimmed = line.trimStart();
		if (fence !== "") {
			if (trimmed.startsWith(fence)) fence = "";
		} else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
			fence = trimmed.slice(0, 3);
		} else {
			const heading = atxHeading(line);
			// "private:" on a line of its own, then a list of pay and gossip (review 194): the lines below it, to a blank line or a
			// heading, are the user's own as a "## private" section is.
			if (heading !== null || trimmed === "") privateBlock = false;
			else if (skipPrivate && PRIVATE_LABEL.test(trimmed)) privateBlock = true;
			if (heading !== null && (skipping === 0 || heading.level <= skipping)) {
				const title = heading.title.trim();
				skipping = PRODUCT_SECTIONS.has(title.toLowerCase()) || DRAFT_HEADING_END.test(title) || (skipPrivate && PRIVATE_HEADING.test(title)) ? heading.level : 0;
			}
			// A long line is quoted from the words that matter ("dont email dunbar directly …"), not from its start.
			if (skipping === 0 && !privateBlock && wanted(line)) {
				const at = from_(line);
				found.push({ line: lineNo, quote: `${at > 0 ? "…" : ""}${quoteOf(line.slice(at))}` });
			}
		}
		if (nl === -1) break;
		pos = nl + 1;
		lineNo++;
	}
	return found;
}

/**
 * "dill + lena", "dill: kc, coc", "dill to call re 2nd" of Sgt. Ray Dillard: a short form the user's notes give someone,
 * the start of one person's first name or surname, written where a person stands (heading a line, joined to
 * another with "+", or doing something). Returns each such word (lower case) with the first name the letters
 * use for it, so that a line like the next steps never says it back (review 84: "…and dill to call about second").
 * A word used so only once counts only when it heads a line; any other needs two such uses.
 */
export function shortNamesOf(noteText: string, people: readonly { first: string; names: readonly string[] }[]): Map<string, string> {
	const full = new Set(people.flatMap((p) => p.names.map((n) => n.toLowerCase())));
	const found = new Map<string, string>();
	const candidates = new Map<string, string>();
	for (const word of noteText.toLowerCase().match(/\p{Ll}{3,}/gu) ?? []) {
		if (candidates.has(word) || full.has(word)) continue;
		// (One person listed twice, as the primary contact and an interviewer, is one owner.)
		const owners = [...new Set(people.filter((p) => p.names.some((n) => n.length > word.length && n.toLowerCase().startsWith(word))).map((p) => p.first))];
		if (owners.length === 1 && owners[0] !== "") candidates.set(word, owners[0]);
	}
	for (const [word, first] of candidates) {
		let heads = 0;
		let uses = 0;
		// ("tam -> no-shows kill them", "tam (owner) + bo": a line headed by the name and an arrow or an equals sign, or the name
		// with the post in brackets after it, names the person as surely as "tam:" does, review 207.)
		const bracketed = new RegExp(`(?:^|[^\\p{L}])${word} \\([\\p{L} .-]{2,30}\\)`, "u");
		for (const line of noteText.split(/\r?\n/)) {
			if (bracketed.test(line.toLowerCase())) heads++;
			const words = line.split(/([+&/:>=])|[^\p{L}+&/:>=]+/u).filter((w): w is string => w !== undefined && w !== "");
			for (let i = 0; i < words.length; i++) {
				if (words[i].toLowerCase() !== word) continue;
				const next = words[i + 1];
				const before = words[i - 1];
				if (i === 0 && (next === ":" || next === ">" || next === "=")) heads++;
				else if (next === "+" || next === "&" || next === "/" || before === "+" || before === "&" || before === "/") uses++;
				else if (next !== undefined && /^(?:to|will|said|says|sending|emailing|calling|asked|wants|mentioned)$/.test(next)) uses++;
			}
		}
		if (heads > 0 || uses > 1) found.set(word, first);
	}
	return found;
}

/** "no email really, txt 907-555-0199", "she doesnt check email, call her": someone reached by text or phone rather than email. */
const NOT_BY_EMAIL = /\b(?:no e-?mails?(?: really)?\b|(?:doesn['’]?t|does not|never|rarely|won['’]?t|dont|don['’]t) (?:do|check|read|use|answer) (?:e-?mails?|his e-?mail|her e-?mail)\b|(?:text|txt) only\b|prefers? (?:a )?(?:texts?|txts?|phone|calls?|to be called|to be texted)\b|(?:texts?|txt|calls?|phone) (?:is|are|works) best\b)/iu;

/**
 * The first line of the user's notes saying the person (by `nameWords`, or `titleWords` such as "capt", or nobody else
 * named when `alone`) is reached by text or phone, not email; null otherwise (review 85).
 */
export function notByEmailMention(noteText: string, nameWords: readonly string[], titleWords: readonly string[], alone: boolean): Mention | null {
	const wanted = [...wantedNames(nameWords), ...plainNames(titleWords)];
	// The line names the other way too ("txt 907-…", "call her"): "no email on itinerary" says no address was given (review 91).
	const said = (line: string) => NOT_BY_EMAIL.test(line) && /\b(?:te?xts?|calls?|phone|cell)\b/i.test(line) && (alone || names(line, wanted));
	return userLines(noteText, said, 1, (line) => startOfWords(line, NOT_BY_EMAIL.exec(line)?.index ?? 0))[0] ?? null;
}

/** "3x12? she said 8s. confirm w brianna", "ask dana abt parking": a question the user means to put to someone. */
const TO_ASK = /\b(?:confirm|check|ask|clarify|verify)\s+(?:w\/?|with)\s+([\p{L}'’-]+)|\b(?:ask|check with)\s+([\p{L}'’-]+)\s+(?:abt|about|re|if|whether|when|how|what|why)\b/giu;

/** The first line of the user's notes that says to ask or confirm something with the person (by `nameWords`), or null (review 86). */
export function toAskMention(noteText: string, nameWords: readonly string[]): Mention | null {
	const wanted = wantedNames(nameWords);
	if (wanted.length === 0) return null;
	const asks = (line: string) => {
		// Pay, a rival offer, gossip: never a question the user is urged to add to a letter (review 141: "Lou said pay is $27/hr …
		// Crowley recruiter said $31 — ask Lou if there's room?? dont put in writing").
		if (keptBack(line) || MONEY_OR_RIVALS.test(line) || DOUBTS_OR_GOSSIP.test(line) || /\b(?:don['’]?t|do not|never|not to|no need to)\s+(?:ask|confirm|check)\b/iu.test(line)) return false;
		for (const m of line.matchAll(TO_ASK)) if (wanted.includes((m[1] ?? m[2]).toLowerCase().replace(/['’]s$/, ""))) return true;
		return false;
	};
	return userLines(noteText, asks, 1)[0] ?? null;
}

/**
 * A sentence of the user's notes that is for their eyes only: pay or a rival offer, gossip or doubts, how they sized someone
 * up, a fault of the team's, slang, a limit the user owns ("i'm conversational not fluent, was honest abt it", review 260:
 * three messages went on to talk about "the bilingual"; `privateRemark` reads it, for the body and the properties alike); the
 * tests `mentionsOf` puts a line to, for one sentence of a line.
 * ("bluffed", "winged it": readMattered's own DOUBTED keeps those lines out before this is asked.)
 */
export function forUserOnly(sentence: string): boolean {
	return keptBack(sentence) || criticises(sentence) || SIZED_UP.test(sentence) || MONEY_OR_RIVALS.test(sentence) || DOUBTS_OR_GOSSIP.test(sentence) || privateRemark(sentence, "focus") !== null;
}

/** The section where the user notes what mattered to each person: the template's "What mattered to each of them". */
const MATTERED_HEADING = /^(?:what (?:mattered|they cared about|each (?:of them |one )?cared about)|what was important to (?:them|each))\b/i;

/** "- mike: insurance auths …", "**Luis** - remeasures …": a line opened by a name of one to three words, then a colon, an arrow or a dash. */
// ("- Dana (HM): …": the post in brackets after the name is no part of it.)
const NAME_HEAD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,2})(?:\*\*|__)?(?: ?\([^()]{0,40}\))?\s*(?:[:→–—]|->|=>?|\s-)\s*(\S.*)$/u;
/** "- luis cares about remeasures", "- dr rao big on no-shows": a name, then the words that say what mattered to them. */
const NAME_CARES = /^\s*(?:[-*+]\s+)?(\p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*)?) (?:(?:really|mostly|very|was|is) )?(?:cares? about|cared about|asked (?:a lot )?(?:abt|about)|kept asking (?:abt|about)|focused on|focuses on|big on|worried (?:abt|about)|wanted to know (?:abt|about)|grilled me (?:on|abt|about)) (\S.*)$/u;

export interface HeadedLine extends Mention {
	/** The words before the colon, as typed ("dr rao"). */
	head: string;
	/** What follows, whole. */
	rest: string;
	/** The line is kept back ("dont mention", a private mark): none of it is read, and it is never quoted. */
	keptBack?: true;
}

/**
 * The lines of the notes' "What mattered" section that open with a name ("- dr rao: no-shows ~15%, …"), in order, with
 * the head and the rest. A line the user keeps back, one of pay, rivals, gossip or doubts, or of how they sized someone
 * up, is left out, as are the product's own sections and a section or block the user marked private.
 */
export function matteredLines(noteText: string): HeadedLine[] {
	let inSection = false;
	const heads: { head: string; rest: string }[] = [];
	const wanted = (line: string): boolean => {
		const heading = atxHeading(line);
		if (heading !== null) {
			inSection = MATTERED_HEADING.test(heading.title.trim());
			return false;
		}
		if (!inSection) return false;
		const typed = dropControls(line);
		const m = NAME_HEAD.exec(typed) ?? NAME_CARES.exec(typed);
		// A line marked as not to be said is never read, only known to be there (review 255: "- Tom: safety … (… kid's dad does
		// school dropoff - dont bring that up)" made the card say the note was silent on Tom, and pointed at other lines);
		// anything else private is judged sentence by sentence (forUserOnly).
		if (m === null) return false;
		heads.push({ head: m[1], rest: m[2].replace(/\*\*|__/g, "").trim(), ...(keptBack(line) ? { keptBack: true as const } : {}) });
		return true;
	};
	return userLines(noteText, wanted, 50, () => 0, true).map((found, i) => ({ ...found, ...heads[i] }));
}
