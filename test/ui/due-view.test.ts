// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { MarkdownView } from "obsidian";
import { getOpenModals, menus, notices, Platform } from "../fakes/obsidian";
import { click, exampleVault, loadExample, openPane, paneEl, paneRows, row, type Loaded, usePluginTestLifecycle } from "../plugin/harness";
import { local } from "../builders/interview";

const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";
const NORTHWIND = "Interviews/2026-11-25 Northwind Traders - Site reliability engineer.md";
const GLOBEX = "Interviews/2026-11-25 Globex - Staff engineer.md";
const CYBERDYNE = "Interviews/2026-11-23 Cyberdyne - ML platform engineer.md";
const STARK = "Interviews/2026-11-10 Stark Industries - Firmware engineer.md";

let h: Loaded;
const text = (path: string) => h.app.vault.readSync(h.app.vault.getFileByPath(path)!);

usePluginTestLifecycle();

describe("the due pane on the example vault at 2026-11-25 18:00", () => {
	it("groups the follow-ups by urgency, each with what to do, to whom and the clock", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const sections = Array.from(pane.querySelectorAll(".ifu-section-title")).map((e) => e.textContent);
		expect(sections).toEqual(["Overdue", "Late", "Due now", "Snoozed", "Upcoming", "Waiting on reply", "Problems"]);

		const thanks = row(pane, ACME, "thank-you");
		expect(thanks).toMatchObject({
			section: "Due now",
			title: "Acme Robotics · Platform engineer",
			todo: "Send a thank-you",
			to: "To Dana Whitfield and Marcus Oyelaran",
			clock: "Ideal window closes in 4 h 30 min",
		});
		// The actions with a clock running come first in their section, the closest deadline first.
		expect(paneRows(pane).filter((r) => r.section === "Due now")[0].file).toBe(NORTHWIND);
		expect(row(pane, NORTHWIND, "thank-you")?.to).toBe("To Jane Holt, Omar Haddad and Dev Patel; Jane Holt is asked to pass your thanks on to Priya Raman");
		expect(row(pane, GLOBEX, "thank-you")).toMatchObject({
			section: "Late",
			to: "To Owen Mercer, Priya Natarajan and Renee Alvarez; Renee Alvarez is asked to pass your thanks on to Tom Becker",
			clock: "Ideal window closed 30 min ago; deadline in 15 h 30 min",
		});
		expect(row(pane, CYBERDYNE, "next-steps")).toMatchObject({ section: "Snoozed" });
		expect(row(pane, CYBERDYNE, "next-steps")?.clock).toMatch(/^Snoozed until tomorrow 09:00/);
		expect(row(pane, CYBERDYNE, "next-steps")?.el.classList.contains("is-snoozed")).toBe(true);
		expect(row(pane, "Interviews/2026-11-24 Wayne Enterprises - Data engineer.md", "check-in")).toMatchObject({
			section: "Waiting on reply",
			clock: "Check in from Sat 5 Dec 09:00 (in 9 days)",
		});
		// Closed and offered interviews have nothing pending.
		expect(paneRows(pane).some((r) => r.file.includes("Soylent") || r.file.includes("Wonka"))).toBe(false);
	});

	it("lists the problems, each opening its note at the line", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const problems = Array.from(pane.querySelectorAll<HTMLElement>(".ifu-problem"));
		const broken = problems.find((p) => p.dataset.file === "Interviews/Broken - Massive Dynamic.md");
		expect(broken?.querySelector(".ifu-row-title")?.textContent).toBe("Broken - Massive Dynamic, line 4");
		expect(broken?.classList.contains("is-error")).toBe(true);
		expect(problems.some((p) => p.dataset.file?.includes("Vandelay") && /next Tuesday/.test(p.textContent ?? ""))).toBe(true);

		click(broken?.querySelector(".ifu-row-title"));
		await h.settle();
		expect(h.app.workspace.getActiveFile()?.path).toBe("Interviews/Broken - Massive Dynamic.md");
	});

	it("opens a note in a new tab on Cmd-click on macOS, Ctrl-click elsewhere, or a middle click; Ctrl-click on macOS is not one", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const title = pane.querySelector<HTMLElement>(`.ifu-row[data-file="${ACME}"] .ifu-row-title`)!;
		const tabs = () => h.app.workspace.getLeavesOfType("markdown").length;
		const press = async (init: MouseEventInit, type = "click") => {
			title.dispatchEvent(new MouseEvent(type, { bubbles: true, ...init }));
			await h.settle();
			return tabs();
		};
		const first = await press({});
		expect(h.app.workspace.getActiveFile()?.path).toBe(ACME);
		expect(await press({})).toBe(first);
		Platform.isMacOS = true;
		expect(await press({ ctrlKey: true })).toBe(first);
		expect(await press({ metaKey: true })).toBe(first + 1);
		Platform.isMacOS = false;
		expect(await press({ ctrlKey: true })).toBe(first + 2);
		expect(await press({ button: 1 }, "auxclick")).toBe(first + 3);
		expect(await press({ button: 2 }, "auxclick")).toBe(first + 3);
	});

	it("gives every button a name of its own and lets the arrow keys move between rows", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const names = Array.from(pane.querySelectorAll(".ifu-row button")).map((button) => button.getAttribute("aria-label") || button.textContent?.trim());
		expect(names.every((name) => name)).toBe(true);
		// Two rows of one interview (Globex's thank-you and next-steps question) never share a name.
		expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
		expect(names).toContain("Preview draft: Send a thank-you to Owen Mercer, Priya Natarajan and Renee Alvarez, Globex · Staff engineer");
		const titles = Array.from(pane.querySelectorAll<HTMLElement>(".ifu-row-title"));
		titles[0].focus();
		titles[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
		expect(document.activeElement).toBe(titles[1]);
		titles[1].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true }));
		expect(document.activeElement).toBe(titles[0]);
	});

	it("folds a section and remembers it", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const header = pane.querySelector<HTMLElement>('.ifu-section-header[data-section="upcoming"]')!;
		click(header);
		expect(paneEl(h).querySelector('.ifu-section-header[data-section="upcoming"]')?.getAttribute("aria-expanded")).toBe("false");
		expect(paneRows(paneEl(h)).some((r) => r.section === "Upcoming")).toBe(false);
		const leaf = h.app.workspace.getLeavesOfType("interview-follow-up-due")[0];
		expect(leaf.getViewState().state).toMatchObject({ collapsed: ["upcoming"] });
	});
});

