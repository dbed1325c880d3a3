// An invite's events to the interview(s) they describe: times, interviewers and primary contact,
// format, company and role, and the details kept in the note. Several events on one day (a loop)
// are one interview. Pure: the caller passes the invite's text and the user's addresses.
import { format as formatDate } from "./date-format";
import { descriptionText, dropControls, inviteFormat, joinLink, readTitle } from "./invite-details";
import { InviteError, readInvite, type InviteAttendee, type InviteEvent, type InviteReading } from "./invite-read";
import { readPersonText, sameAddress } from "./people";

export { InviteError, readInvite, decodeInvite } from "./invite-read";
export type { InviteEvent, InviteReading } from "./invite-read";

export interface InviteOptions {
	/** The user's own addresses (`--me`, the "My email addresses" setting). */
	me: readonly string[];
	/** The user's name, so that a title such as "Jane Doe <> Acme" is not read as a company called Jane Doe. */
	myName?: string;
	/** Given by the user: win over what the title says. */
	company?: string;
	role?: string;
}

export interface InvitePeople {
	name: string;
	email?: string;
}

export interface InviteInterview {
	company: string;
	role: string;
	format: string;
	start: Date;
	/** False for an all-day event: the note gets a date without a time. */
	startHasTime: boolean;
	/** Null when the invite gives no end: the note leaves it to the default length. */
	end: Date | null;
	primaryContact: InvitePeople | null;
	interviewers: InvitePeople[];
	/** The events' UIDs, in order, each once. */
	uids: string[];
	/** The title of the first event. */
	summary: string;
	/** What the note keeps of the invite, as plain text (when, where, the description), one part per event. */
	details: string;
	events: InviteEvent[];
}

export interface InviteResult {
	/** What the invite asks: a note made or updated, or a cancellation (which changes nothing). */
	kind: "interviews" | "cancel";
	interviews: InviteInterview[];
	/** For a cancellation, the UIDs of the events it cancels. */
	cancelledUids: string[];
	/** The cancelled events' titles, for the message. */
	cancelledSummaries: string[];
	/** Sentences for the user: guesses and gaps, each with what to do. */
	warnings: string[];
}

// ---------------------------------------------------------------- people

const NOT_A_PERSON_LOCAL = /^(?:no-?reply|do-?not-?reply|notifications?|notify|calendar(?:-notification)?|scheduling|scheduler|invites?|invitations?|mailer-daemon|postmaster|bounces?)(?:[+._-].*)?$/i;
const SCHEDULER_DOMAINS = [
	"greenhouse.io",
	"greenhouse-mail.io",
	"lever.co",
	"ashbyhq.com",
	"goodtime.io",
	"calendly.com",
	"myworkday.com",
	"smartrecruiters.com",
	"icims.com",
	"prelude.co",
	"modernloop.io",
	"workable.com",
	"jobvite.com",
	"resource.calendar.google.com",
	"group.calendar.google.com",
];
const FREE_MAIL =
	/^(?:gmail\.com|googlemail\.com|outlook\.[a-z.]+|hotmail\.[a-z.]+|live\.[a-z.]+|msn\.com|yahoo\.[a-z.]+|ymail\.com|icloud\.com|me\.com|mac\.com|aol\.com|proton\.me|protonmail\.(?:com|ch)|pm\.me|gmx\.[a-z.]+|web\.de|fastmail\.[a-z.]+|hey\.com|zoho\.com|yandex\.[a-z.]+|mail\.com|tutanota\.[a-z.]+|tuta\.io|qq\.com|163\.com|naver\.com)$/i;

function domainOf(email: string): string {
	const at = email.lastIndexOf("@");
	return at === -1 ? "" : email.slice(at + 1).trim().toLowerCase();
}

