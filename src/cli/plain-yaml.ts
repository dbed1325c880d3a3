// A fast reader for the plain frontmatter most notes hold (`key: value` lines, quoted text, simple
// lists and lists of small maps), giving exactly what the `yaml` package gives under the YAML 1.2
// core schema (property-tested: test/cli/plain-yaml.test.ts); anything else is left to it. Measured:
// `yaml` takes most of a first run over a large vault, and this reads the same notes several times
// faster. Plain scalars are resolved by the `yaml` package's own core-schema tags.
import { yamlPackage } from "./yaml-package";

/** Resolves a plain (unquoted) scalar: null, booleans, numbers, else the text. */
export type PlainResolver = (text: string) => unknown;

type ScalarTag = { default?: unknown; test?: RegExp; resolve: (text: string, onError: (message: string) => void, options: object) => unknown };
let core: { tags: ScalarTag[]; isScalar: (node: unknown) => node is { value: unknown } } | null = null;

/** A plain scalar as the `yaml` package resolves it under the core schema: its tags, in its order. */
export function resolvePlain(text: string): unknown {
	if (!core) {
		const { isScalar, Schema } = yamlPackage();
		const tags = (new Schema({ schema: "core" }).tags as unknown as ScalarTag[]).filter((t) => t.default === true && t.test instanceof RegExp);
		core = { tags, isScalar };
	}
	for (const tag of core.tags) {
		if (!tag.test?.test(text)) continue;
		// Some resolvers hand back a Scalar node (null, booleans, floats): its value is what parse gives.
		const value = tag.resolve(text, () => undefined, { intAsBigInt: false });
		return core.isScalar(value) ? value.value : value;
	}
	return text;
}

