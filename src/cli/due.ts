// `due`: what to follow up now. Reads the vault, builds the agenda with the core, and hands the
// result to the JSON writer below or to the human-readable format in format.ts.
import { buildAgenda, dueActions, sortProblems } from "../core/agenda";
import type { FollowUpAction, Interview, Problem } from "../core/types";
import type { Vault } from "./vault";
import { visibleJson } from "./visible";

export interface DueReport {
	now: Date;
	all: boolean;
	/** What is listed, most urgent first: due, late and overdue ones not snoozed; everything with `all`. */
	actions: FollowUpAction[];
	/** Left out without `all`: snoozed actions that would otherwise be listed. */
	hiddenSnoozed: FollowUpAction[];
	/** Left out without `all`: upcoming actions, soonest first. */
	hiddenUpcoming: FollowUpAction[];
	problems: Problem[];
	/** The interviews read, by note path. */
	interviews: Map<string, Interview>;
}

export function collectDue(vault: Vault, now: Date, all: boolean, clock: () => number): DueReport {
	const reading = vault.readInterviews(clock());
	const agenda = buildAgenda(reading.interviews, vault.settings, now);
	const actions = dueActions(agenda, { all });
	const listed = new Set(actions);
	const hidden = agenda.actions.filter((a) => !listed.has(a));
	return {
		now,
		all,
		actions,
		hiddenSnoozed: hidden.filter((a) => a.snoozedUntil && a.state !== "upcoming"),
		hiddenUpcoming: hidden.filter((a) => a.state === "upcoming"),
		problems: sortProblems([...reading.problems, ...agenda.problems]),
		interviews: new Map(reading.interviews.map((i) => [i.file, i])),
	};
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** An action as `due --json` prints it (SPEC §4), plus `passThanksTo` and, when snoozed, `snoozedUntil`. */
export function actionJson(a: FollowUpAction): Record<string, unknown> {
	const out: Record<string, unknown> = {
		file: a.file,
		kind: a.kind,
		state: a.state,
		opensAt: iso(a.opensAt),
		idealBy: iso(a.idealBy),
		deadline: iso(a.deadline),
		company: a.company,
		role: a.role,
		recipients: a.recipients.map((r) => ({ name: r.name, email: r.email })),
	};
	if (a.passThanksTo && a.passThanksTo.length > 0) out.passThanksTo = [...a.passThanksTo];
	if (a.snoozedUntil) out.snoozedUntil = iso(a.snoozedUntil);
	return out;
}

/** A problem as printed: the frontmatter key a problem concerns stays internal (its line is given). */
export function problemJson(p: Problem): Record<string, unknown> {
	const out: Record<string, unknown> = { file: p.file, severity: p.severity, message: p.message };
	if (p.line !== undefined) out.line = p.line;
	return out;
}

/** Exactly one JSON object, indented for reading. */
export function dueJson(report: DueReport): string {
	return visibleJson({
		now: report.now.toISOString(),
		actions: report.actions.map(actionJson),
		problems: report.problems.map(problemJson),
	});
}
