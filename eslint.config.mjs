// `npm run lint`: the community directory's review (eslint.review.config.mjs: eslint-plugin-obsidianmd's
// recommended rules over what its scanner reads, src/ and sandbox/), plus the project's own checks:
// regex lookbehind, the manifest and the licence, and the command line's one Node file.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import { PlainTextParser } from "eslint-plugin-obsidianmd/dist/lib/plainTextParser.js";
import regexp from "eslint-plugin-regexp";
import globals from "globals";
import tseslint from "typescript-eslint";
import mobileSafe from "./scripts/lint/lookbehind.mjs";
import { reviewIgnores, typeInformation } from "./eslint.review.config.mjs";

export default defineConfig([
	reviewIgnores(["src/cli/node.mts"]),
	...obsidianmd.configs.recommended,
	typeInformation,
	// The core runs on Obsidian's UI thread over text typed into notes: a regex that backtracks
	// or rescans super-linearly freezes the app on a crafted note, so these are errors, checked
	// for every attack string the analyser can find, not only the certain ones.
	{ ...regexp.configs["flat/recommended"], files: ["src/**/*.ts"] },
	{
		files: ["src/**/*.ts"],
		rules: {
			"regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
			"regexp/no-super-linear-move": ["error", { report: "potential", ignoreSticky: false, ignorePartial: false }],
			"regexp/confusing-quantifier": "error",
			"regexp/no-empty-alternative": "error",
			"regexp/no-lazy-ends": "error",
			"regexp/no-potentially-useless-backreference": "error",
			"regexp/no-useless-flag": "error",
			"regexp/optimal-lookaround-quantifier": "error",
		},
	},
	{
		// obsidianmd/regex-lookbehind misses `(?<!x)` (it looks for `(?<!)`); this rule reads patterns as a
		// regex engine does. test/plugin/bundle-contents.test.ts checks the built main.js the same way.
		files: ["src/**/*.ts", "sandbox/**/*.ts"],
		plugins: { "mobile-safe": mobileSafe },
		rules: { "mobile-safe/no-regex-lookbehind": "error" },
	},
	{
		// The command line's one door to Node (the review skips .mts files, as it skips build scripts).
		// Lint it as the Node module it is; everywhere else in src a Node import is refused.
		files: ["src/cli/node.mts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"import/no-nodejs-modules": "off",
			"@typescript-eslint/no-require-imports": "off",
		},
	},
	{
		files: ["src/**/*.ts"],
		rules: {
			"no-restricted-imports": [
				"error",
				{ patterns: [{ regex: "^node:", message: "Node is for the command line only, through src/cli/node.mts: the plugin runs on phones too." }] },
			],
		},
	},
	{
		files: ["manifest.json"],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: [".json"], projectService: false } },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		files: ["LICENSE"],
		languageOptions: { parser: PlainTextParser },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-license": "error" },
	},
]);
