import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateYaml, makePrefilter, MAX_FRONTMATTER_BYTES, parseFrontmatterYaml, type NoteData } from "../../src/cli/frontmatter";
import { parseYaml } from "../../src/cli/yaml";
import { findFrontmatter } from "../../src/core/frontmatter-rule";
import { isInterviewNote } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { plainYamlReason } from "../../src/core/yaml-problems";

function failure(data: NoteData) {
	if (data.kind !== "failed") throw new Error(`expected a failure, got ${data.kind}`);
	return data.failure;
}

describe("finding the frontmatter from the head of a file", () => {
	it("gives the same answer from a head of the file as from the whole file, or asks for more", () => {
		const piece = fc.constantFrom("---", "---\n", "a: 1\n", "\r\n", "\n", "x", "----\n", "--- \n", "\uFEFF", "é");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(40), (parts, cut) => {
				const text = parts.join("");
				const whole = locateYaml(text, true);
				expect(whole).toBe(findFrontmatter(text)?.body ?? null);
				const n = Math.min(cut, text.length);
				const head = locateYaml(text.slice(0, n), n === text.length);
				if (head !== undefined) expect(head).toBe(whole);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("the one YAML reading (YAML 1.2 core schema)", () => {
	it("reads times, leading zeros and dates as YAML 1.2 does, not as YAML 1.1", () => {
		expect(parseYaml("t: 14:30\nz: 012\no: 0o12\nd: 2026-11-25\ndt: 2026-11-25T14:30:00\ny: yes\nn: no\nb: true\nx: ~")).toEqual({
			t: "14:30",
			z: 12,
			o: 10,
			d: "2026-11-25",
			dt: "2026-11-25T14:30:00",
			y: "yes",
			n: "no",
			b: true,
			x: null,
		});
	});

	it("keeps dates and date-times as the text written, and gives each key its line in the file", () => {
		const parsed = parseFrontmatterYaml("start: 2026-11-25T14:30:00\n# note\nday: 2026-11-25\nn: 3\nok: true\nempty:\nlist:\n  - a");
		expect(parsed).toEqual({
			kind: "parsed",
			frontmatter: { start: "2026-11-25T14:30:00", day: "2026-11-25", n: 3, ok: true, empty: null, list: ["a"] },
			keyLines: { start: 2, day: 4, n: 5, ok: 6, empty: 7, list: 8 },
		});
	});

	it("never builds anything from a tag: a JavaScript tag gives plain text", () => {
		const parsed = parseFrontmatterYaml('type: interview\nx: !!js/function "function () { globalThis.ifuTag = 1 }"');
		expect(parsed.kind).toBe("parsed");
		expect(typeof (parsed as { frontmatter: Record<string, unknown> }).frontmatter.x).toBe("string");
		expect((globalThis as Record<string, unknown>).ifuTag).toBeUndefined();
	});

	it.each([
		['type: interview\nrole: "Research\ncompany: X', 3, /double quote \(\"\) opened on this line/],
		["type: interview\nrole: 'Research\ncompany: X", 3, /single quote/],
		["type: interview\nstatus: a\nstatus: b", 4, /written twice/],
		["type: interview\ncompany: Acme: Labs", 3, /needs quotes/],
		["type: interview\n\tcompany: Acme", 3, /tab/],
		["type: interview\nx: *nowhere", undefined, /alias/],
		["- type: interview", 2, /a list, not properties/],
		["just interview words", 2, /single line of text/],
	])("turns %j into a plain reason on line %s", (text, line, reason) => {
		const f = failure(parseFrontmatterYaml(text));
		expect(f.line).toBe(line);
		expect(plainYamlReason(f)).toMatch(reason);
		expect(f.rawText).toBe(text);
	});

	it("refuses a frontmatter over the size limit without parsing it", () => {
		const f = failure(parseFrontmatterYaml(`a: "${"x".repeat(MAX_FRONTMATTER_BYTES)}"`));
		expect(f.reason).toMatch(/KB/);
	});

	it("refuses aliases that repeat values past a safe count (a billion-laughs note)", () => {
		const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
		for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
		expect(failure(parseFrontmatterYaml(lines.join("\n"))).reason).toMatch(/alias/i);
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
					data = parseYaml(text);
				} catch {
					// Broken YAML is reported only when it mentions "interview"; the prefilter passes those.
					if (/interview/i.test(text)) expect(makePrefilter(typeValue)(text)).toBe(true);
					return;
				}
				if (isInterviewNote(data as Record<string, unknown>, settings)) expect(makePrefilter(typeValue)(text)).toBe(true);
			}),
			{ numRuns: 1000 },
		);
	});

	it("rejects frontmatter that has nothing to do with interviews", () => {
		expect(makePrefilter("interview")("tags: [reading]\ncreated: 2025-01-01")).toBe(false);
	});
});
