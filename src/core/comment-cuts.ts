// Values of a note's frontmatter that a YAML comment cut short. In plain (unquoted) text " #" starts
// a comment, so `highlight: took my district from #11 to #3` is read, by Obsidian as by any YAML
// reader, as "took my district from", and a draft would say just that. Found on the raw frontmatter
// text (the block frontmatter-rule.ts finds), one pass over its lines, without a second YAML reading.
import { parseKeyLine, readValue, scanFrontmatter, scanOpenValue, type FrontmatterScan, type OpenValue } from "./frontmatter-text";

/** A value the drafts use that YAML reads only up to a ` #`. */
export interface CommentCut {
	/** 1-based line of the note. */
	line: number;
	/** The top-level key the value belongs to (`interviewers`, `next_steps`...). */
	key: string;
	/** The key the value is written under: the top-level key, or one inside an interviewer's map (`highlight`). */
	field: string;
	/** What YAML keeps of the value on that line. */
	kept: string;
	/** What YAML reads as a comment, from the `#`. */
	comment: string;
}

/** Top-level keys whose text goes into a draft: a value of theirs cut short changes what is sent. */
const DRAFT_KEYS: ReadonlySet<string> = new Set(["company", "role", "focus", "highlight", "highlights", "next_steps", "primary_contact", "interviewers", "attachments"]);
/** The keys of an interviewer's map whose text goes into a draft. */
const INTERVIEWER_FIELDS: ReadonlySet<string> = new Set(["name", "title", "role", "position", "focus", "highlight", "attachments"]);

/**
 * A plain value that YAML reads as something other than text (null, a boolean, a number, a date or
 * date-time): a comment after it is a comment, as meant.
 */