describe("the due pane follows the vault", () => {
	it("changes when a note is edited", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		expect(row(pane, ACME, "thank-you")).toBeDefined();
		await h.app.vault.process(h.app.vault.getFileByPath(ACME)!, (t) => t.replace("thank_you_sent:\n", "thank_you_sent: 2026-11-25T17:00\n"));
		await h.settle();
		expect(row(paneEl(h), ACME, "thank-you")).toBeUndefined();
		expect(row(paneEl(h), ACME, "check-in")?.section).toBe("Waiting on reply");
	});

	it("follows a rename and a deletion", async () => {
		h = await loadExample();
		await openPane(h);
		await h.app.vault.rename(h.app.vault.getFileByPath(ACME)!, "Interviews/Acme.md");
		await h.app.vault.delete(h.app.vault.getFileByPath(GLOBEX)!);
		await h.settle();
		const rows = paneRows(paneEl(h));
		expect(rows.some((r) => r.file === ACME)).toBe(false);
		expect(row(paneEl(h), "Interviews/Acme.md", "thank-you")?.section).toBe("Due now");
		expect(rows.some((r) => r.file === GLOBEX)).toBe(false);
	});

	it("counts down as the minutes pass, without any change to the notes", async () => {
		h = await loadExample();
		await openPane(h);
		await h.advance(60_000 * 10);
		expect(row(paneEl(h), ACME, "thank-you")?.clock).toBe("Ideal window closes in 4 h 20 min");
	});

	it("shows how to create the first interview note when there is none", async () => {
		h = await loadExample({ files: { "Welcome.md": "# Hello\n" } });
		const pane = await openPane(h);
		expect(pane.querySelector(".ifu-empty")?.textContent).toMatch(/No interview notes yet/);
		expect(pane.querySelector(".ifu-example")?.textContent).toMatch(/^---\ntype: interview\n/);
		click(Array.from(pane.querySelectorAll("button")).find((b) => b.textContent === "New interview note"));
		expect(getOpenModals().map((m) => m.titleEl.textContent)).toEqual(["New interview note"]);
	});
});

