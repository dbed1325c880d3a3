import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { anyCodeUnits } from "../builders/arbitraries";
import { describe, expect, it } from "vitest";
import { cli, dueJson, localIso, makeVault } from "./helpers";
import { FIXTURE, NOW } from "./fixture-vault";

const ANSI = /\u001b\[/;

describe("due --json", () => {
	it("prints the due, late and overdue actions, most urgent first, with every field of the contract", () => {
		const vault = makeVault(FIXTURE);
		const out = dueJson(vault, ["--now", NOW]);
		expect(out.now).toBe(localIso(2026, 11, 25, 18, 0));
		expect(out.actions.map((a) => [a.file, a.kind, a.state])).toEqual([
			["Interviews/Globex.md", "thank-you", "overdue"],
			["Interviews/Late.md", "thank-you", "late"],
			// Within a state, clocks that run come first; an open-ended check-in waits behind them.
			["Interviews/Acme.md", "thank-you", "due"],
			["Interviews/Acme.md", "next-steps", "due"],
			["Interviews/Hooli.md", "check-in", "due"],
		]);
		expect(out.actions[2]).toEqual({
			file: "Interviews/Acme.md",
			kind: "thank-you",
			state: "due",
			opensAt: localIso(2026, 11, 25, 14, 30),
			idealBy: localIso(2026, 11, 25, 22, 30),
			deadline: localIso(2026, 11, 26, 14, 30),
			company: "Acme",
			role: "Engineer",
			// Dana Wu's address comes from her person note.
			recipients: [
				{ name: "Sam Lee", email: "sam@acme.example" },
				{ name: "Dana Wu", email: "dana@acme.example" },
			],
		});
		expect(out.actions[3]).toMatchObject({ idealBy: null, deadline: localIso(2026, 11, 26, 14, 30), recipients: [{ name: "Lena Okafor", email: "lena@acme.example" }] });
		expect(out.actions[4]).toMatchObject({ opensAt: localIso(2026, 11, 24, 18, 0), idealBy: null, deadline: null });
	});

	it("sends thanks for an interviewer without an email through the primary contact, naming them", () => {
		const out = dueJson(makeVault(FIXTURE), ["--now", NOW]);
		const globex = out.actions.find((a) => a.file === "Interviews/Globex.md");
		expect(globex).toMatchObject({ recipients: [{ name: "Renee Alvarez", email: "renee@globex.example" }], passThanksTo: ["Tom Becker"] });
	});

	it("reports broken frontmatter once, with its line, and nothing about templates, the trash or JavaScript front matter", () => {
		const out = dueJson(makeVault(FIXTURE), ["--now", NOW]);
		expect(out.problems).toHaveLength(1);
		expect(out.problems[0]).toMatchObject({ file: "Interviews/Broken.md", severity: "error", line: 4 });
		// The line is given once, beside the message, as the pane shows it too.
		expect(out.problems[0].message).toBe('The frontmatter is not valid YAML: a double quote (") opened on this line is never closed. Fix that line; until then the note is skipped, and nothing for the interview on Thursday 19 November 2026 shows as due, its thank-you included.');
		expect(Object.keys(out.problems[0]).sort()).toEqual(["file", "line", "message", "severity"]);
	});

	it("leaves snoozed and upcoming actions out, and shows them with --all, snoozed ones with snoozedUntil", () => {
		const vault = makeVault(FIXTURE);
		const plain = dueJson(vault, ["--now", NOW]);
		expect(plain.actions.some((a) => a.file === "Interviews/Snoozed.md" || a.state === "upcoming")).toBe(false);
		const all = dueJson(vault, ["--now", NOW, "--all"]);
		const snoozed = all.actions.find((a) => a.file === "Interviews/Snoozed.md");
		expect(snoozed).toMatchObject({ kind: "thank-you", state: "overdue", snoozedUntil: localIso(2026, 11, 27, 9, 0) });
		const upcoming = all.actions.filter((a) => a.state === "upcoming");
		expect(upcoming.map((a) => a.file)).toEqual(["Interviews/Future.md"]);
		expect(upcoming[0]).toMatchObject({ opensAt: localIso(2026, 11, 27, 11, 0), recipients: [{ name: "Sam Lee", email: "sam.lee@umbrella.example" }] });
		expect(all.actions.filter((a) => "snoozedUntil" in a)).toHaveLength(1);
	});

	it("reads --now with an offset as that instant", () => {
		const out = dueJson(makeVault(FIXTURE), ["--now", "2026-11-25T17:00:00Z"]);
		expect(out.now).toBe("2026-11-25T17:00:00.000Z");
	});

	it("never runs JavaScript front matter", () => {
		const g = globalThis as Record<string, unknown>;
		delete g.ifuPwned;
		delete g.ifuPwned2;
		dueJson(makeVault(FIXTURE), ["--now", NOW, "--all"]);
		expect(g.ifuPwned).toBeUndefined();
		expect(g.ifuPwned2).toBeUndefined();
	});

	it("honours the plugin's settings file", () => {
		const vault = makeVault({ ...FIXTURE, ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ thankYouIdealHours: 2 }) });
		const acme = dueJson(vault, ["--now", NOW]).actions.find((a) => a.file === "Interviews/Acme.md" && a.kind === "thank-you");
		expect(acme).toMatchObject({ state: "late", idealBy: localIso(2026, 11, 25, 16, 30) });
	});

	it("takes a settings folder scope and a renamed type into account", () => {
		const vault = makeVault({
			"Jobs/A.md": "---\ncategory: Job Interview\ninterview_start: 2026-11-25T13:00\nnext_steps: soon\n---\n",
			"Interviews/Acme.md": FIXTURE["Interviews/Acme.md"],
			".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ typeKey: "category", typeValue: "job interview", scopeFolder: "Jobs" }),
		});
		const out = dueJson(vault, ["--now", NOW, "--all"]);
		expect([...new Set(out.actions.map((a) => a.file))]).toEqual(["Jobs/A.md"]);
	});

	it("turns a settings file it cannot use into warnings and goes on with the defaults", () => {
		const bad = makeVault({ ...FIXTURE, ".obsidian/plugins/interview-follow-up/data.json": "{ not json" });
		const out = dueJson(bad, ["--now", NOW]);
		expect(out.actions).toHaveLength(5);
		expect(out.problems).toContainEqual(expect.objectContaining({ file: ".obsidian/plugins/interview-follow-up/data.json", severity: "warning" }));
		const wrong = makeVault({ ...FIXTURE, ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ thankYouIdealHours: "two" }) });
		const problem = dueJson(wrong, ["--now", NOW]).problems.find((p) => String(p.file).endsWith("data.json"));
		expect(problem?.message).toMatch(/thankYouIdealHours/);
	});

	it("looks at notes in the template folder when templates.json names no folder, and never at dot-folders", () => {
		const { ".obsidian/templates.json": _ignored, ...withoutTemplates } = FIXTURE;
		const out = dueJson(makeVault(withoutTemplates), ["--now", NOW]);
		expect(out.problems.map((p) => p.file)).toEqual(["Interviews/Broken.md", "Templates/Interview.md"]);
		expect(out.problems.some((p) => String(p.file).startsWith(".trash"))).toBe(false);
	});

	it("uses the template folder of the plugin's settings over the Templates plugin's", () => {
		const vault = makeVault({ ...FIXTURE, ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ templateFolder: "Interviews" }) });
		const out = dueJson(vault, ["--now", NOW, "--all"]);
		expect(out.actions).toEqual([]);
		expect(out.problems.map((p) => p.file)).toEqual(["Templates/Interview.md"]);
	});

	it("tolerates a byte-order mark and CRLF line endings", () => {
		const crlf = "\uFEFF" + FIXTURE["Interviews/Acme.md"].replace(/\n/g, "\r\n");
		const out = dueJson(makeVault({ "Interviews/Acme.md": crlf, "People/Dana Wu.md": FIXTURE["People/Dana Wu.md"] }), ["--now", NOW]);
		expect(out.actions.map((a) => a.kind)).toEqual(["thank-you", "next-steps"]);
	});

	it("reads a frontmatter longer than the head of the file that is read first", () => {
		const long = FIXTURE["Interviews/Acme.md"].replace("next_steps:", `notes: "${"x".repeat(9000)}"\nnext_steps:`);
		const out = dueJson(makeVault({ "Interviews/Acme.md": long }), ["--now", NOW]);
		expect(out.actions.map((a) => a.kind)).toEqual(["thank-you", "next-steps"]);
	});

	it("prints valid JSON and exit 0 for an empty vault", () => {
		expect(dueJson(makeVault({}), ["--now", NOW])).toEqual({ now: localIso(2026, 11, 25, 18, 0), actions: [], problems: [] });
	});
});

