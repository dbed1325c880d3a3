// Builds the plugin bundle (main.js, for Obsidian desktop and mobile) and the command-line tool (dist/cli.js, for Node).
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

const plugin = {
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
	target: "es2018",
	platform: "browser",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
	metafile: true,
};

const cli = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	target: "node20",
	format: "cjs",
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "info",
	minify: production,
	outfile: "dist/cli.js",
};

if (production) {
	const [pluginResult] = await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
	// The plugin must run on mobile: any Node built-in that slipped into the bundle is a defect.
	const nodeImports = Object.values(pluginResult.metafile.outputs)
		.flatMap((o) => o.imports ?? [])
		.filter((i) => i.external && i.path !== "obsidian");
	if (nodeImports.length > 0) {
		console.error(`main.js must not import ${nodeImports.map((i) => i.path).join(", ")}`);
		process.exit(1);
	}
} else {
	const pluginCtx = await esbuild.context(plugin);
	const cliCtx = await esbuild.context(cli);
	await Promise.all([pluginCtx.watch(), cliCtx.watch()]);
}
