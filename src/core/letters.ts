// The built-in wording: several whole letters per kind, each a different structure, so that a panel
// comparing notes finds letters that were written one by one. Every sentence here is the product's
// own; the user's notes reach them only through the phrasing layer.
import type { AttachmentKind, Experience } from "./phrasing";
import { joinList } from "./phrasing";

/** What one letter may say about the person it goes to, all of it already fitted into phrases. */
export interface FocusFacts {
	/** "the power budget on the new sensor board", for the middle of a sentence. */
	topic: string | null;
	/** The same for the start of a sentence, when its first word's case is not known. */
	topicStart: string | null;
	/** What they said, as "that"-clauses in the second person: "your cloud bill grew 40%". */
	said: string[];
	/** Sentences the note gives in the user's own person ("We talked about SSO."). */
	own: string[];
}

export interface AttachmentFacts {
	kind: AttachmentKind;
	/** "the tolerance stack-up image", "the launch press release": what the sentence calls it. */
	title: string;
	url: string | null;
}

export interface LetterFacts {
	/** "today", "yesterday", "on Tuesday", "on 25 November". */
	when: string;
	/** "the Platform engineer role at Acme Robotics", or as much as the note gives. */
	theRole: string;
	company: string;
	focus: FocusFacts;
	experience: Experience;
	attachments: AttachmentFacts[];
	/** Interviewers this recipient is asked to thank, by full name. */
	passThanksTo: string[];
	/** True when nobody is listed: the recipient thanks "everyone I met". */
	everyone: boolean;
	/** Ask what happens next (the note has no next steps and nobody asked). */
	askNextSteps: boolean;
	/** The recipient's place among this message's recipients: general lines differ between them. */
	index: number;
}

export interface Letter {
	paragraphs: string[];
	/** The building blocks, for templates that arrange their own letter. */
	parts: {
		opening: string;
		focusAndHighlight: string;
		attachments: string;
		interest: string;
		nextSteps: string;
		passThanks: string;
	};
}

/** One of several wordings: `variant` moves on through them, so a repeat of a structure reads anew. */
function pick<T>(options: readonly T[], variant: number): T {
	return options[variant % options.length];
}

function join(...sentences: (string | null | false | undefined)[]): string {
	return sentences.filter((s): s is string => typeof s === "string" && s !== "").join(" ");
}

/** "that A, and that B". */
function thatClauses(said: string[]): string {
	return said.map((s) => `that ${s}`).join(", and ");
}

/** "I led the rollout" from "I led the rollout.", for the middle of a sentence. */
function clause(statement: string): string {
	return statement.replace(/[.!]$/, "");
}

/** "how I led the rollout" or "about the checker I built": what "I enjoyed telling you ..." continues with. */
function tellingAbout(exp: Experience): string | null {
	if (exp.statement !== null) return `how ${lowerStart(clause(exp.statement))}`;
	if (exp.reference !== null) return `about ${exp.reference}`;
	return null;
}

function lowerStart(text: string): string {
	return /^(?:I|I'm|I've|I'd|I'll)\b/.test(text) ? text : text[0].toLowerCase() + text.slice(1);
}

/** A topic too long to be the subject of a sentence ("Since X matters ..."): it goes after the verb instead. */
function long(topic: string): boolean {
	return topic.split(" ").length > 6;
}

function hasFocus(f: FocusFacts): boolean {
	return f.topic !== null || f.topicStart !== null || f.said.length > 0 || f.own.length > 0;
}

function hasExperience(e: Experience): boolean {
	return e.statement !== null || e.reference !== null;
}

// ---------------------------------------------------------------- attachments

