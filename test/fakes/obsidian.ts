// The fake `obsidian` module: tests import it as `obsidian` (vitest alias) and the sandbox page bundles it.
// Here: App, Plugin, commands, settings, FileManager and the test helpers; the rest is re-exported.
import type * as Obsidian from "obsidian";
import { Component, Platform, flushObsidian, later, requireDom, versionAtLeast, watch, work } from "./component";
import { MetadataCache, getFrontMatterInfo, parseYaml, stringifyYaml } from "./metadata";
import { Keymap, Scope, renderSettingDefinitions, resetUi, setIcon, type FakeSettingDefinitionItem, type PluginSettingTab, type SettingTab } from "./ui";
import { TFile, TFolder, Vault, type DataWriteOptions, type SeedFile, type TAbstractFile } from "./vault";
import {
	ViewRegistry,
	Workspace,
	makePostProcessorContext,
	type CodeBlockHandler,
	type Editor,
	type MarkdownFileInfo,
	type MarkdownPostProcessor,
	type MarkdownPostProcessorContext,
	type MarkdownSectionInformation,
	type MarkdownView,
	type ViewCreator,
} from "./workspace";

export { Component, Events, Platform, apiVersion, debounce, flushObsidian, getLanguage, normalizePath, requireApiVersion } from "./component";
export type { Debouncer, EventRef } from "./component";
export { installDomHelpers } from "./dom";
export {
	MetadataCache,
	getAllTags,
	getFrontMatterInfo,
	getLinkpath,
	iterateCacheRefs,
	iterateRefs,
	parseFrontMatterAliases,
	parseFrontMatterEntry,
	parseFrontMatterStringArray,
	parseFrontMatterTags,
	parseLinktext,
	parseMarkdownMetadata,
	parseYaml,
	stringifyYaml,
	stripHeading,
	stripHeadingForLink,
} from "./metadata";
export type {
	CacheItem,
	CachedMetadata,
	EmbedCache,
	FrontMatterCache,
	FrontMatterInfo,
	FrontmatterLinkCache,
	HeadingCache,
	LinkCache,
	Loc,
	Pos,
	Reference,
	ReferenceCache,
	SectionCache,
	TagCache,
} from "./metadata";
export {
	AbstractInputSuggest,
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	EditorSuggest,
	ExtraButtonComponent,
	FuzzySuggestModal,
	Keymap,
	Menu,
	MenuItem,
	MenuSeparator,
	Modal,
	Notice,
	PluginSettingTab,
	PopoverSuggest,
	ProgressBarComponent,
	Scope,
	SearchComponent,
	Setting,
	SettingGroup,
	SettingTab,
	SliderComponent,
	SuggestModal,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
	addIcon,
	displayTooltip,
	getIcon,
	getIconIds,
	getOpenModals,
	menus,
	notices,
	prepareFuzzySearch,
	prepareSimpleSearch,
	removeIcon,
	renderMatches,
	renderResults,
	setIcon,
	setTooltip,
	sortSearchResults,
} from "./ui";
export type {
	EditorSuggestTriggerInfo,
	FuzzyMatch,
	IconName,
	Instruction,
	KeymapContext,
	KeymapEventHandler,
	KeymapEventListener,
	KeymapInfo,
	MenuPositionDef,
	Modifier,
	SearchMatchPart,
	SearchMatches,
	SearchResult,
	SearchResultContainer,
	TooltipOptions,
} from "./ui";
export { FakeDataAdapter, TAbstractFile, TFile, TFolder, Vault } from "./vault";
export type { DataWriteOptions, FileStats, ListedFiles, SeedFile, Stat } from "./vault";
export {
	EditableFileView,
	Editor,
	EmptyView,
	FileView,
	ItemView,
	MarkdownPreviewView,
	MarkdownRenderChild,
	MarkdownRenderer,
	MarkdownView,
	TextFileView,
	View,
	ViewRegistry,
	Workspace,
	WorkspaceContainer,
	WorkspaceFloating,
	WorkspaceItem,
	WorkspaceLeaf,
	WorkspaceMobileDrawer,
	WorkspaceParent,
	WorkspaceRibbon,
	WorkspaceRoot,
	WorkspaceSidedock,
	WorkspaceSplit,
	WorkspaceTabs,
	WorkspaceWindow,
} from "./workspace";
export type {
	EditorChange,
	EditorCommandName,
	EditorPosition,
	EditorRange,
	EditorRangeOrCaret,
	EditorSelection,
	EditorSelectionOrCaret,
	EditorTransaction,
	MarkdownFileInfo,
	MarkdownPostProcessor,
	MarkdownPostProcessorContext,
	MarkdownSectionInformation,
	OpenViewState,
	PaneType,
	Side,
	SplitDirection,
	ViewCreator,
	ViewState,
	ViewStateResult,
} from "./workspace";

