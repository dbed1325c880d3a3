// The release files agree with each other, a release is tagged the way the community directory looks
// for it, and the plugin's code keeps out what the guidelines forbid.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string; license: string; scripts: Record<string, string> };
const versions = JSON.parse(readFileSync("versions.json", "utf8")) as Record<string, string>;

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(ts|mts|cts|js|html)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe("release files", () => {
	it("agree on the version and the minimum app version", () => {
		expect(manifest.id).toBe("interview-follow-up");
		expect(manifest.name).toBe("Interview Follow-up");
		expect(manifest.version).toBe(pkg.version);
		expect(versions[pkg.version]).toBe(manifest.minAppVersion);
		expect(manifest.isDesktopOnly).toBe(false);
	});

	it("hold the MIT licence that package.json names, with its holder", () => {
		expect(pkg.license).toBe("MIT");
		const license = readFileSync("LICENSE", "utf8");
		expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Interview Follow-up contributors\n/);
		expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
	});

	it("keep innerHTML and friends out of the plugin's code and the sandbox", () => {
		const hits = [...sourceFiles("src"), ...sourceFiles("sandbox")].filter((file) => /innerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(file, "utf8")));
		expect(hits).toEqual([]);
	});
});

describe("npm version", () => {
	const dir = mkdtempSync(join(tmpdir(), "ifu-release-"));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();

	it("tags the bare version and brings manifest.json and versions.json along in its commit", () => {
		for (const file of [".npmrc", "package.json", "manifest.json", "versions.json", "version-bump.mjs"]) copyFileSync(file, join(dir, file));
		git("init", "-q");
		git("config", "user.email", "release@example.invalid");
		git("config", "user.name", "Release test");
		git("add", ".");
		git("commit", "-q", "-m", "start");
		const [major, minor, patch] = pkg.version.split(".").map(Number);
		const next = `${major}.${minor}.${patch + 1}`;

		const run = spawnSync("npm", ["version", "patch", "--no-audit", "--no-fund"], { cwd: dir, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } });
		expect(run.stderr).not.toMatch(/ERR!/);
		expect(run.status).toBe(0);
		expect(git("tag", "--list")).toBe(next);
		expect(git("show", "--name-only", "--format=", "HEAD").split("\n").sort()).toEqual(["manifest.json", "package.json", "versions.json"]);
		const bumped = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Record<string, unknown>;
		expect(bumped).toEqual({ ...manifest, version: next });
		const bumpedVersions = JSON.parse(readFileSync(join(dir, "versions.json"), "utf8")) as Record<string, string>;
		expect(bumpedVersions).toEqual({ ...versions, [next]: manifest.minAppVersion });
	}, 60_000);

	it("refuses a version the directory would not accept", () => {
		const run = spawnSync("node", [join(process.cwd(), "version-bump.mjs")], { cwd: dir, encoding: "utf8", env: { ...process.env, npm_package_version: "1.0.0-beta.1" } });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain("1.0.0-beta.1 is not a plain x.y.z version");
	});
});

describe("the release workflow", () => {
	const workflow = parseYaml(readFileSync(".github/workflows/release.yml", "utf8")) as {
		jobs: { release: { steps: Array<{ run?: string; uses?: string; name?: string }> } };
	};
	const steps = workflow.jobs.release.steps;
	const check = (tag: string) => spawnSync("node", ["scripts/release-check.mjs"], { encoding: "utf8", env: { ...process.env, GITHUB_REF_NAME: tag } });

	it("checks the tag before it installs or builds anything", () => {
		const at = steps.findIndex((s) => s.run === "node scripts/release-check.mjs");
		expect(at).toBeGreaterThan(-1);
		expect(steps.findIndex((s) => s.run === "npm ci")).toBeGreaterThan(at);
	});

	it("refuses a v tag and says which tag to push instead", () => {
		const run = check(`v${pkg.version}`);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`The tag "v${pkg.version}" starts with "v"`);
		expect(run.stderr).toContain(`git tag ${pkg.version} && git push origin ${pkg.version}`);
	});

	it("refuses a tag the files do not agree with, and accepts the version they hold", () => {
		expect(check("9.9.9").stderr).toContain(`manifest.json says version ${pkg.version}, the tag says 9.9.9`);
		expect(check("latest").status).toBe(1);
		const ok = check(pkg.version);
		expect(ok.stderr).toBe("");
		expect(ok.status).toBe(0);
	});

	it("drafts the release with the three files Obsidian installs, and says how to publish it", () => {
		const draft = steps.find((s) => s.run?.includes("gh release create"))?.run ?? "";
		expect(draft).toMatch(/gh release create "\$GITHUB_REF_NAME" .*--draft .*main\.js manifest\.json styles\.css/);
		expect(draft).toContain("gh release edit $GITHUB_REF_NAME --draft=false");
		expect(draft).toContain("GITHUB_STEP_SUMMARY");
	});
});
