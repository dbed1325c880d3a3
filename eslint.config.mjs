// Lints the plugin and the core with the Obsidian community's recommended rules. The CLI runs on
// Node, where the mobile-safety rules about Node modules do not apply.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import mobileSafe from "./scripts/lint/lookbehind.mjs";

export default defineConfig([
	globalIgnores(["node_modules/", "dist/", "main.js", "test/", "scripts/", "example-vault/", ".bench/", "test-results/", "*.mjs", "*.mts", "sandbox/", ".scratch/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.*"],
				},
			},
		},
	},
	{
		// obsidianmd/regex-lookbehind misses `(?<!x)` (it looks for `(?<!)`); this rule reads patterns as a
		// regex engine does. test/plugin/bundle-contents.test.ts checks the built main.js the same way.
		plugins: { "mobile-safe": mobileSafe },
		rules: { "mobile-safe/no-regex-lookbehind": "error" },
	},
	{
		// js-yaml 3 is the YAML engine gray-matter is built on; the CLI keeps it, with a schema that
		// leaves timestamps as strings, because it parses frontmatter ten times faster than \`yaml\`.
		files: ["package.json"],
		rules: { "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }] },
	},
	{
		files: ["src/cli/**/*.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// The command line reads a vault from disk without Obsidian, so it has no Vault#configDir.
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
			"obsidianmd/no-nodejs-modules": "off",
		},
	},
]);
