// The follow-up rules (SPEC §2): which actions an interview calls for, when each opens, when it
// ideally happens and its deadline, who receives it, and its state at a given instant.
import { addDays } from "date-fns";
import { nextDayAt } from "./dates";
import { KIND_NOUN, joinWords } from "./labels";
import { namedDayOf } from "./next-steps-note";
import { personLabel, thankYouMessages } from "./people";
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

const HOUR_MS = 3_600_000;

/** Hours are absolute: a plain sum of milliseconds, exactly what date-fns addHours does. */
/**
 * A check-in or a close-out that would fall on Christmas Day or New Year's Day, on the eve of either, or on Boxing Day, waits
 * for the next weekday after the holiday, at the same wall-clock time: nobody reads a follow-up sent then, and it reads as
 * sent without thought (reviews 145, 146; reviews 193, 194 found check-ins opening on Christmas Eve, review 197 on the 26th).
 */
export function afterHoliday(at: Date): Date {
	let day = at;
	if (Number.isNaN(day.getTime()) || holidayOf(day) === null) return at;
	while (holidayOf(day) !== null || day.getDay() === 0 || day.getDay() === 6) day = addDays(day, 1);
	return day;
}

/** A holiday a follow-up waits past; an eve names the day it is the eve of, which is what a message says the wait is for. */
export interface Holiday {
	name: string;
	eveOf?: string;
}

const HOLIDAYS: ReadonlyArray<{ month: number; date: number; holiday: Holiday }> = [
	{ month: 11, date: 24, holiday: { name: "Christmas Eve", eveOf: "Christmas Day" } },
	{ month: 11, date: 25, holiday: { name: "Christmas Day" } },
	{ month: 11, date: 26, holiday: { name: "Boxing Day" } },
	{ month: 11, date: 31, holiday: { name: "New Year's Eve", eveOf: "New Year's Day" } },
	{ month: 0, date: 1, holiday: { name: "New Year's Day" } },
];

/** The holiday on a local calendar day, or null: the one list of them, read by afterHoliday and by what the notes are told. */
export function holidayOf(day: Date): Holiday | null {
	return HOLIDAYS.find((h) => h.month === day.getMonth() && h.date === day.getDate())?.holiday ?? null;
}

function plusHours(at: Date, hours: number): Date {
	return new Date(at.getTime() + hours * HOUR_MS);
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
	passThanksVia?: string;
}

/** Receives each pending action; the agenda builds its actions from these without objects in between. */
type Emit = (
	kind: ActionKind,
	opensAt: Date,
	idealBy: Date | null,
	deadline: Date | null,
	recipients: Recipient[],
	passThanksTo?: string[],
	passThanksVia?: string,
) => void;

/** The actions an interview calls for, whatever the time; nothing for a closed interview. */
export function pendingActions(interview: Interview, settings: Settings): PendingAction[] {
	const out: PendingAction[] = [];
	forEachPending(interview, settings, (kind, opensAt, idealBy, deadline, recipients, passThanksTo, passThanksVia) => {
		const action: PendingAction = { kind, opensAt, idealBy, deadline, recipients };
		if (passThanksTo) action.passThanksTo = passThanksTo;
		if (passThanksVia !== undefined) action.passThanksVia = passThanksVia;
		out.push(action);
	});
	return out;
}

function forEachPending(interview: Interview, settings: Settings, emit: Emit): void {
	if (interview.status !== "active") return;
	const { records, end } = interview;
	const toPrimary = interview.primaryContact ? [recipient(interview.primaryContact)] : [];

	let thankYouDeadline: Date | null = null;
	if (!records.thankYouSent) {
		const recipients: Recipient[] = [];
		let passThanksTo: string[] | undefined;
		let via: string | undefined;
		for (const message of thankYouMessages(interview)) {
			recipients.push(recipient(message.to));
			if (!message.personal || message.passThanksTo.length > 0) {
				passThanksTo = message.passThanksTo.map(personLabel);
				via = personLabel(message.to);
			}
		}
		thankYouDeadline = plusHours(end, settings.thankYouDeadlineHours);
		emit("thank-you", end, plusHours(end, settings.thankYouIdealHours), thankYouDeadline, recipients, passThanksTo, via);
	}

	if (!interview.nextSteps && !records.nextStepsAsked && !records.replyReceived) {
		// Dates are never changed in place, so the same instant may serve both actions (24 h by default).
		const deadline =
			thankYouDeadline && settings.nextStepsDeadlineHours === settings.thankYouDeadlineHours ? thankYouDeadline : plusHours(end, settings.nextStepsDeadlineHours);
		emit("next-steps", end, null, deadline, toPrimary);
	}

	if (records.thankYouSent && !records.checkInSent && !records.replyReceived) {
		let opensAt = addDays(recordedAt(records.thankYouSent, interview), settings.checkInAfterDays);
		if (interview.decisionExpected) {
			// The later of the two, as date-fns max gives it (an invalid date makes it invalid).
			opensAt = new Date(Math.max(opensAt.getTime(), nextDayAt(interview.decisionExpected, settings.decisionCheckInTime).getTime()));
		}
		// "They'll email by end of next week": a check-in is not sent before the day they named either. Where decision_expected
		// names the day, it is the one the check-in counts from and quotes: "2-3 wks" in next_steps beside "decision_expected:
		// 2026-12-18" had opened it ten days after the decision date, over Christmas, with a letter quoting the 18th (review 183).
		const named = interview.decisionExpected ? null : namedDayOf(interview);
		if (named !== null) opensAt = new Date(Math.max(opensAt.getTime(), nextDayAt(named, settings.decisionCheckInTime).getTime()));
		emit("check-in", afterHoliday(opensAt), null, null, toPrimary);
	}

	if (records.checkInSent && !records.replyReceived) {
		emit("close-out", afterHoliday(addDays(recordedAt(records.checkInSent, interview), settings.closeOutAfterDays)), null, null, toPrimary);
	}

	if (settings.enableHandwrittenNote && records.thankYouSent && !records.handwrittenNoteSent) {
		const sent = recordedAt(records.thankYouSent, interview);
		const people = interview.interviewers.length > 0 ? interview.interviewers.map(recipient) : toPrimary;
		emit("handwritten-note", sent, addDays(sent, settings.handwrittenNoteIdealDays), null, people);
	}

	if (settings.enableLinkedin && !records.linkedinRequested) {
		const onLinkedin = interview.interviewers.filter((p) => p.linkedin);
		if (onLinkedin.length > 0) emit("linkedin", end, null, null, onLinkedin.map(recipient));
	}
}

