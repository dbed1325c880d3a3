// What an invite's texts say about the interview: its format (from the location and conference
// links), the company and role (from the titles scheduling tools give events), and its description
// reduced to plain text that can never act as markup, a link or a control sequence in a note.

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

const ROLE_WORD =
	/\b(?:engineer(?:ing)?|developer|programmer|architect|scientist|analyst|designer|manager|director|lead|head|vp|vice president|chief|cto|ceo|cfo|coo|officer|intern(?:ship)?|specialist|consultant|administrator|admin|coordinator|associate|assistant|representative|rep|sre|devops|researcher|writer|editor|recruiter|accountant|counsel|attorney|nurse|teacher|technician|strategist|marketer|product|owner|partner|principal|staff|senior|junior|sr|jr|fellow|advisor|executive|agent|operator|support|tester|qa)\b/i;

/** Words of a title that name the stage or kind of the meeting rather than the company or role. */
const STAGE =
	/(?:^|\s*[-–—|:,(]\s*|\s+)(?:(?:first|second|third|final|1st|2nd|3rd|\d+(?:st|nd|rd|th)|initial|technical|tech|hiring manager|hm|recruiter|culture|team|panel|onsite|on-site|virtual|video|phone|behavioral|behavioural|coding|system design|take-home|intro(?:ductory)?|screening)\s*)*(?:interviews?|screen(?:ing)?|call|chat|round(?:\s*\d+)?|loop|conversation|meeting|onsite|on-site|panel)(?:\s*\d+)?\s*\)?\s*$/i;

/** Leading words that calendars and mail clients put before a title. */
const PREFIX = /^(?:\s*(?:\[[^\]]{0,40}\]|\((?:external|ext)\)|(?:fw|fwd|re|aw|wg|tr)\s*:|(?:updated\s+)?invitation(?:\s+updated)?\s*:|updated\s*:|new event\s*:|confirmed\s*:|reminder\s*:)\s*)+/i;

function tidy(text: string): string {
	return text
		.replace(/\s+/g, " ")
		.replace(/^[\s\-–—|:,]+/, "")
		.replace(/[\s\-–—|:,]+$/, "")
		.trim();
}

