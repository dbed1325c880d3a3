import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, makeVault, tempDir } from "./helpers";

const FIXTURES = path.join(__dirname, "..", "fixtures", "invites");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

function read(vault: string, rel: string): string {
	return fs.readFileSync(path.join(vault, ...rel.split("/")), "utf8");
}

/** An invite file written to a temporary folder. */
function inviteFile(text: string | Buffer, name = "invite.ics"): string {
	const file = path.join(tempDir("ifu-invite-"), name);
	fs.writeFileSync(file, text);
	return file;
}

function due(vault: string, now: string) {
	const result = cli(["due", vault, "--now", now, "--all", "--json"]);
	expect(result.code).toBe(0);
	return JSON.parse(result.stdout) as { actions: Array<{ kind: string; file: string; opensAt: string; recipients: Array<{ name: string; email: string }> }>; problems: unknown[] };
}

describe("new --from-invite", () => {
	it("makes the note where the plugin would, prints its path, and due reads it at once", () => {
		const vault = makeVault({ "Welcome.md": "hello\n" });
		const result = cli(["new", vault, "--from-invite", path.join(FIXTURES, "google-panel.ics")]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe("Interviews/2026-11-30 Northwind - Staff Platform Engineer.md\n");
		expect(result.stderr).toMatch(/^Created Interviews\/2026-11-30 Northwind - Staff Platform Engineer\.md/m);
		const text = read(vault, result.stdout.trim());
		expect(text).toContain("\ncompany: Northwind\nrole: Staff Platform Engineer\n");
		expect(text).toContain("\nformat: video\nprimary_contact: Priya Raman\nprimary_contact_email: priya.raman@northwind.example\n");
		expect(text).toContain("\ninterviewers:\n  - name: Lena Okafor\n    email: Lena.Okafor@Northwind.example\n");
		expect(text).toContain("\ninvite_uid: 3k9f0s7d2q1m8v6b4n5c@google.com\n");
		expect(text).toMatch(/\n## Invitation\n\n```text\nInterview: Staff Platform Engineer at Northwind\n/);

		const report = due(vault, "2026-12-01T08:00Z");
		expect(report.problems).toEqual([]);
		const thanks = report.actions.find((a) => a.kind === "thank-you");
		expect(thanks?.opensAt).toBe("2026-11-30T23:00:00.000Z");
		expect(thanks?.recipients).toEqual([{ name: "Lena Okafor", email: "Lena.Okafor@Northwind.example" }]);
		expect(report.actions.find((a) => a.kind === "next-steps")?.recipients).toEqual([{ name: "Priya Raman", email: "priya.raman@northwind.example" }]);
	});

	it("a loop gives one note with every UID; --me (repeated or a list) leaves the user out", () => {
		const vault = makeVault({});
		const result = cli(["new", vault, "--from-invite", path.join(FIXTURES, "scheduler-loop.ics"), "--me", "someone@else.example", "--me", "Sam.Rivera@outlook.com"]);
		expect(result.code).toBe(0);
		const text = read(vault, result.stdout.trim());
		expect(text).toContain("\ninvite_uid:\n  - acme-loop-1@goodtime.example\n  - acme-loop-2@goodtime.example\n  - acme-loop-3@goodtime.example\n");
		expect(text).not.toContain("sam.rivera");
		expect(text.match(/zoe\.lindqvist/gi)).toHaveLength(1);
		const starts = due(vault, "2026-12-09T08:00Z").actions.map((a) => a.opensAt);
		expect(starts).toContain("2026-12-08T19:00:00.000Z");
	});

	it("uses the interview folder and template settings, and never replaces a note", () => {
		const vault = makeVault({
			".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ newInterviewFolder: "Job hunt/Interviews", interviewTemplate: "Templates/Interview", myEmails: ["sam.rivera@outlook.com"] }),
			"Templates/Interview.md": "---\ntype: interview\ncompany:\n# keep me\nmood: hopeful\n---\n# {{title}}\n\nNotes from {{date}}.\n",
			"Job hunt/Interviews/2026-12-02 Contoso - Senior Data Engineer.md": "mine\n",
		});
		const result = cli(["new", vault, "--from-invite", path.join(FIXTURES, "outlook-teams.ics")]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe("Job hunt/Interviews/2026-12-02 Contoso - Senior Data Engineer 2.md\n");
		expect(read(vault, "Job hunt/Interviews/2026-12-02 Contoso - Senior Data Engineer.md")).toBe("mine\n");
		const text = read(vault, result.stdout.trim());
		expect(text).toMatch(/^---\ntype: interview\ncompany: Contoso\n# keep me\nmood: hopeful\n/);
		expect(text).toContain("# 2026-12-02 Contoso - Senior Data Engineer 2\n\nNotes from 2026-12-02.");
		expect(text).not.toContain("sam.rivera");
	});

	it("a reschedule (same UID) updates the note in place, keeps what the user wrote, and adds new interviewers", () => {
		const vault = makeVault({});
		const first = cli(["new", vault, "--from-invite", path.join(FIXTURES, "google-panel.ics")]);
		const rel = first.stdout.trim();
		const edited = read(vault, rel)
			.replace("next_steps:\n", "next_steps: They decide by Friday # said Priya\n")
			.replace("## Who I met\n\n- \n", "## Who I met\n\n- Lena: kind, asked about on-call\n");
		fs.writeFileSync(path.join(vault, rel), edited);

		const moved = fixture("google-panel.ics")
			.replace("SEQUENCE:0", "SEQUENCE:1")
			.replace("20261130T140000", "20261201T100000")
			.replace("20261130T150000", "20261201T113000")
			.replace("X-GOOGLE-CONFERENCE", "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Raj Patel;X-NUM-GUESTS=0:mailto:raj@northwind.example\r\nX-GOOGLE-CONFERENCE");
		const second = cli(["new", vault, "--from-invite", inviteFile(moved)]);
		expect(second.code).toBe(0);
		expect(second.stdout).toBe(`${rel}\n`);
		expect(second.stderr).toMatch(/^Updated .*interview_start: 2026-12-01T\d\d:00; interview_end: 2026-12-01T\d\d:30; interviewers: Raj Patel added\.$/m);
		const after = read(vault, rel);
		const expected = edited
			.replace(/interview_start: .*\n/, (l) => l.replace(/: .*/, `: ${/interview_start: (.*)/.exec(after)?.[1]}`))
			.replace(/interview_end: .*\n/, (l) => l.replace(/: .*/, `: ${/interview_end: (.*)/.exec(after)?.[1]}`))
			.replace("    email: Lena.Okafor@Northwind.example\n", "    email: Lena.Okafor@Northwind.example\n  - name: Raj Patel\n    email: raj@northwind.example\n");
		expect(after).toBe(expected);
		expect(fs.readdirSync(path.join(vault, "Interviews"))).toHaveLength(1);

		// The same invite once more: nothing to write.
		const third = cli(["new", vault, "--from-invite", inviteFile(moved)]);
		expect(third.stderr).toMatch(/already matches the invite; nothing was written/);
		expect(read(vault, rel)).toBe(after);
	});

	it("a cancellation changes nothing and says so", () => {
		const vault = makeVault({});
		const rel = cli(["new", vault, "--from-invite", path.join(FIXTURES, "google-panel.ics")]).stdout.trim();
		const before = read(vault, rel);
		const cancel = fixture("google-panel.ics").replace("METHOD:REQUEST", "METHOD:CANCEL").replace("SEQUENCE:0", "SEQUENCE:2");
		const result = cli(["new", vault, "--from-invite", inviteFile(cancel)]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe("");
		expect(result.stderr).toBe(`The invite cancels "Interview: Staff Platform Engineer at Northwind"; nothing was written: ${rel} is unchanged: if the interview is off, set its status there.\n`);
		expect(read(vault, rel)).toBe(before);
	});

	it("a file that is not an invite, or has no event, is one line and exit 2, nothing written", () => {
		const vault = makeVault({});
		for (const [content, message] of [
			["Dear Sam, see you Tuesday.\n", /invite\.ics: this is not a calendar invite/],
			["BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", /invite\.ics: the calendar file has no event \(VEVENT\)/],
		] as const) {
			const result = cli(["new", vault, "--from-invite", inviteFile(content)], { cwd: vault });
			expect(result.code).toBe(2);
			expect(result.stdout).toBe("");
			expect(result.stderr).toMatch(message);
			expect(result.stderr.trim().split("\n")).toHaveLength(1);
		}
		expect(cli(["new", vault, "--from-invite", path.join(vault, "missing.ics")]).stderr).toMatch(/cannot read the invite .*missing\.ics.*: it does not exist/);
		expect(cli(["new", vault]).stderr).toMatch(/missing --from-invite/);
		expect(fs.readdirSync(vault)).toEqual([]);
	});

	it("never writes through a folder that links out of the vault", () => {
		const outside = tempDir("ifu-outside-");
		const vault = makeVault({});
		fs.symlinkSync(outside, path.join(vault, "Interviews"));
		const result = cli(["new", vault, "--from-invite", path.join(FIXTURES, "zoom.ics"), "--company", "Globex"]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/leads out of the vault/);
		expect(fs.readdirSync(outside)).toEqual([]);
	});

	it("--company and --role fill what the title does not say", () => {
		const vault = makeVault({});
		const ics = fixture("zoom.ics").replace("SUMMARY:Globex Phone Screen - Site Reliability Engineer", "SUMMARY:Chat");
		const result = cli(["new", vault, "--from-invite", inviteFile(ics), "--company", "Globex", "--role", "SRE"]);
		expect(result.stdout).toBe("Interviews/2026-12-03 Globex - SRE.md\n");
		// Without them, the company comes from the organizer's work address, and the user is told.
		const bare = cli(["new", vault, "--from-invite", inviteFile(ics.replace("UID:ZOOM81234567890", "UID:ZOOM2"))]);
		expect(bare.stderr).toMatch(/note: The company "Globex" was taken from the interviewers' mail domain \(globex\.example\): change it if it is wrong\./);
		expect(bare.stdout).toBe("Interviews/2026-12-03 Globex.md\n");
		// With nobody at a work address, nothing is guessed.
		const personal = ics.replace("UID:ZOOM81234567890", "UID:ZOOM3").replace(/dana\.whitfield@globex\.example/g, "dana.whitfield@gmail.com");
		const none = cli(["new", vault, "--from-invite", inviteFile(personal)]);
		expect(none.stderr).toMatch(/note: The company and role could not be read from the invite's title "Chat"/);
		expect(none.stdout).toBe("Interviews/2026-12-03 Interview.md\n");
	});
});
