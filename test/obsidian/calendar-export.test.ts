// @vitest-environment happy-dom
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { notices, TFile } from "../fakes/obsidian";
import { buildCalendar, eventSummary, eventUid } from "../../src/core/ics";
import { calendarPath, withoutStamps } from "../../src/obsidian/calendar-export";
import type { FollowUpAction } from "../../src/core/types";
import { local } from "../builders/interview";
import { exampleVault, loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";

const EXPORT = `${PLUGIN_ID}:export-calendar`;
/** The example vault's own settings (handwritten notes and LinkedIn on), with these changes. */
const settings = (changes: Record<string, unknown>) => ({ ...JSON.parse(exampleVault()[`.obsidian/plugins/${PLUGIN_ID}/data.json`]), ...changes });
const DEFAULT_FILE = "Interview follow-ups.ics";
const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";

let h: Loaded | null = null;

usePluginTestLifecycle();

function readFile(loaded: Loaded, path: string): string | null {
	const file = loaded.app.vault.getFileByPath(path);
	return file ? loaded.app.vault.readSync(file) : null;
}

function events(ics: string): ICAL.Component[] {
	return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent");
}

async function exportNow(loaded: Loaded): Promise<void> {
	expect(loaded.app.commands.executeCommandById(EXPORT)).toBe(true);
	await loaded.settle();
}

/** Counts the writes to one file: creations and modifications. */
function countWrites(loaded: Loaded, path: string): () => number {
	let n = 0;
	const onWrite = (file: unknown) => {
		if (file instanceof TFile && file.path === path) n++;
	};
	loaded.app.vault.on("create", onWrite);
	loaded.app.vault.on("modify", onWrite);
	return () => n;
}

async function markThankYouSent(loaded: Loaded, path: string): Promise<void> {
	const file = loaded.app.vault.getFileByPath(path)!;
	await loaded.app.vault.process(file, (text) => text.replace(/^thank_you_sent:\s*$/m, "thank_you_sent: 2026-11-25T17:30"));
	await loaded.settle();
}

describe("the export command", () => {
	it("writes one event per pending follow-up of the example vault, and says where", async () => {
		h = await loadExample();
		const now = h.plugin.now();
		const { actions } = h.plugin.index.agenda(now);
		expect(actions.length).toBe(19);
		const revision = h.plugin.index.revision;

		await exportNow(h);
		const text = readFile(h, DEFAULT_FILE);
		expect(text).not.toBeNull();
		const vevents = events(text!);
		expect(vevents).toHaveLength(actions.length);
		const summaries = vevents.map((e) => e.getFirstPropertyValue("summary")).sort();
		expect(summaries).toEqual(actions.map(eventSummary).sort());
		const uids = vevents.map((e) => e.getFirstPropertyValue("uid"));
		expect(new Set(uids).size).toBe(actions.length);
		expect(uids).toContain(eventUid(h.app.vault.getName(), ACME, "thank-you"));
		// Snoozed and upcoming follow-ups are in the calendar too.
		expect(summaries).toContain("Check in: Cyberdyne · ML platform engineer");

		expect(notices.at(-1)?.message).toBe(`19 follow-ups exported. Written to ${DEFAULT_FILE}; import it into your calendar app or subscribe to it.`);
		// The calendar file is not a note: writing it leaves the interviews alone.
		expect(h.plugin.index.revision).toBe(revision);
	});

	it("writes to the path in the settings, creating its folders and adding .ics", async () => {
		h = await loadExample({ data: settings({ icsPath: "Exports//Calendars/my follow-ups" }) });
		await exportNow(h);
		expect(h.app.vault.getFolderByPath("Exports/Calendars")).not.toBeNull();
		expect(events(readFile(h, "Exports/Calendars/my follow-ups.ics")!)).toHaveLength(19);
		expect(notices.at(-1)?.message).toContain("Written to Exports/Calendars/my follow-ups.ics");
	});

	it("replaces the file at the next export, with the follow-ups of that moment", async () => {
		h = await loadExample();
		await exportNow(h);
		const before = readFile(h, DEFAULT_FILE)!;
		await markThankYouSent(h, ACME);
		h.setNow(local("2026-11-25T18:30"));
		await exportNow(h);
		const after = readFile(h, DEFAULT_FILE)!;
		const summaries = events(after).map((e) => e.getFirstPropertyValue("summary"));
		expect(summaries).not.toContain("Send a thank-you: Acme Robotics · Platform engineer");
		expect(events(after).length).toBe(h.plugin.index.agenda(h.plugin.now()).actions.length);
		expect(after).not.toBe(before);
		expect(h.app.vault.getFiles().filter((f) => f.extension === "ics")).toHaveLength(1);
	});

	it("says so in a notice when the file cannot be written", async () => {
		h = await loadExample({ data: settings({ icsPath: "Job search.md/follow-ups.ics" }) });
		await exportNow(h);
		expect(notices.at(-1)?.message).toBe("Could not write the calendar file: Job search.md is a file, not a folder.");
	});
});

describe("automatic refresh", () => {
	it("writes the file once the notes are read, and again when a note changes", async () => {
		h = await loadExample({ data: settings({ icsAutoRefresh: true }) });
		await h.advance(3_000);
		const writes = countWrites(h, DEFAULT_FILE);
		expect(events(readFile(h, DEFAULT_FILE)!)).toHaveLength(19);

		await markThankYouSent(h, ACME);
		await h.advance(3_000);
		expect(writes()).toBe(1);
		const summaries = events(readFile(h, DEFAULT_FILE)!).map((e) => e.getFirstPropertyValue("summary"));
		expect(summaries).not.toContain("Send a thank-you: Acme Robotics · Platform engineer");
		expect(summaries).toContain("Check in: Acme Robotics · Platform engineer");
	});

	it("leaves the file alone when no event changed, however often the notes are read again", async () => {
		h = await loadExample({ data: settings({ icsAutoRefresh: true }) });
		await h.advance(3_000);
		const first = readFile(h, DEFAULT_FILE)!;
		const writes = countWrites(h, DEFAULT_FILE);

		// An hour of clock ticks, a rescan (which tells every listener the index changed) and an
		// edit to a note's body that changes no follow-up.
		await h.advance(60 * 60_000);
		h.app.commands.executeCommandById(`${PLUGIN_ID}:rescan`);
		await h.settle();
		const hooli = h.app.vault.getFileByPath("Interviews/2026-11-17 Hooli - Infrastructure engineer.md")!;
		await h.app.vault.append(hooli, "\nA line about the office.\n");
		await h.settle();
		await h.advance(3_000);

		expect(writes()).toBe(0);
		expect(readFile(h, DEFAULT_FILE)).toBe(first);
	});

	it("writes nothing while turned off", async () => {
		h = await loadExample();
		await markThankYouSent(h, ACME);
		await h.advance(60 * 60_000);
		expect(h.app.vault.getFileByPath(DEFAULT_FILE)).toBeNull();
	});

	it("stops with the plugin: no pending refresh writes after unloading", async () => {
		h = await loadExample({ data: settings({ icsAutoRefresh: true }) });
		await h.advance(3_000);
		const writes = countWrites(h, DEFAULT_FILE);
		const file = h.app.vault.getFileByPath(ACME)!;
		await h.app.vault.process(file, (text) => text.replace(/^thank_you_sent:\s*$/m, "thank_you_sent: 2026-11-25T17:30"));
		await h.app.settle();
		// The index has told its listeners; the refresh waits for a quiet moment.
		await h.advance(500);
		expect(h.plugin.index.agenda(h.plugin.now()).actions.some((a) => a.file === ACME && a.kind === "thank-you")).toBe(false);
		h.plugin.unload();
		await h.advance(60_000);
		expect(writes()).toBe(0);
	});
});

describe("calendarPath", () => {
	it("normalises the setting, adds .ics, and puts the default name in a folder", () => {
		expect(calendarPath("")).toBe(DEFAULT_FILE);
		expect(calendarPath("  /Calendars//follow-ups.ics ")).toBe("Calendars/follow-ups.ics");
		expect(calendarPath("follow-ups.ICS")).toBe("follow-ups.ICS");
		// Never over a note.
		expect(calendarPath("Dashboard.md")).toBe("Dashboard.md.ics");
		expect(calendarPath("Calendars/")).toBe(`Calendars/${DEFAULT_FILE}`);
		expect(calendarPath("Calendars", (p) => p === "Calendars")).toBe(`Calendars/${DEFAULT_FILE}`);
		expect(calendarPath("/")).toBe(DEFAULT_FILE);
	});
});

describe("withoutStamps", () => {
	it("sees two exports of the same follow-ups at different times as the same", async () => {
		h = await loadExample();
		const actions = h.plugin.index.agenda(h.plugin.now()).actions;
		const a = buildCalendar(actions, { now: local("2026-11-25T18:00"), vaultName: "V" });
		const b = buildCalendar(actions, { now: local("2026-11-25T19:07"), vaultName: "V" });
		expect(a).not.toBe(b);
		expect(withoutStamps(a)).toBe(withoutStamps(b));
		expect(withoutStamps(buildCalendar(actions.slice(1), { now: local("2026-11-25T18:00"), vaultName: "V" }))).not.toBe(withoutStamps(a));
	});
});

describe("buildCalendar on an old mobile web view", () => {
	const action: FollowUpAction = {
		file: "A.md",
		kind: "check-in",
		state: "upcoming",
		opensAt: local("2026-12-02T09:00"),
		idealBy: null,
		deadline: null,
		company: "Acme",
		role: "",
		recipients: [],
	};

	it("needs no crypto.randomUUID (iOS before 15.4, Android WebView before 92 lack it)", () => {
		const crypto = globalThis.crypto as { randomUUID?: () => string };
		const own = Object.getOwnPropertyDescriptor(crypto, "randomUUID");
		const proto = Object.getPrototypeOf(crypto) as object;
		const inherited = Object.getOwnPropertyDescriptor(proto, "randomUUID");
		// Hide the function wherever it lives, as an old web view would lack it.
		Object.defineProperty(crypto, "randomUUID", { value: undefined, configurable: true, writable: true });
		try {
			expect(typeof crypto.randomUUID).not.toBe("function");
			const text = buildCalendar([action], { now: local("2026-11-25T18:00"), vaultName: "V" });
			expect(events(text)).toHaveLength(1);
		} finally {
			if (own) Object.defineProperty(crypto, "randomUUID", own);
			else delete crypto.randomUUID;
			if (inherited && !Object.getOwnPropertyDescriptor(proto, "randomUUID")) Object.defineProperty(proto, "randomUUID", inherited);
		}
		expect(typeof crypto.randomUUID).toBe("function");
	});
});
