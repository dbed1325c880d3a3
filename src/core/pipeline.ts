// The job-search pipeline: one row per interview with where it stands, and the figures a job
// seeker asks about (how often a thank-you gets an answer, how long answers take, who went quiet).
import { differenceInDays } from "date-fns";
import { format } from "./date-format";
import type { Settings } from "./settings";
import type { Interview, InterviewStatus, RecordValue } from "./types";

/** A record as the pipeline shows it: when it happened, `true` when set to something not a date. */
export type Recorded = Date | true | null;

export type PipelineStage =
	| "Interview ahead"
	| "Awaiting thank-you"
	| "Waiting on reply"
	| "Waiting after check-in"
	| "Reply received"
	| "Offer"
	| "Rejected"
	| "Withdrawn"
	| "Closed"
	| "Closed without reply";

export interface PipelineRow {
	file: string;
	title: string;
	company: string;
	role: string;
	status: InterviewStatus;
	stage: PipelineStage;
	appliedOn: Date | null;
	interviewStart: Date;
	interviewEnd: Date;
	thankYouSent: Recorded;
	nextStepsAsked: Recorded;
	checkInSent: Recorded;
	replyReceived: Recorded;
	closedOn: Date | null;
	/**
	 * Messages sent to the company after the interview: the thank-you, the next-steps question
	 * when it went on its own (not at the same minute as the thank-you) and the check-in.
	 */
	attempts: number;
	/** Active, thanked and unanswered: whole days since the last message sent. Otherwise null. */
	daysWaiting: number | null;
	/** Days from the thank-you to the reply, to the hour; null unless both are dates. */
	daysToReply: number | null;
	/** The company answered: a reply is recorded, or the status is offer or rejected. */
	replied: boolean;
}

export interface PipelineCompany {
	company: string;
	rows: PipelineRow[];
}

export interface MonthFigures {
	/** Month of the interview, local time: `2026-11`. */
	month: string;
	interviews: number;
	/** Interviews whose thank-you was sent. */
	thankYousSent: number;
	/** Of those, the ones the company answered. */
	replies: number;
	/** replies / thankYousSent; null when no thank-you was sent. */
	replyRate: number | null;
	/** Median days from thank-you to reply, to the hour; null without a dated pair. */
	medianDaysToReply: number | null;
	/** Interviews closed (`status: closed`) with no reply recorded. */
	closedWithoutReply: number;
}

export interface PipelineFigures extends Omit<MonthFigures, "month"> {
	active: number;
	offers: number;
	byMonth: MonthFigures[];
}

export interface Pipeline {
	/** Most recent interview first. */
	rows: PipelineRow[];
	/** Companies by name, each with its interviews, most recent first. */
	companies: PipelineCompany[];
	figures: PipelineFigures;
}

const HOUR_MS = 3_600_000;

function recorded(value: RecordValue | undefined): Recorded {
	if (!value) return null;
	return value.at ?? true;
}

function isDate(value: Recorded): value is Date {
	return value instanceof Date;
}

function sameMinute(a: Date, b: Date): boolean {
	return Math.floor(a.getTime() / 60_000) === Math.floor(b.getTime() / 60_000);
}

function attempts(thankYou: Recorded, nextSteps: Recorded, checkIn: Recorded): number {
	let n = 0;
	if (thankYou) n++;
	// Asked in the thank-you itself is one message, not two; without dates we cannot tell, and count it.
	if (nextSteps && !(isDate(thankYou) && isDate(nextSteps) && sameMinute(thankYou, nextSteps))) n++;
	if (checkIn) n++;
	return n;
}

/** Days with hour precision: 36 h is 1.5. */
function daysToTheHour(ms: number): number {
	return Math.round(ms / HOUR_MS) / 24;
}

function stageOf(interview: Interview, replied: boolean, now: Date): PipelineStage {
	const { records } = interview;
	switch (interview.status) {
		case "offer":
			return "Offer";
		case "rejected":
			return "Rejected";
		case "withdrawn":
			return "Withdrawn";
		case "closed":
			return replied ? "Closed" : "Closed without reply";
		case "active":
			if (records.replyReceived) return "Reply received";
			if (records.thankYouSent) return records.checkInSent ? "Waiting after check-in" : "Waiting on reply";
			return now.getTime() < interview.end.getTime() ? "Interview ahead" : "Awaiting thank-you";
	}
}

