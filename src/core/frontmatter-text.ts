// Finds the top-level YAML entries of a note's frontmatter line by line, so that the writer can edit
// one entry in place and problems can cite line numbers.

// The rule for where the frontmatter is lives in frontmatter-rule.ts; re-exported for the writer.
export { findFrontmatter, type FrontmatterLocation } from "./frontmatter-rule";

/** The note's own line ending: that of its first line; `\n` for a note of one line. */
export function detectEol(text: string): "\r\n" | "\n" {
	const nl = text.indexOf("\n");
	return nl > 0 && text[nl - 1] === "\r" ? "\r\n" : "\n";
}

export interface TextLine {
	/** The line without its line ending. */
	text: string;
	/** `\n`, `\r\n`, or empty for a last line without one. */
	eol: string;
}

/** Splits text into lines that join back to exactly the same text. */
export function splitLines(text: string): TextLine[] {
	const lines: TextLine[] = [];
	let pos = 0;
	while (pos < text.length) {
		const nl = text.indexOf("\n", pos);
		if (nl === -1) {
			lines.push({ text: text.slice(pos), eol: "" });
			break;
		}
		const crlf = nl > pos && text[nl - 1] === "\r";
		lines.push({ text: text.slice(pos, crlf ? nl - 1 : nl), eol: crlf ? "\r\n" : "\n" });
		pos = nl + 1;
	}
	return lines;
}

/** One top-level `key: value` of the frontmatter, located by line (0-based within the YAML). */
export interface FrontmatterEntry {
	/** The key as YAML reads it: quotes removed, escapes decoded. */
	key: string;
	/** Index of the line holding the key. */
	line: number;
	/** Index just past the entry's last line. Blank and comment lines after the value are not the entry's. */
	endLine: number;
	/** Lines inside the entry that are whole comments; a rewrite keeps them. */
	commentLines: number[];
	/** Index, in the key line, of the `:` that ends the key. */
	colon: number;
	/** Start and end of the value's text on the key line; equal when the value is empty or starts below. */
	valueStart: number;
	valueEnd: number;
	/** Index, in the key line, of a trailing `# comment`; -1 when there is none. */
	commentStart: number;
	/** The value is a `|` or `>` block scalar, which takes in indented and blank lines below it. */
	blockScalar: boolean;
}

export interface FrontmatterScan {
	lines: TextLine[];
	entries: FrontmatterEntry[];
	/** Lines whose structure is not a plain top-level property (0-based line, reason). */
	problems: { line: number; message: string }[];
}

const isSpace = (c: string | undefined) => c === " " || c === "\t";
const isBlank = (s: string) => /^[ \t]*$/.test(s);

function indentOf(s: string): number {
	let i = 0;
	while (isSpace(s[i])) i++;
	return i;
}

function skipSpaces(s: string, i: number): number {
	while (isSpace(s[i])) i++;
	return i;
}

/** The text before `end` without its trailing spaces, as an index no lower than `floor`. */
function trimEndIndex(s: string, end: number, floor: number): number {
	while (end > floor && isSpace(s[end - 1])) end--;
	return end;
}

/** The index of a `#` that starts a comment at or after `from` (YAML needs a space before it), or -1. */
function commentIndex(s: string, from: number): number {
	for (let i = from; i < s.length; i++) {
		if (s[i] === "#" && (i === 0 || isSpace(s[i - 1]))) return i;
	}
	return -1;
}

/** State of a quoted scalar or flow collection that may run over several lines. */
export interface OpenValue {
	quote: '"' | "'" | null;
	depth: number;
	/** Last character outside quotes that was not a space: a quote only opens a scalar after `[{,:?`. */
	last: string;
}

/**
 * Scans `s` from `from` inside a quoted scalar or flow collection. Returns the index just past the
 * character that closes it, or -1 when it is still open at the end of the line.
 */
