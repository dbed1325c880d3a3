// Finds a note's frontmatter in the bytes of a file, decides cheaply whether it can be ours, and
// parses it safely: gray-matter with YAML only (JavaScript front matter is never evaluated).
import { Buffer, yamlLibraries } from "./node.mjs";
import type GrayMatter from "gray-matter";
import type JsYaml from "js-yaml";
import { frontmatterKeyLines, scanFrontmatter } from "../core/frontmatter-text";
import type { RawNote } from "../core/scope";
import type { Frontmatter, KeyLines } from "../core/types";
import type { ReadResult } from "./cache";
import { parseSimpleYaml } from "./simple-yaml";

/** Frontmatter larger than this is refused unparsed: properties never need it, a hostile file might. */
export const MAX_FRONTMATTER_BYTES = 256 * 1024;
/** Values a parsed frontmatter may expand to, counting every alias use (`*name`) again. */
export const MAX_FRONTMATTER_VALUES = 100_000;

const DASH = 0x2d;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;

export type Located =
	/** The file has no frontmatter: its first line is not exactly `---`, or nothing closes it. */
	| { kind: "none" }
	/** The bytes given end before the question is settled: read the rest of the file. */
	| { kind: "more" }
	/** The YAML lies in bytes [start, end); the closing fence's line starts at byte `fence`. */
	| { kind: "found"; start: number; end: number; fence: number };

const FENCE_AFTER_BREAK = Buffer.from("\n---");

/**
 * Locates the frontmatter as Obsidian takes it (and as core's findFrontmatter does on text): the
 * first line, after an optional UTF-8 BOM, is exactly `---`, and the first later line that is `---`
 * (trailing spaces allowed) closes it. `complete` says whether `length` bytes are the whole file;
 * when they are not and the answer depends on what follows, the result is `more`.
 */
export function locateFrontmatter(bytes: Uint8Array, length: number, complete: boolean): Located {
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, length);
	const bom = length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
	const more: Located = complete ? { kind: "none" } : { kind: "more" };
	if (length < bom + 4) return more;
	if (buf[bom] !== DASH || buf[bom + 1] !== DASH || buf[bom + 2] !== DASH) return { kind: "none" };
	let start: number;
	if (buf[bom + 3] === LF) start = bom + 4;
	else if (buf[bom + 3] === CR && bom + 4 < length && buf[bom + 4] === LF) start = bom + 5;
	else if (buf[bom + 3] === CR && bom + 4 >= length) return more;
	else return { kind: "none" };
	// One native search per candidate fence rather than a look at every line: most notes' first
	// candidate is the fence.
	let from = start - 1;
	for (;;) {
		const at = buf.indexOf(FENCE_AFTER_BREAK, from);
		if (at === -1) return more;
		const fence = at + 1;
		let after = fence + 3;
		while (after < length && (buf[after] === SPACE || buf[after] === TAB)) after++;
		const found: Located = { kind: "found", start, end: yamlEnd(buf, start, fence), fence };
		if (after === length) return complete ? found : { kind: "more" };
		if (buf[after] === LF) return found;
		if (buf[after] === CR) {
			if (after + 1 === length) return complete ? found : { kind: "more" };
			if (buf[after + 1] === LF) return found;
		}
		from = fence;
	}
}

/** The YAML ends before the line break that precedes the closing fence. */
function yamlEnd(buf: Uint8Array, start: number, fence: number): number {
	let end = fence;
	if (end > start && buf[end - 1] === LF) end--;
	if (end > start && buf[end - 1] === CR) end--;
	return end;
}

/** The 1-based line on which byte `at` stands. */
function lineAt(buf: Uint8Array, at: number): number {
	let line = 1;
	for (let i = 0; i < at; i++) if (buf[i] === LF) line++;
	return line;
}

/**
 * A cheap test on the raw frontmatter text that never rejects a note the full rules accept: the
 * configured type value must appear in it (any case), or "interview" (a broken note is reported
 * only then). A backslash might spell either with a YAML escape, so it lets the note through; so
 * does a type value whose lower case depends on context (non-ASCII), which is not filtered at all.
 */
