// Rounds: a later interview at the same company takes over from an earlier one. A phone screen's next steps, check-in
// and close-out speak of a stage the panel that followed it has moved past (review 111: "Is there any news … on the
// second round?", sent to someone who sat on that round four days before).
import type { ActionKind, Interview } from "./types";

/** What a later round takes over: the letters about where things stand, which only the latest round can say. */
export const TAKEN_OVER: ReadonlySet<ActionKind> = new Set<ActionKind>(["next-steps", "check-in", "close-out"]);

/**
 * One company however it is typed: "Acme" and "acme ", "Cedar Rapids River Hawks (High-A)" and "Cedar Rapids River Hawks",
 * "Acme, Inc." and "Acme" are the same (review 150: a phone screen's check-in asked about a decision day the panel that
 * followed had passed, the company typed with its league in brackets once).
 */
export function companyKey(company: string): string {
	return company
		.toLowerCase()
		.replace(/\([^()]*\)/g, " ")
		.replace(/[^\p{L}\d&]+/gu, " ")
		.replace(/\b(?:inc|llc|ltd|corp|corporation|co|company|the|plc|gmbh)\b/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/** A role's words of three letters or more, in lower case: "Children's Services Librarian I" → childrens, services, librarian. */
function roleWords(role: string): string[] {
	return [...new Set(role.toLowerCase().replace(/['’]/g, "").split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3))].sort();
}

/**
 * One opening however hurriedly typed: every word of one role is in the other ("Childrens librarian", "Children's Services
 * Librarian I"). Two openings at one company ("Data engineer", "Software engineer") are two searches, each its own rounds.
 */
function sameOpening(a: readonly string[], b: readonly string[]): boolean {
	const [small, large] = a.length <= b.length ? [a, b] : [b, a];
	return small.every((w) => large.includes(w));
}

/** Past this many openings at one company, only the same words count as one opening: the comparisons stay few. */
const OPENINGS_COMPARED = 32;

/**
 * For each note (by file) that a later round has taken over, that round: the latest interview at the same company, for the
 * same opening, that has begun by `now` and began after it. A round still to come takes nothing over: until it happens,
 * the earlier note's letters are the ones to send. Linear in the notes: each is compared with its company's openings,
 * not with its other notes.
 */
export function laterRounds(interviews: Iterable<Interview>, now: Date): Map<string, Interview> {
	// For each company, each opening (its role's words) with its notes and its latest round begun by now.
	type Opening = { words: string[]; notes: Interview[]; latest?: Interview };
	const companies = new Map<string, Map<string, Opening>>();
	for (const i of interviews) {
		const company = companyKey(i.company);
		if (company === "") continue;
		let openings = companies.get(company);
		if (openings === undefined) companies.set(company, (openings = new Map<string, Opening>()));
		const words = roleWords(i.role);
		const key = words.join(" ");
		let opening = openings.get(key);
		if (opening === undefined) openings.set(key, (opening = { words, notes: [] }));
		opening.notes.push(i);
		if (i.start.getTime() <= now.getTime() && (opening.latest === undefined || i.start.getTime() > opening.latest.start.getTime())) opening.latest = i;
	}
	const later = new Map<string, Interview>();
	for (const openings of companies.values()) {
		const all = [...openings.values()];
		for (const opening of all) {
			// The latest round of every opening that is this one, however typed.
			const alike = all.length > OPENINGS_COMPARED ? [opening] : all.filter((o) => sameOpening(o.words, opening.words));
			let latest: Interview | undefined;
			for (const o of alike) if (o.latest !== undefined && (latest === undefined || o.latest.start.getTime() > latest.start.getTime())) latest = o.latest;
			if (latest === undefined) continue;
			for (const i of opening.notes) if (latest !== i && latest.start.getTime() > i.start.getTime()) later.set(i.file, latest);
		}
	}
	return later;
}
