import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMailto } from "../../src/core/mailto";
import { systemLocale } from "../../src/cli/draft";
import { cli, dueJson, makeVault, tempDir } from "./helpers";

const EXAMPLE = path.resolve("example-vault");
const GLOBEX = "Interviews/2026-11-25 Globex - Staff engineer.md";
const now = new Date(2026, 10, 25, 18, 0);

function drafts(vault: string, note: string, kind: string): Array<Record<string, unknown>> {
	const result = cli(["draft", vault, note, kind, "--json"], { now });
	expect(result.code).toBe(0);
	const parsed = JSON.parse(result.stdout) as { drafts: Array<Record<string, unknown>> };
	expect(Object.keys(parsed)).toEqual(["drafts"]);
	return parsed.drafts;
}

describe("draft", () => {
	it("gives one personal thank-you per interviewer with an email, plus one to the primary contact naming the others", () => {
		const list = drafts(EXAMPLE, GLOBEX, "thank-you");
		expect(list.map((d) => (d.to as Array<{ name: string }>).map((r) => r.name).join())).toEqual(["Owen Mercer", "Priya Natarajan", "Renee Alvarez"]);
		expect(String(list[0].body)).toContain("nightly batch window");
		// Named as the letter has just named him, with Owen and Priya ("my interview with Owen, Priya and Tom").
		expect(String(list[2].body)).toMatch(/with Owen, Priya and Tom\b[^]*pass my thanks on to Tom\b/);
		expect(new Set(list.map((d) => d.body)).size).toBe(3);
		for (const d of list) {
			const parsed = parseMailto(String(d.mailto));
			expect(Object.keys(parsed.headers).sort()).toEqual(["body", "subject"]);
			expect(parsed.headers.subject).toBe(d.subject);
			// RFC 6068: line breaks in a body travel as CRLF.
			expect(parsed.headers.body).toBe(String(d.body).replace(/\n/g, "\r\n"));
		}
	});

	it("names the sentences written from the note, in the JSON and under each draft's text", () => {
		const list = drafts(EXAMPLE, GLOBEX, "thank-you");
		const owen = list[0].fromNotes as string[];
		expect(owen.some((s) => s.includes("nightly batch window"))).toBe(true);
		for (const d of list) for (const s of d.fromNotes as string[]) expect(String(d.body)).toContain(s);
		const text = cli(["draft", EXAMPLE, GLOBEX, "thank-you"], { now }).stdout;
		const first = text.split(/^── Draft 2/m)[0];
		const heading = first.indexOf("Written from your notes, so read these before sending:\n");
		expect(heading).toBeGreaterThan(first.indexOf("Hi Owen,"));
		expect(first.indexOf("Hi Owen,")).toBeGreaterThan(0);
		expect(first.slice(heading).split("\n").slice(1, 1 + owen.length)).toEqual(owen.map((s) => `  • ${s}`));
	});

	// Review 203: "To: Brianna Koch <bkoch@…>" above a handwritten card; a card is addressed by name.
	it("names the reader of a card without an address, and of an email with one", () => {
		const text = cli(["draft", EXAMPLE, GLOBEX, "handwritten-note"], { now }).stdout;
		const to = text.split("\n").filter((l) => l.startsWith("To:"));
		expect(to.length).toBeGreaterThan(0);
		for (const line of to) expect(line).not.toMatch(/[<@]/);
		expect(cli(["draft", EXAMPLE, GLOBEX, "thank-you"], { now }).stdout).toMatch(/^To: +Owen Mercer <[^>]+@[^>]+>$/m);
	});

	// Reviews 84-88: the list says what to look at in a sentence, where the tool can tell.
	it("says after a listed sentence what to check in it", () => {
		const vault = makeVault({
			"Interviews/Quarry.md": "---\ntype: interview\ncompany: Allegheny Aggregates\ninterview_start: 2026-11-24T10:00\ninterviewers:\n  - name: Janice Holt\n    email: janice@aa.example\n    highlight: rebuilt the preshift exam checklist at bear run\n---\n",
		});
		const text = cli(["draft", vault, "Interviews/Quarry.md", "thank-you"], { now }).stdout;
		expect(text).toMatch(/ {2}• [^\n]*at bear run[^\n]*\. \(check: "bear run" may be a name that takes capitals\)\n/);
	});

	// Reviews 46-48: panels given on one line, nothing in focus, and what each cared about only in the notes below.
	it("points a general thank-you at the note's own lines about the person, in the terminal's words", () => {
		const vault = makeVault({
			"Interviews/Tailor.md": "---\ntype: interview\ncompany: Bellweather\ninterview_start: 2026-11-25T11:00\ninterviewers: Leonard Bell <leo@b.example>, Ana Ruiz <ana@b.example>\n---\n## notes\n- ana asked abt difficult brides \u001b[2J\n",
		});
		const result = cli(["draft", vault, "Interviews/Tailor.md", "thank-you"], { now });
		expect(result.code).toBe(0);
		expect(result.stdout + result.stderr).toContain('Your own notes below the properties mention Ana on line 8 ("ana asked abt difficult brides [2J"): what mattered to them there can go in their focus.');
		expect(result.stdout + result.stderr).not.toContain("\u001b");
	});

	it("writes the next-steps question, the check-in with a call script, the closing and LinkedIn notes", () => {
		const [next] = drafts(EXAMPLE, "Interviews/2026-11-25 Acme Robotics - Platform engineer.md", "next-steps");
		expect(next.to).toEqual([{ name: "Lena Okafor", email: "lena.okafor@acme-robotics.example" }]);
		expect(String(next.body)).toMatch(/next stage|how the process continues/i);
		const [checkIn] = drafts(EXAMPLE, "Interviews/2026-11-17 Hooli - Infrastructure engineer.md", "check-in");
		expect(typeof checkIn.script).toBe("string");
		const [closing] = drafts(EXAMPLE, "Interviews/2026-11-10 Stark Industries - Firmware engineer.md", "close-out");
		expect(closing.to).toEqual([{ name: "Hannah Brooks", email: "hannah.brooks@stark-industries.example" }]);
		for (const note of drafts(EXAMPLE, GLOBEX, "linkedin")) {
			expect(note.mailto).toBeNull();
			expect(String(note.linkedin)).toMatch(/^https:\/\/www\.linkedin\.com\//);
			expect(String(note.body).length).toBeLessThanOrEqual(300);
		}
	});

	it("uses an override template from the vault, inserting values literally", () => {
		const vault = makeVault({
			"Interviews/Odd.md": "---\ntype: interview\ncompany: \"{{role}} Ltd\"\nrole: Engineer\ninterview_start: 2026-11-25T13:00\nprimary_contact: Dana Wu\nprimary_contact_email: dana@odd.example\n---\n",
			"Templates/Follow-up drafts/next-steps.md": "---\nsubject: Next steps at {{company}}\n---\nHello {{primary_contact}}, any news about {{company}}? {{mystery}}\n",
		});
		const [d] = drafts(vault, "Interviews/Odd.md", "next-steps");
		expect(d.subject).toBe("Next steps at {{role}} Ltd");
		expect(d.body).toContain("Hello Dana Wu, any news about {{role}} Ltd?");
		expect(d.body).toContain("{{mystery}}");
		const human = cli(["draft", vault, "Interviews/Odd", "next-steps"], { now });
		expect(human.stdout).toMatch(/mystery/);
	});

	it("signs with a visible [Your name] when data.json gives no name, and says so on stderr", () => {
		const note = "---\ntype: interview\ncompany: Acme\nrole: Engineer\ninterview_start: 2026-11-25T13:00\ninterviewers:\n  - Dana Whitfield <dana@acme.example>\n---\n";
		const unnamed = makeVault({ "Interviews/Acme.md": note });
		const plain = cli(["draft", unnamed, "Interviews/Acme.md", "thank-you"], { now });
		expect(plain.code).toBe(0);
		expect(plain.stdout).toContain("[Your name]");
		expect(plain.stderr).toMatch(/warning: Your name is not in the settings, so the drafts are signed "\[Your name\]".*myName/);
		const json = cli(["draft", unnamed, "Interviews/Acme.md", "thank-you", "--json"], { now });
		expect(JSON.parse(json.stdout).drafts[0].body).toMatch(/\n\[Your name\]$/);
		expect(json.stderr).toContain("[Your name]");
		const named = makeVault({ "Interviews/Acme.md": note, ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ myName: "Jordan Rivera" }) });
		const signed = cli(["draft", named, "Interviews/Acme.md", "thank-you"], { now });
		expect(signed.stdout).toMatch(/\nJordan Rivera\n/);
		expect(signed.stdout).toMatch(/Subject: .* – Jordan Rivera/);
		expect(signed.stderr).not.toContain("Your name");
	});

	it("gives what to check before sending on stderr, so that the drafts piped from stdout never carry the note's own lines", () => {
		const note = [
			"---",
			"type: interview",
			"company: Acme",
			"role: Engineer",
			"interview_start: 2026-11-25T13:00",
			"interviewers:",
			"  - name: Dana Whitfield",
			"    email: dana@acme.example",
			'    focus: "she wants someone who can calm angry customers w/o escalating everything to her. also claim paperwork"',
			"---",
			"",
		].join("\n");
		const result = cli(["draft", makeVault({ "Interviews/Acme.md": note, ".obsidian/plugins/interview-follow-up/data.json": '{"myName":"Jordan Rivera"}' }), "Interviews/Acme.md", "thank-you"], { now });
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("Hi Dana,");
		expect(result.stdout).not.toContain("Before sending");
		expect(result.stdout).not.toContain("escalating everything");
		expect(result.stderr).toMatch(/^Before sending:\n {2}• .*escalating everything to her/);
	});

	it("writes a day as the terminal's language does, unless data.json says which order", () => {
		const stark = "Interviews/2026-11-10 Stark Industries - Firmware engineer.md";
		const us = cli(["draft", EXAMPLE, stark, "check-in"], { now, env: { LANG: "en_US.UTF-8" } });
		expect(us.stderr).toContain("check-in sent on November 17 (check_in_sent)");
		expect(us.stdout).not.toMatch(/\b\d{1,2} (?:November|December)\b/);
		const uk = cli(["draft", EXAMPLE, stark, "check-in"], { now, env: { LANG: "C.UTF-8", LC_TIME: "en_GB.UTF-8" } });
		expect(uk.stderr).toContain("check-in sent on 17 November (check_in_sent)");
		const note = "---\ntype: interview\ncompany: Acme\nrole: Engineer\ninterview_start: 2026-11-10T13:00\ninterviewers:\n  - Dana Whitfield <dana@acme.example>\nthank_you_sent: 2026-11-10T18:00\n---\n";
		const pinned = makeVault({ "Interviews/Acme.md": note, ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ myName: "Jordan Rivera", dateOrder: "day-month" }) });
		expect(cli(["draft", pinned, "Interviews/Acme.md", "check-in"], { now, env: { LANG: "en_US.UTF-8" } }).stdout).toMatch(/on 10 November/);
		const wrong = makeVault({ "Interviews/Acme.md": note, ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ myName: "Jordan Rivera", dateOrder: "US" }) });
		const warned = cli(["draft", wrong, "Interviews/Acme.md", "check-in"], { now, env: { LANG: "en_US.UTF-8" } });
		expect(warned.stderr).toMatch(/Setting "dateOrder" must be "auto", "day-month" or "month-day", not "US"/);
		expect(warned.stdout).toMatch(/on November 10/);
	});

	it("reads the terminal's language from LC_ALL, LC_TIME or LANG", () => {
		expect(systemLocale({ LANG: "en_US.UTF-8" })).toBe("en-US");
		expect(systemLocale({ LC_ALL: "de_DE.UTF-8@euro", LANG: "en_US.UTF-8" })).toBe("de-DE");
		expect(systemLocale({ LC_TIME: "en_GB", LANG: "C.UTF-8" })).toBe("en-GB");
		expect(systemLocale({ LANG: "C.UTF-8" })).toBeUndefined();
		expect(systemLocale({ LANG: "POSIX" })).toBeUndefined();
		expect(systemLocale({})).toBeUndefined();
	});

	it("gives the draft for a step already recorded or an interview that is not active, with a warning on stderr", () => {
		const checkIn = cli(["draft", EXAMPLE, "Interviews/2026-11-10 Stark Industries - Firmware engineer.md", "check-in", "--json"], { now });
		expect(checkIn.code).toBe(0);
		expect(JSON.parse(checkIn.stdout).drafts).toHaveLength(1);
		expect(checkIn.stderr).toMatch(/warning: The note already records a check-in sent on 17 November \(check_in_sent\)/);
		const offer = cli(["draft", EXAMPLE, "Interviews/2026-11-20 Wonka Labs - Tooling engineer.md", "close-out"], { now });
		expect(offer.code).toBe(0);
		expect(offer.stdout).toContain("Felix");
		expect(offer.stderr).toMatch(/warning: This interview's status is "offer"/);
	});

	it("refuses bad calls with one line and exit 2", () => {
		const vault = makeVault({ "Plain.md": "# nothing\n", "Broken.md": "---\ntype: interview\ninterview_start: next Tuesday\n---\n" });
		for (const argv of [
			["draft", vault, "Missing.md", "thank-you"],
			["draft", vault, "Plain.md", "thank-you"],
			["draft", vault, "Broken.md", "thank-you"],
			["draft", EXAMPLE, GLOBEX, "thanks"],
			["draft", EXAMPLE, GLOBEX],
			["draft", EXAMPLE, "../outside.md", "thank-you"],
		]) {
			const result = cli(argv, { now });
			expect(result.code, argv.join(" ")).toBe(2);
			expect(result.stderr.trim().split("\n")).toHaveLength(1);
			expect(result.stdout).toBe("");
		}
	});
});

