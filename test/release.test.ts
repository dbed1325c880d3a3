// The release files agree with each other, and the plugin bundle needs nothing Obsidian mobile lacks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; scripts: Record<string, string> };
const versions = JSON.parse(readFileSync("versions.json", "utf8")) as Record<string, string>;

describe("release files", () => {
	it("agree on the version and the minimum app version", () => {
		expect(manifest.id).toBe("interview-follow-up");
		expect(manifest.name).toBe("Interview Follow-up");
		expect(manifest.version).toBe(pkg.version);
		expect(versions[pkg.version]).toBe(manifest.minAppVersion);
		expect(manifest.isDesktopOnly).toBe(false);
	});

	it("bumps versions through npm version", () => {
		expect(pkg.scripts.version).toContain("version-bump.mjs");
	});

	it("keep innerHTML and friends out of the plugin's code", () => {
		const { execSync } = require("node:child_process") as typeof import("node:child_process");
		const hits = execSync("grep -rlE 'innerHTML|outerHTML|insertAdjacentHTML' src || true", { encoding: "utf8" }).trim();
		expect(hits).toBe("");
	});
});
