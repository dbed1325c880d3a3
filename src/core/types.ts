// The domain of the product: interviews as parsed from notes, the follow-up actions they call for,
// and the problems found on the way. Raw frontmatter is turned into these types once, in parse.ts.

/** Frontmatter as a YAML parser hands it over: plain data, never trusted. */
export type Frontmatter = Record<string, unknown>;

export type ActionKind =
	| "thank-you"
	| "next-steps"
	| "check-in"
	| "close-out"
	| "handwritten-note"
	| "linkedin";

export const ACTION_KINDS: readonly ActionKind[] = [
	"thank-you",
	"next-steps",
	"check-in",
	"close-out",
	"handwritten-note",
	"linkedin",
];

/** The four states of a pending action, least urgent first. */
export type ActionState = "upcoming" | "due" | "late" | "overdue";

export const ACTION_STATES: readonly ActionState[] = ["upcoming", "due", "late", "overdue"];

export type InterviewStatus = "active" | "offer" | "rejected" | "withdrawn" | "closed";

export const INTERVIEW_STATUSES: readonly InterviewStatus[] = [
	"active",
	"offer",
	"rejected",
	"withdrawn",
	"closed",
];

export type Severity = "error" | "warning";

export interface Problem {
	/** Vault-relative path with forward slashes. */
	file: string;
	severity: Severity;
	/** A sentence a person understands, saying what to fix. */
	message: string;
	/** 1-based line in the file, where known. */
	line?: number;
	/** The frontmatter key concerned, where there is one. */
	key?: string;
	/** Set when the problem changes what a draft of the note says: asking for a draft repeats it. */
	changesDrafts?: true;
}

/** A person as the note names them, enriched from their person note when linked. */
export interface Person {
	/**
	 * As the note names them: the map's or text's name (`Last, First` turned round), or the linked
	 * note's name. Empty when the note gives only an address: an address is never a name.
	 */
	name: string;
	email?: string;
	/** False when `email` does not look like an address; it is kept as written all the same. */
	emailValid?: boolean;
	title?: string;
	linkedin?: string;
	focus?: string;
	highlight?: string;
	attachments: string[];
	/** Vault path of the person note, when the name was a link that resolved. */
	personNote?: string;
	/** The name in quotes inside the typed name (`Siobhan "Vonnie" Mallory`), which `name` leaves out. */
	nickname?: string;
	/** What the team calls them, in quotes in the typed name, that no letter greets them by (`Mike "Tiny" Sorensen`): a line of the notes may be headed by it. */
	calledAtWork?: string;
}

/** A record key's value: when it was set, or `true` when set to something that is not a date. */
export type RecordValue = { at: Date; hasTime: boolean } | { at: null; hasTime: false };

export interface InterviewRecords {
	thankYouSent?: RecordValue;
	nextStepsAsked?: RecordValue;
	checkInSent?: RecordValue;
	replyReceived?: RecordValue;
	handwrittenNoteSent?: RecordValue;
	linkedinRequested?: RecordValue;
}

export interface Interview {
	file: string;
	/** The note's title: its file name without `.md`. */
	title: string;
	company: string;
	role: string;
	start: Date;
	end: Date;
	/**
	 * The note gives a day without a time for the start or the end, so how long the interview ran is not known (the follow-up
	 * clock still starts at the date-only end time).
	 */
	lengthUnknown?: true;
	format?: string;
	primaryContact?: Person;
	/** The primary contact is the interviewer who leads, as the note names none: they did not arrange the day. */
	contactChosen?: true;
	interviewers: Person[];
	nextSteps?: string;
	decisionExpected?: Date;
	/** `decision_expected` typed as words rather than a day ("mid December"): said back in the drafts, never scheduled. */
	decisionText?: string;
	records: InterviewRecords;
	status: InterviewStatus;
	closedOn?: Date;
	appliedOn?: Date;
	snoozedUntil?: Date;
	/** Where each top-level key stands in the file, when the reader knew (the CLI does). */
	keyLines?: KeyLines;
}

export interface Recipient {
	name: string;
	email: string | null;
}

export interface FollowUpAction {
	file: string;
	kind: ActionKind;
	state: ActionState;
	opensAt: Date;
	idealBy: Date | null;
	deadline: Date | null;
	company: string;
	role: string;
	recipients: Recipient[];
	/** Thank-you only: interviewers without an email, whom the primary contact is asked to thank. */
	passThanksTo?: string[];
	/** Thank-you only: who is asked to pass the thanks on (the primary contact), when someone is. */
	passThanksVia?: string;
	/** Set while the note is snoozed. */
	snoozedUntil?: Date;
}

/** What a person-note link resolves to: the note's path and its frontmatter. */
export interface ResolvedLink {
	path: string;
	frontmatter: Frontmatter | null;
}

/** Resolves the target of a `[[link]]` as Obsidian does (by file name, anywhere in the vault). */
export type LinkResolver = (linkpath: string, fromFile: string) => ResolvedLink | null;

/** Where each top-level frontmatter key stands in the file, for problem line numbers. */
export type KeyLines = Record<string, number>;
