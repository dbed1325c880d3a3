import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftBlock } from "../../src/core/draft-block";
import {
	DRAFT_TEMPLATE_KEYS,
	LINKEDIN_NOTE_LIMIT,
	buildDrafts,
	builtInTemplateNotes,
	parseTemplateNote,
	truncateAtWord,
	type DraftContext,
	type DraftResult,
	type DraftTemplateKey,
} from "../../src/core/drafts";
import { buildMailto, parseMailto } from "../../src/core/mailto";
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

const me = { myName: "Jordan Rivera", signature: "" };

function ctx(now: string, extra: Partial<DraftContext> = {}): DraftContext {
	return { settings: me, now: local(now), ...extra };
}

function bodies(result: DraftResult): string[] {
	return result.drafts.map((d) => d.body);
}

/** What a reviewer reads: every draft as the block it becomes in the note, then the problems. */
function approval(interview: Interview, kind: ActionKind, context: DraftContext): string {
	const result = buildDrafts(interview, kind, context);
	const lines = [
		`# ${kind}: ${interview.title}`,
		"",
		`Written ${format(context.now, "EEEE d MMMM yyyy, HH:mm")}; my name "${context.settings.myName}", signature ${JSON.stringify(context.settings.signature)}.`,
		"",
		...result.drafts.map((d) => draftBlock(d, context.now)),
		"## Problems",
		"",
		...(result.problems.length > 0 ? result.problems.map((p) => `- ${p}`) : ["None."]),
	];
	return lines.join("\n") + "\n";
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
	it("thank-you: a note with nothing but a date, and no name in the settings", () => {
		const bare = anInterview().file("Interviews/Call.md").company("").role("").at("2026-11-20T09:00", "2026-11-20T09:30").build();
		approve(
			"thank-you-bare-note",
			approval(bare, "thank-you", { settings: { myName: "", signature: "" }, now: local("2026-11-21T08:00") }),
		);
	});
	it("next-steps: Acme Robotics", () => {
		approve("next-steps-acme-robotics", approval(acmeRobotics().build(), "next-steps", ctx("2026-11-25T17:05")));
	});
	it("check-in: Hooli, a week after the thank-you, with a signature", () => {
		const signed = { myName: "Jordan Rivera", signature: "Jordan Rivera\n+1 555 0100 · jordan.rivera@example.com" };
		approve("check-in-hooli", approval(hooli().build(), "check-in", { settings: signed, now: local("2026-11-24T16:30") }));
	});
	it("close-out: Stark Industries, a week after the check-in", () => {
		approve("close-out-stark-industries", approval(starkIndustries().build(), "close-out", ctx("2026-11-24T10:00")));
	});
	it("handwritten-note: Hooli, the day after", () => {
		approve("handwritten-note-hooli", approval(hooli().build(), "handwritten-note", ctx("2026-11-18T09:00")));
	});
	it("linkedin: Globex and Wayne Enterprises", () => {
		approve(
			"linkedin-globex-wayne",
			approval(globex().build(), "linkedin", ctx("2026-11-25T18:00")) +
				"\n" +
				approval(wayneEnterprises().build(), "linkedin", ctx("2026-11-24T18:00")),
		);
	});
});

