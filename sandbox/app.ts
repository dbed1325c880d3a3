// The sandbox page: loads the very main.js that users install, hands it the Obsidian fake (the one
// the tests use) as its `obsidian` module, and lays out a file list, the open note and the sidebar.
import * as obsidian from "../test/fakes/obsidian";
import { parseDateValue } from "../src/core/dates";

type FakeApp = ReturnType<typeof obsidian.createFakeApp>;
type PluginCtor = new (app: never, manifest: never) => obsidian.Plugin;

/** `?now=2026-11-25T18:00` pins the clock there; it keeps ticking from that instant. */
function pinClock(): Date | null {
	const param = new URLSearchParams(location.search).get("now");
	if (!param) return null;
	const parsed = parseDateValue(param);
	if (!parsed) {
		console.warn(`sandbox: ?now=${param} is not a date such as 2026-11-25T18:00; the clock is live.`);
		return null;
	}
	const RealDate = Date;
	const offset = parsed.at.getTime() - RealDate.now();
	const shiftedNow = () => RealDate.now() + offset;
	// The page's Date, shifted: `new Date()` and `Date.now()` start from the pinned instant, every
	// other use (parsing, a given instant) is Date's own.
	window.Date = new Proxy(RealDate, {
		construct: (target, args: unknown[]) => (args.length === 0 ? new target(shiftedNow()) : (Reflect.construct(target, args) as Date)),
		apply: () => new RealDate(shiftedNow()).toString(),
		get: (target, key): unknown => (key === "now" ? shiftedNow : Reflect.get(target, key)),
	});
	return parsed.at;
}

/** What the sandbox server puts in the page: the example vault, the manifest and Lucide's icons. */
interface PageData {
	vault: Record<string, string>;
	manifest: obsidian.PluginManifest;
	icons: Record<string, string>;
}

function pageData(): PageData {
	const el = document.getElementById("sbx-data");
	if (!el?.textContent) throw new Error("the page holds no vault data: open it through `npm run sandbox`.");
	return JSON.parse(el.textContent) as PageData;
}

type PluginModule = (require: (id: string) => unknown, module: { exports: Record<string, unknown> }, exports: Record<string, unknown>) => void;

/**
 * The plugin bundle as Obsidian runs it: a CommonJS module whose only import is `obsidian`. The
 * server hands main.js to the page as a script wrapped in such a function (/plugin.js).
 */
function loadPlugin(): PluginCtor {
	const factory = (window as { sandboxPluginModule?: PluginModule }).sandboxPluginModule;
	if (!factory) throw new Error("main.js did not load: run `npm run build`, then reload.");
	const module: { exports: Record<string, unknown> } = { exports: {} };
	const require = (id: string) => {
		if (id === "obsidian") return obsidian;
		throw new Error(`main.js asked for "${id}", which a plugin cannot load on mobile.`);
	};
	factory(require, module, module.exports);
	return (module.exports.default ?? module.exports) as unknown as PluginCtor;
}

function byId<T extends HTMLElement>(id: string): T {
	return document.getElementById(id) as T;
}

class NotePane {
	private file: obsidian.TFile | null = null;
	private pending: number | null = null;
	private reading = false;
	private rendered: obsidian.Component | null = null;
	private readonly textarea = byId<HTMLTextAreaElement>("sbx-note");
	private readonly readingEl = byId<HTMLElement>("sbx-reading");
	private readonly mainViews = byId<HTMLElement>("sbx-main-views");
	private readonly modeButton = byId<HTMLButtonElement>("sbx-mode");
	private readonly title = byId<HTMLElement>("sbx-note-title");

	constructor(private readonly app: FakeApp, private readonly onOpen: (path: string) => void) {
		this.textarea.addEventListener("input", () => this.scheduleSave());
		this.textarea.addEventListener("blur", () => void this.flush());
		this.modeButton.addEventListener("click", () => void this.setReading(!this.reading));
		// The app is typed with the real API, whose TFile is not the fake's: compare the objects as such.
		app.vault.on("modify", (file) => {
			if ((file as unknown) === this.file && this.pending === null) void this.reload();
		});
		app.workspace.on("file-open", (file) => {
			if (file && (file as unknown) !== this.file) void this.show(file as unknown as obsidian.TFile);
		});
		// Views that open in the main area (the pipeline) take the place of the note.
		this.mainViews.appendChild((app.workspace.rootSplit as unknown as { containerEl: HTMLElement }).containerEl);
		app.workspace.on("active-leaf-change", (leaf) => {
			const type = leaf?.view?.getViewType();
			if (!leaf || leaf.getRoot() !== app.workspace.rootSplit) return;
			this.showMainView(type !== "markdown" && type !== "empty");
		});
	}

	private showMainView(on: boolean): void {
		this.mainViews.hidden = !on;
		this.textarea.hidden = on || this.reading;
		this.readingEl.hidden = on || !this.reading;
		this.modeButton.hidden = on;
		if (on) this.title.setText("Interview pipeline");
		else if (this.file) this.title.setText(this.file.path);
	}

	async open(file: obsidian.TFile): Promise<void> {
		await this.flush();
		await this.app.workspace.getLeaf(false).openFile(file as never);
		await this.show(file);
		this.showMainView(false);
	}

	private async show(file: obsidian.TFile): Promise<void> {
		this.file = file;
		this.title.setText(file.path);
		this.textarea.value = await this.app.vault.read(file as never);
		if (this.reading) await this.renderReading();
		this.onOpen(file.path);
	}

