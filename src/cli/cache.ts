// The scan cache: each folder's listing and each note's frontmatter as read from its file, stamped
// with the file's size, times and inode, kept outside the vault so that a run over an unchanged
// vault only stats files. It holds nothing that depends on the settings, the time zone or the
// clock: the core works every interview out again on every run, so a cached value can never be a
// stale verdict. It is an optimisation only: anything odd about it (missing, corrupt, stale,
// unwritable) means reading the notes again.
import { Buffer, fs, isAscii, os, path, process } from "./node.mjs";
import type { CommentCut } from "../core/comment-cuts";
import type { Frontmatter, KeyLines } from "../core/types";
import type { FrontmatterFailure } from "../core/yaml-problems";
import type { NoteData } from "./frontmatter";
import { YAML_READING } from "./yaml";

/** Bumped whenever what the cache stores, or how a note is read into it, changes. */
const CACHE_FORMAT = 18;
/**
 * A file changed within this many milliseconds before the cache was written may change again
 * without its mtime moving (coarse file-system clocks), so its entry is not trusted.
 */
const RACY_MS = 2000;

/** What identifies a version of a file or folder; `fs.Stats` is one. */
export interface FileStamp {
	readonly size: number;
	readonly mtimeMs: number;
	readonly ctimeMs: number;
	readonly ino: number;
}

/** A folder's listing: its markdown notes and sub-folders (names, sorted), dot-entries left out. */
export interface FolderListing {
	notes: string[];
	folders: string[];
}

// A note as stored: 0 no frontmatter; 1 frontmatter the prefilter named in the file ruled out (most
// of a vault's notes: their text is not worth keeping); [2, frontmatter, line of each key in key
// order] and, when a comment cut values short, those values; [3, YAML text] when the parsed values
// would not come back from JSON as they went in; [4, failure]; -1 not read.
type StoredNote = 0 | 1 | [2, Frontmatter, number[]] | [2, Frontmatter, number[], CommentCut[]] | [3, string] | [4, FrontmatterFailure] | -1;
const NOT_READ = -1;
/** Numbers stored per note in a folder's `stamps`: size, mtime, ctime, inode. */
const STAMP = 4;

// Stored by folder and by position, so that a run over an unchanged folder pairs each note with its
// entry without a lookup, and no path is stored whole.
type StoredFolder = [mtimeMs: number, ctimeMs: number, ino: number, folders: string[], notes: string[], stamps: number[], data: StoredNote[]];

