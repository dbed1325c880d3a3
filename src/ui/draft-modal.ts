// A preview of a follow-up's drafts (one per person where there are several): who it goes to, the
// subject and the text, with buttons to copy it, open it in the mail app or insert it into the note.
import { Modal, type App } from "obsidian";
import { FROM_NOTES_HEADING } from "../core/draft-block";
import { fromNotesCheck } from "../core/from-notes";
import { linkedinLength, type Draft } from "../core/drafts";
import { mailtoFitsSafely } from "../core/mailto";
import { isValidEmail } from "../core/people";
import { plainText } from "../core/placeholders";

export interface DraftModalOptions {
	title: string;
	drafts: readonly Draft[];
	problems: readonly string[];
	copy(draft: Draft): unknown;
	copyScript(draft: Draft): unknown;
	openInMailApp(draft: Draft): unknown;
	openProfile(draft: Draft): unknown;
	/** Inserts every draft shown under the note's "Follow-up drafts" heading. */
	insert(): unknown;
}

function names(draft: Draft): string {
	return draft.to
		.map((r) => plainText(r.name))
		.filter((n) => n !== "")
		.join(", ");
}

function heading(draft: Draft): string {
	const who = names(draft);
	if (draft.kind === "handwritten-note") return who ? `Card for ${who}` : "Card";
	if (draft.kind === "linkedin") return who ? `Invitation to ${who}` : "Invitation";
	return who ? `To ${who}` : "No recipient yet";
}

/** The recipients' addresses as the mail link will use them, or why it will not. */
function addressLine(draft: Draft): string {
	const parts = draft.to.map((r) => {
		const name = plainText(r.name) || "the recipient";
		if (r.email === null) return `no address for ${name}: add it in your mail app`;
		if (!isValidEmail(r.email)) return `"${r.email}" (${name}) does not look valid and is left out of the mail link`;
		return r.email;
	});
	return parts.length === 0 ? "Email: nobody yet, add the address in your mail app" : `Email: ${parts.join("; ")}`;
}

function rows(text: string): number {
	return Math.min(14, Math.max(4, text.split("\n").length + 1));
}

export class DraftModal extends Modal {
	constructor(
		app: App,
		private readonly options: DraftModalOptions,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, modalEl, options } = this;
		this.setTitle(options.title);
		// The drafts scroll between the title and the footer, which stay in view in a short window.
		modalEl.addClass("ifu-draft-modal");
		contentEl.addClass("ifu-drafts");

		if (options.problems.length > 0) {
			const box = contentEl.createDiv({ cls: "ifu-draft-problems", attr: { role: "note" } });
			box.createEl("p", { text: "Before sending:" });
			const list = box.createEl("ul");
			for (const problem of options.problems) list.createEl("li", { text: problem });
		}
		if (options.drafts.length === 0) {
			contentEl.createEl("p", { cls: "ifu-draft-empty", text: "There is no draft for this follow-up yet." });
			return;
		}
		options.drafts.forEach((draft, i) => this.renderDraft(draft, i));

		const one = options.drafts.length === 1;
		const footer = modalEl.createDiv({ cls: ["ifu-draft-footer", "modal-button-container"] });
		const insert = footer.createEl("button", {
			text: one ? "Insert into note" : "Insert all into note",
			attr: { "aria-label": `Insert ${one ? "this draft" : "these drafts"} under "Follow-up drafts" in the note` },
		});
		insert.addEventListener("click", () => {
			this.close();
			void options.insert();
		});
		contentEl.querySelector<HTMLElement>(".ifu-draft-copy")?.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
		this.modalEl.querySelector(".ifu-draft-footer")?.remove();
	}

	private renderDraft(draft: Draft, index: number): void {
		const { options } = this;
		const section = this.contentEl.createDiv({ cls: "ifu-draft", attr: { "data-index": String(index) } });
		const title = heading(draft);
		section.createDiv({ cls: "ifu-draft-heading", text: title });
		const meta = section.createDiv({ cls: "ifu-draft-meta" });
		if (draft.mailto !== null) meta.createDiv({ cls: "ifu-draft-to", text: addressLine(draft) });
		if (draft.linkedin) meta.createDiv({ cls: "ifu-draft-to", text: `${draft.linkedinSearch === true ? "Find on LinkedIn" : "Profile"}: ${draft.linkedin}` });
		if (draft.subject !== "") meta.createDiv({ cls: "ifu-draft-subject", text: `Subject: ${draft.subject}` });

		const body = section.createEl("textarea", {
			cls: "ifu-draft-body",
			attr: { readonly: "", rows: String(rows(draft.body)), "aria-label": `Text of the message: ${title}` },
		});
		body.value = draft.body;
		if (draft.fromNotes && draft.fromNotes.length > 0) {
			// The sentences put together from the user's shorthand, shown where the eye lands after the text.
			const noted = section.createDiv({ cls: "ifu-draft-from-notes", attr: { role: "note" } });
			noted.createDiv({ cls: "ifu-draft-from-notes-title", text: FROM_NOTES_HEADING });
			const list = noted.createEl("ul");
			for (const sentence of draft.fromNotes) {
				const item = list.createEl("li", { text: sentence });
				// What may be wrong in it, where the tool can tell: a name in lower case, shorthand left in (reviews 84-88).
				const check = fromNotesCheck(sentence);
				if (check !== null) item.createSpan({ cls: "ifu-draft-from-notes-check", text: ` Check: ${check}.` });
			}
		}
		if (draft.kind === "linkedin") section.createDiv({ cls: "ifu-draft-hint", text: `${linkedinLength(draft.body.length)}.` });
		if (draft.mailto !== null && !mailtoFitsSafely(draft.mailto)) {
			section.createDiv({
				cls: "ifu-draft-hint",
				text: "This message is long for a mail link: the mail app opens with the subject only, and the text goes on your clipboard to paste.",
			});
		}

		if (draft.script) {
			const details = section.createEl("details", { cls: "ifu-draft-script" });
			details.createEl("summary", { text: "If you would rather call" });
			const script = details.createEl("textarea", {
				cls: "ifu-draft-body",
				attr: { readonly: "", rows: String(rows(draft.script)), "aria-label": "Call script" },
			});
			script.value = draft.script;
			const copyScript = details.createEl("button", { cls: "ifu-draft-copy-script", text: "Copy call script" });
			copyScript.addEventListener("click", () => void options.copyScript(draft));
		}

		const buttons = section.createDiv({ cls: "ifu-draft-buttons" });
		const copy = buttons.createEl("button", { cls: ["mod-cta", "ifu-draft-copy"], text: "Copy", attr: { "aria-label": `Copy: ${title}` } });
		copy.addEventListener("click", () => void options.copy(draft));
		if (draft.mailto !== null) {
			const open = buttons.createEl("button", { cls: "ifu-draft-mail", text: "Open in mail app", attr: { "aria-label": `Open in mail app: ${title}` } });
			open.addEventListener("click", () => void options.openInMailApp(draft));
		}
		if (draft.linkedin) {
			const search = draft.linkedinSearch === true;
			const profile = buttons.createEl("button", { cls: "ifu-draft-profile", text: search ? "Search LinkedIn" : "Open profile", attr: { "aria-label": `${search ? "Search LinkedIn for them" : "Open the LinkedIn profile"}: ${title}` } });
			profile.addEventListener("click", () => void options.openProfile(draft));
		}
	}
}
