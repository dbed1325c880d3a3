// What the drafts do from the pane and the commands: build a note's drafts (override templates
// first), insert them into the note, copy them, open them in the mail app. Failures become notices.
import { Notice, type Editor, type EditorPosition } from "obsidian";
import { DRAFTS_HEADING, draftBlock, insertDraftUnderHeading } from "../core/draft-block";
import { buildDrafts, type Draft } from "../core/drafts";
import { laterRounds } from "../core/rounds";
import { detectEol } from "../core/frontmatter-text";
import { buildMailto, mailtoFitsSafely } from "../core/mailto";
import { linkableAddresses } from "../core/people";
import { plainText } from "../core/placeholders";
import { draftDateOrder } from "../core/settings";
import type { ActionKind } from "../core/types";
import { loadDraftTemplates } from "../obsidian/draft-templates";
import { editNote, writeFailure } from "../obsidian/note-writer";
import type { FollowUpContext, RowAction } from "./context";
import { DraftModal } from "./draft-modal";

/** The message a kind of draft is, for sentences: "the next-steps question". */
export const DRAFT_NOUN: Record<ActionKind, { one: string; many: string }> = {
	"thank-you": { one: "thank-you", many: "thank-yous" },
	"next-steps": { one: "next-steps question", many: "next-steps questions" },
	"check-in": { one: "check-in", many: "check-ins" },
	"close-out": { one: "closing message", many: "closing messages" },
	"handwritten-note": { one: "handwritten note", many: "handwritten notes" },
	linkedin: { one: "LinkedIn note", many: "LinkedIn notes" },
};

export const LONG_MAIL_NOTICE = "The message is long for a mail link: the body is on your clipboard, paste it into the email.";

/** A note's drafts for one kind of follow-up, as built at `now`. */
export interface NoteDrafts {
	path: string;
	/** The company, or the note's name: what notices call the interview. */
	title: string;
	kind: ActionKind;
	drafts: Draft[];
	/** Sentences for the user: what to check or do by hand before sending. */
	problems: string[];
	now: Date;
}

