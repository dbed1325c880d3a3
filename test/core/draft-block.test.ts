import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { draftBlock, insertDraftUnderHeading, markdownText } from "../../src/core/draft-block";
import type { Draft } from "../../src/core/drafts";
import { MAILTO_SAFE_LENGTH, buildMailto, parseMailto } from "../../src/core/mailto";
import { local } from "../builders/interview";

const now = local("2026-11-25T17:00");

function email(body: string, to = [{ name: "Dana Whitfield", email: "dana@acme.example" }]): Draft {
	const subject = "Thank you — Platform engineer interview";
	const addresses = to.flatMap((r) => (r.email ? [r.email] : []));
	return { kind: "thank-you", variant: "personal", to, subject, body, mailto: buildMailto(addresses, subject, body) };
}

describe("draftBlock", () => {
	it("writes heading, recipient, subject, body and a mail link", () => {
		const draft = email("Hi Dana,\n\nThank you (really).\n\nBest regards,\nJordan");
		expect(draftBlock(draft, now)).toBe(
			[
				"### Thank-you to Dana Whitfield — 2026-11-25",
				"**To:** Dana Whitfield (dana\\@acme.example)",
				"**Subject:** Thank you — Platform engineer interview",
				"",
				"Hi Dana,",
				"",
				"Thank you (really).",
				"",
				"Best regards,",
				"Jordan",
				"",
				`[Open in mail app](${draft.mailto})`,
				"",
			].join("\n"),
		);
	});

	it("links a mailto that markdown reads whole, parentheses and spaces included", () => {
		const draft = email("A (bracketed) body with spaces) and ](brackets");
		const link = /\[Open in mail app\]\(([^()\s]+)\)/.exec(draftBlock(draft, now));
		expect(link?.[1]).toBe(draft.mailto);
	});

	it("uses the note's line endings throughout", () => {
		const block = draftBlock(email("Hi,\n\nThanks"), now, "\r\n");
		expect(block.endsWith("\r\n")).toBe(true);
		expect(block.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	});

	it("falls back to a subject-only link when the whole message is too long for a mail link", () => {
		const draft = email("word ".repeat(600));
		expect(draft.mailto!.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
		const block = draftBlock(draft, now);
		const link = /\[Open in mail app \(subject only\)\]\(([^)]+)\)/.exec(block)![1];
		expect(parseMailto(link)).toEqual({ to: ["dana@acme.example"], headers: { subject: draft.subject } });
		expect(block).toContain("The message is too long for a mail link");
	});

	it("keeps each name and address on its line, as text", () => {
		const draft = email("Hi", [{ name: "Eve\nMallory", email: "x@y.example\r\nBcc: evil@z.example" }]);
		const lines = draftBlock(draft, now).split("\n");
		expect(lines[0]).toBe("### Thank-you to Eve Mallory — 2026-11-25");
		expect(lines[1]).toBe("**To:** Eve Mallory (x\\@y.example Bcc: evil\\@z.example)");
	});

	it("says nobody is in To yet when the note gave no recipient", () => {
		const block = draftBlock({ ...email("Hi", []), kind: "next-steps", variant: "next-steps" }, now);
		expect(block.split("\n").slice(0, 2)).toEqual([
			"### Next-steps question — 2026-11-25",
			"**To:** nobody yet: add the address in your mail app",
		]);
	});

	it("writes a card without subject or link", () => {
		const card: Draft = {
			kind: "handwritten-note",
			variant: "handwritten",
			to: [{ name: "Tom Becker", email: null }],
			subject: "",
			body: "Dear Tom,\n\nThank you.",
			mailto: null,
		};
		expect(draftBlock(card, now)).toBe("### Handwritten note to Tom Becker — 2026-11-25\n**To:** Tom Becker\n\nDear Tom,\n\nThank you.\n");
	});

	// The pane opens the profile; in the note the address is text, as everything from a note is.
	it("writes a LinkedIn note with its profile address and length", () => {
		const note: Draft = {
			kind: "linkedin",
			variant: "linkedin",
			to: [{ name: "Priya Natarajan", email: "priya@globex.example" }],
			subject: "",
			body: "Hi Priya, thank you.",
			mailto: null,
			linkedin: "https://www.linkedin.com/in/priya",
		};
		expect(draftBlock(note, now)).toBe(
			"### LinkedIn note to Priya Natarajan — 2026-11-25\n**To:** Priya Natarajan\n**Profile:** https\\://www\\.linkedin.com/in/priya\n\nHi Priya, thank you.\n\n(20 of 200 characters)\n",
		);
	});

	it("adds the call script as a quote", () => {
		const block = draftBlock({ ...email("Hi"), kind: "check-in", variant: "check-in", script: "Hi Lena.\nThanks." }, now);
		expect(block.endsWith("\n\n**If you call:**\n> Hi Lena.\n> Thanks.\n")).toBe(true);
	});
});

describe("insertDraftUnderHeading", () => {
	const block = draftBlock(email("Hi"), now);

	it("creates the Follow-up drafts heading at the end of a note without one, keeping the text", () => {
		const note = "---\ntype: interview\n---\n\n# Acme\n\nNotes.\n";
		const out = insertDraftUnderHeading(note, block);
		expect(out.startsWith(note)).toBe(true);
		expect(out.slice(note.length)).toBe("\n## Follow-up drafts\n" + block);
	});

	it("adds under an existing heading, after the drafts already there", () => {
		const note = "# Acme\n\n## Follow-up drafts\n\nOld draft.\n\n## Log\n";
		const out = insertDraftUnderHeading(note, block);
		expect(out).toBe("# Acme\n\n## Follow-up drafts\n\nOld draft.\n" + block + "\n## Log\n");
	});
});

// ---------------------------------------------------------------- nothing from a note is markup

// What Obsidian renders: CommonMark with GFM tables, strikethrough and autolinks of bare http(s)
// URLs and email addresses (not of bare domains, nor of `//host`), and HTML. Escaped characters
// stay tokens of their own, so that the syntax Obsidian adds to markdown (wikilinks, embeds,
// highlights, comments, tags, block ids, math) can be looked for in what is left unescaped.
const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });
md.linkify.add("//", null);
md.core.ruler.disable("text_join");