interface StoredCache {
	format: number;
	/** How notes were read: parsed values are valid only under the same YAML reading. */
	reading: string;
	root: string;
	writtenAt: number;
	/** What the prefilter looked for, for the notes stored as ruled out by it. */
	prefilter: string;
	folders: Record<string, StoredFolder>;
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

/** The stored form of what a note holds; `yaml` is its frontmatter text, kept when parsed values would not survive JSON. */
function encode(data: NoteData, yaml: string | null): StoredNote {
	switch (data.kind) {
		case "none":
			return 0;
		case "skipped":
			return 1;
		case "raw":
			return [3, data.yaml];
		case "parsed":
			// Key lines as numbers in the order of the keys: the same order after JSON, at a tenth of the size.
			if (jsonSafe(data.frontmatter)) {
				const lines = Object.keys(data.frontmatter).map((k) => data.keyLines[k] ?? 0);
				return data.commentCuts ? [2, data.frontmatter, lines, data.commentCuts] : [2, data.frontmatter, lines];
			}
			return yaml === null ? NOT_READ : [3, yaml];
		case "failed": {
			const f = data.failure;
			// Only whether a broken note mentions "interview" is ever used of its text.
			return [4, { ...f, rawText: /interview/i.test(f.rawText) ? "interview" : "" }];
		}
	}
}

function isCommentCut(value: unknown): value is CommentCut {
	if (!isPlainRecord(value)) return false;
	const { line, key, field, kept, comment } = value;
	return typeof line === "number" && typeof key === "string" && typeof field === "string" && typeof kept === "string" && typeof comment === "string";
}

const NONE: NoteData = { kind: "none" };
const SKIPPED: NoteData = { kind: "skipped" };

function decode(e: unknown, skippedValid: boolean): NoteData | undefined {
	if (e === 0) return NONE;
	if (e === 1) return skippedValid ? SKIPPED : undefined;
	if (!Array.isArray(e)) return undefined;
	switch (e[0]) {
		case 2: {
			const frontmatter: unknown = e[1];
			const lines: unknown = e[2];
			if (!isPlainRecord(frontmatter) || !Array.isArray(lines)) return undefined;
			const keys = Object.keys(frontmatter);
			if (lines.length !== keys.length) return undefined;
			const keyLines: KeyLines = {};
			for (let i = 0; i < keys.length; i++) {
				const line: unknown = lines[i];
				if (typeof line !== "number") return undefined;
				if (line > 0) keyLines[keys[i]] = line;
			}
			if (e.length === 3) return { kind: "parsed", frontmatter, keyLines };
			const cuts: unknown = e[3];
			if (!Array.isArray(cuts) || !cuts.every(isCommentCut)) return undefined;
			return { kind: "parsed", frontmatter, keyLines, commentCuts: cuts };
		}
		case 3:
			return typeof e[1] === "string" ? { kind: "raw", yaml: e[1] } : undefined;
		case 4: {
			const f = e[1] as Partial<FrontmatterFailure> | null;
			if (!isPlainRecord(f) || typeof f.reason !== "string" || typeof f.rawText !== "string") return undefined;
			if ((f.interviewStart !== undefined && typeof f.interviewStart !== "string") || (f.thanked !== undefined && typeof f.thanked !== "boolean")) return undefined;
			return { kind: "failed", failure: f as FrontmatterFailure };
		}
		default:
			return undefined;
	}
}

/** An empty name, one starting with a dot, or a slash anywhere, among names joined by NUL. */
const BAD_NAME = /(?:^|\0)(?:[.\0]|$)|\//;

/** True when every entry is a name a listing would give; checked on the joined list, which is quicker. */
function validNames(list: unknown): list is string[] {
	if (!Array.isArray(list)) return false;
	if (list.length === 0) return true;
	for (const name of list) if (typeof name !== "string") return false;
	return !BAD_NAME.test(list.join("\0"));
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((name, i) => name === b[i]);
}

/** A stored folder whose parts have the shapes they should. */
function validFolder(e: unknown): e is StoredFolder {
	return (
		Array.isArray(e) &&
		e.length === 7 &&
		validNames(e[3]) &&
		validNames(e[4]) &&
		Array.isArray(e[5]) &&
		Array.isArray(e[6]) &&
		e[5].length === e[4].length * STAMP &&
		e[6].length === e[4].length
	);
}

/**
 * One folder of this run: its listing, its notes' entries from the last run (by index in the
 * listing), and the entries this run gives them.
 */
export class FolderEntry {
	/** The next cache's stamps and entries of the notes, by index in the listing. */
	private readonly stamps: number[];
	private readonly data: StoredNote[];
	/** Notes whose files this run looked at: the others keep the last run's entries. */
	private readonly touched: Uint8Array;

	constructor(
		private readonly cache: ScanCache,
		/** The folder, vault-relative ("" for the vault itself). */
		readonly rel: string,
		/** The folder's stamp; null when the cache is off. */
		private readonly stamp: FileStamp | null,
		/** False when the listing holds symbolic links, whose targets may change: it is then read every run. */
		private readonly listingCacheable: boolean,
		readonly listing: FolderListing,
		/** The last run's entry of the folder, when its listing can be paired with this one. */
		private readonly previous: StoredFolder | null,
		/** Where each note of the listing stood in the previous one; null when at the same place. */
		private readonly previousIndex: number[] | null,
	) {
		this.stamps = new Array<number>(listing.notes.length * STAMP).fill(0);
		this.data = new Array<StoredNote>(listing.notes.length).fill(NOT_READ);
		this.touched = new Uint8Array(listing.notes.length);
	}

