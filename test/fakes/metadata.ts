// The metadata cache: parses a note as Obsidian does for plugins (frontmatter via YAML 1.2 core schema,
// headings, links, embeds, tags) and updates asynchronously after vault changes, with Obsidian's events.
// What counts as frontmatter is the core's one rule (src/core/frontmatter-rule.ts) and its YAML is
// read by the command line's one reading (src/cli/yaml.ts), so the fake and the CLI read notes alike.
import { stringify as yamlStringify } from "yaml";
import { findFrontmatter as findFrontmatterBlock, frontMatterInfo, type FrontMatterInfo } from "../../src/core/frontmatter-rule";
import { parseYaml as readYaml } from "../../src/cli/yaml";
import { Events, later, type EventRef } from "./component";
import { TFile, type TAbstractFile, type Vault } from "./vault";

export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

export interface CacheItem {
	position: Pos;
}

export interface Reference {
	link: string;
	original: string;
	displayText?: string;
}

export interface ReferenceCache extends Reference, CacheItem {}
export type LinkCache = ReferenceCache;
export type EmbedCache = ReferenceCache;

export interface FrontmatterLinkCache extends Reference {
	key: string;
}

export interface HeadingCache extends CacheItem {
	heading: string;
	level: number;
}

export interface TagCache extends CacheItem {
	tag: string;
}

export interface SectionCache extends CacheItem {
	id?: string;
	type: string;
}

export type FrontMatterCache = Record<string, unknown>;

export interface CachedMetadata {
	links?: LinkCache[];
	embeds?: EmbedCache[];
	tags?: TagCache[];
	headings?: HeadingCache[];
	sections?: SectionCache[];
	frontmatter?: FrontMatterCache;
	frontmatterPosition?: Pos;
	frontmatterLinks?: FrontmatterLinkCache[];
}

/** Obsidian's FrontMatterInfo: the core's rule gives it in the same shape. */
export type { FrontMatterInfo };

// ---- YAML -------------------------------------------------------------------------------------------

/** Obsidian's parseYaml: YAML 1.2 core schema, so `2026-11-25` and `2026-11-25T14:30` stay strings. */
export function parseYaml(yaml: string): unknown {
	// The command line's one reading: errors throw, as Obsidian's do; warnings (an unknown tag) print nothing.
	return readYaml(yaml);
}

export function stringifyYaml(obj: unknown): string {
	return yamlStringify(obj);
}

// ---- Parsing ------------------------------------------------------------------------------------------

interface Line {
	text: string;
	offset: number;
	/** Where the next line starts: past this line's terminator. */
	next: number;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let offset = 0;
	for (;;) {
		const nl = text.indexOf("\n", offset);
		if (nl === -1) {
			lines.push({ text: text.slice(offset), offset, next: text.length });
			return lines;
		}
		const end = nl > offset && text[nl - 1] === "\r" ? nl - 1 : nl;
		lines.push({ text: text.slice(offset, end), offset, next: nl + 1 });
		offset = nl + 1;
	}
}

function loc(line: number, col: number, offset: number): Loc {
	return { line, col, offset };
}

interface FrontmatterBlock {
	info: FrontMatterInfo;
	closingLine: number;
	closingOffset: number;
}

function findFrontmatter(text: string): FrontmatterBlock | null {
	const fm = findFrontmatterBlock(text);
	if (!fm) return null;
	return {
		info: { exists: true, frontmatter: fm.body, from: fm.contentStart, to: fm.contentEnd, contentStart: fm.end },
		closingLine: fm.closeLine - 1,
		closingOffset: fm.contentEnd,
	};
}

/** Obsidian's getFrontMatterInfo: where the frontmatter block is and what it says. */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
	return frontMatterInfo(content);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

const WIKILINK_VALUE = /^\[\[([^\]]+)\]\]$/;

function wikilinkParts(inner: string): { link: string; displayText: string } {
	const bar = inner.indexOf("|");
	const link = (bar === -1 ? inner : inner.slice(0, bar)).trim();
	if (bar !== -1) return { link, displayText: inner.slice(bar + 1) };
	const hash = link.indexOf("#");
	if (hash === -1) return { link, displayText: link };
	const path = link.slice(0, hash);
	const sub = link.slice(hash + 1);
	return { link, displayText: path ? `${path} > ${sub}` : sub };
}

