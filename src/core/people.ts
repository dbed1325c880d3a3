// People as notes name them (SPEC §1, "People as people write them"): how a typed person becomes a
// name and an address, how one line of several people is split, how one person named twice becomes
// one, and who receives which thank-you. Every surface asks this module; none re-solves it.
import type { Interview, Person } from "./types";

/** One person as typed: a name, an address, or both. */
export interface PersonText {
	/** Empty when only an address was typed: an address is never a name. */
	name: string;
	email?: string;
}

// Deliberately simple: it must accept what people type and flag what cannot be an address
// (a missing @, spaces, a second @, header tricks such as `?bcc=`), not implement RFC 5322.
const EMAIL = /^[^\s"&(),:;<=>?@[\\\]]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** Characters EMAIL refuses before the @, by ASCII code: whitespace and `@<>()[]\\,;:"?&=`. */
const NOT_LOCAL = new Uint8Array(128);
for (const c of " \t\n\v\f\r@<>()[]\\,;:\"?&=") NOT_LOCAL[c.charCodeAt(0)] = 1;

/**
 * EMAIL, for an address that is all ASCII (where \p{L} and \p{N} are just letters and digits),
 * read in one pass; null when a character is not ASCII. The index checks every address of the vault
 * on a scan, and the Unicode regex is several times slower.
 */
function asciiEmailVerdict(email: string): boolean | null {
	const n = email.length;
	let i = 0;
	for (; i < n; i++) {
		const c = email.charCodeAt(i);
		if (c > 127) return null;
		if (NOT_LOCAL[c] === 1) break;
	}
	let valid = i > 0 && i < n && email.charCodeAt(i) === 64; /* @ */
	// One or more labels of letters, digits and `-` after the @, at least two of them, split by dots.
	let labels = 0;
	let labelLength = 0;
	for (i++; i < n; i++) {
		const c = email.charCodeAt(i);
		if (c > 127) return null;
		if (c === 46 /* . */) {
			if (labelLength === 0) valid = false;
			labels++;
			labelLength = 0;
		} else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) labelLength++;
		else valid = false;
	}
	return valid && labels >= 1 && labelLength > 0;
}

/** True when the text looks like one email address (and nothing that could add a header or recipient). */
export function isValidEmail(email: string): boolean {
	return asciiEmailVerdict(email) ?? EMAIL.test(email);
}

/** Addresses are compared without regard to letter case or surrounding space. */
export function sameAddress(a: string, b: string): boolean {
	return addressKey(a) === addressKey(b);
}

function addressKey(email: string): string {
	return email.trim().toLowerCase();
}

/** Visible ASCII words, one space apart, no comma: a name whose key is its lower case. */
const PLAIN_NAME = /^[\x21-\x2b\x2d-\x7e]+(?: [\x21-\x2b\x2d-\x7e]+)*$/;

/** Names are compared without regard to case, spacing or a `Last, First` order. */
/** An address a team shares ("jobs@", "hr@"), which no one person's letter goes to as theirs. */
export const SHARED_MAILBOX = /^(?:hr|jobs|careers|career|recruiting|recruitment|talent|hiring|info|apply|applications|employment|admin|office|contact|hello|team|noreply|no-reply|people|personnel)@/i;

/** The interviewer a primary contact at a shared mailbox is by name ("Jules Moreau <jobs@…>" and "Jules Moreau <jules@…>"), or null. */
export function namedAtOwnAddress(contact: Person, interviewers: readonly Person[]): Person | null {
	if (contact.email === undefined || contact.name.trim() === "" || !SHARED_MAILBOX.test(contact.email.trim())) return null;
	const same = interviewers.filter((p) => p.name.trim() !== "" && p.email !== undefined && !SHARED_MAILBOX.test(p.email.trim()) && nameKey(p.name) === nameKey(contact.name));
	return same.length === 1 ? same[0] : null;
}

function nameKey(name: string): string {
	// Most names are plain: nothing to trim, reorder, normalise or respace.
	const key = PLAIN_NAME.test(name) ? name.toLowerCase() : lastFirst(name).normalize("NFC").toLowerCase().split(/\s+/u).filter((w) => w !== "").join(" ");
	// "Dr. Jane Doe" and "Jane Doe" are one person.
	const space = key.indexOf(" ");
	return space > 0 && HONORIFICS.has(bare(key.slice(0, space))) ? key.slice(space + 1) : key;
}

function isSpace(c: string): boolean {
	return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v" || c === "\u00a0";
}

function hasSpace(text: string): boolean {
	// By code unit: every space isSpace knows is one, and no half of a surrogate pair is one.
	for (let i = 0; i < text.length; i++) if (isSpace(text[i])) return true;
	return false;
}

function words(text: string): string[] {
	return text.split(/\s+/u).filter((w) => w !== "");
}

/** `mailto:jane@x.example` as people paste it from a mail app: the address alone. */
function withoutMailto(text: string): string {
	const t = text.trim();
	return t.slice(0, 7).toLowerCase() === "mailto:" ? t.slice(7).trim() : t;
}

/** Quotes around a display name, as mail apps write it: `"Doe, Jane" <jane@x.example>`. */
function unquoted(text: string): string {
	const t = text.trim();
	if (t.length >= 2) {
		const first = t[0];
		const last = t[t.length - 1];
		if ((first === '"' && last === '"') || (first === "'" && last === "'") || (first === "“" && last === "”")) return t.slice(1, -1).trim();
	}
	return t;
}

/** An address typed on its own: an `@`, no space, nothing around it. */
function looksLikeAddress(text: string): boolean {
	return text.includes("@") && !hasSpace(text) && !text.includes("<") && !text.includes(">");
}

/**
 * `Holt, Jane` (one word each side of a single comma) is `Jane Holt`; anything else is the name as
 * written, with its spacing tidied.
 */
export function lastFirst(name: string): string {
	const t = name.trim();
	const comma = t.indexOf(",");
	if (comma === -1 || t.indexOf(",", comma + 1) !== -1) return t;
	const last = t.slice(0, comma).trim();
	const first = t.slice(comma + 1).trim();
	if (last === "" || first === "" || hasSpace(last) || hasSpace(first)) return t;
	return `${first} ${last}`;
}

/**
 * One person as typed: `Jane Doe <jane.doe@x.example>`, `"Doe, Jane" <jane@x.example>`,
 * `Jane Doe (jane@x.example)`, a bare address (`mailto:` or not), `Holt, Jane` or a plain name.
 * An address is never taken for a name.
 */
export function readPersonText(text: string): PersonText {
	const t = text.trim();
	if (t === "") return { name: "" };
	// `Name <address>`: the address is what stands in the last angle brackets at the end.
	if (t.endsWith(">")) {
		const open = t.lastIndexOf("<");
		if (open !== -1) {
			const email = withoutMailto(t.slice(open + 1, -1));
			const name = lastFirst(unquoted(t.slice(0, open)));
			return email === "" ? { name } : { name: looksLikeAddress(name) ? "" : name, email };
		}
	}
	// `Name (address)`, as some people write it.
	if (t.endsWith(")")) {
		const open = t.lastIndexOf("(");
		const inside = open === -1 ? "" : withoutMailto(t.slice(open + 1, -1));
		if (looksLikeAddress(inside)) {
			const name = lastFirst(unquoted(t.slice(0, open)));
			return { name: looksLikeAddress(name) ? "" : name, email: inside };
		}
	}
	const bare = withoutMailto(t);
	if (looksLikeAddress(bare)) return { name: "", email: bare };
	return { name: lastFirst(unquoted(t)) };
}

/** True when a part of a one-line list can only be one whole person, so the list may be split there. */
function isWholePerson(part: string): boolean {
	const t = part.trim();
	if (t.startsWith("[[") || t.startsWith("![[")) return t.endsWith("]]");
	const person = readPersonText(t);
	if (person.email !== undefined) return true;
	return words(t).length >= 2;
}

/** Words that begin a surname of several words: `Van Holt, Jane` may be one person. */
const SURNAME_PARTICLES = new Set("van von de da di del della der den la le du st mac ter ten dos das bin ibn al el".split(" "));
/** Words after a name that say what someone does or where they work, never a first name: `Erik Halvorsen, Owner`, `Decker Inc`. */
const NOT_GIVEN_NAMES = new Set(
	"owner founder cofounder co-founder partner principal president chair chairman chairwoman ceo cto coo cfo cio vp svp evp avp superintendent super foreman supervisor mgr coordinator administrator admin assistant associate analyst engineer designer developer architect consultant specialist officer executive chief editor producer nurse teacher instructor counselor therapist technician tech scientist accountant attorney lawyer paralegal sourcer interviewer inc llc llp ltd co corp group gmbh plc company partners associates consulting".split(
		" ",
	),
);

/** The words of a part of a list with what stands in brackets set aside: `Mike Dunn (IT mgr)` → Mike, Dunn. */
function nameWords(part: string): { ws: string[]; aside: boolean } {
	const { rest, aside } = withoutBrackets(part);
	return { ws: words(withoutQuotedNickname(rest)), aside: aside !== "" };
}

/** A word as a name is written: a capital first (`Tasha`, `O'Neil`, `Jean-Luc`), and not a title, letters or a job. */
function isNameWord(word: string): boolean {
	const b = bare(word);
	return /^\p{Lu}[\p{L}'’-]*\.?$/u.test(word) && !isCredential(word) && !GENERATIONS.has(b) && !HONORIFICS.has(b) && !ROLE_WORDS.has(b) && !NOT_GIVEN_NAMES.has(b);
}

/**
 * True when a one-line list is a full name with first names beside it (`Mike Dunn (IT mgr), Tasha`,
 * `Jane Doe and Bob`), so that it is several people although not every part is a full name. Only
 * when nothing in it can be one person written `Last, First`: a single word before a comma may be a
 * surname (`Dunn, Mike`, `Holt, Jane Mary`), and so may words opening with a particle before a comma
 * (`Van Holt, Jane`). Bare first names alone (`Dana, Marcus and Lee`) may be a firm's name (`Barnes
 * and Noble`), and letters or a job after a comma (`Tom Herrera, P.Geo.`, `Erik Halvorsen, Owner`)
 * belong to the name before them: those stay one text.
 */
function namedWithFirstNames(pieces: readonly string[], afterComma: readonly boolean[]): boolean {
	let anchored = false;
	for (let i = 0; i < pieces.length; i++) {
		const t = pieces[i].trim();
		// A link or an address is a whole person, whatever stands beside it.
		if (t.startsWith("[[") || t.startsWith("![[") || readPersonText(t).email !== undefined) {
			anchored = true;
			continue;
		}
		const { ws, aside } = nameWords(t);
		const nextAfterComma = afterComma[i + 1] === true;
		if (ws.length === 0) return false;
		if (ws.length === 1) {
			if (!isNameWord(ws[0])) return false;
			// "Dunn, Mike": a lone word before a comma may be a surname, unless it is a person with
			// their role in brackets ("Luis (ops mgr), Tasha"), which no one writes of a surname.
			if (nextAfterComma && !aside) return false;
			if (aside) anchored = true;
			continue;
		}
		if (nextAfterComma && SURNAME_PARTICLES.has(bare(ws[0]))) return false;
		// A full name: a title before it ("Dr. Fitch") and "Jr." after it aside, every word written as
		// a name is, bar the particles inside it ("Maria de la Cruz").
		let from = 0;
		while (from < ws.length - 1 && HONORIFICS.has(bare(ws[from]))) from++;
		const to = ws.length > from + 1 && GENERATIONS.has(bare(ws[ws.length - 1])) ? ws.length - 1 : ws.length;
		const name = ws.slice(from, to);
		if (!isNameWord(name[0]) || !name.every((w, j) => isNameWord(w) || (j > 0 && SURNAME_PARTICLES.has(w)))) return false;
		if (name.length === 1 && from === 0) return false;
		anchored = true;
	}
	return anchored;
}

/**
 * Splits text at the given separators where they stand outside quotes, `<...>`, `(...)` and
 * `[[...]]`, so that `"Doe, Jane" <jane@x.example>` and `[[Doe, Jane]]` stay whole.
 */
function splitOutside(text: string, isSeparator: (c: string) => boolean): string[] {
	const parts: string[] = [];
	let depthAngle = 0;
	let depthRound = 0;
	let depthLink = 0;
	let quote: string | null = null;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quote !== null) {
			if (c === quote) quote = null;
			continue;
		}
		if (c === '"' || c === "“") quote = c === "“" ? "”" : '"';
		else if (c === "<") depthAngle++;
		else if (c === ">") depthAngle = Math.max(0, depthAngle - 1);
		else if (c === "(") depthRound++;
		else if (c === ")") depthRound = Math.max(0, depthRound - 1);
		else if (c === "[" && text[i + 1] === "[") {
			depthLink++;
			i++;
		} else if (c === "]" && text[i + 1] === "]") {
			depthLink = Math.max(0, depthLink - 1);
			i++;
		} else if (depthAngle === 0 && depthRound === 0 && depthLink === 0 && isSeparator(c)) {
			parts.push(text.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(text.slice(start));
	return parts;
}

/** The last ` and ` of a part that stands outside brackets and quotes, split there. */
function splitFinalAnd(part: string): string[] {
	const pieces = splitOutside(part, isSpace);
	for (let i = pieces.length - 2; i > 0; i--) {
		if (pieces[i].toLowerCase() === "and") {
			return [pieces.slice(0, i).join(" "), pieces.slice(i + 1).join(" ")];
		}
	}
	return [part];
}

/** A list item split only where it cannot mean one person: at ";" and line breaks (outside brackets and quotes). */
export function splitPeopleItem(text: string): string[] {
	if (!/[\n\r;]/.test(text)) {
		const part = text.trim();
		return part === "" ? [] : [part];
	}
	return splitOutside(text, (c) => c === ";" || c === "\n" || c === "\r")
		.map((p) => p.trim())
		.filter((p) => p !== "");
}

/**
 * One text naming several people, split as SPEC §1 says: always on `;` and line breaks; on `,` and a
 * final ` and ` when every part is then a whole person (a full name of two words or more, a
 * `Name <email>`, an address or a link), or when a part is plainly a full name and the others are
 * first names that cannot be read as `Last, First` (namedWithFirstNames). Otherwise a part stays one
 * person, so `Holt, Jane`, `Holt, Jane Mary` and `Ann and Bob` are one.
 * Returns the parts trimmed, empty ones left out.
 */
export function splitPeopleText(text: string): string[] {
	// Most texts name one person: without a separator or an "and" there is nothing to split.
	if (!/[\n\r,;]|and/i.test(text)) {
		const part = text.trim();
		return part === "" ? [] : couple(part);
	}
	const out: string[] = [];
	for (const hard of splitOutside(text, (c) => c === ";" || c === "\n" || c === "\r")) {
		const part = hard.trim();
		if (part === "") continue;
		const soft: string[] = [];
		// For each piece, whether a comma (and no "and") stands before it: where `Last, First` could be.
		const afterComma: boolean[] = [];
		const commaParts = splitOutside(part, (c) => c === ",");
		commaParts.forEach((p, i) => {
			let piece = p.trim();
			let comma = i > 0;
			// The Oxford comma: "Jane Doe, Bob Roe, and Ann Lee".
			if (i > 0 && i === commaParts.length - 1 && piece.toLowerCase().startsWith("and ")) {
				piece = piece.slice(4).trim();
				comma = false;
			}
			const pieces = i === commaParts.length - 1 ? splitFinalAnd(piece).map((s) => s.trim()) : [piece];
			pieces.forEach((s, j) => {
				if (s === "") return;
				soft.push(s);
				afterComma.push(j === 0 && comma);
			});
		});
		// "Carol Whitfield, RRT <carol@…>": letters after a comma and before the address are the
		// person's credentials, not a second person; the piece goes back to the name before it.
		const pieces: string[] = [];
		const commas: boolean[] = [];
		// The piece before is a name of two words or more, not yet with an address.
		let named = false;
		// Whether the piece before has a capital, kept as pieces join: testing the joined text again on each join
		// would read a long list once per comma.
		let capitalBefore = false;
		soft.forEach((piece, i) => {
			const read = readPersonText(piece);
			const name = read.name.replace(/\([^()]*\)/g, "").trim();
			// "Mike Dubois, crew lead", "Julien Marchetti, Les Clefs d'Or": after a name written with
			// capitals, what says what they do or where they belong is theirs, not a second person.
			// "Kevin Tran - parent rep" is a second person with their job after a dash, not a job.
			// "Yesenia Ochoa, Councilmember aide Tim Brandt": a post and a full name after it is a second person, never the
			// first one's job (review 155: he vanished).
			const role =
				named && capitalBefore && read.email === undefined && (!/\p{Lu}/u.test(name) || saysWhatTheyDo(name)) && !/[[\]<>@]/.test(piece) && !dashedName(name) && postThenName(name) === null;
			// "Wanda Haskins - Recruiter, Apex Industrial Staffing <whaskins@…>": a firm after a comma, with the address, is
			// where the person before works, and the address is theirs; it had gone to "Apex Industrial Staffing" (review 167).
			const firm = named && capitalBefore && read.email !== undefined && firmName(name);
			if (named && afterComma[i] && name !== "" && (role || firm || words(name).every(isCredential) || isLeveled(name))) {
				pieces[pieces.length - 1] += `, ${piece}`;
				capitalBefore ||= /\p{Lu}/u.test(piece);
			} else {
				pieces.push(piece);
				capitalBefore = /\p{Lu}/u.test(piece);
				commas.push(afterComma[i]);
				named = words(read.name).length >= 2;
			}
			named &&= read.email === undefined;
		});
		if (pieces.length === 1) out.push(pieces[0]);
		else if (pieces.every(isWholePerson) || namedWithFirstNames(pieces, commas)) out.push(...pieces);
		else out.push(part);
	}
	return out.flatMap(couple);
}

/**
 * What may follow a comma after a full name without being a second person: job words ("Owner",
 * "mgr"), or two words or more of which one is in lower case ("crew lead", "Les Clefs d'Or"); a
 * lone word in lower case may be a first name ("Dunn, mike").
 */
function saysWhatTheyDo(text: string): boolean {
	const ws = words(text);
	if (ws.length === 0) return false;
	// "Head Chef", "Exec Chef": a title of the trade counts as a job after a comma.
	if (ws.every((w) => NOT_GIVEN_NAMES.has(bare(w)) || ROLE_WORDS.has(bare(w)) || HONORIFICS.has(bare(w)) || /^(?:exec|executive|sous|senior|sr|asst|assistant)$/.test(bare(w)))) return true;
	// "Sam O'Neill, Chief Operating Officer": a post of capitals, led by a rank and ending in a post, had become a third person
	// greeted "Dear Chief Officer" (review 175).
	if (ws.length >= 2 && ws.length <= 5 && POST_LEADS.has(bare(ws[0])) && POST_ENDS.has(bare(ws[ws.length - 1]))) return true;
	return ws.length >= 2 && ws.some((w) => /^\p{Ll}/u.test(w) && !SURNAME_PARTICLES.has(bare(w)));
}

/** First words of a post written in capitals ("Chief Operating Officer", "Vice President", "Deputy Director"). */
const POST_LEADS = new Set("chief vice senior sr assistant asst associate assoc deputy executive exec general managing regional district program medical nursing clinical head lead principal interim acting".split(" "));
/** Last words of a post: what the person is. */
const POST_ENDS = new Set("officer director manager president administrator coordinator supervisor superintendent counsel recruiter specialist partner principal chair dean registrar controller treasurer secretary librarian curator engineer architect analyst editor producer nurse physician pharmacist scientist".split(" "));

/** What the person does, a spaced dash, then a name of up to three capitalised words: "HR - Lorraine Hughes". */
const JOB_DASHED = /^([^-–—]{1,80}) [-–—] (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})$/u;

/** A name of up to three capitalised words, then what the person does after a spaced dash: "Kevin Tran - parent rep", "Gloria – head tech". */
const DASHED_JOB = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}) [-–—] (\S.*)$/u;

