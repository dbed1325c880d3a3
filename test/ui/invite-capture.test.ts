// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getOpenModals, Menu, TFile } from "../fakes/obsidian";
import { readPeopleField } from "../../src/ui/new-interview-modal";
import { exampleVault, loadExample, PLUGIN_ID, type Loaded, usePluginTestLifecycle } from "../plugin/harness";
import { DUE_VIEW_TYPE } from "../../src/ui/due-view";

let h: Loaded;
const INVITE = "Invites/Northwind Traders interview.ics";
const NOTE = "Interviews/2026-11-24 Northwind Traders - Staff Platform Engineer.md";

usePluginTestLifecycle();
beforeEach(async () => {
	// The example vault with its invite (the shared loader reads only notes and settings).
	h = await loadExample({ files: { ...exampleVault(), [INVITE]: readFileSync(resolve(process.cwd(), "example-vault", INVITE), "utf8") } });
});

function button(el: HTMLElement, label: string): HTMLButtonElement {
	const found = Array.from(el.querySelectorAll("button")).find((b) => b.textContent === label);
	if (!found) throw new Error(`no button ${label}`);
	return found;
}

function input(el: HTMLElement, field: string): HTMLInputElement {
	return el.querySelector<HTMLInputElement>(`input[data-field="${field}"]`)!;
}

async function pickInviteFile(): Promise<void> {
	h.app.commands.executeCommandById(`${PLUGIN_ID}:new-interview-note-from-invite`);
	await h.settle();
	const [picker] = getOpenModals() as unknown as Array<{ values: Array<{ item: unknown }>; resultContainerEl: HTMLElement }>;
	const items = picker.values.map((v) => (v.item instanceof TFile ? v.item.path : v.item));
	expect(items).toEqual(["paste", INVITE]);
	(picker.resultContainerEl.children[1] as HTMLElement).click();
	await h.settle();
}

describe("new interview note from a calendar invite", () => {
	it("picks an .ics of the vault, shows the form prefilled, creates the note and shows its follow-ups", async () => {
		await pickInviteFile();
		const [form] = getOpenModals();
		expect(form.titleEl.textContent).toBe("New interview note from invite");
		expect(input(form.contentEl, "company").value).toBe("Northwind Traders");
		expect(input(form.contentEl, "role").value).toBe("Staff Platform Engineer");
		expect(input(form.contentEl, "format").value).toBe("video");
		expect(input(form.contentEl, "primaryContact").value).toBe("Maya Chen");
		expect(input(form.contentEl, "primaryContactEmail").value).toBe("maya.chen@northwind.example");
		// The user (the setting "My email addresses") is not an interviewer.
		expect(input(form.contentEl, "interviewers").value).toBe("Kwame Osei <kwame.osei@northwind.example>; Elena Petrova <elena.petrova@northwind.example>");
		// The user may correct anything before the note exists.
		const role = input(form.contentEl, "role");
		role.value = "Staff platform engineer";
		role.dispatchEvent(new Event("input"));
		button(form.contentEl, "Create note").click();
		await h.settle();

		const path = "Interviews/2026-11-24 Northwind Traders - Staff platform engineer.md";
		const text = h.app.vault.readSync(h.app.vault.getFileByPath(path)!);
		expect(text).toContain("\nrole: Staff platform engineer\n");
		expect(text).toContain("\ninterviewers:\n  - name: Kwame Osei\n    email: kwame.osei@northwind.example\n  - name: Elena Petrova\n");
		expect(text).toContain("\ninvite_uid: 7hq2c1v0n4northwind8x3k@google.com\n");
		expect(text).toContain("## Invitation\n\n```text\n");
		expect(h.app.workspace.getActiveFile()?.path).toBe(path);
		expect(h.app.workspace.getLeavesOfType(DUE_VIEW_TYPE)).toHaveLength(1);
		const interview = h.plugin.index.interviewFor(path);
		expect(interview?.interviewers.map((p) => p.email)).toEqual(["kwame.osei@northwind.example", "elena.petrova@northwind.example"]);
		expect(h.plugin.index.agenda(h.plugin.now()).actions.some((a) => a.file === path && a.kind === "thank-you")).toBe(true);
	});

	it("the same invite again asks before updating the note, and changes only what the invite says", async () => {
		await pickInviteFile();
		button(getOpenModals()[0].contentEl, "Create note").click();
		await h.settle();
		const before = h.app.vault.readSync(h.app.vault.getFileByPath(NOTE)!);
		const file = h.app.vault.getFileByPath(INVITE)!;
		const moved = h.app.vault.readSync(file).replace("SEQUENCE:0", "SEQUENCE:1").replace("20261124T100000", "20261124T103000");
		await h.app.vault.modify(file, moved);
		await h.settle();

		await pickInviteFile();
		const [confirm] = getOpenModals();
		expect(confirm.titleEl.textContent).toBe("Update interview note from invite");
		button(confirm.contentEl, "Update note").click();
		await h.settle();
		const after = h.app.vault.readSync(h.app.vault.getFileByPath(NOTE)!);
		expect(after).toBe(before.replace(/interview_start: \S+/, (l) => l.replace(/T\d\d:\d\d/, (t) => `T${String(Number(t.slice(1, 3))).padStart(2, "0")}:30`)));
		expect(h.app.vault.getFiles().filter((f) => f.path.startsWith("Interviews/2026-11-24 Northwind Traders"))).toHaveLength(1);
	});

	it("pasted text works the same way; what is not an invite gets a notice and no form", async () => {
		h.app.commands.executeCommandById(`${PLUGIN_ID}:new-interview-note-from-invite`);
		await h.settle();
		const [picker] = getOpenModals() as unknown as Array<{ resultContainerEl: HTMLElement }>;
		(picker.resultContainerEl.children[0] as HTMLElement).click();
		await h.settle();
		const [paste] = getOpenModals();
		const area = paste.contentEl.querySelector("textarea")!;
		area.value = "Lunch on Tuesday?";
		area.dispatchEvent(new Event("input"));
		button(paste.contentEl, "Read invite").click();
		await h.settle();
		expect(getOpenModals()).toEqual([]);
		expect(document.body.textContent).toMatch(/The pasted invite: This is not a calendar invite/);
	});

	it("the file menu of an .ics file offers it; a note's does not", async () => {
		const menuFor = (path: string) => {
			const menu = new Menu();
			h.app.workspace.trigger("file-menu", menu, h.app.vault.getAbstractFileByPath(path), "file-explorer");
			return menu.menuItems.map((i) => i.title);
		};
		expect(menuFor(INVITE)).toContain("New interview note from this invite");
		expect(menuFor(NOTE.replace("Northwind Traders - Staff Platform Engineer", "Acme Robotics - Platform engineer").replace("11-24", "11-25"))).not.toContain("New interview note from this invite");
		const menu = new Menu();
		h.app.workspace.trigger("file-menu", menu, h.app.vault.getAbstractFileByPath(INVITE), "file-explorer");
		menu.menuItems.find((i) => i.title === "New interview note from this invite")?.handleEvent(new MouseEvent("click"));
		await h.settle();
		expect(getOpenModals()[0].titleEl.textContent).toBe("New interview note from invite");
	});
});

