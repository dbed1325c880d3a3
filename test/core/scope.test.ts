import { describe, expect, it } from "vitest";
import { isLookedAt, templateFolderOf } from "../../src/core/scope";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const settings = { ...DEFAULT_SETTINGS };

describe("which notes are looked at", () => {
	it.each([
		["Interviews/Acme.md", true],
		["Acme.MD", true],
		["Interviews/Acme.canvas", false],
		["Interviews/Acme.md.bak", false],
		[".obsidian/plugins/x.md", false],
		[".trash/Old.md", false],
		["Notes/.hidden/Old.md", false],
		["Templates/Interview.md", false],
		["Templates", false],
		["Templates2/Interview.md", true],
		["Notes/Templates/Interview.md", true],
	])("%s → %s", (path, expected) => {
		expect(isLookedAt(path, settings, "Templates")).toBe(expected);
	});

	it("keeps to the scope folder when one is set, however it is written", () => {
		for (const scope of ["Job search", "/Job search/", "Job search/"]) {
			const scoped = { ...settings, scopeFolder: scope };
			expect(isLookedAt("Job search/Acme.md", scoped, "")).toBe(true);
			expect(isLookedAt("Job search/2026/Acme.md", scoped, "")).toBe(true);
			expect(isLookedAt("Job searches/Acme.md", scoped, "")).toBe(false);
			expect(isLookedAt("Acme.md", scoped, "")).toBe(false);
		}
	});

	it("takes the template folder from the settings, else from the core Templates plugin", () => {
		expect(templateFolderOf(settings, "Templates/")).toBe("Templates");
		expect(templateFolderOf({ ...settings, templateFolder: "Meta/Templates" }, "Templates")).toBe("Meta/Templates");
		expect(templateFolderOf(settings, null)).toBe("");
	});
});
