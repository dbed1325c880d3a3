// Reads a vault folder from disk for the command line, in one pass: lists its notes, reads the
// plugin's settings, and gets each note's frontmatter (from the scan cache while the file is
// unchanged, else from the head of the file). The core then works every interview out afresh, with
// this run's settings, clock and time zone; person-note links are resolved as they are asked for.
import { Buffer, fs, path } from "./node.mjs";
import { isLookedAt, readInterviewNote, templateFolderOf, type RawNote } from "../core/scope";
import { resolveSettings, type Settings } from "../core/settings";
import type { Frontmatter, Interview, LinkResolver, Problem } from "../core/types";
import { UsageError } from "./args";
import { cacheDirectory, cacheEnabled, ScanCache, type FolderEntry, type FolderListing } from "./cache";
import { locateYaml, makePrefilter, NO_FRONTMATTER, parseFrontmatterYaml, type NoteData, type Prefilter } from "./frontmatter";
import { createLinkResolver } from "./link-resolver";

/** The plugin's settings, inside the vault's configuration folder. */
const SETTINGS_IN_CONFIG = "plugins/interview-follow-up/data.json";
/** The core Templates plugin's settings, inside the configuration folder. */
const CORE_TEMPLATES_IN_CONFIG = "templates.json";

/** Bytes read first from each note: the frontmatter of nearly every note fits. */
const HEAD_BYTES = 4096;

export interface VaultOptions {
	/** Environment: the cache settings (`INTERVIEW_FOLLOW_UP_CACHE`, `..._CACHE_DIR`, `XDG_CACHE_HOME`). */
	env: Record<string, string | undefined>;
	/**
	 * The vault's configuration folder (`--config-dir`), when Obsidian is set to use another than
	 * its usual one; else the one found in the vault (see findConfigFolder).
	 */
	configDir?: string;
}

/** Files only Obsidian's configuration folder holds: what tells it from other dot-folders (.git, .trash). */
const CONFIG_MARKERS = ["app.json", "core-plugins.json", "workspace.json", "appearance.json", CORE_TEMPLATES_IN_CONFIG];

/**
 * The vault's configuration folder: a folder at its top whose name starts with a dot (Obsidian's
 * rule for it, which a user may rename per device). The one holding this plugin's settings, else
 * one holding Obsidian's own settings files; when several do (a phone and a laptop syncing one
 * vault under two names), the one changed last. Null when the vault has none: the defaults apply.
 */
export function findConfigFolder(root: string): string | null {
	let entries: fs.Dirent[];
	try {
		entries = fs.readdirSync(root, { withFileTypes: true });
	} catch {
		return null;
	}
	const folders = entries.filter((e) => e.name.startsWith(".") && e.name !== "." && e.name !== ".." && e.isDirectory()).map((e) => e.name);
	for (const markers of [[SETTINGS_IN_CONFIG], CONFIG_MARKERS]) {
		let best: { name: string; mtimeMs: number } | null = null;
		for (const name of folders) {
			for (const marker of markers) {
				let mtimeMs: number;
				try {
					mtimeMs = fs.statSync(path.join(root, name, ...marker.split("/"))).mtimeMs;
				} catch {
					continue;
				}
				if (!best || mtimeMs > best.mtimeMs || (mtimeMs === best.mtimeMs && name < best.name)) best = { name, mtimeMs };
			}
		}
		if (best) return best.name;
	}
	return null;
}

/** `--config-dir` as typed: one folder at the top of the vault, named with a leading dot, that exists. */
function checkConfigDir(root: string, given: string): string {
	let end = given.length;
	while (end > 0 && given[end - 1] === "/") end--;
	const name = given.slice(0, end);
	if (!name.startsWith(".") || name === "." || name === ".." || name.includes("/") || name.includes("\\")) {
		throw new UsageError(`--config-dir ${JSON.stringify(given)}: give the name of the configuration folder at the top of the vault, which starts with a dot`);
	}
	let isFolder = false;
	try {
		isFolder = fs.statSync(path.join(root, name)).isDirectory();
	} catch {
		// Reported below.
	}
	if (!isFolder) throw new UsageError(`--config-dir ${JSON.stringify(given)}: the vault has no folder of that name`);
	return name;
}

