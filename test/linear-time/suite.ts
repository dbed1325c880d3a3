// Every function that reads text from a note, a template or the settings, on crafted input at
// sizes n, 4n and 16n. Linear time grows 4 times per step, quadratic 16 times. A function is
// super-linear when the first step is 6 times or more and the second 8 times or more, or when the
// first alone is 32 times: a linear function can take one steep step where its data outgrows a
// cache or V8 changes strategy for large strings, but not two, and a quadratic one cannot stop.
// When a busy machine's garbage collector makes two steps look steep all the same, a run on 64n
// decides: the function is super-linear only if the last two steps are both 8 times or more.
// Times are compared with each other, never with a number of milliseconds: they are CPU times of
// this process (a busy machine taking the CPU away does not count), runs are repeated to fill each
// window, and a steep result is measured again from scratch before it counts. Time zones do not
// matter here, so the suite sits outside test/core, which runs once per zone.
//
// The suite is split over several files (`surfaces-*.test.ts` take every fourth surface each, and
// `crafted-notes.test.ts` the inputs that froze Obsidian before) so that a machine's cores share it:
// it is most of the CPU time of the tests outside the core.
import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../src/core/agenda";
import { parseDateValue } from "../../src/core/dates";
import { draftBlock, insertDraftUnderHeading } from "../../src/core/draft-block";
import { answerFirst, buildDrafts, linkedinSearchUrl, truncateAtWord, untoldRest, withoutFigures, type Draft } from "../../src/core/drafts";
import { parseTemplateNote as readTemplateNote } from "../../src/core/template-note";
import { parseYaml } from "../../src/cli/yaml";
import { findFrontmatter, frontmatterKeyLines, scanFrontmatter } from "../../src/core/frontmatter-text";
import { findCommentCuts } from "../../src/core/comment-cuts";
import { readMattered, withoutDoubtedClaims, withoutTheirReaction } from "../../src/core/what-mattered";
import { addressInNotesMention, forUserOnly, matteredLines, stepSaidByMention, notRaisedWithAnyoneMention, workedMention, addressNameMention, knewBeforeMention, shortNamesOf, spokeWithMention, goesByMention, takenBackMention, mentionsOf, noContactMention, notRaisedMention, quietMention, rivalMention, throughOneMention, toAskMention, toSendMention } from "../../src/core/body-mentions";
import { withNextFailure, yamlFailure } from "../../src/core/yaml-problems";
import { fromNotesCheck, sentencesHolding, sentencesOf } from "../../src/core/from-notes";
import { buildCalendar } from "../../src/core/ics";
import { parseInvite } from "../../src/core/invite";
import { descriptionText, htmlToText, inviteFormat, looksLikeHtml, readTitle } from "../../src/core/invite-details";
import { displayText, noteName, parseWikiLink } from "../../src/core/links";
import { buildMailto, parseMailto } from "../../src/core/mailto";
import { isValidEmail, parseInterview } from "../../src/core/parse";
import {
	attachmentLabel,
	firstName,
	formatMoment,
	interviewPlaceholders,
	phrase,
	plainText,
	renderTemplate,
	stripComments,
	subjectRoleName,
	theRole,
} from "../../src/core/placeholders";
import { readNextSteps, resolveDays, weekdayClash } from "../../src/core/next-steps-note";
import { companyKey } from "../../src/core/rounds";
import { clockTimes, companyInSentence, expandShorthand, experienceOf, focusTopic, noteItems, phraseFault, roleExpanded, roleInLetter, roleInSentence, segmentsOf, sentence, shortRole, titlePhrase, titleWithArticle, toSecondPerson } from "../../src/core/phrasing";
import { cleanName, greeting, greetingName, isRoleName, namesFor, readPersonText, splitPeopleText, typedJob } from "../../src/core/people";
import { criticises, personalDetail, privateRemark } from "../../src/core/private-remarks";
import { readInterviewNote } from "../../src/core/scope";
import { DEFAULT_SETTINGS, resolveSettings } from "../../src/core/settings";
import { atxHeading, fenceOpening, rawKeyLine, replaceWikiLinks } from "../../src/core/text-scan";
import { applyMark, setFrontmatterKeys, yamlScalar } from "../../src/core/writer";
import { anInterview, local } from "../builders/interview";

export const now = local("2026-11-25T18:00");
export const settings = { ...DEFAULT_SETTINGS, myName: "Jordan Lee", signature: "Jordan Lee" };

// ---------------------------------------------------------------- measuring

/**
 * The smallest input n grows to at least MIN_CHARS, and on until a run takes 8 times what one on
 * the shortest input takes, so that a function's fixed cost does not hide how it grows; never past
 * MAX_CHARS or runs of SLOW_MS, so that a super-linear function shows itself without a long wait.
 * Inputs stay below the size where V8 allocates strings in its large-object space, which costs
 * more per character.
 */
const MIN_CHARS = 1024;
const MAX_CHARS = 4096;
const SLOW_MS = 4;
/** Each timed window takes at least this much CPU: runs are repeated to fill it. */
const WINDOW_MS = 0.25;

/** Milliseconds of CPU this process has used: time the machine gave to others does not count. */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

function timed(work: () => void): number {
	const t0 = cpuMs();
	work();
	return cpuMs() - t0;
}

/**
 * Runs on a new copy of the input each time: V8 caches the results of `split` and `replace` on the
 * very same string, which would make repeated runs on a small input look free.
 */
function repeat(times: number, run: (input: string) => unknown, make: () => string): void {
	for (let i = 0; i < times; i++) run(make());
}

export interface Growth {
	chars: number;
	/** CPU milliseconds per run on n, 4n, 16n and 64n; 16n is left out when the first step is clear, 64n unless the second is steep too. */
	times: number[];
	/** How many times as long a run takes on each size than on the one before. */
	steps: number[];
}

export interface Attack {
	/** What the attack is, for a failure message. */
	name: string;
	/** The input with the pumped part repeated `k` times. */
	make(k: number): string;
}

/** `prefix`, then `pump` repeated, then `suffix`: the shape of input that makes a regex backtrack. */
export function pumped(pump: string, prefix = "", suffix = ""): Attack {
	return { name: `${JSON.stringify(prefix)} + ${JSON.stringify(pump)}×n + ${JSON.stringify(suffix)}`, make: (k) => prefix + pump.repeat(k) + suffix };
}

/** CPU milliseconds per run on `input`, runs repeated to fill a window; the fastest of `windows`. */
function perRun(run: (input: string) => unknown, input: () => string, windows: number): number {
	let reps = 1;
	let window: number;
	while ((window = timed(() => repeat(reps, run, input))) < WINDOW_MS) reps *= 2;
	let best = window / reps;
	for (let w = 1; w < windows; w++) best = Math.min(best, timed(() => repeat(reps, run, input)) / reps);
	return best;
}

function steep({ steps }: Growth): boolean {
	if (steps.length === 3) return steps[1] >= 8 && steps[2] >= 8;
	return steps[0] >= 32 || (steps.length === 2 && steps[0] >= 6 && steps[1] >= 8);
}

/** A run on 16n slower than this is not run on 64n: a quadratic would take 16 times as long again. */
const CONFIRM_MS = 400;

export interface Sizes {
	minChars?: number;
	maxChars?: number;
	slowMs?: number;
}

function measure(run: (input: string) => unknown, attack: Attack, { minChars = MIN_CHARS, maxChars = MAX_CHARS, slowMs = SLOW_MS }: Sizes = {}): Growth {
	let k = 1;
	const once = () => timed(() => run(attack.make(k)));
	// The runs that size the input also warm the function up.
	const t0 = Math.min(once(), once(), once());
	let t = t0;
	while (attack.make(k).length < maxChars && t < slowMs && (attack.make(k).length < minChars || t < 8 * t0)) {
		k *= 2;
		t = once();
	}
	const n = k;
	const inputs = [1, 4, 16].map((f) => () => attack.make(f * n));
	// Best of three windows each: a garbage collection (whose threads count as this process's CPU)
	// landing in one window would otherwise make a function that takes microseconds look steep.
	const times = [perRun(run, inputs[0], 3), perRun(run, inputs[1], 3)];
	// n once more, now that 4n has run: a function still being optimised when n was timed (an
	// optimisation given up and redone) would otherwise make 4n look cheap.
	times[0] = Math.min(times[0], perRun(run, inputs[0], 2));
	const growth = (): Growth => ({ chars: attack.make(n).length, times, steps: times.slice(1).map((x, i) => x / times[i]) });
	const first = times[1] / times[0];
	// Clearly linear, or clearly not: no need to run on 16n.
	if (first < 6 || first >= 32) return growth();
	times.push(perRun(run, inputs[2], 1));
	// Steep so far: the sizes again, alternating, so that a pause cannot land on one side only.
	for (let round = 0; round < 2 && steep(growth()); round++) {
		inputs.forEach((text, i) => (times[i] = Math.min(times[i], perRun(run, text, 1))));
	}
	// Still steep: one size more. A quadratic keeps growing 16 times a step; a linear function whose
	// larger inputs crossed a garbage collector's threshold (its records promoted, the whole heap
	// marked, on a machine busy with other test files) goes back to 4.
	if (steep(growth()) && times[2] < CONFIRM_MS) times.push(perRun(run, () => attack.make(64 * n), 1));
	return growth();
}

/** Measures, and measures again from scratch when the growth looks steep: a real one stays steep. */
export function steepGrowth(run: (input: string) => unknown, attack: Attack, sizes: Sizes = {}): Growth | null {
	let growth = measure(run, attack, sizes);
	for (let attempt = 0; attempt < 2 && steep(growth); attempt++) growth = measure(run, attack, sizes);
	return steep(growth) ? growth : null;
}

/** The attacks whose time grows faster than linearly, described for the failure message. */
export function superLinear(run: (input: string) => unknown, attacks: readonly Attack[], sizes: Sizes = {}): string[] {
	const found: string[] = [];
	for (const attack of attacks) {
		const growth = steepGrowth(run, attack, sizes);
		if (growth) {
			const runs = growth.times.map((t, i) => `${4 ** i}n ${t.toFixed(3)} ms`).join(", ");
			found.push(`${attack.name}, n = ${growth.chars} chars: a run on ${runs}; each 4n took ${growth.steps.map((x) => x.toFixed(1)).join(", ")}× as long`);
		}
	}
	return found;
}

// ---------------------------------------------------------------- the inputs

/** Runs of the characters markdown, YAML, templates and the product's own scanners care about. */
export const ATTACKS: Attack[] = [
	pumped("[["),
	pumped("![[a"),
	pumped("[[a]"),
	pumped("]"),
	pumped("|"),
	pumped(" ", "# a", "b"),
	pumped(" ", "#", "\r"),
	pumped("#", "", " x"),
	pumped("`", "", "x`"),
	pumped("~"),
	pumped("%%x%%y\n"),
	pumped("%"),
	pumped("{{a"),
	pumped("}}"),
	pumped("\\"),
	pumped("*"),
	pumped("_"),
	pumped(": ", "", "x"),
	pumped("- "),
	pumped('"'),
	pumped("'"),
	pumped(" ", "x", "x"),
	pumped("\t", "", "x"),
	pumped("a,"),
	pumped(", ", "", "x"),
	pumped(".", "", "x"),
	pumped("a@"),
	pumped("a.", "", "@"),
	pumped("<"),
	pumped("="),
	pumped("\n", "", "x"),
	pumped("\r", "", "x"),
	pumped(" \n"),
	pumped("a", "", "!"),
	pumped("1:"),
	pumped("/", "", "x"),
	pumped("&"),
	pumped("ed "),
	pumped("k: |\n  x\n"),
	pumped("A.", "", "x"),
	pumped("Ab, ", "Jo Lee (a), ", "x"),
	pumped(" (a)", "Role", "x"),
	pumped("by ", "", "x"),
	pumped(" = ", "final", "x"),
	pumped("City of ", "", "x"),
	pumped("x, ", "I ran ", "trained x"),
	pumped("ab ", "told her about ", " i set up"),
	pumped("ab, ", "i have x, ", "climbed x"),
	pumped("ed x, ", "my 2 yrs as ", "did x"),
	pumped("dont ", "", "derail"),
	pumped("ab thing "),
	pumped("for the ab ", "", "family"),
	pumped(" at my ab", "I ran x so it ", "."),
	pumped("(", "Dana Ruiz ", " Partners)"),
];

/**
 * What calendar invites are read for: the separators, stage words and brackets of a title, the
 * tags, comments and entities of an HTML description, the boilerplate lines calendars append.
 */
