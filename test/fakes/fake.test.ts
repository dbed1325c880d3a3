// @vitest-environment happy-dom
// Tests of the Obsidian fake itself: the behaviours the plugin's tests and the sandbox rely on.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
	AbstractInputSuggest,
	Component,
	Events,
	FuzzySuggestModal,
	ItemView,
	MarkdownRenderChild,
	MarkdownRenderer,
	MarkdownView,
	Menu,
	Modal,
	Notice,
	Plugin,
	PluginSettingTab,
	Setting,
	TFile,
	TFolder,
	debounce,
	normalizePath,
	type Editor,
	type ObsidianProtocolData,
	type SettingDefinitionItem,
	type TAbstractFile,
	type WorkspaceLeaf,
} from "obsidian";
import * as Fake from "./obsidian";
import { createFakeApp, loadPlugin, resetFakeGlobals, type FakeApp } from "./obsidian";

afterEach(() => {
	vi.useRealTimers();
	resetFakeGlobals();
	document.body.empty();
});

describe("Events", () => {
	it("calls listeners with the trigger's arguments and the given context, and stops after off/offref", () => {
		const events = new Events();
		const seen: unknown[] = [];
		const ctx = { name: "ctx" };
		const listener = function (this: unknown, a: unknown, b: unknown) {
			seen.push([this, a, b]);
		};
		const ref = events.on("ping", listener, ctx);
		events.trigger("ping", 1, 2);
		expect(seen).toEqual([[ctx, 1, 2]]);

		events.offref(ref);
		events.trigger("ping", 3, 4);
		expect(seen).toHaveLength(1);

		events.on("ping", listener);
		events.off("ping", listener);
		events.trigger("ping", 5, 6);
		expect(seen).toHaveLength(1);
	});

	it("lets a listener unsubscribe during dispatch without another one missing the event", () => {
		const events = new Events();
		const calls: string[] = [];
		const first = events.on("x", () => {
			calls.push("first");
			events.offref(first);
		});
		events.on("x", () => calls.push("second"));
		events.trigger("x");
		events.trigger("x");
		expect(calls).toEqual(["first", "second", "second"]);
	});
});

describe("Component", () => {
	class Probe extends Component {
		log: string[];
		constructor(log: string[], private readonly label: string) {
			super();
			this.log = log;
		}
		override onload() {
			this.log.push(`load ${this.label}`);
		}
		override onunload() {
			this.log.push(`unload ${this.label}`);
		}
	}

	it("loads children with the parent and unloads them first, then runs cleanups last-registered first", () => {
		const log: string[] = [];
		const parent = new Probe(log, "parent");
		parent.addChild(new Probe(log, "early child"));
		parent.register(() => log.push("cleanup 1"));
		parent.register(() => log.push("cleanup 2"));
		parent.load();
		parent.addChild(new Probe(log, "late child"));
		parent.load();
		expect(log).toEqual(["load parent", "load early child", "load late child"]);

		log.length = 0;
		parent.unload();
		parent.unload();
		expect(log).toEqual(["unload late child", "unload early child", "cleanup 2", "cleanup 1", "unload parent"]);
	});

	it("unloads a removed child at once", () => {
		const log: string[] = [];
		const parent = new Probe(log, "parent");
		const child = parent.addChild(new Probe(log, "child"));
		parent.load();
		parent.removeChild(child);
		expect(log).toEqual(["load parent", "load child", "unload child"]);
		parent.unload();
		expect(log.filter((l) => l === "unload child")).toHaveLength(1);
	});

	it("detaches registered events, DOM listeners and intervals on unload", () => {
		vi.useFakeTimers();
		const component = new Component();
		component.load();
		const events = new Events();
		let eventCalls = 0;
		component.registerEvent(events.on("tick", () => eventCalls++));
		const button = document.body.createEl("button");
		let clicks = 0;
		component.registerDomEvent(button, "click", () => clicks++);
		let ticks = 0;
		const id = window.setInterval(() => ticks++, 1000);
		expect(component.registerInterval(id)).toBe(id);

		events.trigger("tick");
		button.click();
		vi.advanceTimersByTime(2000);
		expect([eventCalls, clicks, ticks]).toEqual([1, 1, 2]);

		component.unload();
		events.trigger("tick");
		button.click();
		vi.advanceTimersByTime(5000);
		expect([eventCalls, clicks, ticks]).toEqual([1, 1, 2]);
	});
});

describe("debounce", () => {
	beforeEach(() => vi.useFakeTimers());

	it("runs once, `timeout` ms after the first call, with the latest arguments", () => {
		const calls: string[] = [];
		const debounced = debounce((s: string) => calls.push(s), 1000);
		debounced("a");
		vi.advanceTimersByTime(600);
		debounced("b");
		vi.advanceTimersByTime(400);
		expect(calls).toEqual(["b"]);
		vi.advanceTimersByTime(5000);
		expect(calls).toEqual(["b"]);
	});

	it("with resetTimer, waits `timeout` ms after the last call", () => {
		const calls: string[] = [];
		const debounced = debounce((s: string) => calls.push(s), 1000, true);
		debounced("a");
		vi.advanceTimersByTime(600);
		debounced("b");
		vi.advanceTimersByTime(600);
		expect(calls).toEqual([]);
		vi.advanceTimersByTime(400);
		expect(calls).toEqual(["b"]);
	});

	it("runs a pending call at once with run(), and drops it with cancel()", () => {
		const calls: string[] = [];
		const debounced = debounce((s: string) => {
			calls.push(s);
			return s.length;
		}, 1000);
		debounced("abc");
		expect(debounced.run()).toBe(3);
		expect(debounced.run()).toBeUndefined();
		debounced("x").cancel();
		vi.advanceTimersByTime(2000);
		expect(calls).toEqual(["abc"]);
	});
});

describe("normalizePath", () => {
	it("collapses and trims slashes, turns NBSP into spaces and composes Unicode", () => {
		expect(normalizePath("//Interviews///Acme/")).toBe("Interviews/Acme");
		expect(normalizePath("a\\b\\\\c.md")).toBe("a/b/c.md");
		expect(normalizePath("Job\u00A0hunt/n\u0303o.md")).toBe("Job hunt/\u00F1o.md");
		expect(normalizePath("/")).toBe("/");
		expect(normalizePath("")).toBe("/");
	});
});

