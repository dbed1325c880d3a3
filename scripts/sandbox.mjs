// `npm run sandbox`: serves a page that runs the real plugin bundle (main.js) against the Obsidian
// fake and an in-memory copy of example-vault/, on 127.0.0.1. The URL is the first line printed.
import { createServer } from "node:http";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, extname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const vaultDir = join(root, "example-vault");

/** Every text file of the example vault, keyed by vault path; images are listed but served raw. */
function readVault(dir = vaultDir, out = {}) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) readVault(full, out);
		else if ([".md", ".base", ".json", ".canvas", ".ics"].includes(extname(entry.name))) {
			out[relative(vaultDir, full).split(sep).join("/")] = readFileSync(full, "utf8");
		}
	}
	return out;
}

/**
 * Obsidian draws its icons from Lucide; the fake draws none. The page gets the Lucide icons whose
 * names appear as strings in main.js, so the sandbox shows the same icons Obsidian would.
 */
function iconsUsedBy(code) {
	const dir = join(root, "node_modules/lucide-static/icons");
	const icons = {};
	for (const [, name] of code.matchAll(/["'`]([a-z][a-z0-9-]{1,40})["'`]/g)) {
		const file = join(dir, `${name}.svg`);
		if (icons[name] || !existsSync(file)) continue;
		const svg = readFileSync(file, "utf8");
		icons[name] = svg.slice(svg.indexOf(">", svg.indexOf("<svg")) + 1, svg.lastIndexOf("</svg>")).trim();
	}
	return icons;
}

export async function buildSandboxBundle() {
	const result = await esbuild.build({
		entryPoints: [join(root, "sandbox/app.ts")],
		bundle: true,
		format: "iife",
		platform: "browser",
		target: "es2020",
		write: false,
		logLevel: "error",
	});
	return result.outputFiles[0].text;
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".png": "image/png" };

/** JSON safe inside a <script> element: no `</script>` or `<!--` can end or hide it early. */
function scriptJson(value) {
	return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The page, with the example vault, the manifest and the icons main.js uses in it as JSON data. */
function page(bundle) {
	const data = {
		vault: readVault(),
		manifest: JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")),
		icons: iconsUsedBy(readFileSync(join(root, "main.js"), "utf8") + bundle),
	};
	const html = readFileSync(join(root, "sandbox/index.html"), "utf8");
	return html.replace("<!-- sandbox data -->", `<script type="application/json" id="sbx-data">${scriptJson(data)}</script>`);
}

/**
 * main.js as the page loads it: wrapped, as Obsidian wraps it, in a function that receives
 * `require`, `module` and `exports` (sandbox/app.ts hands it the fake `obsidian`).
 */
function pluginScript() {
	return `window.sandboxPluginModule = function (require, module, exports) {\n${readFileSync(join(root, "main.js"), "utf8")}\n};\n`;
}

export async function startSandbox({ port = Number(process.env.PORT ?? 0), ttlSeconds = Number(process.env.SANDBOX_TTL ?? 0) } = {}) {
	if (!existsSync(join(root, "main.js"))) throw new Error("main.js is missing: run `npm run build` first.");
	const bundle = await buildSandboxBundle();
	const files = {
		"/": [".html", () => page(bundle)],
		"/sandbox.css": [".css", () => readFileSync(join(root, "sandbox/sandbox.css"))],
		"/styles.css": [".css", () => readFileSync(join(root, "styles.css"))],
		"/plugin.js": [".js", pluginScript],
		"/sandbox.js": [".js", () => bundle],
	};
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
		const hit = files[path];
		if (hit) {
			res.writeHead(200, { "content-type": TYPES[hit[0]], "cache-control": "no-store" });
			res.end(hit[1]());
			return;
		}
		// Vault attachments (images) for embeds.
		const file = join(vaultDir, path.replace(/^\/vault\//, ""));
		if (path.startsWith("/vault/") && file.startsWith(vaultDir) && existsSync(file) && statSync(file).isFile()) {
			res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
			res.end(readFileSync(file));
			return;
		}
		if (path === "/favicon.ico") {
			res.writeHead(204);
			res.end();
			return;
		}
		res.writeHead(404, { "content-type": "text/plain" });
		res.end("Not found");
	});
	await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
	const url = `http://127.0.0.1:${server.address().port}/`;
	let timer;
	if (ttlSeconds > 0) {
		timer = setTimeout(() => server.close(), ttlSeconds * 1000);
		timer.unref();
	}
	return { url, close: () => new Promise((resolve) => { clearTimeout(timer); server.closeAllConnections?.(); server.close(() => resolve()); }) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	try {
		const { url } = await startSandbox();
		console.log(url);
		console.log("Sandbox: the real main.js running against the example vault. Add ?now=2026-11-25T18:00 to pin the clock. Ctrl-C stops it.");
	} catch (err) {
		console.error(`sandbox: ${err instanceof Error ? err.message : String(err)}`);
		process.exit(2);
	}
}
