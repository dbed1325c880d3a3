// Nothing from a note reaches the terminal or the calendar file as a control sequence: values that
// clear the screen, set the window title, plant an OSC 8 link, move the cursor or add fake lines
// are shown as visible escapes, in every field of every human-readable output, file names included.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTION_KINDS } from "../../src/core/types";
import { cli, makeVault, tempDir } from "./helpers";

// In YAML double quotes: ESC ] 0 ; title BEL (window title), ESC [ 2 J (clear screen), an OSC 8
// link, CR LF with a fake line after it, C1 CSI, a right-to-left override and a lone CR.
const EVIL = String.raw`\e]0;pwned\a\e[2J\e]8;;https://evil.example\aclick\e]8;;\a\r\nFAKE LINE\x9b31m\u202eabc\rX`;
const q = (s: string) => `"${s}${EVIL}"`;

const NOTE = `---
type: interview
company: ${q("Acme")}
role: ${q("Engineer")}
interview_start: 2026-11-25T13:00
interview_end: 2026-11-25T14:30
format: ${q("video")}
primary_contact: ${q("Lena Okafor")}
primary_contact_email: ${q("lena@acme.example")}
next_steps: ${q("Soon")}
interviewers:
  - name: ${q("Sam Lee")}
    email: ${q("sam@acme.example")}
    title: ${q("CTO")}
    focus: ${q("Latency")}
    highlight: ${q("Built the checker")}
    linkedin: ${q("https://www.linkedin.com/in/sam")}
  - name: ${q("Dana Wu")}
---
`;

// A file name may hold control characters too (Linux allows all but / and NUL).
const FILE = "Interviews/Evil\u001b[2J\u001b]0;t\u0007\nFAKE.md";

/** C0 and C1 controls and DEL, except the line break a text output is made of. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

function expectSafeText(out: string): void {
	expect(out).not.toMatch(RAW_CONTROL);
	// No line of the output starts with what a note value put after a line break.
	for (const line of out.split("\n")) expect(line.trimStart().startsWith("FAKE")).toBe(false);
}

describe.skipIf(process.platform === "win32")("control characters from notes", () => {
	const vault = () => makeVault({ [FILE]: NOTE, ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ linkedInAction: true, handwrittenNoteAction: true }) });

	it("due shows them escaped, in every field, coloured or not", () => {
		const v = vault();
		for (const tty of [false, true]) {
			const result = cli(["due", v, "--all", "--now", "2026-11-25T18:00"], { tty, env: { TERM: "xterm" } });
			expect(result.code).toBe(0);
			// Colour codes are the tool's own: take them out, then nothing raw may remain.
			// eslint-disable-next-line no-control-regex
			const out = result.stdout.replace(/\u001b\[\d+m/g, "");
			expectSafeText(out);
			expect(out).toContain(String.raw`Acme\x1b]0;pwned\x07\x1b[2J`);
			expect(out).toContain(String.raw`\r\nFAKE LINE\x9b31m\u202eabc\rX`);
			expect(out).toContain(String.raw`Evil\x1b[2J\x1b]0;t\x07\nFAKE.md`);
		}
	});

	it("draft shows them escaped in every draft, keeping only the body's own line breaks", () => {
		const v = vault();
		for (const kind of ACTION_KINDS) {
			const result = cli(["draft", v, FILE, kind], { now: new Date(2026, 10, 25, 18) });
			expect(result.code, result.stderr).toBe(0);
			expectSafeText(result.stdout);
			expectSafeText(result.stderr);
		}
	});

	it("draft --json keeps them as JSON escapes, and its notes on stderr are escaped", () => {
		const result = cli(["draft", vault(), FILE, "thank-you", "--json"], { now: new Date(2026, 10, 25, 18) });
		expect(result.code).toBe(0);
		expect(result.stdout).not.toMatch(RAW_CONTROL);
		expectSafeText(result.stderr);
		expect(JSON.parse(result.stdout).drafts[0].subject).toContain("\u001b]0;pwned");
	});

	it("error messages quote note paths and values escaped", () => {
		const v = makeVault({ [FILE]: "---\ntitle: x\n---\n" });
		const result = cli(["draft", v, FILE, "thank-you"]);
		expect(result.code).toBe(2);
		expectSafeText(result.stderr);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
	});

	it("mark says what it did with the note's path escaped", () => {
		const v = vault();
		const result = cli(["mark", v, FILE, "reply-received", "--at", "2026-11-26T09:00"]);
		expect(result.code).toBe(0);
		expectSafeText(result.stdout);
		expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
	});

	it("ics writes no control character RFC 5545 forbids, to standard output or to a file", () => {
		const v = vault();
		const result = cli(["ics", v, "--now", "2026-11-25T18:00"]);
		expect(result.code).toBe(0);
		const out = tempDir();
		const written = cli(["ics", v, "--now", "2026-11-25T18:00", "-o", path.join(out, "f.ics")]);
		expectSafeText(written.stderr);
		for (const text of [result.stdout, fs.readFileSync(path.join(out, "f.ics"), "utf8")]) {
			expect(text).toContain("BEGIN:VEVENT");
			const lines = text.split("\r\n");
			expect(lines.pop()).toBe("");
			for (const line of lines) {
				// Only HTAB among controls (RFC 5545 3.1); no bare CR or LF inside a line.
				// eslint-disable-next-line no-control-regex
				expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
				expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
			}
			expect(text).toContain("FAKE LINE");
			expect(text).not.toMatch(/\r\nFAKE/);
		}
	});
});
