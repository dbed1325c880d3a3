// Runs the core tests under several time zones: day arithmetic must keep the local wall clock
// across daylight-saving changes and hours must stay absolute, wherever the user lives.
import { spawnSync } from "node:child_process";

const zones = ["UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe"];
let failed = 0;
for (const tz of zones) {
	console.log(`\n== core tests with TZ=${tz}`);
	const run = spawnSync("npx", ["vitest", "run", "test/core", "--reporter=dot"], {
		stdio: "inherit",
		env: { ...process.env, TZ: tz },
	});
	if (run.status !== 0) failed++;
}
if (failed > 0) {
	console.error(`\nCore tests failed in ${failed} of ${zones.length} time zones.`);
	process.exit(1);
}
console.log(`\nCore tests passed in ${zones.length} time zones: ${zones.join(", ")}.`);
