// The plugin's lifecycle and wiring: settings, the index, the pane, commands, status bar and
// reminders. Behaviour lives in src/obsidian and src/ui; this file only connects them.
import { Notice, Platform, Plugin, debounce, type TFile, type WorkspaceLeaf } from "obsidian";
import { resolveSettings, type Settings } from "./core/settings";
import { INDEX_CHANGED, InterviewIndex } from "./obsidian/index";
import { withNormalizedPaths } from "./obsidian/settings-paths";
import { registerCommands } from "./ui/commands";
import type { FollowUpContext, RowAction } from "./ui/context";
import { draftRowActions } from "./ui/drafts-actions";
import { registerDraftCommands } from "./ui/drafts-commands";
import { DUE_VIEW_TYPE, DueView } from "./ui/due-view";
import { NewInterviewModal } from "./ui/new-interview-modal";
import { ReminderTracker, whileAway } from "./ui/reminders";
import { showReminders } from "./ui/system-notifications";
import { FollowUpSettingTab, type SettingsHost } from "./ui/settings-tab";
import { StatusBar } from "./ui/status-bar";
import { registerCalendarExport } from "./obsidian/calendar-export";
import { registerFollowUpBlock } from "./ui/code-block";
import { registerPipelineView } from "./ui/pipeline-view";
import { registerInviteCapture } from "./ui/invite-capture";

const TICK_MS = 15_000;
const MINUTE = 60_000;
/** How often this device's "last run" instant is noted while Obsidian runs, for the next start's summary. */
const LAST_RUN_EVERY_MS = 30 * MINUTE;

export default class InterviewFollowUpPlugin extends Plugin implements FollowUpContext, SettingsHost {
	override settings!: Settings;
	index!: InterviewIndex;
	/** Buttons other features add to pane rows (drafts). */
	readonly rowActions: RowAction[] = [];
	/** The clock; a subclass or the sandbox may pin it. */
	now: () => Date = () => new Date();

	private lastRun: Date | null = null;
	private lastRunSaved = 0;
	private statusBar: StatusBar | null = null;
	private settingTab: FollowUpSettingTab | null = null;
	private reminders = new ReminderTracker();
	private started = false;
	private evaluatedRevision = -1;
	private evaluatedMinute = -1;
	private readonly rescanSoon = debounce(() => void this.index.rescan(), 300, true);

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.lastRun = this.loadLastRun();
		this.index = this.addChild(new InterviewIndex(this.app, { settings: () => this.settings }));

		this.registerView(DUE_VIEW_TYPE, (leaf) => new DueView(leaf, this));
		this.addRibbonIcon("calendar-clock", "Open due follow-ups", () => void this.openDuePane());
		registerCommands(this, this);
		registerDraftCommands(this, this);
		this.rowActions.push(...draftRowActions(this));
		this.settingTab = new FollowUpSettingTab(this.app, this);
		this.addSettingTab(this.settingTab);
		if (!Platform.isMobile) this.statusBar = new StatusBar(this.addStatusBarItem(), () => void this.openDuePane());

		this.registerEvent(this.app.workspace.on(INDEX_CHANGED, () => this.evaluate()));
		this.registerInterval(window.setInterval(() => this.evaluate(), TICK_MS));

		// Dashboards and the calendar file.
		registerFollowUpBlock(this, this);
		registerPipelineView(this, this);
		registerCalendarExport(this, this);
		registerInviteCapture(this, this);
	}

	override onunload(): void {
		this.rescanSoon.cancel();
		// Leaves are left in place: Obsidian restores them when the plugin loads again.
		if (this.started) this.saveLastRun(this.now());
	}

	// ---------------------------------------------------------------- settings and this device's state

	/** Reads data.json. It holds settings only, so that it changes when the user changes a setting, on one device. */
	async loadSettings(): Promise<void> {
		const data: unknown = await this.loadData();
		const { settings, warnings } = resolveSettings(data);
		this.settings = withNormalizedPaths(settings);
		if (warnings.length > 0) new Notice(`Interview Follow-up settings:\n${warnings.join("\n")}`);
		// Version 0.1.0 kept the last run in data.json too: taken over once, then dropped at the next save.
		if (this.lastRun === null && data && typeof data === "object" && "lastRun" in data) {
			this.lastRun = parseInstant(data.lastRun);
		}
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
		// Recognition and the rules both shape the parsed interviews: parse again, once typing stops.
		this.rescanSoon();
	}

	/**
	 * data.json changed on disk: settings saved on another device arrived through sync. They apply at
	 * once (the index parses again, views render again, an open settings tab shows them); nothing is
	 * written back.
	 */
	override async onExternalSettingsChange(): Promise<void> {
		const before = JSON.stringify(this.settings);
		await this.loadSettings();
		if (JSON.stringify(this.settings) === before) return;
		if (this.settingTab?.containerEl.isShown()) this.settingTab.refresh();
		this.rescanSoon.cancel();
		await this.index.rescan();
	}

	/** The key of this device's last run in Obsidian's local storage (per vault, never synced). */
	private get lastRunKey(): string {
		return `${this.manifest.id}-last-run`;
	}

	private loadLastRun(): Date | null {
		return parseInstant(this.app.loadLocalStorage(this.lastRunKey)) ?? this.lastRun;
	}

	private saveLastRun(at: Date): void {
		this.lastRun = at;
		this.lastRunSaved = at.getTime();
		this.app.saveLocalStorage(this.lastRunKey, at.toISOString());
	}

	// ---------------------------------------------------------------- UI entry points

	async openDuePane(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(DUE_VIEW_TYPE)[0] ?? null;
		if (!leaf) {
			// No right sidebar to put it in (Obsidian may give none): a tab of its own then.
			leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf("tab");
			await leaf.setViewState({ type: DUE_VIEW_TYPE, active: true });
		}
		await workspace.revealLeaf(leaf);
	}

	newInterviewNote(): void {
		new NewInterviewModal(this.app, this.settings, () => this.now(), async (file: TFile) => {
			await this.app.workspace.getLeaf(false).openFile(file);
		}).open();
	}

	// ---------------------------------------------------------------- the clock

	/** Updates the status bar and tells reminders, when the index or the minute moved on. */
	private evaluate(): void {
		if (!this.index.ready) return;
		const now = this.now();
		const minute = Math.floor(now.getTime() / MINUTE);
		if (minute === this.evaluatedMinute && this.index.revision === this.evaluatedRevision) return;
		this.evaluatedMinute = minute;
		this.evaluatedRevision = this.index.revision;
		const { actions } = this.index.agenda(now);
		this.statusBar?.update(actions);

		if (!this.started) {
			// On a first start Obsidian is still reading the vault: the summary waits for every note.
			if (!this.index.complete) return;
			this.started = true;
			this.reminders.check(actions, now);
			if (this.settings.notifyWhileAway && this.lastRun) {
				const away = whileAway(actions, this.lastRun, now);
				if (away.length > 0) showReminders(this, away, now, "While you were away:");
			}
			this.saveLastRun(now);
			return;
		}
		const due = this.reminders.check(actions, now);
		if (due.length > 0 && this.settings.notifyWhileRunning) showReminders(this, due, now);
		if (now.getTime() - this.lastRunSaved >= LAST_RUN_EVERY_MS || due.length > 0) this.saveLastRun(now);
	}
}

function parseInstant(value: unknown): Date | null {
	if (typeof value !== "string") return null;
	const at = new Date(value);
	return Number.isNaN(at.getTime()) ? null : at;
}