const OBSIDIAN_SYNTAX = ["[[", "==", "%%", "~~", "$", "#", "^"];
const FIELD_LABELS = ["To:", "Profile:", "Subject:", "If you call:"];

interface Rendered {
	/** The block's tokens, in order, each with the text it shows. */
	blocks: { type: string; tag: string; text: string; links: string[] }[];
	problems: string[];
}

/** Parses a block and lists every piece of markup it holds that the product did not write. */
function render(block: string): Rendered {
	const problems: string[] = [];
	const blocks: Rendered["blocks"] = [];
	for (const token of md.parse(block, {})) {
		if (token.type !== "inline") {
			blocks.push({ type: token.type, tag: token.tag, text: "", links: [] });
			continue;
		}
		const entry = blocks[blocks.length - 1];
		let strong: string | null = null;
		let link: string | null = null;
		for (const child of token.children ?? []) {
			switch (child.type) {
				case "text":
					for (const syntax of OBSIDIAN_SYNTAX) if (child.content.includes(syntax)) problems.push(`unescaped ${syntax} in ${JSON.stringify(child.content)}`);
					if (/(?:^|[^\p{L}\p{N}])www\./iu.test(child.content)) problems.push(`a www. address in ${JSON.stringify(child.content)}`);
					if (strong !== null) strong += child.content;
					else if (link !== null) link += child.content;
					else entry.text += child.content;
					break;
				case "text_special":
					entry.text += child.content;
					break;
				case "softbreak":
				case "hardbreak":
					entry.text += "\n";
					break;
				case "strong_open":
					strong = "";
					break;
				case "strong_close":
					if (strong === null || !FIELD_LABELS.includes(strong)) problems.push(`bold ${JSON.stringify(strong)}`);
					entry.text += strong ?? "";
					strong = null;
					break;
				case "link_open":
					link = "";
					entry.links.push(String(child.attrGet("href") ?? ""));
					break;
				case "link_close":
					link = null;
					break;
				default:
					problems.push(`${child.type} ${JSON.stringify(child.content || child.markup)}`);
			}
		}
	}
	return { blocks, problems };
}

/** What markdown shows of a one-line value: control characters as spaces, runs of spaces as one. */
function shownOnOneLine(text: string): string {
	return text.replace(/[\p{Cc}\u2028\u2029]/gu, " ").replace(/\s+/g, " ").trim();
}

/** The body's paragraphs as markdown shows them: lines trimmed, blank lines between paragraphs. */
function shownParagraphs(text: string): string[] {
	const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => (c === "\t" ? c : " ")).replace(/^[ \t]+|[ \t]+$/g, ""));
	const paragraphs: string[] = [];
	let current: string[] = [];
	for (const line of [...lines, ""]) {
		if (line !== "") current.push(line);
		else if (current.length > 0) {
			paragraphs.push(current.join("\n"));
			current = [];
		}
	}
	return paragraphs;
}