export function scanOpenValue(s: string, from: number, st: OpenValue): number {
	for (let i = from; i < s.length; i++) {
		const c = s[i];
		if (st.quote === '"') {
			if (c === "\\") i++;
			else if (c === '"') {
				st.quote = null;
				st.last = c;
				if (st.depth === 0) return i + 1;
			}
			continue;
		}
		if (st.quote === "'") {
			if (c === "'") {
				if (s[i + 1] === "'") i++;
				else {
					st.quote = null;
					st.last = c;
					if (st.depth === 0) return i + 1;
				}
			}
			continue;
		}
		if (isSpace(c)) continue;
		if (c === "#" && (i === 0 || isSpace(s[i - 1]))) return -1;
		if ((c === '"' || c === "'") && (st.last === "" || "[{,:?".includes(st.last))) st.quote = c;
		else if (c === "[" || c === "{") st.depth++;
		else if (c === "]" || c === "}") {
			st.depth--;
			if (st.depth <= 0) {
				st.depth = 0;
				return i + 1;
			}
		}
		st.last = c;
	}
	return -1;
}

const DOUBLE_ESCAPES: Record<string, string> = {
	"0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
	" ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};

function decodeDoubleQuoted(inner: string): string {
	return inner.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, esc: string) => {
		if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
		return DOUBLE_ESCAPES[esc] ?? all;
	});
}

