// Runs the core tests under several time zones: day arithmetic must keep the local wall clock
// across daylight-saving changes and hours must stay absolute, wherever the user lives. Prints one
// line per zone; the full report only for a zone where something failed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const zones = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe"];
const dir = mkdtempSync(join(tmpdir(), "ifu-tz-"));
let failed = 0;
try {
	for (const tz of zones) {
		const report = join(dir, "report.json");
		const started = Date.now();
		const run = spawnSync("npx", ["vitest", "run", "test/core", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], {
			encoding: "utf8",
			env: { ...process.env, TZ: tz, FORCE_COLOR: "0" },
		});
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		let summary;
		try {
			const json = JSON.parse(readFileSync(report, "utf8"));
			summary = `${json.numPassedTests} of ${json.numTotalTests} tests passed`;
			rmSync(report);
		} catch {
			summary = "no report";
		}
		if (run.status === 0) {
			console.log(`TZ=${tz}: ${summary} (${seconds} s)`);
		} else {
			failed++;
			console.log(`TZ=${tz}: FAILED, ${summary} (${seconds} s)`);
			// The failing zone's own output: which tests, and why.
			process.stdout.write(run.stdout);
			process.stderr.write(run.stderr);
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
