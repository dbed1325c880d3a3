// Which sentences of a draft were written from the user's own notes. The letters around them are the
// product's fixed wording; a sentence that carries a focus, a highlight, the next steps said back or
// an attachment's title was put together from shorthand, and is the one a user should read before
// sending. The drafts name those sentences so the preview, the terminal and the note can point at them.
import { trimEndWhere } from "./text-scan";

/** Titles, honorifics and shorthand whose full stop does not end a sentence ("Dr. Achterberg", "17th c. Dutch panels"). */
const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "mx", "st", "jr", "sr", "prof", "rev", "fr", "hon", "capt", "sgt", "lt", "det", "col", "maj", "gen", "adm", "cmdr", "cdr", "cpl", "ens", "brig", "mt", "ft", "vs", "v", "no", "approx", "dept", "inc", "ltd", "co", "corp", "c", "ca", "esp", "univ", "vol", "vols"]);

/** True when a word's full stop ends no sentence ("dr", "approx", "St"): one list for the drafts and the notes' shorthand. */
export function isAbbreviation(word: string): boolean {
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Shorthand of the notes whose full stop ends no sentence either, besides the drafts' abbreviations: "e.g. Dentrix", "est. 40". */
const SHORTHAND_NO_END = new Set(["e.g", "i.e", "etc", "est"]);

/** True when the piece before a full stop ends in an abbreviation: "works w/ dr", "e.g". */
function endsInAbbreviation(piece: string): boolean {
	const last = piece.slice(piece.lastIndexOf(" ") + 1).toLowerCase();
	return isAbbreviation(last) || SHORTHAND_NO_END.has(last);
}

/**
 * A line of shorthand as its sentences: split after ".", "!", "?" or ";" and a space, whatever case follows
 * ("insurance auths. they lose visits"), never after an abbreviation's full stop: what mattered in the body, and a focus's
 * sentences. The drafts' own sentences are split by `sentencesOf` below, which waits for a capital.
 */
export function shorthandSentences(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if ((c === "." || c === "!" || c === "?" || c === ";") && (i + 1 === text.length || text[i + 1] === " ")) {
			// (Only the last letters before the mark: a line of many abbreviations is read in linear time.)
			if (c === "." && endsInAbbreviation(text.slice(Math.max(start, i - 10), i))) continue;
			out.push(text.slice(start, i + 1));
			start = i + 1;
		}
	}
	out.push(text.slice(start));
	return out.map((s) => s.trim()).filter((s) => s !== "" && !/^[.!?;]+$/.test(s));
}

