// Reads a note's frontmatter for the command line: the block found by the core's one rule
// (frontmatter-rule.ts), parsed by the one YAML reading (yaml.ts). JavaScript front matter is never
// evaluated: `---js` is not an opening fence, and no engine but YAML exists here.
import { Buffer } from "./node.mjs";
import { findCommentCuts, type CommentCut } from "../core/comment-cuts";
import { findFrontmatter, opensFrontmatter } from "../core/frontmatter-rule";
import { frontmatterKeyLines } from "../core/frontmatter-text";
import type { Frontmatter, KeyLines } from "../core/types";
import { notPropertiesFailure, withNextFailure, yamlFailure, type FrontmatterFailure } from "../core/yaml-problems";
import { parseYaml } from "./yaml";

/** The command line's YAML reader, for template notes as for frontmatter: the one reading. */
export const loadYaml = parseYaml;

/** Frontmatter larger than this is refused unparsed: properties never need it, a hostile file might. */
export const MAX_FRONTMATTER_BYTES = 256 * 1024;

/**
 * What a note holds, as far as the scan cares. None of it depends on the settings or the time zone,
 * so the scan cache can keep it for as long as the file is unchanged.
 */
export type NoteData =
	/** No frontmatter: the first line is not exactly `---`, or nothing closes it. */
	| { kind: "none" }
	/** Frontmatter not parsed yet (the prefilter found nothing of ours in it): its YAML text. */
	| { kind: "raw"; yaml: string }
	/** From the cache: frontmatter the prefilter of these settings rules out; its text is not kept. */
	| { kind: "skipped" }
	/** Parsed frontmatter, the line of each top-level key for problem messages, and any value a comment cut short. */
	| { kind: "parsed"; frontmatter: Frontmatter; keyLines: KeyLines; commentCuts?: CommentCut[] }
	/** Frontmatter that is not valid YAML, or not properties. */
	| { kind: "failed"; failure: FrontmatterFailure };

export const NO_FRONTMATTER: NoteData = { kind: "none" };

/**
 * The note's frontmatter text from its first bytes, when they settle it: `undefined` asks for the
 * whole file. `complete` says whether `text` is the whole file.
 */
export function locateYaml(text: string, complete: boolean): string | null | undefined {
	if (complete) return findFrontmatter(text)?.body ?? null;
	// A head cut mid-line: only whole lines are looked at, so a cut `----` is not taken for `---`.
	const whole = text.slice(0, text.lastIndexOf("\n") + 1);
	// No line break in the head at all: unless it is the start of an opening fence, the first line is not one.
	if (whole === "") return "\uFEFF---\r".startsWith(text) || "---\r".startsWith(text) ? undefined : null;
	if (!opensFrontmatter(whole)) return null;
	const found = findFrontmatter(whole);
	return found ? found.body : undefined;
}

/** Parses YAML text found between the fences. Never throws. */
export function parseFrontmatterYaml(yaml: string): NoteData {
	const bytes = Buffer.byteLength(yaml, "utf8");
	if (bytes > MAX_FRONTMATTER_BYTES) {
		return {
			kind: "failed",
			failure: {
				reason: `it is ${Math.round(bytes / 1024)} KB long, more than the ${MAX_FRONTMATTER_BYTES / 1024} KB properties could ever need, so it is not read`,
				code: "TOO_LONG",
				rawText: yaml,
			},
		};
	}
	let data: unknown;
	try {
		data = parseYaml(yaml);
	} catch (error) {
		return { kind: "failed", failure: withNextFailure(yamlFailure(error, yaml), yaml, parseYaml) };
	}
	if (data === null || data === undefined) return { kind: "parsed", frontmatter: {}, keyLines: {} };
	if (typeof data !== "object" || Array.isArray(data)) return { kind: "failed", failure: notPropertiesFailure(data, yaml) };
	const parsed: NoteData = { kind: "parsed", frontmatter: data as Frontmatter, keyLines: frontmatterKeyLines(yaml, 2) };
	const cuts = findCommentCuts(yaml, 2);
	if (cuts.length > 0) parsed.commentCuts = cuts;
	return parsed;
}

/**
 * A cheap test on the raw frontmatter text that never rejects a note the full rules accept: the
 * configured type value must appear in it (any case), or "interview" (a broken note is reported
 * only then). A backslash might spell either with a YAML escape, so it lets the note through; so
 * does a type value whose lower case depends on context (non-ASCII), which is not filtered at all.
 */
export function makePrefilter(typeValue: string): Prefilter {
	const value = typeValue.trim().toLowerCase();
	// eslint-disable-next-line no-control-regex -- the test is for ASCII, control characters included
	if (!/^[\x00-\x7f]*$/.test(value)) return Object.assign(() => true, { key: "" });
	const needles = ["interview", value];
	// Inside single quotes YAML writes a quote twice.
	if (value.includes("'")) needles.push(value.replace(/'/g, "''"));
	const test = (yamlText: string) => {
		if (yamlText.includes("\\")) return true;
		const lower = yamlText.toLowerCase();
		return needles.some((n) => lower.includes(n));
	};
	return Object.assign(test, { key: JSON.stringify(needles) });
}

/** The prefilter, and `key`: what it looks for, so that a note it ruled out is trusted as ruled out only under the same. */
export type Prefilter = ((yamlText: string) => boolean) & { key: string };
