import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
import { icalTrimVite } from "./scripts/ical-trim.mjs";

// Tests run against a fake of the Obsidian API: the `obsidian` package ships types only.
export default defineConfig({
	resolve: {
		alias: {
			obsidian: fileURLToPath(new URL("./test/fakes/obsidian.ts", import.meta.url)),
		},
	},
	// ical.js as main.js ships it, trimmed (scripts/ical-trim.mjs): a part the code needs but the
	// trim removed fails the tests. It is inlined so that vite loads it, through the trim.
	plugins: [icalTrimVite()],
	test: {
		include: ["test/**/*.test.ts"],
		exclude: ["test/e2e/**", "node_modules/**"],
		environment: "node",
		setupFiles: ["test/setup/fast-check.ts"],
		server: { deps: { inline: ["ical.js"] } },
		// A guard against a hung test, not a speed limit: on a loaded two-core machine a test that takes
		// half a second alone can take several.
		testTimeout: 30_000,
		hookTimeout: 30_000,
	},
});