describe("recording from the pane", () => {
	it("marks a thank-you done: the key and a log line are written, every other byte kept", async () => {
		h = await loadExample();
		const before = text(ACME);
		const pane = await openPane(h);
		click(row(pane, ACME, "thank-you")?.el.querySelector(".ifu-done"));
		// The next-steps question is pending too: the user says whether the message asked it.
		const menu = menus[menus.length - 1];
		expect(menu.menuItems.map((i) => i.title)).toEqual(["Thank-you sent", "Thank-you sent, with the next-steps question"]);
		click(menu.menuItems[0].dom);
		await h.settle();

		const after = text(ACME);
		expect(after.replace("thank_you_sent: 2026-11-25T18:00\n", "thank_you_sent:\n").startsWith(before)).toBe(true);
		expect(after.slice(before.length + " 2026-11-25T18:00".length)).toBe("\n## Follow-up log\n- 2026-11-25 18:00 Thank-you sent\n");
		expect(row(paneEl(h), ACME, "thank-you")).toBeUndefined();
		expect(row(paneEl(h), ACME, "next-steps")).toBeDefined();
		expect(notices.map((n) => n.message)).toContain("Thank-you sent: recorded in Acme Robotics.");
	});

	it("records both keys when the thank-you also asked about next steps", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		click(row(pane, ACME, "thank-you")?.el.querySelector(".ifu-done"));
		click(menus[menus.length - 1].menuItems[1].dom);
		await h.settle();
		expect(text(ACME)).toContain("\nthank_you_sent: 2026-11-25T18:00\nnext_steps_asked: 2026-11-25T18:00\n");
		expect(text(ACME)).toContain("- 2026-11-25 18:00 Thank-you sent\n- 2026-11-25 18:00 Asked about next steps and timeline\n");
		expect(paneRows(paneEl(h)).filter((r) => r.file === ACME && r.section !== "Waiting on reply").map((r) => r.kind)).toEqual(["handwritten-note", "linkedin"]);
	});

	it("loses nothing typed into the note between the pane's read and its write", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const file = h.app.vault.getFileByPath(ACME)!;
		// The user types; the metadata cache (and the pane) have not caught up when the button is pressed.
		await h.app.vault.modify(file, text(ACME).replace("## Next steps\n", "## Next steps\n\nJust typed this.\n"));
		click(row(pane, ACME, "next-steps")?.el.querySelector(".ifu-done"));
		await h.settle();
		expect(text(ACME)).toContain("Just typed this.");
		expect(text(ACME)).toContain("\nnext_steps_asked: 2026-11-25T18:00\n");
	});

	it("loses nothing typed into the open note and not yet saved when the pane marks the thank-you sent", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const file = h.app.vault.getFileByPath(ACME)!;
		await h.app.workspace.getLeaf(false).openFile(file);
		await h.app.settle();
		const view = h.app.workspace.getActiveViewOfType(MarkdownView)!;
		const editor = view.editor;
		// The user types under a heading; Obsidian saves two seconds after the last keystroke.
		editor.setCursor(editor.offsetToPos(editor.getValue().indexOf("## Next steps\n") + "## Next steps\n".length));
		editor.replaceSelection("Just typed this.\n");
		expect(text(ACME)).not.toContain("Just typed this.");
		click(row(pane, ACME, "thank-you")?.el.querySelector(".ifu-done"));
		click(menus[menus.length - 1].menuItems[0].dom);
		await h.app.settle();
		// Written into the editor, where the typing is: the cursor stays where the user left it.
		expect(editor.getValue()).toContain("\nthank_you_sent: 2026-11-25T18:00\n");
		expect(editor.getCursor()).toEqual(editor.offsetToPos(editor.getValue().indexOf("Just typed this.\n") + "Just typed this.\n".length));
		await h.settle();
		expect(text(ACME)).toBe(editor.getValue());
		expect(text(ACME)).toContain("Just typed this.");
		expect(text(ACME)).toContain("\nthank_you_sent: 2026-11-25T18:00\n");
		expect(text(ACME)).toContain("- 2026-11-25 18:00 Thank-you sent\n");
	});

	it("logs a reply", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		click(row(pane, STARK, "close-out")?.el.querySelector(".ifu-reply"));
		await h.settle();
		expect(text(STARK)).toContain("\nreply_received: 2026-11-25T18:00\n");
		expect(row(paneEl(h), STARK, "close-out")).toBeUndefined();
	});

	it("snoozes a note until tomorrow morning, and unsnoozes it", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		click(row(pane, ACME, "thank-you")?.el.querySelector(".ifu-snooze"));
		const menu = menus[menus.length - 1];
		expect(menu.menuItems.map((i) => i.title)).toEqual(["For 1 hour (until today 19:00)", "Until tomorrow evening (18:00)", "Until tomorrow morning (09:00)"]);
		click(menu.menuItems[2].dom);
		await h.settle();
		expect(text(ACME)).toContain("\nsnoozed_until: 2026-11-26T09:00\n");
		expect(text(ACME)).not.toContain("## Follow-up log");
		expect(row(paneEl(h), ACME, "thank-you")?.section).toBe("Snoozed");

		click(row(paneEl(h), ACME, "thank-you")?.el.querySelector(".ifu-unsnooze"));
		await h.settle();
		expect(text(ACME)).not.toContain("snoozed_until");
		expect(row(paneEl(h), ACME, "thank-you")?.section).toBe("Due now");
	});

	it("closes out only after confirmation", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		click(row(pane, STARK, "close-out")?.el.querySelector(".ifu-done"));
		const [modal] = getOpenModals();
		expect(modal.titleEl.textContent).toBe("Close out Stark Industries?");
		click(Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Cancel"));
		await h.settle();
		expect(text(STARK)).toContain("\nstatus: active\n");

		click(row(paneEl(h), STARK, "close-out")?.el.querySelector(".ifu-done"));
		click(Array.from(getOpenModals()[0].contentEl.querySelectorAll("button")).find((b) => b.textContent === "Close out"));
		await h.settle();
		expect(text(STARK)).toContain("\nstatus: closed\n");
		expect(text(STARK)).toContain("\nclosed_on: 2026-11-25\n");
		expect(text(STARK)).toContain("- 2026-11-25 18:00 Closed\n");
		expect(paneRows(paneEl(h)).some((r) => r.file === STARK)).toBe(false);
	});

	it("says why nothing was written when the note cannot be edited safely", async () => {
		const files = exampleVault();
		files[ACME] = files[ACME].replace("type: interview\n", "type: interview\n? a complex key\n: that the writer will not touch\n");
		h = await loadExample({ files, now: local("2026-11-25T18:00") });
		const pane = await openPane(h);
		const before = text(ACME);
		click(row(pane, ACME, "next-steps")?.el.querySelector(".ifu-done"));
		await h.settle();
		expect(text(ACME)).toBe(before);
		expect(notices[notices.length - 1].message).toMatch(/^Could not record this in Acme Robotics\. .*Nothing was written\.$/);
	});
});

