// The drafts' commands: insert a draft at the cursor of an interview note, and write editable copies
// of the built-in drafts into the draft-template folder. Ids are stable; no default hotkeys.
import { Notice, type Plugin } from "obsidian";
import type { ActionKind } from "../core/types";
import { writeDraftTemplates } from "../obsidian/draft-templates";
import type { FollowUpContext } from "./context";
import { insertDraftsAtCursor } from "./drafts-actions";

const INSERT_COMMANDS: ReadonlyArray<{ id: string; name: string; kind: ActionKind }> = [
	{ id: "insert-thank-you-drafts", name: "Insert thank-you drafts", kind: "thank-you" },
	{ id: "insert-next-steps-draft", name: "Insert next-steps question", kind: "next-steps" },
	{ id: "insert-check-in-draft", name: "Insert check-in draft", kind: "check-in" },
	{ id: "insert-closing-draft", name: "Insert closing message", kind: "close-out" },
];

function templates(n: number): string {
	return `${n} ${n === 1 ? "template" : "templates"}`;
}

/** What the write command tells the user: what it wrote, and what it left alone. */
export function writtenMessage(folder: string, written: number, kept: number): string {
	if (written === 0) return `All ${templates(kept)} already exist in ${folder}; none was changed. Delete one to get the built-in text back.`;
	const keptPart = kept === 0 ? "" : `; kept ${kept} that already existed`;
	return `Wrote ${templates(written)} to ${folder}${keptPart}. Edit them to change your drafts.`;
}

export function registerDraftCommands(plugin: Plugin, ctx: FollowUpContext): void {
	for (const command of INSERT_COMMANDS) {
		plugin.addCommand({
			id: command.id,
			name: command.name,
			editorCheckCallback: (checking, editor, info) => {
				const path = info.file?.path;
				if (!path || !ctx.index.interviewFor(path)) return false;
				if (!checking) void insertDraftsAtCursor(ctx, editor, path, command.kind, () => info.file?.path === path);
				return true;
			},
		});
	}

	plugin.addCommand({
		id: "write-draft-templates",
		name: "Write editable draft templates",
		callback: async () => {
			try {
				const { folder, written, kept } = await writeDraftTemplates(ctx.app, ctx.settings.draftTemplateFolder);
				new Notice(writtenMessage(folder, written.length, kept.length), 10_000);
			} catch (error) {
				const detail = error instanceof Error && error.message ? ` ${error.message}` : "";
				new Notice(`Could not write the draft templates.${detail}`);
			}
		},
	});
}
