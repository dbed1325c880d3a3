// What an invite's texts say about the interview: its format (from the location and conference
// links), the company and role (from the titles scheduling tools give events), and its description
// reduced to plain text that can never act as markup, a link or a control sequence in a note.
import { isWhitespace, trimEndWhere, trimWhere } from "./text-scan";

// ---------------------------------------------------------------- format

const VIDEO_HOSTS = [
	"meet.google.com",
	"zoom.us",
	"zoomgov.com",
	"teams.microsoft.com",
	"teams.live.com",
	"webex.com",
	"whereby.com",
	"bluejeans.com",
	"gotomeeting.com",
	"goto.com",
	"chime.aws",
	"meet.jit.si",
	"skype.com",
	"hangouts.google.com",
	"coderpad.io",
	"hackerrank.com",
	"codesignal.com",
	"karat.io",
];

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

/** The web links in a text, in order. */
export function linksIn(text: string): string[] {
	return text.match(URL_IN_TEXT) ?? [];
}

function hostOf(url: string): string {
	const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:\s]+)/i.exec(url.trim());
	return m ? m[1].toLowerCase() : "";
}

/** Whether a link leads to a video meeting (Meet, Zoom, Teams, Webex and the like). */
export function isVideoLink(url: string): boolean {
	const host = hostOf(url);
	return host !== "" && VIDEO_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

const VIDEO_WORDS = /\b(?:zoom|google meet|hangouts?|microsoft teams|teams meeting|webex|whereby|bluejeans|video ?call|video conference|videoconference|skype)\b/i;
const REMOTE_WORDS = /^(?:online|virtual|remote|video|tbd|tba|n\/?a|none|-+)$/i;
// A phone number: an optional +, then digits with the usual separators, 7 to 15 digits in all.
const PHONE_NUMBER = /^(?:tel:)?\+?[\d\s().\-/]{7,24}$/i;

function digitCount(text: string): number {
	let n = 0;
	for (const c of text) if (c >= "0" && c <= "9") n++;
	return n;
}

function isPhoneNumber(text: string): boolean {
	const t = text.trim();
	return PHONE_NUMBER.test(t) && digitCount(t) >= 7 && digitCount(t) <= 15;
}

export type InterviewFormat = "video" | "phone" | "onsite" | "";

function formatOfLocation(location: string): InterviewFormat {
	const loc = location.slice(0, 500).trim();
	if (loc === "" || REMOTE_WORDS.test(loc)) return "";
	if (linksIn(loc).some(isVideoLink) || VIDEO_WORDS.test(loc)) return "video";
	if (isPhoneNumber(loc.replace(/^(?:phone|tel|call)\s*:?\s*/i, "")) || /^(?:phone|phone call|telephone|by phone)\b/i.test(loc)) return "phone";
	if (/^https?:\/\//i.test(loc)) return "video";
	return "onsite";
}

function formatOfTitle(summary: string): InterviewFormat {
	if (/\b(?:on-?site|in[- ]person|in office)\b/i.test(summary)) return "onsite";
	if (/\b(?:phone (?:screen|interview|call|chat)|phone)\b/i.test(summary)) return "phone";
	if (/\b(?:video (?:interview|call|chat)|zoom|google meet|teams)\b/i.test(summary)) return "video";
	return "";
}

/**
 * The interview's format: the location decides first (a meeting link or app, a phone number, a
 * place), then words in the title (calendars add a video link to every event by default, so a
 * "phone screen" stays a phone screen), then conference properties and links in the description.
 */
export function inviteFormat(parts: { location: string; summary: string; conference: readonly string[]; description: string }): InterviewFormat {
	const fromLocation = formatOfLocation(parts.location);
	if (fromLocation !== "") return fromLocation;
	const fromTitle = formatOfTitle(parts.summary.slice(0, 300));
	if (fromTitle !== "") return fromTitle;
	if (parts.conference.some((c) => isVideoLink(c) || /^https?:\/\//i.test(c.trim()))) return "video";
	if (linksIn(parts.description).some(isVideoLink)) return "video";
	if (parts.conference.some((c) => /^tel:/i.test(c.trim()))) return "phone";
	return "";
}

/** The link to join, if any: conference properties first, then a meeting link in the location or description. */
export function joinLink(parts: { location: string; conference: readonly string[]; description: string }): string {
	const fromProps = parts.conference.find((c) => /^https?:\/\//i.test(c.trim()));
	if (fromProps) return fromProps.trim();
	return linksIn(parts.location).find(isVideoLink) ?? linksIn(parts.description).find(isVideoLink) ?? "";
}

// ---------------------------------------------------------------- company and role
//
// A title is tidied first (tidy: every run of whitespace one space, no separator at either end), and
// the readers below rely on it: a literal space in their patterns stands for the `\s+` of a looser
// reading. None of them has two unbounded repeats that could trade characters or a repeat that a
// failed match would rescan from the next position: each reads a title in one pass, so a crafted one
// (runs of spaces, separators, brackets, stage words) cannot freeze the app.

const ROLE_WORD =
	/\b(?:engineer(?:ing)?|developer|programmer|architect|scientist|analyst|designer|manager|director|lead|head|vp|vice president|chief|cto|ceo|cfo|coo|officer|intern(?:ship)?|specialist|consultant|administrator|admin|coordinator|associate|assistant|representative|rep|sre|devops|researcher|writer|editor|recruiter|accountant|counsel|attorney|nurse|teacher|technician|strategist|marketer|product|owner|partner|principal|staff|senior|junior|sr|jr|fellow|advisor|executive|agent|operator|support|tester|qa)\b/i;

/**
 * `text` with the letters A to Z in lower case and nothing else changed, so that positions in it are
 * positions in `text`; the same letters a regex's `i` flag treats alike (it never maps a letter
 * outside ASCII to one inside).
 */
function asciiLower(text: string): string {
	return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

function isDigit(c: string | undefined): boolean {
	return c !== undefined && c >= "0" && c <= "9";
}

/** Whether `text` has `word` ending at `end`. */
function endsAt(text: string, word: string, end: number): boolean {
	return end >= word.length && text.startsWith(word, end - word.length);
}

/** Words that can come before the name of a stage: "final round", "technical phone screen", "2nd interview". */
const STAGE_QUALIFIERS = [
	"first",
	"second",
	"third",
	"final",
	"initial",
	"technical",
	"tech",
	"hiring manager",
	"hm",
	"recruiter",
	"culture",
	"team",
	"panel",
	"onsite",
	"on-site",
	"virtual",
	"video",
	"phone",
	"behavioral",
	"behavioural",
	"coding",
	"system design",
	"take-home",
	"intro",
	"introductory",
	"screening",
];
/** Names of a stage of the process, which end a title: "Acme – Staff Engineer interview". */
const STAGE_NAMES = ["interview", "interviews", "screen", "screening", "call", "chat", "round", "loop", "conversation", "meeting", "onsite", "on-site", "panel"];
const STAGE_SEPARATORS = "-–—|:,(";
const ORDINAL_ENDINGS = ["st", "nd", "rd", "th"];

/** Where an ordinal ("2nd", "10th") that ends at `end` starts, or -1. */
function ordinalStart(t: string, end: number): number {
	if (end < 3 || !ORDINAL_ENDINGS.includes(t.slice(end - 2, end)) || !isDigit(t[end - 3])) return -1;
	let at = end - 3;
	while (isDigit(t[at - 1])) at--;
	return at;
}

/**
 * Where the words naming the stage of the process start at the end of a title, with the space or
 * separator before them: "acme - final round 2" gives 4. -1 when the title does not end with a
 * stage. `t` is tidied and in lower case. The title is read from its end, a word at a time: a
 * stage's name, after it a number, a closing bracket and spaces, before it any number of
 * qualifiers, each word followed by a space or not ("phonescreen" is one too); the first of them
 * stands at the start or after a separator or a space. Every position is visited once.
 */
function stageStart(t: string): number {
	let end = t.length;
	if (t[end - 1] === " ") end--;
	if (t[end - 1] === ")") end--;
	if (t[end - 1] === " ") end--;
	// The name ends before no number, one ("interview 2"), or two ("round 2 1", as a title can number both).
	const nameEnds: Array<[number, readonly string[]]> = [[end, STAGE_NAMES]];
	for (let numbers = 1; numbers <= 2; numbers++) {
		let at = end;
		while (isDigit(t[at - 1])) at--;
		if (at === end) break;
		if (t[at - 1] === " ") at--;
		nameEnds.push([at, numbers === 1 ? STAGE_NAMES : ["round"]]);
		end = at;
	}
	const starts: number[] = [];
	const seen = new Set<number>();
	const reach = (at: number) => {
		if (seen.has(at)) return;
		seen.add(at);
		starts.push(at);
	};
	for (const [at, names] of nameEnds) for (const name of names) if (endsAt(t, name, at)) reach(at - name.length);
	for (let i = 0; i < starts.length; i++) {
		const at = starts[i];
		for (const before of t[at - 1] === " " ? [at, at - 1] : [at]) {
			for (const word of STAGE_QUALIFIERS) if (endsAt(t, word, before)) reach(before - word.length);
			const ordinal = ordinalStart(t, before);
			if (ordinal !== -1) reach(ordinal);
		}
	}
	let first = -1;
	for (const at of starts) {
		let from = at === 0 ? 0 : -1;
		if (at > 0) {
			let sep = at;
			if (t[sep - 1] === " ") sep--;
			if (sep > 0 && STAGE_SEPARATORS.includes(t[sep - 1])) {
				sep--;
				if (t[sep - 1] === " ") sep--;
				from = sep;
			} else if (t[at - 1] === " ") from = at - 1;
		}
		if (from !== -1 && (first === -1 || from < first)) first = from;
	}
	return first;
}

/** Leading words that calendars and mail clients put before a title, one at a time. */
const PREFIX_WORD =
	/\[[^\]]{0,40}\]|\((?:external|ext)\)|(?:fw|fwd|re|aw|wg|tr)\s*:|(?:updated\s+)?invitation(?:\s+updated)?\s*:|updated\s*:|new event\s*:|confirmed\s*:|reminder\s*:/iy;

function dropPrefixes(title: string): string {
	let at = 0;
	for (;;) {
		while (at < title.length && isWhitespace(title[at])) at++;
		PREFIX_WORD.lastIndex = at;
		if (!PREFIX_WORD.test(title)) break;
		at = PREFIX_WORD.lastIndex;
	}
	return title.slice(at);
}

const EDGE = new Set([" ", "-", "–", "—", "|", ":", ","]);

/** One space for each run of whitespace, and no space or separator at either end. */
function tidy(text: string): string {
	return trimWhere(text.replace(/\s+/g, " "), (c) => EDGE.has(c));
}

const FORMAT_IN_BRACKETS = /^(?:virtual|remote|onsite|on-site|video|phone|\d+\s*min(?:utes)?)$/i;

/** "Acme (virtual)", "Acme (45 min)": the format or length in closing brackets, dropped. */
function dropFormatInBrackets(text: string): string {
	const t = text.trimEnd();
	if (!t.endsWith(")")) return text;
	const open = t.lastIndexOf("(");
	return open !== -1 && FORMAT_IN_BRACKETS.test(t.slice(open + 1, -1)) ? t.slice(0, open) : text;
}

function dropStage(text: string): string {
	let t = text.replace(/\s+/g, " ");
	for (let i = 0; i < 3; i++) {
		const at = stageStart(asciiLower(t));
		if (at === -1) break;
		t = t.slice(0, at);
	}
	return tidy(dropFormatInBrackets(t));
}

export interface TitleReading {
	company: string;
	role: string;
}

function isRole(text: string): boolean {
	return ROLE_WORD.test(text);
}

/** A part of a title that is a person's name (the user's or a guest's): not a company. */
function isPersonName(text: string, people: readonly string[]): boolean {
	const t = text.trim().toLowerCase();
	return t !== "" && people.some((p) => {
		const name = p.trim().toLowerCase();
		return name !== "" && (name === t || name.split(/\s+/)[0] === t);
	});
}

/**
 * A tidied title's text before and after the first match of `separator` (a global regex) that
 * leaves something on both sides, or null. `lower` is the title in lower case, where it is matched.
 */
function around(title: string, lower: string, separator: RegExp): [string, string] | null {
	separator.lastIndex = 1;
	const m = separator.exec(lower);
	if (!m || m.index + m[0].length >= title.length) return null;
	return [title.slice(0, m.index), title.slice(m.index + m[0].length)];
}

/** "Staff Engineer at Acme", "Staff Engineer @ Acme". */
const AT_COMPANY = / (?:at|@) /g;
/** "Staff Engineer interview with Acme". */
const ROLE_WITH = / (?:interview|screen|call|chat|onsite) (?:with|at) /g;
/** "Jane Doe <> Acme", "Acme x Jane Doe", "Acme / Jane Doe". */
const PAIR = / (?:<>|<->|[&/x×]) /g;
/** Where the company's name ends and the title goes on to something else: " - ", " | ", " (", ", ". */
const AFTER_COMPANY = / [-–—|] | ?\(|, | ?\| ?/;
/** The parts of a title: "Acme – Staff Engineer interview", "Acme | Staff Engineer | Round 2". */
const PART_SEPARATOR = / [-–—|:] | ?\| ?/;
const SEPARATOR = / [-–—|:] /;
const NAMES_SEPARATOR = / (?:<>|<->|[-&/:x|×–—]) /;

/** The company ends where the title goes on to something else. */
function companyPart(text: string): string {
	const end = AFTER_COMPANY.exec(text);
	return dropStage(end ? text.slice(0, end.index) : text);
}

/** A tidied title's text before its closing brackets, and what is in them: "Staff Engineer (Acme)". */
function endsInBrackets(text: string): [string, string] | null {
	if (!text.endsWith(")")) return null;
	const open = text.lastIndexOf("(");
	const inside = text.slice(open + 1, -1);
	if (open < 1 || inside === "" || inside.includes(")")) return null;
	let end = open;
	while (end > 1 && isWhitespace(text[end - 1])) end--;
	return [text.slice(0, end), inside];
}

/** "Interview with Dana Whitfield (Acme)": what is in the brackets that close a title, after "with" and a name. */
function bracketsAfterWith(title: string, lower: string): string | null {
	const brackets = endsInBrackets(title);
	if (!brackets) return null;
	const open = title.lastIndexOf("(");
	const from = Math.max(title.lastIndexOf("(", open - 1), title.lastIndexOf(")", open - 1)) + 1;
	const WITH = /\bwith\s/g;
	WITH.lastIndex = from;
	const m = WITH.exec(lower);
	return m && m.index + m[0].length < open ? brackets[1] : null;
}

/**
 * "Interview with Acme for Staff Engineer", "With Acme for the Staff Engineer role": who the
 * interview is with, and what it is for ("role", "position" and "opening" at the end left out).
 */
function withFor(title: string, lower: string): [string, string] | null {
	const starts: number[] = [];
	// "with" after the first word naming the meeting, else at the start of the title.
	const after = /\b(?:interview|screen|call|chat) with /.exec(lower);
	if (after) starts.push(after.index + after[0].length - "with ".length);
	if (lower.startsWith("with ")) starts.push(0);
	for (const at of starts) {
		const forAt = lower.indexOf(" for ", at + "with ".length + 1);
		if (forAt === -1) continue;
		let role = forAt + " for ".length;
		if (lower.startsWith("the ", role) && role + "the ".length < title.length) role += "the ".length;
		let end = title.length;
		for (const word of [" role", " position", " opening"]) if (lower.endsWith(word) && end - word.length > role) end -= word.length;
		return [title.slice(at + "with ".length, forAt), title.slice(role, end)];
	}
	return null;
}

/**
 * The role in a part that may also name a person or the stage: "Sam Okafor - Senior Accountant"
 * is the role "Senior Accountant" when Sam Okafor is a guest (the candidate, mostly).
 */
function roleWithout(text: string, people: readonly string[]): string {
	const parts = text.split(PART_SEPARATOR).map(dropStage).filter((p) => p !== "" && !isPersonName(p, people));
	return parts.length === 1 && isRole(parts[0]) ? parts[0] : dropStage(text);
}

function roleAtCompany(text: string, people: readonly string[]): TitleReading | null {
	// "Staff Engineer at Acme", "Staff Engineer @ Acme", "Staff Engineer (Acme)"
	const at = around(text, asciiLower(text), AT_COMPANY);
	if (at && isRole(at[0]) && !isPersonName(companyPart(at[1]), people)) return { role: roleWithout(at[0], people), company: companyPart(at[1]) };
	const paren = endsInBrackets(text);
	if (paren && isRole(paren[0]) && !isRole(paren[1]) && !isPersonName(paren[1], people)) return { role: roleWithout(paren[0], people), company: tidy(paren[1]) };
	// "Acme (Senior Backend Engineer)", "Jordan Rivera / Acme (Senior Backend Engineer)"
	if (paren && isRole(paren[1]) && !isRole(paren[0])) {
		const names = paren[0].split(NAMES_SEPARATOR).map(dropStage).filter((p) => p !== "" && !isPersonName(p, people));
		if (names.length === 1) return { role: dropStage(paren[1]), company: names[0] };
	}
	return null;
}

/** Two parts around a separator: the one with a role word is the role, the other the company. */
function splitPair(a: string, b: string, people: readonly string[]): TitleReading | null {
	const left = dropStage(a);
	const right = dropStage(b);
	if (left === "" || right === "") return null;
	// "Staff Engineer - Jordan Rivera": the person is the candidate or a guest; the other part is read alone.
	if (isPersonName(left, people)) return isRole(right) ? { company: "", role: right } : { company: right, role: "" };
	if (isPersonName(right, people)) return isRole(left) ? { company: "", role: left } : { company: left, role: "" };
	if (isRole(right) && !isRole(left)) return { company: left, role: right };
	if (isRole(left) && !isRole(right)) return { company: right, role: left };
	return null;
}

/**
 * The longest title read, in characters once tidied: no event is named with more. A limit for
 * defence in depth only: the reading is linear at any length (test/linear-time/ reads past it).
 */
const TITLE_LIMIT = 200;

/** "Interview: ...", "Phone screen - ...", "Interview for ...": the words before the title proper. */
const LEAD =
	/^(?:(?:onsite|on-site|virtual|video|phone|final|technical|tech|first|second|third|initial|panel|\d+(?:st|nd|rd|th)) ){0,3}(?:interview|screen|screening|call|onsite|on-site)(?: (?:invitation|invite|confirmation|request|loop))? ?(?:[:|–—-]| for(?: the)? ) ?(.+)$/i;

/**
 * The company and role in an event's title, where the common shapes make them clear:
 * "Interview: Staff Engineer at Acme", "Acme – Staff Engineer interview", "Acme | Staff Engineer |
 * Technical screen", "Staff Engineer interview with Acme", "Interview with Acme for Staff Engineer",
 * "Jane Doe <> Acme" (scheduling tools). `people` are names that are not a company (the user's and
 * the guests'). Empty strings for what cannot be told, and for a title longer than `limit` once tidied.
 */
export function readTitle(summary: string, people: readonly string[] = [], limit = TITLE_LIMIT): TitleReading {
	const none = { company: "", role: "" };
	let s = tidy(dropPrefixes(summary));
	// A mail subject pasted as the title: "... @ Tue Dec 8, 2026 2pm - 3pm (EST) (me@example.com)".
	const at = / @ (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.exec(s);
	if (at) s = tidy(s.slice(0, at.index));
	if (s === "" || s.length > limit) return none;
	const lead = LEAD.exec(s);
	if (lead) s = tidy(lead[1]);
	const lower = asciiLower(s);

	// "Interview with Acme for Staff Engineer"
	const forRole = withFor(s, lower);
	if (forRole && !isPersonName(forRole[0], people)) return { company: dropStage(forRole[0]), role: companyPart(forRole[1]) };
	// "Staff Engineer interview with Acme"
	const roleWith = around(s, lower, ROLE_WITH);
	if (roleWith && isRole(roleWith[0]) && !isPersonName(companyPart(roleWith[1]), people)) return { company: companyPart(roleWith[1]), role: dropStage(roleWith[0]) };

	const direct = roleAtCompany(s, people);
	if (direct) return direct;

	// "Jane Doe <> Acme", "Acme x Jane Doe", "Acme / Jane Doe"
	const pair = around(s, lower, PAIR);
	if (pair) {
		const read = splitPair(pair[0], pair[1].split(SEPARATOR)[0], people);
		if (read) return read;
	}
	// "Interview with Dana Whitfield (Acme)"
	const withParen = bracketsAfterWith(s, lower);
	if (withParen !== null && !isRole(withParen) && !isPersonName(withParen, people)) return { company: tidy(withParen), role: "" };
	// "Acme – Staff Engineer interview", "Acme | Staff Engineer | Round 2", "Jordan Rivera - Onsite
	// Interview - Acme": parts that only name the stage of the process or a person are set aside.
	const split = s.split(PART_SEPARATOR);
	const parts = split.map(dropStage).filter((p) => p !== "" && !isPersonName(p, people));
	if (parts.length >= 2) {
		for (let i = 0; i + 1 < parts.length; i++) {
			const read = splitPair(parts[i], parts[i + 1], people);
			if (read) return read;
		}
		for (const part of parts) {
			const inner = roleAtCompany(part, people);
			if (inner) return inner;
		}
	} else if (parts.length === 1 && split.length >= 2) {
		// The other parts were a person or the stage: what is left is the role or the company.
		const only = parts[0];
		return roleAtCompany(only, people) ?? (isRole(only) ? { company: "", role: only } : { company: only, role: "" });
	}
	return none;
}

// ---------------------------------------------------------------- description
//
// Someone else's text, up to DESCRIPTION_LIMIT * 5 characters: read in single passes as well. An
// opening tag's `[^>]*>` and a comment's `[^]*?-->` would scan to the end of the text again from
// every `<li` or `<!--` that is never closed; the closing `>` or `-->` is looked for once instead.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
		const lower = name.toLowerCase();
		if (lower.startsWith("#x")) return codePoint(parseInt(lower.slice(2), 16), whole);
		if (lower.startsWith("#")) return codePoint(parseInt(lower.slice(1), 10), whole);
		return ENTITIES[lower] ?? whole;
	});
}

function codePoint(n: number, fallback: string): string {
	return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/** Cuts `<tag ...>...</tag>` blocks (style, script, head) without a backtracking regex. */
function dropBlocks(html: string, tag: string): string {
	let out = "";
	let at = 0;
	const lower = html.toLowerCase();
	for (;;) {
		const open = lower.indexOf(`<${tag}`, at);
		if (open === -1) break;
		const close = lower.indexOf(`</${tag}`, open);
		out += html.slice(at, open);
		if (close === -1) return out;
		const end = lower.indexOf(">", close);
		at = end === -1 ? html.length : end + 1;
	}
	return out + html.slice(at);
}

/** Cuts `<!-- ... -->` comments; from a comment never closed on, the text stays as it is. */
function dropComments(html: string): string {
	let out = "";
	let at = 0;
	for (;;) {
		const open = html.indexOf("<!--", at);
		const close = open === -1 ? -1 : html.indexOf("-->", open + 4);
		if (close === -1) return out + html.slice(at);
		out += html.slice(at, open);
		at = close + 3;
	}
}

/**
 * Each opening tag whose start `start` finds (a global regex: `<li\b`), up to the first `>` after
 * it, replaced by `by`. From a start with no `>` after it the text stays as it is: no later start has one.
 */
function replaceOpeningTags(html: string, start: RegExp, by: string): string {
	let out = "";
	let at = 0;
	start.lastIndex = 0;
	for (let m = start.exec(html); m !== null; m = start.exec(html)) {
		const end = html.indexOf(">", start.lastIndex);
		if (end === -1) break;
		out += html.slice(at, m.index) + by;
		at = end + 1;
		start.lastIndex = at;
	}
	return out + html.slice(at);
}

const LIST_ITEM_START = /<li\b/gi;
const BLOCK_START = /<(?:p|div|tr|h[1-6]|ul|ol|table|blockquote)\b/gi;

/** HTML reduced to its text: line breaks for blocks, list items as dashes, tags dropped, entities decoded. */
export function htmlToText(html: string): string {
	let t = html;
	for (const tag of ["style", "script", "head", "title"]) t = dropBlocks(t, tag);
	t = dropComments(t).replace(/<br\s*\/?>/gi, "\n");
	t = replaceOpeningTags(t, LIST_ITEM_START, "\n- ").replace(/<\/(?:p|div|li|tr|h[1-6]|ul|ol|table|blockquote)\s*>/gi, "\n");
	t = replaceOpeningTags(t, BLOCK_START, "\n").replace(/<[^<>]*>/g, "");
	return decodeEntities(t);
}

const HTML_TAG_START = /<(?:[abipu]|br|div|span|strong|em|ul|ol|li|html|body|table)\b/i;

/** Whether a DESCRIPTION is HTML (some calendars put the rich text there): a tag of the common ones, closed by a `>`. */
export function looksLikeHtml(text: string): boolean {
	const m = HTML_TAG_START.exec(text);
	return m !== null && text.includes(">", m.index + m[0].length);
}

/** Google Meet's and Teams' joining instructions, which the calendars append to every description. */
function dropMeetingBoilerplate(text: string): string {
	const lines = text.split("\n");
	const out: string[] = [];
	let skipping: "google" | "teams" | null = null;
	for (const line of lines) {
		const t = line.trim();
		if (skipping === "google") {
			if (/^-::~[:~]*::-$/.test(t)) skipping = null;
			continue;
		}
		if (skipping === "teams") {
			if (/^_{20,}$/.test(t)) skipping = null;
			continue;
		}
		if (/^-::~[:~]*::-$/.test(t)) {
			skipping = "google";
			continue;
		}
		if (/^_{20,}$/.test(t)) {
			skipping = "teams";
			continue;
		}
		// Zoom's long lists of dial-in numbers add nothing a note needs.
		if (/^(?:one tap mobile|dial by your location|join by sip|join by h\.323)\b/i.test(t)) break;
		out.push(line);
	}
	// Blank lines and rules of dashes left at the end.
	while (out.length > 0 && /^-*$/.test(out[out.length - 1].trim())) out.pop();
	return out.join("\n");
}

/**
 * Characters that must not reach a note from someone else's text: C0 and C1 controls (but tab and
 * line feed), DEL, the bidirectional controls that can reorder what a reader sees, and unpaired
 * surrogates. A loop rather than a regex, as lookbehind is not available on older iOS.
 */
export function dropControls(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 9 || c === 10) {
			out += text[i];
			continue;
		}
		if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) continue;
		if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c) continue;
		if (c === 0x2028 || c === 0x2029) {
			out += "\n";
			continue;
		}
		if (c >= 0xd800 && c <= 0xdbff) {
			const d = text.charCodeAt(i + 1);
			if (d >= 0xdc00 && d <= 0xdfff) {
				out += text[i] + text[i + 1];
				i++;
			}
			continue;
		}
		if (c >= 0xdc00 && c <= 0xdfff) continue;
		out += text[i];
	}
	return out;
}

/** Longest kept description, in characters: an invite is not an archive. */
export const DESCRIPTION_LIMIT = 4000;

/** An invite's description as plain text: HTML reduced, meeting boilerplate and controls dropped, blank runs shortened. */
export function descriptionText(description: string, isHtml: boolean): string {
	// The regexes below see someone else's text: it is cut to a size that keeps any input quick.
	let t = description.slice(0, DESCRIPTION_LIMIT * 5).replace(/\r\n?/g, "\n");
	if (isHtml || looksLikeHtml(t)) t = htmlToText(t);
	t = dropControls(dropMeetingBoilerplate(t))
		.split("\n")
		.map((l) => trimEndWhere(l, (c) => c === " " || c === "\t"))
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
	if (t.length > DESCRIPTION_LIMIT) t = `${dropLastWord(t.slice(0, DESCRIPTION_LIMIT))}\n[… shortened]`;
	return t;
}

/** `text` without its last word, which a cut may have split, and the whitespace before it. */
function dropLastWord(text: string): string {
	const upToLastSpace = trimEndWhere(text, (c) => !isWhitespace(c));
	return upToLastSpace === "" ? text : upToLastSpace.trimEnd();
}
