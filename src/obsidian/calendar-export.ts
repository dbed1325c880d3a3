// Writes the calendar export (core buildCalendar) into the vault, on command or whenever the
// interviews change; an automatic refresh leaves the file alone unless an event changed.
import { Component, Notice, TFile, TFolder, debounce, normalizePath, type App, type Debouncer, type Plugin } from "obsidian";
import { buildCalendar } from "../core/ics";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { INDEX_CHANGED, type InterviewIndex } from "./index";

/** What the exporter needs from the plugin. */
export interface CalendarHost {
	readonly app: App;
	readonly index: InterviewIndex;
	readonly settings: Settings;
	now(): Date;
}

export interface ExportResult {
	/** Vault path of the calendar file. */
	path: string;
	/** Events in the file: one per pending follow-up. */
	events: number;
	/** False when an automatic refresh found the events unchanged and left the file as it was. */
	written: boolean;
}

/** Quiet time after the index settles before the file is rewritten: a burst of edits gives one write. */
const REFRESH_DELAY_MS = 2_000;
/**
 * A snooze that runs out changes an event's notes without any note changing, so the file is checked
 * this often as well. The check writes nothing when nothing changed.
 */
const RECHECK_EVERY_MS = 10 * 60_000;

const DEFAULT_NAME = DEFAULT_SETTINGS.icsPath;

/**
 * The calendar file's vault path from the setting: normalised, `.ics` added when missing (so that a
 * path like `Notes/follow-ups.md` never overwrites a note), and the default name inside a folder.
 */
export function calendarPath(setting: string, isFolder: (path: string) => boolean = () => false): string {
	const raw = setting.trim();
	if (raw === "") return DEFAULT_NAME;
	let path = normalizePath(raw);
	if (path === "/" || isFolder(path) || /[\\/]$/.test(raw)) path = path === "/" ? DEFAULT_NAME : `${path}/${DEFAULT_NAME}`;
	if (!/\.ics$/i.test(path)) path = `${path}.ics`;
	return path;
}

/**
 * The file without the lines that change at every export (DTSTAMP, LAST-MODIFIED, SEQUENCE): two
 * exports with the same events give the same text here. These properties are short and never folded.
 */
export function withoutStamps(ics: string): string {
	return ics
		.split(/\r?\n/)
		.filter((line) => !/^(?:DTSTAMP|LAST-MODIFIED|SEQUENCE)[:;]/i.test(line))
		.join("\n");
}

function countEvents(ics: string): number {
	return (ics.match(/^BEGIN:VEVENT\r?$/gm) ?? []).length;
}

export class CalendarExporter extends Component {
	private readonly refreshSoon: Debouncer<[], void>;
	/** Writes are queued so that a command and a refresh never write the file at the same time. */
	private queue: Promise<unknown> = Promise.resolve();
	private alive = false;
	/** The last refresh failure told, so that a bad path is not reported at every change. */
	private lastFailure: string | null = null;

	constructor(
		private readonly host: CalendarHost,
		options: { refreshDelayMs?: number } = {},
	) {
		super();
		this.refreshSoon = debounce(() => void this.refresh(), options.refreshDelayMs ?? REFRESH_DELAY_MS, true);
	}

	override onload(): void {
		this.alive = true;
		// The calendar file is not markdown, so writing it never changes the index: no loop.
		this.registerEvent(this.host.app.workspace.on(INDEX_CHANGED, () => this.onIndexChanged()));
		this.registerInterval(window.setInterval(() => this.onIndexChanged(), RECHECK_EVERY_MS));
	}

	override onunload(): void {
		this.alive = false;
		this.refreshSoon.cancel();
	}

	private onIndexChanged(): void {
		if (this.host.settings.icsAutoRefresh && this.host.index.ready) this.refreshSoon();
	}

	/** The calendar for the pending follow-ups at `now`. */
	calendarText(now: Date = this.host.now()): string {
		const { app, index } = this.host;
		const actions = index.agenda(now).actions;
		return buildCalendar(actions, { now, vaultName: app.vault.getName() });
	}

	/** Where the file goes, from the settings. */
	path(): string {
		const { vault } = this.host.app;
		return calendarPath(this.host.settings.icsPath, (p) => vault.getAbstractFileByPath(p) instanceof TFolder);
	}

	/** Writes the file now, with fresh stamps. Throws when it cannot be written. */
	exportNow(): Promise<ExportResult> {
		return this.enqueue(() => this.write(true));
	}

	/** Writes the file only when its events differ from what it holds. */
	refresh(): Promise<ExportResult | null> {
		return this.enqueue(async () => {
			if (!this.alive || !this.host.index.ready) return null;
			try {
				const result = await this.write(false);
				this.lastFailure = null;
				return result;
			} catch (error) {
				const message = reason(error);
				if (message !== this.lastFailure) new Notice(`Could not refresh the calendar file: ${message}`);
				this.lastFailure = message;
				return null;
			}
		});
	}

	/** The "export" command: writes and says where, or why not. */
	async exportWithNotice(): Promise<void> {
		if (!this.host.index.ready) {
			new Notice("Interview notes are still being read; try again in a moment.");
			return;
		}
		try {
			const { path, events } = await this.exportNow();
			const what = events === 0 ? "No follow-ups pending: the calendar file is empty" : `${events} ${events === 1 ? "follow-up" : "follow-ups"} exported`;
			new Notice(`${what}. Written to ${path}; import it into your calendar app or subscribe to it.`);
		} catch (error) {
			new Notice(`Could not write the calendar file: ${reason(error)}`);
		}
	}

	private enqueue<T>(job: () => Promise<T>): Promise<T> {
		const run = this.queue.then(job, job);
		this.queue = run.catch(() => undefined);
		return run;
	}

	private async write(force: boolean): Promise<ExportResult> {
		const { vault } = this.host.app;
		const path = this.path();
		const text = this.calendarText();
		const events = countEvents(text);
		const existing = vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) {
			// Vault.process writes whatever its callback returns, so an unchanged file is left out of it.
			const old = await vault.read(existing);
			if (old === text || (!force && withoutStamps(old) === withoutStamps(text))) return { path, events, written: false };
			await vault.process(existing, () => text);
			return { path, events, written: true };
		}
		if (existing) throw new Error(`${path} is a folder.`);
		await this.ensureFolder(path);
		await vault.create(path, text);
		return { path, events, written: true };
	}

	/** Creates the file's missing parent folders, outermost first. */
	private async ensureFolder(path: string): Promise<void> {
		const { vault } = this.host.app;
		const parts = path.split("/").slice(0, -1);
		for (let i = 1; i <= parts.length; i++) {
			const folder = parts.slice(0, i).join("/");
			const found = vault.getAbstractFileByPath(folder);
			if (found instanceof TFolder) continue;
			if (found) throw new Error(`${folder} is a file, not a folder.`);
			await vault.createFolder(folder);
		}
	}
}

function reason(error: unknown): string {
	return error instanceof Error && error.message ? error.message : String(error);
}

/** Adds the exporter and its command ("Export follow-ups to calendar file") to the plugin. */
export function registerCalendarExport(plugin: Plugin, host: CalendarHost): CalendarExporter {
	const exporter = plugin.addChild(new CalendarExporter(host));
	plugin.addCommand({
		id: "export-calendar",
		name: "Export follow-ups to calendar file",
		callback: () => exporter.exportWithNotice(),
	});
	return exporter;
}