function frontmatterLinks(value: unknown, key: string, out: FrontmatterLinkCache[]): void {
	if (typeof value === "string") {
		const m = WIKILINK_VALUE.exec(value.trim());
		if (m) out.push({ key, original: value.trim(), ...wikilinkParts(m[1]) });
	} else if (Array.isArray(value)) {
		value.forEach((item, i) => frontmatterLinks(item, `${key}.${i}`, out));
	} else if (isPlainObject(value)) {
		for (const [k, v] of Object.entries(value)) frontmatterLinks(v, key ? `${key}.${k}` : k, out);
	}
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const WIKILINK = /(!?)\[\[([^\[\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[([^\]\n]*)\]\(([^)\n]+)\)/g;
const TAG = /(^|\s)#([^\s!-,.:-@[-^`{-~]+)/gu;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Blanks out inline code so that links and tags inside backticks are not seen, keeping columns. */
function maskInlineCode(text: string): string {
	return text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (m) => " ".repeat(m.length));
}

function safeDecode(s: string): string {
	try {
		return decodeURI(s);
	} catch {
		return s;
	}
}

/** What Obsidian's metadata cache holds for a note with this text. */
export function parseMarkdownMetadata(text: string): CachedMetadata {
	const lines = splitLines(text);
	const cache: CachedMetadata = {};
	const links: LinkCache[] = [];
	const embeds: EmbedCache[] = [];
	const tags: TagCache[] = [];
	const headings: HeadingCache[] = [];
	const sections: SectionCache[] = [];
	let first = 0;

	const block = findFrontmatter(text);
	if (block) {
		const position = { start: loc(0, 0, 0), end: loc(block.closingLine, 3, block.closingOffset + 3) };
		cache.frontmatterPosition = position;
		sections.push({ type: "yaml", position });
		try {
			const data = parseYaml(block.info.frontmatter);
			if (isPlainObject(data)) {
				cache.frontmatter = data;
				const found: FrontmatterLinkCache[] = [];
				frontmatterLinks(data, "", found);
				if (found.length > 0) cache.frontmatterLinks = found;
			}
		} catch {
			// Obsidian shows broken YAML as invalid properties and gives plugins no frontmatter.
		}
		first = block.closingLine + 1;
	}

	let fence: { char: string; size: number; startLine: number } | null = null;
	for (let i = first; i < lines.length; i++) {
		const line = lines[i];
		const fenceMatch = FENCE.exec(line.text);
		if (fence) {
			if (fenceMatch && fenceMatch[1][0] === fence.char && fenceMatch[1].length >= fence.size && !fenceMatch[2].trim()) {
				sections.push({
					type: "code",
					position: { start: loc(fence.startLine, 0, lines[fence.startLine].offset), end: loc(i, line.text.length, line.offset + line.text.length) },
				});
				fence = null;
			}
			continue;
		}
		if (fenceMatch && !(fenceMatch[1][0] === "`" && fenceMatch[2].includes("`"))) {
			fence = { char: fenceMatch[1][0], size: fenceMatch[1].length, startLine: i };
			continue;
		}
		const end = loc(i, line.text.length, line.offset + line.text.length);
		const heading = HEADING.exec(line.text);
		if (heading) {
			const position = { start: loc(i, 0, line.offset), end };
			headings.push({ heading: (heading[2] ?? "").trim(), level: heading[1].length, position });
			sections.push({ type: "heading", position });
		}
		const masked = maskInlineCode(line.text);
		const at = (index: number, length: number): Pos => ({
			start: loc(i, index, line.offset + index),
			end: loc(i, index + length, line.offset + index + length),
		});
		for (const m of masked.matchAll(WIKILINK)) {
			const original = line.text.slice(m.index, m.index + m[0].length);
			const ref = { original, ...wikilinkParts(m[2]), position: at(m.index, m[0].length) };
			(m[1] ? embeds : links).push(ref);
		}
		for (const m of masked.matchAll(MDLINK)) {
			const target = m[3].trim().replace(/^<(.*)>$/, "$1").replace(/\s+"[^"]*"$/, "");
			if (SCHEME.test(target)) continue; // an external URL, not a link between notes
			const original = line.text.slice(m.index, m.index + m[0].length);
			const ref = { original, link: safeDecode(target), displayText: m[2], position: at(m.index, m[0].length) };
			(m[1] ? embeds : links).push(ref);
		}
		for (const m of masked.matchAll(TAG)) {
			const name = m[2];
			if (/^\d+$/.test(name)) continue; // a tag needs at least one non-digit
			const index = m.index + m[1].length;
			tags.push({ tag: `#${name}`, position: at(index, name.length + 1) });
		}
	}
	if (fence) {
		// An unclosed fence runs to the end of the note, as in Obsidian.
		const last = lines[lines.length - 1];
		sections.push({
			type: "code",
			position: { start: loc(fence.startLine, 0, lines[fence.startLine].offset), end: loc(lines.length - 1, last.text.length, last.offset + last.text.length) },
		});
	}

	if (links.length > 0) cache.links = links;
	if (embeds.length > 0) cache.embeds = embeds;
	if (tags.length > 0) cache.tags = tags;
	if (headings.length > 0) cache.headings = headings;
	if (sections.length > 0) cache.sections = sections;
	return cache;
}

// ---- Link and frontmatter helpers of the API ----------------------------------------------------------

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\\r\n]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
	return heading.replace(/([:#|^\\\r\n]|%%|\[\[|\]\])/g, " ").replace(/\s+/g, " ").trim();
}

export function parseFrontMatterEntry(frontmatter: unknown, key: string | RegExp): unknown {
	if (!isPlainObject(frontmatter)) return null;
	for (const [k, v] of Object.entries(frontmatter)) {
		if (typeof key === "string" ? k === key : key.test(k)) return v ?? null;
	}
	return null;
}

export function parseFrontMatterStringArray(frontmatter: unknown, key: string | RegExp, nospaces = false): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null) return null;
	const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(nospaces ? /[,\s]+/ : /,/) : [value];
	const strings = items.filter((v) => v !== null && v !== undefined).map((v) => String(v).trim()).filter((v) => v.length > 0);
	return strings.length > 0 ? strings : null;
}

export function parseFrontMatterTags(frontmatter: unknown): string[] | null {
	const tags = parseFrontMatterStringArray(frontmatter, /^tags?$/i, true);
	return tags ? tags.map((t) => (t.startsWith("#") ? t : `#${t}`)) : null;
}

export function parseFrontMatterAliases(frontmatter: unknown): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/i);
}

