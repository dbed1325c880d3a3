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
	},
});
