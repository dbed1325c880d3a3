// Writes follow-up records into notes with the core writer, always on the note's latest text, so
// that nothing the user typed is lost: through the editor of a view that has the note open (its
// unsaved typing included, as the plugin guidelines ask), else inside Vault.process.
import { MarkdownView, type App, type TFile } from "obsidian";
import { applySnooze, clearSnooze, markSteps, WriteError, type MarkEvent } from "../core/writer";

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new WriteError(`The note ${path} no longer exists; nothing was written.`);
	return file;
}

/** A Markdown view showing the note, the active one first: its editor holds what was typed but not yet saved. */
function openView(app: App, file: TFile): MarkdownView | null {
	const active = app.workspace.getActiveViewOfType(MarkdownView);
	if (active?.file?.path === file.path) return active;
	for (const leaf of app.workspace.getLeavesOfType("markdown")) {
		const view = leaf.view;
		if (view instanceof MarkdownView && view.file?.path === file.path) return view;
	}
	return null;
}

/** The one span in which `before` and `after` differ: offsets in `before`, and the text that replaces it. */
function changedSpan(before: string, after: string): { from: number; to: number; text: string } {
	let start = 0;
	while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let endBefore = before.length;
	let endAfter = after.length;
	while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
		endBefore--;
		endAfter--;
	}
	return { from: start, to: endBefore, text: after.slice(start, endAfter) };
}

/**
 * Applies the edits, one after the other, to the note's current text. In an open editor each edit
 * replaces only the span it changed, in a transaction of its own, so the cursor, the selection and
 * the text between the edits stay the user's; the editor saves them as it saves typing. Every edit
 * runs before anything is written: a WriteError from one leaves the note as it was.
 */
export async function editNote(app: App, file: TFile, ...edits: ((text: string) => string)[]): Promise<void> {
	const view = openView(app, file);
	if (!view) {
		await app.vault.process(file, (text) => edits.reduce((out, edit) => edit(out), text));
		return;
	}
	const editor = view.editor;
	const texts = [editor.getValue()];
	for (const edit of edits) texts.push(edit(texts[texts.length - 1]));
	for (let i = 1; i < texts.length; i++) {
		if (texts[i] === texts[i - 1]) continue;
		const span = changedSpan(texts[i - 1], texts[i]);
		editor.transaction({ changes: [{ from: editor.offsetToPos(span.from), to: editor.offsetToPos(span.to), text: span.text }] });
	}
}

/** Records one or more events at `at` (each sets its key and adds its line to the follow-up log). */
export async function recordEvents(app: App, path: string, events: readonly MarkEvent[], at: Date): Promise<void> {
	await editNote(app, fileAt(app, path), ...events.flatMap((event) => markSteps(event, at)));
}

/** Hides the note's actions until `until`. */
export async function snoozeNote(app: App, path: string, until: Date, now: Date): Promise<void> {
	await editNote(app, fileAt(app, path), (text) => applySnooze(text, until, now));
}

/** Shows the note's actions again. */
export async function unsnoozeNote(app: App, path: string): Promise<void> {
	await editNote(app, fileAt(app, path), (text) => clearSnooze(text));
}

/** A sentence for a failed write: the writer's own reason, or a generic one for an I/O failure. */
export function writeFailure(error: unknown): string {
	if (error instanceof WriteError) return error.message;
	const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
	return `The note could not be written${detail}; nothing was changed.`;
}
