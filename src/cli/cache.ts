// The scan cache: each note's frontmatter as read from its file, stamped with the file's size,
// times and inode, kept outside the vault so that a second run over an unchanged vault only stats
// files. It holds nothing that depends on the settings, the time zone or the clock: the core works
// every interview out again on every run, so a cached value can never be a stale verdict. It is an
// optimisation only: anything odd about it (missing, corrupt, stale, unwritable) means reading the
// notes again.
import { Buffer, fs, os, path, process, randomBytes } from "./node.mjs";
import type { KeyLines } from "../core/types";
import type { FrontmatterFailure } from "../core/yaml-problems";
import type { NoteData, Prefilter } from "./frontmatter";
import { YAML_READING } from "./yaml";

/** Bumped whenever what the cache stores, or how a note is read into it, changes. */
const CACHE_FORMAT = 7;
/**
 * A file changed within this many milliseconds before the cache was written may change again
 * without its mtime moving (coarse file-system clocks), so its entry is not trusted.
 */
const RACY_MS = 2000;

/** What identifies a version of a file; `fs.Stats` is one, so no copy is made per file. */
export interface FileStamp {
	readonly size: number;
	readonly mtimeMs: number;
	readonly ctimeMs: number;
	readonly ino: number;
}

// Stored by position: a 10,000-note vault makes 10,000 entries, read at every run, and an object
// per entry would cost more to parse than the stat it saves.
type Stored = [size: number, mtimeMs: number, ctimeMs: number, ino: number, kind: number, a?: unknown, b?: unknown];
const KIND = { none: 0, raw: 1, parsed: 2, failed: 3, skipped: 4 } as const;

/** A folder's listing: its markdown notes and sub-folders (names), dot-entries left out. */
export interface FolderListing {
	notes: string[];
	folders: string[];
}

type StoredFolder = [mtimeMs: number, ctimeMs: number, ino: number, notes: string[], folders: string[]];

interface StoredCache {
	format: number;
	/** How notes were read: parsed values are valid only under the same YAML reading. */
	reading: string;
	root: string;
	writtenAt: number;
	notes: Record<string, Stored>;
	/** Listings of folders, so that an unchanged folder is not read again (a stat instead). */
	folders?: Record<string, StoredFolder>;
}

/** Where cache files go: `INTERVIEW_FOLLOW_UP_CACHE_DIR`, else the user's cache folder. */
export function cacheDirectory(env: Record<string, string | undefined>): string {
	if (env.INTERVIEW_FOLLOW_UP_CACHE_DIR) return env.INTERVIEW_FOLLOW_UP_CACHE_DIR;
	const base =
		env.XDG_CACHE_HOME ||
		(process.platform === "win32" && env.LOCALAPPDATA ? env.LOCALAPPDATA : path.join(env.HOME || os.homedir(), ".cache"));
	return path.join(base, "interview-follow-up");
}

/** `INTERVIEW_FOLLOW_UP_CACHE=0` (or false, no, off) turns the cache off. */
export function cacheEnabled(env: Record<string, string | undefined>): boolean {
	const v = env.INTERVIEW_FOLLOW_UP_CACHE;
	return !(v !== undefined && /^(?:0|false|no|off)$/i.test(v.trim()));
}

/**
 * The cache file of the vault at `root`, named by a 64-bit FNV-1a hash of the path (node:crypto
 * would cost every run its loading). Two vaults whose paths collide only take turns with one file:
 * the file names the vault it holds, and is not used for another.
 */
export function cacheFileFor(directory: string, root: string): string {
	let h = 0xcbf29ce484222325n;
	for (const byte of Buffer.from(root, "utf8")) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
	return path.join(directory, `${h.toString(16).padStart(16, "0")}.json`);
}

