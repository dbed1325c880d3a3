// What a person reads when a note's frontmatter does not parse: the parser's error (from the `yaml`
// package, as the command line reads notes, or from whatever Obsidian's parseYaml throws, js-yaml's
// shape included) turned into the line to fix and a plain sentence. The command line and the
// plugin's index both come here, so the terminal and the pane say the same thing.
import { parseDateValue } from "./dates";
import { format } from "./date-format";
import { parseKeyLine, readValue, scanFrontmatter } from "./frontmatter-text";
import { joinWords } from "./labels";

/** Why a note's frontmatter could not be used, as a reader records it (before any wording). */
export interface FrontmatterFailure {
	/** The parser's own reason, first line, position removed: kept for the wording below. */
	reason: string;
	/** The parser's error code, when it gives one (`yaml`: MISSING_CHAR, DUPLICATE_KEY...). */
	code?: string;
	/** 1-based line of the note (not of the YAML) to look at, when known. */
	line?: number;
	/** The YAML text: only whether it mentions "interview" matters once it is recorded. */
	rawText: string;
	/** Other lines of the note (1-based) with the same mistake, an unquoted value holding ": ", named so all are fixed at once. */
	alsoLines?: number[];
	/** The line to fix, written as it should be: its value quoted (`next_steps: "fr thomas … council: decision after advent"`). */
	fixedLine?: string;
	/** The note's `interview_start` as typed, when its line reads: the problem says what the due list cannot show. */
	interviewStart?: string;
	/** A `thank_you_sent` value is on the note's lines. */
	thanked?: boolean;
	/** The mistake the parser would stop at next, once the quoted lines are put right: named now, not one run at a time. */
	next?: { line: number; reason: string };
}

/** The YAML starts on the note's second line, just below the opening `---`. */
const FIRST_YAML_LINE = 2;

interface ErrorShape {
	name?: unknown;
	message?: unknown;
	code?: unknown;
	/** js-yaml */
	reason?: unknown;
	mark?: { line?: unknown };
	/** yaml */
	linePos?: Array<{ line?: unknown }>;
}

function firstLine(text: string): string {
	const nl = text.indexOf("\n");
	return (nl === -1 ? text : text.slice(0, nl)).trim();
}

/** The parser's reason without the position both parsers append ("at line 4, column 1:"). */
function bareReason(text: string): string {
	let reason = firstLine(text);
	const at = reason.lastIndexOf(" at line ");
	if (at !== -1 && /^ at line \d+, column \d+:?$/.test(reason.slice(at))) reason = reason.slice(0, at);
	if (reason.endsWith(":")) reason = reason.slice(0, -1);
	return reason.trim();
}

/** A list item typed without the space after its dash ("-Angela Price"); not "---" or "-5". */
const DASH_NO_SPACE = /^[ \t]*-[^\s\d.-]/;
const DASH_ITEM = 'a list item needs a space after its dash (write "- Name", not "-Name")';

/** A flow list or map ([ ] or { }) left open: yaml's wording for it. */
const OPEN_FLOW = /^Flow (?:sequence|mapping) in block collection must/;