export const INVITE_ATTACKS: Attack[] = [
	pumped(" -", "a", " a"),
	pumped(" |", "a", " a"),
	pumped(" ", "Acme", "x"),
	pumped("final ", "Acme ", "x"),
	pumped("panel ", "Acme ", "x"),
	pumped("1st", "Acme ", "x"),
	pumped("2nd ", "Acme ", "x"),
	pumped(" 2", "Acme round", "x"),
	pumped("interview with ", "", "x"),
	pumped("with ", "", "x"),
	pumped(" for", "with a", "x"),
	pumped(" at", "Engineer", ""),
	pumped(" <>", "a", ""),
	pumped("(", "Engineer ", "x"),
	pumped("(a", "", ")"),
	{ name: '"(" ×n + "Acme" + ")" ×n', make: (k) => `${"(".repeat(k)}Acme${")".repeat(k)}` },
	pumped("Fwd: "),
	pumped("[EXT] ", "", "x"),
	pumped("re:  ", "", "x"),
	pumped("<li"),
	pumped("<p"),
	pumped("<!--"),
	pumped("<br "),
	pumped("</p "),
	pumped("&#"),
	pumped("&#1"),
	pumped("&amp", "", "x"),
	pumped("-::~"),
	pumped("-::~:~::-\n"),
	pumped(" \t", "a", "x"),
	pumped(" -", "\n", "x"),
	// The iCalendar syntax itself: parameters, quotes, folds, nesting, rules and values of time zones.
	pumped(";a=", "X", ":x"),
	pumped(';a="x"', "X", ":x"),
	pumped('"', "X;a=", ":x"),
	pumped("\r\n "),
	pumped("BEGIN:X\r\n"),
	pumped("END:X\r\n"),
	pumped("^"),
	pumped("BYDAY=1SU;", "FREQ=YEARLY;BYMONTH=3;"),
	pumped("1SU,", "FREQ=YEARLY;BYMONTH=3;BYDAY="),
	pumped("20261130T140000,"),
	pumped("1", "P", "W"),
	pumped("BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nDTSTART:20000101T000000\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31\r\nEND:STANDARD\r\n"),
];

export const people = ["Jordan Rivera", "Dana Whitfield"];

