// The plugin's lifecycle and wiring: settings, the index, the pane, commands, status bar and
// reminders. Behaviour lives in src/obsidian and src/ui; this file only connects them.
import { Notice, Platform, Plugin, debounce, type TFile, type WorkspaceLeaf } from "obsidian";
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from "./core/settings";
import { INDEX_CHANGED, InterviewIndex } from "./obsidian/index";
import { registerCommands } from "./ui/commands";
import type { FollowUpContext, RowAction } from "./ui/context";
import { draftRowActions } from "./ui/drafts-actions";
import { registerDraftCommands } from "./ui/drafts-commands";
import { DUE_VIEW_TYPE, DueView } from "./ui/due-view";
import { NewInterviewModal } from "./ui/new-interview-modal";
import { ReminderTracker, reminderNotice, whileAway } from "./ui/reminders";
import { FollowUpSettingTab, type SettingsHost } from "./ui/settings-tab";
import { StatusBar } from "./ui/status-bar";
import { registerCalendarExport } from "./obsidian/calendar-export";
import { registerFollowUpBlock } from "./ui/code-block";
import { registerPipelineView } from "./ui/pipeline-view";
import { registerInviteCapture } from "./ui/invite-capture";

const TICK_MS = 15_000;
const MINUTE = 60_000;
/** How often the "last run" instant is saved while Obsidian runs, for the next start's summary. */
const LAST_RUN_EVERY_MS = 30 * MINUTE;

/** data.json: the settings, plus the instant Obsidian last ran with the plugin. */
interface StoredData extends Partial<Settings> {
	lastRun?: string;
}

export default class InterviewFollowUpPlugin extends Plugin implements FollowUpContext, SettingsHost {
	settings!: Settings;
	index!: InterviewIndex;
	/** Buttons other features add to pane rows (drafts). */
	readonly rowActions: RowAction[] = [];
	/** The clock; a subclass or the sandbox may pin it. */
	now: () => Date = () => new Date();

	private lastRun: Date | null = null;
	private lastRunSaved = 0;
	private statusBar: StatusBar | null = null;
	private reminders = new ReminderTracker();
	private started = false;
	private evaluatedRevision = -1;
	private evaluatedMinute = -1;
	private readonly rescanSoon = debounce(() => void this.index.rescan(), 300, true);

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.index = this.addChild(new InterviewIndex(this.app, { settings: () => this.settings }));

		this.registerView(DUE_VIEW_TYPE, (leaf) => new DueView(leaf, this));
		this.addRibbonIcon("calendar-clock", "Open due follow-ups", () => void this.openDuePane());
		registerCommands(this, this);
		registerDraftCommands(this, this);
		this.rowActions.push(...draftRowActions(this));
		this.addSettingTab(new FollowUpSettingTab(this.app, this));
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
		if (this.started) void this.saveLastRun(this.now());
	}

	// ---------------------------------------------------------------- settings and stored state

	async loadSettings(): Promise<void> {
		const data = ((await this.loadData()) ?? {}) as StoredData;
		const { lastRun, ...stored } = data;
		const { settings, warnings } = resolveSettings(Object.assign({}, DEFAULT_SETTINGS, stored));
		this.settings = settings;
		const last = typeof lastRun === "string" ? new Date(lastRun) : null;
		this.lastRun = last && !Number.isNaN(last.getTime()) ? last : null;
		if (warnings.length > 0) new Notice(`Interview Follow-up settings:\n${warnings.join("\n")}`);
	}

	private stored(): StoredData {
		const data: StoredData = { ...this.settings };
		if (this.lastRun) data.lastRun = this.lastRun.toISOString();
		return data;
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.stored());
		// Recognition and the rules both shape the parsed interviews: parse again, once typing stops.
		this.rescanSoon();
	}

	private async saveLastRun(at: Date): Promise<void> {
		this.lastRun = at;
		this.lastRunSaved = at.getTime();
		await this.saveData(this.stored());
	}

	// ---------------------------------------------------------------- UI entry points

	async openDuePane(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(DUE_VIEW_TYPE)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
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
			this.started = true;
			this.reminders.check(actions, now);
			if (this.settings.notifyWhileAway && this.lastRun) {
				const away = whileAway(actions, this.lastRun, now);
				if (away.length > 0) new Notice(reminderNotice(away, now, "While you were away:"), 0);
			}
			void this.saveLastRun(now);
			return;
		}
		const due = this.reminders.check(actions, now);
		if (due.length > 0 && this.settings.notifyWhileRunning) {
			new Notice(reminderNotice(due, now), 0);
			void this.saveLastRun(now);
		} else if (now.getTime() - this.lastRunSaved >= LAST_RUN_EVERY_MS) {
			void this.saveLastRun(now);
		}
	}
}
