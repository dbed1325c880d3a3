// The human-readable `due` listing: actions grouped by state, each saying what to do, for whom and
// how much time is left, then the problems, in plain words and local time.
import { format } from "date-fns";
import { groupByState } from "../core/agenda";
import { KIND_TODO, recipientsInWords } from "../core/labels";
import { formatDuration, relativeTime as relative } from "../core/durations";
import type { ActionState, FollowUpAction, Interview, Problem } from "../core/types";
import type { DueReport } from "./due";
import { styleFor, type Style } from "./style";
import { visibleReport } from "./visible";

/** A local date and time, with the year only when it is not the year of `now`. */
export function formatLocal(at: Date, now: Date): string {
	return format(at, at.getFullYear() === now.getFullYear() ? "EEE d MMM HH:mm" : "EEE d MMM yyyy HH:mm");
}

/** "Europe/Paris, UTC+01:00": where the times shown are. */
export function timeZoneLabel(at: Date): string {
	const offset = `UTC${format(at, "xxx")}`;
	let zone = "";
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
	} catch {
		// No Intl time zone support: the offset says it all.
	}
	if (zone === "" || /^(?:Etc\/)?(?:UTC|GMT|Zulu|UCT|Universal)$/i.test(zone)) return offset === "UTC+00:00" ? "UTC" : offset;
	return `${zone}, ${offset}`;
}


/** How urgent, in words a person acts on; the instant shown is the one the action races against. */
export function timing(a: FollowUpAction, now: Date): string {
	switch (a.state) {
		case "overdue":
			return `deadline passed ${relative(a.deadline ?? a.opensAt, now)}`;
		case "late": {
			const ideal = `ideal time passed ${relative(a.idealBy ?? a.opensAt, now)}`;
			return a.deadline ? `${ideal}; deadline ${relative(a.deadline, now)}` : ideal;
		}
		case "due":
			if (a.idealBy) {
				const ideal = `ideal window closes ${relative(a.idealBy, now)}`;
				return a.deadline ? `${ideal}; deadline ${relative(a.deadline, now)}` : ideal;
			}
			if (a.deadline) return `deadline ${relative(a.deadline, now)}`;
			return `opened ${formatDuration(now.getTime() - a.opensAt.getTime())} ago`;
		case "upcoming":
			return `opens ${formatLocal(a.opensAt, now)} (${relative(a.opensAt, now)})`;
	}
}

/** Who the action goes to, in words: "to Sam Lee; Lena Okafor is asked to pass your thanks on to Dana Wu". */
export function recipientsPhrase(a: FollowUpAction): string {
	if (a.recipients.length === 0) return "nobody to send it to yet (see the problems below)";
	return `to ${recipientsInWords(a)}`;
}

function heading(interview: Interview | undefined, a: FollowUpAction): string {
	const parts = [a.company, a.role].filter((s) => s.trim() !== "");
	if (parts.length > 0) return parts.join(" · ");
	return interview?.title ?? a.file.replace(/^.*\//, "").replace(/\.md$/i, "");
}

const GROUPS: ReadonlyArray<[ActionState, string, (s: Style, t: string) => string]> = [
	["overdue", "Overdue", (s, t) => s.red(t)],
	["late", "Late", (s, t) => s.yellow(t)],
	["due", "Due now", (s, t) => s.green(t)],
	["upcoming", "Upcoming", (s, t) => s.cyan(t)],
];

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

export function formatProblem(p: Problem, s: Style): string {
	const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
	const severity = p.severity === "error" ? s.red("error  ") : s.yellow("warning");
	return `  ${severity}  ${s.bold(where)}  ${p.message}`;
}

export interface TextOptions {
	color: boolean;
}

/** The whole listing, ending with a line break. */
export function formatDueText(shown: DueReport, options: TextOptions): string {
	// Every word below that comes from a note passes through here, control characters made visible.
	const report = visibleReport(shown);
	const s = styleFor(options.color);
	const { now } = report;
	const out: string[] = [];
	out.push(s.bold(`Follow-ups due at ${format(now, "EEE d MMM yyyy HH:mm")} (${timeZoneLabel(now)})`));

	const groups = groupByState(report.actions);
	for (const [state, title, paint] of GROUPS) {
		const actions = groups[state];
		if (actions.length === 0) continue;
		out.push("", s.bold(paint(s, `${title} (${actions.length})`)));
		for (const a of actions) {
			const interview = report.interviews.get(a.file);
			const snoozed = a.snoozedUntil ? s.dim(` (snoozed until ${formatLocal(a.snoozedUntil, now)})`) : "";
			out.push(`  • ${s.bold(`${KIND_TODO[a.kind]} — ${heading(interview, a)}`)}${snoozed}`);
			out.push(`    ${paint(s, timing(a, now))}`);
			out.push(`    ${recipientsPhrase(a)}`);
			out.push(`    ${s.dim(a.file)}`);
		}
	}

	if (report.actions.length === 0) {
		out.push("");
		out.push(report.interviews.size === 0 ? "No interview notes found: an interview note has type: interview in its frontmatter." : "Nothing to follow up right now.");
	}

	const notShown: string[] = [];
	if (report.hiddenUpcoming.length > 0) {
		const next = report.hiddenUpcoming.reduce((a, b) => (b.opensAt.getTime() < a.opensAt.getTime() ? b : a));
		notShown.push(`${plural(report.hiddenUpcoming.length, "upcoming follow-up")} (the next opens ${relative(next.opensAt, now)})`);
	}
	if (report.hiddenSnoozed.length > 0) {
		const untils = report.hiddenSnoozed.map((a) => (a.snoozedUntil as Date).getTime());
		const first = new Date(Math.min(...untils));
		const more = untils.some((t) => t !== first.getTime()) ? " or later" : "";
		notShown.push(`${plural(report.hiddenSnoozed.length, "snoozed follow-up")} (until ${formatLocal(first, now)}${more})`);
	}
	if (notShown.length > 0) out.push("", s.dim(`Not listed: ${notShown.join(", ")}. Add --all to see them.`));

	if (report.problems.length > 0) {
		const errors = report.problems.filter((p) => p.severity === "error").length;
		const summary = [errors > 0 ? plural(errors, "error") : "", report.problems.length - errors > 0 ? plural(report.problems.length - errors, "warning") : ""]
			.filter(Boolean)
			.join(", ");
		out.push("", s.bold(`Problems (${summary})`));
		for (const p of report.problems) out.push(formatProblem(p, s));
	}
	return `${out.join("\n")}\n`;
}
