// "New interview note from calendar invite": pick an `.ics` file of the vault (or paste the
// invite's text), review the note in the "new interview note" form, prefilled, and create it; the
// same invite again updates its note after a confirmation. Also in the file menu of `.ics` files.
import { FuzzySuggestModal, Modal, Notice, Setting, type App, type Plugin, type TFile } from "obsidian";
import { InviteError, parseInvite, type InviteInterview, type InviteResult } from "../core/invite";
import { formatStartOrEnd } from "../core/new-note";
import { formatLocalDate } from "../core/dates";
import { inviteFiles, isInviteFile, notesWithInvite, readInviteBytes, updateFromInvite } from "../obsidian/invite-import";
import { ConfirmModal } from "./confirm-modal";
import type { FollowUpContext } from "./context";
import { NewInterviewModal, type FormPrefill } from "./new-interview-modal";

const PASTE = "paste";
type Source = TFile | typeof PASTE;

/** The form's values for an interview read from an invite. */
export function invitePrefill(interview: InviteInterview, warnings: readonly string[]): FormPrefill {
	const person = (p: { name: string; email?: string }) => (p.email ? (p.name ? `${p.name} <${p.email}>` : p.email) : p.name);
	return {
		values: {
			company: interview.company,
			role: interview.role,
			start: interview.startHasTime ? formatStartOrEnd(interview.start) : formatLocalDate(interview.start),
			end: interview.end ? formatStartOrEnd(interview.end) : "",
			format: interview.format,
			primaryContact: interview.primaryContact?.name ?? "",
			primaryContactEmail: interview.primaryContact?.email ?? "",
			interviewers: interview.interviewers.map(person).join("; "),
		},
		invite: { summary: interview.summary, uids: interview.uids, details: interview.details, warnings: [...warnings] },
	};
}

/** Runs what an invite asks: forms for new interviews, a confirmation for a reschedule, a notice for a cancellation. */
export async function captureInvite(ctx: FollowUpContext, input: string | Uint8Array, source: string): Promise<void> {
	let result: InviteResult;
	try {
		result = parseInvite(input, { me: ctx.settings.myEmails, myName: ctx.settings.myName });
	} catch (error) {
		if (error instanceof InviteError) {
			new Notice(`${source}: ${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`);
			return;
		}
		throw error;
	}
	const { app } = ctx;
	if (result.kind === "cancel") {
		const notes = notesWithInvite(app, result.cancelledUids);
		const what = result.cancelledSummaries.length > 0 ? `"${result.cancelledSummaries.join('", "')}"` : "its event";
		new Notice(
			notes.length > 0
				? `The invite cancels ${what}. Nothing was changed in ${notes.map((n) => n.basename).join(", ")}: set the status there if the interview is off.`
				: `The invite cancels ${what}. No note was made from it, so nothing was changed.`,
		);
		return;
	}
	for (const interview of result.interviews) {
		const existing = notesWithInvite(app, interview.uids)[0];
		if (existing) await confirmUpdate(ctx, existing, interview);
		else await reviewNew(ctx, interview, result.warnings);
	}
}

function confirmUpdate(ctx: FollowUpContext, file: TFile, interview: InviteInterview): Promise<void> {
	return new Promise((resolve) => {
		const modal = new ConfirmModal(ctx.app, {
			title: "Update interview note from invite",
			body: `${file.basename} was made from this invite. Update its times and add any new interviewers? Everything else in the note stays as it is.`,
			confirmText: "Update note",
			onConfirm: async () => {
				try {
					const changes = await updateFromInvite(ctx.app, file, interview);
					new Notice(changes.length > 0 ? `Updated ${file.basename}: ${changes.join("; ")}.` : `${file.basename} already matches the invite.`);
					await ctx.app.workspace.getLeaf(false).openFile(file);
				} catch (error) {
					new Notice(`${file.basename} was not updated: ${error instanceof Error ? error.message : String(error)}`);
				}
			},
		});
		const close = modal.onClose.bind(modal);
		modal.onClose = () => {
			close();
			resolve();
		};
		modal.open();
	});
}

function reviewNew(ctx: FollowUpContext, interview: InviteInterview, warnings: readonly string[]): Promise<void> {
	return new Promise((resolve) => {
		const modal = new NewInterviewModal(
			ctx.app,
			ctx.settings,
			() => ctx.now(),
			async (file: TFile) => {
				await ctx.app.workspace.getLeaf(false).openFile(file);
				// Its follow-ups, at once: the pane beside the note.
				await ctx.openDuePane();
			},
			invitePrefill(interview, warnings),
		);
		const close = modal.onClose.bind(modal);
		modal.onClose = () => {
			close();
			resolve();
		};
		modal.open();
	});
}

/** A box to paste an invite's text into (from a mail's attachment or a calendar's "copy"). */
export class PasteInviteModal extends Modal {
	private text = "";

	constructor(
		app: App,
		private readonly onRead: (text: string) => unknown,
	) {
		super(app);
	}

	override onOpen(): void {
		this.titleEl.setText("Paste a calendar invite");
		this.contentEl.addClass("ifu-paste-invite");
		this.contentEl.createEl("p", {
			cls: "setting-item-description",
			text: "The invite's text, from BEGIN:VCALENDAR to END:VCALENDAR (open the .ics attachment in a text editor and copy it).",
		});
		const area = this.contentEl.createEl("textarea", { cls: "ifu-paste-invite-text", attr: { rows: "12", "aria-label": "Invite text", spellcheck: "false" } });
		area.addEventListener("input", () => {
			this.text = area.value;
		});
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText("Read invite")
					.setCta()
					.onClick(() => {
						if (this.text.trim() === "") {
							new Notice("Paste the invite's text first.");
							return;
						}
						this.close();
						void this.onRead(this.text);
					}),
			);
		area.focus();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Picks the invite: an `.ics` file of the vault, newest first, or pasted text. */
export class InviteSourceModal extends FuzzySuggestModal<Source> {
	constructor(
		app: App,
		private readonly ctx: FollowUpContext,
	) {
		super(app);
		this.setPlaceholder("Pick a calendar invite (.ics) or paste one");
	}

	getItems(): Source[] {
		return [PASTE, ...inviteFiles(this.app, this.ctx.settings)];
	}

	getItemText(item: Source): string {
		return item === PASTE ? "Paste the invite's text…" : item.path;
	}

	onChooseItem(item: Source): void {
		if (item === PASTE) {
			new PasteInviteModal(this.app, (text) => captureInvite(this.ctx, text, "The pasted invite")).open();
			return;
		}
		void captureFile(this.ctx, item);
	}
}

async function captureFile(ctx: FollowUpContext, file: TFile): Promise<void> {
	let bytes: Uint8Array;
	try {
		bytes = await readInviteBytes(ctx.app, file);
	} catch (error) {
		new Notice(`${file.path} could not be read: ${error instanceof Error ? error.message : String(error)}`);
		return;
	}
	await captureInvite(ctx, bytes, file.path);
}

export function registerInviteCapture(plugin: Plugin, ctx: FollowUpContext): void {
	plugin.addCommand({
		id: "new-interview-note-from-invite",
		name: "New interview note from calendar invite",
		callback: () => new InviteSourceModal(plugin.app, ctx).open(),
	});
	plugin.registerEvent(
		plugin.app.workspace.on("file-menu", (menu, file) => {
			if (!isInviteFile(file, ctx.settings)) return;
			menu.addItem((item) =>
				item
					.setTitle("New interview note from this invite")
					.setIcon("calendar-plus")
					.onClick(() => void captureFile(ctx, file)),
			);
		}),
	);
}
