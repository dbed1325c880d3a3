// Reads a vault folder from disk for the command line: lists its notes, reads the plugin's settings,
// reads each note's frontmatter (only the head of the file, through the scan cache) and resolves
// person-note links, reading a person note only when a link needs it.
import { Buffer, fs, path } from "./node.mjs";
import { version } from "../../package.json";
import { isLookedAt, readInterviewNote, templateFolderOf } from "../core/scope";
import { resolveSettings, type Settings } from "../core/settings";
import type { Frontmatter, Interview, LinkResolver, Problem } from "../core/types";
import { UsageError } from "./args";
import { cacheDirectory, cacheEnabled, ScanCache, type FolderHandle, type FolderListing, type ReadResult } from "./cache";
import { makePrefilter, readFrontmatter } from "./frontmatter";
import { createLinkResolver } from "./link-resolver";
import { decodeVerdict, encodeVerdict, type Verdict } from "./verdict";

export const SETTINGS_FILE = ".obsidian/plugins/interview-follow-up/data.json";
export const CORE_TEMPLATES_FILE = ".obsidian/templates.json";

/** Bytes read first from each note: the frontmatter of nearly every note fits. */
const HEAD_BYTES = 4096;

export interface VaultOptions {
	/** Environment: the cache settings (`INTERVIEW_FOLLOW_UP_CACHE`, `..._CACHE_DIR`, `XDG_CACHE_HOME`). */
	env: Record<string, string | undefined>;
}

export interface VaultReading {
	interviews: Interview[];
	/** Problems of every note that is ours, of the settings, and of files that could not be read. */
	problems: Problem[];
}

/** A short reason for a failed file operation, for messages. */
export function describeFsError(error: unknown): string {
	const code = (error as { code?: unknown })?.code;
	switch (code) {
		case "ENOENT":
			return "it does not exist";
		case "EACCES":
		case "EPERM":
			return "permission denied";
		case "ENOTDIR":
			return "it is not a folder";
		case "EISDIR":
			return "it is a folder";
		case "ELOOP":
			return "too many symbolic links";
		default: {
			const message = error instanceof Error ? error.message : String(error);
			return message.split("\n")[0];
		}
	}
}

/** A note found by the listing, with where its cache entry lives and, once read, what it holds. */
interface NoteSlot {
	rel: string;
	folder: FolderHandle;
	index: number;
	result?: ReadResult;
	/**
	 * Whether the note's stamp was found unchanged since the last run, once looked up: a note found
	 * changed is not looked up again, as its entry may by then be the one this run wrote.
	 */
	fresh?: boolean;
}

export class Vault {
	readonly settings: Settings;
	readonly templateFolder: string;
	readonly resolve: LinkResolver;
	private listed: NoteSlot[] | null = null;
	private paths: string[] | null = null;
	private resolver: LinkResolver | null = null;
	/** While an interview note is read: the notes its links resolve to, by index. */
	private dependencies: number[] | null = null;
	private readonly problems: Problem[] = [];
	private readonly cache: ScanCache;
	private readonly head = Buffer.allocUnsafe(HEAD_BYTES);

	private constructor(
		/** Absolute path of the vault folder. */
		readonly root: string,
		options: VaultOptions,
	) {
		const raw = this.readSettingsFile();
		const { settings, warnings } = resolveSettings(raw);
		for (const message of warnings) this.problems.push({ file: SETTINGS_FILE, severity: "warning", message });
		this.settings = settings;
		this.templateFolder = templateFolderOf(settings, settings.templateFolder === null ? this.readCoreTemplatesFolder() : null);
		// What is cached depends on how this version reads notes and on every setting (verdicts apply
		// the rules' numbers): a change to either starts the cache afresh.
		const depends = `${version} ${JSON.stringify(settings)} ${this.templateFolder}`;
		let cache = ScanCache.disabled();
		if (cacheEnabled(options.env)) {
			let key = root;
			try {
				key = fs.realpathSync(root);
			} catch {
				// The path as given identifies the vault well enough.
			}
			cache = ScanCache.load(cacheDirectory(options.env), key, depends);
		}
		this.cache = cache;
		// The vault is listed, and links indexed, only when a command needs them (`mark` does not).
		this.resolve = (linkpath, fromFile) => {
			this.resolver ??= createLinkResolver(this.notePaths, (i) => {
				this.dependencies?.push(i);
				return this.frontmatterOf(this.slots[i]);
			});
			return this.resolver(linkpath, fromFile);
		};
	}

	private get slots(): NoteSlot[] {
		this.listed ??= this.listNotes();
		return this.listed;
	}

	/** Every markdown note outside dot-folders, vault-relative with forward slashes. */
	get notePaths(): string[] {
		this.paths ??= this.slots.map((s) => s.rel);
		return this.paths;
	}

