import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { anyCodeUnits } from "../builders/arbitraries";
import { parse, parseDocument, isMap, isScalar, stringify } from "yaml";
import {
	appendLogLine,
	appendUnderHeading,
	applyMark,
	applySnooze,
	clearSnooze,
	formatLocalDate,
	formatLocalDateTime,
	MARK_EVENT_KEYS,
	MARK_EVENTS,
	markEventLabel,
	setFrontmatterKeys,
	WriteError,
	yamlScalar,
	type MarkEvent,
} from "../../src/core/writer";
import { findFrontmatter, frontmatterKeyLines } from "../../src/core/frontmatter-text";

/** A local wall-clock instant: the writer formats local time, so tests read the same in every TZ. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi);

const AT = local(2026, 11, 25, 14, 30);

function yamlOf(text: string): Record<string, unknown> {
	const fm = findFrontmatter(text);
	if (!fm) throw new Error("no frontmatter");
	return (parse(fm.body, { schema: "core", uniqueKeys: false }) ?? {}) as Record<string, unknown>;
}

describe("setFrontmatterKeys", () => {
	it("replaces a plain value in place and leaves every other line alone", () => {
		const note = "---\ntype: interview\nthank_you_sent: 2026-11-20T10:00\ncompany: Acme\n---\nBody\n";
		expect(setFrontmatterKeys(note, { thank_you_sent: "2026-11-25T14:30" })).toBe(
			"---\ntype: interview\nthank_you_sent: 2026-11-25T14:30\ncompany: Acme\n---\nBody\n",
		);
	});

	it("keeps comment lines, other keys' quoting and key order", () => {
		const note = [
			"---",
			"# Interview with Acme",
			"type: 'interview'",
			'company: "Acme, Inc."',
			"status: active",
			"",
			"# records below",
			"role: Engineer",
			"---",
			"",
		].join("\n");
		expect(setFrontmatterKeys(note, { status: "closed" })).toBe(note.replace("status: active", "status: closed"));
	});

	it("edits beside a key that starts with a character YAML does not count as white space (a line separator, a no-break space)", () => {
		for (const key of ["\u2028", "\u00a0note", "\u3000x"]) {
			const yaml = stringify({ [key]: "kept", other: 1 });
			const out = setFrontmatterKeys(`---\n${yaml}---\nbody\n`, { other: "2026-11-25" });
			expect(parse(findFrontmatter(out)!.body, { schema: "core" }), JSON.stringify(key)).toEqual({ [key]: "kept", other: "2026-11-25" });
		}
	});

	it("keeps the key as written when it is quoted", () => {
		const note = "---\n\"thank_you_sent\": \n'status': active\n---\n";
		expect(setFrontmatterKeys(note, { thank_you_sent: "2026-11-25T14:30", status: "closed" })).toBe(
			"---\n\"thank_you_sent\": 2026-11-25T14:30\n'status': closed\n---\n",
		);
	});

	it("fills an empty value", () => {
		expect(setFrontmatterKeys("---\nthank_you_sent:\nrole: x\n---\n", { thank_you_sent: "2026-11-25T14:30" })).toBe(
			"---\nthank_you_sent: 2026-11-25T14:30\nrole: x\n---\n",
		);
	});

	it("keeps a trailing comment on the key line", () => {
		const note = "---\nthank_you_sent: 2026-11-20   # sent from my phone\nnext_steps_asked:  # ask Sam\n---\n";
		expect(
			setFrontmatterKeys(note, { thank_you_sent: "2026-11-25T14:30", next_steps_asked: "2026-11-25T15:00" }),
		).toBe("---\nthank_you_sent: 2026-11-25T14:30   # sent from my phone\nnext_steps_asked: 2026-11-25T15:00 # ask Sam\n---\n");
	});

	it("replaces a quoted value that holds a # or a colon", () => {
		const note = "---\nstatus: \"active # for now\"\nnote: 'a: b' # c\nx: 1\n---\n";
		expect(setFrontmatterKeys(note, { status: "closed", note: "plain" })).toBe(
			"---\nstatus: closed\nnote: plain # c\nx: 1\n---\n",
		);
	});

	it("replaces a flow list, even one spread over lines", () => {
		const note = "---\ntags: [a, b]\nother: [x,\n  'y # z',\n  w] # end\nrole: r\n---\n";
		expect(setFrontmatterKeys(note, { tags: "one", other: "two" })).toBe(
			"---\ntags: one\nother: two\nrole: r\n---\n",
		);
	});

	it("replaces a block list, indented or at column 0, keeping comment lines inside it", () => {
		const note = "---\nstatus:\n  - active\n  # why a list?\n  - x\ntags:\n- a\n- b\nrole: r\n---\n";
		expect(setFrontmatterKeys(note, { status: "closed", tags: "t" })).toBe(
			"---\nstatus: closed\n  # why a list?\ntags: t\nrole: r\n---\n",
		);
	});

	it("replaces literal and folded text whose lines look like comments or keys", () => {
		const note = "---\nnext_steps: |\n  They said:\n  # two weeks\n  role: not a key\n\nfocus: >-\n  long\n  text\nrole: r\n---\n";
		const out = setFrontmatterKeys(note, { next_steps: "asked", focus: "short" });
		expect(out).toBe("---\nnext_steps: asked\n\nfocus: short\nrole: r\n---\n");
		expect(yamlOf(out)).toEqual({ next_steps: "asked", focus: "short", role: "r" });
	});

	it("keeps CRLF line endings, and a mix stays as it was on untouched lines", () => {
		const crlf = "---\r\ntype: interview\r\nstatus: active\r\n---\r\nBody\r\n";
		expect(setFrontmatterKeys(crlf, { status: "closed", closed_on: "2026-11-25" })).toBe(
			"---\r\ntype: interview\r\nstatus: closed\r\nclosed_on: 2026-11-25\r\n---\r\nBody\r\n",
		);
		const mixed = "---\r\ntype: interview\nstatus: active\r\nrole: r\n---\nBody";
		expect(setFrontmatterKeys(mixed, { status: "closed", closed_on: "2026-11-25" })).toBe(
			"---\r\ntype: interview\nstatus: closed\r\nrole: r\nclosed_on: 2026-11-25\r\n---\nBody",
		);
	});

	it("keeps a note without a final newline as it is", () => {
		expect(setFrontmatterKeys("---\na: 1\n---", { a: "two" })).toBe("---\na: two\n---");
		expect(setFrontmatterKeys("---\na: 1\n---\nlast line", { b: "x" })).toBe("---\na: 1\nb: x\n---\nlast line");
	});

	it("appends an absent key just above the closing fence", () => {
		expect(setFrontmatterKeys("---\ntype: interview\n# trailing comment\n---\n", { status: "closed" })).toBe(
			"---\ntype: interview\n# trailing comment\nstatus: closed\n---\n",
		);
		expect(setFrontmatterKeys("---\n---\nBody", { status: "closed" })).toBe("---\nstatus: closed\n---\nBody");
	});

	it("keeps one entry of a key written twice: the first is set, the others go", () => {
		const note = "---\nstatus: active\nrole: r\nstatus: offer # old\n  # about it\n---\n";
		const out = setFrontmatterKeys(note, { status: "closed" });
		expect(out).toBe("---\nstatus: closed\nrole: r\n  # about it\n---\n");
		expect(() => parse(findFrontmatter(out)!.body)).not.toThrow();
	});

	it("removes a key set to null, and changes nothing when it is absent", () => {
		const note = "---\nsnoozed_until: 2026-12-01T09:00\nrole: r\n---\n";
		expect(setFrontmatterKeys(note, { snoozed_until: null })).toBe("---\nrole: r\n---\n");
		expect(setFrontmatterKeys("---\nrole: r\n---\n", { snoozed_until: null })).toBe("---\nrole: r\n---\n");
	});

	it("writes dates unquoted and quotes text a YAML reader would misread", () => {
		expect(yamlScalar("2026-11-25T14:30")).toBe("2026-11-25T14:30");
		expect(yamlScalar("2026-11-25")).toBe("2026-11-25");
		expect(yamlScalar("closed")).toBe("closed");
		for (const v of ["a: b", "x #y", "[[Sam Lee]]", "- item", "true", "123", "null", "", " lead", "yes", "#tag", "line\nbreak", '"q"']) {
			const written = yamlScalar(v);
			expect(written.startsWith('"'), v).toBe(true);
			expect(parse(`k: ${written}`, { schema: "core" }).k).toBe(v);
		}
	});

	it("keeps a byte-order mark", () => {
		expect(setFrontmatterKeys("\ufeff---\na: 1\n---\n", { a: "two" })).toBe("\ufeff---\na: two\n---\n");
	});

	it("refuses a note without frontmatter, or with JavaScript front matter, and says why", () => {
		for (const note of ["Just text\n", "---js\n{ a: 1 }\n---\n", "--- \na: 1\n---\n", "---\na: 1\n"]) {
			expect(() => setFrontmatterKeys(note, { a: "2" })).toThrow(WriteError);
		}
		expect(() => setFrontmatterKeys("# Note\n", { a: "2" })).toThrow(/no frontmatter/);
	});

	it("refuses frontmatter it cannot edit safely rather than guess", () => {
		for (const yaml of ["- a\n- b\n", "a: 'open\nb: 1\n", "? complex\n: v\n", "a: 1\rb: 2\n"]) {
			expect(() => setFrontmatterKeys(`---\n${yaml}---\n`, { a: "2" }), JSON.stringify(yaml)).toThrow(WriteError);
		}
	});
});

describe("appendUnderHeading", () => {
	it("adds the line after the last line of the section, before the next heading", () => {
		const note = "---\na: 1\n---\n# Acme\n\n## Follow-up log\n- 2026-11-20 10:00 Thank-you sent\n\n## Notes\ntext\n";
		expect(appendLogLine(note, "2026-11-25 14:30 Check-in sent")).toBe(
			"---\na: 1\n---\n# Acme\n\n## Follow-up log\n- 2026-11-20 10:00 Thank-you sent\n- 2026-11-25 14:30 Check-in sent\n\n## Notes\ntext\n",
		);
	});

	it("keeps subsections of level 3 inside the section", () => {
		const note = "## Follow-up log\n- a\n### Details\nmore\n\n# Next\n";
		expect(appendLogLine(note, "b")).toBe("## Follow-up log\n- a\n### Details\nmore\n- b\n\n# Next\n");
	});

	it("matches the heading whatever its case and closing hashes", () => {
		expect(appendLogLine("## follow-up LOG ##  \n- a\n", "b")).toBe("## follow-up LOG ##  \n- a\n- b\n");
	});

	it("puts the line right under a heading whose section is empty", () => {
		expect(appendLogLine("## Follow-up log\n\n## Notes\n", "b")).toBe("## Follow-up log\n- b\n\n## Notes\n");
	});

	it("creates the heading at the end, one blank line below the text", () => {
		expect(appendLogLine("---\na: 1\n---\n# Acme\nNotes", "x")).toBe(
			"---\na: 1\n---\n# Acme\nNotes\n\n## Follow-up log\n- x\n",
		);
		expect(appendLogLine("Notes\n\n", "x")).toBe("Notes\n\n## Follow-up log\n- x\n");
		expect(appendLogLine("", "x")).toBe("## Follow-up log\n- x\n");
	});

	it("ignores a heading inside a code fence or in the frontmatter", () => {
		const note = "---\n## Follow-up log\n---\n```md\n## Follow-up log\n```\n~~~\n## Follow-up log\n~~~\n";
		expect(appendLogLine(note, "x")).toBe(note + "\n## Follow-up log\n- x\n");
	});

	it("uses the note's CRLF line endings and adds a missing final one", () => {
		expect(appendLogLine("a\r\n\r\n## Follow-up log\r\n- a", "b")).toBe("a\r\n\r\n## Follow-up log\r\n- a\r\n- b\r\n");
		expect(appendUnderHeading("x\r\n", "Follow-up drafts", "### Draft\nbody")).toBe(
			"x\r\n\r\n## Follow-up drafts\r\n### Draft\r\nbody\r\n",
		);
	});
});

describe("applyMark", () => {
	const note = "---\ntype: interview\nthank_you_sent:\nstatus: active\n---\n# Acme\n";

	it("records a thank-you: local date-time in the key and a dated log line", () => {
		expect(applyMark(note, "thank-you-sent", AT)).toBe(
			"---\ntype: interview\nthank_you_sent: 2026-11-25T14:30\nstatus: active\n---\n# Acme\n\n## Follow-up log\n- 2026-11-25 14:30 Thank-you sent\n",
		);
	});

	it("writes date-only keys as dates", () => {
		const out = applyMark(note, "linkedin-requested", AT);
		expect(out).toContain("\nlinkedin_requested: 2026-11-25\n---");
		expect(out).toContain("- 2026-11-25 14:30 LinkedIn invitation sent\n");
		expect(applyMark(note, "handwritten-note-sent", AT)).toContain("handwritten_note_sent: 2026-11-25\n");
	});

	it("closes a note: status, closed_on and a log line", () => {
		const out = applyMark(note, "closed", AT);
		expect(yamlOf(out)).toMatchObject({ status: "closed", closed_on: "2026-11-25" });
		expect(out.endsWith("## Follow-up log\n- 2026-11-25 14:30 Closed\n")).toBe(true);
	});

	it("replaces a value rather than adding a second key", () => {
		const once = applyMark(note, "reply-received", AT);
		const twice = applyMark(once, "reply-received", local(2026, 11, 26, 9, 5));
		expect(twice.match(/^reply_received:/gm)).toHaveLength(1);
		expect(twice).toContain("reply_received: 2026-11-26T09:05\n");
		expect(twice).toContain("- 2026-11-25 14:30 Reply received\n- 2026-11-26 09:05 Reply received\n");
	});

	it("sets the key of every event and logs it in its own words", () => {
		for (const event of MARK_EVENTS) {
			const out = applyMark(note, event, AT);
			for (const key of MARK_EVENT_KEYS[event]) expect(yamlOf(out)[key], event).toBeTruthy();
			expect(out).toContain(`- 2026-11-25 14:30 ${markEventLabel(event)}\n`);
		}
		expect(new Set(MARK_EVENTS.map(markEventLabel)).size).toBe(MARK_EVENTS.length);
		expect(MARK_EVENTS).not.toContain("snoozed");
	});

	it("leaves a note without frontmatter untouched by throwing", () => {
		expect(() => applyMark("# No frontmatter\n", "closed", AT)).toThrow(WriteError);
		expect(() => applyMark(note, "closed", new Date(Number.NaN))).toThrow(WriteError);
	});
});

describe("snoozing", () => {
	const note = "---\ntype: interview\n---\nBody\n";

	it("sets snoozed_until without a log line, and clears it", () => {
		const snoozed = applySnooze(note, local(2026, 12, 1, 9, 0), AT);
		expect(snoozed).toBe("---\ntype: interview\nsnoozed_until: 2026-12-01T09:00\n---\nBody\n");
		expect(clearSnooze(snoozed)).toBe(note);
		expect(applyMark(note, "snoozed" as MarkEvent, local(2026, 12, 1, 9, 0))).toBe(snoozed);
	});

	it("refuses a snooze that ends before now", () => {
		expect(() => applySnooze(note, local(2026, 11, 1), AT)).toThrow(WriteError);
	});
});

describe("formatLocalDateTime / formatLocalDate", () => {
	it("write local wall-clock time as Obsidian's Properties do", () => {
		expect(formatLocalDateTime(local(2026, 3, 8, 2, 5))).toMatch(/^2026-03-08T0\d:05$/);
		expect(formatLocalDateTime(local(2026, 1, 2, 23, 59))).toBe("2026-01-02T23:59");
		expect(formatLocalDate(local(2026, 1, 2, 23, 59))).toBe("2026-01-02");
	});
});

// ---------------------------------------------------------------------------------------------
// Property: a frontmatter write changes the touched entries and nothing else.

type Role = "key" | "content" | "comment" | "blank";
interface ModelLine {
	text: string;
	role: Role;
}
interface Entry {
	kind: "entry";
	key: string;
	/** Everything before the value on the key line, up to and including the separator. */
	prefix: string;
	/** False when the value starts on the next line (a block list or map). */
	valueOnLine: boolean;
	/** A `|` or `>` value: it takes in indented and blank lines below it. */
	block: boolean;
	/** Trailing comment (with its leading spaces) on the key line, or "". */
	comment: string;
	lines: ModelLine[];
}
interface Filler {
	kind: "filler";
	lines: ModelLine[];
}
type Chunk = Entry | Filler;