describe("ics", () => {
	it("writes one event per pending follow-up, to stdout or a file", () => {
		const out = cli(["ics", EXAMPLE, "--now", "2026-11-25T18:00"]);
		expect(out.code).toBe(0);
		const all = JSON.parse(cli(["due", EXAMPLE, "--now", "2026-11-25T18:00", "--all", "--json"]).stdout) as { actions: unknown[] };
		expect(out.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(all.actions.length);
		const dir = makeVault({});
		const target = path.join(dir, "follow-ups.ics");
		const written = cli(["ics", EXAMPLE, "--now", "2026-11-25T18:00", "-o", target]);
		expect(written.code).toBe(0);
		expect(written.stderr).toMatch(/^Wrote 19 events to /);
		expect(fs.readFileSync(target, "utf8")).toBe(out.stdout);
		expect(fs.readdirSync(dir)).toEqual(["follow-ups.ics"]);
	});

	it("refuses a folder that does not exist", () => {
		const result = cli(["ics", EXAMPLE, "-o", "/nonexistent/dir/x.ics"]);
		expect(result.code).toBe(2);
		expect(result.stderr.trim().split("\n")).toHaveLength(1);
	});
});

describe("draft on a note that is left out of the scan", () => {
	it("says a note in the template folder is a template, not that it lacks type: interview", () => {
		const template = "---\ntype: interview\ncompany: \ninterview_start: \n---\n";
		const vault = makeVault({ ".obsidian/templates.json": '{"folder": "Templates"}', "Templates/Interview.md": template });
		const result = cli(["draft", vault, "Templates/Interview.md", "thank-you"], { now });
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			"interview-follow-up: Templates/Interview.md is skipped: it is in the template folder (Templates), whose notes are templates, not interviews\n",
		);
	});
});

