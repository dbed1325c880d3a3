// The plugin's commands. Ids are stable forever (people bind hotkeys to them); none has a default
// hotkey. Recording commands are offered only on an interview note with that follow-up pending.
import { Notice, type Plugin } from "obsidian";
import type { ActionKind } from "../core/types";
import { confirmCloseOut, isPending, record } from "./actions";
import type { FollowUpContext } from "./context";
import { KIND_DONE_EVENT } from "./labels";

const RECORD_COMMANDS: ReadonlyArray<{ id: string; name: string; kind: ActionKind }> = [
	{ id: "mark-thank-you-sent", name: "Mark thank-you sent", kind: "thank-you" },
	{ id: "mark-next-steps-asked", name: "Mark next steps asked", kind: "next-steps" },
	{ id: "mark-check-in-sent", name: "Mark check-in sent", kind: "check-in" },
	{ id: "mark-handwritten-note-sent", name: "Mark handwritten note sent", kind: "handwritten-note" },
	{ id: "mark-linkedin-requested", name: "Mark LinkedIn invitation sent", kind: "linkedin" },
];

/** Kinds a reply answers: once any of them is pending, a reply can be logged. */
const REPLY_KINDS: ReadonlySet<ActionKind> = new Set<ActionKind>(["thank-you", "next-steps", "check-in", "close-out"]);

function activeInterviewPath(plugin: Plugin, ctx: FollowUpContext): string | null {
	const file = plugin.app.workspace.getActiveFile();
	if (!file || !ctx.index.interviewFor(file.path)) return null;
	return file.path;
}

export function registerCommands(plugin: Plugin, ctx: FollowUpContext): void {
	plugin.addCommand({
		id: "open-due-follow-ups",
		name: "Open due follow-ups",
		callback: () => void ctx.openDuePane(),
	});

	plugin.addCommand({
		id: "new-interview-note",
		name: "New interview note",
		callback: () => ctx.newInterviewNote(),
	});

	for (const command of RECORD_COMMANDS) {
		plugin.addCommand({
			id: command.id,
			name: command.name,
			checkCallback: (checking) => {
				const path = activeInterviewPath(plugin, ctx);
				if (!path || !isPending(ctx, path, command.kind)) return false;
				if (!checking) void record(ctx, path, [KIND_DONE_EVENT[command.kind]]);
				return true;
			},
		});
	}

	plugin.addCommand({
		id: "mark-reply-received",
		name: "Mark reply received",
		checkCallback: (checking) => {
			const path = activeInterviewPath(plugin, ctx);
			if (!path) return false;
			const waiting = [...REPLY_KINDS].some((kind) => isPending(ctx, path, kind));
			if (!waiting) return false;
			if (!checking) void record(ctx, path, ["reply-received"]);
			return true;
		},
	});

	plugin.addCommand({
		id: "close-out",
		name: "Close out interview",
		checkCallback: (checking) => {
			const path = activeInterviewPath(plugin, ctx);
			if (!path || !isPending(ctx, path, "close-out")) return false;
			if (!checking) confirmCloseOut(ctx, path);
			return true;
		},
	});

	plugin.addCommand({
		id: "rescan",
		name: "Rescan interview notes",
		callback: async () => {
			await ctx.index.rescan();
			const n = ctx.index.interviews().length;
			const problems = ctx.index.problems().length;
			const found = `Found ${n} interview ${n === 1 ? "note" : "notes"}`;
			new Notice(problems === 0 ? `${found}.` : `${found} and ${problems} ${problems === 1 ? "problem" : "problems"} to look at in the due follow-ups pane.`);
		},
	});
}
