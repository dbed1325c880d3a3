// `npm start`: shows the real command-line tool on the example vault at a fixed instant, so the
// demo reads the same every time whatever today's date.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DEMO_ARGS as args, DEMO_NOW as NOW } from "./demo-excerpt.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

console.log(`Demo at ${NOW} (local time): interview-follow-up ${args.join(" ")}\n`);
const result = spawnSync(process.execPath, ["dist/cli.js", ...args], { cwd: root, stdio: "inherit" });
if (result.error) {
	console.error(`Could not run dist/cli.js (${result.error.message}); run npm run build first.`);
	process.exit(1);
}
console.log(`\nTry next: node dist/cli.js due example-vault --now ${NOW} --json   (all commands: node dist/cli.js --help)`);
process.exitCode = result.status ?? 1;