	/** Opens the vault at `folder` (relative to `cwd`); a folder that cannot be read is a UsageError. */
	static open(folder: string, cwd: string, options: VaultOptions): Vault {
		const root = path.resolve(cwd, folder);
		let stat: fs.Stats;
		try {
			stat = fs.statSync(root);
		} catch (error) {
			throw new UsageError(`cannot read the vault ${JSON.stringify(folder)}: ${describeFsError(error)}`);
		}
		if (!stat.isDirectory()) throw new UsageError(`cannot read the vault ${JSON.stringify(folder)}: it is not a folder`);
		try {
			fs.readdirSync(root);
		} catch (error) {
			throw new UsageError(`cannot read the vault ${JSON.stringify(folder)}: ${describeFsError(error)}`);
		}
		return new Vault(root, options);
	}

	absolute(relPath: string): string {
		return path.sep === "/" ? `${this.root}/${relPath}` : path.join(this.root, ...relPath.split("/"));
	}

	/**
	 * Parses every note that may be ours into interviews and problems, then saves the cache. An
	 * interview note unchanged since the last run, whose links resolve to unchanged notes, keeps
	 * its verdict from then.
	 */
	readInterviews(saveCacheAt: number): VaultReading {
		const interviews: Interview[] = [];
		const problems: Problem[] = [];
		const collect = (verdict: Verdict) => {
			for (const p of verdict.problems) problems.push(p);
			if (verdict.interview) interviews.push(verdict.interview);
		};
		const prefilter = makePrefilter(this.settings.typeValue);
		const slots = this.scanSlots(prefilter);
		// Links resolve by name among all notes: with a note added or removed, any may resolve anew.
		const sameNotes = this.cache.listingUnchanged();
		for (const slot of slots) {
			let result = slot.result as ReadResult;
			if (result.kind === "verdict") {
				const kept = sameNotes && this.unchanged(result.verdict[1]) ? decodeVerdict(result.verdict[0]) : null;
				if (kept) {
					collect(kept);
					continue;
				}
				result = slot.result = this.read(slot, prefilter, true, true);
			}
			if (result.kind !== "parsed") continue;
			const deps: number[] = [];
			this.dependencies = deps;
			const verdict = readInterviewNote({ file: slot.rel, ...result.note }, this.settings, this.resolve);
			this.dependencies = null;
			if (!verdict.ours) continue;
			collect(verdict);
			const encoded = verdict.interview && this.cache.enabled ? encodeVerdict(verdict) : null;
			if (encoded) this.cache.setVerdict(slot.folder, slot.index, [encoded, deps]);
		}
		for (const p of this.problems) problems.push(p);
		this.cache.save(saveCacheAt);
		return { interviews, problems };
	}

	/** Reads (or finds in the cache) every note that is looked at. */
	private scanSlots(prefilter: (yamlText: string) => boolean): NoteSlot[] {
		const looked: NoteSlot[] = [];
		for (const slot of this.slots) {
			if (!isLookedAt(slot.rel, this.settings, this.templateFolder)) continue;
			slot.result ??= this.read(slot, prefilter, true);
			looked.push(slot);
		}
		return looked;
	}

	/** True when every note of `indexes` is unchanged since the last run. */
	private unchanged(indexes: number[]): boolean {
		return indexes.every((i) => {
			const slot = this.slots[i];
			if (!slot) return false;
			slot.result ??= this.read(slot, null, false);
			return slot.fresh === true;
		});
	}

	private frontmatterOf(slot: NoteSlot | undefined): Frontmatter | null {
		if (!slot) return null;
		if (!slot.result || slot.result.kind === "skipped") slot.result = this.read(slot, null, false);
		// An interview note linked as a person: its cache entry holds its verdict, not its frontmatter.
		if (slot.result.kind === "verdict") slot.result = this.read(slot, null, false, true);
		return slot.result.kind === "parsed" ? slot.result.note.frontmatter : null;
	}

	/**
	 * What the note holds, from the cache when the file is unchanged. Unreadable notes are reported
	 * (when `report`) and read as holding nothing.
	 */
	private read(slot: NoteSlot, prefilter: ((yamlText: string) => boolean) | null, report: boolean, fromFile = false): ReadResult {
		const abs = this.absolute(slot.rel);
		try {
			let stamp: fs.Stats | null = null;
			if (this.cache.enabled) {
				stamp = fs.statSync(abs);
				if (!fromFile && slot.fresh !== false) {
					const cached = this.cache.get(slot.folder, slot.index, stamp);
					slot.fresh = cached !== undefined;
					if (cached && (cached.kind !== "skipped" || prefilter)) return cached;
				}
			}
			const result = this.readFile(abs, prefilter);
			if (stamp) this.cache.set(slot.folder, slot.index, stamp, result);
			return result;
		} catch (error) {
			const code = (error as { code?: unknown })?.code;
			// A note deleted while the scan runs is simply gone.
			if (report && code !== "ENOENT") {
				this.problems.push({ file: slot.rel, severity: "warning", message: `This note could not be read (${describeFsError(error)}), so it was skipped.` });
			}
			return { kind: "none" };
		}
	}

