// What the production build of main.js holds, built here with the very options `npm run build` uses
// (so the test never reads a stale file): its weight, and nothing that stops it loading on a phone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUNDLE_LIMIT_KIB, foreignImports } from "../../esbuild.config.mjs";
import { measureBundle } from "../../scripts/bundle-report.mjs";
import { lookbehindsInCode } from "../../scripts/lint/lookbehind.mjs";

const bundle = await measureBundle();
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

describe("main.js, as the production build makes it", () => {
	it(`stays under ${BUNDLE_LIMIT_KIB} KiB`, () => {
		const parts = Object.entries(bundle.parts)
			.sort((a, b) => b[1] - a[1])
			.map(([name, bytes]) => `${name} ${kib(bytes)}`)
			.join(", ");
		expect(bundle.bytes, `main.js is ${kib(bundle.bytes)}: ${parts}`).toBeLessThanOrEqual(BUNDLE_LIMIT_KIB * 1024);
	});

	it("is as heavy as the README says, and fails the build where the README says", () => {
		const readme = readFileSync("README.md", "utf8").replace(/\s+/g, " ");
		const weighs = /`main\.js` weighs (\d+) KiB/.exec(readme);
		const fails = /The build fails above (\d+) KiB/.exec(readme);
		expect(Number(fails?.[1])).toBe(BUNDLE_LIMIT_KIB);
		// Within a few KiB: the figure is rounded and small changes need not touch the README.
		expect(Math.abs(Number(weighs?.[1]) - bundle.bytes / 1024), `README says ${weighs?.[1]} KiB, main.js is ${kib(bundle.bytes)}`).toBeLessThanOrEqual(4);
	});

	it("bundles no YAML library: Obsidian's parseYaml reads template notes", () => {
		expect(Object.keys(bundle.parts).filter((name) => /yaml|gray-matter/.test(name))).toEqual([]);
	});

	it("asks for no module but obsidian", () => {
		expect(foreignImports(bundle.metafile)).toEqual([]);
	});

	it("holds no regex lookbehind, which iOS before 16.4 cannot parse", () => {
		expect(lookbehindsInCode(bundle.code)).toEqual([]);
	});
});

describe("the lookbehind finder the test above relies on", () => {
	it("finds lookbehinds in regex literals, RegExp strings and templates, and nothing else", () => {
		const code = [
			"var a = /x(?<!y)/g;",
			'var b = new RegExp("(?<=q)" + s);',
			"var c = RegExp(`(?<!${'z'})`);",
			"var d = /(?<name>1)\\k<name>/;",
			"var e = /\\(?<=/;",
			'var f = "a <= b";',
			"var g = /[(?<=]/;",
		].join("\n");
		expect(lookbehindsInCode(code).map((hit) => hit.line)).toEqual([1, 2, 3]);
	});
});
