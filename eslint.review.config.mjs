// The community directory's automated review of the source, as it runs: eslint-plugin-obsidianmd's
// recommended config, untouched, over every file its scanner does not skip. The skip list is the
// one the directory publishes (docs.obsidian.md, Community directory FAQ, "Why are my test or
// development files being included in the scan?"). `npm run lint:review` runs it; `npm run lint`
// runs the same rules plus the project's own (eslint.config.mjs).
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

/** Names the directory's scanner skips wherever they appear in the repository. */
export const REVIEW_SKIPS = [
	"node_modules", "dist", "build", "pkg", "test-vault", ".pnpm-store", ".obsidian",
	"esbuild.config.mjs", "version-bump.mjs", "automation",
	"*.test.*", "*.tests.*", "*.spec.*", "*.specs.*", "test", "tests", "__tests__", "testUtils", "e2e-tests",
	"mocks", "__mocks__",
	"*.cjs", "*.mjs", "*.cts", "*.mts",
	"vite", "scripts", "docs",
	"i18n", "i18next", "locale", "locales", "translations", "l10n",
];

/** What the build leaves behind, and local scratch space: never in a clean clone the directory scans. */
export const BUILD_OUTPUT = ["main.js", ".scratch", ".bench", "bench-vault", "test-results", "coverage"];

/** The review's skips, minus any path given in `except` (a "!" pattern that lints it again). */
export function reviewIgnores(except = []) {
	return globalIgnores([...REVIEW_SKIPS.map((name) => `**/${name}`), ...BUILD_OUTPUT, ...except.map((path) => `!${path}`)]);
}

export const typeInformation = {
	languageOptions: {
		parserOptions: {
			projectService: { allowDefaultProject: ["eslint.config.*"] },
			tsconfigRootDir: import.meta.dirname,
		},
	},
};

export default defineConfig([reviewIgnores(), ...obsidianmd.configs.recommended, typeInformation]);