	private previousAt(i: number): number {
		return this.previousIndex ? this.previousIndex[i] : i;
	}

	/** What note `i` held, when its file still has the stamp it had then. */
	stored(i: number, stamp: FileStamp): NoteData | undefined {
		const prev = this.previous;
		const at = this.previousAt(i);
		if (!prev || at < 0) return undefined;
		const s = prev[5];
		const p = at * STAMP;
		if (s[p] !== stamp.size || s[p + 1] !== stamp.mtimeMs || s[p + 2] !== stamp.ctimeMs || s[p + 3] !== stamp.ino) return undefined;
		if (!this.cache.trusts(stamp.mtimeMs)) return undefined;
		const e = prev[6][at];
		const data = decode(e, this.cache.skippedValid);
		if (data) {
			this.setStamp(i, stamp);
			this.data[i] = e;
		}
		return data;
	}

	/** Records what note `i` holds, read from its file with `stamp`; `yaml` as for `update`. */
	record(i: number, stamp: FileStamp, data: NoteData, yaml: string | null = null): void {
		this.setStamp(i, stamp);
		this.update(i, data, yaml);
	}

	/** Records what note `i` holds now (parsed since it was recorded); `yaml` is kept when parsed values would not survive JSON. */
	update(i: number, data: NoteData, yaml: string | null = null): void {
		if (!this.cache.enabled) return;
		const e = encode(data, yaml);
		const old = this.data[i];
		// A note stored as its YAML text, parsed again, is stored as it was: nothing to write.
		if (Array.isArray(e) && e[0] === 3 && Array.isArray(old) && old[0] === 3 && old[1] === e[1]) return;
		this.data[i] = e;
		this.cache.changed = true;
	}

	private setStamp(i: number, stamp: FileStamp): void {
		this.touched[i] = 1;
		const p = i * STAMP;
		this.stamps[p] = stamp.size;
		this.stamps[p + 1] = stamp.mtimeMs;
		this.stamps[p + 2] = stamp.ctimeMs;
		this.stamps[p + 3] = stamp.ino;
	}

	/** The folder as the next cache stores it: notes not read this run keep the last run's entries while trusted. */
	toStored(): StoredFolder | null {
		if (!this.stamp) return null;
		const prev = this.previous;
		if (prev) {
			for (let i = 0; i < this.data.length; i++) {
				if (this.touched[i]) continue;
				const at = this.previousAt(i);
				if (at < 0 || !this.cache.trusts(prev[5][at * STAMP + 1])) continue;
				for (let k = 0; k < STAMP; k++) this.stamps[i * STAMP + k] = prev[5][at * STAMP + k];
				this.data[i] = prev[6][at];
			}
		}
		const s = this.stamp;
		// An inode of -1 matches no folder: the listing is read again, while its notes' entries stand.
		return [s.mtimeMs, s.ctimeMs, this.listingCacheable ? s.ino : -1, this.listing.folders, this.listing.notes, this.stamps, this.data];
	}
}

export class ScanCache {
	/** Set when anything differs from what the file holds: the cache is then written at the end. */
	changed = false;
	/** Entries stored as ruled out by the prefilter stand only under the same prefilter. */
	readonly skippedValid: boolean;
	/** Entries of files changed after this time are not trusted. */
	private readonly trustBefore: number;
	private readonly folders: FolderEntry[] = [];

	private constructor(
		private readonly file: string | null,
		private readonly root: string,
		private readonly previous: StoredCache | null,
		/** What the prefilter of this run's settings looks for. */
		private readonly prefilterKey: string,
	) {
		this.trustBefore = previous ? previous.writtenAt - RACY_MS : -Infinity;
		this.skippedValid = previous !== null && previous.prefilter === prefilterKey && prefilterKey !== "";
	}

