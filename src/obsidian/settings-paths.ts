// The folder and file settings as vault paths, through Obsidian's normalizePath: one slash between
// segments, none at the ends, backslashes turned, Unicode in one form. What the user types in the
// settings tab, and what a hand-edited or synced data.json holds, mean the same folder everywhere.
import { normalizePath } from "obsidian";
import type { Settings } from "../core/settings";

/** Settings whose value is a folder or file of the vault; empty means "none" (or the whole vault). */
export const PATH_SETTINGS = ["scopeFolder", "newInterviewFolder", "interviewTemplate", "draftTemplateFolder", "icsPath"] as const;
export type PathSetting = (typeof PATH_SETTINGS)[number];

/** A vault path as the settings keep it: normalised, or empty for nothing (normalizePath gives "/" for that). */
export function settingPath(value: string): string {
	const trimmed = value.trim();
	if (trimmed === "") return "";
	const path = normalizePath(trimmed);
	return path === "/" ? "" : path;
}

/** The settings with every path setting normalised; the note-template folder keeps null ("the core plugin's"). */
export function withNormalizedPaths(settings: Settings): Settings {
	const out: Settings = { ...settings };
	for (const key of PATH_SETTINGS) out[key] = settingPath(settings[key]);
	if (out.templateFolder !== null) out.templateFolder = settingPath(out.templateFolder);
	return out;
}
