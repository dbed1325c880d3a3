// What the user was told about next steps (`next_steps`), read back to the person they write to in
// a check-in: "Lena to send take-home by Monday" becomes "I understood Lena would send the take-home
// exercise by Monday 23 November". Relative days are resolved against the interview's day; a note
// whose shape is not certain is quoted in a neutral frame rather than forced into a sentence.
import { addDays, addMonths, differenceInCalendarDays, getDay, lastDayOfMonth, setDate, startOfDay, isSameDay } from "date-fns";
import { format } from "./date-format";
import { article, clockTimes, expandShorthand, midSentence, noteItems, ordinalWord, thirdPersonBase, trimTrailing, words as w } from "./phrasing";
import type { Interview } from "./types";
import { EVERYDAY_NAMES } from "./everyday-names";

export interface NextStepsReader {
	/** Every way the note may name the reader: "Lena Fischer", "Lena", "Dr. Okafor". */
	names: readonly string[];
	/** The reader's job title, so that "Principal to email" to the principal is said to them. */
	title?: string;
	/** Names that keep their capitals. */
	context?: readonly string[];
	/** The reader may be the hiring manager (a manager's or a director's title, or the note calls them "HM"). */
	mayHire?: boolean;
	/** The day `decision_expected` names: of the two Fridays "next fri" may mean, the one it falls on. */
	expected?: Date;
	/**
	 * Someone besides the reader was in the interview: a bare "she'll email" may be theirs, and is never said to the reader as
	 * their own promise (review 220: "You mentioned you'd email", to a contact, of what the managing editor said she would do).
	 */
	others?: boolean;
}

export interface NextStepsReading {
	/**
	 * - `you`: "you mentioned you'd send the take-home by Monday 23 November" (what the reader said)
	 * - `understood`: "I understood Lena would send ...", "I understood the next step was a call with the VP"
	 * - `unread`: the note could not be told back safely; `clause` is empty and the letter says nothing of it
	 */
	kind: "you" | "understood" | "unread";
	/** The clause, starting in lower case except for "I" or a name, without a closing mark. */
	clause: string;
	/** The latest day the clause names, when it names one: a check-in before it is one sent ahead of it. */
	latest: Date | null;
	/** The Monday of the week `latest` ends, when the clause names a week ("in the week of 7 December"). */
	weekStart?: Date;
	/** The first day the clause names, when it names more than one ("Friday 4 or Monday 7 December"). */
	earliest?: Date;
	/**
	 * Parts of the note that could not be said back safely and are not in `clause`, while others are:
	 * "Courtney will let me know. Hmm??" says the first and leaves "Hmm??" here, for a warning.
	 */
	unsaid?: string[];
}

/**
 * What the note says of the next steps, as one text: `next_steps`, and `decision_expected` typed as
 * words ("mid December"), which is said back with them. Undefined when the note says neither.
 */
export function toldNextSteps(interview: Pick<Interview, "nextSteps" | "decisionText">): string | undefined {
	const steps = interview.nextSteps === "(given)" ? undefined : interview.nextSteps;
	// "next_steps: decision by xmas" beside "decision_expected: by xmas": said once, never "a decision was expected by
	// Christmas, and that a decision was expected by Christmas" (review 173).
	const decision = interview.decisionText;
	// ("next_steps: 2-3 wks, nadia to call" beside "decision_expected: 2-3 wks": the comma is no part of the words, review 180.)
	const plain = (t: string) => ` ${t.toLowerCase().replace(/[,;.!?]/g, " ").replace(/\s+/g, " ").trim()} `;
	// ("bill said theyd let me know after break" beside "decision_expected: after winter break": one time said twice, review 182.)
	const lastWord = decision === undefined ? "" : plain(decision).trim().split(" ").pop() ?? "";
	const sameTime = steps !== undefined && lastWord.length >= 4 && /\b(?:let (?:me|us) know|decide|decision|hear back|answer|get back)\b/i.test(steps) && plain(steps).includes(` ${lastWord} `);
	const saidAlready = decision !== undefined && steps !== undefined && (plain(steps).includes(plain(decision)) || sameTime);
	const parts = [steps, decision === undefined || saidAlready ? undefined : `decision expected ${decision}`].filter((t): t is string => t !== undefined);
	return parts.length > 0 ? parts.join("; ") : undefined;
}

/**
 * The last day the next steps in the note name within a month of the interview ("they'll email by
 * end of next week": that Friday), read as on the day of the interview; null when they name none.
 */
/** "before the holidays", "before holiday break", "by year end": a day the tool reckons from a season, not one anyone named. */
export const SEASON_DAY = /\b(?:holidays?|holiday break|christmas|xmas|thanksgiving|new year|winter break|year[- ]end|end of (?:the )?year)\b/i;