const PAYLOADS = [
	"javascript:alert(1)//@x.example",
	"[x](javascript:alert(1))",
	"<script>alert(1)</script>",
	"<b onmouseover=alert(1)>hi</b>",
	"<https://evil.example>",
	"https://evil.example/path",
	"www.evil.example",
	"dana@acme.example",
	"mailto:dana@acme.example",
	"[[Secret note]]",
	"![[photo.png]]",
	"![x](https://evil.example/x.png)",
	"%%hidden%%",
	"==marked==",
	"#tag",
	"# Heading",
	"text ^block-id",
	"$x^2$",
	"> [!note] Callout",
	"- [ ] task",
	"1. first",
	"1) first",
	"```js",
	"~~~",
	"    indented code",
	"| a | b |\n| --- | --- |\n| 1 | 2 |",
	"---",
	"===",
	"&amp; &#169; &copy;",
	"**bold** _em_ ~~gone~~",
	"[^1] ^[inline note]",
	"[ref]: https://evil.example",
	"\\",
	"line\\",
	"trailing  ",
	"\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007",
	"a\u2028# b",
];
const MARKDOWN_CHARS = [..."[]()<>!#*_`~=%^$|\\&@:/.-+1aw xyz\t\n\r", "\u0000", "\u001b", "\u2028", "https://", "www.", "[[", "]]", "%%", "=="];
const noteText = fc.oneof(
	fc.constantFrom(...PAYLOADS),
	fc.array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.constantFrom(...MARKDOWN_CHARS)), { maxLength: 12 }).map((parts) => parts.join("")),
	fc.string({ maxLength: 30 }),
);

describe("draftBlock and text from notes", () => {
	it("makes no link, HTML or markup of an interviewer's address, name or notes", () => {
		const evil = email("Thanks for [x](javascript:alert(1)) and <script>alert(1)</script>.", [
			{ name: "<img src=x onerror=alert(1)>", email: "javascript:alert(1)//@x.example" },
		]);
		const { blocks, problems } = render(draftBlock(evil, now));
		expect(problems).toEqual([]);
		expect(blocks.flatMap((b) => b.links)).toEqual([evil.mailto]);
		expect(blocks.map((b) => b.text).join("\n")).toContain("Thanks for [x](javascript:alert(1)) and <script>alert(1)</script>.");
	});

	it("keeps the text readable: escapes only where markdown would read syntax", () => {
		expect(markdownText("Met Dana (R&D lead) at 9:30 - 1.5 hours, cost cut 40% in snake_case_code.")).toBe(
			"Met Dana (R&D lead) at 9:30 - 1.5 hours, cost cut 40% in snake_case_code.",
		);
		expect(markdownText("- item\n1. first\n> quote\n---")).toBe("\\- item\n1\\. first\n\\> quote\n\\---");
		expect(markdownText("see https://x.example or www.x.example, mail a@b.example")).toBe("see https\\://x.example or www\\.x.example, mail a\\@b.example");
	});

	it("parses to one heading, the fields, the draft's paragraphs and the one mail link, whatever the note holds", () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ name: noteText, email: fc.option(noteText, { nil: null }) }), { minLength: 1, maxLength: 3 }),
				noteText,
				fc.array(noteText, { maxLength: 4 }).map((parts) => parts.join("\n")),
				fc.option(noteText, { nil: undefined }),
				fc.option(noteText, { nil: undefined }),
				fc.boolean(),
				(to, subject, body, script, linkedin, isEmail) => {
					const addresses = to.flatMap((r) => (r.email ? [r.email] : []));
					const draft: Draft = {
						kind: isEmail ? "check-in" : "linkedin",
						variant: isEmail ? "check-in" : "linkedin",
						to,
						subject: isEmail ? subject : "",
						body,
						mailto: isEmail ? buildMailto(addresses, subject, body) : null,
						...(script !== undefined && isEmail ? { script } : {}),
						...(linkedin !== undefined && !isEmail ? { linkedin } : {}),
					};
					const { blocks, problems } = render(draftBlock(draft, now));
					expect(problems).toEqual([]);
					const types = blocks.map((b) => b.type);
					expect(types.filter((t) => t === "heading_open")).toHaveLength(1);
					expect(blocks[0]).toMatchObject({ type: "heading_open", tag: "h3" });
					expect(types.filter((t) => !["heading_open", "heading_close", "paragraph_open", "paragraph_close", "blockquote_open", "blockquote_close"].includes(t))).toEqual([]);
					const links = blocks.flatMap((b) => b.links);
					expect(links).toHaveLength(draft.mailto === null ? 0 : 1);
					for (const link of links) expect(link.startsWith("mailto:")).toBe(true);
					// The heading names the recipients as written.
					const names = to.map((r) => shownOnOneLine(r.name)).filter((n) => n !== "");
					expect(blocks[0].text).toBe(`${isEmail ? "Check-in" : "LinkedIn note"}${names.length > 0 ? ` to ${names.join(", ")}` : ""} — 2026-11-25`);
					// The fields, then the draft's own paragraphs, exactly as written.
					const paragraphs = blocks.filter((b) => b.type === "paragraph_open").map((b) => b.text);
					const fields = paragraphs[0].split("\n");
					if (shownOnOneLine(draft.subject) !== "") expect(fields).toContain(`Subject: ${shownOnOneLine(draft.subject)}`);
					if (shownOnOneLine(draft.linkedin ?? "") !== "") expect(fields).toContain(`Profile: ${shownOnOneLine(draft.linkedin ?? "")}`);
					const own = shownParagraphs(body);
					expect(paragraphs.slice(1, 1 + own.length)).toEqual(own);
				},
			),
		);
	});
});
