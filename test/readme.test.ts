// What the README says the commands print is what they print: the `npm start` excerpt is generated
// from the demo (scripts/readme-demo.mjs), and the sandbox's first line is its address.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../src/cli/main";
import { DEMO_ARGS, demoExcerpt, readmeExcerpt } from "../scripts/demo-excerpt.mjs";

const readme = readFileSync("README.md", "utf8");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };

describe("the README", () => {
	it("shows what `npm start` prints (run `npm run build && node scripts/readme-demo.mjs` after changing the output)", () => {
		let stdout = "";
		const status = run(DEMO_ARGS, {
			stdout: { write: (text: string) => (stdout += text) },
			stderr: { write: () => true },
			env: { NO_COLOR: "1", INTERVIEW_FOLLOW_UP_CACHE: "0" },
			cwd: process.cwd(),
		});
		expect(status).toBe(0);
		expect(readmeExcerpt(readme)).toBe(demoExcerpt(stdout));
	});

	it("keeps the quick start: npm install && npm start, and npm test", () => {
		expect(readme).toContain("npm install && npm start");
		expect(readme).toMatch(/```sh\nnpm test\n```/);
		expect(pkg.scripts.start).toBe("npm run build --silent && node scripts/demo.mjs");
	});
});

describe("npm run sandbox", () => {
	it("builds quietly, so that what it prints first is the sandbox's", () => {
		expect(pkg.scripts.sandbox).toBe("npm run build --silent && node scripts/sandbox.mjs");
		const levels = spawnSync(process.execPath, ["--input-type=module", "-e", 'const m = await import("./esbuild.config.mjs"); console.log(m.pluginBuild(true).logLevel, m.cliBuild(true).logLevel)'], {
			encoding: "utf8",
			env: { ...process.env, npm_config_loglevel: "silent" },
		});
		expect(levels.stdout.trim()).toBe("warning warning");
	});

	it.skipIf(!existsSync("main.js"))("prints the page's address as its first line, as the README says", async () => {
		expect(readme).toContain("the address is the first line printed");
		const child = spawn(process.execPath, ["scripts/sandbox.mjs"], { env: { ...process.env, PORT: "0", SANDBOX_TTL: "30" } });
		try {
			const first = await new Promise<string>((resolve, reject) => {
				let text = "";
				child.stdout.on("data", (chunk: Buffer) => {
					text += chunk.toString();
					if (text.includes("\n")) resolve(text.split("\n")[0]);
				});
				child.on("error", reject);
				child.on("exit", (code) => reject(new Error(`the sandbox stopped (${code}) before printing: ${text}`)));
			});
			expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
		} finally {
			child.kill();
		}
	});
});
