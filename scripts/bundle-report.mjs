// `node scripts/bundle-report.mjs`: what main.js is made of, by package and by source folder, from
// esbuild's metafile for the production build (nothing is written).
import esbuild from "esbuild";
import { BUNDLE_LIMIT_KIB, pluginBuild } from "../esbuild.config.mjs";

export async function measureBundle() {
	const result = await esbuild.build({ ...pluginBuild(true), write: false, logLevel: "error" });
	const [output] = Object.values(result.metafile.outputs);
	const parts = {};
	for (const [path, input] of Object.entries(output.inputs)) {
		const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
		const key = pkg ? pkg[1] : path.split("/").slice(0, 2).join("/");
		parts[key] = (parts[key] ?? 0) + input.bytesInOutput;
	}
	return { bytes: output.bytes, parts, code: result.outputFiles[0].text, metafile: result.metafile };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const { bytes, parts } = await measureBundle();
	console.log(`main.js: ${kib(bytes)} (${bytes} bytes; limit ${BUNDLE_LIMIT_KIB} KiB)`);
	for (const [name, size] of Object.entries(parts).sort((a, b) => b[1] - a[1])) {
		console.log(`  ${kib(size).padStart(10)}  ${((100 * size) / bytes).toFixed(1).padStart(5)} %  ${name}`);
	}
}
