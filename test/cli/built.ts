// The command line as a user runs it, in a child process: bundled from the current source once per
// test file (esbuild, as `npm run build` does), so that tests need no earlier build and never run
// a stale dist/cli.js.
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import esbuild from "esbuild";

let bundled: string | null = null;

/** The path of a fresh bundle of src/cli/main.ts. */
export function builtCli(): string {
	if (bundled && fs.existsSync(bundled)) return bundled;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ifu-cli-"));
	const out = path.join(dir, "cli.js");
	esbuild.buildSync({
		entryPoints: [path.resolve(__dirname, "../../src/cli/main.ts")],
		bundle: true,
		platform: "node",
		target: "node20",
		format: "cjs",
		outfile: out,
		logLevel: "silent",
	});
	bundled = out;
	return out;
}

/** Runs the built command line with `env` added to a quiet environment; waits for it. */
export function runCli(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, [builtCli(), ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
}

/** Starts the built command line without waiting; resolves with its exit code and output. */
export function startCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [builtCli(), ...args], { env: { ...process.env, NO_COLOR: "1", ...env } });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
		child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
		child.on("close", (code) => resolve({ code, stdout, stderr }));
	});
}
