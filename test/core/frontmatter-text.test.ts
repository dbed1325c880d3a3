import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { detectEol, findFrontmatter, frontmatterKeyLines, scanFrontmatter, splitLines } from "../../src/core/frontmatter-text";

describe("findFrontmatter", () => {
	it("finds the YAML between the fences and where the body starts", () => {
		const text = "---\ntype: interview\n---\n# Body\n";
		const fm = findFrontmatter(text)!;
		expect(fm.body).toBe("type: interview\n");
		expect(text.slice(fm.contentStart, fm.contentEnd)).toBe(fm.body);
		expect(text.slice(fm.end)).toBe("# Body\n");
		expect(fm.start).toBe(0);
		expect(fm.closeLine).toBe(3);
	});

	it("reads CRLF notes, a byte-order mark, and a closing fence with trailing spaces", () => {
		const text = "\ufeff---\r\na: 1\r\nb: 2\r\n---  \r\nBody";
		const fm = findFrontmatter(text)!;
		expect(fm.start).toBe(1);
		expect(fm.body).toBe("a: 1\r\nb: 2\r\n");
		expect(fm.closeLine).toBe(4);
		expect(text.slice(fm.end)).toBe("Body");
	});

	it("accepts a closing fence at the very end and an empty frontmatter", () => {
		const end = findFrontmatter("---\na: 1\n---")!;
		expect(end.body).toBe("a: 1\n");
		expect(end.end).toBe(12);
		const empty = findFrontmatter("---\n---\nBody")!;
		expect(empty.body).toBe("");
		expect(empty.closeLine).toBe(2);
	});

	it("finds none unless the first line is exactly --- and a later line closes it", () => {
		for (const text of [
			"---js\nmodule.exports = {}\n---\n",
			"---yaml\na: 1\n---\n",
			"--- \na: 1\n---\n",
			"----\na: 1\n---\n",
			" ---\na: 1\n---\n",
			"# Title\n---\na: 1\n---\n",
			"---\na: 1\n",
			"---\na: 1\n----\n",
			"---\na: 1\n...\n",
			"---",
			"",
		]) {
			expect(findFrontmatter(text), JSON.stringify(text)).toBeNull();
		}
	});

	it("finds the frontmatter of any note built with fences around YAML lines", { timeout: 30_000 }, () => {
		const line = fc.string().filter((l) => !/[\r\n]/.test(l) && !/^---[ \t]*$/.test(l));
		fc.assert(
			fc.property(fc.array(line), fc.constantFrom("\n", "\r\n"), fc.string(), fc.boolean(), (lines, eol, body, bom) => {
				const yaml = lines.map((l) => l + eol).join("");
				const text = (bom ? "\ufeff" : "") + "---" + eol + yaml + "---" + eol + body;
				const fm = findFrontmatter(text)!;
				expect(fm.body).toBe(yaml);
				expect(text.slice(fm.end)).toBe(body);
				expect(fm.closeLine).toBe(lines.length + 2);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("detectEol", () => {
	it("takes the note's first line ending, \\n by default", () => {
		expect(detectEol("a\r\nb\n")).toBe("\r\n");
		expect(detectEol("a\nb\r\n")).toBe("\n");
		expect(detectEol("one line")).toBe("\n");
		expect(detectEol("")).toBe("\n");
	});
});

describe("splitLines", () => {
	it("joins back to the same text", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", " ") }), (text) => {
				expect(splitLines(text).map((l) => l.text + l.eol).join("")).toBe(text);
			}),
		);
	});
});

describe("frontmatterKeyLines", () => {
	it("maps each top-level key to its line in the file", () => {
		const yaml = [
			"# a comment: not a key",
			"type: interview",
			"'company': Acme",
			'"role": "Engineer: platform"',
			"interviewers:",
			"  - name: Sam",
			"    email: sam@acme.example",
			"- Alex",
			"next_steps: |",
			"  They said:",
			"  decision_expected: not a key",
			"",
			"tags: [a,",
			"  b: c]",
			"note: \"two",
			"status: still the note\"",
			"status: active",
			"type: again",
		].join("\n");
		expect(frontmatterKeyLines(yaml + "\n")).toEqual({
			type: 3,
			company: 4,
			role: 5,
			interviewers: 6,
			next_steps: 10,
			tags: 14,
			note: 16,
			status: 18,
		});
		expect(frontmatterKeyLines("a: 1\nb: 2\n", 10)).toEqual({ a: 10, b: 11 });
	});

	it("decodes quoted keys and keeps odd names as plain data", () => {
		const lines = frontmatterKeyLines("'it''s': 1\n\"a\\tb\": 2\n__proto__: 3\nkey with spaces : 4\n");
		expect(lines["it's"]).toBe(2);
		expect(lines["a\tb"]).toBe(3);
		expect(Object.keys(lines)).toContain("__proto__");
		expect(lines["key with spaces"]).toBe(5);
	});
});

describe("scanFrontmatter", () => {
	it("gives each entry its lines, leaving blank and comment lines after it out", () => {
		const scan = scanFrontmatter("a: |\n  x\n\n# about b\nb:\n  - 1\n  # inner\n  - 2\n  # trailing\nc: 3 # note\n");
		expect(scan.problems).toEqual([]);
		expect(scan.entries.map((e) => [e.key, e.line, e.endLine, e.commentLines])).toEqual([
			["a", 0, 2, []],
			["b", 4, 8, [6]],
			["c", 9, 10, []],
		]);
		const c = scan.entries[2];
		const text = scan.lines[9].text;
		expect(text.slice(c.valueStart, c.valueEnd)).toBe("3");
		expect(text.slice(c.commentStart)).toBe("# note");
	});

	it("reports lines that are not top-level properties", () => {
		expect(scanFrontmatter("- a\n- b\n").problems.map((p) => p.line)).toEqual([0, 1]);
		expect(scanFrontmatter("  indented: 1\na: 1\n").problems.map((p) => p.line)).toEqual([0]);
		expect(scanFrontmatter('a: "never closed\nb: 1\n').problems).toHaveLength(1);
		expect(scanFrontmatter("? complex\n: value\n").problems).toHaveLength(2);
		expect(scanFrontmatter("a: 1\nb: 2\n").problems).toEqual([]);
	});
});