/** An unclosed quote or list is noticed where the YAML ends; the line that opened it is the one to fix. */
function unclosed(code: string | undefined, reason: string): boolean {
	if (code === "MISSING_CHAR") return /closing ["']?quote/i.test(reason);
	if (code === "BAD_INDENT") return OPEN_FLOW.test(reason);
	return /end of the stream within a (?:double|single) quoted scalar|end of the stream within a flow collection/.test(reason);
}

/**
 * The failure a parser error stands for: `error` as `yaml` (YAMLParseError: code, linePos 1-based)
 * or js-yaml (YAMLException: reason, mark.line 0-based) throws it; anything else keeps its message.
 */
export function yamlFailure(error: unknown, yamlText: string): FrontmatterFailure {
	return withInterviewLine(failureOf(error, yamlText), yamlText);
}

/**
 * The interview's own line of a note skipped for its YAML ("interview_start: 2026-12-03T10:00"), and whether a thank-you
 * is on record: the problem names what the due list cannot show, so that the thank-you is not forgotten (reviews
 * 124-135). Top-level lines read one by one, as the writer reads them; the note stays skipped.
 */
function withInterviewLine(failure: FrontmatterFailure, yamlText: string): FrontmatterFailure {
	let start: string | undefined;
	let thanked = false;
	for (const line of yamlText.split(/\r?\n/)) {
		if (/^[ \t]/.test(line)) continue;
		const key = parseKeyLine(line);
		if (key === null) continue;
		const v = readValue(line, key.colon + 1);
		const value = line.slice(v.valueStart, v.valueEnd).trim();
		if (key.key === "interview_start" && start === undefined) start = value.replace(/^(["'])(.*)\1$/, "$2");
		else if (key.key === "thank_you_sent" && value !== "" && value !== "null" && value !== "~" && value !== '""') thanked = true;
	}
	return start === undefined || start === "" ? failure : { ...failure, interviewStart: start, thanked };
}

function failureOf(error: unknown, yamlText: string): FrontmatterFailure {
	const e = (error !== null && typeof error === "object" ? error : {}) as ErrorShape;
	const raw = typeof e.reason === "string" && e.reason !== "" ? e.reason : typeof e.message === "string" ? e.message : String(error);
	const reason = bareReason(raw) || "the YAML does not parse";
	const code = typeof e.code === "string" ? e.code : undefined;
	let yamlLine: number | undefined;
	if (typeof e.linePos?.[0]?.line === "number") yamlLine = e.linePos[0].line;
	else if (typeof e.mark?.line === "number") yamlLine = e.mark.line + 1;
	if (unclosed(code, reason)) {
		const opened = scanFrontmatter(yamlText).problems.find((p) => p.message.includes("never closed"));
		if (opened) yamlLine = opened.line + 1;
		else if (yamlLine !== undefined) yamlLine = openedQuoteLine(yamlText, yamlLine, /single|'quote/i.test(reason) ? "'" : '"') ?? yamlLine;
	}
	// "  -Angela Price" under a list: an item whose dash has no space after it is not an item, and the
	// parser's complaint (indentation, a missing character) points at the line without saying why.
	if (yamlLine !== undefined) {
		const lines = yamlText.split("\n");
		const at = [yamlLine, yamlLine - 1].find((n) => n >= 1 && DASH_NO_SPACE.test(lines[n - 1] ?? ""));
		if (at !== undefined) return { reason: DASH_ITEM, code: "DASH_WITHOUT_SPACE", line: at + FIRST_YAML_LINE - 1, rawText: yamlText };
	}
	// "next_steps:" left empty from the template above a filled "next_steps: …": the key and both lines, named.
	if (yamlLine !== undefined && (code === "DUPLICATE_KEY" || /^duplicated mapping key/.test(reason))) {
		const twice = duplicatedKey(yamlText, yamlLine);
		if (twice) return { reason: twice.reason, code: "DUPLICATE_KEY_NAMED", line: twice.line + FIRST_YAML_LINE - 1, rawText: yamlText };
	}
	// "focus: ?" typed as "don't know yet": a value that opens with "?" is YAML's explicit key; quoted, it is a value.
	// ("    focus: - driver call-outs" above "      - the telemetry thing", review 259: a list begun on its key's line was blamed
	// on "@, ` or %".)
	if (yamlLine !== undefined) {
		const lines = yamlText.split("\n");
		for (const [shape, plain, shapeCode] of MISTAKEN_LINES) {
			const at = [yamlLine, yamlLine - 1, yamlLine + 1].find((n) => n >= 1 && shape.test(lines[n - 1] ?? ""));
			if (at !== undefined) return { reason: plain, code: shapeCode, line: at + FIRST_YAML_LINE - 1, rawText: yamlText };
		}
	}
	// "    title: Dive Safety Officer" above "      focus: …": a property pushed in under one that has a
	// value already. The parser blames the value (or the indentation); the line pushed in is the one to fix.
	if (yamlLine !== undefined && (code === "BLOCK_AS_IMPLICIT_KEY" || code === "BAD_INDENT" || /^bad indentation of a mapping entry/.test(reason))) {
		const pushed = indentedUnderValue(yamlText, yamlLine);
		if (pushed) return { reason: pushed.reason, code: "INDENTED_UNDER_VALUE", line: pushed.line + FIRST_YAML_LINE - 1, rawText: yamlText };
	}
	const failure: FrontmatterFailure = { reason, rawText: yamlText };
	if (code !== undefined) failure.code = code;
	if (yamlLine !== undefined) {
		const lines = yamlText.split("\n").length;
		failure.line = Math.min(Math.max(yamlLine, 1), Math.max(lines, 1)) + FIRST_YAML_LINE - 1;
	}
	// "focus: … 2am: they need …" on line 13 and "next_steps: … eow: …" on line 15: the parser stops at the first;
	// the others with the same mistake are named with it, so that one edit fixes the note (review 71).
	const plain = plainYamlReason(failure);
	if (failure.line !== undefined && (plain === NEEDS_QUOTES || plain === INDENT_OR_QUOTES)) {
		const also = colonValueLines(yamlText).map((n) => n + FIRST_YAML_LINE - 1).filter((n) => n !== failure.line && n !== (failure.line ?? 0) + 1);
		if (also.length > 0) failure.alsoLines = also;
		// The line quoted, so that a user on a phone can copy the fix rather than work it out (reviews 85, 86).
		const at = failure.line - FIRST_YAML_LINE + 1;
		if (colonValueLines(yamlText).includes(at)) failure.fixedLine = quotedLine(yamlText.split("\n")[at - 1]);
	}
	return failure;
}

/**
 * The failure, with the mistake the note would show next once its quoted lines are put right ("focus: routes: cutting …" on
 * line 14, then "focus: - driver call-outs" on line 18): a parser stops at the first, and the user met the second only after
 * fixing it, one run at a time (reviews 251, 252, 254, 257, 259). Tried only where the fix is known, with the caller's parser
 * (the `yaml` package in the command line, Obsidian's parseYaml in the plugin).
 */
export function withNextFailure(failure: FrontmatterFailure, yamlText: string, parse: (text: string) => unknown): FrontmatterFailure {
	if (failure.line === undefined || failure.fixedLine === undefined) return failure;
	const fixed = new Set([failure.line, ...(failure.alsoLines ?? [])].map((n) => n - FIRST_YAML_LINE + 1));
	const quotable = new Set(colonValueLines(yamlText));
	const patched = yamlText
		.split("\n")
		.map((line, i) => (fixed.has(i + 1) && quotable.has(i + 1) ? quotedLine(line) : line))
		.join("\n");
	try {
		parse(patched);
		return failure;
	} catch (error) {
		const next = failureOf(error, patched);
		if (next.line === undefined || fixed.has(next.line - FIRST_YAML_LINE + 1)) return failure;
		return { ...failure, next: { line: next.line, reason: plainYamlReason(next) } };
	}
}

/** A "key: value" line with its plain value quoted: double quotes unless the value holds one, a comment kept after it. */
function quotedLine(line: string): string {
	const m = PLAIN_VALUE.exec(line) as RegExpExecArray;
	const rest = line.slice(m[0].length).replace(/\r$/, "");
	const comment = rest.indexOf(" #");
	const value = (comment === -1 ? rest : rest.slice(0, comment)).trimEnd();
	const after = comment === -1 ? "" : rest.slice(comment);
	const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, "\\\\")}"`;
	return `${m[0]}${quoted}${after}`.trimEnd();
}

/** A "key: value" line whose value is plain (no quote, list, block or anchor first). */
const PLAIN_VALUE = /^[ \t]*(?:-[ \t]+)?[a-z_][\w-]*:[ \t]+(?=[^\s"'[{|>&*!#])/i;

/** The 1-based YAML lines whose plain value holds ": " before any comment: YAML reads a second key there. */
function colonValueLines(yamlText: string): number[] {
	const out: number[] = [];
	yamlText.split("\n").forEach((line, i) => {
		const m = PLAIN_VALUE.exec(line);
		if (m === null) return;
		const value = line.slice(m[0].length);
		const comment = value.indexOf(" #");
		if ((comment === -1 ? value : value.slice(0, comment)).includes(": ")) out.push(i + 1);
	});
	return out;
}

/**
 * The line at or above `yamlLine` (1-based) whose value opens a quote that the line does not close:
 * inside a list of people (`    focus: "lime mortar …`) the parsers name the line where the text ended.
 */
function openedQuoteLine(yamlText: string, yamlLine: number, quote: '"' | "'"): number | null {
	const lines = yamlText.split("\n");
	for (let n = Math.min(yamlLine, lines.length); n >= 1; n--) {
		const m = /^\s*(?:- )?[^\s:#][^:#]*: *(["'])(.*)$/.exec(lines[n - 1]);
		if (m === null || m[1] !== quote) continue;
		// A double quote is closed by a double quote without a backslash before it; a single one by a single one not doubled.
		const rest = quote === '"' ? m[2].replace(/\\./g, "") : m[2].replace(/''/g, "");
		if (!rest.includes(quote)) return n;
	}
	return null;
}

/**
 * A "key: value" line indented further than the property with a value just above it, at or next to
 * the line a parser named (yaml names the line above, js-yaml the line itself): the line, and why.
 */
function indentedUnderValue(yamlText: string, yamlLine: number): { reason: string; line: number } | null {
	const lines = yamlText.split("\n");
	for (const at of [yamlLine + 1, yamlLine]) {
		const below = /^([ \t]*)[A-Z_][\w-]*[ \t]*:(?:[ \t]|$)/i.exec(lines[at - 1] ?? "");
		if (!below) continue;
		let p = at - 2;
		while (p >= 0 && lines[p].trim() === "") p--;
		// The property above, with a value of its own on its line (not a block, a comment or an anchor).
		const above = /^([ \t]*(?:-[ \t]+)?)([A-Z_][\w-]*)[ \t]*:[ \t]+[^\s#|>&!]/i.exec(lines[p] ?? "");
		if (!above || below[1].length <= above[1].length) continue;
		return { reason: `this line is indented further than "${above[2]}" above it, which already has a value: indent it as far as the properties beside it`, line: at };
	}
	return null;
}

/** A top-level key written twice, near the line a parser named: which key, on which lines, and which one to keep. */
function duplicatedKey(yamlText: string, yamlLine: number): { reason: string; line: number } | null {
	const lines = yamlText.split("\n");
	const keyOf = (line: string): string | null => {
		const m = /^([a-z_][\w-]*)[ \t]*:(?:[ \t]|$)/i.exec(line);
		return m ? m[1] : null;
	};
	// The parser points at the second key, or at its value just after it.
	for (const at of [yamlLine, yamlLine - 1]) {
		const key = keyOf(lines[at - 1] ?? "");
		if (key === null) continue;
		const first = lines.findIndex((l, i) => i < at - 1 && keyOf(l) === key);
		if (first === -1) continue;
		const empty = (n: number) => /^[^:]*:[ \t]*(?:#.*)?$/.test(lines[n - 1]) && !/^[ \t]+\S/.test(lines[n] ?? "");
		const [a, b] = [first + 1, at];
		const lineNo = (n: number) => n + FIRST_YAML_LINE - 1;
		const keep = empty(a) && !empty(b) ? `; the one on line ${lineNo(a)} is empty: delete it` : empty(b) && !empty(a) ? `; the one on line ${lineNo(b)} is empty: delete it` : "; keep one of them";
		return { reason: `${key} is written twice, on lines ${lineNo(a)} and ${lineNo(b)}${keep}`, line: empty(a) && !empty(b) ? a : b };
	}
	return null;
}

/** The failure for YAML that parses but is not a set of properties (a list, a single value). */
export function notPropertiesFailure(value: unknown, yamlText: string): FrontmatterFailure {
	const kind = Array.isArray(value) ? "a list" : typeof value === "string" ? "a single line of text" : "a single value";
	return { reason: `it is ${kind}, not properties written as "key: value" lines`, code: "NOT_PROPERTIES", line: FIRST_YAML_LINE, rawText: yamlText };
}

// Sentences both parsers' errors come to (yaml's codes and js-yaml's reasons), written once.
const TWICE = "this property is written twice; keep one of them";
const NEEDS_QUOTES = 'a value holds ": " and needs quotes';
/** "focus: ?", "highlight: ? ask again": a property whose value opens with a question mark. */
const QUESTION_VALUE = /^[ \t]*(?:- )?[^\s:#][^:#]*:[ \t]+\?(?:[ \t]|$)/;
const QUESTION_QUOTES = 'a value that starts with "?" needs quotes (write "?")';
/** "focus: - driver call-outs": a list item typed on its key's line. */
const LIST_ON_KEY_LINE = /^[ \t]*(?:- )?[^\s:#][^:#]*:[ \t]+-[ \t]+\S/;
const LIST_ON_KEY_LINE_TEXT = 'a list starts on the line after its key: put the first "- " item on a line of its own below it, indented like the items after it (or quote the value if the dash is part of it)';
/** Lines whose shape says what the parser's error, on or beside them, means: the shape, the sentence, the code. */
const MISTAKEN_LINES: ReadonlyArray<[RegExp, string, string]> = [
	[QUESTION_VALUE, QUESTION_QUOTES, "QUESTION_VALUE"],
	[LIST_ON_KEY_LINE, LIST_ON_KEY_LINE_TEXT, "LIST_ON_KEY_LINE"],
];
const INDENT_OR_QUOTES = `the indentation is off, or ${NEEDS_QUOTES}`;
const NOT_A_PROPERTY = 'this line is not a "key: value" property';
const NOT_A_PROPERTY_QUOTES = `${NOT_A_PROPERTY} (a value that starts with @, \` or % needs quotes)`;
const TAB = "it is indented with a tab; indent properties with spaces";
const NO_ANCHOR = "it uses an alias (*name) that no anchor (&name) defines";
const OPEN_LIST = "a [ ] or { } list is not closed, or misses a comma";
const KEY_OUT_OF_LINE = "the indentation is off: this line does not line up with the lines above it (give it as many spaces as the key above, or start a new item with \"- \")";
const OPEN_DOUBLE = 'a double quote (") opened on this line is never closed';
const OPEN_SINGLE = "a single quote (') opened on this line is never closed";

const BY_CODE: Readonly<Record<string, string>> = {
	DUPLICATE_KEY: TWICE,
	BAD_INDENT: INDENT_OR_QUOTES,
	MULTILINE_IMPLICIT_KEY: INDENT_OR_QUOTES,
	BLOCK_AS_IMPLICIT_KEY: NEEDS_QUOTES,
	TAB_AS_INDENT: TAB,
	BAD_ALIAS: NO_ANCHOR,
	UNEXPECTED_TOKEN: NOT_A_PROPERTY_QUOTES,
	BAD_SCALAR_START: "a value starts with a character that needs quotes (@, `, % or a dash)",
	MULTIPLE_DOCS: "it holds a second document (a line of --- or ... inside the properties)",
	BAD_DQ_ESCAPE: "a double-quoted value holds a backslash escape YAML does not know (write \\\\ for a backslash)",
	TAG_RESOLVE_FAILED: "a value does not fit its YAML tag (!!name)",
	MULTIPLE_ANCHORS: "a value has two anchors (&name)",
	MULTIPLE_TAGS: "a value has two tags (!name)",
	BAD_PROP_ORDER: "an anchor (&name) or tag (!name) is out of place",
	ALIAS_PROPS: "an alias (*name) cannot carry an anchor or a tag",
	KEY_OVER_1024_CHARS: "a property name is longer than 1,024 characters",
	BLOCK_IN_FLOW: "a [ ] or { } list holds a value written over several lines",
	DASH_WITHOUT_SPACE: DASH_ITEM,
	QUESTION_VALUE: QUESTION_QUOTES,
	LIST_ON_KEY_LINE: LIST_ON_KEY_LINE_TEXT,
	BAD_DIRECTIVE: "a line starting with % is read as a YAML directive; quote the value",
};

/** js-yaml's reasons, for a parseYaml that throws its errors. */
const BY_REASON: ReadonlyArray<[RegExp, string]> = [
	[/within a double quoted scalar/, OPEN_DOUBLE],
	[/within a single quoted scalar/, OPEN_SINGLE],
	[/^duplicated mapping key/, TWICE],
	[/^bad indentation of a mapping entry/, INDENT_OR_QUOTES],
	[/^missed comma between flow collection entries/, OPEN_LIST],
	[/^incomplete explicit mapping pair/, NEEDS_QUOTES],
	[/^end of the stream or a document separator is expected/, NOT_A_PROPERTY_QUOTES],
	[/^can not read a block mapping entry/, NOT_A_PROPERTY],
	[/^unidentified alias|^Unresolved alias/, NO_ANCHOR],
	[/^Excessive alias count/, "its aliases (*name) repeat values too many times, so it is not read"],
	[/^unknown tag/, "it uses a YAML tag (!!name) that properties do not support"],
	[/^the stream contains non-printable characters/, "it contains control characters that YAML does not allow"],
	[/\btabs?\b/i, TAB],
];

/** The failure's reason in plain words; the parser's own wording when there is no better one. */
export function plainYamlReason(failure: Pick<FrontmatterFailure, "reason" | "code">): string {
	const { code, reason } = failure;
	if (code === "MISSING_CHAR") {
		if (/closing "quote/.test(reason)) return OPEN_DOUBLE;
		if (/closing 'quote/.test(reason)) return OPEN_SINGLE;
		// ("   highlight: …" under "    title: …": a key of one list item indented less than the ones above it, reviews 246 and
		// 248, was blamed on a bracket the note does not have.)
		if (/without - indicator/.test(reason)) return KEY_OUT_OF_LINE;
		return OPEN_LIST;
	}
	if (code === "BAD_INDENT" && OPEN_FLOW.test(reason)) return OPEN_LIST;
	if (code !== undefined && code in BY_CODE) return BY_CODE[code];
	for (const [pattern, plain] of BY_REASON) if (pattern.test(reason)) return plain;
	// Our own reasons (a list instead of properties, a size limit) are already plain; a parser's
	// unknown one is passed on as it is.
	return reason;
}

/** The problem's sentence: what is wrong, and what happens until it is fixed. The line is shown beside it. */
export function frontmatterProblemMessage(failure: Pick<FrontmatterFailure, "reason" | "code" | "line" | "alsoLines" | "fixedLine" | "interviewStart" | "thanked" | "next">): string {
	// What the due list cannot show while the note is skipped, by the interview's own line (reviews 124-135).
	const day = failure.interviewStart === undefined ? null : (parseDateValue(failure.interviewStart)?.at ?? null);
	const unseen = day === null ? "" : `, and nothing for the interview on ${format(day, "EEEE d MMMM yyyy")} shows as due${failure.thanked === true ? "" : ", its thank-you included"}`;
	// A key written twice already says what to do with which line.
	if (failure.code === "DUPLICATE_KEY_NAMED") return `The frontmatter is not valid YAML: ${plainYamlReason(failure)}. Until then the note is skipped${unseen}.`;
	const also = failure.alsoLines ?? [];
	const same = also.length === 0 ? "" : ` (and line${also.length > 1 ? "s" : ""} ${joinWords(also.map(String))}, which ${also.length > 1 ? "have" : "has"} the same problem)`;
	const fix = failure.line !== undefined ? `Fix that line${same}` : "Fix it";
	// "    focus: …" under an interviewer keeps its indent, or the fix breaks the list (review 98): the message says so.
	const indent = /^[ \t]*/.exec(failure.fixedLine ?? "")?.[0].length ?? 0;
	const kept = indent === 0 ? "" : ` (keep the ${indent === 1 ? "space" : `${indent} spaces`} before it)`;
	const quoted = failure.fixedLine !== undefined ? ` Quoted, the line reads${kept}: ${failure.fixedLine.trim()}` : "";
	const then = failure.next === undefined ? "" : ` Once that is fixed, line ${failure.next.line} needs fixing too: ${failure.next.reason}.`;
	// (The quoted line last, where it can be copied whole.)
	return `The frontmatter is not valid YAML: ${plainYamlReason(failure)}. ${fix}; until then the note is skipped${unseen}.${then}${quoted}`;
}