describe("thank-you", () => {
	it("writes one draft per interviewer with an email, addressed by first name", () => {
		const { drafts } = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts.map((d) => [d.variant, d.to])).toEqual([
			["personal", [{ name: "Dana Whitfield", email: "dana.whitfield@acme-robotics.example" }]],
			["personal", [{ name: "Marcus Oyelaran", email: "marcus.oyelaran@acme-robotics.example" }]],
		]);
		expect(drafts[0].body.startsWith("Hi Dana,\n")).toBe(true);
		expect(drafts[1].body.startsWith("Hi Marcus,\n")).toBe(true);
		expect(drafts[0].subject).toBe("Thank you — Platform engineer interview");
	});

	it("names what mattered to the interviewer, the user's answering experience and the role", () => {
		const [dana] = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00")).drafts;
		expect(dana.body).toContain("keeping arm calibration inside ±0.05 mm");
		expect(dana.body).toContain("the tolerance stack-up checker I built at Brightline");
		expect(dana.body).toContain("the Platform engineer role at Acme Robotics");
	});

	it("lists a vault link by its name as attached, a URL as is, and reminds the user to attach the file", () => {
		const result = buildDrafts(acmeRobotics().build(), "thank-you", ctx("2026-11-25T17:00"));
		expect(result.drafts[0].body).toContain("- Tolerance stack-up.png (attached)");
		expect(result.drafts[0].body).not.toContain("[[");
		expect(result.drafts[1].body).toContain("- https://brightline-mobility.example/press/2025-ota-platform-launch");
		expect(result.problems).toContain(
			'Attach "Tolerance stack-up.png" to the thank-you to Dana Whitfield yourself: a mail link cannot carry files.',
		);
	});

	it("asks the primary contact to thank the interviewers without email, by full name", () => {
		const interview = acmeRobotics().interviewer("Tom Becker").interviewer("Ana Ruiz").build();
		const { drafts } = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00"));
		expect(drafts.map((d) => d.variant)).toEqual(["personal", "personal", "via-primary-contact"]);
		const via = drafts[2];
		expect(via.to).toEqual([{ name: "Lena Okafor", email: "lena.okafor@acme-robotics.example" }]);
		expect(via.body).toContain("pass my thanks on to Tom Becker and Ana Ruiz");
		expect(via.body).not.toContain("Dana");
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
		expect(drafts[0].body).toContain("pass my thanks on to everyone I met");
	});

	it("asks about next steps in the primary-contact message only while nobody said and nobody asked", () => {
		const question = "what the next steps are";
		const draftFor = (interview: Interview) =>
			buildDrafts(interview, "thank-you", ctx("2026-11-24T15:00")).drafts.find((d) => d.variant === "via-primary-contact");
		expect(draftFor(initech().build())?.body).toContain(question);
		expect(draftFor(initech().nextSteps("They'll call on Friday").build())?.body).not.toContain(question);
		expect(draftFor(initech().record("nextStepsAsked", "2026-11-24T12:00").build())?.body).not.toContain(question);
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
		const { drafts } = buildDrafts(interview, "thank-you", { settings: { myName: "", signature: "" }, now: local("2026-12-02T09:00") });
		const { subject, body } = drafts[0];
		expect(subject).toBe("Thank you — interview on 25 November");
		expect(body).toContain("I enjoyed our conversation");
		expect(body).toContain("in the role.");
		expect(body).not.toContain("experience:");
		expect(body).not.toContain("supporting material");
		expect(body).not.toMatch(/ {2}| \.|about \.|: \.|\n{3}/);
		expect(body.endsWith("Best regards,")).toBe(true);
	});

	it("uses the highlight without a focus, and the focus without a highlight", () => {
		const interview = anInterview()
			.interviewer("Ana Ruiz", { email: "ana@x.example", highlight: "The billing migration I led" })
			.interviewer("Li Wei", { email: "li@x.example", focus: "On-call load" })
			.build();
		const [ana, li] = buildDrafts(interview, "thank-you", ctx("2026-11-25T17:00")).drafts;
		expect(ana.body).toContain("my own experience: the billing migration I led.");
		expect(li.body).toContain("in particular: On-call load.");
		expect(li.body).not.toContain("my own experience");
	});

	it("says when the interview was as the day it is written sees it", () => {
		const opening = (now: string) =>
			buildDrafts(anInterview().interviewer("Ana Ruiz", { email: "a@x.example" }).build(), "thank-you", ctx(now)).drafts[0].body.split("\n")[2];
		expect(opening("2026-11-25T18:00")).toContain("meet with me today.");
		expect(opening("2026-11-26T08:00")).toContain("meet with me yesterday.");
		expect(opening("2026-11-28T08:00")).toContain("meet with me on Wednesday.");
		expect(opening("2026-12-03T08:00")).toContain("meet with me on 25 November.");
	});

	it("signs with the signature, else the name; a signature with its own closing line stands alone", () => {
		const interview = anInterview().interviewer("Ana Ruiz", { email: "a@x.example" }).build();
		const endOf = (settings: { myName: string; signature: string }) =>
			buildDrafts(interview, "thank-you", { settings, now: local("2026-11-25T17:00") }).drafts[0].body.split("\n\n").pop();
		expect(endOf({ myName: "Jordan Rivera", signature: "" })).toBe("Best regards,\nJordan Rivera");
		expect(endOf({ myName: "Jordan Rivera", signature: "Jordan\n+1 555 0100" })).toBe("Best regards,\nJordan\n+1 555 0100");
		expect(endOf({ myName: "Jordan Rivera", signature: "Cheers,\nJordan" })).toBe("Cheers,\nJordan");
		expect(endOf({ myName: "", signature: "" })).toBe("Best regards,");
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
		// The seventh interviewer's first choice is the first one's opening, and they share a name.
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
				const interviewers: Person[] = people.map((p, i) => ({
					...(sameData ? people[0] : p),
					email: `person${i}@x.example`,
				}));
				const result = buildDrafts(anInterview().with({ interviewers }).build(), "thank-you", ctx("2026-11-25T17:00"));
				const texts = bodies(result);
				expect(texts).toHaveLength(interviewers.length);
				expect(new Set(texts).size).toBe(texts.length);
				expect(result.problems.some((p) => p.includes("same text"))).toBe(false);
			}),
		);
	});
});

