// Reads a draft-template note: `subject` from its frontmatter, the rest as the body. The YAML reader
// is a parameter: the plugin passes Obsidian's own parseYaml and the command line its reader, so the
// plugin bundle carries no YAML library of its own.
import type { DraftTemplate } from "./drafts";
import { findFrontmatter } from "./frontmatter-text";
import { bracketDepth } from "./text-scan";

/** Parses YAML text; may throw on text that is not YAML. */
export type YamlReader = (yaml: string) => unknown;

/**
 * The subject and body of a template note. An unquoted subject that starts with a placeholder
 * (`subject: {{role}} interview`) is not valid YAML (or reads as a map), so that line is then
 * taken as written.
 */
export function parseTemplateNote(text: string, parseYaml: YamlReader): DraftTemplate {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const frontmatter = findFrontmatter(clean);
	if (!frontmatter) return { subject: "", body: clean };
	return { subject: readSubject(frontmatter.body, parseYaml), body: clean.slice(frontmatter.end) };
}

/**
 * Deeper than any template's frontmatter. The `yaml` package takes seconds on a few hundred
 * unclosed `{` (256 take 9 s), so such text is read as written instead of parsed.
 */
const MAX_YAML_NESTING = 16;

function readSubject(yamlText: string, parseYaml: YamlReader): string {
	if (bracketDepth(yamlText) > MAX_YAML_NESTING) return subjectLine(yamlText);
	let data: unknown;
	try {
		data = parseYaml(yamlText);
	} catch {
		return subjectLine(yamlText);
	}
	if (data === null || data === undefined) return "";
	if (typeof data === "object" && !Array.isArray(data)) {
		const subject: unknown = (data as Record<string, unknown>).subject;
		if (subject === undefined || subject === null) return "";
		if (typeof subject === "string") return subject;
		if (typeof subject === "number" || typeof subject === "boolean") return String(subject);
	}
	return subjectLine(yamlText);
}

const isBlank = (c: string) => c === " " || c === "\t";

/** The `subject:` line's value as written, without surrounding blanks or one pair of quotes. */
function subjectLine(yamlText: string): string {
	for (const rawLine of yamlText.split("\n")) {
		const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
		if (!line.startsWith("subject")) continue;
		let i = "subject".length;
		while (i < line.length && isBlank(line[i])) i++;
		if (line[i] !== ":") continue;
		let start = i + 1;
		let end = line.length;
		while (start < end && isBlank(line[start])) start++;
		while (end > start && isBlank(line[end - 1])) end--;
		const value = line.slice(start, end);
		const quote = value[0];
		return value.length >= 2 && (quote === '"' || quote === "'") && value.endsWith(quote) ? value.slice(1, -1) : value;
	}
	return "";
}
