// Reminders while Obsidian runs: which actions opened, turned late, passed their deadline or came
// back from a snooze since the last check, each told once; and, at start-up, what happened while
// Obsidian was closed. Pure: the plugin shows the words in a notice.
import type { ActionState, FollowUpAction } from "../core/types";
import { companyOf, KIND_NOUN, KIND_TODO } from "./labels";
import { countdown, relativeTime } from "./relative-time";

export type Transition = "opened" | "late" | "overdue" | "snooze-ended";

export interface Reminder {
	action: FollowUpAction;
	transition: Transition;
}

const RANK: Record<ActionState, number> = { upcoming: 0, due: 1, late: 2, overdue: 3 };

interface Seen {
	state: ActionState;
	snoozedUntil?: Date;
}

function keyOf(action: FollowUpAction): string {
	return `${action.file}\u0000${action.kind}`;
}

/** The instant at which the action entered `state`. */
function enteredAt(action: FollowUpAction, state: ActionState): Date | null {
	if (state === "due") return action.opensAt;
	if (state === "late") return action.idealBy;
	if (state === "overdue") return action.deadline;
	return null;
}

function within(t: Date | null, after: Date, upTo: Date): boolean {
	return t !== null && t.getTime() > after.getTime() && t.getTime() <= upTo.getTime();
}

/**
 * Compares each action's state with the previous check. A change counts only when the clock caused
 * it (the instant of the new state fell since the last check): editing a note is not news.
 */
export class ReminderTracker {
	private last: Map<string, Seen> | null = null;
	private lastAt: Date | null = null;
	private told = new Set<string>();

	/** The reminders due since the previous call; the first call only takes note of the states. */
	check(actions: readonly FollowUpAction[], now: Date): Reminder[] {
		const next = new Map<string, Seen>();
		const out: Reminder[] = [];
		for (const action of actions) {
			const key = keyOf(action);
			const seen: Seen = { state: action.state };
			if (action.snoozedUntil) seen.snoozedUntil = action.snoozedUntil;
			next.set(key, seen);
			const before = this.last?.get(key);
			if (!before || !this.lastAt || action.snoozedUntil) continue;
			let transition: Transition | null = null;
			let toldKey = `${key}\u0000${action.state}`;
			if (before.snoozedUntil) {
				// Back from a snooze that ran out (not one the user lifted by hand).
				if (before.snoozedUntil.getTime() <= now.getTime() && action.state !== "upcoming") {
					transition = "snooze-ended";
					toldKey = `${key}\u0000snooze\u0000${before.snoozedUntil.getTime()}`;
				}
			} else if (RANK[action.state] > RANK[before.state] && within(enteredAt(action, action.state), this.lastAt, now)) {
				transition = action.state === "due" ? "opened" : action.state === "late" ? "late" : "overdue";
			}
			if (!transition || this.told.has(toldKey)) continue;
			this.told.add(toldKey);
			out.push({ action, transition });
		}
		this.last = next;
		this.lastAt = now;
		return out;
	}
}

/** What opened or passed its deadline between the last run and now (snoozed actions left out). */
export function whileAway(actions: readonly FollowUpAction[], lastRun: Date, now: Date): Reminder[] {
	const out: Reminder[] = [];
	for (const action of actions) {
		if (action.snoozedUntil) continue;
		if (action.state === "overdue" && within(action.deadline, lastRun, now)) out.push({ action, transition: "overdue" });
		else if (action.state !== "upcoming" && within(action.opensAt, lastRun, now)) out.push({ action, transition: "opened" });
	}
	return out;
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One line per reminder: "Acme Robotics: time to send a thank-you. Ideal window closes in 8 h." */
export function reminderLine(reminder: Reminder, now: Date): string {
	const { action } = reminder;
	const who = companyOf(action);
	const clock = countdown(action, now);
	switch (reminder.transition) {
		case "opened":
			return `${who}: time to ${lowerFirst(KIND_TODO[action.kind])}. ${clock}.`;
		case "late":
			return `${who}: the ideal time for the ${KIND_NOUN[action.kind]} has passed.${action.deadline ? ` Deadline ${relativeTime(action.deadline, now)}.` : ""}`;
		case "overdue":
			return `${who}: the deadline for the ${KIND_NOUN[action.kind]} has passed.`;
		case "snooze-ended":
			return `${who}: snooze over, time to ${lowerFirst(KIND_TODO[action.kind])}. ${clock}.`;
	}
}

/** The text of one notice for several reminders, with a heading when there are many. */
export function reminderNotice(reminders: readonly Reminder[], now: Date, heading?: string): string {
	const lines = reminders.map((r) => reminderLine(r, now));
	if (heading) return [heading, ...lines].join("\n");
	return lines.length === 1 ? lines[0] : ["Follow-ups:", ...lines].join("\n");
}
