// An interview note's verdict (its Interview and problems) as compact JSON data for the scan cache,
// so that a note unchanged since the last run is not parsed again. Dates stand where they belong,
// as numbers: the decoder knows which fields hold them, so no list of where they stand is stored.
import type { Interview, InterviewRecords, KeyLines, Problem, RecordValue } from "../core/types";

export interface Verdict {
	interview: Interview | null;
	problems: Problem[];
}

/** The stored form: the interview (Dates as their time, "NaN" for an invalid one) and the problems. */
export type EncodedVerdict = [interview: Record<string, unknown> | null, problems: Problem[]];

/** The Interview fields that hold a Date; every record's `at` does too. */
const DATE_KEYS = ["start", "end", "decisionExpected", "closedOn", "appliedOn", "snoozedUntil"] as const;
const DATE_KEY_SET: ReadonlySet<string> = new Set(DATE_KEYS);
/**
 * The keys whose lines a problem worked out at evaluation time may carry (see warn() in
 * core/rules.ts); the other key lines only served parsing, whose problems are stored as they are.
 */
const LINE_KEYS = ["interviewers", "primary_contact", "primary_contact_email"] as const;

function encodeDate(d: Date): number | string {
	const t = d.getTime();
	return Number.isNaN(t) ? "NaN" : t;
}

function decodeDate(v: unknown): Date | null {
	if (typeof v === "number") return new Date(v);
	return v === "NaN" ? new Date(NaN) : null;
}

/** True when `value` holds no Date anywhere: it then goes through JSON unchanged. */
function dateFree(value: unknown): boolean {
	if (value instanceof Date) return false;
	if (Array.isArray(value)) return value.every(dateFree);
	if (value !== null && typeof value === "object") return Object.values(value).every(dateFree);
	return true;
}

/** The stored form, or null when the verdict holds a Date where the decoder would not look. */
export function encodeVerdict(verdict: Verdict): EncodedVerdict | null {
	if (!dateFree(verdict.problems)) return null;
	const interview = verdict.interview;
	if (!interview) return [null, verdict.problems];
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(interview)) {
		if (value === undefined) continue;
		if (DATE_KEY_SET.has(key)) {
			if (!(value instanceof Date)) return null;
			out[key] = encodeDate(value);
		} else if (key === "records") {
			const records: Record<string, unknown> = {};
			for (const [name, record] of Object.entries(value as InterviewRecords) as Array<[string, RecordValue | undefined]>) {
				if (record === undefined) continue;
				records[name] = { at: record.at === null ? null : encodeDate(record.at), hasTime: record.hasTime };
			}
			out.records = records;
		} else if (key === "keyLines") {
			const lines: KeyLines = {};
			for (const k of LINE_KEYS) if ((value as KeyLines)[k] !== undefined) lines[k] = (value as KeyLines)[k];
			out.keyLines = lines;
		} else {
			if (!dateFree(value)) return null;
			out[key] = value;
		}
	}
	return [out, verdict.problems];
}

/**
 * The verdict back, or null when the stored form is not one (a damaged cache). `stored` is left
 * as it was (the cache may write it again): the interview and its records are copied.
 */
export function decodeVerdict(stored: EncodedVerdict): Verdict | null {
	if (!Array.isArray(stored) || stored.length !== 2 || !Array.isArray(stored[1])) return null;
	const source = stored[0];
	if (source === null) return { interview: null, problems: stored[1] };
	if (typeof source !== "object" || Array.isArray(source)) return null;
	const interview = { ...source } as Record<string, unknown>;
	for (const key of DATE_KEYS) {
		const v = source[key];
		if (v === undefined) continue;
		const d = decodeDate(v);
		if (!d) return null;
		interview[key] = d;
	}
	if (!(interview.start instanceof Date) || !(interview.end instanceof Date)) return null;
	const records = source.records as Record<string, unknown> | null;
	if (!records || typeof records !== "object") return null;
	const revived: Record<string, unknown> = {};
	for (const name in records) {
		const r = records[name] as { at: unknown; hasTime: unknown } | null;
		if (!r || typeof r !== "object") return null;
		const at = r.at === null ? null : decodeDate(r.at);
		if (at === null && r.at !== null) return null;
		revived[name] = { at, hasTime: r.hasTime };
	}
	interview.records = revived;
	return { interview: interview as unknown as Interview, problems: stored[1] };
}