describe("people typed into the form", () => {
	it("Name <email> entries and lists become the schema's maps", () => {
		expect(readPeopleField("Jane Doe <jane@acme.example>; Bo Chan")).toEqual([{ name: "Jane Doe", email: "jane@acme.example" }, { name: "Bo Chan" }]);
		expect(readPeopleField("Jane Doe <jane@acme.example>, bo@acme.example")).toEqual([{ name: "Jane Doe", email: "jane@acme.example" }, { name: "", email: "bo@acme.example" }]);
		expect(readPeopleField('"Doe, Jane" <jane@acme.example>, [[People/Sam Lee|Sam]]')).toEqual([{ name: "Jane Doe", email: "jane@acme.example" }, { name: "[[People/Sam Lee|Sam]]" }]);
		expect(readPeopleField("Holt, Jane; Ravi Menon")).toEqual([{ name: "Jane Holt" }, { name: "Ravi Menon" }]);
		expect(readPeopleField("Ann Lee and Bo Chan")).toEqual([{ name: "Ann Lee" }, { name: "Bo Chan" }]);
	});

	it("the form writes them as maps, and a contact typed as Name <email> fills both keys", async () => {
		h.app.commands.executeCommandById(`${PLUGIN_ID}:new-interview-note`);
		const [modal] = getOpenModals();
		for (const [key, value] of Object.entries({
			company: "Initrode",
			role: "SRE",
			start: "2026-11-26T14:00",
			primaryContact: "Lena Okafor <lena@initrode.example>",
			interviewers: "Ann Lee <ann@initrode.example>; Bo Chan",
		})) {
			const el = input(modal.contentEl, key);
			el.value = value;
			el.dispatchEvent(new Event("input"));
		}
		button(modal.contentEl, "Create note").click();
		await h.settle();
		const text = h.app.vault.readSync(h.app.vault.getFileByPath("Interviews/2026-11-26 Initrode - SRE.md")!);
		expect(text).toContain("\nprimary_contact: Lena Okafor\nprimary_contact_email: lena@initrode.example\n");
		expect(text).toContain("\ninterviewers:\n  - name: Ann Lee\n    email: ann@initrode.example\n  - name: Bo Chan\n");
		const interview = h.plugin.index.interviewFor("Interviews/2026-11-26 Initrode - SRE.md");
		expect(interview?.interviewers.map((p) => [p.name, p.email])).toEqual([["Ann Lee", "ann@initrode.example"], ["Bo Chan", undefined]]);
	});
});