	private readFile(abs: string, prefilter: ((yamlText: string) => boolean) | null): ReadResult {
		const fd = fs.openSync(abs, "r");
		try {
			const n = fs.readSync(fd, this.head, 0, HEAD_BYTES, 0);
			const first = readFrontmatter(this.head, n, n < HEAD_BYTES, prefilter);
			if (first.kind !== "more") return first;
			// The closing fence lies beyond the head (a long frontmatter, or none at all): read it all.
			const whole = fs.readFileSync(fd);
			const second = readFrontmatter(whole, whole.length, true, prefilter);
			return second.kind === "more" ? { kind: "none" } : second;
		} finally {
			fs.closeSync(fd);
		}
	}

	private readSettingsFile(): unknown {
		let text: string;
		try {
			text = fs.readFileSync(this.absolute(SETTINGS_FILE), "utf8");
		} catch (error) {
			if ((error as { code?: unknown })?.code !== "ENOENT") {
				this.problems.push({ file: SETTINGS_FILE, severity: "warning", message: `The plugin settings could not be read (${describeFsError(error)}); the defaults are used.` });
			}
			return null;
		}
		try {
			return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
		} catch (error) {
			const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
			this.problems.push({ file: SETTINGS_FILE, severity: "warning", message: `The plugin settings are not valid JSON (${reason}); the defaults are used.` });
			return null;
		}
	}

	/** The core Templates plugin's folder, whose notes are templates rather than interviews. */
	private readCoreTemplatesFolder(): string | null {
		let text: string;
		try {
			text = fs.readFileSync(this.absolute(CORE_TEMPLATES_FILE), "utf8");
		} catch {
			return null;
		}
		try {
			const data = JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
			if (data && typeof data === "object" && typeof (data as { folder?: unknown }).folder === "string") {
				return (data as { folder: string }).folder;
			}
			return null;
		} catch {
			this.problems.push({
				file: CORE_TEMPLATES_FILE,
				severity: "warning",
				message: "The Templates plugin's settings are not valid JSON, so no template folder is left out of the scan.",
			});
			return null;
		}
	}

	/**
	 * Lists markdown notes, skipping dot-folders before descending into them. A folder whose stamp
	 * is unchanged since the last run is not listed again: its entries cannot have changed.
	 */
	private listNotes(): NoteSlot[] {
		const out: NoteSlot[] = [];
		const seen = new Set<string>();
		const visit = (abs: string, rel: string) => {
			let stamp: fs.Stats | null = null;
			if (this.cache.enabled) {
				try {
					stamp = fs.statSync(abs);
				} catch {
					stamp = null;
				}
			}
			let folder = this.cache.getFolder(rel, stamp);
			if (!folder) {
				const read = this.readFolder(abs, rel, seen);
				if (!read) return;
				folder = this.cache.putFolder(rel, stamp, read.listing, read.cacheable);
			}
			const prefix = rel === "" ? "" : `${rel}/`;
			const { notes, folders } = folder.listing;
			// Every field set from the start: slots set later keep one shape, which the scan loop is quick on.
			for (let index = 0; index < notes.length; index++) out.push({ rel: prefix + notes[index], folder, index, result: undefined, fresh: undefined });
			for (const name of folders) visit(`${abs}${path.sep}${name}`, prefix + name);
		};
		try {
			seen.add(fs.realpathSync(this.root));
		} catch {
			// Loops are still cut at the first repeat.
		}
		visit(this.root, "");
		return out;
	}

	/** Reads one folder; a listing with symbolic links in it is not cacheable (their targets may change). */
	private readFolder(abs: string, rel: string, seen: Set<string>): { listing: FolderListing; cacheable: boolean } | null {
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(abs, { withFileTypes: true });
		} catch (error) {
			this.problems.push({ file: rel, severity: "warning", message: `This folder could not be read (${describeFsError(error)}), so its notes were skipped.` });
			return null;
		}
		const listing: FolderListing = { notes: [], folders: [] };
		let cacheable = true;
		for (const entry of entries) {
			const name = entry.name;
			if (name.charCodeAt(0) === 46 /* . */) continue;
			let isDir = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				cacheable = false;
				const target = `${abs}${path.sep}${name}`;
				try {
					const stat = fs.statSync(target);
					isDir = stat.isDirectory();
					isFile = stat.isFile();
					// A folder linked into itself must not loop.
					if (isDir) {
						const real = fs.realpathSync(target);
						if (seen.has(real)) continue;
						seen.add(real);
					}
				} catch {
					continue;
				}
			}
			if (isDir) listing.folders.push(name);
			else if (isFile && /\.md$/i.test(name)) listing.notes.push(name);
		}
		// A stable order, whatever the file system's: the same vault lists the same way everywhere.
		listing.notes.sort();
		listing.folders.sort();
		return { listing, cacheable };
	}
}
