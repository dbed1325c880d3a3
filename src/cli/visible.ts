// Text from notes, made safe for a terminal: every control character is shown as a visible escape
// instead of acting on the terminal. A note value holding ESC could clear the screen, set the window
// title, plant an OSC 8 link or move the cursor; a line break could add fake lines to a listing. The
// human-readable output passes everything that comes from a note (names, companies, file names,
// problem messages, drafts) through here, at one place per output: see `visibleReport`.
//
// The escapes are the ones a programmer reads at a glance and JSON readers know: `\n`, `\r`, `\t`,
// `\x1b` (any C0 control, DEL and C1 controls as `\xHH`), and `\u202e` for the characters that
// reorder or hide text on screen (bidirectional overrides and isolates, line and paragraph
// separators). Everything else, accents and emoji included, is shown as written.

// eslint-disable-next-line no-control-regex -- control characters are what this finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, less the line break a multi-line text keeps
const UNSAFE_KEEP_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function escapeOne(c: string): string {
	const named = NAMED[c];
	if (named) return named;
	const code = c.charCodeAt(0);
	return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** One line of text from a note, control characters shown as escapes (a line break too). */
export function visibleLine(text: string): string {
	return text.replace(UNSAFE, escapeOne);
}

/**
 * Text of several lines from a note (a draft's body): line breaks kept as line breaks, a CR before
 * one dropped, every other control character shown as an escape.
 */
export function visibleText(text: string): string {
	return text.replace(/\r\n/g, "\n").replace(UNSAFE_KEEP_LINES, escapeOne);
}

/**
 * A copy of `value` with every string in it made visible: the one step between the data a command
 * built and the words it prints. Strings under a key of `multiLine` keep their line breaks
 * (visibleText); all others are single lines (visibleLine). Dates, numbers and the shape are kept;
 * Maps are copied with their keys escaped too.
 */
export function visibleReport<T>(value: T, multiLine: ReadonlySet<string> = new Set()): T {
	const walk = (v: unknown, lines: boolean): unknown => {
		if (typeof v === "string") return lines ? visibleText(v) : visibleLine(v);
		if (v === null || typeof v !== "object" || v instanceof Date) return v;
		if (Array.isArray(v)) return v.map((x) => walk(x, lines));
		if (v instanceof Map) return new Map([...v].map(([k, x]) => [walk(k, false), walk(x, false)]));
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(v)) out[k] = walk(x, multiLine.has(k));
		return out;
	};
	return walk(value, false) as T;
}

// What JSON.stringify leaves raw but a terminal may act on or reorder: DEL, C1 controls (U+009B is
// a CSI), and the characters that reorder or hide text. JSON writes them as \u escapes just as well.
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** `JSON.stringify(value, null, 2)`, with every character a terminal could act on written as a \u escape. */
export function visibleJson(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