const NOT_TEXT =
	/^(?:~|null|true|false|[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|[-+]?\.inf|\.nan|\d{4}-\d\d?-\d\d?(?:(?:t|[ \t]+)\d\d?:\d\d(?::\d\d(?:\.\d*)?)?(?:[ \t]*(?:z|[-+]\d\d?(?::?\d\d)?))?)?)$/i;

const isSpace = (c: string | undefined) => c === " " || c === "\t";

function indentOf(s: string): number {
	let i = 0;
	while (isSpace(s[i])) i++;
	return i;
}

/** True when a `-` at `i` marks a list item (a dash followed by a space or the end of the line). */
function isDash(s: string, i: number): boolean {
	return s[i] === "-" && (i + 1 === s.length || isSpace(s[i + 1]));
}

/** True when a value under `field`, inside top-level `key`, goes into a draft. */
function usedByDrafts(key: string, field: string): boolean {
	return field === key || (key === "interviewers" && INTERVIEWER_FIELDS.has(field));
}

/** A parent key whose value is on the lines below it, and the column it starts at. */
interface Parent {
	column: number;
	field: string;
}

/**
 * The values the drafts use that a ` #` cut short: on the key's own line, in a list item (`- took
 * … #3`), in an interviewer's map, or on a line that carries a plain value on. A comment after a
 * quoted value, after a value YAML reads as a date, number or boolean, on a line of its own, or
 * after an empty value is a comment the user meant, and is left alone. `firstLine` is the note's
 * line of the YAML's first line: 2, just below `---`.
 */
export function findCommentCuts(yaml: string | FrontmatterScan, firstLine = 2): CommentCut[] {
	// Most frontmatter holds no " #" at all.
	if (typeof yaml === "string" && !yaml.includes(" #") && !yaml.includes("\t#")) return [];
	const scan = typeof yaml === "string" ? scanFrontmatter(yaml) : yaml;
	const cuts: CommentCut[] = [];
	for (const entry of scan.entries) {
		if (!DRAFT_KEYS.has(entry.key)) continue;
		const key = entry.key;
		/** The field of the plain value that a following line without key or dash carries on, if any, and its text so far. */
		let carried: string | null = null;
		let carriedText = "";
		/** A quoted value or [ ] / { } list that runs on to the next line. */
		let open: OpenValue | null = null;
		/** Lines indented past this column belong to a `|` / `>` block: text, whatever they hold. */
		let blockColumn = -1;
		const parents: Parent[] = [{ column: 0, field: key }];

		/** Reads the value from `from` on line `l`, written under `field`, and records a cut. */
		const value = (l: number, from: number, field: string, nodeColumn: number, before = ""): void => {
			const text = scan.lines[l].text;
			const v = readValue(text, from);
			const part = text.slice(v.valueStart, v.valueEnd);
			const kept = before === "" ? part : part === "" ? before : `${before} ${part}`;
			carried = v.kind === "plain" || v.kind === "empty" ? field : null;
			carriedText = carried === null ? "" : kept;
			if (v.kind === "open") open = v.open ?? null;
			if (v.kind === "block") blockColumn = nodeColumn;
			if (v.kind !== "plain" || v.commentStart === -1) return;
			if (text.slice(v.commentStart + 1).trim() === "" || kept.startsWith("*") || NOT_TEXT.test(kept)) return;
			if (!usedByDrafts(key, field)) return;
			cuts.push({ line: firstLine + l, key, field, kept, comment: text.slice(v.commentStart).trimEnd() });
		};

		value(entry.line, entry.colon + 1, key, 0);
		if (entry.blockScalar) continue;
		for (let l = entry.line + 1; l < entry.endLine; l++) {
			const text = scan.lines[l].text;
			const indent = indentOf(text);
			if (indent === text.length) continue;
			if (open !== null) {
				if (scanOpenValue(text, 0, open) !== -1) open = null;
				continue;
			}
			if (blockColumn !== -1) {
				if (indent > blockColumn) continue;
				blockColumn = -1;
			}
			if (text[indent] === "#") continue;
			// List items: `- took … #3`, `- name: Carla`, `- - nested`.
			let col = indent;
			let dashes = 0;
			while (isDash(text, col)) {
				dashes++;
				col++;
				while (isSpace(text[col])) col++;
			}
			if (dashes > 0) {
				while (parents.length > 1 && parents[parents.length - 1].column > indent) parents.pop();
			}
			const found = col < text.length ? parseKeyLine(text.slice(col)) : null;
			if (found) {
				while (parents.length > 1 && parents[parents.length - 1].column >= col) parents.pop();
				const colon = col + found.colon;
				value(l, colon + 1, found.key, col);
				if (readValue(text, colon + 1).kind === "empty") parents.push({ column: col, field: found.key });
			} else if (dashes > 0) {
				value(l, col, parents[parents.length - 1].field, indent);
			} else if (carried !== null) {
				// A plain value carried on to this line, or one that starts below its key.
				value(l, indent, carried, indent, carriedText);
			}
		}
	}
	return cuts;
}

/** How a message names what was cut; a top-level key is named as written ("next_steps stops at"), as other messages name keys. */
const LABELS: Readonly<Record<string, string>> = {
	interviewers: "The interviewer's name",
	name: "The interviewer's name",
	title: "The interviewer's title",
	position: "The interviewer's title",
	focus: "The focus",
	highlight: "The highlight",
	attachments: "The attachment",
};

function shortened(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 3).trimEnd()}...` : text;
}

/** The warning's sentence: what YAML kept, what it dropped, and how to keep it. The line is shown beside it. */
export function commentCutMessage(cut: CommentCut): string {
	// An attachment cut short names no file or address the reader could open: it is left out, not half-named.
	const what = cut.field === "attachments" ? `so the drafts leave out "${shortened(cut.kept, 60)}"` : `so the drafts get only "${shortened(cut.kept, 60)}"`;
	return `${LABELS[cut.field] ?? cut.field} stops at " #": YAML reads the rest, "${shortened(cut.comment, 40)}", as a comment, ${what}. ` + "Put the value in quotes to keep all of it; a note to yourself goes on a line of its own.";
}
