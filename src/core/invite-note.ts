// An invite imported again (a reschedule: the same UID) updates its note in place: the times,
// the events' UIDs, and interviewers who were not listed yet. Only those keys change; every other
// byte of the note, all the user wrote included, stays as it was.
import { parseDateValue } from "./dates";
import { detectEol, findFrontmatter, scanFrontmatter } from "./frontmatter-text";
import type { InviteInterview, InvitePeople } from "./invite";
import { parseWikiLink } from "./links";
import { formatStartOrEnd, peopleItems, setListKey } from "./new-note";
import { formatLocalDate } from "./dates";
import { sameAddress } from "./people";
import { setFrontmatterKeys, yamlScalar } from "./writer";

/** The UIDs a note's `invite_uid` holds (text or a list of texts). */
export function noteInviteUids(frontmatter: Record<string, unknown> | null | undefined): string[] {
	const raw = frontmatter?.invite_uid;
	const items = Array.isArray(raw) ? raw : [raw];
	return items.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
}

/** Whether a note was made from one of these events. */
export function noteHasInvite(frontmatter: Record<string, unknown> | null | undefined, uids: readonly string[]): boolean {
	const mine = noteInviteUids(frontmatter);
	return uids.some((u) => mine.includes(u));
}

interface Listed {
	names: string[];
	emails: string[];
}

/** Names and addresses of the people a note's `interviewers` lists (text, `[[link]]`, or map). */
function listedPeople(raw: unknown): Listed {
	const out: Listed = { names: [], emails: [] };
	const items = Array.isArray(raw) && !parseWikiLink(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
	for (const item of items) {
		const link = parseWikiLink(item);
		if (link) out.names.push(link.display.toLowerCase(), link.linkpath.replace(/^.*\//, "").toLowerCase());
		else if (typeof item === "string") {
			const lt = item.lastIndexOf("<");
			if (lt !== -1 && item.trim().endsWith(">")) out.emails.push(item.slice(lt + 1).replace(/>\s*$/, "").trim());
			out.names.push(item.replace(/<[^<>]*>\s*$/, "").trim().toLowerCase());
		} else if (item && typeof item === "object") {
			const map = item as Record<string, unknown>;
			const nameLink = parseWikiLink(map.name);
			if (nameLink) out.names.push(nameLink.display.toLowerCase());
			else if (typeof map.name === "string") out.names.push(map.name.trim().toLowerCase());
			if (typeof map.email === "string") out.emails.push(map.email.trim());
		}
	}
	return out;
}

function isListed(p: InvitePeople, listed: Listed): boolean {
	if (p.email && listed.emails.some((e) => sameAddress(e, p.email as string))) return true;
	return p.name !== "" && listed.names.includes(p.name.toLowerCase());
}

/**
 * Adds items to a block list in place: after its last item, at its items' indentation. Returns null
 * when the entry is not a block list (empty, `[]`, a flow list or a single value).
 */
function appendToBlockList(text: string, key: string, items: readonly string[]): string | null {
	const fm = findFrontmatter(text);
	if (!fm) return null;
	const scan = scanFrontmatter(fm.body);
	const entry = scan.entries.find((e) => e.key === key);
	if (!entry || entry.valueEnd > entry.valueStart || entry.blockScalar) return null;
	let last = -1;
	let indent: string | null = null;
	for (let i = entry.line + 1; i < entry.endLine; i++) {
		const line = scan.lines[i].text;
		if (line.trim() === "" || line.trim().startsWith("#")) continue;
		const m = /^([ \t]*)-(?:[ \t]|$)/.exec(line);
		if (indent === null) {
			if (!m) return null;
			indent = m[1];
		}
		last = i;
	}
	if (last === -1 || indent === null) return null;
	const eol = detectEol(text);
	const lastLine = scan.lines[last];
	const added = items.map((item) => item.split("\n").map((l) => `${indent ?? ""}${l}`).join(eol)).join(eol);
	let offset = fm.contentStart;
	for (let i = 0; i <= last; i++) offset += scan.lines[i].text.length + scan.lines[i].eol.length;
	const insert = lastLine.eol === "" ? eol + added + eol : added + eol;
	return text.slice(0, offset) + insert + text.slice(offset);
}

export interface InviteUpdate {
	text: string;
	/** What changed, one short phrase each ("interview_start: 2026-12-01T14:00"); empty when nothing did. */
	changes: string[];
}

/**
 * Applies a reschedule to a note made from the same invite: new times, the UIDs of events not yet
 * listed, and interviewers not yet listed (matched by address, any case, or by name). Throws the
 * writer's WriteError when the frontmatter cannot be edited safely.
 */
export function updateNoteFromInvite(text: string, frontmatter: Record<string, unknown>, interview: InviteInterview): InviteUpdate {
	const changes: string[] = [];
	const keys: Record<string, string> = {};
	const start = interview.startHasTime ? formatStartOrEnd(interview.start) : formatLocalDate(interview.start);
	const oldStart = parseDateValue(frontmatter.interview_start);
	if (!oldStart || oldStart.at.getTime() !== parseDateValue(start)?.at.getTime() || oldStart.hasTime !== interview.startHasTime) keys.interview_start = start;
	if (interview.end) {
		const end = formatStartOrEnd(interview.end);
		const oldEnd = parseDateValue(frontmatter.interview_end);
		if (!oldEnd || oldEnd.at.getTime() !== parseDateValue(end)?.at.getTime()) keys.interview_end = end;
	}
	for (const [key, value] of Object.entries(keys)) changes.push(`${key}: ${value}`);

	const uids = noteInviteUids(frontmatter);
	const newUids = interview.uids.filter((u) => !uids.includes(u));
	const all = [...uids, ...newUids];
	if (newUids.length > 0 && all.length === 1) keys.invite_uid = all[0];
	let out = Object.keys(keys).length > 0 ? setFrontmatterKeys(text, keys) : text;
	if (newUids.length > 0 && all.length > 1) {
		const items = newUids.map((u) => `- ${yamlScalar(u)}`);
		out = appendToBlockList(out, "invite_uid", items) ?? setListKey(out, "invite_uid", all.map((u) => `- ${yamlScalar(u)}`));
		changes.push(`invite_uid: ${newUids.join(", ")} added`);
	}

	const listed = listedPeople(frontmatter.interviewers);
	const added = interview.interviewers.filter((p) => !isListed(p, listed));
	if (added.length > 0) {
		const existing = Array.isArray(frontmatter.interviewers) ? frontmatter.interviewers : [];
		const asMaps = added.some((p) => p.email) || existing.some((i) => i !== null && typeof i === "object" && !Array.isArray(i));
		const items = peopleItems(added, asMaps);
		const appended = appendToBlockList(out, "interviewers", items);
		if (appended !== null) out = appended;
		else if (listed.names.length === 0 && listed.emails.length === 0) out = setListKey(out, "interviewers", items);
		else {
			throw new InviteUpdateError(
				`The note's interviewers are not written as a list with one person a line, so the new ones were not added: ${added.map((p) => p.name || p.email).join(", ")}.`,
			);
		}
		changes.push(`interviewers: ${added.map((p) => p.name || p.email).join(", ")} added`);
	}
	return { text: out, changes };
}

/** An update that would need the user's own text rewritten; nothing is written. */
export class InviteUpdateError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "InviteUpdateError";
	}
}
