// What each follow-up asks of the user, in the words the pane, the notices and the command line
// all use.
import { cleanName, isValidEmail, personLabel } from "./people";
import type { ActionKind, FollowUpAction } from "./types";

/** What to do, as an imperative: "Send a thank-you". */
export const KIND_TODO: Record<ActionKind, string> = {
	"thank-you": "Send a thank-you",
	"next-steps": "Ask about next steps",
	"check-in": "Check in",
	"close-out": "Close out",
	"handwritten-note": "Send a handwritten note",
	linkedin: "Send LinkedIn invitations",
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

/** "A", "A and B", "A, B and C": a list in words, as the messages to the user write it. */
export function joinWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The kinds that go out by email, as opposed to a card or a LinkedIn note. */
export function isEmailKind(kind: ActionKind): boolean {
	return kind !== "handwritten-note" && kind !== "linkedin";
}

/**
 * Whom an action goes to, in words, for the pane, the command line and the calendar: "Dana
 * Whitfield and Lena Okafor (no email); Lena Okafor is asked to pass your thanks on to Bob Roe".
 * Empty when there is nobody.
 */
export function recipientsInWords(action: FollowUpAction): string {
	// "Dr. Helen Achterberg, P.E., S.E." would read as three people in a list: names as the drafts write them.
	const shown = (name: string) => cleanName(name) || name;
	const names = action.recipients.map((r) => {
		const label = shown(personLabel(r));
		if (!isEmailKind(action.kind)) return label;
		if (r.email === null) return `${label} (no email)`;
		return isValidEmail(r.email.trim()) ? label : `${label} (address to check)`;
	});
	let words = joinWords(names);
	if (action.passThanksVia !== undefined && action.passThanksTo) {
		// With nobody listed, the draft reads the note to tell a call with the contact alone (a recruiter's
		// phone screen: thanked for the conversation) from an interview they arranged (asked to pass the
		// thanks on); the list has only the properties, so it says what it knows.
		words +=
			action.passThanksTo.length > 0
				? `; ${shown(action.passThanksVia)} is asked to pass your thanks on to ${joinWords(action.passThanksTo.map(shown))}`
				: "; the note lists no interviewers";
	}
	return words;
}
