// What the pane's buttons and the commands do to a note: mark an action done, log a reply, snooze,
// close out. Each write goes through the core writer; a failure is told in a notice, never thrown.
import { Menu, Notice } from "obsidian";
import { pendingActions } from "../core/rules";
import type { ActionKind, FollowUpAction } from "../core/types";
import { markEventLabel, type MarkEvent } from "../core/writer";
import { recordEvents, snoozeNote, unsnoozeNote, writeFailure } from "../obsidian/note-writer";
import { ConfirmModal } from "./confirm-modal";
import type { FollowUpContext } from "./context";
import { KIND_DONE_EVENT } from "./labels";
import { formatInstant } from "./relative-time";
import { snoozeChoices } from "./snooze";

function titleOf(ctx: FollowUpContext, path: string): string {
	const interview = ctx.index.interviewFor(path);
	return interview?.company || path.replace(/^.*\//, "").replace(/\.md$/i, "");
}

/** Writes the events now; says what was recorded, or why nothing was. True when written. */
export async function record(ctx: FollowUpContext, path: string, events: readonly MarkEvent[]): Promise<boolean> {
	try {
		await recordEvents(ctx.app, path, events, ctx.now());
		new Notice(`${events.map(markEventLabel).join("; ")}: recorded in ${titleOf(ctx, path)}.`);
		return true;
	} catch (error) {
		new Notice(`Could not record this in ${titleOf(ctx, path)}. ${writeFailure(error)}`);
		return false;
	}
}

/** True when the note has this action pending (in any state, snoozed or not). Cheap: one note. */
export function isPending(ctx: FollowUpContext, path: string, kind: ActionKind): boolean {
	const interview = ctx.index.interviewFor(path);
	return interview !== null && pendingActions(interview, ctx.settings).some((a) => a.kind === kind);
}

/** Where a menu opens: at the pointer for a click, under the button for a key press. */
function showMenu(menu: Menu, evt: MouseEvent | KeyboardEvent | undefined, anchor?: HTMLElement): void {
	if (evt && "clientX" in evt && (evt.clientX !== 0 || evt.clientY !== 0)) {
		menu.showAtMouseEvent(evt);
		return;
	}
	const rect = anchor?.getBoundingClientRect();
	menu.showAtPosition({ x: rect?.left ?? 0, y: rect?.bottom ?? 0 });
}

/**
 * Marks the action done. A thank-you can also record that next steps were asked in the same
 * message, when that question is pending; a close-out asks for confirmation first.
 */
export function markDone(ctx: FollowUpContext, action: Pick<FollowUpAction, "file" | "kind">, evt?: MouseEvent | KeyboardEvent, anchor?: HTMLElement): void {
	if (action.kind === "close-out") {
		confirmCloseOut(ctx, action.file);
		return;
	}
	if (action.kind === "thank-you" && isPending(ctx, action.file, "next-steps")) {
		const menu = new Menu();
		menu.addItem((item) =>
			item
				.setTitle("Thank-you sent")
				.setIcon("check")
				.onClick(() => void record(ctx, action.file, ["thank-you-sent"])),
		);
		menu.addItem((item) =>
			item
				.setTitle("Thank-you sent, with the next-steps question")
				.setIcon("check-check")
				.onClick(() => void record(ctx, action.file, ["thank-you-sent", "next-steps-asked"])),
		);
		showMenu(menu, evt, anchor);
		return;
	}
	void record(ctx, action.file, [KIND_DONE_EVENT[action.kind]]);
}

export function logReply(ctx: FollowUpContext, path: string): void {
	void record(ctx, path, ["reply-received"]);
}

/** The snooze menu: the note's actions leave the due list until the chosen time. */
export function showSnoozeMenu(ctx: FollowUpContext, path: string, evt?: MouseEvent | KeyboardEvent, anchor?: HTMLElement): void {
	const menu = new Menu();
	for (const choice of snoozeChoices(ctx.now())) {
		menu.addItem((item) =>
			item
				.setTitle(choice.label)
				.setIcon("alarm-clock")
				.onClick(() => void snooze(ctx, path, choice.until)),
		);
	}
	showMenu(menu, evt, anchor);
}

export async function snooze(ctx: FollowUpContext, path: string, until: Date): Promise<void> {
	const now = ctx.now();
	try {
		await snoozeNote(ctx.app, path, until, now);
		new Notice(`${titleOf(ctx, path)}: snoozed until ${formatInstant(until, now)}.`);
	} catch (error) {
		new Notice(`Could not snooze ${titleOf(ctx, path)}. ${writeFailure(error)}`);
	}
}

export async function unsnooze(ctx: FollowUpContext, path: string): Promise<void> {
	try {
		await unsnoozeNote(ctx.app, path);
		new Notice(`${titleOf(ctx, path)}: back in the due list.`);
	} catch (error) {
		new Notice(`Could not unsnooze ${titleOf(ctx, path)}. ${writeFailure(error)}`);
	}
}

/** Closing out is for good: it asks first, then sets the status and logs it. */
export function confirmCloseOut(ctx: FollowUpContext, path: string): void {
	const name = titleOf(ctx, path);
	new ConfirmModal(ctx.app, {
		title: `Close out ${name}?`,
		body: "The note gets status: closed, today's date in closed_on and a line in its follow-up log. Its follow-ups leave the due list. A late reply can still be logged.",
		confirmText: "Close out",
		onConfirm: () => record(ctx, path, ["closed"]),
	}).open();
}
