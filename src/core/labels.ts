// What each follow-up asks of the user, in the words the pane, the notices and the command line
// all use.
import type { ActionKind } from "./types";

/** What to do, as an imperative: "Send a thank-you". */
export const KIND_TODO: Record<ActionKind, string> = {
	"thank-you": "Send a thank-you",
	"next-steps": "Ask about next steps",
	"check-in": "Check in",
	"close-out": "Close out",
	"handwritten-note": "Send a handwritten note",
	linkedin: "Connect on LinkedIn",
};

/** The action as a noun, for sentences: "the thank-you". */
export const KIND_NOUN: Record<ActionKind, string> = {
	"thank-you": "thank-you",
	"next-steps": "next-steps question",
	"check-in": "check-in",
	"close-out": "closing message",
	"handwritten-note": "handwritten note",
	linkedin: "LinkedIn invitation",
};