describe("messages to the primary contact", () => {
	it("next-steps asks what happens next and when, and nothing else", () => {
		const [draft] = buildDrafts(acmeRobotics().build(), "next-steps", ctx("2026-11-25T17:00")).drafts;
		expect(draft.to).toEqual([{ name: "Lena Okafor", email: "lena.okafor@acme-robotics.example" }]);
		expect(draft.subject).toBe("Next steps — Platform engineer interview");
		expect(draft.body).toContain("what the next steps are");
		expect(draft.body).toContain("when you expect to make a decision");
		expect(draft.body).toContain("even more interested in the Platform engineer role at Acme Robotics");
	});

	it("check-in says still interested, asks for news and comes with a short call script", () => {
		const [draft] = buildDrafts(hooli().build(), "check-in", ctx("2026-11-24T16:30")).drafts;
		expect(draft.to).toEqual([{ name: "Maya Chen", email: "maya.chen@hooli.example" }]);
		expect(draft.body).toContain("my interview on 17 November");
		expect(draft.body).toContain("still very interested");
		expect(draft.body).toContain("any update");
		const script = draft.script!.split("\n");
		expect(script[0]).toBe("Hi Maya, this is Jordan Rivera.");
		expect(script[1]).toBe("I interviewed for the Infrastructure engineer role at Hooli on 17 November.");
		expect(script.length).toBeLessThanOrEqual(7);
		expect(script.some((line) => /thank you/i.test(line))).toBe(true);
	});

	it("a call script without a name in the settings still says why you call", () => {
		const [draft] = buildDrafts(hooli().build(), "check-in", { settings: { myName: "", signature: "" }, now: local("2026-11-24T16:30") }).drafts;
		expect(draft.script!.split("\n")[0]).toBe("Hi Maya, I'm calling about my interview.");
	});

	it("close-out thanks, asks to be kept in mind, and blames nobody", () => {
		const [draft] = buildDrafts(starkIndustries().build(), "close-out", ctx("2026-11-24T10:00")).drafts;
		expect(draft.variant).toBe("closing");
		expect(draft.body).toContain("Thank you again");
		expect(draft.body).toContain("kept me in mind");
		expect(draft.body).not.toMatch(/haven't heard|no reply|disappoint|unfortunately/i);
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

describe("handwritten-note", () => {
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

	it("names the weekday even on the day itself, since the card is read days later", () => {
		const [card] = buildDrafts(globex().build(), "handwritten-note", ctx("2026-11-25T18:00")).drafts;
		expect(card.body).toContain("on Wednesday");
		expect(card.body).not.toContain("today");
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

	it("drops the focus before cutting anything", () => {
		const interview = anInterview()
			.company("Acme")
			.role("Engineer")
			.interviewer("Ana Ruiz", { linkedin: "https://linkedin.example/ana", focus: "latency ".repeat(40).trim() })
			.build();
		const result = buildDrafts(interview, "linkedin", ctx("2026-11-25T17:00"));
		const note = result.drafts[0].body;
		expect(note).toBe(
			"Hi Ana, thank you for speaking with me today. I enjoyed learning about the Engineer role at Acme and would be glad to stay connected.",
		);
		expect(result.problems.join(" ")).toContain("shortened");
	});

	it("cuts at a word boundary with an ellipsis when even the short note is too long", () => {
		const interview = anInterview()
			.company("The Very Long Name Company ".repeat(12).trim())
			.interviewer("Ana Ruiz", { linkedin: "https://linkedin.example/ana" })
			.build();
		const note = buildDrafts(interview, "linkedin", ctx("2026-11-25T17:00")).drafts[0].body;
		expect(note.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
		expect(note).toMatch(/ (?:The|Very|Long|Name|Company)…$/);
	});

	it("never exceeds 300 characters and never cuts a word, whatever the names and focus", () => {
		const word = fc.stringMatching(/^[A-Za-z]{1,30}$/);
		const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(" "));
		fc.assert(
			fc.property(words(12), words(60), words(20), words(20), (name, focus, role, company) => {
				const interview = anInterview()
					.company(company)
					.role(role)
					.interviewer(name, { linkedin: "https://linkedin.example/x", focus })
					.build();
				const note = buildDrafts(interview, "linkedin", ctx("2026-11-25T17:00")).drafts[0].body;
				expect(note.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
				const known = new Set(
					(`Hi ${name}, thank you for speaking with me today about ${focus}. I enjoyed learning about the ${role} role at ${company} and would be glad to stay connected. ` +
						`${interview.interviewers[0].name} ${focus} ${role} ${company}`)
						.split(/\s+/)
						.map((w) => w.replace(/[.,]$/, "").toLowerCase()),
				);
				for (const token of note.replace(/…$/, "").split(/\s+/)) {
					expect(known.has(token.replace(/[.,]$/, "").toLowerCase()), `"${token}" is not a whole word of the note`).toBe(true);
				}
			}),
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
		expect(builtIn.drafts[0].subject).toBe("Thank you — Platform engineer interview");
	});

	it("keeps the built-in subject when the override leaves it empty", () => {
		const result = buildDrafts(acmeRobotics().build(), "next-steps", ctx("2026-11-25T17:00", { templates: { "next-steps": { subject: "", body: "Any news?" } } }));
		expect(result.drafts[0].subject).toBe("Next steps — Platform engineer interview");
		expect(result.drafts[0].body).toBe("Any news?");
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
			expect(drafts[0].body).toContain("{{date}}");
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
		expect(note.startsWith('---\nsubject: "Thank you — {{interview_label}}"\n---\n%%\n')).toBe(true);
		expect(note).toContain("- {{focus_and_highlight}}: ");
		expect(note).toContain("{{company}}");
		expect(notes["next-steps.md"]).not.toContain("{{interviewer.");
	});

	it("the written-out copies render exactly as the built-ins", () => {
		const templates = Object.fromEntries(
			Object.entries(builtInTemplateNotes()).map(([file, text]) => [file.replace(/\.md$/, ""), parseTemplateNote(text)]),
		) as Record<DraftTemplateKey, ReturnType<typeof parseTemplateNote>>;
		const text = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
		const person = fc.record({
			name: fc.string({ minLength: 1, maxLength: 20 }),
			email: fc.option(fc.emailAddress(), { nil: undefined }),
			focus: text,
			highlight: text,
			linkedin: fc.option(fc.webUrl(), { nil: undefined }),
			attachments: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
		});
		fc.assert(
			fc.property(fc.array(person, { maxLength: 4 }), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.constantFrom(...ACTION_KINDS), (interviewers, company, role, kind) => {
				const interview = anInterview().company(company).role(role).with({ interviewers }).primaryContact("Lena Okafor", "lena@x.example").build();
				const builtIn = buildDrafts(interview, kind, ctx("2026-11-26T09:00"));
				const copies = buildDrafts(interview, kind, ctx("2026-11-26T09:00", { templates }));
				expect(copies).toEqual(builtIn);
			}),
		);
	});
});

describe("parseTemplateNote", () => {
	it("reads a quoted or plain subject, and the rest as the body", () => {
		expect(parseTemplateNote('---\nsubject: "Thanks: {{role}}"\n---\nBody\n')).toEqual({ subject: "Thanks: {{role}}", body: "Body\n" });
		expect(parseTemplateNote("---\nsubject: Thanks, {{interviewer.first_name}}\n---\nBody")).toEqual({ subject: "Thanks, {{interviewer.first_name}}", body: "Body" });
		expect(parseTemplateNote("---\r\nsubject: 'It''s me'\r\n---\r\nBody\r\n")).toEqual({ subject: "It's me", body: "Body\r\n" });
	});

	it("takes a subject that starts with a placeholder as written, though it is not valid YAML", () => {
		expect(parseTemplateNote("---\nsubject: {{role}} interview\n---\nBody").subject).toBe("{{role}} interview");
		expect(parseTemplateNote("---\nsubject: {{role}}\n---\nBody").subject).toBe("{{role}}");
	});

	it("reads a note without frontmatter as a body with no subject", () => {
		expect(parseTemplateNote("Hi {{primary_contact}}")).toEqual({ subject: "", body: "Hi {{primary_contact}}" });
		expect(parseTemplateNote("---\n---\nBody")).toEqual({ subject: "", body: "Body" });
	});
});