/** Each attachment with what it is for; consecutive ones take different wordings. */
export function attachmentSentences(list: AttachmentFacts[], aboutWork: boolean, start: number): string {
	const subject = aboutWork ? "that work" : "what we discussed";
	return list
		.map((a, i) => {
			const v = start + i;
			const link = a.url === null ? "" : ` (${a.url})`;
			switch (a.kind) {
				case "image":
					return pick(
						[
							`I've attached ${a.title}, which shows ${subject} in more detail.`,
							`In case it's useful, I've attached ${a.title}; it shows how I approached the problem.`,
							`The attached ${a.title.replace(/^(?:the|a|an) /, "")} gives a closer look at ${subject}.`,
						],
						v,
					);
				case "press":
					return pick(
						[
							`If you'd like the public side of that story, here is the press release${link}.`,
							`There's a press release about that work, in case it's useful${link}.`,
							`The launch was announced publicly, if you'd like to read more${link}.`,
						],
						v,
					);
				case "letter":
					return pick(
						[
							`I've also attached ${a.title}, in case it helps as you consider the role.`,
							`I've included ${a.title} as well, in case it's helpful.`,
						],
						v,
					);
				case "slides":
					return pick([`I've attached ${a.title}, which walk through ${subject}.`, `The attached ${a.title.replace(/^(?:the|a|an) /, "")} cover ${subject} in a few pages.`], v);
				case "document":
					return pick([`I've attached ${a.title}, in case you'd like more detail on ${subject}.`, `For more detail on ${subject}, I've attached ${a.title}.`], v);
				case "code":
					return pick([`The code is public if you'd like to look${link}.`, `If you're curious about the code, it's available here${link}.`], v);
				case "video":
					return pick([`There's a short demo, if you'd like to see it in action${link}.`, `A short video shows it working${link}.`], v);
				case "link":
					return a.url === null
						? pick([`I've attached ${a.title}, in case it's useful.`, `I've included ${a.title} as well, in case it helps.`], v)
						: pick([`There's more on ${subject} in ${a.title}${link}.`, `If you'd like more detail on ${subject}, ${a.title} covers it${link}.`], v);
			}
			return "";
		})
		.join(" ");
}

// ---------------------------------------------------------------- the personal thank-you

/** The request to thank the others, when this recipient is the one who can. */
function passThanks(facts: LetterFacts, variant: number): string {
	const names = facts.passThanksTo;
	if (names.length === 0) return "";
	const list = joinList(names);
	return pick(
		[
			`Could I also ask you to pass my thanks on to ${list}? I don't have ${names.length === 1 ? "an email address for them" : "their email addresses"}.`,
			`As I don't have ${names.length === 1 ? "an address" : "addresses"} for ${list}, I'd be grateful if you could thank them for me.`,
		],
		variant,
	);
}

function nextStepsQuestion(facts: LetterFacts, variant: number): string {
	if (!facts.askNextSteps) return "";
	return pick(
		[
			"When you have a moment, could you let me know what the next steps are and the timeline you have in mind?",
			"Could you also tell me what happens next, and roughly when you expect to decide?",
		],
		variant,
	);
}

type PersonalStructure = (facts: LetterFacts, variant: number) => Letter;

function words(text: string): number {
	return text.split(/\s+/).filter((w) => w !== "").length;
}

/**
 * The letter's paragraphs. A thank-you runs 60 to 170 words with greeting and sign-off: a short one
 * gets an offer to say more, a long one (long notes) drops its closing pleasantry first.
 */
function letter(opening: string, middle: string, attachments: string, interest: string, closing: string, facts: LetterFacts, variant: number): Letter {
	const nextSteps = nextStepsQuestion(facts, variant);
	const length = words(join(opening, middle, attachments, interest, closing, passThanks(facts, variant), nextSteps));
	// Greeting and sign-off add five or six words.
	for (let pad = 0, total = length; total < 56 && pad < 3; pad++) {
		const line = pick(SHORT_CLOSE, facts.index + pad * 3);
		closing = join(closing, line);
		total += words(line);
	}
	if (length > 160) closing = "";
	const pass = passThanks(facts, variant);
	// Requests get a paragraph of their own, before the warm close.
	const requests = join(pass, nextSteps);
	const last = join(interest, closing);
	return {
		paragraphs: [join(opening, middle), attachments, requests, last].filter((p) => p !== ""),
		parts: { opening, focusAndHighlight: middle, attachments, interest, nextSteps, passThanks: pass },
	};
}

