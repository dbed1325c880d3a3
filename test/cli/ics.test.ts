// `ics -o`: the calendar file is written whole or not at all, through a temporary file nobody can
// plant in advance, never through a symbolic link, and with the .ics extension the plugin gives it.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, makeVault, tempDir } from "./helpers";
import { FIXTURE, NOW } from "./fixture-vault";

describe.skipIf(process.platform === "win32")("ics -o", () => {
	it("adds .ics to a name without it, as the plugin does", () => {
		const out = tempDir();
		const result = cli(["ics", makeVault(FIXTURE), "--now", NOW, "-o", "follow-ups"], { cwd: out });
		expect(result.code).toBe(0);
		expect(fs.readdirSync(out)).toEqual(["follow-ups.ics"]);
		expect(fs.readFileSync(path.join(out, "follow-ups.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(result.stderr).toMatch(/^Wrote \d+ events to follow-ups\.ics/);
	});

	it("does not write through files planted at the old predictable temporary names", () => {
		const out = tempDir();
		const victim = path.join(tempDir(), "victim.txt");
		fs.writeFileSync(victim, "precious\n");
		// The names a temporary file beside the target could have had: none may be followed.
		for (let pid = process.pid - 2; pid <= process.pid + 2; pid++) fs.symlinkSync(victim, path.join(out, `.cal.ics.${pid}.tmp`));
		const result = cli(["ics", makeVault(FIXTURE), "--now", NOW, "-o", path.join(out, "cal.ics")]);
		expect(result.code).toBe(0);
		expect(fs.readFileSync(victim, "utf8")).toBe("precious\n");
		expect(fs.lstatSync(path.join(out, "cal.ics")).isFile()).toBe(true);
		// Only the target and the planted links: the temporary file is gone.
		expect(fs.readdirSync(out).filter((n) => !/^\.cal\.ics\.\d+\.tmp$/.test(n))).toEqual(["cal.ics"]);
	});

	it("refuses a symbolic link at the target, leaving the link and what it points at alone", () => {
		const out = tempDir();
		const victim = path.join(tempDir(), "victim.txt");
		fs.writeFileSync(victim, "precious\n");
		fs.symlinkSync(victim, path.join(out, "cal.ics"));
		const result = cli(["ics", makeVault(FIXTURE), "--now", NOW, "-o", path.join(out, "cal.ics")]);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/cal\.ics is a symbolic link; it is not followed: give the path of the file itself, or remove the link\n$/);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
		expect(fs.readFileSync(victim, "utf8")).toBe("precious\n");
		expect(fs.lstatSync(path.join(out, "cal.ics")).isSymbolicLink()).toBe(true);
	});

	it("replaces an existing calendar file, keeping its permissions", () => {
		const out = tempDir();
		const target = path.join(out, "cal.ics");
		fs.writeFileSync(target, "old");
		fs.chmodSync(target, 0o600);
		expect(cli(["ics", makeVault(FIXTURE), "--now", NOW, "-o", target]).code).toBe(0);
		expect(fs.readFileSync(target, "utf8")).toMatch(/^BEGIN:VCALENDAR/);
		expect(fs.statSync(target).mode & 0o777).toBe(0o600);
	});
});
