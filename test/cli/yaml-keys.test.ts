// The command line's YAML reading checks that a map's keys are unique once per key: the yaml package's own check compared
// each key with every key before it, and a crafted flow map of thousands of keys took seconds (found by the linear-time
// test's "template notes" row), and it placed every error it found on its line, the whole line each time. The error thrown
// is the package's own, word for word.
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/cli/yaml";

const failure = (text: string) => {
	try {
		parseYaml(text);
	} catch (e) {
		const error = e as { code?: string; linePos?: { line: number; col: number }[]; message: string };
		return { code: error.code, at: error.linePos?.[0], message: error.message };
	}
	return null;
};

describe("a key twice in one map", () => {
	it("is the package's DUPLICATE_KEY, at the second key, in its words", () => {
		expect(failure("a: 1\nb: 2\na: 3\n")).toEqual({ code: "DUPLICATE_KEY", at: { line: 3, col: 1 }, message: "Map keys must be unique at line 3, column 1:\n\nb: 2\na: 3\n^\n" });
		expect(failure("a: {x: 1, x: 2}\n")).toEqual({ code: "DUPLICATE_KEY", at: { line: 1, col: 11 }, message: "Map keys must be unique at line 1, column 11:\n\na: {x: 1, x: 2}\n          ^\n" });
		expect(failure("a: [1, {b: 1, b: 2}]\n")?.at).toEqual({ line: 1, col: 15 });
	});

	it("places any other error as the package does, with the line and a caret", () => {
		expect(failure("a: 'unclosed\nb: 2\n")).toEqual({ code: "MISSING_CHAR", at: { line: 3, col: 1 }, message: "Missing closing 'quote at line 3, column 1:\n\nb: 2\n\n^\n" });
		expect(failure("a: b: c\n")).toEqual({ code: "BLOCK_AS_IMPLICIT_KEY", at: { line: 1, col: 4 }, message: "Nested mappings are not allowed in compact mappings at line 1, column 4:\n\na: b: c\n   ^\n" });
	});

	it("reads maps whose keys differ, and keys of one spelling but another kind, as before", () => {
		expect(parseYaml("a: 1\nb: [x, y]\nc: {d: 1, e: 2}\n")).toEqual({ a: 1, b: ["x", "y"], c: { d: 1, e: 2 } });
		expect(parseYaml("1: a\n'1': b\n")).toEqual({ 1: "b" });
	});
});
