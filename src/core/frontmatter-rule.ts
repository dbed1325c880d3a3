// The one rule for what counts as a note's frontmatter, shared by the command line, the writer and
// the test fake of Obsidian's metadata cache (getFrontMatterInfo), so that all three see the same
// block in the same note.
//
// What Obsidian does, as far as its public material shows: the API (obsidian.d.ts, FrontMatterInfo
// and getFrontMatterInfo, since 1.5.7) says only that the block is delimited by `---` lines, that
// `from`/`to` bound the YAML without the fences and that `contentStart` is where the block ends,
// fences included; the help pages say the block must be "at the very top of the file". From that,
// and from how Obsidian treats notes in practice:
// - The opening fence is the first line and is exactly `---`: `---js`, `--- yaml` or `---` with
//   trailing spaces is a thematic break or text, not properties (gray-matter's "language" after the
//   fence is not an Obsidian idea, and `---js` must never be evaluated). A leading byte-order mark
//   is not part of the text a Windows editor meant to write; it is skipped.
// - The closing fence is the first later line that is `---`, trailing spaces or tabs allowed
//   (Obsidian's editor shows such a line as the end of the properties block); `----` or `...`
//   do not close it.
// - Lines end with LF or CRLF; the closing fence may also be the last line of the file, with no
//   line ending.
// Anything the public record does not settle is decided here once, and every surface follows it.

/** Where the frontmatter sits in a note's text. Offsets are UTF-16 indexes into that text. */
export interface FrontmatterLocation {
	/** Offset of the opening `---` (1 when the note starts with a byte-order mark). */
	start: number;
	/** Offset just past the closing fence and its line ending: where the note's body begins. */
	end: number;
	/** The YAML text between the fences (not the note's body), each line with its own line ending. */
	body: string;
	/** Offset of the YAML's first character, just past the opening fence's line ending. */
	contentStart: number;
	/** Offset just past the YAML: the start of the closing fence's line. */
	contentEnd: number;
	/** 1-based line number of the closing fence. */
	closeLine: number;
}

/** The length of the opening fence line, line ending included, after `start`; 0 when there is none. */
function openingFence(text: string, start: number): number {
	if (!text.startsWith("---", start)) return 0;
	const after = start + 3;
	if (text[after] === "\n") return 4;
	if (text[after] === "\r" && text[after + 1] === "\n") return 5;
	return 0;
}

/** True when `line` (without its line ending) closes the frontmatter: `---`, then only spaces or tabs. */
function isClosingFence(text: string, from: number, to: number): boolean {
	if (to - from < 3 || !text.startsWith("---", from)) return false;
	for (let i = from + 3; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c !== 0x20 && c !== 0x09) return false;
	}
	return true;
}

/** Where the first line begins: past a byte-order mark, if any. */
function firstLineStart(text: string): number {
	return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** True when the note's first line opens a frontmatter block (whether or not a later line closes it). */
export function opensFrontmatter(text: string): boolean {
	return openingFence(text, firstLineStart(text)) > 0;
}

/**
 * Locates the frontmatter by the rule above, or null when the note has none. Linear in the length
 * of the text: one pass over its lines until the closing fence.
 */
export function findFrontmatter(text: string): FrontmatterLocation | null {
	const start = firstLineStart(text);
	const fence = openingFence(text, start);
	if (fence === 0) return null;
	const contentStart = start + fence;
	let lineNo = 2;
	let pos = contentStart;
	while (pos <= text.length) {
		const nl = text.indexOf("\n", pos);
		const lineEnd = nl === -1 ? text.length : nl;
		const textEnd = lineEnd > pos && text.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
		if (isClosingFence(text, pos, textEnd)) {
			return {
				start,
				end: nl === -1 ? text.length : nl + 1,
				body: text.slice(contentStart, pos),
				contentStart,
				contentEnd: pos,
				closeLine: lineNo,
			};
		}
		if (nl === -1) break;
		pos = nl + 1;
		lineNo++;
	}
	return null;
}

/** The shape of Obsidian's FrontMatterInfo (getFrontMatterInfo), by the same rule. */
export interface FrontMatterInfo {
	exists: boolean;
	/** The YAML text between the fences. */
	frontmatter: string;
	/** Start of the YAML, fences excluded. */
	from: number;
	/** End of the YAML, fences excluded. */
	to: number;
	/** Where the block ends, closing fence and its line ending included: where the body begins. */
	contentStart: number;
}

export function frontMatterInfo(text: string): FrontMatterInfo {
	const fm = findFrontmatter(text);
	if (!fm) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	return { exists: true, frontmatter: fm.body, from: fm.contentStart, to: fm.contentEnd, contentStart: fm.end };
}