const KEYS = ["type", "company", "thank_you_sent", "status", "closed_on", "interviewers", "tags", "snoozed_until"];
const WORDS = ["Acme", "Senior engineer", "2026-11-25T14:30", "2026-11-25", "42", "true", "it's fine", "a:b", "x#y", "déjà vu", "🎉 party", "null", "~", "C++ / Rust"];
const word = fc.constantFrom("alpha", "beta gamma", "x:y", "1", "Sam Lee", "été");
const comment = fc.constantFrom("# note", "#", "# a: b # c");
const chars = (extra: string[]) => fc.string({ unit: fc.constantFrom("a", "b", " ", "#", ":", "é", "🎉", "-", ...extra), maxLength: 8 });

const keyText = (key: string) => fc.constantFrom(key, `'${key}'`, `"${key}"`);
const sep = fc.constantFrom(" ", "  ", "\t");
const trailing = fc.option(fc.tuple(fc.constantFrom(" ", "   "), comment).map(([ws, c]) => ws + c), { nil: "" });

interface ValueShape {
	value: string;
	comment: boolean;
	more: ModelLine[];
	empty?: boolean;
}

const content = (text: string): ModelLine => ({ text, role: "content" });

/** Values written in every style YAML offers; `comment` says whether the key line may end in one. */
const valueShape: fc.Arbitrary<ValueShape> = fc.oneof(
	fc.constantFrom(...WORDS).map((value) => ({ value, comment: true, more: [] })),
	chars(["'", '"', "\\"]).map((s) => ({ value: `'${s.replace(/'/g, "''")}'`, comment: true, more: [] })),
	chars(["'", '"', "\\", "\n", "\t", "\u0001"]).map((s) => ({ value: JSON.stringify(s), comment: true, more: [] })),
	fc.tuple(word, word).map(([a, b]) => ({ value: `"${a}`, comment: false, more: [content(`  ${b}"`)] })),
	fc.constantFrom("[a, \"b, c\", 'd e']", "{x: 1, y: [2, 3]}", "[]", "[[Sam Lee]]").map((value) => ({ value, comment: true, more: [] })),
	fc.constantFrom<[string, string[]]>(["[a,", ["  'b # c',", "  d]"]], ["{x: 1,", ["  y: 2}"]], ["[a, # c", ["  b]"]]).map(([value, rest]) => ({
		value,
		comment: false,
		more: rest.map(content),
	})),
	fc
		.tuple(
			fc.constantFrom("|", "|-", "|+", ">", ">-", "|2"),
			fc.array(fc.constantFrom("# not a comment", "key: not a key", "    more indented", "- not a list", ""), { maxLength: 4 }),
		)
		.map(([header, body]) => ({
			value: header,
			comment: true,
			more: ["line one", ...body].map((t): ModelLine => (t === "" ? { text: "", role: "blank" } : content(`  ${t}`))),
		})),
);