/** Marker classes: the fake's adapter is neither, so `instanceof` checks for them are false, as on a test bench. */
export class FileSystemAdapter {}
export class CapacitorAdapter {}

export type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

export interface PluginManifest {
	dir?: string;
	id: string;
	name: string;
	author: string;
	version: string;
	minAppVersion: string;
	description: string;
	authorUrl?: string;
	isDesktopOnly?: boolean;
}

export interface Hotkey {
	modifiers: ("Mod" | "Ctrl" | "Meta" | "Shift" | "Alt")[];
	key: string;
}

export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => boolean | void;
	hotkeys?: Hotkey[];
}

export interface ObsidianProtocolData {
	action: string;
	[key: string]: string;
}

export type ObsidianProtocolHandler = (params: ObsidianProtocolData) => unknown;

export interface HoverLinkSource {
	display: string;
	defaultMod: boolean;
}

// ---- Commands -------------------------------------------------------------------------------------------

/** Obsidian's internal `app.commands`: every registered command, and running them as the palette does. */
export class Commands {
	commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	listCommands(): Command[] {
		return Object.values(this.commands);
	}

	/** Whether the command palette would offer the command now (fake helper). */
	isAvailable(id: string): boolean {
		const command = this.commands[id];
		return !!command && this.run(command, true);
	}

	/**
	 * Runs a command as the palette would: false when it is unknown or unavailable. A checkCallback is
	 * asked first with `true` and only run (with `false`) when it agrees; editor callbacks need the active
	 * editor. An async callback counts as pending work for `app.settle()`.
	 */
	executeCommandById(id: string, evt?: UserEvent): boolean {
		const command = this.commands[id];
		return !!command && this.executeCommand(command, evt);
	}

	executeCommand(command: Command, evt?: UserEvent): boolean {
		this.app.lastEvent = evt ?? null;
		return this.run(command, false);
	}

	private run(command: Command, checking: boolean): boolean {
		if (command.mobileOnly && !Platform.isMobile) return false;
		const info = this.app.workspace.activeEditor;
		const editor = info?.editor;
		if (command.editorCheckCallback) {
			if (!info || !editor || !command.editorCheckCallback(true, editor, info)) return false;
			if (!checking) watch(command.editorCheckCallback(false, editor, info));
			return true;
		}
		if (command.editorCallback) {
			if (!info || !editor) return false;
			if (!checking) watch(command.editorCallback(editor, info));
			return true;
		}
		if (command.checkCallback) {
			if (!command.checkCallback(true)) return false;
			if (!checking) watch(command.checkCallback(false));
			return true;
		}
		if (command.callback) {
			if (!checking) watch(command.callback());
			return true;
		}
		return false;
	}
}

// ---- Settings window ------------------------------------------------------------------------------------

/** The Obsidian version the fake app plays by default (the settings window's behaviour). */
export const FAKE_APP_VERSION = "1.13.1";


/**
 * Obsidian's internal `app.setting`: the settings window with the plugins' tabs. From 1.13 on
 * (`appVersion`), a tab whose getSettingDefinitions() returns something is rendered from those
 * definitions and its display() is not called; before 1.13 only display() renders a tab.
 */
export class SettingManager {
	pluginTabs: SettingTab[] = [];
	activeTab: SettingTab | null = null;
	isOpen = false;
	/** The Obsidian version to play; set it before opening a tab to play an older one. */
	appVersion: string;
	private containerEl: HTMLElement | null = null;
	private cleanups: Array<() => void> = [];

	constructor(appVersion = FAKE_APP_VERSION) {
		this.appVersion = appVersion;
	}

