// Writes the messages a job seeker sends after an interview: short, warm, specific to each person
// and in the user's voice. The built-in wording is a set of templates; a note can override each one.
import { differenceInCalendarDays, format } from "date-fns";
import { parse as parseYaml } from "yaml";
import { buildMailto } from "./mailto";
import { isValidEmail, linkableAddresses, personLabel, thankYouMessages } from "./people";
import {
	INTERVIEW_PLACEHOLDERS,
	attachmentLabels,
	dayAndMonth,
	firstName,
	interviewPlaceholders,
	joinNames,
	phrase,
	plainText,
	renderTemplate,
	sentenceEnd,
	startsWithPastTense,
	stripComments,
	type PlaceholderValue,
} from "./placeholders";
import type { Settings } from "./settings";
import type { ActionKind, Interview, Person, Recipient } from "./types";

export type DraftVariant =
	| "personal"
	| "via-primary-contact"
	| "next-steps"
	| "check-in"
	| "closing"
	| "handwritten"
	| "linkedin";

export interface Draft {
	kind: ActionKind;
	variant: DraftVariant;
	to: Recipient[];
	/** Empty for a handwritten card or a LinkedIn note. */
	subject: string;
	body: string;
	/** The whole message as a `mailto:` link; null when it is not an email. */
	mailto: string | null;
	/** A check-in's call script, for those who would rather phone. */
	script?: string;
	/** A LinkedIn note's profile address. */
	linkedin?: string;
}

export interface DraftResult {
	drafts: Draft[];
	/** Sentences for the user: what to check or do by hand before sending. */
	problems: string[];
}

export const DRAFT_TEMPLATE_KEYS = [
	"thank-you",
	"thank-you-via-primary-contact",
	"next-steps",
	"check-in",
	"close-out",
	"handwritten-note",
	"linkedin",
] as const;

export type DraftTemplateKey = (typeof DRAFT_TEMPLATE_KEYS)[number];

export interface DraftTemplate {
	subject: string;
	body: string;
}

export interface DraftContext {
	settings: Pick<Settings, "myName" | "signature">;
	now: Date;
	/** Overrides read from the draft-template folder; they win over the built-ins. */
	templates?: Partial<Record<DraftTemplateKey, DraftTemplate>>;
}

/** LinkedIn refuses longer invitation notes. */
export const LINKEDIN_NOTE_LIMIT = 300;

// ---------------------------------------------------------------- built-in wording

/**
 * Placeholders whose value is a sentence or more, written here because its wording depends on what
 * the note holds (a missing focus gives a general line, not an empty sentence) or varies from one
 * interviewer to the next, so that two interviewers never receive the same text.
 */
export const PROSE_PLACEHOLDERS: Readonly<Record<string, string>> = {
	greeting: "\"Hi Dana,\" (\"Dear Dana,\" on a card); \"Hello,\" when the note gives no name",
	sign_off: "\"Best regards,\" and your signature, or your name; just the signature when it has its own closing line (\"Cheers,\")",
	opening: "a line of thanks that varies from one interviewer to the next",
	focus_and_highlight: "what mattered to the interviewer and your experience that answers it; a general line about the conversation when the note has neither",
	attachments_paragraph: "the interviewer's supporting material as a short list, or nothing",
	pass_thanks_paragraph: "to a primary contact who also interviewed you: the request to thank the others by name, or nothing",
	interest: "that the conversation left you more interested in the role; varies from one interviewer to the next",
	next_steps_paragraph: "the question about next steps and timeline, or nothing when the note already has the answer or you asked",
	card_focus: "a line on what mattered to the interviewer, for a card",
	about_focus: "\" about\" and what mattered to the interviewer, or nothing; dropped first when the note is too long",
};