/** Values that start on the next line: block lists and maps. Interior comments are kept on rewrite. */
const belowShape: fc.Arbitrary<ValueShape> = fc
	.tuple(
		fc.constantFrom<[string, string[]]>(
			["indented list", ["  - a", '  - "b: c"', "  - name: Sam", "    email: sam@acme.example"]],
			["column-0 list", ["- a", "- 'b'", "- [c, d]"]],
			["map", ["  sub: 1", '  other: "x"']],
			["nothing", []],
		),
		fc.integer({ min: 0, max: 3 }),
		fc.constantFrom("# panel", "  # panel"),
	)
	.map(([[, items], at, c]) => {
		const more = items.map(content);
		// A comment line is only inside the entry when content follows it.
		if (more.length > 1) more.splice(Math.min(at, more.length - 1) || 1, 0, { text: c, role: "comment" });
		return { value: "", comment: true, more, empty: true };
	});

const entry: fc.Arbitrary<Entry> = fc
	.tuple(fc.constantFrom(...KEYS), sep, trailing, fc.oneof(valueShape, belowShape))
	.chain(([key, s, c, shape]) =>
		keyText(key).map((kt): Entry => {
			const cm = shape.comment ? c : "";
			const line = shape.empty ? `${kt}:${cm}` : `${kt}:${s}${shape.value}${cm}`;
			return {
				kind: "entry",
				key,
				prefix: shape.empty ? `${kt}:` : `${kt}:${s}`,
				valueOnLine: !shape.empty,
				block: /^[|>]/.test(shape.value),
				comment: cm,
				lines: [{ text: line, role: "key" }, ...shape.more],
			};
		}),
	);

