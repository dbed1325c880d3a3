import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftBlock } from "../../src/core/draft-block";
import {
	DRAFT_TEMPLATE_KEYS,
	LINKEDIN_NOTE_LIMIT,
	NAME_PLACEHOLDER,
	buildDrafts,
	builtInTemplateNotes,
	truncateAtWord,
	type Draft,
	type DraftContext,
	type DraftResult,
	type DraftTemplateKey,
} from "../../src/core/drafts";
import { buildMailto, parseMailto } from "../../src/core/mailto";
import { sentencesOf as sentencesIn } from "../../src/core/from-notes";
import { parseTemplateNote } from "../../src/core/template-note";
import { parseYaml } from "../fakes/obsidian";
import { ACTION_KINDS, type ActionKind, type Interview, type Person } from "../../src/core/types";
import { anInterview, local } from "../builders/interview";
import { approve } from "../approvals/approve";
import {
	acmeRobotics,
	globex,
	hooli,
	initech,
	starkIndustries,
	umbrellaHealth,
	wayneEnterprises,
} from "../approvals/example-interviews";
import { cyberdyne, initrode, massive, northwind, soylent, tyrell } from "../approvals/hurried-notes";

const me = { myName: "Jordan Rivera", signature: "" };
const nobody = { myName: "", signature: "" };

function ctx(now: string, extra: Partial<DraftContext> = {}): DraftContext {
	return { settings: me, now: local(now), ...extra };
}

function bodies(result: DraftResult): string[] {
	return result.drafts.map((d) => d.body);
}

/** What a reviewer reads: every draft as the block it becomes in the note, then the problems and warnings. */
function approval(interview: Interview, kind: ActionKind, context: DraftContext): string {
	const result = buildDrafts(interview, kind, context);
	const lines = [
		`# ${kind}: ${interview.title}`,
		"",
		`Written ${format(context.now, "EEEE d MMMM yyyy, HH:mm")}; my name "${context.settings.myName}", signature ${JSON.stringify(context.settings.signature)}.`,
		"",
		...result.drafts.flatMap((d) => [draftBlock(d, context.now), `(${words(d.body)} words)`, ""]),
		"## Problems",
		"",
		...(result.problems.length > 0 ? result.problems.map((p) => `- ${p}`) : ["None."]),
		"",
		"## Warnings",
		"",
		...(result.warnings.length > 0 ? result.warnings.map((p) => `- ${p}`) : ["None."]),
	];
	return lines.join("\n") + "\n";
}

function words(text: string): number {
	return text.split(/\s+/).filter((w) => w !== "").length;
}

/**
 * The sentences of a message as a panel comparing notes would see them: greeting and sign-off set
 * aside, every name of the note replaced by one mark, case ignored.
 */
function sentencesOf(body: string, names: string[]): string[] {
	const paragraphs = body.split("\n\n");
	let text = paragraphs.slice(1, -1).join(" ");
	for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) text = text.split(name).join("NAME");
	return text
		.split(/(?<=[.!?])\s+/)
		.map((s) => s.trim().toLowerCase())
		.filter((s) => s !== "");
}

function namesOf(interview: Interview): string[] {
	const people = [...interview.interviewers, ...(interview.primaryContact ? [interview.primaryContact] : [])];
	return people.flatMap((p) => [p.name, p.name.split(" ")[0]]);
}

/** The largest share of one message's sentences found in another, over every pair. */
function mostShared(drafts: Draft[], names: string[], lineBody = false): { share: number; pair: string } {
	const sets = drafts.map((d) => (lineBody ? sentencesOf(`x\n\n${d.body}\n\nx`, names) : sentencesOf(d.body, names)));
	let worst = { share: 0, pair: "" };
	sets.forEach((a, i) =>
		sets.forEach((b, j) => {
			if (i === j || a.length === 0) return;
			const other = new Set(b);
			const share = a.filter((s) => other.has(s)).length / a.length;
			if (share > worst.share) worst = { share, pair: `${drafts[i].to[0]?.name} / ${drafts[j].to[0]?.name}: ${a.filter((s) => other.has(s)).join(" | ")}` };
		}),
	);
	return worst;
}

