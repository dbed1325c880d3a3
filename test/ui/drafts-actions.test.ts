// @vitest-environment happy-dom
import { MarkdownView } from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getOpenModals, notices, resetFakeGlobals, type Modal } from "../fakes/obsidian";
import { parseMailto } from "../../src/core/mailto";
import { LONG_MAIL_NOTICE } from "../../src/ui/drafts-actions";
import { click, exampleVault, loadExample, openPane, row, TIMERS, type Loaded } from "../plugin/harness";

const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";
const UMBRELLA = "Interviews/2026-11-27 Umbrella Health - Senior engineer.md";
const OVERRIDES = "Templates/Follow-up drafts";

let h: Loaded;
let clipboard: string[];
let opened: string[];
const text = (path: string) => h.app.vault.readSync(h.app.vault.getFileByPath(path)!);
const messages = () => notices.map((n) => n.message);

function stubClipboard(refuse = false): void {
	Object.defineProperty(navigator, "clipboard", {
		configurable: true,
		value: {
			writeText: async (t: string) => {
				if (refuse) throw new Error("Not allowed");
				clipboard.push(t);
			},
		},
	});
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: [...TIMERS] });
	clipboard = [];
	opened = [];
	stubClipboard();
	vi.spyOn(window, "open").mockImplementation((url?: string | URL) => {
		opened.push(String(url));
		return null;
	});
});
afterEach(() => {
	h?.plugin.unload();
	resetFakeGlobals();
	vi.restoreAllMocks();
	delete (navigator as { clipboard?: unknown }).clipboard;
	vi.useRealTimers();
});

async function rowButton(path: string, kind: string, id: "insert-draft" | "drafts"): Promise<HTMLElement> {
	const pane = await openPane(h);
	const button = row(pane, path, kind)?.el.querySelector<HTMLElement>(`.ifu-row-action-${id}`);
	if (!button) throw new Error(`no ${id} button on ${path} ${kind}`);
	return button;
}

async function preview(path: string, kind: string): Promise<Modal> {
	click(await rowButton(path, kind, "drafts"));
	await h.settle();
	const [modal] = getOpenModals();
	if (!modal) throw new Error("no draft preview opened");
	return modal;
}

function buttonIn(el: HTMLElement, label: string, index = 0): HTMLElement {
	const found = Array.from(el.querySelectorAll<HTMLElement>("button")).filter((b) => b.textContent === label);
	if (!found[index]) throw new Error(`no button "${label}" #${index}`);
	return found[index];
}

describe("the pane's draft buttons", () => {
	it("are on every row, named for the row, and reachable by keyboard", async () => {
		h = await loadExample();
		const pane = await openPane(h);
		const thanks = row(pane, ACME, "thank-you")!.el;
		expect(thanks.querySelector("button.ifu-row-action-insert-draft")?.getAttribute("aria-label")).toBe("Insert draft: Send a thank-you to Dana Whitfield and Marcus Oyelaran, Acme Robotics · Platform engineer");
		expect(thanks.querySelector("button.ifu-row-action-drafts")?.getAttribute("aria-label")).toBe("Preview draft: Send a thank-you to Dana Whitfield and Marcus Oyelaran, Acme Robotics · Platform engineer");
		const rows = Array.from(pane.querySelectorAll(".ifu-row:not(.ifu-problem)"));
		expect(rows.every((r) => r.querySelector("button.ifu-row-action-insert-draft") && r.querySelector("button.ifu-row-action-drafts"))).toBe(true);
	});
});

