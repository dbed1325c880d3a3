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
	return yamlPackage().parse(text, {
		version: "1.2",
		schema: "core",
		// `<<` is an ordinary key in YAML 1.2.
		merge: false,
		uniqueKeys: true,
		// An alias repeated past this is a resource attack, not properties.
		maxAliasCount: 100,
		// Warnings (an unknown !tag, read as plain text) are not errors, and the terminal is not a log.
		logLevel: "error",
	});
}