const BUILT_IN_TEMPLATES: Readonly<Record<DraftTemplateKey, DraftTemplate>> = {
	"thank-you": {
		subject: "Thank you — {{interview_label}}",
		body: `{{greeting}}

{{opening}} {{focus_and_highlight}}

{{attachments_paragraph}}

{{interest}} If it would help to hear more about anything we discussed, I'd be glad to follow up.

{{pass_thanks_paragraph}}

{{sign_off}}
`,
	},
	"thank-you-via-primary-contact": {
		subject: "Thank you — {{interview_label}}",
		body: `{{greeting}}

Thank you for arranging my interview {{interview_day}} and for your help along the way. I'd be grateful if you could pass my thanks on to {{pass_thanks_to}} for taking the time to meet with me.

After meeting the team, I'm even more interested in {{the_role}}.

{{next_steps_paragraph}}

{{sign_off}}
`,
	},
	"next-steps": {
		subject: "Next steps — {{interview_label}}",
		body: `{{greeting}}

Meeting the team {{interview_day}} left me even more interested in {{the_role}}. Could you tell me what the next steps are, and roughly when you expect to make a decision?

Thank you for your help.

{{sign_off}}
`,
	},
	"check-in": {
		subject: "Following up — {{interview_label}}",
		body: `{{greeting}}

I hope you're well. I wanted to follow up on my interview {{interview_day}} and let you know that I'm still very interested in {{the_role}}.

Is there any update you can share on where things stand? If anything else from me would help, such as references, examples of my work or answers to further questions, I'd be happy to send it.

{{sign_off}}
`,
	},
	"close-out": {
		subject: "With thanks — {{interview_label}}",
		body: `{{greeting}}

Thank you again for considering me for {{the_role}}, and for the time you and the team gave me.

I understand you may be moving ahead with other candidates. I enjoyed learning about the team's work, and I'd be glad if you kept me in mind for future openings that suit my experience. I wish you and the team all the best.

{{sign_off}}
`,
	},
	"handwritten-note": {
		subject: "",
		body: `{{greeting}}

{{opening}} {{card_focus}} I hope we'll have the chance to work together.

With thanks,
{{my_name}}
`,
	},
	linkedin: {
		subject: "",
		body: `{{greeting}} thank you for speaking with me {{interview_day}}{{about_focus}}. I enjoyed learning about {{the_role}} and would be glad to stay connected.
`,
	},
};

const TEMPLATE_PURPOSE: Readonly<Record<DraftTemplateKey, string>> = {
	"thank-you": "Thank-you email to each interviewer who has an email address, right after the interview.",
	"thank-you-via-primary-contact":
		"Thank-you email to the primary contact when an interviewer has no email address (or none are listed), asking them to pass your thanks on.",
	"next-steps": "Email asking the primary contact about next steps and the timeline, when nobody told you.",
	"check-in": "Email to the primary contact a week after your thank-you: still interested, any news?",
	"close-out": "A short, gracious closing message to the primary contact when an interview has gone quiet; optional to send.",
	"handwritten-note": "Text for a handwritten card to each interviewer.",
	linkedin: `LinkedIn invitation note to each interviewer with a profile; cut to ${LINKEDIN_NOTE_LIMIT} characters, {{about_focus}} first.`,
};

const EMAIL_OPENINGS: ((when: string) => string)[] = [
	(when) => `Thank you for taking the time to meet with me ${when}.`,
	(when) => `Thanks so much for speaking with me ${when}.`,
	(when) => `I really appreciated the time you gave me ${when}.`,
	(when) => `Thank you for the conversation ${when}; I enjoyed it.`,
	(when) => `It was a pleasure to meet you ${when}, and thank you for your time.`,
	(when) => `Thank you for making time to talk with me ${when}.`,
];

const CARD_OPENINGS: ((when: string) => string)[] = [
	(when) => `Thank you again for meeting with me ${when}.`,
	(when) => `Thank you once more for your time ${when}.`,
	(when) => `I wanted to thank you again for our conversation ${when}.`,
	(when) => `Thank you again for the time you gave me ${when}.`,
];

const INTERESTS: ((theRole: string) => string)[] = [
	(role) => `After our conversation I'm even more interested in ${role}.`,
	(role) => `Our conversation left me even more excited about ${role}.`,
	(role) => `I came away more interested than ever in ${role}.`,
];

/** "led the rollout" reads as a résumé line after a colon; "I led the rollout" reads as a person. */
function experience(highlight: string): string {
	return sentenceEnd(startsWithPastTense(highlight) ? `I ${highlight}` : highlight);
}

function focusAndHighlight(focus: string, highlight: string): string {
	// The colon frames take the note's words as written: a noun phrase, a clause or a sentence.
	if (focus && highlight) {
		return `One part of our conversation has stayed with me in particular: ${sentenceEnd(focus)} It's very close to my own experience: ${experience(highlight)}`;
	}
	if (focus) {
		return `One part of our conversation has stayed with me in particular: ${sentenceEnd(focus)} Hearing about it gave me a much clearer picture of what the team needs.`;
	}
	if (highlight) return `I was glad of the chance to tell you about my own experience: ${experience(highlight)}`;
	return "I enjoyed our conversation and came away with a much clearer picture of the role and the team.";
}