describe("Vault", () => {
	it("fires create, modify, rename and delete with the change already applied", async () => {
		const app = createFakeApp({ files: { "Interviews/": "" } });
		const { vault } = app;
		const log: string[] = [];
		vault.on("create", (f: TAbstractFile) => log.push(`create ${f.path} ${f instanceof TFile ? vault.readSync(f) : "folder"}`));
		vault.on("modify", (f: TAbstractFile) => log.push(`modify ${f.path} ${vault.readSync(f as TFile)}`));
		vault.on("rename", (f: TAbstractFile, old: string) => log.push(`rename ${old} -> ${f.path}`));
		vault.on("delete", (f: TAbstractFile) => log.push(`delete ${f.path} ${vault.getAbstractFileByPath(f.path) === null}`));

		const file = await vault.create("Interviews/Acme.md", "one");
		await vault.modify(file, "two");
		await vault.append(file, "+");
		await vault.rename(file, "Interviews/Acme Corp.md");
		await vault.delete(file);

		expect(log).toEqual([
			"create Interviews/Acme.md one",
			"modify Interviews/Acme.md two",
			"modify Interviews/Acme.md two+",
			"rename Interviews/Acme.md -> Interviews/Acme Corp.md",
			"delete Interviews/Acme Corp.md true",
		]);
		expect(file.basename).toBe("Acme Corp");
	});

	it("applies a change after the call returns, not during it", async () => {
		const app = createFakeApp({ files: { "a.md": "old" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const pending = app.vault.modify(file, "new");
		expect(app.vault.readSync(file)).toBe("old");
		await pending;
		expect(app.vault.readSync(file)).toBe("new");
	});

	it("refuses to create over an existing file or in a missing folder, and creates folders with their parents", async () => {
		const app = createFakeApp({ files: { "a.md": "" } });
		await expect(app.vault.create("a.md", "")).rejects.toThrow("File already exists.");
		await expect(app.vault.create("Missing/b.md", "")).rejects.toThrow(/ENOENT/);
		const created: string[] = [];
		app.vault.on("create", (f: TAbstractFile) => created.push(f.path));
		const folder = await app.vault.createFolder("Job hunt/2026/Interviews");
		expect(folder).toBeInstanceOf(TFolder);
		expect(created).toEqual(["Job hunt", "Job hunt/2026", "Job hunt/2026/Interviews"]);
		await expect(app.vault.createFolder("Job hunt")).rejects.toThrow("Folder already exists.");
		await app.vault.create("Job hunt/2026/Interviews/Acme.md", "x");
		expect(app.vault.getFolderByPath("Job hunt/2026/Interviews")?.children.map((c) => c.name)).toEqual(["Acme.md"]);
	});

	it("moves a folder's children along with it and reports each rename", async () => {
		const app = createFakeApp({ files: { "Old/a.md": "A", "Old/Sub/b.md": "B" } });
		const renames: string[] = [];
		app.vault.on("rename", (f: TAbstractFile, old: string) => renames.push(`${old} -> ${f.path}`));
		await app.vault.rename(app.vault.getFolderByPath("Old") as TFolder, "New");
		expect(renames).toEqual(["Old -> New", "Old/a.md -> New/a.md", "Old/Sub -> New/Sub", "Old/Sub/b.md -> New/Sub/b.md"]);
		expect(app.vault.readSync(app.vault.getFileByPath("New/Sub/b.md") as TFile)).toBe("B");
		expect(app.vault.getAbstractFileByPath("Old/a.md")).toBeNull();
	});

	it("writes and fires 'modify' on process() even when the text comes back the same, as Obsidian may", async () => {
		const app = createFakeApp({ files: { "a.md": "same" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		let modified = 0;
		app.vault.on("modify", () => modified++);
		const before = file.stat.mtime;
		await app.vault.process(file, (text) => text);
		expect(modified).toBe(1);
		expect(file.stat.mtime).toBeGreaterThanOrEqual(before);
	});

	it("makes process() atomic: concurrent read-modify-writes all land", async () => {
		const app = createFakeApp({ files: { "log.md": "" } });
		const file = app.vault.getFileByPath("log.md") as TFile;
		const results = await Promise.all(["a", "b", "c"].map((s) => app.vault.process(file, (text) => text + s)));
		expect(app.vault.readSync(file)).toBe("abc");
		expect(results).toEqual(["a", "ab", "abc"]);
	});

	it("lists markdown files, keeps stats, and serves hidden files through the adapter only", async () => {
		const app = createFakeApp({
			now: 1_700_000_000_000,
			files: { "a.md": "é", "b.png": "png", ".obsidian/templates.json": '{"folder":"Templates"}' },
		});
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["a.md"]);
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(["a.md", "b.png"]);
		const a = app.vault.getFileByPath("a.md") as TFile;
		expect(a.stat).toEqual({ ctime: 1_700_000_000_000, mtime: 1_700_000_000_000, size: 2 });
		expect(app.vault.getAbstractFileByPath(".obsidian/templates.json")).toBeNull();
		expect(await app.vault.adapter.read(".obsidian/templates.json")).toBe('{"folder":"Templates"}');
		expect(app.vault.getRoot().isRoot()).toBe(true);
		expect(app.vault.getName()).toBe("Test vault");
		expect(app.vault.configDir).toBe(".obsidian");
	});
});

describe("MetadataCache", () => {
	const NOTE = "---\ncompany: Acme\ninterview_start: 2026-11-25T14:30\ndate: 2026-11-25\nwith: \"[[Jane Doe]]\"\npanel:\n  - \"[[Raj|Raj K]]\"\n---\n# Acme\nSee [[Jane Doe#Phone|Jane]] and ![[logo.png]].\n## Next steps #todo\n";

	it("has no cache for a note right after it is created, then parses it and fires changed and resolved", async () => {
		const app = createFakeApp();
		const events: string[] = [];
		app.metadataCache.on("changed", (file: TFile, data: string) => events.push(`changed ${file.path} ${data.length}`));
		app.metadataCache.on("resolved", () => events.push("resolved"));

		const file = await app.vault.create("Acme.md", NOTE);
		expect(app.metadataCache.getFileCache(file)).toBeNull();
		expect(events).toEqual([]);

		await app.settle();
		expect(events).toEqual([`changed Acme.md ${NOTE.length}`, "resolved"]);
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.company).toBe("Acme");
	});

	it("keeps the previous cache until a modification is parsed", async () => {
		const app = createFakeApp({ files: { "a.md": "---\nstatus: active\n---\n" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		await app.vault.modify(file, "---\nstatus: offer\n---\n");
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("active");
		await app.metadataCache.whenResolved();
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("offer");
	});

	it("keeps dates and date-times as strings, as YAML 1.2 core schema does", () => {
		const app = createFakeApp({ files: { "Acme.md": NOTE } });
		const fm = app.metadataCache.getCache("Acme.md")?.frontmatter;
		expect(fm?.interview_start).toBe("2026-11-25T14:30");
		expect(fm?.date).toBe("2026-11-25");
	});

	it("gives no frontmatter for broken YAML, for a note without it, and unless the first line is exactly ---", () => {
		const app = createFakeApp({
			files: {
				"broken.md": "---\nrole: \"Research engineer\ncompany: X\n---\nbody\n",
				"plain.md": "# Just a heading\n",
				"js.md": "---js\ncompany: X\n---\n",
				"late.md": "\n---\ncompany: X\n---\n",
			},
		});
		const cache = (path: string) => app.metadataCache.getCache(path);
		expect(cache("broken.md")).not.toHaveProperty("frontmatter");
		expect(cache("broken.md")?.frontmatterPosition?.end.line).toBe(3);
		expect(cache("plain.md")).not.toHaveProperty("frontmatter");
		expect(cache("js.md")).not.toHaveProperty("frontmatter");
		expect(cache("late.md")).not.toHaveProperty("frontmatter");
	});

	it("records frontmatter position, headings, links, embeds, frontmatter links and tags", () => {
		const app = createFakeApp({ files: { "Acme.md": NOTE } });
		const cache = app.metadataCache.getCache("Acme.md");
		expect(cache?.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 7, col: 3, offset: NOTE.indexOf("\n---\n") + 4 } });
		expect(cache?.headings?.map((h) => [h.heading, h.level, h.position.start.line])).toEqual([
			["Acme", 1, 8],
			["Next steps #todo", 2, 10],
		]);
		expect(cache?.links?.map((l) => [l.link, l.displayText, l.original])).toEqual([["Jane Doe#Phone", "Jane", "[[Jane Doe#Phone|Jane]]"]]);
		expect(cache?.embeds?.map((l) => l.link)).toEqual(["logo.png"]);
		expect(cache?.frontmatterLinks?.map((l) => [l.key, l.link, l.displayText])).toEqual([
			["with", "Jane Doe", "Jane Doe"],
			["panel.0", "Raj", "Raj K"],
		]);
		expect(cache?.tags?.map((t) => t.tag)).toEqual(["#todo"]);
		const link = cache?.links?.[0];
		expect(NOTE.slice(link?.position.start.offset, link?.position.end.offset)).toBe("[[Jane Doe#Phone|Jane]]");
	});

	it("ignores links and headings inside code", () => {
		const app = createFakeApp({ files: { "a.md": "```\n# not a heading [[Nope]]\n```\nUse `[[nope]]` here.\n" } });
		const cache = app.metadataCache.getCache("a.md");
		expect(cache?.headings).toBeUndefined();
		expect(cache?.links).toBeUndefined();
	});

	it("fires deleted with the last cache, and moves the cache on rename without changed", async () => {
		const app = createFakeApp({ files: { "a.md": "---\nx: 1\n---\n" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const events: string[] = [];
		app.metadataCache.on("changed", () => events.push("changed"));
		app.metadataCache.on("deleted", (f: TFile, prev: { frontmatter?: { x?: number } } | null) => events.push(`deleted ${f.path} ${prev?.frontmatter?.x}`));
		await app.vault.rename(file, "b.md");
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.x).toBe(1);
		await app.vault.delete(file);
		await app.settle();
		expect(events).toEqual(["deleted b.md 1"]);
		expect(app.metadataCache.getFileCache(file)).toBeNull();
	});

	it("indexes seeded notes asynchronously with a cold cache", async () => {
		const app = createFakeApp({ files: { "a.md": "---\nx: 1\n---\n" }, coldCache: true });
		expect(app.metadataCache.getCache("a.md")).toBeNull();
		expect(app.metadataCache.resolved).toBe(false);
		await app.metadataCache.whenResolved();
		expect(app.metadataCache.getCache("a.md")?.frontmatter).toEqual({ x: 1 });
		expect(app.metadataCache.resolved).toBe(true);
	});

	describe("getFirstLinkpathDest", () => {
		const files = {
			"People/Jane Doe.md": "",
			"Archive/Old/Jane Doe.md": "",
			"Interviews/Acme.md": "",
			"Interviews/Notes.md": "",
			"Notes.md": "",
			"Attachments/logo.png": "",
		};

		it("finds a note by name anywhere, preferring the shortest path", () => {
			const app = createFakeApp({ files });
			expect(app.metadataCache.getFirstLinkpathDest("Jane Doe", "Interviews/Acme.md")?.path).toBe("People/Jane Doe.md");
			expect(app.metadataCache.getFirstLinkpathDest("jane doe", "Interviews/Acme.md")?.path).toBe("People/Jane Doe.md");
			expect(app.metadataCache.getFirstLinkpathDest("logo.png", "Interviews/Acme.md")?.path).toBe("Attachments/logo.png");
		});

		it("finds a note by path, with or without .md, and ignores heading and alias", () => {
			const app = createFakeApp({ files });
			expect(app.metadataCache.getFirstLinkpathDest("Archive/Old/Jane Doe", "")?.path).toBe("Archive/Old/Jane Doe.md");
			expect(app.metadataCache.getFirstLinkpathDest("Old/Jane Doe.md", "")?.path).toBe("Archive/Old/Jane Doe.md");
			expect(app.metadataCache.getFirstLinkpathDest("People/Jane Doe#Phone|Jane", "")?.path).toBe("People/Jane Doe.md");
			expect(app.metadataCache.getFirstLinkpathDest("./Notes", "Interviews/Acme.md")?.path).toBe("Interviews/Notes.md");
			expect(app.metadataCache.getFirstLinkpathDest("Nobody", "Interviews/Acme.md")).toBeNull();
			expect(app.metadataCache.getFirstLinkpathDest("logo", "Interviews/Acme.md")).toBeNull();
		});

		it("counts resolved and unresolved links, and writes the shortest link text that resolves", () => {
			const app = createFakeApp({ files: { ...files, "Interviews/Acme.md": "[[Jane Doe]] [[Jane Doe|J]] [[Nobody]]" } });
			expect(app.metadataCache.resolvedLinks["Interviews/Acme.md"]).toEqual({ "People/Jane Doe.md": 2 });
			expect(app.metadataCache.unresolvedLinks["Interviews/Acme.md"]).toEqual({ Nobody: 1 });
			const people = app.vault.getFileByPath("People/Jane Doe.md") as TFile;
			const archived = app.vault.getFileByPath("Archive/Old/Jane Doe.md") as TFile;
			expect(app.metadataCache.fileToLinktext(people, "Interviews/Acme.md")).toBe("Jane Doe");
			expect(app.metadataCache.fileToLinktext(archived, "Interviews/Acme.md")).toBe("Archive/Old/Jane Doe");
		});
	});
});

describe("DOM helpers", () => {
	it("build elements from DomElementInfo", () => {
		const parent = createDiv();
		parent.createSpan({ text: "first" });
		const el = parent.createEl("a", {
			cls: ["link", "mod-cta"],
			text: "Open",
			attr: { "data-path": "Acme.md", tabindex: 0, hidden: null },
			title: "Open the note",
			href: "obsidian://open?file=Acme",
			prepend: true,
		});
		expect(parent.firstElementChild).toBe(el);
		expect(el.outerHTML).toBe('<a class="link mod-cta" data-path="Acme.md" tabindex="0" title="Open the note" href="obsidian://open?file=Acme">Open</a>');
		const input = createEl("input", { type: "checkbox", value: "on", placeholder: "x" });
		expect([input.type, input.value, input.getAttr("placeholder")]).toEqual(["checkbox", "on", "x"]);
		expect(createDiv("a b").className).toBe("a b");
		const seen: string[] = [];
		parent.createDiv({ cls: "cb" }, (div) => seen.push(div.className));
		expect(seen).toEqual(["cb"]);
	});

	it("change classes, attributes, text and visibility", () => {
		const el = document.body.createDiv();
		el.addClass("a", "b");
		el.toggleClass(["b", "c"], true);
		el.removeClass("a");
		expect(el.className).toBe("b c");
		expect(el.hasClass("c")).toBe(true);
		el.setAttr("aria-label", "Label");
		el.setAttrs({ "data-x": 1, "aria-label": null });
		expect([el.getAttr("aria-label"), el.getAttr("data-x")]).toEqual([null, "1"]);
		el.setText(createFragment((f) => f.createEl("b", { text: "bold" })));
		expect(el.innerHTML).toBe("<b>bold</b>");
		el.appendText(" tail");
		expect(el.getText()).toBe("bold tail");
		expect(el.isShown()).toBe(true);
		el.hide();
		expect(el.isShown()).toBe(false);
		el.show();
		expect(el.find("b")?.textContent).toBe("bold");
		expect(el.findAll("b")).toHaveLength(1);
		el.setCssProps({ "--gap": "4px" });
		expect(el.style.getPropertyValue("--gap")).toBe("4px");
		el.empty();
		expect(el.childNodes).toHaveLength(0);
		el.detach();
		expect(el.isConnected).toBe(false);
		expect(activeDocument).toBe(document);
	});
});

describe("Setting", () => {
	it("runs text and toggle onChange when the DOM input changes", () => {
		const container = document.body.createDiv();
		const values: unknown[] = [];
		let text!: Fake.TextComponent;
		let toggle!: Fake.ToggleComponent;
		const setting = new Setting(container)
			.setName("Grace period")
			.setDesc("Hours before late")
			.addText((t) => {
				text = t as unknown as Fake.TextComponent;
				t.setPlaceholder("24").setValue("12").onChange((v) => values.push(v));
			})
			.addToggle((t) => {
				toggle = t as unknown as Fake.ToggleComponent;
				t.setValue(false).onChange((v) => values.push(v));
			});
		expect(setting.nameEl.textContent).toBe("Grace period");
		expect(setting.settingEl.querySelector(".setting-item-description")?.textContent).toBe("Hours before late");
		expect(values).toEqual([]);

		text.inputEl.value = "48";
		text.inputEl.dispatchEvent(new Event("input"));
		toggle.toggleEl.click();
		expect(values).toEqual(["48", true]);
		expect(toggle.toggleEl.hasClass("is-enabled")).toBe(true);
		expect(toggle.getValue()).toBe(true);
	});

	it("runs dropdown and button callbacks from DOM events, and not for a disabled button", () => {
		const container = document.body.createDiv();
		const seen: string[] = [];
		new Setting(container)
			.addDropdown((d) => d.addOptions({ markdown: "Markdown", plain: "Plain text" }).setValue("plain").onChange((v) => seen.push(v)))
			.addButton((b) => b.setButtonText("Send").setCta().onClick(() => seen.push("clicked")));
		const select = container.querySelector("select") as HTMLSelectElement;
		expect(select.value).toBe("plain");
		select.value = "markdown";
		select.dispatchEvent(new Event("change"));
		const button = container.querySelector("button.mod-cta") as HTMLButtonElement;
		button.click();
		new Setting(container).addButton((b) => b.setButtonText("Off").setDisabled(true).onClick(() => seen.push("disabled")));
		(container.querySelectorAll("button")[1] as HTMLButtonElement).click();
		expect(seen).toEqual(["markdown", "clicked"]);
	});
});

describe("Notice, Modal and Menu", () => {
	it("records notices and shows them in the page until hidden", () => {
		const notice = new Notice("Thank-you note drafted");
		expect(Fake.notices.map((n) => n.message)).toEqual(["Thank-you note drafted"]);
		expect(document.querySelector(".notice-container .notice")?.textContent).toBe("Thank-you note drafted");
		notice.hide();
		expect(document.querySelector(".notice")).toBeNull();
	});

	it("hides a notice after its duration", () => {
		vi.useFakeTimers();
		new Notice("Soon gone", 1000);
		vi.advanceTimersByTime(999);
		expect(document.querySelector(".notice")).not.toBeNull();
		vi.advanceTimersByTime(1);
		expect(document.querySelector(".notice")).toBeNull();
	});

	it("opens a modal into the page and closes it on Escape", () => {
		const app = createFakeApp();
		const log: string[] = [];
		class Confirm extends Modal {
			override onOpen() {
				log.push("open");
				this.setTitle("Mark as sent?");
				this.contentEl.createEl("p", { text: "Body" });
			}
			override onClose() {
				log.push("close");
			}
		}
		const modal = new Confirm(app);
		modal.open();
		expect(document.querySelector(".modal .modal-title")?.textContent).toBe("Mark as sent?");
		modal.contentEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
		expect(document.querySelector(".modal")).toBeNull();
		expect(log).toEqual(["open", "close"]);
	});

	it("records menu items and runs one when clicked", () => {
		const chosen: string[] = [];
		const menu = new Menu()
			.addItem((i) => i.setTitle("Snooze").setIcon("clock").onClick(() => chosen.push("snooze")))
			.addSeparator()
			.addItem((i) => i.setTitle("Dismiss").onClick(() => chosen.push("dismiss")));
		menu.showAtPosition({ x: 10, y: 20 });
		const shown = Fake.menus[0];
		expect(shown.menuItems.map((i) => i.title)).toEqual(["Snooze", "Dismiss"]);
		shown.menuItems[1].dom.click();
		expect(chosen).toEqual(["dismiss"]);
		expect(document.querySelector(".menu")).toBeNull();
	});
});

describe("Plugin", () => {
	class Sample extends Plugin {
		loaded = false;
		override async onload() {
			await Promise.resolve();
			this.addCommand({ id: "refresh", name: "Refresh", callback: () => {} });
			this.addStatusBarItem().setText("2 follow-ups due");
			this.addRibbonIcon("mail", "Open follow-ups", () => {});
			this.loaded = true;
		}
	}

	it("awaits an async onload and cleans everything up on unload", async () => {
		const app = createFakeApp();
		const plugin = await loadPlugin(Sample, app, { id: "interview-follow-up", name: "Interview follow-up" });
		expect(plugin.loaded).toBe(true);
		expect(Object.keys(app.commands.commands)).toEqual(["interview-follow-up:refresh"]);
		expect(app.commands.commands["interview-follow-up:refresh"].name).toBe("Interview follow-up: Refresh");
		expect(app.statusBarEl.textContent).toBe("2 follow-ups due");
		expect(app.ribbonEl.querySelector('[aria-label="Open follow-ups"]')).not.toBeNull();

		plugin.unload();
		expect(app.commands.commands).toEqual({});
		expect(app.statusBarEl.childElementCount).toBe(0);
		expect(app.ribbonEl.childElementCount).toBe(0);
	});

	it("loads null before any save, then what was saved, and sees preset data.json", async () => {
		const app = createFakeApp({ data: { other: { graceHours: 48 } } });
		const plugin = await loadPlugin(Sample, app, { id: "ifu" });
		expect(await plugin.loadData()).toBeNull();
		await plugin.saveData({ graceHours: 12, when: new Date(Date.UTC(2026, 10, 25)) });
		expect(await plugin.loadData()).toEqual({ graceHours: 12, when: "2026-11-25T00:00:00.000Z" });
		expect(app.getPluginData("ifu")).toEqual({ graceHours: 12, when: "2026-11-25T00:00:00.000Z" });
		const other = await loadPlugin(Sample, app, { id: "other" });
		expect(await other.loadData()).toEqual({ graceHours: 48 });
	});

	it("hears of data.json changed by another device, but not of its own saves", async () => {
		const app = createFakeApp({ data: { ifu: { n: 1 } } });
		const heard: unknown[] = [];
		class Listening extends Plugin {
			override async onload() {
				await this.loadData();
			}
			override async onExternalSettingsChange() {
				heard.push(await this.loadData());
			}
		}
		const plugin = await loadPlugin(Listening, app, { id: "ifu" });
		await plugin.saveData({ n: 2 });
		await plugin.saveData({ n: 3 });
		await app.settle();
		expect(heard).toEqual([]);

		// A sync service writes the file: the plugin is told once, after the write, not during it.
		app.setPluginData("ifu", { n: 4 });
		expect(heard).toEqual([]);
		await app.settle();
		expect(heard).toEqual([{ n: 4 }]);

		// Another plugin's data.json is none of its business; an unloaded plugin hears nothing.
		app.setPluginData("other", { x: 1 });
		await app.settle();
		plugin.unload();
		await app.plugins.disablePlugin("ifu");
		app.setPluginData("ifu", { n: 5 });
		await app.settle();
		expect(heard).toEqual([{ n: 4 }]);
	});
});

describe("App local storage", () => {
	it("keeps JSON copies per key for this device, null when absent; null clears", () => {
		const app = createFakeApp({ localStorage: { seeded: [1] } });
		expect(app.loadLocalStorage("seeded")).toEqual([1]);
		expect(app.loadLocalStorage("missing")).toBeNull();
		const value = { at: new Date(Date.UTC(2026, 10, 25)), list: [1] };
		app.saveLocalStorage("k", value);
		const read = app.loadLocalStorage("k") as { at: string; list: number[] };
		expect(read).toEqual({ at: "2026-11-25T00:00:00.000Z", list: [1] });
		read.list.push(2);
		expect(app.loadLocalStorage("k")).toEqual({ at: "2026-11-25T00:00:00.000Z", list: [1] });
		app.saveLocalStorage("k", null);
		expect(app.loadLocalStorage("k")).toBeNull();
		// Another device (another app) has its own.
		expect(createFakeApp().loadLocalStorage("seeded")).toBeNull();
	});

	it("is not part of the vault: nothing in data.json or the vault changes", () => {
		const app = createFakeApp({ files: { "A.md": "a" } });
		app.saveLocalStorage("k", 1);
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(["A.md"]);
		expect(app.getPluginData("ifu")).toBeNull();
	});
});

describe("Commands", () => {
	it("honour checkCallback: asked first, run only when it agrees", async () => {
		const app = createFakeApp();
		let enabled = false;
		const calls: boolean[] = [];
		class P extends Plugin {
			override onload() {
				this.addCommand({
					id: "mark-sent",
					name: "Mark sent",
					checkCallback: (checking) => {
						calls.push(checking);
						return enabled;
					},
				});
			}
		}
		await loadPlugin(P, app, { id: "ifu" });
		expect(app.commands.executeCommandById("ifu:mark-sent")).toBe(false);
		expect(calls).toEqual([true]);
		enabled = true;
		expect(app.commands.executeCommandById("ifu:mark-sent")).toBe(true);
		expect(calls).toEqual([true, true, false]);
		expect(app.commands.executeCommandById("ifu:nope")).toBe(false);
	});

	it("run editor commands only with a Markdown editor active, on that editor", async () => {
		const app = createFakeApp({ files: { "Acme.md": "Hello" }, layoutReady: true });
		const seen: string[] = [];
		class P extends Plugin {
			override onload() {
				this.addCommand({
					id: "insert",
					name: "Insert draft",
					editorCallback: (editor: Editor, view) => {
						seen.push(view.file?.path ?? "");
						editor.replaceRange(" world", { line: 0, ch: 5 });
					},
				});
			}
		}
		await loadPlugin(P, app, { id: "ifu" });
		expect(app.commands.executeCommandById("ifu:insert")).toBe(false);
		await app.workspace.openLinkText("Acme", "");
		expect(app.commands.executeCommandById("ifu:insert")).toBe(true);
		expect(seen).toEqual(["Acme.md"]);
		expect(app.workspace.activeEditor?.editor?.getValue()).toBe("Hello world");
		await (app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView).save();
		expect(app.vault.readSync(app.vault.getFileByPath("Acme.md") as TFile)).toBe("Hello world");
	});
});

describe("Workspace", () => {
	class FollowUpView extends ItemView {
		log: string[] = [];
		getViewType() {
			return "follow-ups";
		}
		getDisplayText() {
			return "Follow-ups";
		}
		override async onOpen() {
			this.log.push("open");
			this.contentEl.createEl("h4", { text: "Due today" });
			this.registerEvent(this.app.vault.on("modify", () => this.log.push("modify")));
		}
		override async onClose() {
			this.log.push("close");
		}
	}

	async function withView(): Promise<{ app: FakeApp; plugin: Plugin; leaf: WorkspaceLeaf }> {
		const app = createFakeApp({ files: { "a.md": "" }, layoutReady: true });
		class P extends Plugin {
			override onload() {
				this.registerView("follow-ups", (leaf) => new FollowUpView(leaf));
			}
		}
		const plugin = await loadPlugin(P, app, { id: "ifu" });
		const leaf = app.workspace.getRightLeaf(false) as WorkspaceLeaf;
		await leaf.setViewState({ type: "follow-ups", active: true });
		return { app, plugin, leaf };
	}

	it("opens a registered view in a leaf, with Obsidian's header and content elements", async () => {
		const { app, leaf } = await withView();
		const view = leaf.view as FollowUpView;
		expect(view).toBeInstanceOf(FollowUpView);
		expect(view.log).toEqual(["open"]);
		expect(app.workspace.getLeavesOfType("follow-ups")).toEqual([leaf]);
		expect(view.containerEl.children[0].className).toBe("view-header");
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.textContent).toBe("Due today");
		expect(leaf.getViewState().type).toBe("follow-ups");
		expect(app.workspace.activeLeaf).toBe(leaf);
	});

	it("closes the view when its leaf is detached, and its registered events die with it", async () => {
		const { app, leaf } = await withView();
		const view = leaf.view as FollowUpView;
		await app.vault.modify(app.vault.getFileByPath("a.md") as TFile, "x");
		leaf.detach();
		await app.vault.modify(app.vault.getFileByPath("a.md") as TFile, "y");
		expect(view.log).toEqual(["open", "modify", "close"]);
		expect(app.workspace.getLeavesOfType("follow-ups")).toEqual([]);
		expect(app.workspace.activeLeaf).toBeNull();
	});

	it("takes a plugin's views away when the plugin unloads", async () => {
		const { app, plugin, leaf } = await withView();
		const view = leaf.view as FollowUpView;
		plugin.unload();
		expect(view.log).toEqual(["open", "close"]);
		expect(app.workspace.getLeavesOfType("follow-ups")).toEqual([]);
		expect(leaf.view.getViewType()).toBe("empty");
	});

	it("runs onLayoutReady callbacks when the layout becomes ready, or at once after", () => {
		const app = createFakeApp();
		const calls: string[] = [];
		app.workspace.onLayoutReady(() => calls.push("queued"));
		expect(calls).toEqual([]);
		app.startLayout();
		app.workspace.onLayoutReady(() => calls.push("immediate"));
		expect(calls).toEqual(["queued", "immediate"]);
		expect(app.workspace.layoutReady).toBe(true);
	});

	it("reports existing files with create events at start-up, to listeners registered before the layout is ready", async () => {
		const app = createFakeApp({ files: { "Interviews/Acme.md": "x" } });
		const early: string[] = [];
		const late: string[] = [];
		class P extends Plugin {
			override onload() {
				this.registerEvent(this.app.vault.on("create", (f) => early.push(f.path)));
				this.app.workspace.onLayoutReady(() => {
					this.registerEvent(this.app.vault.on("create", (f) => late.push(f.path)));
				});
			}
		}
		await loadPlugin(P, app);
		const changed: string[] = [];
		app.metadataCache.on("changed", (f: TFile) => changed.push(f.path));
		app.startLayout();
		await app.vault.create("b.md", "");
		await app.settle();
		expect(early).toEqual(["Interviews", "Interviews/Acme.md", "b.md"]);
		expect(late).toEqual(["b.md"]);
		expect(changed).toEqual(["b.md"]);
	});

	it("opens a link in a Markdown view, makes its file active and fires file-open", async () => {
		const app = createFakeApp({ files: { "Interviews/Acme.md": "# Acme\n", "People/Jane Doe.md": "Jane" } });
		const opened: (string | null)[] = [];
		app.workspace.on("file-open", (file: TFile | null) => opened.push(file?.path ?? null));
		await app.workspace.openLinkText("Jane Doe", "Interviews/Acme.md");
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file?.path).toBe("People/Jane Doe.md");
		expect(view?.editor.getValue()).toBe("Jane");
		expect(app.workspace.getActiveFile()?.path).toBe("People/Jane Doe.md");
		expect(opened).toEqual(["People/Jane Doe.md"]);
	});

	it("saves editor edits to the file 2 s after the last one, and shows edits made elsewhere", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		try {
			const app = createFakeApp({ files: { "a.md": "line 1\nline 2" } });
			const file = app.vault.getFileByPath("a.md") as TFile;
			await app.workspace.getLeaf().openFile(file);
			const view = app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView;
			const editor = view.editor;
			editor.setCursor({ line: 1, ch: 6 });
			editor.replaceSelection("!");
			expect(editor.getCursor()).toEqual({ line: 1, ch: 7 });
			expect(editor.getLine(1)).toBe("line 2!");
			expect(editor.offsetToPos(editor.posToOffset({ line: 1, ch: 3 }))).toEqual({ line: 1, ch: 3 });
			// Typed, not saved: the vault reads the file on disk.
			await app.settle();
			expect(await app.vault.read(file)).toBe("line 1\nline 2");
			await vi.advanceTimersByTimeAsync(1_500);
			editor.replaceSelection("!");
			await vi.advanceTimersByTimeAsync(1_500);
			expect(app.vault.readSync(file)).toBe("line 1\nline 2");
			await vi.advanceTimersByTimeAsync(500);
			await app.settle();
			expect(app.vault.readSync(file)).toBe("line 1\nline 2!!");

			await app.vault.process(file, (text) => `${text}\nline 3`);
			expect(editor.lineCount()).toBe(3);
		} finally {
			vi.useRealTimers();
		}
	});

	it("keeps unsaved typing over a change made to the file meanwhile, as an editor does", async () => {
		vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
		try {
			const app = createFakeApp({ files: { "a.md": "line 1\n" } });
			const file = app.vault.getFileByPath("a.md") as TFile;
			await app.workspace.getLeaf().openFile(file);
			const editor = (app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView).editor;
			editor.replaceRange("typed ", { line: 0, ch: 0 });
			await app.vault.process(file, (text) => `${text}written\n`);
			await vi.advanceTimersByTimeAsync(2_000);
			await app.settle();
			// Obsidian promises no merge: a plugin that writes a note open in an editor uses the editor.
			expect(app.vault.readSync(file)).toBe("typed line 1\n");
		} finally {
			vi.useRealTimers();
		}
	});

	it("empties the leaf of a deleted file", async () => {
		const app = createFakeApp({ files: { "a.md": "x" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const leaf = app.workspace.getLeaf(true);
		await leaf.openFile(file);
		await app.vault.delete(file);
		await app.settle();
		expect(leaf.view.getViewType()).toBe("empty");
	});
});

describe("Code block processors", () => {
	class Widget extends MarkdownRenderChild {
		static live = 0;
		override onload() {
			Widget.live++;
		}
		override onunload() {
			Widget.live--;
		}
	}

	it("render a block, give it its section, and unload its children when the block or plugin goes", async () => {
		Widget.live = 0;
		const note = "# Plan\n\n```follow-ups\nscope: Interviews\n```\n";
		const app = createFakeApp({ files: { "Plan.md": note } });
		class P extends Plugin {
			override onload() {
				this.registerMarkdownCodeBlockProcessor("follow-ups", (source, el, ctx) => {
					el.createEl("p", { text: source.toUpperCase() });
					ctx.addChild(new Widget(el));
					const info = ctx.getSectionInfo(el);
					el.dataset.lines = info ? `${info.lineStart}-${info.lineEnd}` : "none";
				});
			}
		}
		const plugin = await loadPlugin(P, app, { id: "ifu" });
		const first = await app.renderCodeBlock("follow-ups", "scope: Interviews", undefined, "Plan.md");
		expect(first.el.className).toBe("block-language-follow-ups");
		expect(first.el.textContent).toBe("SCOPE: INTERVIEWS");
		expect(first.el.dataset.lines).toBe("2-4");
		expect(Widget.live).toBe(1);
		first.unload();
		expect(Widget.live).toBe(0);

		await app.renderCodeBlock("follow-ups", "again");
		expect(Widget.live).toBe(1);
		plugin.unload();
		expect(Widget.live).toBe(0);
		await expect(app.renderCodeBlock("follow-ups", "x")).rejects.toThrow(/No code block processor/);
	});
});

describe("Suggestions", () => {
	it("filter a fuzzy suggest modal as the user types and hand over the chosen item", async () => {
		const app = createFakeApp();
		const chosen: string[] = [];
		class PickCompany extends FuzzySuggestModal<string> {
			getItems() {
				return ["Acme", "Globex", "Initech"];
			}
			getItemText(item: string) {
				return item;
			}
			onChooseItem(item: string) {
				chosen.push(item);
			}
		}
		const modal = new PickCompany(app);
		const shown = () => Array.from(document.querySelectorAll(".prompt-results .suggestion-item")).map((el) => el.textContent);
		modal.open();
		await app.settle();
		expect(shown()).toEqual(["Acme", "Globex", "Initech"]);
		modal.inputEl.value = "gx";
		modal.inputEl.dispatchEvent(new Event("input"));
		await app.settle();
		expect(shown()).toEqual(["Globex"]);
		modal.inputEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(chosen).toEqual(["Globex"]);
		expect(document.querySelector(".modal")).toBeNull();
	});

	it("offer input suggestions while typing and report the one picked", async () => {
		const app = createFakeApp();
		const input = document.body.createEl("input");
		const picked: string[] = [];
		class FolderSuggest extends AbstractInputSuggest<string> {
			protected getSuggestions(query: string) {
				return ["Interviews", "Interviews/Archive", "People"].filter((f) => f.toLowerCase().includes(query.toLowerCase()));
			}
			renderSuggestion(value: string, el: HTMLElement) {
				el.setText(value);
			}
		}
		new FolderSuggest(app, input).onSelect((value) => picked.push(value));
		input.value = "inter";
		input.dispatchEvent(new Event("input"));
		await app.settle();
		const items = Array.from(document.querySelectorAll(".suggestion-container .suggestion-item")) as HTMLElement[];
		expect(items.map((el) => el.textContent)).toEqual(["Interviews", "Interviews/Archive"]);
		items[1].click();
		expect(picked).toEqual(["Interviews/Archive"]);
	});
});

describe("App helpers", () => {
	it("display a plugin's settings tab, and clear it when the window closes", async () => {
		class Tab extends PluginSettingTab {
			override display() {
				this.containerEl.empty();
				new Setting(this.containerEl).setName("Grace period");
			}
		}
		class P extends Plugin {
			override onload() {
				this.addSettingTab(new Tab(this.app, this));
			}
		}
		const app = createFakeApp();
		await loadPlugin(P, app, { id: "ifu" });
		const tab = app.setting.openTabById("ifu");
		expect(document.querySelector(".vertical-tab-content .setting-item-name")?.textContent).toBe("Grace period");
		app.setting.close();
		expect(tab?.containerEl.childElementCount).toBe(0);
		expect(document.querySelector(".setting-item")).toBeNull();
	});

	it("render a tab from its definitions from Obsidian 1.13 on, without display(); before 1.13 call display()", async () => {
		const calls: string[] = [];
		class Tab extends PluginSettingTab {
			override getSettingDefinitions(): SettingDefinitionItem[] {
				calls.push("definitions");
				return [
					{
						type: "group",
						heading: "Timing",
						items: [
							{
								name: "Grace period",
								desc: "Hours before late",
								aliases: ["buffer"],
								render: (setting) => {
									// Obsidian hands over a setting; the typings do not say it is named yet.
									calls.push(`render with name "${setting.nameEl.textContent ?? ""}"`);
									setting.setName("Grace period").addText((t) => t.setValue("2"));
									return () => calls.push("cleanup");
								},
							},
						],
					},
				];
			}
			override display() {
				calls.push("display");
				new Setting(this.containerEl).setName("Old grace period");
			}
		}
		class P extends Plugin {
			override onload() {
				this.addSettingTab(new Tab(this.app, this));
			}
		}
		const app = createFakeApp();
		await loadPlugin(P, app, { id: "ifu" });
		expect(calls).toEqual(["definitions"]);
		expect(app.setting.searchIndex()).toEqual([{ tab: "ifu", heading: "Timing", name: "Grace period", desc: "Hours before late", aliases: ["buffer"] }]);
		const tab = app.setting.openTabById("ifu")!;
		expect(calls).toEqual(["definitions", "definitions", 'render with name ""']);
		expect(Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((e) => e.textContent)).toEqual(["Timing", "Grace period"]);
		expect(tab.containerEl.querySelector(".setting-item-heading")?.textContent).toBe("Timing");
		expect(tab.containerEl.querySelector("input")?.value).toBe("2");
		app.setting.close();
		expect(calls.at(-1)).toBe("cleanup");

		calls.length = 0;
		app.setting.appVersion = "1.12.7";
		expect(app.setting.searchIndex()).toEqual([]);
		app.setting.openTabById("ifu");
		expect(calls).toEqual(["display"]);
		expect(Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((e) => e.textContent)).toEqual(["Old grace period"]);
		app.setting.close();

		// An app created as an older Obsidian does the same; a tab without definitions is displayed on 1.13 too.
		const old = createFakeApp({ appVersion: "1.7.2" });
		await loadPlugin(P, old, { id: "ifu" });
		calls.length = 0;
		old.setting.openTabById("ifu");
		expect(calls).toEqual(["display"]);
	});

	it("refuse to render a definition it cannot render as Obsidian would", async () => {
		class Tab extends PluginSettingTab {
			override getSettingDefinitions(): SettingDefinitionItem[] {
				return [{ type: "group", heading: "Timing", items: [{ name: "Grace period", control: { type: "toggle", key: "grace" } }] }];
			}
		}
		class P extends Plugin {
			override onload() {
				this.addSettingTab(new Tab(this.app, this));
			}
		}
		const app = createFakeApp();
		await loadPlugin(P, app, { id: "ifu" });
		expect(() => app.setting.openTabById("ifu")).toThrow(/only `render` rows; "Grace period"/);
	});

	it("route obsidian:// URLs to the registered handler with decoded parameters", async () => {
		const received: ObsidianProtocolData[] = [];
		class P extends Plugin {
			override onload() {
				this.registerObsidianProtocolHandler("interview-follow-up", (params) => received.push(params));
			}
		}
		const app = createFakeApp();
		const plugin = await loadPlugin(P, app, { id: "ifu" });
		expect(app.openObsidianUrl("obsidian://interview-follow-up?file=Interviews%2FAcme.md&draft")).toBe(true);
		expect(received).toEqual([{ action: "interview-follow-up", file: "Interviews/Acme.md", draft: "true" }]);
		plugin.unload();
		expect(app.openObsidianUrl("obsidian://interview-follow-up?file=x")).toBe(false);
	});

	it("rewrite frontmatter atomically with processFrontMatter, keeping the body", async () => {
		const app = createFakeApp({ files: { "Acme.md": "---\nstatus: active\n---\nBody\n", "Broken.md": "---\na: \"x\n---\n" } });
		const file = app.vault.getFileByPath("Acme.md") as TFile;
		await app.fileManager.processFrontMatter(file, (fm) => {
			fm.status = "offer";
			fm.thank_you_sent = "2026-11-25T18:00";
		});
		expect(app.vault.readSync(file)).toBe("---\nstatus: offer\nthank_you_sent: 2026-11-25T18:00\n---\nBody\n");
		await expect(app.fileManager.processFrontMatter(app.vault.getFileByPath("Broken.md") as TFile, () => {})).rejects.toThrow();
	});

	it("render Markdown with registered code block processors and post processors", async () => {
		const app = createFakeApp();
		class P extends Plugin {
			override onload() {
				this.registerMarkdownCodeBlockProcessor("follow-ups", (source, el) => {
					el.createSpan({ text: `block: ${source}` });
				});
				this.registerMarkdownPostProcessor((el) => {
					el.querySelectorAll("p").forEach((p) => p.addClass("processed"));
				});
			}
		}
		await loadPlugin(P, app, { id: "ifu" });
		const el = document.body.createDiv();
		const owner = new Component();
		owner.load();
		await MarkdownRenderer.render(app, "# Acme\n\nWrite to [[Jane Doe|Jane]].\n\n```follow-ups\ndue\n```\n", el, "Acme.md", owner);
		expect(el.querySelector("h1")?.textContent).toBe("Acme");
		expect(el.querySelector("p.processed a.internal-link")?.getAttribute("data-href")).toBe("Jane Doe");
		expect(el.querySelector(".block-language-follow-ups")?.textContent).toBe("block: due");
	});
});

describe("Editor", () => {
	it("applies a transaction's changes against the original text, as one undo step", () => {
		const editor = new Fake.Editor("Dear Lena,\n\nThanks.\n");
		editor.transaction({
			changes: [
				{ from: { line: 0, ch: 5 }, to: { line: 0, ch: 9 }, text: "Dana" },
				{ from: { line: 2, ch: 0 }, text: "Many " },
			],
			selection: { from: { line: 2, ch: 0 } },
		});
		expect(editor.getValue()).toBe("Dear Dana,\n\nMany Thanks.\n");
		expect(editor.getCursor()).toEqual({ line: 2, ch: 0 });
		editor.undo();
		expect(editor.getValue()).toBe("Dear Lena,\n\nThanks.\n");
		editor.redo();
		expect(editor.getRange({ line: 0, ch: 0 }, { line: 0, ch: 9 })).toBe("Dear Dana");
	});

	it("keeps the caret before text inserted at it, and selects with getSelection", () => {
		const editor = new Fake.Editor("abc");
		editor.setCursor({ line: 0, ch: 1 });
		editor.replaceRange("X", { line: 0, ch: 1 });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 1 });
		editor.setSelection({ line: 0, ch: 1 }, { line: 0, ch: 3 });
		expect(editor.getSelection()).toBe("Xb");
		expect(editor.somethingSelected()).toBe(true);
		expect(editor.wordAt({ line: 0, ch: 2 })).toEqual({ from: { line: 0, ch: 0 }, to: { line: 0, ch: 4 } });
	});
});