export interface VaultReading {
	interviews: Interview[];
	/** Problems of every note that is ours, of the settings, and of files that could not be read. */
	problems: Problem[];
}

/** One note read on its own (`draft`): its interview, its problems, or why it is not one. */
export interface NoteReading {
	interview: Interview | null;
	problems: Problem[];
	/** Set when the note is left out of every scan: the reason, in words. */
	skipped?: string;
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

/** The vault's notes as listed: paths, and each note's folder and place in it (for the cache). */
interface Listing {
	paths: string[];
	folderOf: FolderEntry[];
	indexInFolder: number[];
}

const SKIPPED: NoteData = { kind: "skipped" };

/** The note as the core reads it: parsed frontmatter or why it failed; null without frontmatter. */
function asRawNote(file: string, data: NoteData): RawNote | null {
	if (data.kind === "parsed") return data.commentCuts ? { file, frontmatter: data.frontmatter, keyLines: data.keyLines, commentCuts: data.commentCuts } : { file, frontmatter: data.frontmatter, keyLines: data.keyLines };
	if (data.kind === "failed") return { file, frontmatter: null, parseError: data.failure };
	return null;
}

export class Vault {
	readonly settings: Settings;
	readonly templateFolder: string;
	readonly resolve: LinkResolver;
	private listing: Listing | null = null;
	/** What each note holds, by its index in the listing, once read. */
	private readonly notes: (NoteData | undefined)[] = [];
	private readonly problems: Problem[] = [];
	private readonly cache: ScanCache;
	private readonly head = Buffer.allocUnsafe(HEAD_BYTES);
	/** What may be ours, by the settings: a note this rules out is not parsed. */
	private readonly prefilter: Prefilter;
	/** The configuration folder, vault-relative; null when the vault has none. */
	readonly configDir: string | null;

	private constructor(
		/** Absolute path of the vault folder. */
		readonly root: string,
		options: VaultOptions,
	) {
		this.configDir = options.configDir === undefined ? findConfigFolder(root) : checkConfigDir(root, options.configDir);
		const { settings, warnings } = resolveSettings(this.readSettingsFile());
		for (const message of warnings) this.problems.push({ file: this.settingsFile, severity: "warning", message });
		this.settings = settings;
		this.templateFolder = templateFolderOf(settings, settings.templateFolder === null ? this.readCoreTemplatesFolder() : null);
		this.prefilter = makePrefilter(settings.typeValue);
		let cache = ScanCache.disabled();
		if (cacheEnabled(options.env)) {
			let key = root;
			try {
				key = fs.realpathSync(root);
			} catch {
				// The path as given identifies the vault well enough.
			}
			cache = ScanCache.load(cacheDirectory(options.env), key, this.prefilter.key);
		}
		this.cache = cache;
		let resolver: LinkResolver | null = null;
		// The vault is listed, and links indexed, only when a link needs them.
		this.resolve = (linkpath, fromFile) => {
			resolver ??= createLinkResolver(this.notePaths, (i) => this.frontmatterOf(i));
			return resolver(linkpath, fromFile);
		};
	}

	/** Every markdown note outside dot-folders, vault-relative with forward slashes, in a stable order. */
	get notePaths(): string[] {
		return this.list().paths;
	}

	/** Opens the vault at `folder` (relative to `cwd`); a folder that cannot be read is a UsageError. */
	static open(folder: string, cwd: string, options: VaultOptions): Vault {
		const root = path.resolve(cwd, folder);
		let stat: fs.Stats;
		try {
			stat = fs.statSync(root);
			if (stat.isDirectory()) fs.readdirSync(root);
		} catch (error) {
			throw new UsageError(`cannot read the vault ${JSON.stringify(folder)}: ${describeFsError(error)}`);
		}
		if (!stat.isDirectory()) throw new UsageError(`cannot read the vault ${JSON.stringify(folder)}: it is not a folder`);
		return new Vault(root, options);
	}

	absolute(relPath: string): string {
		return path.sep === "/" ? `${this.root}/${relPath}` : path.join(this.root, ...relPath.split("/"));
	}

