// A laptop that changes time zone: a scan cache written in one zone must give the next zone's
// instants, in every command. Run as a user runs it: the built program, in child processes with
// different TZ values, sharing one cache folder.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./built";
import { makeVault, tempDir } from "./helpers";

// Late in the evening, so that the two zones put the interview on different days.
const NOTE = `---
type: interview
company: Acme
role: Engineer
interview_start: 2026-11-25T21:00
interview_end: 2026-11-25T22:00
primary_contact: Lena Okafor
primary_contact_email: lena@acme.example
interviewers:
  - name: Sam Lee
    email: sam@acme.example
next_steps: They decide next week
---
`;

function agedVault(): string {
	const vault = makeVault({ "Interviews/Acme.md": NOTE });
	const old = new Date(Date.now() - 60_000);
	for (const p of ["Interviews/Acme.md", "Interviews", ""]) fs.utimesSync(path.join(vault, p), old, old);
	return vault;
}

/** A cache written by `due` in New York, then `args` run in Kolkata over the same cache. */
function fromNewYorkCache(args: (vault: string) => string[]) {
	const vault = agedVault();
	const cache = tempDir("ifu-cache-");
	const env = { INTERVIEW_FOLLOW_UP_CACHE_DIR: cache };
	const first = runCli(["due", vault, "--json", "--all", "--now", "2026-11-26T12:00Z"], { ...env, TZ: "America/New_York" });
	expect(first.status).toBe(0);
	expect(fs.readdirSync(cache)).toHaveLength(1);
	const second = runCli(args(vault), { ...env, TZ: "Asia/Kolkata" });
	// Warnings may come (a draft without the user's name); no failure.
	expect(second.stderr).not.toMatch(/unexpected|cannot/);
	expect(second.status).toBe(0);
	return { first: first.stdout, second: second.stdout };
}

describe("a cache written in one time zone, read in another", () => {
	it("due gives the second zone's instants", () => {
		const { first, second } = fromNewYorkCache((vault) => ["due", vault, "--json", "--all", "--now", "2026-11-26T12:00Z"]);
		const opens = (out: string) => JSON.parse(out).actions.find((a: { kind: string }) => a.kind === "thank-you").opensAt;
		// 22:00 in New York (UTC-5) and in Kolkata (UTC+5:30).
		expect(opens(first)).toBe("2026-11-26T03:00:00.000Z");
		expect(opens(second)).toBe("2026-11-25T16:30:00.000Z");
	});

	it("ics gives the second zone's instants", () => {
		const { second } = fromNewYorkCache((vault) => ["ics", vault, "--now", "2026-11-26T12:00Z"]);
		expect(second).toContain("DTSTART:20261125T163000Z");
		expect(second).not.toContain("DTSTART:20261126T030000Z");
	});

	it("draft names the interview's day in the second zone", () => {
		const { second } = fromNewYorkCache((vault) => ["draft", vault, "Interviews/Acme.md", "handwritten-note", "--json"]);
		const body: string = JSON.parse(second).drafts[0].body;
		// The card names the day of the interview: 25 November in Kolkata (26 November was New York's instant read in Kolkata).
		expect(body).toMatch(/on (?:Wednesday|25 November)/);
		expect(body).not.toMatch(/on (?:Thursday|26 November)/);
	});
});
