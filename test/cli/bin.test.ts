// The built program, as a user runs it: only when dist/cli.js has been built (npm run build).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { makeVault, tempDir } from "./helpers";
import { FIXTURE, NOW } from "./fixture-vault";

const bin = path.resolve(__dirname, "../../dist/cli.js");

describe.skipIf(!fs.existsSync(bin))("dist/cli.js", () => {
	const node = (args: string[], env: Record<string, string> = {}) =>
		spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, INTERVIEW_FOLLOW_UP_CACHE_DIR: tempDir(), NO_COLOR: "", ...env } });

	it("prints the due list as JSON and exits 0", () => {
		const result = node(["due", makeVault(FIXTURE), "--now", NOW, "--json"]);
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout).actions).toHaveLength(5);
	});

	it("exits 2 with one line and no stack trace on a usage error", () => {
		const result = node(["due", "/no/such/vault"]);
		expect(result.status).toBe(2);
		expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});
