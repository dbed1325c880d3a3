// Several `mark`s on one note at once, as separate processes (a script, two terminals): each one
// either lands or is refused with a clear message. None may report success and lose its key.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import lockfile from "proper-lockfile";
import { noteLockOptions } from "../../src/cli/mark";
import { parseYaml } from "../../src/cli/yaml";
import { startCli } from "./built";
import { makeVault } from "./helpers";
import { FIXTURE } from "./fixture-vault";

const EVENTS: Array<[string, string]> = [
	["thank-you-sent", "thank_you_sent"],
	["next-steps-asked", "next_steps_asked"],
	["check-in-sent", "check_in_sent"],
	["reply-received", "reply_received"],
];
// More rounds find rarer races: MARK_ROUNDS=100 npx vitest run test/cli/mark-concurrent.test.ts
const ROUNDS = Number(process.env.MARK_ROUNDS) || 4;

describe.skipIf(process.platform === "win32")("concurrent marks on one note", () => {
	it("a mark started while another holds the note waits for it, then lands on top of its write", { timeout: 60_000 }, async () => {
		const vault = makeVault({ "Interviews/Acme.md": FIXTURE["Interviews/Acme.md"] });
		const file = fs.realpathSync(path.join(vault, "Interviews", "Acme.md"));
		// This test is the other mark: it takes the note, reads it, and writes only later.
		const release = lockfile.lockSync(file, noteLockOptions(file));
		const before = fs.readFileSync(file, "utf8");
		const other = startCli(["mark", vault, "Interviews/Acme.md", "reply-received", "--at", "2026-11-26T09:00"], { INTERVIEW_FOLLOW_UP_CACHE: "0" });
		// Long enough for a mark that ignores the lock to have written and exited.
		const early = await Promise.race([other.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
		fs.writeFileSync(file, before.replace("thank_you_sent:", "thank_you_sent: 2026-11-25T18:00"));
		release();
		const run = await other;
		const text = fs.readFileSync(file, "utf8");
		expect(text).toContain("thank_you_sent: 2026-11-25T18:00\n");
		if (run.code === 0) expect(text).toContain("reply_received: 2026-11-26T09:00\n");
		else expect(run.stderr).toMatch(/nothing was written/);
		expect(early).toBe(false);
	});

	it("land, or are refused in one line; never reported done and lost", { timeout: 120_000 }, async () => {
		let landed = 0;
		let refused = 0;
		let lost = 0;
		for (let round = 0; round < ROUNDS; round++) {
			const vault = makeVault({ "Interviews/Acme.md": FIXTURE["Interviews/Acme.md"].replace("thank_you_sent:\n", "") });
			const runs = await Promise.all(EVENTS.map(([event]) => startCli(["mark", vault, "Interviews/Acme.md", event, "--at", "2026-11-26T09:00"], { INTERVIEW_FOLLOW_UP_CACHE: "0" })));
			const text = fs.readFileSync(path.join(vault, "Interviews", "Acme.md"), "utf8");
			const frontmatter = parseYaml(text.slice(4, text.indexOf("\n---\n"))) as Record<string, unknown>;
			runs.forEach((run, i) => {
				const key = EVENTS[i][1];
				if (run.code === 0) {
					landed++;
					if (frontmatter[key] !== "2026-11-26T09:00") lost++;
				} else {
					refused++;
					expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
					expect(run.stderr).toMatch(/^interview-follow-up: Interviews\/Acme\.md .*nothing was written, try again$/m);
				}
			});
			// One log line per mark that landed, and no lock or temporary file left beside the note.
			expect(text.match(/^- 2026-11-26 09:00 /gm)?.length ?? 0).toBe(runs.filter((r) => r.code === 0).length);
			expect(fs.readdirSync(path.join(vault, "Interviews"))).toEqual(["Acme.md"]);
		}
		expect({ lost, landedOrRefused: landed + refused }).toEqual({ lost: 0, landedOrRefused: ROUNDS * EVENTS.length });
		expect(landed).toBeGreaterThan(0);
	});
});
