// An interview note's verdict (its Interview and problems) as plain JSON data for the scan cache,
// so that a note unchanged since the last run is not parsed again. Dates are stored as numbers
// with the list of where they stand, which is cheaper to restore than reviving every value.
import type { Interview, Problem } from "../core/types";

export interface Verdict {
	interview: Interview | null;
	problems: Problem[];
}

/** The stored form: the verdict with each Date replaced by its time, and the paths of those Dates. */
export interface EncodedVerdict {
	data: unknown;
	dates: Array<Array<string | number>>;
}

function encodeValue(value: unknown, path: Array<string | number>, dates: Array<Array<string | number>>): unknown {
	if (value instanceof Date) {
		dates.push(path);
		const t = value.getTime();
		return Number.isNaN(t) ? null : t;
	}
	if (Array.isArray(value)) return value.map((v, i) => encodeValue(v, [...path, i], dates));
	if (value !== null && typeof value === "object") {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeValue(v, [...path, k], dates);
		return out;
	}
	return value;
}

export function encodeVerdict(verdict: Verdict): EncodedVerdict {
	const dates: Array<Array<string | number>> = [];
	const data = encodeValue({ interview: verdict.interview, problems: verdict.problems }, [], dates);
	return { data, dates };
}

/**
 * The verdict back, or null when the stored form is not one (a damaged cache). `stored` is left
 * as it was (the cache may write it again): only the objects on the way to a Date are copied.
 */
export function decodeVerdict(stored: EncodedVerdict): Verdict | null {
	type Node = Record<string | number, unknown>;
	const source = stored?.data as Node | null;
	if (!source || typeof source !== "object" || !Array.isArray(stored.dates)) return null;
	const copies = new Set<unknown>();
	const copy = (value: Node): Node => {
		const c = (Array.isArray(value) ? [...value] : { ...value }) as Node;
		copies.add(c);
		return c;
	};
	const data = copy(source);
	for (const path of stored.dates) {
		if (!Array.isArray(path) || path.length === 0) return null;
		let parent = data;
		for (const key of path.slice(0, -1)) {
			const child = parent[key];
			if (!child || typeof child !== "object") return null;
			parent = copies.has(child) ? (child as Node) : (parent[key] = copy(child as Node));
		}
		const last = path[path.length - 1];
		const t = parent[last];
		if (typeof t !== "number" && t !== null) return null;
		parent[last] = new Date(t === null ? NaN : t);
	}
	if (!Array.isArray(data.problems)) return null;
	const interview = (data.interview ?? null) as Interview | null;
	if (interview !== null && (typeof interview !== "object" || !(interview.start instanceof Date) || !(interview.end instanceof Date))) return null;
	return { interview, problems: data.problems as Problem[] };
}
