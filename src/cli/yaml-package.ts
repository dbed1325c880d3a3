// The yaml package, loaded when a note first needs it: most frontmatter is read by the fast reader
// (plain-yaml.ts), and a run over unchanged notes reads none, so most runs never pay for loading it.
// Not in node.mts: the test fake's parseYaml reads through this, and the browser sandbox bundles
// the fake; a bundler resolves this `require` of a package as it does an import.
/* global require -- Node, or a bundler that resolves it (see above) */
import type * as Yaml from "yaml";

let loaded: typeof Yaml | null = null;

/** The yaml package. */
export function yamlPackage(): typeof Yaml {
	// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
	loaded ??= require("yaml") as typeof Yaml;
	return loaded;
}