describe("due, as a person reads it", () => {
	it("groups actions under headings, says what to do, for whom and how much time is left", () => {
		const result = cli(["due", makeVault(FIXTURE), "--now", NOW]);
		expect(result.code).toBe(0);
		const out = result.stdout;
		expect(out).toMatch(/^Follow-ups due at Wed 25 Nov 2026 18:00 \(/);
		for (const heading of ["Overdue (1)", "Late (1)", "Due now (3)", "Problems (1 error)"]) expect(out).toContain(heading);
		expect(out).not.toContain("Upcoming");
		expect(out).toContain("Send a thank-you — Globex · Staff engineer");
		expect(out).toContain("to Renee Alvarez; Renee Alvarez is asked to pass your thanks on to Tom Becker");
		expect(out).toContain("deadline passed 8 h ago");
		expect(out).toContain("ideal time passed 1 h ago; deadline in 15 h");
		expect(out).toContain("ideal window closes in 4 h 30 min; deadline in 20 h 30 min");
		expect(out).toContain("Ask about next steps — Acme · Engineer");
		expect(out).toContain("Check in — Hooli · SRE");
		expect(out).toContain("opened 1 day ago");
		expect(out).toContain("Interviews/Acme.md");
		expect(out).toMatch(/Not listed: 1 upcoming follow-up \(the next opens in 1 day 17 h\), 1 snoozed follow-up \(until Fri 27 Nov 09:00\)\. Add --all to see them\./);
		expect(out).toMatch(/error {4}Interviews\/Broken\.md:4 {2}The frontmatter is not valid YAML/);
		expect(out).not.toMatch(ANSI);
	});

	it("with --all lists upcoming actions with the time they open, and snoozed ones as such", () => {
		const out = cli(["due", makeVault(FIXTURE), "--now", NOW, "--all"]).stdout;
		expect(out).toContain("Upcoming (1)");
		expect(out).toContain("opens Fri 27 Nov 11:00 (in 1 day 17 h)");
		expect(out).toContain("Send a thank-you — Cyberdyne · ML engineer (snoozed until Fri 27 Nov 09:00)");
		expect(out).not.toContain("Not listed");
	});

	it("says so when there is nothing to do, and when there are no interview notes at all", () => {
		expect(cli(["due", makeVault({ "Interviews/Hooli.md": FIXTURE["Interviews/Hooli.md"] }), "--now", "2026-11-20T12:00"]).stdout).toContain(
			"Nothing to follow up right now.",
		);
		expect(cli(["due", makeVault({ "a.md": "# A\n" }), "--now", NOW]).stdout).toContain("No interview notes found");
	});

	it("colours only a terminal, and never when NO_COLOR is set or FORCE_COLOR is 0", () => {
		const vault = makeVault(FIXTURE);
		expect(cli(["due", vault, "--now", NOW], { tty: true, env: { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: "xterm" } }).stdout).toMatch(ANSI);
		expect(cli(["due", vault, "--now", NOW], { tty: true, env: { NO_COLOR: "1", TERM: "xterm" } }).stdout).not.toMatch(ANSI);
		expect(cli(["due", vault, "--now", NOW], { tty: true, env: { NO_COLOR: "", FORCE_COLOR: "0", TERM: "xterm" } }).stdout).not.toMatch(ANSI);
		expect(cli(["due", vault, "--now", NOW], { tty: false, env: { TERM: "xterm" } }).stdout).not.toMatch(ANSI);
	});
});

describe("due, usage errors", () => {
	it.each([
		[["due"], /^interview-follow-up: missing <vault> \(see --help\)\n$/],
		[["due", "x", "y"], /^interview-follow-up: unexpected argument "y" \(see --help\)\n$/],
		[["due", ".", "--foo"], /^interview-follow-up: unknown option --foo \(see --help\)\n$/],
		[["due", ".", "--now"], /^interview-follow-up: option --now needs a value <ISO> \(see --help\)\n$/],
		[["due", ".", "--now", "next Tuesday"], /^interview-follow-up: --now "next Tuesday" is not a date-time/],
		[["due", ".", "--now", "2026-02-30T10:00"], /is not a date-time/],
		[["due", ".", "--all", "--all"], /given twice/],
		[["due", ".", "--json=yes"], /takes no value/],
		[["frobnicate"], /^interview-follow-up: unknown command "frobnicate": use due or draft or mark or ics/],
		[["--frobnicate"], /^interview-follow-up: unknown option --frobnicate/],
		[[], /^interview-follow-up: missing command/],
	])("%j exits 2 with one line", (argv, message) => {
		const result = cli(argv);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe("");
		expect(result.stderr).toMatch(message);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
	});

	it("exits 2 with one line for a vault that does not exist or is a file", () => {
		const dir = makeVault({ "file.md": "x" });
		for (const target of [path.join(dir, "missing"), path.join(dir, "file.md")]) {
			const result = cli(["due", target]);
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(/^interview-follow-up: cannot read the vault ".*": (it does not exist|it is not a folder)\n$/);
		}
	});

	it("accepts --now=VALUE and a date without a time as local midnight", () => {
		const out = dueJson(makeVault({}), ["--now=2026-11-25"]);
		expect(out.now).toBe(localIso(2026, 11, 25));
	});

	it("prints help listing the commands that exist, and the version", () => {
		for (const argv of [["--help"], ["-h"], ["help"], ["due", "--help"]]) {
			const result = cli(argv);
			expect(result.code).toBe(0);
			expect(result.stdout).toContain("interview-follow-up due <vault> [--now <ISO>] [--all] [--json]");
			expect(result.stdout).toContain("interview-follow-up mark <vault> <note> <event> [--at <ISO>]");
			expect(result.stdout).toContain("Examples:");
			expect(result.stdout).toContain("interview-follow-up draft <vault> <note> <kind> [--json]");
			expect(result.stdout).toContain("interview-follow-up ics <vault> [--now <ISO>] [-o <file.ics>]");
		}
		const version = cli(["--version"]);
		expect(version.code).toBe(0);
		expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});

describe("due on hostile input", () => {
	const noteBody = fc.oneof(
		fc.string({ maxLength: 400 }),
		anyCodeUnits({ maxLength: 400 }),
		fc.array(fc.constantFrom("type: interview", "interview_start: 2026-11-25T13:00", "- x", "  - name: [", '"', "'", "&a [1]", "*a", "? x", ": y", "\t", "#", "---", "----", "--- x", "\r", "interviewers:", "  - ", "status: 7", "!!js/function x", "{{", "}", "\\x69", "\u0000", "\uFEFF"), { maxLength: 25 }).map((l) => l.join("\n")),
	);

	it("always exits 0 with one valid JSON object, and every problem is a plain sentence", () => {
		fc.assert(
			fc.property(fc.array(noteBody, { minLength: 1, maxLength: 4 }), fc.boolean(), (bodies, fenced) => {
				const files: Record<string, string> = {};
				bodies.forEach((b, i) => (files[`N${i}.md`] = fenced ? `---\n${b}\n---\nbody` : b));
				const result = cli(["due", makeVault(files), "--json", "--now", NOW, "--all"], { env: { INTERVIEW_FOLLOW_UP_CACHE: "0" } });
				expect(result.code).toBe(0);
				expect(result.stderr).toBe("");
				const out = JSON.parse(result.stdout);
				for (const p of out.problems) {
					expect(typeof p.message).toBe("string");
					expect(p.message.trim()).not.toBe("");
					expect(p.message).not.toMatch(/\n\s+at /);
				}
			}),
			{ numRuns: 60 },
		);
	}, 30_000);

	it("refuses a huge frontmatter and one whose aliases expand without end, in plain words", () => {
		const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
		for (let i = 1; i < 8; i++) laughs.push(`${"abcdefgh"[i]}: &${"abcdefgh"[i]} [${Array(10).fill(`*${"abcdefgh"[i - 1]}`).join(", ")}]`);
		const vault = makeVault({
			"Huge.md": `---\ntype: interview\nnotes: "${"y".repeat(300 * 1024)}"\n---\n`,
			"Laughs.md": `---\ntype: interview\n${laughs.join("\n")}\n---\n`,
		});
		const out = dueJson(vault, ["--now", NOW], { env: { INTERVIEW_FOLLOW_UP_CACHE: "0" } });
		expect(out.problems.map((p) => [p.file, p.severity])).toEqual([
			["Huge.md", "error"],
			["Laughs.md", "error"],
		]);
		expect(out.problems[0].message).toMatch(/KB/);
		expect(out.problems[1].message).toMatch(/aliases/);
	});

	it("reports a note it cannot read and goes on", () => {
		if (process.getuid?.() === 0 || process.platform === "win32") return; // root reads everything
		const vault = makeVault(FIXTURE);
		fs.chmodSync(path.join(vault, "Interviews", "Acme.md"), 0o000);
		const out = dueJson(vault, ["--now", NOW]);
		expect(out.problems).toContainEqual(expect.objectContaining({ file: "Interviews/Acme.md", severity: "warning" }));
		expect(out.actions.length).toBeGreaterThan(0);
	});

	it("does not loop on a folder linked into itself", () => {
		const vault = makeVault(FIXTURE);
		try {
			fs.symlinkSync(vault, path.join(vault, "Interviews", "loop"), "dir");
		} catch {
			return; // no symbolic links here
		}
		const out = dueJson(vault, ["--now", NOW]);
		expect(out.actions).toHaveLength(5);
	});

	it("never writes into the vault", () => {
		const vault = makeVault(FIXTURE);
		const before = listTree(vault);
		cli(["due", vault, "--now", NOW]);
		cli(["due", vault, "--now", NOW, "--json"]);
		expect(listTree(vault)).toEqual(before);
	});
});

function listTree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const abs = path.join(d, e.name);
			if (e.isDirectory()) walk(abs);
			else out[path.relative(dir, abs)] = fs.readFileSync(abs, "latin1") + fs.statSync(abs).mtimeMs;
		}
	};
	walk(dir);
	return out;
}

