// Test helpers for the command line: throwaway vaults on disk and in-process runs with captured output.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach } from "vitest";
import { run } from "../../src/cli/main";

const made: string[] = [];

afterEach(() => {
	while (made.length > 0) fs.rmSync(made.pop() as string, { recursive: true, force: true });
});

/** A temporary folder removed after the test. */
export function tempDir(prefix = "ifu-"): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(dir);
	return dir;
}

/** Writes `files` (vault-relative path → text) into a new temporary vault and returns its path. */
export function makeVault(files: Record<string, string | Buffer>): string {
	const dir = tempDir("ifu-vault-");
	writeFiles(dir, files);
	return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
	for (const [rel, content] of Object.entries(files)) {
		const abs = path.join(dir, ...rel.split("/"));
		fs.mkdirSync(path.dirname(abs), { recursive: true });
		fs.writeFileSync(abs, content);
	}
}

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	env?: Record<string, string | undefined>;
	tty?: boolean;
	cwd?: string;
	now?: Date;
}

/**
 * Runs the command line in process. The cache goes to a fresh temporary folder unless the
 * environment given says otherwise.
 */
export function cli(argv: string[], options: RunOptions = {}): CliResult {
	let stdout = "";
	let stderr = "";
	// A terminal in British English (days written first), unless a test says otherwise.
	const env = { LANG: "en_GB.UTF-8", INTERVIEW_FOLLOW_UP_CACHE_DIR: tempDir("ifu-cache-"), ...options.env };
	const code = run(argv, {
		stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
		stderr: { write: (t: string) => (stderr += t) },
		env,
		cwd: options.cwd ?? process.cwd(),
		now: options.now ? () => options.now as Date : undefined,
	});
	return { code, stdout, stderr };
}

/** `due --json` parsed. */
export function dueJson(vault: string, extra: string[] = [], options: RunOptions = {}): { now: string; actions: Array<Record<string, unknown>>; problems: Array<Record<string, unknown>> } {
	const result = cli(["due", vault, "--json", ...extra], options);
	if (result.code !== 0) throw new Error(`due failed (${result.code}): ${result.stderr}`);
	return JSON.parse(result.stdout);
}

/** A local date-time as an ISO instant, so that expectations hold in every time zone. */
export function localIso(y: number, mo: number, d: number, h = 0, mi = 0): string {
	return new Date(y, mo - 1, d, h, mi).toISOString();
}
