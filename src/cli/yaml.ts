// The one YAML reading of a note's frontmatter outside Obsidian: YAML 1.2 with the core schema, as
// the plugin sees properties through Obsidian's parseYaml. `14:30` stays the text "14:30" (YAML 1.1
// read it as 870), `012` is 12 (1.1: 10), dates and date-times stay text (SPEC §1), and no tag can
// build anything but plain data. The command line reads notes with it, and the test fake of
// Obsidian's parseYaml is this same function, so both paths read a note alike. The yaml package is
// loaded when a note first needs it (node.mts); it is not part of main.js, which calls Obsidian's own parseYaml.
import { yamlPackage } from "./yaml-package";
import { parsePlainYaml } from "./plain-yaml";
import { version as yamlVersion } from "yaml/package.json";

/** What the reading depends on: a cache of parsed frontmatter is valid only under the same one. */
export const YAML_READING = `yaml ${yamlVersion}, YAML 1.2 core schema`;

/**
 * Parses YAML text into plain data: maps, lists, text, numbers, booleans and null. Throws the
 * parser's error (a YAMLParseError with a code and a line) for text that is not valid YAML.
 */
export function parseYaml(text: string): unknown {
	// Most frontmatter is plain `key: value` lines, read the same several times faster.
	const plain = parsePlainYaml(text);
	if (plain !== undefined) return plain;
	const yaml = yamlPackage();
	const lineCounter = new yaml.LineCounter();
	// Keys are checked once each below, and only the error thrown is given its place: the package's own key check compares
	// each key of a map with every key before it, and it places every error it finds on its line, the whole line each time;
	// a crafted flow map of thousands of entries ("subject: {{x, x, x, …") took seconds either way.
	const doc = yaml.parseDocument(text, { version: "1.2", schema: "core", merge: false, uniqueKeys: false, prettyErrors: false, logLevel: "error", lineCounter });
	const twice = doc.errors.length > 0 ? null : repeatedKey(doc.contents, yaml);
	const error = doc.errors[0] ?? (twice === null ? undefined : new yaml.YAMLParseError(twice, "DUPLICATE_KEY", "Map keys must be unique"));
	if (error !== undefined) throw placed(error, text, lineCounter);
	return doc.toJS({ maxAliasCount: 100 });
}

/**
 * The error with its line and column, and the line it is on with a caret under the place, as the yaml package writes them
 * ("Map keys must be unique at line 3, column 1:" and the lines), a long line shown 80 characters wide around the place.
 */
function placed<E extends Error & YAMLParseErrorLike>(error: E, text: string, lines: { lineStarts: number[]; linePos: (offset: number) => { line: number; col: number } }): E {
	const at = lines.linePos(error.pos[0]);
	const end = lines.linePos(error.pos[1]);
	error.linePos = [at, end];
	error.message += ` at line ${at.line}, column ${at.col}`;
	const lineText = (n: number) => {
		let line = text.slice(lines.lineStarts[n - 1] ?? text.length, lines.lineStarts[n] ?? text.length);
		while (line.endsWith("\n") || line.endsWith("\r")) line = line.slice(0, -1);
		return line;
	};
	let shown = lineText(at.line);
	let caret = at.col - 1;
	if (caret >= 60 && shown.length > 80) {
		const cut = Math.min(caret - 39, shown.length - 79);
		shown = `…${shown.slice(cut)}`;
		caret -= cut - 1;
	}
	if (shown.length > 80) shown = `${shown.slice(0, 79)}…`;
	// At the start of its line, the line before it too.
	if (at.line > 1 && /^ *$/.test(shown.slice(0, caret))) {
		const before = lineText(at.line - 1);
		shown = `${before.length > 80 ? `${before.slice(0, 79)}…` : before}\n${shown}`;
	}
	if (/[^ ]/.test(shown)) {
		const width = end.line === at.line && end.col > at.col ? Math.max(1, Math.min(end.col - at.col, 80 - caret)) : 1;
		error.message += `:\n\n${shown}\n${" ".repeat(caret)}${"^".repeat(width)}\n`;
	}
	return error;
}

/** What `placed` needs of the package's error. */
interface YAMLParseErrorLike {
	pos: [number, number];
	linePos?: [{ line: number; col: number }] | [{ line: number; col: number }, { line: number; col: number }];
	message: string;
}

/** Where a map's key repeats one before it (the package's own rule: scalars of one value), as a range; null when none. */
function repeatedKey(node: unknown, yaml: ReturnType<typeof yamlPackage>): [number, number] | null {
	const stack: unknown[] = [node];
	while (stack.length > 0) {
		const current = stack.pop();
		if (yaml.isMap(current)) {
			const seen = new Set<unknown>();
			for (const pair of current.items) {
				if (yaml.isScalar(pair.key)) {
					if (seen.has(pair.key.value)) return [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0];
					seen.add(pair.key.value);
				}
				stack.push(pair.key, pair.value);
			}
		} else if (yaml.isSeq(current)) stack.push(...current.items);
		else if (yaml.isPair(current)) stack.push(current.key, current.value);
	}
	return null;
}