/** Said about the focus when the note has no phrase for the middle of a sentence. */
function focusOnItsOwn(f: FocusFacts, variant: number): string {
	if (f.said.length > 0) {
		return pick([`I've been thinking about your point ${thatClauses(f.said)}.`, `You mentioned ${thatClauses(f.said)}. I've been turning that over since.`], variant);
	}
	if (f.topicStart !== null) return `${f.topicStart} came up more than once, and it was good to talk it through with you.`;
	return f.own.join(" ");
}


/** For a letter that would be too short to read as more than a formality. */
const SHORT_CLOSE = [
	"It was a real pleasure to meet you.",
	"Your perspective on the role was really helpful.",
	"Wishing you a good rest of the week.",
	"It would be a privilege to join you.",
	"I appreciated how much ground we covered.",
	"I left with plenty to think about.",
	"I learned a lot in a short time.",
	"It was a pleasure to learn from you.",
];

/** A general line and an offer: what a letter says when the note has no focus and no highlight. */
function general(index: number): string {
	return pick(GENERAL, index);
}

/** The general line for a note with no focus and no highlight. */
const GENERAL = [
	"I enjoyed learning more about the work ahead and how your team approaches it. It sounds like a place where I'd thrive.",
	"Hearing how the team works gave me a much clearer picture of the role, and made me keen to get started.",
	"It gave me a real sense of what the first months in the role would involve, and I liked what I heard. I'd relish the chance to contribute from the start.",
	"It was good to hear how the work is organised and where it is heading. That sense of direction is a big part of what draws me to the role.",
	"Our discussion gave me a much better feel for the day-to-day of the role. Everything I heard fits the kind of work I want to be doing next.",
	"It was refreshing to hear so candidly about the work and its challenges. That openness says a lot about the team.",
	"It helped a great deal to hear about the role from your side. I now have a much fuller picture of where I could help.",
	"I left with a much clearer picture of the role than I had before, and it confirmed that this is work I'd enjoy.",
];

