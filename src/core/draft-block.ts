// The markdown block a draft becomes inside an interview note: a heading, who it is for, the
// subject, the text, and a link that opens it in the mail app.
import { format } from "./date-format";
import type { Draft } from "./drafts";
import { LINKEDIN_NOTE_LIMIT } from "./drafts";
import { buildMailto, mailtoFitsSafely } from "./mailto";
import type { ActionKind, Recipient } from "./types";
import { appendUnderHeading } from "./writer";

export const DRAFTS_HEADING = "Follow-up drafts";

const KIND_LABELS: Record<ActionKind, string> = {
	"thank-you": "Thank-you",
	"next-steps": "Next-steps question",
	"check-in": "Check-in",
	"close-out": "Closing message",
	"handwritten-note": "Handwritten note",
	linkedin: "LinkedIn note",
};

/** Text from a note on one line of markdown: a line break in a name must not start a new line. */
function oneLine(text: string): string {
	return text.replace(/\p{Cc}+/gu, " ").replace(/\s+/g, " ").trim();
}

function recipientLabel(r: Recipient, withEmail: boolean): string {
	const name = oneLine(r.name);
	if (!withEmail || r.email === null) return name;
	const email = oneLine(r.email);
	// `<address>` is an autolink; anything that is not plainly one address is shown as code instead.
	if (/^[^\s<>`@]+@[^\s<>`@]+$/.test(email)) return name ? `${name} <${email}>` : `<${email}>`;
	return `${name} (\`${email.replace(/`/g, "'")}\`)`;
}

function safeUrl(url: string): boolean {
	return /^https?:\/\/[^\s<>`]+$/i.test(url);
}

/**
 * The block for one draft, ending with a line break. The `mailto:` link has every character that
 * markdown could read as syntax percent-encoded, so it needs no brackets. A link longer than a mail
 * app reliably opens carries the subject only, and says so.
 */
export function draftBlock(draft: Draft, now: Date, eol = "\n"): string {
	const names = draft.to.map((r) => oneLine(r.name)).filter((n) => n !== "");
	const lines: string[] = [
		`### ${KIND_LABELS[draft.kind]}${names.length > 0 ? ` to ${names.join(", ")}` : ""} — ${format(now, "yyyy-MM-dd")}`,
	];
	const isEmail = draft.mailto !== null;
	if (draft.to.length > 0) lines.push(`**To:** ${draft.to.map((r) => recipientLabel(r, isEmail)).join(", ")}`);
	else if (isEmail) lines.push("**To:** nobody yet: add the address in your mail app");
	if (draft.linkedin) {
		lines.push(`**Profile:** ${safeUrl(draft.linkedin) ? `<${draft.linkedin}>` : `\`${oneLine(draft.linkedin).replace(/`/g, "'")}\``}`);
	}
	if (draft.subject !== "") lines.push(`**Subject:** ${oneLine(draft.subject)}`);
	lines.push("", ...draft.body.replace(/\r\n?/g, "\n").split("\n"), "");
	if (draft.kind === "linkedin") lines.push(`(${draft.body.length} of ${LINKEDIN_NOTE_LIMIT} characters)`);
	if (draft.mailto !== null) {
		if (mailtoFitsSafely(draft.mailto)) lines.push(`[Open in mail app](${draft.mailto})`);
		else {
			const addresses = draft.to.flatMap((r) => (r.email === null ? [] : [r.email]));
			lines.push(
				`[Open in mail app (subject only)](${buildMailto(addresses, draft.subject, "")})`,
				"The message is too long for a mail link: open it, then copy the text from above into the body.",
			);
		}
	}
	if (draft.script) {
		lines.push("", "**If you call:**", ...draft.script.split("\n").map((line) => `> ${line}`));
	}
	while (lines[lines.length - 1] === "") lines.pop();
	return lines.join(eol) + eol;
}

/** Adds a draft block under `## Follow-up drafts`, creating the heading when the note has none. */
export function insertDraftUnderHeading(text: string, block: string): string {
	return appendUnderHeading(text, DRAFTS_HEADING, block);
}