export function pipelineRow(interview: Interview, now: Date): PipelineRow {
	const { records } = interview;
	const thankYouSent = recorded(records.thankYouSent);
	const nextStepsAsked = recorded(records.nextStepsAsked);
	const checkInSent = recorded(records.checkInSent);
	const replyReceived = recorded(records.replyReceived);
	const replied = replyReceived !== null || interview.status === "offer" || interview.status === "rejected";

	let daysWaiting: number | null = null;
	if (interview.status === "active" && thankYouSent && !replyReceived) {
		// As in the rules, a record that is not a date counts from the interview end.
		const sent = [thankYouSent, nextStepsAsked, checkInSent]
			.filter((r): r is Date | true => r !== null)
			.map((r) => (isDate(r) ? r : interview.end));
		daysWaiting = Math.max(0, differenceInDays(now, Math.max(...sent.map((d) => d.getTime()))));
	}

	let daysToReply: number | null = null;
	if (isDate(thankYouSent) && isDate(replyReceived) && replyReceived.getTime() >= thankYouSent.getTime()) {
		daysToReply = daysToTheHour(replyReceived.getTime() - thankYouSent.getTime());
	}

	return {
		file: interview.file,
		title: interview.title,
		company: interview.company,
		role: interview.role,
		status: interview.status,
		stage: stageOf(interview, replied, now),
		appliedOn: interview.appliedOn ?? null,
		interviewStart: interview.start,
		interviewEnd: interview.end,
		thankYouSent,
		nextStepsAsked,
		checkInSent,
		replyReceived,
		closedOn: interview.closedOn ?? null,
		attempts: attempts(thankYouSent, nextStepsAsked, checkInSent),
		daysWaiting,
		daysToReply,
		replied,
	};
}

function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function figuresOf(rows: readonly PipelineRow[]): Omit<MonthFigures, "month"> {
	const thanked = rows.filter((r) => r.thankYouSent !== null);
	const replies = thanked.filter((r) => r.replied).length;
	// Durations are kept exact until the median is taken, then shown to the hour.
	const durations: number[] = [];
	for (const r of thanked) {
		if (r.daysToReply !== null && isDate(r.thankYouSent) && isDate(r.replyReceived)) {
			durations.push(r.replyReceived.getTime() - r.thankYouSent.getTime());
		}
	}
	const mid = median(durations);
	return {
		interviews: rows.length,
		thankYousSent: thanked.length,
		replies,
		replyRate: thanked.length > 0 ? replies / thanked.length : null,
		medianDaysToReply: mid === null ? null : daysToTheHour(mid),
		closedWithoutReply: rows.filter((r) => r.status === "closed" && r.replyReceived === null).length,
	};
}

function byRecency(a: PipelineRow, b: PipelineRow): number {
	return b.interviewStart.getTime() - a.interviewStart.getTime() || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

function groupByCompany(rows: readonly PipelineRow[]): PipelineCompany[] {
	const groups = new Map<string, PipelineCompany>();
	for (const row of rows) {
		// "Acme" and "acme " are the same company; the most recent note's spelling is shown.
		const key = row.company.trim().toLowerCase();
		const group = groups.get(key);
		if (group) group.rows.push(row);
		else groups.set(key, { company: row.company.trim(), rows: [row] });
	}
	return [...groups.values()].sort((a, b) => {
		if (a.company === "" || b.company === "") return a.company === "" ? (b.company === "" ? 0 : 1) : -1;
		return a.company.localeCompare(b.company, undefined, { sensitivity: "base" });
	});
}

/**
 * The pipeline at `now`. Settings are taken for symmetry with the other core entry points; the
 * figures depend only on what the notes record.
 */
export function buildPipeline(interviews: Iterable<Interview>, _settings: Settings, now: Date): Pipeline {
	const rows = [...interviews].map((i) => pipelineRow(i, now)).sort(byRecency);
	const months = new Map<string, PipelineRow[]>();
	for (const row of rows) {
		const month = format(row.interviewStart, "yyyy-MM");
		const list = months.get(month);
		if (list) list.push(row);
		else months.set(month, [row]);
	}
	const byMonth = [...months.entries()]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([month, list]) => ({ month, ...figuresOf(list) }));
	return {
		rows,
		companies: groupByCompany(rows),
		figures: {
			...figuresOf(rows),
			active: rows.filter((r) => r.status === "active").length,
			offers: rows.filter((r) => r.status === "offer").length,
			byMonth,
		},
	};
}