export const PERSONAL_THANK_YOU: readonly PersonalStructure[] = [
	// The topic in the opening line, the experience after it, interest to close.
	(facts, v) => {
		const { focus: f, experience: e } = facts;
		const opening =
			f.topic !== null
				? pick([`Thank you for taking the time to talk with me ${facts.when} about ${f.topic}.`, `Thanks for the conversation ${facts.when} about ${f.topic}.`], v)
				: pick([`Thank you for taking the time to talk with me ${facts.when}.`, `Thanks for our conversation ${facts.when}.`], v);
		const focusLine = f.topic !== null ? join(f.said.length > 0 && `You mentioned ${thatClauses(f.said)}.`, ...f.own) : focusOnItsOwn(f, v);
		let experience = "";
		if (e.statement !== null) {
			experience = hasFocus(f)
				? pick([`As I mentioned, ${lowerStart(clause(e.statement))}. I'd enjoy bringing that experience to your team.`, `It's a problem I've worked on before: ${e.statement}`], v)
				: `I enjoyed telling you ${tellingAbout(e)}. It's work I'm proud of, and I'd gladly go into more detail.`;
		} else if (e.reference !== null) {
			experience = hasFocus(f)
				? pick([`It reminded me of ${e.reference}. I'd enjoy bringing what I learned from that work to your team.`, `It took me back to ${e.reference}. I'd be glad to put that experience to work with you.`], v)
				: `I enjoyed telling you ${tellingAbout(e)}. It's work I'm proud of, and I'd gladly go into more detail.`;
		} else if (hasFocus(f)) {
			experience = pick(["It's exactly the kind of problem I enjoy working on, and I'd be glad to help your team with it.", "It's the sort of challenge I'd be glad to take on, and I've been thinking about it since."], v);
		}
		else experience = general(facts.index);
		const middle = join(focusLine, experience, ...e.more);
		return letter(
			opening,
			middle,
			attachmentSentences(facts.attachments, hasExperience(e), v),
			pick([`I'm very interested in ${facts.theRole}, and I'd be glad to answer anything else you'd like to know.`, `Our conversation left me even keener on ${facts.theRole}.`], v),
			pick(["", "Please let me know if there's anything else I can send."], v),
			facts,
			v,
		);
	},
	// Interest first, then the conversation and the experience woven into one thought.
	(facts, v) => {
		const { focus: f, experience: e } = facts;
		const opening = pick(
			[`Thank you for meeting with me ${facts.when}. I came away even more interested in ${facts.theRole}.`, `Thank you for your time ${facts.when}; I left our conversation more excited than ever about ${facts.theRole}.`],
			v,
		);
		let middle: string;
		if (f.topic !== null) {
			const lead = pick([`I especially enjoyed talking about ${f.topic}`, `The part of our conversation I enjoyed most was ${f.topic}`], v);
			if (f.said.length > 0 || f.own.length > 0) {
				// What they said belongs next to the topic it is about, before the user's answer.
				middle = join(
					`${lead}.`,
					f.said.length > 0 && `You mentioned ${thatClauses(f.said)}.`,
					...f.own,
					e.statement !== null ? `It's close to my own experience: ${e.statement}` : e.reference !== null ? `It reminded me of ${e.reference}.` : "It's exactly the kind of problem I like to work on.",
				);
			} else if (e.statement !== null) middle = `${lead}, because it's close to my own experience: ${e.statement}`;
			else if (e.reference !== null) middle = `${lead}, which reminded me of ${e.reference}.`;
			else middle = `${lead}, and it's exactly the kind of problem I like to work on.`;
		} else if (hasFocus(f)) {
			middle = join(focusOnItsOwn(f, v + 1), e.statement !== null ? `I've dealt with something similar: ${e.statement}` : e.reference !== null ? `It reminded me of ${e.reference}.` : "");
		} else if (hasExperience(e)) {
			middle = `I was glad of the chance to tell you ${tellingAbout(e)}, and I'd be happy to share more of that work.`;
		} else middle = general(facts.index);
		middle = join(middle, ...e.more);
		return letter(
			opening,
			middle,
			attachmentSentences(facts.attachments, hasExperience(e), v + 1),
			pick(["If it would help to see more of my work, I'd be happy to share it.", "Please don't hesitate to reach out if I can add anything."], v),
			pick(["I hope we speak again soon.", "I look forward to hearing from you."], v),
			facts,
			v,
		);
	},
	// Short and direct, for a busy reader.
	(facts, v) => {
		const { focus: f, experience: e } = facts;
		const opening = pick([`Thank you for speaking with me ${facts.when}.`, `Many thanks for your time ${facts.when}.`], v);
		let middle: string;
		if (f.topic !== null && f.said.length > 0) {
			// What they said follows the topic directly, so that its "it" can only be the topic.
			middle = join(pick([`I was glad to hear about ${f.topic}.`, `Thank you for talking me through ${f.topic}.`], v), `You mentioned ${thatClauses(f.said)}.`, ...f.own);
		} else if (f.topic !== null) {
			middle = join(
				long(f.topic)
					? pick([`It was good to hear about ${f.topic}; it made the role very real for me.`, `I appreciated the chance to talk through ${f.topic}; it gave me a clear picture of what the role involves.`], v)
					: pick([`Hearing about ${f.topic} made the role very real for me.`, `Talking through ${f.topic} gave me a clear picture of what the role involves.`], v),
				f.said.length > 0 && `You mentioned ${thatClauses(f.said)}.`,
				...f.own,
			);
		} else middle = hasFocus(f) ? focusOnItsOwn(f, v) : "";
		const telling = tellingAbout(e);
		middle = join(
			middle,
			telling !== null
				? pick([`I enjoyed telling you ${telling}, and I'd be glad to go into more detail.`, `I'd be happy to say more about ${telling.replace(/^about /, "")}.`], v)
				: hasFocus(f)
					? "It's an area where I think I could make a real difference."
					: join(general(facts.index), "I'd be glad to go into more detail on any part of my background that would help."),
			...e.more,
		);
		return letter(
			opening,
			middle,
			attachmentSentences(facts.attachments, hasExperience(e), v + 2),
			pick([`I'm excited about ${facts.theRole} and hope to continue the conversation.`, `I'd welcome the chance to keep talking about ${facts.theRole}.`], v),
			pick(["Thank you again.", "With thanks for a very useful conversation."], v),
			facts,
			v,
		);
	},
	// The experience brought forward, in answer to what mattered to them.
	(facts, v) => {
		const { focus: f, experience: e } = facts;
		const opening = pick([`It was a pleasure to meet you ${facts.when}; thank you for your time.`, `It was good to meet you ${facts.when}, and thank you for making the time.`], v);
		let lead = "";
		if (f.topic !== null) {
			const since = long(f.topic) ? `Since so much of our conversation was about ${f.topic}` : `Since ${f.topic} matters so much to you`;
			lead = join(f.said.length > 0 && `You mentioned ${thatClauses(f.said)}.`, `${since}, I wanted to say a little more about my own experience.`);
		}
		else if (f.said.length > 0) lead = `You mentioned ${thatClauses(f.said)}, so I wanted to say a little more about my own experience.`;
		else if (f.topicStart !== null) lead = `${f.topicStart} came up more than once, so I wanted to say a little more about my own experience.`;
		let experience: string;
		const toldYou = `I enjoyed telling you ${tellingAbout(e)}, and it's the kind of work I'd like to do much more of.`;
		if (e.statement !== null) experience = lead !== "" ? e.statement : toldYou;
		else if (e.reference !== null) experience = lead !== "" ? `The closest parallel I have is ${e.reference}.` : toldYou;
		else {
			experience = "";
			if (f.topic !== null) {
				const since = long(f.topic) ? `Since so much of our conversation was about ${f.topic}` : `Since ${f.topic} matters so much to you`;
				lead = join(f.said.length > 0 && `You mentioned ${thatClauses(f.said)}.`, `${since}, I've been thinking about how I'd approach it.`);
			}
			else if (lead !== "") lead = lead.replace(/, so I wanted to say a little more about my own experience\./, ". I've been thinking about how I'd approach that ever since.");
			else lead = general(facts.index);
		}
		const middle = join(lead, ...f.own, experience, ...e.more);
		return letter(
			opening,
			middle,
			attachmentSentences(facts.attachments, hasExperience(e), v),
			pick([`I'm very keen on ${facts.theRole}, and I look forward to the next steps.`, `I'd be delighted to keep talking about ${facts.theRole}.`], v),
			pick(["Thanks again, and I hope to speak soon.", "Thank you once more for the conversation."], v),
			facts,
			v,
		);
	},
	// Forward-looking: what the conversation set the user thinking about.
	(facts, v) => {
		const { focus: f, experience: e } = facts;
		const opening = pick([`Thank you for making time to talk with me ${facts.when}.`, `I appreciated the time you gave me ${facts.when}.`], v);
		let middle: string;
		if (f.topic !== null) {
			middle = join(pick([`Since we spoke, I've been thinking about ${f.topic}.`, `Our discussion of ${f.topic} has stayed with me.`], v), f.said.length > 0 && `You mentioned ${thatClauses(f.said)}.`, ...f.own);
		} else middle = hasFocus(f) ? focusOnItsOwn(f, v + 1) : hasExperience(e) ? "" : general(facts.index);
		if (hasFocus(f) && !hasExperience(e)) middle = join(middle, "It's the kind of problem I'd enjoy getting stuck into with your team.");
		const toldYou = `I enjoyed telling you ${tellingAbout(e)}. I'd be glad to share more about how it went.`;
		if (e.statement !== null) middle = join(middle, hasFocus(f) ? `As we discussed, ${lowerStart(clause(e.statement))}.` : toldYou);
		else if (e.reference !== null) middle = join(middle, hasFocus(f) ? `It brought to mind ${e.reference}. I'd be glad to tell you more about that work.` : toldYou);
		middle = join(middle, ...e.more);
		return letter(
			opening,
			middle,
			attachmentSentences(facts.attachments, hasExperience(e), v + 1),
			pick([`I remain very interested in ${facts.theRole} and hope to hear from you soon.`, `I'd love to be part of what you're building${facts.company ? ` at ${facts.company}` : ""}.`], v),
			pick(["", "Thank you again for a thoughtful conversation."], v),
			facts,
			v,
		);
	},
];