export interface Evaluation {
	actions: FollowUpAction[];
	/** Problems that depend on the actions: someone to send to is missing. */
	problems: Problem[];
}


/** The interview's pending actions with their state at `now`. */
export function evaluateInterview(interview: Interview, settings: Settings, now: Date): Evaluation {
	const actions: FollowUpAction[] = [];
	const problems: Problem[] = [];
	evaluateInto(interview, settings, now, actions, problems);
	return { actions, problems };
}

function warn(interview: Interview, problems: Problem[], key: string, message: string): void {
	const problem: Problem = { file: interview.file, severity: "warning", key, message };
	const line = interview.keyLines?.[key];
	if (line !== undefined) problem.line = line;
	problems.push(problem);
}

/**
 * evaluateInterview appending to the caller's lists: the agenda evaluates every interview of the
 * vault and should not allocate lists per note.
 */
export function evaluateInto(interview: Interview, settings: Settings, now: Date, actions: FollowUpAction[], problems: Problem[]): void {
	const snoozed = interview.snoozedUntil && now.getTime() < interview.snoozedUntil.getTime() ? interview.snoozedUntil : undefined;
	const pc = interview.primaryContact;
	/** Kinds by email that would go to a primary contact without an address, in the order met. */
	let noEmailFor: ActionKind[] | null = null;
	forEachPending(interview, settings, (kind, opensAt, idealBy, deadline, recipients, passThanksTo, passThanksVia) => {
		const action: FollowUpAction = {
			file: interview.file,
			kind,
			state: stateAt(now, opensAt, idealBy, deadline),
			opensAt,
			idealBy,
			deadline,
			company: interview.company,
			role: interview.role,
			recipients,
		};
		if (passThanksTo) action.passThanksTo = passThanksTo;
		if (passThanksVia !== undefined) action.passThanksVia = passThanksVia;
		if (snoozed) action.snoozedUntil = snoozed;
		actions.push(action);
		if (recipients.length === 0) {
			warn(
				interview,
				problems,
				kind === "thank-you" ? "interviewers" : "primary_contact",
				`The ${KIND_NOUN[kind]} has nobody to go to: add ${kind === "thank-you" ? "interviewers with an email, or a primary_contact" : "a primary_contact and primary_contact_email"}.`,
			);
		} else if (kind === "thank-you" && !pc) {
			const unthanked = interview.interviewers.filter((p) => p.email === undefined).map(personLabel);
			if (unthanked.length > 0) {
				warn(interview, problems, "interviewers", `${joinWords(unthanked)} ${unthanked.length === 1 ? "has" : "have"} no email and there is no primary_contact to pass your thanks on: add an email or a primary_contact.`);
			}
		}
		const byEmail = kind !== "handwritten-note" && kind !== "linkedin";
		// Each kind is pending at most once per interview, so the list holds no repeats.
		if (byEmail && pc && pc.email === undefined && recipients.some((r) => r.email === null && r.name === pc.name)) (noEmailFor ??= []).push(kind);
	});
	if (noEmailFor && pc) {
		const kinds = joinWords((noEmailFor as ActionKind[]).map((k) => `the ${KIND_NOUN[k]}`));
		// An interviewer the note did not name as primary contact (the one who leads) gets their address where they are listed.
		const listed = interview.keyLines?.primary_contact === undefined && interview.keyLines?.primary_contact_email === undefined && interview.interviewers.includes(pc);
		const problem: Problem = {
			file: interview.file,
			severity: "warning",
			key: listed ? "interviewers" : "primary_contact_email",
			message: `${personLabel(pc)} has no email address, and ${kinds} would go to them: ${listed ? `add it where the note lists them ("${pc.name || "Name"} <address>")` : "add primary_contact_email"}.`,
		};
		const line = listed ? interview.keyLines?.interviewers : (interview.keyLines?.primary_contact_email ?? interview.keyLines?.primary_contact);
		if (line !== undefined) problem.line = line;
		problems.push(problem);
	}
}
