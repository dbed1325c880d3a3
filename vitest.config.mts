import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
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
		// Every core: Vitest's default leaves one idle, and on a two-core machine that halves the speed of
		// the linear-time suite, which is split over several files so that the cores can share it.
		maxWorkers: Math.max(1, availableParallelism()),
	},
});