describe("a value a YAML comment cut short", () => {
	const NOTE = "Interviews/Northpine.md";
	const note = (highlight: string) =>
		[
			"---",
			"type: interview",
			"company: Northpine Outdoor Supply",
			"role: District manager",
			"interview_start: 2026-11-25T09:00",
			"interview_end: 2026-11-25T11:30",
			"primary_contact: Tasha Greene <tgreene@northpine.example>",
			"interviewers:",
			"  - name: Carla Benedetti",
			"    email: cbenedetti@northpine.example",
			`    highlight: ${highlight}`,
			"decision_expected: # they did not say",
			"---",
			"",
		].join("\n");
	const CUT = "took my 7-store district from #11 to #3 in region on comp sales, +6.4% YoY";
	const MESSAGE =
		'The highlight stops at " #": YAML reads the rest, "#11 to #3 in region on comp sales, +6...", as a comment, so the drafts get only "took my 7-store district from". Put the value in quotes to keep all of it; a note to yourself goes on a line of its own.';

	it("is a warning of due, with its line, read from the file and again from the cache", () => {
		const vault = makeVault({ [NOTE]: note(CUT) });
		const env = { INTERVIEW_FOLLOW_UP_CACHE_DIR: tempDir("ifu-cache-") };
		for (let run = 0; run < 2; run++) {
			expect(dueJson(vault, [], { now, env }).problems).toEqual([{ file: NOTE, severity: "warning", message: MESSAGE, line: 11 }]);
		}
		expect(cli(["due", vault], { now, env }).stdout).toContain(`warning  ${NOTE}:11  ${MESSAGE}`);
	});

	it("is said on stderr by draft, which still gives the drafts, with no sentence ending on the cut", () => {
		const vault = makeVault({ [NOTE]: note(CUT) });
		for (const json of [false, true]) {
			const result = cli(["draft", vault, NOTE, "thank-you", ...(json ? ["--json"] : [])], { now });
			expect(result.code).toBe(0);
			expect(result.stderr).toContain(`interview-follow-up: warning: ${NOTE}, line 11: ${MESSAGE}\n`);
		}
		const [carla] = drafts(vault, NOTE, "thank-you");
		expect(carla.body).toContain("took my 7-store district");
		expect(carla.body).not.toMatch(/district from\b/);
	});

	it("is not reported once the value is quoted", () => {
		const vault = makeVault({ [NOTE]: note(`"${CUT}"`) });
		expect(dueJson(vault, [], { now }).problems).toEqual([]);
		const result = cli(["draft", vault, NOTE, "thank-you", "--json"], { now });
		expect(result.stderr).not.toContain("stops at");
		expect(JSON.parse(result.stdout).drafts[0].body).toContain("#11 to #3");
	});
});