/** A card is read days after it is written: "today" would be wrong by then, the weekday is not. */
function cardDay(start: Date, now: Date): string {
	const days = differenceInCalendarDays(now, start);
	return days >= 0 && days < 7 ? `on ${format(start, "EEEE")}` : `on ${dayAndMonth(start, now)}`;
}

function cardFocus(focus: string): string {
	if (!focus) return "I enjoyed hearing about your work.";
	return `I keep coming back to one part of our conversation: ${sentenceEnd(focus)} It's exactly the kind of challenge I'd enjoy taking on.`;
}

/** The first clause of a focus, for the one short sentence a LinkedIn note has room for. */
function aboutFocus(focus: string): string {
	const clause = focus.split(/[.;!?](?:\s|$)/)[0].trim();
	return clause ? ` about ${clause}` : "";
}

function greeting(name: string, salutation: "Hi" | "Dear"): string {
	return name ? `${salutation} ${name},` : "Hello,";
}

/**
 * A signature whose first line ends in a comma ("Cheers,") brings its own closing line; any other
 * signature, or the name, goes under ours.
 */
function signOff(settings: Pick<Settings, "myName" | "signature">): string {
	const signature = settings.signature.replace(/\r\n?/g, "\n").trim();
	if (signature) return /,\s*$/.test(signature.split("\n")[0]) ? signature : `Best regards,\n${signature}`;
	const name = plainText(settings.myName);
	return name ? `Best regards,\n${name}` : "Best regards,";
}

function nextStepsPending(interview: Interview): boolean {
	const { records } = interview;
	return !interview.nextSteps && !records.nextStepsAsked && !records.replyReceived;
}

// ---------------------------------------------------------------- rendering

type Values = Record<string, PlaceholderValue>;

interface Rendered {
	subject: string;
	body: string;
}

/** Empty placeholders leave gaps; a draft keeps single spaces and at most one blank line. */
function tidyBody(text: string): string {
	return text
		.replace(/\r\n?/g, "\n")
		.split("\n")
		.map((line) => line.replace(/(\S)[ \t]{2,}/g, "$1 ").trimEnd())
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.replace(/^(?:[ \t]*\n)+/, "")
		.trimEnd();
}

function tidyLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** Cuts at a word boundary and marks the cut with an ellipsis; never splits a word. */
export function truncateAtWord(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const room = limit - 1;
	let cut = -1;
	for (let j = room; j > 0; j--) {
		if (/\s/.test(text[j])) {
			cut = j;
			break;
		}
	}
	const head = cut === -1 ? "" : text.slice(0, cut).replace(/[\s,;:—–-]+$/, "");
	return head + "…";
}

class DraftWriter {
	readonly drafts: Draft[] = [];
	private readonly problems: string[] = [];

	constructor(
		readonly interview: Interview,
		readonly ctx: DraftContext,
	) {}

	problem(message: string): void {
		if (!this.problems.includes(message)) this.problems.push(message);
	}

	result(): DraftResult {
		return { drafts: this.drafts, problems: this.problems };
	}

	/** Override note first, built-in otherwise; an override's empty subject or body keeps the built-in one. */
	template(key: DraftTemplateKey): DraftTemplate {
		const builtIn = BUILT_IN_TEMPLATES[key];
		const override = this.ctx.templates?.[key];
		if (!override) return builtIn;
		return {
			subject: override.subject.trim() !== "" ? override.subject : builtIn.subject,
			body: stripComments(override.body).trim() !== "" ? override.body : builtIn.body,
		};
	}

	render(key: DraftTemplateKey, values: Values): Rendered {
		const template = this.template(key);
		const subject = renderTemplate(template.subject, values, this.ctx.now);
		const body = renderTemplate(template.body, values, this.ctx.now);
		for (const name of [...subject.unknown, ...body.unknown]) {
			this.problem(
				`The "${key}" draft template uses {{${name}}}, which is not a placeholder this draft knows, so it is left in the text as written.`,
			);
		}
		return { subject: tidyLine(subject.text), body: tidyBody(body.text) };
	}

	values(person?: Person): Values {
		return {
			...interviewPlaceholders(this.interview, this.ctx.settings, this.ctx.now, person),
			sign_off: signOff(this.ctx.settings),
		};
	}

	email(kind: ActionKind, variant: DraftVariant, to: Recipient[], rendered: Rendered): Draft {
		// An address that does not look valid is kept in `to` but never goes into the link (SPEC §1).
		const addresses = linkableAddresses(to);
		const draft: Draft = {
			kind,
			variant,
			to,
			subject: rendered.subject,
			body: rendered.body,
			mailto: buildMailto(addresses, rendered.subject, rendered.body),
		};
		this.drafts.push(draft);
		return draft;
	}

