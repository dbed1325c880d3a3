// The command line's one door to Node: the built-in modules and globals that src/cli uses, and the
// npm packages it loads only when needed. Every other file of src/cli imports Node from here, so the
// line between code that runs anywhere (src/core, which the plugin bundles for phones) and code that
// needs Node is one file wide; lint refuses a Node import anywhere else in src. main.js never
// reaches this file (a test checks that it asks for nothing but `obsidian`). An .mts file is
// TypeScript for Node, which the community directory's review leaves out as it does build scripts.
import { Buffer } from "node:buffer";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import process from "node:process";

export { Buffer, createHash, fs, os, path, process, randomBytes };

/** True when this file runs as the program itself (`node dist/cli.js`), not imported by a test. */
export function isProgram(): boolean {
	return typeof require !== "undefined" && typeof module !== "undefined" && require.main === module;
}
