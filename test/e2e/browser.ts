// Starts the sandbox server and Debian's Chromium for the end-to-end tests and the bench.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
// @ts-expect-error: a plain ES module script without types
import { startSandbox } from "../../scripts/sandbox.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Chromium's own background traffic is refused on this network; these flags keep it quiet.
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];

export interface Sandbox {
	url: string;
	browser: Browser;
	close(): Promise<void>;
}

export async function openSandbox(): Promise<Sandbox> {
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
	if (!existsSync("main.js")) throw new Error("main.js is missing: run `npm run build` first.");
	const server = (await startSandbox({ port: 0, ttlSeconds: 600 })) as { url: string; close(): Promise<void> };
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
	return {
		url: server.url,
		browser,
		async close() {
			await browser.close();
			await server.close();
		},
	};
}

export interface OpenedPage {
	page: Page;
	/** Page errors and console errors seen so far. */
	errors: string[];
}

export async function openPage(sandbox: Sandbox, query = "?now=2026-11-25T18:00", viewport = { width: 1400, height: 900 }): Promise<OpenedPage> {
	const page = await sandbox.browser.newPage({ viewport });
	const errors: string[] = [];
	page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
	page.on("console", (m) => {
		if (m.type() === "error") errors.push(`console: ${m.text()}`);
	});
	await page.goto(sandbox.url + query);
	await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
	return { page, errors };
}
