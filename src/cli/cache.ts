// The scan cache: what each folder listed and what reading each note yielded, stamped with sizes
// and times, kept outside the vault so that a second `due` over an unchanged vault only stats
// files. It is an optimisation only: anything odd about it (missing, corrupt, stale, unwritable)
// means reading the vault again.
import process from "node:process";
import { createHash, randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { RawNote } from "../core/scope";
import type { EncodedVerdict } from "./verdict";

/** Bumped whenever what the cache stores changes shape. */
const CACHE_FORMAT = 3;
/**
 * A file or folder changed within this many milliseconds before the cache was written may change
 * again without its mtime moving (coarse file-system clocks), so its entry is not trusted.
 */
const RACY_MS = 2000;

export interface FileStamp {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
	ino: number;
}

export type ParsedNote = Pick<RawNote, "frontmatter" | "parseError" | "keyLines">;

/**
 * An interview note's verdict from an earlier run (the Interview and its problems, encoded), with
 * the notes its links resolved to, by their index in the vault's listing.
 */
export interface StoredVerdict {
	verdict: EncodedVerdict;
	deps: number[];
}

/**
 * What reading a note yielded: no frontmatter, frontmatter that cannot be ours, the parsed note,
 * or (from the cache only) the verdict of an interview note.
 */
export type ReadResult =
	| { kind: "none" }
	| { kind: "skipped" }
	| { kind: "parsed"; note: ParsedNote }
	| { kind: "verdict"; verdict: StoredVerdict };

/** A folder's entries that matter to the scan: markdown files and sub-folders, dot-entries left out. */
export interface FolderListing {
	notes: string[];
	folders: string[];
}

// Stored compactly and by position: a 10,000-note vault makes 10,000 file entries, read at every
// run, and looking each up by its full path would cost more than the stat it saves.
type StoredFile = [size: number, mtimeMs: number, ctimeMs: number, ino: number, kind: 0 | 1 | 2 | 3, data?: ParsedNote | StoredVerdict];
/** `files[i]` belongs to `notes[i]`; null when that note was not read. */
type StoredFolder = [mtimeMs: number, ctimeMs: number, ino: number, folders: string[], notes: string[], files: Array<StoredFile | null>];

interface StoredCache {
	format: number;
	root: string;
	/** What the stored results depend on besides the files: version and prefilter settings. */
	depends: string;
	writtenAt: number;
	folderCount: number;
	folders: Record<string, StoredFolder>;
}

/** A folder as this run sees it; notes are addressed by their index in its listing. */
export interface FolderHandle {
	readonly rel: string;
	readonly listing: FolderListing;
	/** The folder's entry for the next cache; null when the folder is not cached (symbolic links). */
	readonly entry: StoredFolder | null;
	/** Previous entries of its notes, by index when the listing is unchanged, else by name. */
	readonly previousFiles: Array<StoredFile | null> | Map<string, StoredFile> | null;
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
	return !(v !== undefined && /^(0|false|no|off)$/i.test(v.trim()));
}

/** The cache file of the vault at `root`. */
export function cacheFileFor(directory: string, root: string): string {
	return path.join(directory, `${createHash("sha256").update(root).digest("hex").slice(0, 24)}.json`);
}

const KIND_CODE = { none: 0, skipped: 1, parsed: 2, verdict: 3 } as const;
const NONE: ReadResult = { kind: "none" };
const SKIPPED: ReadResult = { kind: "skipped" };

/** What is stored of a parsed note: plain key lines, and a broken note's text only as far as it matters. */
function storedNote(note: ParsedNote): ParsedNote {
	const stored = { ...note };
	// Key lines may be worked out lazily (see frontmatter.ts): store them as the plain record they are.
	if (note.keyLines) stored.keyLines = { ...note.keyLines };
	const error = note.parseError;
	// Only whether a broken note mentions "interview" is ever used.
	if (error && error.rawText.length > 4096) stored.parseError = { ...error, rawText: /interview/i.test(error.rawText) ? "interview" : "" };
	return stored;
}

function isStoredVerdict(value: unknown): value is StoredVerdict {
	const v = value as StoredVerdict | null;
	return !!v && typeof v === "object" && !!v.verdict && typeof v.verdict === "object" && Array.isArray(v.deps) && v.deps.every((d) => Number.isInteger(d) && d >= 0);
}

function sameStamp(e: StoredFile, stamp: FileStamp): boolean {
	return e[0] === stamp.size && e[1] === stamp.mtimeMs && e[2] === stamp.ctimeMs && e[3] === stamp.ino;
}

export class ScanCache {
	private readonly previous: StoredCache | null;
	private readonly folders = new Map<string, StoredFolder>();
	private changed = false;
	private keptFolders = 0;
	private foldersListed = false;

	private constructor(
		private readonly file: string | null,
		private readonly root: string,
		private readonly depends: string,
		stored: StoredCache | null,
	) {
		this.previous = stored;
	}

	/** A cache that remembers nothing and saves nothing. */
	static disabled(): ScanCache {
		return new ScanCache(null, "", "", null);
	}

	/** Loads the cache of the vault at `root` (absolute); never throws. */
	static load(directory: string, root: string, depends: string): ScanCache {
		const file = cacheFileFor(directory, root);
		let stored: StoredCache | null = null;
		try {
			const data = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<StoredCache> | null;
			if (
				data &&
				data.format === CACHE_FORMAT &&
				data.root === root &&
				data.depends === depends &&
				typeof data.writtenAt === "number" &&
				typeof data.folderCount === "number" &&
				data.folders &&
				typeof data.folders === "object"
			) {
				stored = data as StoredCache;
			}
		} catch {
			// Missing or unreadable: start afresh.
		}
		return new ScanCache(file, root, depends, stored);
	}

	get enabled(): boolean {
		return this.file !== null;
	}

	private trusted(mtimeMs: number): boolean {
		return this.previous !== null && mtimeMs < this.previous.writtenAt - RACY_MS;
	}

	private previousFolder(rel: string): StoredFolder | null {
		// Inherited properties (`constructor`) are not arrays, so plain indexing is safe here.
		const e = this.previous?.folders[rel];
		if (!Array.isArray(e) || e.length !== 6 || !Array.isArray(e[3]) || !Array.isArray(e[4]) || !Array.isArray(e[5])) return null;
		const names = (list: unknown[]) => list.every((n) => typeof n === "string" && n !== "" && !n.includes("/") && !n.startsWith("."));
		return names(e[3]) && names(e[4]) ? e : null;
	}

	/** The stored listing of the folder `rel` ("" for the vault), when its stamp is unchanged. */
	getFolder(rel: string, stamp: FileStamp | null): FolderHandle | null {
		if (!stamp) return null;
		const e = this.previousFolder(rel);
		if (!e || e[0] !== stamp.mtimeMs || e[1] !== stamp.ctimeMs || e[2] !== stamp.ino || !this.trusted(stamp.mtimeMs)) return null;
		const listing = { folders: e[3], notes: e[4] };
		const entry: StoredFolder = [e[0], e[1], e[2], e[3], e[4], new Array<StoredFile | null>(e[4].length).fill(null)];
		this.folders.set(rel, entry);
		this.keptFolders++;
		return { rel, listing, entry, previousFiles: e[5] };
	}

	/** Starts the entry of a folder just listed; `cacheable` is false for folders holding symbolic links. */
	putFolder(rel: string, stamp: FileStamp | null, listing: FolderListing, cacheable: boolean): FolderHandle {
		const e = this.previousFolder(rel);
		let previousFiles: Map<string, StoredFile> | null = null;
		if (e) {
			previousFiles = new Map();
			e[4].forEach((name, i) => {
				const f = e[5][i];
				if (typeof name === "string" && Array.isArray(f)) previousFiles?.set(name, f);
			});
		}
		this.foldersListed = true;
		let entry: StoredFolder | null = null;
		if (this.file && stamp && cacheable) {
			entry = [stamp.mtimeMs, stamp.ctimeMs, stamp.ino, listing.folders, listing.notes, new Array<StoredFile | null>(listing.notes.length).fill(null)];
			this.folders.set(rel, entry);
			this.changed = true;
		}
		return { rel, listing, entry, previousFiles };
	}

	/** The stored result for note `index` of the folder, when the file still has the stamp it had then. */
	get(folder: FolderHandle, index: number, stamp: FileStamp): ReadResult | undefined {
		const prev = folder.previousFiles;
		if (!prev) return undefined;
		const e = Array.isArray(prev) ? prev[index] : prev.get(folder.listing.notes[index]);
		if (!Array.isArray(e) || !sameStamp(e, stamp) || !this.trusted(stamp.mtimeMs)) return undefined;
		let result: ReadResult;
		if (e[4] === 0) result = NONE;
		else if (e[4] === 1) result = SKIPPED;
		else if (e[4] === 2 && e[5] && typeof e[5] === "object") result = { kind: "parsed", note: e[5] as ParsedNote };
		else if (e[4] === 3 && isStoredVerdict(e[5])) result = { kind: "verdict", verdict: e[5] };
		else return undefined;
		if (folder.entry) folder.entry[5][index] = e;
		return result;
	}

	set(folder: FolderHandle, index: number, stamp: FileStamp, result: ReadResult): void {
		if (!folder.entry) return;
		const e: StoredFile = [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, KIND_CODE[result.kind]];
		if (result.kind === "parsed") e.push(storedNote(result.note));
		else if (result.kind === "verdict") e.push(result.verdict);
		folder.entry[5][index] = e;
		this.changed = true;
	}

	/**
	 * Stores an interview note's verdict in place of its parsed frontmatter, for a note whose entry
	 * this run wrote or kept (so its stamp is the one the verdict was worked out from).
	 */
	setVerdict(folder: FolderHandle, index: number, verdict: StoredVerdict): void {
		const e = folder.entry?.[5][index];
		if (!e) return;
		folder.entry[5][index] = [e[0], e[1], e[2], e[3], 3, verdict];
		this.changed = true;
	}

	/** True when every folder was listed from the cache and none disappeared: no note was added, removed or renamed. */
	listingUnchanged(): boolean {
		return this.previous !== null && !this.foldersListed && this.keptFolders === this.previous.folderCount;
	}

	/** Writes what this run used (deleted notes and folders drop out); silent on any failure. */
	save(now: number): void {
		if (!this.file) return;
		const prev = this.previous;
		if (prev && !this.changed && this.keptFolders === prev.folderCount) return;
		const folders = Object.create(null) as Record<string, StoredFolder>;
		for (const [rel, entry] of this.folders) folders[rel] = entry;
		const data: StoredCache = { format: CACHE_FORMAT, root: this.root, depends: this.depends, writtenAt: now, folderCount: this.folders.size, folders };
		const temp = `${this.file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
		try {
			fs.mkdirSync(path.dirname(this.file), { recursive: true });
			fs.writeFileSync(temp, JSON.stringify(data));
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
