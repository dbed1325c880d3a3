// Every number of the follow-up rules is a setting; this module holds the defaults and turns the
// plugin's stored data (data.json, possibly hand-edited or from an older version) into valid settings.

import { dateOrderOf, type DateOrder } from "./date-format";

export interface Settings {
	/** Frontmatter key and value that mark an interview note (compared trimmed, case-insensitively). */
	typeKey: string;
	typeValue: string;
	/** When set, only notes inside this folder are looked at. Empty: the whole vault. */
	scopeFolder: string;
	/** Where the "new interview note" command writes. */
	newInterviewFolder: string;
	/** An interview note template (path of a note) used by "new interview note"; empty: built-in. */
	interviewTemplate: string;
	/**
	 * Note-template folder, whose notes are never taken for interviews. Null: the core Templates
	 * plugin's folder (`.obsidian/templates.json`, key `folder`).
	 */
	templateFolder: string | null;
	/** Folder of notes that override the built-in drafts. */
	draftTemplateFolder: string;

	/** Length of an interview whose end is not given. */
	defaultDurationMinutes: number;
	/** Local time a date-only interview is taken to end, as HH:mm. */
	dateOnlyEndTime: string;
	thankYouIdealHours: number;
	thankYouDeadlineHours: number;
	nextStepsDeadlineHours: number;
	checkInAfterDays: number;
	/** Local time, the day after `decision_expected`, from which a check-in may open, as HH:mm. */
	decisionCheckInTime: string;
	closeOutAfterDays: number;
	handwrittenNoteIdealDays: number;
	enableHandwrittenNote: boolean;
	enableLinkedin: boolean;

	/** Notices when an action opens, turns late or passes its deadline. */
	notifyWhileRunning: boolean;
	/** A "while you were away" notice at start-up. */
	notifyWhileAway: boolean;
	/** Reminders as the system's notifications (desktop, with permission) instead of Obsidian's notices. */
	systemNotifications: boolean;

	myName: string;
	signature: string;
	/** How drafts write a day: "auto" follows the system's language ("en-US": "Friday, December 4"; "en-GB": "Friday 4 December"). */
	dateOrder: "auto" | DateOrder;
	/** The user's own addresses: left out of an invite's interviewers. */
	myEmails: string[];

	/** Where the plugin writes the calendar export (vault path). */
	icsPath: string;
	/** Rewrite the calendar export whenever the index changes. */
	icsAutoRefresh: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
	typeKey: "type",
	typeValue: "interview",
	scopeFolder: "",
	newInterviewFolder: "Interviews",
	interviewTemplate: "",
	templateFolder: null,
	draftTemplateFolder: "Templates/Follow-up drafts",

	defaultDurationMinutes: 60,
	dateOnlyEndTime: "17:00",
	thankYouIdealHours: 8,
	thankYouDeadlineHours: 24,
	nextStepsDeadlineHours: 24,
	checkInAfterDays: 7,
	decisionCheckInTime: "09:00",
	closeOutAfterDays: 7,
	handwrittenNoteIdealDays: 2,
	enableHandwrittenNote: false,
	enableLinkedin: false,

	notifyWhileRunning: true,
	notifyWhileAway: true,
	systemNotifications: false,

	myName: "",
	signature: "",
	dateOrder: "auto",
	myEmails: [],

	icsPath: "Interview follow-ups.ics",
	icsAutoRefresh: false,
};

/** Keys whose value must be a non-negative number. */
const NUMBER_KEYS = [
	"defaultDurationMinutes",
	"thankYouIdealHours",
	"thankYouDeadlineHours",
	"nextStepsDeadlineHours",
	"checkInAfterDays",
	"closeOutAfterDays",
	"handwrittenNoteIdealDays",
] as const;

const TIME_KEYS = ["dateOnlyEndTime", "decisionCheckInTime"] as const;

const BOOLEAN_KEYS = [
	"enableHandwrittenNote",
	"enableLinkedin",
	"notifyWhileRunning",
	"notifyWhileAway",
	"systemNotifications",
	"icsAutoRefresh",
] as const;

const STRING_KEYS = [
	"typeKey",
	"typeValue",
	"scopeFolder",
	"newInterviewFolder",
	"interviewTemplate",
	"draftTemplateFolder",
	"myName",
	"signature",
	"icsPath",
] as const;