// ---------------------------------------------------------------- thank-you via the primary contact

export const VIA_PRIMARY_CONTACT: readonly PersonalStructure[] = [
	(facts, v) => {
		const names = facts.passThanksTo;
		const opening = facts.everyone
			? `Thank you for arranging my interview ${facts.when} and for looking after me throughout.`
			: `Thank you for arranging my interviews ${facts.when} and for looking after me throughout.`;
		const ask = facts.everyone
			? "Could I ask you to pass my thanks on to everyone I met? I appreciated the time each of them gave me."
			: names.length === 1
				? `I don't have an email address for ${names[0]}, so could I ask you to pass my thanks on? I appreciated the time they gave me.`
				: `I don't have email addresses for ${joinList(names)}, so could I ask you to pass my thanks on to them? I appreciated the time each of them gave me.`;
		const interest = `The day left me even more interested in ${facts.theRole}, and I'm grateful for your help in getting me there.`;
		return {
			paragraphs: [opening, ask, join(interest, nextStepsQuestion(facts, v))],
			parts: { opening, focusAndHighlight: "", attachments: "", interest, nextSteps: nextStepsQuestion(facts, v), passThanks: ask },
		};
	},
	(facts, v) => {
		const names = facts.passThanksTo;
		const opening = `Thank you for setting everything up for my interview ${facts.when}; it all ran smoothly, and I enjoyed the conversations.`;
		const ask = facts.everyone
			? "I'd be grateful if you could thank everyone I met on my behalf."
			: `I'd be grateful if you could thank ${joinList(names)} for me, as I don't have ${names.length === 1 ? "their email address" : "their email addresses"}.`;
		const interest = `I'm more interested than ever in ${facts.theRole}, and I'd be glad to help with anything else you need from me.`;
		return {
			paragraphs: [join(opening, ask), join(interest, nextStepsQuestion(facts, v + 1))],
			parts: { opening, focusAndHighlight: "", attachments: "", interest, nextSteps: nextStepsQuestion(facts, v + 1), passThanks: ask },
		};
	},
];