// Printable characters read as they are; anything else (tabs, carriage returns, control
// characters, surrogates, line separators, a BOM) goes to the full parser.
const UNUSUAL = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const KEY = /^([A-Z_][\w-]*(?: [\w-]+)*):(?: +|$)/i;
/** Characters that may not start a plain scalar, or that start something this reader leaves alone. */
const INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
const FLOW_PLAIN_STOP = /[[\]{}#:"',]/;

interface Value {
	value: unknown;
}

/**
 * The mapping the YAML text holds, or undefined when the text is not in the plain subset read
 * here (the full parser then reads it, and reports what is wrong with it).
 */
export function parsePlainYaml(text: string): Record<string, unknown> | undefined {
	if (UNUSUAL.test(text)) return undefined;
	const out: Record<string, unknown> = {};
	let entries = 0;
	/** The key whose value is on the lines below, until the next key. */
	let pendingKey: string | null = null;
	let seq: unknown[] | null = null;
	let seqIndent = -1;
	let item: Record<string, unknown> | null = null;
	const finish = () => {
		if (pendingKey !== null) out[pendingKey] = seq ?? null;
		pendingKey = null;
		seq = null;
		item = null;
	};
	for (const line of text.split("\n")) {
		let indent = 0;
		while (line.charCodeAt(indent) === 32) indent++;
		if (indent === line.length) continue;
		const c = line[indent];
		if (c === "#") {
			if (indent === 0) continue;
			return undefined;
		}
		const isItem = c === "-" && line[indent + 1] === " ";
		if (indent === 0 && !(isItem && pendingKey !== null && (seq === null || seqIndent === 0))) {
			finish();
			const m = KEY.exec(line);
			if (!m) return undefined;
			const key = m[1];
			if (!plainKey(key) || Object.prototype.hasOwnProperty.call(out, key)) return undefined;
			entries++;
			const rest = line.slice(m[0].length);
			if (rest === "") {
				pendingKey = key;
				continue;
			}
			const v = inlineValue(rest);
			if (!v) return undefined;
			out[key] = v.value;
			continue;
		}
		if (pendingKey === null) return undefined;
		if (isItem) {
			if (seq === null) {
				seq = [];
				seqIndent = indent;
			} else if (indent !== seqIndent) return undefined;
			const itemText = line.slice(indent + 2);
			if (itemText === "" || itemText[0] === " ") return undefined;
			const m = KEY.exec(itemText);
			if (m) {
				const key = m[1];
				const rest = itemText.slice(m[0].length);
				if (!plainKey(key) || rest === "") return undefined;
				const v = inlineValue(rest);
				if (!v) return undefined;
				item = { [key]: v.value };
				seq.push(item);
			} else {
				const v = inlineValue(itemText);
				if (!v) return undefined;
				item = null;
				seq.push(v.value);
			}
			continue;
		}
		if (item === null || indent !== seqIndent + 2) return undefined;
		const m = KEY.exec(line.slice(indent));
		if (!m) return undefined;
		const key = m[1];
		const rest = line.slice(indent + m[0].length);
		if (!plainKey(key) || rest === "" || Object.prototype.hasOwnProperty.call(item, key)) return undefined;
		const v = inlineValue(rest);
		if (!v) return undefined;
		(item)[key] = v.value;
	}
	finish();
	return entries > 0 ? out : undefined;
}

/** A key kept as the text written (not `true`, `null`, a number, or the prototype's name). */
function plainKey(key: string): boolean {
	return key.length <= 128 && key !== "__proto__" && resolvePlain(key) === key;
}

function trimSpacesEnd(s: string): string {
	let end = s.length;
	while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
	return s.slice(0, end);
}

/** After a closing quote or bracket: nothing, or spaces and a comment. */
function okTail(tail: string): boolean {
	if (tail === "") return true;
	if (tail[0] !== " ") return false;
	const t = tail.trimStart();
	return t === "" || t[0] === "#";
}

/** A quoted scalar starting at `at`: its text and the index after the closing quote. */
function quoted(s: string, at: number): { text: string; end: number } | null {
	if (s[at] === '"') {
		const close = s.indexOf('"', at + 1);
		if (close === -1) return null;
		const text = s.slice(at + 1, close);
		return text.includes("\\") ? null : { text, end: close + 1 };
	}
	let text = "";
	let from = at + 1;
	for (;;) {
		const q = s.indexOf("'", from);
		if (q === -1) return null;
		text += s.slice(from, q);
		if (s[q + 1] !== "'") return { text, end: q + 1 };
		text += "'";
		from = q + 2;
	}
}

/** A value written on the key's own line. */
function inlineValue(rest: string): Value | null {
	const c = rest[0];
	if (c === '"' || c === "'") {
		const q = quoted(rest, 0);
		return q && okTail(rest.slice(q.end)) ? { value: q.text } : null;
	}
	if (c === "[") return flowList(rest);
	if (INDICATORS.includes(c)) return null;
	const comment = rest.indexOf(" #");
	const text = trimSpacesEnd(comment === -1 ? rest : rest.slice(0, comment));
	if (text.includes(": ") || text.endsWith(":")) return null;
	return { value: resolvePlain(text) };
}

/** `[a, "b", 'c']` on one line, items plain or quoted text; nothing nested. */
function flowList(rest: string): Value | null {
	const items: unknown[] = [];
	let i = 1;
	const spaces = () => {
		while (rest.charCodeAt(i) === 32) i++;
	};
	spaces();
	if (rest[i] === "]") return okTail(rest.slice(i + 1)) ? { value: items } : null;
	for (;;) {
		spaces();
		const c = rest[i];
		if (c === undefined) return null;
		if (c === '"' || c === "'") {
			const q = quoted(rest, i);
			if (!q) return null;
			items.push(q.text);
			i = q.end;
		} else {
			if (INDICATORS.includes(c)) return null;
			let j = i;
			while (j < rest.length && !FLOW_PLAIN_STOP.test(rest[j])) j++;
			const text = trimSpacesEnd(rest.slice(i, j));
			if (text === "") return null;
			items.push(resolvePlain(text));
			i = j;
		}
		spaces();
		if (rest[i] === ",") {
			i++;
			spaces();
			if (rest[i] === "]") return null;
			continue;
		}
		if (rest[i] === "]") return okTail(rest.slice(i + 1)) ? { value: items } : null;
		return null;
	}
}