describe("inserting from the pane", () => {
	it("adds the drafts under a new Follow-up drafts heading at the end, leaving the note's text as it was", async () => {
		h = await loadExample();
		const before = text(ACME);
		click(await rowButton(ACME, "thank-you", "insert-draft"));
		await h.settle();
		const after = text(ACME);
		expect(after.startsWith(before)).toBe(true);
		const added = after.slice(before.length);
		expect(added).toMatch(/^\n## Follow-up drafts\n\n### Thank-you to Dana Whitfield — 2026-11-25\n\*\*To:\*\* Dana Whitfield \(dana\.whitfield\\@acme-robotics\.example\)\n\*\*Subject:\*\* [^\n]*Platform engineer interview[^\n]* – Jordan Rivera\n\nHi Dana,\n/);
		expect(added).toContain("\n\n### Thank-you to Marcus Oyelaran — 2026-11-25\n");
		expect(added.match(/\[Open in mail app\]\(mailto:/g)).toHaveLength(2);
		expect(messages()).toEqual([
			'Inserted 2 thank-yous into Acme Robotics, under "Follow-up drafts".\nBefore sending:\n• The letters to Dana Whitfield name only the topic of their focus ("keeping arm calibration inside ±0.05 mm"), not the rest ("as the fleet grows from 40 to 400 robots"): a letter tells no one back what they said of their own work. Add it in your own words if it matters.\n• Attach "Tolerance stack-up.png" to the thank-you to Dana Whitfield yourself: a mail link cannot carry files.',
		]);
	});

	it("points a general thank-you at the note's own lines about the person, in its notice", async () => {
		const files = exampleVault();
		const TAILOR = "Interviews/2026-11-25 Bellweather - Tailor.md";
		files[TAILOR] =
			"---\ntype: interview\ncompany: Bellweather\nrole: Tailor\ninterview_start: 2026-11-25T11:00\ninterviewers: Leonard Bell <leo@b.example>, Ana Ruiz <ana@b.example>\nprimary_contact: Leonard Bell <leo@b.example>\n---\n## notes\n- ana asked abt difficult brides\n";
		h = await loadExample({ files });
		click(await rowButton(TAILOR, "thank-you", "insert-draft"));
		await h.settle();
		expect(messages().join("\n")).toContain('Your own notes below the properties mention Ana on line 10 ("ana asked abt difficult brides"): what mattered to them there can go in their focus.');
		expect(text(TAILOR)).not.toMatch(/Follow-up drafts[\s\S]*difficult brides/);
	});

	it("appends under an existing heading, before the next section, and keeps what follows", async () => {
		const files = exampleVault();
		const head = files[ACME].replace("## Next steps", "## Follow-up drafts\n\nMy own note about drafts.\n\n## Next steps");
		files[ACME] = head;
		h = await loadExample({ files });
		click(await rowButton(ACME, "next-steps", "insert-draft"));
		await h.settle();
		const [top, rest] = head.split("My own note about drafts.\n");
		const after = text(ACME);
		expect(after.startsWith(`${top}My own note about drafts.\n\n### Next-steps question to Lena Okafor — 2026-11-25\n`)).toBe(true);
		expect(after.endsWith(rest)).toBe(true);
		const block = after.slice(top.length + "My own note about drafts.\n".length, after.length - rest.length);
		expect(block).toMatch(/\[Open in mail app\]\(mailto:lena\.okafor@acme-robotics\.example\?subject=Next%20steps[^)]*\)\n$/);
		expect(block).toMatch(/what the next stage looks like|how the process continues|what the next stage involves/);
	});

	it("writes on the note's latest text: an edit made just before the write is kept", async () => {
		h = await loadExample();
		const file = h.app.vault.getFileByPath(ACME)!;
		const edited = text(ACME).replace("Remote days?", "Remote days? (typed just now)");
		const process = h.app.vault.process.bind(h.app.vault);
		vi.spyOn(h.app.vault, "process").mockImplementation((f, fn, options) => {
			void h.app.vault.modify(file, edited);
			return process(f, fn, options);
		});
		click(await rowButton(ACME, "thank-you", "insert-draft"));
		await h.settle();
		const after = text(ACME);
		expect(after.startsWith(edited)).toBe(true);
		expect(after).toContain("## Follow-up drafts\n\n### Thank-you to Dana Whitfield");
	});

	it("inserts into the editor of a note that is open, so that typing not yet saved is kept", async () => {
		h = await loadExample();
		const insert = await rowButton(ACME, "thank-you", "insert-draft");
		await h.app.workspace.getLeaf(false).openFile(h.app.vault.getFileByPath(ACME)!);
		await h.app.settle();
		const editor = h.app.workspace.getActiveViewOfType(MarkdownView)!.editor;
		editor.setCursor(editor.offsetToPos(editor.getValue().indexOf("Remote days?") + "Remote days?".length));
		editor.replaceSelection(" (typed just now)");
		click(insert);
		await h.app.settle();
		expect(editor.getValue()).toContain("Remote days? (typed just now)");
		expect(editor.getValue()).toContain("## Follow-up drafts\n\n### Thank-you to Dana Whitfield");
		await h.settle();
		expect(text(ACME)).toBe(editor.getValue());
	});

	it("uses an override note from the draft-template folder instead of the built-in, and reports an unknown placeholder", async () => {
		const files = exampleVault();
		files[`${OVERRIDES}/next-steps.md`] = "---\nsubject: \"Timeline at {{company}}?\"\n---\nHi {{primary_contact.first_name}},\n\nWhat happens next? {{mood}}\n\n{{my_name}}\n";
		h = await loadExample({ files });
		click(await rowButton(ACME, "next-steps", "insert-draft"));
		await h.settle();
		const after = text(ACME);
		expect(after).toContain("**Subject:** Timeline at Acme Robotics?\n\nHi Lena,\n\nWhat happens next? {{mood}}\n\nJordan Rivera\n\n[Open in mail app]");
		expect(after).not.toMatch(/what the next stage|how the process continues/);
		expect(messages()[0]).toMatch(/^Inserted the next-steps question into Acme Robotics, under "Follow-up drafts"\.\nBefore sending:\n• The "next-steps" draft template uses \{\{mood\}\}/);
	});
});

describe("the draft preview", () => {
	it("shows each draft with its recipient, subject and text, and copies the one picked", async () => {
		h = await loadExample();
		const modal = await preview(ACME, "thank-you");
		expect(modal.titleEl.textContent).toBe("Thank-you: Acme Robotics");
		const drafts = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".ifu-draft"));
		expect(drafts.map((d) => d.querySelector(".ifu-draft-heading")?.textContent)).toEqual(["To Dana Whitfield", "To Marcus Oyelaran"]);
		expect(drafts[1].querySelector(".ifu-draft-to")?.textContent).toBe("Email: marcus.oyelaran@acme-robotics.example");
		const body = drafts[1].querySelector<HTMLTextAreaElement>("textarea")!;
		expect(body.readOnly).toBe(true);
		expect(body.value.startsWith("Hi Marcus,\n\n")).toBe(true);
		expect(modal.contentEl.querySelector(".ifu-draft-problems")?.textContent).toContain('Attach "Tolerance stack-up.png"');
		// The keyboard starts on the first draft's copy button.
		expect(document.activeElement).toBe(buttonIn(drafts[0], "Copy"));

		click(buttonIn(drafts[1], "Copy"));
		await h.settle();
		const subject = drafts[1].querySelector(".ifu-draft-subject")?.textContent ?? "";
		expect(subject).toMatch(/^Subject: .*Platform engineer interview.* – Jordan Rivera$/);
		expect(clipboard).toEqual([`${subject}\n\n${body.value}`]);
		expect(messages()[0]).toMatch(/^Copied the thank-you to Marcus Oyelaran\.\nBefore sending:/);
	});

	it("names under each draft the sentences written from the note, each found in the draft's text", async () => {
		h = await loadExample();
		const modal = await preview(ACME, "thank-you");
		const drafts = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".ifu-draft"));
		for (const draft of drafts) {
			const box = draft.querySelector(".ifu-draft-from-notes");
			expect(box?.querySelector(".ifu-draft-from-notes-title")?.textContent).toBe("Written from your notes, so read these before sending:");
			const sentences = Array.from(box?.querySelectorAll("li") ?? []).map((li) => li.childNodes[0]?.textContent ?? "");
			expect(sentences.length).toBeGreaterThan(0);
			const body = draft.querySelector<HTMLTextAreaElement>("textarea")!.value;
			for (const s of sentences) expect(body).toContain(s);
		}
		// Dana's focus in the note: "Keeping arm calibration inside ±0.05 mm as the fleet grows …".
		const dana = Array.from(drafts[0].querySelectorAll(".ifu-draft-from-notes li")).map((li) => li.textContent);
		expect(dana.some((s) => s?.includes("arm calibration inside ±0.05 mm"))).toBe(true);
	});

	it("says so when the clipboard refuses", async () => {
		h = await loadExample();
		stubClipboard(true);
		const modal = await preview(ACME, "next-steps");
		click(buttonIn(modal.contentEl, "Copy"));
		await h.settle();
		expect(messages()).toEqual(["Could not copy the next-steps question to Lena Okafor: select the text in the draft and copy it by hand."]);
	});

	it("opens the whole message in the mail app when the link is short enough", async () => {
		h = await loadExample();
		const modal = await preview(ACME, "next-steps");
		click(buttonIn(modal.contentEl, "Open in mail app"));
		await h.settle();
		expect(opened).toHaveLength(1);
		const link = parseMailto(opened[0]);
		expect(link.to).toEqual(["lena.okafor@acme-robotics.example"]);
		expect(link.headers.subject).toBe("Next steps – Platform engineer interview – Jordan Rivera");
		expect(link.headers.body).toMatch(/what the next stage looks like|how the process continues|what the next stage involves/);
		expect(clipboard).toEqual([]);
	});

	it("opens a long message with the subject only, puts the body on the clipboard and says so", async () => {
		const files = exampleVault();
		const paragraph = "I would be glad to share more about the rollout work, the calibration checker and anything else that helps the team decide. ";
		files[`${OVERRIDES}/next-steps.md`] = `Hi {{primary_contact.first_name}},\n\n${paragraph.repeat(16)}\n`;
		h = await loadExample({ files });
		const modal = await preview(ACME, "next-steps");
		expect(modal.contentEl.querySelector(".ifu-draft-hint")?.textContent).toMatch(/long for a mail link/);
		const body = modal.contentEl.querySelector<HTMLTextAreaElement>("textarea")!.value;
		click(buttonIn(modal.contentEl, "Open in mail app"));
		await h.settle();
		const link = parseMailto(opened[0]);
		expect(link.to).toEqual(["lena.okafor@acme-robotics.example"]);
		expect(link.headers).toEqual({ subject: "Next steps – Platform engineer interview – Jordan Rivera" });
		expect(clipboard).toEqual([body]);
		expect(messages()).toEqual([LONG_MAIL_NOTICE]);
		expect(LONG_MAIL_NOTICE).toBe("The message is long for a mail link: the body is on your clipboard, paste it into the email.");
	});

	it("never puts an invalid address into a mail link, and tells the user", async () => {
		h = await loadExample();
		const modal = await preview(UMBRELLA, "thank-you");
		const drafts = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".ifu-draft"));
		expect(drafts[0].querySelector(".ifu-draft-to")?.textContent).toBe('Email: "jane@@umbrella" (Jane Holt) does not look valid and is left out of the mail link');
		const problems = modal.contentEl.querySelector(".ifu-draft-problems")?.textContent ?? "";
		expect(problems.match(/jane@@umbrella/g)).toHaveLength(1);
		for (const draft of drafts) click(buttonIn(draft, "Open in mail app"));
		await h.settle();
		expect(opened.length).toBe(drafts.length);
		expect(parseMailto(opened[0]).to).toEqual([]);
		for (const uri of opened) {
			const link = parseMailto(uri);
			expect(link.to.join(",")).not.toMatch(/jane/i);
			expect(Object.keys(link.headers).sort()).toEqual(["body", "subject"]);
		}

		// The links written into the note leave it out too, while the To line still shows it to fix.
		click(buttonIn(modal.modalEl, "Insert all into note"));
		await h.settle();
		expect(getOpenModals()).toEqual([]);
		const note = text(UMBRELLA);
		expect(note).toContain("**To:** Jane Holt (jane\\@\\@umbrella)");
		const links = [...note.matchAll(/\]\((mailto:[^)]*)\)/g)].map((m) => m[1]);
		expect(links).toHaveLength(drafts.length);
		for (const uri of links) {
			expect(parseMailto(uri).to.join(",")).not.toMatch(/jane/i);
			expect(Object.keys(parseMailto(uri).headers).sort()).toEqual(["body", "subject"]);
		}
	});

	it("offers the call script of a check-in and the profile of a LinkedIn note", async () => {
		h = await loadExample();
		let modal = await preview("Interviews/2026-11-17 Hooli - Infrastructure engineer.md", "check-in");
		const script = modal.contentEl.querySelector<HTMLElement>(".ifu-draft-script");
		expect(script?.querySelector("summary")?.textContent).toBe("If you would rather call");
		click(buttonIn(script!, "Copy call script"));
		await h.settle();
		expect(clipboard[0]).toMatch(/^Hi Maya, it's Jordan Rivera — I interviewed for/);
		modal.close();

		modal = await preview(ACME, "linkedin");
		expect(modal.contentEl.querySelector(".ifu-draft-heading")?.textContent).toBe("Invitation to Marcus Oyelaran");
		expect(Array.from(modal.modalEl.querySelectorAll("button")).map((b) => b.textContent)).toEqual(["Copy", "Open profile", "Insert into note"]);
		click(buttonIn(modal.contentEl, "Open profile"));
		click(buttonIn(modal.contentEl, "Copy"));
		await h.settle();
		expect(opened).toEqual(["https://www.linkedin.com/in/marcus-oyelaran-example"]);
		expect(clipboard[1]).toMatch(/^Hi Marcus, .* today\b/);
	});
});
