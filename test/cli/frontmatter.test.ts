import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { explainYamlError, locateFrontmatter, makePrefilter, MAX_FRONTMATTER_BYTES, parseFrontmatterText, readFrontmatter } from "../../src/cli/frontmatter";
import { findFrontmatter } from "../../src/core/frontmatter-text";
import { isInterviewNote } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const bytes = (text: string) => Buffer.from(text, "utf8");

function locateText(text: string) {
	const b = bytes(text);
	const found = locateFrontmatter(b, b.length, true);
	if (found.kind !== "found") return null;
	return { yaml: b.toString("utf8", found.start, found.end), fence: found.fence };
}

describe("finding the frontmatter in a file's bytes", () => {
	it.each([
		["---\na: 1\n---\nbody", "a: 1"],
		["---\r\na: 1\r\n---\r\nbody", "a: 1"],
		["\uFEFF---\na: 1\n---\n", "a: 1"],
		["---\na: 1\n---", "a: 1"],
		["---\na: 1\n---   \nbody", "a: 1"],
		["---\n---\n", ""],
		["---\na: 1\n----\nb: 2\n---\n", "a: 1\n----\nb: 2"],
	])("%j has frontmatter %j", (text, yamlText) => {
		expect(locateText(text)?.yaml).toBe(yamlText);
	});

	it.each(["---js\nx\n---\n", "--- \na: 1\n---\n", "----\na: 1\n---\n", "---\na: 1\n", "# title\n---\na: 1\n---\n", "", "---", " ---\na: 1\n---\n"])(
		"%j has none",
		(text) => {
			expect(locateText(text)).toBeNull();
		},
	);

	it("agrees with the writer's findFrontmatter on any text", () => {
		const piece = fc.constantFrom("---", "--- ", "----", "---js", "\n", "\r\n", "\r", "a: 1", " ", "\t", "\uFEFF", "x", "-", "é");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
				const text = parts.join("");
				const mine = locateText(text);
				const theirs = findFrontmatter(text);
				if (theirs === null) {
					expect(mine).toBeNull();
					return;
				}
				expect(mine).not.toBeNull();
				expect(mine?.yaml).toBe(theirs.body.replace(/\n$/, "").replace(/\r$/, ""));
			}),
			{ numRuns: 3000 },
		);
	});

	it("gives the same answer from a head of the file as from the whole file, or asks for more", () => {
		const piece = fc.constantFrom("---", "---\n", "a: 1\n", "\r\n", "\n", "x", "----\n", "--- \n");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(40), (parts, cut) => {
				const b = bytes(parts.join(""));
				const whole = locateFrontmatter(b, b.length, true);
				const n = Math.min(cut, b.length);
				const head = locateFrontmatter(b, n, n === b.length);
				if (head.kind !== "more") expect(head).toEqual(whole);
			}),
			{ numRuns: 3000 },
		);
	});

	it("reports the file line of the closing fence to the parser", () => {
		const b = bytes("---\n# comment\na: [\n---\n");
		const read = readFrontmatter(b, b.length, true, null);
		expect(read).toMatchObject({ kind: "parsed", note: { parseError: { line: 3 } } });
	});
});

describe("parsing the YAML", () => {
	it("keeps dates and date-times as the text written, numbers and booleans as YAML says", () => {
		const parsed = parseFrontmatterText("start: 2026-11-25T14:30:00\nday: 2026-11-25\nn: 3\nok: true\nempty:\nlist:\n  - a", 8, 60);
		expect(parsed.frontmatter).toEqual({ start: "2026-11-25T14:30:00", day: "2026-11-25", n: 3, ok: true, empty: null, list: ["a"] });
		expect(parsed.parseError).toBeUndefined();
	});

	it("gives each top-level key its line in the file", () => {
		const parsed = parseFrontmatterText("type: interview\n# note\ncompany: Acme\ninterviewers:\n  - Sam", 7, 60);
		expect({ ...parsed.keyLines }).toEqual({ type: 2, company: 4, interviewers: 5 });
		expect(parsed.keyLines?.company).toBe(4);
	});

	it("refuses JavaScript types instead of building functions", () => {
		const parsed = parseFrontmatterText('type: interview\nx: !!js/function "function () { globalThis.ifuTag = 1 }"', 4, 60);
		expect(parsed.parseError?.reason).toMatch(/YAML tag/);
		expect((globalThis as Record<string, unknown>).ifuTag).toBeUndefined();
	});

	it.each([
		['type: interview\nrole: "Research\ncompany: X', 3, /double quote/],
		["type: interview\nstatus: a\nstatus: b", 4, /written twice/],
		["type: interview\ncompany: Acme: Labs", 3, /needs quotes/],
		["- type: interview", 2, /a list, not properties/],
		["just interview words", 2, /single line of text/],
	])("turns %j into a plain reason on line %i", (text, line, reason) => {
		const parsed = parseFrontmatterText(text, 5, text.length);
		expect(parsed.frontmatter).toBeNull();
		expect(parsed.parseError?.line).toBe(line);
		expect(parsed.parseError?.reason).toMatch(reason);
		expect(parsed.parseError?.rawText).toBe(text);
	});

	it("keeps js-yaml's wording when there is no plainer one", () => {
		expect(explainYamlError("some new error")).toBe("some new error");
	});

	it("refuses a frontmatter over the size limit without parsing it", () => {
		const parsed = parseFrontmatterText("a: b", 3, MAX_FRONTMATTER_BYTES + 1);
		expect(parsed.parseError?.reason).toMatch(/KB/);
	});
});

describe("the prefilter", () => {
	const interviewish = fc.constantFrom("interview", "Interview", "INTERVIEW", "InTeRvIeW", " interview ", "'interview'", '"interview"', '"\\x69nterview"', '"\\u0069nterview"', "job talk", "'it''s'");
	const key = fc.constantFrom("type", "Type", "kind", '"type"', "'type'", "? type\n:");
	const filler = fc.constantFrom("", "company: Acme\n", "# interview prep\n", "tags: [a]\n", "x: &v interview\n");

	it("never rejects a note the full rules would take for an interview, whatever the settings", () => {
		fc.assert(
			fc.property(key, interviewish, filler, filler, fc.constantFrom("interview", "Interview ", "job talk", "it's", "intervjú"), fc.constantFrom("type", "kind"), (k, v, before, after, typeValue, typeKey) => {
				const text = `${before}${k} ${k.endsWith(":") ? "" : ": "}${v}\n${after}`.replace(": :", ":");
				const settings = { ...DEFAULT_SETTINGS, typeKey, typeValue };
				let data: unknown;
				try {
					data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
				} catch {
					// Broken YAML is reported only when it mentions "interview"; the prefilter passes those.
					if (/interview/i.test(text)) expect(makePrefilter(typeValue)(text)).toBe(true);
					return;
				}
				if (isInterviewNote(data as Record<string, unknown>, settings)) expect(makePrefilter(typeValue)(text)).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	it("rejects frontmatter that has nothing to do with interviews", () => {
		expect(makePrefilter("interview")("tags: [reading]\ncreated: 2025-01-01")).toBe(false);
	});
});