	/** Whether this Obsidian knows setting definitions (1.13 and later). */
	get definitions(): boolean {
		return versionAtLeast(this.appVersion, "1.13.0");
	}

	addSettingTab(tab: SettingTab): void {
		this.pluginTabs.push(tab);
		// 1.13: the definitions are read once when the tab is added, for the settings search.
		if (this.definitions) tab.update();
	}

	removeSettingTab(tab: SettingTab): void {
		if (this.activeTab === tab) this.closeActiveTab();
		const index = this.pluginTabs.indexOf(tab);
		if (index !== -1) this.pluginTabs.splice(index, 1);
	}

	/**
	 * What the settings search finds from 1.13 on: each row of every tab's definitions (as stored by
	 * update()), with its tab and group heading. Older versions index nothing.
	 */
	searchIndex(): Array<{ tab: string; heading: string | null; name: string; desc: string; aliases: string[] }> {
		if (!this.definitions) return [];
		const found: Array<{ tab: string; heading: string | null; name: string; desc: string; aliases: string[] }> = [];
		for (const tab of this.pluginTabs) {
			const add = (items: FakeSettingDefinitionItem[], heading: string | null) => {
				for (const item of items) {
					if (item.type !== undefined) add(item.items ?? [], item.heading ?? heading);
					else if (item.searchable !== false && !(typeof item.searchable === "function" && !item.searchable()))
						found.push({ tab: tab.id, heading, name: item.name, desc: typeof item.desc === "string" ? item.desc : (item.desc?.textContent ?? ""), aliases: item.aliases ?? [] });
				}
			};
			add(tab.settingItems, null);
		}
		return found;
	}

	open(): void {
		if (this.isOpen) return;
		this.isOpen = true;
		this.containerEl ??= createDiv("modal-container mod-settings").createDiv("modal mod-settings").createDiv("vertical-tab-content-container");
		activeDocument.body.appendChild(this.containerEl.parentElement?.parentElement ?? this.containerEl);
	}

	/** Opens the window on a tab (a plugin's tab has the plugin's id) and displays it. */
	openTabById(id: string): SettingTab | null {
		const tab = this.pluginTabs.find((t) => t.id === id) ?? null;
		if (!tab) return null;
		this.open();
		this.closeActiveTab();
		this.activeTab = tab;
		this.containerEl?.appendChild(tab.containerEl);
		const items = this.definitions ? tab.getSettingDefinitions() : [];
		if (items.length > 0) {
			tab.containerEl.empty();
			this.cleanups = renderSettingDefinitions(tab.containerEl, items);
		} else {
			tab.display();
		}
		return tab;
	}

	close(): void {
		this.closeActiveTab();
		this.containerEl?.parentElement?.parentElement?.detach();
		this.isOpen = false;
	}

	private closeActiveTab(): void {
		if (!this.activeTab) return;
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.activeTab.hide();
		this.activeTab.containerEl.detach();
		this.activeTab = null;
	}
}

/** Obsidian's internal `app.plugins`. */
export class PluginRegistry {
	plugins: Record<string, Plugin> = {};
	manifests: Record<string, PluginManifest> = {};
	enabledPlugins = new Set<string>();

	getPlugin(id: string): Plugin | null {
		return this.plugins[id] ?? null;
	}

	/** Unloads the plugin, as turning it off in Obsidian does. */
	async disablePlugin(id: string): Promise<void> {
		const plugin = this.plugins[id];
		if (!plugin) return;
		plugin.unload();
		delete this.plugins[id];
		this.enabledPlugins.delete(id);
	}
}

// ---- FileManager ----------------------------------------------------------------------------------------

export class FileManager {
	constructor(private readonly app: App) {}

