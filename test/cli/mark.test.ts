import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, makeVault } from "./helpers";
import { FIXTURE } from "./fixture-vault";

const NOTE = FIXTURE["Interviews/Acme.md"];

function read(vault: string, rel: string): string {
	return fs.readFileSync(path.join(vault, ...rel.split("/")), "utf8");
}

describe("mark", () => {
	it.each([
		["thank-you-sent", "thank_you_sent: 2026-11-25T18:05", "Thank-you sent"],
		["next-steps-asked", "next_steps_asked: 2026-11-25T18:05", "Asked about next steps and timeline"],
		["check-in-sent", "check_in_sent: 2026-11-25T18:05", "Check-in sent"],
		["reply-received", "reply_received: 2026-11-25T18:05", "Reply received"],
		["handwritten-note-sent", "handwritten_note_sent: 2026-11-25", "Handwritten note sent"],
		["linkedin-requested", "linkedin_requested: 2026-11-25", "LinkedIn invitation sent"],
	])("%s sets its key and logs a dated line", (event, line, label) => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		const result = cli(["mark", vault, "Interviews/Acme.md", event, "--at", "2026-11-25T18:05"]);
		expect(result.stderr).not.toMatch(/warning/);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`Recorded ${line} in Interviews/Acme.md, with a line in its follow-up log\n`);
		const text = read(vault, "Interviews/Acme.md");
		expect(text).toContain(`\n${line}\n`);
		expect(text.match(new RegExp(`^${line.split(":")[0]}:`, "gm"))).toHaveLength(1);
		expect(text.endsWith(`## Follow-up log\n- 2026-11-25 18:05 ${label}\n`)).toBe(true);
	});

	it("says what the note still asks for once the mark is written, on standard error", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		const now = new Date("2026-11-25T18:30:00Z");
		const sent = cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent"], { now });
		expect(sent.code).toBe(0);
		// Acme's note names no next steps: the question to the primary contact is still open; the thank-you is not.
		const lines = sent.stderr.trim().split("\n");
		expect(lines.some((l) => /^Still open: Ask about next steps, to Lena Okafor \(deadline in /.test(l))).toBe(true);
		expect(sent.stderr).not.toMatch(/Send a thank-you/);
		const asked = cli(["mark", vault, "Interviews/Acme.md", "next-steps-asked"], { now });
		expect(asked.stderr).not.toMatch(/Ask about next steps/);
		const closed = cli(["mark", vault, "Interviews/Acme.md", "closed"], { now });
		expect(closed.stderr).toBe("");
	});

	it("after a thank-you that asked about next steps, says how to record the question too", () => {
		// Dana Wu has no address: Lena Okafor, who interviewed too, is asked to pass thanks on, and her
		// thank-you carries the next-steps question.
		const note = NOTE.replace("interviewers:\n", "interviewers:\n  - Lena Okafor <lena@acme.example>\n");
		const vault = makeVault({ "Interviews/My notes/Acme.md": note });
		const sent = cli(["mark", vault, "Interviews/My notes/Acme.md", "thank-you-sent"], { now: new Date("2026-11-25T18:30:00Z") });
		expect(sent.stderr).toContain(`your thank-you to Lena Okafor asked about them; to record that: interview-follow-up mark ${vault} 'Interviews/My notes/Acme.md' next-steps-asked`);
		const drafts = cli(["draft", vault, "Interviews/My notes/Acme.md", "thank-you", "--json"]);
		const toLena = (JSON.parse(drafts.stdout) as { drafts: { to: { email: string }[]; body: string }[] }).drafts.find((d) => d.to[0].email === "lena@acme.example");
		expect(toLena?.body).toMatch(/next step|next stage|how the process continues|timeline/i);
	});

	it("closed sets the status and closed_on", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		const result = cli(["mark", vault, "Interviews/Acme.md", "closed", "--at", "2026-11-26T09:00"]);
		expect(result.stdout).toBe("Recorded status: closed, closed_on: 2026-11-26 in Interviews/Acme.md, with a line in its follow-up log\n");
		const text = read(vault, "Interviews/Acme.md");
		expect(text).toContain("status: closed\n");
		expect(text).toContain("closed_on: 2026-11-26\n");
	});

	it("replaces a value already there and changes no other byte", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE.replace("thank_you_sent:", "thank_you_sent: 2026-11-24T10:00 # first try") });
		cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]);
		const text = read(vault, "Interviews/Acme.md");
		const expected = NOTE.replace("thank_you_sent:", "thank_you_sent: 2026-11-25T18:05 # first try") + "\n## Follow-up log\n- 2026-11-25 18:05 Thank-you sent (corrected; it was 2026-11-24 10:00)\n";
		expect(text).toBe(expected);
	});

	it("reads --at without an offset as local time, and with an offset as that instant", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		cli(["mark", vault, "Interviews/Acme.md", "reply-received", "--at", "2026-11-25T07:30Z"]);
		const local = new Date(Date.UTC(2026, 10, 25, 7, 30));
		const hhmm = `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
		expect(read(vault, "Interviews/Acme.md")).toContain(`reply_received: ${local.getFullYear()}-11-${String(local.getDate()).padStart(2, "0")}T${hhmm}`);
	});

	it("defaults to now", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		cli(["mark", vault, "Interviews/Acme.md", "check-in-sent"], { now: new Date(2026, 11, 2, 9, 15) });
		expect(read(vault, "Interviews/Acme.md")).toContain("check_in_sent: 2026-12-02T09:15\n");
	});

	it("keeps CRLF line endings and a byte-order mark", () => {
		const crlf = "\uFEFF" + NOTE.replace(/\n/g, "\r\n");
		const vault = makeVault({ "Interviews/Acme.md": crlf });
		expect(cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]).code).toBe(0);
		const text = read(vault, "Interviews/Acme.md");
		expect(text.startsWith("\uFEFF---\r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toContain("\n");
		expect(text).toContain("thank_you_sent: 2026-11-25T18:05\r\n");
	});

	it("accepts a path without .md and an absolute path inside the vault", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		expect(cli(["mark", vault, "Interviews/Acme", "thank-you-sent", "--at", "2026-11-25T18:05"]).code).toBe(0);
		expect(cli(["mark", vault, path.join(vault, "Interviews", "Acme.md"), "reply-received", "--at", "2026-11-25T18:05"]).code).toBe(0);
		const text = read(vault, "Interviews/Acme.md");
		expect(text).toContain("thank_you_sent: 2026-11-25T18:05");
		expect(text).toContain("reply_received: 2026-11-25T18:05");
	});

	it("keeps the file's permissions and leaves no temporary file", () => {
		if (process.platform === "win32") return;
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		const file = path.join(vault, "Interviews", "Acme.md");
		fs.chmodSync(file, 0o640);
		cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]);
		expect(fs.statSync(file).mode & 0o777).toBe(0o640);
		expect(fs.readdirSync(path.dirname(file))).toEqual(["Acme.md"]);
	});

	it("writes through a symbolic link to the note it points at", () => {
		const vault = makeVault({ "Real/Acme.md": NOTE });
		try {
			fs.mkdirSync(path.join(vault, "Interviews"));
			fs.symlinkSync(path.join(vault, "Real", "Acme.md"), path.join(vault, "Interviews", "Acme.md"));
		} catch {
			return;
		}
		cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]);
		expect(fs.lstatSync(path.join(vault, "Interviews", "Acme.md")).isSymbolicLink()).toBe(true);
		expect(read(vault, "Real/Acme.md")).toContain("thank_you_sent: 2026-11-25T18:05");
	});
});

describe("mark refuses, with one line, exit 2 and the note untouched", () => {
	const files = {
		"Interviews/Acme.md": NOTE,
		"Interviews/Broken.md": FIXTURE["Interviews/Broken.md"],
		"Notes/Plain.md": "# Plain\n",
		"Notes/JS.md": FIXTURE["Notes/JS front matter.md"],
		"Notes/Tags.md": "---\ntags: [x]\n---\n",
		"Notes/Latin1.md": Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x79, 0x70, 0x65, 0x3a, 0x20, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x76, 0x69, 0x65, 0x77, 0x0a, 0x61, 0x3a, 0x20, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
		"Notes/Odd.md": "---\ntype: interview\ninterview_start: 2026-11-25T13:00\n- stray item\n---\n",
		"image.png": "png",
	};

	it.each([
		[["Interviews/Acme.md", "sent"], /unknown event "sent": use one of thank-you-sent, next-steps-asked, check-in-sent, reply-received, handwritten-note-sent, linkedin-requested, closed$/],
		[["Interviews/Acme.md", "snoozed"], /unknown event "snoozed"/],
		[["Interviews/Missing.md", "closed"], /cannot read the note Interviews\/Missing\.md: it does not exist$/],
		[["Notes/Plain.md", "closed"], /Notes\/Plain\.md has no frontmatter/],
		[["Notes/JS.md", "closed"], /Notes\/JS\.md has no frontmatter/],
		[["Interviews/Broken.md", "closed"], /frontmatter of Interviews\/Broken\.md is not valid YAML \(line 4\)/],
		[["Notes/Tags.md", "closed"], /Notes\/Tags\.md is not an interview note/],
		[["Notes/Latin1.md", "closed"], /not valid UTF-8/],
		[["Notes/Odd.md", "closed"], /frontmatter/],
		[["../outside.md", "closed"], /is not inside the vault$/],
		[["/etc/passwd", "closed"], /is not inside the vault$/],
		[["image.png", "closed"], /frontmatter|markdown/],
		[["image", "closed"], /is not a markdown note/],
		[["Interviews/Acme.md", "closed", "--at", "tomorrow"], /--at "tomorrow" is not a date-time/],
		[["Interviews/Acme.md"], /missing <event>/],
		[["Interviews/Acme.md", "closed", "--now", "2026-11-25"], /unknown option --now/],
	])("mark %j", (args, message) => {
		const vault = makeVault(files);
		const before = new Map(Object.keys(files).map((f) => [f, fs.readFileSync(path.join(vault, f))]));
		if (args[0] === "image") fs.mkdirSync(path.join(vault, "image"));
		const result = cli(["mark", vault, ...args]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toMatch(/^interview-follow-up: /);
		expect(result.stderr.trimEnd()).toMatch(message);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
		for (const [f, bytes] of before) expect(fs.readFileSync(path.join(vault, f)).equals(bytes)).toBe(true);
		expect(fs.readdirSync(path.join(vault, "Interviews")).sort()).toEqual(["Acme.md", "Broken.md"]);
	});

	it("refuses a vault that does not exist", () => {
		const result = cli(["mark", "/no/such/vault", "a.md", "closed"]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/cannot read the vault "\/no\/such\/vault": it does not exist/);
	});
});

describe("mark and YAML anchors, aliases and tags", () => {
	const ANCHORED = NOTE.replace("thank_you_sent:", "thank_you_sent: &t 2026-11-25T15:00\ncheck_in_sent: *t");

	it.each([
		["thank-you-sent", ANCHORED, /"thank_you_sent" carries a YAML anchor \(&t\)/],
		["check-in-sent", ANCHORED, /"check_in_sent" is a YAML alias \(\*t\)/],
		["reply-received", NOTE.replace("thank_you_sent:", "reply_received: !!str 2026-11-20T10:00"), /"reply_received" carries a YAML tag \(!!str\)/],
		["closed", NOTE.replace("thank_you_sent:", "status: &s active\nnext_steps_asked: *s"), /"status" carries a YAML anchor \(&s\)/],
	])("%s on a key with an anchor, alias or tag: exit 2, the key named, the note untouched", (event, text, message) => {
		const vault = makeVault({ "Interviews/Acme.md": text });
		const result = cli(["mark", vault, "Interviews/Acme.md", event, "--at", "2026-11-26T09:00"]);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr.trimEnd()).toMatch(message);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
		expect(read(vault, "Interviews/Acme.md")).toBe(text);
	});

	it("writes a key next to anchored ones, leaving them as they are", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE.replace("thank_you_sent:", "thank_you_sent: &t 2026-11-25T15:00\ncheck_in_sent: *t") });
		const result = cli(["mark", vault, "Interviews/Acme.md", "reply-received", "--at", "2026-11-26T09:00"]);
		expect(result.code).toBe(0);
		const text = read(vault, "Interviews/Acme.md");
		expect(text).toContain("thank_you_sent: &t 2026-11-25T15:00\ncheck_in_sent: *t\nreply_received: 2026-11-26T09:00\n");
	});
});

describe("mark stays inside the vault", () => {
	it.each([
		["the note is a link to a file outside", (vault: string, outside: string) => fs.symlinkSync(path.join(outside, "Acme.md"), path.join(vault, "Interviews", "Acme.md"))],
		["a folder on the way is a link outside", (vault: string, outside: string) => fs.symlinkSync(outside, path.join(vault, "Interviews"))],
	])("refuses when %s: exit 2, the outside file untouched", (_what, plant) => {
		const outside = makeVault({ "Acme.md": NOTE });
		const vault = makeVault({ "Other.md": "x" });
		fs.mkdirSync(path.join(vault, "Interviews"), { recursive: true });
		if (_what.startsWith("a folder")) fs.rmdirSync(path.join(vault, "Interviews"));
		try {
			plant(vault, outside);
		} catch {
			return;
		}
		const result = cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]);
		expect(result.code).toBe(2);
		expect(result.stderr.trimEnd()).toMatch(/Interviews\/Acme\.md leads out of the vault through a symbolic link/);
		expect(read(outside, "Acme.md")).toBe(NOTE);
		expect(fs.readdirSync(outside)).toEqual(["Acme.md"]);
	});
});

describe("mark keeps the note's owner and mode", () => {
	it.skipIf(process.platform === "win32" || process.getuid?.() !== 0)("as root, on a note owned by another user", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		const file = path.join(vault, "Interviews", "Acme.md");
		fs.chownSync(file, 1234, 5678);
		fs.chmodSync(file, 0o604);
		expect(cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]).code).toBe(0);
		const stat = fs.statSync(file);
		expect([stat.uid, stat.gid, stat.mode & 0o777]).toEqual([1234, 5678, 0o604]);
		expect(read(vault, "Interviews/Acme.md")).toContain("thank_you_sent: 2026-11-25T18:05");
	});
});

describe("mark and what the note already records (SPEC §4)", () => {
	it("writes nothing and says so when the event is recorded at that instant already", () => {
		const text = NOTE.replace("thank_you_sent:", "thank_you_sent: 2026-11-25T18:05");
		const vault = makeVault({ "Interviews/Acme.md": text });
		const result = cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe("Already recorded: thank_you_sent: 2026-11-25T18:05 in Interviews/Acme.md; nothing was written\n");
		expect(read(vault, "Interviews/Acme.md")).toBe(text);
	});

	it("says what it replaced and logs the correction when the event was recorded at another instant", () => {
		const text = NOTE.replace("thank_you_sent:", "thank_you_sent: 2026-11-24T10:00");
		const vault = makeVault({ "Interviews/Acme.md": text });
		const result = cli(["mark", vault, "Interviews/Acme.md", "thank-you-sent", "--at", "2026-11-25T18:05"]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe("Recorded thank_you_sent: 2026-11-25T18:05 in Interviews/Acme.md (replacing what was there: thank_you_sent was 2026-11-24T10:00), with the correction in its follow-up log\n");
		expect(read(vault, "Interviews/Acme.md")).toBe(
			text.replace("2026-11-24T10:00", "2026-11-25T18:05") + "\n## Follow-up log\n- 2026-11-25 18:05 Thank-you sent (corrected; it was 2026-11-24 10:00)\n",
		);
	});

	it("marking twice at once logs one line", () => {
		const vault = makeVault({ "Interviews/Acme.md": NOTE });
		for (let i = 0; i < 2; i++) cli(["mark", vault, "Interviews/Acme.md", "reply-received", "--at", "2026-11-26T09:00"]);
		expect(read(vault, "Interviews/Acme.md").match(/Reply received/g)).toHaveLength(1);
	});

	it.each([
		["closed", NOTE.replace("thank_you_sent:", "status: closed"), /is not active \(status: closed\)/],
		["rejected", NOTE.replace("thank_you_sent:", "status: Rejected"), /is not active \(status: rejected\)/],
		["missing its start", NOTE.replace(/interview_start: .*\n/, ""), /has an error: .*interview_start/],
	])("writes and warns on a note that is %s", (_what, text, warning) => {
		const vault = makeVault({ "Interviews/Acme.md": text });
		const result = cli(["mark", vault, "Interviews/Acme.md", "reply-received", "--at", "2026-11-26T09:00"]);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Recorded reply_received: 2026-11-26T09:00/);
		expect(result.stderr).toMatch(/^interview-follow-up: warning: Interviews\/Acme\.md /);
		expect(result.stderr.trimEnd()).toMatch(warning);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
		expect(read(vault, "Interviews/Acme.md")).toContain("reply_received: 2026-11-26T09:00\n");
	});
});
