// Words and numbers of the pipeline as the pipeline view and the code block show them: dates of
// records, days waiting, reply rate, median time to reply, month names. Pure: `now` is a parameter.
import { format } from "../core/date-format";
import type { MonthFigures, Pipeline, PipelineRow, Recorded } from "../core/pipeline";
import { formatDuration } from "./relative-time";

const DAY_MS = 86_400_000;

/** Shown in a cell with nothing recorded. */
export const NONE = "–";

/** "25 Nov", or "25 Nov 2025" outside the current year. */
export function formatDay(at: Date, now: Date): string {
	return at.getFullYear() === now.getFullYear() ? format(at, "d MMM") : format(at, "d MMM yyyy");
}

/** A record's cell: its date, "Yes" when recorded without one, a dash when not recorded. */
export function formatRecorded(value: Recorded, now: Date): string {
	if (value === null) return NONE;
	if (value === true) return "Yes";
	return formatDay(value, now);
}

/** Whole days since the last message: "Under a day", "1 day", "9 days". */
export function formatDaysWaiting(days: number | null): string {
	if (days === null) return NONE;
	if (days < 1) return "Under a day";
	return `${days} ${days === 1 ? "day" : "days"}`;
}

/** "63%" for 5 of 8; a dash when no thank-you was sent. */
export function formatRate(rate: number | null): string {
	return rate === null ? NONE : `${Math.round(rate * 100)}%`;
}

/**
 * A time to reply in days, kept to a tenth so that a median of 3.8 days does not read as 3:
 * "18 h" under a day, then "1 day", "1.5 days", "3.8 days".
 */
export function formatMedianDays(days: number | null): string {
	if (days === null) return NONE;
	if (days < 1 / 24) return "Under an hour";
	if (days < 1) return formatDuration(days * DAY_MS);
	const tenths = Math.round(days * 10) / 10;
	return tenths === 1 ? "1 day" : `${tenths} days`;
}

/** "2026-11" → "November 2026". */
export function monthLabel(month: string): string {
	const [year, m] = month.split("-").map(Number);
	if (!year || !m) return month;
	return format(new Date(year, m - 1, 1), "MMMM yyyy");
}

export interface FigureItem {
	id: "reply-rate" | "median-reply" | "closed-without-reply" | "interviews";
	label: string;
	value: string;
	detail: string;
}

/** The headline figures, in the order a job seeker reads them. */
export function figureItems(figures: Pipeline["figures"]): FigureItem[] {
	const { thankYousSent, replies, replyRate, medianDaysToReply, closedWithoutReply, interviews, active, offers } = figures;
	return [
		{
			id: "reply-rate",
			label: "Reply rate after a thank-you",
			value: formatRate(replyRate),
			detail: thankYousSent === 0 ? "No thank-you sent yet" : `${replies} of ${thankYousSent} ${thankYousSent === 1 ? "thank-you" : "thank-yous"} answered`,
		},
		{
			id: "median-reply",
			label: "Median time to reply",
			value: formatMedianDays(medianDaysToReply),
			detail: medianDaysToReply === null ? "No dated reply yet" : "From the thank-you to the reply",
		},
		{
			id: "closed-without-reply",
			label: "Closed without reply",
			value: String(closedWithoutReply),
			detail: closedWithoutReply === 1 ? "Interview closed with no answer" : "Interviews closed with no answer",
		},
		{
			id: "interviews",
			label: "Interviews",
			value: String(interviews),
			detail: `${active} active, ${offers} ${offers === 1 ? "offer" : "offers"}`,
		},
	];
}

/** The by-month table's cells for one month, in column order. */
export function monthCells(m: MonthFigures): string[] {
	return [
		monthLabel(m.month),
		String(m.interviews),
		String(m.thankYousSent),
		String(m.replies),
		formatRate(m.replyRate),
		formatMedianDays(m.medianDaysToReply),
		String(m.closedWithoutReply),
	];
}

export const MONTH_HEADERS = ["Month", "Interviews", "Thank-yous sent", "Replies", "Reply rate", "Median time to reply", "Closed without reply"];

/**
 * What in the pipeline moves with the clock alone (stages before and after an interview, days
 * waiting): a view re-renders when this or the index revision changed, not every minute.
 */
export function clockSignature(rows: readonly PipelineRow[]): string {
	return rows.map((r) => `${r.stage}|${r.daysWaiting ?? ""}`).join("\n");
}
