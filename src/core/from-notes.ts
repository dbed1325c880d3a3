// Which sentences of a draft were written from the user's own notes. The letters around them are the
// product's fixed wording; a sentence that carries a focus, a highlight, the next steps said back or
// an attachment's title was put together from shorthand, and is the one a user should read before
// sending. The drafts name those sentences so the preview, the terminal and the note can point at them.
import { trimEndWhere } from "./text-scan";

/** Titles, honorifics and shorthand whose full stop does not end a sentence ("Dr. Achterberg", "17th c. Dutch panels"). */
const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "mx", "st", "jr", "sr", "prof", "rev", "fr", "hon", "capt", "sgt", "lt", "det", "col", "maj", "gen", "adm", "cmdr", "cdr", "cpl", "ens", "brig", "mt", "ft", "vs", "v", "no", "approx", "dept", "inc", "ltd", "co", "corp", "c", "ca", "esp", "univ", "vol", "vols"]);

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