export function namedDayOf(interview: Pick<Interview, "nextSteps" | "decisionText" | "start" | "decisionExpected">): Date | null {
	const text = toldNextSteps(interview);
	if (text === undefined) return null;
	// "decide "before the holidays"" beside decision_expected: 2026-12-18: the day the user wrote down wins over one reckoned
	// from a season, so the check-in never waits into the dead week for it (reviews 159, 161).
	if (interview.decisionExpected !== undefined && SEASON_DAY.test(text)) return null;
	// The days alone, without the sentence (the reading of the whole is several times dearer, and this
	// runs for every interview awaiting a check-in, whenever the list is worked out).
	const found: Date[] = [];
	resolveDays(text, interview.start, interview.start, found, interview.decisionExpected);
	// A day more than a month out is no promise of news ("start date Jan 5", "maybe February"): it is not waited for.
	const month = interview.start.getTime() + 31 * 24 * 3600 * 1000;
	// "after the holidays" is the other way round: no news comes before it, however far out it is.
	const near = found.filter((d) => d.getTime() <= month || NOT_BEFORE.has(d));
	return latestOf(near).latest;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS: Readonly<Record<string, string>> = { Jan: "January", Feb: "February", Mar: "March", Apr: "April", Jun: "June", Jul: "July", Aug: "August", Sep: "September", Oct: "October", Nov: "November", Dec: "December" };
/** Capitalised words that name no one: the days, the months, and a sentence's first words. */
const NOT_A_PERSON = new Set([...WEEKDAYS.map((d) => d[0].toUpperCase() + d.slice(1)), ...Object.values(MONTHS), "May", "The", "And", "Then", "If"]);
const ORDINALS: readonly (string | undefined)[] = [undefined, ..."first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(" ")];
const COUNT_WORDS = "zero one two three four five six seven eight nine".split(" ");
const SEEN: Readonly<Record<string, string>> = { see: "seen", meet: "met", "hear from": "heard from", "talk to": "talked to", "speak with": "spoken with", "speak to": "spoken to" };
const NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The first day of a week a note names ("the week of 7 December"), by the day pushed as its latest. */
const WEEK_START = new WeakMap<Date, Date>();

/** Days a note says nothing comes before ("after the holidays"): a check-in waits for them, however far out. */
const NOT_BEFORE = new WeakSet<Date>();

/** A day a week ends on, remembered with the Monday it starts on. */
function weekOf(last: Date, monday: Date): Date {
	WEEK_START.set(last, monday);
	return last;
}


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
 * "12/7", "7/12": month first unless the first number cannot be a month; the reading nearest after the interview wins.
 * A week is past only once its Friday is: "week of 12/1", written on Wednesday 2 December, is this week, never 12 January.
 */
function monthDayAfter(base: Date, a: string, b: string, week = false): Date | undefined {
	const today = startOfDay(base).getTime();
	return [
		[+a, +b],
		[+b, +a],
	]
		.map(([month, date]) => {
			const d = new Date(base.getFullYear(), month - 1, date);
			if ((week ? fridayOf(d, 0) : d).getTime() < today) d.setFullYear(d.getFullYear() + 1);
			return month <= 12 && d.getDate() === date ? d : null;
		})
		.filter((r): r is Date => r !== null)
		.sort((x, y) => x.getTime() - y.getTime())[0];
}

/** A weekday typed before a date ("sat 12/13"), and the day it names. */
const DAY_THEN_DATE = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? (\d{1,2})\/(\d{1,2})\b(?!\/)/gi;

/**
 * "sat 12/13" where 13 December is a Sunday: the note's weekday and date disagree, and which one the user meant no letter
 * can tell (review 241: "come in sat 12/13" was said as "Sunday, December 13", review 242: "sat 12/6" as "Sunday 6").
 * The first such pair, as typed, with the weekday its date falls on; null when every weekday agrees with its date.
 */
export function weekdayClash(text: string, base: Date): { typed: string; date: Date } | null {
	for (const m of text.matchAll(DAY_THEN_DATE)) {
		const d = monthDayAfter(base, m[2], m[3]);
		if (d !== undefined && format(d, "EEE").toLowerCase() !== m[1].toLowerCase()) return { typed: m[0], date: d };
	}
	return null;
}

/**
 * Relative days written out against the interview's day: "by Monday" → "by Monday 23 November",
 * "end of next week" → "by Friday 27 November", "within 2 weeks" → "by Wednesday 2 December",
 * "on the 14th" → "on Monday 14 December". Anything else ("after the winter break") stays.
 */
export function resolveDays(text: string, base: Date, now: Date, found: Date[] = [], expected?: Date): string {
	const day = (d: Date) => {
		found.push(d);
		return dayText(d, now);
	};
	const today = startOfDay(base).getTime();
	const friday = (weeks: number) => {
		const f = fridayOf(base, weeks);
		return f.getTime() < today ? addDays(f, 7) : f;
	};
	// ("decision_expected: next week-ish" was "in the week of December 7-ish", review 264: a day or a week roughly is "around" it.)
	let out = text.replace(/\b((?:next|this) (?:week|wk)|(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day)?|end of (?:next |this |the )?(?:week|wk|month))-?ish\b/gi, "around $1")
		// "w/in 1wk": within a week.
		.replace(/\bw\/in\b/gi, "within")
		// ("ruth calling mon or tue" was "the next step would be on Monday 7 or Tuesday 8 December", review 265: who is calling will
		// call; "jules emails shortlist fri" emails the shortlist.)
		.replace(/^(\p{L}+) (calling|emailing|texting|phoning)\b/u, (_m, who: string, doing: string) => `${who} will ${{ calling: "call", emailing: "email", texting: "text", phoning: "phone" }[doing.toLowerCase()] ?? "call"}`)
		.replace(/\b(emails?|sends?|posts?|shares?|texts?|circulates?) (shortlist|schedule|rota|roster|timetable|results|contract|paperwork|agenda|itinerary)\b/g, "$1 the $2")
		// ("Naomi sends 2nd interview w/ ops director" was "you'd send second interview", review 263: what is sent is the invitation.)
		.replace(/\b(send|sends|sending) (?:a |the )?((?:2nd|second|3rd|third|final|next|onsite|on-site|in-person|panel) (?:interview|round|rd|int))\b/gi, "$1 an invitation to a $2")
		.replace(/\bnxt\b/gi, "next")
		// "hed call mon with feedback": a weekday typed short after what is done is the day it is done on (review 220).
		.replace(/\b(call|email|text|get back|decide|reach out|be in touch)((?: me| back| me back)?) (mon|tues?|wed|thu|thur|thurs|fri)(?![\p{L}\d]|[.:/]\d)/giu, "$1$2 on $3")
		// "they want someone start before xmas": someone to start (review 218); "call by fri w/ next round": about it (review 217).
		.replace(/\b(want|wants|would like|need|needs|hope|hopes) (someone|somebody|a person|the new hire) (start|begin|work|cover)\b/gi, "$1 $2 to $3")
		// "agency (tasha) to relay, 2-3 wks": the news, passed on, before a comma too (review 228: "you'd relay").
		.replace(/\b(to|will|['’]ll|['’]d|would) relay(?=\s*(?:[,;]|$))/gi, "$1 pass the news on")
		// "wants someone before jan 1": someone to start before then (review 224).
		.replace(/\b(want|wants|would like|need|needs) (someone|somebody) (?=(?:before|by)\b)/gi, "$1 $2 to start ")
		.replace(/\b(?:w\/|with) (?:the )?next (round|rd|rnd|step|steps|stage|interview)\b/gi, (_m, what: string) => `about the next ${/^(?:rd|rnd)$/i.test(what) ? "round" : what.toLowerCase()}`)
		// "hr email nxt wk re 2nd rd": a post, then what it does and when, is what it will do, "HR would email next week" (review 214).
		.replace(/(^|[,;] ?)((?:the )?(?:hr|HR|recruiter|rec|recr|hiring manager|hm|HM|owner|gm|GM|dm|DM|director|manager|mgr)|\p{Lu}\p{Ll}{1,14}) (email|call|text|send|schedule|set up|reach out|follow up|get back|decide) (?=(?:me |back |to me )?(?:next|this|by|on|early|late|mid|tomorrow|within|in) )/gu, "$1$2 to $3 ")
		// "theyd decide after council mtg, call either way": a bare "call" after a comma is who said it, calling the user
		// (review 174: "…after the council meeting, call either way").
		.replace(/, (call|email|text|ring)(?: me)? either way\b/gi, ", will $1 me either way")
		// "2-3 wks total": the whole of it, which "within 2 to 3 weeks of our interview" already says (review 176).
		.replace(/\b(wks?|weeks?|days?|months?|mos) total\b/gi, "$1")
		// "she'll pass to nursery supv": what is passed is the user's application, to the one who runs the place (review 176).
		.replace(/\bpass(?: it| me)? (?:on |along )?to (?!(?:the|my|her|his|their|a|an)\b)((?:\p{L}[\p{Ll}-]* )?)(supv|supvr|supervisor|mgr|manager|director|dir|lead|chief|owner)\b/giu, (_m, what: string, who: string) => `pass my application to the ${what.toLowerCase()}${{ supv: "supervisor", supvr: "supervisor", mgr: "manager", dir: "director" }[who.toLowerCase()] ?? who.toLowerCase()}`)
		// ("she'll pass to Tom (herd mgr)": to a person named, review 181.)
		.replace(/\b(pass|passing|passes)(?: it| me)? (?:on |along )?to (?=\p{Lu}\p{Ll}+\b)(?!(?:HR|The|My)\b)/gu, (_m, verb: string) => `${verb} my application to `)
		// ("she'll pass to dockmaster": a post named bare is "the dockmaster", review 190.)
		.replace(/\b(pass|passing|passes)(?: it)? (?:on |along )?to (?!(?:the|my|her|his|their|a|an|HR|me|you|him|them|us)\b)(\p{Ll}+(?:master|manager|mgr|director|supervisor|lead|chief|owner|chef|captain|foreman|superintendent))\b/gu, (_m, verb: string, post: string) => `${verb} my application to the ${post.replace(/mgr$/, "manager")}`)
		// ("pass my application to HSA": a post in capitals is "the HSA", review 185; "to HR" stays.)
		.replace(/\bpass my application to (?=\p{Lu}{2,5}\b)(?!HR\b)/gu, "pass my application to the ")
		// "hm to call by fri", "2nd rd w/ hm": a hiring manager written short, never the doubt "hm" (reviews 183, 184).
		.replace(/\b(the|w\/|with|w|to|from|by) hm\b(?!['’])/gi, (_m, before: string) => `${before} ${/^the$/i.test(before) ? "" : "the "}hiring manager`)
		.replace(/(^|[,;.] ?)hm(?= (?:to|will|would|said|says|should|is|was|wants|calls|emails|decides)\b)/gi, "$1hiring manager")
		.replace(/\b(next|this|a|one|of|\d{1,2}) (wk|wks)\b/gi, (_m, n: string, unit: string) => `${n} ${unit.length === 3 ? "weeks" : "week"}`)
		.replace(/\b(\d{1,2})wks?\b/gi, (_m, n: string) => `${n} ${n === "1" ? "week" : "weeks"}`);
	// "at the 12/17 meeting": the day goes after the thing it dates ("at the meeting on Thursday 17 December").
	out = out.replace(
		/\bthe (\d{1,2}\/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}) ((?:board |team |panel |committee )?(?:meeting|mtg|mtng|call|interview|panel|session|review|vote|deadline|presentation))\b/gi,
		// ("the 12/4 mtg": a meeting written short too, never "at the on Friday, December 4, meeting", review 184.)
		(_m, date: string, what: string) => `the ${what.replace(/\bmtn?g$/i, "meeting")} on ${date}`,
	);
	const monthDay = (a: string, b: string, week = false): Date | undefined => monthDayAfter(base, a, b, week);
	// "wk of 12/7", "around the week of 12/7" → "in (around) the week of 7 December"; the week ends on its Friday.
	out = out.replace(/\b(?:(in|around|during|by|until|before|after|from|for) )?(?:the )?(?:week|wk) of (\d{1,2})\/(\d{1,2})\b(?!\/)/gi, (m, prep: string | undefined, a: string, b: string) => {
		const d = monthDay(a, b, true);
		if (!d) return m;
		found.push(weekOf(fridayOf(d, 0), addDays(fridayOf(d, 0), -4)));
		return `${prep ? prep.toLowerCase() : "in"} the week of ${format(d, "d MMMM")}`;
	});
	// "sat 12/6 9-1", "12/12 10am-4": hours after a date are a span of that day, never a date of their own ("on Sunday 6 on
	// Wednesday, December 9-1", review 242).
	out = out.replace(/\b(\d{1,2}\/\d{1,2}) (\d{1,2}(?::\d{2})? ?(?:am|pm)?) ?[-–] ?(\d{1,2}(?::\d{2})? ?(?:am|pm)?)(?![\d/:])/gi, "$1 from $2 to $3");
	// "Mon 12/7", "12/15", "as of 12/1". A weekday the date does not fall on is left as typed (`weekdayClash` tells the user).
	out = out.replace(/\b(?:(on|by|before|after|until|around|due|of) )?(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.? )?(\d{1,2})\/(\d{1,2})\b(?!\/)/gi, (m, prep: string | undefined, typedDay: string | undefined, a: string, b: string) => {
		const d = monthDay(a, b);
		if (d !== undefined && typedDay !== undefined && format(d, "EEE").toLowerCase() !== typedDay.toLowerCase()) return m;
		return d ? `${prep ? prep.toLowerCase().replace("due", "due on") : "on"} ${day(d)}` : m;
	});
	// "by Friday Dec 4": the weekday of a date that follows is said with it, once ("by Friday 4 December").
	out = out.replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/gi, "");
	out = out.replace(/\b(?:(?:by|before|for|at) )?(?:the )?end of (the |this |next )?week\b/gi, (_m, which: string | undefined) => `by ${day(friday(which?.trim().toLowerCase() === "next" ? 1 : 0))}`);
	out = out.replace(/\b(?:by )?eow\b/gi, () => `by ${day(friday(0))}`);
	// "this week" on its Friday or weekend: that week, never its Friday (the interview's day) as a day to come.
	// Read inside that week ("this wk" in a letter written the same week), it stays "this week"; its Friday is still the latest day.
	// Typed on a Saturday or Sunday, "this week" is the one about to start (review 84): the week just ending is over.
	const weekBase = getDay(base) === 6 ? addDays(startOfDay(base), 2) : getDay(base) === 0 ? addDays(startOfDay(base), 1) : base;
	const mondayOfBase = addDays(fridayOf(weekBase, 0), -4);
	// On that week's Saturday or Sunday a letter's "this week" would read as the next one, so the day is named.
	const sameWeek = startOfDay(now).getTime() >= mondayOfBase.getTime() && startOfDay(now).getTime() < addDays(mondayOfBase, 5).getTime();
	out = out.replace(/\b(?:(?:by|during|in) )?this week\b/gi, (m, at: number, all: string) => {
		if (sameWeek) {
			found.push(fridayOf(weekBase, 0).getTime() > today ? fridayOf(weekBase, 0) : weekOf(fridayOf(weekBase, 0), mondayOfBase));
			return m;
		}
		if (fridayOf(weekBase, 0).getTime() > today) return `by ${day(fridayOf(weekBase, 0))}`;
		const monday = addDays(fridayOf(weekBase, 0), -4);
		found.push(weekOf(fridayOf(weekBase, 0), monday));
		// "tasha to call refs this wk", typed on the Friday: what someone is to do that week is in the days just ahead, "shortly";
		// "in the week of 30 November", read the Monday after, told her she had missed a week that had one day left in it (review
		// 194). (A thing alone, "references this week", is said of its week.)
		if (getDay(base) === 5 && /\b(?:to|will|would|can|could|gonna|going to)\s+\p{L}+|['’]ll\s+\p{L}+/iu.test(all.slice(0, at).split(/[,;]/).pop() ?? "")) return "shortly";
		return `in the week of ${format(monday, "d MMMM")}`;
	});
	out = out.replace(/\b(?:(by|in|around) )?(?:(early|late|later|mid|around) )?(?:in )?next week\b(?! or )/gi, (_m, prep: string | undefined, when: string | undefined) => {
		const monday = addDays(fridayOf(base, 1), -4);
		const part = when?.toLowerCase();
		// Early in a week is over by its Tuesday, the middle by its Wednesday, the rest by its Friday.
		found.push(weekOf(addDays(monday, part === "early" ? 1 : part === "mid" ? 2 : 4), monday));
		// "by mid next wk": "by the middle of the week of 30 November", never "by mid in the week of" (review 87).
		if (part === "mid") return `${prep === undefined || /^in$/i.test(prep) ? "in" : prep.toLowerCase()} the middle of the week of ${format(monday, "d MMMM")}`;
		// "by late next week": by the end of that week.
		if ((part === "late" || part === "later") && /^by$/i.test(prep ?? "")) return `by the end of the week of ${format(monday, "d MMMM")}`;
		const lead = `${prep === undefined ? "" : `${prep.toLowerCase()} `}${part === undefined ? (prep === undefined ? "in " : "") : part === "around" ? "around " : `${part} in `}`;
		return `${lead}the week of ${format(monday, "d MMMM")}`;
	});
	// "in about 2 weeks": a rough span keeps its words, and its day counts as the latest it names.
	// "in about 1 week" is "in about a week".
	out = out.replace(/\b(within|in) (about|around|roughly|approx\.?) (\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|months?)\b/gi, (m, prep: string, about: string, n: string, unit: string) => {
		const count = /^\d/.test(n) ? Number(n) : (NUMBERS[n.toLowerCase()] ?? 1);
		const when = /^m/i.test(unit) ? addMonths(startOfDay(base), count) : addDays(startOfDay(base), /^w/i.test(unit) ? count * 7 : count);
		found.push(when);
		const span = count === 1 ? `${/^h/i.test(unit) ? "an" : "a"} ${unit.replace(/s$/i, "")}` : `${/^\d/.test(n) ? (COUNT_WORDS[count] ?? n) : n} ${unit.replace(/s?$/i, "s")}`;
		// "decision in ~2 wks", read when that span has passed: counted from the interview, never from the letter's day (review 65).
		// Nor once days have passed since it was said: "in about 3 weeks", read a week on, would count from the letter's day (review 128).
		if (when.getTime() < startOfDay(now).getTime() || differenceInCalendarDays(now, base) >= 3) return `within ${about} ${span} of our interview`;
		return count === 1 ? `${prep} ${about} ${span}` : m;
	});
	out = out.replace(/\b(?:within|in) (\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|wks?|business days)\b(?! or | (?:after|once|when)\b)/gi, (_m, n: string, unit: string) => {
		const count = /^\d/.test(n) ? Number(n) : (NUMBERS[n.toLowerCase()] ?? 1);
		const days = /^w/i.test(unit) ? count * 7 : /business/i.test(unit) ? Math.ceil((count * 7) / 5) : count;
		return `by ${day(addDays(startOfDay(base), days))}`;
	});
	// "decide in 2 wks after the 2nd candidate's tasting": counted from the interview or from what follows is not certain;
	// the span keeps its words ("within two weeks, after the second candidate's tasting") and names no day.
	out = out.replace(/\b(?:within|in) (\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?)(?= (?:after|once|when)\b)/gi, (_m, n: string, unit: string) => {
		const count = /^\d/.test(n) ? Number(n) : (NUMBERS[n.toLowerCase()] ?? 1);
		return `within ${count === 1 ? "a" : (COUNT_WORDS[count] ?? n)} ${count === 1 ? unit.replace(/s$/i, "") : unit.replace(/s?$/i, "s")},`;
	});
	out = out.replace(/\btomorrow\b/gi, () => `on ${day(addDays(startOfDay(base), 1))}`);
	// "by end of the month" is the interview's month: read in a later month it would mean another, so the month is named
	// ("by the end of November"); "next month" likewise ("in December"). Read in the same month, the words stay.
	if (startOfDay(now).getMonth() !== startOfDay(base).getMonth() || now.getFullYear() !== base.getFullYear()) {
		const monthName = (later: boolean) => format(addMonths(setDate(startOfDay(base), 1), later ? 1 : 0), "MMMM");
		out = out.replace(/\b(?:(by|before|at|until|around|for) )?(?:the )?(?:end of (the |this |next )?month|eom)\b/gi, (_m, prep: string | undefined, which: string | undefined) => `${prep ? prep.toLowerCase() : "by"} the end of ${monthName(which?.trim().toLowerCase() === "next")}`);
		out = out.replace(/\b(?:(in|during|by|within|before|after|until) )?(this|next) month\b/gi, (_m, prep: string | undefined, which: string) => `${prep ? prep.toLowerCase() : "in"} ${monthName(which.toLowerCase() === "next")}`);
	}
	// "the 2nd candidate's tasting", "after the 3rd round": an ordinal before a noun is never a day of the month.
	out = out.replace(/\b(?:(on|by|before|after|until|of) )?the (\d{1,2})(?:st|nd|rd|th)\b(?! (?!(?:at|or|and|of|by|in|on|for|to|with|after|before|if|when|once|then|so|but|around|until|from|about|latest|morning|afternoon|evening)\b)[\p{L}\d])/giu, (m, prep: string | undefined, n: string) => {
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
	// "sat night", "wed morning": before a part of the day, "sat" and "wed" are the days.
	out = out.replace(/\b(?:mon|wed|sat|sun)\.?(?= (?:night|evening|morning|afternoon)\b)/g, (short: string) => WEEKDAYS.find((d) => d.startsWith(short.slice(0, 3))) ?? short);
	// "a working shift on a Sat": a day of the week the note leaves open, which no date is put on ("on a Saturday").
	out = out.replace(/\b(a|some|any|one) (mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|urday|nesday|rsday|sday)?\b\.?/gi, (_m, which: string, short: string) => {
		const day = WEEKDAYS.find((d) => d.startsWith(short.toLowerCase().slice(0, 3))) ?? short;
		return `${which.toLowerCase()} ${day[0].toUpperCase()}${day.slice(1)}`;
	});
	// "Tues", "Thurs", "Fri" as people write them in a hurry.
	// In lower case only where no English word is the same: "by fri", "thurs", "next wed"; never "sat" or "wed" alone, but
	// "mon" before "or tues" is a day (review 84: "call mon or on Tuesday 24 November").
	out = out.replace(/\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|tues?|thu(?:rs?)?|fri|(?:by|on|before|until|next) (?:mon|wed|sat|sun)|this (?:mon|wed)|or (?:mon|wed)|(?:mon|wed|sun)(?= or (?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day)?\b))\b\.?(?! \d)/g, (short: string) => {
		// "fri or mon": the second day too.
		const [prep, name] = short.includes(" ") ? short.split(" ") : ["", short];
		const day = WEEKDAYS.find((d) => d.startsWith(name.toLowerCase().slice(0, 3)));
		return day ? `${prep}${prep ? " " : ""}${day}` : short;
	});
	let previous: { end: number; day: Date | null } | null = null;
	out = out.replace(/\b(?:(by|on|before|until|around|next|this) )?((?:next|this) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi, (m, prep: string | undefined, which: string | undefined, name: string, offset: number, all: string) => {
		// A weekday already written with its date ("Monday 23 November") stays, as does one left open ("on a Saturday").
		if (/\b(?:a|some|any|one) $/.test(all.slice(Math.max(0, offset - 5), offset))) return m;
		if (/^ \d{1,2} \p{Lu}/u.test(all.slice(offset + m.length, offset + m.length + 12))) return m;
		// "Mon or Tue" after a Monday interview: the Tuesday of that next week, never the day after the interview.
		const chained = previous !== null && /^ or $/.test(all.slice(previous.end, offset));
		const weekday = WEEKDAYS.indexOf(name.toLowerCase());
		const next = (which ?? prep ?? "").trim().toLowerCase() === "next";
		const spoken = name[0].toUpperCase() + name.slice(1).toLowerCase();
		// "call back fri or mon", typed on a Friday: that day or the one a week on, which the note does not say; no date is put on it,
		// nor on the day said as the other choice ("on Friday or Monday"). "by fri" alone, on a Friday, is the Friday a week on.
		const either = /^ or (?:on |by )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(all.slice(offset + m.length, offset + m.length + 16));
		if ((!chained && either && weekday === getDay(base) && !next) || (chained && previous?.day === null)) {
			previous = { end: offset + m.length, day: null };
			const p = prep === undefined || /^(?:next|this)$/i.test(prep) ? "on" : prep.toLowerCase();
			const at = /^,? (?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm)\b/i.test(all.slice(offset + m.length, offset + m.length + 12)) ? " at" : "";
			return `${chained ? "" : `${p} `}${spoken}${at}`;
		}
		// ("rachel emails mon, maybe a working interview (paid) sat", after a Thursday interview: a step named after a dated one comes
		// after it, the Saturday after that Monday, never the Saturday before it, review 244.)
		// (The parts of a note are read one by one: a day an earlier part named counts as well.)
		let before: Date | null = previous?.day ?? null;
		// (`found` may hold a week's span as no single day: only days count.)
		if (previous === null) for (const d of found as unknown[]) if (d instanceof Date && (before === null || d.getTime() > before.getTime())) before = d;
		// (Only a step put on that day: "call by tues" after a week named is a deadline, which may fall before it.)
		const later = before !== null && which === undefined && (prep === undefined || /^on$/i.test(prep)) && nextWeekday(base, weekday).getTime() < before.getTime();
		const after = chained ? (previous?.day ?? base) : later && before !== null ? before : base;
		const first = nextWeekday(after, weekday);
		// "decide by next fri", typed on a Thursday: the Friday of next week; the day after would be "tomorrow" (review 50).
		// Typed on a Wednesday it may mean either Friday: the one `decision_expected` names, when it names one (review 72).
		// ("decide by thurs" said on a Wednesday beside decision_expected on the Thursday a week on: that Thursday, never the
		// next day, which the letter had told the reader she missed, review 188.)
		// (Only a decision's day: "she'd get back to me by Friday" beside a decision a week on may be news before it.)
		const settled = (next || (/^by$/i.test(prep ?? "") && /\bdecid|\bdecision/i.test(all.slice(Math.max(0, offset - 30), offset)))) && expected !== undefined ? [first, addDays(first, 7)].find((d) => isSameDay(d, expected)) : undefined;
		const target = settled ?? (next && differenceInCalendarDays(first, after) <= 1 ? addDays(first, 7) : first);
		previous = { end: offset + m.length, day: target };
		const p = prep ? prep.toLowerCase() : "on";
		// "Thursday 10am" → "on Thursday 3 December at 10am".
		const at = /^,? (?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm)\b/i.test(all.slice(offset + m.length, offset + m.length + 12)) ? " at" : "";
		return `${p === "next" || p === "this" ? "on" : p} ${day(target)}${at}`;
	});
	out = out.replace(/ at,? (?:at )?(\d{1,2}(?::\d\d)? ?(?:am|pm))\b/gi, " at $1");
	// "on Monday 7 December or on Tuesday 8 December" → "on Monday 7 or Tuesday 8 December".
	// "by Wednesday 9 December or on Thursday 10 December" → "by Wednesday 9 or Thursday 10 December".
	out = out.replace(/\b(on|by) (\p{Lu}\p{Ll}+day) (\d{1,2}) (\p{Lu}\p{Ll}+) or on (\p{Lu}\p{Ll}+day) (\d{1,2}) (\p{Lu}\p{Ll}+)\b/gu, (m, p: string, d1: string, n1: string, m1: string, d2: string, n2: string, m2: string) => (m1 === m2 ? `${p} ${d1} ${n1} or ${d2} ${n2} ${m1}` : m));
	// A span said loosely, counted from the interview: "in the next week or two", "2-3 weeks".
	out = out.replace(
		/\b(?:(?:in|within|over) )?(?:the )?(?:next )?(?:(a |one )?week or two|couple (?:of )?weeks|few weeks|(\d) ?(?:-|–|to) ?(\d) weeks)\b/gi,
		(m, one: string | undefined, from: string | undefined, to: string | undefined) => {
			// Its last day counts as the latest the note names, so that a check-in waits for it: "couple weeks" said on 30
			// November is not checked in on a week later (review 137).
			const weeks = from !== undefined ? Number(to ?? from) : /few/i.test(m) ? 3 : 2;
			found.push(addDays(startOfDay(base), weeks * 7));
			if (one === undefined && from === undefined && !/\bnext\b/i.test(m)) return m;
			const span = /week or two/i.test(m) ? "a week or two" : from !== undefined ? `${from} to ${to ?? ""} weeks` : /few/i.test(m) ? "a few weeks" : "a couple of weeks";
			return `within ${span} of our interview`;
		},
	);

	// "week of Dec 7" → "in the week of 7 December".
	out = out.replace(/\b(?:(in|around|during|by|until|before|after|from|for) )?(?:the )?(?:week|wk) of (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2})\b/gi, (m, prep: string | undefined, month: string, date: string) => {
		const i = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(month.toLowerCase());
		const d = new Date(base.getFullYear(), i, Number(date));
		if (d.getDate() !== Number(date)) return m;
		if (d.getTime() < today) d.setFullYear(d.getFullYear() + 1);
		found.push(weekOf(fridayOf(d, 0), addDays(fridayOf(d, 0), -4)));
		return `${prep ? prep.toLowerCase() : "in"} the week of ${format(d, "d MMMM")}`;
	});
	// "wk of 14th", "the week of the 14th": the day of this month, or of the next once that week is over (review 174: "a
	// second round in person week of 14th").
	out = out.replace(/\b(?:(in|around|during|by|until|before|after|from|for) )?(?:the )?(?:week|wk) of (?:the )?(\d{1,2})(?:st|nd|rd|th)\b/gi, (m, prep: string | undefined, date: string) => {
		let d = new Date(base.getFullYear(), base.getMonth(), Number(date));
		if (d.getDate() === Number(date) && fridayOf(d, 0).getTime() < today) d = new Date(base.getFullYear(), base.getMonth() + 1, Number(date));
		if (d.getDate() !== Number(date)) return m;
		found.push(weekOf(fridayOf(d, 0), addDays(fridayOf(d, 0), -4)));
		return `${prep ? prep.toLowerCase() : "in"} the week of ${format(d, "d MMMM")}`;
	});
	// "early Dec" → "in early December", "mid-dec" → "mid-December", "end of Dec" → "by the end of December".
	// Each names its latest day: the 10th of the month early in it, the 15th in the middle, its last day late in it.
	out = out.replace(
		/\b(?:(in|by|until|before|after|from|since|around|during|of|to) )?(?:(mid)[- ]|(early|late) |(?:the )?(end) of )(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/gi,
		(m, prep: string | undefined, mid: string | undefined, when: string | undefined, end: string | undefined, name: string) => {
			const month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.slice(0, 3).toLowerCase()) / 3;
			// "early may" in lower case is more likely the verb than the month.
			if (name === "may" && !mid && !end) return m;
			let first = new Date(base.getFullYear(), month, 1);
			if (lastDayOfMonth(first).getTime() < today) first = new Date(base.getFullYear() + 1, month, 1);
			found.push(mid ? setDate(first, 15) : when?.toLowerCase() === "early" ? setDate(first, 10) : lastDayOfMonth(first));
			const written = format(first, "MMMM");
			const lead = mid ? `mid-${written}` : end ? `the end of ${written}` : `${when?.toLowerCase() ?? ""} ${written}`;
			return `${prep ? `${prep.toLowerCase()} ` : mid ? "" : end ? "by " : "in "}${lead}`;
		},
	);
	// "by year end", "by EOY" → "by the end of the year", which ends on 31 December.
	out = out.replace(/\b(?:(by|before|at|until|around) )?(?:the )?(?:end of (?:the )?year|year[- ]end|eoy)\b/gi, (_m, prep: string | undefined) => {
		found.push(new Date(base.getFullYear(), 11, 31));
		return `${prep ? prep.toLowerCase() : "by"} the end of the year`;
	});
	// "before the holidays", "after New Year's": a time of year that comes round, which starts and ends on known days.
	out = out.replace(
		/\b(before|by|until|till|ahead of|after|around|over|during|at) (?:the )?(holidays|holiday (?:break|season)|winter (?:break|holidays)|christmas(?: break)?|new year(?:['’]?s)?(?: day)?|advent)\b/gi,
		(m, prep: string, name: string) => {
			// In the first days of January the season just past is the one meant.
			const early = base.getMonth() === 0 && base.getDate() <= 7;
			const year = base.getFullYear() - (early ? 1 : 0);
			const season = /^(?:holiday|winter)/i.test(name);
			// "the holidays" in June are the summer's: only near the end of the year are they Christmas.
			if (season && base.getMonth() < 9 && !early) return m;
			// "call back after advent", to a parish (review 193): Advent starts on the fourth Sunday before Christmas and ends with it.
			if (/^advent$/i.test(name)) {
				const christmas = new Date(year, 11, 25);
				const advent = addDays(christmas, -(christmas.getDay() === 0 ? 28 : 21 + christmas.getDay()));
				const named = /^(?:before|by|until|till|ahead of)$/i.test(prep) ? advent : christmas;
				if (/^after$/i.test(prep)) NOT_BEFORE.add(named);
				found.push(named);
				return `${prep} Advent`;
			}
			const start = /^new/i.test(name) ? new Date(year + 1, 0, 1) : new Date(year, 11, 24);
			const end = /^christmas/i.test(name) && !/break/i.test(name) ? new Date(year, 11, 26) : new Date(year + 1, 0, 1);
			const named = /^(?:before|by|until|till|ahead of)$/i.test(prep) ? start : end;
			if (/^after$/i.test(prep)) NOT_BEFORE.add(named);
			found.push(named);
			// "before winter break": the break, which takes "the".
			return season ? `${prep} the ${name}` : m;
		},
	);
	// "by Dec 10", "on 10 December": a day of a month, with its weekday; one already written with it stays.
	// A dot only after a month cut short ("Dec. 3"): "… by Friday 11 December. 3 finalists" ends a sentence, and the count
	// after it is no day (review 136: "by Friday 11 on Thursday 3 December finalists").
	const MONTH_NAMES = "((?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?|january|february|march|april|may|june|july|august|september|october|november|december)";
	const dated = (m: string, prep: string | undefined, name: string, n: string, offset: number, all: string): string => {
		const month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.slice(0, 3).toLowerCase()) / 3;
		const date = Number(n);
		if (/(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|week of) $/i.test(all.slice(Math.max(0, offset - 12), offset)) || (name === "may" && prep === undefined)) return m;
		const d = new Date(base.getFullYear(), month, date);
		if (d.getDate() !== date) return m;
		// "sandra emails by dec 1" in a note of 2 December: a day just gone is no day next year, and the part is left out (review 98).
		if (d.getTime() < today && differenceInCalendarDays(base, d) <= 45) return `${prep ? prep.toLowerCase() : "on"} \u2020`;
		if (d.getTime() < today) d.setFullYear(d.getFullYear() + 1);
		return `${prep ? prep.toLowerCase() : "on"} ${day(d)}`;
	};
	out = out.replace(new RegExp(`\\b(?:(on|by|before|after|until|around) )?${MONTH_NAMES} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d{4}|:)`, "gi"), (m, prep: string | undefined, name: string, n: string, offset: number, all: string) => dated(m, prep, name, n, offset, all));
	out = out.replace(new RegExp(`\\b(?:(on|by|before|after|until|around) )?(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAMES}(?! \\d{4})\\b`, "gi"), (m, prep: string | undefined, n: string, name: string, offset: number, all: string) => dated(m, prep, name, n, offset, all));
	// "Dec" → "December".
	out = out.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g, (_m, month: string) => MONTHS[month.slice(0, 3)]);
	// "w/ Director mid-December" → "… in mid-December".
	out = out.replace(/(\b\p{L}{1,15} )?mid-(\p{Lu}\p{Ll}+)/gu, (m, before: string | undefined, month: string) => (before === undefined || /^(?:in|by|until|before|after|from|since|around|of|to) $/i.test(before) ? m : `${before}in mid-${month}`));
	// "on Saturday 5 December night": "on the night of Saturday 5 December".
	out = out.replace(/\bon (\p{Lu}\p{Ll}+day \d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?) (night|evening|morning|afternoon)\b/gu, "on the $2 of $1");
	return out;
}

/** Words for people whose role the note may give instead of a name. */
const ROLES = /^(?:the |a |our |my )?(recruiter|hiring manager|hiring committee|manager|principal|head teacher|headteacher|director|hr|people team|talent team|talent partner|vp|ceo|cto|cfo|coo|gm|founder|team|panel|committee|board|chef|chair|dean|superintendent|partner|agency|recruiting agency|staffing agency)$/i;

/** The last word of a job that names one person: "tech lead", "practice owner", "engineering manager". */
const ROLE_HEADS = "lead manager owner director recruiter partner founder co-founder cofounder president principal supervisor superintendent coordinator administrator editor officer chef chair dean vp ceo cto cfo coo cpo cmo cio client".split(" ");
/** Each as typed: "lead", "Lead", "LEAD" (the name beside it keeps the patterns case-sensitive). */
const ROLE_HEAD = ROLE_HEADS.flatMap((h) => [h, h[0].toUpperCase() + h.slice(1), h.toUpperCase()]).join("|");
/** A role of up to three words ending in one of those, never "his manager". */
const ROLE_WORDS = `(?:(?!(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Yy]our|[Mm]y|[Oo]ur|and|or|with|to|from|by|for)\\b)[\\p{L}-]+ ){0,2}(?:${ROLE_HEAD})`;
const ROLE_PHRASE = new RegExp(`^(?:[Tt]he |[Aa] |[Oo]ur |[Tt]heir )?(${ROLE_WORDS})$`, "u");
/** One to three capitalised words: a person's name as a note gives it in brackets. */
const NAME_WORDS = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}";
/** "w/ the owner (Gary Halvorsen)", "with Gary Halvorsen (owner)": after a preposition, the person with their role. */
const ROLE_THEN_NAME = new RegExp(`\\b(w\\/|with|to|from|by|and|for) (?:the |our |their )?(${ROLE_WORDS}) \\((${NAME_WORDS})\\)`, "gu");
const NAME_THEN_ROLE = new RegExp(`\\b(w\\/|with|to|from|by|and|for) (${NAME_WORDS}) \\((?:the |our |their )?(${ROLE_WORDS})\\)`, "gu");

/** The comma that closes "Gary Halvorsen, the owner" when the sentence goes on with a word. */
function apposed(after: string): string {
	return /^ [\p{L}\d]/u.test(after) ? "," : "";
}

/** "Tech Lead" → "tech lead", "VP" and "HR manager" as they are. */
function roleWords(role: string): string {
	return role
		.split(" ")
		.map((word) => (/^\p{Lu}\p{Ll}/u.test(word) ? word.toLowerCase() : word))
		.join(" ");
}

/** "Principal Scientist, Data" holds "principal"; "Tech Lead" holds "tech lead": whole words, any case. */
function titleHolds(title: string, role: string): boolean {
	const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}-]+/gu, " ").trim()} `;
	return role !== "" && words(title).includes(words(role));
}

/** Who acts in an item: the reader ("you"), the user ("I"), someone named, or a pronoun still to place. */
interface Who {
	you: boolean;
	name: string;
	pronoun?: boolean;
}

const READER: Who = { you: true, name: "you" };

/** Who the note says will act, as a letter to the reader names them; null when it is no one we can place. */
function whoIs(who: string, reader: NextStepsReader): Who | null {
	const t = who.trim().replace(/\bmgr\b/g, "manager");
	// "HR (Janelle)": Janelle, who is in HR; "Maria (recruiter)": Maria.
	// "HR (karen)": a first name typed in lower case is the reader's, or one the note gives; any other is read as before.
	const typed = /^(\S+(?: \S+){0,3}) \((\p{L}\p{Ll}+(?: \p{Lu}[\p{L}'’-]*){0,2})\)$/u.exec(t);
	const placedAside = typed === null || /^\p{Lu}/u.test(typed[2]) ? null : whoIs(typed[2], reader);
	const aside = typed !== null && (/^\p{Lu}/u.test(typed[2]) || (placedAside !== null && !placedAside.pronoun && (placedAside.you || /^\p{Lu}/u.test(placedAside.name)))) ? typed : null;
	const asideName = aside === null ? "" : placedAside !== null && !placedAside.you ? placedAside.name : aside[2];
	if (aside && /^hr$/i.test(aside[1])) return whoIs(asideName, reader)?.you ? READER : { you: false, name: `${asideName} in HR` };
	// "Recruiter (Tom)", "the owner (Gary Halvorsen)": Tom, whom the letter names rather than his role.
	if (aside && (ROLES.test(aside[1]) || ROLE_PHRASE.test(aside[1]))) return whoIs(asideName, reader);
	const plain = w.withoutAsides(t).trim();
	if (/^(?:expect|expected|hope|hoping|plan|planning|likely|probably|maybe|need|needs|should|will|waiting|hear|going|want|wants)$/i.test(plain)) return null;
	const l = plain.toLowerCase();
	if (l === "he" || l === "she") return { you: false, name: l, pronoun: true };
	if (l === "they" || l === "the team" || l === "team") return { you: false, name: "the team" };
	if (/^(?:the )?(?:finalists|shortlisted candidates|shortlist)$/.test(l)) return { you: false, name: `the ${l.replace(/^the /, "")}` };
	for (const name of reader.names) if (name !== "" && (/^\p{Lu}{2,3}$/u.test(name) ? plain === name : l === name.toLowerCase())) return READER;
	if (titledReader(l, reader)) return READER;
	// "OM to call by fri", to Darnell, "Ops Mgr": a post's initials that are the reader's title's are the reader (review 162).
	if (/^\p{Lu}{2,4}$/u.test(plain) && titleInitials(reader.title ?? "").includes(plain)) return READER;
	// "KH 2 call after entries close thurs", to Kate Hollis: her initials are her, when no one else the note lists has them (review 169).
	const initials = (n: string) => (n.includes(" ") ? n.split(" ").filter((x) => /^\p{Lu}/u.test(x)).map((x) => x[0]).join("") : "");
	if (/^\p{Lu}{2,3}$/u.test(plain) && reader.names.some((n) => initials(n) === plain) && !(reader.context ?? []).some((n) => !reader.names.includes(n) && initials(n) === plain)) return READER;
	const role = ROLES.exec(plain);
	if (role) {
		const title = (reader.title ?? "").toLowerCase();
		// "board votes" to the board chair: a group the reader sits on or chairs is not the reader.
		const group = /^(?:board|committee|hiring committee|panel|team|people team|talent team)$/i.test(role[1]);
		if (title !== "" && !group && new RegExp(`\\b${role[1].toLowerCase().replace(/ /g, "\\s+")}\\b`).test(title)) return READER;
		// "chef" to "Chef Marco": the role the reader's name is written with.
		if (reader.names.some((n) => n.toLowerCase().startsWith(`${role[1].toLowerCase()} `))) return READER;
		// "chef txts by wknd" to Marco, whose title the note does not give: the chef of a kitchen is most often who
		// the user met, so may be the reader, who is never told of themself as "the chef". The step is left out.
		if (title === "" && /^chef$/i.test(role[1])) return null;
		const word = role[1];
		if (/^(?:hr|gm)$/i.test(word)) return { you: false, name: /^hr$/i.test(word) ? "HR" : "the general manager" };
		return { you: false, name: `the ${/^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase()}` };
	}
	// "Tech lead", "the practice owner": someone the note knows by their job.
	const job = ROLE_PHRASE.exec(plain);
	// "Jimmy Dean" is someone the note names elsewhere, not a dean.
	if (job && !(reader.context ?? []).includes(plain)) {
		const role = roleWords(job[1]);
		return titleHolds(reader.title ?? "", role) ? READER : { you: false, name: `the ${role}` };
	}
	// "kevin to schedule": a first name typed in lower case is the person the note names with it (Kevin Doyle);
	// "kels to schedule", with the note listing only "kels": Kels.
	if (/^\p{Ll}[\p{L}'’-]*$/u.test(plain)) {
		const known = (reader.context ?? []).flatMap((c) => c.split(/\s+/)).find((x) => /^\p{Lu}\p{Ll}/u.test(x) && x.toLowerCase() === l);
		if (known !== undefined) return { you: false, name: known };
		if (plain.length > 1 && (reader.context ?? []).includes(plain)) return { you: false, name: `${plain[0].toUpperCase()}${plain.slice(1)}` };
	}
	// A name: one to three capitalised words, "Dr. Okafor"; one typed in lower case gets its capital.
	if (/^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Capt|Sgt|Fr)\.? )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u.test(plain)) return { you: false, name: plain };
	return null;
}

const TITLE = /^(dr|doctor|mr|mrs|ms|mx|prof|professor|capt|cpt|captain|col|maj|cmdr|lt|sgt|det|chief|coach|rev|fr)\.?(?: (\p{L}[\p{L}'’-]*)\.?)?$/u;

const TITLE_WORDS: Record<string, string> = { rev: "Rev.", dr: "Dr.", capt: "Capt.", sgt: "Sgt.", fr: "Fr.", prof: "Prof." };

/**
 * "rev hale will call", "dr w to send": a title typed in lower case before a name the note gives (the
 * reader's or another's), or its initial, is that person's title ("Rev. Hale"), never shorthand ("rev" for revenue).
 */
function titledNames(text: string, reader: NextStepsReader): string {
	const known = new Set([...reader.names, ...(reader.context ?? [])].flatMap((n) => n.toLowerCase().split(/[\s.]+/)).filter((x) => x.length > 1 && !TITLE.test(x)));
	return text.replace(/(^|[\s,;(])(rev|dr|capt|sgt|fr|prof)\.? (\p{L}[\p{L}'’-]*)(?= (?:will|to|would|should|said|says|can|may|might|is|plans?|wants?|needs?)\b|['’]ll\b)/giu, (m, p: string, t: string, name: string) => {
		const word = name.toLowerCase();
		const fits = word.length === 1 ? [...known].some((k) => k.startsWith(word)) : known.has(word);
		return fits ? `${p}${TITLE_WORDS[t.toLowerCase()]} ${name[0].toUpperCase()}${name.slice(1)}` : m;
	});
}

/** The last word of each name, titles and "Jr" aside: "marsh" for "Dr. Elaine Marsh". */
function surnames(names: readonly string[]): string[] {
	return names
		.map((n) => n.toLowerCase().split(/\s+/).filter((x) => !TITLE.test(x) && !/^(?:jr|sr|ii|iii|iv)\.?$/.test(x)))
		.filter((ws) => ws.length > 1)
		.map((ws) => ws[ws.length - 1].replace(/\.$/, ""));
}

/**
 * "Dr Marsh", "dr. m", "capt" (lower-cased): a title with the reader's surname or its initial, or a
 * title alone that the reader's name or job carries, is the reader; never when someone else the note
 * lists has that surname or initial.
 */
function titledReader(l: string, reader: NextStepsReader): boolean {
	const m = TITLE.exec(l);
	if (m === null) return false;
	const head = (t: string) => (/^(?:capt|cpt|captain)$/.test(t) ? "captain" : /^(?:dr|doctor)$/.test(t) ? "doctor" : /^(?:prof|professor)$/.test(t) ? "professor" : t);
	if (m[2] === undefined) {
		// "capt said …" to the captain: the reader's name or title says so.
		const own = [...reader.names, reader.title ?? ""].some((n) => n.toLowerCase().split(/[\s.]+/).some((x) => x !== "" && head(x) === head(m[1])));
		return own && !/^(?:mr|mrs|ms|mx)$/.test(m[1]);
	}
	const word = m[2];
	const fits = (s: string) => (word.length === 1 ? s.startsWith(word) : s === word);
	const own = surnames(reader.names);
	if (!own.some(fits)) return false;
	const mine = new Set(reader.names.map((n) => n.toLowerCase()));
	const bare = (c: string) => c.toLowerCase().split(/\s+/).filter((x) => !TITLE.test(x)).join(" ");
	const others = surnames((reader.context ?? []).filter((c) => !mine.has(c.toLowerCase()) && !mine.has(bare(c))));
	return !others.some(fits);
}

/** "send take-home" → "send the take-home exercise"; small words hiring notes leave out. */
function tidyObject(text: string): string {
	return text
		.replace(/\b(send|get|do|finish|complete|return|share|review) (?:the )?(take-home|take home)( exercise| test| task)?\b/gi, (_m, v: string, _t: string, kind: string | undefined) => `${v} the take-home${kind ?? " exercise"}`)
		.replace(/\b(set up|schedule|arrange|book|have) (?:a |the )?(final|second|third|next)(?: (round|interview|call))?\b/g, (_m, v: string, which: string, what: string | undefined) => `${v} a ${which} ${what ?? "interview"}`)
		// "w/ CNO", "w/ CHRO": a post named by its acronym ("chief … officer") takes "the".
		.replace(/\b(with|to|from|by|and) (VP|C[A-Z]{1,3}O|GM|GC|hiring manager|recruiter|principal|founder|managing partner|managing director|senior partner|office manager|practice manager|supervisor|director|superintendent)\b/g, "$1 the $2")
		// "final w/ station GM", "2nd rnd w/ mine ops supt": a post named with its place or its side takes "the" too (review 118).
		.replace(/\bops (supt|superintendent|manager|mgr|director|lead|supervisor)\b/g, "operations $1")
		.replace(/\bsupt\b/g, "superintendent")
		// "2nd intvw w/ Supt. possible wk of 12/14", "w/ assoc director", "ride-along w/ route mech" (reviews 123, 124).
		.replace(/\b(with|to|from|by|and) Supt\.?(?= |$|[,;])(?! \p{Lu})/gu, "$1 the superintendent")
		.replace(/\bassoc\.? (?=(?:director|dir|dean|manager|mgr|VP|vice president|provost|principal|professor|superintendent)\b)/gi, "associate ")
		.replace(/\b(\p{Ll}+) mech(?=$|[,;.)])/gu, "$1 mechanic")
		.replace(/ possible (?=(?:in|on|by|around|before|after|next|this|early|mid|late)\b)/g, ", possibly ")
		.replace(/\b(with|to|from|by) (?!(?:the|a|an|my|your|their|our|his|her|its|this|that|each|every|any|some|one|two)\b)((?:[a-z]+ ){1,2})(GM|manager|director|superintendent|supervisor|chief)\b/g, "$1 the $2$3")
		// "w/ Director", "w/ Principal" (a role, not a name before it): "with the director".
		.replace(/\b(with|to|from|by|and) (Director|Manager|Principal|Dean|Superintendent|Partner|Chair|Head Chef|Chef)\b(?! \p{Lu})/gu, (_m, p: string, role: string) => `${p} the ${role.toLowerCase()}`)
		// "onsite w clinic mgr": a post named by what it runs takes "the" ("with the clinic manager", review 94).
		.replace(/\b(with|to|from|by) (?!(?:the|a|an|my|your|our|their|his|her|its|this|that)\b)((?:[\p{Ll}-]+ ){0,2}(?:manager|director|supervisor|foreman|superintendent|mechanic))\b/gu, "$1 the $2")
		// "call w decision", "email with offer": with one, never "with decision" (review 94).
		.replace(/\b(call|calls|email|emails|text|texts|get back to me|gets back to me|come back|comes back|follow up|follows up|reach out|reaches out) with (decision|answer|offer|update)(?=$|[,;.]| (?:by|on|in|early|late|next|this|after|before|around|within|or)\b)/g, (_m, v: string, what: string) => `${v} with ${/^[aeiou]/.test(what) ? "an" : "a"} ${what}`)
		// "email about TWIC + drug test": the tests the user will take are "the drug test" (review 93).
		.replace(/\b(about|regarding) (?:(\p{Lu}{2,6}|[\p{Ll}-]+) and )?(drug (?:test|screen)|background check|physical|medical exam|start date)\b/gu, (_m, p: string, first: string | undefined, what: string) => `${p} ${first === undefined ? "" : `${first} and `}the ${what}`)
		// "the GM Dan Kowalski" → "Dan Kowalski, the general manager".
		// "VP Acad Affairs", "VP Ops": a post's department after it is no name, "the VP of Academic Affairs" (review 120).
		.replace(/\b(VP|AVP|SVP|EVP|Dean|Director|Dir) (?:of )?(Acad(?:emic)? Affairs|Student Affairs|Enrollment(?: Management)?|Ops|Operations|Finance|Sales|Marketing|HR|Human Resources|Engineering|Nursing|Admissions|Facilities|Development|Advancement|IT)\b/g, (_m, role: string, dept: string) => `${role === "Dir" ? "Director" : role} of ${dept.replace(/^Acad /, "Academic ").replace(/^Ops$/, "Operations")}`)
		.replace(/\bthe (GM|GC|VP|C[A-Z]{1,3}O) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b(?! of\b)/gu, (_m, role: string, name: string) => `${name}, the ${role}`)
		.replace(/\bpub works\b/gi, "public works")
		.replace(/\bovnt\b/gi, "overnight")

		.replace(/\bhave (panel|onsite|interview|call|meeting|presentation|site visit|tour)\b/g, (_m, what: string) => `have ${/^o/.test(what) ? "an" : "a"} ${what}`)
		.replace(/\bGM\b/g, "general manager")
		.replace(/\bGC\b/g, "general contractor")
		// "ref chk", "ref ck": a reference check (review 167).
		.replace(/\bref(?:erence)? (?:chk|ck|check)(s?)\b/gi, "reference check$1")
		// "ref's", "refs": references.
		.replace(/\bref['’]?s\b/gi, "references")
		// "confirm rotation", "join vessel": the one thing both sides know of.
		.replace(/\b(confirm|join|finali[sz]e|sign|set) (?!(?:the|a|an|my|your|our|their|his|her|its|it|them|me|you|us|this|that|these|those|back|up|in|on|by|with|to|for|at|if|whether|when|once|after|before|soon|later|\p{Ll}+(?:ly|ing))\b)(\p{Ll}[\p{Ll}-]+)(?=$|[,;]| (?:in|on|by|at|for|with|after|before|and|from|to|once|when)\b)/gu, "$1 the $2")
		// "checks refs": the user's references.
		.replace(/\b(check|checks|checking|call|calls|calling|contact|contacts|contacting) references\b/g, "$1 my references")
		.replace(/\b(to (?:schedule|arrange|confirm|book))$/, "$1 it")
		.replace(/^(?:schedule|arrange|book|organise|organize|set up)(?=$| (?:in|on|by|for|after|before|early|late|within|around|once|when)\b)/, (v) => (v === "set up" ? "set it up" : `${v} it`))
		.replace(/\bto set up$/, "to set it up");
}

/** A quote in the reader's company's voice, told back: "we'll let you know" → "you'd let me know". */
function fromTheirSide(quote: string, third = false): string | null {
	if (/\b(?:I|me|my|mine|I'm|I'll|I've|I'd)\b/.test(quote)) return null;
	// Said by someone other than the reader ("Glen said: "we'll call you by Fri"", to an agency's recruiter): their "we" is
	// their team, "the team would call me", never "you'd call me" to someone who may work elsewhere (review 162).
	const swap: Record<string, string> = third
		? { we: "they", "we'll": "they'd", "we'd": "they'd", "we're": "they were", "we've": "they'd", our: "their", us: "them", you: "me", your: "my", will: "would", can: "could" }
		: { we: "you", "we'll": "you'd", "we'd": "you'd", "we're": "you were", "we've": "you'd", our: "your", us: "you", you: "me", your: "my", will: "would", can: "could" };
	const said = quote
		.split(" ")
		.map((word) => {
			const core = w.core(word);
			const at = word.indexOf(core);
			const l = core.toLowerCase().replace(/’/g, "'");
			return core !== "" && swap[l] !== undefined ? word.slice(0, at) + swap[l] + word.slice(at + core.length) : word;
		})
		.join(" ");
	return third ? said.replace(/^they'd\b/, "the team would").replace(/^they were\b/, "the team was") : said;
}

/** "talks" → "talk", "reaches" → "reach", "has" → "have": a verb after "you" instead of "he". */
function baseForm(typed: string): string {
	// "when he hears." : the verb without the mark that ends the note's sentence, which stays (review 130: "you hears.").
	const verb = trimTrailing(typed, ".,;:!?");
	const mark = typed.slice(verb.length);
	if (verb === "has") return `have${mark}`;
	if (verb === "is") return `are${mark}`;
	return `${thirdPersonBase(verb) ?? verb}${mark}`;
}

/** "he talks", "she checks" as "speaking", "checking" after "after" or "before". */
const GERUNDS: Readonly<Record<string, string>> = { talks: "speaking", speaks: "speaking", checks: "checking", calls: "calling", meets: "meeting", gets: "getting", hears: "hearing", reviews: "reviewing", confirms: "confirming", finishes: "finishing", wraps: "wrapping", contacts: "contacting", sees: "seeing", does: "doing", runs: "running", signs: "signing", interviews: "interviewing", consults: "consulting" };

/** "call after he talks to Marjorie and checks refs" of him: "call after speaking with Marjorie and checking refs". */
function asGerund(vp: string, pronoun: string): string {
	const ws = vp.split(" ");
	const at = ws.findIndex((x, i) => i > 0 && /^(?:after|before)$/.test(ws[i - 1]) && x === pronoun && GERUNDS[ws[i + 1] ?? ""] !== undefined);
	if (at === -1) return vp;
	const rest = ws.slice(at + 1).map((x, i, all) => (i === 0 || all[i - 1] === "and" ? (GERUNDS[x] ?? x) : x));
	return [...ws.slice(0, at), ...rest].join(" ").replace(/\bspeaking to\b/g, "speaking with");
}

/** "couple weeks, after the holidays" → "in a couple of weeks, after the holidays": only how long until they are in touch, and when. */
function spanOnly(text: string): string | null {
	const m = /^(?:in |within )?(?:a )?(couple(?: of)?|few|[2-6]) weeks(?:,? ((?:after|before|by|around|over|during|in|on|mid-)\b.*))?$/i.exec(text);
	if (m === null) return null;
	// "2 wks": a figure said in a hurry is about that long (review 100: "you mentioned 2 weeks").
	const span = /^\d$/.test(m[1]) ? `about ${COUNT_WORDS[Number(m[1])]} weeks` : `a ${/few/i.test(m[1]) ? "few" : "couple of"} weeks`;
	return `in ${span}${m[2] === undefined ? "" : `, ${m[2]}`}`;
}

/** Verbs a note uses in the present for what someone will do: "committee meets Thursday". */
const PRESENT = new Set("meets decides calls emails reviews sends reaches gets makes schedules follows interviews contacts confirms comes goes votes approves signs texts finalises finalizes hears checks talks speaks sets holds writes lets does extends handles".split(" "));

/** The reader named in the third person inside a clause, said to them: "from Pat" → "from you", "he talks" → "you talk". */
function toReader(text: string, reader: NextStepsReader, pronounsAreReader: boolean): string {
	const names = reader.names.filter((n) => n !== "").sort((a, b) => b.length - a.length);
	const tokens = text.split(" ");
	const readerWords = new Set(names.flatMap((n) => n.toLowerCase().split(" ")));
	// Whether someone other than the reader is named before each token.
	const otherBefore: boolean[] = [];
	let seen = false;
	for (const t of tokens) {
		otherBefore.push(seen);
		// ("passing me to store mgr, in-person w/ him + owner", to the recruiter: "him" is the manager, a post named before it, review 213.)
		seen ||= (/^\p{Lu}\p{Ll}{2,}$/u.test(t) && !readerWords.has(t.toLowerCase()) && !NOT_A_PERSON.has(t)) || /^(?:manager|mgr|director|owner|supervisor|boss|foreman|superintendent|principal)[,;.]?$/i.test(t);
	}
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		// ("OF", Owen Fairbanks's initials, is never the "of" of "the week of": initials are matched in capitals, review 157.)
		const named = names.find((n) => {
			const typed = tokens.slice(i, i + n.split(" ").length).join(" ").replace(/['’]s$/, "");
			return /^\p{Lu}{2,3}$/u.test(n) ? typed === n : typed.toLowerCase() === n.toLowerCase();
		});
		if (named) {
			i += named.split(" ").length - 1;
			out.push(/['’]s$/.test(tokens[i]) ? "your" : "you");
			continue;
		}
		// "her" could be either "you" or "your": it is left, and the clause with it is not used.
		// "Dana will set up in-person w/ Greg + store GM if he passes me thru", to Dana: "he" is Greg, the one named last
		// before it, never "you" (review 107).
		// ("after hes back from the ISA show", to Rob: "after you're back", review 196.)
		const swap = pronounsAreReader && !otherBefore[i] ? { he: "you", she: "you", him: "you", his: "your", "he's": "you're", "she's": "you're", "he’s": "you’re", "she’s": "you’re" }[tokens[i].toLowerCase()] : undefined;
		if (swap && swap === "you" && i + 1 < tokens.length && /^(?:he|she)$/i.test(tokens[i])) tokens[i + 1] = baseForm(tokens[i + 1]);
		out.push(swap ?? tokens[i]);
	}
	return out.join(" ");
}

/** One step of the note: a thing that will happen, or someone's action as a clause. */
interface Piece {
	np?: string;
	clause?: string;
	you: boolean;
	/** A step the note only guessed at ("maybe a panel", "Final w/ CEO prob"): said as possible or probable. */
	hedge?: Hedge;
	/** A step the note says comes first ("maybe a short call w/ the client first"): after it, the one before. */
	first?: boolean;
	/** The stage `np` is ("2nd round is a design charrette"): "the second round would be a design charrette". */
	stage?: string;
	/** The note says this step comes after the one before it ("then", "->", "after that"): "followed by" it. */
	after?: boolean;
	/** A step after this one comes "before" it rather than "followed by": "meeting 2 more candidates before a final round". */
	before?: boolean;
	/** Who "he" or "she" opening `clause` is, when it is whoever the note says said it: "Walt would call". */
	by?: string;
	/** The part of the item not told back (an offer): "conditional offer by email in 10 days" tells only when. */
	leftOut?: string;
	/** The step comes next ("references next"): "references come next". */
	next?: boolean;
	/** The note puts the step last but says it comes first ("answer by the 18th, drug test first"): told first. */
	lead?: boolean;
	/** The note says the step follows ("decision after"): after a clause, "and that a decision would follow". */
	follow?: boolean;
	/** `np` names more than one step ("a drug test and a copy of my NCCCO card"): "the next steps were". */
	several?: boolean;
	/** Who acts in `clause`, when a step after it says only what they do next ("…, then decide"): "you'd", "Kim would". */
	doer?: string;
}

type Hedge = "possibly" | "probably";

interface ItemContext {
	reader: NextStepsReader;
	/** Who he or she is in this note: the person who said it, else the reader; null when nobody can be placed. */
	pronoun: Who | null;
	/** The reader said it ("fisk said they'd know …" to Fisk): their "they" is their side, told as "you". */
	byReader?: boolean;
	/** The note starts with who said it ("Donna: ..."): words without a subject may be what they asked of the user. */
	spoken: boolean;
	base: Date;
	now: Date;
	found: Date[];
}

/** "send refs", "I need to send my portfolio link": something the user is to send. */
const USER_SENDS = /^(?:(?:i|i['’]ll|i will|i need to|i have to|i must|i should|need to|have to|must|to) )?(?:send|submit|provide|upload|forward|bring|drop off|fill out)\b/i;
/** "OSHA 30 card copy", "my portfolio link", "transcripts": papers only the user can give. */
const USER_PAPERS = /\b(?:my (?!(?:references|refs|start|first|availability|notice)\b)\p{L}|card copy|cop(?:y|ies) of|transcripts?|portfolio|r[eé]sum[eé]|cv|diploma|certificates?)\b/iu;

/** Whether a part of the note is the user's to send, with no one else said to act on it ("Pat to review my portfolio" is Pat's). */
/**
 * A copy of one of the user's papers they were asked for, as the letter names it: "copy of NCCCO card",
 * "OSHA 30 card copy" → "a copy of my NCCCO card". Undefined for anything else ("send refs by Fri").
 */
const PAPER_COPY = /^((?:an? )?cop(?:y|ies) of )?(?:my |the )?((?:[\p{L}\d-]+ ){0,3}(?:card|licen[cs]e|cert(?:ificate|ification)?|diploma|transcripts?|id|passport|badge|permit))( cop(?:y|ies))?$/iu;

function paperCopy(part: string): string | undefined {
	const m = PAPER_COPY.exec(part.trim());
	const what = m && !m[1] !== !m[3] ? m[2].replace(/\bcert\b/i, "certificate").replace(/\bosha[ -]?(10|30)\b/i, "OSHA $1") : undefined;
	return what === undefined || UNSAFE.test(what) ? undefined : `a copy of my ${what}`;
}

function candidateSends(part: string): boolean {
	return USER_SENDS.test(part.trim()) || (USER_PAPERS.test(part) && !/\b(?:will|would|to|should|reviews?|reviewing|checks?|checking|verif(?:y|ies)|looks? at)\b|['’]ll\b/i.test(part));
}

/** ", 50 charts", ", 3 modules": a count with no verb, hanging off a step. */
/** ", revenue hale will call": a part after a comma in the note's own words, someone who "will" act, never said back. */
// "…, mike wants a 2nd rd hands-on test in the shop" (review 66): someone's wish pasted after a comma is no more said back.
const PASTED_CLAUSE = /, ((?!(?:which|who|that|and|as|so|but|when|where|if)\b)(?:[\p{L}'’.-]+ ){1,3}(?:will|wants|needs|says|said|thinks) \p{Ll}[^,;]*)$/u;

/** "sam" in "sam sending raw files": a word that names the reader or someone the note names, never a pronoun or "then". */
function namedDoer(name: string, reader: NextStepsReader): boolean {
	if (/^(?:i|we|you|u|they|he|she|it|then|and|or|maybe|also|still|not|no)$/i.test(name)) return false;
	const who = whoIs(name, reader);
	return who !== null && !who.pronoun && (who.you || knownName(who.name, reader));
}

/** "sam sending raw files", after a comma or alone: someone sending, emailing or booking something (review 66). */
const SOMEONE_SENDING = /(^|, |; ?)([\p{L}'’-]+) (sending|emailing|booking) ((?:the|a|an|my|your|their|our|some|any) )?((?:(?!(?:by|on|in|within|before|after|around|next|this|tomorrow|today|to|for|with)\b)[\p{Ll}-]+ ){0,2}(?!(?:by|on|in|within|before|after|around|next|this|tomorrow|today|to|for|with)\b)[\p{Ll}-]+)(?=$|[,;]| (?:by|on|in|within|before|after|around|next|this|tomorrow|today|to|for|with)\b| w\/)/gu;

/** "tanya passing me to coding mgr for 2nd rd": someone handing the user on to someone else, for a round. */
const PASSING_ME_ON = /(^|, )([\p{L}'’-]+) (?:is )?passing me (?:on |along )?to (?:the )?((?:[\p{Ll}-]+ ){0,2}(?:mgr|manager|director|lead|supervisor|recruiter|team|head|chief|partner))(?: for (?:a |the |an )?((?:\d(?:st|nd|rd|th)|second|third|final|next) (?:rd|rnd|round|interview)|panel(?: interview)?|onsite|site visit|interview|(?:video|phone|virtual|zoom|teams|in-person|technical) (?:interview|call|screen)(?: with the (?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+ as well)?))?(?=$|,| (?:prob|probably|maybe|likely|possibly|next|this|by|around|early|late|mid)\b)/gu;

/** "pass me to store mgr, in person intvw": a meeting named after the one the user is passed on to. */
const PASSED_FOR = /\b(pass(?:ing|es)? me (?:on |along )?to (?:the )?(?:[\p{Ll}-]+ ){0,2}(?:mgr|manager|director|lead|supervisor|team|head|chief|partner|owner|gm|GM)), ((?:in[- ]person|phone|video|virtual|zoom|onsite|on-site|final|2nd|second|3rd|third)(?: (?:intvw|interview|round|rd|screen|call|meeting|mtg))?)(?: (?:w\/|with) (?:him|her|them) (?:\+|and|&) (?:the )?((?:[\p{Ll}-]+ )?(?:owner|gm|GM|manager|mgr|director|ceo|CEO|president|partner|founder)))?(?=$|[,;]| (?:prob|probably|maybe|likely|possibly|next|this|by|on|in|around|early|late|mid)\b)/gu;

/** ", you sending raw files": a part pasted on as "someone doing something", which is no clause said back (review 66). */
const PASTED_DOING = /, ((?!(?:which|who|that|and|as|so|but|when|where|if|then|after|before|while|including|with|without|for|by|on|in|to|of|from|about|possibly|probably|maybe|also|plus|or|not)\b)[\p{L}'’-]+ (?:sending|emailing|booking|texting|calling|setting|scheduling|arranging|sharing|forwarding|confirming|checking|getting|making|bringing|organi[sz]ing|handling|doing|coordinating)\b[^,;]*)$/u;

const COUNT_FRAGMENT = /, (?:about )?\d[\d,.]*%? [\p{L}-]+(?: [\p{L}-]+)?(?=,|$)/gu;

/** Words that never leave the note, and the offer a note may hope for: an item with them is not told back. */
const PRIVATE = /\bcommission(?: rate)? (?:of )?~?\d|\b(?:comp|salary|salaries|visa|relocat\w*|lol|omg|tbh|idk|ugh|meh|hm{2,}|yikes|sigh|argh)\b|\$/i;
/** The user's own hope, never said back: "mtg judge's boss if they like me" (review 99). */
const USER_HOPE = /\bif (?:they|he|she|you) (?:like|likes|liked|love|loved) (?:me|my)\b|\bfingers crossed\b|\bif i(?:['’]?m| am) lucky\b/i;
const EMOJI = /[\u2600-\u27bf\u{1f000}-\u{1faff}]\ufe0f?/gu;

/** Departments a title may head, as a note types them, with how the letter writes the short ones. */
const DEPARTMENTS: Readonly<Record<string, string>> = { ops: "Operations", eng: "Engineering", mktg: "Marketing", hr: "HR", it: "IT", cs: "Customer Success", fin: "Finance" };
const DEPARTMENT_HEAD = new RegExp(
	`\\b(?:the )?(VP|SVP|EVP|Dir|Director|Head|vp|dir|director|head)\\.?(?: of)? (${["design", "engineering", "eng", "product", "sales", "marketing", "mktg", "ops", "operations", "finance", "fin", "people", "data", "security", "legal", "growth", "research", "nursing", "IT", "HR", "CS", "support", "partnerships", "talent", "analytics", "infrastructure", "platform", "communications", "development", "programs", "education", "facilities", "procurement", "compliance", "quality"].flatMap((d) => (/^\p{Lu}+$/u.test(d) ? [d] : [d, d[0].toUpperCase() + d.slice(1)])).join("|")})\\b(?! (?:\\p{Lu}|team\\b|department\\b|dept\\b))`,
	"gu",
);

/** The item's shorthand, dates and holidays written out, its quotes and emoji left out; "prob" is "probably". */
/**
 * The first day of the month a meeting is named by ("jan mtg", "Dec meeting"), this year's or, once it is over at the
 * interview, next year's; its last day is pushed as the latest day the note names. Null where that month is over when the
 * letter is read.
 */
function meetingMonth(month: string, ctx: ItemContext): Date | null {
	const i = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month.toLowerCase().slice(0, 3)) / 3;
	let first = new Date(ctx.base.getFullYear(), i, 1);
	if (lastDayOfMonth(first).getTime() < startOfDay(ctx.base).getTime()) first = new Date(ctx.base.getFullYear() + 1, i, 1);
	const last = lastDayOfMonth(first);
	if (last.getTime() < startOfDay(ctx.now).getTime()) return null;
	ctx.found.push(last);
	return first;
}

function cleaned(raw: string, ctx: ItemContext, quote = false): string {
	// Something the user is to complete: a turnaround is then the time they have for it.
	const task = /\b(?:take[- ]?home|exercise|assignment|test|task|case|project)\b/i.test(raw);
	// "w/ kels", "w/ mo": a person the note lists in lower case, written with the capital (and never read as shorthand, "mo" for months).
	// The name is marked (a word joiner, taken out below) so that the shorthand it may also be is not written out.
	let text = typedNames(raw, ctx.reader, "\u2060")
		.replace(EMOJI, "")
		// "talking to the GM mon": a weekday after what happens on it is "on" that day (review 138).
		.replace(/(^|\s)(\S+) (mon|tues?|wed|thurs?|fri)(?=$|[,;.])/gi, (m, lead: string, before: string, day: string) => (/^(?:by|on|before|after|until|till|next|this|from|every|or|and|to)$/i.test(before) ? m : `${lead}${before} on ${day}`))
		// "2nd round w/ board pres": a board's president (review 134).
		.replace(/\b(board|club|union|council|chapter|association|PTA|PTO) pres\.?(?=$|[\s,;])/gi, "$1 president")
		// Holidays as a hurried note types them, with their capitals: "after thanksgiving", "new years".
		.replace(/\bxmas\b/gi, "Christmas")
		// "theyll txt", "youd call": a contraction typed without its apostrophe ("shell" only before a verb, else it is a word).
		.replace(/\b(they|you)(ll|d|re|ve)\b/gi, "$1'$2")
		// "hes calling", "shes checking": he's, she's, before what they are doing.
		.replace(/\b(he|she)s (?=\p{Ll}+ing\b)/giu, "$1's ")
		.replace(/\b(she)ll (?=(?:call|text|txt|email|let|get|send|reach|be|decide|reply|follow|set|schedule|have|know)\b)/gi, "$1'll ")
		// "Dr. Marsh's boss": in a letter, their manager; "big boss" is no "big manager", only the manager.
		.replace(/\b(?:big|top|head|main) (?=boss)/gi, "")
		.replace(/\bboss(es)?\b/gi, (_m, many?: string) => (many ? "managers" : "manager"))
		.replace(/\b(?:thanksgiving|christmas|easter|hanukkah|new year(s|['’]s)?|labor day|memorial day|passover|ramadan|diwali|kwanzaa|rosh hashanah|yom kippur)\b/gi, (h, s?: string) => {
			const named = h.replace(/(?:^| )\p{L}/gu, (c) => c.toUpperCase());
			return s === undefined ? named : named.replace(/['’]?s$/i, "'s");
		})
		// "before xmas rush": a time of the season, which takes "the" ("before the Christmas rush").
		.replace(/\b(before|by|until|after|around|over|during|ahead of|for|through) (Christmas|Thanksgiving|Easter|Hanukkah|New Year(?:['’]s)?|holiday) (rush|season|break|holidays|period|week|weekend|party|shutdown|closure|lull|crunch|busy season)\b/g, "$1 the $2 $3")
		// "wed/thurs": either day.
		.replace(/\b(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\/(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b/gi, (_m, a: string, b: string) => `${a} or ${/^(?:mon|wed|sat|sun)$/i.test(b) ? b.toLowerCase() : b}`)
		// "re 2nd rd (bench test)": what a round still to come is, after a comma ("the second round (case study)" is not told).
		.replace(/\b((?:the|a) )?(\d(?:st|nd|rd|th)|second|third|final|next) (rd|rnd|round) \((\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2})\)(?=$|,)/giu, (m, det: string | undefined, which: string, what: string, is: string) =>
			det === undefined && STEPS.test(is.split(" ").pop() ?? "") ? `${which} ${what}, ${/^[aeiou]/.test(is) ? "an" : "a"} ${is}` : m,
		)
		// "ride-along sat", "call wed": a weekday typed short after the step it dates, at the end ("sat" and "wed" elsewhere are words).
		// After a word that is no step ("trial groom sat?") the day is not read, and the part is left out rather than said with "sat".
		.replace(/(^|\s)([\p{Ll}-]+) (mon|tue|wed|thu|sat|sun)(?=[?!.]*$)/u, (m, space: string, noun: string, short: string) => (STEPS.test(noun) || /^(?:decision|lesson|demo|meeting|shift|walk|day|session|class|exam|audition|orientation|training)$/.test(noun) ? `${space}${noun} on ${short}` : /^(?:on|by|before|after|until|till|til|from|to|next|this|last|or|and|the|for|at|in|around|thru|through|every|each|sometime|between|except|coming|following|nor|of|w|with|like|than|since)$/.test(noun) ? m : `${space}${noun} \u2020`))
		// "offer by ~Dec 18": around that day.
		.replace(/(^|\s)(?:(?:by|on) )?~ ?(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\p{L}*\.? ?\d)/giu, "$1around ")
		// "after new year": after the New Year.
		.replace(/\b(after|before|by|until|around|over|at) New Year\b(?!['’]s)/g, "$1 the New Year")
		// "w/ VP Design", "Dir Ops", "Head of Sales": a title and the department it heads ("the VP of Design").
		.replace(DEPARTMENT_HEAD, (_m, title: string, dept: string) => `the ${/^[sev]?vp$/i.test(title) ? title.toUpperCase() : /^dir/i.test(title) ? "director" : title.toLowerCase()} of ${DEPARTMENTS[dept.toLowerCase()] ?? dept[0].toUpperCase() + dept.slice(1)}`)
		// "meet w/ VP mission": a department not known (of the mission? the VP for missions?) is not said; "VP interview" is a step.
		.replace(/\b(?:[SE]?VP|[se]?vp)\.? (?!(?:of|and|or|to|with|for|at|in|on|by|from|about|re|next|this|after|before|will|would|should|can|may|might|is|was|said|says|wants?|needs?|the|a|an|w)\b)(\p{Ll}+)\b/gu, (m, word: string) =>
			STEPS.test(word) || PRESENT.has(word) ? m : "\u2020",
		)
		// "w/ the owner (Gary Halvorsen)": a role with a name in brackets is that person.
		.replace(ROLE_THEN_NAME, (m, p: string, role: string, name: string, at: number, all: string) => `${p} ${name}, the ${roleWords(role)}${apposed(all.slice(at + m.length, at + m.length + 2))}`)
		.replace(NAME_THEN_ROLE, (m, p: string, name: string, role: string, at: number, all: string) => `${p} ${name}, the ${roleWords(role)}${apposed(all.slice(at + m.length, at + m.length + 2))}`)
		// "take-home, 48h turnaround": the time the user has for it, said last ("…by Friday, with 48 hours to complete it").
		.replace(/,? (\d{1,3}) ?(h|hrs?|hours?|d|days?)[ -]?turn ?around\b(.*)$/i, (m, n: string, unit: string, rest: string) =>
			task ? `${rest}, with ${n} ${/^h/i.test(unit) ? "hours" : n === "1" ? "day" : "days"} to complete it` : m,
		)
		// "a demo lesson (SEL, 20 min)": a length in brackets, with an acronym beside it, goes before what it is of ("a 20-minute SEL demo lesson").
		.replace(/\b(a|an|the) ((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+) \(([^()]{1,40})\)/gu, (m, det: string, what: string, inside: string) => {
			const parts = inside.split(/, ?/);
			const length = parts.map((part) => /^(\d{1,3}) ?(min|mins|minutes?|hr|hrs|hours?)$/i.exec(part)).find((x) => x !== null);
			if (!length || parts.some((part) => !/^\d{1,3} ?(?:min|mins|minutes?|hr|hrs|hours?)$/i.test(part) && !/^\p{Lu}{2,6}$/u.test(part))) return m;
			const n = length[1];
			const sized = `${n}-${/^m/i.test(length[2]) ? "minute" : "hour"} ${parts.filter((part) => /^\p{Lu}/u.test(part)).map((part) => `${part} `).join("")}${what}`;
			return `${/^the$/i.test(det) ? det : /^(?:8|11|18|8\d)\b/.test(n) ? "an" : "a"} ${sized}`;
		})
		// "6th gr advisory": a sixth-grade one; "6th grade" alone is the grade.
		.replace(/\b(\d{1,2})(?:st|nd|rd|th) ?gr(?:ade)?\b\.?( (?=\p{Ll}))?/gu, (m, n: string, noun?: string) => {
			const word = ORDINALS[Number(n)];
			return word === undefined ? m : `${word}${noun ? "-grade " : " grade"}`;
		})
		// "Edit test (2 hrs)": a figure in brackets is the note's; "Thanksgiving-ish" is around Thanksgiving.
		.replace(/ ?\((?!due\b)[^()\d]{0,30}\d[^()]{0,30}\)/gi, "")
		// "take-home case (pricing)": what the case is on.
		// "background check (Gaming Commission license)": what the check is for.
		.replace(/\b(check|screening|clearance|vetting) \((?!(?:the|a|an|my) )(\p{L}[\p{L} '’-]{0,40})\)/giu, (m, what: string, why: string) =>
			/\b(?:licen[cs]e|certification|permit|clearance|registration|card|badge)$/i.test(why) ? `${what} for the ${why}` : m,
		)
		.replace(/\b(case|case study|presentation|exercise|assignment|project|task) \((\p{L}[\p{L} '-]{0,29})\)/gu, "$1 on $2")
		.replace(/\b(?:by |before |on )?(\p{Lu}\p{Ll}+)-ish\b/gu, "around $1")
		.replace(/\bby end of (?:the )?(month|week|year|quarter)\b/gi, "by the end of the $1")
		.replace(/["“”]/g, "")
		// "w/ exec brd": the executive board; "call re references": about them.
		.replace(/\bexec\.? (?=(?:brd|board|team|committee|director|dir)\b)/gi, "executive ")
		.replace(/\bbrd\b/gi, "board")
		// "the lit committee", "lit coach": literacy, only before the posts and groups a school has for it ("lit" elsewhere is left alone).
		.replace(/\b(with|w\/|to|from) lit\.? (?=(?:committee|coach|program|specialist|coordinator)\b)/gi, "$1 the literacy ")
		.replace(/\blit\.? (?=(?:committee|coach|coaches|program|programs|specialist|coordinator|intervention)\b)/gi, "literacy ")
		// "skills eval (recorded)": a recorded skills evaluation.
		.replace(/\bevals?\b/gi, (e) => (e.length > 4 ? "evaluations" : "evaluation"))
		.replace(/\b([\p{Ll}-]+ [\p{Ll}-]+) \((recorded|paid|unpaid|virtual|remote|timed|in-person|on-site|onsite|written|live)\)/gu, "$2 $1")
		// ("kelly sending a routing exercise (take home) by wed, 48h to do it", review 257: "…by Wednesday, December 2, 48h to do
		// it"; the time the user has for it, said as such.)
		.replace(/, (\d{1,2}) ?(h|hrs?|hours?|d|days?) to (?:do|complete|finish|turn around) it(?=$|[,;.])/gi, (_m, n: string, unit: string) => `, with ${n} ${/^h/i.test(unit) ? "hours" : n === "1" ? "day" : "days"} to complete it`)
		.replace(/(^|[\s(])re:? (?=\p{L})/giu, "$1about ")
		// "2nd rd": a round, after an ordinal ("rd" alone may be a road).
		.replace(/\b(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|final|next|last|another) (?:rd|rnd)(s?)\b/gi, "$1 round$2")
		// "owner (rico) does 2nd rnd in person": a round someone does or holds takes "a" (review 216 sent "would do second round").
		.replace(/\b(do|does|doing|did|run|runs|hold|holds|have|has|set up|sets up|schedule|schedules) (\d{1,2}(?:st|nd|rd|th)|second|third|fourth|final) (round|interview)\b/gi, (_m, verb: string, which: string, what: string) => `${verb} ${/^final$/i.test(which) ? "the" : "a"} ${which} ${what}`)
		// "marcus said theyd decide 2-3 wks, holidays slow everything": the holidays are allowed for, never a remark spliced on
		// (review 215).
		.replace(/, (?:the )?holidays? (?:slow|slows|delay|delays|push|pushes|drag|drags|hold|holds) (?:everything|things|it|stuff|them)(?: (?:down|up|back|out))?(?=$|[,;.])/gi, ", allowing for the holidays")
		// "decision in 2-3 wks, holiday rush": a busy season named alone after a time is what the time allows for (review 224).
		.replace(/, (?:bc of |because of |due to |w\/ |with )?(?:the )?(holiday|christmas|xmas|busy|peak|tax|summer|spring|end of year|year-end) (rush|season|crunch)(?=$|[,;.])/gi, (_m, what: string, kind: string) => `, allowing for the ${/^(?:christmas|xmas)$/i.test(what) ? "Christmas" : what.toLowerCase()} ${kind.toLowerCase()}`)
		// "date TBD": a date not set yet says nothing the reader does not know ("trial day TBD" is a trial day not set yet).
		.replace(/(?:,? (?:the )?(?:date|time|timing)s?|, (?:the )?days?) (?:TBD|TBC|TBA)\b/gi, "")
		.replace(/\bTBD\b/g, "to be confirmed")
		// "jen to call w/ day": a call with the day of what comes next, never "with day".
		.replace(/\b(call|email|text|txt|get back to me|reach out) (?:me )?(?:w\/|with) (?:a |the )?(day|date|time)s?(?=$|[,;.]| (?:by|on|in|before|after|within|around|early|late|next|this|once|when)\b)/gi, (_m, verb: string, what: string) => `${verb.toLowerCase()}${/^(?:call|email|text|txt)$/i.test(verb) ? " me" : ""} with a ${what.toLowerCase()} for the next step`)
		// "Kelly to sched", "sys design w/ staff eng": a step's words typed short.
		.replace(/\b(site|store|shop|plant|project|program|office|floor|shift|general|hiring|ops|account|branch|district|regional|practice|property|unit|department|dept) mgr\b/gi, "$1 manager")
		.replace(/\b(to|will|would|can|should) (?:sched|schd)\b/gi, "$1 schedule")
		.replace(/\bsys design\b/gi, "system design")
		// "planning commission subcmte", "the onc team": a subcommittee, the oncology team ("onc" alone is left as it is).
		.replace(/\bsub-?(?:cmte|cmtee|comm)\b/gi, "subcommittee")
		// "the full board search cmte": a committee (review 71).
		.replace(/\b(?:cmte|cmtee|cttee)\b/gi, "committee")
		// "send brew day trial date": the one date or paper they would send is "the" one.
		.replace(/\b(send|share|confirm) (?!(?:the|a|an|my|your|their|his|her|our|its|this|that|over|out|back|it|them|me|us|some|any|more|each|all|both|when|what|who|how|if|whether|in|on|by|to|and|or|re|abt|about|regarding|with|for)\b)((?:\p{Ll}+ ){0,3}(?:date|schedule|invite|invitation|link|contract|agenda|itinerary|case study|take-home|assignment|brief|prompt))\b(?! (?:and|or)\b)/gu, "$1 the $2")
		.replace(/\bonc (team|unit|floor|nurses?|clinic|ward|department|dept)\b/gi, "oncology $1")
		// "presentation to planning commission subcommittee": a group after "to" takes "the".
		.replace(/\b(presentation|present|pitch|talk|report) to (?!(?:the|a|an|my|your|our|their|his|her|its|this|that|each|every|all)\b)((?:\p{Ll}+ ){0,3}(?:committee|subcommittee|commission|board|council|panel|leadership team|team|trustees|partners))\b/gu, "$1 to the $2")
		.replace(/\b(staff|senior|sr|lead|principal|another|an?) eng\b/gi, (_m, w: string) => `${w.toLowerCase() === "sr" ? "senior" : w} engineer`)
		.replace(/\bops (director|manager|lead|team|VP)\b/gi, "operations $1")
		// "with staff engineer": one of them.
		.replace(/\b(with|w\/) (staff|senior|principal|lead) (engineer|designer|scientist|developer|architect)\b/gi, "$1 a $2 $3")
		// "w/ chief actuary", "at Jan meeting", "re 2nd rd": the articles a hurried note leaves out.
		.replace(/\b(with|w\/|from|by|to) (?:the )?(chief|head|managing|hiring|general|executive|regional|district) (\p{Ll}+|VP|CEO|CFO|COO|CTO|GM)\b/gu, "$1 the $2 $3")
		// "community dev dir": "dev" in a post's title is "development".
		.replace(/\b(community|economic|business|product|fund|workforce|program|housing|urban|land|resource|organizational|leadership|software|web|market|talent|staff|youth|member|donor|site|course|curriculum|professional) (dev)\.? (?=(?:dir|director|manager|coordinator|officer|associate|specialist)\b)/gi, (_m, field: string, dev: string) => `${field} ${dev === "dev" ? "d" : "D"}evelopment `)
		// "w/ community development dir": a post of two words and its head, named without an article, takes "the".
		.replace(/\b(with|w\/) (?!(?:the|a|an|my|your|our|their|his|her|its|each|every|any|no|another|and|or)\b)(\p{Ll}+ \p{Ll}+ (?:dir|director|manager|coordinator|supervisor|officer))\b/gu, "$1 the $2")
		// "w/ shift manager": one person, who takes "the".
		.replace(/\b(with|w\/|from|by|to) (?!(?:the|a|an|my|your|our|their|his|her|its|each|every|any|no|another)\b)((?:\p{Ll}+ )?(?:manager|supervisor|director|coordinator|superintendent|owners?|foreman|forewoman|president|founder|dean|provost|principal|chef))\b/gu, "$1 the $2")
		// "to email after the jan mtg", "after the January board meeting": the email waits for the meeting, named with its month;
		// a meeting in a month already over when the letter is read says nothing of when (†).
		.replace(/\b(after|at) (?:the )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{Ll}*\.? ((?:board |council |committee |session )?(?:mtg|meeting|session))\b/giu, (m, prep: string, month: string, what: string) => {
			const first = meetingMonth(month, ctx);
			if (first === null) return m;
			return `${prep.toLowerCase()} the ${format(first, "MMMM")} ${what.replace(/mtg$/i, "meeting")}`;
		})
		.replace(/\bat ((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{Ll}*\.? (?:board )?(?:meeting|session|review))\b/giu, "at the $1")
		// "after she talks to regional": the regional office, as a letter names it, never the note's "regional" (review 194).
		// ("2nd w/ regional": a round is had with a person, "the regional manager", review 206.)
		.replace(/\b((?:2nd|second|3rd|third|final|next|interview|intvw|rd|round|mtg|meeting|sit[- ]down) )(?:w\/|with) regional(?=$|[,;.]| and\b| then\b| before\b| first\b)/giu, "$1with the regional manager")
		.replace(/\b(to|with|from|by|w\/) regional(?=$|[,;.]| and\b| then\b| before\b| first\b)/giu, (_m, prep: string) => `${prep === "w/" ? "with" : prep} the regional office`)
		// "board votes nov mtg": at its November meeting; one in a month already over when the letter is read is left out (†).
		.replace(/\b(votes?|voting|decides?|deciding|meets?|reviews?|approves?) (?:at |in )?(?:the |its )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{Ll}*\.? ((?:board )?(?:meeting|mtg|session))\b/giu, (_m, verb: string, month: string, what: string) => {
			const first = meetingMonth(month, ctx);
			if (first === null) return `${verb} \u2020`;
			return `${verb} at the ${format(first, "MMMM")} ${what.replace(/mtg$/i, "meeting")}`;
		})
		// "2nd intv w/ dir", "HR sends invites", "10 biz days": the words typed short (before "about a second interview").
		.replace(/\bint(?:v|vw|erv)(s?)\b\.?/gi, "interview$1")
		// "w/ ceo": a chief's initials typed in lower case are the chief (review 89).
		.replace(/\b(?:ceo|cfo|coo|cto|cno|cmo|cio)\b/g, (m: string) => m.toUpperCase())
		// "2nd int w/ ceo": "int" after a round's number is an interview too (review 89).
		.replace(/\b(2nd|second|3rd|third|final|next) int\b\.?/gi, "$1 interview")
		// "will call fri w/ 2nd int w/ ceo or not": the call says whether there will be one (review 89: "…with second int with ceo or not").
		.replace(/\b(?:with|w\/) (?:a )?((?:2nd|second|3rd|third|final|next) (?:interview|round|rd|rnd)\b[^,;]*?) or not\b/gi, "about whether there would be a $1")
		.replace(/\b(about|re) ((?:second|third|final|next|another|2nd|3rd) (?:round|rd|interview))\b/gi, (_m, p: string, what: string) => `${p} ${/^another/i.test(what) ? "" : "a "}${what}`)
		// "ride along w/ a journeyman": the step a ride-along, one word, at the start of a step or after its article (never "ride along" said as a verb).
		.replace(/(^|\b(?:a|an|the|another|paid|first|second|third|final|next|round) )ride[ -]?along(s?)\b/gi, "$1ride-along$2")
		// "2nd round ride-along": the round names which ride-along, as one word.
		.replace(/\b(\d(?:st|nd|rd|th)|first|second|third|final) round (?=(?:ride-along|interview|call|panel|visit|test|shadow|trial|presentation)\b)/gi, "$1-round ")
		// "w/ foreman": one of them.
		.replace(/\b(with|w\/) (crew lead|crew chief|shift lead|senior tech|technician|mentor|field supervisor|journeyman|journeywoman|journeyperson|apprentice)\b(?! (?:crew|team)\b)/gi, (_m, p: string, who: string) => `${p} ${/^a/i.test(who) ? "an" : "a"} ${who}`)
		// "w/ PW dir": the director of that department.
		.replace(/\b(w\/|with|to|from|and) (?:the )?(\p{Lu}{2,5} )?dir\b\.?/giu, "$1 the $2director")
		.replace(/\bthe (\p{Lu}{2,5} )?dir\b\.?/giu, "the $1director")
		.replace(/\b(sends?|sent|emails?|out) invites\b/gi, "$1 invitations")
		.replace(/\bbiz days?\b/gi, "business days")
		// "set up a meet w/ the midwives": a meeting ("a meet and greet" is one already).
		.replace(/\b(a|the|another) meet\b(?![ -]and[ -]greet\b)/gi, "$1 meeting")
		// "after they see the other 2 stages": once they had seen them (after "you'd", "would"), so that a letter that opens with its own "after" says it once.
		// "after they finish 2 more finalists": done with them, in words (review 98: "once they had finished 2 more finalists").
		.replace(/\b(after (?:they|we) finish) ([2-9]) (more|other) (finalists|candidates|interviews)\b/gi, (_m, after: string, n: string, more: string, who: string) => `${after} with ${COUNT_WORDS[Number(n)]} ${more} ${who}`)
		.replace(/\bafter (they|we) (see|meet|interview|finish|review|hear from|talk to|speak with|speak to|check) /gi, (_m, who: string, verb: string) => `once ${who.toLowerCase()} had ${SEEN[verb.toLowerCase()] ?? `${verb.toLowerCase().replace(/e?$/, "ed")}`} `)
		// "the other 2 stages": a small count in words.
		.replace(/\b(the other|other|another|the|all|all the) ([2-9]) (?=\p{Ll}+s\b)/gu, (_m, det: string, n: string) => `${det} ${COUNT_WORDS[Number(n)]} `)
		// "HM interview": an interview with the hiring manager.
		.replace(/\b(?:HM|hiring manager) (interview|call|chat|meeting|round)\b/g, "$1 with the hiring manager")
		// "Ref check": a reference check.
		.replace(/\bref (checks?|calls?)\b/gi, (_m, what: string) => `reference ${what}`)
		.replace(/~(?=\d)/g, "about ")
		// "a paid test scene, 2 days to turn it around": the time the user has for it.
		.replace(/, (\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (hours?|days?|weeks?) to (turn it around|complete it|do it|finish it|return it|get it back)\b/gi, ", with $1 $2 to $3")
		// "call fri re start date": the user's own.
		.replace(/\b(?:re:?|about) (start date|start day|first day|availability|notice period)\b/gi, "about my $1")
		// "maybe sooner": a guess about the time just named.
		.replace(/,? ?\b(?:maybe|perhaps|possibly) (sooner|earlier|later)\b/gi, (m, when: string, at: number) => `${at === 0 ? "" : ", "}possibly ${when}`)
		// "--" and "—" are dashes; before a time a dash is only a pause ("Bev to schedule -- wk of 12/7").
		.replace(/ ?-{2,} ?| ?— ?| – /g, " - ")
		// "writing test — 800 words on transit levy": the detail after a dash, after a comma.
		.replace(/(\D) - (?=\d{1,5} (?!(?:days?|weeks?|wks?|months?|hours?|hrs?|business|biz|am|pm)\b)\p{L})/giu, "$1, ")
		// "800 words on transit levy": the subject the piece is on takes "the".
		.replace(/\b(\d{1,5} (?:words|pages)) (on|about) (?!(?:the|a|an|my|your|our|their|how|why|what)\b)(?=\p{Ll})/gu, "$1 $2 the ")
		// "a working interview half day": a half-day one (review 98).
		.replace(/\b(an?) ((?:paid |unpaid )?(?:working interview|trial shift|trial|shadow shift|observation)) (half|full)[- ]day\b/gi, (_m, _a: string, what: string, size: string) => `a ${size.toLowerCase()}-day ${what}`)
		// "plant walkthru": a walk-through (review 98).
		.replace(/\bwalk-?thrus?\b/gi, (m) => `walk-through${/s$/i.test(m) ? "s" : ""}`)
		// "bg check + poly": a background check and a polygraph.
		.replace(/\b(?:bg|bkgd|bkgrd|bkgrnd) (?:checks?|cks?)\b/gi, "background check")
		// "bkgrnd + credit check": a background check and a credit check (review 98).
		.replace(/\b(?:bg|bkgd|bkgrd|bkgrnd|background) (?:\+|and|&) (credit|drug|reference) (check|screen)(?=$|[,;.)]| (?:by|on|in|at|next|this|after|before|then|and|w\/|with|maybe|prob|probably|possibly)\b)/gi, (_m, other: string, what: string) => `background ${what.toLowerCase()} and ${other.toLowerCase()} ${what.toLowerCase()}`)
		// "background check (SIDA)": the badge an airport checks for, in brackets the letter writes itself (review 100).
		// Only the badges the code knows: "background check (DBS)" is left as it was.
		.replace(/\b(check) \((SIDA|TWIC)\)/g, "$1 \uE001$2\uE002")
		.replace(/(\bcheck|\band|\+) poly\b/gi, "$1 polygraph")
		// ", ~4-6 wks" after a step: how long it takes.
		.replace(/, ?(?:~|about |approx\.? )(\d{1,2}) ?(?:-|–|to) ?(\d{1,2}) (?:wks?|weeks)$/i, (m, a: string, b: string) => {
			const word = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
			return Number(b) <= 10 && Number(a) < Number(b) ? `, taking about ${word[Number(a)]} to ${word[Number(b)]} weeks` : m;
		})
		.replace(/(\D) - (?=(?:by|on|in|around|after|before|within|until|early|late|mid|end|next|this|the week|week|wk|eow|tomorrow|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b|\d)/gi, "$1 ")
		// "~ week of 12/7": around then.
		.replace(/(^| )~ (?=\D)/g, (_m, start: string) => (start === "" ? "around " : ", around "))
		.replace(/\b(?:prob|prolly)\b\.?/gi, "probably")
		.replace(/,? ?\bhopefully\b/gi, "")
		.replace(/ \+ /g, " and ")
		// "shop visit / paid trial day": one or the other, never both.
		.replace(/(\p{L}) \/ (?=\p{L})/gu, "$1 or ")
		.replace(/\bconvos?\b/gi, (c) => (c.length > 5 ? "conversations" : "conversation"))
		// "Sam to txt": text; "dec by EOW": a decision, only beside the word for when (else it is December).
		.replace(/\btxt(s?)\b/gi, "text$1")
		// "chef txts by wknd": by the weekend.
		.replace(/\b(by|before|over|after|until|on|during) (?:the )?(?:wknd|weekend)\b/gi, (_m, prep: string) => `${prep.toLowerCase()} the weekend`)
		.replace(/\b(?:tmrw|tmrrw|tmw|2morrow)\b/gi, "tomorrow")
		.replace(/^(?:the |a )?dec\.? (?=(?:by|after|before|on|expected|due|eow)\b)/i, "decision ")
		// "decsn ~2 wks", "decn in 2 wks": a decision, in about that long ("decsn" and "decn" are never December).
		.replace(/^(?:the |a )?(?:decsn|decn)\b\.?/i, "decision")
		.replace(/^(?:the |a )?(?:dec\.?|decision) (?:in )?about (?=(?:\d{1,2} ?|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten) )(?:days?|weeks?|wks?|months?)\b)/i, "decision in about ")
		// "finalize winter schedule": the one schedule they keep, "the winter schedule", never a bare noun.
		.replace(/\b(finali[sz]e|confirm|post|publish|release|approve) (?!(?:the|a|an|my|your|their|our|his|her|its|this|that|next|up|out|it|them|new|any|some)\b)((?:\p{Ll}+ )?(?:schedule|roster|rota|lineup|calendar|timeline|budget|shortlist|paperwork))\b/giu, "$1 the $2")
		// "… and email" at the end, after a step of theirs: then to the user ("and then email me"); "call and email" is one or both.
		.replace(/(^|\s)(?!(?:call|calls|text|texts|phone|email|emails)\b)([\p{L}'’-]+) and (email|call|text)$/u, "$1$2 and then $3 me")
		.replace(/\s+/g, " ");
	if (!quote) text = text.replace(/\b(he|she)['’]s (?=\p{Ll}+ing\b)/giu, "$1 is ").replace(/\b(\p{L}+)['’]ll\b/gu, "$1 will").replace(/\b(he|she|they|we)['’]d\b/gi, "$1 would").replace(/\b(they|we)['’]re\b/gi, "$1 are");
	// "take-home (API test suite) due Mon": the take-home, due on Monday.
	text = text.replace(/^(take[- ]?home)(?: exercise)? \((?!due\b)[^()]{1,40}\)/i, "$1").replace(/^(take[- ]?home(?: exercise)?) due (?:on |by )?(.+)$/i, "$1 (due $2)");
	// "Rev. Hale": a title before a name, kept from the shorthand ("rev" for revenue) while it is written out.
	text = expandShorthand(resolveDays(text.trim().replace(/\bRev\. (?=\p{Lu})/gu, "\uE000 "), ctx.base, ctx.now, ctx.found, ctx.reader.expected))
		.replace(/\uE000 /g, "Rev. ")
		// "working interview sat 12/5 8am": the hour of a day is said at it, "on Saturday 5 December at 8am" (review 250).
		.replace(/(\p{Lu}\p{Ll}+day \d{1,2} \p{Lu}\p{Ll}+) (\d{1,2}(?::\d\d)? ?(?:am|pm|AM|PM|a\.m\.|p\.m\.))(?![\p{L}\d-])/gu, "$1 at $2")
		// "a take home (site plan for a pocket park)": the bracket names the piece to make, said in brackets with its article (review 100).
		.replace(/\b(take[- ]?home)(?: exercise)? \(((?:[\p{Ll}-]+ ){0,2}(?:plan|design|layout|memo|report|deck|proposal|budget|mockup|drawing|sketch|brief|model)(?: (?:for|of) (?:an? |the )?[\p{Ll}-]+(?: [\p{Ll}-]+){0,2})?)\)/gu, (_m, _task: string, what: string) => {
			const np = articled(what);
			return np === null ? _m : `take-home exercise \uE001${np}\uE002`;
		})
		// "take-home (SQL and Python)": what it is in; "(data modelling)": what it is on.
		// "take-home (parcel editing exercise)": the bracket names the exercise itself, never what it is on (review 66).
		.replace(/\b(take[- ]?home(?: exercise| test| task| assignment)?) \((?!due\b)(\p{L}[\p{L}\p{N} .#+-]{0,39})\)/gu, (_m, task: string, what: string) =>
			/ (?:exercise|test|task|assignment|project|case|study|presentation|challenge|quiz|assessment)$/.test(what)
				? `${task.replace(/ \S+$/, "")} ${what}`
				: `${task} ${what.split(" ").every((word) => word === "and" || /^\p{Lu}/u.test(word)) ? "in" : "on"} ${what}`,
		);
	// "stage fri dinner svc": the shift a kitchen trial is on, said after its day ("on Friday 4 December at dinner service").
	text = text
		.replace(/\b(breakfast|brunch|lunch|dinner|supper) svc\b/gi, "$1 service")
		.replace(/(\bon \p{Lu}\p{Ll}+day \d{1,2} \p{Lu}\p{Ll}+) (breakfast|brunch|lunch|dinner|supper) (service|shift)\b/gu, "$1 at $2 $3");
	return trimTrailing(text.replace(/\u2060/g, ""), " .;:,!?");
}

function placed(who: Who | null, ctx: ItemContext): Who | null {
	return who?.pronoun ? ctx.pronoun : who;
}

/** The words a note guesses with, and how the letter says the guess. */
const HEDGES: Readonly<Record<string, Hedge>> = { maybe: "possibly", possibly: "possibly", poss: "possibly", perhaps: "possibly", tentatively: "possibly", tbc: "possibly", prob: "probably", probably: "probably", prolly: "probably", likely: "probably" };

/** A time as resolveDays writes it: what a guess before a time is about ("prob wk of 12/7"). */
const TIME = /^(?:on|by|in|around|after|before|within|until|during|early|late|mid-\p{L}+|the end of|the week of)(?= |$)/u;

/**
 * The guess in an item, taken out of it: where it is about the whole step ("maybe a panel",
 * "call back after thanksgiving prob", "Bev will prob call") and where about its time only ("Bev to
 * schedule -- prob wk of 12/7": `time` is that time as the letter will write it). Null when a guess
 * stands where neither reading is certain ("final w/ CEO, maybe panel too").
 */
function guessIn(raw: string, ctx: ItemContext): { rest: string; hedge?: Hedge; time?: string } | null {
	const tokens = raw.split(" ");
	const at = tokens.findIndex((t, i) => Object.prototype.hasOwnProperty.call(HEDGES, trimTrailing(t, ".,;:!?").toLowerCase()) && !/^(?:sooner|earlier|later)\b/i.test(tokens[i + 1] ?? ""));
	if (at === -1) return { rest: raw };
	const hedge = HEDGES[trimTrailing(tokens[at], ".,;:!?").toLowerCase()];
	const head = tokens.slice(0, at);
	// The dash or comma before the guess is the guess's own pause.
	while (head.length > 0 && /^(?:-{2,}|[—–~-])$/.test(head[head.length - 1])) head.pop();
	if (head.length > 0) head[head.length - 1] = trimTrailing(head[head.length - 1], ",;");
	// "maybe Jan": possibly in January.
	const tail = tokens.slice(at + 1).join(" ").replace(/^(?=(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$)/i, "in ").split(" ").filter((t) => t !== "");
	const rest = [...head, ...tail].join(" ");
	if (head.length === 0 || tail.length === 0) return { rest, hedge };
	const time = cleaned(tail.join(" "), { ...ctx, found: [] });
	if (TIME.test(time)) return { rest, hedge, time };
	// "Bev will prob call": a guess about what they will do.
	if (/(?:^|['’])(?:will|would|to|should|ll|d|is|are|can|could)$/i.test(head[head.length - 1])) return { rest, hedge };
	return null;
}

/** The guess said in the piece: before its time when the note put it there, else with the whole step. */
function withGuess(piece: Piece, hedge: Hedge, time: string | undefined): Piece | null {
	const text = piece.np ?? piece.clause ?? "";
	const at = time === undefined ? -1 : text.lastIndexOf(time);
	if (at > 0) {
		// "decision prob. mid December": "expected, probably in mid-December", never "expected in, probably".
		// ("when he hears. maybe 1-2 wks": the full stop that ended the note's first sentence goes too, review 130.)
		const before = trimTrailing(text.slice(0, at), " ,.;");
		const prep = / (in|by|on|around|after|before|during|until)$/.exec(before);
		const said = prep ? `${before.slice(0, prep.index)}, ${hedge} ${prep[1]} ${text.slice(at)}` : `${before}, ${hedge} ${text.slice(at)}`;
		return piece.np !== undefined ? { ...piece, np: said } : { ...piece, clause: said };
	}
	if (piece.np !== undefined) return { ...piece, hedge };
	// "you'd probably call", "a decision was probably expected"; what may only possibly happen "might".
	const clause = text;
	const guessed =
		hedge === "probably"
			? clause.replace(/^(.*?(?:\bwould|['’]d|\bwas|\bwere)) /, "$1 probably ")
			: clause.replace(/^(.*?) would /, "$1 might ").replace(/^(you|he|she|I)['’]d /, "$1 might ");
	return guessed === clause ? null : { ...piece, clause: guessed };
}

/** One item of the note, read with certainty or not at all; "skip" for one that is not told back (an offer). */
function readItem(raw: string, ctx: ItemContext): Piece | "skip" | null {
	// "offer decision before winter break": a decision, which presumes no offer.
	const decisionOn = /^(?:the |an? )?offer decision ((?:by|on|before|after|in|around|within|early|late|mid)\b.*)$/i.exec(raw);
	if (decisionOn && !PRIVATE.test(decisionOn[1])) return { np: `a decision ${tidyObject(cleaned(decisionOn[1], ctx))}`, you: false };
	// "3 finalists": how many others are in the running is the user's to know, never a step said back (review 136).
	if (/^(?:about |~ ?)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten) (?:finalists|in the running)(?: left| total)?$/i.test(raw.trim())) return "skip";
	// "group day done": a step marked done is past, never one to come.
	if (/^(?:the |my )?[\p{L}-]+(?: [\p{L}-]+){0,3} (?:done|finished|completed|over)$/iu.test(raw)) return "skip";
	if (/\boffers?\b/i.test(raw)) {
		// "conditional offer/class date by email within 10 biz days": only when and how they would be in touch.
		const ws = raw.replace(/\bw\/in\b/gi, "within").split(" ");
		const offer = ws.findIndex((x) => /^offers?\b/i.test(x));
		const from = ws.findIndex((x, i) => i > offer && i <= offer + 4 && /^(?:by|via|over|within|in|on|before|after)$/i.test(x));
		const when = ws.slice(from).join(" ");
		if (offer === -1 || offer > 4 || from === -1 || PRIVATE.test(when) || /\boffers?\b/i.test(when) || /^(?:via|over) (?!e-?mail\b|phone\b|letter\b)/i.test(when)) return "skip";
		// "CJO (conditional job offer) email w/in 2 wks if passed": by email, if I passed.
		const how = /^e-?mail$/i.test(ws.slice(offer + 1, from).join(" ")) && !/^(?:via|over|by)\b/i.test(when) ? "by email " : "";
		const told = cleaned(when, ctx)
			.replace(/^(?:via|over) /i, "by ")
			.replace(/ if (?:passed|successful|I pass|I passed)$/i, " if I passed");
		// The time is said: only the words before it ("conditional offer/class date") are left out.
		return { clause: `I'd hear back ${how}${tidyObject(told)}`, you: false, leftOut: ws.slice(0, from).join(" ") };
	}
	// "start date Jan 5 if it goes through": what would follow an offer, which a follow-up never presumes.
	// "if yes, drug screen + DOT physical": what would follow a yes, never "there would be if yes, drug screen" (review 132).
	if (/\bif it goes through\b|\bif (?:i'm|i am|i get) (?:hired|offered|selected|the job)\b|\bif (?:yes|so|accepted)$|^if (?:yes|so|ok|okay|good|accepted|selected|offered|successful|hired|it goes well|all goes well|i pass(?:ed)?|passed)\b/i.test(raw)) return "skip";
	// "start maybe Jan": a start is what would follow an offer, and a guess at it is not told back.
	if (/^(?:a |the )?start(?: date)? (?:maybe|poss\w*|prob\w*|likely|perhaps|tb[dc]|in|around|early|late|mid|by|on|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b/i.test(raw)) return "skip";
	if (PRIVATE.test(raw) || USER_HOPE.test(raw)) return null;
	// "2nd rd w/ owners TBD, prob wk of 12/14": a step not settled yet, said as possible.
	const unsettled = /^(.+?),? (?:TBD|TBC|TBA)\b,?(.*)$/.exec(raw);
	if (unsettled && !/(?:\b(?:date|time|timing)s?|, (?:the )?days?)$/i.test(unsettled[1])) {
		const piece = readItem(`${unsettled[1]}${unsettled[2] === "" ? "" : `,${unsettled[2]}`}`, ctx);
		// "trial day TBD prob nxt wk": the guess at its time already says it is not settled ("a trial day, probably in the week of ...");
		// with a question mark the step itself is in doubt ("2nd rd w/ owners TBD, prob wk of 12/14?": a possible second round).
		if (piece !== null && piece !== "skip" && !/\?\s*$/.test(raw) && /\b(?:probably|possibly|might)\b/.test(piece.np ?? piece.clause ?? "")) return piece;
		return piece === null || piece === "skip" ? piece : tentative(piece);
	}
	const guess = guessIn(raw, ctx);
	if (guess === null) return null;
	const text = cleaned(guess.rest, ctx);
	if (text === "") return guess.hedge ? null : "skip";
	const piece = readPlain(text, ctx);
	if (piece === null) return null;
	// "maybe a short call w/ the client first": it comes before the step just named.
	const first = piece.np !== undefined && / first$/i.test(text) ? { ...piece, first: true } : piece;
	return guess.hedge ? withGuess(first, guess.hedge, guess.time === undefined ? undefined : tidyObject(guess.time)) : first;
}

/** Verbs a note puts after an arrow for what the user would do next: "-> join vessel in Rotterdam". */
/** A step's words, then its days only: "in person climb assesment on Tuesday 8 or Wednesday 9 December". */
const STEP_THEN_DAYS = /^((?:[\p{Ll}-]+ ){1,4})(on (?:the (?:night|evening|morning|afternoon) of )?\p{Lu}\p{Ll}+day \d{1,2}(?: \p{Lu}\p{Ll}+)?(?: or \p{Lu}\p{Ll}+day \d{1,2})? \p{Lu}\p{Ll}+)$/u;

/** "3rd rd?? or ref check" → "3rd rd or ref check": the question marks before each "or" go, walked back over, never matched by a pattern from every start. */
function doubtOr(text: string): string {
	let out = "";
	let from = 0;
	for (let at = text.indexOf("? or ", from); at !== -1; at = text.indexOf("? or ", from)) {
		let start = at;
		while (start > from && text[start - 1] === "?") start--;
		out += `${text.slice(from, start)} or `;
		from = at + 5;
	}
	return out + text.slice(from);
}
const ALSO_TO = / and ((?:the )?(?:\p{Lu}[\p{L}.]*|\p{Ll}+)(?: \p{L}+)?) (to|will|['’]ll) (call|email|text|send|reach out|get back|let me know|follow up|decide|schedule|be in touch|circle back|contact)\b/u;
const STEP_NOUN = /^(?:approval|approvals|vote|review|meeting|interview|decision|sign-?off|hearing|session|assessment|test|sample|trial|day)$/i;
const USER_STEPS = /^(?:join|start|begin|relocate|move|sign|report|fly|travel|visit|attend|present|complete|submit|shadow|work|train|sail|return|apply|reapply|take|come|go|board|fill)$/i;

/** "-> possibly join vessel in Rotterdam mid Jan": "I might then join the vessel in Rotterdam in mid-January". */
function userStep(raw: string, ctx: ItemContext): Piece | null {
	const guess = guessIn(raw, ctx);
	const text = guess === null ? "" : cleaned(guess.rest, ctx);
	// "board approval", "work sample": a step named with its noun is no doing of the user's (review 167).
	if (guess === null || !USER_STEPS.test(text.split(" ")[0]) || STEP_NOUN.test(text.split(" ")[1] ?? "")) return null;
	const piece = { clause: `I would then ${tidyObject(toReader(text, ctx.reader, false))}`, you: false };
	return guess.hedge ? withGuess(piece, guess.hedge, guess.time === undefined ? undefined : tidyObject(guess.time)) : piece;
}

/** "bring tools mon for a test day on the courthouse": "I should bring my tools on Monday 23 November for a test day on the courthouse". */
function userBrings(raw: string, ctx: ItemContext): Piece | null {
	const m = /^bring (?:my )?(\p{Ll}[\p{Ll}-]*[^s\W]s) (.+)$/u.exec(raw.trim());
	if (m === null) return null;
	const daysBefore = ctx.found.length;
	const rest = cleaned(m[2].replace(/^(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.? (?=for )/i, "on $1 "), ctx);
	if (!/^(?:(?:on|by) \p{Lu}\p{Ll}+day \d{1,2} \p{Lu}\p{Ll}+(?: \d{4})? )?for (?:a|an|the) [\p{Ll} -]+$/u.test(rest) || UNSAFE.test(rest)) {
		ctx.found.length = daysBefore;
		return null;
	}
	return { clause: `I should bring my ${m[1]} ${rest}`, you: false };
}

/** A time as the letter ends a step with it: " in the week of 7 December", " on Friday 11 December". */
const TIME_AT_END = / (?:in|by|on|around|during|before|after|early in|late in|mid-)(?: the week of \d{1,2} \p{Lu}\p{Ll}+| \p{Lu}\p{Ll}+day \d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?)$/u;

/** Words in -ing a note uses as nouns: "a blind tasting", "a meeting". */
const NOUN_ING = /^(?:coding|pairing|writing|tasting|meeting|screening|briefing|hearing|reading|posting|opening|booking|training|building|ranking|offering|sitting|fitting|setting)$/;

/** Words a hiring note uses for a step that take no "a": "board approval", "feedback". */
const MASS = /^(?:approval|feedback|paperwork|onboarding|training|orientation|clearance|confirmation|sign-?off|information|info|advice|news|work|research|processing|vetting)$/i;

/**
 * A step named with its article, as it must be after "the next step was": "site walk with the
 * owner's rep" → "a site walk with the owner's rep"; "test translation coming by email" → "a test
 * translation, coming by email". A determiner, possessive, number or gerund stays; a plural or a
 * mass noun needs none. Null when it cannot be told whether the words are a noun phrase at all
 * ("panel ranks candidates", "HR", "Helen's traveling").
 */
export function articled(np: string): string | null {
	const words = np.split(" ");
	const first = words[0] ?? "";
	// "Helen's traveling": a reason, not a step.
	if (/^\p{L}+['’]s$/u.test(first) && /^\p{Ll}+ing$/u.test(words[1] ?? "") && words.length <= 3) return null;
	if (/^(?:the|a|an|another|any|some|your|my|our|their|his|her|its|this|that|these|those|each|every|no|both|one|two|three|four|five|six|seven|eight|nine|ten|possibly|probably|references|\d[\d,.]*)$/i.test(first) || /^\p{L}+['’]s$/u.test(first)) return np;
	if (/^\p{Ll}+ing$/u.test(first) && !NOUN_ING.test(first)) return np;
	// ("2nd round = shadow a friday night shift" was "a shadow a Friday night shift", review 248: a verb and its object are the
	// doing, "shadowing a Friday night shift".)
	const doing = /^(shadow|observe|work|cover|sit in on|try out|run|open|close) (?=(?:a|an|the|one|two|my|their|your)\b)/i.exec(np);
	if (doing !== null) return `${{ shadow: "shadowing", observe: "observing", work: "working", cover: "covering", "sit in on": "sitting in on", "try out": "trying out", run: "running", open: "opening", close: "closing" }[doing[1].toLowerCase()] ?? doing[1]} ${np.slice(doing[0].length)}`;
	// A name or an acronym first ("HR", "Zoom call") may be someone, not a step: not told.
	if (!/^\p{Ll}/u.test(first)) return null;
	// The head runs to the first word that is not part of it: a preposition, a participle, a comma.
	// A bracket the letter writes itself ("background check (SIDA)") ends the head too.
	const end = words.findIndex((x, i) => i > 0 && (/,$/.test(words[i - 1]) || x.startsWith("\uE001") || /^(?:with|for|about|of|at|in|on|to|from|by|due|before|after|and|or|via|over|around|during|within|until)$/i.test(x) || (/^\p{Ll}{3,}ing$/u.test(x) && !NOUN_ING.test(x))));
	const head = words.slice(0, end === -1 ? words.length : end).map((x) => x.replace(/,$/, ""));
	if (head.length > 3 || head.slice(0, -1).some((x) => (/[^s]s$/.test(x) && x !== "skills") || !/^\p{Ll}[\p{Ll}-]*$/u.test(x) || /^(?:the|a|an|my|your|our|their)$/.test(x))) return null;
	const last = head[head.length - 1];
	if (/[^s']s$/.test(last) || MASS.test(last)) return np;
	const rest = words.slice(head.length).join(" ");
	const participle = /^\p{Ll}{3,}ing\b/u.test(rest) && !/,$/.test(words[head.length - 1]) ? "," : "";
	return `${article(first)} ${words.slice(0, head.length).join(" ")}${participle}${rest === "" ? "" : ` ${rest}`}`;
}

/** "SCADA scenario": an acronym and the thing it names, with its article ("a SCADA scenario", "an HR call"). */
const ACRONYM_STEP = /^(\p{Lu}{2,6}) ([\p{Ll}-]+)$/u;

/**
 * "plant walk-through and SCADA scenario" → "a plant walk-through and a SCADA scenario": each step its own article (review 98);
 * as `articled` when a part cannot take one.
 */
function articledEach(np: string): string | null {
	const parts = np.split(" and ");
	if (parts.length < 2) return articled(np);
	const each = parts.map((part) => {
		const acronym = ACRONYM_STEP.exec(part);
		if (acronym === null || !(STEPS.test(acronym[2]) || KNOWN_HEADS.test(acronym[2]) || /^(?:scenario|simulation|exercise)$/.test(acronym[2]))) return articled(part);
		// Spelled out when short ("an HR call"), said as a word when long ("a SCADA scenario").
		const an = acronym[1].length <= 3 ? /^[AEFHIL-ORSX]/.test(acronym[1]) : /^[AEIOU]/.test(acronym[1]);
		return `${an ? "an" : "a"} ${part}`;
	});
	return each.some((part) => part === null) ? articled(np) : each.join(" and ");
}

/** A step the note is unsure of: "a possible second round"; null when it cannot be said so. */
function tentative(piece: Piece): Piece | null {
	// "2nd rd = blind tasting + floor shift wk of 12/7??": a possible second round then, with what it would be.
	// "2nd rd = teach a lesson?": what the user is to do is not said as a possible thing.
	if (/^to /.test(piece.np ?? "")) return null;
	if (piece.np !== undefined && piece.stage !== undefined && piece.hedge === undefined && /^the /.test(piece.stage)) {
		const time = TIME_AT_END.exec(piece.np);
		const parts = (time ? piece.np.slice(0, time.index) : piece.np).split(" and ").map(articled);
		if (parts.some((part) => part === null)) return null;
		const what = parts.join(" and ");
		return { np: `a possible ${piece.stage.replace(/^the /, "")}${time ? time[0] : ""}, with ${what}`, you: piece.you };
	}
	if (piece.np === undefined || piece.hedge !== undefined || piece.stage !== undefined) return null;
	if (/^an? (?!possible\b)/.test(piece.np)) return { ...piece, np: piece.np.replace(/^an? /, "a possible ") };
	return /^(?:the|your|my|possibly|probably)\b/.test(piece.np) ? null : { ...piece, hedge: "possibly" };
}

/** Verbs that open what the user is to do at a stage ("2nd rd = teach a demo lesson"); never a step named as a noun. */
const STAGE_VERBS = /^(?:teach|present|give|deliver|run|lead|complete|do|take|cook|prepare|write|build|pitch|solve|facilitate|perform|bring|observe|cover|plan|draft)$/;
/** Verbs a stage may also be said with, once it is no noun phrase: "onsite = tour the plant and meet the crew". */
const STAGE_VERBS_TOO = /^(?:meet|tour|shadow|visit|interview|review|demo|walk|work|spend|sit)$/;
/** A word before which nothing need be added: "teach a lesson", "present my portfolio", "meet with the crew". */
const STAGE_OBJECT = /^(?:(?:with|for|to|at|in|on|through) )?(?:the|a|an|my|our|two|three|four|five|some|one)\b/;

/**
 * "teach a 15 min demo lesson to staff" → "teach a 15-minute demo lesson to the staff": what the user
 * is to do at a stage, each part a verb and its object with its article as typed; null when a part
 * is not one ("bring knives", "teach demo lesson").
 */
function stageToDo(text: string, ctx: ItemContext): string | null {
	const vp = tidyObject(toReader(text, ctx.reader, false)).replace(GROUP_WITHOUT_ARTICLE, "$1 the $2");
	const parts = vp.split(" and ");
	if (parts.some((part) => {
		const [verb, ...rest] = part.split(" ");
		return !(STAGE_VERBS.test(verb) || STAGE_VERBS_TOO.test(verb)) || !STAGE_OBJECT.test(rest.join(" "));
	})) return null;
	return /\b(?:you|your|he|she|his|her|him|they|them|their)\b/i.test(vp) ? null : vp;
}

/**
 * "15 min demo lesson" → "15-minute demo lesson": a length before the step it is of; null when a
 * length stands before anything else ("15 min each"), which is not told.
 */
function sizedSteps(text: string): string | null {
	let ok = true;
	const out = text.replace(/\b(\d{1,3}) ?(min(?:ute)?s?|h(?:ou)?rs?)\.? (?=\p{Ll})/giu, (m, n: string, unit: string, at: number, all: string) => {
		const after = all.slice(at + m.length, at + m.length + 80).split(/[ ,]/);
		const end = after.findIndex((x) => x === "" || /^(?:with|for|about|of|at|in|on|to|from|by|due|before|after|and|or)$/.test(x));
		const head = after.slice(0, end === -1 ? after.length : end);
		const last = head[head.length - 1] ?? "";
		if (head.length === 0 || head.length > 3 || !(STEPS.test(last) || KNOWN_HEADS.test(last))) ok = false;
		return `${n}-${/^m/i.test(unit) ? "minute" : "hour"} `;
	});
	return ok ? out : null;
}

/** An item without its guess, read with certainty or not at all. */
function readPlain(text: string, ctx: ItemContext): Piece | null {
	// "2nd round is a design charrette", "next step is a panel interview".
	// "final round = paid test project", "next = panel w/ VP": the same, typed in a hurry.
	// "round 2 = ...", "onsite = ...": the second round, the onsite.
	const is = /^(?:the )?(next(?: step)?|final|onsite|round [1-9]|\S+ (?:round|interview|stage|step)) (?:is|will be|would be|=) (?:going to be )?(.+)$/i.exec(text);
	if (is) {
		const named = /^final$/i.test(is[1]) ? "final round" : is[1].replace(/^round ([1-9])$/i, (_m, n: string) => `${ORDINALS[Number(n)] ?? n} round`);
		const step = /^next(?: step)?$/i.test(is[1]) ? null : nounPhrase(named, ctx);
		// "15 min demo lesson": a 15-minute one; a length before no step is left out.
		// "2nd rd = in person w/ GM": the round is an in-person one ("an in-person interview with the general manager").
		const sized = sizedSteps(is[2].replace(/^in person\b/i, "in-person"));
		if (sized === null) return null;
		// "2nd rd = teach a demo lesson to staff": what the round is for the user to do, "the second round would be to teach ...".
		// ("2nd round = shadow a friday night shift": a verb a stage may be said with, before its object's article, is the doing too,
		// never "a shadow a Friday night shift", review 248.)
		const todo = STAGE_VERBS.test(sized.split(" ")[0]) || (STAGE_VERBS_TOO.test(sized.split(" ")[0]) && STAGE_OBJECT.test(sized.split(" ").slice(1).join(" "))) ? null : nounPhrase(sized, ctx);
		const stage = step?.np?.replace(/^an? /, "the ");
		// "2nd round = field day on a bridge": a field day, with its article; "15-minute demo lesson": "a 15-minute demo lesson".
		const length = todo?.np === undefined ? null : /^(?:an? )?(\d{1,3})-(minute|hour) (?=\p{Ll})/u.exec(todo.np);
		const bare = length === null ? null : articled((todo?.np ?? "").slice(length[0].length));
		const np = todo?.np === undefined ? null : length === null ? articledEach(todo.np) : bare === null ? null : bare.replace(/^(?:an? )?/, (a) => `${a === "" ? "" : /^(?:8|11|18|8\d)$/.test(length[1]) ? "an " : "a "}${length[1]}-${length[2]} `);
		if (np !== null) return { np, stage, you: false };
		const vp = stageToDo(sized, ctx);
		return vp === null || (step === null && !/^next(?: step)?$/i.test(is[1])) ? null : { np: `to ${vp}`, stage: stage ?? "the next step", you: false };
	}
	const { reader } = ctx;
	// "come in for shop trial next wk": the user's own step, "I'd come in for a shop trial …".
	// ("come in on Saturday 12 December for a trial shift": the day it is on said with it, never "a come in", review 241.)
	const comeIn = /^(?:i(?: will|['’]ll| would|['’]d| to)? )?come in( on (?:\p{Lu}\p{Ll}+ )?\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?)? for (.+)$/iu.exec(text);
	if (comeIn) {
		const what = articled(comeIn[2]);
		return what === null || /\b(?:you|your|he|she|his|her)\b/i.test(what) ? null : { clause: `I'd come in${comeIn[1] ?? ""} for ${tidyObject(what)}`, you: false };
	}
	const said = (t: string) => tidyObject(toReader(t, reader, ctx.pronoun?.you === true));
	// "Panel scores due 12/18": scores that were due then, never "the panel would score due".
	const dueThings = /^(?:the )?((?:[\p{L}-]+ )?[\p{Ll}-]+[^s\W]s) due ((?:on|by|before|in|around|at|early|late|mid-|the end of)\b.*)$/u.exec(text);
	if (dueThings) return { clause: `${dueThings[1].replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())} were due ${said(dueThings[2])}`, you: false };
	const hear = /^(?:(?:i|i will|i would|i should|should|expect to|expecting to|will) )?hear(?: back)?(?: from ([^ ]+(?: [^ ]+)?))?((?: (?:by|on|after|before|in|early|late|within|once|when|about) .+| this week)?)$/i.exec(text);
	if (hear && (hear[1] !== undefined || hear[2] !== "")) {
		const from = hear[1] === undefined ? null : placed(whoIs(hear[1], reader), ctx);
		if (hear[1] !== undefined && from === null) return null;
		return { clause: `I'd hear back${from ? ` from ${from.name}` : ""}${said(hear[2])}`, you: from?.you === true };
	}
	// "call back after thanksgiving": nobody named, so the person the note is about, as "he" would be;
	// after "Donna:" it may be what Donna asked of the user, and only "will call back" is hers.
	const back = /^(will )?(call back|call me back|get back to me|get back|circle back|be in touch)((?: (?:by|on|after|before|in|early|late|within|around|once|when|mid-\p{L}+|the week of) .+)?)$/iu.exec(text);
	if (back && (back[1] !== undefined || !ctx.spoken)) {
		// Someone else ("Tamara said will call back"): the letter names them once already, so "I'd hear back".
		if (ctx.pronoun?.you !== true) return { clause: `I'd hear back${said(back[3])}`, you: false };
		const does = /^call/i.test(back[2]) ? "call" : /^be/i.test(back[2]) ? "be in touch" : "get back to me";
		return { clause: `you'd ${does}${said(back[3])}`, you: true };
	}
	// "committee meets dec 10, will let me know after": a verb left without its subject is the reader's, "and that you'd let me
	// know after that" (review 97); "after" alone says after what was just told.
	const letKnow = /^will let me know( after|(?: (?:by|on|after|before|in|within|around|once|when|early|late) .+)?)$/.exec(text);
	if (letKnow && ctx.pronoun !== null && !ctx.pronoun.pronoun) return { clause: `${ctx.pronoun.you ? "you'd" : `${ctx.pronoun.name} would`} let me know${letKnow[1] === " after" ? " after that" : said(letKnow[1])}`, you: ctx.pronoun.you };
	// "will call references this wk": nobody named, so the person the note is about, doing it then.
	const willDo = /^will (call|check|contact|email|review|text|interview|meet)\b(.*)$/.exec(text);
	const who = ctx.pronoun;
	// "…, will email": they would be in touch that way.
	const plainly: Readonly<Record<string, string>> = { email: "be in touch by email", text: "text me", call: "call" };
	if (willDo && who !== null && !who.pronoun && willDo[2] === "" && plainly[willDo[1]] !== undefined) return { clause: `${who.you ? "you'd" : `${who.name} would`} ${plainly[willDo[1]]}`, you: who.you };
	// "…, will call by next wed": a time alone after it is when they would be in touch ("you'd call by Wednesday 9 December").
	const timeOnly = willDo !== null && /^ (?:by|on|before|after|within|in|around)\b/.test(willDo[2]) && !/\b(?:references?|refs|candidates|them|him|her)\b/.test(willDo[2]);
	if (willDo && timeOnly && who !== null && !who.pronoun && plainly[willDo[1]] !== undefined) return { clause: `${who.you ? "you'd" : `${who.name} would`} ${willDo[1] === "email" ? "email" : plainly[willDo[1]]} ${said(willDo[2].trim())}`, you: who.you };
	// "will call re 2nd int by fri": what they would be in touch about ("you'd call about a second interview by …", review 97).
	if (willDo && who !== null && !who.pronoun && /^(?:call|email|text)$/.test(willDo[1]) && /^ about (?:an? |the )\p{Ll}/u.test(willDo[2])) return { clause: `${who.you ? "you'd" : `${who.name} would`} ${willDo[1]} ${said(willDo[2].trim())}`, you: who.you };
	if (willDo && who !== null && !who.pronoun) return { clause: `${who.you ? "you'd" : `${who.name} would`} be ${said(`${willDo[1]}ing${willDo[2]}`)}`, you: who.you };
	// "Hank said: decide after the holidays": the decision is theirs when they said it, else only expected.
	const decide = /^(?:(they )|will |to )?decide ((?:by|on|after|before|in|early|late|within|around|at|once|when) .+|this week\b.*)$/i.exec(text);
	// "Marisol said they decide before the holidays": a decision the team would come to.
	if (decide?.[1] !== undefined) return { clause: `a decision would come ${said(decide[2])}`, you: false };
	// "… then decides by next fri": the person the note is about, when it is the reader who said it, or someone named.
	const decides = /^decides ((?:by|on|after|before|in|early|late|within|around|at|once|when) .+)$/i.exec(text);
	if (decides) {
		// Of someone else the note says "he" or "she" of, it is left out: the letter would name them twice.
		return ctx.pronoun?.you === true ? { clause: `you'd decide ${said(decides[1])}`, you: true } : null;
	}
	if (decide) return ctx.spoken && ctx.pronoun?.you === true ? { clause: `you expected to decide ${said(decide[2])}`, you: true } : { clause: `a decision was expected ${said(decide[2])}`, you: false };
	// "2 more candidates, then a final w/ the CISO": who is still to be seen, before the step after.
	const more = /^(\d{1,2}|two|three|four|five|a few|a couple(?: of)?|some) (more|other) (candidates|interviews|people|applicants)\b(.*)$/i.exec(text);
	if (more) {
		const theirs = ctx.spoken && ctx.pronoun?.you === true;
		return { clause: `${theirs ? "you were" : "the team was"} ${/^i/i.test(more[3]) ? "holding" : "meeting"} ${more[1].toLowerCase()} ${more[2].toLowerCase()} ${more[3]}${said(more[4])}`, you: theirs, before: more[4] === "" };
	}
	// "They are finishing 2 other interviews this week": what was under way.
	const going = /^(.{1,40}?) (?:is|are) (\p{Ll}+ing .+)$/u.exec(text);
	if (going) {
		const typed = whoIs(going[1], reader);
		const who = placed(typed, ctx);
		// "he's calling 2 more people" of the reader who said it: "you were calling two more people".
		const ing = going[2].replace(/\b([2-9]) (?=more\b)/, (_m, n: string) => `${COUNT_WORDS[Number(n)]} `);
		if (who && (!typed?.pronoun || who.you)) return { clause: `${who.you ? "you were" : `${who.name} was`} ${typed?.pronoun ? asGerund(said(ing), typed.name) : said(ing)}`, you: who.you };
		// "Kevin said he's calling …": he, whom the letter names once.
		if (who && typed?.pronoun && ctx.spoken) return { clause: `${typed.name} was ${asGerund(said(ing), typed.name)}`, you: false, by: who.name };
	}
	// "want someone start by Jan 5" after what someone said: what they would like.
	const wants = /^(?:wants?|needs?|would like) (someone|somebody) (?:to )?(start|begin|join|be on board|in place)\b(.*)$/i.exec(text);
	if (wants) {
		const who = ctx.pronoun;
		const subject = who === null ? "the team would" : who.you ? "you'd" : `${who.name} would`;
		return { clause: `${subject} like ${wants[1].toLowerCase()} to ${wants[2].toLowerCase()}${said(wants[3])}`, you: who?.you === true };
	}
	// "owners decide mid Dec", "partners meet next Tues": people of a kind, who will act together.
	const group = new RegExp(`^(?:the )?((?:[\\p{Ll}-]+ )?(?:${ROLE_HEADS.join("|")}|member|interviewer|panelist|trustee|partner)s) (decide|meet|vote|review|choose|pick|interview|confirm|call|email|approve|discuss) (.+)$`, "u").exec(text);
	if (group) return { clause: `the ${group[1]} would ${said(`${group[2]} ${group[3]}`)}`, you: false };
	// "club decides early next wk": the place as a whole, "the club would decide …", never "Club would decide" (review 227).
	const place = /^(?:the )?(club|company|firm|practice|clinic|school|district|store|shop|office|hospital|league|studio|center|centre|agency|hotel|restaurant|brewery|winery|venue|museum|library|farm|ranch|stable|stables|barn|dealership|dealer|terminal|port|arena|marina|church|parish|bank|lab|plant|mill|warehouse|yard|kitchen|bakery|salon|spa|gym|camp|theater|theatre|station) (decides|decide|meets|meet|votes|vote|reviews|review|chooses|choose|picks|pick|confirms|confirm|approves|approve) (.+)$/i.exec(text);
	if (place) return { clause: `the ${place[1].toLowerCase()} would ${said(`${baseForm(place[2].toLowerCase())} ${place[3]}`)}`, you: false };
	// "Lena to send ...", "Hiring committee meets Thursday"; "she'd" for someone just named.
	// The will-clause first: "the finalists will have" is theirs, not "the" doing "finalists".
	const acts = /^(.{1,40}?) (?:(?:will|would|to|is going to|are going to|should|plans to|wants to|is to|are to) (\p{Ll}.*)|(\p{Ll}+s|want) (.+))$/u.exec(text.replace(/^(\S+) (?=\S+ (?:will|to) )/, "$1\u00a0"));
	if (acts) acts[1] = acts[1].replace(/\u00a0/g, " ");
	// "panel scores go to HR": the panel's scores, which go on, never "the panel would score go to HR" (review 131).
	const goOn = /^(?:the )?(panel|board|committee|team|interviewers?|hiring committee)(?:['’]s)? (\p{Ll}+[^s\W]s) (?:go|get sent|are sent|will go|move|pass) (?:on )?to (.+)$/iu.exec(text);
	if (goOn) {
		const to = whoIs(goOn[3], reader);
		return { clause: `the ${goOn[1].toLowerCase()}'s ${goOn[2]} would go to ${to?.you === true ? "you" : said(goOn[3])}`, you: false };
	}
	// "panel ranks candidates": after a group the note names by its role, a word in -s is what it does.
	const groupActs = acts !== null && acts[3] !== undefined && /^(?:the )?(?:panel|board|committee|team|HR|hiring committee)$/i.test(acts[1]) && /^\p{Ll}+[^s]s$/u.test(acts[3]);
	if (acts && (acts[2] !== undefined || PRESENT.has(acts[3]) || /^wants?$/.test(acts[3]) || groupActs)) {
		const typed = whoIs(acts[1], reader);
		// "they'd know …" in what the reader said: their side, "you'd know" (what the team decides stays the team's).
		const who = ctx.byReader === true && /^they$/i.test(acts[1]) && /^(?:know|find out|have an answer)\b/.test(acts[2] ?? "") ? READER : placed(typed, ctx);
		// "GM wants a 2nd convo": what they would like.
		const typedVp = acts[2] ?? (/^wants?$/.test(acts[3]) ? `like ${acts[4]}` : `${baseForm(acts[3])} ${acts[4]}`);
		// "he'd call after he talks to Marjorie": the same person, "after speaking with Marjorie".
		const vp = typed?.pronoun ? asGerund(typedVp, typed.name) : typedVp;
		// "HR to email": they would be in touch by email; "board votes at Dec meeting": at its meeting.
		const does = said(vp)
			.replace(/^email$/, "be in touch by email")
			// "wants 2 sample takeoffs": a count said in words (review 98).
			.replace(/^like ([2-9]) (?=\p{Ll})/u, (_m, n: string) => `like ${COUNT_WORDS[Number(n)]} `)
			// "they want 2nd mtg w/ owner": a second meeting, with its article (review 99).
			.replace(/^like (?=(?:second|third|final|follow-up|another round of) (?:[\p{Ll}-]+ )?(?:round|interview|meeting|call|chat|conversation|visit|tour)\b)/u, "like a ")
			.replace(/^text(?=$| (?:by|on|before|after|in|within|around|once|when|over|during|early|late|mid-|this|next)\b)/, "text me")
			// "she'll call back fri" of the reader, in the user's words: they would call.
			.replace(/^call (?:me )?back\b/, (m) => (who?.you === true && !ctx.spoken ? "call" : m))
			// "about ride-along": a step, with its article.
			// "about tasting day", "about start date": one the note means, "the tasting day".
			// "about paid shadow shift": three words too ("about a paid shadow shift").
			.replace(/\babout (?!(?:the|a|an|my|your|our|their|next|final|this|that|what|when|how|whether)\b)(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2})(?=$| (?:at|with|in|on|for)\b)/u, (m, what: string) =>
				/\b(?:or|and)\b/.test(what)
					? m
					: STEPS.test(what.split(" ").pop() ?? "") && !/s$/.test(what)
					? `about ${/^[aeiou]/.test(what) ? "an" : "a"} ${what}`
					: /^(?:day|date|event|schedule|offer|role|position|job|contract|salary|package|opening|timeline|start)$/.test(what.split(" ").pop() ?? "")
						? `about the ${what}`
						: m,
			)
			// "email re shift bid results": the results both sides know of (review 98).
			.replace(/\babout (?!(?:the|a|an|my|your|our|their|next|final|this|that|what|when|how|whether)\b)((?:\p{Ll}[\p{Ll}-]* ){0,2}(?:results|outcome|scores|rankings))(?=$| (?:by|at|with|in|on|for)\b)/u, "about the $1")
			// "about shop visit or paid trial day": each step with its article ("about a shop visit or a paid trial day"); bare words that
			// are no step ("about pay or hours") are left out.
			.replace(/ about (?!(?:the|a|an|my|your|our|their|next|final|this|that|what|when|how|whether)\b)(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2}) or (?!(?:the|a|an|my|your|our|their|next|final|this|that)\b)(\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*){0,2})$/u, (_m, one: string, other: string) => {
				const step = (what: string) => {
					const ws = what.split(" ");
					const head = ws[ws.length - 1];
					return !/s$/.test(head) && (STEPS.test(head) || (head === "day" && ws.length > 1 && /^(?:trial|shadow|working|test|interview|assessment)$/.test(ws[ws.length - 2])));
				};
				const a = (what: string) => `${/^[aeiou]/.test(what) ? "an" : "a"} ${what}`;
				return step(one) && step(other) ? ` about ${a(one)} or ${a(other)}` : "";
			})
			// "talk to owners, answer in a wk or so": a second step, "and have an answer …"; "…, decide by fri": "and decide …".
			.replace(/, (?:(?:an? )?(answer)|(decide)) ((?:in|by|within|on|after|before|around|early|late|mid-|once|when)\b[^,]*)$/u, (_m, answer: string | undefined, _decide: string | undefined, when: string) => ` and ${answer ? "have an answer" : "decide"} ${when}`)
			.replace(/,( in the week of \d{1,2} \p{Lu}\p{Ll}+)$/u, "$1")
			// "know after FAA sign-off, couple weeks": how long first ("know in a couple of weeks, after FAA sign-off").
			.replace(/^(\p{Ll}+) ((?:after|once|when) [^,]+), (?:in )?(?:a )?(couple|few)(?: of)? weeks$/u, (_m, verb: string, cond: string, n: string) => `${verb} in a ${n === "few" ? "few" : "couple of"} weeks, ${cond}`)
			.replace(/\bat the (?=\p{Lu}\p{Ll}+ (?:board )?meeting\b)/u, (m) => (/^the (?:board|committee|hiring committee|panel|team)$/.test(who?.name ?? "") ? "at its " : m));
		// "he" for whoever said it: named in the letter once, when the note starts with them.
		const by = typed?.pronoun && who && !who.you && ctx.spoken ? { by: who.name } : {};
		if (who) return { clause: `${who.you ? "you'd" : typed?.pronoun ? `${typed.name}'d` : `${who.name} would`} ${does}`, you: who.you, ...by };
	}
	// "decision end of next week" (already "decision by Friday 27 November"), "decision after the holidays".
	const decision = /^(?:the |a )?(?:final )?decision(?: is| was)?(?: expected| due)? ((?:by|on|after|before|in|early|late|within|around|at) .+|this week\b.*)$/i.exec(text);
	if (decision) return { clause: `a decision was expected ${said(decision[1])}`, you: false };
	// "couple weeks", "a few weeks": how long until they are in touch.
	// "couple weeks, after the holidays": when they would be in touch, never "the next step was couple weeks".
	const when = spanOnly(text);
	if (when !== null) return { clause: `I'd hear back ${said(when.replace(/^in (.+ weeks)$/, "within $1 of our interview"))}`, you: false };
	// "2-3 weeks", "by Friday": only when they would be in touch.
	if (/^(?:within|by|on|after|before) /.test(text) && text.split(" ").length <= 8) return { clause: `I'd hear back ${said(text)}`, you: false };
	// "Expect a call by end of wk": what the user may expect.
	const expect = /^(?:i )?(?:should |can )?expect (an? .+|to hear .+)$/i.exec(text);
	if (expect) return { clause: `I could expect ${said(expect[1])}`, you: false };
	// "refs checked next wk", "background check done by Fri": what would be done, by whoever does it.
	const done = /^((?:the |my )?[\p{Ll}-]+(?: [\p{Ll}-]+)?) (checked|approved|reviewed|confirmed|scheduled|sent|done|finali[sz]ed|completed|contacted|called|signed|decided|made|run)\b(.*)$/u.exec(text);
	if (done && !/\b(?:i|we|he|she|they|it|you|me|him|them|us|will|would|to|is|are|was|were|be|been|has|have|had|not|no)\b/.test(done[1]) && w.mainVerb(done[1].split(" "), 0) === -1) {
		const subject = /^(?:the|my) |s$/.test(done[1]) ? done[1] : `the ${done[1]}`;
		return { clause: `${subject} would be ${done[2]}${said(done[3])}`, you: false };
	}
	const waiting = /^(?:waiting|on hold|pending)(?: (?:on|for))? (.+)$/i.exec(text);
	if (waiting) return { clause: `things were waiting on ${said(waiting[1])}`, you: false };
	return nounPhrase(text, ctx);
}

/** Words for what comes next in a hiring process: "final w/ CEO" is a final interview. */
/** Last words of a step named by two bare words, besides the steps themselves: "trial day", "site walk", "drug screen". */
// ("trial night sat 12/5" was "the next step would be on Saturday 5 December", review 269: a night tried is a step.)
const KNOWN_HEADS = /^(?:day|days|night|nights|date|dates|time|run|period|lesson|session|drive|walk|walkthrough|week|class|demo|exam|audition|tasting|sample|ride|offer|reference|references|physical|screening|orientation|training|onboarding|approval|vote|appointment|consult|consultation|evaluation|eval|observation|sit-in|meet|walk-through|workshop|simulation|sim|quiz|audit)$/;
const STEPS = /^(?:round|interview|call|chat|meeting|conversation|panel|debrief|onsite|visit|presentation|assessment|test|case|trial|shift|tour|screen|stage|decision|check|screening|review|project|exercise|task|study|ride-along|ridealong|shadow|callback|call-back|demo|lesson|audition)s?$/i;

/** "reference checks", "background checks": words before which "checks" or "calls" is a noun, never what someone does. */
const CHECKED = /^(?:reference|background|credit|licen[cs]e|drug|security|safety|phone|video)$/;

/** "to board", "with ops team", "to staff": a group, which takes "the". */
const GROUP_WITHOUT_ARTICLE = /\b(to|with|for|before) (?!(?:the|a|an|your|my|our|their) )((?:\p{Ll}+ )?(?:board|team|panel|committee|staff))(?=$|[,;.]| (?:on|in|by|at|after|before|about|for|to|with|and)\b)/gu;

/** "2nd round w/ VP" → "a second round with the VP"; "Take-home (due Monday 7 December)" → "the take-home exercise, due on ...". */
function nounPhrase(text: string, ctx: ItemContext): Piece | null {
	let t = text
		// "a final w/ the CISO": the article is given below, as to "final w/ the CISO".
		.replace(/^an? (?=(?:final|second|third)\b)/i, "")
		// "in person w/ owner": an in-person interview, as "in-person w/ GM" is (review 87: "an in person with the owner").
		.replace(/^(?:an? )?in person(?=$|,| (?:w\/|with|on|next|this|at|by|in|early|late|mid|around|after|before)\b)/i, "in-person")
		.replace(/ ?\(due (?:on |by )?([^()]+)\)$/i, ", due on $1")
		.replace(/ (?:after(?: that)?|first|next)$/i, "")
		.replace(/ \+ /g, " and ")
		// "PI + board review": a review by both.
		.replace(/^(\p{Lu}{2,5}|\p{Ll}+) and (\p{Ll}+) (review|approval|sign-off|vote)$/u, (_m, a: string, b: string, what: string) => `${/^a/.test(what) ? "an" : "a"} ${what} by the ${a} and the ${b}`);
	const ws = t.split(" ");
	// "then meet the EIC": a meeting with them.
	if (/^meet (?:the |with )?\S/i.test(t)) t = t.replace(/^meet (?:with )?/i, "a meeting with ");
	// "prob wk of 12/7" alone: a time with no step is not one.
	if (/^(?:(?:on|by|in|around|after|before|within|until|during) )?(?:\p{Lu}\p{Ll}+day \d|the week of |the end of |mid-\p{Lu}|(?:early|late) \p{Lu})/u.test(t)) return null;
	// "jorge sending HR paperwork …" that could not be said as Jorge's step: never "a jorge, sending …" (review 91).
	if (/^[\p{L}'’-]+,? (?:sending|emailing|booking|texting|calling|scheduling)\b/u.test(t)) return null;
	// "bob to schedule": someone the note does not name acting, never "a bob to schedule it".
	// Nor "dr lee to call" when the note names no Dr. Lee ("the next step was a dr lee to call").
	if (/^(?:dr|mr|mrs|ms|mx|prof|capt|sgt|chef|coach)\.? \p{L}+ to \p{Ll}/iu.test(t)) return null;
	if (/^\p{Ll}+ to \p{Ll}/u.test(t) && !STEPS.test(ws[0]) && !/^\p{Ll}+ to (?:the|a|an|my|your|our|their)\b/u.test(t)) return null;
	// "to send take-home": what someone asked the user to do, without saying who; "not moving fwd": no step.
	// "wants a plant tour first" with nobody to want it: no step either (review 88).
	if (/^(?:to \p{Ll}|(?:not|no|never|wants)\b|needs (?:a|an|the|to|more|some)\b)/iu.test(t)) return null;
	// "call Dan back Thurs", "email them the deck": the user's own to-do, not a step to tell back.
	if (/^(?:call|email|text|ping|chase|check|follow|send|ask|remind|review|prep|prepare)$/i.test(ws[0]) && /^(?:\p{Lu}|him\b|her\b|them\b|back\b|up\b|in\b)/u.test(ws[1] ?? "")) return null;
	// A day written out ("Monday 7 December", "the week of") counts as one word, as the note typed it.
	// Each step joined by "and" may hold twelve words, as one alone may: "second interview with the shift manager and background check for ...".
	const counted = t.replace(/\b(?:the (?:week|end) of|(?:\p{Lu}\p{Ll}+day )?\d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?)\b/gu, "D");
	const length = counted.split(" ").length > 20 ? 21 : Math.max(...counted.split(" and ").map((part) => part.split(" ").length));
	// "a call about my start date": the user's own, said as theirs.
	if (/[()/:?!"]|\s-\s|(?:^|\s)['’]|\b(?:i|we|he|she|they|it|you|his|her|their|our|my|me|us|him|them|will|would|should|can|could)\b/i.test(t.replace(/\babout my\b/g, "about")) || length > 12 || w.mainVerb(ws, 0) !== -1 || ws.slice(0, 3).some((x, i) => PRESENT.has(x) && !CHECKED.test(ws[i - 1] ?? ""))) return null;
	t = tidyObject(toReader(midSentence(t, { names: ctx.reader.context }), ctx.reader, false))
		.replace(/^take[- ]?home(?: exercise)?(?! (?:[\p{L}\p{N}#+-]+ ){0,3}(?:exercise|test|task|assignment|project|case|study|presentation|challenge|quiz|assessment)$)/iu, "the take-home exercise")
		// "system design w/ a staff engineer": a kind of interview, named as one.
		.replace(/^(system design|coding|technical|behaviou?ral|culture fit|whiteboard|pairing|live coding)\b(?! (?:interview|round|test|exercise|session|review|call|chat|screen|assessment|challenge|task|project|quiz|sample)s?\b)/i, "$1 interview");
	// "gus" alone, to Gus: a person, never a step ("the next step was a you").
	if (/^(?:you|your)$/i.test(t) || (ctx.reader.context ?? []).some((c) => c.split(/\s+/).some((x) => x.toLowerCase() === t.toLowerCase()))) return null;
	// "a presentation to board", "a case study with ops team": a group takes "the".
	t = t.replace(GROUP_WITHOUT_ARTICLE, "$1 the $2");
	const head = t.split(/[ ,]/);
	// "in-person w/ a tuning test": an in-person interview, as a final is one.
	const ordinal = /^(?:final|second|third|next|another|in-person)$/i.test(head[0]);
	if (ordinal && !STEPS.test(head[1] ?? "")) t = t.replace(/^(\S+)/, "$1 interview");
	// "a second round with ...", "a call on ..."; "references", "board approval" as they are.
	// Each of "background check and references" gets its own article: "a background check and references".
	t = t
		.split(" and ")
		.map((raw, i) => {
			// "background check and final with the VP": the final is an interview.
			// "site visit + meet the GM": a visit and a meeting with them.
			// "meet the floor team + shadow a Tinker Tots session": a chance to shadow one (review 84).
			const met = i > 0 ? raw.replace(/^meet (?:with )?(?=\S)/i, "a meeting with ").replace(/^(?=(?:shadow|observe|tour|visit|sit in on) (?:a|an|the|one|some) )/i, "a chance to ") : raw;
			const part = i > 0 && /^(?:final|second|third|next)\b/i.test(met) && !STEPS.test(met.split(" ")[1] ?? "") ? met.replace(/^(\S+)/, "$1 interview") : met;
			// "writing test, 800 words on ...": the step is what comes before the comma.
			const words = part.split(",")[0].split(" ");
			const noun = words.findIndex((x, j) => j > 0 && (/^(?:with|for|about|of|at|in|on|to|from|by|due)$/i.test(x) || x.startsWith("\uE001")));
			// "reference checks": a plural step takes none.
			const last = words[(noun === -1 ? words.length : noun) - 1];
			const needs = !/^(?:the|a|an|your|my|another)$/i.test(words[0]) && ((i === 0 && ordinal) || (STEPS.test(last) && !/[^s']s$/.test(last)));
			return needs ? `${article(part.split(" ")[0])} ${part}` : part;
		})
		.join(" and ");
	return { np: t, you: false };
}

/** Whether a step named is of more than one thing: "references", "reference checks with the dean". */
function plural(np: string): boolean {
	const head = np.split(/ (?:with|for|about|of|at|in|on|to|from|by|due|before|after|and|or)\b|,/)[0].split(" ");
	return /[^s']s$/.test(head[head.length - 1] ?? "");
}

/** What a clause said back must not hold: shorthand, marks, someone "said", a quote's edge. */
const UNSAFE = /\b(?:refs|prob|mgr|svc|wks?|asap|tbd|eow|eod|i|said|says|told)\b|[()/:;?!"&+=<>#*_~\u2020]|\s[-–]\s|(?:^|\s)['’]/;

/** A name in brackets that the note guesses at: "(Dana?)", "(maybe Dana Reyes)". */
const GUESSED_NAME = / ?\((?:(?:maybe|prob|probably|possibly) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?\??|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? ?\?+)\)/gu;

/** ", board approves new hires", ", artistic dir decides …", ", big boss decides": a new step, in which someone acts. */
const PRESENT_AFTER_COMMA = new RegExp(`, (?=(?:the )?(?:\\p{Ll}+ ){1,2}(?:${[...PRESENT].join("|")})(?: |$))`, "gu");

/** "— Joanne emails dates": a dash before someone named doing something parts the steps. */
const DASH_THEN_ACTS = new RegExp(` (?:-{1,2}|—|–) (?=\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)? (?:${[...PRESENT].join("|")}) \\p{Ll})`, "gu");

/** Who acts at the start of a clause told back: "you'd", "Hank would", "the team might". */
const DOER = "(?:you|I|\\S+)['’]d(?: probably)?|(?:\\S+ ){1,3}(?:would(?: probably)?|might)";

/** The words a time told back starts with: "by Friday …", "in the week of …". */
const WHEN_WORDS = "by|on|in|within|before|after|around|once|when|early|late|mid-\\p{L}+|the week of|soon|later";

/** " with shop floor walk": a step after "with", its nouns bare, never said without its article. */
const BARE_WITH = new RegExp(
	`,? with (?!(?:the|a|an|another|any|some|each|every|no|my|your|our|their|his|her|its|this|that|these|those|one|two|three|first|second|third|final|next|last|possibly|probably)\\b)((?:[\\p{Ll}-]+ ){1,2}(?:round|interview|call|chat|meeting|conversation|panel|debrief|visit|presentation|assessment|test|trial|shift|tour|screen|review|project|exercise|task|walk|walkthrough|walk-through|demo|exam|audition|tasting|ride|ride-along|shadow|session|lesson|drive|class|workshop|simulation|quiz|audit|observation|evaluation))(?=$|,| (?:${WHEN_WORDS})\\b)`,
	"u",
);

/** What a note may put before ": " that names no one: "Next step: panel w/ VP". */
const LABEL = /^(?:next steps?|next|steps?|status|update|plan|timeline|process|after this)$/i;

/** A part that only says when: "Pat to email: prob wk of 12/7" is one step. */
const AT_TIME = /^(?:(?:maybe|prob|probably|possibly|poss)\.? )?(?:by|on|in|around|after|before|within|until|early|late|mid|end|next|this|wk|week|eow|tomorrow|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i;

/** "Ops Mgr", "Office Manager (Eastgate)": the initials a note may call the post by, with and without its small words ("DON", "DN"). */
function titleInitials(title: string): string[] {
	const words = title.replace(/\([^()]*\)/g, " ").split(/[\s/-]+/).filter((w) => /^\p{L}/u.test(w));
	if (words.length < 2 || words.length > 5) return [];
	const all = words.map((w) => w[0].toUpperCase()).join("");
	const main = words.filter((w) => !/^(?:of|and|the|for|&)$/i.test(w)).map((w) => w[0].toUpperCase()).join("");
	return [...new Set([all, main])];
}

/** Where the note's first sentence ends (". " after a word that is no title, "Dr.", "Mr.", "St."), or -1. */
function sentenceStop(text: string): number {
	for (let at = text.indexOf(". "); at !== -1; at = text.indexOf(". ", at + 2)) {
		let from = at;
		while (from > 0 && /\p{L}/u.test(text[from - 1])) from--;
		if (!/^(?:dr|mr|mrs|ms|mx|prof|st|sr|jr|rev|fr|capt|sgt|lt|col|gen|hon|supt|dept|approx|vs|no|e\.g|i\.e)$/i.test(text.slice(from, at))) return at;
	}
	return -1;
}

/** Posts a note may put before a colon for who spoke: "supt: will call", "mgr: 2nd rd next wk". */
const POSTS: Readonly<Record<string, string>> = { supt: "superintendent", superintendent: "superintendent", mgr: "manager", manager: "manager", recruiter: "recruiter", "hiring mgr": "hiring manager", "hiring manager": "hiring manager", supervisor: "supervisor", foreman: "foreman" };

const SPEAKER = /^([^:;,]{1,40}?)(?: said(?::| that)?| mentioned(?: that)?| told me(?: that)?|:| -| –) (.+)$/u;

/**
 * The note read back to `reader`, or null when it is empty. Each step is credited to the person
 * who will act ("Lena to send ..." → "Lena would send ..."; "you'd send ..." when Lena reads it),
 * the reader named in the second person, shorthand and relative days written out; a step that
 * presumes an offer is left out (in `leftOut`). A note that cannot be told back with certainty is
 * `unread`: the letter then says nothing of it rather than quote it.
 */
/** A verb alone, never a step said as a noun ("then decide" is no "decide"): it is what whoever acted before does next. */
const BARE_VERB = /^(?:decide|confirm|review|finali[sz]e|regroup|reconvene|deliberate|discuss|follow up|circle back|touch base|debrief|vote|approve|choose|pick|select|get back)(?: after(?: that| it)?)?$/i;

/** Steps that happen, never sent: "she'll send a paid trial" is shorthand for one, "there would be a paid trial". */
const SENT_EVENT = /^(you'd|\S+(?: \S+){0,2} would)( probably)? send (an? )((?:[\p{Ll}-]+ ){0,2}(?:trial|shift|interview|round|call|meeting|panel|tour|ride-along|visit|shadow|onsite|working interview|trial day|trial shift))(?=$|,? (?:on|in|by|around|after|before|within|during|early|late|the week)\b)(.*)$/u;

/** "(build 1 centerpiece + 1 bridal bouquet)" after a step: what it is made of, in the user's words, left out. */
/** "call by tues for in person w/ the PM": a "for" before a bare adjective says no thing; the part is left out and told. */
const BARE_FOR = /^(.*\p{L}) (for (?:in[ -]person|on-?site|virtual|remote)(?: (?:w\/|with) [^,;]+)?)$/iu;
/** What the user is to bring or wear, a note to themselves in the next steps: "bring black shirt" (review 250). */
// ("ask re pay", "check if it's paid", "find out about parking": what the user means to ask is theirs too, review 256.)
const TO_SELF = "(?:bring|wear|pack|print(?: out)?|remember to|don'?t forget(?: to)?|(?:ask|check) (?:about|abt|re|if|whether)|find out)";
/** A part of the next steps that is a note to the user themselves, or a question they ask themselves ("unpaid?? check"). */
export const NOTE_TO_SELF = new RegExp(`^${TO_SELF} |\\?\\?`, "i");
/** The same, last after a comma: "working interview sat 12/5 8am, bring black shirt". */
const TO_SELF_LAST = new RegExp(`, (?:and )?(${TO_SELF} [^,;]{1,60})$`, "iu");
/**
 * A part after a comma holding the user's own question ("trial shift sat 12/12, unpaid?? check"): review 256 sent "…on
 * Saturday, December 12, unpaid, and that there would be a check", telling the manager the user accepted an unpaid trial.
 */
const QUESTION_TO_SELF = /,\s*([^,;?]{1,40}\?{2,}(?: [^,;?]{1,30})?)(?=$|[,;])/u;
/** What the user means to do after their own doubt: "trial shift sat 12/5?? confirm by email" (review 262: "a confirm by email"). */
// (Before a decision the note's own property adds, "; decision expected …", as well as at the end.)
const TO_SELF_AFTER_DOUBT = /^\s+(?:confirm|check|ask|find out|follow up)\b[^,;?]{0,40}(?=$|[,;])/u;

/** A part of the next steps to read without: where it starts, and its text. */
type Part = Pick<RegExpExecArray, "index" | 0>;

/** The part after the doubt's last marks: the marks stay, and say the step is only possible. */
function afterDoubt(typed: string): Part | null {
	const at = typed.lastIndexOf("??");
	const m = at === -1 ? null : TO_SELF_AFTER_DOUBT.exec(typed.slice(at + 2));
	return m === null ? null : { index: at + 2, 0: m[0] };
}

const TRAILING_BRACKET = /^([^()]+) \(((?:build|make|cook|bake|design|arrange|prepare|write|plan|create|style|paint|install|repair|fix|code|draw|sketch|set up|put together|shadow|work|cover|observe) [^()]+)\)$/u;

/** "hiring class starts jan 19 in Pasco", once its day is written out: a clause of its own, "the hiring class starts on …". */
const STARTS = /^(?:(?:the|a|an) )?((?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+) (starts|begins|kicks off) (on \p{Lu}\p{Ll}+day \d{1,2} \p{Lu}\p{Ll}+(?: \d{4})?|in the week of \d{1,2} \p{Lu}\p{Ll}+)(?: in ([\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]*)?))?$/u;

/** "send drug screen + medical info": what is sent, typed without its article. */
const SENT_BARE = new RegExp(
	`^((?:you|I|\\S+)['’]d|(?:\\S+ ){1,3}would) send (?!(?:the|a|an|my|your|their|our|his|her|its|some|any|more|over|out|back|it|them|me|us|you|word|news|feedback|updates?|times|dates|slots|options|details|availability|invites?|invitations|links?|something|everything|anything|one|two|three|both|all|each)\\b)((?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+(?: and (?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+)?)(?=$|,? (?:${WHEN_WORDS})\\b)`,
	"u",
);

/** "they want to decide before the holidays", "hoping to decide by the 18th": a decision they hope for, not one promised. */
const HOPED_DECISION = /(?:['’]re |\b(?:are|is) |\b)(?:want|wants|hope|hopes|hoping|plan|plans|planning|aim|aims|aiming) to (?=decide\b)/i;

/** "jay said "soon"": someone said only that it would be soon. */
// ("amy said "end of next week prob"": when they would be in touch, "you'd be in touch by the end of next week", never "you
// mentioned by Friday 11 December probably", review 227.)
const SAID_SOON = /\b(\p{L}+) (?:said|says) ["“]?(soon|shortly|asap|quickly|(?:by )?(?:the )?end of (?:next |this |the )?(?:week|wk|month)|(?:by |early |late |sometime )?next (?:week|wk)|this week|(?:by |on )?(?:mon|tues?|wed|thu|thurs|fri)(?:day)?)( prob| probably| maybe| hopefully)?["”]?(?=$|[,.;])/iu;

/**
 * How many times one reading of next steps may read a part of them again. Each way of reading a part apart (before a dash,
 * before the first comma, without an aside) reads again, and a note of many dashes and commas ("call - - - -, 1 wk - - -")
 * made those re-readings branch: sixteen dashes took a second and a half (the linear-time suite found it). Past the budget a
 * part is not read apart, and the reading stays what the whole gives.
 */
const REREAD_BUDGET = 48;
let rereadDepth = 0;
let rereadsLeft = REREAD_BUDGET;

export function readNextSteps(typed: string | undefined, reader: NextStepsReader, base: Date, now: Date): (NextStepsReading & { leftOut: string[] }) | null {
	if (rereadDepth === 0) rereadsLeft = REREAD_BUDGET;
	else if (--rereadsLeft < 0) return null;
	rereadDepth++;
	try {
		const once = readNextStepsOnce(typed, reader, base, now);
		// ("jules emails shortlist fri 5th", a Saturday, was "you'd email the shortlist fri fifth", review 265: a weekday left in
		// shorthand is a day the reading could not place, and the steps are not said back.)
		const read = once !== null && once.kind !== "unread" && /\b(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\b/.test(once.clause) ? { ...once, kind: "unread" as const, clause: "", unsaid: [] } : once;
		// "trent will let me know, 2-3 wks": the span is when they would let the user know, "you'd let me know within 2 to 3 weeks",
		// never parted from it by the note's comma (review 199).
		// "…, that a decision was expected by mid-December, and that a decision was expected within 2 to 3 weeks of our interview"
		// (next steps and decision_expected each giving a time, review 204): one decision, its two times said together.
		return read === null || rereadDepth > 1
			? read
			: {
					...read,
					clause: read.clause
						// ("you'd let u know after the holidays", review 245: "u" after a verb of telling is the user.)
						.replace(/\b(let|tell|text|call|email|ping|update) u\b/g, "$1 me")
						// ("call back around fri": "you'd call around Friday 4 December", never "around on".)
						.replace(/\baround on (?=\p{Lu})/gu, "around ")
						// ("+ meet owner" was "a meeting with owner", review 267: the owner, the manager of the place, takes "the".)
						.replace(/\b(with|meet|meeting|and) (owner|owners|manager|general manager|store manager|district manager|director|supervisor|founder|boss|team|office manager)(?=$|[,;.]| (?:on|in|by|before|after|next|this|and)\b)/g, "$1 the $2")
						.replace(/\b(let me know|hear back|decide|be in touch|get back to me), (?=within \S+ to \S+ weeks\b)/, "$1 ")
						// "you'd check my references, within 2 to 3 weeks of our interview" (review 209): a span after another step
						// is when the user would hear back.
						.replace(/^((?:you mentioned|I understood) (?!.*\b(?:let me know|hear back|decide|be in touch|get back to me)\b)[^,;]{3,80}), (within \S+ to \S+ weeks of (?:our|my) interview)$/, "$1, and that I'd hear back $2")
						// ("shift pattern sheet by email", review 256: "the next step was a shift pattern sheet by email"; a paper that comes by
						// email is one the user would get, never a step.)
						.replace(/^I understood the next step was (an? |the )((?:[\p{Ll}-]+ ){0,3}(?:sheet|schedule|rota|form|forms|packet|pack|info|information|details|paperwork|link|list|job description|jd)) by (email|e-mail|text|post|mail)\b/u, (_m, a: string, what: string, how: string) => `I understood I'd get ${a}${what} by ${how}`)
						// "a decision was expected before holidays": the holidays, named with their article.
						.replace(/\b(before|after|around|over|until|during) holidays\b/g, "$1 the holidays")
						.replace(/(, that )?\b(a decision was expected (?:by|in|before|around|after) [^,;]{2,40}), and that a decision was expected (within [^,;]{2,60})$/, (_m, that: string | undefined, first: string, within: string) => `${that === undefined ? "" : ", and that "}${first}, ${within}`),
				};
	} finally {
		rereadDepth--;
	}
}

/** Who has the last word, after a comma: ", dale has final say", "; the owner makes the final call". */
const FINAL_SAY = /[,;]\s*(?:the |their )?\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*)? (?:(?:has|gets|have) (?:the )?(?:final|last) (?:say|word|call)|makes? the (?:final|last) (?:call|decision))(?=$|[,;.])/iu;
/** A span until a start: ", 2-3 wks tops til start". */
const UNTIL_START = /[,;]\s*(?:~ ?|about |abt )?\d{1,2}(?:\s?[-–]\s?\d{1,2})? ?(?:wks?|weeks?|days?|mos?|months?)(?: tops| max| or so| ish)? (?:til|till|until|to|before|b4) (?:the |a |my )?start(?: date)?(?=$|[,;.])/i;
/** A post, then the name of who holds it in brackets: "hm (dale)", "hiring mgr (Dr. Ali)". */
const POST_THEN_NAME = /\b(?:the )?(?:hm|hiring manager|hiring mgr|mgr|manager|gm|general manager|owner|director|dir|supervisor|supv|boss|chef|dept head)\s?\((?!(?:tbd|tba|tbc|unk|unknown|hr|same|maybe|prob|probably|new|interim|acting|not|no|n\/a|him|her|them)\b)(dr\.? )?(\p{L}[\p{Ll}'’-]{1,20})\)/iu;

/**
 * The next steps read without a part cut out of them, the part told: as presuming an offer (`leftOut`), or as something the
 * letter does not say (`unsaid`, only beside a clause that is said).
 */
function readWithout(typed: string, part: Part, as: "leftOut" | "unsaid", reader: NextStepsReader, base: Date, now: Date): (NextStepsReading & { leftOut: string[] }) | null {
	const read = readNextSteps(typed.slice(0, part.index) + typed.slice(part.index + part[0].length), reader, base, now);
	const told = part[0].replace(/^[,;]?\s*/, "");
	if (read === null) return null;
	if (as === "leftOut") return { ...read, leftOut: [...read.leftOut, told] };
	return read.kind === "unread" ? read : { ...read, unsaid: [...(read.unsaid ?? []), told] };
}

function readNextStepsOnce(typed: string | undefined, reader: NextStepsReader, base: Date, now: Date): (NextStepsReading & { leftOut: string[] }) | null {
	// "hm (dale) to call by fri", "hm (dr. ali)": the name in brackets after a post is who holds it, and the one the step is
	// told of, "Dale would call by Friday", never the step left out for "(dale)", told as if it presumed an offer (reviews 221, 222).
	// "…, 2-3 wks tops til start": how long until a start, which would follow an offer, is never told back ("within 2 to 3
	// weeks of our interview tops til start", review 222); left out, the user told.
	const untilStart = typed === undefined ? null : UNTIL_START.exec(typed);
	if (typed !== undefined && untilStart !== null) return readWithout(typed, untilStart, "leftOut", reader, base, now);
	// "decision next wk, dale has final say": who has the last word is the note's own knowledge of the place, never said back
	// to a colleague as a clause pasted after a comma (review 221); left out, the user told.
	// "2nd round = working shift sat 12/12, paid": whether a step is paid is no thing to say back to them (review 228).
	const paid = typed === undefined ? null : /,\s*(?:paid|unpaid|\$\$)(?=$|[,;.])/i.exec(typed);
	if (typed !== undefined && paid !== null) return readWithout(typed, paid, "unsaid", reader, base, now);
	const question = typed === undefined ? null : (QUESTION_TO_SELF.exec(typed) ?? afterDoubt(typed));
	if (typed !== undefined && question !== null) return readWithout(typed, question, "unsaid", reader, base, now);
	const finalSay = typed === undefined ? null : FINAL_SAY.exec(typed);
	if (typed !== undefined && finalSay !== null) return readWithout(typed, finalSay, "unsaid", reader, base, now);
	if (typed !== undefined && POST_THEN_NAME.test(typed)) return readNextSteps(typed.replace(POST_THEN_NAME, (_m, dr: string | undefined, name: string) => `${dr === undefined ? "" : "Dr. "}${name[0].toUpperCase()}${name.slice(1)}`), reader, base, now);
	// "they'd check refs this wk and HM to call by fri": a second step joined by "and" is a step of its own, "…, and that the hiring
	// manager would call", never "…and the hiring manager to call" with no verb (review 169).
	if (typed !== undefined && ALSO_TO.test(typed)) return readNextSteps(typed.replace(ALSO_TO, ", $1 $2 $3"), reader, base, now);
	// "?? jay said "soon"": what was said is that they would be in touch, soon (review 181: "You mentioned soon.").
	if (typed !== undefined && SAID_SOON.test(typed)) {
		const spoken = (when: string) => {
			const w = when.toLowerCase();
			if (w === "asap") return "soon";
			if (/^(?:the )?end of/.test(w)) return `by ${w.replace(/^(?:the )?/, "the ")}`;
			return /^(?:mon|tues?|wed|thu|thurs|fri)(?:day)?$/.test(w) ? `by ${w}` : w;
		};
		return readNextSteps(typed.replace(SAID_SOON, (_m, who: string, when: string, hedge: string | undefined) => `${who} will be in touch ${spoken(when)}${hedge ?? ""}`), reader, base, now);
	}
	// "final answer "early next week"": the answer is their decision, never "a final interview answer" (review 171).
	if (typed !== undefined && /\bfinal (?:answer|word|verdict)\b/i.test(typed)) return readNextSteps(typed.replace(/\bfinal (?:answer|word|verdict)\b/gi, "final decision"), reader, base, now);
	// "mireille to email re: 3rd rd?? or ref check": the user's doubt before "or" joins two things that may come, never a step
	// of its own ("there would be an or reference check", review 171).
	if (typed !== undefined && typed.includes("? or ")) return readNextSteps(doubtOr(typed), reader, base, now);
	// "then work sample due fri": a "then" the note starts with follows the interview itself; it had been "a then work sample".
	if (typed !== undefined && /^\s*(?:and )?then (?=\p{L})/iu.test(typed)) return readNextSteps(typed.replace(/^\s*(?:and )?then /i, ""), reader, base, now);
	// "after Dr. Holt talks to the Dean", to Karen Holt: a title before the reader's own name goes with it, never "Dr. you"
	// (review 165).
	// (Only a title that says nothing of who it is, "Dr." or "Prof.", and a surname no one else the note lists has: "Mr Marsh" is
	// never Elaine Marsh, review 58.)
	const titled = typed === undefined ? null : /\b(?:Dr|Prof)\. (\p{Lu}[\p{L}'’-]+)/u.exec(typed);
	const mine = (n: string) => n.includes(" ") && n.split(" ").includes(titled?.[1] ?? "");
	if (typed !== undefined && titled !== null && reader.names.some(mine) && !(reader.context ?? []).some((n) => mine(n) && !reader.names.includes(n))) {
		return readNextSteps(typed.slice(0, titled.index) + typed.slice(titled.index).replace(/^\S+ /, ""), reader, base, now);
	}
	// Read as a decision they would take, then said as the hope it was: "I understood the team hoped to decide before the
	// holidays", never nothing said of a day the note gives (review 160).
	if (typed !== undefined && HOPED_DECISION.test(typed)) {
		const read = readNextSteps(typed.replace(HOPED_DECISION, (m) => (/^['’]/.test(m) ? " will " : "will ")), reader, base, now);
		return read === null || read.kind === "unread" || !/\b(?:would|you'd|you’d) decide\b/.test(read.clause) ? read : { ...read, clause: read.clause.replace(/\b(?:would|you'd|you’d) decide\b/, (m) => (/^you/.test(m) ? "you hoped to decide" : "hoped to decide")) };
	}
	// "poss. 2nd rd": a hedge shortened with a full stop is a hedge, never a sentence's end that loses it ("there would be a
	// second round", review 142); "…, background check + polygraph after that" is what follows, said in its order.
	const text = typed
		// "maybe 2nd wk of dec": a week of a month, "possibly in the second week of December", never "a second interview week of
		// dec", a round no one mentioned (review 196); "hes back", he's.
		// ("mayb 2nd w/ owner": maybe, typed short, review 202.)
		?.replace(/\bmayb\b/gi, "maybe")
		.replace(/\b(?:(maybe|prob|probably|possibly|poss) )?(?:the )?(1st|2nd|3rd|4th|first|second|third|fourth|last) (?:wk|week) (?:of|in) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?=$|[\s,;.])/giu, (_m, hedge: string | undefined, nth: string, month: string) => {
			const which = ordinalWord(nth);
			const name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]["janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month.toLowerCase().slice(0, 3)) / 3];
			return `${hedge === undefined ? "" : "possibly "}in the ${which} week of ${name}`;
		})
		.replace(/\b([Hh]e|[Ss]he)s (?=(?:back|out|away|gone|free|done|off|in)\b)/gu, "$1's ")
		// "kelly says they decide 2-3 wks": what someone says is what they said, never left out because "says" is no speaker's
		// word (review 196).
		.replace(/^([\p{L}'’-]+) says (?=(?:that |they|he|she|we|it|the|a|an|hm|hr|decision|offer)\b)/iu, "$1 said ")
		// "hr will send refs request, renee said decision by mid dec": a decision someone spoke of after a comma is the decision
		// itself, never left out for the name before it (review 204).
		.replace(/([,;] ?)[\p{L}'’-]+ (?:said|says) (?:that )?(?=(?:a |the )?(?:decision|offer|answer)\b)/giu, "$1")
		// "hr does bg check", "theyll let me know after in-water skills test": the articles a hurried note leaves out, "a background
		// check", "after the in-water skills test" (review 195).
		.replace(/\b(do|does|doing|run|runs|running|complete|completes|start|starts) (?:the |a )?(bg|background|criminal|credit|drug|reference|ref) (check|screen|test)\b/giu, (_m, verb: string, what: string, kind: string) => `${/^do/i.test(verb) ? verb.replace(/^do(es|ing)?$/i, (_d, e: string | undefined) => (e === "es" ? "runs" : e === "ing" ? "running" : "run")) : verb} a ${({ bg: "background", ref: "reference" } as Record<string, string>)[what.toLowerCase()] ?? what} ${kind}`)
		.replace(/\b(after|before|until|following) (?!(?:the|a|an|my|your|our|their|his|her|that|this|it|which|each|every|any|one|two|three|they|we|he|she|you|i|both|all|more)\b)((?:[\p{Ll}-]+ ){0,2}(?:test|exam|assessment|interview|tour|visit|demo|presentation|observation|shadow shift|working interview))\b/gu, "$1 the $2")
		// "courtney is the go between": she passes news on, "and that you'd pass on any news", never "you is the go between"
		// (review 195).
		.replace(/\b([\p{L}'’-]+) (?:is|will be|'s) (?:the |my )?(?:go[- ]?between|point person|point of contact|poc|main contact|liaison|contact)\b/giu, "$1 will pass on any news")
		// "session approves hire at jan mtg, rev E to email after": what follows "after" is the meeting just named, and the email
		// waits for it; "you mentioned you'd email" had been sent in December with the meeting cut (review 193).
		.replace(/^([^,;]+?) (at|in) ((?:the )?)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{Ll}*\.? (?:board |council |committee |session )?(?:mtg|meeting|session))(?:,| and| then|;) ([^,;]+?) after\.?$/iu, "$5 after the $4, $1 $2 $3$4")
		.replace(/\b(poss|prob)\. (?=\S)/gi, (_m, word: string) => (/^poss$/i.test(word) ? "possibly " : "probably "))
		.replace(/, ([^,;]{3,60}?) (?:after that|afterwards)$/i, ", then $1")
		// "…, "should hear in a week or so"": their words in quotes after a comma, read as the rest of the note (review 166).
		.replace(/, ["“]((?:should|will|you['’]ll|you should) [^"“”]{2,80})["”]$/u, ", $1")
		// "RN mgr to f/u re shadow shift": to follow up about it (review 142).
		.replace(/\bf\/u(?: (?:re|abt|on)\b)?/gi, (m) => (/ /.test(m) ? "follow up about" : "follow up"))
		// "offer by 12/11 if refs ok": the condition with its verb, "if the references were clear" (review 156).
		.replace(/\bif (refs|references|bg check|background check|background|drug screen|physical) (?:are |is |come back )?(?:ok|okay|good|clear|clean|fine|check out)\b/gi, (_m, what: string) => {
			const named = ({ refs: "references", "bg check": "background check" } as Record<string, string>)[what.toLowerCase()] ?? what.toLowerCase();
			return `if the ${named} ${/s$/.test(named) ? "were" : "was"} clear`;
		});
	// "2nd interview if reachable in top 3 ranks": a condition with no subject is the note's, said as "if reachable" by no one;
	// the step is read without it and the condition told (review 144).
	// The step read without a part of the note, and that part told.
	const without = (part: string, told: string) => {
		const read = readNextSteps((text ?? "").replace(part, ""), reader, base, now);
		return read === null ? read : { ...read, leftOut: [...read.leftOut, told] };
	};
	const condition = / if (?:reachable|selected|successful|chosen|shortlisted|needed|required|approved|eligible|qualified)\b[^,;.]{0,80}/i.exec(text ?? "");
	// "…, 2nd rd if needed": a step that may not happen keeps its condition, "there would be a second round if needed", never
	// the step as certain (review 146); what the condition cannot be said with is left out with it.
	const needed = condition !== null && /^ if (?:needed|required|necessary)$/i.test(condition[0]) && (text ?? "").trimEnd().replace(/[.!]$/, "").endsWith(condition[0]);
	if (needed) {
		const read = readNextSteps((text ?? "").replace(condition[0], ""), reader, base, now);
		if (read !== null && read.kind !== "unread" && /\b(?:round|interview|visit|panel|call|meeting|test|assessment|shadow shift|ride-along|tour|demo)$/.test(read.clause)) {
			// ("the next step was a second round if needed" is a step that may not come: "there would be a second round if needed".)
			return { ...read, clause: `${read.clause.replace(/^I understood the next step was (?=an? )/, "I understood there would be ")}${condition[0].toLowerCase()}` };
		}
	}
	if (condition !== null) return without(condition[0], condition[0].trim());
	// "…circle back wk of 12/7, HM out til then": who is away is no step; the steps are read without it and it is told, never
	// "and that there would be hiring manager out til then" (review 151).
	// "BOC approves hires 2nd tues of month": a day that comes back every month names no day of its own; the step is read
	// without it and it is told, never "second on Tuesday, December 8, of month" (review 152).
	const monthly = /,? (?:on )?(?:the )?(?:1st|2nd|3rd|4th|first|second|third|fourth|last) (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.? (?:of (?:the |each |every )?(?:month|mo)\b|monthly\b|of every month\b)/i.exec(text ?? "");
	if (monthly !== null) {
		const rest = readNextSteps((text ?? "").replace(monthly[0], ""), reader, base, now);
		if (rest !== null && rest.kind !== "unread") return { ...rest, unsaid: [...(rest.unsaid ?? []), monthly[0].replace(/^,? /, "")] };
		return { kind: "unread", clause: "", latest: null, leftOut: [], unsaid: [] };
	}
	const away = /, ((?:the )?(?:HM|GM|hiring manager|manager|boss|owner|director|recruiter|\p{Lu}\p{Ll}+) (?:is )?(?:out|away|ooo|OOO|on (?:leave|vacation|PTO|pto|holiday))(?: (?:til|till|until|thru|through) [^,;]{1,30})?)$/u.exec((text ?? "").trimEnd());
	if (away !== null) {
		const rest = readNextSteps((text ?? "").trimEnd().slice(0, away.index), reader, base, now);
		if (rest !== null && rest.kind !== "unread") return { ...rest, unsaid: [...(rest.unsaid ?? []), away[1]] };
	}
	const read = nextStepsRead(text, reader, base, now);
	// The steps read from a part of the note, and the rest told; null when that part says no step either.
	const partRead = (part: string, told: string) => {
		const apart = readNextSteps(part, reader, base, now);
		return apart === null || apart.kind === "unread" ? null : { ...apart, unsaid: [...(apart.unsaid ?? []), told] };
	};
	// "email re trial depo assignment (paid) prob next wk": an aside in brackets that the reading put in its sentence ("about
	// trial deposition assignment on paid") is told, and the step read without it (review 155). ("(recruiter)" beside a name
	// stays the name's.)
	const bracketed = / \(((?:[\p{Ll}'’-]+ )?[\p{Ll}'’-]+)\)(?=[ ,;.]|$)/u.exec(text ?? "");
	const asideRead = read !== null && bracketed !== null && / (?:on|about|for|re) (?:paid|unpaid|virtual|remote|tentative|optional|informal|in-person|onsite|on-site|hybrid)$/.test(` ${read.clause.split(",")[0].split(" ").slice(-2).join(" ")}`) && read.clause.includes(` ${bracketed[1]}`) ? partRead((text ?? "").replace(bracketed[0], ""), `(${bracketed[1]})`) : null;
	if (asideRead !== null) return asideRead;
	// "2nd round w/ ops dir wk of 12/14, maybe working interview (shadow 1/2 shift)": steps that cannot be read whole are
	// said as far as their first part reads, the rest told, never nothing said at all (review 155); never where the rest
	// doubts it all ("2nd round w/ VP, she was vague on timing" says nothing back).
	const firstComma = (text ?? "").indexOf(", ");
	const firstRead = read !== null && read.kind === "unread" && read.leftOut.length === 0 && firstComma > 0 && !/\b(?:vague|unsure|not sure|no idea|unclear|didn['’]?t say|did not say|tbd|who knows|not moving|no longer)\b|\?/i.test(text ?? "") ? partRead((text ?? "").slice(0, firstComma), (text ?? "").slice(firstComma + 2).trim()) : null;
	if (firstRead !== null) return firstRead;
	// "Cheryl (Ironline) will relay - they want to decide before the holidays": where the part before a spaced dash gives no
	// day (who passes news on), the part after it is read when it gives one, and the first told; never the day the note
	// gives lost (review 160).
	const dash = / [-–—] /.exec(text ?? "");
	if (read !== null && read.kind === "unread" && read.leftOut.length === 0 && dash !== null && !/\b(?:vague|unsure|not sure|no idea|unclear|didn['’]?t say|did not say|tbd|who knows|not moving|no longer)\b|\?/i.test(text ?? "")) {
		const before = readNextSteps((text ?? "").slice(0, dash.index), reader, base, now);
		const after = partRead((text ?? "").slice(dash.index + dash[0].length), (text ?? "").slice(0, dash.index).trim());
		if (after !== null && after.latest !== null && (before === null || before.kind === "unread" || before.latest === null)) return after;
	}
	// "Shauna to let me know. they move slow bc civil service": a second sentence said back as typed would start in lower case
	// mid-letter ("you'd let me know. they move slow"); the first sentence is the step, and the rest is told (review 153).
	// ("after Dr. Holt talks to the Dean": a title's full stop ends no sentence, review 165.)
	const stop = sentenceStop(text ?? "");
	const sentenceRead = read !== null && read.kind !== "unread" && stop > 0 && /\. \p{Ll}/u.test(read.clause) ? partRead((text ?? "").slice(0, stop), (text ?? "").slice(stop + 2).trim()) : null;
	if (sentenceRead !== null) return sentenceRead;
	// "2nd rd w/ ops dir + run test sheet on XL wk of 12/14": what the user is to do at a step, joined with "+", is read apart;
	// the step is said with its day and the doing told, never the whole step lost (review 147).
	const doing = read !== null && read.kind === "unread" ? / \+ ((?:run|do|take|give|meet|tour|present|bring|complete|cook|teach|shadow|demo|write|test|print)\b[^,;+]{1,60}?)(?= (?:wk of|week of|by|next|this|early|late|mid)\b| on (?:mon|tue|wed|thu|fri|sat|sun|\d)|[,;]|$)/i.exec(text ?? "") : null;
	if (doing !== null) {
		const apart = readNextSteps((text ?? "").replace(doing[0], ""), reader, base, now);
		if (apart !== null && apart.kind !== "unread") return { ...apart, unsaid: [...(apart.unsaid ?? []), doing[1]] };
	}
	// "2nd round w/ owners (the Souza bros) wk of 12/14": a step that cannot be read with an aside with no date in it, an
	// aside on who someone is to the user, is read without it and the aside told (review 140).
	const aside = read !== null && read.kind === "unread" ? /^[^()]{0,200}\b(?:owners?|manager|director|supervisor|HR|recruiter|boss|chief|founder|president|partners?|GM|HM|CEO|COO|CFO|superintendent|supt|foreman|sup)( \(([^()\d]{1,60})\))(?=[ ,;.]|$)/i.exec(text ?? "") : null;
	if (aside !== null && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|wk|next|end|early|mid|late|after|before|by)/i.test(aside[2])) {
		const read = without(aside[1], `(${aside[2]})`);
		if (read !== null && read.kind !== "unread") return read;
	}
	// "the next step was a you, checking with the general manager": a person read as a thing; no letter says it (review 109).
	if (read !== null && /\b(?:a|an|the) (?:you|your|me)\b(?!['’-])/.test(read.clause)) return { kind: "unread", clause: "", latest: null, leftOut: read.leftOut };
	// "she'd let me know by end of last week": a day said from the day the user typed it, which no letter sent on another
	// day can say back (review 128).
	if (read !== null && /\b(?:last (?:week|wk|night)|yesterday|tomorrow|tmrw|tonight|this morning|this afternoon)\b/i.test(read.clause)) return { kind: "unread", clause: "", latest: null, leftOut: read.leftOut };
	// "if brett passes me on": a name the note types in lower case, of someone in the interview, takes its capital (review 115).
	if (read === null || read.clause === "") return read;
	// "call Fri ~2pm": "about 2 p.m.", as a letter writes a time.
	// "after you talks to the Dean": the reader named in a note's third person takes the verb's plain form (review 165).
	let clause = clockTimes(read.clause).replace(/\b(after|before|once|when|until|if) you (\p{Ll}+s)\b/gu, (m, conj: string, verb: string) => (/(?:ss|us|is)$/.test(verb) ? m : `${conj} you ${baseForm(verb)}`));
	for (const name of reader.context ?? []) {
		for (const word of name.split(/\s+/)) {
			// ("The Harbor Ledger" gave "before The holidays": a name's small words are no names, review 122.)
			if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || EVERYDAY_NAMES.has(word.toLowerCase()) || /^(?:the|and|for|with|from|of|at|on|in|by|to|our|your|new|old|north|south|east|west|city|county|state|group|team|center|centre|services?|company|health|care|public|general|first|manager|director|supervisor|recruiter|coordinator|officer|specialist|assistant|analyst|engineer|nurse|lead|chief|head|owner|partner|principal|superintendent|administrator|technician|operator|inspector|clerk|associate|representative)$/i.test(word)) continue;
			clause = clause.replace(new RegExp(`\\b${word.toLowerCase()}\\b`, "g"), word);
		}
	}
	// "Supt makes selections after USAJobs cert closes, tentative offers ~mid jan, PT test at station in Feb": with what comes
	// first left out, the step kept is a later one, never "the next step" (review 117); none is said back, and the user told.
	const first = read.leftOut[0];
	// ("phone screen done, then panel …": a step behind the user, left out, leaves the next one first.)
	if (/^I understood the next step was\b/.test(clause) && first !== undefined && first.length >= 8 && !/\b(?:done|finished|completed?|passed|over|did|had)\b/i.test(first) && (text ?? "").trim().toLowerCase().startsWith(first.trim().toLowerCase().slice(0, 16))) {
		return { kind: "unread", clause: "", latest: null, leftOut: [] };
	}
	// "HM to call by fri", sent to the person who may be the hiring manager: never "the hiring manager would call" to them,
	// as if the user did not know whom they met; said from the user's side, true whoever hires (reviews 117, 118).
	const hearing = reader.mayHire === true ? /^I understood the hiring manager would (?:call|phone|email|text|reach out|get back to me|be in touch|follow up|let me know|contact me)\b(.*)$/.exec(clause) : null;
	if (hearing !== null) clause = `I understood I'd hear back${hearing[1]}`;
	// "you mentioned you'd let me know before Thanksgiving weekend is over": told back, its time is told back too (review 118).
	if (/^(?:you mentioned|I understood)\b/.test(clause)) clause = clause.replace(/ (before|until|once|when|after) ([^,;]{1,60}?) (is|are) (over|done|finished|through)\b/u, (_m, at: string, what: string, verb: string, state: string) => ` ${at} ${what} ${verb === "is" ? "was" : "were"} ${state}`);
	// "DON to call by fri": a post known by its initials is named, "the director of nursing would call" (review 144).
	clause = clause.replace(/\b(the )?(DON|ADON|DNS)\b/g, (_m, _the: string | undefined, post: string) => `the ${{ DON: "director of nursing", DNS: "director of nursing", ADON: "assistant director of nursing" }[post] ?? post}`);
	// "2nd round w/ county engineer": a post after "with" is someone's, "with the county engineer" (review 139).
	// ("2nd round w/ RT mgr": a post of a department known by its initials is someone's too, "with the RT manager", review 148.)
	clause = clause.replace(/\bwith ((?:county|city|plant|site|shop|studio|lab|park|office|general|operations|ops|regional|area|district|medical|nursing|pharmacy|clinic|store|branch|head|chief|lead|deputy|assistant|\p{Lu}{2,4}) )?(engineer|manager|director|supervisor|superintendent|administrator|coordinator|curator|surveyor|pharmacist|veterinarian|physician|owner|owners|president|foreman|chief|ranger)\b/gu, (m, what: string | undefined, post: string) => (what === undefined && /^(?:owners?|chief)$/.test(post) ? m : `with the ${what ?? ""}${post}`));
	// "decision by 12/2 per Alma": who said it is said first, "you mentioned …" to Alma, "I understood from Alma that …" to
	// another; never "… by Wednesday 2 December per you" (review 140).
	const per = /^I understood (.+) per (you|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)$/u.exec(clause);
	if (per !== null && !/\bper\b/.test(per[1])) {
		if (per[2] === "you") return { ...read, kind: "you", clause: `you mentioned ${per[1]}` };
		clause = `I understood from ${per[2]} that ${per[1]}`;
	}
	// "ok'd for 2wk trial": a word the reading took for a thing but that is a doing ("the next step was an ok'd for …") is no
	// step that can be said; the user is told (review 155).
	if (/\bthe next step was (?:an? |the )?\p{Ll}+(?:'d|’d)\b/u.test(clause)) return { kind: "unread", clause: "", latest: null, leftOut: read.leftOut };
	// ("come back sat for a "shadow shift" 10-2", review 261: "the next step was a come back sat for a shadow shift 10-2"; a
	// verb read as a thing is never said.)
	if (/\bthe next step was an? (?:come|coming|go|going|stop|stopping|drop|dropping|swing|swinging) (?:back|in|by)\b/u.test(clause)) return { kind: "unread", clause: "", latest: null, leftOut: read.leftOut };
	// "they're doing 2nd interviews after the holidays, will let everyone know": a second doing with no subject of its own is
	// the first one's, "and would let everyone know", never a clause without its subject (review 154).
	clause = clause.replace(/, (?:will|'ll) (?=\p{Ll})/u, ", and would ");
	return clause === read.clause ? read : { ...read, clause };
}

function nextStepsRead(text: string | undefined, reader: NextStepsReader, base: Date, now: Date): (NextStepsReading & { leftOut: string[] }) | null {
	// "panel + plant tour if I move fwd, HR sends invites": the condition, said first, holds for all that follows.
	const joined = noteItems(text).join("; ").trim();
	const whole = titledNames(joined, reader)
		// "will relay feedback, mtg judge's boss if they like me": the user's hope after a comma is a part of its own, left out (review 99).
		.replace(/, (?=[^,;]*\bif (?:they|he|she) (?:likes?|liked|loved?) me\b)/gi, "; ")
		// "hm (gail) to call by fri": the hiring manager named in brackets is that person (review 189).
		.replace(/\b(?:hm|hiring manager|mgr) \((\p{L}+)\)/giu, (m, who: string) => (knownName(who, reader) ? who : m))
		// "maybe in person wk of 12/14": an interview in person, never the passing on done in person (review 190).
		.replace(/\b(maybe|prob|probably|possibly) in[- ]person\b(?! (?:interview|meeting|round|visit|panel|tour|shadow))/gi, "$1 an in-person interview")
		// "Kayla will call w/ feedback, 1 wk or so": a span after a comma is when, "within about a week", never a comma splice
		// (review 190).
		.replace(/, (?:in |within )?(?:about |~ ?)?(?:1|a|one) ?(?:wk|week)s?(?: or so)?(?=$|[;.])/i, " within about a week")
		.replace(/, (?:in |within )?(?:about |~ ?)?(\d{1,2}|two|three) ?(?:wks|weeks)(?: or so)?(?=$|[;.])/i, " within about $1 weeks")
		// "1 wk", "a week", "10 days": a span alone is when they'd be in touch, never "the next step was 1 week" (review 188).
		.replace(/^(?:about |~ ?)?(\d{1,2}|a|one|two|three) ?(wks?|weeks?|days?|business days)\.?$/i, (_m, n: string, unit: string) => `within ${n} ${/^wk/i.test(unit) ? (/^(?:1|a|one)$/i.test(n) ? "week" : "weeks") : unit}`)
		// "?? shop mgr said ...": a mark of the user's own doubt opening the note, which the letter leaves out.
		.replace(/^\?+\s+(?=\S)/, "")
		// "tasha said shed call by wed": "she'd" typed without its apostrophe, never "a shed call" (review 96).
		.replace(/\b(said|says) (s?he)d\b/gi, "$1 $2'd")
		// "hm said: call by fri", "recruiter said they'd email": what they said they'd do is what they will do (review 186).
		// (Of a post only: "Walt said: he'd call after …" to Walt is read as said, below.)
		.replace(/\b(hm|hiring manager|recruiter|mgr) (?:said|says):? (?:(?:they|she|he)(?:'d|’d|'ll|’ll| will| would) )?(call|email|text|decide|reach out|let me know|get back|be in touch|send)\b/gi, "$1 will $2")
		// "brenda passing to HSA": she will pass the application on, never "a Brenda, passing to HSA" (review 185).
		.replace(/\b(\p{L}+) (?:is )?passing (?:it |my (?:app|application|resume) )?(?:on |along )?to\b/giu, (m, who: string) => (knownName(who, reader) || /^(?:hm|recruiter|she|he|they)$/i.test(who) ? `${who} will pass my application to` : m))
		// "stage shift on sat 12/5 wedding": the day names the event after it, which is where the shift is, never "on
		// Saturday, December 5 wedding" (review 105).
		.replace(/\bon ((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.? )?(\d{1,2}\/\d{1,2}) (wedding|event|gala|banquet|conference|show|party|dinner|fundraiser|game|fair|service|funeral|reception|festival|tournament|concert)\b/gi, (_m, wd: string | undefined, date: string, what: string) => `at the ${what.toLowerCase()} on ${wd ?? ""}${date}`)
		// "lori to text re: ride along date": the ride-along is one thing, and its date the one they will send (review 107).
		// "send zoom invite for panel w/ search cmte": the app's name, and the panel and committee with their articles (review 108).
		.replace(/\b(?:a |the )?zoom (invite|link|call|meeting|interview)\b/gi, (_m, what: string) => `the Zoom ${what.toLowerCase()}`)
		.replace(/\b(for|with|w\/|w) (panel|committee|search committee|search cmte|board|hiring manager) (?=(?:w\/|with|w) )/gi, (_m, p: string, what: string) => `${p} the ${what} `)
		.replace(/\b(with|w\/|w) (search (?:committee|cmte)|committee|board|hiring manager|panel)\b(?! (?:members?|of|meeting|chair|interview)\b)/gi, (_m, p: string, what: string) => `${p} the ${what}`)
		.replace(/\b(a|the|re:?|about|abt|for|after|before) ride along\b/gi, "$1 ride-along")
		.replace(/\bride along (?=(?:date|day|time|shift)\b)/gi, "ride-along ")
		.replace(/\b(about|re:?|abt) (?!(?:the|a|an|my|your|his|her|their|our|next|this|start)\b)((?:[\p{Ll}-]+ ){0,2}(?:date|dates|time|times|details|schedule|location))\b/gu, (_m, p: string, what: string) => `${p} the ${what}`)
		// "vince text me mon re trial shift": a weekday after "me" is when (review 96).
		.replace(/\b(me|us) (mon|wed|sat|sun)(?![a-z\d]| \d)/gi, "$1 on $2")
		// "offer ltr by 12/5 if yes": the user's own condition, never said back ("…by Saturday 5 December if yes", review 95).
		.replace(/(\b(?:by|on|before) [\w/]+),? if (?:yes|so|selected|picked|chosen)(?=$|[,;.])/gi, "$1")
		// "onsite w/ Dr. Feld (surgeon)": who a named person is, in brackets, the reader knows; the name says it.
		// (A post the reading knows, "Gary Halvorsen (owner)", is said after the name further on.)
		.replace(/(\b\p{Lu}\p{Ll}[\p{L}'’-]*) \((?!(?:paid|unpaid|virtual|remote|onsite|on-site|optional|tentative|maybe|prob|probably|tbd|tbc|likely|hopefully)\))((?:the |a |an |our |my )?\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?)\)/gu, (m, name: string, post: string) => (ROLES.test(post) || ROLE_PHRASE.test(post) ? m : name))
		// "will send CritiCall link, test w/in 7 days": the time the user has for the test once it comes, never a date the
		// reader must keep (review 111).
		.replace(/, (?:the |a )?(test|assessment|exercise|take-home|take home|quiz|questionnaire|assignment|task) (?:w\/in|within|in|due in) (\d{1,2}) ?(days?|d|hrs?|hours?|h)(?: (?:of|after|from) (?:getting|receiving) (?:it|the link))?(?=$|[,;.])/gi, (_m, what: string, n: string, unit: string) => `, with ${COUNT_WORDS[Number(n)] ?? n} ${/^h/i.test(unit) ? "hours" : n === "1" ? "day" : "days"} to complete the ${what.toLowerCase().replace("take home", "take-home")}`)
		// "polygraph + background next": the background check, beside the other checks before a hire (review 111).
		.replace(/\b(polygraph|poly|drug (?:test|screen)|psych(?:ological)? (?:eval|exam)|medical|physical|fingerprints?|credit check|refs|references) (\+|and|&) background\b(?! (?:check|investigation|screen|link|form|packet|paperwork))/gi, "$1 $2 background check")
		.replace(/\bbackground (\+|and|&) (polygraph|poly|drug (?:test|screen)|psych(?:ological)? (?:eval|exam)|medical|physical|fingerprints?|credit check)\b(?! (?:link|form|packet|paperwork))/gi, "background check $1 $2")
		// "send CritiCall link", "email test link", "email schedule": the one link, form or schedule both sides know of.
		.replace(/\b(send|email|text|share|forward)(?:s|ing)?(?: me)? (?!(?:the|a|an|my|your|their|his|her|our|me|us|them|it|over)\b)((?:(?!(?:to|for|by|about|re|with|and|or|on|in|at)\b)[\p{L}-]+ ){0,2}(?:link|links|invite|invitation|form|forms|packet|questionnaire|schedule|sched|agenda|paperwork))\b/giu, (m, _verb: string, what: string) => `${m.slice(0, m.length - what.length)}the ${what}`)
		// "pharmacy mgr (Rob something?)": a bracket of the user's own doubt is no part of the step (review 93).
		.replace(/ \([^()?]*\?\)/g, "")
		// "janet -> references next": references a person said come next are their checks, never "there would be references".
		.replace(/((?:->|→|=>) ?)(?:refs|references)(?= next\b)/gi, "$1reference checks")
		// "call w feedback thurs": "w" alone before what comes with the call is "with" (review 75).
		.replace(/\b(call|email|text|reach out|get back to me|follow up|come back) w (?=(?:feedback|news|an? |the |details|results|next steps|a decision|dates?|times?|an offer|questions)\b)/gi, "$1 with ")
		// ("in-person meet w/ owner tues" was "an in-person interview meet with the owner", review 246: meeting in person is the
		// in-person interview.)
		.replace(/\bin[- ]person (?:meet|mtg|meetup)\b/gi, "in-person")
		// ("renee emails by wed w/ 2nd round or no", review 244: word on whether there is one, never "with second round or no".)
		.replace(/\b(?:w\/|with) (?:a |the )?(2nd|second|3rd|third|final|next) (round|rd|rnd|interview) or (?:no|not|nah)\b/gi, (_m, which: string, what: string) => `about whether there would be a ${ordinalWord(which).toLowerCase()} ${/^r/i.test(what) ? "round" : "interview"}`)
		// "tech test wk of 12/7": a technical one; "set up in-person w/ chief curator": an in-person interview (review 72).
		.replace(/\btech (test|screen|interview|round|assessment|challenge|exercise)\b/gi, "technical $1")
		// ("civil service list, written test 12/10", review 258: "the next step was a civil service list, written test on …"; the
		// test is the step, for the list.)
		.replace(/\b(?:the )?civil service list,? (?:then |and |\+ |-> ?)?((?:a |the )?(?:written |civil service )?(?:test|exam))\b/giu, "$1 for the civil service list")
		// ("Deb to send paperwork for ride-along day", review 262: the one day both sides know of, "the ride-along day".)
		.replace(/\b(for|before|after|on) (ride-along|ride along|shadow|trial|working interview|orientation|onboarding|training|skills|interview) day\b/gi, (_m, p: string, what: string) => `${p} the ${what.toLowerCase().replace("ride along", "ride-along")} day`)
		// ("a routing exercise (take home)" was "a routing exercise on take home", review 257.)
		.replace(/\b((?:[\p{Ll}-]+ )?(?:exercise|test|assessment|task|assignment|project|case study|challenge)) \(take[- ]home\)/giu, "take-home $1")
		// "will call w/ feedback, maybe offer next wk": a guess at an offer is its own part, left out as one (review 99).
		.replace(/, (?=(?:maybe|possibly|poss|prob|probably) (?:an? )?offer\b)/gi, "; ")
		// ("brenda to call mon w/ a decision, maybe an offer on the spot", review 257: left with the offer, "on the spot" was "I'd
		// hear back on the spot".)
		.replace(/\b((?:maybe|possibly|poss|prob|probably) (?:an? )?offer) (?:on the spot|right away|right then|same day|that day|then and there)(?=$|[,;.])/gi, "$1")
		// "owen to call w/ decision by fri, bkgrnd + credit check": the checks after a comma are a step of their own (review 98).
		.replace(/, (?=(?:an? )?(?:bg|bkgd|bkgrd|bkgrnd|background|credit)(?: (?:\+|and|&) (?:credit|drug|reference))? (?:checks?|screens?)$)/i, "; ")
		// "jodie sending me times …": she will send them (review 98), never "the me times".
		.replace(/^([\p{L}'’.-]+) (sending|emailing|texting) me (?=(?:times|dates|slots|options|a link|the link|details)\b)/iu, (_m, who: string, verb: string) => `${who} will ${verb.toLowerCase().replace(/ing$/, "")} me `)
		// "jake setting up in person w/ ops mgr": he will set one up (review 98), never "a you setting up".
		.replace(/^([\p{L}'’.-]+) (?:is )?(setting up|scheduling|arranging|booking) (?=(?:an? )?(?:in[- ]person|on-?site)\b)/iu, (_m, who: string, verb: string) => `${who} will ${{ "setting up": "set up", scheduling: "schedule", arranging: "arrange", booking: "book" }[verb.toLowerCase()] ?? verb} `)
		// "brittany (recruiter, tradestaff pro) will …": the person, whose post and agency the letter to them need not say (review 98).
		.replace(/^([\p{L}'’.-]+) \((?:recruiter|agency|hr|staffing|talent)\b[^()]{0,40}\)(?= (?:will|to) )/iu, "$1")
		// "… in person w gary": "w" alone before a last word is "with" (review 98).
		.replace(/\b(in-person interview|onsite interview) w (?=\p{L}+$)/u, "$1 with ")
		// "jen to schedule onsite w/ medical director": an onsite interview, with its article (review 77).
		.replace(/\b(set up|schedule|arrange|book|sched) (?:an? )?(in[- ]person|on-?site)(?: (interview|meeting|visit|round))?(?= (?:w\/|(?:with|at|on|next|for|w)\b)|$|[,;.])/gi, (_m, verb: string, where: string, what: string | undefined) => `${verb} an ${/^in/i.test(where) ? "in-person" : "onsite"} ${what ?? "interview"}`)
		// "onsite w clinic mgr, she'll send times": a step that opens on an onsite with someone is an onsite interview (review 94).
		.replace(/^(?:an? )?on-?site (?=(?:w\/?|with) )/i, "onsite interview ")
		// "offer by thu prob": the guess goes before the day it is about ("probably by Thursday 3 December", review 91).
		// A decision's guess is read where it stands ("dec by EOW prob": "a decision was probably expected by …").
		.replace(/\b((?:by|on|before) [^,;.]{1,30}?) (?:prob|probably)(?=$|[,;])/gi, (m: string, when: string, at: number, all: string) => (/\b(?:dec|decision|decid\w*)\s*$/i.test(all.slice(Math.max(0, at - 20), at)) ? m : `probably ${when}`))
		// "keisha to check refs, should hear by end of wk": hearing, with no one named, is the user's ("I should hear …").
		.replace(/\bshld\b/gi, "should")
		.replace(/, (should|will|expect to|hope to) (hear)\b/gi, (_m, verb: string, hear: string) => `, I ${verb.toLowerCase()} ${hear.toLowerCase()}`)
		// ("tom to call by fri if moving fwd, else email": the other way, said as "or email if not", review 237.)
		.replace(/, (?:else|otherwise|or else|if not) (email|e-mail|text|call|write)$/i, (_m, way: string) => `, or ${way.toLowerCase()} if not`)
		.replace(/^((?:Dr\. |Prof\. )?[^,;.]{3,80}?),? if (i|we) (move|go|get|make it|progress) (fwd|forward|through|ahead|on)(?=[,;.]|$)/i, "if $2 $3 $4, $1")
		// "2nd rd next wk if they move fwd": if they move the user forward, which is "if I moved forward".
		.replace(/^((?:Dr\. |Prof\. )?[^,;.]{3,80}?),? if they move (?:me )?(fwd|forward|ahead)(?=[,;.]|$)/i, "if I move $2, $1")
		// "HM interview next if moving fwd": if I move forward.
		.replace(/^((?:Dr\. |Prof\. )?[^,;.]{3,80}?),? if (moving|going|progressing) (fwd|forward|through|ahead|on)(?=[,;.]|$)/i, (_m, step: string, verb: string, way: string) => `if I ${verb.toLowerCase().replace(/ving$/, "ve").replace(/ing$/, "")} ${way}, ${step}`)
		// "bg check + poly if advance, ~4-6 wks": "if I advance", the rest after it.
		.replace(/^((?:Dr\. |Prof\. )?[^,;.]{3,80}?),? if (?:i |we )?(advance)(?=[,;.]|$)/i, "if I $2, $1")
		// "stage shift (paid)": the word in brackets goes before the step ("paid stage shift").
		.replace(/\b((?:[\p{Ll}-]+ )?(?:shift|trial|day|interview|stage|audition))\s?\((paid|unpaid)\)/giu, "$2 $1")
		// "sat night 10p-4a": the hours of a shift, which the user knows, are left out with the day told.
		.replace(/ \d{1,2}(?::\d{2})?(?:am|pm|a|p| am| pm)?\s?[-–]\s?\d{1,2}(?::\d{2})?(?:am|pm|a|p| am| pm)\b/giu, "")
		// "w/ CISO (Dana?)", "(maybe Dana)": a name the user only guessed is left out, and the rest told.
		.replace(GUESSED_NAME, "")
		// "after partners mtg": a bare noun after "after" takes "the", and a group of people its possessive ("after the partners' meeting").
		.replace(/\bafter (?!(?:the|a|an|my|your|our|their|his|her|its|this|that|next|each|every|some|all|any|no)\b)(\p{Ll}+(?:er|or|ee|ent)s|\p{Ll}+[^s\P{Ll}]) (meeting|mtg|call|review|vote)\b/gu, (_m, who: string, what: string) => `after the ${who}${who.endsWith("s") ? "'" : ""} ${what}`)
		// ", "couple weeks"": a span typed as said after a comma is when ("in a couple of weeks").
		.replace(/, ["“](?:in |within )?(?:a )?(couple(?: of)?|few) (?:weeks|wks)["”](?=$|[,;.])/giu, (_m, n: string) => `, in a ${/few/i.test(n) ? "few" : "couple of"} weeks`)
		// "re: in person w/ pharmacist": what a "re" part is about, when it is no noun phrase (a preposition,
		// adverb or question word first), is left out, and the rest told.
		.replace(/ re:? ([^,;.]+)/gi, (m, about: string) => (/^(?:in|on|at|w\/|with|to|if|when|whether|maybe|poss|possibly|prob|probably|how|what|which|who|why|where|not|no|asap)(?![\w-])/i.test(about) ? "" : m))
		// "his wife (co-owner)": the person by their role in the business, never by their family tie.
		.replace(/\b(his|her|their) (?:wife|husband|spouse|partner|family|dad|mom|mum|father|mother|son|daughter|brother|sister) \(((?:co-|business )?(?:owner|partner|manager|director|founder|co-founder))\)/giu, "$1 $2")
		// "gus -> "few wks"": what the person named before an arrow said, as "gus said "few wks"" is read.
		.replace(/^([\p{L}'’.-]+(?: [\p{L}'’.-]+)?) (?:->|→|=>) (?=["“](?:in |within )?(?:a )?(?:couple(?: of)?|few) (?:weeks|wks)["”](?:$|,))/u, "$1 said ")
		// "call back fri or mon re: ride-along": "re:" is "about", never a speaker's colon.
		.replace(/(\s)re: (?=\S)/gi, "$1re ")
		// "said he'd call back": said by whoever "he" is, as "he said he'd call back" would be (the reader, when named).
		.replace(/^(?:said|mentioned|told me)(?: that)? (he|she)(?=['’ ])/i, "$1 said $1")
		// "…, start date Jan 5 if it goes through": a part that follows an offer is its own item, left out as one.
		// "…, joining date jan in Miami if yes": so is one that follows a yes.
		.replace(/, (?=[^,;]{1,60}\bif (?:it goes through|i'm hired|i am hired|i get (?:hired|the job|an offer)|offered|selected|yes|so|accepted)\b)/gi, "; ")
		// "…, offer would be contingent on refs": a condition on an offer is no step, and is left out (review 79).
		.replace(/, [^,;]{0,40}\b(?:contingent|dependent|conditional) (?:on|upon)\b[^,;]*$/i, "")
		// "trevor will email by fri w/ decision": with a decision, an offer, never "with decision" (review 79).
		.replace(/\b(with|w\/) (decision|offer|answer|verdict|update|yes or no)\b/gi, (_m, _w: string, what: string) => `with ${/^[aeiou]/i.test(what) ? "an" : "a"} ${what.toLowerCase()}`)
		// "then final w ED": "w" alone before a post's acronym is "with the" (review 80).
		.replace(/\bw (?=(?:ED|CEO|CFO|COO|CNO|CMO|CTO|VP|GM|HR|DON|PI)\b)/g, "with ")
		// "2nd mtg w director": "w" alone before a post is "with the" post, never "with my director" (review 104).
		.replace(/\bw (?=(?:\p{Ll}+ )?(?:director|manager|mgr|supervisor|owner|owners|dean|principal|superintendent|coordinator|head)\b)/gu, "with the ")
		.replace(/\b(with|to|from|by) (ED|DON|PI)\b/g, "$1 the $2")
		// "marisol sending a 2nd rd w/ the research nurses, mid dec": she will set the round up (review 79).
		// "trent sending a site visit invite": an invite is sent, never set up (review 109).
		.replace(/^([\p{L}'’.-]+) (?:sending|setting up|scheduling|arranging|booking) (an? (?:\S+ )?(?:round|rd|rnd|interview|panel|call|meeting|visit|tour|shadow day|working interview))\b(?! (?:invites?|invitations?|links?|emails?|requests?|details)\b)/iu, "$1 will set up $2")
		// "paula checking w/ GM": she will check with the general manager, never "a you, checking with …" (review 109).
		.replace(/^([\p{L}'’.-]+)(?: \([^()]{1,30}\))? (checking|talking|speaking|conferring|meeting|touching base) (?:w\/|w|with) (?=\S)/iu, (_m, who: string, verb: string) => `${who} will ${{ checking: "check", talking: "talk", speaking: "speak", conferring: "confer", meeting: "meet", "touching base": "touch base" }[verb.toLowerCase()] ?? "check"} with `)
		// "a paid practical (prompt book exercise)": the bracket names the practical, "a paid prompt book exercise" (review 80).
		// "working interview (paid shadow shift)": the bracket names the interview, "a paid shadow shift".
		// ("working interview (shadow a sat shift)": a doing in the bracket names no interview, review 249: "a second round with shadow
		// a Saturday shift".)
		.replace(/\b(?:practical|test|assignment|task|working interview|trial|trial day|trial shift) \((?!(?:shadow|work|cover|run|do|observe|help|take|pick up) (?:a|an|the|one)\b)((?:[\p{L}-]+ ){0,3}(?:exercise|test|assessment|task|assignment|shift|shadow day|trial day|trial shift))\)/giu, "$1")
		// "kendra passing me to the pharm director": the pharmacy director (review 80).
		.replace(/\bpharm (director|manager|team|lead|supervisor|tech|techs)\b/gi, "pharmacy $1")
		// "will call w/ feedback by wed, maybe onsite": an onsite interview there might be after it (review 79).
		.replace(/, (?:maybe|possibly|poss) (?:an? )?(?:onsite|on-site)(?: interview)?$/i, ", then maybe an onsite interview")
		// "she'll send my stuff to the plant mgr": what is sent on of the user's is their application (review 159).
		.replace(/\b(send|pass|forward|share|give) my (?:stuff|info|things|app)\b/gi, "$1 my application")

		// "she'll send my stuff to the plant mgr, onsite prob next week": the onsite interview that follows, never ", onsite," pasted (review 159).
		.replace(/, (?:an? )?on-?site(?: interview)?(?= (?:prob|probably|maybe|likely|next|in|on|by|wk|week|early|mid|late)\b)/i, ", then an onsite interview")
		// "gail sending a paid practical (prompt book exercise) early next wk": she will send it (review 80); "Renata checking
		// refs this wk": she will check them (review 82), never "a you, checking my references".
		.replace(/^([\p{L}'’.-]+) (sending|emailing) (?=(?:a|an|the|my|over) )/iu, (_m, who: string, verb: string) => `${who} will ${verb.toLowerCase().replace(/ing$/, "")} `)
		.replace(/^([\p{L}'’.-]+)(?: \([^()]{1,30}\))? (checking|calling|reviewing|contacting) (?=(?:my |the |his |her |their )?(?:refs|references|background|licen[cs]e|certs?|certifications?|portfolio|work samples?|availability)\b)/iu, (_m, who: string, verb: string) => `${who} will ${verb.toLowerCase().replace(/ing$/, "")} `)
		// "loretta will email date", "will email references request": the one date or request both sides know of (review 81).
		.replace(/\b(email|send|text|confirm|share) (?!(?:the|a|an|my|your|their|his|her|our|me|us|them|it)\b)(date|references request|reference request|references form|offer letter)\b/gi, "$1 the $2")
		// "capt fairbanks 2 call w/ oral board date": "2" between a name and a verb is "to" (review 83).
		.replace(/^((?:[\p{L}'’.-]+ ){1,2})2 (?=(?:call|email|send|text|schedule|set up|confirm|get back|reach out|follow up)\b)/iu, "$1to ")
		// "rita 2 send offer or no by fri": whether there is an offer is theirs to say, "you'd let me know by …"; "texts me by sat
		// w/ offer or not": the text, never the offer (review 100).
		.replace(/\b(to|will) send (?:me )?(?:an? |the )?offer (?:or no|or not|y\/n|yes or no)\b/gi, "$1 let me know")
		.replace(/,? (?:w\/|with) (?:an? |the )?offer or (?:no|not)\b/gi, "")
		// "…, commission 50% after 90 days": pay is never said back; the part is its own, left out (review 100).
		.replace(/, (?=commission\b)/gi, "; ")
		// "call w/ oral board date", "email w/ start date": the one date both sides know of (review 83).
		.replace(/\b(with|w\/) (?!(?:the|a|an|my|your|their|his|her|our)\b)((?:[\p{Ll}-]+ ){1,2}date)\b/giu, "$1 the $2")
		// "dill to call re 2nd": about a second round (review 84).
		.replace(/\b(re:?|about|abt) (2nd|second|3rd|third|final)\b(?! (?:round|rd|rnd|interview|intvw|intv|int|stage|call|meeting|chat|panel|conversation|visit|shift|trial|day|night|test|assessment|exercise|task))/gi, (_m, _re: string, which: string) => `about a ${which} round`)
		// ("re: 2nd shift trial" was "about a second round shift trial", review 269: the second shift, the evening one, and its trial.)
		.replace(/\b(re:?|about|abt) (?:the |a )?(2nd|second) shift (trial|trial shift|trial day)\b/gi, (_m, _re: string, _which: string, trial: string) => `about a ${trial.toLowerCase()} on the second shift`)
		// "case study exercise, due 48h after": due that long after it is sent (review 84).
		.replace(/, due (\d{1,3}) ?(?:h|hrs?|hours) after$/i, ", due $1 hours after it arrives")
		// "2nd round w/ sped director": special education (review 81).
		.replace(/\bsped\b/gi, "special education")
		// "will relay feedback, maybe paid trial shift at the dec showmatch": a step there might be after it (review 82).
		.replace(/, (?:maybe|possibly|poss) (?!(?:a|an|the)\b)((?:paid |unpaid )?(?:trial shift|trial day|working interview|shadow day|second round|2nd round|final round|panel|site visit|tour|skills test|ride[- ]along))(?=$| (?:at|on|in|with|after|before)\b)/i, (_m, step: string) => `, then maybe ${/^[aeiou]/i.test(step) ? "an" : "a"} ${step}`)
		// "edit test TBD": a step still to be set is said so, never a hedge on the whole (review 122).
		// ("…, shadow shift TBD", "…, ride-along TBD": a shift or a visit the same, never "a possible second round …, shadow shift",
		// review 172.)
		.replace(/, ((?:[a-z-]+ )?(?:test|exercise|assessment|assignment|task|shift|day|ride-along|ride along|visit|tour|working interview)) (?:TBD|tbd|TBC|tbc)$/, ", then the $1, still to be scheduled")
		// "2nd rd w/ owner wk of 12/14, paid trial session maybe": the "maybe" at its end is the last step's alone, never moved
		// to the whole (review 117).
		.replace(/, (?!(?:a|an|the)\b)((?:paid |unpaid )?(?:trial shift|trial day|trial session|working interview|shadow day|shadow shift|second round|2nd round|final round|panel|site visit|tour|skills test|ride[- ]along)),? (?:maybe|possibly|poss)\??$/i, (_m, step: string) => `, then maybe ${/^[aeiou]/i.test(step) ? "an" : "a"} ${step}`)
		// "…, mid dec", "…, next wk": a time said after a comma at the end is when.
		.replace(/, ((?:early|mid|late)[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*)$/iu, " in $1")
		// "offer by mid dec maybe": a day they were not sure of is "around" it (review 80).
		.replace(/\bby ([^,;()]{2,30}?),? (?:maybe|possibly|poss)\??$/i, "by around $1")
		// "drug screen + bg check after": a check that comes after what was said before it, "then" (review 79).
		.replace(/, ((?:a )?(?:drug (?:screen|test)|background check|bg check|physical|medical|reference checks?)(?: (?:\+|and|&) (?:a )?(?:drug (?:screen|test)|background check|bg check|physical|medical|reference checks?))?) after$/i, (_m, checks: string) => `, then ${/^a /i.test(checks) ? "" : "a "}${checks}`);
	// "if I move fwd, panel w/ CFO": what comes next on a condition, told back with it.
	const condition = /^if (?:i|we) (?:(?:move|go|get|make it|progress) (?:fwd|forward|through|ahead|on)|(advance))(?: to the next (?:round|stage|step))?,? (?=\S)/i.exec(whole);
	if (condition) {
		const read = readNextSteps(whole.slice(condition[0].length), reader, base, now);
		if (read === null || read.kind === "unread") return read;
		const lead = /^(you mentioned|I understood from .+? that|I understood) /.exec(read.clause);
		if (!lead) return { ...read, kind: "unread", clause: "" };
		const rest = read.clause
			.slice(lead[0].length)
			.replace(/^the next step was /, condition[1] === undefined ? "the next step would be " : "the next stage would be ")
			// "you mentioned a second round …": after "if I moved forward", a step said as one there would be.
			.replace(/^(?=(?:an?|another) \p{L})/u, "there would be ");
		return { ...read, clause: `${lead[1]}${lead[1].endsWith(" that") ? "" : " that"}, if I ${condition[1] === undefined ? "moved forward" : "advanced"}, ${rest}` };
	}
	if (!/\p{L}/u.test(whole)) return null;
	// "after talking to his wife": someone's family is private, never told back ("your wife").
	if (/\b(?:his|her|their|my) (?:wife|husband|spouse|family|kids|children|girlfriend|boyfriend|fianc[eé]e?|dad|mom|mum|father|mother|son|daughter)\b/iu.test(whole)) return { kind: "unread", clause: "", latest: null, leftOut: [] };
	// "gus -> call by wed": the person named before an arrow is who acts ("gus will call by wed").
	const arrowed = /^([\p{L}'’.-]+(?: [\p{L}'’.-]+)?) (?:->|→|=>) (["“]?)(?=(?:call|email|text|txt|send|schedule|sched|set up|reach out|follow up|get back|decide|let|confirm|book|arrange|contact|check|reply|respond)\b)/iu.exec(whole);
	if (arrowed && whoIs(arrowed[1], reader) !== null) {
		let after = whole.slice(arrowed[0].length);
		// "sal -> "call u fri or mon"": Sal's words, without the quote marks, in which "u" is the user; with their own "we" or "I" they are not read.
		// (A quote is read only when the user is who it acts on: "email ur refs" may be what Sal asked of the user.)
		const close = arrowed[2] === "" ? -1 : after.search(/["”]/);
		const quote = close === -1 ? "" : after.slice(0, close);
		if (arrowed[2] !== "" && (close === -1 || /\b(?:i|me|my|we|us|our)\b|['’]/i.test(quote) || !/^\p{L}+(?: back)? (?:u|you)\b/iu.test(quote))) return { kind: "unread", clause: "", latest: null, leftOut: [] };
		if (close !== -1) after = `${quote.replace(/\b(?:u|you)\b/gi, "me").replace(/\b(?:ur|your)\b/gi, "my")}${after.slice(close + 1)}`;
		return readNextSteps(`${arrowed[1]} will ${after}`, reader, base, now);
	}
	const unread = { kind: "unread" as const, clause: "", latest: null, leftOut: [] };
	const found: Date[] = [];
	// "Principal Snyder: 'we'll let you know after winter break'", "Pat said "..."": their words, told back.
	// Without quote marks too, when the words are theirs: "Dan: we'll be in touch by Friday".
	// "Jess - "we'll be in touch after the new year"": a dash after a name is a colon (review 159).
	const quoted = /^(.{2,40}?)(?::| said:?| [-–—]) ["'‘“](.+)["'’”]$/u.exec(whole) ?? /^(\p{Lu}[^:;,]{1,39}?)(?::| said:?| [-–—]) ((?:we|we'll|we’ll|we'd|we’d|we're|we’re) .+)$/iu.exec(whole);
	if (quoted) {
		const named = whoIs(quoted[1], reader);
		const who = named && !named.you && !named.pronoun && !knownName(named.name, reader) ? { you: false, name: "the team" } : named;
		const words = cleaned(quoted[2], { reader, pronoun: null, spoken: true, base, now, found }, true);
		// "shop mgr said "couple wks"": how long until they would be in touch.
		const span = spanOnly(words);
		const told = span === null ? fromTheirSide(words, who !== null && !who.you) : `${who?.you ? "you'd be in touch" : "I'd hear back"} ${span}`;
		if (!who || who.pronoun || !told || UNSAFE.test(told)) return unread;
		return { kind: who.you ? "you" : "understood", clause: who.you ? `you mentioned ${told}` : who.name === "the team" ? `I understood ${told}` : `I understood from ${who.name} that ${told}`, ...latestOf(found), leftOut: [] };
	}
	const head = SPEAKER.exec(whole.replace(/’/g, "'"));
	// "supt: will call re: 2nd int by fri", "mgr: ...": a post before a colon is who spoke, never a step (review 97). Unless the
	// reader's title holds it, the words after it are read as the note's own, a verb alone the reader's ("I understood you'd call").
	const postRole = head !== null && whole.replace(/’/g, "'").startsWith(`${head[1]}: `) ? POSTS[head[1].trim().toLowerCase().replace(/^the /, "")] : undefined;
	const posted = postRole !== undefined && !titleHolds(reader.title ?? "", postRole);
	const saidBy = postRole !== undefined ? (posted ? null : READER) : head ? whoIs(head[1], reader) : null;
	// "Dr O said ...": a name the note gives no one is shorthand of the user's, not said to someone else.
	const speaker: Who | null = saidBy !== null && !saidBy.you && !saidBy.pronoun && !knownName(saidBy.name, reader) ? { you: false, name: "the team" } : saidBy;
	const byReader = speaker !== null && (speaker.you || (speaker.pronoun === true && reader.names.length > 0 && reader.others !== true));
	// "board votes at Dec meeting: will hear by the 18th": a colon after no one parts two steps; after "Next step" it is a label.
	// "final rd: paid test" says what a stage is, and is left as it was.
	const colon = !posted && head !== null && saidBy === null && whole.replace(/’/g, "'").startsWith(`${head[1]}: `) && (LABEL.test(head[1].trim()) || !/^(?:the )?(?:final|\S+ (?:round|rd|rnd|interview|stage|step)s?)$/i.test(head[1].trim()));
	const rest = speaker || posted ? (head as RegExpExecArray)[2] : colon ? (LABEL.test(head[1].trim()) ? head[2] : `${head[1]}${AT_TIME.test(head[2]) ? "," : ";"} ${head[2]}`) : whole;
	// "he" or "she" is the person who said it, else the reader; never a team.
	// ("she'll email re: 2nd round", with others in the interview: "she" is no one the note names, so never the reader.)
	const bare = reader.others === true && (speaker?.pronoun === true || (speaker === null && /\b(?:he|she)\b/i.test(rest)));
	const pronoun = byReader ? READER : speaker && !speaker.pronoun ? (/^(?:the team|HR)$/.test(speaker.name) ? null : speaker) : bare ? null : reader.names.length > 0 ? READER : null;
	const ctx: ItemContext = { reader, pronoun, spoken: speaker !== null, byReader, base, now, found };
	const items = rest
		.replace(/\s+/g, " ")
		// "margaret said 2 wks, final w/ director": how long until the step after it, said with it ("… in about two weeks", review 100).
		.replace(/^(?:about |~ ?)?([2-6]) (?:wks?|weeks)(?:ish)?, ((?:the |a |an )?(?:final|second|2nd|third|3rd|next|panel|onsite|in person|in-person)\b[^,;]*)$/i, (_m, n: string, step: string) => `${step} in about ${COUNT_WORDS[Number(n)]} weeks`)
		// "finalists → second round": what they would have; any other arrow is what comes after.
		.replace(/^((?:the )?(?:finalists|shortlisted candidates|shortlist)) (?:→|->|=>) /i, "$1 will have ")
		// "shadow shift maybe? HR will call": a question mark ends a step; "refs checked, board approves hires": so does a comma before someone acting.
		.replace(/\? (?=\S)/g, "?; ")
		// "paid test edit, sam sending raw files" (or after a semicolon): someone the note names sending, emailing or booking something is their own
		// step ("and that Sam would send the raw files"), never ", you sending …" pasted on.
		.replace(SOMEONE_SENDING, (m, at: string, name: string, verb: string, article: string | undefined, what: string) => {
			// A bare thing sent is said with "the" when it is plural ("raw files"); a bare singular one is not said.
			const thing = article !== undefined ? `${article}${what}` : /[^s]s$/.test(what) ? `the ${what}` : null;
			if (!namedDoer(name, reader)) return m;
			// "…; sam emailing budget": a thing that cannot be said is left out as it is after a comma, never "there would be a sam".
			if (thing === null) return at.startsWith(";") ? `, ${m.slice(at.length)}` : m;
			return `${at === "" ? "" : "; "}${name} will ${verb.replace(/ing$/, "")} ${thing}`;
		})
		// "tanya passing me to coding mgr for 2nd rd": Tanya would pass the user on to the coding manager for a second round (review 66).
		// "she'll pass me to store mgr, in person intvw prob next wk": the meeting after the comma is what the user is passed on
		// for, never a part of its own ("you'd pass me to the store manager, in person interview, probably …", review 203).
		// "deciding between me and 1 other, should know early next wk" (review 203): the count is said as a person would, and a
		// part that opens on "should know" is the user's own, "and that I should know".
		.replace(/\bbetween me and (1|one|2|two) others?\b(?! (?:candidates?|people|finalists?|applicants?)\b)/gi, (_m, n: string) => (/^(?:1|one)$/i.test(n) ? "between me and one other candidate" : "between me and two other candidates"))
		// "hm to call by fri for in person": the call is to set up an in-person interview, never left out (review 208).
		.replace(/\b(call|email|text|reach out|be in touch)((?: (?:me|back))?(?: by \S+| on \S+| next \S+)?) (?:for|re|about) (?:an? )?in[- ]person\b(?! (?:interview|intvw|mtg|meeting|round|visit|shift))/giu, "$1$2 to set up an in-person interview")
		.replace(PASSED_FOR, (_m, passed: string, step: string, also: string | undefined) => {
			// ("…, in-person w/ him + owner": a meeting with the one passed on to and another, review 213.)
			const said = step.replace(/^in[- ]person$/i, "in-person interview").replace(/^in person\b/i, "in-person");
			return `${passed} for ${article(said)} ${said}${also === undefined ? "" : ` with the ${also.replace(/\bmgr$/, "manager").replace(/^gm$/i, "general manager").replace(/^ceo$/i, "CEO")} as well`}`;
		})
		.replace(PASSING_ME_ON, (m, at: string, name: string, role: string, step: string | undefined) => {
			if (!namedDoer(name, reader)) return m;
			const round = step === undefined ? "" : ` for ${/^next\b/i.test(step) ? "the" : article(step)} ${step}`;
			return `${at === "" ? "" : "; "}${name} will pass me on to the ${role.replace(/\bmgr$/, "manager")}${round}`;
		})
		// (After a passing on, which reads its own comma: "…for 2nd rd, shld hear by fri".)
		.replace(/, (?:i )?(should|would|will|might|may) (know|hear)\b/gi, (_m, may: string, know: string) => `; i ${may.toLowerCase()} ${know.toLowerCase()}`)
		.replace(PRESENT_AFTER_COMMA, "; ")
		.replace(DASH_THEN_ACTS, "; ")
		// "then", "after that": a step said to come after the one before it.
		// "-> then decide": an arrow with "then" after it is one mark, never an arrow left in the step before.
		.replace(/(?:,? (?:and )?| ?; ?| (?:→|->|=>) )then /gi, "; \u21aa")
		// An arrow's step is marked, so that a verb after it is the user's: "-> possibly join vessel".
		.replace(/ (?:→|->|=>) /g, "; \u2192")
		// A full stop ends an item, unless it ends a title or an initial ("Dr. R to call").
		.replace(/(^|\s)(Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Capt|Sgt|Fr|St|Jr|Sr|\p{Lu})\. (?=\p{Lu})/gu, "$1$2.\u00a0")
		// A dash before "Name to ..." parts steps too: "Final round w/ CISO — Nkechi to schedule".
		.split(/; ?(?:then )?| (?:\+|&) (?=[\p{L}'’-]+ (?:to|will) \p{Ll})(?![\p{L}'’-]+ to (?:follow|come|be)\b)| (?:-{1,2}|—|–) (?=\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? (?:to|will) \p{Ll})|\. (?=\p{Lu}|\d{1,2}(?:st|nd|rd|th) \p{L}|\d{1,3} \p{Ll}+s\b|(?:need|needs|bring|send|ask|todo|prep|remember|follow up)\b|\p{Ll}+ (?:to|will) \p{Ll})|,? (?:and )?then |, (?=(?:[\p{Ll}-]+ ){1,3}(?:starts|begins|kicks off) |(?:he|she|they)\b|\p{Lu}|panel|decision|offer|final|second|next|refs|references|\p{Ll}[\p{Ll} -]{0,40} (?:next|first)$|\d(?:st|nd|rd|th) |(?:wants?|needs?|would like) (?:someone|somebody)\b|(?:i(?:'ll| will| should) )?hear back\b|(?:maybe|possibly|perhaps|prob|probably) (?:a|an|another|in-person|on-site|virtual|final|second|third|\d(?:st|nd|rd|th))\b|(?:a|an|another) [^,;]{1,60} first\b|(?:[\p{Ll}-]+ ){0,2}(?:check|test|screen|shift|tour|trial|visit|ride-along|exam|practical|assessment|observation) (?:in|at|on|maybe|possibly|prob|probably|next|this)\b|\p{Ll}+ (?:to|will) \p{Ll}|will (?:email|text|call)(?:$| (?:by|on|before|next|this|in|within|w\/in)\b)|will let me know\b|(?:email|text|call) (?:by|on|before)\b)/u)
		.map((i) => i.replace(/\u00a0/g, " "))
		// "panel; then decision" (a lone "then" left after the mark) is the same step.
		.map((i) => i.replace(/^\u21aa\s*$/, ""))
		.map((i) => i.trim())
		.filter((i) => /\p{L}/u.test(i));
	const pieces: Piece[] = [];
	const raws: string[] = [];
	const leftOut: string[] = [];
	const unsaid: string[] = [];
	// A part that cannot be said back is left out, and the rest told; the first step told after one left out is not "the next".
	let skippedFirst = false;
	// How many pieces there were when the item before began: whether that item was said.
	let piecesBefore = 0;
	// How many days were found when the item before began, and when this one did.
	let prevDays = 0;
	let itemDays = 0;
	for (const marked of items) {
		const prevSaid = pieces.length > piecesBefore;
		piecesBefore = pieces.length;
		prevDays = itemDays;
		itemDays = found.length;
		const arrow = marked.startsWith("\u2192");
		const then = arrow || marked.startsWith("\u21aa");
		let item = then ? marked.slice(1).trim() : marked;
		let copies: string[] = [];
		// "greg will get back to me after the holidays prob, wants a plant tour first": what someone wants, with no one
		// named, is wanted by whoever acted in the step before (review 88: "there would be a wants a plant tour").
		// With no step before it, it is whoever "he" or "she" would be: the person who said it, else the reader.
		if (/^(?:wants|needs (?:a|an|the|to|more|some)|would like)\s/i.test(item)) {
			// (Never the user: after "I'd hear back within 1 to 2 weeks", "wants someone before jan 1" was "I'd would like someone",
			// review 224.)
			const before = pieces[pieces.length - 1]?.doer;
			const doer = before !== undefined && /^I(?:'d|\b)/.test(before) ? undefined : before;
			const who = doer !== undefined ? (doer === "you'd" ? reader.names[0] : doer.replace(/ would(?: probably)?$/, "")) : ctx.pronoun?.you === true ? reader.names[0] : ctx.pronoun?.pronoun === true ? undefined : ctx.pronoun?.name;
			if (who !== undefined && who !== "the team") item = `${who} ${item}`;
		}
		// "no idea really", "not moving fwd w/ VP": a note in doubt, or one that denies a step, says nothing certain in any part.
		if (/\b(?:no idea|not sure|unsure|unclear|vague|idk|dunno|who knows|no clue)\b|^(?:not|no|never)\b/i.test(item)) return unread;
		// "paid trial (build 1 centerpiece + 1 bridal bouquet)": the bracket is left out, and the user told.
		const bracket = TRAILING_BRACKET.exec(item);
		if (bracket !== null && /\p{L}/u.test(bracket[1])) {
			unsaid.push(bracket[2]);
			item = bracket[1];
		}
		// "working interview sat 12/5 8am, bring black shirt": what the user is to bring or wear is a note to themselves, never
		// said back to the reader (review 250: "…on Saturday 5 December 8 a.m., bring black shirt" in the letter); it is told.
		const toSelf = TO_SELF_LAST.exec(item);
		if (toSelf !== null && /\p{L}/u.test(item.slice(0, toSelf.index))) {
			unsaid.push(toSelf[1]);
			item = item.slice(0, toSelf.index);
		}
		// "wants a writing sample (a mock client email) by mon": a bracket saying what the thing is, by example or in other
		// words, is left out and told; the step reads on without it (review 248: the step was dropped, and the letter asked
		// what it could send).
		const example = / \(((?:a|an|e\.g\.|eg|i\.e\.|ie|like|say) [^()]{1,60})\)(?= |$)/iu.exec(item);
		if (example !== null && example.index > 0 && /\p{L}$/u.test(item.slice(0, example.index))) {
			unsaid.push(example[1]);
			item = item.slice(0, example.index) + item.slice(example.index + example[0].length);
		}
		// "send skills assessment (fair housing + yardi)": what a test covers, in the user's words, is left out and told (review 98);
		// so is what kind it is ("a skills assessment (scheduling exercise)", review 256, where the step was dropped whole).
		const covers = /^(.+\b(?:assessment|test|quiz|exam))\s\(((?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+(?: (?:[+&,]|and) (?:[\p{Ll}-]+ ){0,3}[\p{Ll}-]+)*)\)$/u.exec(item);
		if (covers !== null) {
			unsaid.push(covers[2]);
			item = covers[1];
		}
		// "dale said he'd call by tues for in person w/ the PM": never "for in person"; the "for …" part is told.
		const bareFor = BARE_FOR.exec(item);
		if (bareFor !== null) {
			unsaid.push(bareFor[2]);
			item = bareFor[1];
		}
		// "then decide": a verb alone is what whoever acted in the step before does after it ("and that you'd decide after it");
		// with no one acting there, it is left out, never said as a step ("there would be a decide").
		if (BARE_VERB.test(item)) {
			const before = prevSaid ? pieces[pieces.length - 1] : undefined;
			if (then && before?.doer !== undefined) {
				pieces.push({ clause: `${before.doer} ${item.toLowerCase().replace(/ after(?: that| it)?$/, "")} after it`, you: before.you });
				raws.push(item);
			} else {
				unsaid.push(item);
				if (pieces.length === 0) skippedFirst = true;
			}
			continue;
		}
		// "bring tools mon for a test day": what the user should bring, and what for.
		const brings = arrow ? null : userBrings(item, ctx);
		if (brings !== null) {
			pieces.push(brings);
			raws.push(item);
			continue;
		}
		// "drug screen + OSHA 30 card copy": what the user is to send is theirs, never told back as the employer's step.
		if (!arrow) {
			const parts = item.split(/ (?:\+|&|and) /);
			// "copy of NCCCO card, start maybe Jan": the copy asked for is said with the step; what follows the comma is read as its own part.
			const last = parts[parts.length - 1];
			const comma = last.indexOf(", ");
			if (parts.length > 1 && comma > 0 && paperCopy(last.slice(0, comma)) !== undefined) {
				parts[parts.length - 1] = last.slice(0, comma);
				items.splice(items.indexOf(marked) + 1, 0, last.slice(comma + 2));
			}
			copies = parts.map(paperCopy).filter((c): c is string => c !== undefined);
			const own = parts.filter((part) => candidateSends(part) && paperCopy(part) === undefined);
			const rest = parts.filter((part) => paperCopy(part) === undefined);
			if (copies.length > 0 && rest.length === own.length) {
				// Only papers to send: "I understood I was to send a copy of my NCCCO card".
				unsaid.push(...own);
				pieces.push({ clause: `I was to send ${copies.join(" and ")}`, you: false });
				raws.push(item);
				continue;
			}
			if (copies.length > 0) item = rest.join(" + ");
			if (own.length > 0) {
				unsaid.push(...own);
				if (own.length === parts.length) {
					if (pieces.length === 0) skippedFirst = true;
					continue;
				}
				item = rest.filter((part) => !candidateSends(part)).join(" + ");
			}
		}
		// "jess txt me": Jess would text the user (with no "to" or "will" typed); only for someone the note names.
		const texts = /^([\p{L}'’-]+) (txt|text|call|email|ring|phone) (?:me|u)\b/iu.exec(item);
		if (texts !== null && !/^(?:i|we|you|u|pls|please|to|will|then|and|or|maybe|they|he|she)$/i.test(texts[1])) {
			const who = whoIs(texts[1], reader);
			if (who !== null && !who.pronoun && (who.you || knownName(who.name, reader))) item = `${texts[1]} will ${texts[2]} me${item.slice(texts[0].length)}`;
		}
		// "nadia re: offer after she talks to owners": she would be in touch about an offer once she had spoken with them (review 100).
		const offerAfter = /^([\p{L}'’-]+) (?:re|about) (?:an? )?offer (after|once) (?:s?he|they) (talk|speak|meet|check)s? (?:to|with) (?:the )?((?:business )?(?:owners?|partners?|board|director|CEO|principal))$/iu.exec(item);
		if (offerAfter !== null) {
			const who = whoIs(offerAfter[1], reader);
			if (who !== null && !who.pronoun && (who.you || (reader.context ?? []).some((c) => c.split(/\s+/).includes(who.name)))) {
				pieces.push({ clause: `${who.you ? "you'd" : `${who.name} would`} be in touch about an offer ${offerAfter[2].toLowerCase()} ${offerAfter[3].toLowerCase()}ing with the ${offerAfter[4]}`, you: who.you });
				raws.push(item);
				continue;
			}
		}
		// "…, then dr okafor decides": someone the note names deciding after the step before (review 98), "and that Dr. Okafor would then decide".
		const decider = then && prevSaid ? /^(?:(dr)\.? )?([\p{L}'’-]+) decides$/iu.exec(item) : null;
		if (decider !== null) {
			const typed = `${decider[1] === undefined ? "" : "Dr. "}${decider[2][0].toUpperCase()}${decider[2].slice(1)}`;
			const who = whoIs(typed, reader);
			if (who !== null && !who.pronoun && (who.you || (reader.context ?? []).some((c) => c.split(/\s+/).includes(decider[2][0].toUpperCase() + decider[2].slice(1))))) {
				pieces.push({ clause: `${who.you ? "you'd" : `${who.name} would`} then decide`, you: who.you });
				raws.push(item);
				continue;
			}
		}
		// "…, tony calls": Tony would call (review 100); only for someone the note names.
		const calls = /^([\p{L}'’-]+) (calls|emails|texts)$/iu.exec(item);
		if (calls !== null) {
			const who = whoIs(calls[1], reader);
			// A person the note names, never a post ("HR calls" is left out as it was).
			if (who !== null && !who.pronoun && (who.you || (reader.context ?? []).some((c) => c.split(/\s+/).includes(who.name)))) item = `${calls[1]} will ${calls[2].replace(/s$/, "")}`;
		}
		// The days a part names count only if the part is said back: the latest day is the letter's, not the note's.
		const daysBefore = found.length;
		let piece = (arrow ? userStep(item, ctx) : null) ?? readItem(item, ctx);
		// "coding assessment emailed within 48 hours, 50 charts": a count hanging off a step is left out, not appended.
		if (piece !== null && piece !== "skip") {
			const hanging = [...`${piece.np ?? ""}${piece.clause ?? ""}`.matchAll(COUNT_FRAGMENT)].map((m) => m[0].replace(/^, /, ""));
			if (hanging.length > 0) {
				unsaid.push(...hanging);
				piece = piece.np !== undefined ? { ...piece, np: piece.np.replace(COUNT_FRAGMENT, "") } : { ...piece, clause: piece.clause?.replace(COUNT_FRAGMENT, "") };
			}
			// "committee meets 11/12, rev hale will call" (a name the note does not give): a part still in the note's own
			// future after a comma ("…, revenue hale will call") was pasted, not said back, and is left out.
			const said = piece.np ?? piece.clause ?? "";
			const pasted = PASTED_CLAUSE.exec(said) ?? PASTED_DOING.exec(said);
			if (pasted !== null) {
				const comma = item.lastIndexOf(",");
				unsaid.push(comma === -1 ? pasted[1] : item.slice(comma + 1).trim());
				const kept = said.slice(0, pasted.index);
				piece = piece.np !== undefined ? { ...piece, np: kept } : { ...piece, clause: kept };
			}
		}
		// "trial groom fri?": two bare words whose last is no step or thing the code knows may be shorthand ("a trial groom"
		// reads as a bridegroom), and are left out; "shop trial", "trial day" are steps.
		if (piece !== null && piece !== "skip" && piece.np !== undefined && piece.stage === undefined) {
			const pair = /^(\p{Ll}+) (\p{Ll}+)(?=$|,? (?:on|in|by|around|after|before|within|during|early|late|the week)\b)/u.exec(piece.np);
			if (pair !== null && !/^(?:on|in|by|at|to|of|for|with|w|and|or|around|after|before|within|during|early|late|the|next|this|first|then|from)$/.test(pair[2]) && !/^(?:a|an|the|another|my|your|their|our|some|one|two|final|second|third|first|next|possible|probable)$/.test(pair[1]) && !STEPS.test(pair[2]) && !KNOWN_HEADS.test(pair[2])) piece = null;
		}
		// "site walk w/ owner's rep": a step said back takes its article, or is not said.
		if (piece !== null && piece !== "skip" && piece.np !== undefined && piece.stage === undefined) {
			const np = articled(piece.np);
			piece = np === null ? null : { ...piece, np };
		}
		// "2nd round w/ board members, early Jan?": the time was a guess, and the letter says so.
		if (piece !== null && piece !== "skip" && /\?\s*$/.test(item) && !piece.hedge && !/\b(?:possibly|probably)\b/.test(piece.np ?? piece.clause ?? "")) {
			const guess = (t: string | undefined) => t?.replace(/, (in|by|on|around|after) (?!.*, (?:in|by|on|around|after) )/, ", possibly $1 ");
			const np = guess(piece.np);
			let clause = guess(piece.clause);
			// "They'll decide after the holiday break??": the team might.
			if (clause === piece.clause && clause !== undefined) clause = clause.replace(/ would /, " might ").replace(/^(you|he|she|I)'d /, "$1 might ");
			// "next fri?": a day only guessed at is "around" it, never "on" it.
			if (clause !== undefined && / might /.test(clause)) clause = clause.replace(/ on (?=\p{Lu}\p{Ll}+day \d)/u, " around ");
			// "2nd rd w/ exec brd wk of 12/14?": a possible second round.
			if (np === piece.np && clause === piece.clause) piece = tentative(piece);
			else piece = { ...piece, np, clause };
		}
		// "references next": after a step told before it, or to the reader who said it, they come next.
		if (piece !== null && piece !== "skip" && piece.np !== undefined && piece.stage === undefined && piece.hedge === undefined && !piece.first && /\bnext$/i.test(item) && (pieces.length > 0 || byReader)) {
			piece = { clause: `${piece.np} ${plural(piece.np) ? "come" : "comes"} next`, you: false, next: true };
		}
		// "drug test + copy of NCCCO card": the copy asked for is one more of the next steps; when the step cannot take it, both are unsaid.
		if (copies.length > 0 && piece !== null && piece !== "skip") piece = piece.np !== undefined && piece.stage === undefined && piece.hedge === undefined ? { ...piece, np: [piece.np, ...copies].join(" and "), several: true } : null;
		// "she'll relay": the news, passed on; "hank to confirm" confirms the step just named ("…, and that you'd confirm"), and
		// "confirm", "send", "forward" or "share" with nothing to act on is left out.
		if (piece !== null && piece !== "skip" && piece.clause !== undefined) {
			const clause = piece.clause
				.replace(new RegExp(`^(${DOER}) relay(?=$| (?:to|with|${WHEN_WORDS})\\b)`, "u"), "$1 pass the news on")
				// "she'll pass to shop mgr": what she passes on is the user's details, "pass my details on to the shop manager" (review 228).
				.replace(new RegExp(`^(${DOER}) pass (?=to\\b)`, "u"), "$1 pass my details on ")
				// "kayla (apex) will relay feedback": the team's feedback, passed on (review 99); "the", since no "they" is named before it (review 112).
				.replace(new RegExp(`^(${DOER}) relay (?:the )?feedback\\b`, "u"), "$1 pass on the feedback");
			const bare = new RegExp(`^(?:${DOER}) (confirm|send|forward|share)(?=$| (?:to|with|${WHEN_WORDS})\\b)`, "u").exec(clause);
			piece = bare === null ? { ...piece, clause } : bare[1] === "confirm" && pieces.length > 0 && pieces[pieces.length - 1].np !== undefined ? piece : null;
		}
		// "she'll send a paid trial": there would be one; a verb alone after it is hers ("and that you'd decide after it").
		if (piece !== null && piece !== "skip" && piece.clause !== undefined) {
			const sent = SENT_EVENT.exec(piece.clause);
			if (sent !== null) piece = { ...piece, clause: `there would ${sent[2] === undefined ? "" : "probably "}be ${sent[3]}${sent[4]}${sent[5]}`, doer: sent[1] };
			else {
				const doer = /^(you'd|I'd|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? would) (?!probably\b)/u.exec(piece.clause);
				if (doer !== null) piece = { ...piece, doer: doer[1] };
			}
		}
		// "…, they'll email times": times, dates or a link are for the step just told; with no step told
		// before them they mean nothing alone, and are left out.
		if (piece !== null && piece !== "skip" && piece.clause !== undefined) {
			const bare = new RegExp(`^((?:${DOER}) (?:email|send|text|share|forward|post|circulate|give me|offer)) (times|dates|details|a link|the link|slots|options|availability)(?=$| (?:${WHEN_WORDS})\\b)`, "u").exec(piece.clause);
			const before = pieces.length > 0 ? pieces[pieces.length - 1] : undefined;
			if (bare !== null && before?.np === undefined) piece = null;
		}
		// "hiring class starts jan 19 in Pasco": "the hiring class starts on Tuesday 19 January"; a place typed in lower case
		// ("in pasco") is left out rather than said so; a step named with a verb in it any other way is left out.
		if (piece !== null && piece !== "skip" && piece.np !== undefined && piece.stage === undefined && / (?:starts|begins|kicks off) /.test(piece.np)) {
			const starts = piece.hedge === undefined ? STARTS.exec(piece.np) : null;
			if (starts === null || /^(?:it|this|that|he|she|they|we|i|you)$/.test(starts[1])) piece = null;
			else {
				const place = starts[4] !== undefined && /^\p{Lu}/u.test(starts[4]) ? ` in ${starts[4]}` : "";
				if (starts[4] !== undefined && place === "") unsaid.push(`in ${starts[4]}`);
				const article = MASS.test(starts[1].split(" ").pop() ?? "") ? "" : "the ";
				piece = { clause: `${article}${starts[1]} ${starts[2]} ${starts[3]}${place}`, you: false };
			}
		}
		// "send drug screen + medical info": "send the drug screen and medical information".
		if (piece !== null && piece !== "skip" && piece.clause !== undefined) {
			const sent = SENT_BARE.exec(piece.clause);
			if (sent !== null) piece = { ...piece, clause: `${sent[1]} send the ${sent[2].replace(/\binfo\b/g, "information")}${piece.clause.slice(sent[0].length)}` };
		}
		// "re: 2nd rd onsite w/ shop floor walk": a step named after "with" as bare nouns, with no article, is left out, and the user told.
		if (piece !== null && piece !== "skip" && piece.stage === undefined) {
			const text = piece.np ?? piece.clause ?? "";
			const bare = BARE_WITH.exec(text);
			if (bare !== null) {
				const rest = trimTrailing(`${text.slice(0, bare.index)}${text.slice(bare.index + bare[0].length)}`, " ,");
				unsaid.push([`w/ ${bare[1]}`, `with ${bare[1]}`].find((x) => item.includes(x)) ?? `with ${bare[1]}`);
				piece = piece.np !== undefined ? { ...piece, np: rest } : { ...piece, clause: rest };
			}
		}
		// "simulator eval + psych/FFD screening, pat to schedule", with the steps left out: "it" would stand for nothing, and
		// the part is left out with them (review 65).
		if (piece !== null && piece !== "skip" && !prevSaid && /\b(?:(?:schedule|arrange|book|organi[sz]e|reschedule) it|set it up)\b/.test(piece.clause ?? "")) piece = null;
		if (piece !== null && piece !== "skip" && !sayable(piece, pronoun)) piece = null;
		if (piece === null || piece === "skip") found.length = daysBefore;
		if (piece === null) {
			// "ref checks next wk then HR": a "then" and only whom it goes to says what comes of the part before, which is left out with it.
			if (then && !arrow && prevSaid && whoIs(item, reader) !== null) {
				pieces.pop();
				unsaid.push(raws.pop() as string);
				found.length = prevDays;
			}
			// "in person climb assesment nxt tues or wed": a first step whose words cannot be said, with its days, is told by
			// its days alone ("the next step would be on Tuesday 8 or Wednesday 9 December"), never asked for again.
			const daysOnly = pieces.length === 0 && !then && !skippedFirst && !/\?|\b(?:maybe|prob|probably|possibly|poss|perhaps|tbc|tentatively|likely)\b/i.test(item) ? STEP_THEN_DAYS.exec(cleaned(item, ctx)) : null;
			if (daysOnly !== null && !daysOnly[1].split(" ").some((word) => PRESENT.has(word) || BARE_VERB.test(word) || /^(?:to|will|would|i|he|she|they|we|you|me|if|not|no|maybe)$/.test(word))) {
				pieces.push({ clause: `the next step would be ${daysOnly[2]}`, you: false });
				raws.push(item);
				continue;
			}
			found.length = daysBefore;
			unsaid.push(item);
			if (pieces.length === 0) skippedFirst = true;
		} else if (piece === "skip") leftOut.push(item);
		else {
			if (piece.leftOut !== undefined) leftOut.push(piece.leftOut);
			// "Green committee votes at Dec meeting, Greg calls after": after a step the letter cannot say, a bare "after" has
			// nothing to stand for ("you'd call after", review 92), so it goes, and the user is told of the step left out.
			const orphan = !prevSaid && unsaid.length > 0 && / after$/i.test(item) && piece.clause !== undefined && / after$/.test(piece.clause);
			const marks = orphan ? {} : { ...(then || / after(?: that)?$/i.test(item) ? { after: true } : {}), ...(!then && / after$/i.test(item) ? { follow: true } : {}) };
			pieces.push(orphan ? { ...piece, clause: (piece.clause as string).replace(/ after$/, "") } : { ...piece, ...marks });
			raws.push(item);
		}
	}
	if (pieces.length === 0) return { ...unread, leftOut };
	// "they'll have an answer by the 18th, drug test first": the step said to come first is told first.
	const lastPiece = pieces[pieces.length - 1];
	if (pieces.length > 1 && lastPiece.first === true && lastPiece.np !== undefined && lastPiece.hedge === undefined && pieces[pieces.length - 2].clause !== undefined && pieces[0].by === undefined) {
		pieces.unshift({ ...(pieces.pop() as Piece), first: false, lead: true });
		raws.unshift(raws.pop() as string);
	}
	const you = byReader || (speaker === null && !posted && pieces[0].clause !== undefined && pieces[0].you);
	const bySpeaker = pieces[0].by;
	if (bySpeaker !== undefined && !you) {
		pieces.forEach((p, i) => (pieces[i] = p.by === undefined ? p : { ...p, clause: p.clause?.replace(/^(?:he|she)['’]d /, `${p.by} would `).replace(/^(?:he|she) /, `${p.by} `) }));
		// "then they'd decide after he talks to the GC": the letter names the speaker only in the first step, so a later "he" is left out.
		for (let i = pieces.length - 1; i > 0; i--) {
			if (/\b(?:he|she|his|him|her)\b/i.test(`${pieces[i].np ?? ""} ${pieces[i].clause ?? ""}`)) {
				pieces.splice(i, 1);
				unsaid.push(raws.splice(i, 1)[0]);
			}
		}
	}
	const lead = you ? "you mentioned " : speaker && !speaker.pronoun && speaker.name !== "the team" && bySpeaker === undefined ? `I understood from ${speaker.name} that ` : "I understood ";
	let clause = lead;
	pieces.forEach((p, i) => {
		const guess = p.hedge ? `${p.hedge} ` : "";
		// "the second round would probably be to teach …": a guess at what the user is to do goes before "be".
		if (p.stage !== undefined) clause += `${i === 0 ? "" : ", and that "}${p.stage} would ${/^to /.test(p.np ?? "") ? `${guess}be` : `be ${guess}`.trim()} ${p.np}`;
		else if (i === 0 && p.lead === true) clause += `there would be ${guess}${p.np} first`;
		// "…, 2nd rd w/ … maybe" after a part left out: "there might be a second round …", never "there would be possibly".
		else if (i === 0 && p.np !== undefined && !you && skippedFirst && p.hedge !== undefined) clause += `there ${p.hedge === "possibly" ? "might" : "would probably"} be ${p.np}`;
		// ("You mentioned possibly a second interview": "you mentioned there might be …", review 216.)
		else if (i === 0 && p.np !== undefined && you && p.hedge !== undefined) clause += `there ${p.hedge === "possibly" ? "might" : "would probably"} be ${p.np}`;
		else if (i === 0) clause += p.np !== undefined ? `${you ? "" : skippedFirst ? "there would be " : p.several ? "the next steps were " : "the next step was "}${guess}${p.np}` : p.clause;
		// "maybe a short call w/ the client first": "possibly after a short call with the client".
		// "decision before the holidays, 2nd interview maybe": after a clause, a step only guessed at is one more thing said.
		// "references next, then offer decision before winter break": references come next, with a decision then.
		else if (p.np !== undefined && pieces[i - 1].next === true && /^a decision\b/.test(p.np)) clause += `, with ${guess}${p.np}`;
		// "Kim will set up a meeting, decision after": "and that a decision would follow".
		else if (p.np !== undefined && p.follow === true && pieces[i - 1].np === undefined) clause += `, and that ${guess}${p.np} would follow`;
		else if (p.np !== undefined && p.hedge !== undefined && pieces[i - 1].np === undefined && !pieces[i - 1].before && !p.first) clause += `, and that there ${p.hedge === "possibly" ? "might" : "would probably"} be ${p.np}`;
		// "decision before the holidays, references this week": the note gives no order, and the letter gives none.
		// "a call …, 2nd rd w/ GM poss": "and possibly a second round with the general manager".
		else if (p.np !== undefined && p.hedge !== undefined && !p.first && !pieces[i - 1].before && !p.after) clause += `, and ${p.hedge} ${p.np}`;
		else if (p.np !== undefined) clause += p.first ? `, ${guess}after ${p.np}` : pieces[i - 1].before ? ` ${guess}before ${p.np}` : p.after ? `, ${guess}followed by ${p.np}` : `, and that there would be ${guess}${p.np}`;
		else {
			// "2nd rd w/ managing partner, Bev to schedule": the round, which Bev would schedule.
			const arranges = pieces[i - 1].np !== undefined ? /^(you'd|\S+(?: \S+){0,2} would)( probably)? (?:(schedule|arrange|book|organi[sz]e) it|set it (up))\b(.*)$/.exec(p.clause ?? "") : null;
			clause += arranges ? `, which ${arranges[1]}${arranges[2] ?? ""} ${arranges[3] ?? `set ${arranges[4]}`}${arranges[5]}` : `, and that ${p.clause}`;
		}
	});
	// "a shadow shift, and that HR would call, and that a decision …": a list of three says "and" once, before its last.
	// (A part said twice, in two words of the note, is said once.)
	const ands = clause.split(", and that ").filter((part, k, all) => k === 0 || !all.slice(0, k).some((before) => before === part || before.endsWith(` ${part}`)));
	clause = ands.join(", and that ");
	if (ands.length > 2) clause = `${ands.slice(0, -1).join(", that ")}, and that ${ands[ands.length - 1]}`;
	// "he" or "she" left in the clause must be someone the note named.
	if (UNSAFE.test(clause) || ((pronoun === null || pronoun.you) && /\b(?:he|she|his|him|her|himself|herself)\b/i.test(clause))) return { ...unread, leftOut, unsaid: asTyped(items.map((i) => i.replace(/^[\u2192\u21aa]\s*/, "")), text ?? "") };
	const surnames = new Map([...reader.names, ...(reader.context ?? [])].flatMap((n) => n.split(/\s+/)).filter((x) => /^\p{Lu}\p{Ll}+$/u.test(x)).map((x) => [x.toLowerCase(), x]));
	// "ride along w luis", "in person w gary": a name typed in lower case that the note gives nowhere else is never said so; the
	// "with" part is left out, and the user told (review 98).
	const lowerName = /,? with (?!(?:the|a|an|my|your|their|our|his|her|me|you|us|them|feedback|news|details|results|times|dates)\b)(\p{Ll}{3,})(?=$|,| (?:in|on|by|next|this|early|late|around)\b)/u.exec(clause);
	if (lowerName !== null && !ROLE_HEADS.includes(lowerName[1]) && !STEPS.test(lowerName[1]) && !KNOWN_HEADS.test(lowerName[1]) && !MASS.test(lowerName[1]) && !/(?:ers|ors|als|ents|ants|ees|ists|ians|ives|ads|eads)$/.test(lowerName[1]) && !/^(?:owners?|staff|team|crew|board|panel|committee|everyone|both|others|partners|hr)$/.test(lowerName[1]) && !surnames.has(lowerName[1])) {
		clause = `${clause.slice(0, lowerName.index)}${clause.slice(lowerName.index + lowerName[0].length)}`;
		unsaid.push([`w/ ${lowerName[1]}`, `w ${lowerName[1]}`, `with ${lowerName[1]}`].find((x) => (text ?? "").includes(x)) ?? `with ${lowerName[1]}`);
	}
	// "to meet dr okafor in person": a title typed in lower case before a name the note gives is written as a title (review 98).
	// One the note gives nowhere else is still a name after the title, written with its capital; "dr appointment" is no name.
	clause = clause.replace(/\bdr\.? (\p{Ll}[\p{Ll}'’-]{2,})\b/gu, (m, name: string) => (surnames.has(name) ? `Dr. ${surnames.get(name) ?? name}` : /^(?:appointment|appt|office|visit|note|notes|and|or|to|will|would|the|who)$/.test(name) ? m : `Dr. ${name[0].toUpperCase()}${name.slice(1)}`));
	// The brackets the letter writes itself ("a take-home exercise (a site plan …)"), kept from the note's own until now.
	// "with a decision or second round": a step after "or" takes its article too.
	// "interviews thru mid Dec": through mid-December, never "through in mid-December" (review 138).
	const told = namedAsNoted(clause, reader)
		.replace(/ or (?=(?:second|third|fourth|final) (?:round|interview|meeting|call)\b)/g, " or a ")
		.replace(/\b(through|until|till) in (?=mid-|early |late )/g, "$1 ");
	return { kind: you ? "you" : "understood", clause: told.replace(/\uE001/g, "(").replace(/\uE002/g, ")"), ...latestOf(found), leftOut, ...(unsaid.length > 0 ? { unsaid: asTyped(unsaid, text ?? "") } : {}) };
}

/**
 * "hear back from thrillside": a name typed in lower case after "from", "with" or "at", where the note
 * writes it with its capital elsewhere ("Thrillside Adventure Park", "Tom Reyes"), is written as the note writes it.
 */
function namedAsNoted(clause: string, reader: NextStepsReader): string {
	const firsts = new Map<string, string>();
	for (const c of reader.context ?? []) {
		const first = c.split(/\s+/)[0] ?? "";
		if (/^\p{Lu}\p{Ll}{2,}$/u.test(first) && first !== "The") firsts.set(first.toLowerCase(), first);
	}
	if (firsts.size === 0) return clause;
	return clause.replace(/(^|\s)(from|with|at) (\p{Ll}+)(?![\p{L}'’-])/gu, (m, at: string, p: string, word: string) => {
		const named = firsts.get(word);
		return named === undefined ? m : `${at}${p} ${named}`;
	});
}

/**
 * "bar test w/ kels": a name the note lists only as typed in lower case ("kels" in its interviewers), after
 * a word that puts a person there, is written with its capital ("with Kels").
 */
function typedNames(text: string, reader: NextStepsReader, mark = ""): string {
	const lower = new Set((reader.context ?? []).filter((c) => /^\p{Ll}[\p{Ll}'’-]+$/u.test(c)));
	if (lower.size === 0) return text;
	return text.replace(/(^|\s)(w\/|with|from|by|and|for|to) (\p{Ll}[\p{Ll}'’-]+)(?![\p{L}'’-])/gu, (m, at: string, p: string, name: string) => (lower.has(name) ? `${at}${p} ${name[0].toUpperCase()}${name.slice(1)}${mark}` : m));
}

/**
 * Whether a name is someone the note lists (every word of it in one of `context`, titles aside):
 * "Hank" for "Dr. Hank Ellison", never "Dr O". A role ("the owner", "HR") is no name; without a
 * context every name is taken as given.
 */
function knownName(name: string, reader: NextStepsReader): boolean {
	if (reader.context === undefined || /^(?:the |HR\b)/.test(name)) return true;
	const words = (t: string) => t.toLowerCase().replace(/\b(?:dr|mr|mrs|ms|mx|prof)\b\.?/g, " ").split(/[^\p{L}'’-]+/u).filter((x) => x !== "");
	const own = words(name.replace(/ in HR$/, ""));
	return own.length > 0 && reader.context.some((c) => own.every((x) => words(c).includes(x)));
}

/**
 * The parts left out, quoted as the user typed them: two parts next to each other in the note, with only a
 * "then" between them, are one quote ("ref checks next wk then HR", never
 * "ref checks next wk; HR"). A part changed on reading is quoted as it was read.
 */
function asTyped(parts: string[], typed: string): string[] {
	const out: string[] = [];
	let from = 0;
	let start = -1;
	let end = -1;
	for (const part of parts) {
		const at = typed.indexOf(part, from);
		if (at === -1) {
			out.push(part);
			start = -1;
			continue;
		}
		if (start !== -1 && /^(?:[,;]? {0,3}(?:and )?then {1,3}| {1,3}(?:->|→|=>) {1,3})$/i.test(typed.slice(end, at))) out[out.length - 1] = typed.slice(start, at + part.length);
		else {
			out.push(part);
			start = at;
		}
		end = at + part.length;
		from = end;
	}
	return out;
}

/** A piece that may stand in the letter: no shorthand or marks, and "he" or "she" only for someone the note named. */
function sayable(piece: Piece, pronoun: Who | null): boolean {
	const text = `${piece.stage ?? ""} ${piece.np ?? ""} ${piece.clause ?? ""}`;
	return !UNSAFE.test(text) && !((pronoun === null || pronoun.you) && /\b(?:he|she|his|him|her|himself|herself)\b/i.test(text));
}

/** The latest of the days a clause names, with the Monday of its week when it names a week. */
function latestOf(days: Date[]): { latest: Date | null; weekStart?: Date; earliest?: Date } {
	const latest = days.reduce<Date | null>((a, d) => (a === null || d.getTime() > a.getTime() ? d : a), null);
	const weekStart = latest === null ? undefined : WEEK_START.get(latest);
	const first = days.reduce<Date | null>((a, d) => (a === null || d.getTime() < a.getTime() ? d : a), null);
	// The first of two days ("fri or mon"), or the Monday of the first week named.
	const earliest = first === null || first === latest ? undefined : (WEEK_START.get(first) ?? first);
	return { latest, ...(weekStart === undefined ? {} : { weekStart }), ...(earliest === undefined ? {} : { earliest }) };
}
