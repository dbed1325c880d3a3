// The in-memory vault: TFile/TFolder, a Vault that changes files and fires Obsidian's events, and a
// DataAdapter over the same store that also keeps hidden files (.obsidian/..., where data.json lives).
import { Events, normalizePath, Platform, work, type EventRef } from "./component";

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export interface DataWriteOptions {
	ctime?: number;
	mtime?: number;
}

export interface Stat {
	type: "file" | "folder";
	ctime: number;
	mtime: number;
	size: number;
}

export interface ListedFiles {
	files: string[];
	folders: string[];
}

/** A seeded file: its text, or its text with the times the file should claim. */
export type SeedFile = string | { content: string; ctime?: number; mtime?: number };

const FORBIDDEN_NAME = /[\\:*?"<>|]/;

function nameOf(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function parentPathOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i === -1 ? "" : path.slice(0, i);
}

export function isHiddenPath(path: string): boolean {
	return path.split("/").some((segment) => segment.startsWith("."));
}

function splitExtension(name: string): { basename: string; extension: string } {
	const i = name.lastIndexOf(".");
	if (i <= 0 || i === name.length - 1) return { basename: name, extension: "" };
	return { basename: name.slice(0, i), extension: name.slice(i + 1) };
}

function byteLength(data: string | ArrayBuffer): number {
	return typeof data === "string" ? new TextEncoder().encode(data).length : data.byteLength;
}

function asText(data: string | ArrayBuffer): string {
	return typeof data === "string" ? data : new TextDecoder().decode(data);
}

function asBinary(data: string | ArrayBuffer): ArrayBuffer {
	if (typeof data !== "string") return data.slice(0);
	const bytes = new TextEncoder().encode(data);
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function enoent(verb: string, path: string): Error {
	return new Error(`ENOENT: no such file or directory, ${verb} '${path}'`);
}

function tick(): Promise<void> {
	return Promise.resolve();
}

export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;

	constructor(vault?: Vault) {
		if (vault) this.vault = vault;
	}

	/** Obsidian's internal setter: keeps name (and basename/extension on files) in step with the path. */
	setPath(path: string): void {
		this.path = path;
		this.name = path === "/" ? "" : nameOf(path);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	// The path is set here, after the fields above are initialised, so that they are not reset.
	constructor(vault?: Vault, path?: string) {
		super(vault);
		if (path !== undefined) this.setPath(path);
	}

	override setPath(path: string): void {
		super.setPath(path);
		const { basename, extension } = splitExtension(this.name);
		this.basename = basename;
		this.extension = extension;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	constructor(vault?: Vault, path?: string) {
		super(vault);
		if (path !== undefined) this.setPath(path);
	}

	isRoot(): boolean {
		return this.path === "/";
	}
}

export interface VaultOptions {
	name?: string;
	/** The clock for file times, in milliseconds. */
	now?: () => number;
}

export class Vault extends Events {
	adapter: FakeDataAdapter;
	configDir = ".obsidian";
	/** Called with the files `seed` adds, so the metadata cache can index them without events. */
	readonly seedListeners: ((files: TFile[]) => void)[] = [];
	/** True while the vault reports the files it found on disk at startup (see emitLoadEvents). */
	loading = false;
	private readonly vaultName: string;
	private readonly now: () => number;
	private readonly root: TFolder;
	/** Counts additions, removals and moves of files, so that name indexes know when to rebuild. */
	structureVersion = 0;
	private readonly fileMap = new (class extends Map<string, TAbstractFile> {
		constructor(private readonly onChange: () => void) {
			super();
		}
		override set(key: string, value: TAbstractFile): this {
			this.onChange?.();
			return super.set(key, value);
		}
		override delete(key: string): boolean {
			this.onChange();
			return super.delete(key);
		}
	})(() => this.structureVersion++);
	private readonly contents = new Map<string, string | ArrayBuffer>();
	private readonly config: Record<string, unknown> = {};

	constructor(options: VaultOptions = {}) {
		super();
		this.vaultName = options.name ?? "Test vault";
		this.now = options.now ?? (() => Date.now());
		this.root = new TFolder(this, "/");
		this.adapter = new FakeDataAdapter(this, this.now);
	}

	override on(name: "create", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "modify", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	getName(): string {
		return this.vaultName;
	}

	getRoot(): TFolder {
		return this.root;
	}

	/** An exact, case-sensitive lookup, as in Obsidian: normalize user paths with normalizePath first. */
	getAbstractFileByPath(path: string): TAbstractFile | null {
		if (path === "/") return this.root;
		return this.fileMap.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.getAbstractFileByPath(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.getAbstractFileByPath(path);
		return folder instanceof TFolder ? folder : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [this.root, ...this.fileMap.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		const folders = [...this.fileMap.values()].filter((f): f is TFolder => f instanceof TFolder);
		return includeRoot ? [this.root, ...folders] : folders;
	}

	getFiles(): TFile[] {
		return [...this.fileMap.values()].filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children.slice()) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	/** Obsidian's internal vault settings (`useMarkdownLinks`, `newFileLocation`, ...). */
	getConfig(key: string): unknown {
		return this.config[key] ?? null;
	}

	setConfig(key: string, value: unknown): void {
		this.config[key] = value;
	}

	getResourcePath(file: TFile): string {
		return `${Platform.resourcePathPrefix}${encodeURI(file.path)}?${file.stat.mtime}`;
	}

	// ---- Reading ----

	read(file: TFile): Promise<string> {
		return work(async () => {
			await tick();
			return this.readSync(file);
		});
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	readBinary(file: TFile): Promise<ArrayBuffer> {
		return work(async () => {
			await tick();
			this.requireAlive(file, "open");
			return asBinary(this.contents.get(file.path) ?? "");
		});
	}

	/** The file's text now, without waiting: for the fake's own machinery and for test assertions. */
	readSync(file: TFile): string {
		this.requireAlive(file, "open");
		return asText(this.contents.get(file.path) ?? "");
	}

	// ---- Writing ----
	// Each change is applied after at least one microtask, as Obsidian's are, and the vault event fires
	// synchronously right after the change, before the returned promise resolves.

	create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		return work(async () => {
			await tick();
			return this.createFileSync(normalizePath(path), data, options);
		});
	}

	createBinary(path: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<TFile> {
		return work(async () => {
			await tick();
			return this.createFileSync(normalizePath(path), data.slice(0), options);
		});
	}

	createFolder(path: string): Promise<TFolder> {
		return work(async () => {
			await tick();
			const p = normalizePath(path);
			if (this.getAbstractFileByPath(p)) throw new Error("Folder already exists.");
			return this.createFolderSync(p, true);
		});
	}

	modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		return work(async () => {
			await tick();
			this.writeSync(file, data, options);
		});
	}

	modifyBinary(file: TFile, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		return work(async () => {
			await tick();
			this.writeSync(file, data.slice(0), options);
		});
	}

	append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		return work(async () => {
			await tick();
			this.writeSync(file, this.readSync(file) + data, options);
		});
	}

	/**
	 * Reads, transforms and writes in one step: no other change can land in between. It writes (and
	 * fires 'modify') even when the text comes back unchanged: Obsidian promises nothing else.
	 */
	process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		return work(async () => {
			await tick();
			const after = fn(this.readSync(file));
			this.writeSync(file, after, options);
			return after;
		});
	}

	rename(file: TAbstractFile, newPath: string): Promise<void> {
		return work(async () => {
			await tick();
			this.renameSync(file, normalizePath(newPath));
		});
	}

	delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		return work(async () => {
			await tick();
			this.deleteSync(file);
		});
	}

	trash(file: TAbstractFile, system: boolean): Promise<void> {
		return work(async () => {
			await tick();
			if (!system) this.copyToLocalTrash(file);
			this.deleteSync(file);
		});
	}

	copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		return work(async () => {
			await tick();
			return this.copySync(file, normalizePath(newPath)) as T;
		});
	}

	/**
	 * Test setup: adds files at once and silently (no events), as if they were on disk when the vault
	 * opened. A path ending in "/" makes an empty folder; hidden paths (.obsidian/...) go to the adapter.
	 */
	seed(files: Record<string, SeedFile>): TFile[] {
		const added: TFile[] = [];
		for (const [rawPath, spec] of Object.entries(files)) {
			if (rawPath.endsWith("/")) {
				const folder = normalizePath(rawPath);
				if (isHiddenPath(folder)) this.adapter.mkdirSync(folder);
				else if (!this.getAbstractFileByPath(folder)) this.createFolderSync(folder, false);
				continue;
			}
			const path = normalizePath(rawPath);
			const content = typeof spec === "string" ? spec : spec.content;
			if (isHiddenPath(path)) {
				this.adapter.writeSync(path, content);
				continue;
			}
			const parent = parentPathOf(path);
			if (parent && !this.getAbstractFileByPath(parent)) this.createFolderSync(parent, false);
			const existing = this.getFileByPath(path);
			const times = typeof spec === "string" ? {} : { ctime: spec.ctime, mtime: spec.mtime };
			if (existing) {
				this.contents.set(path, content);
				existing.stat = this.stats(content, times, existing.stat);
				added.push(existing);
			} else {
				added.push(this.addFile(path, content, times));
			}
		}
		for (const listener of this.seedListeners) listener(added);
		return added;
	}

	/**
	 * What Obsidian does as the vault loads: a 'create' event for every existing folder and file. Plugins
	 * that subscribe in onload receive them; those that subscribe in onLayoutReady do not.
	 */
	emitLoadEvents(): void {
		this.loading = true;
		try {
			Vault.recurseChildren(this.root, (file) => {
				if (file !== this.root) this.trigger("create", file);
			});
		} finally {
			this.loading = false;
		}
	}

	// ---- Synchronous internals, shared with the adapter ----

	createFileSync(path: string, data: string | ArrayBuffer, options?: DataWriteOptions): TFile {
		this.checkPath(path);
		if (this.getAbstractFileByPath(path)) throw new Error("File already exists.");
		const file = this.addFile(path, data, options ?? {});
		this.trigger("create", file);
		return file;
	}

	createFolderSync(path: string, fireEvents: boolean): TFolder {
		this.checkPath(path);
		const existing = this.getAbstractFileByPath(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`A file already exists at "${path}".`);
		const parentPath = parentPathOf(path);
		// Folders are made with their missing ancestors, as mkdir -p does.
		const parent = parentPath ? this.createFolderSync(parentPath, fireEvents) : this.root;
		const folder = new TFolder(this, path);
		this.attach(folder, parent);
		if (fireEvents) this.trigger("create", folder);
		return folder;
	}

	writeSync(file: TFile, data: string | ArrayBuffer, options?: DataWriteOptions): void {
		this.requireAlive(file, "open");
		this.contents.set(file.path, data);
		file.stat = this.stats(data, { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime }, file.stat);
		this.trigger("modify", file);
	}

	renameSync(file: TAbstractFile, to: string): void {
		this.requireAlive(file, "rename");
		if (to === file.path) return;
		const occupant = this.getAbstractFileByPath(to);
		// A change of case only is a rename of the same file, not a collision.
		if (occupant && occupant !== file) throw new Error("Destination file already exists!");
		this.checkPath(to);
		const newParent = this.requireParent(to, "rename");
		if (file instanceof TFolder && (newParent === file || newParent.path.startsWith(`${file.path}/`))) {
			throw new Error("Cannot move a folder into itself.");
		}
		const moved: [TAbstractFile, string][] = [];
		this.detachFromParent(file);
		const relocate = (node: TAbstractFile, path: string) => {
			const oldPath = node.path;
			this.fileMap.delete(oldPath);
			if (this.contents.has(oldPath)) {
				this.contents.set(path, this.contents.get(oldPath) as string | ArrayBuffer);
				this.contents.delete(oldPath);
			}
			node.setPath(path);
			this.fileMap.set(path, node);
			moved.push([node, oldPath]);
			if (node instanceof TFolder) {
				for (const child of node.children) relocate(child, `${path}/${child.name}`);
			}
		};
		relocate(file, to);
		file.parent = newParent;
		newParent.children.push(file);
		for (const [node, oldPath] of moved) this.trigger("rename", node, oldPath);
	}

	deleteSync(file: TAbstractFile): void {
		this.requireAlive(file, "unlink");
		const removed: TAbstractFile[] = [];
		const collect = (node: TAbstractFile) => {
			if (node instanceof TFolder) for (const child of node.children) collect(child);
			removed.push(node);
		};
		collect(file);
		this.detachFromParent(file);
		for (const node of removed) {
			this.fileMap.delete(node.path);
			this.contents.delete(node.path);
		}
		// Children go before their folder, as a file system watcher reports them.
		for (const node of removed) this.trigger("delete", node);
	}

	private copySync(file: TAbstractFile, to: string): TAbstractFile {
		this.requireAlive(file, "copyfile");
		if (this.getAbstractFileByPath(to)) throw new Error("File already exists.");
		if (file instanceof TFile) {
			this.requireParent(to, "copyfile");
			return this.createFileSync(to, this.contents.get(file.path) ?? "");
		}
		const folder = this.createFolderSync(to, true);
		for (const child of (file as TFolder).children.slice()) this.copySync(child, `${to}/${child.name}`);
		return folder;
	}

	private copyToLocalTrash(file: TAbstractFile): void {
		const copy = (node: TAbstractFile, path: string) => {
			if (node instanceof TFile) this.adapter.writeSync(path, this.contents.get(node.path) ?? "");
			else for (const child of (node as TFolder).children) copy(child, `${path}/${child.name}`);
		};
		copy(file, `.trash/${file.name}`);
	}

	private addFile(path: string, data: string | ArrayBuffer, options: DataWriteOptions): TFile {
		const parent = this.requireParent(path, "open");
		const file = new TFile(this, path);
		file.stat = this.stats(data, options);
		this.contents.set(path, data);
		this.attach(file, parent);
		return file;
	}

	private stats(data: string | ArrayBuffer, options: DataWriteOptions, previous?: FileStats): FileStats {
		const now = this.now();
		return {
			ctime: options.ctime ?? previous?.ctime ?? now,
			mtime: options.mtime ?? now,
			size: byteLength(data),
		};
	}

	private attach(file: TAbstractFile, parent: TFolder): void {
		file.parent = parent;
		parent.children.push(file);
		this.fileMap.set(file.path, file);
	}

	private detachFromParent(file: TAbstractFile): void {
		const siblings = file.parent?.children;
		if (!siblings) return;
		const index = siblings.indexOf(file);
		if (index !== -1) siblings.splice(index, 1);
	}

	private requireAlive(file: TAbstractFile, verb: string): void {
		if (!file || this.fileMap.get(file.path) !== file) throw enoent(verb, file?.path ?? String(file));
	}

	// Like Obsidian, a file is only created in a folder that exists: create the folder first.
	private requireParent(path: string, verb: string): TFolder {
		const parentPath = parentPathOf(path);
		const parent = parentPath === "" ? this.root : this.fileMap.get(parentPath);
		if (!(parent instanceof TFolder)) throw enoent(verb, path);
		return parent;
	}

	private checkPath(path: string): void {
		if (path === "/" || path === "") throw new Error("Invalid path.");
		if (isHiddenPath(path)) {
			throw new Error(`The vault does not index hidden paths like "${path}"; use vault.adapter for those.`);
		}
		if (path.split("/").some((segment) => FORBIDDEN_NAME.test(segment))) {
			throw new Error('File name cannot contain any of the following characters: * " \\ / < > : | ?');
		}
	}
}

/**
 * The vault's DataAdapter. Paths inside the vault go through the Vault (so they fire its events); hidden
 * paths such as `.obsidian/plugins/<id>/data.json` live in a store of their own, as they do in Obsidian.
 */
export class FakeDataAdapter {
	private readonly hidden = new Map<string, { data: string | ArrayBuffer; ctime: number; mtime: number }>();
	private readonly hiddenFolders = new Set<string>();
	private readonly hiddenListeners: Array<(path: string) => void> = [];

	constructor(
		private readonly vault: Vault,
		private readonly now: () => number,
	) {}

	getName(): string {
		return this.vault.getName();
	}

	exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
		return this.op(() => this.statSync(normalizedPath) !== null);
	}

	stat(normalizedPath: string): Promise<Stat | null> {
		return this.op(() => this.statSync(normalizedPath));
	}

	list(normalizedPath: string): Promise<ListedFiles> {
		return this.op(() => {
			const base = normalizePath(normalizedPath);
			const prefix = base === "/" ? "" : `${base}/`;
			const isChild = (p: string) => p.startsWith(prefix) && p.length > prefix.length && !p.slice(prefix.length).includes("/");
			const files: string[] = [];
			const folders: string[] = [];
			const folder = this.vault.getFolderByPath(base);
			for (const child of folder?.children ?? []) (child instanceof TFolder ? folders : files).push(child.path);
			for (const p of this.hidden.keys()) if (isChild(p)) files.push(p);
			for (const p of this.hiddenFolders) if (isChild(p)) folders.push(p);
			if (!folder && !this.hiddenFolders.has(base)) throw enoent("scandir", base);
			return { files, folders };
		});
	}

	read(normalizedPath: string): Promise<string> {
		return this.op(() => asText(this.readRaw(normalizedPath)));
	}

	readBinary(normalizedPath: string): Promise<ArrayBuffer> {
		return this.op(() => asBinary(this.readRaw(normalizedPath)));
	}

	write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		return this.op(() => this.writeRaw(normalizedPath, data, options));
	}

	writeBinary(normalizedPath: string, data: ArrayBuffer, options?: DataWriteOptions): Promise<void> {
		return this.op(() => this.writeRaw(normalizedPath, data.slice(0), options));
	}

	append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		return this.op(() => this.writeRaw(normalizedPath, asText(this.readRaw(normalizedPath)) + data, options));
	}

	process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		return this.op(() => {
			const next = fn(asText(this.readRaw(normalizedPath)));
			this.writeRaw(normalizedPath, next, options);
			return next;
		});
	}

	getResourcePath(normalizedPath: string): string {
		return `${Platform.resourcePathPrefix}${encodeURI(normalizedPath)}`;
	}

	mkdir(normalizedPath: string): Promise<void> {
		return this.op(() => {
			const path = normalizePath(normalizedPath);
			if (isHiddenPath(path)) this.mkdirSync(path);
			else this.vault.createFolderSync(path, true);
		});
	}

	trashSystem(normalizedPath: string): Promise<boolean> {
		return this.op(() => {
			this.removeAny(normalizedPath);
			return true;
		});
	}

	trashLocal(normalizedPath: string): Promise<void> {
		return this.op(() => {
			const path = normalizePath(normalizedPath);
			if (!isHiddenPath(path)) {
				const file = this.vault.getAbstractFileByPath(path);
				if (file instanceof TFile) this.writeSync(`.trash/${file.name}`, this.vault.readSync(file));
			}
			this.removeAny(path);
		});
	}

	rmdir(normalizedPath: string, recursive: boolean): Promise<void> {
		return this.op(() => {
			const path = normalizePath(normalizedPath);
			if (isHiddenPath(path)) {
				const inside = [...this.hidden.keys(), ...this.hiddenFolders].filter((p) => p.startsWith(`${path}/`));
				if (inside.length > 0 && !recursive) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${path}'`);
				for (const p of inside) {
					this.hidden.delete(p);
					this.hiddenFolders.delete(p);
				}
				this.hiddenFolders.delete(path);
				return;
			}
			const folder = this.vault.getFolderByPath(path);
			if (!folder) throw enoent("rmdir", path);
			if (folder.children.length > 0 && !recursive) throw new Error(`ENOTEMPTY: directory not empty, rmdir '${path}'`);
			this.vault.deleteSync(folder);
		});
	}

	remove(normalizedPath: string): Promise<void> {
		return this.op(() => this.removeAny(normalizedPath));
	}

	rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		return this.op(() => {
			const from = normalizePath(normalizedPath);
			const to = normalizePath(normalizedNewPath);
			if (!isHiddenPath(from) && !isHiddenPath(to)) {
				const file = this.vault.getAbstractFileByPath(from);
				if (!file) throw enoent("rename", from);
				this.vault.renameSync(file, to);
				return;
			}
			this.writeRaw(to, this.readRaw(from));
			this.removeAny(from);
		});
	}

	copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		return this.op(() => {
			const to = normalizePath(normalizedNewPath);
			if (this.statSync(to)) throw new Error(`EEXIST: file already exists, copyfile '${to}'`);
			this.writeRaw(to, this.readRaw(normalizedPath));
		});
	}

	/** Synchronous access for the fake and for tests: the text at `path`, or null when there is none. */
	readSync(path: string): string | null {
		try {
			return asText(this.readRaw(path));
		} catch {
			return null;
		}
	}

	/**
	 * Writes a hidden file at once, as another program or a sync service would (test setup, plugin
	 * data): Obsidian's file watcher reports it like any other change.
	 */
	writeSync(path: string, data: string | ArrayBuffer): void {
		const p = normalizePath(path);
		if (!isHiddenPath(p)) throw new Error(`writeSync is for hidden paths; "${p}" belongs to the vault.`);
		const parent = parentPathOf(p);
		if (parent) this.mkdirSync(parent);
		this.setHidden(p, data);
	}

	/**
	 * Obsidian's file watcher on the config folder: told of every change to a hidden file, the app's
	 * own writes included (Obsidian tells them apart by modification time, see Plugin.onConfigFileChange).
	 */
	onHiddenFileChange(listener: (path: string) => void): void {
		this.hiddenListeners.push(listener);
	}

	/** A rewrite always moves the modification time on, as on a disk with a millisecond clock. */
	private setHidden(p: string, data: string | ArrayBuffer, options?: DataWriteOptions): void {
		const now = this.now();
		const before = this.hidden.get(p);
		const mtime = options?.mtime ?? (before && before.mtime >= now ? before.mtime + 1 : now);
		this.hidden.set(p, { data, ctime: options?.ctime ?? before?.ctime ?? now, mtime });
		for (const listener of this.hiddenListeners) listener(p);
	}

	mkdirSync(path: string): void {
		for (let p = normalizePath(path); p && p !== "/"; p = parentPathOf(p)) {
			if (isHiddenPath(p)) this.hiddenFolders.add(p);
		}
	}

	private op<T>(fn: () => T): Promise<T> {
		return work(async () => {
			await tick();
			return fn();
		});
	}

	private statSync(path: string): Stat | null {
		const p = normalizePath(path);
		const hidden = this.hidden.get(p);
		if (hidden) return { type: "file", ctime: hidden.ctime, mtime: hidden.mtime, size: byteLength(hidden.data) };
		if (this.hiddenFolders.has(p)) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		const file = this.vault.getAbstractFileByPath(p);
		if (file instanceof TFile) return { type: "file", ...file.stat };
		if (file instanceof TFolder) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}

	private readRaw(path: string): string | ArrayBuffer {
		const p = normalizePath(path);
		const hidden = this.hidden.get(p);
		if (hidden) return hidden.data;
		const file = this.vault.getFileByPath(p);
		if (!file) throw enoent("open", p);
		return this.vault.readSync(file);
	}

	private writeRaw(path: string, data: string | ArrayBuffer, options?: DataWriteOptions): void {
		const p = normalizePath(path);
		if (isHiddenPath(p)) {
			const parent = parentPathOf(p);
			if (parent && !this.hiddenFolders.has(parent)) throw enoent("open", p);
			this.setHidden(p, data, options);
			return;
		}
		const file = this.vault.getFileByPath(p);
		if (file) this.vault.writeSync(file, data, options);
		else this.vault.createFileSync(p, data, options);
	}

	private removeAny(path: string): void {
		const p = normalizePath(path);
		if (this.hidden.delete(p)) {
			for (const listener of this.hiddenListeners) listener(p);
			return;
		}
		if (this.hiddenFolders.delete(p)) return;
		const file = this.vault.getAbstractFileByPath(p);
		if (!file) throw enoent("unlink", p);
		this.vault.deleteSync(file);
	}
}
