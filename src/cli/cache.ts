// The scan cache: what each folder listed and what reading each note yielded, stamped with sizes
// and times, kept outside the vault so that a second `due` over an unchanged vault only stats
// files. It is an optimisation only: anything odd about it (missing, corrupt, stale, unwritable)
// means reading the vault again.
import { createHash, fs, os, path, process, randomBytes } from "./node.mjs";
import type { RawNote } from "../core/scope";
import type { EncodedVerdict } from "./verdict";

/** Bumped whenever what the cache stores changes shape. */
const CACHE_FORMAT = 4;
/**
 * A file or folder changed within this many milliseconds before the cache was written may change
 * again without its mtime moving (coarse file-system clocks), so its entry is not trusted.
 */
const RACY_MS = 2000;

/** What identifies a version of a file or folder; `fs.Stats` is one, so no copy is made per file. */
export interface FileStamp {
	readonly size: number;
	readonly mtimeMs: number;
	readonly ctimeMs: number;
	readonly ino: number;
}

export type ParsedNote = Pick<RawNote, "frontmatter" | "parseError" | "keyLines">;

/**
 * An interview note's verdict from an earlier run (the Interview and its problems, encoded), with
 * the notes its links resolved to, by their index in the vault's listing.
 */
export type StoredVerdict = [verdict: EncodedVerdict, deps: number[]];

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
// run, and an object per file would cost more to parse and collect than the stat it saves. Each
// note has five numbers in `stamps` (size, mtime, ctime or 0 when equal to mtime, inode, kind; kind
// -1 when the note was not read) and its parsed note or verdict, else 0, in `data`.
const STAMP = 5;
const NOT_READ = -1;
type StoredFolder = [mtimeMs: number, ctimeMs: number, ino: number, folders: string[], notes: string[], stamps: number[], data: unknown[]];

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
	/** The previous run's entries of its notes (the same arrays as `entry` when the folder is unchanged). */
	readonly previous: StoredFolder | null;
	/** Where each note stood in the previous listing, when that listing differs. */
	readonly previousIndex: Map<string, number> | null;
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
	if (!Array.isArray(value) || value.length !== 2 || !Array.isArray(value[1])) return false;
	for (const d of value[1] as unknown[]) if (!Number.isInteger(d) || (d as number) < 0) return false;
	return true;
}

/** An empty name, one starting with a dot, or a slash anywhere, among names joined by NUL. */
const BAD_NAME = /(?:^|\0)(?:\.|\0|$)|\//;

/** True when every entry is a name a listing would give: checked on the joined list, which is quicker. */
function validNames(list: unknown[]): boolean {
	if (list.length === 0) return true;
	for (let i = 0; i < list.length; i++) if (typeof list[i] !== "string") return false;
	return !BAD_NAME.test(list.join("\0"));
}

export class ScanCache {
	private readonly previous: StoredCache | null;
	/** Entries of files changed after this time are not trusted. */
	private readonly trustBefore: number;
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
		this.trustBefore = stored ? stored.writtenAt - RACY_MS : -Infinity;
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

	private previousFolder(rel: string): StoredFolder | null {
		// Inherited properties (`constructor`) are not arrays, so plain indexing is safe here.
		const e = this.previous?.folders[rel];
		if (!Array.isArray(e) || e.length !== 7) return null;
		const folders: unknown = e[3];
		const notes: unknown = e[4];
		const stamps: unknown = e[5];
		const data: unknown = e[6];
		if (!Array.isArray(folders) || !Array.isArray(notes) || !Array.isArray(stamps) || !Array.isArray(data)) return null;
		if (stamps.length !== notes.length * STAMP || data.length !== notes.length) return null;
		return validNames(folders) && validNames(notes) ? e : null;
	}

