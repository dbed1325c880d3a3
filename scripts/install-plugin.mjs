// `npm run install-plugin -- <vault>`: copies the built plugin (main.js, manifest.json, styles.css)
// into <vault>/.obsidian/plugins/interview-follow-up/, where Obsidian loads it from.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const vaultArg = process.argv[2];
if (!vaultArg || vaultArg === "--help" || vaultArg === "-h") {
	console.error("usage: npm run install-plugin -- <path to your vault>");
	process.exit(vaultArg ? 0 : 2);
}
const vault = resolve(process.cwd(), vaultArg);
if (!existsSync(vault) || !statSync(vault).isDirectory()) {
	console.error(`install-plugin: ${vaultArg} is not a folder.`);
	process.exit(2);
}
const configDir = join(vault, ".obsidian");
if (!existsSync(configDir)) {
	console.error(`install-plugin: ${vaultArg} has no .obsidian folder; open it once in Obsidian first, so it is a vault.`);
	process.exit(2);
}
for (const file of ["main.js", "manifest.json", "styles.css"]) {
	if (!existsSync(join(root, file))) {
		console.error(`install-plugin: ${file} is missing; run \`npm run build\` first.`);
		process.exit(2);
	}
}
const { id, version } = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const target = join(configDir, "plugins", id);
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(join(root, file), join(target, file));
console.log(`Installed ${id} ${version} in ${target}.`);
console.log("In Obsidian: Settings → Community plugins → turn on Interview Follow-up (reload the app if it was already on).");