// ---------------------------------------------------------------- messages to the primary contact

export interface ContactFacts {
	/** When the interview was: "today", "on 17 November". */
	when: string;
	theRole: string;
	company: string;
	/** The decision date they gave, in words ("Friday 27 November"), and whether it has passed. */
	decision: { date: string; past: boolean } | null;
	/** What they said about next steps, reported back: a noun phrase or "that"-clauses. */
	told: { topic: string | null; clauses: string[] };
}

export interface ContactLetter {
	paragraphs: string[];
}

type ContactStructure = (facts: ContactFacts, variant: number) => ContactLetter;

export const NEXT_STEPS: readonly ContactStructure[] = [
	(facts) => ({
		paragraphs: [
			`Thank you again for arranging my interview ${facts.when}. I came away even more interested in ${facts.theRole}.`,
			"Could you let me know what the next steps are, and the timeline you have in mind?",
			"Thank you for your help.",
		],
	}),
	(facts) => ({
		paragraphs: [
			`I enjoyed meeting everyone ${facts.when}, and I remain very interested in ${facts.theRole}.`,
			"When you have a moment, could you tell me what the next steps are and roughly when you expect a decision? It would help me plan the weeks ahead.",
		],
	}),
	(facts) => ({
		paragraphs: [
			`Thank you for your help with my interview ${facts.when}. After those conversations, I'm keener than ever on ${facts.theRole}.`,
			"What would the next steps be, and is there a timeline you're able to share?",
		],
	}),
];