export function makePrefilter(typeValue: string): (yamlText: string) => boolean {
	const value = typeValue.trim().toLowerCase();
	// eslint-disable-next-line no-control-regex -- the test is for ASCII, control characters included
	if (!/^[\x00-\x7f]*$/.test(value)) return () => true;
	const needles = ["interview", value];
	// Inside single quotes YAML writes a quote twice.
	if (value.includes("'")) needles.push(value.replace(/'/g, "''"));
	return (yamlText) => {
		if (yamlText.includes("\\")) return true;
		const lower = yamlText.toLowerCase();
		return needles.some((n) => lower.includes(n));
	};
}

function refuse(): never {
	throw new Error("Only YAML frontmatter is read.");
}

let parsers: { matter: typeof GrayMatter; yaml: typeof JsYaml } | null = null;

/** gray-matter and js-yaml, loaded once. */
function yamlParsers(): { matter: typeof GrayMatter; yaml: typeof JsYaml } {
	parsers ??= yamlLibraries();
	return parsers;
}

type ImplicitType = { resolve: (text: string) => boolean; construct: (text: string) => unknown };
let implicitTypes: ImplicitType[] | null = null;

/** A plain scalar as js-yaml resolves it under CORE_SCHEMA, with js-yaml's own resolvers, in its order. */
export function resolvePlain(text: string): unknown {
	// CORE_SCHEMA's null, bool, int and float forms all start with one of these characters (or
	// are empty): any other first character leaves the text as it is, without running four tests.
	const first = text.charCodeAt(0);
	if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && !/[nNtTfF]/.test(text[0])) return text;
	implicitTypes ??= (yamlParsers().yaml.CORE_SCHEMA as unknown as { compiledImplicit: ImplicitType[] }).compiledImplicit;
	for (const type of implicitTypes) if (type.resolve(text)) return type.construct(text);
	return text;
}

/** The command line's YAML reader: what the whole CLI reads frontmatter and template notes with. */
export function loadYaml(text: string): unknown {
	// Most frontmatter is plain `key: value` lines, which a simple reader gets exactly as js-yaml
	// would, several times faster; anything else (and every error) is js-yaml's.
	const simple = parseSimpleYaml(text, resolvePlain);
	if (simple !== undefined) return simple;
	const { yaml } = yamlParsers();
	// CORE_SCHEMA keeps `2026-11-25T14:30:00` and `2026-11-25` as text (see SPEC §1) and knows no
	// JavaScript types.
	return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

// gray-matter looks for its closing delimiter itself, and `\n---` also matches `\n----`; the
// block is handed over already cut, closed by a marker no note contains.
const CLOSE_MARK = "\u0000interview-follow-up: end of frontmatter\u0000";

interface Engine {
	parse: (input: string) => object;
}
const yamlEngine: Engine = { parse: (text) => loadYaml(text) as object };
const refused: Engine = { parse: refuse };

const MATTER_OPTIONS: { language: string; excerpt: boolean; delimiters: [string, string]; engines: Record<string, Engine> } = {
	language: "yaml",
	excerpt: false,
	delimiters: ["---", CLOSE_MARK],
	// Every language gray-matter knows besides YAML is refused; JavaScript would be evaluated.
	engines: {
		yaml: yamlEngine,
		yml: yamlEngine,
		js: refused,
		javascript: refused,
		coffee: refused,
		coffeescript: refused,
		cson: refused,
		json: refused,
		toml: refused,
	},
};

const YAML_ERRORS: ReadonlyArray<[RegExp, string]> = [
	[/within a double quoted scalar/, 'a double quote (") opened on this line is never closed'],
	[/within a single quoted scalar/, "a single quote (') opened on this line is never closed"],
	[/^duplicated mapping key/, "this property is written twice; keep one of them"],
	[/^bad indentation of a mapping entry/, 'the indentation is off, or a value holds ": " and needs quotes'],
	[/^missed comma between flow collection entries/, "a [ ] or { } list is not closed, or misses a comma"],
	[/^incomplete explicit mapping pair/, 'a value holds ": " and needs quotes'],
	[/^end of the stream or a document separator is expected/, 'this line is not a "key: value" property (a value that starts with @, ` or % needs quotes)'],
	[/^can not read a block mapping entry/, 'this line is not a "key: value" property'],
	[/^unidentified alias/, "it uses an alias (*name) that no anchor (&name) defines"],
	[/^unknown tag/, "it uses a YAML tag (!!name) that properties do not support"],
	[/^the stream contains non-printable characters/, "it contains control characters that YAML does not allow"],
];

/** js-yaml's reason in plain words, the technical wording kept when there is no better one. */
export function explainYamlError(reason: string): string {
	for (const [pattern, plain] of YAML_ERRORS) if (pattern.test(reason)) return plain;
	return reason;
}

export type ParsedFrontmatter = Pick<RawNote, "frontmatter" | "parseError" | "keyLines">;

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return "a list";
	if (typeof value === "string") return "a single line of text";
	return "a single value";
}

/** True when walking the value, counting each alias use again, stays within the budget. */
function withinBudget(root: unknown, budget: number): boolean {
	const stack: unknown[] = [root];
	let count = 0;
	while (stack.length > 0) {
		const value = stack.pop();
		if (++count > budget) return false;
		if (value !== null && typeof value === "object") {
			for (const child of Object.values(value as Record<string, unknown>)) stack.push(child);
		}
	}
	return true;
}

/**
 * Parses the YAML between the fences. The text starts on line 2 of the file and `closeLine` is the
 * closing fence's line; errors become `parseError` with the file line where YAML saw the problem.
 */
export function parseFrontmatterText(yamlText: string, closeLine: number, byteLength: number): ParsedFrontmatter {
	const fail = (reason: string, line?: number): ParsedFrontmatter => {
		const parseError: NonNullable<RawNote["parseError"]> = { reason, rawText: yamlText };
		if (line !== undefined) parseError.line = Math.min(Math.max(line, 2), closeLine);
		return { frontmatter: null, parseError };
	};
	if (byteLength > MAX_FRONTMATTER_BYTES) {
		return fail(`it is ${Math.round(byteLength / 1024)} KB long, more than the ${MAX_FRONTMATTER_BYTES / 1024} KB properties could ever need, so it is not read`);
	}
	let data: unknown;
	try {
		const file = yamlParsers().matter(`---\n${yamlText}\n${CLOSE_MARK}`, MATTER_OPTIONS);
		if (file.matter !== `\n${yamlText}`) return fail("it could not be told apart from the rest of the note");
		data = file.data;
	} catch (error) {
		const e = error as { reason?: unknown; mark?: { line?: unknown }; message?: unknown };
		const reason = typeof e.reason === "string" && e.reason !== "" ? e.reason : String(e.message ?? error).split("\n")[0];
		// The block given to js-yaml starts with the opening fence's line break: its line 0 is file line 1.
		let line = typeof e.mark?.line === "number" ? e.mark.line + 1 : undefined;
		// An unclosed quote is noticed at the end of the text; the line that opened it is the one to fix.
		if (/end of the stream within/.test(reason)) {
			const opened = scanFrontmatter(yamlText).problems[0];
			if (opened) line = opened.line + 2;
		}
		return fail(explainYamlError(reason), line);
	}
	if (data === null || data === undefined) return { frontmatter: {}, keyLines: Object.create(null) as KeyLines };
	if (typeof data !== "object" || Array.isArray(data)) {
		return fail(`it is ${kindOf(data)}, not properties written as "key: value" lines`, 2);
	}
	// Without an alias every value takes at least one character of the text: a text shorter than
	// the budget cannot exceed it, and the walk is spared.
	const mayExceed = yamlText.length >= MAX_FRONTMATTER_VALUES || yamlText.includes("*");
	if (mayExceed && !withinBudget(data, MAX_FRONTMATTER_VALUES)) {
		return fail(`its aliases (*name) repeat values more than ${MAX_FRONTMATTER_VALUES.toLocaleString("en-US")} times, so it is not read`);
	}
	return { frontmatter: data as Frontmatter, keyLines: lazyKeyLines(yamlText) };
}

/**
 * Key lines only serve problem messages, which few notes have, and finding them costs as much as
 * parsing: they are worked out on first use. The object behaves as the plain record it stands for.
 */
function lazyKeyLines(yamlText: string): KeyLines {
	let lines: KeyLines | null = null;
	const real = () => (lines ??= frontmatterKeyLines(yamlText, 2));
	return new Proxy(Object.create(null) as KeyLines, {
		get: (_target, key) => (typeof key === "string" ? real()[key] : undefined),
		has: (_target, key) => typeof key === "string" && key in real(),
		ownKeys: () => Reflect.ownKeys(real()),
		getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(real(), key),
	});
}

/**
 * Reads what a note's bytes hold: no frontmatter, frontmatter the prefilter rules out, or the
 * parsed frontmatter. `complete` says whether `length` bytes are the whole file; `more` asks for it.
 */
const SKIPPED: ReadResult = { kind: "skipped" };
const NONE: ReadResult = { kind: "none" };

export function readFrontmatter(
	buf: Uint8Array,
	length: number,
	complete: boolean,
	prefilter: ((yamlText: string) => boolean) | null,
): ReadResult | { kind: "more" } {
	const located = locateFrontmatter(buf, length, complete);
	if (located.kind === "none") return NONE;
	if (located.kind === "more") return located;
	const bytes = located.end - located.start;
	const text = Buffer.from(buf.buffer, buf.byteOffset, length).toString("utf8", located.start, located.end);
	if (prefilter && !prefilter(text)) return SKIPPED;
	return { kind: "parsed", note: parseFrontmatterText(text, lineAt(buf, located.fence), bytes) };
}