	checkEmail(person: Person): void {
		if (person.email !== undefined && !isValidEmail(person.email.trim())) {
			this.problem(
				`The email address of ${plainText(person.name) || "a recipient"} ("${tidyLine(person.email)}") does not look valid, so the mail link leaves it out: correct it in the note, or type the address in your mail app.`,
			);
		}
	}

	/** The primary contact as recipient, with a word to the user when there is nobody to send to. */
	primaryRecipients(): Recipient[] {
		const pc = this.interview.primaryContact;
		if (!pc) {
			this.problem(
				"The note names no primary contact, so this message has no recipient: add primary_contact and primary_contact_email to the note, or fill in the address in your mail app.",
			);
			return [];
		}
		if (pc.email === undefined) {
			this.problem(
				`The note has no email address for ${plainText(pc.name) || "the primary contact"}: add primary_contact_email, or fill in the address in your mail app.`,
			);
		}
		this.checkEmail(pc);
		return [recipientOf(pc)];
	}

	primaryValues(): Values {
		const pc = this.interview.primaryContact;
		return { ...this.values(), greeting: greeting(firstName(pc ? plainText(pc.name) : ""), "Hi") };
	}

	/**
	 * One draft per person. The opening line, the interest line and the greeting each have a few
	 * wordings; person i starts at combination i and moves on while its text equals an earlier one,
	 * so that even people with the same first name and no other data get different messages.
	 */
	perPerson(
		key: DraftTemplateKey,
		people: Person[],
		options: {
			salutation: "Hi" | "Dear";
			openings: ((when: string) => string)[];
			/** How the opening says when the interview was; interview_day by default. */
			when?: string;
			interests: ((theRole: string) => string)[];
			prose: (person: Person, values: Values) => Values;
		},
	): { person: Person; rendered: Rendered; values: Values }[] {
		const { openings, interests } = options;
		const combinations = openings.length * interests.length * 2;
		const seen = new Map<string, Person>();
		const out: { person: Person; rendered: Rendered; values: Values }[] = [];
		people.forEach((person, i) => {
			const base = this.values(person);
			const name = plainText(person.name);
			const when = options.when ?? String(base.interview_day);
			const theRole = String(base.the_role);
			let chosen: { rendered: Rendered; values: Values } | null = null;
			for (let t = 0; t < combinations; t++) {
				const k = i + t;
				const fullName = Math.floor(k / (openings.length * interests.length)) % 2 === 1;
				const values: Values = {
					...base,
					greeting: greeting(fullName ? name : firstName(name), options.salutation),
					opening: openings[k % openings.length](when),
					interest: interests[Math.floor(k / openings.length) % interests.length](theRole),
				};
				Object.assign(values, options.prose(person, values));
				const rendered = this.render(key, values);
				if (t === 0) chosen = { rendered, values };
				if (!seen.has(rendered.body)) {
					chosen = { rendered, values };
					break;
				}
			}
			if (!chosen) return;
			const twin = seen.get(chosen.rendered.body);
			if (twin) {
				this.problem(
					`The drafts for ${plainText(twin.name)} and ${name} have the same text: give the template {{opening}} or {{interviewer.first_name}}, or tell them apart in the note.`,
				);
			} else seen.set(chosen.rendered.body, person);
			out.push({ person, ...chosen });
		});
		return out;
	}

