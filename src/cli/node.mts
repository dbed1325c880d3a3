// The command line's one door to Node: the built-in modules and globals that src/cli uses, and the
// npm packages it loads only when needed. Every other file of src/cli imports Node from here, so the
// line between code that runs anywhere (src/core, which the plugin bundles for phones) and code that
// needs Node is one file wide; lint refuses a Node import anywhere else in src. main.js never
// reaches this file (a test checks that it asks for nothing but `obsidian`). An .mts file is
// TypeScript for Node, which the community directory's review leaves out as it does build scripts.
import { Buffer, isAscii } from "node:buffer";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import process from "node:process";
import type { Hash } from "node:crypto";
import type * as ProperLockfile from "proper-lockfile";
import type * as WriteFileAtomic from "write-file-atomic";

export { Buffer, fs, isAscii, os, path, process };

// What only some commands need is loaded on first use: every command pays at its start for what
// is loaded eagerly (node:crypto; proper-lockfile, which loads graceful-fs and patches fs). The yaml package is loaded
// on first use too, by yaml-package.ts, which the browser sandbox can bundle as well.

/** node:crypto's createHash, loaded when first asked for. */
export function createHash(algorithm: string): Hash {
	return (require("node:crypto") as typeof import("node:crypto")).createHash(algorithm);
}

/** Random bytes (node:crypto's randomBytes, loaded when first asked for). */
export function randomBytes(size: number): Buffer {
	return (require("node:crypto") as typeof import("node:crypto")).randomBytes(size);
}

/** proper-lockfile, for `mark`. */
export function properLockfile(): typeof ProperLockfile {
	return require("proper-lockfile") as typeof ProperLockfile;
}

/** write-file-atomic, for `mark`. */
export function writeFileAtomic(): typeof WriteFileAtomic {
	return require("write-file-atomic") as typeof WriteFileAtomic;
}

/** True when this file runs as the program itself (`node dist/cli.js`), not imported by a test. */
export function isProgram(): boolean {
	return typeof require !== "undefined" && typeof module !== "undefined" && require.main === module;
}
