// The agenda: every pending action of every interview, most urgent first, with the problems that
// only show once actions are known. Shared by the CLI's `due` and the plugin's pane.
import { laterRounds, TAKEN_OVER } from "./rounds";
import { evaluateInto } from "./rules";
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
const KIND_RANK = Object.fromEntries(ACTION_KINDS.map((k, i) => [k, i])) as Record<string, number>;

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
	// nextInstant, without the object it returns: this runs for every action of the vault.
	let at: Date;
	let running = true;
	switch (action.state) {
		case "overdue":
			at = action.deadline ?? action.idealBy ?? action.opensAt;
			break;
		case "late":
			if (action.deadline) at = action.deadline;
			else {
				at = action.idealBy ?? action.opensAt;
				running = false;
			}
			break;
		case "due": {
			const clock = action.idealBy ?? action.deadline;
			if (clock) at = clock;
			else {
				at = action.opensAt;
				running = false;
			}
			break;
		}
		default:
			at = action.opensAt;
	}
	return (STATE_RANK[action.state] * 2 + (running ? 0 : 1)) * INSTANT_SPAN + at.getTime();
}

function tieBreak(a: FollowUpAction, b: FollowUpAction): number {
	return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (KIND_RANK[a.kind] ?? 0) - (KIND_RANK[b.kind] ?? 0);
}

/**
 * Most urgent first: by state; within a state, actions racing a clock before open-ended ones, the
 * nearest instant first; then by note and kind.
 */
export function compareUrgency(a: FollowUpAction, b: FollowUpAction): number {
	return urgencyKey(a) - urgencyKey(b) || tieBreak(a, b);
}

export function buildAgenda(interviews: Iterable<Interview>, settings: Settings, now: Date): Agenda {
	const all = [...interviews];
	const actions: FollowUpAction[] = [];
	const problems: Problem[] = [];
	for (const interview of all) evaluateInto(interview, settings, now, actions, problems);
	// Where things stand is the latest round's to ask: an earlier note's next steps, check-in and close-out are not listed.
	const later = laterRounds(all, now);
	const current = later.size === 0 ? actions : actions.filter((a) => !(TAKEN_OVER.has(a.kind) && later.has(a.file)));
	return { now, actions: sortByUrgency(current), problems };
}

/**
 * The actions in compareUrgency order (equal ones as given). The keys are sorted natively and the
 * actions placed by key, so that the comparison runs only between actions sharing a key, mostly
 * ones of the same note: a sort with a comparison for every step costs several times as much.
 */
function sortByUrgency(actions: FollowUpAction[]): FollowUpAction[] {
	const n = actions.length;
	const keys = new Float64Array(n);
	for (let i = 0; i < n; i++) keys[i] = urgencyKey(actions[i]);
	const sortedKeys = keys.slice().sort();
	// NaN (an invalid date) has no place in a search: the plain sort handles it as before.
	if (n > 0 && Number.isNaN(sortedKeys[n - 1])) {
		return actions.map((action, i) => ({ action, key: keys[i] })).sort((x, y) => x.key - y.key || tieBreak(x.action, y.action)).map((k) => k.action);
	}
	// Distinct keys in order, and for each action the rank of its key.
	const distinct = new Float64Array(n);
	let d = 0;
	for (let i = 0; i < n; i++) if (d === 0 || sortedKeys[i] !== distinct[d - 1]) distinct[d++] = sortedKeys[i];
	const rank = new Int32Array(n);
	const starts = new Int32Array(d + 1);
	for (let i = 0; i < n; i++) {
		const key = keys[i];
		let lo = 0;
		let hi = d - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (distinct[mid] < key) lo = mid + 1;
			else hi = mid;
		}
		rank[i] = lo;
		starts[lo + 1]++;
	}
	for (let r = 0; r < d; r++) starts[r + 1] += starts[r];
	// Placed in the order given, so each run of equal keys starts out in that order...
	const sorted = new Array<FollowUpAction>(n);
	const next = starts.slice(0, d);
	for (let i = 0; i < n; i++) sorted[next[rank[i]]++] = actions[i];
	// ...and a stable sort puts each run in note and kind order: an insertion sort for the short
	// runs real vaults make, the built-in sort for long ones.
	for (let r = 0; r < d; r++) {
		const end = starts[r + 1];
		if (end - starts[r] > 16) {
			const run = sorted.slice(starts[r], end).sort(tieBreak);
			for (let i = 0; i < run.length; i++) sorted[starts[r] + i] = run[i];
			continue;
		}
		for (let i = starts[r] + 1; i < end; i++) {
			const a = sorted[i];
			let j = i - 1;
			while (j >= starts[r] && tieBreak(sorted[j], a) > 0) {
				sorted[j + 1] = sorted[j];
				j--;
			}
			sorted[j + 1] = a;
		}
	}
	return sorted;
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