	/** Follows the vault's "newFileLocation" config: "root" (the default), "current" or "folder". */
	getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
		const { vault } = this.app;
		const location = vault.getConfig("newFileLocation");
		if (location === "current") {
			const parent = vault.getFileByPath(sourcePath)?.parent;
			if (parent) return parent;
		}
		if (location === "folder") {
			const folder = vault.getFolderByPath(String(vault.getConfig("newFileFolderPath") ?? ""));
			if (folder) return folder;
		}
		return vault.getRoot();
	}

	/** Renames the file. Unlike Obsidian with "Automatically update internal links" on, links are not rewritten. */
	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.app.vault.rename(file, newPath);
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.app.vault.trash(file, true);
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
		if (this.app.vault.getConfig("useMarkdownLinks") === true) {
			return `[${alias || file.basename}](${encodeURI(file.path)}${subpath})`;
		}
		const linktext = this.app.metadataCache.fileToLinktext(file, sourcePath);
		return `[[${linktext}${subpath}${alias ? `|${alias}` : ""}]]`;
	}

	/**
	 * Parses the frontmatter (throwing YAMLParseError when it is broken), lets `fn` mutate it, and writes
	 * it back atomically with vault.process. The YAML is re-serialized by the `yaml` package, so the
	 * formatting can differ from Obsidian's own serializer.
	 */
	processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: DataWriteOptions): Promise<void> {
		return work(async () => {
			await this.app.vault.process(
				file,
				(data) => {
					const info = getFrontMatterInfo(data);
					const parsed = info.exists ? parseYaml(info.frontmatter) : null;
					const frontmatter = (parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {}) as Record<string, unknown>;
					fn(frontmatter);
					if (!info.exists && Object.keys(frontmatter).length === 0) return data;
					const yaml = Object.keys(frontmatter).length > 0 ? stringifyYaml(frontmatter) : "";
					const body = info.exists ? data.slice(info.contentStart) : data;
					return `---\n${yaml}---\n${body}`;
				},
				options,
			);
		});
	}

	async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		const folder = this.getNewFileParent(sourcePath ?? "");
		const dot = filename.lastIndexOf(".");
		const base = dot > 0 ? filename.slice(0, dot) : filename;
		const ext = dot > 0 ? filename.slice(dot) : "";
		const prefix = folder.isRoot() ? "" : `${folder.path}/`;
		let candidate = `${prefix}${base}${ext}`;
		for (let n = 1; this.app.vault.getAbstractFileByPath(candidate); n++) candidate = `${prefix}${base} ${n}${ext}`;
		return candidate;
	}

	/** What clicking an unresolved link does: create the note (and its folders) where the link says. */
	async createNewMarkdownFileFromLinktext(linktext: string, sourcePath: string): Promise<TFile> {
		const { vault } = this.app;
		const name = linktext.endsWith(".md") ? linktext : `${linktext}.md`;
		let path: string;
		if (name.includes("/")) {
			path = name;
			const folder = path.slice(0, path.lastIndexOf("/"));
			if (!vault.getFolderByPath(folder)) await vault.createFolder(folder);
		} else {
			const parent = this.getNewFileParent(sourcePath, name);
			path = parent.isRoot() ? name : `${parent.path}/${name}`;
		}
		return vault.create(path, "");
	}
}

// ---- Plugin ---------------------------------------------------------------------------------------------

function slug(id: string): string {
	return id.toLowerCase().replace(/[^_a-zA-Z0-9-]/g, "-");
}

