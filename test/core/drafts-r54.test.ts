// What reviews 53 and 54 found in the product's own lines, each on the reviewer's input and a variant.
import { describe, expect, it } from "vitest";
import { mentionsOf } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { sentencesHolding } from "../../src/core/from-notes";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Okafor" };
const at = (now: string) => ({ settings, now: local(now) });

describe("a next-steps question written after every day it could name (review 53)", () => {
	it("asks for news, not 'roughly when', once a span counted from the interview has run out", () => {
		// Orthotist: interview 27 October, "alan said 1-2 wks, ref checks first", decision_expected 10 November, drafted 4 December.
		const interview = anInterview()
			.at("2026-10-27T09:00", "2026-10-27T11:00")
			.interviewer("Dr. Alan Brooks", { email: "abrooks@nwop.example" })
			.primaryContact("Dr. Alan Brooks", "abrooks@nwop.example")
			.nextSteps("alan said 1-2 wks, ref checks first")
			.decisionExpected("2026-11-10")
			.record("thankYouSent", "2026-10-27T16:00")
			.build();
		const body = buildDrafts(interview, "next-steps", at("2026-12-04T10:00")).drafts[0].body;
		expect(body).not.toMatch(/roughly when|likely to be/);
		expect(body).toMatch(/any news/);
		expect(body).toMatch(/You had mentioned there would be reference checks first, and that I'd hear back within 1 to 2 weeks/);
		// Within the span, the question about when still stands.
		const early = buildDrafts(interview, "next-steps", at("2026-10-29T10:00")).drafts[0].body;
		expect(early).not.toMatch(/any news/);
	});

	it("asks for news once a holiday the steps name has passed, and the decision day with it", () => {
		// Theatre: "decides after thanksgiving", decision_expected 1 December, drafted 4 December.
		const base = () =>
			anInterview()
				.at("2026-11-20T13:00", "2026-11-20T14:30")
				.interviewer("Marcus Bell", { email: "mbell@rep.example" })
				.primaryContact("Marcus Bell", "mbell@rep.example")
				.nextSteps("they're seeing 2 more designers, artistic dir decides after thanksgiving");
		for (const interview of [base().decisionExpected("2026-12-01").build(), base().build()]) {
			const body = buildDrafts(interview, "next-steps", at("2026-12-04T10:00")).drafts[0].body;
			expect(body).not.toMatch(/roughly when|when to expect/);
			expect(body).toMatch(/any news/);
		}
		// Before Thanksgiving, nothing is stale yet.
		expect(buildDrafts(base().build(), "next-steps", at("2026-11-23T10:00")).drafts[0].body).not.toMatch(/any news/);
	});

	it("asks for news when only a decision day was given and it is over", () => {
		const interview = anInterview().at("2026-11-02T10:00", "2026-11-02T11:00").interviewer("Ana Ruiz", { email: "ana@x.example" }).primaryContact("Ana Ruiz", "ana@x.example").decisionExpected("2026-11-20").build();
		const body = buildDrafts(interview, "next-steps", at("2026-12-04T10:00")).drafts[0].body;
		expect(body).not.toMatch(/when you expect|when a decision is likely|roughly when/);
		expect(body).toMatch(/any news/);
	});
});

describe("a check-in drafted before it falls due (review 53)", () => {
	it("is written as of the day it falls due: no 'today', no 'before then' of a day already past by then", () => {
		// Riding instructor: interview and drafting on Friday 4 December, "2nd rd = teach a demo lesson at the barn sometime next wk".
		const interview = anInterview()
			.at("2026-12-04T08:00", "2026-12-04T08:25")
			.with({ format: "phone" })
			.interviewer("Sarah Collins", { email: "sarah@willow.example" })
			.primaryContact("Sarah Collins", "sarah@willow.example")
			.nextSteps("2nd rd = teach a demo lesson at the barn sometime next wk")
			.build();
		const result = buildDrafts(interview, "check-in", at("2026-12-04T10:00"));
		const draft = result.drafts[0];
		for (const text of [draft.body, draft.script ?? ""]) {
			expect(text).not.toMatch(/\btoday\b|\byesterday\b/);
			expect(text).not.toMatch(/before then/);
		}
		expect(draft.body).toMatch(/on 4 December/);
		expect(result.warnings.join(" ")).toMatch(/falls due on Saturday 12 December/);
		expect(result.warnings.join(" ")).toMatch(/no thank-you recorded/);
	});

	it("says a decision day is over when it falls due after it, and is written as before once due", () => {
		// Thank-you sent 1 December, a decision by Friday 18 December: due on the 19th.
		const interview = anInterview()
			.at("2026-11-30T10:00", "2026-11-30T11:00")
			.interviewer("Ana Ruiz", { email: "ana@x.example" })
			.primaryContact("Ana Ruiz", "ana@x.example")
			.decisionExpected("2026-12-18")
			.record("thankYouSent", "2026-12-01T09:00")
			.build();
		const early = buildDrafts(interview, "check-in", at("2026-12-01T10:00"));
		expect(early.drafts[0].body).not.toMatch(/before then|\byesterday\b/);
		expect(early.drafts[0].body).toMatch(/was expected by Friday 18 December/);
		const due = buildDrafts(interview, "check-in", at("2026-12-19T10:00"));
		expect(due.warnings.join(" ")).not.toMatch(/falls due/);
		expect(due.drafts[0].body).toBe(early.drafts[0].body);
	});
});

describe("'again' only to one thanked before (review 54)", () => {
	const payroll = () =>
		anInterview()
			.company("Brightline Logistics")
			.role("Payroll Specialist II")
			.at("2026-12-02T10:00", "2026-12-02T11:00")
			.with({ format: "video" })
			.interviewer("Greg Olsen", { email: "golsen@brightline.example", title: "Payroll Manager" })
			.interviewer("Priya Raman", { email: "praman@brightline.example", title: "HR Director" })
			.primaryContact("Tara Whitcomb (Apex Staffing recruiter)", "tara.whitcomb@apexstaffing.example")
			.decisionExpected("2026-12-11")
			.record("thankYouSent", "2026-12-02T15:20");

	it("thanks a recruiter who set the day up and got no thank-you without 'again', in every letter to them", () => {
		const next = buildDrafts(payroll().build(), "next-steps", at("2026-12-04T10:00")).drafts[0].body;
		const close = buildDrafts(payroll().build(), "close-out", at("2026-12-20T10:00")).drafts[0].body;
		const offer = buildDrafts(payroll().status("offer").build(), "close-out", at("2026-12-20T10:00")).drafts[0].body;
		for (const body of [next, close, offer]) {
			expect(body).toMatch(/thank you for arranging my video interview/i);
			expect(body).not.toMatch(/(?:thank you|thanks) again|once more/i);
		}
	});

	it("says 'again' to a primary contact who interviewed and was thanked", () => {
		const thanked = anInterview().at("2026-12-02T10:00", "2026-12-02T11:00").interviewer("Greg Olsen", { email: "golsen@x.example" }).primaryContact("Greg Olsen", "golsen@x.example").record("thankYouSent", "2026-12-02T15:20");
		expect(buildDrafts(thanked.build(), "next-steps", at("2026-12-04T10:00")).drafts[0].body).toMatch(/Thank you again for our conversation/);
		expect(buildDrafts(thanked.status("withdrawn").build(), "close-out", at("2026-12-20T10:00")).drafts[0].body).toMatch(/Thank you again for our conversation/);
	});
});

describe("stock lines reviewers cut (reviews 52-54)", () => {
	const CUT = [/The work itself appeals to me/, /would carry over/, /what I want to do next/, /what I'm looking for next/, /how you see the work ahead/];
	const FIRST = ["Linda Choi", "Raj Patel", "Ana Ruiz", "Sam Lee", "Li Wei", "Marcus Oyelaran", "Kim Doe", "Ola Berg"];

	it("never writes them, in a panel of any size with nothing in the note, and no two letters share a sentence", () => {
		for (const company of ["Brightline Tax & Accounting", "Acme", "Globex", "Initech", "Hooli"]) {
			for (let size = 1; size <= 8; size++) {
				const b = anInterview().company(company).role("seasonal tax preparer");
				FIRST.slice(0, size).forEach((name, i) => b.interviewer(name, { email: `p${i}@x.example`, ...(i % 2 === 1 ? { title: "Senior preparer" } : {}) }));
				const drafts = buildDrafts(b.build(), "thank-you", at("2026-12-01T18:00")).drafts;
				const seen = new Set<string>();
				for (const d of drafts) {
					for (const cut of CUT) expect(d.body).not.toMatch(cut);
					for (const sentence of d.body.split("\n\n")[1].split(". ")) {
						expect(seen.has(sentence), sentence).toBe(false);
						seen.add(sentence);
					}
				}
			}
		}
	});

	it("offers to share more about 'that work' only where no sentence before it spoke of 'the work'", () => {
		for (const company of ["Acme", "Globex", "Co106", "Co145", "Co187", "Hooli", "Umbrella", "Wonka"]) {
			const interview = anInterview().company(company).interviewer("Ana Ruiz", { email: "ana@x.example", focus: "bar workflow", highlight: "ran the bar at a 120-seat cafe" }).interviewer("Sam Lee", { email: "sam@x.example", focus: "milk steaming", highlight: "trained 14 baristas on dial-in" }).build();
			for (const d of buildDrafts(interview, "thank-you", at("2026-12-01T18:00")).drafts) {
				const at = d.body.indexOf("more about that work");
				if (at > 0) expect(d.body.slice(0, at)).not.toMatch(/\bthe work\b/);
			}
		}
	});
});

describe("hints at the note's own lines (reviews 53 and 54)", () => {
	it("finds a line headed by a short name and a colon ('mo: consistency!!'), in any case", () => {
		const text = "---\ntype: interview\n---\n\n## notes\n- mo: consistency!! latte art ok but dial-in > art\nMO: wants 2 shifts\nmostly fine\nthe demo went ok\n";
		expect(mentionsOf(text, ["mo"], 5).map((m) => m.line)).toEqual([6, 7]);
		expect(mentionsOf(text, ["mo"])[0].quote).toBe("mo: consistency!! latte art ok but dial-in > art");
		// Without its colon, a two-letter word stays a word.
		expect(mentionsOf("---\na: 1\n---\nmo money\n", ["mo"])).toEqual([]);
	});

	it("quotes each line it names", () => {
		const noteText = "---\ntype: interview\n---\n\n## notes\nmarcus (prod mgr), hannah (artistic dir)\n- 5 show season\n- hannah loved my Our Town plot\n";
		const interview = anInterview().interviewer("Marcus Bell", { email: "m@x.example" }).interviewer("Hannah Cole", { email: "h@x.example" }).build();
		const problems = buildDrafts(interview, "thank-you", { ...at("2026-12-01T18:00"), noteText }).problems.join("\n");
		expect(problems).toMatch(/Hannah on lines 6 and 8 \("marcus \(prod mgr\), hannah \(artistic dir\)" and "hannah loved my Our Town plot"\)/);
		const mo = anInterview().interviewer("mo", { email: "mo@fernandfig.example" }).build();
		expect(buildDrafts(mo, "thank-you", { ...at("2026-12-01T18:00"), noteText: "---\na: 1\n---\n- mo: consistency!! latte art ok but dial-in > art\n" }).problems.join("\n")).toMatch(/Mo on line 4 \("mo: consistency!!/);
	});
});

describe("'Written from your notes' ends where the letter's sentence ends (review 54)", () => {
	it("never joins a note sentence ending in 'ft.' or 'co.' to the stock sentence after it", () => {
		const card = "Our conversation on Friday has stayed with me. It was a pleasure to tell you about turning a rope team of 4 around at 12,800 ft. Thank you for your time; I hope we speak again soon.";
		expect(sentencesHolding(card, ["turning a rope team of 4 around at 12,800 ft"])).toEqual(["It was a pleasure to tell you about turning a rope team of 4 around at 12,800 ft."]);
		const letter = "I mentioned that I routed more than 300 TI permits through fire review at clackamas co. I'd be glad to answer any other questions you have.";
		expect(sentencesHolding(letter, ["I routed more than 300 TI permits through fire review at clackamas co."])).toEqual(["I mentioned that I routed more than 300 TI permits through fire review at clackamas co."]);
		// An abbreviation inside the note's words still joins its own sentence: "Dr. Lee".
		expect(sentencesHolding("I was glad to tell you about my work with Dr. Lee on triage. Thank you again.", ["my work with Dr. Lee on triage"])).toEqual(["I was glad to tell you about my work with Dr. Lee on triage."]);
	});

	it("lists a card's note sentence alone", () => {
		const interview = anInterview().interviewer("Rob Hale", { email: "rob@x.example", highlight: "turned a rope team of 4 around at 12,800 ft" }).record("thankYouSent", "2026-12-01T15:00").build();
		for (const d of buildDrafts(interview, "handwritten-note", at("2026-12-02T10:00")).drafts) {
			for (const s of d.fromNotes ?? []) expect(s).not.toMatch(/ft\. \S/);
		}
	});
});

describe("a panel's cards with nothing in the note (review 54)", () => {
	it("differ in more than their first words, and do not all name the whole role and company", () => {
		const FIRST = ["Linda Choi", "Raj Patel", "Ana Ruiz", "Sam Lee", "Li Wei", "Kim Doe"];
		for (const company of ["Brightline Tax & Accounting", "Fern & Fig Coffee", "Northgate Repertory Theatre", "Acme", "Globex"]) {
			for (let size = 2; size <= 6; size++) {
				const b = anInterview().company(company).role("seasonal tax preparer").record("thankYouSent", "2026-12-01T15:00");
				FIRST.slice(0, size).forEach((name, i) => b.interviewer(name, { email: `p${i}@x.example` }));
				const cards = buildDrafts(b.build(), "handwritten-note", at("2026-12-02T10:00")).drafts.map((d) => d.body.split("\n\n")[1]);
				expect(cards.every((c) => c.includes(`role at ${company}`)), cards.join("\n")).toBe(false);
				// The line about the role, without its first three words, is never another card's.
				const tails = cards.map((c) => c.split(". ")[1].split(" ").slice(3).join(" "));
				expect(new Set(tails).size, cards.join("\n")).toBe(cards.length);
			}
		}
	});
});

describe("a letter's focus read knowing its reader and the note's own spellings (review 54)", () => {
	const panel = () =>
		anInterview()
			.at("2026-12-03T09:00", "2026-12-03T12:00")
			.interviewer("Sam Whitfield", { email: "sam@riverside.example", focus: "Sam's team is short staffed on weekends and they need someone who can carry a full caseload of 10-12 pts a day." })
			.interviewer("Jenna Park", { email: "jenna@riverside.example", focus: "how I'd work w/ cotas (supervision, delegation)", highlight: "supervised 3 COTAs, cosign notes within 24h" });

	it("never speaks of the reader in the third person", () => {
		const drafts = buildDrafts(panel().build(), "thank-you", at("2026-12-03T15:00")).drafts;
		const toSam = drafts.find((d) => d.to.some((r) => r.email === "sam@riverside.example"));
		expect(toSam?.body).toBeDefined();
		expect(toSam?.body).not.toMatch(/\bSam's\b/);
		const card = buildDrafts(panel().build(), "handwritten-note", at("2026-12-03T15:00")).drafts.find((d) => /Sam/.test(d.body.split("\n")[0]));
		expect(card?.body ?? "").not.toMatch(/\bSam's\b/);
		// A variant that names the reader in a topic of its own.
		const handoffs = anInterview()
			.at("2026-12-03T09:00", "2026-12-03T12:00")
			.interviewer("Sam Whitfield", { email: "sam@riverside.example", focus: "how Sam runs weekend handoffs" })
			.build();
		const letter = buildDrafts(handoffs, "thank-you", at("2026-12-03T15:00")).drafts[0].body;
		expect(letter).not.toMatch(/\bSam runs\b/);
	});

	it("writes a word typed in lower case as the note spells it elsewhere", () => {
		const toJenna = buildDrafts(panel().build(), "thank-you", at("2026-12-03T15:00")).drafts.find((d) => d.to.some((r) => r.email === "jenna@riverside.example"));
		expect(toJenna?.body).toMatch(/\bCOTAs\b/);
		expect(toJenna?.body).not.toMatch(/\bcotas\b/);
	});
});

describe("a decision day that is today is no day ahead (review 56)", () => {
	const interview = () =>
		anInterview()
			.at("2026-12-01T09:00", "2026-12-01T10:00")
			.interviewer("Sarah Lind", { email: "sarah@dc.example" })
			.decisionExpected("2026-12-04")
			.build();

	it("never says 'you expect to decide by Friday 4 December' on the 4th", () => {
		const body = (now: string) => buildDrafts(interview(), "next-steps", at(now)).drafts.map((d) => d.body).join("\n");
		expect(body("2026-12-04T10:00")).not.toMatch(/4 December|December 4/);
		// The day before, it is still ahead and said.
		expect(body("2026-12-03T10:00")).toMatch(/by Friday,? (?:4 December|December 4)/);
	});
});
