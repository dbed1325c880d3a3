// Scanners for text typed into notes, each a single pass: the regexes they replace backtracked
// super-linearly on crafted input (40,000 `[[`, a heading of 120,000 spaces, lines of `%%x%%y`),
// and the core runs on Obsidian's UI thread, where a slow scan freezes the app.

const PERCENT = 37; // %
const NEWLINE = 10; // \n
const BRACKET_CLOSE = 93; // ]

/** JavaScript's `\s`, for one character. */
export function isWhitespace(c: string): boolean {
	return /\s/.test(c);
}

/** `text` without the characters that `drop` accepts at its end. */
export function trimEndWhere(text: string, drop: (c: string) => boolean): string {
	let end = text.length;
	while (end > 0 && drop(text[end - 1])) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** `text` without the characters that `drop` accepts at either end. */
export function trimWhere(text: string, drop: (c: string) => boolean): string {
	let start = 0;
	while (start < text.length && drop(text[start])) start++;
	return trimEndWhere(text.slice(start), drop);
}

/** `text` up to its first `separator` (all of it when there is none). */
export function beforeFirst(text: string, separator: string): string {
	const at = text.indexOf(separator);
	return at === -1 ? text : text.slice(0, at);
}

/** True when `line` from `from` on holds only spaces and tabs, and at most a final `\r`. */
function blankFrom(line: string, from: number): boolean {
	for (let i = from; i < line.length; i++) {
		const c = line[i];
		if (c === " " || c === "\t" || (c === "\r" && i === line.length - 1)) continue;
		return false;
	}
	return true;
}

/**
 * Removes Obsidian comments (`%% ... %%`). A line left blank by its comments goes with its line
 * break; a comment never closed runs to the end of the text, as Obsidian reads it.
 */
export function stripObsidianComments(text: string): string {
	if (!text.includes("%%")) return text;
	const done: string[] = [];
	let line = "";
	let commented = false;
	let from = 0;
	let i = 0;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (c === PERCENT && text.charCodeAt(i + 1) === PERCENT) {
			line += text.slice(from, i);
			const close = text.indexOf("%%", i + 2);
			i = close === -1 ? text.length : close + 2;
			from = i;
			commented = true;
		} else if (c === NEWLINE) {
			line += text.slice(from, i);
			if (!(commented && blankFrom(line, 0))) done.push(line, "\n");
			line = "";
			commented = false;
			i++;
			from = i;
		} else {
			i++;
		}
	}
	line += text.slice(from);
	if (!(commented && blankFrom(line, 0))) done.push(line);
	return done.join("");
}

/**
 * Replaces every `[[...]]` and `![[...]]` whose inside holds no `]`, left to right, with what
 * `replace` makes of it (given the whole link, `!` included).
 */
export function replaceWikiLinks(text: string, replace: (link: string) => string): string {
	let open = text.indexOf("[[");
	if (open === -1) return text;
	const out: string[] = [];
	let from = 0;
	while (open !== -1) {
		// The inside runs to the first `]`; a link needs a second one right after it. Any `[[` before
		// that first `]` meets the same one, so the search goes on past it.
		const close = text.indexOf("]", open + 2);
		if (close === -1) break;
		if (text.charCodeAt(close + 1) !== BRACKET_CLOSE) {
			open = text.indexOf("[[", close + 1);
			continue;
		}
		const start = open > from && text[open - 1] === "!" ? open - 1 : open;
		out.push(text.slice(from, start), replace(text.slice(start, close + 2)));
		from = close + 2;
		open = text.indexOf("[[", from);
	}
	out.push(text.slice(from));
	return out.join("");
}

/** A CommonMark ATX heading (`## Title ##`): its level and its text without the closing `#`s. */
export interface AtxHeading {
	level: number;
	title: string;
}

const isSpaceOrTab = (c: string | undefined) => c === " " || c === "\t";

/** Up to three spaces, as CommonMark allows before a heading or a fence; -1 for more. */
function leadingIndent(line: string): number {
	let i = 0;
	while (i < 4 && line[i] === " ") i++;
	return i === 4 ? -1 : i;
}

/** The heading `line` is, or null. A line holding a line break (`\r`, U+2028) is none. */
export function atxHeading(line: string): AtxHeading | null {
	const start = leadingIndent(line);
	if (start === -1 || line[start] !== "#") return null;
	let i = start;
	while (line[i] === "#") i++;
	const level = i - start;
	if (level > 6 || (i < line.length && !isSpaceOrTab(line[i]))) return null;
	let end = line.length;
	while (end > i && isSpaceOrTab(line[end - 1])) end--;
	let from = i;
	while (from < end && isSpaceOrTab(line[from])) from++;
	for (let k = from; k < end; k++) {
		const c = line[k];
		if (c === "\r" || c === "\n" || c === "\u2028" || c === "\u2029") return null;
	}
	// A closing sequence of `#`s counts only after a space, or as the whole title.
	let hashes = end;
	while (hashes > from && line[hashes - 1] === "#") hashes--;
	if (hashes < end && (hashes === from || isSpaceOrTab(line[hashes - 1]))) end = hashes;
	return { level, title: line.slice(from, end) };
}

/** The opening fence of a code block (three or more backticks or tildes), or null. */
export function fenceOpening(line: string): { char: string; length: number } | null {
	const start = leadingIndent(line);
	if (start === -1) return null;
	const char = line[start];
	if (char !== "`" && char !== "~") return null;
	let i = start;
	while (line[i] === char) i++;
	const length = i - start;
	if (length < 3) return null;
	// A backtick fence's info string may not hold a backtick: that line is inline code instead.
	if (char === "`" && line.indexOf("`", i) !== -1) return null;
	return { char, length };
}

/** True when `line` closes a code block opened by `fence`: as long a run of its character, alone. */
export function closesFence(line: string, fence: { char: string; length: number }): boolean {
	const start = leadingIndent(line);
	if (start === -1) return false;
	let i = start;
	while (line[i] === fence.char) i++;
	if (i - start < fence.length || i - start < 3) return false;
	return blankFrom(line, i) && !line.endsWith("\r");
}

/**
 * The value written after `key:` on the first line that starts with `key` (spaces allowed before the
 * colon), without the spaces around it; null when no line does. For YAML that does not parse.
 */
export function rawKeyLine(text: string, key: string): string | null {
	for (const line of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
		if (!line.startsWith(key)) continue;
		let i = key.length;
		while (isSpaceOrTab(line[i])) i++;
		if (line[i] !== ":") continue;
		i++;
		while (isSpaceOrTab(line[i])) i++;
		let end = line.length;
		while (end > i && isSpaceOrTab(line[end - 1])) end--;
		return line.slice(i, end);
	}
	return null;
}

/**
 * How deep `[` and `{` nest in `text`, quotes not considered. The `yaml` parser takes seconds on a
 * few hundred unclosed ones (256 take 9 s), so text nested deeper than any real frontmatter is not
 * handed to it.
 */
export function bracketDepth(text: string): number {
	let depth = 0;
	let max = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 91 /* [ */ || c === 123 /* { */) max = Math.max(max, ++depth);
		else if ((c === 93 /* ] */ || c === 125) /* } */ && depth > 0) depth--;
	}
	return max;
}