/** Text as an iCalendar TEXT value writes it. */
function icsText(s: string): string {
	return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** Text as a quoted parameter value writes it (RFC 6868). */
function icsParam(s: string): string {
	return `"${s.replace(/\^/g, "^^").replace(/"/g, "^'").replace(/\r\n|\r|\n/g, "^n")}"`;
}

function inviteWith(s: string, html: boolean): string {
	return [
		"BEGIN:VCALENDAR",
		"METHOD:REQUEST",
		"BEGIN:VEVENT",
		"UID:linear@x.example",
		"DTSTART:20261130T140000Z",
		"DTEND:20261130T150000Z",
		"ORGANIZER;CN=Dana Whitfield:mailto:dana@acme.example",
		`ATTENDEE;CN=${icsParam(s)}:mailto:lena@acme.example`,
		`SUMMARY:${icsText(s)}`,
		`LOCATION:${icsText(s)}`,
		html ? `X-ALT-DESC;FMTTYPE=text/html:${icsText(s)}` : `DESCRIPTION:${icsText(s)}`,
		"END:VEVENT",
		"END:VCALENDAR",
		"",
	].join("\r\n");
}

/** An invite with the text where its structure is: a zone's rules and onsets, parameters, time values. */
function inviteSyntaxWith(s: string): string {
	return [
		"BEGIN:VCALENDAR",
		"BEGIN:VTIMEZONE",
		"TZID:Z",
		"BEGIN:STANDARD",
		"DTSTART:16010101T030000",
		"TZOFFSETFROM:+0200",
		"TZOFFSETTO:+0100",
		`RRULE:${s}`,
		`RDATE:${s}`,
		"END:STANDARD",
		s,
		"END:VTIMEZONE",
		"BEGIN:VEVENT",
		"UID:x",
		"DTSTART;TZID=Z:20261130T140000",
		`DTEND;TZID=${s}:${s}`,
		`DURATION:${s}`,
		`ATTENDEE;${s}:mailto:lena@acme.example`,
		"END:VEVENT",
		"END:VCALENDAR",
	].join("\r\n");
}

function interviewWith(s: string) {
	return anInterview()
		.company(s)
		.role(s)
		.nextSteps(s)
		.primaryContact(s, "lena@acme.example")
		.interviewer(s, { email: "dana@acme.example", focus: s, highlight: s, title: s, linkedin: s, attachments: [s, `[${s}](https://x.example)`] })
		.interviewer("Tom Becker", { focus: s })
		.build();
}

export const plainInterview = anInterview().company("Acme").role("Engineer").primaryContact("Lena Okafor", "lena@acme.example").interviewer("Dana Whitfield", { email: "dana@acme.example" }).build();

export function noteWith(s: string): string {
	return `---\ntype: interview\ncompany: Acme\nthank_you_sent:\n---\n# Acme\n\n${s}\n\n## Follow-up log\n\n${s}\n`;
}

function draftWith(s: string): Draft {
	return {
		kind: "check-in",
		variant: "check-in",
		to: [{ name: s, email: s }],
		subject: s,
		body: `${s}\n\n${s}`,
		mailto: buildMailto([s], s, s),
		script: s,
		linkedin: s,
	};
}

const noLinks = () => null;
/** A template note read with the YAML 1.2 reader the plugin's fake and the command line use. */
export const parseTemplateNote = (text: string) => readTemplateNote(text, (yaml) => parseYaml(yaml));

/** Every surface where text from a note, a template or the settings meets a scanner or a regex. */
export const SURFACES: Record<string, (s: string) => unknown> = {
	"plain-text conversion": (s) => plainText(s),
	"wikilink parsing": (s) => [parseWikiLink(s), parseWikiLink(`[[${s}]]`), displayText(s), noteName(s), replaceWikiLinks(s, () => "")],
	"phrase and sentence helpers": (s) => [
		phrase(s),
		firstName(s),
		theRole(s, s),
		truncateAtWord(s, 300),
		noteItems(s),
		expandShorthand(s),
		segmentsOf(s),
		focusTopic(s),
		sentence(s),
		toSecondPerson(s),
		experienceOf(s),
		roleInSentence(s, s),
		roleInLetter(s, s),
		roleInLetter(`${s}, ${s}`, s),
		roleExpanded(s),
		experienceOf(`${s} + ${s}, ~30% fewer ${s}`),
		phraseFault(s, "topic", s),
		phraseFault(s, "sentence", s),
		phraseFault(`a ${s} solo, with 9 now ${s}`, "sentence", s),
		experienceOf(`2 summers ${s}ing at ${s} - ${s}, ${s}`),
		focusTopic(`They lost ${s}`),
		focusTopic(`${s}/${s}al — ${s}`),
		focusTopic(`their ${s} is ${s} - half still ${s}`),
		focusTopic(`${s.replace(/\S+/g, "really")} asked a ton about ${s}`),
		focusTopic(`she was worried about my ${s}`),
		experienceOf(`- grew ${s}\n- set up ${s} (${s} -> ${s})\n- ${s} + ${s} for all new vols`),
		titleWithArticle(s),
		titlePhrase(s),
		privateRemark(s, "focus"),
		privateRemark(s, "highlight"),
		personalDetail(`the ${s} the ${s} vet with ${s}`),
		// Reviews 117-118: hours on machines, zeros in a row, a year before the work, "since" at the end, a second doing.
		experienceOf(`6k+ hrs ${s.replace(/\S+/g, "793F/830E")}, 0 LTI, 0 HPI`),
		experienceOf(`the 2023 ${s} clean-up, ${s} zero spills since`),
		experienceOf(`cut ${s} 20%, trained 6 ${s}`),
		focusTopic(`how I'd handle a ${s} who wants ${s}. ${s}`),
		focusTopic(`TKPH on ramp 4, ${s.replace(/\S+/g, "ramp 4,")} spotting`),
		// Reviews 119-120: a list in brackets, languages side by side, a post held, a need with two verbs.
		experienceOf(`opened the ${s} (${s.replace(/ /g, ", ")}), wrote ${s}`),
		experienceOf(`${s.replace(/\S+/g, "spanish/english")} flyers`),
		experienceOf(`FERPA trainer for ${s}`),
		focusTopic(`He wants someone who can write ${s} and train ${s}`),
		// Reviews 121-122: things made with no verb, a tense read as a topic, two counts joined, a figure under a mark.
		experienceOf(`my ${s} + the ${s} I set up`),
		focusTopic(`the ${s} audit is coming, they need ${s}`),
		experienceOf(`managing a mixed fleet of 14 ${s} and 3 ${s} at ${s}`),
		experienceOf(`dropped ${s} <1% w/ ${s}`),
		// Reviews 123-124: an answer word, a thing adopted, audits passed, a fund's doing, a role in title case, a list focus.
		experienceOf(`yes. ${s}`),
		experienceOf(`${s} proposal adopted by ${s}; ${s.replace(/\S+/g, "staggered")} plan approved by board`),
		experienceOf(`${s.replace(/\S+/g, "Barrier")} audits passed 2x. ${s} 2x`),
		experienceOf(`${s} fund - raised ${s}`),
		experienceOf(`0 ${s} at last 3 ${s} w/ LIMS rollout`),
		roleInSentence(`Manager, ${s.replace(/\S+/g, "School &")} Programs`, s),
		focusTopic(`- ${s}\n- ${s}\n- ${s}`),
		focusTopic(`Their ${s} collapsed last ${s} and they closed the ${s}`),
		untoldRest(`${s} backlog ${s}`, "the backlog", [s.slice(0, 20)]),
		withoutFigures(`cutting ${s} from ${s.replace(/\S+/g, "1.9%")} to 0.6 by ${s.replace(/\S+/g, "15")}%`),
		// Reviews 125-126: a schedule said yes to, a credential's year, stress in capitals, two doings, initials after "their".
		experienceOf(`ok w/ ${s.replace(/\S+/g, "sat +")} 2nd shift. CIT trained ${s.replace(/\S+/g, "2023")}. lots of ${s}`),
		focusTopic(`She wants someone who can ${s.replace(/\S+/g, "design AND")} install`),
		focusTopic(`their LSS ${s} is old`),
		roleInSentence(`Maintenance Tech: ${s.replace(/\S+/g, "1st:")} shift`, s),
		experienceOf(`ran AM insp/ ${s.replace(/\S+/g, "logbk/")} state insp '25 ${s.replace(/\S+/g, "'2")}`),
		// Reviews 127-128: a level's numeral, a move's short form, a second doing after a comma, a course, a span read days on.
		experienceOf(`got the ${s} from 81 to 93% avail; Led CRLA Level I & II ${s.replace(/\S+/g, "Level I")}`),
		experienceOf(`investigated ${s.replace(/\S+/g, "~120,")} did 10-day checks, ran ${s} 3 yrs; CIT ${s} training`),
		focusTopic(`whether i'm ok w/ ${s.replace(/\S+/g, "whether")} tix`),
	],
	"sentences written from the notes": (s) => [sentencesOf(s), sentencesHolding(s, [s.slice(0, 40), "a", "I"]), sentencesHolding(`${s}. ${s}`, [s, `${s}.`])],
	"next steps read back": (s) => [
		readNextSteps(s, { names: ["Dana"], title: s }, now, now),
		readNextSteps(`Dana said ${s}, then ${s}`, { names: ["Dana Whitfield", "Dana"] }, now, now),
		readNextSteps(`${s} (${s}) will ${s}`, { names: [s] }, now, now),
		readNextSteps(`2nd round w/ the ${s} owner (${s}) with ${s} (the ${s} lead), tech lead will send take-home (${s}), 48h turnaround ${s} before the holidays by ${s} year end`, { names: ["Jen"] }, now, now),
		readNextSteps(`${s}: ${s} -> possibly join ${s} (${s}?) — Nkechi to ${s} + background check (${s} license) w/ ${s} dir poss. ${s}`, { names: ["Nkechi"] }, now, now),
		readNextSteps(`${s} a demo ${s} (SEL, 20 min) w/ a 6th gr ${s} — Joanne emails ${s}; theyll ${s} before xmas rush ${s}; offer by ~Dec 18; ride-along ${s} sat??`, { names: ["Joanne"] }, now, now),
		readNextSteps(`Walt said: he'd call after he talks to ${s} and checks ${s}`, { names: ["Walt"], context: ["Walt"] }, now, now),
		readNextSteps(`Nina wants me back for a shift on a ${s} sat w/ Dr. Feld (${s} surgeon) about ${s} shift, will send ${s} link, test w/in 7 days ${s}`, { names: ["Nina"], context: ["Nina"] }, now, now),
		readNextSteps(`panel ${s} scores due 12/18, ${s} assessment w/ VP ${s}, 50 ${s}; send ${s} + ${s} card copy this wk`, { names: ["Jess"] }, now, now),
		readNextSteps(`?? shop mgr said "couple ${s}, after the holidays ${s}"`, { names: ["Gus"], title: "shop manager" }, now, now),
		readNextSteps(`will call ${s} this wk; ${s} said they decide ${s}; 2nd round = ${s}, maybe Jan; couple weeks, after ${s}`, { names: ["Priya"] }, now, now),
		readNextSteps(`HM to call by fri ${s}`, { names: ["Ana"], mayHire: true }, now, now),
		readNextSteps(`she'll let me know before ${s.replace(/\S+/g, "before the")} wknd is over`, { names: ["Ana"] }, now, now),
		readNextSteps(`2nd rd w/ ${s} ops supt wk of 12/14, paid trial session maybe`, { names: ["Ana"] }, now, now),
		readNextSteps(`final rd w/ VP Acad Affairs ${s.replace(/\S+/g, "VP Acad")} wk of 12/14`, { names: ["Ana"] }, now, now),
		readNextSteps(`she'd let me know ${s} by end of last week, list in ~3 wks ${s}`, { names: ["Ana"] }, now, new Date(now.getTime() + 9 * 86400000)),
		readNextSteps(`RS to txt re: ${s} w/ route mech, 2nd intvw w/ Supt. possible ${s.replace(/\S+/g, "possible")} wk of 12/14; assoc director`, { names: ["Rick", "RS"] }, now, now),
		resolveDays(s, now, now),
	],
	"labelled top-level focus": (s) => parseInterview({ file: "I.md", frontmatter: { type: "interview", interview_start: "2026-11-25T13:00", interviewers: ["Bob Harlan", "Cat Yu"], focus: `Bob -> ${s}. Cat: ${s};${s}` } }, DEFAULT_SETTINGS, noLinks),
	"people and list splitting": (s) => [splitPeopleText(s), readPersonText(s), splitPeopleText(`${s}, Dana Whitfield <dana@x.example>; ${s}`)],
	"names and greetings": (s) => [cleanName(s), typedJob(s), typedJob(`Kevin Tran - ${s}, ${s} (${s})`), greetingName(s), greeting(`Dr. ${s}, PT`, "Hi"), isRoleName(s), namesFor(`Big ${s} (${s})`), cleanName(`"${s}" ${s}, ${s}`)],
	"attachment labels": (s) => [attachmentLabel(s), attachmentLabel(`[${s}](${s})`)],
	"reviews 131-138: levels, rates, measures, concessions, availability, lists, clients, counts and splices": (s) => [
		experienceOf(`Not a ${s} but I ran ${s}`),
		experienceOf(`${s} at my ${s} 97.6% YTD`),
		experienceOf(`${s.toLowerCase()} L2 (IRATA), did ${s}`),
		experienceOf(`98% ${s.toLowerCase()} rate`),
		experienceOf(`Never missed ${s}. Also ${s}`),
		experienceOf(`100% ${s.toLowerCase()} last 2 CMS surveys ${s}`),
		focusTopic(`whether i can do ${s} May thru Sept`),
		focusTopic(`availability ${s} Jun-Aug`),
		focusTopic(`their ${s} collapsed after the ${s}`),
		companyInSentence(`${s} Board of ${s}`),
		answerFirst(`${s}\n${s} LEP\n${s}`, `LEP ${s}`),
		greetingName(`Councilmember ${s} ${s}`),
		companyInSentence(`${s} (for ${s})`),
		focusTopic(`they're converting ${s} and need ${s}`),
		experienceOf(`${s}\ngot everyone through ${s}`),
		experienceOf(`bilingual (${s}), did ${s}`),
		experienceOf(`ran ${s}, set up ${s}`),
		experienceOf(`Was on ${s}. I helped ${s}`),
		readNextSteps(`${s} thru mid Dec then ${s} mon, ${s} mon`, { names: ["Rick"] }, now, now),
		experienceOf(`licensed ${s.toLowerCase()} grader since 2022`),
		readNextSteps(`${s} to call by the 11th. 3 finalists. ${s}`, { names: ["Dana"] }, now, now),
	],
	"reviews 139-144: roles, times, chapters, counts, licences, inspections, causes, asides, hedges, quiet people, conditions": (s) => [
		roleInLetter(`${s} (${s}) - FT`, s),
		roleInLetter(`${s}, ${s} - ${s} - nights`, s),
		roleInSentence(shortRole(`${s} - ${s} - PT`), s),
		clockTimes(`${s} 5am-1:30pm ${s}4pm ${s}`),
		clockTimes(`${s.replace(/\s/g, "1")}am. ${s}`),
		experienceOf(`ran the ${s} 4am ${s}`),
		focusTopic(`coverage for the 5am ${s}`),
		readNextSteps(`${s} call ~2pm ${s}`, { names: ["Dana"] }, now, now),
		focusTopic(`USP <797> ${s} by Nov`),
		experienceOf(`led the <797> ${s}; passed ${s.toUpperCase()} inspection w/ 0 ${s}`),
		focusTopic(`their ${s} is huge - 40+ ${s}`),
		focusTopic(`42 ${s.toLowerCase()} records from the ${s}`),
		focusTopic(`nonsterile 795, ${s}`),
		focusTopic(`AABB 5.1.8 + ${s}`),
		focusTopic(`getting ${s} into the ${s} w/o busting the NAD83(2011) ${s}`),
		focusTopic(`accessibility of the ${s}`),
		focusTopic(`whether i'm ok with ${s}`),
		focusTopic(`why leaving ${s}`),
		experienceOf(`clean CDL-B, ${s} yrs mostly field`),
		experienceOf(`CDL-A w/ ${s} endorsement, clean MVR`),
		experienceOf(`owned ${s} 2 yrs, 0 repeat CAPA on last ${s}`),
		experienceOf(`investigated ${s}, root cause was ${s}, retrained ${s}`),
		experienceOf(`rewrote MTP ${s.toLowerCase()} SOP at ${s}`),
		experienceOf(`${s}, 5 yrs ${s.toLowerCase()} work`),
		readNextSteps(`decision by 12/9 per ${s}`, { names: ["Alma"] }, now, now),
		readNextSteps(`2nd round w/ owners (${s}) ${s}`, { names: ["Alma"] }, now, now),
		readNextSteps(`2nd round w/ county engineer ${s}`, { names: ["Alma"] }, now, now),
		companyInSentence(`${s} Office of the ${s}`),
		roleInLetter(`${s} - ${s} (${s})`, s),
		experienceOf(`200+ ${s}, started the ${s}`),
		experienceOf(`asked how many ${s} I could ${s}, I said ~1,200 ${s}`),
		experienceOf(`RPSGT; 3y ${s} + ${s}, IRR 92%`),
		experienceOf(`flipped 600-pax gala ${s} w/ crew of 9 ${s}`),
		experienceOf(`${s} q4h + before each shift\nlogged ${s}`),
		focusTopic(`${s}, their ${s} says it's ${s}`),
		focusTopic(`they lost 2 ${s} since sept and the ${s} is ${s}`),
		focusTopic(`Why ${s}? Why ${s}?`),
		readNextSteps(`${s} to f/u re ${s}, poss. 2nd rd`, { names: ["Alma"] }, now, now),
		readNextSteps(`2nd round ${s}, ${s} + polygraph after that`, { names: ["Alma"] }, now, now),
		roleInLetter(`Deckhand (OS), ${s} & ${s} assist`, s),
		quietMention(`---\ntype: interview\n---\n${s} + ${s} (${s}) — Cole barely spoke ${s}\n`, ["Cole"]),
		toAskMention(`---\ntype: interview\n---\n${s} $27/hr ${s} ask Lou ${s} dont put in writing\n`, ["Lou"]),
		experienceOf(`Got ${s}. told her I practice ${s}`),
		experienceOf(`${s.toUpperCase()} admin 4 yrs, ran ${s}`),
		focusTopic(`${s}, their ${s} is killing them`),
		focusTopic(`knowledge of ${s} + ${s}`),
		experienceOf(`cut ${s} from ~12% to 3% at ${s} by ${s}`),
		experienceOf(`I cut ${s} at the ${s} from 40 to 22 minutes by ${s}`),
		experienceOf(`wrote ${s}; 2 appealed, both upheld ${s}`),
		experienceOf(`hold all 6 ${s}`),
		readNextSteps(`DON to call ${s}`, { names: ["Alma"] }, now, now),
		readNextSteps(`${s} in ~3 wks, then 2nd interview if reachable in ${s}`, { names: ["Alma"] }, now, now),
	],
	"reviews 145-152: companies beside roles, courses and credentials, quiet people, counts, lists of facts, posts in the body, clauses, who is away": (s) => [
		roleInLetter(`${s} Inspector`, `${s} Department of ${s}, ${s}`),
		roleInSentence(`${s}`, `${s}, ${s}`),
		companyInSentence(`${s} Dept of ${s}, ${s}`),
		companyInSentence(`${s} - ${s} - ${s} Field Office`),
		companyInSentence(`City of ${s} - ${s} Facility`),
		experienceOf(`${s} training, ${s} cert`),
		experienceOf(`${s} training, ${s} course + ${s} cert`),
		quietMention(`---\ntype: interview\n---\n${s} was just ${s} timekeeping ${s} was the scribe\n`, ["Paul"]),
		readNextSteps(`${s} decide by 12/4, 2nd rd ${s} if needed`, { names: ["Alma"] }, now, now),
		readNextSteps(`SL to call ${s}, HR call ${s}`, { names: ["Alma"] }, now, now),
		focusTopic(`${s}, H2S mon ${s}, Bowie-Dick ${s}`),
		experienceOf(`handled 400-seat ${s} rush ${s}. no ${s} lost, ${s}`),
		experienceOf(`pre-pulling ${s} day before, internship at ${s}-style ${s}`),
		experienceOf(`already hold ${s} license`),
		experienceOf(`4 yrs ${s}, zero ${s}s`),
		experienceOf(`QC/QA on ${s}, ${s} transition`),
		experienceOf(`pick accuracy ${s} 99.6%`),
		focusTopic(`whether I can start ${s} and am ok with ${s}`),
		focusTopic(`can I start ${s}?`),
		focusTopic(`${s} / ${s}s wrong / ${s} ${s}s late and ${s}`),
		experienceOf(`called ${s} the day before ${s} the day before`),
		experienceOf(`lettering, weeding ${s}`),
		focusTopic(`whether I can do min 2 ${s}/mo and ${s}, waste <300 sh ${s}`),
		focusTopic(`MR <20 min on ${s}, ${s} vs ${s}, keep ${s} <300 sh`),
		experienceOf(`ServSafe Mgr renewed in ${s}, ${s}`),
		experienceOf(`OSHA 30, zero ${s}, ${s}`),
		experienceOf(`avg MR 22 min on ${s}, ${s}, ${s}, ran ${s}`),
		experienceOf(`ran a ${s}, 9.6 kW avg, ${s} done by 2pm`),
		readNextSteps(`2nd rd w/ ${s} + run ${s} on ${s} wk of 12/14`, { names: ["Alma"] }, now, now),
		readNextSteps(`2nd round w/ RT mgr ${s}`, { names: ["Alma"] }, now, now),
		withoutFigures(`grew ${s} from 96 to 180 ${s}s`),
		rivalMention(`---\ntype: interview\n---\nPete ${s} maybe he wanted the ${s} spot ${s}\n`, ["Pete"]),
		focusTopic(`${s} on Rx wait times, ${s}`),
		experienceOf(`wrote ${s}, judge cited ${s}, client praised ${s}`),
		experienceOf(`Trained in ${s}, used it in ${s}`),
		companyKey(`${s} (${s}) Inc. ${s}`),
		experienceOf(`lives ${s}, ${s} (${s}`),
		readNextSteps(`${s} wk of 12/7, HM out til ${s}`, { names: ["Alma"] }, now, now),
		readNextSteps(`${s} 2nd tues of month ${s}, 1st mon of the month`, { names: ["Alma"] }, now, now),
		focusTopic(`are you ok w/ ${s} + ${s}`),
		focusTopic(`their ${s}, they need ${s} who ${s}`),
		buildDrafts(anInterview().primaryContact("Gloria Vasquez", "g@x.example").with({ nextSteps: `HM to call ${s}` }).build(), "next-steps", { settings, now, noteText: `---\ntype: interview\n---\nGloria (${s} Supt) ${s} Gloria = ${s}\n` }),
		buildDrafts(anInterview().primaryContact("Hollis Grant", "h@x.example").with({ nextSteps: `owner to decide ${s}` }).build(), "next-steps", { settings, now, noteText: `---\ntype: interview\n---\nHollis = ${s} owner ${s}\n` }),
		buildDrafts(anInterview().interviewer("Sandra Liu", { email: "s@x.example" }).with({ nextSteps: `${s} SL to call ${s}`, format: `onsite, ${s} calls` }).build(), "next-steps", { settings, now }),
	],
	"attachments named and offered": (s) =>
		buildDrafts(
			anInterview()
				.interviewer("Dana Whitfield", { email: "dana@acme.example", highlight: `ran a 6-wk "${s}" workshop`, attachments: [`[[${s.replace(/\s/g, "-")}-template.pdf]]`, `reference (${s}).pdf`, `reference - ${s}.pdf`, `[${s} photos](https://x.example)`, `[${s} log (${s})](https://x.example)`] })
				.build(),
			"thank-you",
			{ settings, now },
		),
	"comment stripping": (s) => stripComments(s),
	"placeholder rendering": (s) => renderTemplate(`${s}{{company}}${s}{{date:${s}}}`, interviewPlaceholders(plainInterview, settings, now), now),
	"moment formats": (s) => formatMoment(now, s),
	"template notes": (s) => [parseTemplateNote(`---\nsubject: ${s}\n---\n${s}`), parseTemplateNote(`---\nsubject: {{${s}\n---\n`), parseTemplateNote(s), rawKeyLine(s, "subject")],
	"drafts from note values": (s) => (["thank-you", "linkedin", "next-steps", "check-in", "close-out"] as const).map((kind) => buildDrafts(interviewWith(s), kind, { settings, now })),
	"drafts from a template": (s) =>
		buildDrafts(plainInterview, "thank-you", { settings, now, templates: { "thank-you": { subject: s, body: `${s}\n{{interviewer.first_name}}\n${s}` } } }),
	"draft-block building": (s) => [draftBlock(draftWith(s), now), insertDraftUnderHeading(noteWith(s), "### Draft\n")],
	"the writer's heading, fence and log finding": (s) => applyMark(noteWith(s), "thank-you-sent", now),
	"frontmatter text editing": (s) => {
		const attempts = [
			`---\nnote: ${s}\nplan: |\n  ${s}\nsnoozed_until: 2026-12-01T09:00\nthank_you_sent:\n---\n${s}`,
			`---\n${s}\nsnoozed_until: x\n---\n`,
		];
		return attempts.map((text) => {
			try {
				return setFrontmatterKeys(text, { thank_you_sent: "2026-11-25T18:00", snoozed_until: null });
			} catch (error) {
				return error;
			}
		});
	},
	"frontmatter scanning": (s) => [scanFrontmatter(s), findFrontmatter(`---\n${s}`), findFrontmatter(`---\n${s}\n---\n`), frontmatterKeyLines(s), yamlScalar(s)],
	"values a comment cut short": (s) => [
		findCommentCuts(s),
		findCommentCuts(`interviewers:\n  - name: ${s} #1\n    highlight: ${s} #2\n    focus:\n      - ${s} #3\n  - ${s} #4\nnext_steps: ${s}\n  ${s} #5`),
		findCommentCuts(`company: ${s} #${s}`),
	],
	"heading and fence lines": (s) => [atxHeading(s), fenceOpening(s)],
	"a YAML failure's other values that hold ': '": (s) => yamlFailure({ code: "BLOCK_AS_IMPLICIT_KEY", linePos: [{ line: 1 }] }, `focus: ${s}\nnext: ${s}: x\n  - name: ${s}`),
	// (The parser is the caller's, and only its error is read here: a stand-in throws one, so that the row measures this code.)
	"a YAML failure and the mistake after it": (s) => {
		const text = `type: interview\nfocus: ${s}: x\nnext: ${s.replace(/\S+/g, "a: b")}\nrole: - ${s}\n`;
		return withNextFailure(yamlFailure({ code: "BLOCK_AS_IMPLICIT_KEY", linePos: [{ line: 2 }] }, text), text, () => {
			throw { code: "UNEXPECTED_TOKEN", linePos: [{ line: 4 }] };
		});
	},
	"a YAML failure of a list begun on its key's line": (s) => yamlFailure({ code: "UNEXPECTED_TOKEN", linePos: [{ line: 2 }] }, `focus: ${s}\n    ${s.replace(/\S+/g, "a")}focus:   -   ${s}\n  - x`),
	"lines of a note that say whom not to write to, or that someone hardly spoke": (s) => [noContactMention(`${s}\ndont email ${s} ana`, ["ana"]), throughOneMention(`${s} go thru ${s}`), quietMention(`${s}\nana barely ${s} didnt say ${s}`, ["ana"]), notRaisedMention(`${s}\ndo not bring up the ${s} thing ${s} w/ ana`, ["ana"]), goesByMention(`${s}\nana ${s} goes by "${s}" ${s}`, ["ana"], ["ana"]), toSendMention(`${s}\nsend ${s} send ana ${s} dont ${s} send`, ["ana"]), rivalMention(`${s}\nana applied for ${s} didnt get ${s}`, ["ana"])],
	"lines of a note that mention someone": (s) => [mentionsOf(s, ["ana", "will"], Infinity), mentionsOf(`---\n${s}\n---\n${s}\nana ${s}`, ["ana"], Infinity), mentionsOf(`ana seemed ${s.replace(/\S+/g, "seemed")} distracted`, ["ana"], Infinity), mentionsOf(`ana mentioned range ${s.replace(/\S+/g, "58-")} 64k`, ["ana"], Infinity), mentionsOf(`ana ${s.replace(/\S+/g, "maybe didn't")} like me`, ["ana"], Infinity), addressNameMention(`---\n---\n${s.replace(/\S+/g, "Jorge Moreno")} Ab`, "jmoreno@x.example")],
	"mailto building": (s) => [buildMailto([s, "a@b.example"], s, s), parseMailto(`mailto:${s}?subject=${s}&body=${s}`)],
	"settings parsing": (s) =>
		resolveSettings({ myName: s, signature: s, typeKey: s, typeValue: s, dateOnlyEndTime: s, decisionCheckInTime: s, draftTemplateFolder: s, icsPath: s }),
	"date parsing": (s) => [parseDateValue(s), parseDateValue(`2026-11-25T${s}`), parseDateValue(`2026-11-25 ${s}`)],
	"email checking": (s) => [isValidEmail(s), isValidEmail(`a@${s}`), isValidEmail(`${s}@b.example`)],
	"note reading, people and list splitting": (s) =>
		readInterviewNote(
			{
				file: `${s}.md`,
				frontmatter: {
					type: "interview",
					interview_start: "2026-11-25T13:00",
					company: s,
					role: s,
					interviewers: s,
					primary_contact: s,
					primary_contact_email: s,
					next_steps: s,
					status: s,
					thank_you_sent: s,
				},
			},
			settings,
			noLinks,
		),
	"notes whose YAML does not parse": (s) => readInterviewNote({ file: "a.md", frontmatter: null, parseError: { reason: s, rawText: s } }, settings, noLinks),
	"calendar file": (s) => buildCalendar(buildAgenda([interviewWith(s)], settings, now).actions, { now, vaultName: s }),
	"reviews 153-154: what is theirs as 'your', kinds listed, years in a post, labels, counts, next steps in two sentences, shared mailboxes": (s) => [
		focusTopic(`their ${s} breaks on the ${s} are ${s}`),
		focusTopic(`their ${s} is huge. ${s}`),
		focusTopic(`${s} — ${s}, ${s}, disabled ${s}`),
		focusTopic(`${s}s: ${s}, ${s}`),
		experienceOf(`internal ${s} auditor 2 yrs`),
		experienceOf(`${s} cert'd, 0 ${s}, avg ${s}`),
		experienceOf(`caught ${s} in an audit, recovered ~$410k ${s}`),
		experienceOf(`35 new ${s}`),
		experienceOf(`${s}; key ${s}: ${s}`),
		readNextSteps(`${s} to let me know. ${s} bc ${s}`, { names: ["Alma"] }, now, now),
		readNextSteps(`they're doing ${s}, will ${s}`, { names: ["Alma"] }, now, now),
		focusTopic(`diag: ${s} & ${s}`),
		focusTopic(`chemo / USP 800 ${s}, ${s}`),
		focusTopic(`${s} keep changing ${s} after ${s}`),
		focusTopic(`turnover on overnight shift ${s} r ${s}`),
		experienceOf(`wrote SOP for ${s} at 2025 TJC survey ${s}`),
		experienceOf(`ran 6k mi ${s} on 40 ft ${s}`),
		buildDrafts(anInterview().interviewer("Dana Whitfield", { email: "d@x.example" }).interviewer("", { email: "hr@x.example" }).primaryContact("", "rachel@x.example").build(), "check-in", { settings, now, noteText: `---\ntype: interview\n---\nRachel @ ${s} (${s})\n` }),
	],
	"reviews 155-156: posts before names, fronted sentences, describing words, complaints about, asides in brackets, a condition said whole": (s) => [
		experienceOf(`live 12 min from ${s}`),
		experienceOf(`At ${s} I managed ${s}`),
		experienceOf(`${s}. Ran the ${s} when our foreman got hurt.`),
		experienceOf(`peds + geriatric ${s}, 14k gal ${s}, ${s} + ${s} team`),
		focusTopic(`${s}-first, ${s}, ${s}`),
		focusTopic(`${s} complaints about ${s}`),
		readNextSteps(`${s} to email re ${s} (paid) prob next wk`, { names: ["Alma"] }, now, now),
		readNextSteps(`2nd round w/ ${s} wk of 12/14, maybe ${s} (${s})`, { names: ["Alma"] }, now, now),
		readNextSteps(`ok'd for ${s}, offer by 12/11 if refs ok`, { names: ["Alma"] }, now, now),
		experienceOf(`Ran ${s}. ${s}. Zero ${s} in 2 vintages.`),
		focusTopic(`their ${s}s r tanking, ${s}`),
		fromNotesCheck(`I was glad to tell you about my work on ${s} team.`),
		experienceOf(`staff lead on ${s} update`),
		experienceOf(`${s} daily for 4 yrs`),
		experienceOf(`Sabre 8 yrs, ${s}`),
		experienceOf(`FFT1 qual'd 2025 ${s}`),
		focusTopic(`Housing Element ${s}`),
		companyInSentence(`City of ${s} - ${s} Development Department`),
		readNextSteps(`${s} wk of 12/14 OF ${s}`, { names: ["Owen Fairbanks", "Owen", "OF"] }, now, now),
		buildDrafts(anInterview().interviewer("Tom Reyes", { email: "t@x.example" }).build(), "thank-you", { settings, now, noteText: `---\ntype: interview\n---\nTom's ${s} health apparently ${s}\nTom asked ${s}\n` }),
		parseInterview({ file: "N.md", frontmatter: { type: "interview", company: "X", role: "Y", interview_start: "2026-12-03T09:30", interviewers: `Ana Ruiz, Councilmember aide ${s} Brandt, HR analyst ${s}` } }, DEFAULT_SETTINGS, noLinks),
	],
	"reviews 159-166: titles with '!', lists read item by item, hoped decisions, a relay before a dash, years in a field, places and credentials, initials of a title, another's we, names among units, credentials held, events run, things still used, titles before the reader's name, C. diff": (s) => [
		experienceOf(`Kept ${s} Oklahoma! build ${s}! b ${s}`),
		experienceOf(`${s}\nQA'd ${s}\n${s}; ${s}`),
		experienceOf(`got ${s} line at ${s} from 41 to 56, re-did ${s}`),
		experienceOf(`8 yrs AAR billing, ${s}, 3 yrs ISO 7 cleanroom ${s}`),
		experienceOf(`AWS D1.1 and ${s} cert, drafted full ${s}`),
		experienceOf(`${s} duties at Mercy ${s}; wrote our ${s} SOP`),
		experienceOf(`${s}. got a grant for ${s} too`),
		focusTopic(`USP 797 rev. ${s}`),
		focusTopic(`${s} thruput dropping on 2nd, ${s} prep 2023, overruns on last two ${s}`),
		readNextSteps(`Jess - "${s}"`, { names: ["Jess"] }, now, now),
		readNextSteps(`${s} want to decide ${s} - they hope to decide ${s}`, { names: ["Alma"] }, now, now),
		readNextSteps(`she'll send my stuff to ${s}, onsite prob ${s}`, { names: ["Alma"] }, now, now),
		readNextSteps(`${s} OM to call by fri, Glen said: "we'll ${s}" this wk before the holidays ${s}`, { names: ["Alma"], title: `Ops ${s} Mgr` }, now, now),
		experienceOf(`${s} since '19, ${s} in prog; 8 ${s}, 4 yrs chairside in ${s}`),
		greetingName(`${s} Tan, MD ${s}`, `County Commissioner (${s})`),
		focusTopic(`${s} regen issues on ${s}? She wants ${s}`),
		experienceOf(`wrote ${s} + ${s} program, built ${s} checklist`),
		experienceOf(`ran ${s} + ${s} refresher for ${s}; ${s} Certified Rigger, ${s} in progress; ~90 ${s} insp w/ Mo`),
		experienceOf(`Wrote ${s} that ${s} still uses`),
		readNextSteps(`decision after Dr. Holt ${s}. ${s} Dr. ${s}. after Holt talks ${s}`, { names: ["Karen Holt", "Holt"] }, now, now),
		focusTopic(`C. diff ${s} c diff, their ${s} triples during ${s}, victim comp ${s}`),
		readNextSteps(`she'll pass my app to ${s}, "should hear ${s}"`, { names: ["Alma"] }, now, now),
		buildDrafts(anInterview().interviewer("Tom Reyes", { email: "t@x.example" }).build(), "thank-you", { settings, now, noteText: `---\ntype: interview\n---\nTom said hi and ${s} popped in to ${s} left after ${s}\n` }),
		buildDrafts(anInterview().interviewer("Tom Reyes", { email: "t@x.example" }).build(), "thank-you", { settings, now, noteText: `---\ntype: interview\n---\nTom whispered ${s} = low ${s}\nTom asked ${s}\n` }),
	],
	"reviews 167-168: credentials held since a year or joined by a hyphen, what the user is used to, a post on a unit named by its initials": (s) => [
		experienceOf(`${s} since 2019, ${s}-certified, CRCST since ${s}`),
		experienceOf(`${s}, used to ${s}, used to ${s}, comfortable w/ ${s}`),
		experienceOf(`used to ${s}, `.repeat(4) + `used to ${s}`),
		experienceOf(`3 yrs ED ${s}, 4 yrs ${s} tech at ${s}`),
		experienceOf(`AWS D1.1 and ${s} certification, ${s} and D2 license`),
		experienceOf(`cut ${s} to zero in ${s} 4 months in 4 months, ${s} incl. ${s}`),
		experienceOf(`as ${s} as CPE ${s} resident as ${s} at IEP/${s} level at ${s} level`),
		experienceOf(`set up ${s} table, ran 2022 ${s} clinic, coordinated 2-crane ${s} pick ${s}`),
		focusTopic(`${s}, their ${s} is killing ${s} is killing OEE, ${s} patient experience`),
		focusTopic(`They need someone who can triage ${s} and pole-cam ${s} and ${s}`),
		experienceOf(`seasoning ${s} + ${s} I built w/ ${s}, no ${s} complaints`),
		experienceOf(`Cut ${s} from 2.5 hrs to 90 min ${s} from ${s} to ${s}`),
		companyInSentence(`${s} Sheriff's Office – ${s} Dept of ${s} Works`),
		companyInSentence(`${s} Office, ${s}, ${s}`),
		readNextSteps(`${s} and HM to call ${s} and ${s} to call by fri`, { names: ["Alma"] }, now, now),
		toSendMention(`${s}\nsend Ana ${s} maybe not ${s}\n`, ["Ana"]),
		focusTopic(`PN → ${s} EN ${s} transitions, ${s} and on-call, Supervisory exp. ${s} exp`),
		experienceOf(`the ${s} raised ${s} and I ran ${s} and I ${s}`),
		readNextSteps(`KH 2 call ${s} KH to ${s}`, { names: ["Kate Hollis"], context: [`${s} Hart`] }, now, now),
		readNextSteps(`${s}?? or ${s} final answer ${s}?? or final word`, { names: ["Alma"] }, now, now),
		focusTopic(`whether i can work ${s} + drive ${s}`),
		experienceOf(`plow rte for Town of ${s} for City of ${s}`),
		experienceOf(`${"no a, ".repeat(8)}no ${s}, did ${s}`),
		experienceOf(`no ${s}, no b, ${s}`),
		readNextSteps(`2nd round ${s}, shadow ${s} TBD, ${s} tbd`, { names: ["Alma"] }, now, now),
		addressNameMention(`${s}\nBob DeLuca ${s} Ann McKee-Ross ${s}\n`, "bdeluca@x.example"),
		takenBackMention(`${s}\n${s} I oversold ${s} grievances ${s}\n`, `${s} grievances ${s}`),
		rivalMention(`${s}\nDana ${s}. he applied for Gloria's job ${s}. ${s} internal candidate ${s}\n`, ["Dana"]),
		splitPeopleText(`Wanda ${s} - Recruiter, Apex ${s} Staffing <w@x.example>, ${s} Inc <a@b.example>`),
		readNextSteps(`then ref chk ${s} -> board approval ${s} -> board ${s}`, { names: ["Alma"] }, now, now),
		buildDrafts(anInterview().interviewer("Tom Reyes", { email: "t@x.example" }).nextSteps(`stage check ${s} thurs or fri ${s}`).build(), "check-in", { settings, now }),
	],
	"reviews 173-174: a team's need after what they said of it, a loss, a measure, a doing with its particle, slashes, two doings of a list, a week by its day": (s) => [
		focusTopic(`${s} stretched thin and they need someone who can ${s}, needs someone who can ${s}`),
		focusTopic(`the ${s} and how I would ${s} and how I ${s}`),
		focusTopic(`they lost 30% of their ${s} mid semester ${s}`),
		focusTopic(`Their ${s} wait for ${s} is 40+ min ${s}`),
		focusTopic(`moving ${s} online for the ${s}/${s} students ${s}/${s}`),
		focusTopic(`title v ${s} due march ${s} title ix ${s}`),
		experienceOf(`wrote ${s} at ${s}\ntrained 12 ${s} on it`),
		experienceOf(`ran ${s} for ${s}/${s}/${s} at x.com/${s}/${s}`),
		readNextSteps(`2nd rnd ${s} wk of 14th ${s} week of the 3rd`, { names: ["Alma"] }, now, now),
		readNextSteps(`decide after ${s}, call either way ${s}, email me either way`, { names: ["Alma"] }, now, now),
		mentionsOf(`${s}\nAlma rolled eyes ${s} lol ${s}\n`, ["Alma"]),
		buildDrafts(anInterview().interviewer("Tom Reyes", { email: "t@x.example" }).nextSteps(`decision by ${s}`).build(), "check-in", { settings, now }),
	],
	"reviews 175-176: a post after a comma, a thing and its result, what was done with it after, a day of the week, a level held, a post with what it runs, 'total' and 'pass to'": (s) => [
		splitPeopleText(`Sam ${s}, Chief ${s} Officer; Ann ${s}, Medical ${s} Director, Bob ${s}`),
		experienceOf(`${s} pilot cut ${s} by half, used for ${s}, used for ${s}`),
		experienceOf(`Sensory-friendly ${s} Saturdays pilot cut ${s}`),
		experienceOf(`WSET level 2 w/ distinction ${s} level ${s}`),
		focusTopic(`${s} on sat ${s} on fri ${s} curric ${s}`),
		roleInLetter(`Assistant Director, ${s} Abroad`, `${s} College`),
		readNextSteps(`${s} 2-3 wks total ${s}, pass to nursery supv ${s} pass to ${s} mgr`, { names: ["Alma"] }, now, now),
	],
	"reviews 177-178: a card's short form whole, a trade's department, a checklist's 'yes', days typed 'd', a close-out before it opens": (s) => [
		experienceOf(`brought ${s} at ${s} from 11/mo to 2/mo ${s} from 30d to 11d ${s}`),
		experienceOf(`ran wardrobe for ${s}, started phone coaching at my ${s} program`),
		focusTopic(`their ${s} program is only half ${s} - ${s} yes, ${s} no`),
		focusTopic(`Getting ${s} to finish ${s} before ${s}`),
		buildDrafts(anInterview().interviewer("Tom Reyes", { email: "t@x.example", focus: `getting ${s} to ${s}`, highlight: `brought ${s} from 3 to 1` }).build(), "handwritten-note", { settings, now }),
		buildDrafts(anInterview().interviewer("Tom Reyes", { email: "t@x.example" }).nextSteps(`ref checks ${s} then ${s} within 2 weeks of our interview`).build(), "next-steps", { settings, now }),
	],
	"reviews 179-180: a share of people, a particle for a topic, 'not' at the end, compounds, a course's article, a call with the contact": (s) => [
		focusTopic(`40% drop out ${s} after first ${s}`),
		focusTopic(`the ${s} went live ${s} not canned ${s} not ${s}`),
		focusTopic(`school for long stay ${s} end of life / ${s} soil moist ${s}`),
		experienceOf(`ran 6G ${s} course for local 597 ${s} local ${s}`),
		spokeWithMention(`${s}\nphone screen w ${s} w tasha ${s}\n`, ["Tasha"]),
		buildDrafts(anInterview().primaryContact("Tasha Greenwood", "tg@x.example").build(), "thank-you", { settings, now, noteText: `---\n---\n# phone screen w tasha ${s} with ${s}\n` }),
	],
	"reviews 181-182: a member before a name, 'said soon', a label, a season's year, a share of a term, a measure that got worse": (s) => [
		cleanName(`Board ${s} member Carl ${s}`),
		readNextSteps(`${s} jay said "soon" ${s} said "soon"`, { names: ["Jay"] }, now, now),
		readNextSteps(`${s} pass to Tom ${s} pass to ${s}`, { names: ["Alma"] }, now, now),
		experienceOf(`${s} result: soldered ${s} in summer '25 ${s}/term ${s} KB articles the Tues ${s}`),
		focusTopic(`their ${s} rate went from 4% to 11% ${s}`),
	],
	"reviews 183-184: what others say, a person wanted, a state first, a shift's hours, 'mtg', 'hm', gossip": (s) => [
		focusTopic(`families say they ${s} feel rushed, she wants an apprentice who ${s} can slow down ${s} wants nurses who catch ${s}`),
		focusTopic(`she wants every ${s} change traceable - right now ${s}`),
		experienceOf(`Comfortable with ${s}, drove ${s} for Meridian ${s} 1 yr`),
		experienceOf(`worked 4am ${s} shift at Sysco ${s} 2 seasons of 4pm-1am shift ${s}, via the ${s} I started, both passed ${s} at DaVita 2025`),
		experienceOf(`(LP + ops) (x) ${s} (y) Latency ${s}`),
		experienceOf(`hospice volunteer 4 yrs, ${s} intern at Google ${s} 4 yrs front counter at ${s}`),
		readNextSteps(`board votes at the 12/4 mtg ${s} hm to call ${s} w/ hm ${s}`, { names: ["Rolf"] }, now, now),
		mentionsOf(`---\n---\nrolf ${s} lol grilled me ${s} liked me maybe? the last ${s} left\n`, ["Rolf"]),
	],
	"reviews 185-186: a place open to people, people dealt with, 'of ~', a system, a certificate, a company short, 'said:', 'passing to'": (s) => [
		focusTopic(`they want the ${s} open to teens ${s} without ${s}`),
		focusTopic(`dealing w campers who ${s} w/o a ${s} on holiday wknds`),
		focusTopic(`The backlog of ~3,000 ${s} since ${s}`),
		experienceOf(`Banner ${s}DegreeWorks`),
		experienceOf(`- de-escalation ${s} cert (CPI)`),
		companyInSentence(`oakridge ${s} cem. assoc ${s} lib`),
		readNextSteps(`hm said: call ${s} brenda passing to HSA ${s} -> panel`, { names: ["Brenda"] }, now, now),
	],
	"reviews 187-188: time lost, troubles of people served, a bracketed colon, a span alone, initials, a tool": (s) => [
		focusTopic(`they lose about 2 hrs a week to ${s} jams ${s}`),
		focusTopic(`New hires ${s} quitting in the first ${s}`),
		focusTopic(`homeowners ${s} falling behind on ${s}`),
		experienceOf(`built the ${s} (note: ${s} (x: ${s}) it's ${s}) ${s}, none ${s} backed out w/ checklist app ag lease admin @ county ext`),
		readNextSteps(`${s} 1 wk`, { names: ["Brenda"] }, now, now),
		companyInSentence(`wrvx ${s} of ${s} bcbs`),
		roleInSentence(`prop ${s} mgmt asst`, "Acme"),
	],
	"reviews 189-190: a span after a comma, a post passed to, in person, 'hm (name)', 'N of M', an office, initials, 'only her'": (s) => [
		readNextSteps(`Kayla will call ${s}, 1 wk or so ${s} pass to ${s}dockmaster, maybe in person ${s} hm (gail) ${s}`, { names: ["Kayla"], context: ["Gail Porter"] }, now, now),
		experienceOf(`started ${s} at Tri-County, 11 of 14 ${s} trainees passed`),
		companyInSentence(`Harlan ${s} County Assessor`),
		greetingName(`tk ${s} hr`),
		spokeWithMention(`---\n---\ncarla ${s} only her ${s}\n`, ["Carla"]),
	],
	"reviews 193-194: a goal, a private label, a trouble reframed, a result after a comma, a meeting, a place after a slash": (s) => [
		focusTopic(`They want to hit ${s} by june`),
		focusTopic(`enrollment dropped from 62 to 48 ${s}`),
		focusTopic(`donor ${s} deferrals up since ${s}`),
		focusTopic(`He's worried the ${s} won't make it thru ${s}`),
		focusTopic(`ticket ${s} + dock ${s} dont talk, ${s} next day orders ${s} bedknife adj`),
		focusTopic(`Two ${s} trays came up ${s}`),
		experienceOf(`cleaned up ${s}, late ${s} payments 40 -> 6 a month`),
		experienceOf(`moved ${s}, late calls dropped to ~5/day`),
		experienceOf(`Filled ${s} - 30 tours a month, 95% enrolled`),
		experienceOf(`ran ${s} (0 flagged trays in 6 months after) july 4th ${s}`),
		mentionsOf(`---\n---\nprivate:\n${s}\n\ntasha ${s}\n`, ["Tasha"]),
		readNextSteps(`session approves ${s} at jan mtg, rev E to email ${s} after`, { names: ["Ruth"], context: [] }, now, now),
		readNextSteps(`call back after advent ${s} talks to regional ${s} this wk`, { names: ["Ruth"], context: [] }, now, now),
		roleInSentence(`Assistant ${s}/crew ${s}`, "Acme"),
		companyInSentence(`Mercy ${s} Med Ctr`),
	],
	"reviews 195-196: a week of a month, a go-between, 'says', articles, family, credentials, a pace, faults, part-time": (s) => [
		readNextSteps(`rob to decide after hes back ${s} maybe 2nd wk of dec ${s} courtney is the go between ${s}`, { names: ["Rob"], context: [] }, now, now),
		readNextSteps(`kelly says they ${s} hr does bg check ${s} after in-water skills test ${s}`, { names: ["Kelly"], context: [] }, now, now),
		experienceOf(`avail wknds, ${s} no kids, ${s}`),
		experienceOf(`CRCST cert 2023 ${s} CPO since 2022`),
		experienceOf(`At Piedmont I ${s}; stockouts went from like 30/mo to 4`),
		experienceOf(`${s} 35 units/day`),
		focusTopic(`weight ${s} errors on ${s} from ${s}`),
		roleInSentence(`events ${s} coord (PT)`, "Acme"),
		subjectRoleName(`Ramp ${s} Agent - Lead`),
	],
	"reviews 197-198: 'gh tech', a cut plural, a store's number, orders handled, a thing that did well": (s) => [
		roleInSentence(`seasonal ${s} gh tech ${s}`, "Acme"),
		focusTopic(`${s} parts runs`),
		experienceOf(`trained ${s} @ store 114 ${s}`),
		experienceOf(`did 30+ custom ${s} orders/wk`),
		experienceOf(`Summer camp at Lakeside ${s} sold out ${s}`),
	],
	"reviews 199-200: a link shown with a title, a step to prepare for, 'every sat', a rank, a loss, retiring, a span, 'pt'": (s) => [
		readNextSteps(`trent will let me know, ${s} 2-3 wks`, { names: ["Trent"], context: [] }, now, now),
		experienceOf(`Top 3 in the region ${s} every sat ${s} a dementia pt ${s}`),
		focusTopic(`They lost ${s} because of slow ${s}`),
		mentionsOf(`---\n---\nhelen is retiring ${s} retires in ${s}\n`, ["Helen"]),
		parseInterview({ file: "Interviews/x.md", frontmatter: { type: "interview", company: "Acme", interview_start: "2026-12-02T10:00", interviewers: [{ name: `[[Hannah ${s} Whitcomb|Dr. ${s} Whitcomb]]` }] } }, DEFAULT_SETTINGS, () => null),
	],
	"reviews 201-202: a 'led' in a word, 'mayb', a parts counter": (s) => [
		experienceOf(`started a ${s}-led ${s} club`),
		readNextSteps(`will call ${s} mayb 2nd ${s}`, { names: ["Ana"], context: [] }, now, now),
		roleInSentence(`parts ${s} ctr assoc`, "Acme"),
	],
	"reviews 203-204: a list, a time of day, a passing on, red stores, an average turn": (s) => [
		focusTopic(`${s} wait times\n${s} parts runs, ${s} 5:30 am ${s}`),
		focusTopic(`${s}, 3 stores red on ${s} Rx wait times, ${s}`),
		focusTopic(`getting ${s} ready for ${s} and nobody ${s}s the board`),
		readNextSteps(`she'll pass me to store ${s} mgr, in person ${s} intvw prob next wk, between me and 1 other, should know ${s}`, { names: ["Ana"], context: [] }, now, now),
		experienceOf(`${s} doors, avg 22 min turn ${s}`),
		roleInLetter(`dock ${s} clerk 2nd shift`, "Acme"),
		roleInLetter(`RN, Pre-Op / ${s}`, "Acme"),
		focusTopic(`the ${s} is also a ${s} point, not just ${s}`),
		focusTopic(`${s} renewals: ${s}% last season, ${s}`),
		focusTopic(`os&d ${s} claims up 30% since ${s}, temps on hot ${s} - ${s} drops - ${s}`),
		readNextSteps(`hr will ${s}, renee said decision by mid ${s}, and that a decision was expected within ${s}`, { names: ["Ana"], context: [] }, now, now),
	],
	"reviews 205-206: a race, years as a CNA, a form still used, a Saturday morning, a chief officer": (s) => [
		experienceOf(`ran check-in for 5k runners ${s} at the ${s} 5k, 2 yrs CNA ${s}`),
		experienceOf(`2 yrs 0 call outs @ ${s} deli, wrote the ${s} form Pine ${s} River still uses incl. ${s} incl. ${s}`),
		experienceOf(`2 yrs peds PSG ${s} peds ${s}`),
		focusTopic(`the ${s} + check in line on sat mornings ${s} to actually show up ${s} ghosted`),
		greeting(`Chief ${s} Whitmore`, "Hi", `Chief ${s} Officer`),
		readNextSteps(`vic -> call mon/tue re 2nd w/ regional ${s}, panel w/ billing supvr ${s}`, { names: ["Ana"], context: [] }, now, now),
		roleInLetter(`wnf ${s} attendant pt`, "Acme"),
		fromNotesCheck(`at sunrise ${s} manor, with 0 ${s} 1 ${s}. supvr ${s}`),
	],
	"reviews 207-208: referees, a first week, a gloss, a record, retention, a call to set up, a short name": (s) => [
		experienceOf(`scheduled ${s} soccer teams and their refs ${s} refs, in first wk ${s}`),
		experienceOf(`ran the TCC (${s} ${s}) clinic, ran the ABC (${s}) ${s}`),
		experienceOf(`4 winters ${s} for ${s}, never missed a ${s}`),
		focusTopic(`their ${s} turnover, ${s}`),
		readNextSteps(`hm to call by fri for in person ${s}`, { names: ["Ana"], context: [] }, now, now),
		mentionsOf(`---\n---\n${s} (${s}) + ${s} -> ${s}\n`, [s.slice(0, 40)]),
		shortNamesOf(`tam (${s}) + tams -> ${s}\ntamsi: ${s}\n`, [{ first: "Tamsin", names: ["Tamsin", "Reyes"] }]),
		focusTopic(`how I'd handle their ${s} formulary, backlog 3k+ ${s} items, angry custs @ ${s}`),
		readNextSteps(`helen checking ${s}, 2-3 wks, decision b4 holidays ${s}`, { names: ["Helen"], context: [] }, now, now),
		spokeWithMention(`---\n---\nph scrn w/ ${s} (HR/recr) ${s}\n`, ["Tasha"]),
		focusTopic(`their ${s} delinquent ${s} accounts, ${s}`),
	],
	"reviews 213-214: a count of none, a month after a start, work under way, a question listed, a line backing up, a meeting passed on to, a post's email, a list of who was who, a season after": (s) => [
		experienceOf(`ran the desk for 3 yrs, 0 ${s} pts in my ${s} audit, 0 ${s}`),
		experienceOf(`pedi fits @ ${s} 2y ${s} 3y`),
		focusTopic(`the new ${s} room opening feb, ${s} launches mar`),
		focusTopic(`they're doing a 400 door ${s} job in jan`),
		focusTopic(`laser ${s} downtime\nwho to call ${s}, what to ${s}`),
		focusTopic(`Their ${s} lines back up ${s} on opening ${s} weekends and ${s}`),
		readNextSteps(`tess passing me to store mgr, in-person w/ him + ${s} owner prob next wk`, { names: ["Tess"], context: [] }, now, now),
		readNextSteps(`hr email nxt wk re ${s}, Dana call ${s} by fri`, { names: ["Ana"], context: [] }, now, now),
		quietMention(`---\n---\n${s} = hr, ${s} = ?? (${s}, barely talked)\n`, ["Sam"]),
		buildDrafts(anInterview().primaryContact("Anita Rao", "a@x.example").with({ nextSteps: `${s} decide after the holidays ${s}`, decisionExpected: local("2026-12-18T00:00") }).build(), "check-in", { settings, now: local("2026-12-10T10:00") }),
	],
	"reviews 213-214, second reading: a figure brought down to, a measure that moved, a credential first, a state, gossip, whose 'their', a draft linked": (s) => [
		experienceOf(`got the ${s} at ${s} down to 25 min ${s} from 45`),
		experienceOf(`${s} cert + wrote the ${s}, close rate went up ${s} 18%`),
		focusTopic(`getting ${s} + ${s} right at 3am ${s}`),
		mentionsOf(`---\n---\nbev said ${s} "didnt last ${s}, couldnt handle ${s}" hmm\n`, ["Bev"]),
		fromNotesCheck(`I cut their ${s} backlog, cutting their ${s}`),
		focusTopic(`Parents. They call ${s} and ${s}`),
		focusTopic(`${s}s. they need a ${s} reset ${s}`),
		experienceOf(`calmed ${s} at ER ${s} window, at ICU ${s} desk`),
	],
	"reviews 215-216: a participle after 'getting', a clause of wants, '4' and '$$', a thing made then a measure, a round done, the holidays allowed for": (s) => [
		focusTopic(`emergency ${s} calls after hrs getting dropped, ${s} techs double booked`),
		focusTopic(`${s} students all want the same ${s} slots, ${s}`),
		focusTopic(`${s} / ${s} reporting\nID ${s} checks`),
		experienceOf(`ran ${s} ticketing 4 Bright ${s} Feet, costume $$ collection ${s}`),
		experienceOf(`reminder ${s} + text system i set up at ${s}, no shows went from 14% to 6% ${s}`),
		readNextSteps(`${s} said theyd decide 2-3 wks, holidays slow everything ${s}, owner does 2nd rnd ${s}`, { names: ["Ana"], context: [] }, now, now),
		quietMention(`---\n---\n${s} asked nothing, ${s} mostly watched\n`, ["Omar"]),
		buildDrafts(anInterview().company(`Top ${s} Schl`).role(`Front ${s} / Studio ${s}`).interviewer("Gus Hale", { email: "g@x.example" }).build(), "thank-you", { settings, now }),
		buildDrafts(anInterview().primaryContact("Carol Bey", "c@x.example").interviewer("Luis Ortega").with({ nextSteps: `hm to call ${s}` }).build(), "next-steps", { settings, now, noteText: `---\n---\n${s} (${s} = hm) luis = hm ${s}\n` }),
		knewBeforeMention(`---\n---\n${s} gus ${s} i know him from ${s}\n`, ["Gus"]),
		experienceOf(`renewal ${s} rate: 58% -> 71%`),
		experienceOf(`built shared gcal ${s} -> 0 dbl bkgs ${s}, my rate was lowest in district ${s}`),
	],
	"reviews 217-218: training fast, slang, a name in brackets, a rollout, two 'with' parts, a street, someone to start": (s) => [
		focusTopic(`training new ${s} agents fast for dec, ${s} cancels killing ${s} schedules`),
		experienceOf(`managed ${s} software (Mindbody) + set up ${s} rollout, cut avg wait ${s} from 11 min to 4`),
		experienceOf(`Set up mobile key + ${s} kiosk rollout at the ${s}, cut avg wait from 11 min to 4`),
		experienceOf(`rebuilt ${s} -> 120 students, zero ${s} bookings, at the store on 5th ${s}`),
		readNextSteps(`they want someone start ${s} before xmas, call by fri w/ next round ${s}`, { names: ["Ana"], context: [] }, now, now),
		focusTopic(`getting ${s} + ${s} pts scheduled w/in 2 wks ${s}`),
		experienceOf(`3 yrs Epic ${s}, super user at ${s}`),
		focusTopic(`${s} holders keep getting double charged by ${s}`),
		focusTopic(`The ${s} volunteers don't show up on weekends ${s}`),
	],
	"reviews 233-238: what they have waiting, a race, a branded thing, a particle, a doing with its object, a clause as work, 'else email', 'Nx'": (s) => [
		focusTopic(`they have ~300 ${s}s stuck in "${s}" at any time and ${s}`),
		focusTopic(`customer complaints on the phone, ${s} on ${s}`),
		focusTopic(`the training new ${s} on ${s}`),
		experienceOf(`cut no-shows at the 5k from ${s} ${s}-branded ${s} tees`),
		experienceOf(`set up auto ${s} emails at the ${s} -> ${s}`),
		experienceOf(`Reminder ${s} + ${s} at the gym cut ${s} from 15% to 4%.`),
		expandShorthand(`refused ${s} 2x on a ${s} 5x abt ${s}`),
		readNextSteps(`tom to call by ${s} if moving fwd, else email`, { names: ["Ana"], context: [] }, now, now),
		readMattered(`${s}. i havent used ${s}, im in grad school ${s}. i'd built ${s} -> she literally said "${s}"`, forUserOnly),
		greetingName(`Dr. ${s} (${s}), ${s}, ${s}`),
		focusTopic(`late ${s}s from the ${s} mean ${s} by 3pm`),
		greetingName(`Br ${s} Hussain`),
	],
	"reviews 247-248: how they took it, a relative's service, just logistics, went from a figure, a stage as a doing, conv": (s) => [
		withoutTheirReaction(`${s} that i caught -> he nodded ${s}. She teared up ${s}, ${s} - they loved it`),
		privateRemark(`my grandpa's ${s} service ${s}`, "highlight"),
		readMattered(`just logistics. ${s}`, forUserOnly),
		experienceOf(`my ${s} went 3.9 -> 4.4 ${s} went ${s}`),
		readNextSteps(`2nd round = shadow a ${s} shift, ${s} conv w/ ${s}`, { names: ["Ana"], context: [] }, now, now),
	],
	"reviews 245-246: an adverb first, a rough change, kept from everyone, meeting in person, 'u', a round or no, marks, holidays": (s) => [
		experienceOf(`Also did ${s} intake at my aunts ${s} shop`),
		experienceOf(`cut ${s} w/ ${s}, ~30% -> 12% in ${s} ~${s}`),
		readNextSteps(`in-person meet w/ ${s} tues, ${s} w/ 2nd round or no ${s}`, { names: ["Ana"], context: [] }, now, now),
		readNextSteps(`${s}: "we'll let u know ${s}"`, { names: ["Ana"], context: [] }, now, now),
		focusTopic(`$$ - ${s} $$ ${s}`),
		expandShorthand(`christmas/new year ${s} my dads ${s} shop`),
		notRaisedWithAnyoneMention(`---\n---\n- ${s} dont tell them about ${s}\n- dont mention ${s}\n`),
	],
	"reviews 243-244: kept quiet, let go, family, mocking, the one before, cares that, unknown lines, a later weekday, a search": (s) => [
		privateRemark(`didnt say i was let go after the ${s} write-up, keep it that way ${s} (maybe too personal?)`, "highlight"),
		privateRemark(`my dad's ${s} lady ${s} screaming the last ${s} person ${s} didn't say ${s} caring for my ${s} surgery`, "focus"),
		readMattered(`??? ${s}`, forUserOnly),
		readMattered(`${s} -> i said my ${s} is conversational, not fluent. be honest abt ${s}`, forUserOnly),
		focusTopic(`He cares that ${s}s give ${s} realistic windows. said last person ${s}`),
		readNextSteps(`${s} emails mon, maybe a ${s} (paid) sat ${s} wed`, { names: ["Ana"], context: [] }, now, now),
		linkedinSearchUrl(`${s} ${s}`, `${s} & ${s}`),
		expandShorthand(`christmas ${s} xmas eve ${s} easter`),
		fromNotesCheck(`on December 1 ${s} about 1 ${s}`),
	],
	"reviews 241-242: a weekday and a date, hours after a date, labels as sentences, words brought in, a that-clause, a sum done, slips": (s) => [
		readNextSteps(`come in sat 12/13 ${s} for a ${s} shift 9-1 ${s} 12/12 10am-4`, { names: ["Ana"], context: [] }, now, now),
		resolveDays(`sat 12/6 ${s} 9-1 wed 12/9 ${s}`, now, now),
		weekdayClash(`sat 12/6 ${s} mon 12/7 ${s} fri 1/1`, now),
		focusTopic(`${s}. ${s}. ${s}`),
		focusTopic(`Kayla wants help with ${s}. Her words: "${s}."`),
		focusTopic(`that the ${s} knows ${s} vs. ${s}`),
		focusTopic(`handling complaints about ${s} orders`),
		focusTopic(`${s}s signed off before anything hits ${s}`),
		experienceOf(`$18k/mo in ${s} reconciled, ${s}`),
		experienceOf(`I explained ${s} & why ${s}`),
		experienceOf(`the ${s} when we had ${s} + ${s}`),
		expandShorthand(`teh ${s} adn ${s} thier`),
		readMattered(`${s}. i said "${s}" (${s})`, forUserOnly),
		parseInterview({ file: "I.md", frontmatter: { type: "interview", interview_start: "2026-11-25T13:00", interviewers: `Mike "Tiny" ${s}, ${s} "${s}" ${s}` } }, DEFAULT_SETTINGS, noLinks),
	],
	"reviews 231-232: what mattered to each, read from the notes' own section": (s) => [
		matteredLines(`---\n---\n## What mattered\n- ${s}: ${s}. told him abt my ${s}, he liked it (${s})\n- dr ${s} - ${s}\n`),
		readMattered(`${s}. ${s}, ${s} (she liked ${s}). i said i ${s}, he looked ${s}`),
		readMattered(`${s} #. ive used it ${s} 2 yrs`),
		readMattered(`${s} → told her yes, ${s}. me → ${s}, she hates ${s} (${s}... bluffed)`, forUserOnly),
		buildDrafts(anInterview().interviewer("Mike Tran", { email: "m@x.example" }).build(), "thank-you", { settings, now, noteText: `---\n---\n## What mattered to each of them\n- mike: ${s}. told him abt my ${s} (${s})\n` }),
	],
	"reviews 229-230: an average up, a duty in -ing, a short name shown": (s) => [
		experienceOf(`avg ${s} up 18% after ${s}`),
		roleInLetter(`${s} / ${s}ing`, "Acme"),
		parseInterview({ file: "I.md", frontmatter: { type: "interview", interview_start: "2026-11-25T13:00", interviewers: [`[[Raymond ${s}|Ray]]`] } }, DEFAULT_SETTINGS, noLinks),
	],
	"reviews 227-228: a time quoted, a place that decides, relayed, paid, an initial, memberships, breath, a plus in a role": (s) => [
		readNextSteps(`amy said "end of next week prob" ${s} club decides ${s}, to relay, ${s}, paid`, { names: ["Ana"], context: [] }, now, now),
		readNextSteps(`she'll pass to ${s} mgr, dale has final say ${s}`, { names: ["Ana"], context: [] }, now, now),
		experienceOf(`sold 40 ${s} memb ${s}, approval rate 92%`),
		focusTopic(`chest pain / sob ${s} verif ${s}`),
		roleInLetter(`${s} + ${s} recep`, "Acme"),
		cleanName(`jen ${s} w`),
	],
	"reviews 225-226: what sits empty, 'whos', Saturdays counted, a goal, a trial elsewhere, a rate gone wrong, a language": (s) => [
		focusTopic(`their ${s} are 80% booked but ${s} sit empty ${s}`),
		focusTopic(`their ${s} turnaround is slipping - ${s}`),
		focusTopic(`a customer whos ${s} whos mad`),
		experienceOf(`covered 6 sat's ${s}, hit 130% of add-on goal ${s}`),
		experienceOf(`bilingual (${s})`),
		workedMention(`---\n---\n${s} i know it from ${s} trial day ${s}\n`),
		buildDrafts(anInterview().interviewer("Ken Ward", { email: "k@x.example", highlight: `cut ${s} from 11 to 2 a month ${s}` }).build(), "handwritten-note", { settings, now }),
	],
	"reviews 223-224: a dash's count, a record of none, a label, patients a week, a stressed word, someone wanted, a busy season": (s) => [
		experienceOf(`rebuilt ${s} - 120 ${s}, no-show rate down to 12%`),
		experienceOf(`kept ${s}, zero ${s} findings ${s}`),
		experienceOf(`result: ${s}`),
		experienceOf(`verified ${s} for ~40 pts/wk ${s}`),
		experienceOf(`2 day avg turnaround on ${s}`),
		focusTopic(`${s}!! ${s}`),
		focusTopic(`unlimited ${s} signups`),
		focusTopic(`she wants the ${s} to stop losing ${s}`),
		focusTopic(`${s} show up without ${s}`),
		readNextSteps(`rob said 1-2 wks, wants someone before ${s}, ${s} holiday rush, client decides ${s} per nicole`, { names: ["Ana"], context: [] }, now, now),
	],
	"reviews 221-222: a day things open, a label and its sentence, a result, a reaction, a chief, a post's name, a start, the final say": (s) => [
		expandShorthand(`spring reg opens jan 15 ${s} in jan 2027 ${s} bday ${s} follow ups ${s} zero double books`),
		focusTopic(`${s} opens jan 15 and ${s}`),
		focusTopic(`renewals ${s}: they lost ${s}`),
		focusTopic(`their ${s} rate is up, ${s}`),
		focusTopic(`${s} orders changing last min -> ${s}`),
		focusTopic(`${s}, who gets ${s}`),
		focusTopic(`can i handle 20+ ${s} bids/wk`),
		experienceOf(`missed ${s} dates dropped by half`),
		experienceOf(`got ${s} right (he said so ${s})`),
		experienceOf(`4 yrs at ${s}, i used ${s}`),
		experienceOf(`AR ${s} under 35 days`),
		experienceOf(`built ${s}, changes after 2pm roll to next day ${s}`),
		privateRemark(`${s} red/yellow/green card ${s}`, "highlight"),
		cleanName(`Chief ${s} Officer Dale Rusk`),
		readNextSteps(`hm (${s}) to call by fri if moving fwd, ${s} tops til start, ${s} has final say`, { names: ["Ana"], context: [] }, now, now),
		roleInLetter(`${s} booker PT`, "Acme"),
	],
	"reviews 219-220: '30ish', 'cb's', a one-page how-to, the Saturday desk, a habit, a desk that double-books, a call on Monday": (s) => [
		experienceOf(`ran the sat desk ${s}, cut ${s} from 30ish to 2, 0 missed cb's, a 1 pg how to sheet ${s}`),
		experienceOf(`conf calls day before at dentist ofc ${s}`),
		experienceOf(`always verify ${s} and ${s}`),
		focusTopic(`the ${s} desk double-books the ${s}`),
		readNextSteps(`${s} said hed call mon with ${s}`, { names: ["Ana"], context: [] }, now, now),
		mentionsOf(`---\n---\ngail ${s} sister-in-law ${s}\n`, ["Gail"]),
		buildDrafts(anInterview().interviewer("Tom Ferreira", { email: "t@x.example", attachments: [`https://docs.example.com/my-${s.replace(/\s/g, "-")}-draft`] }).build(), "thank-you", { settings, now }),
	],
	"reviews 248-250: a bracket of what a thing is, what to bring, a doubted claim, a result of something made, places, insurance, a pair of names": (s) => [
		readNextSteps(`gina wants a writing sample (a ${s}) by mon 12/7`, { names: ["Gina"], context: [] }, now, now),
		readNextSteps(`working interview sat 12/5 8am, bring ${s}`, { names: ["Ana"], context: [] }, now, now),
		readNextSteps(`2nd rd w/ working interview (shadow a ${s} shift)`, { names: ["Ana"], context: [] }, now, now),
		withoutDoubtedClaims(`${s}, cut ${s} (I think?? ${s}) by ${s}, ${s}`),
		withoutDoubtedClaims(`${s.replace(/\S+/g, "(x?)")} ${s}`),
		experienceOf(`built a ${s}. cut ${s} ~30%`),
		experienceOf(`grew it ${s.replace(/\S+/g, "1.2k")} -> 4k in a yr`),
		experienceOf(`I set up ${s} (Square) for the ${s}, cut ${s} in half`),
		experienceOf(`3 yrs ${s} at ${s} office at ${s.replace(/\S+/g, "at")} place`),
		experienceOf(`verified ins ${s} ins verif ${s}`),
		experienceOf(`Polaris + ${s}`),
		readNextSteps(`working interview sat 12/5 ${s.replace(/\S+/g, "8am")} ${s}`, { names: ["Ana"], context: [] }, now, now),
		readMattered(`Sasha: ${s}. I ran ${s} and grew it ${s.replace(/\S+/g, "1.2k ->")} 4k`, forUserOnly),
		experienceOf(`- 3 yrs ${s} at dental office\n- ${s}`),
		clockTimes(`being alone ${s.replace(/\S+/g, "11p-7a")} ${s}`),
		withoutDoubtedClaims(`${s} and booked ${s}. maybe overstated, ${s}`),
		withoutDoubtedClaims(`${s.replace(/\S+/g, ". maybe overstated")} ${s}`),
		experienceOf(`the ${s} guy who ${s}`),
		greeting(`Master ${s} Cho`, "Dear"),
		focusTopic(`checking ${s} vs ${s}`),
		focusTopic(`mostly ${s}`),
		experienceOf(`cut ${s} to basically zero ${s.replace(/\S+/g, "basically")} zero`),
		rivalMention(`---\ntype: interview\n---\n- Chris ${s} (one of the 2 internal candidates ${s})\n`, ["Chris"]),
		experienceOf(`collected ${s.replace(/\S+/g, "98%")} copays at time of ${s}`),
		quietMention(`---\ntype: interview\n---\n${s} Chris ${s} just said hi ${s} didnt really interview me\n`, ["Chris"]),
		experienceOf(`Ran ${s}. Drawer was ${s}. fostering ${s} thru county program ${s}`),
		buildDrafts(anInterview().primaryContact("Gina Russo", "g@x.example").with({ nextSteps: `gina wants a ${s} by mon` }).build(), "next-steps", { settings, now }),
	],
	"reviews 255-256: the user's own question in the next steps, nothing, a bare word of money, a process, a family member's health, a line kept back": (s) => [
		readNextSteps(`trial shift sat 12/12, ${s}?? ${s}`, { names: ["Mel"], context: [] }, now, now),
		readNextSteps(`trial shift sat 12/12, ${s.replace(/\S+/g, "unpaid??")} check`, { names: ["Mel"], context: [] }, now, now),
		readNextSteps(`call back fri, ask re ${s}`, { names: ["Mel"], context: [] }, now, now),
		readMattered(`nothing, ${s}`, forUserOnly),
		readMattered(`${s.replace(/\S+/g, "nothing,")} ${s}`, forUserOnly),
		focusTopic(`cost. kept asking abt ${s}`),
		focusTopic(`cost. ${s.replace(/\S+/g, "cost.")} ${s}`),
		focusTopic(`${s} drop-off process`),
		forUserOnly(`my nan ${s} hard of hearing ${s.replace(/\S+/g, "my nan is")}`),
		experienceOf(`I also said ${s.replace(/\S+/g, "I also said")} I ${s}`),
		matteredLines(`---\n---\n## What mattered\n- Tom: ${s} (dont bring that up ${s})\n`),
		readNextSteps(`Beth will send a skills assessment (${s})`, { names: ["Beth"], context: [] }, now, now),
		readNextSteps(`${s} sheet by email, ${s}`, { names: ["Mel"], context: [] }, now, now),
		experienceOf(`ran ${s} at uni ${s} at uni library`),
		focusTopic(`handling ${s} when ${s.replace(/\S+/g, "sailings")} cancelled`),
		stepSaidByMention(`---\n---\n- carlos said ${s.replace(/\S+/g, "that")} ${s}\n- ${s} said they'd ${s}\n`, "call back mon", ["carlos"]),
		experienceOf(`cashier at ${s.replace(/\S+/g, "Home")} pro ${s} at Home Depot pro desk`),
	],
	"reviews 257-260: a thing said, a slash before quoted words, knowing, hyphens, a notary, comp, the schedule, a take-home, the time to do it, the list's test, an offer on the spot, a day of trouble, a limit owned, a doubt of how it went, a walk through, a measure by initials, an address in the notes": (s) => [
		readMattered(`${s}. i said ${s.replace(/\S+/g, "aftersun")}, he lit up`, forUserOnly),
		focusTopic(`culture fit ${s.replace(/\S+/g, "/")} / "${s}"`),
		focusTopic(`knowing ${s}`),
		focusTopic(`the day to day ${s} end of night ${s.replace(/\S+/g, "end of night")} reconciliation sold out ${s} sold out shows`),
		experienceOf(`notary ${s.replace(/\S+/g, "notary")} since 2023`),
		forUserOnly(`moved ${s} + comp ${s.replace(/\S+/g, "comp")} popcorn`),
		readNextSteps(`kelsey emails ${s} schedule thurs`, { names: ["Kelsey"], context: [] }, now, now),
		readNextSteps(`kelly sending a ${s} exercise (take home) by wed, 48h to do it ${s}`, { names: ["Kelly"], context: [] }, now, now),
		readNextSteps(`civil service list, ${s} written test 12/10, ${s.replace(/\S+/g, "civil service list,")}`, { names: ["Ana"], context: [] }, now, now),
		readNextSteps(`brenda to call mon w/ a decision, maybe an offer ${s} on the spot`, { names: ["Brenda"], context: [] }, now, now),
		focusTopic(`availability + the background check ${s} the background check process ${s} MVR`),
		focusTopic(`Yardi. asked ${s.replace(/\S+/g, "asked")} 3x if I know ${s}`),
		experienceOf(`the ${s} strike ${s.replace(/\S+/g, "rush")} day at ${s}`),
		forUserOnly(`bilingual ${s} not fluent ${s.replace(/\S+/g, "i'm")} rusty was honest abt it ${s} pending apps ${s.replace(/\S+/g, "pending")}`),
		readMattered(`${s}. i did ok? ${s.replace(/\S+/g, "i did ok?")} talked abt my ${s}`, forUserOnly),
		experienceOf(`walked a ${s} through ${s.replace(/\S+/g, "thru")} reading`),
		experienceOf(`FCR 82% at ${s} (team avg 71)`),
		addressInNotesMention(`---\n---\n- Tom ${s} (${s.replace(/\S+/g, "a@b.c")} tom@x.example)\n`, ["tom"]),
		experienceOf(`covered ${s} 1-2x a month ${s.replace(/\S+/g, "2-3x")} a week`),
		readMattered(`not really ${s} anything abt me ${s.replace(/\S+/g, "not really")}`, forUserOnly),
		forUserOnly(`spanish ${s} my ${s} is only conversational ${s.replace(/\S+/g, "i'm")} conversational`),
		readNextSteps(`trial shift sat 12/5${s.replace(/\S+/g, "??")}?? confirm ${s}`, { names: ["Mel"], context: [] }, now, now),
		experienceOf(`waivers, ~0 ${s} ${s.replace(/\S+/g, "about 0")} errors, knew like 40 ${s}`),
		readNextSteps(`2nd round w/ regional dir. ${s.replace(/\S+/g, "dir.")} kendra to schedule. ${s}`, { names: ["Kendra"], context: [] }, now, now),
		readNextSteps(`come back sat for a "${s}" 10-2`, { names: ["Kyle"], context: [] }, now, now),
		readNextSteps(`Deb to send ${s} for ride-along day ${s.replace(/\S+/g, "for trial day")}`, { names: ["Ray"], context: [] }, now, now),
		experienceOf(`10-key ${s} 11k kph ${s.replace(/\S+/g, "10-key")} 11,000 kph`),
	],
	"reviews 261-263: a dash after a topic, an answer after an arrow's yes, people served, a grade's number, a doubt before the decision, making sure, the kids' parties, a second place, a hedged figure": (s) => [
		readMattered(`the ${s} migration — ${s.replace(/\S+/g, "— moving")} to Firefly. he asked ${s} -> yes, ${s.replace(/\S+/g, "yes")}entered ${s}`, forUserOnly),
		readMattered(`${s} -> yes, ${s.replace(/\S+/g, "-> yes,")} ${"a".repeat(s.length)}`, forUserOnly),
		experienceOf(`the regulars ${s} at the ski shop, ${s.replace(/\S+/g, "customers")} knew like 40`),
		fromNotesCheck(`grading ${s.replace(/\S+/g, "#1 versus")} #1 versus ${s} level 1 other`),
		readNextSteps(`trial shift sat 12/5?? confirm ${s}; decision expected ${s}`, { names: ["Priya"], context: [] }, now, now),
		focusTopic(`that the ${s} are treated ${s.replace(/\S+/g, "that the")} like family`),
		focusTopic(`kids ${s.replace(/\S+/g, "kids")} birthday parties ${s}`),
		experienceOf(`3 yrs ${s} + front desk ${s.replace(/\S+/g, "+ desk")}`),
		experienceOf(`no-shows from ${s.replace(/\S+/g, "about")} ~25% to 10% ${s}`),
		quietMention(`---\n---\n- Dana walked me in ${s.replace(/\S+/g, "+ out")} ${s} walked me out ${s}\n`, ["Dana"]),
	],
	"reviews 263-266: a mix-up handled, a share after a colon, -ish, a stock list, plans, a list's item whole, #s, a weekday, a blood type, an invitation, a quoted rule": (s) => [
		experienceOf(`the ${s} double-book at the gym, ${s.replace(/\S+/g, "5*")} mom left 5* review ${s}`),
		experienceOf(`ran ${s} emails: 18% came back ${s.replace(/\S+/g, ": 18%")}`),
		readNextSteps(`decision ${s.replace(/\S+/g, "fri-ish")} next week-ish ${s}`, { names: ["Ray"], context: [] }, now, now),
		focusTopic(`availability ${s.replace(/\S+/g, "availability")} lists ${s}`),
		experienceOf(`autopay ${s} on monthly ${s.replace(/\S+/g, "did a dedupe of")} privates ${s}`),
		focusTopic(`lost ${s}\ncalming people ${s.replace(/\S+/g, "who")} who are ${s}\nshift ${s}`),
		focusTopic(`the sales ${s.replace(/\S+/g, "#s")} #s the sat ${s.replace(/\S+/g, "the sat")} rush o-neg ${s}`),
		readNextSteps(`Naomi sends ${s.replace(/\S+/g, "sends 2nd")} 2nd interview ${s}`, { names: ["Naomi"], context: [] }, now, now),
		quietMention(`---\n---\n- Dana: "${s.replace(/\S+/g, "don't say")} don't say ${s}"\n`, ["Dana"]),
	],
	"reviews 263-266, read on: things by what happened to them, people served, what the user lacks, years answering phones, two rules, done right, only benefits": (s) => [
		focusTopic(`lost ${s.replace(/\S+/g, "tickets &")} lost tickets & disputed ${s}s`),
		focusTopic(`spanish ${s.replace(/\S+/g, "speakers")} speakers`),
		privateRemark(`fluent ${s.replace(/\S+/g, "fluent-ish")} my abuela ${s} lives w/ us`, "highlight"),
		experienceOf(`2 yrs answering ${s} phones on a ${s.replace(/\S+/g, "on a sat")} sat`),
		focusTopic(`height/${s.replace(/\S+/g, "age/")} rules ${s} tickets done right`),
		quietMention(`---\n---\n- Anita ${s.replace(/\S+/g, "only talked")} only talked benefits\n`, ["Anita"]),
	],
	"reviews 265-267: a language known a little, a particle, a verb left hanging, calling, a weekday unplaced, got right, a product's name, a yes, a step joined by and, a rate kept, a month, the visas a job checks, a fight avoided, how much of a doing, certificates, true-ish, a second-shift trial, a trial night, feel respected, one full stop": (s) => [
		experienceOf(`spanish conversational, ${s.replace(/\S+/g, "bit of")} bit of portuguese ${s}`),
		experienceOf(`grew ${s.replace(/\S+/g, "the up")} up here, gave example ${s}`),
		experienceOf(`I ran ${s} and had ${s.replace(/\S+/g, "and had")} everyone`),
		readNextSteps(`ruth calling ${s} emails shortlist ${s.replace(/\S+/g, "fri")} fri 5th`, { names: ["Ruth"], context: [] }, now, now),
		focusTopic(`measuring ${s.replace(/\S+/g, "right")} right. complaints ${s}`),
		focusTopic(`cloudbeds${s.replace(/\S+/g, "beds")} ${s}`),
		readMattered(`${s}. i said yes to ${s.replace(/\S+/g, "?")} nights (idk ${s})`, forUserOnly),
		readNextSteps(`ride-along w/ ${s.replace(/\S+/g, "a tech +")} a mobile tech + meet owner ${s}`, { names: ["Terri"], context: [] }, now, now),
		experienceOf(`99% clean ${s.replace(/\S+/g, "claim")} rate at the dental place ${s}`),
		focusTopic(`enrolment during the jan ${s.replace(/\S+/g, "the jan")} intake rush`),
		privateRemark(`doc checks (passports, ${s.replace(/\S+/g, "ESTA,")} visas) student visa ${s} holders`, "focus"),
		criticises(`explaining no ${s.replace(/\S+/g, "without a")} without a fight ${s}`),
		experienceOf(`200 appts/wk ${s.replace(/\S+/g, "200/wk")} scheduling rabies certs ${s}`),
		withoutDoubtedClaims(`never missed ${s} (true-ish, ${s.replace(/\S+/g, "technically")} 1 sick day) ${s}`),
		readNextSteps(`call by fri re: 2nd ${s.replace(/\S+/g, "2nd shift")} shift trial, trial night ${s}`, { names: ["Denise"], context: [] }, now, now),
		focusTopic(`drivers ${s.replace(/\S+/g, "drivers")} feel respected ${s}`),
		experienceOf(`I ran ${s} (45 volunteers).${".".repeat(s.length)}`),
	],
	"reviews 191-192: a language spoken, a private section": (s) => [
		experienceOf(`fluent spanish/english, ${s} translated ${s}`),
		mentionsOf(`---\n---\n## private ${s}\nshonda ${s}\n## ${s}\nshonda ${s}\n`, ["Shonda"]),
	],
};

/** Every surface where an invite's text meets a scanner or a regex. Titles are also read past their length limit. */
export const INVITE_SURFACES: Record<string, (s: string) => unknown> = {
	"invite titles": (s) => [
		readTitle(s, people),
		readTitle(s, people, Infinity),
		readTitle(`Interview: ${s} at Acme`, people, Infinity),
		readTitle(`Interview with ${s} for ${s}`, people, Infinity),
		readTitle(`${s} (Acme)`, people, Infinity),
	],
	"invite format": (s) => inviteFormat({ location: s, summary: s, conference: [s], description: s }),
	"HTML descriptions": (s) => [htmlToText(s), looksLikeHtml(s)],
	"description cleaning": (s) => [descriptionText(s, false), descriptionText(s, true)],
	"invite syntax and time zones": (s) =>
		[inviteSyntaxWith(s), `BEGIN:VCALENDAR\r\n${s}\r\nEND:VCALENDAR`].map((ics) => {
			try {
				return parseInvite(ics, { me: [] });
			} catch (error) {
				return error;
			}
		}),
	"whole invites": (s) =>
		[false, true].map((html) => {
			try {
				return parseInvite(inviteWith(s, html), { me: [], myName: "Jordan Rivera" });
			} catch (error) {
				return error;
			}
		}),
};

/**
 * Surfaces measured from a larger first size. The comment-cut finder reads its input six times over,
 * a line at a time: on `"\n"` × 1,024 that is 6,000 short-lived line records, which die young, and
 * 4 times as many outgrow V8's young generation and are copied once, a one-off step of 10 to 30
 * times that a busy machine can smear over two steps (0.3, 2.6 and 22 ms once, in a run beside
 * `npm start`). From 4,096 characters on every size was thought past that step, but a clean-clone CI
 * run once measured `"%%x%%y\n"` × 1,024 (7,168 characters) at 0.5, 5.7, 56 and 562 ms, where a
 * direct measurement on the same commit grows four times per step (12, 19, 72, 315 ms for the
 * six-line template): the young-generation step again, smeared over three sizes. From 16,384
 * characters every size is past it, and a real quadratic still shows as 16 times per step.
 */
export const SURFACE_SIZES: Readonly<Record<string, Sizes>> = {
	"values a comment cut short": { minChars: 16_384 },
};

// ---------------------------------------------------------------- the surfaces, a share per file

/** How many files the surfaces are shared over (`surfaces-1.test.ts` to `surfaces-4.test.ts`). */
export const SHARES = 4;

/** Registers the tests of every `SHARES`th surface, from the `share`th (1-based) on. */
export function surfaceTests(share: number): void {
	const mine = <T>(entries: [string, T][]) => entries.filter((_, i) => i % SHARES === share - 1);
	describe(`text functions run in linear time (surfaces, share ${share} of ${SHARES})`, () => {
		for (const [surface, run] of mine(Object.entries(SURFACES))) {
			// A guard against a hang, never a speed limit: the largest rows take most of a minute beside another worker.
			it(`${surface}, on every crafted input`, { timeout: 240_000 }, () => {
				expect(superLinear(run, ATTACKS, SURFACE_SIZES[surface])).toEqual([]);
			});
		}
		for (const [surface, run] of mine(Object.entries(INVITE_SURFACES))) {
			it(`${surface}, on every crafted input and those for invites`, { timeout: 240_000 }, () => {
				expect(superLinear(run, [...ATTACKS, ...INVITE_ATTACKS])).toEqual([]);
			});
		}
	});
}
