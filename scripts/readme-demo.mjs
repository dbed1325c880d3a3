// `node scripts/readme-demo.mjs`: writes into README.md the excerpt of what `npm start` prints, from
// the built command-line tool (run `npm run build` first). test/readme.test.ts fails when they differ.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEMO_ARGS, demoExcerpt, withExcerpt } from "./demo-excerpt.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = spawnSync(process.execPath, ["dist/cli.js", ...DEMO_ARGS], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", INTERVIEW_FOLLOW_UP_CACHE: "0" } });
if (run.status !== 0) {
	console.error(run.error ? `Could not run dist/cli.js (${run.error.message}); run npm run build first.` : run.stderr);
	process.exit(1);
}
const readmePath = `${root}README.md`;
writeFileSync(readmePath, withExcerpt(readFileSync(readmePath, "utf8"), demoExcerpt(run.stdout)));
console.log("README.md: npm start excerpt updated.");