	/** A cache that remembers nothing and saves nothing. */
	static disabled(): ScanCache {
		return new ScanCache(null, "", null, "");
	}

	/** Loads the cache of the vault at `root` (absolute, real path); never throws. */
	static load(directory: string, root: string, prefilterKey: string): ScanCache {
		const file = cacheFileFor(directory, root);
		let stored: StoredCache | null = null;
		try {
			const bytes = fs.readFileSync(file);
			// Written as ASCII (JSON escapes the rest), which decodes faster than UTF-8: anything else is not ours.
			const data = isAscii(bytes) ? (JSON.parse(bytes.toString("latin1")) as Partial<StoredCache> | null) : null;
			if (
				data &&
				data.format === CACHE_FORMAT &&
				data.reading === YAML_READING &&
				data.root === root &&
				typeof data.writtenAt === "number" &&
				typeof data.prefilter === "string" &&
				isPlainRecord(data.folders)
			) {
				stored = data as StoredCache;
			}
		} catch {
			// Missing or unreadable: start afresh.
		}
		return new ScanCache(file, root, stored, prefilterKey);
	}

	get enabled(): boolean {
		return this.file !== null;
	}

	trusts(mtimeMs: number): boolean {
		return mtimeMs < this.trustBefore;
	}

	/**
	 * The folder `rel` ("" for the vault) of this run: its listing as stored while the folder keeps
	 * its stamp, else as `read` gives it (null when it cannot be read). `stamp` is null when the
	 * cache is off.
	 */
	folder(rel: string, stamp: FileStamp | null, read: () => { listing: FolderListing; cacheable: boolean } | null): FolderEntry | null {
		const folders = this.previous?.folders;
		// Own properties only: a folder named `constructor` must not find Object's.
		const e = stamp && folders && Object.prototype.hasOwnProperty.call(folders, rel) ? folders[rel] : undefined;
		const previous = validFolder(e) ? e : null;
		if (previous && stamp && previous[0] === stamp.mtimeMs && previous[1] === stamp.ctimeMs && previous[2] === stamp.ino && this.trusts(stamp.mtimeMs)) {
			const entry = new FolderEntry(this, rel, stamp, true, { folders: previous[3], notes: previous[4] }, previous, null);
			this.folders.push(entry);
			return entry;
		}
		const fresh = read();
		if (!fresh) return null;
		const { listing, cacheable } = fresh;
		let previousIndex: number[] | null = null;
		if (previous) {
			const at = new Map(previous[4].map((name, i) => [name, i]));
			previousIndex = listing.notes.map((name) => at.get(name) ?? -1);
		}
		const entry = new FolderEntry(this, rel, stamp, cacheable, listing, previous, previousIndex);
		this.folders.push(entry);
		// A listing read every run (symbolic links) changes the file only when it lists other names.
		if (this.file && (cacheable || !previous || !sameNames(previous[3], listing.folders) || !sameNames(previous[4], listing.notes))) this.changed = true;
		return entry;
	}

	/** Writes the entries of this run when anything changed; silent on any failure. `now` is the time of writing. */
	save(now: number): void {
		// Nothing read afresh and no folder changed: the file on disk says it all already.
		if (!this.file || !this.changed) return;
		const folders = Object.create(null) as Record<string, StoredFolder>;
		for (const entry of this.folders) {
			const stored = entry.toStored();
			if (stored) folders[entry.rel] = stored;
		}
		const data: StoredCache = { format: CACHE_FORMAT, reading: YAML_READING, root: this.root, writtenAt: now, prefilter: this.prefilterKey, folders };
		// Non-ASCII characters as JSON escapes: the file is then read as Latin-1, quicker than UTF-8.
		const text = JSON.stringify(data).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
		// A name no other run picks (`wx` refuses one that exists): the folder is the user's own.
		const temp = `${this.file}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2)}.tmp`;
		try {
			fs.mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
			fs.writeFileSync(temp, text, { flag: "wx", mode: 0o600 });
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