export function getAllTags(cache: CachedMetadata): string[] | null {
	const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
	return tags.length > 0 ? tags : null;
}

export function iterateRefs(refs: Reference[], cb: (ref: Reference) => boolean | void): boolean {
	for (const ref of refs) if (cb(ref)) return true;
	return false;
}

export function iterateCacheRefs(cache: CachedMetadata, cb: (ref: ReferenceCache) => boolean | void): boolean {
	return iterateRefs([...(cache.links ?? []), ...(cache.embeds ?? [])], cb as (ref: Reference) => boolean | void);
}

// ---- The cache --------------------------------------------------------------------------------------

function folderOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i === -1 ? "" : path.slice(0, i);
}

/** Joins a relative link onto a folder, resolving `.` and `..`. */
function joinRelative(folder: string, link: string): string {
	const parts = folder ? folder.split("/") : [];
	for (const part of link.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") parts.pop();
		else parts.push(part);
	}
	return parts.join("/");
}

/** How many queued notes the cache parses per turn of the event loop. */
const PARSE_BATCH = 4;
/**
 * On a first start Obsidian takes a while over a vault: the batches of the initial indexing come this
 * far apart on the global timers (a test with fake timers advances them, or awaits whenResolved).
 */
const COLD_BATCH_MS = 100;

export interface MetadataCacheOptions {
	/** Index existing notes asynchronously, with events, as Obsidian does on a first start. Default: at once. */
	cold?: boolean;
}