const filler: fc.Arbitrary<Filler> = fc
	.constantFrom("", "# note", " # indented note", "   ")
	.map((text) => ({ kind: "filler", lines: [{ text, role: text.trim() === "" ? "blank" : "comment" }] }));

const eolArb = fc.constantFrom("\n", "\r\n");

const note = fc.record({
	bom: fc.boolean(),
	eol: eolArb,
	mixed: fc.boolean(),
	lineEols: fc.array(eolArb, { minLength: 60, maxLength: 60 }),
	chunks: fc.array(fc.oneof({ weight: 3, arbitrary: entry }, { weight: 1, arbitrary: filler }), { maxLength: 7 }),
	closing: fc.constantFrom("---", "---  "),
	body: fc.array(fc.constantFrom("# Title", "## Follow-up log", "- item", "key: v", "---", "", "text"), { maxLength: 5 }),
	finalEol: fc.boolean(),
});

const updateValue = fc.oneof(
	fc.constantFrom("2026-11-25T14:30", "2026-11-25", "closed", "a: b", "x #y", "- x", "[x]", "true", "123", "null", "", " lead", "trail ", "it's", '"q"', "\\", "line\nbreak", "tab\tx", "%p", "@a", "`t`", "*s", "&a", "!b", "|p", ">g", "?q", ":c", "~", "1e3", ".5", "0x1F", ".inf", "yes", "\u0085", "\u2028"),
	fc.string({ maxLength: 10 }),
	anyCodeUnits({ maxLength: 6 }),
);

