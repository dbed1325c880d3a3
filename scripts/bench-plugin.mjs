// The plugin's side of `npm run bench`: the index over a 10,000-note vault and one-note updates,
// in Node against the Obsidian fake; then, in Chromium through the sandbox page, the index build
// and the pane rendering 500 follow-ups with the very main.js users install.
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import esbuild from "esbuild";
import { openPage, openSandbox } from "./chromium.mjs";

/** Every file of the bench vault as the fake's seed: vault path → text. */
export function readVaultFiles(dir) {
	const files = {};
	const visit = (abs, rel) => {
		for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
			const childRel = rel ? `${rel}/${entry.name}` : entry.name;
			if (entry.isDirectory()) visit(path.join(abs, entry.name), childRel);
			else if (entry.name.endsWith(".md")) files[childRel] = fs.readFileSync(path.join(abs, entry.name), "utf8");
		}
	};
	visit(dir, "");
	return files;
}

async function loadPluginParts(root, benchDir) {
	const out = path.join(benchDir, "plugin-bench.cjs");
	await esbuild.build({
		stdin: {
			contents: [
				'export { createFakeApp } from "./test/fakes/obsidian";',
				'export { InterviewIndex } from "./src/obsidian/index";',
				'export { DEFAULT_SETTINGS } from "./src/core/settings";',
			].join("\n"),
			resolveDir: root,
			loader: "ts",
		},
		bundle: true,
		format: "cjs",
		platform: "node",
		outfile: out,
		logLevel: "warning",
		alias: { obsidian: path.join(root, "test/fakes/obsidian.ts") },
	});
	const require = createRequire(import.meta.url);
	delete require.cache[out];
	return require(out);
}

/** A fresh index over `app`, past start-up, ready for `scan` (what onLayoutReady triggers). */
function freshIndex(parts, app) {
	const settings = { ...parts.DEFAULT_SETTINGS };
	const index = new parts.InterviewIndex(app, { settings: () => settings });
	index.alive = true;
	return index;
}

/** In-process rows for bench.mjs's "inprocess" section kind. */
export async function pluginSection({ root, benchDir, vault, runs }) {
	const files = readVaultFiles(vault);
	const parts = await loadPluginParts(root, benchDir);
	const app = parts.createFakeApp({ files, vaultName: "bench" });
	const interviewsIn = (index) => index.interviews().length;
	return {
		kind: "inprocess",
		title: `plugin index over the same ${Object.keys(files).length.toLocaleString("en-US")} notes (Obsidian fake, metadata cache ready), median of ${runs} runs`,
		runs,
		rows: [
			{
				id: "index-build",
				label: "index build (first scan)",
				setup() {
					return () => {
						const index = freshIndex(parts, app);
						index.scan(true);
						if (interviewsIn(index) < 900) throw new Error(`the index found only ${interviewsIn(index)} interviews`);
					};
				},
				goal: { max: 5, inclusive: true, text: "goal ≤ 5 ms" },
			},
			{
				id: "index-update",
				label: "1,000 one-note updates (edit → entry re-parsed)",
				setup() {
					const index = freshIndex(parts, app);
					index.scan(true);
					const notes = index.interviews().map((i) => app.vault.getFileByPath(i.file));
					const caches = app.metadataCache.caches;
					let k = 0;
					return () => {
						for (let i = 0; i < 1000; i++) {
							const file = notes[k++ % notes.length];
							const cache = caches.get(file.path);
							// What an edit does: the metadata cache hands over new frontmatter for that note.
							caches.set(file.path, { ...cache, frontmatter: { ...cache.frontmatter } });
							if (!index.evaluate(file, false)) throw new Error("the update did not re-parse the note");
						}
					};
				},
				goal: { max: 50, inclusive: true, text: "goal ≤ 0.05 ms each (≤ 50 ms)" },
			},
		],
	};
}

/** Runs the browser measurements; returns rows of { label, median, min, goal } in ms. */
export async function browserMeasurements({ vault, runs }) {
	const files = readVaultFiles(vault);
	const sandbox = await openSandbox();
	try {
		const { page, errors } = await openPage(sandbox);
		const result = await page.evaluate(
			async ({ files, runs }) => {
				const { obsidian, plugin, app: demoApp } = window.sandbox;
				const manifest = plugin.manifest;
				const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
				const stats = (v) => ({ median: median(v), min: Math.min(...v) });

				// The index: a fresh one over a 10,000-note vault, as onLayoutReady would build it.
				const bigApp = obsidian.createFakeApp({ files, vaultName: "bench" });
				const IndexClass = plugin.index.constructor;
				const settings = { ...plugin.settings };
				const build = [];
				let found = 0;
				for (let i = 0; i < runs + 3; i++) {
					const index = new IndexClass(bigApp, { settings: () => settings });
					index.alive = true;
					const t = performance.now();
					index.scan(true);
					if (i >= 3) build.push(performance.now() - t);
					found = index.interviews().length;
				}

				// The pane: 250 interviews that ended two hours ago, a thank-you and a question each.
				const notes = {};
				const end = new Date(Date.now() - 2 * 3_600_000);
				const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}T${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
				for (let i = 0; i < 250; i++) {
					notes[`Interviews/Company ${i}.md`] = `---\ntype: interview\ncompany: Company ${i}\nrole: Engineer\ninterview_start: ${iso(new Date(end.getTime() - 3_600_000))}\ninterview_end: ${iso(end)}\nprimary_contact: Recruiter ${i}\nprimary_contact_email: r${i}@company${i}.example\ninterviewers:\n  - name: Person ${i}\n    email: p${i}@company${i}.example\n---\n`;
				}
				const paneApp = obsidian.createFakeApp({ files: notes, vaultName: "pane" });
				const host = document.createElement("div");
				host.style.cssText = "position:absolute;left:0;top:0;width:400px;height:900px;overflow:auto;";
				document.body.appendChild(host);
				host.appendChild(paneApp.workspace.rightSplit.containerEl);
				const panePlugin = await obsidian.loadPlugin(plugin.constructor, paneApp, manifest);
				paneApp.startLayout();
				await paneApp.settle();
				await paneApp.commands.executeCommandById(`${manifest.id}:open-due-follow-ups`);
				await paneApp.settle();
				const view = paneApp.workspace.getLeavesOfType("interview-follow-up-due")[0].view;
				const render = [];
				let rows = 0;
				for (let i = 0; i < runs + 3; i++) {
					const t = performance.now();
					view.render();
					// Style and layout are part of what a frame costs.
					void view.containerEl.offsetHeight;
					if (i >= 3) render.push(performance.now() - t);
					rows = view.containerEl.querySelectorAll(".ifu-row").length;
				}
				panePlugin.unload();
				host.remove();
				void demoApp;
				const total = view.ctx.index.agenda(new Date()).actions.length;
				return { build: stats(build), found, render: stats(render), rows, total };
			},
			{ files, runs },
		);
		if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
		return [
			{ label: `index build, ${Object.keys(files).length.toLocaleString("en-US")} notes (${result.found.toLocaleString("en-US")} interviews)`, ...result.build, goal: null },
			{ label: `pane render, ${result.total} follow-ups (${result.rows} rows drawn, the rest behind "show more"; DOM, style, layout)`, ...result.render, goal: { max: 16, text: "goal ≤ 16 ms (one frame)" } },
		];
	} finally {
		await sandbox.close();
	}
}
