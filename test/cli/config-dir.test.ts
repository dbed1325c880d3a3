// The vault's configuration folder is `.obsidian` unless the user renamed it (Obsidian allows it
// per device): the command line finds it, or is told with --config-dir, and reads the plugin's
// settings and the Templates plugin's folder from there.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, localIso, makeVault } from "./helpers";
import { FIXTURE, NOW } from "./fixture-vault";

const { ".obsidian/templates.json": templates, ...NOTES } = FIXTURE;
const SETTINGS = "plugins/interview-follow-up/data.json";

const acmeThankYou = (vault: string, extra: string[] = []) =>
	dueJson(vault, ["--now", NOW, ...extra]).actions.find((a) => a.file === "Interviews/Acme.md" && a.kind === "thank-you");

function age(vault: string, rel: string, secondsAgo: number): void {
	const when = new Date(Date.now() - secondsAgo * 1000);
	fs.utimesSync(path.join(vault, ...rel.split("/")), when, when);
}

describe("the configuration folder", () => {
	it("is found under another name than .obsidian, settings and template folder alike", () => {
		const vault = makeVault({
			...NOTES,
			".obsidian-work/templates.json": templates,
			[`.obsidian-work/${SETTINGS}`]: JSON.stringify({ thankYouIdealHours: 2 }),
			".git/config": "[core]\n",
		});
		expect(acmeThankYou(vault)).toMatchObject({ state: "late", idealBy: localIso(2026, 11, 25, 16, 30) });
		// The template note stays out of the scan: templates.json was read from the same folder.
		expect(dueJson(vault, ["--now", NOW]).problems.map((p) => p.file)).toEqual(["Interviews/Broken.md"]);
	});

	it("is the one whose plugin settings changed last when two devices sync one vault under two names", () => {
		const vault = makeVault({
			...NOTES,
			[`.obsidian/${SETTINGS}`]: JSON.stringify({ thankYouIdealHours: 2 }),
			[`.obsidian-mobile/${SETTINGS}`]: JSON.stringify({ thankYouIdealHours: 3 }),
		});
		age(vault, `.obsidian/${SETTINGS}`, 3600);
		expect(acmeThankYou(vault)?.idealBy).toBe(localIso(2026, 11, 25, 17, 30));
		age(vault, `.obsidian-mobile/${SETTINGS}`, 7200);
		expect(acmeThankYou(vault)?.idealBy).toBe(localIso(2026, 11, 25, 16, 30));
	});

	it("prefers a folder with this plugin's settings over one with only Obsidian's", () => {
		const vault = makeVault({ ...NOTES, ".obsidian/app.json": "{}", [`.phone/${SETTINGS}`]: JSON.stringify({ thankYouIdealHours: 2 }) });
		age(vault, `.phone/${SETTINGS}`, 7200);
		expect(acmeThankYou(vault)?.idealBy).toBe(localIso(2026, 11, 25, 16, 30));
	});

	it("is the one --config-dir names, for every command", () => {
		const vault = makeVault({
			...NOTES,
			[`.obsidian/${SETTINGS}`]: JSON.stringify({ thankYouIdealHours: 2 }),
			[`.laptop/${SETTINGS}`]: JSON.stringify({ thankYouIdealHours: 3, myName: "Sam Okoro" }),
		});
		expect(acmeThankYou(vault, ["--config-dir", ".laptop"])?.idealBy).toBe(localIso(2026, 11, 25, 17, 30));
		const draft = cli(["draft", vault, "Interviews/Acme", "thank-you", "--config-dir", ".laptop/"]);
		expect(draft.code).toBe(0);
		expect(draft.stdout).toContain("Sam Okoro");
		const ics = cli(["ics", vault, "--now", NOW, "--config-dir=.laptop"]);
		expect(ics.code).toBe(0);
	});

	it("names the settings file it could not use by its folder", () => {
		const vault = makeVault({ ...NOTES, [`.vault-config/${SETTINGS}`]: "{ not json" });
		const out = dueJson(vault, ["--now", NOW]);
		expect(out.problems).toContainEqual(expect.objectContaining({ file: `.vault-config/${SETTINGS}`, severity: "warning" }));
	});

	it("gives the defaults when the vault has none", () => {
		expect(acmeThankYou(makeVault(NOTES))).toMatchObject({ idealBy: localIso(2026, 11, 25, 22, 30) });
	});

	it("refuses a --config-dir that is not a dot-folder at the top of the vault, in one line", () => {
		const vault = makeVault({ ...NOTES, ".obsidian/app.json": "{}" });
		for (const [given, reason] of [
			[".nope", /--config-dir "\.nope": the vault has no folder of that name/],
			["obsidian", /starts with a dot/],
			[".obsidian/plugins", /starts with a dot/],
		] as const) {
			const out = cli(["due", vault, "--config-dir", given]);
			expect(out.code).toBe(2);
			expect(out.stderr).toMatch(reason);
			expect(out.stderr.trim().split("\n")).toHaveLength(1);
		}
	});
});
