import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadYaml } from "../../src/cli/frontmatter";
import { parseTemplateNote, type YamlReader } from "../../src/core/template-note";
import { parseYaml } from "../fakes/obsidian";

// The plugin reads template notes with Obsidian's parseYaml (the fake's stands in), the command line
// with its own reader: both must give the same template.
const readers: Array<[string, YamlReader]> = [
	["Obsidian's parseYaml", parseYaml],
	["the command line's reader", loadYaml],
];

describe.each(readers)("parseTemplateNote with %s", (_name, reader) => {
	const parse = (text: string) => parseTemplateNote(text, reader);

	it("reads a quoted or plain subject, and the rest as the body", () => {
		expect(parse('---\nsubject: "Thanks: {{role}}"\n---\nBody\n')).toEqual({ subject: "Thanks: {{role}}", body: "Body\n" });
		expect(parse("---\nsubject: Thanks, {{interviewer.first_name}}\n---\nBody")).toEqual({ subject: "Thanks, {{interviewer.first_name}}", body: "Body" });
		expect(parse("---\r\nsubject: 'It''s me'\r\n---\r\nBody\r\n")).toEqual({ subject: "It's me", body: "Body\r\n" });
		expect(parse("---\nsubject: 2026\n---\nBody").subject).toBe("2026");
	});

	it("takes a subject that starts with a placeholder as written, though it is not valid YAML", () => {
		expect(parse("---\nsubject: {{role}} interview\n---\nBody").subject).toBe("{{role}} interview");
		expect(parse("---\nsubject: {{role}}\n---\nBody").subject).toBe("{{role}}");
		expect(parse("---\r\nsubject:   '{{role}} chat'  \r\ntags: [a\r\n---\r\nBody").subject).toBe("{{role}} chat");
	});

	it("reads a note without frontmatter as a body with no subject", () => {
		expect(parse("Hi {{primary_contact}}")).toEqual({ subject: "", body: "Hi {{primary_contact}}" });
		expect(parse("---\n---\nBody")).toEqual({ subject: "", body: "Body" });
		expect(parse("---\ntags: [x]\n---\nBody")).toEqual({ subject: "", body: "Body" });
	});

	it("finds the frontmatter as Obsidian does: a byte-order mark, a closing fence with trailing blanks, never `---js`", () => {
		expect(parse("\uFEFF---\nsubject: Hi\n---  \nBody")).toEqual({ subject: "Hi", body: "Body" });
		expect(parse("---js\nsubject: Hi\n---\nBody")).toEqual({ subject: "", body: "---js\nsubject: Hi\n---\nBody" });
		expect(parse("---\nsubject: Hi\nno closing fence")).toEqual({ subject: "", body: "---\nsubject: Hi\nno closing fence" });
	});

	it("reads a long subject line in time that grows with its length", () => {
		// A line that is not YAML and has a long run of blanks before its end.
		const line = (n: number) => `---\nsubject: {{a}}${" ".repeat(n)}x${" ".repeat(n)}\n---\n`;
		expect(parse(line(200_000)).subject).toBe(`{{a}}${" ".repeat(200_000)}x`);
	});
});

describe("parseTemplateNote", () => {
	it("gives the same template whichever reader reads it", () => {
		// Plain words and sentences, as subjects are written. YAML's indicators (a leading `?`, `-`,
		// `[`, tags, anchors, aliases) are left out: the two readers still differ on those (the
		// command line reads YAML 1.1), and a subject line holds none.
		const plain = fc.string({ maxLength: 12 }).filter((s) => /^[^?:\-[\]{}#&*!|>'"%@`,\s]/.test(s) && !/[!&*]|: | #/.test(s));
		const value = fc.oneof(plain, fc.constantFrom("{{role}}", "{{role}} interview", "'quoted'", '"Thanks: {{company}}"', "2026-11-25", "true", ""));
		const note = fc.tuple(value, fc.constantFrom("\n", "\r\n"), fc.string({ maxLength: 20 })).map(([subject, eol, body]) => `---${eol}subject: ${subject}${eol}---${eol}${body}`);
		fc.assert(
			fc.property(note, (text) => {
				expect(parseTemplateNote(text, loadYaml)).toEqual(parseTemplateNote(text, parseYaml));
			}),
			{ numRuns: 300 },
		);
	});
});
