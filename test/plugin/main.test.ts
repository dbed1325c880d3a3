// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { createFakeApp, loadPlugin, notices, Platform, resetFakeGlobals } from "../fakes/obsidian";
import InterviewFollowUpPlugin from "../../src/main";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";
import { DUE_VIEW, loadExample, openPane, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "./harness";

const ACME = `---
type: interview
company: Acme Robotics
role: Platform engineer
interview_start: 2026-11-25T13:00
interview_end: 2026-11-25T14:30
primary_contact: Lena Okafor
primary_contact_email: lena@acme.example
interviewers:
  - name: Dana Whitfield
    email: dana@acme.example
---
# Acme
`;

let h: Loaded | null = null;

usePluginTestLifecycle();

const LAST_RUN = `${PLUGIN_ID}-last-run`;
const statusItem = (loaded: Loaded) => loaded.app.statusBarEl.querySelector<HTMLElement>(".ifu-status");
const messages = () => notices.map((n) => n.message);

describe("loading", () => {
	it("indexes the example vault once the layout is ready, and reads its settings from data.json", async () => {
		h = await loadExample();
		expect(h.plugin.index.ready).toBe(true);
		expect(h.plugin.index.interviews().length).toBeGreaterThan(5);
		expect(h.plugin.settings.myName).toBe("Jordan Rivera");
		expect(h.plugin.settings.enableLinkedin).toBe(true);
	});

	it("ignores bad values in data.json, keeps the defaults and says so", async () => {
		h = await loadExample({ files: { "A.md": ACME }, data: { thankYouIdealHours: -3, dateOnlyEndTime: "5pm", myName: "Sam" } });
		expect(h.plugin.settings.thankYouIdealHours).toBe(DEFAULT_SETTINGS.thankYouIdealHours);
		expect(h.plugin.settings.dateOnlyEndTime).toBe("17:00");
		expect(h.plugin.settings.myName).toBe("Sam");
		expect(messages()[0]).toMatch(/thankYouIdealHours/);
	});

	it("keeps this device's last run in Obsidian's local storage, not in data.json", async () => {
		h = await loadExample({ files: { "A.md": ACME }, data: { myName: "Sam" } });
		expect(h.app.getPluginData(PLUGIN_ID)).toEqual({ myName: "Sam" });
		expect(h.app.loadLocalStorage(LAST_RUN)).toBe(local("2026-11-25T18:00").toISOString());
		await h.advance(31 * 60_000);
		expect(h.app.loadLocalStorage(LAST_RUN)).toBe(local("2026-11-25T18:31").toISOString());
		h.setNow(local("2026-11-25T18:40"));
		h.plugin.unload();
		expect(h.app.loadLocalStorage(LAST_RUN)).toBe(local("2026-11-25T18:40").toISOString());
	});

	it("adds a ribbon icon that opens the pane in the right sidebar", async () => {
		h = await loadExample();
		const ribbon = h.app.ribbonEl.querySelector<HTMLElement>('[aria-label="Open due follow-ups"]');
		ribbon?.click();
		await h.settle();
		const leaves = h.app.workspace.getLeavesOfType(DUE_VIEW);
		expect(leaves).toHaveLength(1);
		expect(leaves[0].getRoot()).toBe(h.app.workspace.rightSplit);
		// Opening again reveals the same leaf rather than a second one.
		ribbon?.click();
		await h.settle();
		expect(h.app.workspace.getLeavesOfType(DUE_VIEW)).toHaveLength(1);
	});

	it("opens the pane in a tab of its own when there is no right sidebar to put it in", async () => {
		h = await loadExample();
		// getRightLeaf may give no leaf (Obsidian types it so): the pane must open all the same.
		vi.spyOn(h.app.workspace, "getRightLeaf").mockReturnValue(null);
		h.app.commands.executeCommandById(`${PLUGIN_ID}:open-due-follow-ups`);
		await h.settle();
		const leaves = h.app.workspace.getLeavesOfType(DUE_VIEW);
		expect(leaves).toHaveLength(1);
		expect(leaves[0].getRoot()).toBe(h.app.workspace.rootSplit);
		expect((leaves[0].view as unknown as { contentEl: HTMLElement }).contentEl.querySelectorAll(".ifu-row").length).toBeGreaterThan(0);
	});

	it("on a first start, follows the metadata cache as it fills: the same interviews and follow-ups as after a restart", async () => {
		const summary = (loaded: Loaded) =>
			loaded.plugin.index
				.agenda(local("2026-11-25T18:00"))
				.actions.map((a) => `${a.file} ${a.kind} ${a.state} ${a.recipients.map((r) => `${r.name} <${r.email ?? ""}>`).join(", ")}`)
				.sort();
		const warm = await loadExample();
		const expected = summary(warm);
		warm.plugin.unload();
		h = await loadExample({ coldCache: true });
		// Notes are parsed a few at a time after the layout is ready; 'resolved' comes last.
		await h.app.metadataCache.whenResolved();
		await h.settle();
		expect(h.plugin.index.ready).toBe(true);
		expect(summary(h)).toEqual(expected);
		expect(h.plugin.index.problems().map((p) => `${p.file} ${p.message}`).sort()).toEqual(
			warm.plugin.index.problems().map((p) => `${p.file} ${p.message}`).sort(),
		);
	});
});

describe("the status bar", () => {
	it("counts the follow-ups due now, late or overdue, and opens the pane", async () => {
		h = await loadExample();
		const item = statusItem(h)!;
		const pane = await openPane(h);
		const toDo = Array.from(pane.querySelectorAll(".ifu-section-overdue .ifu-row, .ifu-section-late .ifu-row, .ifu-section-due .ifu-row")).length;
		expect(item.textContent).toBe(`${toDo} follow-ups due (2 overdue)`);
		expect(item.getAttribute("aria-label")).toBe(`${toDo} follow-ups due (2 overdue): open due follow-ups`);
		h.app.workspace.detachLeavesOfType(DUE_VIEW);
		item.click();
		await h.settle();
		expect(h.app.workspace.getLeavesOfType(DUE_VIEW)).toHaveLength(1);
	});

	it("updates when a follow-up is recorded, and hides when nothing is due", async () => {
		h = await loadExample({ files: { "A.md": ACME } });
		expect(statusItem(h)?.textContent).toBe("2 follow-ups due");
		await h.app.vault.process(h.app.vault.getFileByPath("A.md")!, (t) => t.replace("---\n#", "thank_you_sent: 2026-11-25T17:00\nreply_received: 2026-11-25T17:30\n---\n#"));
		await h.settle();
		expect(statusItem(h)?.style.display).toBe("none");
	});

	it("is left out on mobile", async () => {
		Platform.isMobile = true;
		h = await loadExample({ files: { "A.md": ACME } });
		expect(statusItem(h)).toBeNull();
	});
});

describe("reminders while Obsidian runs", () => {
	it("tell once when a follow-up opens, turns late and passes its deadline", async () => {
		h = await loadExample({ files: { "A.md": ACME }, now: local("2026-11-25T14:00") });
		expect(messages()).toEqual([]);
		await h.advance(30 * 60_000);
		expect(messages()).toEqual([
			"Follow-ups:\nAcme Robotics: time to send a thank-you. Ideal window closes in 8 h.\nAcme Robotics: time to ask about next steps. Deadline in 1 day.",
		]);
		await h.advance(5 * 60_000);
		expect(messages()).toHaveLength(1);
		await h.advance(8 * 60 * 60_000);
		expect(messages()[1]).toBe("Acme Robotics: the ideal time for the thank-you has passed. Deadline in 15 h 55 min.");
		await h.advance(16 * 60 * 60_000);
		expect(messages()).toHaveLength(3);
		expect(messages()[2]).toMatch(/deadline for the thank-you has passed/);
		expect(notices[2].duration).toBe(0);
	});

	it("can be turned off", async () => {
		h = await loadExample({ files: { "A.md": ACME }, now: local("2026-11-25T14:00"), data: { notifyWhileRunning: false } });
		await h.advance(30 * 60_000);
		expect(messages()).toEqual([]);
	});

	it("sum up at start-up what happened while Obsidian was closed", async () => {
		h = await loadExample({ files: { "A.md": ACME }, now: local("2026-11-26T16:00"), data: {}, localStorage: { [LAST_RUN]: local("2026-11-25T12:00").toISOString() } });
		expect(messages()).toEqual([
			"While you were away:\nAcme Robotics: the deadline for the thank-you has passed.\nAcme Robotics: the deadline for the next-steps question has passed.",
		]);
		expect(h.app.loadLocalStorage(LAST_RUN)).toBe(local("2026-11-26T16:00").toISOString());
		expect(h.app.getPluginData(PLUGIN_ID)).toEqual({});
	});

	it("take over the last run an older version kept in data.json, without writing data.json", async () => {
		const legacy = { myName: "Sam", lastRun: local("2026-11-25T12:00").toISOString() };
		h = await loadExample({ files: { "A.md": ACME }, now: local("2026-11-26T16:00"), data: legacy });
		expect(messages()[0]).toMatch(/^While you were away:/);
		expect(h.app.getPluginData(PLUGIN_ID)).toEqual(legacy);
		expect(h.app.loadLocalStorage(LAST_RUN)).toBe(local("2026-11-26T16:00").toISOString());
	});

	it("sum up what happened while Obsidian was closed on a first start too, once the notes are read", async () => {
		// A vault of some size: the interview note is among the last ones Obsidian gets to.
		const files: Record<string, string> = {};
		for (let i = 0; i < 40; i++) files[`Journal/Day ${i}.md`] = `# Day ${i}\n`;
		files["A.md"] = ACME;
		h = await loadExample({ files, now: local("2026-11-26T16:00"), data: { lastRun: local("2026-11-25T12:00").toISOString() }, coldCache: true });
		await h.app.metadataCache.whenResolved();
		await h.settle();
		expect(messages()).toEqual([
			"While you were away:\nAcme Robotics: the deadline for the thank-you has passed.\nAcme Robotics: the deadline for the next-steps question has passed.",
		]);
		// Nothing more comes of it as the clock runs on: these were told once.
		await h.advance(60_000);
		expect(messages()).toHaveLength(1);
	});

	it("say nothing at start-up on the first run, or when turned off", async () => {
		h = await loadExample({ files: { "A.md": ACME }, now: local("2026-11-26T16:00") });
		expect(messages()).toEqual([]);
		h.plugin.unload();
		resetFakeGlobals();
		h = await loadExample({
			files: { "A.md": ACME },
			now: local("2026-11-26T16:00"),
			data: { notifyWhileAway: false },
			localStorage: { [LAST_RUN]: local("2026-11-25T12:00").toISOString() },
		});
		expect(messages()).toEqual([]);
	});
});

describe("unloading", () => {
	const listeners = (e: object) => Object.values((e as { _: Record<string, unknown[]> })._).reduce((n, l) => n + l.length, 0);

	it("leaves no listener, interval or command behind, and no leaf detached", async () => {
		const app = createFakeApp({ files: { "A.md": ACME } });
		app.mount();
		const before = {
			vault: listeners(app.vault),
			cache: listeners(app.metadataCache),
			workspace: listeners(app.workspace),
			timers: vi.getTimerCount(),
		};
		const plugin = await loadPlugin(InterviewFollowUpPlugin, app, { id: PLUGIN_ID, name: "Interview Follow-up" });
		app.startLayout();
		await app.settle();
		app.commands.executeCommandById(`${PLUGIN_ID}:open-due-follow-ups`);
		await app.settle();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(listeners(app.metadataCache)).toBeGreaterThan(before.cache);
		expect(vi.getTimerCount()).toBeGreaterThan(before.timers);
		const detach = vi.spyOn(app.workspace, "detachLeavesOfType");

		plugin.unload();
		await app.settle();
		expect(listeners(app.vault)).toBe(before.vault);
		expect(listeners(app.metadataCache)).toBe(before.cache);
		expect(listeners(app.workspace)).toBe(before.workspace);
		expect(vi.getTimerCount()).toBe(before.timers);
		expect(Object.keys(app.commands.commands).filter((id) => id.startsWith(PLUGIN_ID))).toEqual([]);
		expect(app.statusBarEl.querySelector(".ifu-status")).toBeNull();
		expect(detach).not.toHaveBeenCalled();
	});
});

describe("data.json, a file sync carries to every device", () => {
	const dataFile = `.obsidian/plugins/${PLUGIN_ID}/data.json`;
	const stamp = async (loaded: Loaded) => ({ text: loaded.app.vault.adapter.readSync(dataFile), mtime: (await loaded.app.vault.adapter.stat(dataFile))?.mtime });
	const settingField = (loaded: Loaded, name: string) => {
		const tab = loaded.app.setting.activeTab!;
		const item = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		return item!.querySelector<HTMLInputElement>("input, textarea")!;
	};

	it("is never written while Obsidian runs, reminders fire and days pass, until the user changes a setting", async () => {
		h = await loadExample({ now: local("2026-11-25T09:00") });
		await openPane(h);
		const writes = vi.spyOn(h.app.vault.adapter, "write");
		const before = await stamp(h);
		expect(before.text).not.toBeNull();
		// Three days in steps of an hour: follow-ups open, turn late, pass deadlines; notices are shown.
		for (let hour = 0; hour < 72; hour++) await h.advance(60 * 60_000);
		expect(messages().length).toBeGreaterThan(0);
		h.plugin.unload();
		await h.settle();
		expect(writes.mock.calls.filter(([path]) => path === dataFile)).toEqual([]);
		expect(await stamp(h)).toEqual(before);

		// The user types a new name: that is a change to save.
		h = await loadExample({ now: local("2026-11-28T09:00") });
		h.app.setting.openTabById(PLUGIN_ID);
		const input = settingField(h, "Your name");
		input.value = "Jordan R. Rivera";
		input.dispatchEvent(new Event("input"));
		await h.settle();
		expect((h.app.getPluginData(PLUGIN_ID) as Record<string, unknown>).myName).toBe("Jordan R. Rivera");
	});

	it("applies settings synced from another device at once, and writes nothing back", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		h.app.setting.openTabById(PLUGIN_ID);
		const linkedinRows = () => pane.querySelectorAll('.ifu-row[data-kind="linkedin"]').length;
		expect(linkedinRows()).toBeGreaterThan(0);
		const writes = vi.spyOn(h.app.vault.adapter, "write");

		// Another device turned LinkedIn reminders off and changed the name; sync writes data.json.
		const synced = { ...(h.app.getPluginData(PLUGIN_ID) as Record<string, unknown>), enableLinkedin: false, myName: "Jo Rivera" };
		h.app.setPluginData(PLUGIN_ID, synced);
		await h.settle();
		expect(h.plugin.settings.enableLinkedin).toBe(false);
		expect(linkedinRows()).toBe(0);
		// The open settings tab shows the synced values, not the ones it was opened with.
		expect(settingField(h, "Your name").value).toBe("Jo Rivera");
		expect(writes.mock.calls.filter(([path]) => path === dataFile)).toEqual([]);
		expect(h.app.getPluginData(PLUGIN_ID)).toEqual(synced);
	});

	it("takes a synced value that is not valid as the default, says so once, and leaves the file as synced", async () => {
		h = await loadExample({ files: { "A.md": ACME } });
		h.app.setPluginData(PLUGIN_ID, { thankYouIdealHours: "soon" });
		await h.settle();
		expect(h.plugin.settings.thankYouIdealHours).toBe(DEFAULT_SETTINGS.thankYouIdealHours);
		expect(messages().filter((m) => m.includes("thankYouIdealHours"))).toHaveLength(1);
		expect(h.app.getPluginData(PLUGIN_ID)).toEqual({ thankYouIdealHours: "soon" });
	});
});