	thankYou(): void {
		const { interview } = this;
		const messages = thankYouMessages(interview);
		const passFor = new Map(messages.map((m) => [m.to, m.passThanksTo]));
		const personal = this.perPerson("thank-you", messages.filter((m) => m.personal).map((m) => m.to), {
			salutation: "Hi",
			openings: EMAIL_OPENINGS,
			interests: INTERESTS,
			prose: (person) => {
				const labels = attachmentLabels(person);
				const pass = passFor.get(person) ?? [];
				return {
					focus_and_highlight: focusAndHighlight(phrase(person.focus), phrase(person.highlight)),
					attachments_paragraph:
						labels.length === 0
							? ""
							: "In case it's useful, here is some supporting material:\n" +
								labels.map((a) => `- ${a.label}`).join("\n"),
					pass_thanks_paragraph:
						pass.length === 0
							? ""
							: `I'd be grateful if you could pass my thanks on to ${joinNames(pass.map((p) => plainText(personLabel(p))))} as well.`,
				};
			},
		});
		for (const { person, rendered } of personal) {
			this.checkEmail(person);
			const files = attachmentLabels(person).flatMap((a) => (a.file ? [`"${a.file}"`] : []));
			if (files.length > 0) {
				this.problem(
					`Attach ${joinNames(files)} to the thank-you to ${plainText(personLabel(person))} yourself: a mail link cannot carry files.`,
				);
			}
			this.email("thank-you", "personal", [recipientOf(person)], rendered);
		}
		// With no primary contact, the message that would ask them is still drafted, for the user to address.
		const unreached = !interview.primaryContact && (interview.interviewers.length === 0 || interview.interviewers.some((p) => p.email === undefined));
		if (messages.some((m) => !m.personal) || unreached) {
			const to = this.primaryRecipients();
			const rendered = this.render("thank-you-via-primary-contact", {
				...this.primaryValues(),
				next_steps_paragraph: nextStepsPending(interview)
					? "Could you also let me know what the next steps are and what timeline you expect for a decision?"
					: "",
			});
			this.email("thank-you", "via-primary-contact", to, rendered);
		}
	}

	toPrimary(kind: ActionKind, key: DraftTemplateKey, variant: DraftVariant): Draft {
		const to = this.primaryRecipients();
		return this.email(kind, variant, to, this.render(key, this.primaryValues()));
	}

	checkIn(): void {
		const draft = this.toPrimary("check-in", "check-in", "check-in");
		const values = this.primaryValues();
		const pc = this.interview.primaryContact;
		const me = String(values.my_name);
		const hello = pc ? `Hi ${firstName(plainText(pc.name))}` : "Hello";
		draft.script = [
			me ? `${hello}, this is ${me}.` : `${hello}, I'm calling about my interview.`,
			`I interviewed for ${String(values.the_role)} ${String(values.interview_day)}.`,
			"I wanted to let you know I'm still very interested, and to ask whether there's any update on the process.",
			"Is there anything else I can send you that would help?",
			"Thank you for your time; I appreciate it.",
			"(On voicemail: the first three lines, your phone number, and that you've sent an email as well.)",
		].join("\n");
	}

	handwritten(): void {
		const { interview } = this;
		// As in the rules: with no interviewers listed, the card goes to the primary contact.
		const people =
			interview.interviewers.length > 0
				? interview.interviewers
				: interview.primaryContact
					? [interview.primaryContact]
					: [];
		if (people.length === 0) {
			this.problem("The note lists no interviewers and no primary contact, so there is nobody to write a card to.");
			return;
		}
		const cards = this.perPerson("handwritten-note", people, {
			salutation: "Dear",
			openings: CARD_OPENINGS,
			when: cardDay(interview.start, this.ctx.now),
			interests: [() => ""],
			prose: (person) => ({ card_focus: cardFocus(phrase(person.focus)) }),
		});
		for (const { person, rendered } of cards) {
			this.drafts.push({
				kind: "handwritten-note",
				variant: "handwritten",
				to: [recipientOf(person)],
				subject: rendered.subject,
				body: rendered.body,
				mailto: null,
			});
		}
	}

	linkedin(): void {
		const people = this.interview.interviewers.filter((p) => (p.linkedin ?? "").trim() !== "");
		if (people.length === 0) {
			this.problem("No interviewer in this note has a LinkedIn profile: add linkedin to an interviewer to write an invitation note.");
			return;
		}
		const notes = this.perPerson("linkedin", people, {
			salutation: "Hi",
			openings: [() => ""],
			interests: [() => ""],
			prose: (person) => ({ about_focus: aboutFocus(phrase(person.focus)) }),
		});
		for (const { person, rendered, values } of notes) {
			let body = rendered.body;
			if (body.length > LINKEDIN_NOTE_LIMIT && values.about_focus !== "") {
				body = this.render("linkedin", { ...values, about_focus: "" }).body;
			}
			body = truncateAtWord(body, LINKEDIN_NOTE_LIMIT);
			if (body !== rendered.body) {
				this.problem(
					`The LinkedIn note to ${plainText(person.name)} was shortened to fit LinkedIn's ${LINKEDIN_NOTE_LIMIT} characters: check that it still reads well.`,
				);
			}
			this.drafts.push({
				kind: "linkedin",
				variant: "linkedin",
				to: [recipientOf(person)],
				subject: rendered.subject,
				body,
				mailto: null,
				linkedin: (person.linkedin ?? "").trim(),
			});
		}
	}
}