export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	override onload(): Promise<void> | void {}

	/** Like Obsidian's plugin loader: an async onload is awaited before the children load. */
	override async load(): Promise<void> {
		if (this._loaded) return;
		this._loaded = true;
		await this.onload();
		for (const child of this._children.slice()) child.load();
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", callback);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv(`status-bar-item plugin-${slug(this.manifest.id)}`);
		this.register(() => el.detach());
		return el;
	}

	/** Like Obsidian, prefixes the id with `<plugin id>:` and the name with `<plugin name>: `. */
	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.setting.addSettingTab(settingTab);
		this.register(() => this.app.setting.removeSettingTab(settingTab));
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => this.app.viewRegistry.unregisterView(type));
	}

	registerHoverLinkSource(id: string, info: HoverLinkSource): void {
		this.app.hoverLinkSources[id] = info;
		this.register(() => delete this.app.hoverLinkSources[id]);
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	registerMarkdownPostProcessor(postProcessor: MarkdownPostProcessor, sortOrder?: number): MarkdownPostProcessor {
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		this.app.addPostProcessor(postProcessor);
		this.register(() => this.app.removePostProcessor(postProcessor));
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): MarkdownPostProcessor {
		const processor = this.app.registerCodeBlockProcessor(language, handler, sortOrder);
		this.register(() => this.app.unregisterCodeBlockProcessor(language));
		return processor;
	}

	registerEditorExtension(extension: unknown): void {
		this.app.editorExtensions.push(extension);
		this.register(() => this.app.editorExtensions.splice(this.app.editorExtensions.indexOf(extension), 1));
	}

	registerObsidianProtocolHandler(action: string, handler: ObsidianProtocolHandler): void {
		this.app.protocolHandlers.set(action, handler);
		this.register(() => this.app.protocolHandlers.delete(action));
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.app.editorSuggests.push(editorSuggest);
		this.register(() => this.app.editorSuggests.splice(this.app.editorSuggests.indexOf(editorSuggest), 1));
	}

	/** data.json's modification time when this plugin last read or wrote it, as Obsidian keeps it. */
	private dataModifiedTime: number | null = null;

	/** data.json parsed, or null when the plugin has never saved. */
	loadData(): Promise<unknown> {
		return work(async () => {
			const path = dataPath(this.app, this.manifest);
			const stat = await this.app.vault.adapter.stat(path);
			if (!stat) return null;
			this.dataModifiedTime = stat.mtime;
			return JSON.parse(await this.app.vault.adapter.read(path));
		});
	}

	saveData(data: unknown): Promise<void> {
		return work(async () => {
			const path = dataPath(this.app, this.manifest);
			this.app.vault.adapter.mkdirSync(pluginDir(this.app, this.manifest));
			await this.app.vault.adapter.write(path, JSON.stringify(data, null, 2));
			this.dataModifiedTime = (await this.app.vault.adapter.stat(path))?.mtime ?? null;
		});
	}

	/**
	 * Called when data.json is modified on disk externally from Obsidian (a sync service, another
	 * program). Obsidian only defines the hook; the plugin implements it.
	 */
	onExternalSettingsChange?(): unknown;

	/**
	 * What Obsidian does when its watcher reports a change to data.json: a modification time other
	 * than the one of this plugin's own last read or write means someone else wrote it.
	 */
	async onConfigFileChange(): Promise<void> {
		const stat = await this.app.vault.adapter.stat(dataPath(this.app, this.manifest));
		if (!stat || stat.mtime === this.dataModifiedTime) return;
		this.dataModifiedTime = stat.mtime;
		await this.onExternalSettingsChange?.();
	}

	onUserEnable(): void {}
}