function inDomain(domain: string, list: readonly string[]): boolean {
	return list.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Two-level public suffixes that come before a company's own label: `acme.co.uk`. */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ltd|plc)$/;

/**
 * The company the interviewers' mail domain names, when the title does not: the most common work
 * domain among them (not a personal mail service or a scheduling tool), its own label in title
 * case, short ones as an acronym: `careers.acme-robotics.co.uk` is Acme Robotics, `ibm.com` IBM.
 */
export function companyOfDomains(emails: readonly string[]): { company: string; domain: string } | null {
	const counts = new Map<string, number>();
	for (const email of emails) {
		const domain = domainOf(email);
		if (domain === "" || !domain.includes(".") || FREE_MAIL.test(domain) || inDomain(domain, SCHEDULER_DOMAINS)) continue;
		counts.set(domain, (counts.get(domain) ?? 0) + 1);
	}
	let best: string | null = null;
	for (const [domain, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = domain;
	if (best === null) return null;
	const labels = best.split(".");
	let i = labels.length - 2;
	if (i > 0 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.test(labels[i])) i--;
	const label = labels[Math.max(0, i)];
	if (!/^[a-z0-9-]+$/.test(label) || !/[a-z]/.test(label)) return null;
	const company =
		label.length <= 3 && !label.includes("-")
			? label.toUpperCase()
			: label
					.split("-")
					.filter((w) => w !== "")
					.map((w) => w[0].toUpperCase() + w.slice(1))
					.join(" ");
	return company === "" ? null : { company, domain: best };
}

/** A sending address of a scheduling tool or a calendar, not a person who reads replies. */
export function isMachineAddress(email: string): boolean {
	const local = email.slice(0, Math.max(0, email.lastIndexOf("@")));
	return NOT_A_PERSON_LOCAL.test(local) || inDomain(domainOf(email), SCHEDULER_DOMAINS);
}

function isResource(a: InviteAttendee): boolean {
	if (a.cutype === "RESOURCE" || a.cutype === "ROOM") return true;
	if (inDomain(domainOf(a.email), ["resource.calendar.google.com"])) return true;
	// Exchange rooms often come without CUTYPE, named for what they are.
	return a.cutype === "" && /\b(?:room|boardroom)\b/i.test(a.cn);
}

/** The person a CN and an address name: `Last, First` read as SPEC says, an address is no name. */
function personOf(cn: string, email: string): InvitePeople {
	let name = "";
	const written = cn.trim();
	if (written !== "" && !(email !== "" && sameAddress(written, email)) && !(/^\S[^\s@]*@\S+$/.test(written))) {
		const read = readPersonText(written);
		name = read.name;
		if (email === "" && read.email) email = read.email;
	}
	const person: InvitePeople = { name };
	if (email !== "") person.email = email;
	return person;
}

/**
 * Adds a person unless they are already listed: the same address (any case), or the same name where
 * one has no address. The first entry wins; a later one only fills what it lacks.
 */
function addPerson(list: InvitePeople[], p: InvitePeople): void {
	const same = list.find(
		(q) =>
			(p.email && q.email && sameAddress(p.email, q.email)) ||
			((!p.email || !q.email) && p.name !== "" && q.name.toLowerCase() === p.name.toLowerCase()),
	);
	if (!same) {
		list.push({ ...p });
		return;
	}
	if (same.name === "" && p.name !== "") same.name = p.name;
	if (!same.email && p.email) same.email = p.email;
}

interface Owner {
	/** The user's addresses found in the invite, lower case. */
	addresses: Set<string>;
	/** True when the organizer is the user (an event of their own calendar). */
	organizerIsMe: boolean;
	warning?: string;
}

/**
 * Who the user is among the invite's people. Their own addresses first; else what the invite's shape
 * says, in this order: an event with no guests exported from a calendar is the user's own (its
 * organizer is the user); a
 * single guest is the user; the one guest whose mail domain nobody else in the invite shares (the
 * candidate among the company's staff); the one guest on a personal mail service; the one guest who
 * has answered in a calendar export where nobody else has. Otherwise nobody is left out, and a
 * warning says how to tell.
 */
function findOwner(events: readonly InviteEvent[], method: string, prodid: string, me: readonly string[]): Owner {
	const mine = new Set(me.map((a) => a.trim().toLowerCase()).filter((a) => a !== ""));
	const organizers = events.map((e) => e.organizer).filter((o): o is NonNullable<typeof o> => o !== null && o.email !== "");
	const organizerEmails = new Set(organizers.map((o) => o.email.toLowerCase()));
	const guests = new Map<string, InviteAttendee>();
	for (const e of events) {
		for (const a of e.attendees) {
			const key = a.email.toLowerCase();
			if (key === "" || isResource(a) || organizerEmails.has(key) || isMachineAddress(a.email)) continue;
			if (!guests.has(key)) guests.set(key, a);
		}
	}
	if (mine.size > 0) {
		const found = new Set<string>();
		for (const key of guests.keys()) if (mine.has(key)) found.add(key);
		const organizerIsMe = [...organizerEmails].some((e) => mine.has(e));
		if (found.size > 0 || organizerIsMe) return { addresses: found, organizerIsMe };
	}
	const warnMine =
		mine.size > 0 ? `None of your addresses (${[...mine].join(", ")}) is among the invite's guests, so the invite's shape decided who you are. ` : "";
	const pick = (key: string, why: string): Owner => ({
		addresses: new Set([key]),
		organizerIsMe: false,
		warning: warnMine ? `${warnMine}You were taken to be ${key} (${why}).` : undefined,
	});
	const keys = [...guests.keys()];
	if (keys.length === 0) {
		// No guests: an event exported from the user's own calendar is theirs (its organizer is the
		// calendar's owner); one sent as an invitation, or made by a meeting tool, is the organizer's.
		const ownCalendar = method !== "REQUEST" && /google|apple|microsoft|outlook|mozilla|fastmail|proton/i.test(prodid);
		return { addresses: new Set(), organizerIsMe: ownCalendar, warning: warnMine || undefined };
	}
	if (keys.length === 1) return pick(keys[0], "the only guest");
	const people = [...keys, ...[...organizerEmails].filter((e) => !isMachineAddress(e))];
	const domainCount = new Map<string, number>();
	for (const key of people) domainCount.set(domainOf(key), (domainCount.get(domainOf(key)) ?? 0) + 1);
	const lone = keys.filter((k) => domainCount.get(domainOf(k)) === 1);
	if (lone.length === 1) return pick(lone[0], "the only guest outside the others' mail domain");
	const personal = keys.filter((k) => FREE_MAIL.test(domainOf(k)));
	if (personal.length === 1) return pick(personal[0], "the only guest on a personal mail service");
	if (method !== "REQUEST") {
		const answered = keys.filter((k) => ["ACCEPTED", "TENTATIVE"].includes(guests.get(k)?.partstat ?? ""));
		if (answered.length === 1 && keys.length > 1) return pick(answered[0], "the only guest who answered the invitation");
	}
	return {
		addresses: new Set(),
		organizerIsMe: false,
		warning: `${warnMine}The invite does not show which guest is you, so every guest is listed as an interviewer: remove yourself from the note, and give your address (--me, or the setting "My email addresses") next time.`,
	};
}

interface PeopleReading {
	interviewers: InvitePeople[];
	primaryContact: InvitePeople | null;
	warnings: string[];
}

function readPeople(events: readonly InviteEvent[], method: string, prodid: string, me: readonly string[]): PeopleReading {
	const warnings: string[] = [];
	const owner = findOwner(events, method, prodid, me);
	if (owner.warning) warnings.push(owner.warning);
	const isMe = (email: string) => email !== "" && owner.addresses.has(email.toLowerCase());

	let organizer: InvitePeople | null = null;
	let organizerEmail = "";
	for (const e of events) {
		const o = e.organizer;
		if (!o || organizer) continue;
		organizerEmail = o.email;
		if (owner.organizerIsMe) break;
		if (o.email !== "" && isMachineAddress(o.email)) {
			// A scheduling tool's address: the person behind it, if the invite names one.
			if (o.sentBy !== "" && !isMachineAddress(o.sentBy)) organizer = personOf("", o.sentBy);
			else warnings.push(`The invite was sent from ${o.email}, which no one reads: add the recruiter who set up the interview as primary_contact.`);
			continue;
		}
		if (o.email !== "" || o.cn !== "") organizer = personOf(o.cn, o.email);
	}

	// Google lists the organizer among the guests of every event; Apple marks that line CHAIR.
	// Anywhere else, an organizer listed as a participant takes part: they are an interviewer.
	const google = /google/i.test(prodid);
	let organizerInterviews = false;
	const interviewers: InvitePeople[] = [];
	const declined: string[] = [];
	for (const e of events) {
		for (const a of e.attendees) {
			if (isResource(a) || a.role === "NON-PARTICIPANT" || isMe(a.email)) continue;
			if (a.email !== "" && isMachineAddress(a.email)) continue;
			const isOrganizer = organizerEmail !== "" && a.email !== "" && sameAddress(a.email, organizerEmail);
			if (isOrganizer) {
				if (owner.organizerIsMe || google || a.googleGuest || a.role === "CHAIR") continue;
				organizerInterviews = true;
			}
			const person = personOf(a.cn, a.email);
			if (person.name === "" && !person.email) continue;
			if (a.partstat === "DECLINED") {
				declined.push(person.name || person.email || "");
				continue;
			}
			addPerson(interviewers, person);
		}
	}
	if (declined.length > 0) {
		warnings.push(`${declined.join(", ")} declined the invitation, so ${declined.length === 1 ? "is" : "are"} not listed as ${declined.length === 1 ? "an interviewer" : "interviewers"}: add them back if they took part.`);
	}
	const primaryContact = organizer && !organizerInterviews ? organizer : null;
	return { interviewers, primaryContact, warnings };
}

// ---------------------------------------------------------------- events to interviews

/** Several events with the same UID (and occurrence): the one with the highest SEQUENCE, the last on a tie. */
function latestVersions(events: readonly InviteEvent[]): InviteEvent[] {
	const byKey = new Map<string, InviteEvent>();
	const order: string[] = [];
	events.forEach((e, i) => {
		const key = e.uid === "" ? `#${i}` : `${e.uid}\n${e.recurrenceId}`;
		const had = byKey.get(key);
		if (!had) order.push(key);
		if (!had || e.sequence >= had.sequence) byKey.set(key, e);
	});
	return order.map((k) => byKey.get(k) as InviteEvent);
}

const LOOP_GAP_MS = 4 * 3_600_000;

/** Events of one day, or continuing within a few hours of the previous one's end, are one interview. */
function loops(events: readonly InviteEvent[]): InviteEvent[][] {
	const sorted = [...events].sort((a, b) => a.start.getTime() - b.start.getTime());
	const groups: InviteEvent[][] = [];
	let lastEnd = -Infinity;
	let lastDay = "";
	for (const e of sorted) {
		const day = formatDate(e.start, "yyyy-MM-dd");
		const group = groups[groups.length - 1];
		if (group && (day === lastDay || e.start.getTime() - lastEnd <= LOOP_GAP_MS)) group.push(e);
		else {
			groups.push([e]);
			lastDay = day;
		}
		lastEnd = Math.max(lastEnd, (e.end ?? e.start).getTime());
	}
	return groups;
}

function when(e: InviteEvent): string {
	if (e.allDay) return formatDate(e.start, "EEE d MMM yyyy");
	const start = formatDate(e.start, "EEE d MMM yyyy, HH:mm");
	if (!e.end) return start;
	const sameDay = formatDate(e.end, "yyyy-MM-dd") === formatDate(e.start, "yyyy-MM-dd");
	return `${start} – ${formatDate(e.end, sameDay ? "HH:mm" : "EEE d MMM yyyy, HH:mm")}`;
}

function detailsOf(events: readonly InviteEvent[]): string {
	const parts: string[] = [];
	for (const e of events) {
		const lines: string[] = [];
		if (e.summary !== "") lines.push(e.summary);
		lines.push(`When: ${when(e)} (your time)`);
		if (e.location !== "") lines.push(`Where: ${e.location}`);
		const link = joinLink(e);
		if (link !== "" && !e.location.includes(link)) lines.push(`Join: ${link}`);
		const description = descriptionText(e.description, e.descriptionIsHtml);
		if (description !== "") lines.push("", description);
		parts.push(lines.join("\n"));
	}
	return dropControls(parts.join("\n\n"));
}

function toInterview(events: InviteEvent[], reading: InviteReading, options: InviteOptions, warnings: string[]): InviteInterview {
	const first = events[0];
	const start = first.start;
	let end: number | null = null;
	for (const e of events) {
		const t = (e.end ?? (events.length > 1 ? e.start : null))?.getTime();
		if (t !== undefined && (end === null || t > end)) end = t;
	}
	const people = readPeople(events, reading.method, reading.prodid, options.me);
	for (const w of people.warnings) if (!warnings.includes(w)) warnings.push(w);

	// Names of everyone in the invite, the user's included: a title part that is one of them is no company.
	const names = [options.myName ?? ""];
	for (const e of events) {
		for (const p of [e.organizer, ...e.attendees]) if (p && p.cn !== "") names.push(personOf(p.cn, p.email).name, p.cn);
	}
	let title = { company: "", role: "" };
	for (const e of events) {
		title = readTitle(e.summary, names);
		if (title.company !== "" || title.role !== "") break;
	}
	let format = "";
	for (const e of events) {
		format = inviteFormat(e);
		if (format !== "") break;
	}
	let company = options.company?.trim() || title.company;
	const role = options.role?.trim() || title.role;
	if (company === "") {
		const guessed = companyOfDomains([people.primaryContact, ...people.interviewers].flatMap((p) => (p?.email ? [p.email] : [])));
		if (guessed) {
			company = guessed.company;
			warnings.push(`The company "${guessed.company}" was taken from the interviewers' mail domain (${guessed.domain}): change it if it is wrong.`);
		}
	}
	if (company === "" && role === "") {
		warnings.push(`The company and role could not be read from the invite's title "${first.summary}": give them (--company, --role, or in the form), or fill them in the note.`);
	}
	const uids: string[] = [];
	for (const e of events) if (e.uid !== "" && !uids.includes(e.uid)) uids.push(e.uid);
	return {
		company,
		role,
		format,
		start,
		startHasTime: !events.every((e) => e.allDay),
		end: end !== null && end > start.getTime() ? new Date(end) : null,
		primaryContact: people.primaryContact,
		interviewers: people.interviewers,
		uids,
		summary: first.summary,
		details: detailsOf(events),
		events,
	};
}

const NOT_INVITATIONS: Record<string, string> = {
	REPLY: "a reply to an invitation (METHOD:REPLY)",
	COUNTER: "a proposal of a new time (METHOD:COUNTER)",
	DECLINECOUNTER: "a refusal of a proposed time (METHOD:DECLINECOUNTER)",
	REFRESH: "a request for the latest version of an event (METHOD:REFRESH)",
};

/** The interviews (or the cancellation) an invite describes. Throws an InviteError when it describes none. */
export function interviewsFromInvite(reading: InviteReading, options: InviteOptions): InviteResult {
	const notInvitation = NOT_INVITATIONS[reading.method];
	if (notInvitation) throw new InviteError(`this calendar file is ${notInvitation}, not an invitation: import the invitation itself`);
	const warnings = [...reading.warnings];
	const events = latestVersions(reading.events);
	const live = events.filter((e) => !e.cancelled);
	if (reading.method === "CANCEL" || live.length === 0) {
		return {
			kind: "cancel",
			interviews: [],
			cancelledUids: [...new Set(events.map((e) => e.uid).filter((u) => u !== ""))],
			cancelledSummaries: [...new Set(events.map((e) => e.summary).filter((s) => s !== ""))],
			warnings,
		};
	}
	for (const e of live) {
		if (e.repeats !== "" && e.recurrenceId === "" && !/(?:^|[:;])COUNT=1(?:;|$)/i.test(e.repeats)) {
			throw new InviteError(
				`the event "${e.summary || e.uid}" repeats (${e.repeats.startsWith("RRULE") ? e.repeats : "RDATE"}), and a note is for one interview: open the one occurrence in your calendar and save or forward that one`,
			);
		}
	}
	const interviews = loops(live).map((group) => toInterview(group, reading, options, warnings));
	return { kind: "interviews", interviews, cancelledUids: [], cancelledSummaries: [], warnings };
}

/** Reads an invite's text or bytes and returns what it describes; throws an InviteError with one sentence when it cannot. */
export function parseInvite(input: string | Uint8Array, options: InviteOptions): InviteResult {
	return interviewsFromInvite(readInvite(input), options);
}
