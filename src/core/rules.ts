// The follow-up rules (SPEC §2): which actions an interview calls for, when each opens, when it
// ideally happens and its deadline, who receives it, and its state at a given instant.
import { addDays, addHours, max } from "date-fns";
import { nextDayAt } from "./dates";
import type { Settings } from "./settings";
import type { ActionKind, ActionState, FollowUpAction, Interview, Person, Problem, Recipient, RecordValue } from "./types";

/** State of an action at `now`: a boundary instant belongs to the later state. */
export function stateAt(now: Date, opensAt: Date, idealBy: Date | null, deadline: Date | null): ActionState {
	const t = now.getTime();
	if (t < opensAt.getTime()) return "upcoming";
	if (deadline && t >= deadline.getTime()) return "overdue";
	if (idealBy && t >= idealBy.getTime()) return "late";
	return "due";
}

/** When a recorded follow-up happened; a record that is not a date counts from the interview end. */
function recordedAt(record: RecordValue, interview: Interview): Date {
	return record.at ?? interview.end;
}

function recipient(person: Person): Recipient {
	return { name: person.name, email: person.email ?? null };
}

interface Timing {
	opensAt: Date;
	idealBy: Date | null;
	deadline: Date | null;
}

interface PendingAction extends Timing {
	kind: ActionKind;
	recipients: Recipient[];
	passThanksTo?: string[];
}

/** The actions an interview calls for, whatever the time; nothing for a closed interview. */
export function pendingActions(interview: Interview, settings: Settings): PendingAction[] {
	if (interview.status !== "active") return [];
	const { records, end } = interview;
	const out: PendingAction[] = [];
	const toPrimary = interview.primaryContact ? [recipient(interview.primaryContact)] : [];

	if (!records.thankYouSent) {
		const withEmail = interview.interviewers.filter((p) => p.email !== undefined);
		const withoutEmail = interview.interviewers.filter((p) => p.email === undefined);
		const recipients = withEmail.map(recipient);
		const action: PendingAction = {
			kind: "thank-you",
			opensAt: end,
			idealBy: addHours(end, settings.thankYouIdealHours),
			deadline: addHours(end, settings.thankYouDeadlineHours),
			recipients,
		};
		if (interview.interviewers.length === 0 || withoutEmail.length > 0) {
			recipients.push(...toPrimary);
			action.passThanksTo = withoutEmail.map((p) => p.name);
		}
		out.push(action);
	}

	if (!interview.nextSteps && !records.nextStepsAsked && !records.replyReceived) {
		out.push({
			kind: "next-steps",
			opensAt: end,
			idealBy: null,
			deadline: addHours(end, settings.nextStepsDeadlineHours),
			recipients: toPrimary,
		});
	}

	if (records.thankYouSent && !records.checkInSent && !records.replyReceived) {
		let opensAt = addDays(recordedAt(records.thankYouSent, interview), settings.checkInAfterDays);
		if (interview.decisionExpected) {
			opensAt = max([opensAt, nextDayAt(interview.decisionExpected, settings.decisionCheckInTime)]);
		}
		out.push({ kind: "check-in", opensAt, idealBy: null, deadline: null, recipients: toPrimary });
	}

	if (records.checkInSent && !records.replyReceived) {
		out.push({
			kind: "close-out",
			opensAt: addDays(recordedAt(records.checkInSent, interview), settings.closeOutAfterDays),
			idealBy: null,
			deadline: null,
			recipients: toPrimary,
		});
	}

	if (settings.enableHandwrittenNote && records.thankYouSent && !records.handwrittenNoteSent) {
		const sent = recordedAt(records.thankYouSent, interview);
		const people = interview.interviewers.length > 0 ? interview.interviewers.map(recipient) : toPrimary;
		out.push({
			kind: "handwritten-note",
			opensAt: sent,
			idealBy: addDays(sent, settings.handwrittenNoteIdealDays),
			deadline: null,
			recipients: people,
		});
	}

	const onLinkedin = interview.interviewers.filter((p) => p.linkedin);
	if (settings.enableLinkedin && onLinkedin.length > 0 && !records.linkedinRequested) {
		out.push({ kind: "linkedin", opensAt: end, idealBy: null, deadline: null, recipients: onLinkedin.map(recipient) });
	}
	return out;
}

export interface Evaluation {
	actions: FollowUpAction[];
	/** Problems that depend on the actions: someone to send to is missing. */
	problems: Problem[];
}

const KIND_NAMES: Record<ActionKind, string> = {
	"thank-you": "thank-you",
	"next-steps": "next-steps question",
	"check-in": "check-in",
	"close-out": "closing message",
	"handwritten-note": "handwritten note",
	linkedin: "LinkedIn invitation",
};

/** The interview's pending actions with their state at `now`. */
export function evaluateInterview(interview: Interview, settings: Settings, now: Date): Evaluation {
	const actions: FollowUpAction[] = [];
	const problems: Problem[] = [];
	const noEmailFor = new Set<ActionKind>();
	const snoozed = interview.snoozedUntil && now.getTime() < interview.snoozedUntil.getTime() ? interview.snoozedUntil : undefined;
	for (const pending of pendingActions(interview, settings)) {
		const action: FollowUpAction = {
			file: interview.file,
			kind: pending.kind,
			state: stateAt(now, pending.opensAt, pending.idealBy, pending.deadline),
			opensAt: pending.opensAt,
			idealBy: pending.idealBy,
			deadline: pending.deadline,
			company: interview.company,
			role: interview.role,
			recipients: pending.recipients,
		};
		if (pending.passThanksTo) action.passThanksTo = pending.passThanksTo;
		if (snoozed) action.snoozedUntil = snoozed;
		actions.push(action);
		const warn = (key: string, message: string) => {
			const problem: Problem = { file: interview.file, severity: "warning", key, message };
			const line = interview.keyLines?.[key];
			if (line !== undefined) problem.line = line;
			problems.push(problem);
		};
		const unthanked = pending.passThanksTo ?? [];
		if (pending.recipients.length === 0) {
			warn(
				pending.kind === "thank-you" ? "interviewers" : "primary_contact",
				`The ${KIND_NAMES[pending.kind]} has nobody to go to: add ${pending.kind === "thank-you" ? "interviewers with an email, or a primary_contact" : "a primary_contact and primary_contact_email"}.`,
			);
		} else if (unthanked.length > 0 && !interview.primaryContact) {
			warn("primary_contact", `${unthanked.join(", ")} ${unthanked.length === 1 ? "has" : "have"} no email and there is no primary_contact to pass your thanks on: add an email or a primary_contact.`);
		}
		const byEmail = pending.kind !== "handwritten-note" && pending.kind !== "linkedin";
		if (byEmail && pending.recipients.length > 0 && pending.recipients.every((r) => r.email === null)) noEmailFor.add(pending.kind);
	}
	if (noEmailFor.size > 0 && interview.primaryContact) {
		const kinds = [...noEmailFor].map((k) => KIND_NAMES[k]).join(", ");
		const problem: Problem = {
			file: interview.file,
			severity: "warning",
			key: "primary_contact_email",
			message: `${interview.primaryContact.name} has no email address, and the ${kinds} would go to them: add primary_contact_email.`,
		};
		const line = interview.keyLines?.primary_contact_email ?? interview.keyLines?.primary_contact;
		if (line !== undefined) problem.line = line;
		problems.push(problem);
	}
	return { actions, problems };
}