/** A key that would not stand alone as a plain YAML key: it starts with an indicator. */
// YAML's white space is the space and the tab: a key may start with any other character ("\u2028", "\u00a0").
const PLAIN_KEY_START = /^(?:[^-?:,[\]{}#&*!|>'"%@` \t\r\n]|[-?:][^ \t\r\n])/;

/** Reads the key at the start of `line` (a top-level line, or a nested one from its key on): its decoded text and the index of its `:`. */
export function parseKeyLine(line: string): { key: string; colon: number } | null {
	const c = line[0];
	let key: string;
	let after: number;
	if (c === '"' || c === "'") {
		const st: OpenValue = { quote: c, depth: 0, last: "" };
		const close = scanOpenValue(line, 1, st);
		if (close === -1) return null;
		const inner = line.slice(1, close - 1);
		key = c === '"' ? decodeDoubleQuoted(inner) : inner.replace(/''/g, "'");
		after = skipSpaces(line, close);
		if (line[after] !== ":") return null;
	} else {
		if (!PLAIN_KEY_START.test(line)) return null;
		after = -1;
		for (let i = 1; i < line.length; i++) {
			if (line[i] === "#" && isSpace(line[i - 1])) return null;
			if (line[i] === ":" && (i + 1 === line.length || isSpace(line[i + 1]))) {
				after = i;
				break;
			}
		}
		if (after === -1) return null;
		key = line.slice(0, trimEndIndex(line, after, 0));
	}
	if (after + 1 < line.length && !isSpace(line[after + 1])) return null;
	return { key, colon: after };
}

type ValueKind = "empty" | "plain" | "block" | "open" | "closed";

/** Where a value written after a key (or a list item's dash) sits on its line, and what kind it is. */
export interface KeyLineValue {
	kind: ValueKind;
	valueStart: number;
	valueEnd: number;
	commentStart: number;
	open?: OpenValue;
	/** For a block scalar with an indentation indicator: the content's indentation. */
	blockIndent?: number;
}

/** Reads what follows the `:` on a key line: where the value and a trailing comment are. */
function readKeyLineValue(line: string, colon: number): KeyLineValue {
	return readValue(line, colon + 1);
}

/**
 * Reads a value that starts at or after `from` (spaces skipped): `plain` text (a trailing `# comment`
 * not part of it), a quoted scalar or [ ] / { } list `closed` on the line or left `open`, a `|` / `>`
 * block, or `empty`.
 */
export function readValue(line: string, from: number): KeyLineValue {
	const valueStart = skipSpaces(line, from);
	let q = valueStart;
	// Anchors and tags come before the value itself.
	while (line[q] === "&" || line[q] === "!") {
		while (q < line.length && !isSpace(line[q])) q++;
		q = skipSpaces(line, q);
	}
	const end = (at: number) => trimEndIndex(line, at, valueStart);
	if (q >= line.length) return { kind: "empty", valueStart, valueEnd: end(line.length), commentStart: -1 };
	const c = line[q];
	if (c === "#") return { kind: "empty", valueStart, valueEnd: end(q), commentStart: q };

	const afterValue = (kind: ValueKind, close: number): KeyLineValue => {
		const comment = commentIndex(line, close);
		return { kind, valueStart, valueEnd: end(comment === -1 ? line.length : comment), commentStart: comment };
	};

	if (c === '"' || c === "'" || c === "[" || c === "{") {
		const open: OpenValue =
			c === '"' || c === "'" ? { quote: c, depth: 0, last: "" } : { quote: null, depth: 1, last: c };
		const close = scanOpenValue(line, q + 1, open);
		if (close === -1) return { kind: "open", valueStart, valueEnd: line.length, commentStart: -1, open };
		return afterValue("closed", close);
	}
	if (c === "|" || c === ">") {
		const header = /^[|>](?:([1-9])[+-]?|[+-]([1-9])?)?/.exec(line.slice(q));
		const h = q + (header ? header[0].length : 1);
		const rest = skipSpaces(line, h);
		if (rest === line.length || (line[rest] === "#" && rest > h)) {
			const digit = header?.[1] ?? header?.[2];
			return {
				kind: "block",
				valueStart,
				valueEnd: end(rest === line.length ? line.length : rest),
				commentStart: rest === line.length ? -1 : rest,
				blockIndent: digit ? Number(digit) : undefined,
			};
		}
	}
	return afterValue("plain", q);
}

/**
 * Splits frontmatter YAML into its top-level entries. Lines it cannot place (a top-level list, a
 * complex key, an unclosed quote) are reported, never guessed at: the writer refuses to edit then.
 */
export function scanFrontmatter(yaml: string): FrontmatterScan {
	const lines = splitLines(yaml);
	const entries: FrontmatterEntry[] = [];
	const problems: { line: number; message: string }[] = [];
	let i = 0;
	while (i < lines.length) {
		const text = lines[i].text;
		if (isBlank(text) || text.trimStart().startsWith("#")) {
			i++;
			continue;
		}
		if (isSpace(text[0])) {
			problems.push({ line: i, message: "an indented line that belongs to no property" });
			i++;
			continue;
		}
		const key = parseKeyLine(text);
		if (!key) {
			problems.push({ line: i, message: "a line that is not a `key: value` property" });
			i++;
			continue;
		}
		const value = readKeyLineValue(text, key.colon);
		const entry: FrontmatterEntry = {
			key: key.key,
			line: i,
			endLine: i + 1,
			commentLines: [],
			colon: key.colon,
			valueStart: value.valueStart,
			valueEnd: value.valueEnd,
			commentStart: value.commentStart,
			blockScalar: value.kind === "block",
		};
		const last = scanContinuation(lines, i, value, entry, problems);
		entry.endLine = last + 1;
		entry.commentLines = entry.commentLines.filter((l) => l < entry.endLine);
		entries.push(entry);
		i = last + 1;
	}
	return { lines, entries, problems };
}

/** Finds the last line of the value begun on line `i`; records its whole-line comments on `entry`. */
function scanContinuation(
	lines: TextLine[],
	i: number,
	value: KeyLineValue,
	entry: FrontmatterEntry,
	problems: { line: number; message: string }[],
): number {
	let last = i;
	let j = i + 1;
	if (value.kind === "open" && value.open) {
		let closed = false;
		for (; j < lines.length; j++) {
			last = j;
			if (scanOpenValue(lines[j].text, 0, value.open) !== -1) {
				closed = true;
				j++;
				break;
			}
		}
		if (!closed) {
			problems.push({ line: i, message: "a quoted value or a [ ] / { } list that is never closed" });
			return lines.length - 1;
		}
	} else if (value.kind === "block") {
		let indent = value.blockIndent ?? 0;
		for (; j < lines.length; j++) {
			const text = lines[j].text;
			if (isBlank(text)) continue;
			const ind = indentOf(text);
			if (ind === 0) break;
			if (indent === 0) indent = ind;
			if (ind < indent) break;
			last = j;
		}
	}
	// What follows a value on the key line: indented lines (a nested map or list, a multi-line plain
	// value) and, after an empty value, a list whose dashes sit at column 0.
	const compactList = value.kind === "empty";
	for (; j < lines.length; j++) {
		const text = lines[j].text;
		if (isBlank(text)) continue;
		if (text.trimStart().startsWith("#")) {
			entry.commentLines.push(j);
			continue;
		}
		if (isSpace(text[0]) || (compactList && /^-(?:[ \t]|$)/.test(text))) {
			last = j;
			continue;
		}
		break;
	}
	return last;
}

/**
 * Maps each top-level frontmatter key to its 1-based line in the file (the first occurrence when a
 * key is repeated). `firstLine` is the file line of the YAML's first line: 2, just below `---`.
 */
export function frontmatterKeyLines(yamlText: string, firstLine = 2): Record<string, number> {
	const result = Object.create(null) as Record<string, number>;
	for (const entry of scanFrontmatter(yamlText).entries) {
		if (!(entry.key in result)) result[entry.key] = firstLine + entry.line;
	}
	return result;
}

/** Reads an anchor, alias or tag token starting at `i` (`&name`, `*name`, `!tag`). */
function propertyToken(s: string, i: number): string {
	let j = i + 1;
	while (j < s.length && !isSpace(s[j]) && !",[]{}".includes(s[j])) j++;
	return s.slice(i, j);
}

/**
 * The first YAML anchor (`&name`), alias (`*name`) or tag (`!tag`) in an entry's value, or null.
 * Rewriting or removing such a value would drop the anchor another property's alias refers to, or
 * change what an alias or tag means; the writer refuses to. Quoted text, comments and block-scalar
 * content are skipped: `R&D` or "*nice*" inside a value are text, not YAML.
 */
export function entryNodeProperty(lines: readonly TextLine[], entry: FrontmatterEntry): string | null {
	let quote: '"' | "'" | null = null;
	let depth = 0;
	const scan = (s: string, from: number): string | null => {
		let nodeStart = true;
		for (let i = from; i < s.length; i++) {
			const c = s[i];
			if (quote === '"') {
				if (c === "\\") i++;
				else if (c === '"') quote = null;
				continue;
			}
			if (quote === "'") {
				if (c === "'" && s[i + 1] === "'") i++;
				else if (c === "'") quote = null;
				continue;
			}
			if (isSpace(c)) continue;
			if (c === "#" && (i === 0 || isSpace(s[i - 1]))) return null;
			if (nodeStart && (c === "&" || c === "*" || c === "!")) return propertyToken(s, i);
			if (nodeStart && (c === '"' || c === "'")) {
				quote = c;
				nodeStart = false;
				continue;
			}
			const next = s[i + 1];
			const endsIndicator = next === undefined || isSpace(next);
			if ((c === "-" || c === "?") && nodeStart && endsIndicator) continue;
			if (c === ":" && (endsIndicator || depth > 0)) {
				nodeStart = true;
				continue;
			}
			// Brackets open a flow collection only where a value starts; inside plain text they are text.
			if ((c === "[" || c === "{") && (nodeStart || depth > 0)) {
				depth++;
				nodeStart = true;
				continue;
			}
			if ((c === "]" || c === "}") && depth > 0) {
				depth = Math.max(0, depth - 1);
				nodeStart = false;
				continue;
			}
			if (c === "," && depth > 0) {
				nodeStart = true;
				continue;
			}
			nodeStart = false;
		}
		return null;
	};
	const first = scan(lines[entry.line].text, entry.colon + 1);
	if (first !== null) return first;
	// The lines of a block scalar (`|`, `>`) are text, whatever they hold.
	if (entry.blockScalar) return null;
	const comments = new Set(entry.commentLines);
	for (let l = entry.line + 1; l < entry.endLine; l++) {
		if (comments.has(l)) continue;
		const found = scan(lines[l].text, 0);
		if (found !== null) return found;
	}
	return null;
}
