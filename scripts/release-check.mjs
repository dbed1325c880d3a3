// Run by the release workflow on a pushed tag (GITHUB_REF_NAME): the tag must be the bare version
// that manifest.json, package.json and versions.json agree on, because Obsidian installs from the
// release whose tag equals manifest.json's version. Prints what to do when they do not agree.
import { readFileSync } from "node:fs";

const VERSION = /^\d+\.\d+\.\d+$/;
const tag = process.env.GITHUB_REF_NAME ?? process.argv[2] ?? "";
const read = (file) => JSON.parse(readFileSync(file, "utf8"));
const manifest = read("manifest.json");
const pkg = read("package.json");
const versions = read("versions.json");

const errors = [];
if (/^v\d/i.test(tag)) {
	const bare = tag.slice(1);
	errors.push(
		`The tag "${tag}" starts with "v": Obsidian looks for a release tagged exactly "${manifest.version}". ` +
			`Delete it (git push --delete origin ${tag} && git tag -d ${tag}) and tag the version alone ` +
			`(git tag ${bare} && git push origin ${bare}); \`npm version\` does this for you, as .npmrc sets tag-version-prefix="".`,
	);
} else if (!VERSION.test(tag)) {
	errors.push(`The tag "${tag}" is not an x.y.z version; the directory accepts numbers and dots only.`);
} else {
	if (manifest.version !== tag) errors.push(`manifest.json says version ${manifest.version}, the tag says ${tag}: release with \`npm version\`, which updates both.`);
	if (pkg.version !== tag) errors.push(`package.json says version ${pkg.version}, the tag says ${tag}.`);
	if (versions[tag] !== manifest.minAppVersion) {
		errors.push(`versions.json must map ${tag} to manifest.json's minAppVersion (${manifest.minAppVersion}); it says ${JSON.stringify(versions[tag] ?? null)}.`);
	}
}

if (errors.length > 0) {
	for (const error of errors) console.error(`::error::${error}`);
	process.exit(1);
}
console.log(`Release ${tag}: manifest.json, package.json and versions.json agree (Obsidian ${manifest.minAppVersion} or later).`);