function noteTitle(path: string, company: string | undefined): string {
	return plainText(company ?? "") || path.replace(/^.*\//, "").replace(/\.md$/i, "");
}

/** The addresses a mail link may carry: the core's rule, so the pane and the command line agree. */
export function linkAddresses(draft: Pick<Draft, "to">): string[] {
	return linkableAddresses(draft.to);
}

/** Builds the drafts from the index's interview, the override templates and the settings; null (with a notice) when the note is not an interview. */
export async function draftsFor(ctx: FollowUpContext, path: string, kind: ActionKind): Promise<NoteDrafts | null> {
	const interview = ctx.index.interviewFor(path);
	if (!interview) {
		new Notice(`${path.replace(/^.*\//, "").replace(/\.md$/i, "")} is not an interview note that can be used, so there is no draft to write.`);
		return null;
	}
	const templates = await loadDraftTemplates(ctx.app, ctx.settings.draftTemplateFolder);
	const now = ctx.now();
	// The system's language decides how an "auto" setting writes a day ("en-US": "Friday, December 4").
	const locale = typeof navigator === "undefined" ? undefined : navigator.language;
	// The note's own text: a general thank-you points at the lines that mention the person.
	const file = ctx.app.vault.getFileByPath(path);
	const noteText = file ? await ctx.app.vault.cachedRead(file) : undefined;
	// A later round at the same company and opening, which the drafts name before sending.
	const laterRound = laterRounds(ctx.index.interviews(), now).get(interview.file);
	const result = buildDrafts(interview, kind, { settings: ctx.settings, now, templates, dateOrder: draftDateOrder(ctx.settings, locale), noteText, laterRound });
	const title = noteTitle(path, interview.company);
	// The draft is given all the same; what may make it unwanted is said first.
	if (result.warnings.length > 0) new Notice(`${title}: ${result.warnings.join("\n")}`, 15_000);
	return { path, title, kind, drafts: result.drafts, problems: [...result.problems], now };
}

/** A notice that ends with what to check, kept on screen longer when there is something to read. */
export function noticeWithProblems(message: string, problems: readonly string[]): Notice {
	if (problems.length === 0) return new Notice(message);
	return new Notice(`${message}\nBefore sending:\n${problems.map((p) => `• ${p}`).join("\n")}`, 15_000);
}

function nothingToWrite(built: NoteDrafts): void {
	noticeWithProblems(`No ${DRAFT_NOUN[built.kind].one} to write for ${built.title}.`, built.problems);
}

/** The blocks for the drafts, one after the other with a blank line between, ending with a line break. */
export function draftBlocks(drafts: readonly Draft[], now: Date, eol: string): string {
	return drafts.map((d) => draftBlock(d, now, eol)).join(eol);
}

function insertedWhat(built: NoteDrafts): string {
	const n = built.drafts.length;
	const noun = DRAFT_NOUN[built.kind];
	return n === 1 ? `the ${noun.one}` : `${n} ${noun.many}`;
}

// ---------------------------------------------------------------- inserting

/**
 * Adds the blocks under `## Follow-up drafts` (created when missing) on the note's latest text,
 * through its editor when it is open, so nothing typed meanwhile is lost. True when written.
 */
export async function insertIntoNote(ctx: FollowUpContext, built: NoteDrafts): Promise<boolean> {
	if (built.drafts.length === 0) {
		nothingToWrite(built);
		return false;
	}
	const file = ctx.app.vault.getFileByPath(built.path);
	if (!file) {
		new Notice(`${built.path} no longer exists; nothing was written.`);
		return false;
	}
	try {
		await editNote(ctx.app, file, (text) => {
			const eol = detectEol(text);
			// The leading blank line keeps each draft apart from what the section already holds.
			return insertDraftUnderHeading(text, eol + draftBlocks(built.drafts, built.now, eol));
		});
	} catch (error) {
		new Notice(`Could not insert the draft into ${built.title}. ${writeFailure(error)}`);
		return false;
	}
	noticeWithProblems(`Inserted ${insertedWhat(built)} into ${built.title}, under "${DRAFTS_HEADING}".`, built.problems);
	return true;
}

export async function insertDraftsFromPane(ctx: FollowUpContext, path: string, kind: ActionKind): Promise<void> {
	const built = await draftsFor(ctx, path, kind);
	if (built) await insertIntoNote(ctx, built);
}

function endOf(start: EditorPosition, text: string): EditorPosition {
	const lines = text.split("\n");
	const last = lines[lines.length - 1];
	return lines.length === 1 ? { line: start.line, ch: start.ch + last.length } : { line: start.line + lines.length - 1, ch: last.length };
}

/**
 * Inserts the blocks at the cursor in one editor transaction and puts the cursor after them. A block
 * always starts and ends on a line of its own; the user's text around it stays as it was.
 */
export function insertAtCursor(editor: Editor, drafts: readonly Draft[], now: Date): void {
	const eol = detectEol(editor.getValue());
	const at = editor.getCursor("to");
	const line = editor.getLine(at.line).replace(/\r$/, "");
	let before = "";
	if (line.slice(0, at.ch).trim() !== "") before = eol + eol;
	else if (at.ch === 0 && at.line > 0 && editor.getLine(at.line - 1).trim() !== "") before = eol;
	const blocks = before + draftBlocks(drafts, now, eol);
	const after = line.slice(at.ch).trim() !== "" ? eol : "";
	editor.transaction({ changes: [{ from: at, text: blocks + after }], selection: { from: endOf(at, blocks) } });
}

/** The editor commands' work: the drafts of the note open in `editor`, at its cursor. */
export async function insertDraftsAtCursor(
	ctx: FollowUpContext,
	editor: Editor,
	path: string,
	kind: ActionKind,
	stillOpen: () => boolean,
): Promise<void> {
	const built = await draftsFor(ctx, path, kind);
	if (!built) return;
	if (built.drafts.length === 0) {
		nothingToWrite(built);
		return;
	}
	// Reading the templates takes a moment: the editor may show another note by then.
	if (!stillOpen()) {
		new Notice(`${built.title} is no longer open in this editor; nothing was inserted.`);
		return;
	}
	insertAtCursor(editor, built.drafts, built.now);
	if (built.problems.length > 0) noticeWithProblems(`Inserted ${insertedWhat(built)}.`, built.problems);
}

// ---------------------------------------------------------------- clipboard and mail app

/** True when the text is on the clipboard; false where there is no clipboard or it refused. */
export async function copyToClipboard(text: string): Promise<boolean> {
	try {
		const clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard;
		if (!clipboard || typeof clipboard.writeText !== "function") return false;
		await clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** What "copy" puts on the clipboard: the subject line (for an email) above the body. */
export function draftText(draft: Pick<Draft, "subject" | "body">): string {
	return draft.subject === "" ? draft.body : `Subject: ${draft.subject}\n\n${draft.body}`;
}

function recipientNames(draft: Draft): string {
	const names = draft.to.map((r) => plainText(r.name)).filter((n) => n !== "");
	return names.length === 0 ? "" : names.join(", ");
}

export async function copyDraft(built: Pick<NoteDrafts, "kind" | "problems">, draft: Draft): Promise<boolean> {
	const copied = await copyToClipboard(draftText(draft));
	const names = recipientNames(draft);
	const what = `the ${DRAFT_NOUN[built.kind].one}${names ? ` to ${names}` : ""}`;
	if (!copied) {
		new Notice(`Could not copy ${what}: select the text in the draft and copy it by hand.`);
		return false;
	}
	noticeWithProblems(`Copied ${what}.`, built.problems);
	return true;
}

/** Opens an external link (mailto:, https:) the way Obsidian opens links; false when it could not. */
function openExternal(uri: string): boolean {
	try {
		if (typeof window === "undefined" || typeof window.open !== "function") return false;
		window.open(uri);
		return true;
	} catch {
		return false;
	}
}

/**
 * Opens the draft in the mail app. A link longer than mail apps reliably take carries the subject
 * and recipients only, and the body goes on the clipboard for the user to paste.
 */
export async function openInMailApp(draft: Draft): Promise<void> {
	if (draft.mailto === null) return;
	const addresses = linkAddresses(draft);
	const full = buildMailto(addresses, draft.subject, draft.body);
	if (mailtoFitsSafely(full)) {
		if (!openExternal(full)) new Notice("Could not open the mail app: copy the draft and paste it into an email.");
		return;
	}
	const copied = await copyToClipboard(draft.body);
	const opened = openExternal(buildMailto(addresses, draft.subject, ""));
	if (!opened) new Notice("Could not open the mail app: copy the draft and paste it into an email.");
	else if (copied) new Notice(LONG_MAIL_NOTICE, 10_000);
	else new Notice("The message is long for a mail link, so the mail app opens with the subject only, and the body could not be copied: copy it from the draft by hand.", 10_000);
}

/** Opens a LinkedIn profile, when the note's address is a plain web address. */
export function openProfile(url: string): void {
	if (!/^https?:\/\/[^\s<>`]+$/i.test(url.trim()) || !openExternal(url.trim())) {
		new Notice("Could not open the profile: check its address in the note.");
	}
}

// ---------------------------------------------------------------- the pane

export async function showDrafts(ctx: FollowUpContext, path: string, kind: ActionKind): Promise<void> {
	const built = await draftsFor(ctx, path, kind);
	if (!built) return;
	new DraftModal(ctx.app, {
		title: `${DRAFT_NOUN[kind].one.replace(/^./, (c) => c.toUpperCase())}: ${built.title}`,
		drafts: built.drafts,
		problems: built.problems,
		copy: (draft) => copyDraft(built, draft),
		copyScript: async (draft) => {
			const ok = await copyToClipboard(draft.script ?? "");
			new Notice(ok ? "Copied the call script." : "Could not copy: select the call script and copy it by hand.");
		},
		openInMailApp: (draft) => openInMailApp(draft),
		openProfile: (draft) => openProfile(draft.linkedin ?? ""),
		insert: () => insertIntoNote(ctx, built),
	}).open();
}

/** The buttons drafts add to each pane row: insert under "Follow-up drafts", and a preview to copy or send from. */
export function draftRowActions(ctx: FollowUpContext): RowAction[] {
	return [
		{
			id: "insert-draft",
			label: "Insert draft",
			icon: "pencil-line",
			appliesTo: () => true,
			run: (action) => insertDraftsFromPane(ctx, action.file, action.kind),
		},
		{
			id: "drafts",
			label: "Preview draft",
			icon: "mail",
			appliesTo: () => true,
			run: (action) => showDrafts(ctx, action.file, action.kind),
		},
	];
}