/** The check-in's reference to what they said, when the note holds it. */
function whatTheySaid(facts: ContactFacts, variant: number): string | null {
	const { decision, told } = facts;
	if (decision !== null) {
		if (decision.past) {
			return pick(
				[`You mentioned a decision by ${decision.date}, so I wanted to check in.`, `I understood a decision was expected by ${decision.date}, so I thought I'd get in touch.`],
				variant,
			);
		}
		return pick(
			[`I know a decision is expected by ${decision.date}, and I wanted to get in touch before then.`, `I understand a decision is due by ${decision.date}, so I wanted to write before then.`],
			variant,
		);
	}
	if (told.clauses.length > 0) {
		return pick(
			[`When we spoke, you mentioned ${thatClauses(told.clauses)}, so I wanted to check in.`, `I remember you said ${thatClauses(told.clauses)}, so I thought I'd get in touch.`],
			variant,
		);
	}
	if (told.topic !== null) {
		return pick([`When we spoke, you mentioned ${told.topic}, so I wanted to check in.`, `I remember you mentioning ${told.topic}, so I thought I'd get in touch.`], variant);
	}
	return null;
}

export const CHECK_IN: readonly ContactStructure[] = [
	(facts, v) => ({
		paragraphs: [
			join("I hope you're well.", whatTheySaid(facts, 0) ?? `I wanted to follow up on my interview ${facts.when}.`),
			`I'm still very interested in ${facts.theRole}. Is there any update you can share on where things stand?`,
			pick(["If references or examples of my work would help, I'd be happy to send them.", "If anything else from me would help, just let me know."], v),
		],
	}),
	(facts, v) => ({
		paragraphs: [
			join(`I wanted to follow up on my interview for ${facts.theRole} ${facts.when}.`, whatTheySaid(facts, 1)),
			"The role is still at the top of my list, and I'd welcome any news on where things stand.",
			pick(["Please let me know if there's anything else I can send.", "I'm happy to provide references or anything else that would help."], v),
		],
	}),
];

/** The lines of a call: short enough to say, each one a breath. */
export function callScript(facts: ContactFacts, hello: string, caller: string): string[] {
	const role = facts.theRole;
	const said = whatTheySaid(facts, 0);
	return [
		`${hello}, it's ${caller} — I interviewed for ${role} ${facts.when}.`,
		said ?? "I wanted to check in.",
		"I'm still very interested, and I'd be glad of any update you can share.",
		"Is there anything else I can send that would help?",
		"Thank you — I appreciate your time.",
		"(On voicemail: who you are and the role, that you're still interested, your phone number, and that you've sent an email as well.)",
	];
}

export const CLOSE_OUT: readonly ContactStructure[] = [
	(facts) => ({
		paragraphs: [
			`Thank you again for considering me for ${facts.theRole}, and for the time you and your colleagues gave me.`,
			`I'm still interested, so please do get in touch if there's news. And if this opening isn't the right fit in the end, I'd be glad to hear about future roles${facts.company ? ` at ${facts.company}` : ""}.`,
			"All the best with the search, and I hope our paths cross again.",
		],
	}),
	(facts) => ({
		paragraphs: [
			`I wanted to thank you once more for your time, and for everything you did to organise my interview for ${facts.theRole}.`,
			`I know these decisions can take a while. My interest hasn't changed, and if the timing or the fit changes, I'd welcome a conversation about other openings${facts.company ? ` at ${facts.company}` : ""}.`,
			"Wishing you all the best, and I hope we stay in touch.",
		],
	}),
];

// ---------------------------------------------------------------- a handwritten card

export interface CardFacts {
	/** "on Tuesday": a card is read days later, so never "today". */
	day: string;
	/** A short topic, or null: a card never carries more of the note than that. */
	topic: string | null;
	theRole: string;
}

