import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { resolvePlain } from "../../src/cli/frontmatter";
import { parseSimpleYaml } from "../../src/cli/simple-yaml";

const jsYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

describe("the simple frontmatter reader", () => {
	it("reads typical interview frontmatter as js-yaml does", () => {
		const text = [
			"",
			"type: Interview",
			"company: \"[[Acme]]\"",
			"role: 'Platform engineer'",
			"interview_start: 2026-11-25T14:30",
			"check_in_sent: ",
			"count: 12",
			"ok: true",
			"nothing: ~",
			"tags: [person, 'a b', \"c\", 1.5]",
			"# a comment",
			"interviewers:",
			"  - \"[[Sam Lee]]\"",
			"  - name: Dana Okafor",
			"    email: dana@acme.example # work",
			"  - Plain Name",
			"aliases:",
			"- one",
			"- two",
			"empty:",
			"url: https://example.com/a#b",
		].join("\n");
		const simple = parseSimpleYaml(text, resolvePlain);
		expect(simple).toBeDefined();
		expect(simple).toEqual(jsYaml(text));
		expect(simple?.interview_start).toBe("2026-11-25T14:30");
	});

	it("leaves to js-yaml what it does not read itself", () => {
		for (const text of [
			"a: b: c",
			"a: |\n  block",
			"a: one\n  two",
			"a: 'open",
			"a:\n  nested: map",
			"a: x\na: y",
			"true: x",
			"a: \"esc\\n\"",
			"a: &anchor x",
			"a:\tb",
			"a: b\r\nc: d",
			"- top level list",
			"__proto__: x",
			"a: [[link]]",
			"a: [x,]",
		]) {
			expect(parseSimpleYaml(text, resolvePlain), text).toBeUndefined();
		}
	});

	// Lines built from the pieces frontmatter is made of, tricky ones included: whatever the simple
	// reader accepts must be exactly what js-yaml makes of it.
	const scalar = fc.constantFrom(
		"x", "Acme Robotics", "2026-11-25", "2026-11-25T14:30", "12", "-3", "0x1F", "0o17", "1_000", "1:30", "3.5", ".inf", "-.Inf", ".NaN", "1e3",
		"true", "False", "TRUE", "yes", "no", "null", "Null", "~", "", "a # c", "a#b", "https://x.example/p?q=1", "a: b", "a:", ":a", "'q'", "\"d\"", "'it''s'",
		"\"a \\\" b\"", "[a, b]", "[]", "[ 'x' , \"y\" ]", "[a,,b]", "[a, [b]]", "{a: 1}", "-", "- x", "?x", "@x", "`x`", "%x", "!x", "&a x", "*a", "|", ">",
		"é ü", "x ", "  x", "\tx", "'unclosed", "\"unclosed", "x ]", "a, b", "0", "+1", "-0", "0.", ".5", "1,000",
	);
	const key = fc.constantFrom("type", "company", "name", "email", "a b", "true", "1", "x-y", "_k", "null", "__proto__", "Key", "k:");
	const line = fc.oneof(
		fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
		fc.tuple(key, scalar).map(([k, v]) => `${k}:${v}`),
		key.map((k) => `${k}:`),
		fc.tuple(fc.constantFrom("", "  ", " ", "    "), scalar).map(([i, v]) => `${i}- ${v}`),
		fc.tuple(fc.constantFrom("", "  ", "   ", "    ", "      "), key, scalar).map(([i, k, v]) => `${i}${k}: ${v}`),
		fc.tuple(fc.constantFrom("", "  ", "    "), key, scalar).map(([i, k, v]) => `${i}- ${k}: ${v}`),
		fc.constantFrom("", "  ", "# comment", "  # indented", "---", "...", "%YAML 1.2"),
	);

	it("resolves plain scalars as js-yaml's schema does", () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.stringMatching(/^[-+.~0-9a-zA-Z_:]{1,8}$/)), (text) => {
				fc.pre(text.trim() === text && text !== "" && !/[\n\r\t#:,[\]{}'"&*!|>%@`?]/.test(text) && !/^-( |$)/.test(text));
				expect(resolvePlain(text)).toStrictEqual((jsYaml(`k: ${text}`) as { k: unknown }).k);
			}),
			{ numRuns: 5_000 },
		);
	});

	it("never differs from js-yaml", () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
				const text = `\n${lines.join("\n")}`;
				const simple = parseSimpleYaml(text, resolvePlain);
				if (simple === undefined) return;
				expect(simple).toStrictEqual(jsYaml(text));
			}),
			{ numRuns: 20_000 },
		);
	});

	// Whole documents shaped as frontmatter usually is, so that most are read by the simple reader.
	const entry = fc.oneof(
		fc.tuple(key, scalar).map(([k, v]) => [`${k}: ${v}`]),
		key.map((k) => [`${k}:`]),
		fc
			.tuple(
				key,
				fc.constantFrom("", "  ", "    "),
				fc.array(
					fc.oneof(
						scalar.map((v) => [`- ${v}`]),
						fc.tuple(fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }), fc.constantFrom("  ", "   ", " ")).map(([pairs, gap]) =>
							pairs.map(([k, v], i) => `${i === 0 ? "- " : gap}${k}: ${v}`),
						),
						fc.constantFrom(["# note"], [""]),
					),
					{ maxLength: 4 },
				),
			)
			.map(([k, indent, items]) => [`${k}:`, ...items.flat().map((l) => (l === "" || l.startsWith("#") ? l : indent + l))]),
	);

	it("never differs from js-yaml on whole frontmatter blocks", () => {
		let read = 0;
		fc.assert(
			fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
				const text = `\n${entries.flat().join("\n")}`;
				const simple = parseSimpleYaml(text, resolvePlain);
				if (simple === undefined) return;
				read++;
				expect(simple).toStrictEqual(jsYaml(text));
			}),
			{ numRuns: 20_000 },
		);
		// The property must be about the simple reader, not about what it leaves to js-yaml.
		expect(read).toBeGreaterThan(1_000);
	});
});