describe("extra row buttons", () => {
	it("shows the buttons another feature registers (drafts plug in here)", async () => {
		h = await loadExample();
		const run = vi.fn();
		h.plugin.rowActions.push({ id: "copy-draft", label: "Copy draft", icon: "copy", appliesTo: (a) => a.kind === "thank-you", run });
		h.plugin.index.rescan();
		await h.settle();
		const pane = await openPane(h);
		const button = row(pane, ACME, "thank-you")?.el.querySelector<HTMLElement>(".ifu-row-action-copy-draft");
		expect(button?.getAttribute("aria-label")).toBe("Copy draft: Send a thank-you to Dana Whitfield and Marcus Oyelaran, Acme Robotics · Platform engineer");
		expect(row(pane, ACME, "next-steps")?.el.querySelector(".ifu-row-action-copy-draft")).toBeNull();
		click(button);
		expect(run).toHaveBeenCalledWith(expect.objectContaining({ file: ACME, kind: "thank-you" }), expect.anything());
	});
});

describe("a long due list", () => {
	it("draws the first rows of a section and the rest on request", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 40; i++) {
			files[`Interviews/Company ${String(i).padStart(2, "0")}.md`] = `---\ntype: interview\ncompany: Company ${i}\nrole: Engineer\ninterview_start: 2026-11-25T13:00\ninterview_end: 2026-11-25T14:00\nnext_steps: Told\nprimary_contact: Dana\nprimary_contact_email: dana@c${i}.example\n---\n`;
		}
		h = await loadExample({ files });
		const pane = await openPane(h);
		expect(paneRows(pane)).toHaveLength(25);
		const more = pane.querySelector<HTMLElement>(".ifu-show-more")!;
		expect(more.textContent).toBe("Show 15 more (15 not shown)");
		click(more);
		expect(paneRows(pane)).toHaveLength(40);
		expect(pane.querySelector(".ifu-show-more")).toBeNull();
		// The summary still counts every follow-up.
		expect(pane.querySelector(".ifu-summary")?.textContent).toBe("40 follow-ups to send now.");
	});
});
