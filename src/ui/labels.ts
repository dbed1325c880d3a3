// The words the plugin uses for actions and the people they go to, in one place so that the pane,
// the notices and the commands say the same thing.
import type { MarkEvent } from "../core/writer";
import type { ActionKind, FollowUpAction } from "../core/types";

import { recipientsInWords } from "../core/labels";

export { KIND_NOUN, KIND_TODO } from "../core/labels";

/** The record that marks each action done. */
export const KIND_DONE_EVENT: Record<ActionKind, MarkEvent> = {
	"thank-you": "thank-you-sent",
	"next-steps": "next-steps-asked",
	"check-in": "check-in-sent",
	"close-out": "closed",
	"handwritten-note": "handwritten-note-sent",
	linkedin: "linkedin-requested",
};

/** "Dana", "Dana and Marcus", "Dana, Marcus and Lena". */
export { joinWords as joinNames } from "../core/labels";

/** "Acme Robotics · Platform engineer", or the note's title when the note names no company. */
export function interviewLabel(company: string, role: string, file: string): string {
	if (company && role) return `${company} · ${role}`;
	if (company || role) return company || role;
	return file.replace(/^.*\//, "").replace(/\.md$/i, "");
}

/**
 * Who the action goes to, as a line of the pane: "To Dana Whitfield and Marcus Oyelaran". When some
 * interviewers have no email, says who is asked to pass the thanks on to them.
 */
export function recipientsLine(action: FollowUpAction): string {
	if (action.recipients.length === 0) return "Nobody to send to yet: add an email to the note";
	return `To ${recipientsInWords(action)}`;
}

/** "Acme Robotics" for sentences about one action; the note's title when there is no company. */
export function companyOf(action: FollowUpAction): string {
	return action.company || action.file.replace(/^.*\//, "").replace(/\.md$/i, "");
}
