// The settings tab: every number of the follow-up rules, how interview notes are recognised, where
// new notes go, reminders, and what drafts and the calendar export will use.
import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { DEFAULT_SETTINGS, parseTimeOfDay, splitAddresses, type Settings } from "../core/settings";
import { PATH_SETTINGS, settingPath, type PathSetting } from "../obsidian/settings-paths";
import { notificationApi, requestNotificationPermission } from "./system-notifications";

export interface SettingsHost {
	settings: Settings;
	/** Saves, then re-evaluates the agenda (and rescans when recognition changed). */
	saveSettings(): Promise<void>;
}

type NumberKey = {
	[K in keyof Settings]: Settings[K] extends number ? K : never;
}[keyof Settings];
type TimeKey = "dateOnlyEndTime" | "decisionCheckInTime";
type BooleanKey = {
	[K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];
type TextKey = "typeKey" | "typeValue" | "scopeFolder" | "newInterviewFolder" | "interviewTemplate" | "draftTemplateFolder" | "myName" | "icsPath";

/** A number of zero or more; whole numbers only where `whole`. Null when the text is not one. */
export function parseSettingNumber(text: string, whole: boolean): number | null {
	const t = text.trim();
	if (!/^\d+(?:\.\d+)?$/.test(t)) return null;
	const n = Number(t);
	if (!Number.isFinite(n) || n < 0) return null;
	if (whole && !Number.isInteger(n)) return null;
	return n;
}

/**
 * One row of the tab, described once: what Obsidian 1.13's settings search indexes (name,
 * description, other words) and how the row's control is built and validated. Both
 * getSettingDefinitions() and the display() of older Obsidian versions are made from these rows, so
 * the two cannot differ.
 */
interface Row {
	name: string;
	desc: string;
	/** Other words a user might search for. */
	aliases?: string[];
	/** Adds the control to a setting that already has the row's name and description. */
	build(setting: Setting): void;
}

interface Group {
	heading: string;
	rows: Row[];
}

export class FollowUpSettingTab extends PluginSettingTab {
	private readonly host: SettingsHost;

	constructor(app: App, host: Plugin & SettingsHost) {
		super(app, host);
		// Read the settings through SettingsHost: since 1.13 Plugin has an untyped `settings` of its own.
		this.host = host;
	}

	/**
	 * Obsidian 1.13 and later: the tab as definitions, indexed for the settings search and rendered
	 * from them (display() is then not called). Each row is a `render` row, so it keeps our
	 * validation messages. The typings promise `render` only a Setting to render the row into, not
	 * one with the name and description already set, so fill() sets them.
	 */
	override getSettingDefinitions(): SettingDefinitionItem[] {
		// The tab's own element keeps its class; the typings do not say where the groups are rendered.
		this.containerEl.addClass("ifu-settings");
		return this.groups().map((group) => ({
			type: "group",
			heading: group.heading,
			items: group.rows.map((row) => ({
				name: row.name,
				desc: row.desc,
				...(row.aliases ? { aliases: row.aliases } : {}),
				render: (setting: Setting) => fill(setting, row),
			})),
		}));
	}

	/** The same rows for Obsidian before 1.13, which calls display() and knows no definitions. */
	override display(): void {
		this.renderRows();
	}

	/**
	 * Shows the current settings in the open tab (settings synced from another device). The typings
	 * promise no way to have Obsidian 1.13 render the definitions again, so the rows are rendered
	 * here as display() renders them: the same rows, with the values now.
	 */
	refresh(): void {
		this.renderRows();
	}

	private renderRows(): void {
		const { containerEl } = this;
		containerEl.empty();
		containerEl.addClass("ifu-settings");
		for (const group of this.groups()) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const row of group.rows) fill(new Setting(containerEl), row);
		}
	}

	/** Every heading and row of the tab, in order. */
	private groups(): Group[] {
		const settings = () => this.host.settings;
		return [
			{
				heading: "Recognising interview notes",
				rows: [
					this.text("typeKey", "Type key", "The frontmatter key that marks an interview note.", { required: true, aliases: ["property", "frontmatter"] }),
					this.text("typeValue", "Type value", "The value of that key in interview notes; compared without regard to case.", { required: true, aliases: ["property", "frontmatter"] }),
					this.text("scopeFolder", "Only in folder", "Look for interview notes in this folder only. Empty: the whole vault.", { aliases: ["scope"] }),
					{
						name: "Note-template folder",
						desc: "Notes in this folder are templates and never count as interviews. Empty: the folder of Obsidian's own templates plugin.",
						aliases: ["templates"],
						build: (setting) => {
							setting.addText((t) =>
								t
									.setPlaceholder("Templates")
									.setValue(settings().templateFolder ?? "")
									.onChange(async (value) => {
										settings().templateFolder = value.trim() === "" ? null : settingPath(value);
										await this.host.saveSettings();
									}),
							);
						},
					},
				],
			},
			{
				heading: "New interview notes",
				rows: [
					this.text("newInterviewFolder", "Folder", "Where the \"New interview note\" command creates notes.", { aliases: ["new note location"] }),
					this.text("interviewTemplate", "Interview template", "A note to start new interview notes from, for example Templates/Interview.md. Empty: a built-in note. {{title}}, {{date}} and {{time}} are filled in.", { aliases: ["new note template"] }),
				],
			},
			{
				heading: "Follow-up timing",
				rows: [
					this.number("defaultDurationMinutes", "Interview length (minutes)", "Used when a note gives no interview_end.", true, ["duration"]),
					this.time("dateOnlyEndTime", "End time of a date-only interview", "When interview_start has no time, the interview is taken to end at this time (HH:mm).", ["all-day"]),
					this.number("thankYouIdealHours", "Thank-you: ideal within (hours)", "After the interview ends.", false, ["thank you email"]),
					this.number("thankYouDeadlineHours", "Thank-you: deadline (hours)", "After the interview ends.", false, ["thank you email"]),
					this.number("nextStepsDeadlineHours", "Next-steps question: deadline (hours)", "After the interview ends, when nobody told you the next steps.", false, ["next steps"]),
					this.number("checkInAfterDays", "Check in after (days)", "Days after the thank-you with no answer.", true, ["follow up", "no reply"]),
					this.time("decisionCheckInTime", "Check-in time after a decision date", "When they named a decision date, the check-in opens at this time the day after it (HH:mm)."),
					this.number("closeOutAfterDays", "Close out after (days)", "Days after the check-in with no answer.", true, ["give up", "no reply"]),
				],
			},
			{
				heading: "Optional follow-ups",
				rows: [
					this.toggle("enableHandwrittenNote", "Handwritten note", "Remind me to send a handwritten card after the thank-you email.", ["thank-you card"]),
					this.number("handwrittenNoteIdealDays", "Handwritten note: ideal within (days)", "After the thank-you.", true, ["thank-you card"]),
					this.toggle("enableLinkedin", "LinkedIn invitation", "Remind me to connect with interviewers whose LinkedIn profile the note gives.", ["connection request"]),
				],
			},
			{
				heading: "Reminders",
				rows: [
					this.toggle("notifyWhileRunning", "Notify while Obsidian runs", "A notice when a follow-up opens, turns late or passes its deadline.", ["notifications", "alerts"]),
					this.toggle("notifyWhileAway", "Notify of what happened while Obsidian was closed", "A notice at start-up listing what opened or passed its deadline since the last time.", ["notifications", "summary"]),
					this.systemNotifications(),
				],
			},
			{
				heading: "Drafts",
				rows: [
					this.text("myName", "Your name", "Signs the drafts.", { aliases: ["sender"] }),
					{
						name: "Signature",
						desc: "Ends every draft. Several lines allowed.",
						aliases: ["sign-off", "email footer"],
						build: (setting) => {
							setting.addTextArea((t) => {
								t.inputEl.rows = 4;
								t.inputEl.addClass("ifu-signature");
								t.setPlaceholder("Phone number, profile link, portfolio")
									.setValue(settings().signature)
									.onChange(async (value) => {
										settings().signature = value;
										await this.host.saveSettings();
									});
							});
						},
					},
					{
						name: "Dates in drafts",
						desc: "How the drafts write a day. Automatic follows your system's language.",
						aliases: ["date format"],
						build: (setting) => {
							setting.addDropdown((d) =>
								d
									.addOptions({ auto: "Automatic", "month-day": "Friday, December 4", "day-month": "Friday 4 December" })
									.setValue(settings().dateOrder)
									.onChange(async (value) => {
										settings().dateOrder = value === "month-day" || value === "day-month" ? value : "auto";
										await this.host.saveSettings();
									}),
							);
						},
					},
					this.text("draftTemplateFolder", "Draft template folder", "Notes in this folder replace the built-in drafts.", { aliases: ["email templates"] }),
					{
						name: "My email addresses",
						desc: "Yours, separated by commas: a calendar invite's guest with one of them is you, not an interviewer.",
						aliases: ["calendar invite", "guests"],
						build: (setting) => {
							setting.addText((t) =>
								t
									.setPlaceholder("Addresses, separated by commas")
									.setValue(settings().myEmails.join(", "))
									.onChange(async (value) => {
										settings().myEmails = splitAddresses(value);
										await this.host.saveSettings();
									}),
							);
						},
					},
				],
			},
			{
				heading: "Calendar export",
				rows: [
					this.text("icsPath", "Calendar file", "Where the \"Export follow-ups to calendar file\" command writes the calendar (.ics) in the vault. A folder gets a file of the default name.", { aliases: ["ics", "iCalendar"] }),
					this.toggle("icsAutoRefresh", "Refresh automatically", "Rewrite the calendar file when a change to your interview notes changes a follow-up. The file is left alone otherwise.", ["ics", "calendar sync"]),
				],
			},
		];
	}

	private text(key: TextKey, name: string, desc: string, options: { required?: boolean; aliases?: string[] } = {}): Row {
		return {
			name,
			desc,
			aliases: options.aliases,
			build: (setting) => {
				setting.addText((t) => {
					t.setPlaceholder(String(DEFAULT_SETTINGS[key])).setValue(this.host.settings[key]);
					t.onChange(async (value) => {
						const v = value.trim();
						const invalid = options.required === true && v === "";
						markInvalid(setting, t.inputEl, invalid, "This cannot be empty.");
						if (invalid) return;
						this.host.settings[key] = isPathSetting(key) ? settingPath(v) : v;
						await this.host.saveSettings();
					});
				});
			},
		};
	}

	/**
	 * System notifications: turning them on asks the system for permission; refused, the toggle goes
	 * back off and says why. Where the system has none (mobile), the setting says so and stays off.
	 */
	private systemNotifications(): Row {
		const available = notificationApi() !== null;
		return {
			name: "Show reminders as system notifications",
			desc: available
				? "Desktop notifications reach you while Obsidian is in the background; clicking one opens the note. Off: reminders are notices inside Obsidian."
				: "Not available on this device: reminders are notices inside Obsidian.",
			aliases: ["desktop notifications", "alerts"],
			build: (setting) => {
				setting.addToggle((t) => {
					t.setValue(available && this.host.settings.systemNotifications).setDisabled(!available);
					t.onChange(async (on) => {
						// Setting the toggle back (below) runs this again, with nothing to change.
						if (on === this.host.settings.systemNotifications) return;
						markInvalid(setting, t.toggleEl, false, "");
						if (on) {
							const permission = await requestNotificationPermission();
							if (permission !== "granted") {
								t.setValue(false);
								markInvalid(setting, t.toggleEl, true, "Your system does not allow Obsidian to show notifications: allow them in its notification settings, then turn this on again.", "");
								return;
							}
						}
						this.host.settings.systemNotifications = on;
						await this.host.saveSettings();
					});
				});
			},
		};
	}

	private number(key: NumberKey, name: string, desc: string, whole: boolean, aliases?: string[]): Row {
		return {
			name,
			desc,
			aliases,
			build: (setting) => {
				setting.addText((t) => {
					t.inputEl.inputMode = whole ? "numeric" : "decimal";
					t.setPlaceholder(String(DEFAULT_SETTINGS[key])).setValue(String(this.host.settings[key]));
					t.onChange(async (value) => {
						const n = parseSettingNumber(value, whole);
						markInvalid(setting, t.inputEl, n === null, whole ? "Enter a whole number of zero or more." : "Enter a number of zero or more.");
						if (n === null) return;
						this.host.settings[key] = n;
						await this.host.saveSettings();
					});
				});
			},
		};
	}

	private time(key: TimeKey, name: string, desc: string, aliases?: string[]): Row {
		return {
			name,
			desc,
			aliases,
			build: (setting) => {
				setting.addText((t) => {
					t.setPlaceholder(DEFAULT_SETTINGS[key]).setValue(this.host.settings[key]);
					t.onChange(async (value) => {
						const ok = parseTimeOfDay(value) !== null;
						markInvalid(setting, t.inputEl, !ok, "Enter a time of day as HH:mm, for example 17:00.");
						if (!ok) return;
						this.host.settings[key] = value.trim();
						await this.host.saveSettings();
					});
				});
			},
		};
	}

	private toggle(key: BooleanKey, name: string, desc: string, aliases?: string[]): Row {
		return {
			name,
			desc,
			aliases,
			build: (setting) => {
				setting.addToggle((t) =>
					t.setValue(this.host.settings[key]).onChange(async (value) => {
						this.host.settings[key] = value;
						await this.host.saveSettings();
					}),
				);
			},
		};
	}
}

/** Gives a row's setting its name and description, then its control. */
function fill(setting: Setting, row: Row): void {
	setting.setName(row.name).setDesc(row.desc);
	row.build(setting);
}

function isPathSetting(key: string): key is PathSetting {
	return (PATH_SETTINGS as readonly string[]).includes(key);
}

/** Flags a field whose value was not saved, and says why under its description. */
function markInvalid(setting: Setting, input: HTMLElement, invalid: boolean, message: string, outcome = " The previous value is kept."): void {
	input.toggleClass("ifu-invalid", invalid);
	let error = setting.infoEl.querySelector<HTMLElement>(".ifu-error");
	if (!invalid) {
		input.removeAttribute("aria-invalid");
		error?.remove();
		return;
	}
	input.setAttr("aria-invalid", "true");
	if (!error) error = setting.infoEl.createDiv({ cls: "ifu-error", attr: { role: "alert" } });
	error.setText(`${message}${outcome}`);
}