export const CARD: readonly ((facts: CardFacts, variant: number) => string)[] = [
	(f, v) =>
		pick(
			[
				join(
					`Thank you again for meeting with me ${f.day}.`,
					f.topic !== null ? `I especially enjoyed our conversation about ${f.topic}.` : "I enjoyed our conversation and learning about your work.",
					"I'd love the chance to work with you.",
				),
				join(
					`Many thanks for our meeting ${f.day}.`,
					f.topic !== null ? `I'm still thinking about what you said on ${f.topic}.` : "I left with a real appreciation of what your team does.",
					"I hope to be working alongside you before long.",
				),
			],
			v,
		),
	(f, v) =>
		pick(
			[
				join(
					`It was a real pleasure to meet you ${f.day}.`,
					f.topic !== null ? `Thank you for telling me about ${f.topic}; I've been thinking about it since.` : "Thank you for your time and for such an open conversation.",
					"I hope our paths cross again soon.",
				),
				join(
					`I'm so glad we met ${f.day}.`,
					f.topic !== null ? `Our talk about ${f.topic} was a highlight of the day for me.` : "I came away with a lot to think about.",
					"Thank you for making me feel so welcome.",
				),
			],
			v,
		),
	(f, v) =>
		pick(
			[
				join(
					`Thank you for the time you gave me ${f.day}.`,
					f.topic !== null ? `Your thoughts on ${f.topic} stayed with me.` : `I came away with a clear sense of the work, and excited about ${f.theRole}.`,
					"I hope we'll have the chance to work together.",
				),
				join(
					`Thank you for making time for me ${f.day}.`,
					f.topic !== null ? `I learned a lot from how you think about ${f.topic}.` : "I learned a great deal about the role from you.",
					"I'd be delighted to continue the conversation.",
				),
			],
			v,
		),
	(f, v) =>
		pick(
			[
				join(
					`A short note to say thank you for our conversation ${f.day}.`,
					f.topic !== null ? `Hearing about ${f.topic} made me even keener on the role.` : "Hearing about your work made me even keener on the role.",
					"I hope we speak again soon.",
				),
				join(
					`Just a few lines to thank you for meeting me ${f.day}.`,
					f.topic !== null ? `It was fascinating to hear about ${f.topic}.` : "It was fascinating to hear how the work gets done.",
					"I look forward to staying in touch.",
				),
			],
			v,
		),
];

// ---------------------------------------------------------------- a LinkedIn invitation

export interface InviteFacts {
	/** "Hi Dana", or "Hello" without a name. */
	hello: string;
	when: string;
	topic: string | null;
	/** "the Platform engineer role", without the company: the invitee knows it. */
	roleShort: string;
}

export const LINKEDIN: readonly ((facts: InviteFacts, variant: number) => string)[] = [
	(f, v) =>
		pick(
			[
				join(`${f.hello}, thank you for talking with me ${f.when}${f.topic !== null ? ` about ${f.topic}` : ""}.`, "I enjoyed the conversation and would be glad to stay in touch."),
				join(`${f.hello}, many thanks for your time ${f.when}${f.topic !== null ? ` and for the discussion of ${f.topic}` : ""}.`, "It would be good to stay connected."),
			],
			v,
		),
	(f, v) =>
		pick(
			[
				join(
					`${f.hello}, it was good to meet you ${f.when} while I was interviewing for ${f.roleShort}${f.topic !== null ? `, and to hear about ${f.topic}` : ""}.`,
					"I'd like to keep in touch here.",
				),
				join(`${f.hello}, I was glad to meet you ${f.when} during my interviews for ${f.roleShort}.`, "I'd welcome the chance to stay in touch."),
			],
			v,
		),
	(f, v) =>
		pick(
			[
				join(`${f.hello}, I enjoyed our conversation ${f.when}${f.topic !== null ? ` about ${f.topic}` : ""}, and I'd be glad to connect here as well.`),
				join(`${f.hello}, thanks again for ${f.topic !== null ? `sharing your thinking on ${f.topic}` : "our chat"} ${f.when}. Let's stay connected.`),
			],
			v,
		),
	(f, v) =>
		pick(
			[
				join(`${f.hello}, it was a pleasure talking with you ${f.when}${f.topic !== null ? ` about ${f.topic}` : ""}.`, "I hope we can stay in contact."),
				join(`${f.hello}, great to meet you ${f.when}${f.topic !== null ? `, and to compare notes on ${f.topic}` : ""}.`, "I'd value staying connected."),
			],
			v,
		),
];
