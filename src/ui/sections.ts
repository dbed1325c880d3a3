// How the due pane groups the agenda: by state, with snoozed actions set apart and the upcoming
// actions that only wait for an answer ("Waiting on reply") separated from the ones still ahead.
import type { FollowUpAction } from "../core/types";

export type SectionId = "overdue" | "late" | "due" | "snoozed" | "upcoming" | "waiting";

export interface PaneSection {
	id: SectionId;
	title: string;
	actions: FollowUpAction[];
}

const TITLES: Record<SectionId, string> = {
	overdue: "Overdue",
	late: "Late",
	due: "Due now",
	snoozed: "Snoozed",
	upcoming: "Upcoming",
	waiting: "Waiting on reply",
};

export const SECTION_ORDER: readonly SectionId[] = ["overdue", "late", "due", "snoozed", "upcoming", "waiting"];

/** Sections that start folded: they hold what needs nothing today. */
export const COLLAPSIBLE: ReadonlySet<SectionId> = new Set<SectionId>(["snoozed", "upcoming", "waiting"]);

/**
 * A check-in or close-out that has not opened yet follows a message already sent: the user is
 * waiting for an answer rather than for a chance to act.
 */
export function isWaitingOnReply(action: FollowUpAction): boolean {
	return action.state === "upcoming" && (action.kind === "check-in" || action.kind === "close-out");
}

export function sectionOf(action: FollowUpAction): SectionId {
	if (action.snoozedUntil) return "snoozed";
	if (action.state === "upcoming") return isWaitingOnReply(action) ? "waiting" : "upcoming";
	return action.state;
}

/** The title of the section an action is shown in: "Overdue", "Snoozed", "Waiting on reply"... */
export function sectionTitle(action: FollowUpAction): string {
	return TITLES[sectionOf(action)];
}

/**
 * The non-empty sections in pane order, each in the agenda's urgency order (inside a state, actions
 * with a clock running come first, soonest first, and open-ended ones after them).
 */
export function paneSections(actions: readonly FollowUpAction[]): PaneSection[] {
	const groups = new Map<SectionId, FollowUpAction[]>();
	for (const action of actions) {
		const id = sectionOf(action);
		let list = groups.get(id);
		if (!list) groups.set(id, (list = []));
		list.push(action);
	}
	const out: PaneSection[] = [];
	for (const id of SECTION_ORDER) {
		const list = groups.get(id);
		if (!list) continue;
		out.push({ id, title: TITLES[id], actions: list });
	}
	return out;
}

/** What the status bar counts: actions to do now (due, late, overdue) that are not snoozed. */
export function dueCount(actions: readonly FollowUpAction[]): number {
	let n = 0;
	for (const a of actions) if (a.state !== "upcoming" && !a.snoozedUntil) n++;
	return n;
}
