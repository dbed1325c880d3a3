// The agenda: every pending action of every interview, most urgent first, with the problems that
// only show once actions are known. Shared by the CLI's `due` and the plugin's pane.
import { evaluateInterview } from "./rules";
import type { Settings } from "./settings";
import { ACTION_KINDS, type ActionState, type FollowUpAction, type Interview, type Problem } from "./types";

export interface Agenda {
	now: Date;
	/** All pending actions, upcoming and snoozed ones included, most urgent first. */
	actions: FollowUpAction[];
	/** Problems found while working out the actions (nobody to send to, no email). */
	problems: Problem[];
}

const STATE_RANK: Record<ActionState, number> = { overdue: 0, late: 1, due: 2, upcoming: 3 };
const KIND_RANK = new Map(ACTION_KINDS.map((k, i) => [k, i]));

/**
 * The instant that matters next for an action in its state, and whether a clock is running
 * towards it: an open-ended action (a check-in, a LinkedIn invitation) has none.
 */
export function nextInstant(action: FollowUpAction): { at: Date; running: boolean } {
	switch (action.state) {
		case "overdue":
			return { at: action.deadline ?? action.idealBy ?? action.opensAt, running: true };
		case "late":
			return action.deadline ? { at: action.deadline, running: true } : { at: action.idealBy ?? action.opensAt, running: false };
		case "due": {
			const clock = action.idealBy ?? action.deadline;
			return clock ? { at: clock, running: true } : { at: action.opensAt, running: false };
		}
		case "upcoming":
			return { at: action.opensAt, running: true };
	}
}

// One number per action orders state first, then running clocks before open-ended actions, then
// the instant; instants stay below 2^44 ms (year 2527), so the sum is exact in a double.
const INSTANT_SPAN = 2 ** 44;

function urgencyKey(action: FollowUpAction): number {
	const next = nextInstant(action);
	return (STATE_RANK[action.state] * 2 + (next.running ? 0 : 1)) * INSTANT_SPAN + next.at.getTime();
}

function tieBreak(a: FollowUpAction, b: FollowUpAction): number {
	return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (KIND_RANK.get(a.kind) ?? 0) - (KIND_RANK.get(b.kind) ?? 0);
}

/**
 * Most urgent first: by state; within a state, actions racing a clock before open-ended ones, the
 * nearest instant first; then by note and kind.
 */
export function compareUrgency(a: FollowUpAction, b: FollowUpAction): number {
	return urgencyKey(a) - urgencyKey(b) || tieBreak(a, b);
}

export function buildAgenda(interviews: Iterable<Interview>, settings: Settings, now: Date): Agenda {
	const actions: FollowUpAction[] = [];
	const problems: Problem[] = [];
	for (const interview of interviews) {
		const evaluation = evaluateInterview(interview, settings, now);
		for (const a of evaluation.actions) actions.push(a);
		for (const p of evaluation.problems) problems.push(p);
	}
	// Keys are worked out once per action, not once per comparison.
	const keyed = actions.map((action) => ({ action, key: urgencyKey(action) }));
	keyed.sort((x, y) => x.key - y.key || tieBreak(x.action, y.action));
	return { now, actions: keyed.map((k) => k.action), problems };
}

export interface DueFilter {
	/** Include upcoming and snoozed actions. */
	all?: boolean;
}

/** What `due` shows: due, late and overdue actions that are not snoozed; everything with `all`. */
export function dueActions(agenda: Agenda, filter: DueFilter = {}): FollowUpAction[] {
	if (filter.all) return agenda.actions;
	return agenda.actions.filter((a) => a.state !== "upcoming" && !a.snoozedUntil);
}

export function groupByState(actions: readonly FollowUpAction[]): Record<ActionState, FollowUpAction[]> {
	const groups: Record<ActionState, FollowUpAction[]> = { overdue: [], late: [], due: [], upcoming: [] };
	for (const a of actions) groups[a.state].push(a);
	return groups;
}

/** Problems in a stable order: errors first, then by file and line. */
export function sortProblems(problems: Problem[]): Problem[] {
	return problems.sort(
		(a, b) =>
			(a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
			(a.line ?? 0) - (b.line ?? 0),
	);
}
