// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { settingPath, withNormalizedPaths } from "../../src/obsidian/settings-paths";
import { loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

describe("settingPath", () => {
	it("gives vault paths as Obsidian's normalizePath does, and empty for nothing", () => {
		expect(settingPath(" /Job hunt//Interviews/ ")).toBe("Job hunt/Interviews");
		expect(settingPath("Job hunt\\Interviews")).toBe("Job hunt/Interviews");
		expect(settingPath("Job\u00A0hunt")).toBe("Job hunt");
		expect(settingPath("Entrevues/Qu\u0065\u0301bec")).toBe("Entrevues/Qu\u00E9bec");
		expect(settingPath("")).toBe("");
		expect(settingPath("  ")).toBe("");
		expect(settingPath("/")).toBe("");
	});

	it("normalises every folder and file setting, and keeps null for the note-template folder", () => {
		const settings = withNormalizedPaths({ ...DEFAULT_SETTINGS, scopeFolder: "/Jobs/", newInterviewFolder: "Jobs\\2026", icsPath: "//Follow-ups.ics", templateFolder: null });
		expect(settings).toMatchObject({ scopeFolder: "Jobs", newInterviewFolder: "Jobs/2026", icsPath: "Follow-ups.ics", templateFolder: null });
		expect(withNormalizedPaths({ ...DEFAULT_SETTINGS, templateFolder: "Templates/" }).templateFolder).toBe("Templates");
	});
});

describe("folder settings in the plugin", () => {
	let h: Loaded;
	usePluginTestLifecycle();

	it("reads a hand-edited data.json's folders as vault paths, without rewriting the file", async () => {
		const data = { scopeFolder: "Interviews/", newInterviewFolder: "\\Interviews\\2026\\" };
		h = await loadExample({ data });
		expect(h.plugin.settings.scopeFolder).toBe("Interviews");
		expect(h.plugin.settings.newInterviewFolder).toBe("Interviews/2026");
		expect(h.plugin.index.interviews().length).toBeGreaterThan(5);
		expect(h.app.getPluginData(PLUGIN_ID)).toEqual(data);
	});

	it("saves a folder typed in the settings tab as a vault path", async () => {
		h = await loadExample({ data: {} });
		h.app.setting.openTabById(PLUGIN_ID);
		const item = Array.from(h.app.setting.activeTab!.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Folder");
		const input = item!.querySelector("input")!;
		input.value = " Job hunt//Interviews/ ";
		input.dispatchEvent(new Event("input"));
		await h.settle();
		expect((h.app.getPluginData(PLUGIN_ID) as Record<string, unknown>).newInterviewFolder).toBe("Job hunt/Interviews");
	});
});