function dropStage(text: string): string {
	let t = text;
	for (let i = 0; i < 3; i++) {
		const next = t.replace(STAGE, "");
		if (next === t) break;
		t = next;
	}
	return tidy(t.replace(/\s*\((?:virtual|remote|onsite|on-site|video|phone|\d+\s*min(?:utes)?)\)\s*$/i, ""));
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

/** The company ends where the title goes on to something else: " - ", " | ", " (", ", ". */
function companyPart(text: string): string {
	return dropStage(text.split(/\s+[-–—|]\s+|\s*\(|,\s+|\s*\|\s*/)[0]);
}

function roleAtCompany(text: string, people: readonly string[]): TitleReading | null {
	// "Staff Engineer at Acme", "Staff Engineer @ Acme", "Staff Engineer (Acme)"
	const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(text);
	if (at && isRole(at[1]) && !isPersonName(companyPart(at[2]), people)) return { role: dropStage(at[1]), company: companyPart(at[2]) };
	const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
	if (paren && isRole(paren[1]) && !isRole(paren[2]) && !isPersonName(paren[2], people)) return { role: dropStage(paren[1]), company: tidy(paren[2]) };
	// "Acme (Senior Backend Engineer)", "Jordan Rivera / Acme (Senior Backend Engineer)"
	if (paren && isRole(paren[2]) && !isRole(paren[1])) {
		const names = paren[1].split(/\s+(?:<>|<->|x|×|\/|&|[-–—|:])\s+/).map(dropStage).filter((p) => p !== "" && !isPersonName(p, people));
		if (names.length === 1) return { role: dropStage(paren[2]), company: names[0] };
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
 * The company and role in an event's title, where the common shapes make them clear:
 * "Interview: Staff Engineer at Acme", "Acme – Staff Engineer interview", "Acme | Staff Engineer |
 * Technical screen", "Staff Engineer interview with Acme", "Interview with Acme for Staff Engineer",
 * "Jane Doe <> Acme" (scheduling tools). `people` are names that are not a company (the user's and
 * the guests'). Empty strings for what cannot be told.
 */
export function readTitle(summary: string, people: readonly string[] = []): TitleReading {
	const none = { company: "", role: "" };
	let s = tidy(summary.replace(PREFIX, ""));
	// A mail subject pasted as the title: "... @ Tue Dec 8, 2026 2pm - 3pm (EST) (me@example.com)".
	const at = /\s@\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.exec(s);
	if (at) s = tidy(s.slice(0, at.index));
	if (s === "" || s.length > 200) return none;
	// "Interview: ...", "Phone screen - ...", "Interview for ..."
	const lead = /^(?:(?:onsite|on-site|virtual|video|phone|final|technical|tech|first|second|third|initial|panel|\d+(?:st|nd|rd|th))\s+){0,3}(?:interview|screen|screening|call|onsite|on-site)(?:\s+(?:invitation|invite|confirmation|request|loop))?\s*(?:[:|–—-]|\s+for(?:\s+the)?\s)\s*(.+)$/i.exec(s);
	if (lead) s = tidy(lead[1]);

	// "Interview with Acme for Staff Engineer"
	const withFor = /^(?:.*?\b(?:interview|screen|call|chat)\s+)?with\s+(.+?)\s+for\s+(?:the\s+)?(.+?)(?:\s+(?:role|position|opening))?$/i.exec(s);
	if (withFor && !isPersonName(withFor[1], people)) return { company: dropStage(withFor[1]), role: companyPart(withFor[2]) };
	// "Staff Engineer interview with Acme"
	const roleWith = /^(.+?)\s+(?:interview|screen|call|chat|onsite)\s+(?:with|at)\s+(.+)$/i.exec(s);
	if (roleWith && isRole(roleWith[1]) && !isPersonName(companyPart(roleWith[2]), people)) return { company: companyPart(roleWith[2]), role: dropStage(roleWith[1]) };

	const direct = roleAtCompany(s, people);
	if (direct) return direct;

	// "Jane Doe <> Acme", "Acme x Jane Doe", "Acme / Jane Doe"
	const pair = /^(.+?)\s+(?:<>|<->|x|×|\/|&)\s+(.+)$/i.exec(s);
	if (pair) {
		const read = splitPair(pair[1], pair[2].split(/\s+[-–—|:]\s+/)[0], people);
		if (read) return read;
	}
	// "Interview with Dana Whitfield (Acme)"
	const withParen = /\bwith\s+[^()]+\(([^()]+)\)$/i.exec(s);
	if (withParen && !isRole(withParen[1]) && !isPersonName(withParen[1], people)) return { company: tidy(withParen[1]), role: "" };
	// "Acme – Staff Engineer interview", "Acme | Staff Engineer | Round 2", "Jordan Rivera - Onsite
	// Interview - Acme": parts that only name the stage of the process or a person are set aside.
	const split = s.split(/\s+[-–—|:]\s+|\s*\|\s*/);
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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8}|#39);/gi, (whole, name: string) => {
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

/** HTML reduced to its text: line breaks for blocks, list items as dashes, tags dropped, entities decoded. */
export function htmlToText(html: string): string {
	let t = html;
	for (const tag of ["style", "script", "head", "title"]) t = dropBlocks(t, tag);
	t = t
		.replace(/<!--[^]*?-->/g, "")
		.replace(/<br\s*\/?>/gi, "\n")
		.replace(/<li\b[^>]*>/gi, "\n- ")
		.replace(/<\/(?:p|div|li|tr|h[1-6]|ul|ol|table|blockquote)\s*>/gi, "\n")
		.replace(/<(?:p|div|tr|h[1-6]|ul|ol|table|blockquote)\b[^>]*>/gi, "\n")
		.replace(/<[^<>]*>/g, "");
	return decodeEntities(t);
}

/** Whether a DESCRIPTION is HTML (some calendars put the rich text there). */
export function looksLikeHtml(text: string): boolean {
	return /<(?:br|p|div|span|a|b|i|u|strong|em|ul|ol|li|html|body|table)\b[^>]*>/i.test(text);
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
	while (out.length > 0 && /^\s*-*\s*$/.test(out[out.length - 1])) out.pop();
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
		.map((l) => l.replace(/[ \t]+$/, ""))
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
	if (t.length > DESCRIPTION_LIMIT) t = `${t.slice(0, DESCRIPTION_LIMIT).replace(/\s+\S*$/, "")}\n[… shortened]`;
	return t;
}
