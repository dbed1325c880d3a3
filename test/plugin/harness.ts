// Loads the real plugin into the Obsidian fake, over the example vault read from disk, with a clock
// the test moves by hand.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterEach, beforeEach, vi } from "vitest";
import { createFakeApp, loadPlugin, resetFakeGlobals, type FakeApp as App } from "../fakes/obsidian";
import InterviewFollowUpPlugin from "../../src/main";
import { local } from "../builders/interview";

export const PLUGIN_ID = "interview-follow-up";
// happy-dom replaces URL, so the path is built from the directory vitest runs in (the repository).
const VAULT = resolve(process.cwd(), "example-vault");

/** The example vault's text files by vault path (images are left out: the plugin never reads them). */
export function exampleVault(): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(md|json)$/.test(name)) out[relative(VAULT, path).split("\\").join("/")] = readFileSync(path, "utf8");
		}
	};
	walk(VAULT);
	return out;
}

export interface Loaded {
	app: App;
	plugin: InterviewFollowUpPlugin;
	/** Moves the plugin's clock and runs the timers due meanwhile. */
	advance(ms: number): Promise<void>;
	setNow(at: Date): void;
	/** Lets vault writes, the metadata cache and the plugin's debounced work finish. */
	settle(): Promise<void>;
}

export interface LoadOptions {
	files?: Record<string, string>;
	now?: Date;
	/** Plugin data (data.json); the example vault's own when absent. */
	data?: unknown;
	/** This device's local storage from an earlier session (Obsidian's app.saveLocalStorage). */
	localStorage?: Record<string, unknown>;
	mount?: boolean;
	/** A first start: the metadata cache fills after the layout is ready, a few notes at a time. */
	coldCache?: boolean;
}

/**
 * Call `vi.useFakeTimers({ toFake: TIMERS })` first: the plugin's intervals and debounces then run
 * only when the test says so. The clock the plugin reads is separate and set with `setNow`.
 */
export const TIMERS = ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] as const;

const loadedPlugins: Array<{ unload(): void }> = [];

/**
 * For a test file driving the plugin: fake timers around each test; after it, every plugin that
 * loadExample loaded is unloaded (so no interval or listener outlives its test) and the fake's
 * globals are reset.
 */
export function usePluginTestLifecycle(): void {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: [...TIMERS] });
	});
	afterEach(() => {
		for (const plugin of loadedPlugins.splice(0)) plugin.unload();
		resetFakeGlobals();
		vi.useRealTimers();
	});
}

export async function loadExample(options: LoadOptions = {}): Promise<Loaded> {
	const files = options.files ?? exampleVault();
	const app = createFakeApp({ files, localStorage: options.localStorage, coldCache: options.coldCache });
	if (options.data !== undefined) app.setPluginData(PLUGIN_ID, options.data);
	if (options.mount ?? true) app.mount();
	let now = options.now ?? local("2026-11-25T18:00");
	class Pinned extends InterviewFollowUpPlugin {
		override now = () => new Date(now.getTime());
	}
	const plugin = await loadPlugin(Pinned, app, { id: PLUGIN_ID, name: "Interview Follow-up" });
	loadedPlugins.push(plugin);
	const settle = async () => {
		for (let i = 0; i < 3; i++) {
			await app.settle();
			await vi.advanceTimersByTimeAsync(1_000);
		}
		await app.settle();
	};
	app.startLayout();
	await settle();
	return {
		app,
		plugin,
		settle,
		setNow: (at) => {
			now = at;
		},
		advance: async (ms) => {
			now = new Date(now.getTime() + ms);
			await vi.advanceTimersByTimeAsync(ms);
			await app.settle();
		},
	};
}

// ---------------------------------------------------------------- reading the pane

export const DUE_VIEW = "interview-follow-up-due";

/** Opens the pane as a user would (the command) and returns its content element. */
export async function openPane(h: Loaded): Promise<HTMLElement> {
	h.app.commands.executeCommandById(`${PLUGIN_ID}:open-due-follow-ups`);
	await h.settle();
	return paneEl(h);
}

export function paneEl(h: Loaded): HTMLElement {
	const leaf = h.app.workspace.getLeavesOfType(DUE_VIEW)[0];
	if (!leaf) throw new Error("the due pane is not open");
	return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

export interface PaneRow {
	section: string;
	title: string;
	todo: string;
	to: string;
	clock: string;
	file: string;
	kind: string;
	el: HTMLElement;
}

/** Every action row of the pane, with the section it sits in. */
export function paneRows(pane: HTMLElement): PaneRow[] {
	const rows: PaneRow[] = [];
	for (const section of Array.from(pane.querySelectorAll<HTMLElement>(".ifu-section"))) {
		const name = section.querySelector(".ifu-section-title")?.textContent ?? "";
		for (const row of Array.from(section.querySelectorAll<HTMLElement>(".ifu-row:not(.ifu-problem)"))) {
			rows.push({
				section: name,
				title: row.querySelector(".ifu-row-title")?.textContent ?? "",
				todo: row.querySelector(".ifu-row-todo")?.textContent ?? "",
				to: row.querySelector(".ifu-row-to")?.textContent ?? "",
				clock: row.querySelector(".ifu-row-clock")?.textContent ?? "",
				file: row.dataset.file ?? "",
				kind: row.dataset.kind ?? "",
				el: row,
			});
		}
	}
	return rows;
}

export function row(pane: HTMLElement, file: string, kind: string): PaneRow | undefined {
	return paneRows(pane).find((r) => r.file === file && r.kind === kind);
}

export function click(el: Element | null | undefined): void {
	if (!el) throw new Error("nothing to click");
	(el as HTMLElement).click();
}