function pluginDir(app: App, manifest: PluginManifest): string {
	return manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`;
}

function dataPath(app: App, manifest: PluginManifest): string {
	return `${pluginDir(app, manifest)}/data.json`;
}

// ---- App ------------------------------------------------------------------------------------------------

export interface FakeAppOptions {
	/** Notes and other files by vault path; hidden paths (".obsidian/...") go to the adapter. */
	files?: Record<string, SeedFile>;
	/** data.json contents by plugin id. */
	data?: Record<string, unknown>;
	vaultName?: string;
	/** The clock for file times: a fixed instant in ms or a function. Default: Date.now. */
	now?: number | (() => number);
	/** Index seeded notes asynchronously with events, like a first start. Default: indexed at once. */
	coldCache?: boolean;
	/** Start with the layout ready (as when a plugin is enabled later). Default: false; see startLayout. */
	layoutReady?: boolean;
	/** This device's saved values by key (what saveLocalStorage wrote in an earlier session). */
	localStorage?: Record<string, unknown>;
	/** The Obsidian version to play (how the settings window renders a tab). Default: FAKE_APP_VERSION. */
	appVersion?: string;
}

/** One code block rendered by `app.renderCodeBlock`. */
export interface RenderedCodeBlock {
	/** The `div.block-language-<lang>` handed to the processor. */
	el: HTMLElement;
	ctx: MarkdownPostProcessorContext;
	/** Stands for the reading-view section: the block's MarkdownRenderChild children live here. */
	component: Component;
	/** Removes the block as a re-render would: children unload and the element is detached. */
	unload(): void;
}

export class App {
	keymap = new Keymap();
	scope = new Scope();
	vault: Vault;
	metadataCache: MetadataCache;
	viewRegistry = new ViewRegistry();
	workspace: Workspace;
	fileManager: FileManager;
	lastEvent: UserEvent | null = null;
	commands: Commands;
	setting: SettingManager;
	plugins = new PluginRegistry();
	/** The whole app: ribbon, workspace and status bar. Mount it with `mount()` to see it in a page. */
	containerEl: HTMLElement;
	ribbonEl: HTMLElement;
	statusBarEl: HTMLElement;
	dom: { appContainerEl: HTMLElement; workspaceEl: HTMLElement; statusBarEl: HTMLElement };
	protocolHandlers = new Map<string, ObsidianProtocolHandler>();
	hoverLinkSources: Record<string, HoverLinkSource> = {};
	editorExtensions: unknown[] = [];
	editorSuggests: unknown[] = [];
	readonly now: () => number;
	private readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();
	private readonly postProcessors: MarkdownPostProcessor[] = [];
	private readonly renderedBlocks = new Map<string, Set<RenderedCodeBlock>>();
	private readonly localStore = new Map<string, string>();

	constructor(options: FakeAppOptions = {}) {
		const now = options.now;
		this.now = typeof now === "function" ? now : typeof now === "number" ? () => now : () => Date.now();
		this.setting = new SettingManager(options.appVersion);
		this.vault = new Vault({ name: options.vaultName, now: this.now });
		if (options.files) this.vault.seed(options.files);
		for (const [id, data] of Object.entries(options.data ?? {})) this.setPluginData(id, data);
		for (const [key, value] of Object.entries(options.localStorage ?? {})) this.saveLocalStorage(key, value);
		this.metadataCache = new MetadataCache(this.vault, { cold: options.coldCache });
		// Obsidian watches the config folder: a changed data.json goes to its plugin, once the write is done.
		this.vault.adapter.onHiddenFileChange((path) => {
			for (const plugin of Object.values(this.plugins.plugins)) {
				if (path === dataPath(this, plugin.manifest)) later(() => watch(plugin.onConfigFileChange()));
			}
		});
		this.fileManager = new FileManager(this);
		this.commands = new Commands(this);
		this.workspace = new Workspace(this);
		this.ribbonEl = this.workspace.leftRibbon.containerEl;
		this.containerEl = undefined as unknown as HTMLElement;
		this.statusBarEl = undefined as unknown as HTMLElement;
		if (typeof document !== "undefined") {
			this.containerEl = createDiv("app-container");
			this.ribbonEl.addClass("mod-left");
			const main = this.containerEl.createDiv("horizontal-main-container");
			main.append(this.ribbonEl, this.workspace.containerEl);
			this.statusBarEl = this.containerEl.createDiv("status-bar");
		}
		this.dom = { appContainerEl: this.containerEl, workspaceEl: this.workspace.containerEl, statusBarEl: this.statusBarEl };
		// Enabled later, a plugin finds the vault loaded and the layout ready: no start-up events.
		if (options.layoutReady) this.workspace.setLayoutReady();
	}

	/**
	 * A value saved on this device for this vault, as a fresh copy (stored as JSON, so only what JSON
	 * keeps survives); null when there is none. Never synced: each device has its own.
	 */
	loadLocalStorage(key: string): unknown | null {
		const value = this.localStore.get(key);
		if (value === undefined) return null;
		try {
			return JSON.parse(value);
		} catch {
			return null;
		}
	}

	/** Saves a value for this vault on this device; null (or undefined) clears it. */
	saveLocalStorage(key: string, data: unknown | null): void {
		if (data === null || data === undefined) this.localStore.delete(key);
		else this.localStore.set(key, JSON.stringify(data));
	}

	/** Waits until vault writes, view openings, editor saves and metadata parsing have all finished. */
	settle(): Promise<void> {
		return flushObsidian();
	}

	/**
	 * Finishes the simulated start-up: the vault reports every existing file with a 'create' event (as
	 * Obsidian's does while it loads, after plugins' onload), then the layout becomes ready and the queued
	 * onLayoutReady callbacks run.
	 */
	startLayout(): void {
		if (this.workspace.layoutReady) return;
		this.vault.emitLoadEvents();
		this.workspace.setLayoutReady();
	}

	/** Puts the app's DOM in a page (the sandbox). */
	mount(parent: HTMLElement = requireDom("mount").body): void {
		parent.appendChild(this.containerEl);
	}

	/** A plugin's data.json as it is stored now, parsed; null when absent. */
	getPluginData(pluginId: string): unknown {
		const text = this.vault.adapter.readSync(`${this.vault.configDir}/plugins/${pluginId}/data.json`);
		return text === null ? null : JSON.parse(text);
	}

	/**
	 * Writes a plugin's data.json (as JSON, so only what JSON keeps survives), as a sync service or
	 * another device would: a loaded plugin hears of it through onExternalSettingsChange.
	 */
	setPluginData(pluginId: string, data: unknown): void {
		this.vault.adapter.writeSync(`${this.vault.configDir}/plugins/${pluginId}/data.json`, JSON.stringify(data, null, 2));
	}

	/** Runs the handler registered for an `obsidian://action?key=value` URL; false when there is none. */
	openObsidianUrl(url: string): boolean {
		const match = /^obsidian:\/\/([^?/#]+)\/?(?:\?([^#]*))?/.exec(url);
		if (!match) return false;
		const action = decodeURIComponent(match[1]);
		const handler = this.protocolHandlers.get(action);
		if (!handler) return false;
		const params: ObsidianProtocolData = { action };
		for (const [key, value] of new URLSearchParams(match[2] ?? "")) params[key] = value === "" ? "true" : value;
		watch(handler(params));
		return true;
	}

	// ---- Markdown processing ----

	getCodeBlockProcessor(language: string): CodeBlockHandler | undefined {
		return this.codeBlockProcessors.get(language);
	}

	getPostProcessors(): MarkdownPostProcessor[] {
		return [...this.postProcessors].sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0));
	}

	addPostProcessor(processor: MarkdownPostProcessor): void {
		this.postProcessors.push(processor);
	}

	removePostProcessor(processor: MarkdownPostProcessor): void {
		const index = this.postProcessors.indexOf(processor);
		if (index !== -1) this.postProcessors.splice(index, 1);
	}

	registerCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): MarkdownPostProcessor {
		if (this.codeBlockProcessors.has(language)) {
			throw new Error(`Attempting to register an existing code block processor for "${language}"`);
		}
		this.codeBlockProcessors.set(language, handler);
		const processor: MarkdownPostProcessor = () => {};
		processor.sortOrder = sortOrder;
		return processor;
	}

	/** Unregisters the processor; blocks it rendered are unloaded, as Obsidian re-renders without it. */
	unregisterCodeBlockProcessor(language: string): void {
		this.codeBlockProcessors.delete(language);
		for (const block of [...(this.renderedBlocks.get(language) ?? [])]) block.unload();
	}

	async runCodeBlockProcessor(handler: CodeBlockHandler, source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): Promise<void> {
		await handler(source, el, ctx);
	}

	/**
	 * Renders a fenced code block with the processor registered for its language, as the reading view
	 * does. When `sourcePath` names a note containing the block, ctx.getSectionInfo finds its lines.
	 */
	renderCodeBlock(language: string, source: string, el?: HTMLElement, sourcePath = ""): Promise<RenderedCodeBlock> {
		return work(async () => {
			const handler = this.codeBlockProcessors.get(language);
			if (!handler) throw new Error(`No code block processor is registered for "${language}"`);
			const container = el ?? createDiv("markdown-preview-section");
			const section = container.createDiv("el-pre");
			const blockEl = section.createDiv(`block-language-${language}`);
			const component = new Component();
			component.load();
			const ctx = makePostProcessorContext(this, sourcePath, component, (target) =>
				section === target || section.contains(target) ? this.findCodeBlockSection(sourcePath, language, source) : null,
			);
			const blocks = this.renderedBlocks.get(language) ?? new Set<RenderedCodeBlock>();
			this.renderedBlocks.set(language, blocks);
			const rendered: RenderedCodeBlock = {
				el: blockEl,
				ctx,
				component,
				unload: () => {
					component.unload();
					section.detach();
					blocks.delete(rendered);
				},
			};
			blocks.add(rendered);
			await this.runCodeBlockProcessor(handler, source, blockEl, ctx);
			return rendered;
		});
	}

	private findCodeBlockSection(sourcePath: string, language: string, source: string): MarkdownSectionInformation | null {
		const file = this.vault.getFileByPath(sourcePath);
		if (!file) return null;
		const text = this.vault.readSync(file);
		const lines = text.split(/\r?\n/);
		const body = source.split(/\r?\n/);
		for (let i = 0; i < lines.length; i++) {
			const open = /^ {0,3}(`{3,}|~{3,})\s*(\S*)/.exec(lines[i]);
			if (!open || open[2] !== language) continue;
			const close = i + body.length + 1;
			const sameBody = body.every((line, k) => lines[i + 1 + k] === line);
			if (sameBody && close < lines.length && lines[close].trim().startsWith(open[1])) return { text, lineStart: i, lineEnd: close };
		}
		return null;
	}
}

// ---- Test helpers ---------------------------------------------------------------------------------------

/**
 * The fake app as tests see it: the real `App` type (so it can be handed to code typed against the
 * `obsidian` package) plus the fake's helpers. The real types' protected members make the fake's own
 * classes impossible to assign to them, hence this typed facade.
 */
export type FakeApp = Obsidian.App &
	Pick<
		App,
		| "commands"
		| "setting"
		| "plugins"
		| "viewRegistry"
		| "containerEl"
		| "ribbonEl"
		| "statusBarEl"
		| "dom"
		| "protocolHandlers"
		| "hoverLinkSources"
		| "editorExtensions"
		| "editorSuggests"
		| "now"
		| "settle"
		| "startLayout"
		| "mount"
		| "getPluginData"
		| "setPluginData"
		| "openObsidianUrl"
		| "renderCodeBlock"
	> & {
		vault: Obsidian.Vault & {
			/** See Vault.seed: adds files silently, as if on disk when the vault opened. */
			seed(files: Record<string, SeedFile>): Obsidian.TFile[];
			/** The file's text now, without waiting. */
			readSync(file: Obsidian.TFile): string;
			getConfig(key: string): unknown;
			setConfig(key: string, value: unknown): void;
			adapter: Obsidian.DataAdapter & {
				readSync(path: string): string | null;
				writeSync(path: string, data: string | ArrayBuffer): void;
				mkdirSync(path: string): void;
			};
		};
		metadataCache: Obsidian.MetadataCache & {
			/** Resolves once no parse is pending and 'resolved' has fired. */
			whenResolved(): Promise<void>;
			resolved: boolean;
		};
		workspace: Obsidian.Workspace & { setLayoutReady(): void };
	};

/** A fresh app over an in-memory vault. */
export function createFakeApp(options: FakeAppOptions = {}): FakeApp {
	return new App(options) as unknown as FakeApp;
}

/** The fake App class behind an app typed with the real API (such as `plugin.app`). */
export function asFakeApp(app: Obsidian.App | FakeApp | App): App {
	if (!(app instanceof App)) throw new Error("Not an app made by the Obsidian fake.");
	return app;
}

/**
 * Constructs the plugin class and awaits its load (onload included), as Obsidian's plugin loader does.
 * Accepts a class typed against the real `obsidian` types: the constructor is called with the fake app.
 */
export async function loadPlugin<P>(
	PluginClass: new (app: never, manifest: never) => P,
	fake: FakeApp | App,
	manifest: Partial<PluginManifest> = {},
): Promise<P> {
	const app = asFakeApp(fake);
	const full: PluginManifest = {
		id: "test-plugin",
		name: "Test plugin",
		author: "",
		version: "0.0.0",
		minAppVersion: "0.0.0",
		description: "",
		...manifest,
	};
	full.dir ??= `${app.vault.configDir}/plugins/${full.id}`;
	const plugin = new PluginClass(app as never, full as never);
	app.plugins.plugins[full.id] = plugin as unknown as Plugin;
	app.plugins.manifests[full.id] = full;
	app.plugins.enabledPlugins.add(full.id);
	await (plugin as unknown as Plugin).load();
	return plugin;
}

const DEFAULT_PLATFORM = { ...Platform };

/** For afterEach: hides and forgets notices and menus, closes modals, restores Platform. */
export function resetFakeGlobals(): void {
	resetUi();
	Object.assign(Platform, DEFAULT_PLATFORM);
}