function recipientOf(person: Person): Recipient {
	return { name: plainText(person.name), email: person.email ?? null };
}

/**
 * The drafts for one action of one interview, whether or not the action is pending: a thank-you
 * gives one per interviewer with an email, plus one to the primary contact when someone has none.
 */
export function buildDrafts(interview: Interview, kind: ActionKind, ctx: DraftContext): DraftResult {
	const writer = new DraftWriter(interview, ctx);
	switch (kind) {
		case "thank-you":
			writer.thankYou();
			break;
		case "next-steps":
			writer.toPrimary("next-steps", "next-steps", "next-steps");
			break;
		case "check-in":
			writer.checkIn();
			break;
		case "close-out":
			writer.toPrimary("close-out", "close-out", "closing");
			break;
		case "handwritten-note":
			writer.handwritten();
			break;
		case "linkedin":
			writer.linkedin();
			break;
	}
	return writer.result();
}

// ---------------------------------------------------------------- template notes

/** The templates written once per interviewer: only they know the `interviewer.*` placeholders. */
const PER_INTERVIEWER_KEYS: readonly DraftTemplateKey[] = ["thank-you", "handwritten-note", "linkedin"];

const PLACEHOLDER_NAME = /\{\{\s*([^{}:\s]+)/g;

function usedPlaceholders(template: DraftTemplate): string[] {
	const names = [...(template.subject + "\n" + template.body).matchAll(PLACEHOLDER_NAME)].map((m) => m[1]);
	return [...new Set(names)];
}

/**
 * Editable copies of the built-in drafts, one note per key (`thank-you.md`, ...), for the
 * draft-template folder. Each opens with a comment explaining its placeholders; the comment never
 * reaches a draft. Rendered as overrides, the copies give exactly the built-in text.
 */
export function builtInTemplateNotes(): Record<string, string> {
	const notes: Record<string, string> = {};
	for (const key of DRAFT_TEMPLATE_KEYS) {
		const template = BUILT_IN_TEMPLATES[key];
		const used = usedPlaceholders(template);
		const help = { ...INTERVIEW_PLACEHOLDERS, ...PROSE_PLACEHOLDERS };
		const perInterviewer = PER_INTERVIEWER_KEYS.includes(key);
		const others = Object.keys(INTERVIEW_PLACEHOLDERS).filter(
			(name) => !used.includes(name) && (perInterviewer || !(name.startsWith("interviewer.") || name === "attachments")),
		);
		const comment = [
			"%%",
			TEMPLATE_PURPOSE[key],
			template.subject === ""
				? "Change the wording as you like. Delete this note to go back to the built-in text."
				: "Change the wording as you like; the subject is in the properties. Delete this note to go back to the built-in text.",
			"",
			"Placeholders used here:",
			...used.map((name) => `- {{${name}}}: ${help[name] ?? ""}`),
			"",
			`Also available: ${others.map((name) => `{{${name}}}`).join(", ")}.`,
			"%%",
		].join("\n");
		notes[`${key}.md`] = `---\nsubject: ${JSON.stringify(template.subject)}\n---\n${comment}\n${template.body}`;
	}
	return notes;
}

const FRONTMATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * Reads a template note: `subject` from its frontmatter, the rest as the body. An unquoted subject
 * that starts with a placeholder (`subject: {{role}} interview`) is not valid YAML, so the line is
 * then taken as written.
 */
export function parseTemplateNote(text: string): DraftTemplate {
	const clean = text.replace(/^\uFEFF/, "");
	const m = FRONTMATTER.exec(clean);
	if (!m) return { subject: "", body: clean };
	return { subject: readSubject(m[1] ?? ""), body: clean.slice(m[0].length) };
}

function readSubject(yamlText: string): string {
	try {
		const data: unknown = parseYaml(yamlText, { logLevel: "silent" });
		if (data === null || data === undefined) return "";
		if (typeof data === "object" && !Array.isArray(data)) {
			const subject: unknown = (data as Record<string, unknown>).subject;
			if (subject === undefined || subject === null) return "";
			if (typeof subject === "string") return subject;
			if (typeof subject === "number" || typeof subject === "boolean") return String(subject);
		}
	} catch {
		// Not YAML: read the line below.
	}
	const line = /^subject[ \t]*:[ \t]*(.*?)[ \t]*$/m.exec(yamlText);
	if (!line) return "";
	const value = line[1];
	const quoted = /^(["'])(.*)\1$/.exec(value);
	return quoted ? quoted[2] : value;
}