	/** The stored listing of the folder `rel` ("" for the vault), when its stamp is unchanged. */
	getFolder(rel: string, stamp: FileStamp | null): FolderHandle | null {
		if (!stamp) return null;
		const e = this.previousFolder(rel);
		if (!e || e[0] !== stamp.mtimeMs || e[1] !== stamp.ctimeMs || e[2] !== stamp.ino || !(stamp.mtimeMs < this.trustBefore)) return null;
		// The entry is carried over as it is: notes not read this run keep theirs, which is safe
		// since an entry is used only while its file has the stamp it records.
		this.folders.set(rel, e);
		this.keptFolders++;
		return { rel, listing: { folders: e[3], notes: e[4] }, entry: e, previous: e, previousIndex: null };
	}

	/** Starts the entry of a folder just listed; `cacheable` is false for folders holding symbolic links. */
	putFolder(rel: string, stamp: FileStamp | null, listing: FolderListing, cacheable: boolean): FolderHandle {
		const e = this.previousFolder(rel);
		let previousIndex: Map<string, number> | null = null;
		if (e) {
			previousIndex = new Map();
			e[4].forEach((name, i) => previousIndex?.set(name, i));
		}
		this.foldersListed = true;
		let entry: StoredFolder | null = null;
		if (this.file && stamp && cacheable) {
			const n = listing.notes.length;
			entry = [stamp.mtimeMs, stamp.ctimeMs, stamp.ino, listing.folders, listing.notes, new Array<number>(n * STAMP).fill(NOT_READ), new Array<unknown>(n).fill(0)];
			this.folders.set(rel, entry);
			this.changed = true;
		}
		return { rel, listing, entry, previous: e, previousIndex };
	}

	/** The stored result for note `index` of the folder, when the file still has the stamp it had then. */
	get(folder: FolderHandle, index: number, stamp: FileStamp): ReadResult | undefined {
		const prev = folder.previous;
		if (!prev) return undefined;
		let j: number | undefined = index;
		if (folder.previousIndex) j = folder.previousIndex.get(folder.listing.notes[index]);
		if (j === undefined) return undefined;
		const s = prev[5];
		const o = j * STAMP;
		const mtimeMs = s[o + 1];
		const ctimeMs = s[o + 2];
		if (s[o] !== stamp.size || mtimeMs !== stamp.mtimeMs || (ctimeMs === 0 ? mtimeMs : ctimeMs) !== stamp.ctimeMs || s[o + 3] !== stamp.ino) return undefined;
		if (!(mtimeMs < this.trustBefore)) return undefined;
		const kind = s[o + 4];
		const data = prev[6][j];
		let result: ReadResult;
		if (kind === 0) result = NONE;
		else if (kind === 1) result = SKIPPED;
		else if (kind === 2 && data && typeof data === "object" && !Array.isArray(data)) result = { kind: "parsed", note: data as ParsedNote };
		else if (kind === 3 && isStoredVerdict(data)) result = { kind: "verdict", verdict: data };
		else return undefined;
		const entry = folder.entry;
		if (entry && entry !== prev) {
			const t = entry[5];
			const p = index * STAMP;
			for (let k = 0; k < STAMP; k++) t[p + k] = s[o + k];
			entry[6][index] = data;
		}
		return result;
	}

	set(folder: FolderHandle, index: number, stamp: FileStamp, result: ReadResult): void {
		const entry = folder.entry;
		if (!entry) return;
		const t = entry[5];
		const p = index * STAMP;
		t[p] = stamp.size;
		t[p + 1] = stamp.mtimeMs;
		t[p + 2] = stamp.ctimeMs === stamp.mtimeMs ? 0 : stamp.ctimeMs;
		t[p + 3] = stamp.ino;
		t[p + 4] = KIND_CODE[result.kind];
		entry[6][index] = result.kind === "parsed" ? storedNote(result.note) : result.kind === "verdict" ? result.verdict : 0;
		this.changed = true;
	}

	/**
	 * Stores an interview note's verdict in place of its parsed frontmatter, for a note whose entry
	 * this run wrote or kept (so its stamp is the one the verdict was worked out from).
	 */
	setVerdict(folder: FolderHandle, index: number, verdict: StoredVerdict): void {
		const entry = folder.entry;
		if (!entry || entry[5][index * STAMP + 4] === NOT_READ) return;
		entry[5][index * STAMP + 4] = KIND_CODE.verdict;
		entry[6][index] = verdict;
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
