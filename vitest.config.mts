import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Tests run against a fake of the Obsidian API: the `obsidian` package ships types only.
export default defineConfig({
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./test/fakes/obsidian.ts", import.meta.url)),
		},
	},
	test: {
		include: ["test/**/*.test.ts"],
		exclude: ["test/e2e/**", "node_modules/**"],
		environment: "node",
		setupFiles: ["test/setup/fast-check.ts", "test/setup/locale.ts"],
		// A guard against a hung test, not a speed limit: on a loaded two-core machine a test that takes
		// half a second alone can take several.
		testTimeout: 30_000,
		hookTimeout: 30_000,
	},
});
