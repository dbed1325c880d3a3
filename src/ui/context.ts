// What the pane, the commands and the notices need from the plugin, so that they depend on this
// small surface rather than on the plugin class.
import type { App } from "obsidian";
import type { Settings } from "../core/settings";
import type { FollowUpAction } from "../core/types";
import type { InterviewIndex } from "../obsidian/index";

/**
 * An extra button on a pane row. Drafts ("insert draft", "copy draft") plug in here: the pane shows
 * every registered action that applies to the row, after its own buttons.
 */
export interface RowAction {
	/** Stable id, used as a CSS hook (`ifu-row-action-<id>`). */
	id: string;
	/** Sentence case; also the button's accessible name. */
	label: string;
	/** A Lucide icon name. */
	icon: string;
	appliesTo(action: FollowUpAction): boolean;
	run(action: FollowUpAction, evt: MouseEvent | KeyboardEvent): unknown;
}

export interface FollowUpContext {
	readonly app: App;
	readonly index: InterviewIndex;
	readonly settings: Settings;
	/** The current instant; injected so that tests and the sandbox can pin it. */
	now(): Date;
	openDuePane(): Promise<void>;
	/** Opens the "new interview note" form. */
	newInterviewNote(): void;
	/** Extra row buttons, in order. */
	readonly rowActions: RowAction[];
}
