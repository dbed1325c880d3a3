// The runtime's floor for `due`: walk the vault (skipping dot-folders) and read every note fully,
// doing nothing with the bytes. The command line cannot be expected to beat this by much when cold.
import * as fs from "node:fs";
import * as path from "node:path";

let files = 0;
let bytes = 0;
function visit(dir) {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith(".")) continue;
		const abs = path.join(dir, entry.name);
		if (entry.isDirectory()) visit(abs);
		else if (entry.name.endsWith(".md")) {
			bytes += fs.readFileSync(abs).length;
			files++;
		}
	}
}
visit(process.argv[2]);
console.log(`${files} notes, ${bytes} bytes`);