const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Parses "HH:mm" into hours and minutes; null when it is not a time of day. */
export function parseTimeOfDay(value: string): { hours: number; minutes: number } | null {
	const m = TIME_OF_DAY.exec(value.trim());
	return m ? { hours: Number(m[1]), minutes: Number(m[2]) } : null;
}

/** Addresses typed in one text: separated by commas, semicolons or spaces. */
export function splitAddresses(text: string): string[] {
	return text
		.split(/[\s,;]+/)
		.map((a) => a.trim().replace(/^mailto:/i, ""))
		.filter((a) => a !== "");
}

export interface SettingsResult {
	settings: Settings;
	/** One sentence per ignored value, naming the key and what was kept instead. */
	warnings: string[];
}

/**
 * Merges stored data over the defaults. Values of the wrong type are ignored with a warning
 * rather than trusted: a hand-edited data.json must not break the rules.
 */
export function resolveSettings(raw: unknown): SettingsResult {
	const settings: Settings = { ...DEFAULT_SETTINGS };
	const warnings: string[] = [];
	if (raw === null || raw === undefined) return { settings, warnings };
	if (typeof raw !== "object" || Array.isArray(raw)) {
		warnings.push("The plugin settings are not a JSON object; the defaults are used.");
		return { settings, warnings };
	}
	const data = raw as Record<string, unknown>;
	const ignore = (key: string, what: string) =>
		warnings.push(`Setting "${key}" ${what}; the default (${JSON.stringify(settings[key as keyof Settings])}) is used.`);

	for (const key of NUMBER_KEYS) {
		if (!(key in data)) continue;
		const v = data[key];
		if (typeof v === "number" && Number.isFinite(v) && v >= 0) settings[key] = v;
		else ignore(key, `must be a number of zero or more, not ${JSON.stringify(v)}`);
	}
	for (const key of TIME_KEYS) {
		if (!(key in data)) continue;
		const v = data[key];
		if (typeof v === "string" && parseTimeOfDay(v)) settings[key] = v.trim();
		else ignore(key, `must be a time of day such as "17:00", not ${JSON.stringify(v)}`);
	}
	for (const key of BOOLEAN_KEYS) {
		if (!(key in data)) continue;
		const v = data[key];
		if (typeof v === "boolean") settings[key] = v;
		else ignore(key, `must be true or false, not ${JSON.stringify(v)}`);
	}
	for (const key of STRING_KEYS) {
		if (!(key in data)) continue;
		const v = data[key];
		if (typeof v === "string") settings[key] = v;
		else ignore(key, `must be text, not ${JSON.stringify(v)}`);
	}
	if ("templateFolder" in data) {
		const v = data.templateFolder;
		if (v === null || typeof v === "string") settings.templateFolder = v;
		else ignore("templateFolder", `must be text or null, not ${JSON.stringify(v)}`);
	}
	if ("dateOrder" in data) {
		const v = data.dateOrder;
		if (v === "auto" || v === "day-month" || v === "month-day") settings.dateOrder = v;
		else ignore("dateOrder", `must be "auto", "day-month" or "month-day", not ${JSON.stringify(v)}`);
	}
	if ("myEmails" in data) {
		const v = data.myEmails;
		if (typeof v === "string") settings.myEmails = splitAddresses(v);
		else if (Array.isArray(v) && v.every((a) => typeof a === "string")) settings.myEmails = v.flatMap((a: string) => splitAddresses(a));
		else ignore("myEmails", `must be a list of addresses, not ${JSON.stringify(v)}`);
	}
	if (settings.typeKey.trim() === "") {
		warnings.push('Setting "typeKey" is empty; "type" is used.');
		settings.typeKey = DEFAULT_SETTINGS.typeKey;
	}
	if (settings.typeValue.trim() === "") {
		warnings.push('Setting "typeValue" is empty; "interview" is used.');
		settings.typeValue = DEFAULT_SETTINGS.typeValue;
	}
	return { settings, warnings };
}

/** How drafts write a day: the setting, or with "auto" the order of `locale` (the system's language, which the shell reads). */
export function draftDateOrder(settings: Pick<Settings, "dateOrder">, locale: string | undefined): DateOrder {
	return settings.dateOrder === "auto" ? dateOrderOf(locale) : settings.dateOrder;
}