/**
 * Obsidian's metadata cache. Seeded notes are indexed at once, as if read from Obsidian's persisted
 * cache. After a vault change the new cache arrives later, on a macrotask, as from Obsidian's worker:
 * until then getFileCache returns the previous cache, or null for a new note. Then 'changed' fires per
 * note, 'resolve' per note once links are resolved, and 'resolved' when nothing is left to parse.
 * On delete, 'deleted' fires at once with the last cache. A rename moves the cache without 'changed'.
 */
export class MetadataCache extends Events {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/** Obsidian's internal flag: true once every known note has been parsed and resolved. */
	resolved = false;
	private readonly caches = new Map<string, CachedMetadata>();
	private readonly queue = new Map<string, TFile>();
	private scheduled = false;
	/** True while the notes found at a cold start are still being indexed. */
	private coldStart = false;
	private waiters: (() => void)[] = [];

	constructor(
		private readonly vault: Vault,
		options: MetadataCacheOptions = {},
	) {
		super();
		vault.on("create", (file) => {
			// The files reported as the vault loads are already in the cache, as after a restart.
			if (vault.loading && this.caches.has(file.path)) return;
			this.enqueue(file);
		});
		vault.on("modify", (file) => this.enqueue(file));
		vault.on("delete", (file) => this.onDelete(file));
		vault.on("rename", (file, oldPath) => this.onRename(file, oldPath));
		vault.seedListeners.push((files) => this.indexNow(files));
		if (options.cold) {
			this.coldStart = true;
			for (const file of vault.getMarkdownFiles()) this.enqueue(file);
			if (this.queue.size === 0) {
				this.resolved = true;
				this.coldStart = false;
			}
		} else {
			this.indexNow(vault.getMarkdownFiles());
		}
	}

