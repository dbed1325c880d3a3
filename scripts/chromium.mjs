// Debian's Chromium under Playwright, as the end-to-end tests and the bench use it, against the
// sandbox server (scripts/sandbox.mjs) on 127.0.0.1.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { startSandbox } from "./sandbox.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Chromium's own background traffic is refused on this network; these flags keep it quiet.
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

/** Starts the sandbox server and Chromium; `close()` stops both. */
export async function openSandbox() {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
	const server = await startSandbox({ port: 0, ttlSeconds: 900 });
	let browser;
	try {
		browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	} catch (error) {
		await server.close();
		throw error;
	}
	return {
		url: server.url,
		browser,
		async close() {
			await browser.close();
			await server.close();
		},
	};
}

/** Opens the sandbox page and waits until the plugin has loaded; errors seen are collected. */
export async function openPage(sandbox, query = "?now=2026-11-25T18:00", viewport = { width: 1400, height: 900 }) {
	const page = await sandbox.browser.newPage({ viewport });
	const errors = [];
	page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
	page.on("console", (m) => {
		if (m.type() === "error") errors.push(`console: ${m.text()}`);
	});
	await page.goto(sandbox.url + query);
	await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
	return { page, errors };
}
