import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parsePlainYaml, resolvePlain } from "../../src/cli/plain-yaml";

/** The full reading the fast one stands in for (src/cli/yaml.ts without its fast path). */
const full = (text: string): unknown => parse(text, { version: "1.2", schema: "core", merge: false, uniqueKeys: true, maxAliasCount: 100, logLevel: "error" });

describe("the simple frontmatter reader", () => {
	it("reads typical interview frontmatter as the full reader does", () => {
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
		const simple = parsePlainYaml(text);
		expect(simple).toBeDefined();
		expect(simple).toEqual(full(text));
		expect(simple?.interview_start).toBe("2026-11-25T14:30");
	});

	it("leaves to the full reader what it does not read itself", () => {
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
			expect(parsePlainYaml(text), text).toBeUndefined();
		}
	});

	// Lines built from the pieces frontmatter is made of, tricky ones included: whatever the simple
	// reader accepts must be exactly what the full reader makes of it.
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

	it("resolves plain scalars as the full reader's schema does", () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.stringMatching(/^[-+.~0-9a-zA-Z_:]{1,8}$/)), (text) => {
				fc.pre(text.trim() === text && text !== "" && !/[\n\r\t#:,[\]{}'"&*!|>%@`?]/.test(text) && !/^-( |$)/.test(text));
				expect(resolvePlain(text)).toStrictEqual((full(`k: ${text}`) as { k: unknown }).k);
			}),
			{ numRuns: 800 },
		);
	});

	it("never differs from the full reader", () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
				const text = `\n${lines.join("\n")}`;
				const simple = parsePlainYaml(text);
				if (simple === undefined) return;
				expect(simple).toStrictEqual(full(text));
			}),
			{ numRuns: 1_500 },
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

	it("never differs from the full reader on whole frontmatter blocks", () => {
		let read = 0;
		fc.assert(
			fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), (entries) => {
				const text = `\n${entries.flat().join("\n")}`;
				const simple = parsePlainYaml(text);
				if (simple === undefined) return;
				read++;
				expect(simple).toStrictEqual(full(text));
			}),
			{ numRuns: 1_500 },
		);
		// The property must be about the simple reader, not about what it leaves to the full reader.
		expect(read).toBeGreaterThan(75);
	});
});
