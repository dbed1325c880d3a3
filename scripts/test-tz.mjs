// Runs the core tests under several time zones: day arithmetic must keep the local wall clock
// across daylight-saving changes and hours must stay absolute, wherever the user lives. Prints one
// line per zone, in the order below; the full report only for a zone where something failed.
// One zone at a time, on every core. The core is pure (no module keeps state a test could leave
// behind), so its test files share one load of the modules per worker (`--no-isolate`): loading
// the drafts' readings afresh for each of 170-odd files took twice as long as the tests themselves.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const zones = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe"];
const workers = Math.max(1, availableParallelism());
const dir = mkdtempSync(join(tmpdir(), "ifu-tz-"));

/** One zone's run: its line, and its own output when it failed. */
function runZone(tz, i) {
	return new Promise((resolve) => {
		const report = join(dir, `report-${i}.json`);
		const started = Date.now();
		const child = spawn("npx", ["vitest", "run", "test/core", "--no-isolate", `--maxWorkers=${workers}`, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
			env: { ...process.env, TZ: tz, FORCE_COLOR: "0" },
		});
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d) => (stdout += d));
		child.stderr.on("data", (d) => (stderr += d));
		child.on("close", (status) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			let summary;
			try {
				const json = JSON.parse(readFileSync(report, "utf8"));
				summary = `${json.numPassedTests} of ${json.numTotalTests} tests passed`;
			} catch {
				summary = "no report";
			}
			resolve({ tz, ok: status === 0, line: status === 0 ? `TZ=${tz}: ${summary} (${seconds} s)` : `TZ=${tz}: FAILED, ${summary} (${seconds} s)`, stdout, stderr });
		});
	});
}

const results = [];
let failed = 0;
try {
	for (const [i, tz] of zones.entries()) results.push(await runZone(tz, i));
	for (const r of results) {
		console.log(r.line);
		if (!r.ok) {
			failed++;
			// The failing zone's own output: which tests, and why.
			process.stdout.write(r.stdout);
			process.stderr.write(r.stderr);
		}
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
if (failed > 0) {
	console.error(`Core tests failed in ${failed} of ${zones.length} time zones.`);
	process.exit(1);
}
console.log(`Core tests passed in ${zones.length} time zones.`);
