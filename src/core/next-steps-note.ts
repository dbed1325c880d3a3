// What the user was told about next steps (`next_steps`), read back to the person they write to in
// a check-in: "Lena to send take-home by Monday" becomes "I understood Lena would send the take-home
// exercise by Monday 23 November". Relative days are resolved against the interview's day; a note
// whose shape is not certain is quoted in a neutral frame rather than forced into a sentence.
import { addDays, addMonths, getDay, lastDayOfMonth, setDate, startOfDay } from "date-fns";
import { format } from "./date-format";
import { expandShorthand, midSentence, noteItems, trimTrailing, words as w } from "./phrasing";

export interface NextStepsReader {
	/** Every way the note may name the reader: "Lena Fischer", "Lena", "Dr. Okafor". */
	names: readonly string[];
	/** The reader's job title, so that "Principal to email" to the principal is said to them. */
	title?: string;
	/** Names that keep their capitals. */
	context?: readonly string[];
}

export interface NextStepsReading {
	/**
	 * - `you`: "you mentioned you'd send the take-home by Monday 23 November" (what the reader said they'd do)
	 * - `understood`: "I understood Lena would send ...", "I understood a decision was expected by ..."
	 * - `notes`: "the next steps were: a second round with the VP, then references" (a sentence of its own)
	 */
	kind: "you" | "understood" | "notes";
	/** The clause, starting in lower case except for "I" or a name, without a closing mark. */
	clause: string;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS: Readonly<Record<string, string>> = { Jan: "January", Feb: "February", Mar: "March", Apr: "April", Jun: "June", Jul: "July", Aug: "August", Sep: "September", Oct: "October", Nov: "November", Dec: "December" };
const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "Monday 23 November", with the year when it is not the year of `now`. */
function dayText(day: Date, now: Date): string {
	return format(day, day.getFullYear() === now.getFullYear() ? "EEEE d MMMM" : "EEEE d MMMM yyyy");
}

/** The first `weekday` strictly after `base`. */
function nextWeekday(base: Date, weekday: number): Date {
	const gap = (weekday - getDay(base) + 7) % 7 || 7;
	return addDays(startOfDay(base), gap);
}

/** The Friday of the week `base` falls in (Monday to Sunday), or of the week after with `weeks` = 1. */
function fridayOf(base: Date, weeks: number): Date {
	const monday = addDays(startOfDay(base), -((getDay(base) + 6) % 7));
	return addDays(monday, 4 + 7 * weeks);
}

/**
 * Relative days written out against the interview's day: "by Monday" → "by Monday 23 November",
 * "end of next week" → "by Friday 27 November", "within 2 weeks" → "by Wednesday 2 December",
 * "on the 14th" → "on Monday 14 December". Anything else ("after the winter break") stays.
 */
export function resolveDays(text: string, base: Date, now: Date): string {
	const day = (d: Date) => dayText(d, now);
	const today = startOfDay(base).getTime();
	const friday = (weeks: number) => {
		const f = fridayOf(base, weeks);
		return f.getTime() < today ? addDays(f, 7) : f;
	};
	let out = text;
	out = out.replace(/\b(?:(?:by|before|for|at) )?(?:the )?end of (the |this |next )?week\b/gi, (_m, which: string | undefined) => `by ${day(friday(which?.trim().toLowerCase() === "next" ? 1 : 0))}`);
	out = out.replace(/\b(?:by )?eow\b/gi, () => `by ${day(friday(0))}`);
	out = out.replace(/\b(?:(?:by|during|in) )?this week\b/gi, () => `by ${day(friday(0))}`);
	out = out.replace(/\b(?:(early|late|later|mid) )?(?:in )?next week\b/gi, (_m, when: string | undefined) => {
		const monday = addDays(fridayOf(base, 1), -4);
		return `${when ? `${when.toLowerCase()} in ` : "in "}the week of ${format(monday, "d MMMM")}`;
	});
	out = out.replace(/\b(?:within|in) (\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|wks?|business days)\b/gi, (_m, n: string, unit: string) => {
		const count = /^\d/.test(n) ? Number(n) : (NUMBERS[n.toLowerCase()] ?? 1);
		const days = /^w/i.test(unit) ? count * 7 : /business/i.test(unit) ? Math.ceil((count * 7) / 5) : count;
		return `by ${day(addDays(startOfDay(base), days))}`;
	});
	out = out.replace(/\btomorrow\b/gi, () => `on ${day(addDays(startOfDay(base), 1))}`);
	out = out.replace(/\b(?:(on|by|before|after|until|of) )?the (\d{1,2})(?:st|nd|rd|th)\b/gi, (m, prep: string | undefined, n: string) => {
		const date = Number(n);
		if (date < 1 || date > 31) return m;
		let month = startOfDay(base);
		for (let tries = 0; tries < 3; tries++) {
			if (date <= lastDayOfMonth(month).getDate()) {
				const candidate = setDate(month, date);
				if (candidate.getTime() >= today) return prep?.toLowerCase() === "of" ? `of ${format(candidate, "d MMMM")}` : `${prep ? prep.toLowerCase() : "on"} ${day(candidate)}`;
			}
			month = setDate(addMonths(month, 1), 1);
		}
		return m;
	});
	// "Tues", "Thurs", "Fri" as people write them in a hurry.
	out = out.replace(/\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?(?! \d)/g, (_m, short: string) => WEEKDAYS.find((d) => d.startsWith(short.toLowerCase().slice(0, 3))) ?? short);
	out = out.replace(/\b(?:(by|on|before|until|next|this) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, (m, prep: string | undefined, name: string, offset: number, all: string) => {
		// A weekday already written with its date ("Monday 23 November") stays.
		if (/^ \d{1,2} \p{Lu}/u.test(all.slice(offset + m.length, offset + m.length + 12))) return m;
		const target = nextWeekday(base, WEEKDAYS.indexOf(name.toLowerCase()));
		const p = prep ? prep.toLowerCase() : "on";
		// "Thursday 10am" → "on Thursday 3 December at 10am".
		const at = /^,? (?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm)\b/i.test(all.slice(offset + m.length, offset + m.length + 12)) ? " at" : "";
		return `${p === "next" || p === "this" ? "on" : p} ${day(target)}${at}`;
	});
	out = out.replace(/ at,? (?:at )?(\d{1,2}(?::\d\d)? ?(?:am|pm))\b/gi, " at $1");
	// "mid-Dec" → "mid-December".
	out = out.replace(/\b(mid-|early |late |end of )?(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g, (_m, lead: string | undefined, month: string) => `${lead ?? ""}${MONTHS[month.slice(0, 3)]}`);
	return out;
}

/** Words for people whose role the note may give instead of a name. */
const ROLES = /^(?:the |a |our |my )?(recruiter|hiring manager|manager|principal|head teacher|headteacher|director|hr|people team|talent team|talent partner|vp|ceo|cto|cfo|coo|founder|team|panel|committee|board|chef|chair|dean|superintendent|partner)$/i;

/** Who the note says will act, as a letter to the reader names them; null when it is no one we can place. */
function whoIs(who: string, reader: NextStepsReader): { you: boolean; name: string } | null {
	const plain = w.withoutAsides(who).trim();
	if (/^(?:expect|expected|hope|hoping|plan|planning|likely|probably|maybe|need|needs|should|will|waiting|hear|going|want|wants)$/i.test(plain)) return null;
	const l = plain.toLowerCase();
	if (l === "they" || l === "the team" || l === "team") return { you: false, name: "the team" };
	for (const name of reader.names) if (name !== "" && l === name.toLowerCase()) return { you: true, name: "you" };
	const role = ROLES.exec(plain);
	if (role) {
		const title = (reader.title ?? "").toLowerCase();
		if (title !== "" && new RegExp(`\\b${role[1].toLowerCase().replace(/ /g, "\\s+")}\\b`).test(title)) return { you: true, name: "you" };
		const word = role[1];
		const kept = /^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase();
		return { you: false, name: /^hr$/i.test(word) ? "HR" : `the ${kept}` };
	}
	// A name: one to three capitalised words, "Dr. Okafor".
	if (/^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.? )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u.test(plain)) return { you: false, name: plain };
	return null;
}

/** "send take-home" → "send the take-home exercise"; small words hiring notes leave out. */
function tidyObject(text: string): string {
	return text
		.replace(/\b(send|get|do|finish|complete|return|share|review) (take-home|take home)( exercise| test| task)?\b/gi, (_m, v: string, _t: string, kind: string | undefined) => `${v} the take-home${kind ?? " exercise"}`)
		.replace(/\b(with|to|from|by|and) (VP|CEO|CTO|CFO|COO|hiring manager|recruiter|principal|founder|GM)\b/g, "$1 the $2");
}


/** A quote in the reader's company's voice, told back: "we'll let you know" → "you'd let me know". */
function fromTheirSide(quote: string): string | null {
	if (/\b(?:I|me|my|mine|I'm|I'll|I've|I'd)\b/.test(quote)) return null;
	return quote
		.split(" ")
		.map((word) => {
			const core = w.core(word);
			const at = word.indexOf(core);
			const l = core.toLowerCase().replace(/’/g, "'");
			const swap: Record<string, string> = { we: "you", "we'll": "you'd", "we'd": "you'd", "we're": "you were", "we've": "you'd", our: "your", us: "you", you: "me", your: "my", will: "would", can: "could" };
			return core !== "" && swap[l] !== undefined ? word.slice(0, at) + swap[l] + word.slice(at + core.length) : word;
		})
		.join(" ");
}

/** One item of the note, read with certainty or not at all. */
function readItem(raw: string, reader: NextStepsReader, base: Date, now: Date): { you: boolean; clause: string } | null {
	const text = trimTrailing(expandShorthand(resolveDays(raw, base, now)), " .;:,");
	// "Principal Snyder: 'we'll let you know after winter break'", "Pat said "..."".
	const quoted = /^(.{2,40}?)(?::| said:?) ["'‘“](.+)["'’”]$/u.exec(text);
	if (quoted) {
		const who = whoIs(quoted[1], reader);
		const told = fromTheirSide(quoted[2].trim());
		if (who && told) return { you: false, clause: who.you ? `you mentioned ${told}` : `I understood from ${who.name} that ${told}` };
		return null;
	}
	const hear = /^(?:i |i'll |i will |should |expect to |will |i should )?hear(?: back)? ((?:by|on|after|before|in|early|late|within) .+)$/i.exec(text);
	if (hear) return { you: false, clause: `I understood I'd hear back ${hear[1]}` };
	// "Lena to send take-home by Monday", "Hiring manager will call by Friday", "Pat said she'd get back to me".
	const acts = /^(.{1,40}?) (?:said (?:that )?(?:he|she|they)(?:'d| would|'ll| will) |(?:to|will|'ll|would|is going to|are going to|should) )(\p{Ll}.*)$/u.exec(text.replace(/’/g, "'"));
	if (acts) {
		const who = whoIs(acts[1].replace(/'ll$/, ""), reader);
		if (who) {
			const action = tidyObject(acts[2]);
			if (who.you) return { you: true, clause: `you mentioned you'd ${action}` };
			return { you: false, clause: `I understood ${who.name} would ${action}` };
		}
	}
	const theyll = /^(?:they|we)(?:'ll| will) (\p{Ll}.*)$/iu.exec(text.replace(/’/g, "'"));
	if (theyll) return { you: false, clause: `I understood the team would ${tidyObject(theyll[1])}` };
	// "decision end of next week" (already "decision by Friday 27 November"), "decision after the holidays".
	const decision = /^(?:the |a )?(?:final )?decision(?: is| was)?(?: expected| due)? ((?:by|on|after|before|in|early|late|within|around|at) .+)$/i.exec(text);
	if (decision) return { you: false, clause: `I understood a decision was expected ${decision[1]}` };
	const waiting = /^(?:waiting|on hold|pending)(?: (?:on|for))? (.+)$/i.exec(text);
	if (waiting) return { you: false, clause: `I understood the next step was waiting on ${waiting[1]}` };
	// "a call with the VP": something that will happen, with its article.
	if (/^(?:a|an) /i.test(text) && w.mainVerb(text.split(" "), 1) === -1 && text.split(" ").length <= 8) return { you: false, clause: `I understood there would be ${tidyObject(text[0].toLowerCase() + text.slice(1))}` };
	// "offer call on Monday 30 November", "panel debrief on Thursday 3 December".
	const event = /^((?:[\p{L}-]+ ){0,5}[\p{L}-]+) ((?:on|by|in|later in|early in|mid in) (?:the week of )?(?:\p{Lu}\p{Ll}+ )?\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?)$/u.exec(text);
	if (event && w.mainVerb(event[1].split(" "), 1) === -1 && !/^(?:the|a|an|my|our|your|their)$/i.test(event[1].split(" ")[0])) {
		const thing = midSentence(event[1], { names: reader.context });
		const head = thing.split(" ");
		const stop = head.findIndex((word, i) => i > 0 && /^(?:with|for|about|of|at|in|on|to|from|by)$/i.test(word));
		const plural = /[^s]s$/.test((stop > 0 ? head[stop - 1] : head[head.length - 1]) ?? "");
		const an = /^[aeiou]/i.test(thing) ? "an" : "a";
		return { you: false, clause: `I understood there would be ${plural ? "" : `${an} `}${tidyObject(thing)} ${event[2]}` };
	}
	return null;
}

/**
 * The note read back to `reader`, or null when it is empty. Each item is credited to the person it
 * names ("Lena to send ..." → "Lena would send ..."; "you'd send ..." when Lena reads it); an item
 * whose shape is not certain makes the whole note a neutral "the next steps were: ...".
 */
export function readNextSteps(text: string | undefined, reader: NextStepsReader, base: Date, now: Date): NextStepsReading | null {
	const items = noteItems(text).flatMap((item) => item.split(/;\s*(?:then\s+)?|,? then\s+|,\s+(?=\p{Lu}|panel|decision|offer|final|second|next)/u));
	const clean = items.map((i) => i.trim()).filter((i) => /\p{L}/u.test(i));
	if (clean.length === 0) return null;
	const read = clean.map((item) => readItem(item, reader, base, now));
	if (read.every((r) => r !== null)) {
		const [first, ...rest] = read as { you: boolean; clause: string }[];
		if (rest.length === 0) return { kind: first.you ? "you" : "understood", clause: first.clause };
		// "I understood Lena would send ..., and that there would be a panel debrief on ..."
		const tail = rest.map((r) => `that ${r.clause.replace(/^I understood (?:that )?/, "").replace(/^you mentioned /, "you'd said ").replace(/^you'd said you'd/, "you would")}`);
		const head = first.you ? first.clause : first.clause;
		return { kind: first.you ? "you" : "understood", clause: `${head}, and ${tail.join(", and ")}` };
	}
	const notes = clean.map((item) => tidyObject(trimTrailing(expandShorthand(resolveDays(item, base, now)), " .;:,"))).join(", then ");
	return { kind: "notes", clause: `the next steps were: ${midSentence(notes, { names: reader.context })}` };
}