function isLetter(c: string | undefined): boolean {
	return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

function isSpace(c: string | undefined): boolean {
	return c === " " || c === "\t" || c === "\u00a0";
}

/** The word just before `end` (exclusive), lower-cased: "dr" in "… Dr. Lee"; no abbreviation is longer than eight letters. */
function wordBefore(text: string, end: number): string {
	let i = end;
	while (i > 0 && end - i <= 8 && isLetter(text[i - 1])) i--;
	return text.slice(i, end).toLowerCase();
}

/**
 * True when the mark at `i` ends a sentence: a full stop, question or exclamation mark (and any
 * closing quote or bracket), then white space and a capital, a digit or a quote, or the end of the
 * line. "a.m. on Monday", "3.5" and "Dr. Lee" go on.
 */
function endsSentence(text: string, i: number, ends?: ReadonlySet<number>): number | null {
	const c = text[i];
	if (c !== "." && c !== "!" && c !== "?") return null;
	if (c === "." && ABBREVIATIONS.has(wordBefore(text, i)) && !(ends?.has(i) ?? false)) return null;
	let j = i + 1;
	while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
	if (j >= text.length || text[j] === "\n") return j;
	if (!isSpace(text[j])) return null;
	let k = j;
	while (isSpace(text[k])) k++;
	const next = text[k];
	if (next === undefined || next === "\n" || /[\p{Lu}\d"“'‘(]/u.test(next)) return j;
	return null;
}

/**
 * The sentences of a text, in order, each trimmed; a line break always ends one. `ends`: places of full
 * stops known to end a sentence, whatever word comes before them.
 */
export function sentencesOf(text: string, ends?: ReadonlySet<number>): { text: string; start: number; end: number }[] {
	const out: { text: string; start: number; end: number }[] = [];
	let start = 0;
	const push = (end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (body !== "") out.push({ text: body, start: start + lead, end: start + lead + body.length });
	};
	for (let i = 0; i < text.length; i++) {
		if (text[i] === "\n") {
			push(i);
			start = i + 1;
			continue;
		}
		const end = endsSentence(text, i, ends);
		if (end !== null) {
			push(end);
			start = end;
			i = end - 1;
		}
	}
	push(text.length);
	return out;
}

/** "I led the rollout." → "i led the rollout": how a phrase is looked for, whatever case it took in the letter. */
function key(phrase: string): string {
	return trimEndWhere(phrase.trim(), (c) => c === "." || c === "!" || c === "?").toLowerCase();
}

/**
 * The sentences of `text` that hold one of `phrases` (a phrase the drafts made from the user's notes),
 * each once, in the order they come. A phrase is found as whole words, in any case: a letter may have
 * given it a capital at the start of its sentence. A phrase of several sentences is looked for one
 * sentence at a time.
 */
export function sentencesHolding(text: string, phrases: readonly string[]): string[] {
	const wanted = new Set<string>();
	for (const phrase of phrases) {
		for (const part of sentencesOf(phrase)) {
			const k = key(part.text);
			// A word or two of the user's ("onboarding") is looked for too, but never an empty one.
			if (k !== "") wanted.add(k);
		}
	}
	if (wanted.size === 0) return [];
	const lower = text.toLowerCase();
	// "… a rope team of 4 around at 12,800 ft. Thank you for your time": the full stop right after a phrase of the
	// notes is where the letter ended its sentence, whatever the phrase's last word ("ft", "co") (review 54).
	const ends = new Set<number>();
	for (const k of wanted) {
		// Occurrences that do not overlap: "[[[[" found at every place of a run of "[" would search the run again each time.
		for (let at = lower.indexOf(k); at >= 0; at = lower.indexOf(k, at + Math.max(1, k.length))) {
			if (lower[at + k.length] === "." && !isLetter(lower[at - 1])) ends.add(at + k.length);
		}
	}
	const sentences = sentencesOf(text, ends);
	const hit = new Set<number>();
	for (const k of wanted) {
		// Sentences come in order, and one hit is enough for each: the search moves on past it.
		let index = 0;
		let from = 0;
		for (;;) {
			const at = lower.indexOf(k, from);
			if (at < 0) break;
			// Whole words only: "ops" is not found in "workshops".
			if (isLetter(lower[at - 1]) || isLetter(lower[at + k.length])) {
				from = at + 1;
				continue;
			}
			while (index < sentences.length && sentences[index].end <= at) index++;
			if (index >= sentences.length) break;
			if (sentences[index].start <= at) hit.add(index);
			from = Math.max(at + 1, sentences[index].end);
		}
	}
	return [...hit].sort((a, b) => a - b).map((i) => sentences[i].text);
}

/** Words after "at" that need no capital and no article: "at work", "at night", "at scale". */
const AT_PLAIN = new Set(
	"work home night nights school church sea lunch noon midnight least most once first all times risk peak speed length hand last large ease heart cost random will bedside dawn dusk weekends weekend shift shifts sunrise sunset altitude depth height volume pace rest play table desk handover intake triage admission discharge launch scale stake issue fault capacity full half submission checkout arrival delivery release review entry exit closing opening signup handoff source runtime rush hour return returns pickup pick-up dropoff drop-off check-in close open booking renewal rental counter".split(" "),
);
/** Short forms that the drafts write out elsewhere, left in a sentence as typed: "w", "n", "veh", "abt". */
const LEFT_SHORT = /(?:^|[\s(])([wnru]|b4|abt|thru|tho|bc|veh|mins?|secs?|hrs?|yrs?|wks?|mos?|pts?|ppl|govt|dept|mgr|approx|avg|qtr|asap|esp|incl|fri|tues|thurs|weds|supv|supvr|intvw|mtg|appt|reqs?|regs|w\/|w\/o)(?=[\s,.;:)]|$)/gu;
/** A weekday or month typed in lower case; "march" only where it is the month ("last march"). */
const CALENDAR = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)\b|\b(?:last|this|next|in|since|until|by|early|late|mid) (march)\b/gu;

/**
 * What may be wrong in a sentence written from the user's notes, in a few words for the list that names it ("read these
 * before sending"), or null: a name that may want capitals ("at bear run"), shorthand left as typed ("w", "veh"), a
 * weekday or month in lower case, a mark from the notes ("=", "~", "+"). Reviews 84-88 found the list named every
 * sentence alike; this says where to look. It guesses, and only points: the sentence is never changed.
 */
export function fromNotesCheck(sentence: string): string | null {
	const found: string[] = [];
	// "at bear run", "at valley dairy", "at brennan's": a place typed in lower case, with no article before it.
	for (const m of sentence.matchAll(/\bat ((\p{Ll}[\p{Ll}'’-]*)(?: (?!and\b|or\b|for\b|with\b|in\b|on\b|by\b|to\b|of\b|from\b|where\b|when\b|which\b|who\b|that\b)\p{Ll}[\p{Ll}'’-]*)?)(?=$|[\s,.;:)])/gu)) {
		const first = m[2].replace(/['’]s$/, "");
		// ("at sunrise manor": a word of the clock before a place's noun is the place's name, review 205.)
		const placeNoun = /^\S+ (?:manor|center|centre|hospital|clinic|park|village|court|place|home|house|school|college|academy|lodge|gardens?|hills|heights|estates|plaza|deli|market|bakery|diner|cafe|grill|pharmacy|library|church|farm|ranch|mill|yard|depot|terminal|marina|inn|hotel)$/.test(m[1]);
		if ((AT_PLAIN.has(first) && !placeNoun) || /^(?:the|a|an|my|our|your|their|his|her|its|this|that|these|those|each|every|both|one|two|three|least|most|any|some|no|first|last|once)$/.test(first) || /ing$/.test(first)) continue;
		found.push(`"${m[1]}" may be a name that takes capitals`);
		break;
	}
	const short = [...new Set([...sentence.matchAll(LEFT_SHORT)].map((m) => m[1].toLowerCase()))];
	if (short.length > 0) found.push(`${short.map((s) => `"${s}"`).join(", ")} may be shorthand`);
	// "with 0 falls after", "between me and 1 other": a count of none or one written as a figure reads as the notes' (review 205).
	const figure = /\b([01]) (\p{Ll}{2,})\b(?!\.)/u.exec(sentence);
	// ("on December 1 about reliability" is a day of the month, never "one about", review 243.)
	// ("grading copper #1 versus #2": a grade's number is its name, never "one versus", review 262; nor "level 1", "tier 0".)
	const named = figure !== null && (sentence[figure.index - 1] === "#" || /\b(?:no\.|number|level|grade|class|tier|step|phase|type|stage|round|zone|gate|bay|dock|unit|room|floor|lot|line|station|chapter|section|part|category|cat|size|model|version|v) $/i.test(sentence.slice(Math.max(0, figure.index - 12), figure.index)));
	if (figure !== null && !named && !/^(?:a\.m|p\.m|am|pm|percent|to|and|or|of|in|out|for|x|by|minute|hour|day|week|month|year)$/.test(figure[2]) && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? $/i.test(sentence.slice(0, figure.index))) found.push(`"${figure[1]} ${figure[2]}" reads as your notes: say "${figure[1] === "0" ? "no" : "one"} ${figure[2]}"`);
	const calendar = [...new Set([...sentence.matchAll(CALENDAR)].map((m) => m[1] ?? m[2]))];
	if (calendar.length > 0) found.push(`${calendar.map((s) => `"${s}"`).join(", ")} takes a capital`);
	const marks = [...new Set([...sentence.matchAll(/\s([=~+<>±]|\+-|\$\$)\s|\b\w+([=~<>])\w/gu)].map((m) => m[1] ?? m[2]))];
	if (marks.length > 0) found.push(`${marks.map((s) => `"${s}"`).join(", ")} is from your notes`);
	// "checked with his verituner after", said to the tuner's owner: the notes' "his" may be the reader (review 113).
	const third = /\b(he|him|his|she|her|hers)\b/i.exec(sentence);
	if (third !== null) found.push(`"${third[1]}" may be the reader: if so, say "${/^(?:his|her|hers)$/i.test(third[1]) ? "your" : "you"}"`);
	// "my work on the scopist and proofer team", "my work on RPR": the draft's guess at how the note's thing was the user's;
	// reviews 153-155 found it wrong where the thing was held, used or had, so the user is told to check it.
	const worked = /\bmy work on (?:the )?([^.,;()]+)/i.exec(sentence)?.[1].trim() ?? "";
	if (worked !== "" && (/^(?:\p{Lu}[\p{Lu}\d]{1,5}(?:[ /&+-]+|$))+$/u.test(worked) || (/\b(?:team|crew|staff|people|cert|certified|certification|license|licence|card|order of draw|standard|guidelines?)$/i.test(worked) && !/ (?:for|with) /.test(worked)))) found.push(`"my work on" is the draft's guess: if you held, used or had it rather than worked on it, say so`);
	// "how I cut their fax backlog", to a charge nurse: the notes' "their" is another employer's, and reads as the reader's own
	// (review 213).
	const theirs = /\b(?:I (?:also )?\p{Ll}+|\p{Ll}{2,}ing) their ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)/u.exec(sentence);
	if (theirs !== null) found.push(`"their ${theirs[1]}" may read as the reader's own: say whose it was`);
	// "the night with the drunk guy on the sailboat": words of a note, too casual for a letter.
	const casual = /\b(guys?|dude|drunk|kinda|sorta|gonna|wanna|stuff|crazy|awesome|super|folks)\b/i.exec(sentence);
	if (casual !== null) found.push(`"${casual[1]}" may be too casual for a letter`);
	return found.length === 0 ? null : found.join("; ");
}