describe("approved drafts for the example vault", () => {
	it("thank-you: Acme Robotics, two interviewers with focus, highlight and attachments", () => {
		approve("thank-you-acme-robotics", approval(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00")));
	});
	it("thank-you: Globex, Tom Becker has no email, so the primary contact passes thanks on", () => {
		approve("thank-you-globex", approval(globex().build(), "thank-you", ctx("2026-11-25T12:15")));
	});
	it("thank-you: Initech, nobody has an email and next steps are unknown", () => {
		approve("thank-you-initech", approval(initech().build(), "thank-you", ctx("2026-11-24T15:40")));
	});
	it("thank-you: Umbrella Health, one address that is not valid", () => {
		approve("thank-you-umbrella-health", approval(umbrellaHealth().build(), "thank-you", ctx("2026-11-27T18:30")));
	});
	it("thank-you: Hooli, Wayne Enterprises and Stark Industries, notes in third person and noun phrases", () => {
		approve(
			"thank-you-hooli-wayne-stark",
			approval(hooli().build(), "thank-you", ctx("2026-11-17T15:00")) +
				"\n" +
				approval(wayneEnterprises().build(), "thank-you", ctx("2026-11-24T16:00")) +
				"\n" +
				approval(starkIndustries().build(), "thank-you", ctx("2026-11-10T15:00")),
		);
	});
	it("thank-you: Soylent, the primary contact interviewed too and is asked to thank Harriet Cole", () => {
		const soylentVault = anInterview()
			.file("Interviews/2026-10-28 Soylent - SRE.md")
			.company("Soylent")
			.role("SRE")
			.at("2026-10-28T10:00", "2026-10-28T11:30")
			.interviewer("Gus Whitaker", {
				email: "gus.whitaker@soylent.example",
				title: "SRE manager",
				focus: "Their incident reviews keep blaming people",
				highlight: "Introduced blameless reviews at Brightline, with a template and a rotating facilitator",
			})
			.interviewer("Harriet Cole")
			.build();
		soylentVault.primaryContact = soylentVault.interviewers[0];
		approve("thank-you-soylent", approval(soylentVault, "thank-you", ctx("2026-10-28T16:00")));
	});
	it("writes the days it words in the reader's order, and leaves the note's own words as they are", () => {
		const wayne = wayneEnterprises().record("thankYouSent", "2026-11-24T18:10").record("checkInSent", "2026-11-30T09:00").build();
		wayne.nextSteps = "decision by 4 December";
		const us = buildDrafts(wayne, "check-in", ctx("2026-12-01T10:00", { dateOrder: "month-day" }));
		const uk = buildDrafts(wayne, "check-in", ctx("2026-12-01T10:00", { dateOrder: "day-month" }));
		expect(uk.drafts[0].body).toMatch(/Friday 4 December/);
		expect(us.drafts[0].body).toMatch(/Friday, December 4/);
		expect(us.drafts[0].body).not.toMatch(/\b\d{1,2} (?:November|December)\b/);
		expect(us.drafts[0].script).toMatch(/December \d/);
		expect(us.drafts[0].script).not.toMatch(/\b\d{1,2} (?:November|December)\b/);
		expect(us.warnings.join(" ")).toMatch(/November 30/);
		// Without an order, a day comes first.
		expect(buildDrafts(wayne, "check-in", ctx("2026-12-01T10:00")).drafts[0].body).toBe(uk.drafts[0].body);
		// A template's {{next_steps}} is the note's text, literal; {{decision_day}} is the drafts' own words.
		const templates = { "check-in": { subject: "Checking in", body: "{{next_steps}} | {{decision_day}}" } };
		expect(buildDrafts(wayne, "check-in", ctx("2026-12-01T10:00", { dateOrder: "month-day", templates })).drafts[0].body).toMatch(/^decision by 4 December \| (?:\w+, )?December 4/);
	});

	it("ends a sentence on a company name's own full stop, never two", () => {
		const note = anInterview()
			.company("Precision Dynamics Mfg.")
			.role("CNC machinist")
			.at("2026-11-25T10:00", "2026-11-25T11:00")
			.primaryContact("Donna Reyes", "donna@pdm.example")
			.interviewer("Mike Sato", { email: "mike@pdm.example", linkedin: "https://www.linkedin.com/in/mike-sato" })
			.build();
		const clocks: Record<ActionKind, string> = { "thank-you": "2026-11-25T15:00", "next-steps": "2026-11-25T15:00", "handwritten-note": "2026-11-25T15:00", linkedin: "2026-11-25T15:00", "check-in": "2026-12-03T10:00", "close-out": "2026-12-12T10:00" };
		const texts = ACTION_KINDS.flatMap((kind) => bodies(buildDrafts(note, kind, ctx(clocks[kind]))));
		expect(texts.join("\n")).toMatch(/Precision Dynamics Mfg\./);
		for (const text of texts) expect(text).not.toMatch(/Mfg\.\./);
	});
	it("thank-you: a note with nothing but a date, and no name in the settings", () => {
		const bare = anInterview().file("Interviews/Call.md").company("").role("").at("2026-11-20T09:00", "2026-11-20T09:30").build();
		approve("thank-you-bare-note", approval(bare, "thank-you", { settings: nobody, now: local("2026-11-21T08:00") }));
	});
	it("next-steps: Acme Robotics", () => {
		approve("next-steps-acme-robotics", approval(acmeRobotics().build(), "next-steps", ctx("2026-11-25T17:05")));
	});
	it("check-in: Hooli with a signature, Globex and Wayne with a decision date", () => {
		const signed = { myName: "Jordan Rivera", signature: "Jordan Rivera\n+1 555 0100 · jordan.rivera@example.com" };
		approve(
			"check-in-hooli",
			approval(hooli().build(), "check-in", { settings: signed, now: local("2026-11-24T16:30") }) +
				"\n" +
				approval(globex().record("thankYouSent", "2026-11-25T12:00").build(), "check-in", ctx("2026-12-02T10:00")) +
				"\n" +
				approval(wayneEnterprises().record("thankYouSent", "2026-11-24T18:10").build(), "check-in", ctx("2026-12-01T10:00")),
		);
	});
	it("close-out: Stark Industries, a week after the check-in", () => {
		approve("close-out-stark-industries", approval(starkIndustries().build(), "close-out", ctx("2026-11-24T10:00")));
	});
	it("handwritten-note: Hooli and Stark Industries", () => {
		approve(
			"handwritten-note-hooli",
			approval(hooli().build(), "handwritten-note", ctx("2026-11-18T09:00")) + "\n" + approval(starkIndustries().build(), "handwritten-note", ctx("2026-11-11T09:00")),
		);
	});
	it("linkedin: Globex, Wayne Enterprises and Acme Robotics", () => {
		approve(
			"linkedin-globex-wayne",
			approval(globex().build(), "linkedin", ctx("2026-11-25T18:00")) +
				"\n" +
				approval(wayneEnterprises().build(), "linkedin", ctx("2026-11-24T18:00")) +
				"\n" +
				approval(acmeRobotics().build(), "linkedin", ctx("2026-11-25T18:00")),
		);
	});
});

describe("approved drafts for notes typed in a hurry", () => {
	it("thank-you: a panel of six with every shape of note", () => {
		approve("hurried-thank-you-northwind", approval(northwind(), "thank-you", ctx("2026-11-24T17:00")));
	});
	it("thank-you: a panel of eight, little written down, no name in the settings", () => {
		approve("hurried-thank-you-tyrell", approval(tyrell(), "thank-you", { settings: nobody, now: local("2026-11-23T18:00") }));
	});
	it("thank-you: five interviewers with nothing but addresses", () => {
		approve("hurried-thank-you-initrode", approval(initrode(), "thank-you", ctx("2026-11-26T16:00")));
	});
	it("thank-you: seven interviewers, lists and shorthand", () => {
		approve("hurried-thank-you-massive", approval(massive(), "thank-you", ctx("2026-11-20T18:00")));
	});
	it("check-in, next steps and close-out: shorthand next steps, no address, an offer made", () => {
		approve(
			"hurried-primary-contact",
			approval(cyberdyne(), "check-in", { settings: nobody, now: local("2026-11-24T10:00") }) +
				"\n" +
				approval(massive(), "check-in", ctx("2026-11-28T10:00")) +
				"\n" +
				approval(cyberdyne(), "next-steps", ctx("2026-11-16T15:00")) +
				"\n" +
				approval(soylent(), "close-out", ctx("2026-11-26T10:00")) +
				"\n" +
				approval(initrode(), "close-out", ctx("2026-12-10T10:00")),
		);
	});
	it("handwritten-note and linkedin: panels of six to eight", () => {
		approve(
			"hurried-cards-and-linkedin",
			approval(northwind(), "handwritten-note", ctx("2026-11-25T09:00")) +
				"\n" +
				approval(tyrell(), "handwritten-note", { settings: nobody, now: local("2026-11-24T09:00") }) +
				"\n" +
				approval(massive(), "handwritten-note", ctx("2026-11-21T09:00")) +
				"\n" +
				approval(tyrell(), "linkedin", { settings: nobody, now: local("2026-11-23T18:00") }),
		);
	});
});

// ---------------------------------------------------------------- a panel compares notes

/** Notes as people write them, to draw panels from. */
const FOCI = [
	undefined,
	"",
	"Latency",
	"Cost. Their cloud bill grew 40% this year with flat traffic",
	"Power budget on the new sensor board; they keep blowing it in standby",
	"Their incident reviews keep blaming people",
	"Bootloader safety when an update is interrupted",
	"- on-call load\n- flaky tests",
	"**Payments API** latency at peak",
	"Reduce pager noise",
	"k8s upgrades are a fire drill every quarter",
	"we talked about GPU scheduling a lot",
	"60",
	"their turnover on the unit - lost 9 RNs in 12 months",
	"How would I handle a parent who **emails daily** about grades?",
	"classroom mgmt, esp. 10th grade",
	"They want research to shape the roadmap, not validate it after.",
	"shrink in the back room",
	"Keeping the cold-chain temperature logs audit-ready for FDA inspections across every regional depot and contract carrier",
];
const HIGHLIGHTS = [
	undefined,
	"Led the staged rollout to 12,000 vehicles",
	"Embedded Linux port at Brightline",
	"Automated test rig",
	"Unified logging across 12 services",
	"The rightsizing report I built that took 28% off compute spend",
	"Pinning data snapshots per run so any model can be rebuilt",
	"We cut compute spend 28%",
	"i cut training time 3x with mixed precision",
	"60",
	"Redesigned Finch's KYC flow: drop-off from 41% to 19%",
	"re-slotted 14k SKUs by velocity; pick rate up 22%",
	"Led-lighting retrofit across 3 stores",
	"Shrink task force (LP + store ops)",
	"AP Chem pass rate from 58% to 81% in 3 yrs",
	"94% forecast accuracy over 6 quarters",
	"we migrated 11 years of circ data to Koha",
	"- Rebuilt the **Pebble** design system\n- ran WCAG 2.2 AA audits every release",
];
const ATTACHMENTS = [[], ["[[Designs/Stack-up.png]]"], ["https://brightline.example/press/launch"], ["[Case study](https://brightline.example/case)"], ["[[Letter of recommendation - Prof Hale.pdf]]"]];
const FIRST = ["Dana", "Marcus", "Priya", "Tom", "Ana", "Li", "Sam", "Alex", "Jo", "Kim", "Ravi", "Nell"];
const LAST = ["Whitfield", "Oyelaran", "Shah", "Becker", "Ruiz", "Wei", "Lee", "Chen", "Park", "Ito", "Menon", "Grey"];

const panelist = fc.record({
	first: fc.constantFrom(...FIRST),
	last: fc.constantFrom(...LAST),
	focus: fc.constantFrom(...FOCI),
	highlight: fc.constantFrom(...HIGHLIGHTS),
	attachments: fc.constantFrom(...ATTACHMENTS),
	email: fc.boolean(),
	linkedin: fc.boolean(),
});

function panelInterview(people: { first: string; last: string; focus?: string; highlight?: string; attachments: string[]; email: boolean; linkedin: boolean }[]): Interview {
	const interviewers: Person[] = people.map((p, i) => ({
		name: `${p.first} ${p.last}`,
		...(p.email || i === 0 ? { email: `p${i}@acme.example` } : {}),
		...(p.focus !== undefined ? { focus: p.focus } : {}),
		...(p.highlight !== undefined ? { highlight: p.highlight } : {}),
		...(p.linkedin ? { linkedin: `https://www.linkedin.com/in/p${i}` } : {}),
		attachments: p.attachments,
	}));
	return anInterview().company("Acme Robotics").role("Platform engineer").primaryContact("Lena Okafor", "lena@acme.example").with({ interviewers }).build();
}

/** Words that make a sentence a sentence; a sentence of the user's own starts with "I". */
const VERB = /^(?:I|My team and I)\s\S+|\b(?:am|is|are|was|were|be|been|being|have|has|had|do|does|did|can|could|would|will|should|may|might|must|hope|look|thank|thanks|appreciated|enjoyed|came|left|found|learned|gave|helped|made|reminded|brought|connects|took|remain|welcome|attached|included|understand|understood|mentioned|spoke|wanted|think|thought|stayed|fits|like|answered|filled|know|let|send|tell|ask|share|provide|hear|see|talk|connect|continue|made|shaped|given|gave|hoped|asked|describe|explain|met|got|saw|set|built|led|ran|cut)\b|\b\w+ed\b|'(?:d|ve|m|re|s|ll)\b|n't\b/i;
function hasVerb(sentence: string): boolean {
	return VERB.test(sentence);
}
/** The offers a thank-you may make, of which it makes one at most. */
const OFFER_LINES = ["go into more detail", "share more about that work", "anything else I can send", "answer any other questions", "examples of my work", "references would help", "provide references", "about my background", "more about my experience", "questions come up later", "any part of my background", "clarify anything", "if you have further questions", "anything else you need"];

describe("a panel that compares notes", () => {
	const examples: [string, Interview, string][] = [
		["Acme Robotics", acmeRobotics().build(), "2026-11-25T17:00"],
		["Globex", globex().build(), "2026-11-25T12:00"],
		["Hooli", hooli().build(), "2026-11-17T15:00"],
		["Northwind, six", northwind(), "2026-11-24T17:00"],
		["Tyrell, eight", tyrell(), "2026-11-23T18:00"],
		["Initrode, five with nothing written", initrode(), "2026-11-26T16:00"],
		["Massive Dynamic, seven", massive(), "2026-11-20T18:00"],
	];

	it.each(examples)("%s: no thank-you shares more than half its sentences with another", (_name, interview, now) => {
		const { drafts } = buildDrafts(interview, "thank-you", ctx(now));
		const worst = mostShared(drafts, namesOf(interview));
		expect(worst.share, worst.pair).toBeLessThanOrEqual(0.5);
	});

	it.each(examples)("%s: no card shares more than half its sentences with another", (_name, interview, now) => {
		const { drafts } = buildDrafts(interview, "handwritten-note", ctx(now));
		const worst = mostShared(drafts, namesOf(interview));
		expect(worst.share, worst.pair).toBeLessThanOrEqual(0.5);
	});

	it("holds for any panel of two to twelve, whatever the notes hold", () => {
		fc.assert(
			fc.property(fc.array(panelist, { minLength: 2, maxLength: 12 }), (people) => {
				const interview = panelInterview(people);
				const names = namesOf(interview);
				for (const kind of ["thank-you", "handwritten-note"] as const) {
					const { drafts } = buildDrafts(interview, kind, ctx("2026-11-25T17:00"));
					const worst = mostShared(drafts, names);
					expect(worst.share, `${kind}: ${worst.pair}`).toBeLessThanOrEqual(0.5);
					expect(new Set(drafts.map((d) => d.body)).size, kind).toBe(drafts.length);
				}
				const invites = buildDrafts(interview, "linkedin", ctx("2026-11-25T17:00")).drafts;
				const worst = mostShared(invites, names, true);
				expect(worst.share, `linkedin: ${worst.pair}`).toBeLessThanOrEqual(0.5);
			}),
			{ numRuns: 60 },
		);
	});

	it("holds for a panel of twelve who all have the same notes", () => {
		for (const template of [FOCI.length - 1, 3, 7]) {
			const people = Array.from({ length: 12 }, (_, i) => ({ first: FIRST[i], last: LAST[i], focus: FOCI[template], highlight: HIGHLIGHTS[(template % 5) + 1], attachments: [], email: true, linkedin: true }));
			const interview = panelInterview(people);
			for (const kind of ["thank-you", "handwritten-note", "linkedin"] as const) {
				const { drafts } = buildDrafts(interview, kind, ctx("2026-11-25T17:00"));
				const worst = mostShared(drafts, namesOf(interview), kind === "linkedin");
				expect(worst.share, `${kind}: ${worst.pair}`).toBeLessThanOrEqual(0.5);
				expect(new Set(drafts.map((d) => d.body)).size).toBe(12);
			}
		}
	});

	it("repeats no sentence of its own within a panel of up to eight with nothing written", () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 8 }), fc.boolean(), (size, titled) => {
				const interviewers: Person[] = Array.from({ length: size }, (_, i) => ({ name: `${FIRST[i]} ${LAST[i]}`, email: `p${i}@x.example`, attachments: [], ...(titled ? { title: "Senior engineer" } : {}) }));
				const { drafts } = buildDrafts(anInterview().with({ interviewers }).build(), "thank-you", ctx("2026-11-25T17:00"));
				const seen = new Map<string, string>();
				for (const d of drafts) {
					for (const sentence of sentencesOf(d.body, namesOf(anInterview().with({ interviewers }).build()))) {
						expect(seen.get(sentence), `${sentence} (${d.to[0].name} and ${seen.get(sentence)})`).toBeUndefined();
						seen.set(sentence, d.to[0].name);
					}
				}
			}),
			{ numRuns: 30 },
		);
	});

	it("keeps every thank-you between 60 and 170 words, and one greeting style per kind", () => {
		fc.assert(
			fc.property(fc.array(panelist, { minLength: 1, maxLength: 8 }), fc.boolean(), (people, named) => {
				const interview = panelInterview(people);
				const settings = named ? me : nobody;
				const thanks = buildDrafts(interview, "thank-you", { settings, now: local("2026-11-25T17:00") }).drafts;
				for (const d of thanks) {
					expect(words(d.body), d.body).toBeGreaterThanOrEqual(60);
					expect(words(d.body), d.body).toBeLessThanOrEqual(170);
					expect(d.body).toMatch(/^(?:Hi [A-Z][a-z]+|Hello),\n/);
				}
				for (const d of buildDrafts(interview, "handwritten-note", { settings, now: local("2026-11-26T09:00") }).drafts) {
					expect(d.body).toMatch(/^Dear [A-Z][a-z]+,\n/);
				}
				for (const d of buildDrafts(interview, "linkedin", { settings, now: local("2026-11-25T18:00") }).drafts) {
					expect(d.body).toMatch(/^Hi [A-Z][a-z]+, /);
					expect(d.body.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
				}
			}),
			{ numRuns: 40 },
		);
	});

	it("writes the user's notes without markdown, doubled marks or a stray capital", () => {
		fc.assert(
			fc.property(fc.array(panelist, { minLength: 1, maxLength: 4 }), fc.constantFrom(...ACTION_KINDS), (people, kind) => {
				for (const d of buildDrafts(panelInterview(people), kind, ctx("2026-11-25T17:00")).drafts) {
					expect(d.body).not.toMatch(/\*\*|__|~~|==|`|\[\[|\]\]|^#/m);
					expect(d.body.replace(/https?:\/\/\S+/g, "")).not.toMatch(/[.,;:!?] ?[.,;:!?]/);
					expect(d.body).not.toMatch(/\b(?:about|of|that|on|with|through|discuss) (?:The|Their|Latency|Cost|Power|Reduce|Embedded|Automated|Unified|Led|On-call|Keeping|Shrink|How)\b/);
					expect(d.body).not.toMatch(/\bI (?:embedded|automated|unified|shrink|led-lighting) /i);
					expect(d.body).not.toMatch(/\b(?:their cloud bill|they keep|their incident|keep blaming|lost 9 RNs)/i);
					expect(d.body).not.toMatch(/\b(?:mgmt|esp|w\/|yrs)\b| \+ /);
				}
			}),
			{ numRuns: 60 },
		);
	});

	it("gives every sentence a verb, and says nothing presumptuous, gushing or twice", () => {
		fc.assert(
			fc.property(fc.array(panelist, { minLength: 1, maxLength: 5 }), fc.constantFrom(...ACTION_KINDS), (people, kind) => {
				const interview = panelInterview(people);
				for (const d of buildDrafts(interview, kind, ctx("2026-11-25T17:00")).drafts) {
					const text = kind === "linkedin" ? `x\n\n${d.body}\n\nx` : d.body;
					for (const s of sentencesOf(text, namesOf(interview))) expect(hasVerb(s), s).toBe(true);
					expect(d.body).not.toMatch(/keen to get started|I'd thrive|alongside you before long|top of my list|\bI know\b|all the best with the search|moving ahead with other|stay connected|stay in contact|keener than ever/i);
					if (kind === "thank-you") {
						const offers = OFFER_LINES.filter((o) => d.body.includes(o));
						expect(offers.length, d.body).toBeLessThanOrEqual(1);
					}
				}
			}),
			{ numRuns: 60 },
		);
	});
});

describe("thank-you", () => {
	it("writes one draft per interviewer with an email, addressed by first name, with a subject naming role and user", () => {
		const { drafts } = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts.map((d) => [d.variant, d.to])).toEqual([
			["personal", [{ name: "Dana Whitfield", email: "dana.whitfield@acme-robotics.example" }]],
			["personal", [{ name: "Marcus Oyelaran", email: "marcus.oyelaran@acme-robotics.example" }]],
		]);
		expect(drafts[0].body.startsWith("Hi Dana,\n")).toBe(true);
		expect(drafts[1].body.startsWith("Hi Marcus,\n")).toBe(true);
		for (const d of drafts) {
			expect(d.subject).toContain("Platform engineer interview");
			expect(d.subject).toMatch(/ – Jordan Rivera$/);
		}
		expect(new Set(drafts.map((d) => d.subject)).size).toBe(2);
	});

	it("leaves the user's name out of the subject when it is not set", () => {
		const { drafts } = buildDrafts(acmeRobotics().build(), "thank-you", { settings: nobody, now: local("2026-11-25T17:00") });
		for (const d of drafts) expect(d.subject).not.toMatch(/–\s*$|Your name/);
	});

	it("names what mattered to the interviewer, the user's answering experience and the role", () => {
		const [dana, marcus] = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00")).drafts;
		expect(dana.body).toContain("keeping arm calibration inside ±0.05 mm");
		expect(dana.body).toContain("the tolerance stack-up checker I built at Brightline");
		expect(dana.body).toContain("the platform engineer role at Acme Robotics");
		expect(marcus.body).toContain("I led the staged over-the-air rollout");
	});

	it("names the topic of what they said of their own team, never the candid note itself, and keeps the user's words the user's", () => {
		const [derek, anita] = buildDrafts(hooli().build(), "thank-you", ctx("2026-11-17T15:00")).drafts;
		expect(anita.body).toMatch(/\bcost\b/);
		expect(anita.body).not.toMatch(/cloud bill|grew 40%|\btheir\b/i);
		expect(derek.body).toContain("Kubernetes");
		const [ibrahim, grace] = buildDrafts(wayneEnterprises().build(), "thank-you", ctx("2026-11-24T16:00")).drafts;
		expect(ibrahim.body).not.toContain("nobody dares");
		expect(grace.body).toContain("the plain-SQL test suite my team's analysts now add to on their own");
		const soylentGus = buildDrafts(soylent(), "thank-you", ctx("2026-10-28T15:00")).drafts[0];
		expect(soylentGus.body).toContain("incident reviews");
		expect(soylentGus.body).not.toMatch(/blaming|your incident reviews keep/);
	});

	it("never turns a noun phrase into the user's action", () => {
		for (const highlight of ["Embedded Linux port at Brightline", "Automated test rig", "Unified logging across 12 services"]) {
			const interview = anInterview().interviewer("Ana Ruiz", { email: "a@x.example", focus: "Latency", highlight }).build();
			const body = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00")).drafts[0].body;
			expect(body).toMatch(new RegExp(`my work on (?:the )?${highlight[0].toLowerCase() + highlight.slice(1)}`));
			expect(body).not.toMatch(/\bI (?:embedded|automated|unified)\b/);
		}
	});

	it("introduces each attachment with what it is for, names the file to attach, and lists nothing bare", () => {
		const result = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00"));
		expect(result.drafts[0].body).toMatch(/I've attached the tolerance stack-up image/);
		expect(result.drafts[1].body).toContain("press release");
		// An address ends its line and is never said to be attached.
		expect(result.drafts[1].body).toMatch(/: https:\/\/brightline-mobility\.example\/press\/2025-ota-platform-launch\n/);
		expect(result.drafts[1].body).not.toMatch(/attached[^\n]*https:/);
		for (const d of result.drafts) expect(d.body).not.toMatch(/^- /m);
		expect(result.problems).toContain('Attach "Tolerance stack-up.png" to the thank-you to Dana Whitfield yourself: a mail link cannot carry files.');
	});

	it("names an attachment by what it is, its aside after it, whether a file or a link", () => {
		const cases: [string, RegExp][] = [
			["[[Docs/Writing sample - motion to compel (redacted).pdf]]", /(?:I've attached my writing sample, a redacted motion to compel, if you'd like to read more\.|In case it's useful, I've attached my writing sample, a redacted motion to compel\.)/],
			["[[Docs/AAC group trial protocol.pdf]]", /attached the AAC group trial protocol[,.]/],
			["[[Samples/Loc kickoff checklist.pdf]]", /attached the Loc kickoff checklist[,.]/],
			["[Instant-verify PRD (redacted)](https://docs.example.com/jr/instant-verify-prd)", /(?:The instant-verify PRD \(redacted\) is here, if you'd like more detail|In case it's useful, the instant-verify PRD \(redacted\) is here): https:\/\/docs\.example\.com\/jr\/instant-verify-prd$/m],
			["[My writing sample - contract review](https://x.example/ws)", /(?:My writing sample, a contract review, is here, if you'd like more detail|In case it's useful, my writing sample, a contract review, is here): https:\/\/x\.example\/ws$/m],
			["[Writing sample - appellate brief](https://x.example/ws)", /(?:My writing sample, an appellate brief, is here, if you'd like more detail|In case it's useful, my writing sample, an appellate brief, is here): https:\/\/x\.example\/ws$/m],
			["[[Sample SOP - line clearance.docx]]", /attached the sample SOP for line clearance[,.]/],
			["[[Q3 QBR deck (draft).pptx]]", /attached the Q3 QBR deck \(draft\)[,.]/],
			["[[ICU orientation checklist.pdf]]", /attached the ICU orientation checklist[,.]/],
			["[[Tolerance stack-up (v2).png]]", /attached the tolerance stack-up image \(v2\)[,.]/],
			["[[Portfolio (1).pdf]]", /attached my portfolio[,.]/],
			// What cannot be read is named as the reader will see it.
			["[[Brightline launch - Q3 (draft).pdf]]", /attached a document, "Brightline launch - Q3 \(draft\)\.pdf"/],
		];
		for (const [attachment, sentence] of cases) {
			for (let index = 0; index < 2; index++) {
				const interview = anInterview()
					.interviewer(index === 0 ? "Ana Ruiz" : "Bo Chen", { email: "a@x.example", focus: "KYC drop-off", highlight: "shipped instant-verify at Coinstack", attachments: [attachment] })
					.build();
				const body = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00")).drafts[0].body;
				expect(body, attachment).toMatch(sentence);
				// Never a claim the file name does not make.
				expect(body).not.toMatch(/letter of recommendation|certificate|for your records/);
			}
		}
	});

	it("asks the primary contact to thank the interviewers without email, by full name", () => {
		const interview = acmeRobotics().interviewer("Tom Becker").interviewer("Ana Ruiz").build();
		const { drafts } = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts.map((d) => d.variant)).toEqual(["personal", "personal", "via-primary-contact"]);
		const via = drafts[2];
		expect(via.to).toEqual([{ name: "Lena Okafor", email: "lena.okafor@acme-robotics.example" }]);
		expect(via.body).toContain("Tom Becker and Ana Ruiz");
		expect(via.body).not.toContain("Dana");
		expect(words(via.body)).toBeGreaterThanOrEqual(60);
	});

	it("gives a primary contact who interviewed one letter, which carries the request to thank the others", () => {
		const interview = anInterview()
			.company("Stark Industries")
			.role("Firmware engineer")
			.primaryContact("Hannah Brooks", "hannah@stark.example")
			.interviewer("Hannah Brooks", { email: "hannah@stark.example", focus: "Power budget on the new sensor board" })
			.interviewer("Luis Ortega")
			.build();
		interview.primaryContact = interview.interviewers[0];
		const { drafts } = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts).toHaveLength(1);
		expect(drafts[0].body).toContain("Luis Ortega");
		expect(drafts[0].body).toContain("the power budget on the new sensor board");
	});

	it("sends no message to the primary contact when every interviewer has an email", () => {
		const { drafts } = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts.some((d) => d.variant === "via-primary-contact")).toBe(false);
	});

	it("thanks everyone through the primary contact when no interviewer is listed", () => {
		const interview = anInterview().company("Acme").primaryContact("Lena Okafor", "lena@acme.example").build();
		const { drafts } = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts).toHaveLength(1);
		expect(drafts[0].variant).toBe("via-primary-contact");
		expect(drafts[0].body).toMatch(/everyone I met/);
	});

	it("asks about next steps in the primary-contact message only while nobody said and nobody asked", () => {
		const question = /next stage|how the process continues/;
		const draftFor = (interview: Interview) =>
			buildDrafts(interview, "thank-you", ctx("2026-11-24T15:00")).drafts.find((d) => d.variant === "via-primary-contact");
		expect(draftFor(initech().build())?.body).toMatch(question);
		expect(draftFor(initech().nextSteps("They'll call on Friday").build())?.body).not.toMatch(question);
		expect(draftFor(initech().record("nextStepsAsked", "2026-11-24T12:00").build())?.body).not.toMatch(question);
	});

	it("still writes the primary-contact message without a primary contact, with nobody in To", () => {
		const interview = anInterview().interviewer("Tom Becker").build();
		const result = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(result.drafts).toHaveLength(1);
		expect(result.drafts[0].to).toEqual([]);
		expect(result.drafts[0].body.startsWith("Hello,\n")).toBe(true);
		expect(result.drafts[0].mailto).toBe(buildMailto([], result.drafts[0].subject, result.drafts[0].body));
		expect(result.problems.join(" ")).toContain("no primary contact");
	});

	it("degrades gracefully when the note holds only names", () => {
		const interview = anInterview().company("").role("").interviewer("Sam Lee", { email: "sam@x.example" }).build();
		const { drafts } = buildDrafts(interview, "thank-you", { settings: nobody, now: local("2026-12-02T09:00") });
		const { subject, body } = drafts[0];
		expect(subject).toMatch(/ – Interview on 25 November/);
		expect(body).toContain("the role");
		expect(body).not.toMatch(/ {2}| \.|about \.|: \.|\n{3}|supporting material/);
		expect(words(body)).toBeGreaterThanOrEqual(60);
		expect(body.endsWith(`\n${NAME_PLACEHOLDER}`)).toBe(true);
	});

	it("leaves a number alone out of the letter and says so", () => {
		const interview = anInterview().interviewer("Ana Ruiz", { email: "a@x.example", focus: "Latency", highlight: "60" }).build();
		const result = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(result.drafts[0].body).not.toMatch(/\b60\b/);
		expect(result.problems.join(" ")).toContain('The highlight for Ana Ruiz ("60") was left out of the drafts: it is too short to stand in a sentence');
		// A long note left out is never called too short.
		const long = anInterview().interviewer("Jen Park", { email: "j@x.example", highlight: "3 yrs outpt peds @ Sunnyvale CH, SIPT cert, started handwriting grp (8 kids/session)" }).build();
		const said = buildDrafts(long, "thank-you", ctx("2026-11-25T17:00")).problems.join(" ");
		expect(said).not.toMatch(/too short/);
	});

	it("says when the interview was as the day it is written sees it", () => {
		const body = (now: string) => buildDrafts(anInterview().interviewer("Ana Ruiz", { email: "a@x.example" }).build(), "thank-you", ctx(now)).drafts[0].body;
		expect(body("2026-11-25T18:00")).toMatch(/ today[.;,]/);
		expect(body("2026-11-26T08:00")).toMatch(/ yesterday[.;,]/);
		expect(body("2026-11-28T08:00")).toMatch(/ on Wednesday[.;,]/);
		expect(body("2026-12-03T08:00")).toMatch(/ on 25 November[.;,]/);
	});

	it("signs with the signature, else the name, else a visible [Your name] with a warning", () => {
		const interview = anInterview().interviewer("Ana Ruiz", { email: "a@x.example" }).build();
		const run = (settings: { myName: string; signature: string }) => buildDrafts(interview, "thank-you", { settings, now: local("2026-11-25T17:00") });
		const endOf = (settings: { myName: string; signature: string }) => run(settings).drafts[0].body.split("\n\n").pop();
		expect(endOf({ myName: "Jordan Rivera", signature: "" })).toMatch(/^[A-Z][a-z]+(?: [a-z]+)?,\nJordan Rivera$/);
		expect(endOf({ myName: "Jordan Rivera", signature: "Jordan\n+1 555 0100" })).toMatch(/,\nJordan\n\+1 555 0100$/);
		expect(endOf({ myName: "Jordan Rivera", signature: "Cheers,\nJordan" })).toBe("Cheers,\nJordan");
		expect(endOf(nobody)).toMatch(/,\n\[Your name\]$/);
		expect(run(nobody).warnings.join(" ")).toContain('signed "[Your name]"');
		expect(run(me).warnings).toEqual([]);
		expect(run({ myName: "", signature: "J." }).warnings).toEqual([]);
	});

	it("puts the whole message in each mail link", () => {
		for (const draft of buildDrafts(globex().build(), "thank-you", ctx("2026-11-25T12:00")).drafts) {
			const emails = draft.to.flatMap((r) => (r.email ? [r.email] : []));
			expect(draft.mailto).toBe(buildMailto(emails, draft.subject, draft.body));
			const parsed = parseMailto(draft.mailto!);
			expect(parsed.to).toEqual(emails);
			expect(parsed.headers.subject).toBe(draft.subject);
			expect(parsed.headers.body).toBe(draft.body.replace(/\n/g, "\r\n"));
		}
	});

	it("keeps an address that is not valid as the recipient but out of the mail link, and says so", () => {
		const interview = anInterview()
			.interviewer("Eve", { email: "x@y.example?bcc=evil@z.example", emailValid: false })
			.interviewer("Mal", { email: "x@y.example\r\nBcc: evil@z.example", emailValid: false })
			.build();
		const result = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(result.drafts.map((d) => d.to)).toEqual([
			[{ name: "Eve", email: "x@y.example?bcc=evil@z.example" }],
			[{ name: "Mal", email: "x@y.example\r\nBcc: evil@z.example" }],
		]);
		for (const draft of result.drafts) {
			const parsed = parseMailto(draft.mailto!);
			expect(parsed.to).toEqual([]);
			expect(Object.keys(parsed.headers).sort()).toEqual(["body", "subject"]);
		}
		expect(result.problems.some((p) => p.includes("Eve") && p.includes("does not look valid"))).toBe(true);
	});

	it("moves on to another wording when the first choice would repeat an earlier text", () => {
		const interviewers = ["Alex", "Bo", "Cy", "Di", "Ed", "Flo", "Alex"].map((name, i) => ({ name, email: `p${i}@x.example`, attachments: [] }));
		const result = buildDrafts(anInterview().with({ interviewers }).build(), "thank-you", ctx("2026-11-25T17:00", {
			templates: { "thank-you": { subject: "Thanks", body: "Hi {{interviewer.first_name}},\n\n{{opening}}" } },
		}));
		expect(new Set(bodies(result)).size).toBe(7);
		expect(result.problems).toEqual([]);
	});

	it("never gives two interviewers the same text, whatever the note holds", () => {
		const pick = <T>(values: T[]) => fc.constantFrom(...values);
		const person = fc.record({
			name: pick(["Alex Kim", "Alex Chen", "Alex", "Dr. Ana Ruiz", ""]),
			focus: fc.option(pick(["Latency", "On-call load", "Keeping costs flat"]), { nil: undefined }),
			highlight: fc.option(pick(["The cache I built", "Led the migration"]), { nil: undefined }),
			attachments: fc.array(pick(["[[Design.png]]", "https://x.example/a"]), { maxLength: 2 }),
		});
		fc.assert(
			fc.property(fc.array(person, { minLength: 2, maxLength: 10 }), fc.boolean(), (people, sameData) => {
				const interviewers: Person[] = people.map((p, i) => ({ ...(sameData ? people[0] : p), email: `person${i}@x.example` }));
				const result = buildDrafts(anInterview().with({ interviewers }).build(), "thank-you", ctx("2026-11-25T17:00"));
				const texts = bodies(result);
				expect(texts).toHaveLength(interviewers.length);
				expect(new Set(texts).size).toBe(texts.length);
				expect(result.problems.some((p) => p.includes("same text"))).toBe(false);
			}),
			{ numRuns: 40 },
		);
	});
});

describe("messages to the primary contact", () => {
	it("next-steps asks what happens next and when, and nothing else", () => {
		const [draft] = buildDrafts(acmeRobotics().build(), "next-steps", ctx("2026-11-25T17:00")).drafts;
		expect(draft.to).toEqual([{ name: "Lena Okafor", email: "lena.okafor@acme-robotics.example" }]);
		expect(draft.subject).toBe("Next steps – Platform engineer interview – Jordan Rivera");
		expect(draft.body).toMatch(/next stage|how the process continues/);
		expect(draft.body).toMatch(/decision|decide|when I might hear/);
		expect(draft.body).toContain("the platform engineer role at Acme Robotics");
		// One thanks, for the conversation when the contact interviewed, never for "arranging" it; not the article's question.
		expect((draft.body.match(/\bthank/gi) ?? []).length).toBe(1);
		expect(draft.body).not.toMatch(/What would the next steps be|expected timeline/i);
	});

	it("with the decision day known, asks only what the next stage involves, and says the day back", () => {
		// Three notes whose wordings fall on each of the question's three forms.
		for (const company of ["Acme Robotics", "Globex", "Soylent"]) {
			const interview = acmeRobotics().company(company).decisionExpected("2026-12-10T00:00").build();
			const [draft] = buildDrafts(interview, "next-steps", ctx("2026-11-26T15:00")).drafts;
			expect(draft.body, company).toContain("by Thursday 10 December");
			expect(draft.body, company).toMatch(/what the next stage involves|another stage before then/);
			expect(draft.body, company).not.toMatch(/when a decision is likely|when you expect to make a decision|when I might hear/);
		}
		// The thank-you that carries the question to a contact who interviewed says the same.
		const ruth = { email: "ruth.albescu@cascadiaenv.example", emailValid: true, title: "Principal Scientist" };
		const cascadia = anInterview()
			.company("Cascadia Environmental Consulting")
			.role("Environmental Scientist II")
			.at("2026-11-26T11:00", "2026-11-26T12:00")
			.primaryContact("Dr. Ruth Albescu", ruth.email)
			.interviewer("Dr. Ruth Albescu", ruth)
			.interviewer("Tom Herrera", { email: "therrera@cascadiaenv.example", emailValid: true })
			.decisionExpected("2026-12-10T00:00")
			.build();
		const toRuth = buildDrafts(cascadia, "thank-you", ctx("2026-11-26T15:00")).drafts.find((d) => d.to[0].email === ruth.email)!;
		expect(toRuth.body).toContain("by Thursday 10 December");
		expect(toRuth.body).toMatch(/what the next stage involves|another stage before then/);
		expect(toRuth.body).not.toMatch(/when a decision is likely|when you expect to make a decision|when I might hear/);
		// A decision day already past is not said back as still to come.
		const past = buildDrafts(acmeRobotics().decisionExpected("2026-11-20T00:00").build(), "next-steps", ctx("2026-11-26T15:00")).drafts[0];
		expect(past.body).not.toContain("20 November");
		expect(past.body).toMatch(/decision|decide|when I might hear/);
	});

	it("next-steps for a note that already has them says them back and asks only what is open", () => {
		const draftFor = (nextSteps: string, decision?: string) => {
			const builder = acmeRobotics().nextSteps(nextSteps);
			if (decision) builder.decisionExpected(decision);
			return buildDrafts(builder.build(), "next-steps", ctx("2026-11-25T17:00"));
		};
		const dated = draftFor("HR to call for refs, prob early Dec");
		expect(dated.drafts[0].body).toContain("I understood HR would call for references, probably in early December.");
		// What the reader can answer of it: the references, sent now (review 177).
		expect(dated.drafts[0].body).toMatch(/Would it help if I sent my references now\?/);
		expect(dated.drafts[0].body).not.toMatch(/next stage|when a decision|when you expect|when I might hear/);
		// The draft is still given with a warning that the note has the answer.
		expect(dated.warnings.join(" ")).toContain("already says what the next steps are");
		// Said without a time: when is what is open.
		const undated = draftFor("Tech lead will send take-home (SQL + python), 48h turnaround").drafts[0].body;
		expect(undated).toContain("I understood the tech lead would send the take-home exercise in SQL and Python, with 48 hours to complete it.");
		expect(undated).toMatch(/roughly when/);
		// The decision day from the note is added once, never to a clause that already has one.
		expect(draftFor("Tech lead will send take-home", "2026-12-10T00:00").drafts[0].body).toContain("I understood the tech lead would send the take-home exercise, and that a decision was expected by Thursday 10 December.");
		expect(draftFor("decision by Dec 10", "2026-12-10T00:00").drafts[0].body.match(/decision/g)).toHaveLength(1);
		// Two things told and a decision: never "…, and that …, and that …".
		const three = draftFor("Dan would like a second tasting with the partners, Lena to schedule", "2026-12-10T00:00").drafts[0].body;
		expect(three).not.toMatch(/and that[^.]*and that/);
		expect(three).toContain("and that you'd schedule it, with a decision expected by Thursday 10 December.");
		// Review 48: told "deciding by end of next wk", and decision_expected the 9th: one day, never two in a row.
		const deciding = draftFor("they're deciding by end of next wk, Lena will let me know", "2026-12-02T00:00").drafts[0].body;
		expect(deciding).toContain("I understood the team was deciding by Friday 4 December, and that you'd let me know.");
		expect(deciding).not.toMatch(/decision (?:was )?expected/);
		// Nor is a day said twice when the note's next steps and decision_expected give the same one.
		expect(draftFor("Lena will call me w/ feedback by Dec 10", "2026-12-10T00:00").drafts[0].body.match(/Thursday 10 December/g)).toHaveLength(1);
		// Words it cannot say back: the user was told, so the draft neither asks again nor asks to "confirm" what it does not say; the user is told.
		const unread = draftFor("final rd: paid test proj (~8 hrs), brief from Kat");
		expect(unread.drafts[0].body).toMatch(/in the meantime/);
		expect(unread.drafts[0].body).not.toMatch(/confirm|remind|next stage|when a decision|when you expect|when I might hear|what the next/);
		// It still asks something: when that step may come (review 85; this asked nothing before, "I look forward to the next steps").
		expect(unread.drafts[0].body).toMatch(/when the next step is likely to be\?|when to expect the next step/);
		expect(unread.problems.join(" ")).toContain('does not say back the next steps in the note ("final rd: paid test proj (~8 hrs), brief from Kat")');
	});

	it("check-in tells back a round with someone named in brackets, a third party's take-home and a holiday deadline", () => {
		const checkIn = (nextSteps: string, contact: string, start: string, now: string) => {
			const interview = anInterview()
				.company("Halvorsen Builders")
				.role("Construction project manager")
				.at(`${start}T10:00`, `${start}T11:00`)
				.primaryContact(contact, "contact@x.example")
				.interviewer("Erik Halvorsen", { email: "erik@x.example", emailValid: true })
				.nextSteps(nextSteps)
				.record("thankYouSent", `${start}T17:30`)
				.build();
			return buildDrafts(interview, "check-in", ctx(now));
		};
		const round = checkIn("2nd interview w/ the owner (Gary Halvorsen) -- maybe week of 12/7, Jen to schedule", "Jen Marsh", "2026-11-24", "2026-12-02T09:00");
		// Many parts: the sentence ends before "before then".
		expect(round.drafts[0].body).toContain(
			"After my interview on 24 November, I understood the next step was a second interview with Gary Halvorsen, the owner, possibly in the week of 7 December, which you'd schedule. I'm writing to check in.",
		);
		// Drafted before it falls due, after the week it names: nothing is said as "before then" (review 78).
		expect(round.drafts[0].script).toContain("which you'd schedule. I'm calling to check in.");
		expect(round.problems.join(" ")).not.toContain("does not repeat the next steps");
		// Jen arranged the interview and was not in it: nobody "spoke" with her; the call's second line does not repeat the day.
		expect(round.drafts[0].body).not.toContain("When we spoke");
		expect(round.drafts[0].script).toContain("\nAfter my interview, I understood the next step");
		const takeHome = checkIn("Tech lead will send take-home (SQL + python), 48h turnaround", "Sam O'Neill", "2026-11-25", "2026-12-03T09:00");
		expect(takeHome.drafts[0].body).toContain("I understood the tech lead would send the take-home exercise in SQL and Python, with 48 hours to complete it, so I'm writing to check in.");
		const holidays = checkIn("decision before the holidays", "Lisa Moreno", "2026-11-25", "2026-12-02T10:00");
		expect(holidays.drafts[0].body).toContain("I understood a decision was expected before the holidays, so I'm writing to check in.");
		// Inside a week the note names, the check-in is no longer sent before it; before the week starts, it falls due
		// after it all the same, and says what is true on either side (review 78).
		const week = "2nd interview w/ the owner (Gary Halvorsen) -- maybe week of 12/7, Jen to schedule";
		expect(checkIn(week, "Jen Marsh", "2026-11-24", "2026-12-09T09:00").drafts[0].body).toContain("which you'd schedule. I'm writing to check in.");
		expect(checkIn(week, "Jen Marsh", "2026-11-24", "2026-12-04T09:00").drafts[0].body).toContain("which you'd schedule. I'm writing to check in.");
		// The day before the day it names, the check-in falls due after it: no "before then".
		expect(checkIn("Sam will call by Fri 12/4", "Sam O'Neill", "2026-11-25", "2026-12-03T09:00").drafts[0].body).not.toContain("before then.");
		expect(checkIn("Sam will call by Fri 12/4", "Sam O'Neill", "2026-11-25", "2026-12-04T09:00").drafts[0].body).toMatch(/Friday 4 December, so I'm writing to check in\./);
		expect(checkIn("decision before the holidays", "Lisa Moreno", "2026-11-25", "2026-12-28T10:00").drafts[0].body).toContain("before the holidays, so I'm writing to check in.");
	});

	it("never leaves a company with a comma in it open before a verb", () => {
		let b = anInterview().company("Office of the Mayor, City of Port Alden").role("Speechwriter");
		for (const name of ["Ana Ruiz", "Ben Okoro", "Cy Tran", "Dee Park", "Eli Stone", "Fay Wong", "Gus Hale", "Hal Reed"]) b = b.interviewer(name, { email: `${name.split(" ")[0].toLowerCase()}@x.example` });
		for (const d of buildDrafts(b.build(), "thank-you", ctx("2026-11-17T16:00")).drafts) expect(d.body).not.toMatch(/Port Alden (?:is|has)\b/);
	});

	it("names a credential dated by a year in its file name: 'my 2026 GWO certificates'", () => {
		const interview = anInterview().interviewer("Rick Moss", { email: "r@x.example", attachments: ["[[GWO certificates 2026.pdf]]"] }).build();
		const body = buildDrafts(interview, "thank-you", ctx("2026-11-17T16:00")).drafts[0].body;
		expect(body).toContain("I've attached my 2026 GWO certificates, for your records.");
		expect(body).not.toContain('"GWO certificates 2026.pdf"');
	});

	it("names a linked paper dated by a year in its address: 'the 2025 annual report'", () => {
		const interview = anInterview().interviewer("Peggy Lindqvist", { email: "p@x.example", attachments: ["https://riverbendfoodbank.example/annual-report-2025"] }).build();
		const body = buildDrafts(interview, "thank-you", ctx("2026-11-17T16:00")).drafts[0].body;
		expect(body).toMatch(/the 2025 annual report is here: https:\/\/riverbendfoodbank\.example\/annual-report-2025/);
		// A year alone names no paper.
		const bare = anInterview().interviewer("Peggy Lindqvist", { email: "p@x.example", attachments: ["https://x.example/2025"] }).build();
		expect(buildDrafts(bare, "thank-you", ctx("2026-11-17T16:00")).drafts[0].body).not.toMatch(/the 2025 is/);
	});

	it("names a file whose name has a dash by its title, with what follows the dash as an aside", () => {
		const interview = anInterview().interviewer("Anders Holm", { email: "a@x.example", attachments: ["[[Docs/Gaming license - NV.pdf]]"] }).build();
		const body = buildDrafts(interview, "thank-you", ctx("2026-11-17T16:00")).drafts[0].body;
		expect(body).toContain("gaming license (NV)");
		expect(body).not.toContain('"Gaming license - NV.pdf"');
	});

	it("never says a call was a meeting in person, whatever wording a recipient gets", () => {
		for (const company of ["Hooli", "Initech", "Globex", "Umbrella", "Vandelay", "Stark", "Wayne", "Tyrell"]) {
			let b = anInterview().company(company).with({ format: "phone screen" });
			for (const name of ["Ana Ruiz", "Ben Okoro", "Cy Tran", "Dee Park", "Eli Stone", "Fay Wong"]) b = b.interviewer(name, { email: `${name.split(" ")[0].toLowerCase()}@x.example`, linkedin: "https://www.linkedin.com/in/x" });
			const interview = b.build();
			for (const kind of ["thank-you", "handwritten-note", "linkedin"] as const)
				for (const d of buildDrafts(interview, kind, ctx("2026-11-17T16:00")).drafts) expect(d.body, `${company} ${kind}`).not.toMatch(/\b(?:meeting (?:with )?me|see me|seeing me|see you|met|meet(?:ing)? you)\b/);
		}
	});

	it("never opens two sentences of a card alike, whatever wordings they get", () => {
		for (let k = 0; k < 40; k++) {
			const company = `Company ${k}`;
			let b = anInterview().company(company);
			for (const name of ["Ana Ruiz", "Ben Okoro", "Cy Tran"])
				b = b.interviewer(name, { email: `${name.split(" ")[0].toLowerCase()}@x.example`, focus: "slotting in the WMS", highlight: "re-slotted 14k SKUs by velocity" });
			for (const d of buildDrafts(b.build(), "handwritten-note", ctx("2026-11-17T16:00")).drafts) {
				const openings = d.body.split("\n")[2].split(/(?<=\.) /).map((t) => t.split(" ").slice(0, 3).join(" "));
				expect(new Set(openings).size, `${company}: ${d.body}`).toBe(openings.length);
			}
		}
	});

	it("says 'my experience' once in a thank-you, whatever wordings its sentences get", () => {
		for (let k = 0; k < 30; k++) {
			let b = anInterview().company(`Company ${k}`);
			for (const name of ["Ana Ruiz", "Ben Okoro", "Cy Tran"])
				b = b.interviewer(name, { email: `${name.split(" ")[0].toLowerCase()}@x.example`, focus: "reproducing last quarter's training runs", highlight: "Pinning data snapshots and images per run so any model can be rebuilt" });
			for (const d of buildDrafts(b.build(), "thank-you", ctx("2026-11-17T16:00")).drafts) expect((d.body.match(/\bmy experience\b/g) ?? []).length, d.body).toBeLessThanOrEqual(1);
		}
	});

	it("says 'talk' and 'glad' once in a card, whatever wordings its sentences get", () => {
		for (const company of ["Hooli", "Initech", "Globex", "Umbrella", "Vandelay", "Stark", "Wayne", "Tyrell"]) {
			let b = anInterview().company(company);
			for (const name of ["Ana Ruiz", "Ben Okoro", "Cy Tran", "Dee Park", "Eli Stone", "Fay Wong"])
				b = b.interviewer(name, { email: `${name.split(" ")[0].toLowerCase()}@x.example`, focus: "the handoff between design and engineering", highlight: "taught SQL to 30 product managers" });
			for (const d of buildDrafts(b.build(), "handwritten-note", ctx("2026-11-17T16:00")).drafts) {
				expect((d.body.match(/\btalk/g) ?? []).length, `${company}: ${d.body}`).toBeLessThanOrEqual(1);
				expect((d.body.match(/\bglad\b/g) ?? []).length, `${company}: ${d.body}`).toBeLessThanOrEqual(1);
			}
		}
	});

	it("names what a line after the topic speaks of, never a bare 'It' that could stand for the topic", () => {
		for (const company of ["Hooli", "Initech", "Globex", "Umbrella", "Vandelay", "Stark", "Wayne", "Tyrell"]) {
			let b = anInterview().company(company);
			for (const name of ["Ana Ruiz", "Ben Okoro", "Cy Tran", "Dee Park", "Eli Stone", "Fay Wong", "Gus Hale", "Hal Moss", "Ida Wren"]) b = b.interviewer(name, { email: `${name.split(" ")[0].toLowerCase()}@x.example`, focus: "the ticket backlog" });
			for (const d of buildDrafts(b.build(), "thank-you", ctx("2026-11-17T16:00")).drafts) expect(d.body, company).not.toMatch(/\. It(?:'s)? (?:gave me|given me|helped me|shaped|the part)\b/);
		}
	});

	it("says which part of the next steps it leaves out when it says the rest back", () => {
		const interview = hooli().nextSteps("Maya will call by Friday. I need to send refs").build();
		const ns = buildDrafts(interview, "next-steps", ctx("2026-11-17T16:00"));
		expect(ns.drafts[0].body).toMatch(/you'd call by Friday 20 November/);
		expect(ns.drafts[0].body).not.toMatch(/send refs/);
		expect(ns.problems).toContain('The draft says back only part of the next steps in the note; it leaves out "I need to send refs", which could not be put into a sentence safely as written. Add it in your own words if you like.');
		const ci = buildDrafts(interview, "check-in", ctx("2026-11-19T10:00"));
		expect(ci.problems.join(" ")).toMatch(/The check-in says back only part of the next steps in the note; it leaves out "I need to send refs"/);
	});

	it("check-in quotes the decision date in words, or what they said about next steps", () => {
		const decided = buildDrafts(globex().record("thankYouSent", "2026-11-25T12:00").build(), "check-in", ctx("2026-12-02T10:00")).drafts[0];
		expect(decided.body).toContain("Friday 27 November");
		const before = buildDrafts(wayneEnterprises().build(), "check-in", ctx("2026-12-01T10:00")).drafts[0];
		// Drafted before it falls due (the 5th): true on either side of the 4th (review 78).
		expect(before.body).toContain("I understood a decision would come by Friday 4 December, so I wanted to check in.");
		// On the decision day itself there is no "before then", in the email or on the phone; drafted before it falls due,
		// the day is not named as if ahead.
		const onTheDay = buildDrafts(wayneEnterprises().build(), "check-in", ctx("2026-12-04T10:00")).drafts[0];
		expect(onTheDay.body).toContain("I understood a decision was due around this time, so I wanted to check in.");
		expect(`${onTheDay.body}\n${onTheDay.script}`).not.toContain("before then");
		const told = buildDrafts(hooli().nextSteps("Maya will let me know early next week").build(), "check-in", ctx("2026-11-24T16:30")).drafts[0];
		// Maya arranged the interviews and was not in them: what the user understood, never "you mentioned" (review 77).
		expect(told.body).toContain("I understood you'd let me know early in the week of 23 November");
		// Derek's promise, its Friday past, is never told to Maya as his miss (review 112): the user is told instead.
		const someoneElse = buildDrafts(hooli().nextSteps("Derek to send a take-home by Friday").build(), "check-in", ctx("2026-11-26T16:30"));
		expect(someoneElse.drafts[0].body).not.toContain("Derek");
		expect(someoneElse.problems.join("\n")).toContain("someone else's promise, and the day they name is past");
		const ahead = buildDrafts(hooli().nextSteps("Derek to send a take-home by Friday").build(), "next-steps", ctx("2026-11-17T16:30")).drafts[0];
		expect(ahead.body).toContain("I understood Derek would send a take-home by Friday 20 November");
		const asked = buildDrafts(hooli().build(), "check-in", ctx("2026-11-24T16:30")).drafts[0];
		expect(asked.body).toContain("I asked about next steps on 17 November");
		const silent = buildDrafts(hooli().with({ records: {} }).build(), "check-in", ctx("2026-11-24T16:30")).drafts[0];
		expect(silent.body).toContain("my video interviews on 17 November");
		// Two people in one hour on a video call were one interview; the same two over a morning, two.
		const panel = buildDrafts(hooli().with({ records: {} }).at("2026-11-17T13:00", "2026-11-17T14:00").build(), "check-in", ctx("2026-11-24T16:30")).drafts[0];
		expect(panel.body).toContain("my video interview on 17 November");
		expect(panel.body).not.toContain("my video interviews");
		// Asked on the day of the interview: the call says the day once.
		const script = asked.script!.split("\n");
		expect(script[0]).toContain("on 17 November.");
		expect(script[1]).toBe("I asked about next steps that day, and I'm calling to follow up.");
		for (const d of [decided, before, told, someoneElse.drafts[0], ahead, asked, silent]) expect(d.body).not.toMatch(/\bI know\b|top of my list|wanted[^.]*wanted/);
	});

	it("check-in says still interested, asks for news and comes with a short call script", () => {
		const [draft] = buildDrafts(hooli().build(), "check-in", ctx("2026-11-24T16:30")).drafts;
		expect(draft.to).toEqual([{ name: "Maya Chen", email: "maya.chen@hooli.example" }]);
		expect(draft.body).toMatch(/still very interested|remain very interested/);
		expect(draft.body).toMatch(/update|news/);
		const script = draft.script!.split("\n");
		expect(script[0]).toBe("Hi Maya, it's Jordan Rivera — I interviewed for the infrastructure engineer role at Hooli on 17 November.");
		expect(script.length).toBeLessThanOrEqual(7);
		expect(script.some((line) => /thank you/i.test(line))).toBe(true);
	});

	it("a call script without a name in the settings says who is calling with a visible placeholder", () => {
		const [draft] = buildDrafts(hooli().build(), "check-in", { settings: nobody, now: local("2026-11-24T16:30") }).drafts;
		expect(draft.script!.split("\n")[0]).toBe("Hi Maya, it's [Your name] — I interviewed for the infrastructure engineer role at Hooli on 17 November.");
	});

	it("close-out thanks, leaves the door open, presumes nothing and blames nobody", () => {
		for (const interview of [starkIndustries().build(), soylent(), initrode()]) {
			const [draft] = buildDrafts(interview, "close-out", ctx("2026-11-24T10:00")).drafts;
			expect(draft.variant).toBe("closing");
			expect(draft.body).toMatch(/Thank you|thank you/);
			expect(draft.body).toMatch(/future|other openings|in touch/);
			expect(draft.body).not.toMatch(/haven't heard|no reply|disappoint|unfortunately|moving ahead with other|other candidates|not been selected|all the best with the search|if there's news/i);
			expect((draft.body.match(/\bteam\b/gi) ?? []).length).toBeLessThanOrEqual(1);
			expect(draft.subject).toMatch(/^Thank you, and staying in touch – .+ role – Jordan Rivera$/);
		}
	});

	// Review 47: "elev mech (mod crew)" was written out in all seven letters and named in none; two title lines
	// ("as a court reporter supervisor") were not named either; "17th c." cut a named sentence in two.
	it("names what it wrote from the note's role, titles and shorthand before sending", () => {
		const titled = anInterview().role("cellar op").interviewer("Janice Ford", { email: "janice@x.example", title: "court reporter supervisor" }).build();
		const result = buildDrafts(titled, "thank-you", ctx("2026-11-25T16:00"));
		expect(result.problems).toContain('The role "cellar op" is written out as "cellar operator" in every message: if that is not how you\'d say it, write the role out in the note.');
		const [draft] = result.drafts;
		// The reader's own post is never told back to them ("as a court reporter supervisor", reviews 128, 131, 132).
		expect(sentencesIn(draft.body).filter((s) => /court reporter supervisor/.test(s.text))).toEqual([]);
		expect((draft.fromNotes ?? []).join(" ")).not.toMatch(/court reporter supervisor/);
		// A role typed in full is the user's own: nothing said.
		expect(buildDrafts(anInterview().role("Alterations Tailor").interviewer("Leo Bell", { email: "leo@x.example" }).build(), "thank-you", ctx("2026-11-25T16:00")).problems.join(" ")).not.toMatch(/The role/);
		expect(sentencesIn("I appreciated hearing your perspective on varnish removal on the 17th c. Dutch panels. Thanks.").map((s) => s.text)).toHaveLength(2);
	});

	// Review 48: "I was glad you asked about whether designs can be built …".
	it("asks a topic that is itself a question, never 'asked about whether'", () => {
		const bodies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Tyrell", "Wonka", "Stark", "Wayne"].map((company) => {
			const interview = anInterview().company(company).interviewer("Theo Park", { email: "theo@x.example", focus: "whether designs can be built by a 4-person shop in 3 weeks" }).build();
			return buildDrafts(interview, "thank-you", ctx("2026-11-25T16:00")).drafts[0].body;
		});
		expect(bodies.filter((b) => /asked about whether/.test(b))).toEqual([]);
		expect(bodies.some((b) => /I was glad you asked whether designs can be built/.test(b))).toBe(true);
	});

	// Review 46: a close-out asked for the day after the interview said "I know these processes take time".
	it("close-out says the process takes time only once a week has passed since the interview", () => {
		const companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Tyrell", "Wonka"];
		const said = (at: string) =>
			companies.map((company) => {
				const interview = anInterview().company(company).primaryContact("Priya Nand", "priya@example.com").record("thankYouSent", "2026-11-25T18:00").record("checkInSent", "2026-11-26T09:00").build();
				return buildDrafts(interview, "close-out", ctx(at)).drafts[0].body;
			});
		const early = said("2026-11-27T10:00");
		expect(early.filter((body) => /take time/.test(body))).toEqual([]);
		expect(early.every((body) => /I remain very interested/.test(body))).toBe(true);
		// Weeks later, both ways of keeping the door open are in use across recipients.
		expect(said("2026-12-20T10:00").some((body) => /these processes take time/.test(body))).toBe(true);
	});

	it("writes the message with nobody in To when the note has no primary contact", () => {
		for (const kind of ["next-steps", "check-in", "close-out"] as const) {
			const result = buildDrafts(anInterview().build(), kind, ctx("2026-11-25T17:00"));
			expect(result.drafts).toHaveLength(1);
			expect(result.drafts[0].to).toEqual([]);
			expect(result.drafts[0].body.startsWith("Hello,\n")).toBe(true);
			expect(result.problems.length).toBeGreaterThan(0);
		}
	});

	it("a primary contact without email is still the recipient, with a word to the user", () => {
		const result = buildDrafts(anInterview().primaryContact("Lena Okafor").build(), "next-steps", ctx("2026-11-25T17:00"));
		expect(result.drafts[0].to).toEqual([{ name: "Lena Okafor", email: null }]);
		expect(result.drafts[0].mailto!.startsWith("mailto:?subject=")).toBe(true);
		expect(result.problems.join(" ")).toContain("no email address for Lena Okafor");
	});
});

describe("warnings about the request", () => {
	it("says when the step is already recorded, and still gives the draft", () => {
		const cases: [Interview, ActionKind, RegExp][] = [
			[hooli().build(), "thank-you", /already records a thank-you sent on 17 November \(thank_you_sent\)/],
			[starkIndustries().build(), "check-in", /already records a check-in sent on 17 November \(check_in_sent\)/],
			[starkIndustries().build(), "handwritten-note", /already records a handwritten note sent on 11 November/],
			[starkIndustries().build(), "linkedin", /already records a LinkedIn invitation sent on 10 November/],
			[hooli().build(), "next-steps", /already records that you asked about next steps on 17 November/],
			[globex().build(), "next-steps", /already says what the next steps are/],
			[hooli().build(), "close-out", /no check-in recorded yet \(check_in_sent\)/],
		];
		for (const [interview, kind, warning] of cases) {
			const result = buildDrafts(interview, kind, ctx("2026-11-25T10:00"));
			expect(result.drafts.length, kind).toBeGreaterThan(0);
			expect(result.warnings.join(" "), kind).toMatch(warning);
		}
	});

	it("says when the interview is not active: a closing message to a company that made an offer", () => {
		const result = buildDrafts(soylent(), "close-out", ctx("2026-11-26T10:00"));
		expect(result.drafts).toHaveLength(1);
		expect(result.warnings.join(" ")).toMatch(/status is "offer"/);
		const closed = buildDrafts(acmeRobotics().status("closed").build(), "thank-you", ctx("2026-11-25T17:00"));
		expect(closed.warnings.join(" ")).toMatch(/status is "closed"/);
	});

	it("stays quiet for a step that is due", () => {
		expect(buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00")).warnings).toEqual([]);
		expect(buildDrafts(hooli().build(), "check-in", ctx("2026-11-24T16:30")).warnings).toEqual([]);
		expect(buildDrafts(starkIndustries().build(), "close-out", ctx("2026-12-01T10:00")).warnings.join(" ")).not.toMatch(/check_in_sent/);
	});
});

describe("handwritten-note", () => {
	it("writes no card to someone the note knows only by an address, and says so", () => {
		const interview = anInterview().company("Acme").role("Engineer").interviewer("", { email: "alex.p@acme.example" }).interviewer("Ana Ruiz").build();
		const result = buildDrafts(interview, "handwritten-note", ctx("2026-11-25T17:00"));
		expect(result.drafts.map((d) => d.to[0].name)).toEqual(["Ana Ruiz"]);
		expect(result.problems.join(" ")).toContain("No card for alex.p@acme.example: the note gives no name to write it to.");
	});

	it("writes a card for every interviewer, email or not, with no mail link", () => {
		const { drafts } = buildDrafts(globex().build(), "handwritten-note", ctx("2026-11-25T18:00"));
		expect(drafts.map((d) => d.to)).toEqual([
			[{ name: "Owen Mercer", email: "owen.mercer@globex.example" }],
			[{ name: "Priya Natarajan", email: "priya.natarajan@globex.example" }],
			[{ name: "Tom Becker", email: null }],
		]);
		expect(drafts.every((d) => d.mailto === null && d.subject === "")).toBe(true);
		expect(drafts[2].body.startsWith("Dear Tom,\n")).toBe(true);
	});

	it("names the date even on the day itself, since the card is read days later, perhaps the week after (review 78)", () => {
		const [card] = buildDrafts(globex().build(), "handwritten-note", ctx("2026-11-25T18:00")).drafts;
		expect(card.body).toContain("on 25 November");
		expect(card.body).not.toContain("Wednesday");
		expect(card.body).not.toContain("today");
	});

	it("is short and never copies the raw note", () => {
		for (const interview of [hooli().build(), starkIndustries().build(), northwind(), massive()]) {
			for (const card of buildDrafts(interview, "handwritten-note", ctx("2026-11-26T09:00")).drafts) {
				expect(words(card.body)).toBeLessThanOrEqual(60);
				expect(card.body).not.toMatch(/\b(?:their|they|you keep|grew 40%|Cost\.)\b/);
				const person = interview.interviewers.find((p) => card.to[0].name === p.name);
				// A focus of several pieces is the user's private shorthand: the card takes at most its topic.
				if (person?.focus && /[.;:\n]/.test(person.focus)) expect(card.body).not.toContain(person.focus);
			}
		}
	});
});

describe("linkedin", () => {
	it("writes a note for each interviewer with a profile, and carries the profile address", () => {
		const { drafts } = buildDrafts(globex().build(), "linkedin", ctx("2026-11-25T18:00"));
		expect(drafts).toHaveLength(1);
		expect(drafts[0].to).toEqual([{ name: "Priya Natarajan", email: "priya.natarajan@globex.example" }]);
		expect(drafts[0].linkedin).toBe("https://www.linkedin.com/in/priya-natarajan-example");
		expect(drafts[0].mailto).toBeNull();
	});

	it("greets someone by the name the note says they go by, and by first name otherwise", () => {
		const interview = anInterview()
			.company("Tinderbox")
			.role("Gameplay programmer")
			.interviewer("Siobhan Mallory", { email: "vonnie@tinderbox.example", nickname: "Vonnie" })
			.interviewer("Mike Tanaka", { email: "mtanaka@tinderbox.example" })
			.interviewer("Oleksandr Kovalenko", { email: "okovalenko@tinderbox.example", nickname: "Sasha" })
			.build();
		const { drafts } = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts.map((d) => d.body.split(",")[0])).toEqual(["Hi Vonnie", "Hi Mike", "Hi Sasha"]);
		const cards = buildDrafts(interview, "handwritten-note", ctx("2026-11-25T17:00")).drafts;
		expect(cards.map((d) => d.body.split(",")[0])).toEqual(["Dear Vonnie", "Dear Mike", "Dear Sasha"]);
	});

	it("greets the second invitee and every other by first name", () => {
		const { drafts } = buildDrafts(tyrell(), "linkedin", ctx("2026-11-23T18:00"));
		expect(drafts.map((d) => d.body.split(",")[0])).toEqual(["Hi Eldon", "Hi Dana", "Hi Cleo"]);
	});

	it("drops the topic before cutting anything", () => {
		const interview = anInterview()
			.company("Acme")
			.role("Engineer")
			.interviewer("Ana Ruiz", { linkedin: "https://linkedin.example/ana", focus: "supercalifragilistic ".repeat(12).trim() })
			.build();
		const result = buildDrafts(interview, "linkedin", ctx("2026-11-25T17:00"));
		expect(result.drafts[0].body).not.toContain("supercalifragilistic");
		expect(result.drafts[0].body.endsWith("…")).toBe(false);
	});

	it("cuts at a word boundary with an ellipsis when even the short note is too long", () => {
		const interview = anInterview()
			.company("The Very Long Name Company ".repeat(12).trim())
			.role("The Very Long Role Name ".repeat(12).trim())
			.interviewer("Ana Ruiz", { linkedin: "https://linkedin.example/ana" })
			.build();
		const result = buildDrafts(interview, "linkedin", ctx("2026-11-25T17:00"));
		const note = result.drafts[0].body;
		expect(note.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
		if (note.endsWith("…")) expect(result.problems.join(" ")).toContain("shortened");
	});

	it("never exceeds 300 characters, whatever the names and focus", () => {
		const word = fc.stringMatching(/^[A-Za-z]{1,30}$/);
		const words_ = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(" "));
		fc.assert(
			fc.property(words_(12), words_(60), words_(20), words_(20), (name, focus, role, company) => {
				const interview = anInterview().company(company).role(role).interviewer(name, { linkedin: "https://linkedin.example/x", focus }).build();
				const note = buildDrafts(interview, "linkedin", ctx("2026-11-25T17:00")).drafts[0].body;
				expect(note.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
				expect(note).not.toMatch(/\S…\S/);
			}),
			{ numRuns: 60 },
		);
	});

	it("truncateAtWord keeps whole words and the limit", () => {
		expect(truncateAtWord("one two three", 13)).toBe("one two three");
		expect(truncateAtWord("one two three", 12)).toBe("one two…");
		expect(truncateAtWord("one, two three", 9)).toBe("one, two…");
		expect(truncateAtWord("one, two three", 7)).toBe("one…");
		expect(truncateAtWord("abcdefghij", 5)).toBe("…");
	});
});

describe("templates", () => {
	const override = { subject: "Thanks, {{interviewer.first_name}}", body: "Dear {{interviewer.name}}, thank you.\n\n{{my_name}}" };

	it("uses an override note when there is one, the built-in otherwise", () => {
		const interview = acmeRobotics().build();
		const overridden = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00", { templates: { "thank-you": override } }));
		expect(overridden.drafts[0].subject).toBe("Thanks, Dana");
		expect(overridden.drafts[0].body).toBe("Dear Dana Whitfield, thank you.\n\nJordan Rivera");
		const builtIn = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00", { templates: { "next-steps": override } }));
		expect(builtIn.drafts[0].subject).toContain("Platform engineer interview");
	});

	it("keeps the built-in subject when the override leaves it empty", () => {
		const result = buildDrafts(acmeRobotics().build(), "next-steps", ctx("2026-11-25T17:00", { templates: { "next-steps": { subject: "", body: "Any news?" } } }));
		expect(result.drafts[0].subject).toBe("Next steps – Platform engineer interview – Jordan Rivera");
		expect(result.drafts[0].body).toBe("Any news?");
	});

	it("gives an override the building blocks of the built-in letter", () => {
		const templates = { "thank-you": { subject: "Thanks", body: "{{greeting}}\n\n{{opening}} {{focus_and_highlight}}\n\n{{attachments_paragraph}}\n\n{{interest}}\n\n{{sign_off}}" } };
		const result = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00", { templates }));
		expect(result.problems.filter((p) => p.includes("placeholder"))).toEqual([]);
		expect(result.drafts[0].body).toContain("keeping arm calibration");
		expect(result.drafts[0].body).toContain("tolerance stack-up image");
		const checkIn = buildDrafts(globex().build(), "check-in", ctx("2026-12-02T10:00", { templates: { "check-in": { subject: "", body: "{{what_they_said}} ({{decision_day}})" } } }));
		expect(checkIn.drafts[0].body).toBe("I understood a decision was expected by Friday 27 November, so I'm writing to check in. (Friday 27 November)");
	});

	it("reports an unknown placeholder in an override and leaves it visible", () => {
		const result = buildDrafts(acmeRobotics().build(), "next-steps", ctx("2026-11-25T17:00", {
			templates: { "next-steps": { subject: "Hello", body: "Hi {{primary_contact}}, {{favourite_colour}} and {{interviewer.name}}" } },
		}));
		expect(result.drafts[0].body).toBe("Hi Lena Okafor, {{favourite_colour}} and {{interviewer.name}}");
		expect(result.problems.filter((p) => p.includes("{{favourite_colour}}"))).toHaveLength(1);
		expect(result.problems.some((p) => p.includes("{{interviewer.name}}"))).toBe(true);
	});

	it("inserts values from the note literally, never expanding them again", () => {
		const interview = anInterview().company("{{role}} Ltd").role("$& {{my_name}}").interviewer("{{date}}", { email: "a@x.example" }).build();
		for (const templates of [undefined, { "thank-you": { subject: "{{company}}", body: "{{company}} / {{role}} / {{interviewer.name}}" } }]) {
			const { drafts } = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00", { templates }));
			expect(drafts[0].body).toContain("{{role}} Ltd");
			expect(drafts[0].body).toContain("$& {{my_name}}");
		}
	});

	it("tells the user when an override gives two interviewers the same text", () => {
		const interview = anInterview().interviewer("Ana", { email: "a@x.example" }).interviewer("Ana", { email: "b@x.example" }).build();
		const result = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00", { templates: { "thank-you": { subject: "Thanks", body: "Thank you, {{interviewer.first_name}}." } } }));
		expect(result.problems.some((p) => p.includes("same text"))).toBe(true);
	});

	it("the built-ins never leave an unknown placeholder, for every kind", () => {
		for (const interview of [acmeRobotics(), globex(), initech(), hooli(), anInterview()].map((b) => b.build())) {
			for (const kind of ACTION_KINDS) {
				const result = buildDrafts(interview, kind, ctx("2026-11-25T17:00"));
				expect(result.problems.filter((p) => p.includes("placeholder"))).toEqual([]);
				for (const draft of result.drafts) expect(draft.subject + draft.body).not.toMatch(/\{\{|\}\}|%%/);
			}
		}
	});

	it("writes one note per key, with the subject in the frontmatter and the placeholders explained", () => {
		const notes = builtInTemplateNotes();
		expect(Object.keys(notes).sort()).toEqual(DRAFT_TEMPLATE_KEYS.map((k) => `${k}.md`).sort());
		const note = notes["thank-you.md"];
		expect(note.startsWith('---\nsubject: "{{subject_line}}"\n---\n%%\n')).toBe(true);
		expect(note).toContain("- {{message}}: ");
		expect(note).toContain("{{focus_and_highlight}}");
		expect(note).toContain("{{company}}");
		expect(notes["next-steps.md"]).not.toContain("{{interviewer.");
		expect(notes["check-in.md"]).toContain("{{what_they_said}}");
	});

	it("the written-out copies render exactly as the built-ins", () => {
		const templates = Object.fromEntries(
			Object.entries(builtInTemplateNotes()).map(([file, text]) => [file.replace(/\.md$/, ""), parseTemplateNote(text, parseYaml)]),
		) as Record<DraftTemplateKey, ReturnType<typeof parseTemplateNote>>;
		const text = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
		const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
		const person = fc.record({
			name: fc.string({ minLength: 1, maxLength: 20 }),
			// fc.emailAddress() and fc.webUrl() take seconds to build on a loaded machine; these shapes suffice.
			email: fc.option(slug.map((s) => `${s}@${s}.example`), { nil: undefined }),
			focus: text,
			highlight: text,
			linkedin: fc.option(slug.map((s) => `https://www.linkedin.com/in/${s}`), { nil: undefined }),
			attachments: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
		});
		fc.assert(
			fc.property(fc.array(person, { maxLength: 4 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.constantFrom(...ACTION_KINDS), (interviewers, company, role, kind) => {
				const interview = anInterview().company(company).role(role).with({ interviewers }).primaryContact("Lena Okafor", "lena@x.example").build();
				const builtIn = buildDrafts(interview, kind, ctx("2026-11-26T09:00"));
				const copies = buildDrafts(interview, kind, ctx("2026-11-26T09:00", { templates }));
				expect(copies).toEqual(builtIn);
			}),
			{ numRuns: 60 },
		);
	});
});

describe("a role whose first word the note writes only inside a name", () => {
	it("is lowered mid-sentence: 'Wind' of 'Prairie Wind' is no name by itself", () => {
		const interview = anInterview()
			.company("Gale Ridge Renewables")
			.role("Wind turbine technician II")
			.interviewer("Rick Moss", { email: "rick@galeridge.example", highlight: "vibration analysis program at Prairie Wind, caught 6 bearing failures early" })
			.build();
		const [draft] = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00")).drafts;
		expect(draft.body).toContain("the wind turbine technician II role at Gale Ridge Renewables");
		// A name the note writes alone keeps its capital.
		const named = anInterview().company("Brightline").role("Salesforce administrator").interviewer("Rick Moss", { email: "rick@b.example", highlight: "ran the Salesforce migration for 40 users" }).build();
		expect(buildDrafts(named, "thank-you", ctx("2026-11-25T17:00")).drafts[0].body).toContain("the Salesforce administrator role");
	});
});

describe("someone the note knows only by their job", () => {
	it("gets no card, and is 'your board chair' when thanks are passed on", () => {
		const interview = anInterview()
			.company("Open Shelf Food Bank")
			.role("Fundraising director")
			.primaryContact("Peggy Lindqvist", "peggy@openshelf.example")
			.interviewer("Peggy Lindqvist", { email: "peggy@openshelf.example" })
			.interviewer("Board chair (Harold something?)")
			.build();
		const thanks = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00")).drafts;
		expect(thanks.map((d) => d.body).join("\n")).toMatch(/\byour board chair\b/);
		expect(thanks.map((d) => d.body).join("\n")).not.toMatch(/Board chair/);
		const cards = buildDrafts(interview, "handwritten-note", ctx("2026-11-26T09:00"));
		expect(cards.drafts.map((d) => d.body.split("\n")[0])).toEqual(["Dear Peggy,"]);
		expect(cards.problems.join(" ")).toMatch(/No card for Board chair\b[^:]*: the note gives no name/);
	});
});

describe("a decision day the next steps name only in a part left unsaid", () => {
	it("is still said back from decision_expected", () => {
		const interview = anInterview()
			.company("Cedar Hollow Animal Hospital")
			.role("Veterinary technician")
			.at("2026-11-30T10:00", "2026-11-30T11:00")
			.primaryContact("Tanya Brooks", "tbrooks@cedarhollow.example")
			.nextSteps("dr mehta said theyd decide by end of next week, tanya will call")
			.with({ decisionExpected: local("2026-12-11") })
			.build();
		const [draft] = buildDrafts(interview, "next-steps", ctx("2026-11-30T18:00")).drafts;
		expect(draft.body).toMatch(/you'd call, and that a decision was expected by Friday 11 December\./);
	});
});

describe("next steps with shorthand still in them", () => {
	it("are not said back, and the user is told, as a focus would be", () => {
		const interview = anInterview()
			.company("Ember and Salt")
			.role("Line cook")
			.at("2026-12-01T14:00", "2026-12-01T15:00")
			.primaryContact("Marco Bianchi", "marco@emberandsalt.example")
			.interviewer("Marco Bianchi", { email: "marco@emberandsalt.example" })
			.nextSteps("chef txts by wknd")
			.build();
		const result = buildDrafts(interview, "next-steps", ctx("2026-12-01T18:00"));
		expect(result.drafts[0].body).not.toMatch(/txts|chef/);
		expect(result.problems.join(" ")).toMatch(/does not say back the next steps in the note \("chef txts by wknd"\)/);
	});
});

describe("a role typed with its specialty after a comma or a dash", () => {
	const roleIn = (role: string, company = "Northlight Pictures") => {
		const interview = anInterview().company(company).role(role).primaryContact("Ann Lee", "ann@x.example").build();
		return buildDrafts(interview, "check-in", ctx("2026-12-02T17:00")).drafts[0].body.split("\n")[4];
	};

	it("is named as a job in a letter, never 'the role of X, Y, at'", () => {
		expect(roleIn("Editor, docuseries")).toContain("the docuseries editor role at Northlight Pictures");
		expect(roleIn("Branch Manager - Elm St branch", "First Prairie Bank")).toContain("the Branch Manager role at First Prairie Bank");
		expect(roleIn("Head coach, Valorant", "Northgate U Esports")).toContain("the head coach role at Northgate U Esports");
		expect(roleIn("RN – Labor & Delivery", "Mercy")).toContain("the Labor & Delivery RN role at Mercy");
		expect(roleIn("Analyst, nights", "Acme")).toContain("the analyst role at Acme");
	});

	it("writes out a company's name typed short", () => {
		expect(roleIn("Archivist", "Lakeshore Univ. Special Collections")).toContain("at Lakeshore University Special Collections");
		expect(roleIn("Archivist", "Univision")).toContain("at Univision");
	});
});

describe("small words a hurried note leaves", () => {
	it("never says back 're' as a word of the next steps", () => {
		const interview = anInterview().primaryContact("Dana Cruz", "dana@x.example").nextSteps("Dana will reach out re: panel dates").build();
		const { drafts } = buildDrafts(interview, "next-steps", ctx("2026-11-25T18:00"));
		expect(drafts[0].body).not.toMatch(/\bre\b/);
	});

	it("keeps a word with a capital inside it as typed at the start of a focus", () => {
		const interview = anInterview().interviewer("Ana Ruiz", { email: "ana@x.example", focus: "RevPAR down 8% YoY, too dependent on OTAs" }).build();
		const body = buildDrafts(interview, "thank-you", ctx("2026-11-25T18:00")).drafts[0].body;
		expect(body).toContain("RevPAR");
		expect(body).not.toContain("revPAR");
	});

	it("leaves the user's own name out of a linked reel's title", () => {
		const interview = anInterview().interviewer("Bobby Lee", { email: "b@x.example", attachments: ["https://vimeo.com/example/jordan-rivera-reel-2026"] }).build();
		const body = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00")).drafts[0].body;
		expect(body).toContain("My 2026 reel is here");
		expect(body).not.toMatch(/jordan rivera reel/i);
	});
});

describe("an agency recruiter the note names as one", () => {
	it("is never credited with the decision, even when no interviewer has an address to compare", () => {
		const interview = anInterview()
			.company("Cascade Outdoor Supply")
			.role("Warehouse inventory analyst")
			.primaryContact("Jenna Park (Apex Staffing)", "jpark@apexstaffing.example")
			.interviewer("Luis Ortega")
			.nextSteps("Jenna says client decides by 12/18")
			.with({ decisionExpected: local("2026-12-18") })
			.build();
		const body = buildDrafts(interview, "next-steps", ctx("2026-12-10T18:00")).drafts[0].body;
		// Said of the decision, never of who makes it (review 141).
		expect(body).toContain("a decision is expected by Friday 18 December");
		expect(body).not.toMatch(/you expect to decide/);
	});

	it("is known by an address at an agency's domain ('@linguastaff'), and its close-out asks about other roles", () => {
		const interview = anInterview()
			.company("Harlan County Superior Court")
			.role("Court interpreter")
			.primaryContact("Becca Lindqvist", "becca@linguastaff.example")
			.interviewer("Marisol Vega")
			.build();
		const body = buildDrafts(interview, "close-out", ctx("2026-12-20T10:00")).drafts[0].body;
		expect(body).not.toMatch(/future roles at Harlan County Superior Court/);
	});
});
