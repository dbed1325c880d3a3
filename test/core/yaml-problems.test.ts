import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { frontmatterProblemMessage, notPropertiesFailure, plainYamlReason, withNextFailure, yamlFailure } from "../../src/core/yaml-problems";

function yamlError(text: string): unknown {
	try {
		parse(text);
	} catch (error) {
		return error;
	}
	throw new Error("expected a parse error");
}

describe("frontmatter problems in plain words, from either parser's error", () => {
	const text = 'type: interview\ncompany: Acme\nrole: "Research engineer\ninterview_start: 2026-11-19T10:00\n';

	it("from yaml's error: the line that opened the quote, in the note's numbering, and no parser jargon", () => {
		const failure = yamlFailure(yamlError(text), text);
		expect(failure).toMatchObject({ code: "MISSING_CHAR", line: 4 });
		expect(frontmatterProblemMessage(failure)).toBe('The frontmatter is not valid YAML: a double quote (") opened on this line is never closed. Fix that line; until then the note is skipped, and nothing for the interview on Thursday 19 November 2026 shows as due, its thank-you included.');
	});

	it("names what the due list cannot show while the note is skipped, from the interview's own line", () => {
		// A thank-you on record: only the interview is named.
		const thanked = 'type: interview\ncompany: "Acme\ninterview_start: "2026-12-03T15:30"\nthank_you_sent: 2026-12-03\n';
		expect(frontmatterProblemMessage(yamlFailure(yamlError(thanked), thanked))).toMatch(/skipped, and nothing for the interview on Thursday 3 December 2026 shows as due\.$/);
		// An interview_start under an interviewer, or one that is no date, names nothing.
		const nested = 'type: interview\ncompany: "Acme\ninterviewers:\n  interview_start: 2026-12-03\n';
		expect(frontmatterProblemMessage(yamlFailure(yamlError(nested), nested))).not.toMatch(/nothing for the interview/);
		const undated = 'type: interview\ncompany: "Acme\ninterview_start: last thursday\n';
		expect(frontmatterProblemMessage(yamlFailure(yamlError(undated), undated))).not.toMatch(/nothing for the interview/);
	});

	it("from js-yaml's error (an Obsidian whose parseYaml throws it): the same sentence and line", () => {
		const jsYaml = { name: "YAMLException", reason: "unexpected end of the stream within a double quoted scalar", mark: { line: 4, column: 0 }, message: "unexpected end of the stream within a double quoted scalar (5:1)" };
		const failure = yamlFailure(jsYaml, text);
		expect(failure.line).toBe(4);
		expect(frontmatterProblemMessage(failure)).toBe(frontmatterProblemMessage(yamlFailure(yamlError(text), text)));
	});

	it.each([
		["a: 1\na: 2\n", 3, "a is written twice, on lines 2 and 3; keep one of them"],
		// The template's empty key left above a filled one: that empty line is the one to delete.
		["next_steps:\ncompany: Beacon\nnext_steps: final round w/ the regional VP\n", 2, "next_steps is written twice, on lines 2 and 4; the one on line 2 is empty: delete it"],
		["next_steps: call Friday\nnext_steps:\n", 3, "next_steps is written twice, on lines 2 and 3; the one on line 3 is empty: delete it"],
		["focus:\n  - churn\nfocus: pricing\n", 4, "focus is written twice, on lines 2 and 4; keep one of them"],
		["a: b: c\n", 2, 'a value holds ": " and needs quotes'],
		// A property pushed in under one that has a value: that line, not the value above it, is named.
		["interviewers:\n  - name: Tomás Reyes\n    title: Dive Safety Officer\n      focus: AAUS scientific diver cert\nstatus: active\n", 5, 'this line is indented further than "title" above it, which already has a value: indent it as far as the properties beside it'],
		["company: Acme\n  role: Engineer\n", 3, 'this line is indented further than "company" above it, which already has a value: indent it as far as the properties beside it'],
		["a: 1\n\tb: 2\n", 3, "it is indented with a tab; indent properties with spaces"],
		["a: [1, 2\n", 2, "a [ ] or { } list is not closed, or misses a comma"],
		// A key of a list item pulled out of line with the ones above it (reviews 246, 248): never blamed on a bracket.
		["interviewers:\n  - name: Olivia Chen\n    title: Owner\n   highlight: told her i coordinated 3 drivers\n  - name: Marcus Bell\nstatus: active\n", 5, 'the indentation is off: this line does not line up with the lines above it (give it as many spaces as the key above, or start a new item with "- ")'],
		["a: 'x\n", 2, "a single quote (') opened on this line is never closed"],
		// A quote opened inside a list of people: the line that opened it, not the end of the properties.
		['interviewers:\n  - name: Liam Brennan\n    focus: "lime mortar repointing on the courthouse job\n    highlight: repointed the 1890s church\nnext_steps: bring tools mon\nstatus: active\n', 4, 'a double quote (") opened on this line is never closed'],
		["interviewers:\n  - name: Ana\n    focus: 'it''s the kiln schedule\n    highlight: ran 3 kilns\n", 4, "a single quote (') opened on this line is never closed"],
		// A list item typed without the space after its dash, indented or not, names that line and the fix.
		["interviewers:\n  - Ray Dominguez\n  -Angela Price\nrole: x\n", 4, 'a list item needs a space after its dash (write "- Name", not "-Name")'],
		["interviewers:\n- Ray\n-Angela Price\n", 4, 'a list item needs a space after its dash (write "- Name", not "-Name")'],
	])("%j", (yamlText, line, plain) => {
		const failure = yamlFailure(yamlError(yamlText), yamlText);
		if (line !== undefined) expect(failure.line).toBe(line);
		expect(plainYamlReason(failure)).toBe(plain);
		// The parser's own position never shows; lines are named only where a key is written twice.
		expect(frontmatterProblemMessage(failure)).not.toMatch(/column|\^/);
		if (!/twice/.test(plain)) expect(frontmatterProblemMessage(failure)).not.toMatch(/line \d/);
	});

	it("a key written twice, from js-yaml's error: the same key and lines", () => {
		const yamlText = "next_steps:\ncompany: Beacon\nnext_steps: final round\n";
		const jsYaml = { name: "YAMLException", reason: "duplicated mapping key", mark: { line: 2, column: 0 }, message: "duplicated mapping key (3:1)" };
		expect(plainYamlReason(yamlFailure(jsYaml, yamlText))).toBe(plainYamlReason(yamlFailure(yamlError(yamlText), yamlText)));
	});

	it("a property pushed in under one with a value, from js-yaml's error: the same line and sentence", () => {
		const yamlText = "interviewers:\n  - name: Tomás Reyes\n    title: Dive Safety Officer\n      focus: AAUS scientific diver cert\n";
		const jsYaml = { name: "YAMLException", reason: "bad indentation of a mapping entry", mark: { line: 3, column: 11 }, message: "bad indentation of a mapping entry (4:12)" };
		expect(yamlFailure(jsYaml, yamlText)).toEqual(yamlFailure(yamlError(yamlText), yamlText));
		// A key with no value of its own takes the lines below it: nothing is pushed in there.
		expect(plainYamlReason(yamlFailure(yamlError("a:\n  b: c\n    d: e\n"), "a:\n  b: c\n    d: e\n"))).toMatch(/indented further than "b"/);
	});

	it("an alias with no anchor (yaml throws a ReferenceError without a position)", () => {
		const failure = yamlFailure(yamlError("a: *nowhere\n"), "a: *nowhere\n");
		expect(plainYamlReason(failure)).toBe("it uses an alias (*name) that no anchor (&name) defines");
		expect(frontmatterProblemMessage(failure)).toMatch(/Fix it;/);
	});

	it("a parser's unknown reason is passed on without its position", () => {
		expect(plainYamlReason(yamlFailure(new Error("Something new at line 3, column 4:\n\nx\n^"), "x"))).toBe("Something new");
	});

	it("YAML that is a list or a single value, not properties", () => {
		expect(plainYamlReason(notPropertiesFailure(["a"], "- a"))).toBe('it is a list, not properties written as "key: value" lines');
		expect(plainYamlReason(notPropertiesFailure("x", "x"))).toBe('it is a single line of text, not properties written as "key: value" lines');
	});
});