/** A full name with what the person does after a spaced dash: "Kevin Tran - parent rep". */
function dashedName(text: string): boolean {
	const m = DASHED_JOB.exec(text.trim());
	return m !== null && words(m[1]).length >= 2 && words(m[1]).every(isNameWord);
}

/** What a recruiting firm's name ends on, besides a company's own last words (FIRM_WORDS): "Apex Industrial Staffing". */
const AGENCY_WORDS = new Set("staffing recruiting recruitment search talent agency consulting consultants solutions services resources workforce personnel".split(" "));

/** A firm's name, by its last word, every word with its capital: "Apex Industrial Staffing", "Korn Ferry Search Partners", "Acme Inc.". */
function firmName(name: string): boolean {
	const ws = name.trim().split(/\s+/);
	const last = ws[ws.length - 1].toLowerCase().replace(/\.$/, "");
	return ws.length >= 2 && ws.length <= 5 && ws.every((w) => /^\p{Lu}/u.test(w)) && (FIRM_WORDS.has(last) || AGENCY_WORDS.has(last));
}

/** Last words of a firm's name: "Black and Decker Inc" is no couple. */
const FIRM_WORDS = new Set("inc llc llp ltd co corp company group partners associates brothers bros sons".split(" "));

/** "Tom & Linda Reyes": two first names joined by "&" before one surname are two people ("Tasha and Mike Dunn" may be two others). */
function couple(part: string): string[] {
	const m = /^(\p{Lu}[\p{Ll}'’-]+) & (\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{L}'’-]+)$/u.exec(part.trim());
	return m && !ROLE_WORDS.has(m[3].toLowerCase()) && !FIRM_WORDS.has(m[3].toLowerCase().replace(/\.$/, "")) ? [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`] : [part];
}

// ---------------------------------------------------------------- names as people type them

/** Titles written before a name, by their lower case without the dot, the services' capitals ("LCDR", "SFC") among them; Frau and Herr greet in English. */
const HONORIFICS: ReadonlyMap<string, string> = new Map(
	"Dr.:dr doctor|Col.:col colonel ltc|Maj.:maj major|Gen.:general|Adm.:adm admiral|Cmdr.:cmdr cdr commander lcdr|Cpl.:cpl corporal|Ens.:ens ensign|Mr.:mr herr|Mrs.:mrs|Ms.:ms miss frau mme|Mx.:mx|Prof.:prof professor|Capt.:capt captain cpt|Sgt.:sgt sergeant sfc ssg ssgt msg msgt tsgt smsgt cmsgt gysgt 1sg|Lt.:lt lieutenant ltjg|Det.:det detective|Officer:officer ofc|Chief:chief|Judge:judge alj|Hon.:hon honorable honourable|Chef:chef|Coach:coach|Rev.:rev reverend|Canon:canon|Father:fr father|Pastor:pastor|Deacon:deacon|Imam:imam|Rabbi:rabbi|Sister:sister|Brother:brother|Maestro:maestro|Maestra:maestra|Chaplain:chaplain|Trooper:trooper tpr|Deputy:deputy|Councilmember:councilmember councilmembers councilor councillor councilwoman councilman|Commissioner:commissioner|Mayor:mayor|Senator:senator sen|Alderman:alderman|Alderwoman:alderwoman|Sheriff:sheriff|Ranger:ranger|Warden:warden|Marshal:marshal|Master:master grandmaster|Sensei:sensei|Sifu:sifu shifu|Firefighter:firefighter|Paramedic:paramedic|Nurse:nurse"
		.split("|")
		.flatMap((entry) => {
			const [title, keys] = entry.split(":");
			return keys.split(" ").map((key): [string, string] => [key, title]);
		}),
);
/** True when a word is a title written before a name ("dr", "Dr.", "chef", "Sgt"): one list for the people and the body's lines. */
export function isHonorific(word: string): boolean {
	return HONORIFICS.has(bare(word));
}

/**
 * Titles a note gives someone that their greeting keeps, as the user chose to write them: "Dear
 * Dr. Kapoor", "Dear Ms. Whitfield", never "Hi Meera"; a sister or brother by their names, the
 * others by the surname. A chef or a coach is called so at work, not in a letter: by first name.
 */
const KEPT_TITLES = new Set(["Dr.", "Col.", "Maj.", "Gen.", "Adm.", "Cmdr.", "Cpl.", "Ens.", "Prof.", "Mr.", "Mrs.", "Ms.", "Mx.", "Capt.", "Sgt.", "Lt.", "Det.", "Officer", "Chief", "Chef", "Coach", "Judge", "Hon.", "Rev.", "Canon", "Father", "Pastor", "Deacon", "Imam", "Rabbi", "Sister", "Brother", "Maestro", "Maestra", "Chaplain", "Trooper", "Deputy", "Councilmember", "Commissioner", "Mayor", "Senator", "Alderman", "Alderwoman", "Sheriff", "Ranger", "Warden", "Marshal", "Master", "Sensei", "Sifu"]);
/**
 * A rank of two words that a letter greets by its second: "Lt. Col. Raymond Fisk" is "Colonel Fisk",
 * "Brig. Gen." and "Maj. Gen." are "General", "Lt. Cmdr." is "Commander", "Rear Adm." is "Admiral".
 */
function ranked(name: string): string {
	return name
		.replace(/^(?:lt|lieutenant)\.? (?:col\.?|colonel)(?= )/i, "Col.")
		.replace(/^(?:lt|lieutenant|maj|major|brig|brigadier)\.? (?:gen\.?|general)(?= )/i, "Gen.")
		.replace(/^(?:lt|lieutenant)\.? (?:cmdr\.?|cdr\.?|commander)(?= )/i, "Cmdr.")
		.replace(/^(?:vice|rear) (?:adm\.?|admiral)(?= )/i, "Adm.")
		// A fire or police chief of some rank ("Battalion Chief Greg Holloway") is greeted as Chief (review 49).
		.replace(/^(?:battalion|division|deputy|assistant|asst\.?|fire|district|police|bureau|shift|station|county) chief(?= )/i, "Chief")
		// "Executive Chef Antoine Dubois" is greeted as the kitchen greets him, "Chef" (review 94: "Hi Executive" before);
		// "Head Coach Dee Harper" as "Coach".
		.replace(/^(?:executive|exec\.?|head|sous|pastry|senior|sr\.?|junior|jr\.?|chief|corporate|private|chef de cuisine,?) chef(?= \S)/i, "Chef")
		.replace(/^(?:head|assistant|asst\.?|associate|assoc\.?|senior|sr\.?|defensive|offensive|strength|goalkeeping|varsity|jv) coach(?= \S)/i, "Coach")
		// "Chief of Staff Ann Lee" holds a post, not a rank: greeted by her name.
		.replace(/^chief of (?:staff|surgery|medicine|nursing|operations|ops|engineering|product) (?=\S)/i, "")
		// "Chief Operator Ray Kowalski" at a water plant holds a post, not a rank: greeted by his name (review 90).
		.replace(/^chief (?:plant )?(?:operator|technician|estimator|accountant|mechanic|electrician|dispatcher) (?=\S)/i, "")
		// "Sr. Margaret Doyle": "Sr." with its dot before a given name is a sister in religion ("Jr." and "Sr." after a
		// name are generations, and "Sr. Manager" is a post, set aside before this).
		.replace(/^sr\. (?=\p{Lu}\p{Ll})/iu, "Sister ")
		// ("Br. Tariq Hussain" was greeted "Hi Br.," (review 240): "Br." with its dot before a given name is a brother.)
		.replace(/^[Bb][Rr]\.? (?=\p{Lu}\p{Ll}+ \p{Lu})/u, "Brother ").replace(/^br\. (?=\p{Lu}\p{Ll})/iu, "Brother ")
		// "Gen Tanaka" may be Genevieve: "Gen." with its dot is the rank.
		.replace(/^gen\. (?=\S)/i, "General ");
}
/** Titles a letter writes out: "Dear Captain Morrow". */
const TITLE_IN_LETTERS: ReadonlyMap<string, string> = new Map([
	["Capt.", "Captain"],
	["Sgt.", "Sergeant"],
	["Lt.", "Lieutenant"],
	["Col.", "Colonel"],
	["Maj.", "Major"],
	["Gen.", "General"],
	["Adm.", "Admiral"],
	["Cmdr.", "Commander"],
	["Cpl.", "Corporal"],
	["Ens.", "Ensign"],
	["Det.", "Detective"],
	// "Hon. Raymond Ortiz" on an interview panel is a judge: "Dear Judge Ortiz", not "Dear Hon. Ortiz".
	["Hon.", "Judge"],
	// "Rev. Thomas Mbeki": "Dear Reverend Mbeki", written out as "Sergeant" is (review 86).
	["Rev.", "Reverend"],
]);
/**
 * A title field that holds only a form of address ("title: Dr.", "title: Prof", "title: Rev."): the
 * title the person's name takes before it ("Dr. Elaine Marsh", greeted "Dear Dr. Marsh"), or
 * undefined. Words that are also jobs ("Chef", "Coach", "Chief", "Officer") stay the person's job.
 */
export function honorificTitle(title: string): string | undefined {
	const t = title.trim();
	if (!/^\S+$/.test(t)) return undefined;
	const h = HONORIFICS.get(bare(t));
	return h !== undefined && KEPT_TITLES.has(h) && !["Officer", "Chief", "Chef", "Coach"].includes(h) ? h : undefined;
}

/** True when a name begins with a form of address ("Dr. Marsh", "Prof Lee"). */
export function hasHonorific(name: string): boolean {
	const first = words(cleanName(name))[0];
	return first !== undefined && HONORIFICS.has(bare(first));
}

/** Second words of a rank: "Chief Officer", "Chief Engineer", "First Officer" after a title. */
const RANK_NOUNS = new Set(["officer", "engineer", "mate", "inspector", "constable", "superintendent", "ranger", "purser", "steward", "stewardess", "marshal"]);
/** Letters after a name, by their lower case without dots: credentials, never part of a greeting. */
const CREDENTIALS = new Set(
	"pt dpt pe se ot rn bsn msn np aprn lpn md do phd pharmd rph dds dvm edd psyd jd esq cpa cfa mba msc lcsw pmp sphr cissp cism cisa shrm-cp shrmcp phr cvt lvt rvt leed aia ncsp".split(" "),
);
/** Generations after a name: kept in it, never a greeting or a surname. */
const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv"]);
/** Words crews put before a first name: "Big Mike". */
const NICKNAME_PREFIXES = new Set(["big", "little", "lil"]);
/** What a crew calls someone for their size or manner (`Dwayne "Tiny" Moss`): no name a letter from a stranger greets (review 125). */
const SOBRIQUETS = new Set("tiny shorty slim red moose tank bear bubba boss sarge butch hoss tex lefty stretch spike cowboy sparky ace rocky buzz duke junior bud buddy".split(" "));
/**
 * Words of a role or a department: a name made only of these (and "of", "the", "&") is a role,
 * not a person ("Talent Acquisition", "HR", "Teamlead Analytics", "the recruiter").
 */
const ROLE_WORDS = new Set(
	"hr human resources general people talent acquisition recruiting recruitment recruiter hiring manager team teamlead lead head director office department panel committee careers staffing ops operations analytics engineering design sales marketing finance product data coord coordinator scheduler admin board chair chairman chairwoman chairperson president owner founder cofounder co-founder ceo cfo coo cto vp supervisor executive exec sous pastry assistant associate chef coach".split(" "),
);

/** Role words that name a job one person holds, where the others name a team or a department. */
const ONE_HOLDER = new Set("chair chairman chairwoman chairperson president owner founder cofounder co-founder ceo cfo coo cto vp supervisor manager director recruiter coordinator".split(" "));

/** A name that is only the job one person holds ("Board chair", "CEO", "Ops supervisor"), never a team ("HR"). */
export function isJobHolder(name: string): boolean {
	const ws = words(name);
	return ws.length > 0 && ws.length <= 3 && isRoleName(name) && ONE_HOLDER.has(bare(ws[ws.length - 1]));
}

/** "PT", "P.E.", "PhD", "P.Geo.": letters after a name; "Do" and "Ma", written as names are, are names. */
function isCredential(word: string): boolean {
	// "CFP®": the mark is part of the letters.
	const w = word.trim().replace(/[®™]$/u, "");
	// Known letters, or any of two to eight capitals after a comma ("ASLA", "RDH", "PLA", "DACVECC"), or
	// abbreviations with dots of which one is more than an initial ("P.Geo.", "P.Eng.", "M.Sc."):
	// "A.J." is a name's initials.
	return (
		(CREDENTIALS.has(bare(w).replace(/[-\s]/g, "")) && !/^\p{Lu}\p{Ll}+$/u.test(w)) ||
		/^\p{Lu}{2,8}(?:[-/]\p{Lu}{1,3})?$/u.test(w) ||
		(/^(?:\p{Lu}\p{L}{0,4}\.)+\p{Lu}\p{L}{0,4}\.?$/u.test(w) && /\p{Ll}/u.test(w))
	);
}

/** "NDT Level III", "ASNT Level 2": a certification by its level, letters after a name like "CWI". */
function isLeveled(text: string): boolean {
	return /^\p{Lu}{2,6} Level (?:[IVX]{1,4}|\d)$/u.test(text.trim());
}

function bare(word: string): string {
	return word.toLowerCase().replace(/[.,]/g, "");
}

/** The name without what is in brackets: `Luis (ops mgr)` → `Luis`; the brackets' text as the aside. */
function withoutBrackets(name: string): { rest: string; aside: string } {
	let rest = "";
	let aside = "";
	let depth = 0;
	for (const c of name) {
		if (c === "(" || c === "[") depth++;
		else if ((c === ")" || c === "]") && depth > 0) {
			depth--;
			if (depth === 0) aside += " ";
		} else if (depth > 0) aside += c;
		else rest += c;
	}
	return { rest, aside: aside.trim() };
}

/** The part of a name in double quotes (`Mike "Big" Tanaka`): what it says, and the name without it; null when there is none. */
function quotedPart(name: string): { inner: string; rest: string } | null {
	const open = name.search(/["“]/);
	if (open <= 0) return null;
	const close = name.slice(open + 1).search(/["”]/);
	if (close === -1) return null;
	return { inner: name.slice(open + 1, open + 1 + close).trim(), rest: `${name.slice(0, open)} ${name.slice(open + close + 2)}` };
}

/**
 * The name a person goes by, as the note gives it: the word in double quotes (`Siobhan "Vonnie"
 * Mallory`, `Jim "JT" Thompson`) or in brackets between first name and surname (`Oleksandr (Sasha)
 * Kovalenko`); undefined when there is none, or it is a crew's "Big" or a role (`Ana (HR) Ruiz`).
 */
export function quotedNickname(name: string): string | undefined {
	const inner = quotedPart(name)?.inner ?? /^\p{Lu}[\p{L}'’.-]* [([](\p{Lu}[\p{L}'’-]{1,19})[)\]] \p{Lu}/u.exec(name.trim())?.[1] ?? "";
	// "Coach", "Doc", "Chef" in quotes are what the team calls them at work, not a name a letter greets.
	if (!/^\p{Lu}[\p{L}'’-]{1,19}$/u.test(inner) || NICKNAME_PREFIXES.has(inner.toLowerCase()) || SOBRIQUETS.has(inner.toLowerCase()) || isRoleName(inner) || HONORIFICS.has(inner.toLowerCase()) || inner.toLowerCase() === "doc") return undefined;
	return inner;
}

/** `Mike "Tiny" Sorensen` → "Tiny": what the crew calls someone, in quotes, that `quotedNickname` leaves out as no name to greet. */
export function quotedSobriquet(name: string): string | undefined {
	const inner = quotedPart(name)?.inner ?? "";
	return SOBRIQUETS.has(inner.toLowerCase()) ? inner : undefined;
}

/** The name without the words in double quotes: `Mike "Big" Tanaka` → `Mike Tanaka`. */
function withoutQuotedNickname(name: string): string {
	const part = quotedPart(name);
	return part && words(part.rest).length > 0 ? part.rest : name;
}

/** True when a name is only a role or a department: it greets nobody and names nobody in a sentence. */
export function isRoleName(name: string): boolean {
	const ws = words(withoutBrackets(name).rest.replace(/[,&/]/g, " "));
	if (ws.length === 0) return false;
	// "The Rev. Canon Margaret Ashby" is a person; "the hiring team" is not.
	if (/^(?:the|a|an|our|my|their|your)$/i.test(ws[0])) return !(ws.length > 2 && HONORIFICS.has(bare(ws[1])));
	let role = false;
	for (const w of ws) {
		const b = bare(w);
		if (b === "of" || b === "and" || b === "for") continue;
		// ("tk hr": the user's initials for someone in HR, no name to greet, review 190.)
		if (ws.length >= 2 && /^[b-df-hj-np-tv-xz]{1,2}$/.test(b) && !ROLE_WORDS.has(b)) continue;
		if (!ROLE_WORDS.has(b)) return false;
		role = true;
	}
	return role;
}

/**
 * What a name typed as text says of the person's job, which cleanName leaves out: the brackets of
 * `Gus Ferreira (svc mgr)`, the words after a dash in `Kevin Tran - parent rep` or after a comma in
 * `Erik Halvorsen, Owner`. Empty when it says none (a nickname in brackets is no job).
 */
export function typedJob(name: string): string {
	const { rest, aside } = withoutBrackets(name);
	const parts: string[] = [];
	if (aside !== "" && !looksLikeAddress(aside) && aside !== quotedNickname(name)) parts.push(aside);
	const t = withoutQuotedNickname(rest).trim();
	const dashed = DASHED_JOB.exec(t);
	if (dashed) parts.push(dashed[2]);
	// "HR analyst Dana Whitfield": a post typed before the name is their job.
	const before = postThenName(t.split(",")[0]);
	if (before !== null) parts.push(before.post);
	const commas = t.split(",");
	if (commas.length > 1 && words(commas[0]).length >= 2) parts.push(...commas.slice(1).map((p) => p.trim()).filter((p) => !isCredential(p) && saysWhatTheyDo(p)));
	return parts.join(", ");
}

/** How plainly a job says its holder runs the hiring or the team: 0 for none. */
function leadRank(job: string): number {
	const ws = words(job.toLowerCase().replace(/[^\p{L}\s-]/gu, " "));
	let rank = 0;
	// "Party Coordinator", "Volunteer Coordinator": a coordinator of something else than the hiring runs neither it nor the
	// team; only a coordinator alone or of the hiring ranks with a recruiter (review 241: the check-in went to "Kayla, Party
	// Coordinator", past the owner).
	const otherCoordinator = ws.some((w) => /^(?:coordinator|coord)$/.test(w)) && ws.some((w) => !/^(?:coordinator|coord|recruiting|recruitment|hiring|interview|interviews|talent|hr|people|candidate|staffing|employment|senior|sr|lead|the|of|and)$/.test(w));
	for (const w of ws) {
		if (/^(?:coordinator|coord)$/.test(w) && otherCoordinator) continue;
		if (/^(?:recruiter|recruiting|recruitment|talent|hr|coordinator|coord)$/.test(w)) rank = Math.max(rank, 4);
		else if (/^(?:owner|founder|co-?founder|president|ceo|coo|cfo|cto|principal|partner|director|dir|head|chief|gm|vp|superintendent|supt|pastor|chair)$/.test(w)) rank = Math.max(rank, 3);
		else if (/^(?:manager|mgr|supervisor|sup|supv|super|foreman|forewoman|chef)$/.test(w)) rank = Math.max(rank, 2);
		else if (w === "lead") rank = Math.max(rank, 1);
	}
	// "Asst Supt", "sous chef": the deputy ranks below the one they stand in for.
	return ws.some((w) => /^(?:asst|assistant|deputy|associate|sous|vice)$/.test(w)) ? Math.max(0, rank - 1) : rank;
}

/**
 * The interviewer a note without a primary contact is asked about next steps and checked in with:
 * the one whose job (typed beside their name, or their title) says they run the hiring or the team,
 * a recruiter first, then an owner or a director, a manager, a lead; among equals, and when no job is
 * typed, the first one listed. `jobs[i]` is what the note says of `interviewers[i]`.
 */
export function leadInterviewer(interviewers: readonly Person[], jobs: readonly string[]): { person: Person; job: string | null } | null {
	let best = -1;
	let bestRank = -1;
	interviewers.forEach((p, i) => {
		const rank = leadRank(`${jobs[i] ?? ""} ${p.title ?? ""}`);
		if (rank > bestRank) {
			best = i;
			bestRank = rank;
		}
	});
	if (best === -1) return null;
	const job = [jobs[best] ?? "", interviewers[best].title ?? ""].find((j) => leadRank(j) > 0);
	return { person: interviewers[best], job: job ?? null };
}

/**
 * The one interviewer without an address whose name the address spells ("coach.dave@" for Dave
 * Kowalski, "dkowalski@", "dave.k@"), or null when none or several do.
 */
export function addressOwner(email: string, interviewers: readonly Person[]): Person | null {
	const local = email.split("@")[0].toLowerCase();
	const tokens = new Set([local, ...local.split(/[._+-]/)].filter((t) => t.length >= 3));
	const hits = interviewers.filter((p) => {
		if (p.email !== undefined) return false;
		// Titles ("Dr.", "Coach") are no part of an address.
		const ws = words(cleanName(p.name))
			.filter((w) => !HONORIFICS.has(bare(w)))
			.map((w) => w.toLowerCase().replace(/\P{L}/gu, ""))
			.filter((w) => w !== "");
		if (ws.length === 0) return false;
		const [first, last] = [ws[0], ws[ws.length - 1]];
		const spelled = [first, last, first + last, first[0] + last, first + last[0], last + first[0]];
		return spelled.some((t) => t.length >= 3 && tokens.has(t));
	});
	return hits.length === 1 ? hits[0] : null;
}

/**
 * A name as the drafts write it: what stands in brackets, credentials after a comma, a nickname in
 * quotes and a crew's "Big" left out; a title before it and "Jr." after it kept.
 * `Dr. Helen Marsh, PT, DPT` → `Dr. Helen Marsh`; `Big Mike (super)` → `Mike`; `Holt, Jane` → `Jane Holt`.
 * A name that is nothing but brackets keeps their text.
 */
export function cleanName(name: string): string {
	const { rest, aside } = withoutBrackets(name);
	// What stood in brackets before a comma leaves a space before it: "Mike Dunn (IT mgr), Tasha".
	let t = withoutQuotedNickname((rest.includes(",") ? rest.split(",").map((p) => p.trimEnd()).join(",") : rest).trim());
	// "The Rev. Canon Margaret Ashby": the article of a formal style is not part of the name.
	if (/^the \S/i.test(t) && HONORIFICS.has(bare(t.split(" ")[1] ?? ""))) t = t.slice(4);
	// "Linda at the JATC office", "Sam from HR": the name, without where they sit.
	const at = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) (?:at|from|in|@) (?:the )?\S/u.exec(t);
	if (at) t = at[1];
	// "Board member Carl (didn't catch last name)": what they are a member of, then the name; never "Dear Board" (review 181).
	const member = /^(?:[\p{L}-]+ ){1,2}member (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)$/iu.exec(t);
	if (member) t = member[1];
	// "Chief Tech. Officer's EA - Lorraine", "HR - Lorraine Hughes": what they do, then the name after a spaced dash (review
	// 101: "Dear Chief Lorraine"). Only where the part before says what they do.
	const jobFirst = JOB_DASHED.exec(t);
	if (jobFirst !== null && (isRoleName(jobFirst[1]) || /['’]s (?:EA|PA|assistant|admin|office|scheduler)\b|^(?:HR|EA|PA|TA)\b/i.test(jobFirst[1])) && !isRoleName(jobFirst[2])) t = jobFirst[2];
	// "Kevin Tran - parent rep", "Gloria – head tech": the name, without the role after a spaced dash.
	const dashed = DASHED_JOB.exec(t);
	if (dashed) t = dashed[1];
	const parts = t.split(",");
	// "Mike Dubois, crew lead", "Erik Halvorsen, Owner": what follows a full name written with capitals is their job.
	const fullName = words(parts[0]).length >= 2 && /\p{Lu}/u.test(parts[0]);
	const job = (p: string) => fullName && saysWhatTheyDo(p);
	// "P.E., S.E.": dotted letters beside a credential are one more, not a name's initials.
	const lettersBeside = (p: string) => /^(?:\p{Lu}\.){1,4}$/u.test(p) && parts.slice(1).some((q) => isCredential(q.trim()));
	if (parts.length > 1 && parts.slice(1).every((p) => isCredential(p.trim()) || job(p.trim()) || lettersBeside(p.trim()) || isLeveled(p.trim()))) t = parts[0];
	t = lastFirst(t);
	const ws = words(t);
	// "Gregory Hale Esq.", "Ana Ruiz PhD": letters after a full name without a comma.
	while (ws.length > 2 && (CREDENTIALS.has(bare(ws[ws.length - 1])) || (isCredential(ws[ws.length - 1]) && !GENERATIONS.has(bare(ws[ws.length - 1]))))) ws.pop();
	if (ws.length > 1 && NICKNAME_PREFIXES.has(ws[0].toLowerCase())) ws.shift();
	// "Road Foreman Bill Tate", "Bosun Linda Farr": a post written before a full name is no part of it (review 62).
	const post = POST_BEFORE_NAME.exec(ws.slice(0, 4).join(" "));
	if (post !== null) {
		// "Director of Nursing Ann Cole": after a post "of" a department, the name is the last two words.
		const postWords = post[0].split(" ").length;
		const held = (ws[postWords] ?? "").toLowerCase() === "of" && ws.length >= postWords + 4 ? ws.length - 2 : postWords;
		const rest = ws.slice(held);
		const typedLow = ws.every((w) => w === w.toLowerCase());
		if (rest.length >= 2 && rest.every((w) => typedLow || /^\p{Lu}/u.test(w) || PARTICLES.has(w))) ws.splice(0, held);
	}
	// "F/O Marco Bellini", "S/Sgt Ray Dunn": a rank in slashed letters before a full name is no part of it.
	if (ws.length > 2 && /^\p{Lu}{1,3}\/\p{Lu}{1,4}\.?$/u.test(ws[0])) ws.shift();
	// "Sgt. (ret) Gary Lund", now a plant superintendent: a rank the note marks as retired is a past post, and letters name
	// and greet him as anyone else, "Dear Gary", never "Dear Sergeant Lund" (review 99). With no first name it stays.
	if (RETIRED.test(name)) {
		const rankWords = words(ranked(ws.join(" ")));
		let dropped = 0;
		while (dropped < rankWords.length - 2 && SERVICE_RANKS.has(HONORIFICS.get(bare(rankWords[dropped])) ?? "")) dropped++;
		if (dropped > 0) ws.splice(0, ws.length, ...rankWords.slice(dropped).filter((w) => !/^(?:ret|retd|retired)\.?$/i.test(w)));
		else if (/^(?:ret|retd|retired)\.?$/i.test(ws[ws.length - 1] ?? "") && ws.length > 1) ws.pop();
		if (ws.length > 0) ws[ws.length - 1] = ws[ws.length - 1].replace(/,$/, "");
	}
	// "\"TJ\"": a name that is only a nickname in quotes is the nickname.
	const out = ws.join(" ").replace(/^["“'‘]([^"“”'‘’]+)["”'’]$/u, "$1");
	return out === "" ? aside : typedCapitals(out);
}

/**
 * Posts a note may write before a full name ("Road Foreman Bill Tate", "Bosun Linda Farr", "Hiring Manager Ann
 * Cole", "Trainmaster Ray Ortega", "Supt. Ray Dominguez"): jobs, never a form of address, so never greeted as a first name (reviews 51, 62).
 */
// "Patrol Director Mike Brandt", "Executive Director Jane Roe": any one word may name what the post heads (review 110: "Dear Patrol").
// ("HR analyst Dana Whitfield", "Councilmember aide Tim Brandt": review 155.)
// ("Chief Ops Officer Dale Rusk": a chief of something is a post, never "Dear Chief Rusk", review 221.)
const POST_BEFORE_NAME = /^(?:chief (?:[\p{L}'’.&-]+ ){1,2}officer|(?:[\p{L}'’.-]+ )?(?:foreman|forewoman|foreperson|bosun|boatswain|bo'sun|supervisor|superintendent|manager|director|coordinator|recruiter|analyst|aide|specialist|liaison|generalist|administrator|supt\.?|supv\.?|mgr\.?|coord\.?|(?:train|yard|road|station|harbou?r|dock|post|quarter|head|band|scout)master))(?= )/iu;

/** "Councilmember aide Tim Brandt": a post written before a full name of capitalised words, and the name; null otherwise. */
function postThenName(text: string): { post: string; name: string } | null {
	const ws = words(text.trim());
	const post = POST_BEFORE_NAME.exec(ws.slice(0, 4).join(" "));
	if (post === null) return null;
	const rest = ws.slice(post[0].split(" ").length);
	return rest.length >= 2 && rest.length <= 3 && rest.every((w) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(w)) ? { post: post[0], name: rest.join(" ") } : null;
}
/** The same posts with only the words known to head them: for a name of two words, where "George Foreman" is a surname. */
const POST_KNOWN_HEAD = /^(?:(?:road|general|shop|crew|site|yard|line|plant|mill|deck|night|day|shift|head|assistant|asst\.?|senior|sr\.?|store|office|hiring|program|project|area|district|regional|ops|operations|nurse|clinical|branch|property) )?(?:foreman|forewoman|foreperson|bosun|boatswain|bo'sun|supervisor|superintendent|manager|director|coordinator|recruiter|supt\.?|supv\.?|mgr\.?|coord\.?|(?:train|yard|road|station|harbou?r|dock|post|quarter|head|band|scout)master)(?= )/iu;

/** Words a surname keeps in lower case after a first name: "Ludwig van Beethoven", "Ana de la Cruz". */
const PARTICLES = new Set("de del della der den di da dos das du la le van von ten ter bin al y e".split(" "));

/** A name typed all in lower case, in a hurry ("kel tran"), as it is written: "Kel Tran"; any other as typed. */
function typedCapitals(name: string): string {
	if (name.includes("@") || /\p{Lu}/u.test(name) || !/^[\p{Ll}'’.\s-]+$/u.test(name) || isRoleName(name)) return name;
	return name
		.split(" ")
		.map((w, i) => (i > 0 && PARTICLES.has(w) ? w : w.replace(/(^|[-'’])(\p{Ll})/gu, (_m, lead: string, c: string) => lead + c.toUpperCase())))
		.join(" ");
}

/** A word typed all in lower case, as in a hurry ("jane"), with its capital; others as written. */
function capitalised(word: string): string {
	return word === word.toLowerCase() && word !== word.toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}

/**
 * The name a greeting uses (SPEC §1): the first name ("Jane" for `Jane Doe`, `Doe, Jane`,
 * `Dr. Jane Doe, PT` and `Big Jane Doe`); a title and the surname when no first name is given
 * ("Dr. Okafor", "Ms. Müller" for `Frau Müller`); a religious title with the name ("Sister Mary
 * Claire", "Rev. Avery"); and "" when there is no name, or it is an address or only a role. `postTitle`, the
 * job the note gives them, decides whether "Hon." is a judge's.
 */
export function greetingName(name: string, postTitle = ""): string {
	// "Dr. Ingrid Vasquez (Director of Studies), Kessler, Marta", a line of names kept as one: no greeting is made of its parts
	// ("Dear Dr. Marta", review 233); the letter opens "Hello," and the user is told of the line.
	// (Letters after a comma are credentials, "Dr. Helen Marsh, PT, DPT", and no part of another name.)
	if (name.replace(/\([^()]*\)/g, "").split(",").slice(1).filter((part) => !words(part).every(isCredential)).length >= 2) return "";
	const clean = cleanName(name);
	// "Hotel Director Paul Ng", titled "Hotel director": the post typed before the name is no part of it (review 74: "Hi Hotel").
	const post = postTitle.trim().toLowerCase();
	if (post !== "" && post.includes(" ") && clean.toLowerCase().startsWith(`${post} `) && clean.length > post.length + 1) return greetingName(clean.slice(post.length + 1), postTitle);
	if (clean.includes("@") || isRoleName(clean)) return "";
	// "Chief Sanitarian Tom Kowalski": "Chief" heads a job's name (a sanitarian, a librarian, a pharmacist), no rank, and is
	// no part of the greeting: "Dear Tom", never "Dear Chief Kowalski" (review 82).
	// "Supt. Ray Delgado", a hotshot crew's or a transit district's superintendent: greeted by the post, as a chief is,
	// never "Hi Ray" (reviews 81, 83); the name itself stays without it.
	// (The parser keeps the post as the title; a name typed with it is read the same.)
	const last = words(clean).pop() ?? "";
	if ((/^(?:supt\.?|superintendent) (?=\p{L})/iu.test(name.trim()) || /^superintendent$/i.test(postTitle.trim())) && !/^(?:supt\.?|superintendent)$/i.test(last)) return `Superintendent ${capitalised(last)}`;
	const chiefJob = /^chief ([\p{L}-]+(?:ian|ist)) (?=\S+ \S)/iu.exec(clean);
	if (chiefJob !== null) return greetingName(clean.slice(chiefJob[0].length), postTitle);
	// "Chief Dana Whitmore", titled "Chief Enrollment Officer": "Chief" is her post's first word, no rank; "Dear Chief Whitmore"
	// is a police or fire chief's greeting (review 206). (A fire chief's title says so, or there is none.)
	if (/^chief (?=\S+ \S)/i.test(clean) && /^chief (?!(?:of )?(?:police|fire)\b)[\p{L} &-]*\b(?:officer|executive|of staff)\b/iu.test(postTitle.trim())) return greetingName(clean.slice(6), postTitle);
	// "Hon. Raymond Ellis", a county commissioner: "Hon." is a judge's only where the title says so or none is given;
	// else the full name, formally, never "Judge Ellis" (reviews 69, 70).
	const honoured = /^(?:the )?(?:hon\.?|honou?rable) (?=\S)/i.exec(clean);
	// "Hon. Deb Traxler", "County Commissioner (District 3)": an elected office greets by it, "Commissioner Traxler" (review 162).
	// (Read once, for "Hon." here and for a name alone below.)
	const heldOffice = ELECTED_OFFICE.exec(postTitle.replace(/\([^()]*\)/g, "").trim());
	if (honoured !== null && heldOffice !== null) return greetingName(clean.slice(honoured[0].length), postTitle);
	if (honoured !== null && postTitle.trim() !== "" && !/\b(?:judge|justice|magistrate|court|judicial|ALJ)\b/i.test(postTitle)) return clean.slice(honoured[0].length);
	// Marks, credentials and "Jr." are never greeted; titles and a "Big" before the name are set aside.
	// A comma left in a name that stays one text ("Dana, Marcus and Lee") is not part of a word.
	// "ALJ" before a name is a judge's title, not letters after it.
	const ws = words(ranked(clean).replace(/["“”]/g, "").replace(/,/g, " ")).filter((w, i, all) => /\p{L}/u.test(w) && (!isCredential(w) || (i < all.length - 1 && HONORIFICS.has(bare(w)))) && !GENERATIONS.has(bare(w)));
	// A rank of two words ("Chief Officer", "Chief Engineer") is said whole.
	const raw: string[] = [];
	while (ws.length > 1 && (HONORIFICS.has(bare(ws[0])) || NICKNAME_PREFIXES.has(bare(ws[0])) || (raw.length > 0 && RANK_NOUNS.has(bare(ws[0]))))) {
		const w = bare(ws.shift() as string);
		const t = HONORIFICS.get(w) ?? (RANK_NOUNS.has(w) ? capitalised(w) : undefined);
		if (t !== undefined) raw.push(t);
	}
	if (ws.length === 0 || (ws.length === 1 && raw.length === 0 && (HONORIFICS.has(bare(ws[0])) || NICKNAME_PREFIXES.has(bare(ws[0]))))) return "";
	const title = raw[0] ?? "";
	// "The Rev. Canon Margaret Ashby" is "Dear Canon Ashby": "Reverend" before another title is left out.
	const said = raw.filter((t, i) => !(t === "Rev." && i < raw.length - 1)).map((t) => TITLE_IN_LETTERS.get(t) ?? t).join(" ");
	// "Sister Agnes Wilde" is "Sister Agnes"; "Sister Mary Claire" is a name in religion, said whole.
	if (title === "Sister" || title === "Brother") return `${title} ${(ws.length >= 2 && !RELIGIOUS_NAMES.has(ws[ws.length - 1].toLowerCase()) && !COMPOUND_GIVEN.has(ws[ws.length - 1].toLowerCase()) ? ws.slice(0, -1) : ws).map(capitalised).join(" ")}`;
	const surname = capitalised(ws[ws.length - 1]);
	if (title !== "" && (ws.length === 1 || KEPT_TITLES.has(title))) return `${said} ${surname}`;
	// "Gary Pruitt, County commissioner": an elected office is the greeting's title, "Commissioner Pruitt" (review 72).
	const office = title === "" && ws.length > 1 ? heldOffice : null;
	if (office !== null) return `${office[1][0].toUpperCase()}${office[1].slice(1).toLowerCase().replace(/ member$/, "member")} ${surname}`;
	const first = ws[0];
	// "Bosun Farr", "Manager Cole": a post is never greeted as a first name.
	if (POST_KNOWN_HEAD.test(`${first} `) || POST_KNOWN_HEAD.test(`${first} ${ws[1] ?? ""} `)) return "";
	// An initial ("J. Doe") is not a name to greet by: the name as written.
	if (/^\p{L}\.?$/u.test(first) && ws.length > 1) return ws.map(capitalised).join(" ");
	// "María José Fernández", "Mary Ann Evans": a first name of two given names is greeted whole.
	if (ws.length >= 3 && isCompoundGiven(`${first} ${ws[1]}`)) return `${capitalised(first)} ${capitalised(ws[1])}`;
	return capitalised(first);
}

/** "(ret)", "(Ret.)", ", retired", "USA (Ret.)": the rank before the name was held once. */
const RETIRED = /\((?:ret|retd|retired)\.?\)|, ?(?:ret|retd|retired)\.?$/i;
/**
 * Ranks of the ranks and the police, which a retired holder no longer goes by in a letter about a civilian job. A retired
 * officer keeps the rank, as custom has it ("Lt. Col. Raymond Fisk (ret.)" is "Dear Colonel Fisk").
 */
const SERVICE_RANKS = new Set(["Cpl.", "Sgt.", "Det.", "Officer", "Trooper", "Deputy"]);

/** An elected office held as the whole post ("County commissioner", "Mayor", "State senator"), greeted by it. */
const ELECTED_OFFICE = /^(?:(?:county|city|state|district|town|village|borough|us|u\.s\.) )?(commissioner|mayor|senator|council ?member|councilman|councilwoman|councillor|councilor|alderman|alderwoman|alderperson|governor|ambassador|sheriff)$/i;

/** Names taken in religion after a first one ("Sister Mary Claire", "Brother John Bosco"), never a surname. */
const RELIGIOUS_NAMES = new Set("claire clare agnes therese teresa thérèse joseph josephine francis frances catherine margaret bernadette cecilia dominic anthony michael gabriel benedict bosco vianney immaculata assumpta xavier aquinas".split(" "));

/** Given names that are often the first half or the second of one first name ("José Luis", "Ana María"). */
const COMPOUND_GIVEN = new Set(
	"maría maria josé jose juan ana luis carlos miguel ángel angel antonio francisco manuel pablo elena isabel teresa carmen rosa luz jean marie anne ann mary paul pierre claude luc louise beth jo sue ellen lou kate lynn".split(" "),
);

/** True when a greeting name is two given names, greeted as casually as one. */
function isCompoundGiven(who: string): boolean {
	const ws = who.split(" ");
	return ws.length === 2 && ws[0].toLowerCase() !== ws[1].toLowerCase() && COMPOUND_GIVEN.has(ws[0].toLowerCase()) && COMPOUND_GIVEN.has(ws[1].toLowerCase());
}

/** The salutation and name of a greeting: "Hi Jane"; "Dear Dr. Okafor" with a title; "Hello" without a name. */
export function greeting(name: string, salutation: "Hi" | "Dear", title = ""): string {
	const who = greetingName(name, title);
	if (who === "") return "Hello";
	// "Hi Dr. Okafor" mixes a casual word with a formal one: a title, or a name in full, takes "Dear".
	return `${who.includes(" ") && !isCompoundGiven(who) ? "Dear" : salutation} ${who}`;
}

/** First names and the short forms people go by, which a hurried note uses ("sam" for Samuel, "bob" for Robert). */
const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map(
	(
		"samuel:sam samantha:sam daniel:dan,danny danielle:dani benjamin:ben thomas:tom,tommy jennifer:jen,jenn,jenny jonathan:jon " +
		"nathan:nate nathaniel:nate pamela:pam deborah:debbie debra:debbie robert:rob,bob,bobby,robbie kimberly:kim timothy:tim,timmy " +
		"william:billy,liam elizabeth:liz,beth,betsy,lizzie james:jim,jimmy,jamie michael:mike,mikey richard:rick,ricky " +
		"margaret:meg,maggie,peggy katherine:kate,katie,kathy catherine:kate,katie,cathy kathleen:kathy,kate anthony:tony " +
		"charles:charlie,chuck henry:hank,harry edward:eddie,ted theodore:ted,teddy,theo sarah:sally susan:suzy patricia:patty,trish " +
		"patrick:paddy sandra:sandy andrew:andy theresa:tess,terri teresa:tess,terri rebecca:becky,becca gabriel:gabe gabrielle:gabby " +
		"joseph:joe,joey alexander:alex alexandra:alex,lexi christopher:chris christine:chris christina:chris,tina victoria:vicky,tori " +
		"gregory:greg matthew:matt nicholas:nick nicole:nicki stephen:steve steven:steve jacqueline:jackie frederick:fred,freddie " +
		"douglas:doug ronald:ron kenneth:kenny lawrence:larry laurence:larry gerald:gerry jeffrey:jeff geoffrey:geoff zachary:zach,zack " +
		"vincent:vince abigail:abby isabella:bella,izzy isabel:izzy madeline:maddie madison:maddie dorothy:dottie cynthia:cindy " +
		"phillip:phil philip:phil valerie:val"
	)
		.split(" ")
		.map((entry): [string, string[]] => {
			const [name, forms] = entry.split(":");
			return [name, forms.split(",")];
		}),
);

/** Every way a note may name this person: "Dr. Lena Okafor", "Lena Okafor", "Lena", "Dr. Okafor", "Okafor". */
export function namesFor(name: string): string[] {
	const clean = cleanName(name);
	if (clean === "" || isRoleName(clean)) return [];
	const ws = words(clean).filter((w) => !HONORIFICS.has(bare(w)) && !GENERATIONS.has(bare(w)));
	// "Dr Ravel", "Dr R": a title and the surname or its initial, as a hurried note names the boss.
	const title = words(clean).find((w) => HONORIFICS.has(bare(w)));
	const t = title?.replace(/\.$/, "");
	const surname = ws[ws.length - 1] ?? "";
	const initial = t && surname !== "" ? [`${t} ${surname}`, `${t}. ${surname}`, `${t} ${surname[0]}`, `${t}. ${surname[0]}`] : [];
	// "Walt" for Walter, "Chris" for Christopher: the short forms a note uses that begin the first name.
	const first = ws[0] ?? "";
	const short = ws.length > 1 ? [4, 5].filter((n) => first.length > n && /^\p{L}+$/u.test(first)).map((n) => first.slice(0, n)) : [];
	// "sam emails after the board meeting" of Samuel Adeyemi: the usual short forms of a first name (review 71).
	const usual = ws.length > 1 ? (NICKNAMES.get(first.toLowerCase()) ?? []).map((n) => n[0].toUpperCase() + n.slice(1)) : [];
	return [...new Set([clean, ws.join(" "), greetingName(clean), first, ws.length > 1 ? ws[ws.length - 1] : "", ...initial, ...short, ...usual].filter((n) => n !== ""))];
}

/** Initials a hurried note can mean an office by, never a person: "HR to send invites" is no Helen Roberts. */
const OFFICE_INITIALS = new Set("HR HM PM VP GM QA QC IT ED ER OR PR AP AR TA DM RM OM CS SE IS IR PT OT ID RN MD DO PA NP HQ GC DA PI".split(" "));

/** "RS" of Rick Santangelo: a name's initials as a note types them, when they cannot mean an office (review 123). */
export function initialsOf(name: string): string | null {
	const ws = nameWordsOf(name);
	if (ws.length < 2 || ws.length > 3) return null;
	const initials = ws.map((w) => w[0].toUpperCase()).join("");
	return /^\p{Lu}+$/u.test(initials) && !OFFICE_INITIALS.has(initials) ? initials : null;
}

/** The words of a person's name without titles or generations ("Ray", "Dillard" of "Sgt. Ray Dillard"). */
export function nameWordsOf(name: string): string[] {
	const clean = cleanName(name);
	if (clean === "" || isRoleName(clean)) return [];
	return words(clean).filter((w) => !HONORIFICS.has(bare(w)) && !GENERATIONS.has(bare(w)) && /^\p{L}[\p{L}'’-]*$/u.test(w));
}

/** How a person is named in lists and messages to the user: the name, else the address. */
export function personLabel(person: { name: string; email?: string | null }): string {
	return person.name !== "" ? person.name : (person.email ?? "");
}

// ---------------------------------------------------------------- one person, one entry

/** The fields a person entry carries, each either typed in the note or taken from a person note. */
export type MergeField = "email" | "title" | "linkedin" | "focus" | "highlight" | "personNote" | "nickname";
const MERGE_FIELDS: readonly MergeField[] = ["email", "title", "linkedin", "focus", "highlight", "personNote", "nickname"];

/**
 * A person as one entry of the note gives them, before merging. `fromPersonNote` names the fields
 * that came from a linked person note: the note's own values win over those.
 */
export interface PersonEntry {
	person: Person;
	fromPersonNote?: ReadonlySet<MergeField>;
	/** The job typed beside the name ("svc mgr" of `Gus Ferreira (svc mgr)`), which the name leaves out. */
	job?: string;
}

/** True when two entries name one person: a shared address, or a shared name where one has no address. */
export function samePerson(a: Person, b: Person): boolean {
	// One entry is one person, as long as it names anybody.
	if (a === b) return a.email !== undefined || a.name !== "";
	if (a.email !== undefined && b.email !== undefined) return sameAddress(a.email, b.email);
	if (a.name === "" || b.name === "") return false;
	const [ka, kb] = [nameKey(a.name), nameKey(b.name)];
	return ka === kb || initialled(ka, new Set([kb])) || initialled(kb, new Set([ka]));
}

interface Group {
	/** The entries; in the order the note gives them once merging is done. */
	entries: { entry: PersonEntry; index: number }[];
	/** The address the group answers to, once one of its entries has one, as addressKey gives it. */
	emailKey?: string;
	/**
	 * The name keys of its entries that have a name: a lookup, so that a match costs no rescan.
	 * Worked out when first needed (namesOf): groups that have addresses are matched by those.
	 */
	names: Set<string> | null;
}

function namesOf(group: Group): Set<string> {
	if (group.names === null) {
		group.names = new Set();
		for (const { entry } of group.entries) if (entry.person.name !== "") group.names.add(nameKey(entry.person.name));
	}
	return group.names;
}

function groupsMatch(a: Group, b: Group): boolean {
	if (a.emailKey !== undefined && b.emailKey !== undefined) return a.emailKey === b.emailKey;
	const namesA = namesOf(a);
	const namesB = namesOf(b);
	const [small, large] = namesA.size <= namesB.size ? [namesA, namesB] : [namesB, namesA];
	for (const key of small) if (large.has(key)) return true;
	// "Bev" and "Bev K.": a first name alone and the same name with only an initial after it.
	for (const key of namesA) if (initialled(key, namesB)) return true;
	for (const key of namesB) if (initialled(key, namesA)) return true;
	return false;
}

/** True when a name key of one word is the first name of a key that has only initials after it. */
function initialled(key: string, others: ReadonlySet<string>): boolean {
	if (!key.includes(" ")) {
		for (const other of others) if (other.startsWith(`${key} `) && /^(?: \p{L}\.?)+$/u.test(other.slice(key.length))) return true;
		return false;
	}
	// "jen w" as primary contact and "jen walsh" among the interviewers: a first name and a surname's initial are the one person
	// with that first name and a surname so begun (review 228: the hiring manager was asked to pass thanks on to herself).
	const short = /^(\S+) (\p{L})\.?$/u.exec(key);
	if (short === null) return false;
	for (const other of others) {
		const full = other.split(" ");
		if (full.length === 2 && full[0] === short[1] && full[1].length > 1 && full[1].startsWith(short[2])) return true;
	}
	return false;
}

/** One person from the entries that name them: the note's own values first, then the first entry's. */
function mergeGroup(group: Group): Person {
	const entries = group.entries.map((e) => e.entry);
	if (entries.length === 1) return entries[0].person;
	const merged: Person = { name: "", attachments: [] };
	// The fullest name the note gives: "Rhonda Pike" over the "Rhonda" of the interviewers' line.
	// Titles and initials aside: "Mr. David Chen" is no fuller than "David Chen", nor "Bev K." than "Bev".
	const wordCount = (name: string) => (name === "" ? 0 : Math.max(words(name).filter((w) => !HONORIFICS.has(bare(w)) && !/^\p{L}\.?$/u.test(w)).length, 0.5));
	for (const { person } of entries) {
		// "Dr. Elaine Marsh" as primary contact and "Elaine Marsh" among the interviewers: the title the user wrote is kept.
		if (wordCount(person.name) > wordCount(merged.name) || (wordCount(person.name) === wordCount(merged.name) && hasHonorific(person.name) && !hasHonorific(merged.name))) merged.name = person.name;
		for (const a of person.attachments) if (!merged.attachments.includes(a)) merged.attachments.push(a);
	}
	for (const field of MERGE_FIELDS) {
		const own = entries.find((e) => e.person[field] !== undefined && !e.fromPersonNote?.has(field));
		const any = own ?? entries.find((e) => e.person[field] !== undefined);
		if (any) merged[field] = any.person[field];
	}
	const withEmail = entries.find((e) => e.person.email === merged.email && e.person.emailValid !== undefined);
	if (merged.email !== undefined) merged.emailValid = withEmail?.person.emailValid ?? isValidEmail(merged.email);
	return merged;
}

export interface MergeResult {
	people: Person[];
	/** For each entry given, the index of the person it became part of. */
	personOf: number[];
}

/**
 * Merges entries that name one person (SPEC §1): deterministic (the first entry that matches takes
 * the later ones), idempotent, and nobody typed is lost: two people with one name but different
 * addresses stay two.
 */
export function mergePeople(entries: readonly PersonEntry[]): MergeResult {
	// One entry (a primary contact, mostly) is its own person.
	if (entries.length === 1) return { people: [entries[0].person], personOf: [0] };
	const groups: Group[] = entries.map((entry, index) => ({
		entries: [{ entry, index }],
		emailKey: entry.person.email === undefined ? undefined : addressKey(entry.person.email),
		names: null,
	}));
	// Groups merge until none match: a name-only entry may join two entries that matched nothing
	// before it, and the result must not depend on which was met first.
	for (let i = 0; i < groups.length; i++) {
		for (let j = i + 1; j < groups.length; j++) {
			if (!groupsMatch(groups[i], groups[j])) continue;
			const [into, from] = [groups[i], groups[j]];
			// Put in order once at the end: a group's order matters to what it becomes, not to what it matches.
			for (const e of from.entries) into.entries.push(e);
			// Names not worked out yet are, when needed, from the entries, which now include `from`'s.
			if (into.names !== null) for (const key of namesOf(from)) into.names.add(key);
			into.emailKey ??= from.emailKey;
			groups.splice(j, 1);
			// What `into` answers to has grown: look again from its first partner.
			j = i;
		}
	}
	// "Rhonda" beside "Rhonda Pike", "Bart" beside `Bartholomew "Bart" Quist`: a first name or nickname
	// alone is the one person of that first name or nickname in the note, when there is exactly one and
	// the two give no different addresses (`primary_contact: Kai` with his address, beside an
	// interviewer `Kai "Moose" Kealoha` without one).
	const goesBy = (g: Group, name: string) => [...namesOf(g)].some((n) => n.startsWith(`${name} `)) || g.entries.some((e) => e.entry.person.nickname?.toLowerCase() === name);
	for (let i = 0; i < groups.length; i++) {
		const alone = groups[i];
		const names = [...namesOf(alone)];
		if (names.length !== 1 || names[0].includes(" ") || names[0] === "") continue;
		const others = groups.filter((g, j) => j !== i && goesBy(g, names[0]));
		if (others.length !== 1) continue;
		const into = others[0];
		if (alone.emailKey !== undefined && into.emailKey !== undefined && into.emailKey !== alone.emailKey) continue;
		for (const e of alone.entries) into.entries.push(e);
		if (into.names !== null) into.names.add(names[0]);
		into.emailKey ??= alone.emailKey;
		groups.splice(i, 1);
		i = -1;
	}
	for (const g of groups) g.entries.sort((a, b) => a.index - b.index);
	const personOf: number[] = new Array<number>(entries.length);
	groups.forEach((g, i) => {
		for (const e of g.entries) personOf[e.index] = i;
	});
	return { people: groups.map(mergeGroup), personOf };
}

// ---------------------------------------------------------------- who receives which thank-you

export interface ThankYouMessage {
	to: Person;
	/** True for an interviewer's own thank-you; false for the note to the primary contact on behalf of everyone. */
	personal: boolean;
	/** Interviewers the recipient is asked to thank on the user's behalf: never the recipient. */
	passThanksTo: Person[];
}

/**
 * Who gets a thank-you (SPEC §2 and §1): each interviewer with an email their own; when nobody is
 * listed or someone has no email, the primary contact is asked to pass thanks on to those people,
 * in their own thank-you when they interviewed too, else in one of their own. An interviewer
 * without an email who is the primary contact still gets their personal one (to be addressed by hand).
 */
export function thankYouMessages(interview: Interview): ThankYouMessage[] {
	const interviewers = interview.interviewers;
	// The parser makes a primary contact who interviewed the very same object; a copy (from a cache,
	// say) is recognised as the same person all the same.
	const pc = interview.primaryContact;
	const pcAt = pc ? interviewers.findIndex((p) => p === pc || samePerson(p, pc)) : -1;
	const isPc = (p: Person, i: number) => i === pcAt;
	const withoutEmail = interviewers.filter((p, i) => p.email === undefined && !isPc(p, i));
	const needsPass = interviewers.length === 0 || withoutEmail.length > 0;
	const messages: ThankYouMessage[] = [];
	interviewers.forEach((p, i) => {
		if (isPc(p, i)) messages.push({ to: p, personal: true, passThanksTo: needsPass ? withoutEmail : [] });
		else if (p.email !== undefined) messages.push({ to: p, personal: true, passThanksTo: [] });
	});
	if (pc && pcAt === -1 && needsPass) messages.push({ to: pc, personal: false, passThanksTo: withoutEmail });
	return messages;
}

/** The addresses a `mailto:` link may carry: valid ones only, each once. */
export function linkableAddresses(recipients: readonly { email: string | null }[]): string[] {
	const out: string[] = [];
	for (const r of recipients) {
		if (r.email === null || !isValidEmail(r.email.trim())) continue;
		if (!out.some((a) => sameAddress(a, r.email as string))) out.push(r.email.trim());
	}
	return out;
}
