// The vault side of capturing an invite: reading an `.ics` file's bytes, finding the notes made
// from the same events (their `invite_uid`), and applying a reschedule to such a note in place.
import { TFile, type App } from "obsidian";
import type { InviteInterview } from "../core/invite";
import { noteHasInvite, updateNoteFromInvite } from "../core/invite-note";
import type { Settings } from "../core/settings";
import { calendarPath } from "./calendar-export";

/** The invites in the vault: `.ics` files, less the plugin's own calendar export. */
export function inviteFiles(app: App, settings: Settings): TFile[] {
	const own = calendarPath(settings.icsPath).toLowerCase();
	return app.vault
		.getFiles()
		.filter((f) => f.extension.toLowerCase() === "ics" && f.path.toLowerCase() !== own)
		.sort((a, b) => b.stat.mtime - a.stat.mtime);
}

/** Whether a file is an invite the plugin offers to capture. */
export function isInviteFile(file: unknown, settings: Settings): file is TFile {
	return file instanceof TFile && file.extension.toLowerCase() === "ics" && file.path.toLowerCase() !== calendarPath(settings.icsPath).toLowerCase();
}

/** An invite file's bytes: lines may be folded inside a character, so the text is decoded after unfolding. */
export async function readInviteBytes(app: App, file: TFile): Promise<Uint8Array> {
	return new Uint8Array(await app.vault.readBinary(file));
}

/** Notes whose `invite_uid` holds one of the UIDs, from the metadata cache. */
export function notesWithInvite(app: App, uids: readonly string[]): TFile[] {
	if (uids.length === 0) return [];
	return app.vault.getMarkdownFiles().filter((f) => noteHasInvite(app.metadataCache.getFileCache(f)?.frontmatter, uids));
}

/**
 * Applies a reschedule to the note: new times, new UIDs and interviewers not yet listed; nothing
 * else in the note changes. Returns what changed (empty when the note already matched).
 */
export async function updateFromInvite(app: App, file: TFile, interview: InviteInterview): Promise<string[]> {
	let changes: string[] = [];
	await app.vault.process(file, (text) => {
		const frontmatter = (app.metadataCache.getFileCache(file)?.frontmatter ?? {}) as Record<string, unknown>;
		const update = updateNoteFromInvite(text, frontmatter, interview);
		changes = update.changes;
		return update.text;
	});
	return changes;
}