describe("a value typed as a question mark (review 60)", () => {
	const text = "type: interview\ninterviewers:\n  - name: Jo Park\n    focus: ?\n    highlight: rebuilt 40 wheels\n";

	it("names the line and says to quote it, never that the value holds ': '", () => {
		const failure = yamlFailure(yamlError(text), text);
		expect(failure).toMatchObject({ code: "QUESTION_VALUE", line: 5 });
		expect(frontmatterProblemMessage(failure)).toBe('The frontmatter is not valid YAML: a value that starts with "?" needs quotes (write "?"). Fix that line; until then the note is skipped.');
	});

	it("leaves a quoted question mark, and a question in words, alone", () => {
		expect(parse('focus: "?"\nhighlight: ask again?\n')).toEqual({ focus: "?", highlight: "ask again?" });
	});
});

describe("a list begun on its key's line (review 259)", () => {
	const text = "type: interview\ninterviewers:\n  - name: Shonda Bell\n    focus: - driver call-outs\n      - the telemetry thing nobody uses\n";

	it("names the line and says where the list starts, never a value starting with @", () => {
		const failure = yamlFailure(yamlError(text), text);
		expect(failure).toMatchObject({ code: "LIST_ON_KEY_LINE", line: 5 });
		expect(frontmatterProblemMessage(failure)).toContain('a list starts on the line after its key: put the first "- " item on a line of its own below it');
		expect(frontmatterProblemMessage(failure)).not.toMatch(/@/);
	});

	it("leaves a value that only starts with a dash and no space alone", () => {
		expect(parse("focus: -5 degrees in the cooler\n")).toEqual({ focus: "-5 degrees in the cooler" });
	});
});

describe("a second mistake, named with the first (reviews 251-259)", () => {
	const text = "type: interview\ninterviewers:\n  - name: Mike Dunn\n    focus: routes: cutting the missed restocks\n  - name: Shonda Bell\n    focus: - driver call-outs\n      - the telemetry thing\n";

	it("names the line the parser would stop at once the quoted line is put right, and keeps the fix last", () => {
		const failure = withNextFailure(yamlFailure(yamlError(text), text), text, parse);
		expect(failure).toMatchObject({ line: 5, next: { line: 7 } });
		const message = frontmatterProblemMessage(failure);
		expect(message).toContain("Once that is fixed, line 7 needs fixing too: a list starts on the line after its key");
		expect(message).toMatch(/Quoted, the line reads \(keep the 4 spaces before it\): focus: "routes: cutting the missed restocks"$/);
	});

	it("says nothing more when the quoted line is the only mistake, or when no fix is known", () => {
		const one = "type: interview\nfocus: routes: cutting restocks\n";
		expect(withNextFailure(yamlFailure(yamlError(one), one), one, parse).next).toBeUndefined();
		const open = 'type: interview\nfocus: "never closed\nrole: x: y\n';
		expect(withNextFailure(yamlFailure(yamlError(open), open), open, parse).next).toBeUndefined();
	});
});