	/** Every note that is ours, worked out by the core; then the cache is saved. */
	readInterviews(saveCacheAt: number): VaultReading {
		const interviews: Interview[] = [];
		const problems: Problem[] = [];
		const paths = this.notePaths;
		for (let i = 0; i < paths.length; i++) {
			if (!isLookedAt(paths[i], this.settings, this.templateFolder)) continue;
			const note = this.rawNote(i);
			if (!note) continue;
			const verdict = readInterviewNote(note, this.settings, this.resolve);
			for (const p of verdict.problems) problems.push(p);
			if (verdict.interview) interviews.push(verdict.interview);
		}
		for (const p of this.problems) problems.push(p);
		this.cache.save(saveCacheAt);
		return { interviews, problems };
	}

	/** The note at `rel` alone, read from its file as a scan would read it; then the cache is saved. */
	readNote(rel: string, saveCacheAt: number): NoteReading {
		let result: NoteReading;
		if (!isLookedAt(rel, this.settings, this.templateFolder)) {
			const folder = this.templateFolder !== "" && (rel === this.templateFolder || rel.startsWith(`${this.templateFolder}/`));
			result = {
				interview: null,
				problems: [],
				skipped: folder
					? `it is in the template folder (${this.templateFolder}), whose notes are templates, not interviews`
					: "it is outside the notes the plugin looks at (a dot-folder, or outside the interview folder in the settings)",
			};
		} else {
			let data: NoteData = NO_FRONTMATTER;
			try {
				const yaml = this.readYaml(this.absolute(rel));
				if (yaml !== null) data = parseFrontmatterYaml(yaml);
			} catch {
				// Unreadable: as a note without frontmatter, which the caller reports as not an interview.
			}
			const note = asRawNote(rel, data);
			const verdict = note ? readInterviewNote(note, this.settings, this.resolve) : null;
			result = { interview: verdict?.interview ?? null, problems: verdict?.problems ?? [] };
		}
		this.cache.save(saveCacheAt);
		return result;
	}

	/** Note `i` as the core reads it, or null when it has no frontmatter or none the prefilter lets through. */
	private rawNote(i: number): RawNote | null {
		let data = this.load(i);
		if (data.kind === "skipped") return null;
		if (data.kind === "raw") {
			if (!this.prefilter(data.yaml)) {
				this.listing?.folderOf[i].update(this.listing.indexInFolder[i], SKIPPED);
				return null;
			}
			data = this.parse(i, data.yaml);
		}
		return asRawNote(this.notePaths[i], data);
	}

	/** A linked note's frontmatter, parsed whatever it holds. */
	private frontmatterOf(i: number): Frontmatter | null {
		let data = this.load(i);
		if (data.kind === "skipped") data = this.load(i, true);
		if (data.kind === "raw") data = this.parse(i, data.yaml);
		return data.kind === "parsed" ? data.frontmatter : null;
	}

	private parse(i: number, yaml: string): NoteData {
		const data = parseFrontmatterYaml(yaml);
		this.notes[i] = data;
		const { folderOf, indexInFolder } = this.list();
		folderOf[i].update(indexInFolder[i], data, yaml);
		return data;
	}

	/**
	 * What note `i` holds, from the cache when the file is unchanged (unless `fromFile`), else from
	 * the file: its YAML unparsed (parsing waits until the prefilter or a link asks for it). An
	 * unreadable note is reported and read as holding nothing.
	 */
	private load(i: number, fromFile = false): NoteData {
		const known = this.notes[i];
		if (known && !(fromFile && known.kind === "skipped")) return known;
		const { paths, folderOf, indexInFolder } = this.list();
		const folder = folderOf[i];
		const at = indexInFolder[i];
		let data: NoteData = NO_FRONTMATTER;
		const abs = this.absolute(paths[i]);
		try {
			// The stamp is taken before the file is read: a change after it shows next run.
			const stamp = this.cache.enabled ? fs.statSync(abs) : null;
			const cached = stamp && !fromFile ? folder.stored(at, stamp) : undefined;
			if (cached) data = cached;
			else {
				const yaml = this.readYaml(abs);
				data = yaml === null ? NO_FRONTMATTER : { kind: "raw", yaml };
				if (stamp) folder.record(at, stamp, data);
			}
		} catch (error) {
			const code = (error as { code?: unknown })?.code;
			// A note deleted while the scan runs is simply gone.
			if (code !== "ENOENT") {
				this.problems.push({ file: paths[i], severity: "warning", message: `This note could not be read (${describeFsError(error)}), so it was skipped.` });
			}
		}
		this.notes[i] = data;
		return data;
	}