/** True when `value` comes back from JSON as it went in: plain data, finite numbers, no -0. */
function jsonSafe(value: unknown): boolean {
	if (value === null || typeof value === "string" || typeof value === "boolean") return true;
	if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
	if (Array.isArray(value)) return value.every(jsonSafe);
	if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(jsonSafe);
	return false;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The stored form of what a note holds; a value JSON would change is kept as its raw text instead.
 * Frontmatter the prefilter rules out is stored as that, with what the prefilter looked for (most
 * of a vault's notes: their text is not worth keeping), and read again under another prefilter.
 */
function encode(data: NoteData, yaml: string | null, prefilter: Prefilter | null): [number, unknown?, unknown?] {
	switch (data.kind) {
		case "none":
			return [KIND.none];
		case "skipped":
			return prefilter ? [KIND.skipped, prefilter.key] : [-1];
		case "raw":
			if (prefilter && prefilter.key !== "" && !prefilter(data.yaml)) return [KIND.skipped, prefilter.key];
			return [KIND.raw, data.yaml];
		case "parsed":
			// Key lines as numbers in the order of the keys: the same order after JSON, at a tenth of the size.
			if (jsonSafe(data.frontmatter)) return [KIND.parsed, data.frontmatter, Object.keys(data.frontmatter).map((k) => data.keyLines[k] ?? 0)];
			return yaml === null ? [-1] : [KIND.raw, yaml];
		case "failed": {
			const f = data.failure;
			// Only whether a broken note mentions "interview" is ever used of its text.
			const rawText = /interview/i.test(f.rawText) ? "interview" : "";
			return [KIND.failed, { ...f, rawText }];
		}
	}
}

function decode(e: Stored, prefilter: Prefilter | null): NoteData | undefined {
	switch (e[4]) {
		case KIND.none:
			return { kind: "none" };
		case KIND.skipped:
			return prefilter && e[5] === prefilter.key ? { kind: "skipped" } : undefined;
		case KIND.raw:
			return typeof e[5] === "string" ? { kind: "raw", yaml: e[5] } : undefined;
		case KIND.parsed: {
			const frontmatter = e[5];
			const lines = e[6];
			if (!isPlainRecord(frontmatter) || !Array.isArray(lines)) return undefined;
			const keys = Object.keys(frontmatter);
			if (lines.length !== keys.length) return undefined;
			const keyLines: KeyLines = {};
			for (let i = 0; i < keys.length; i++) {
				const line: unknown = lines[i];
				if (typeof line !== "number") return undefined;
				if (line > 0) keyLines[keys[i]] = line;
			}
			return { kind: "parsed", frontmatter, keyLines };
		}
		case KIND.failed: {
			const f = e[5] as Partial<FrontmatterFailure> | null;
			if (!isPlainRecord(f) || typeof f.reason !== "string" || typeof f.rawText !== "string") return undefined;
			return { kind: "failed", failure: f as FrontmatterFailure };
		}
		default:
			return undefined;
	}
}

/** True when every entry is a name a listing would give: text, not empty, no slash, no leading dot. */
function validNames(list: unknown): list is string[] {
	if (!Array.isArray(list)) return false;
	for (const name of list) if (typeof name !== "string" || name === "" || name.includes("/") || name.startsWith(".")) return false;
	return true;
}

export class ScanCache {
	/** Entries of files changed after this time are not trusted. */
	private readonly trustBefore: number;
	private readonly next = new Map<string, Stored>();
	private readonly nextFolders = new Map<string, StoredFolder>();
	private changed = false;

	private constructor(
		private readonly file: string | null,
		private readonly root: string,
		private readonly previous: StoredCache | null,
		/** The prefilter of this run's settings: notes it rules out are stored as ruled out under it. */
		private readonly prefilter: Prefilter | null,
	) {
		this.trustBefore = previous ? previous.writtenAt - RACY_MS : -Infinity;
	}

	/** A cache that remembers nothing and saves nothing. */
	static disabled(): ScanCache {
		return new ScanCache(null, "", null, null);
	}

	/** Loads the cache of the vault at `root` (absolute, real path); never throws. */
	static load(directory: string, root: string, prefilter: Prefilter | null = null): ScanCache {
		const file = cacheFileFor(directory, root);
		let stored: StoredCache | null = null;
		try {
			const data = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<StoredCache> | null;
			if (
				data &&
				data.format === CACHE_FORMAT &&
				data.reading === YAML_READING &&
				data.root === root &&
				typeof data.writtenAt === "number" &&
				isPlainRecord(data.notes)
			) {
				stored = data as StoredCache;
			}
		} catch {
			// Missing or unreadable: start afresh.
		}
		return new ScanCache(file, root, stored, prefilter);
	}

	get enabled(): boolean {
		return this.file !== null;
	}

	/** What the note at `rel` held, when the file still has the stamp it had then. */
	get(rel: string, stamp: FileStamp): NoteData | undefined {
		const notes = this.previous?.notes;
		// Own properties only: a note named `constructor.md` must not find Object's.
		const e = notes && Object.prototype.hasOwnProperty.call(notes, rel) ? notes[rel] : undefined;
		if (!Array.isArray(e) || e.length < 5) return undefined;
		if (e[0] !== stamp.size || e[1] !== stamp.mtimeMs || e[2] !== stamp.ctimeMs || e[3] !== stamp.ino) return undefined;
		if (!(stamp.mtimeMs < this.trustBefore)) return undefined;
		const data = decode(e, this.prefilter);
		if (data) this.next.set(rel, e);
		return data;
	}

	/** The listing of the folder `rel` ("" for the vault), when the folder still has the stamp it had then. */
	getFolder(rel: string, stamp: FileStamp): FolderListing | undefined {
		const folders = this.previous?.folders;
		const e = folders && isPlainRecord(folders) && Object.prototype.hasOwnProperty.call(folders, rel) ? folders[rel] : undefined;
		if (!Array.isArray(e) || e.length !== 5 || e[0] !== stamp.mtimeMs || e[1] !== stamp.ctimeMs || e[2] !== stamp.ino) return undefined;
		if (!(stamp.mtimeMs < this.trustBefore)) return undefined;
		const [, , , notes, subfolders] = e;
		if (!validNames(notes) || !validNames(subfolders)) return undefined;
		this.nextFolders.set(rel, e);
		return { notes, folders: subfolders };
	}

	/** Records a folder just listed; a folder holding symbolic links is not (their targets may change). */
	setFolder(rel: string, stamp: FileStamp, listing: FolderListing): void {
		if (!this.file) return;
		this.nextFolders.set(rel, [stamp.mtimeMs, stamp.ctimeMs, stamp.ino, listing.notes, listing.folders]);
		this.changed = true;
	}

	/** Records what the note at `rel` holds; `yaml` is its frontmatter text, kept when parsed values would not survive JSON. */
	set(rel: string, stamp: FileStamp, data: NoteData, yaml: string | null = null): void {
		if (!this.file) return;
		const [kind, a, b] = encode(data, yaml, this.prefilter);
		if (kind === -1) {
			this.next.delete(rel);
			return;
		}
		const e: Stored = [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, kind];
		if (a !== undefined) e.push(a);
		if (b !== undefined) e.push(b);
		this.next.set(rel, e);
		this.changed = true;
	}

	/**
	 * Writes the entries of this run, when anything changed; silent on any failure. `listed` is every
	 * note of the vault when this run listed it (entries of other paths are gone); the previous
	 * run's entries of notes not read this run are kept, as long as that run trusted them.
	 */
	save(now: number, listed: readonly string[] | null): void {
		// Nothing read afresh and no folder changed: the file on disk says it all already.
		if (!this.file || !this.changed) return;
		const keep = listed ? new Set(listed) : null;
		const notes = Object.create(null) as Record<string, Stored>;
		const prev = this.previous?.notes;
		// Entries of notes not looked at this run stay, as long as the last run trusted them.
		if (prev) {
			for (const rel of Object.keys(prev)) {
				const e = prev[rel];
				if (Array.isArray(e) && e[1] < this.trustBefore && (!keep || keep.has(rel))) notes[rel] = e;
			}
		}
		for (const [rel, e] of this.next) if (!keep || keep.has(rel)) notes[rel] = e;
		const folders = Object.create(null) as Record<string, StoredFolder>;
		if (keep) for (const [rel, e] of this.nextFolders) folders[rel] = e;
		else if (this.previous?.folders && isPlainRecord(this.previous.folders)) {
			for (const [rel, e] of Object.entries(this.previous.folders)) if (Array.isArray(e) && e[0] < this.trustBefore) folders[rel] = e;
		}
		const data: StoredCache = { format: CACHE_FORMAT, reading: YAML_READING, root: this.root, writtenAt: now, notes, folders };
		const temp = `${this.file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
		try {
			fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
			fs.writeFileSync(temp, JSON.stringify(data), { flag: "wx", mode: 0o600 });
			fs.renameSync(temp, this.file);
		} catch {
			try {
				fs.unlinkSync(temp);
			} catch {
				// Nothing was left behind.
			}
		}
	}
}
