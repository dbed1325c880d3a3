// Lints the plugin and the core with the Obsidian community's recommended rules. The CLI runs on
// Node, where the mobile-safety rules about Node modules do not apply.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
	globalIgnores(["node_modules/", "dist/", "main.js", "test/", "scripts/", "example-vault/", ".bench/", "test-results/", "*.mjs", "*.mts", "sandbox/"]),
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
		files: ["src/cli/**/*.ts"],
		rules: {
			"import/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
			"obsidianmd/no-nodejs-modules": "off",
		},
	},
]);