describe("attachments written at the top of the note", () => {
	const NOTE = "Interviews/Foxglove.md";
	const note = (primaryContact: string) =>
		[
			"---",
			"type: interview",
			"company: Foxglove Studio",
			"role: Graphic Designer",
			"interview_start: 2026-11-25T10:30",
			"format: video",
			`primary_contact: ${primaryContact}`,
			"interviewers:",
			'  - Katherine "Kat" Nguyen <kat@foxglovestudio.example>',
			"  - name: Ben Osei",
			"    email: ben@foxglovestudio.example",
			'attachments: "[[Portfolio/Harvest Lane packaging case study.pdf]]"',
			"---",
			"",
		].join("\n");

	it("go with the thank-you of the primary contact who interviewed", () => {
		const vault = makeVault({ [NOTE]: note("Kat Nguyen <kat@foxglovestudio.example>") });
		expect(dueJson(vault, [], { now }).problems).toEqual([]);
		const [kat, ben] = drafts(vault, NOTE, "thank-you");
		expect(kat.body).toMatch(/attached the Harvest Lane packaging case study/);
		expect(ben.body).not.toMatch(/attach/i);
	});

	it("are a warning at their line, of due and on draft's stderr, when they are for nobody in particular", () => {
		const vault = makeVault({ [NOTE]: note("Jen Marsh <jmarsh@x.example>") });
		const message = "attachments is written at the top of the note, and it does not say which of the 2 interviewers it is for, so no draft includes it: put attachments under the interviewer they are for.";
		expect(dueJson(vault, [], { now }).problems).toEqual([{ file: NOTE, severity: "warning", message, line: 12 }]);
		const result = cli(["draft", vault, NOTE, "thank-you"], { now });
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(`interview-follow-up: warning: ${NOTE}, line 12: ${message}\n`);
		expect(result.stdout).not.toMatch(/attach/i);
	});
});
