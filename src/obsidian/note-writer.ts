// Writes follow-up records into notes with the core writer, inside Vault.process so that the writer
// always runs on the note's latest text and an edit made meanwhile is never lost.
import type { App, TFile } from "obsidian";
import { applyMark, applySnooze, clearSnooze, WriteError, type MarkEvent } from "../core/writer";

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new WriteError(`The note ${path} no longer exists; nothing was written.`);
	return file;
}

/** Records one or more events at `at` (each sets its key and adds its line to the follow-up log). */
export async function recordEvents(app: App, path: string, events: readonly MarkEvent[], at: Date): Promise<void> {
	const file = fileAt(app, path);
	await app.vault.process(file, (text) => events.reduce((out, event) => applyMark(out, event, at), text));
}

/** Hides the note's actions until `until`. */
export async function snoozeNote(app: App, path: string, until: Date, now: Date): Promise<void> {
	const file = fileAt(app, path);
	await app.vault.process(file, (text) => applySnooze(text, until, now));
}

/** Shows the note's actions again. */
export async function unsnoozeNote(app: App, path: string): Promise<void> {
	const file = fileAt(app, path);
	await app.vault.process(file, (text) => clearSnooze(text));
}

/** A sentence for a failed write: the writer's own reason, or a generic one for an I/O failure. */
export function writeFailure(error: unknown): string {
	if (error instanceof WriteError) return error.message;
	const detail = error instanceof Error && error.message ? ` (${error.message})` : "";
	return `The note could not be written${detail}; nothing was changed.`;
}
