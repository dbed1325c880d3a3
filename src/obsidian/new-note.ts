// Creates a new interview note in the vault: the file name and text come from the core (shared with
// the command line), the interview template is read from the vault, and the note never replaces one.
import { normalizePath, type App, type TFile } from "obsidian";
import { buildInterviewNote, newNoteBase, titleOf, uniquePath, type NewInterview } from "../core/new-note";
import type { Settings } from "../core/settings";

export { BUILT_IN_NOTE, buildInterviewNote, fillPlaceholders, newNoteBase, safeNamePart, uniquePath } from "../core/new-note";
export type { NewInterview, NotePerson } from "../core/new-note";

/** The interview template's text; null when none is set. Throws when the set one is missing. */
export async function readInterviewTemplate(app: App, settings: Settings): Promise<string | null> {
	if (settings.interviewTemplate.trim() === "") return null;
	const templatePath = normalizePath(settings.interviewTemplate.trim());
	const file = app.vault.getFileByPath(templatePath) ?? app.vault.getFileByPath(`${templatePath}.md`);
	if (!file) throw new Error(`The interview template "${settings.interviewTemplate}" was not found; check the path in the settings.`);
	return app.vault.read(file);
}

/** Creates the note (never over an existing one) and returns it. */
export async function createInterviewNote(app: App, settings: Settings, values: NewInterview): Promise<TFile> {
	const template = await readInterviewTemplate(app, settings);
	const base = newNoteBase(settings.newInterviewFolder, values);
	const path = uniquePath(base, (p) => app.vault.getAbstractFileByPath(p) !== null);
	const text = buildInterviewNote(template, titleOf(path), values, settings);
	const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	if (folder && !app.vault.getAbstractFileByPath(folder)) await app.vault.createFolder(folder);
	return app.vault.create(path, text);
}
