// Builds the plugin bundle (main.js, for Obsidian desktop and mobile) and the command-line tool
// (dist/cli.js, for Node). `node esbuild.config.mjs production` builds once, minified; without an
// argument it watches. The tests import `pluginBuild` to check exactly what ships.
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";

// `npm run build --silent` (as `npm start` and `npm run sandbox` call it) prints only warnings and
// errors, so that what those commands print first is theirs (the sandbox's address, the demo).
const LOG_LEVEL = process.env.npm_config_loglevel === "silent" ? "warning" : "info";

/**
 * main.js must stay below this (KiB): Obsidian loads it at every start, on phones too. The goal is
 * 256 KiB. It weighed 344 KiB with ical.js in it (62 KiB, trimmed to its iCalendar half); a reader
 * and writer of iCalendar of our own (src/core/icalendar.ts and vtimezone.ts, 7 KiB, tested against
 * ical.js, which stays a development dependency) took its place, to 288 KiB, and the drafts read more
 * of what hurried notes say, to 905 KiB (the day order of the reader's language, nicknames, values a
 * YAML comment cut short, next steps told back with their guesses and people, a planner's, a clinic's
 * and an engineer's shorthand and the outcomes of their work, roles, metrics and credentials typed in shorthand, tenure, a team's needs in the third person, next steps told in part, a final check of every phrase before a letter may use it, which sentences came from your notes, the lines of the template's "What mattered" section, and a weekday that disagrees with its date). What remains is our own code, about
 * half of it the drafts (their letters, the phrasing that reads your shorthand, and the reading of
 * next steps: about 686 KiB of 905). The limit stands just above the figure, where any new
 * dependency trips it; `node scripts/bundle-report.mjs` shows what weighs.
 */
export const BUNDLE_LIMIT_KIB = 945;

/** The plugin's esbuild options; `production` minifies and drops the source map. */
export function pluginBuild(production) {
	return {
		entryPoints: ["src/main.ts"],
		bundle: true,
		external: [
			"obsidian",
			"electron",
			"@codemirror/*",
			"@lezer/*",
			...builtinModules,
			...builtinModules.map((m) => `node:${m}`),
		],
		format: "cjs",
		// ES2020 syntax (optional chaining, ??) runs on iOS 13.4 and later and on every current Android
		// WebView, so it stays as written instead of growing into helper code. (Not ES2022: iOS before
		// 16.4 cannot parse class static blocks.)
		target: "es2020",
		platform: "browser",
		logLevel: LOG_LEVEL,
		sourcemap: production ? false : "inline",
		treeShaking: true,
		minify: production,
		// Letters such as "…" and "é" as they are rather than as \uXXXX escapes (main.js is UTF-8).
		charset: "utf8",
		outfile: "main.js",
		metafile: true,
	};
}

/** The command-line tool's esbuild options. */
export function cliBuild(production) {
	return {
		entryPoints: ["src/cli/main.ts"],
		bundle: true,
		platform: "node",
		target: "node20",
		format: "cjs",
		banner: { js: "#!/usr/bin/env node" },
		logLevel: LOG_LEVEL,
		minify: production,
		outfile: "dist/cli.js",
	};
}

/** Node built-ins (or anything else but `obsidian`) that main.js would ask for: none may exist on mobile. */
export function foreignImports(metafile) {
	return Object.values(metafile.outputs)
		.flatMap((o) => o.imports ?? [])
		.filter((i) => i.external && i.path !== "obsidian")
		.map((i) => i.path);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const production = process.argv[2] === "production";
	if (production) {
		const [pluginResult] = await Promise.all([esbuild.build(pluginBuild(true)), esbuild.build(cliBuild(true))]);
		const foreign = foreignImports(pluginResult.metafile);
		if (foreign.length > 0) {
			console.error(`main.js must not import ${foreign.join(", ")}`);
			process.exit(1);
		}
		const bytes = Object.values(pluginResult.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
		if (bytes > BUNDLE_LIMIT_KIB * 1024) {
			console.error(`main.js is ${(bytes / 1024).toFixed(1)} KiB, above the ${BUNDLE_LIMIT_KIB} KiB limit: run \`node scripts/bundle-report.mjs\` to see what weighs.`);
			process.exit(1);
		}
	} else {
		const pluginCtx = await esbuild.context(pluginBuild(false));
		const cliCtx = await esbuild.context(cliBuild(false));
		await Promise.all([pluginCtx.watch(), cliCtx.watch()]);
	}
}