	override on(name: "changed", callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
	override on(name: "deleted", callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return file ? (this.caches.get(file.path) ?? null) : null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/**
	 * The file a link points to, as Obsidian resolves it: `#heading` and `|alias` are ignored; an empty
	 * path is the source itself; `./` and `../` are relative to the source's folder; then an exact vault
	 * path (with or without `.md`); then any file whose path ends with the link (by name anywhere),
	 * case-insensitively, preferring the source's own folder, then the shortest path.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		let path = linkpath;
		const bar = path.indexOf("|");
		if (bar !== -1) path = path.slice(0, bar);
		path = getLinkpath(path).trim();
		if (path === "") return this.vault.getFileByPath(sourcePath);
		const sourceFolder = folderOf(sourcePath);
		const exact = (p: string) => this.vault.getFileByPath(p) ?? this.vault.getFileByPath(`${p}.md`);
		if (path.startsWith("./") || path.startsWith("../")) return exact(joinRelative(sourceFolder, path));
		path = path.replace(/^\/+/, "");
		const direct = exact(path);
		if (direct) return direct;

		const wanted = path.toLowerCase();
		const matches = (file: TFile): boolean => {
			const p = file.path.toLowerCase();
			const bare = file.extension === "md" ? p.slice(0, -3) : null;
			return [p, bare].some((candidate) => candidate !== null && (candidate === wanted || candidate.endsWith(`/${wanted}`)));
		};
		const candidates = (this.filesNamed(wanted.slice(wanted.lastIndexOf("/") + 1)) ?? []).filter(matches);
		if (candidates.length === 0) return null;
		candidates.sort((a, b) => {
			const aHere = folderOf(a.path) === joinRelative(sourceFolder, folderOf(path)) ? 0 : 1;
			const bHere = folderOf(b.path) === joinRelative(sourceFolder, folderOf(path)) ? 0 : 1;
			return aHere - bHere || a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
		});
		return candidates[0];
	}

	// Obsidian looks link names up in an index rather than scanning the vault; so does the fake.
	private byName: Map<string, TFile[]> | null = null;
	private byNameVersion = -1;

	/** Files whose name, with or without `.md`, is `name` (lower case). */
	private filesNamed(name: string): TFile[] | undefined {
		if (!this.byName || this.byNameVersion !== this.vault.structureVersion) {
			this.byNameVersion = this.vault.structureVersion;
			const index = new Map<string, TFile[]>();
			const add = (key: string, file: TFile) => {
				const list = index.get(key);
				if (list) list.push(file);
				else index.set(key, [file]);
			};
			for (const file of this.vault.getFiles()) {
				const lower = file.name.toLowerCase();
				add(lower, file);
				if (file.extension === "md") add(lower.slice(0, -3), file);
			}
			this.byName = index;
		}
		return this.byName.get(name);
	}

	/** The shortest link text that still resolves to `file` from `sourcePath`, else its full path. */
	fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
		const stripMd = omitMdExtension && file.extension === "md";
		const short = stripMd ? file.basename : file.name;
		if (this.getFirstLinkpathDest(short, sourcePath) === file) return short;
		return stripMd ? file.path.slice(0, -3) : file.path;
	}

	/** Test helper: resolves once no parse is pending and 'resolved' has fired. */
	whenResolved(): Promise<void> {
		if (this.queue.size === 0 && !this.scheduled) return Promise.resolve();
		return new Promise((resolve) => this.waiters.push(resolve));
	}

	private indexNow(files: TFile[]): void {
		for (const file of files) {
			if (file.extension !== "md") continue;
			this.queue.delete(file.path);
			this.caches.set(file.path, parseMarkdownMetadata(this.vault.readSync(file)));
		}
		this.resolveAll();
		if (this.queue.size === 0) this.resolved = true;
	}

	private enqueue(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		this.queue.set(file.path, file);
		this.resolved = false;
		if (this.scheduled) return;
		this.scheduled = true;
		this.schedule();
	}

	private schedule(): void {
		if (this.coldStart) setTimeout(() => this.run(), COLD_BATCH_MS);
		else later(() => this.run());
	}

	private run(): void {
		this.scheduled = false;
		// A few notes per turn, as Obsidian's worker hands them back: until the last batch, some notes
		// have their cache and others not, and links may point at notes not parsed yet.
		const jobs = [...this.queue.values()].slice(0, PARSE_BATCH);
		for (const file of jobs) this.queue.delete(file.path);
		const done: TFile[] = [];
		for (const file of jobs) {
			if (this.vault.getFileByPath(file.path) !== file) continue;
			const data = this.vault.readSync(file);
			const cache = parseMarkdownMetadata(data);
			this.caches.set(file.path, cache);
			done.push(file);
			this.trigger("changed", file, data, cache);
		}
		this.resolveAll();
		for (const file of done) this.trigger("resolve", file);
		if (this.queue.size > 0 && !this.scheduled) {
			this.scheduled = true;
			this.schedule();
		}
		if (this.queue.size > 0 || this.scheduled) return;
		this.coldStart = false;
		this.resolved = true;
		this.trigger("resolved");
		const waiters = this.waiters;
		this.waiters = [];
		for (const resolve of waiters) resolve();
	}

	private onDelete(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		this.queue.delete(file.path);
		const prev = this.caches.get(file.path) ?? null;
		if (file.extension !== "md" && prev === null) {
			this.resolveAll();
			return;
		}
		this.caches.delete(file.path);
		this.resolveAll();
		this.trigger("deleted", file, prev);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache && file.extension === "md") this.caches.set(file.path, cache);
		if (this.queue.has(oldPath)) {
			this.queue.delete(oldPath);
			this.queue.set(file.path, file);
		}
		// A note renamed to .md from another extension has never been parsed.
		if (!cache && file.extension === "md" && !this.queue.has(file.path)) this.enqueue(file);
		this.resolveAll();
	}

	private resolveAll(): void {
		const resolved: Record<string, Record<string, number>> = {};
		const unresolved: Record<string, Record<string, number>> = {};
		for (const [source, cache] of this.caches) {
			const hits: Record<string, number> = {};
			const misses: Record<string, number> = {};
			const refs: Reference[] = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
			for (const ref of refs) {
				const dest = this.getFirstLinkpathDest(ref.link, source);
				if (dest) hits[dest.path] = (hits[dest.path] ?? 0) + 1;
				else {
					const linkpath = getLinkpath(ref.link);
					if (linkpath) misses[linkpath] = (misses[linkpath] ?? 0) + 1;
				}
			}
			resolved[source] = hits;
			unresolved[source] = misses;
		}
		this.resolvedLinks = resolved;
		this.unresolvedLinks = unresolved;
	}
}