	/** Reading view: the note rendered by the fake's Markdown renderer, code blocks through their processors. */
	private async setReading(on: boolean): Promise<void> {
		await this.flush();
		this.reading = on;
		this.modeButton.setText(on ? "Editing view" : "Reading view");
		this.modeButton.setAttr("aria-pressed", String(on));
		this.showMainView(false);
		if (on) await this.renderReading();
		else this.clearReading();
	}

	private clearReading(): void {
		this.rendered?.unload();
		this.rendered = null;
		this.readingEl.empty();
	}

	private async renderReading(): Promise<void> {
		this.clearReading();
		if (!this.file) return;
		const component = new obsidian.Component();
		component.load();
		this.rendered = component;
		await obsidian.MarkdownRenderer.render(obsidian.asFakeApp(this.app), this.textarea.value, this.readingEl, this.file.path, component);
	}

	private async reload(): Promise<void> {
		if (!this.file) return;
		const text = await this.app.vault.read(this.file as never);
		if (text === this.textarea.value) return;
		const { selectionStart, selectionEnd } = this.textarea;
		this.textarea.value = text;
		this.textarea.setSelectionRange(selectionStart, selectionEnd);
		if (this.reading) await this.renderReading();
	}

	private scheduleSave(): void {
		if (this.pending !== null) window.clearTimeout(this.pending);
		this.pending = window.setTimeout(() => void this.flush(), 400);
	}

	async flush(): Promise<void> {
		if (this.pending === null || !this.file) return;
		window.clearTimeout(this.pending);
		this.pending = null;
		await this.app.vault.modify(this.file as never, this.textarea.value);
	}
}

function renderFileList(app: FakeApp, open: (file: obsidian.TFile) => void, activePath: string | null): void {
	const list = byId<HTMLUListElement>("sbx-file-list");
	list.empty();
	const files = (app.vault.getMarkdownFiles() as unknown as obsidian.TFile[]).sort((a, b) => a.path.localeCompare(b.path));
	let folder: string | null = null;
	for (const file of files) {
		const parent = file.parent && !file.parent.isRoot() ? file.parent.path : "";
		if (parent !== folder) {
			folder = parent;
			if (parent) list.createEl("li", { cls: "sbx-folder", text: parent });
		}
		const button = list.createEl("li").createEl("button", { text: file.basename, attr: { type: "button", "data-path": file.path, title: file.path } });
		if (file.path === activePath) button.addClass("is-active");
		button.addEventListener("click", () => open(file));
	}
}

async function main(): Promise<void> {
	const pinned = pinClock();
	const { vault: files, manifest, icons } = pageData();
	for (const [name, svg] of Object.entries(icons)) obsidian.addIcon(name, svg);
	const app = obsidian.createFakeApp({ files, vaultName: "example-vault" });

	byId("sbx-right").appendChild((app.workspace.rightSplit as unknown as { containerEl: HTMLElement }).containerEl);
	byId("sbx-status-bar").replaceWith(app.statusBarEl);
	app.statusBarEl.id = "sbx-status-bar";

	let activePath: string | null = null;
	const refreshList = () => renderFileList(app, (file) => void notes.open(file), activePath);
	const notes = new NotePane(app, (path) => {
		activePath = path;
		refreshList();
	});
	for (const event of ["create", "delete", "rename"] as const) app.vault.on(event as "create", refreshList);
	refreshList();

	const Plugin = loadPlugin();
	const plugin = await obsidian.loadPlugin(Plugin, app, manifest);
	app.startLayout();
	await app.settle();
	app.commands.executeCommandById(`${manifest.id}:open-due-follow-ups`);
	await app.settle();

	const first = app.vault.getFileByPath("Interviews/2026-11-25 Acme Robotics - Platform engineer.md");
	if (first) await notes.open(first as unknown as obsidian.TFile);

	const themeButton = byId<HTMLButtonElement>("sbx-theme");
	themeButton.addEventListener("click", () => {
		const dark = document.body.hasClass("theme-light");
		document.body.toggleClass("theme-dark", dark);
		document.body.toggleClass("theme-light", !dark);
		themeButton.setText(dark ? "Light theme" : "Dark theme");
	});
	// The plugin's settings tab, in the fake's settings window.
	const settingsButton = byId<HTMLButtonElement>("sbx-settings");
	settingsButton.addEventListener("click", () => {
		const open = app.setting.isOpen;
		if (open) app.setting.close();
		else app.setting.openTabById(manifest.id);
		settingsButton.setText(open ? "Plugin settings" : "Close settings");
		settingsButton.setAttr("aria-pressed", String(!open));
	});
	// A calendar invite, pasted: the plugin's own command, which offers the vault's .ics files and pasting.
	byId<HTMLButtonElement>("sbx-invite").addEventListener("click", () => void app.commands.executeCommandById(`${manifest.id}:new-interview-note-from-invite`));
	const clock = byId("sbx-clock");
	const tick = () => clock.setText(`${pinned ? "Pinned clock" : "Live clock"}: ${new Date().toLocaleString(undefined, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" })}`);
	tick();
	window.setInterval(tick, 1000);

	Object.assign(window, { sandbox: { app, plugin, obsidian, notes, ready: true } });
	document.body.dataset.ready = "true";
}

main().catch((err: unknown) => {
	console.error(err);
	const box = document.body.createDiv({ cls: "sbx-error", text: `The sandbox could not start: ${err instanceof Error ? err.message : String(err)}` });
	box.setAttr("role", "alert");
});
