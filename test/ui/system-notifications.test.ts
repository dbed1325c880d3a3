// @vitest-environment happy-dom
// Reminders as system notifications: opt-in, with the system's permission, desktop only; the in-app
// notice otherwise. The web Notification API is stood in for by a double that records what was shown.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { notices, Platform } from "../fakes/obsidian";
import { local } from "../builders/interview";
import { loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

class SystemNotification {
	static permission: NotificationPermission = "default";
	/** What the user answers when asked. */
	static answer: NotificationPermission = "granted";
	static asked = 0;
	static shown: SystemNotification[] = [];
	onclick: (() => void) | null = null;
	closed = false;
	constructor(
		readonly title: string,
		readonly options: NotificationOptions,
	) {
		SystemNotification.shown.push(this);
	}
	static requestPermission(): Promise<NotificationPermission> {
		SystemNotification.asked++;
		SystemNotification.permission = SystemNotification.answer;
		return Promise.resolve(SystemNotification.answer);
	}
	close(): void {
		this.closed = true;
	}
	click(): void {
		this.onclick?.();
	}
}

const note = (company: string, start: string, end: string) => `---
type: interview
company: ${company}
role: Engineer
interview_start: ${start}
interview_end: ${end}
primary_contact: Lena Okafor
primary_contact_email: lena@${company.toLowerCase()}.example
interviewers:
  - name: Dana Whitfield
    email: dana@${company.toLowerCase()}.example
---
`;
const ACME = note("Acme", "2026-11-25T13:00", "2026-11-25T14:30");

let h: Loaded;
usePluginTestLifecycle();
beforeEach(() => {
	SystemNotification.permission = "default";
	SystemNotification.answer = "granted";
	SystemNotification.asked = 0;
	SystemNotification.shown = [];
	vi.stubGlobal("Notification", SystemNotification);
});
afterEach(() => vi.unstubAllGlobals());

function toggleRow(): HTMLElement {
	h.app.setting.openTabById(PLUGIN_ID);
	const item = Array.from(h.app.setting.activeTab!.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find(
		(s) => s.querySelector(".setting-item-name")?.textContent === "Show reminders as system notifications",
	);
	if (!item) throw new Error("no system notifications setting");
	return item;
}

async function turnOn(): Promise<HTMLElement> {
	const item = toggleRow();
	item.querySelector<HTMLElement>(".checkbox-container")!.click();
	await h.settle();
	return item;
}

describe("system notifications", () => {
	it("are off by default: reminders stay Obsidian's notices, and nobody is asked for permission", async () => {
		h = await loadExample({ files: { "A.md": ACME }, data: {}, now: local("2026-11-25T14:00") });
		await h.advance(30 * 60_000);
		expect(notices).toHaveLength(1);
		expect(SystemNotification.shown).toEqual([]);
		expect(SystemNotification.asked).toBe(0);
	});

	it("ask the system's permission when turned on, then tell each note's news in a notification that opens the note", async () => {
		h = await loadExample({ files: { "A.md": ACME }, data: {}, now: local("2026-11-25T14:00") });
		await turnOn();
		expect(SystemNotification.asked).toBe(1);
		expect(h.plugin.settings.systemNotifications).toBe(true);
		expect((h.app.getPluginData(PLUGIN_ID) as Record<string, unknown>).systemNotifications).toBe(true);

		await h.advance(30 * 60_000);
		expect(notices).toHaveLength(0);
		expect(SystemNotification.shown).toHaveLength(1);
		const [shown] = SystemNotification.shown;
		expect(shown.title).toBe("Interview Follow-up: Acme");
		expect(shown.options.body).toBe("Acme: time to send a thank-you. Ideal window closes in 8 h.\nAcme: time to ask about next steps. Deadline in 1 day.");
		expect(shown.options.tag).toBe("interview-follow-up:A.md");

		expect(h.app.workspace.getActiveFile()?.path).not.toBe("A.md");
		shown.click();
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("A.md");
		expect(shown.closed).toBe(true);
	});

	it("go back off, saying why, when the system refuses; reminders stay inside Obsidian", async () => {
		SystemNotification.answer = "denied";
		h = await loadExample({ files: { "A.md": ACME }, data: {}, now: local("2026-11-25T14:00") });
		const item = await turnOn();
		expect(h.plugin.settings.systemNotifications).toBe(false);
		expect(item.querySelector(".checkbox-container")?.classList.contains("is-enabled")).toBe(false);
		expect(item.querySelector(".ifu-error")?.textContent).toBe(
			"Your system does not allow Obsidian to show notifications: allow them in its notification settings, then turn this on again.",
		);
		expect(h.app.getPluginData(PLUGIN_ID)).toEqual({});
		await h.advance(30 * 60_000);
		expect(notices).toHaveLength(1);
		expect(SystemNotification.shown).toEqual([]);
	});

	it("fall back to the notice when permission was withdrawn after they were turned on", async () => {
		SystemNotification.permission = "denied";
		h = await loadExample({ files: { "A.md": ACME }, data: { systemNotifications: true }, now: local("2026-11-25T14:00") });
		await h.advance(30 * 60_000);
		expect(notices).toHaveLength(1);
		expect(SystemNotification.shown).toEqual([]);
	});

	it("are not offered on mobile, and a setting synced from a desktop leaves the phone with notices", async () => {
		Platform.isMobile = true;
		SystemNotification.permission = "granted";
		h = await loadExample({ files: { "A.md": ACME }, data: { systemNotifications: true }, now: local("2026-11-25T14:00") });
		const item = toggleRow();
		expect(item.querySelector(".setting-item-description")?.textContent).toBe("Not available on this device: reminders are notices inside Obsidian.");
		expect(item.querySelector(".checkbox-container")?.classList.contains("is-disabled")).toBe(true);
		await h.advance(30 * 60_000);
		expect(notices).toHaveLength(1);
		expect(SystemNotification.shown).toEqual([]);
	});

	it("sum up many notes in one notification that opens the list, and say what happened while Obsidian was closed", async () => {
		SystemNotification.permission = "granted";
		const files = Object.fromEntries(["Acme", "Globex", "Initech", "Hooli"].map((c, i) => [`${c}.md`, note(c, `2026-11-2${i}T10:00`, `2026-11-2${i}T11:00`)]));
		h = await loadExample({ files, data: { systemNotifications: true }, now: local("2026-11-25T18:00"), localStorage: { [`${PLUGIN_ID}-last-run`]: local("2026-11-19T09:00").toISOString() } });
		expect(notices).toHaveLength(0);
		expect(SystemNotification.shown).toHaveLength(1);
		const [summary] = SystemNotification.shown;
		expect(summary.title).toBe("Interview Follow-up");
		expect(summary.options.body).toBe("While you were away: 4 interviews have follow-ups to see to. Click to open the list.");
		summary.click();
		await h.settle();
		expect(h.app.workspace.getLeavesOfType("interview-follow-up-due")).toHaveLength(1);
	});
});
