// Run by `npm version <patch|minor|major>` (see package.json): copies the new version into
// manifest.json and records it in versions.json with the manifest's minAppVersion, so that the three
// files agree before npm commits and tags. .npmrc makes the tag the bare version (0.1.1, not v0.1.1),
// which is the tag the community directory looks for.
import { readFileSync, writeFileSync } from "node:fs";

const VERSION = /^\d+\.\d+\.\d+$/;

function fail(message) {
	console.error(`version-bump: ${message}`);
	process.exit(2);
}

const targetVersion = process.env.npm_package_version;
if (!targetVersion) fail("run this through `npm version <patch|minor|major>`.");
if (!VERSION.test(targetVersion)) {
	fail(`${targetVersion} is not a plain x.y.z version; Obsidian's community directory accepts only numbers and dots.`);
}

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
const { minAppVersion } = manifest;
if (typeof minAppVersion !== "string" || !VERSION.test(minAppVersion)) {
	fail(`manifest.json's minAppVersion (${JSON.stringify(minAppVersion)}) must be an x.y.z version.`);
}
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[targetVersion] = minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");
console.log(`version-bump: manifest.json and versions.json now say ${targetVersion} (Obsidian ${minAppVersion} or later).`);