	/** The frontmatter text of the file, reading only its head when that settles it. */
	private readYaml(abs: string): string | null {
		const fd = fs.openSync(abs, "r");
		try {
			const n = fs.readSync(fd, this.head, 0, HEAD_BYTES, 0);
			const complete = n < HEAD_BYTES;
			const found = locateYaml(this.head.toString("utf8", 0, n), complete);
			if (found !== undefined) return found;
			// The closing fence lies beyond the head (a long frontmatter, or none at all): read it all.
			return locateYaml(fs.readFileSync(fd).toString("utf8"), true) as string | null;
		} finally {
			fs.closeSync(fd);
		}
	}

	/** What is wrong with the plugin's settings (each value ignored for its default), as messages for a terminal. */
	get settingsWarnings(): string[] {
		return this.problems.filter((p) => p.file === this.settingsFile).map((p) => `${p.file}: ${p.message}`);
	}

	/** The plugin's settings file, vault-relative, as messages name it. */
	get settingsFile(): string {
		return `${this.configDir ?? "<configuration folder>"}/${SETTINGS_IN_CONFIG}`;
	}

	private readSettingsFile(): unknown {
		if (this.configDir === null) return null;
		let text: string;
		try {
			text = fs.readFileSync(this.absolute(this.settingsFile), "utf8");
		} catch (error) {
			if ((error as { code?: unknown })?.code !== "ENOENT") {
				this.problems.push({ file: this.settingsFile, severity: "warning", message: `The plugin settings could not be read (${describeFsError(error)}); the defaults are used.` });
			}
			return null;
		}
		try {
			return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
		} catch (error) {
			const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
			this.problems.push({ file: this.settingsFile, severity: "warning", message: `The plugin settings are not valid JSON (${reason}); the defaults are used.` });
			return null;
		}
	}

	/** The core Templates plugin's folder, whose notes are templates rather than interviews. */
	private readCoreTemplatesFolder(): string | null {
		if (this.configDir === null) return null;
		const file = `${this.configDir}/${CORE_TEMPLATES_IN_CONFIG}`;
		let text: string;
		try {
			text = fs.readFileSync(this.absolute(file), "utf8");
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
				file,
				severity: "warning",
				message: "The Templates plugin's settings are not valid JSON, so no template folder is left out of the scan.",
			});
			return null;
		}
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

	/**
	 * Lists markdown notes, skipping dot-folders before descending into them; a folder linked into
	 * itself is listed once. A folder whose stamp is unchanged since the last run is not read again.
	 */
	private list(): Listing {
		if (this.listing) return this.listing;
		const listing: Listing = { paths: [], folderOf: [], indexInFolder: [] };
		const seen = new Set<string>();
		try {
			seen.add(fs.realpathSync(this.root));
		} catch {
			// Loops are still cut at the first repeat.
		}
		const visit = (abs: string, rel: string) => {
			let stamp: fs.Stats | null = null;
			if (this.cache.enabled) {
				try {
					stamp = fs.statSync(abs);
				} catch {
					stamp = null;
				}
			}
			const folder = this.cache.folder(rel, stamp, () => this.readFolder(abs, rel, seen));
			if (!folder) return;
			const prefix = rel === "" ? "" : `${rel}/`;
			const { notes, folders } = folder.listing;
			for (let k = 0; k < notes.length; k++) {
				listing.paths.push(prefix + notes[k]);
				listing.folderOf.push(folder);
				listing.indexInFolder.push(k);
			}
			for (const name of folders) visit(`${abs}${path.sep}${name}`, prefix + name);
		};
		visit(this.root, "");
		this.listing = listing;
		return listing;
	}
}
