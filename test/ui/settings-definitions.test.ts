// @vitest-environment happy-dom
// The settings tab on both of Obsidian's paths: from 1.13 on, rendered from getSettingDefinitions()
// (and indexed for the settings search); before 1.13, through display(). Both must show the same
// headings and rows, and every row must save and refuse input the same way.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { FollowUpSettingTab } from "../../src/ui/settings-tab";
import { loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

const DECLARATIVE = "1.13.1";
const LEGACY = "1.12.7";
const VERSIONS = [
	{ label: "Obsidian 1.13 (definitions)", version: DECLARATIVE },
	{ label: "Obsidian before 1.13 (display)", version: LEGACY },
] as const;

interface ShownRow {
	heading: boolean;
	name: string;
	desc: string;
}

let h: Loaded;

usePluginTestLifecycle();
beforeEach(async () => {
	h = await loadExample();
});

function open(version: string): HTMLElement {
	h.app.setting.close();
	h.app.setting.appVersion = version;
	const tab = h.app.setting.openTabById(PLUGIN_ID);
	if (!tab) throw new Error("no settings tab");
	return tab.containerEl;
}

function shownRows(container: HTMLElement): ShownRow[] {
	return Array.from(container.querySelectorAll<HTMLElement>(".setting-item")).map((item) => ({
		heading: item.classList.contains("setting-item-heading"),
		name: item.querySelector(".setting-item-name")?.textContent ?? "",
		desc: item.querySelector(".setting-item-description")?.textContent ?? "",
	}));
}

function item(container: HTMLElement, name: string): HTMLElement {
	const found = Array.from(container.querySelectorAll<HTMLElement>(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === name);
	if (!found) throw new Error(`no setting named ${name}`);
	return found;
}

function type(container: HTMLElement, name: string, value: string): HTMLInputElement {
	const input = item(container, name).querySelector<HTMLInputElement>("input, textarea");
	if (!input) throw new Error(`no field in ${name}`);
	input.value = value;
	input.dispatchEvent(new Event("input"));
	return input;
}

function error(container: HTMLElement, name: string): string | null {
	return item(container, name).querySelector(".ifu-error")?.textContent ?? null;
}

function saved(): Record<string, unknown> {
	return h.app.getPluginData(PLUGIN_ID) as Record<string, unknown>;
}

describe("the settings tab on both paths", () => {
	it("from 1.13 on is rendered from its definitions, without display(); before 1.13 through display()", () => {
		const display = vi.spyOn(FollowUpSettingTab.prototype, "display");
		const modern = open(DECLARATIVE);
		expect(display).not.toHaveBeenCalled();
		expect(modern.querySelector(".setting-group")).not.toBeNull();
		expect(modern.classList.contains("ifu-settings")).toBe(true);
		const legacy = open(LEGACY);
		expect(display).toHaveBeenCalledTimes(1);
		expect(legacy.classList.contains("ifu-settings")).toBe(true);
	});

	it("shows the same headings, names and descriptions, in the same order, on both paths", () => {
		const modern = shownRows(open(DECLARATIVE));
		const legacy = shownRows(open(LEGACY));
		expect(modern.filter((r) => r.heading).map((r) => r.name)).toEqual(["Recognising interview notes", "New interview notes", "Follow-up timing", "Optional follow-ups", "Reminders", "Drafts", "Calendar export"]);
		expect(modern.filter((r) => !r.heading)).toHaveLength(27);
		// A heading shows its name only; the legacy heading has an empty description.
		expect(modern).toEqual(legacy.map((r) => (r.heading ? { ...r, desc: "" } : r)));
		for (const row of modern) expect(row.name.trim()).not.toBe("");
	});

	it("gives the settings search every row it shows, by the name and description shown, under its heading", () => {
		const index = h.app.setting.searchIndex().filter((e) => e.tab === PLUGIN_ID);
		for (const entry of index) expect(entry.name.trim()).not.toBe("");
		const shown: Array<{ heading: string | null; name: string; desc: string }> = [];
		let heading: string | null = null;
		for (const row of shownRows(open(LEGACY))) {
			if (row.heading) heading = row.name;
			else shown.push({ heading, name: row.name, desc: row.desc });
		}
		expect(index.map(({ heading, name, desc }) => ({ heading, name, desc }))).toEqual(shown);
	});

	it("lets the search find rows by other words than their names", () => {
		const aliases = (name: string) => h.app.setting.searchIndex().find((e) => e.name === name)?.aliases ?? [];
		expect(aliases("Signature")).toEqual(expect.arrayContaining(["sign-off", "email footer"]));
		expect(aliases("Your name")).toContain("sender");
		expect(aliases("Calendar file")).toContain("ics");
		expect(aliases("Refresh automatically")).toContain("ics");
	});

	it("shows the current values again on refresh(), with the same rows, on both paths", () => {
		for (const { version } of VERSIONS) {
			const tab = open(version);
			const before = shownRows(tab);
			h.plugin.settings.myName = `Jo ${version}`;
			(h.app.setting.activeTab as unknown as FollowUpSettingTab).refresh();
			expect(item(tab, "Your name").querySelector("input")?.value).toBe(`Jo ${version}`);
			expect(shownRows(tab)).toEqual(before);
		}
	});

	it("indexes nothing for the search before 1.13, which has none", () => {
		h.app.setting.appVersion = LEGACY;
		expect(h.app.setting.searchIndex()).toEqual([]);
	});
});

describe.each(VERSIONS)("editing settings in $label", ({ version }) => {
	it("saves a number, and keeps the old one with a message when the input is not one", async () => {
		const tab = open(version);
		const input = type(tab, "Check in after (days)", "-2");
		await h.settle();
		expect(h.plugin.settings.checkInAfterDays).toBe(7);
		expect(input.getAttribute("aria-invalid")).toBe("true");
		expect(error(tab, "Check in after (days)")).toBe("Enter a whole number of zero or more. The previous value is kept.");
		type(tab, "Thank-you: ideal within (hours)", "1.5x");
		expect(error(tab, "Thank-you: ideal within (hours)")).toBe("Enter a number of zero or more. The previous value is kept.");
		type(tab, "Check in after (days)", "10");
		type(tab, "Thank-you: ideal within (hours)", "1.5");
		await h.settle();
		expect(error(tab, "Check in after (days)")).toBeNull();
		expect(input.hasAttribute("aria-invalid")).toBe(false);
		expect(saved()).toMatchObject({ checkInAfterDays: 10, thankYouIdealHours: 1.5 });
	});

	it("saves a time of day, and keeps the old one with a message when it is not HH:mm", async () => {
		const tab = open(version);
		type(tab, "Check-in time after a decision date", "noon");
		await h.settle();
		expect(h.plugin.settings.decisionCheckInTime).toBe("09:00");
		expect(error(tab, "Check-in time after a decision date")).toBe("Enter a time of day as HH:mm, for example 17:00. The previous value is kept.");
		type(tab, "Check-in time after a decision date", " 10:15 ");
		await h.settle();
		expect(error(tab, "Check-in time after a decision date")).toBeNull();
		expect(saved().decisionCheckInTime).toBe("10:15");
	});

	it("saves text, normalises paths, and refuses to empty a required field", async () => {
		const tab = open(version);
		type(tab, "Type value", "   ");
		await h.settle();
		expect(h.plugin.settings.typeValue).toBe("interview");
		expect(error(tab, "Type value")).toBe("This cannot be empty. The previous value is kept.");
		type(tab, "Type value", "Job interview");
		type(tab, "Folder", " Jobs//2026/ ");
		type(tab, "Your name", "Jo Rivera ");
		type(tab, "Note-template folder", "Templates/");
		await h.settle();
		expect(error(tab, "Type value")).toBeNull();
		expect(saved()).toMatchObject({ typeValue: "Job interview", newInterviewFolder: "Jobs/2026", myName: "Jo Rivera", templateFolder: "Templates" });
		type(tab, "Note-template folder", " ");
		await h.settle();
		expect(saved().templateFolder).toBeNull();
	});

	it("saves a toggle, the signature, the date order and the addresses", async () => {
		const tab = open(version);
		const toggle = item(tab, "LinkedIn invitation").querySelector<HTMLElement>(".checkbox-container")!;
		expect(toggle.classList.contains("is-enabled")).toBe(true);
		toggle.click();
		const signature = type(tab, "Signature", "Jo\nPortfolio: jo.example");
		expect(signature.classList.contains("ifu-signature")).toBe(true);
		expect(signature.getAttribute("placeholder")).toBe("Phone number, profile link, portfolio");
		const select = item(tab, "Dates in drafts").querySelector("select")!;
		select.value = "day-month";
		select.dispatchEvent(new Event("change"));
		type(tab, "My email addresses", "jo@example.com, JO@work.example");
		await h.settle();
		expect(saved()).toMatchObject({ enableLinkedin: false, signature: "Jo\nPortfolio: jo.example", dateOrder: "day-month" });
		expect(h.plugin.settings.myEmails).toHaveLength(2);
	});

	it("shows the defaults as placeholders", () => {
		const tab = open(version);
		const placeholder = (name: string) => item(tab, name).querySelector("input")?.getAttribute("placeholder");
		expect(placeholder("Interview length (minutes)")).toBe("60");
		expect(placeholder("End time of a date-only interview")).toBe("17:00");
		expect(placeholder("Note-template folder")).toBe("Templates");
		expect(item(tab, "Interview length (minutes)").querySelector("input")?.inputMode).toBe("numeric");
	});
});
