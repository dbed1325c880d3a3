// Reminders as the operating system's notifications, for a user who asked for them (a setting, off
// by default), on desktop, with the system's permission: they reach the user while Obsidian sits in
// the background. Otherwise (mobile, not allowed, turned off) Obsidian's in-app notice, as before.
// Clicking a notification opens the note it is about.
import { Notice, Platform, type App } from "obsidian";
import type { Settings } from "../core/settings";
import { companyOf } from "./labels";
import { reminderLine, reminderNotice, type Reminder } from "./reminders";

export interface ReminderHost {
	readonly app: App;
	readonly settings: Settings;
	openDuePane(): Promise<void>;
}

/** More notes than this at once get one notification that opens the pane, not one each. */
export const MAX_NOTIFICATIONS = 3;
const TITLE = "Interview Follow-up";

type NotificationApi = typeof Notification;

/**
 * The web Notification API where Obsidian can show it: the desktop app. Mobile apps may define it
 * in their web view without ever showing anything, so mobile counts as "none".
 */
export function notificationApi(): NotificationApi | null {
	if (Platform.isMobile) return null;
	const api = (window as { Notification?: NotificationApi }).Notification;
	return typeof api === "function" ? api : null;
}

export type PermissionResult = "granted" | "denied" | "unavailable";

/** Asks the system for permission to notify (only when not yet decided); what it allows now. */
export async function requestNotificationPermission(): Promise<PermissionResult> {
	const api = notificationApi();
	if (!api) return "unavailable";
	if (api.permission === "granted" || api.permission === "denied") return api.permission;
	try {
		return (await api.requestPermission()) === "granted" ? "granted" : "denied";
	} catch {
		return "denied";
	}
}

/** True when reminders go to the system: the setting is on and the system allows it. */
export function systemNotificationsActive(settings: Settings): boolean {
	const api = settings.systemNotifications ? notificationApi() : null;
	return api !== null && api.permission === "granted";
}

/** Reminders grouped by note, in their order: one notification per note. */
function byNote(reminders: readonly Reminder[]): Reminder[][] {
	const groups = new Map<string, Reminder[]>();
	for (const reminder of reminders) {
		const group = groups.get(reminder.action.file);
		if (group) group.push(reminder);
		else groups.set(reminder.action.file, [reminder]);
	}
	return [...groups.values()];
}

function show(api: NotificationApi, title: string, body: string, tag: string, onClick: () => void): void {
	const notification = new api(title, { body, tag, silent: false });
	notification.onclick = () => {
		// Brings Obsidian to the front before the note opens in it.
		window.focus();
		notification.close();
		onClick();
	};
}

/**
 * Tells the user about reminders: as system notifications when they are on and allowed (one per
 * note, or one for the lot when many notes have news), else as one notice inside Obsidian that
 * stays until dismissed. `heading` introduces a summary ("While you were away:").
 */
export function showReminders(host: ReminderHost, reminders: readonly Reminder[], now: Date, heading?: string): void {
	if (reminders.length === 0) return;
	const api = systemNotificationsActive(host.settings) ? notificationApi() : null;
	if (!api) {
		new Notice(reminderNotice(reminders, now, heading), 0);
		return;
	}
	const groups = byNote(reminders);
	if (groups.length > MAX_NOTIFICATIONS) {
		const body = `${heading ? `${heading} ` : ""}${groups.length} interviews have follow-ups to see to. Click to open the list.`;
		show(api, TITLE, body, "interview-follow-up", () => void host.openDuePane());
		return;
	}
	for (const group of groups) {
		const { file } = group[0].action;
		const title = heading ? `${TITLE}: ${heading.replace(/:$/, "").toLowerCase()}` : `${TITLE}: ${companyOf(group[0].action)}`;
		const body = group.map((r) => reminderLine(r, now)).join("\n");
		// The same note's next notification replaces this one rather than piling up.
		show(api, title, body, `interview-follow-up:${file}`, () => void host.app.workspace.openLinkText(file, "", false));
	}
}
