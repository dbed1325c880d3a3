// The draft-template folder: reads the notes that override the built-in drafts (one per key,
// `<key>.md`) and writes editable copies of the built-ins there, never over a note that exists.
import { normalizePath, parseYaml, TFile, TFolder, type App } from "obsidian";
import { DRAFT_TEMPLATE_KEYS, builtInTemplateNotes, type DraftTemplate, type DraftTemplateKey } from "../core/drafts";
import { DEFAULT_SETTINGS } from "../core/settings";
import { parseTemplateNote } from "../core/template-note";

export type DraftTemplates = Partial<Record<DraftTemplateKey, DraftTemplate>>;

/** The folder as a vault path; an empty setting means the default folder, never the vault root. */
export function draftTemplateFolder(setting: string): string {
	const trimmed = setting.trim();
	return normalizePath(trimmed === "" ? DEFAULT_SETTINGS.draftTemplateFolder : trimmed);
}

function notePath(folder: string, key: DraftTemplateKey): string {
	return normalizePath(`${folder}/${key}.md`);
}

/**
 * The override notes found in the folder, read when a draft is built (a handful of small notes,
 * which cachedRead serves from memory). A note that cannot be read is skipped: the built-in applies.
 */
export async function loadDraftTemplates(app: App, folderSetting: string): Promise<DraftTemplates> {
	const folder = draftTemplateFolder(folderSetting);
	if (!(app.vault.getAbstractFileByPath(folder) instanceof TFolder)) return {};
	const templates: DraftTemplates = {};
	await Promise.all(
		DRAFT_TEMPLATE_KEYS.map(async (key) => {
			const file = app.vault.getAbstractFileByPath(notePath(folder, key));
			if (!(file instanceof TFile)) return;
			try {
				templates[key] = parseTemplateNote(await app.vault.cachedRead(file), parseYaml);
			} catch {
				// Deleted or unreadable between the lookup and the read.
			}
		}),
	);
	return templates;
}

export interface WrittenTemplates {
	folder: string;
	/** Paths written now. */
	written: string[];
	/** Paths that already existed and were left as they are. */
	kept: string[];
}

/**
 * Writes a copy of every built-in draft into the folder (created when missing). A note that
 * already exists is the user's: it is kept, whatever it holds.
 */
export async function writeDraftTemplates(app: App, folderSetting: string): Promise<WrittenTemplates> {
	const folder = draftTemplateFolder(folderSetting);
	const existing = app.vault.getAbstractFileByPath(folder);
	if (existing && !(existing instanceof TFolder)) {
		throw new Error(`${folder} is a file, not a folder: choose another draft template folder in the settings.`);
	}
	if (!existing) {
		try {
			await app.vault.createFolder(folder);
		} catch (error) {
			// Created meanwhile (a sync, another window) is fine; anything else is not.
			if (!(app.vault.getAbstractFileByPath(folder) instanceof TFolder)) throw error;
		}
	}
	const result: WrittenTemplates = { folder, written: [], kept: [] };
	for (const [name, text] of Object.entries(builtInTemplateNotes())) {
		const path = normalizePath(`${folder}/${name}`);
		if (app.vault.getAbstractFileByPath(path)) {
			result.kept.push(path);
			continue;
		}
		try {
			await app.vault.create(path, text);
			result.written.push(path);
		} catch (error) {
			if (app.vault.getAbstractFileByPath(path)) result.kept.push(path);
			else throw error;
		}
	}
	return result;
}