const updatesArb = fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS, "next_steps_asked", "role"), fc.option(updateValue, { nil: null, freq: 3 })), {
	selector: ([k]) => k,
	maxLength: 4,
});

const HOLE = Symbol("value");
type Piece = string | typeof HOLE;

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("setFrontmatterKeys properties", () => {
	it("changes only the entries it writes, and writes values a YAML reader reads back", { timeout: 30_000 }, () => {
		fc.assert(
			fc.property(note, updatesArb, (n, updatePairs) => {
				let eolIndex = 0;
				const nextEol = () => (n.mixed ? n.lineEols[eolIndex++ % n.lineEols.length] : n.eol);
				const chunks = n.chunks.map((c) => ({ ...c, eols: c.lines.map(nextEol) }));
				const yamlText = chunks.map((c) => c.lines.map((l, i) => l.text + c.eols[i]).join("")).join("");
				const closing = n.closing + nextEol();
				const body = n.body.join(n.eol) + (n.body.length && n.finalEol ? n.eol : "");
				const text = (n.bom ? "\ufeff" : "") + "---" + n.eol + yamlText + closing + body;
				const before = parse(yamlText, { schema: "core", uniqueKeys: false }) ?? {};

				const updates = Object.fromEntries(updatePairs);

				// The model: untouched chunks verbatim; a touched entry becomes its key line with a new
				// value (first one) or nothing (repeats, nulls), plus its comment lines and trailing blanks.
				interface Expected {
					pieces: Piece[];
					holes: string[];
					text: string;
					/** Chunk index of an untouched multi-line entry starting on this line. */
					absorbing?: number;
				}
				const expected: Expected[] = [];
				const input: { text: string; absorbing?: number }[] = [];
				const lit = (text: string, eol: string, absorbing?: number) => expected.push({ pieces: [text + eol], holes: [], text, absorbing });
				const seen = new Set<string>();
				const keyLine: Record<string, number> = {};
				chunks.forEach((c, ci) => {
					const absorbing = c.kind === "entry" && (c.block || c.lines.length > 1) ? ci : undefined;
					c.lines.forEach((l, i) => input.push({ text: l.text, absorbing: i === 0 ? absorbing : undefined }));
					if (c.kind === "entry" && !(c.key in keyLine)) keyLine[c.key] = input.length - c.lines.length + 2;
					if (c.kind === "filler" || !(c.key in updates)) {
						c.lines.forEach((l, i) => lit(l.text, c.eols[i], i === 0 ? absorbing : undefined));
						return;
					}
					const value = updates[c.key];
					if (!seen.has(c.key) && value !== null) {
						const head = c.valueOnLine ? c.prefix : c.prefix + " ";
						const cm = c.comment === "" ? "" : c.valueOnLine ? c.comment : " " + c.comment.trimStart();
						expected.push({ pieces: [head, HOLE, cm + c.eols[0]], holes: [value], text: head + "x" + cm });
					}
					seen.add(c.key);
					let lastContent = 0;
					c.lines.forEach((l, i) => {
						if (l.role === "content") lastContent = i;
					});
					c.lines.forEach((l, i) => {
						if (i > 0 && (l.role === "comment" || i > lastContent)) lit(l.text, c.eols[i]);
					});
				});
				// A removed key no longer ends the multi-line value above it: blank lines that would join
				// that value go, and an indented comment that would join it makes the write refuse.
				const regionLength = (ls: { text: string }[], start: number) => {
					let j = start + 1;
					while (j < ls.length && (ls[j].text.trim() === "" || /^[ \t]/.test(ls[j].text))) j++;
					return j - start;
				};
				let refuses = false;
				for (let ci = 0; ci < chunks.length; ci++) {
					const pos = expected.findIndex((e) => e.absorbing === ci);
					if (pos === -1) continue;
					const grown = regionLength(expected, pos) - regionLength(input, input.findIndex((e) => e.absorbing === ci));
					const extra = expected.splice(pos + regionLength(expected, pos) - grown, grown);
					if (extra.some((e) => e.text.trim() !== "")) refuses = true;
				}
				if (refuses) {
					expect(() => setFrontmatterKeys(text, updates)).toThrow(WriteError);
					return;
				}
				const out = setFrontmatterKeys(text, updates);

				const pieces: Piece[] = [(n.bom ? "\ufeff" : "") + "---" + n.eol, ...expected.flatMap((e) => e.pieces)];
				const holes = expected.flatMap((e) => e.holes);
				for (const [key, value] of updatePairs) {
					if (value === null || seen.has(key)) continue;
					pieces.push(key + ": ", HOLE, n.eol);
					holes.push(value);
				}
				pieces.push(closing + body);

				// (b, d) every byte outside the touched entries, body and fences included, is unchanged
				const re = new RegExp("^" + pieces.map((p) => (p === HOLE ? "([^\\r\\n]*)" : escapeRe(p))).join("") + "$", "u");
				const m = re.exec(out);
				expect(m, JSON.stringify({ text, updates, out })).not.toBeNull();
				holes.forEach((v, i) => {
					expect(parse(`k: ${m![i + 1]}`, { schema: "core" }).k).toBe(v);
				});

				// (a) YAML reads the new values and every other key as before
				const fm = findFrontmatter(out)!;
				const after = parse(fm.body, { schema: "core", uniqueKeys: false }) ?? {};
				for (const [key, value] of updatePairs) {
					if (value === null) expect(after).not.toHaveProperty([key]);
					else expect(after[key]).toBe(value);
				}
				for (const key of Object.keys(before)) {
					if (!(key in updates)) expect(after[key]).toEqual(before[key]);
				}
				expect(Object.keys(after).every((k) => k in before || k in updates)).toBe(true);

				// (c) no key that was written appears twice
				const doc = parseDocument(fm.body, { schema: "core", uniqueKeys: false });
				if (isMap(doc.contents)) {
					const counts = new Map<unknown, number>();
					for (const item of doc.contents.items) {
						const k = isScalar(item.key) ? item.key.value : item.key;
						counts.set(k, (counts.get(k) ?? 0) + 1);
					}
					for (const key of Object.keys(updates)) expect(counts.get(key) ?? 0).toBeLessThanOrEqual(1);
				}

				// the key-line index agrees with where the model put each key
				expect({ ...frontmatterKeyLines(findFrontmatter(text)!.body) }).toEqual(keyLine);
			}),
			{ numRuns: 200 },
		);
	});

	it("edits any mapping the yaml library writes, keeping its other values and the body", { timeout: 30_000 }, () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.oneof(fc.string(), anyCodeUnits({ maxLength: 20 })).filter((k) => k !== "other"),
					fc.oneof(fc.jsonValue(), anyCodeUnits({ minLength: 60, maxLength: 200 }), fc.string({ minLength: 60, maxLength: 200 })),
					{ maxKeys: 4 },
				),
				fc.string(),
				(data, body) => {
					const yaml = stringify({ ...data, other: 1 });
					const text = `---\n${yaml}---\n${body}`;
					const out = setFrontmatterKeys(text, { other: "2026-11-25" });
					expect(out.slice(0, 4) + out.slice(-(body.length + 5))).toBe(`---\n\n---\n${body}`);
					const after = parse(findFrontmatter(out)!.body, { schema: "core" });
					expect(after).toEqual({ ...parse(yaml, { schema: "core" }), other: "2026-11-25" });
				},
			),
			{ numRuns: 300 },
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Property: appending under a heading only inserts.

const bodyLine = fc.constantFrom(
	"## Follow-up log",
	"## follow-up LOG ##",
	"# Title",
	"## Other",
	"### Sub",
	"- item",
	"text",
	"",
	"   ",
	"```\n## Follow-up log\n```",
	"~~~md\n# not a heading\n~~~",
);

const headingNote = fc
	.record({
		frontmatter: fc.boolean(),
		lines: fc.array(bodyLine, { maxLength: 8 }),
		eol: eolArb,
		finalEol: fc.boolean(),
	})
	.map(({ frontmatter, lines, eol, finalEol }) => {
		const all = (frontmatter ? ["---", "a: 1", "---"] : []).concat(lines.join("\n").split("\n"));
		const text = all.length === 1 && all[0] === "" ? "" : all.join(eol) + (finalEol ? eol : "");
		// A note of one line without an ending has none of its own: new lines get "\n".
		return { text, eol: text.includes("\n") ? eol : "\n" };
	});

function headingsOutsideFences(text: string): number {
	let inFence = false;
	let n = 0;
	const fm = findFrontmatter(text);
	for (const line of text.slice(fm ? fm.end : 0).split(/\r?\n/)) {
		if (/^(```|~~~)/.test(line)) inFence = !inFence;
		else if (!inFence && /^##\s+follow-up log(\s+#+)?\s*$/i.test(line)) n++;
	}
	return n;
}

describe("appendUnderHeading properties", () => {
	it("keeps every original byte in order: the only change is one insertion", { timeout: 30_000 }, () => {
		fc.assert(
			fc.property(headingNote, fc.constantFrom("- 2026-11-25 14:30 Thank-you sent", "first\nsecond"), ({ text, eol }, block) => {
				const out = appendUnderHeading(text, "Follow-up log", block);
				let prefix = 0;
				while (prefix < text.length && out[prefix] === text[prefix]) prefix++;
				let suffix = 0;
				while (suffix < text.length && out[out.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
				expect(prefix + suffix).toBeGreaterThanOrEqual(text.length);
				expect(out.length).toBeGreaterThan(text.length);
				expect(out).toContain(block.split("\n").join(eol) + eol);
				expect(headingsOutsideFences(out)).toBe(Math.max(1, headingsOutsideFences(text)));
			}),
			{ numRuns: 400 },
		);
	});

	it("groups successive log lines together", { timeout: 30_000 }, () => {
		fc.assert(
			fc.property(headingNote, ({ text, eol }) => {
				const out = appendLogLine(appendLogLine(text, "one"), "two");
				expect(out).toContain(`- one${eol}- two${eol}`);
			}),
			{ numRuns: 300 },
		);
	});
});
