// Which notes are looked at, and which of them are ours: the rules of SPEC §1 that come before
// parsing, shared by the CLI's reader and the plugin's index.
import type { CommentCut } from "./comment-cuts";
import { isInterviewNote, parseInterview, type ParseResult } from "./parse";
import type { Settings } from "./settings";
import { trimWhere } from "./text-scan";
import type { Frontmatter, KeyLines, LinkResolver, Problem } from "./types";
import { frontmatterProblemMessage, type FrontmatterFailure } from "./yaml-problems";

function trimSlashes(folder: string): string {
	return trimWhere(folder.replace(/\\/g, "/"), (c) => c === "/");
}

/** The note-template folder in force: the plugin's setting, else the core Templates plugin's. */
export function templateFolderOf(settings: Settings, coreTemplatesFolder: string | null | undefined): string {
	return trimSlashes(settings.templateFolder ?? coreTemplatesFolder ?? "");
}

// isLookedAt runs for every file of the vault on every scan: the folder settings are normalised
// once, not per call.
let lastScopeRaw: string | null = null;
let lastScope = "";

function scopeOf(settings: Settings): string {
	if (settings.scopeFolder !== lastScopeRaw) {
		lastScopeRaw = settings.scopeFolder;
		lastScope = trimSlashes(settings.scopeFolder);
	}
	return lastScope;
}

function under(path: string, folder: string): boolean {
	return path.length > folder.length ? path.charCodeAt(folder.length) === 47 /* / */ && path.startsWith(folder) : path === folder;
}

/**
 * True for markdown notes outside dot-folders, outside the note-template folder (as returned by
 * templateFolderOf), and inside the scope folder when one is set.
 */
export function isLookedAt(path: string, settings: Settings, templateFolder: string): boolean {
	const ext = path.slice(-3);
	if (ext !== ".md" && ext.toLowerCase() !== ".md") return false;
	if (path.charCodeAt(0) === 46 /* . */ || path.includes("/.")) return false;
	if (templateFolder !== "" && under(path, templateFolder)) return false;
	const scope = scopeOf(settings);
	return scope === "" || under(path, scope);
}

/** A note as a reader hands it over: parsed frontmatter, or why it could not be parsed. */
export interface RawNote {
	file: string;
	/** Null when the note has no frontmatter, or it did not parse. */
	frontmatter: Frontmatter | null;
	/** Set when the frontmatter exists but is not valid YAML. */
	parseError?: FrontmatterFailure;
	keyLines?: KeyLines;
	/** Values a YAML comment cut short, found on the frontmatter's text by the reader that has it. */
	commentCuts?: readonly CommentCut[];
}

export interface NoteVerdict extends ParseResult {
	/** True when the note is an interview note, or a broken one that looks like it wanted to be. */
	ours: boolean;
}

/** Decides whether a note is ours and, if so, parses it. Never throws. */
export function readInterviewNote(note: RawNote, settings: Settings, resolve: LinkResolver): NoteVerdict {
	if (note.parseError) {
		if (!/interview/i.test(note.parseError.rawText)) return { ours: false, interview: null, problems: [] };
		const problem: Problem = {
			file: note.file,
			severity: "error",
			message: frontmatterProblemMessage(note.parseError),
		};
		if (note.parseError.line !== undefined) problem.line = note.parseError.line;
		return { ours: true, interview: null, problems: [problem] };
	}
	if (!isInterviewNote(note.frontmatter, settings)) return { ours: false, interview: null, problems: [] };
	const result = parseInterview({ file: note.file, frontmatter: note.frontmatter as Frontmatter, keyLines: note.keyLines, commentCuts: note.commentCuts }, settings, resolve);
	return { ours: true, ...result };
}
