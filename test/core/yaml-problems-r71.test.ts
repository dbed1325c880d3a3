// Review 71: the parser stops at the first unquoted ": "; every line with the same mistake is named at once.
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { frontmatterProblemMessage, yamlFailure } from "../../src/core/yaml-problems";

function failureOf(yamlText: string) {
	try {
		parse(yamlText);
	} catch (error) {
		return yamlFailure(error, yamlText);
	}
	throw new Error("parsed");
}

const note = [
	"type: interview",
	"company: Riverbend Emergency",
	"interviewers:",
	"  - name: Dr. Amanda Cho",
	"    focus: after hours surgical emergencies, GDVs at 2am: they need a tech who can set up solo",
	"    highlight: did ~40 GDVs on overnight",
	"next_steps: Jordan (VetStaff Pro): will call w/ feedback by thurs",
	"decision_expected: 2026-12-09 # note: a guess",
	'status: "active: yes"',
].join("\n");

describe("every unquoted value holding ': ' is named with the first", () => {
	it("names the other line beside the one the parser stopped at", () => {
		const failure = failureOf(note);
		expect(failure.line).toBe(6);
		expect(failure.alsoLines).toEqual([8]);
		expect(frontmatterProblemMessage(failure)).toBe('The frontmatter is not valid YAML: a value holds ": " and needs quotes. Fix that line (and line 8, which has the same problem); until then the note is skipped. Quoted, the line reads (keep the 4 spaces before it): focus: "after hours surgical emergencies, GDVs at 2am: they need a tech who can set up solo"');
	});
	it("names none when the mistake is made once, and never a comment or a quoted value", () => {
		const once = note.replace("Jordan (VetStaff Pro): will", "Jordan (VetStaff Pro) will");
		const failure = failureOf(once);
		expect(failure.alsoLines).toBeUndefined();
		expect(frontmatterProblemMessage(failure)).toMatch(/Fix that line; until then/);
	});
});

describe("the line to fix, written as it should be (reviews 85, 86)", () => {
	const fixed = (line: string) => failureOf(`type: interview\n${line}\nstatus: active`).fixedLine;
	it("quotes the value, keeping a comment after it", () => {
		expect(fixed("next_steps: send portfolio link re: fall weddings by fri")).toBe('next_steps: "send portfolio link re: fall weddings by fri"');
		expect(fixed("next_steps: fr thomas: decision after advent # ask again")).toBe('next_steps: "fr thomas: decision after advent" # ask again');
	});
	it("uses single quotes for a value holding a double quote, and a backslash is kept as typed", () => {
		expect(fixed('focus: the "fast" track: deadlines')).toBe(`focus: 'the "fast" track: deadlines'`);
		expect(fixed("focus: C:\\ drive: backups")).toBe('focus: "C:\\\\ drive: backups"');
	});
	it("parses to the value that was typed", () => {
		for (const line of ["next_steps: a: b", 'focus: the "fast" track: it\'s on', "focus: C:\\ x: y"]) {
			const value = line.slice(line.indexOf(": ") + 2);
			expect(parse(fixed(line) ?? "")).toEqual({ [line.slice(0, line.indexOf(":"))]: value });
		}
	});
});
