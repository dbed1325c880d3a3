// @vitest-environment happy-dom
// The bundle users install, main.js, evaluated as Obsidian mobile would: `obsidian` is the only
// module it may ask for, and Node's globals do not exist.
import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import * as obsidian from "../fakes/obsidian";
import { exampleVault, PLUGIN_ID } from "./harness";

afterEach(() => obsidian.resetFakeGlobals());

describe.skipIf(!existsSync("main.js"))("main.js", () => {
	it("loads and indexes the example vault without require, process, Buffer or global", async () => {
		const code = readFileSync("main.js", "utf8");
		const asked: string[] = [];
		const module: { exports: Record<string, unknown> } = { exports: {} };
		const requireObsidianOnly = (id: string) => {
			asked.push(id);
			if (id === "obsidian") return obsidian;
			throw new Error(`main.js asked for ${id}`);
		};
		// Parameters shadow Node's globals inside the bundle, as they are absent on mobile.
		new Function("require", "module", "exports", "process", "Buffer", "global", "__dirname", "__filename", code)(
			requireObsidianOnly,
			module,
			module.exports,
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		);
		expect(asked.every((id) => id === "obsidian")).toBe(true);
		const Plugin = (module.exports.default ?? module.exports) as never;
		const app = obsidian.createFakeApp({ files: exampleVault() });
		const plugin = (await obsidian.loadPlugin(Plugin, app, { id: PLUGIN_ID, name: "Interview Follow-up" })) as unknown as {
			index: { ready: boolean; interviews(): unknown[] };
			unload(): void;
		};
		app.startLayout();
		await app.settle();
		expect(plugin.index.ready).toBe(true);
		expect(plugin.index.interviews().length).toBeGreaterThanOrEqual(9);
		plugin.unload();
	});

	it("holds no Node built-in import and no innerHTML", () => {
		const code = readFileSync("main.js", "utf8");
		expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|child_process|crypto|buffer|process)["']\)/);
		expect(code).not.toMatch(/\.innerHTML\s*=/);
	});
});
