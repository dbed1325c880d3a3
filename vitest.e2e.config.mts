import { defineConfig } from "vitest/config";

// Browser end-to-end tests: the sandbox page (real main.js + the Obsidian fake) in Debian's Chromium.
export default defineConfig({
	test: {
		include: ["test/e2e/**/*.e2e.ts"],
		environment: "node",
		testTimeout: 30_000,
		hookTimeout: 60_000,
		fileParallelism: false,
	},
});
