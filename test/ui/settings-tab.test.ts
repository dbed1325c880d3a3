// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { parseSettingNumber } from "../../src/ui/settings-tab";
import { loadExample, openPane, PLUGIN_ID, row, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";
let h: Loaded;

function field(name: string): HTMLInputElement {
	const tab = h.app.setting.activeTab!;
	const item = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find(
		(s) => s.querySelector(".setting-item-name")?.textContent === name,
	);
	const input = item?.querySelector<HTMLInputElement>("input, textarea");
	if (!input) throw new Error(`no field named ${name}`);
	return input;
}

function type(input: HTMLInputElement, value: string) {
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

usePluginTestLifecycle();
beforeEach(async () => {
	h = await loadExample();
});

describe("the settings tab", () => {
	it("shows every group under a heading, in sentence case", () => {
		const tab = h.app.setting.openTabById(PLUGIN_ID)!;
		const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent);
		expect(headings).toEqual(["Recognising interview notes", "New interview notes", "Follow-up timing", "Optional follow-ups", "Reminders", "Drafts", "Calendar export"]);
		expect(field("Thank-you: ideal within (hours)").value).toBe("8");
		expect(field("Your name").value).toBe("Jordan Rivera");
	});

	it("saves a changed number and re-evaluates the pane", async () => {
		const pane = await openPane(h);
		expect(row(pane, ACME, "thank-you")?.clock).toBe("Ideal window closes in 4 h 30 min");
		h.app.setting.openTabById(PLUGIN_ID);
		type(field("Thank-you: ideal within (hours)"), "3");
		await h.settle();
		expect(h.plugin.settings.thankYouIdealHours).toBe(3);
		expect((h.app.getPluginData(PLUGIN_ID) as Record<string, unknown>).thankYouIdealHours).toBe(3);
		expect(row(pane, ACME, "thank-you")).toMatchObject({ section: "Late", clock: "Ideal window closed 30 min ago; deadline in 20 h 30 min" });
	});

	it("refuses a negative number or a time that is not HH:mm, and says why", async () => {
		h.app.setting.openTabById(PLUGIN_ID);
		const input = field("Check in after (days)");
		type(input, "-2");
		await h.settle();
		expect(h.plugin.settings.checkInAfterDays).toBe(7);
		expect(input.getAttribute("aria-invalid")).toBe("true");
		expect(input.closest(".setting-item")?.querySelector(".ifu-error")?.textContent).toBe("Enter a whole number of zero or more. The previous value is kept.");
		type(input, "10");
		expect(input.closest(".setting-item")?.querySelector(".ifu-error")).toBeNull();
		expect(h.plugin.settings.checkInAfterDays).toBe(10);

		const time = field("End time of a date-only interview");
		type(time, "5pm");
		expect(h.plugin.settings.dateOnlyEndTime).toBe("17:00");
		type(time, "16:30");
		expect(h.plugin.settings.dateOnlyEndTime).toBe("16:30");
	});

	it("rescans when the way interviews are recognised changes", async () => {
		h.app.setting.openTabById(PLUGIN_ID);
		const count = h.plugin.index.interviews().length;
		type(field("Only in folder"), "People");
		await h.settle();
		expect(h.plugin.index.interviews()).toHaveLength(0);
		type(field("Only in folder"), "");
		await h.settle();
		expect(h.plugin.index.interviews()).toHaveLength(count);
	});
});

describe("parseSettingNumber", () => {
	it("takes numbers of zero or more, whole ones where asked", () => {
		expect(parseSettingNumber("8", true)).toBe(8);
		expect(parseSettingNumber(" 1.5 ", false)).toBe(1.5);
		expect(parseSettingNumber("1.5", true)).toBeNull();
		expect(parseSettingNumber("-1", false)).toBeNull();
		expect(parseSettingNumber("", false)).toBeNull();
		expect(parseSettingNumber("1e3", false)).toBeNull();
	});
});

describe("dates in drafts", () => {
	function dropdown(name: string): HTMLSelectElement {
		const tab = h.app.setting.activeTab!;
		const item = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
		const select = item?.querySelector("select");
		if (!select) throw new Error(`no dropdown named ${name}`);
		return select;
	}

	it("follows the system's language until the user picks an order, and saves the choice", async () => {
		h.app.setting.openTabById(PLUGIN_ID);
		const select = dropdown("Dates in drafts");
		expect(select.value).toBe("auto");
		expect(Array.from(select.options).map((o) => o.text)).toEqual(["Automatic", "Friday, December 4", "Friday 4 December"]);
		select.value = "month-day";
		select.dispatchEvent(new Event("change"));
		await h.settle();
		expect(h.plugin.settings.dateOrder).toBe("month-day");
		expect((h.app.getPluginData(PLUGIN_ID) as Record<string, unknown>).dateOrder).toBe("month-day");
	});
});
