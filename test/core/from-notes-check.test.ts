// Reviews 84-88: the list of sentences written from the notes named every one alike; it now says, where it can tell,
// what to look at in one: a place typed in lower case, shorthand left in, a weekday or month without its capital, a mark.
import { describe, expect, it } from "vitest";
import { draftBlock } from "../../src/core/draft-block";
import { fromNotesCheck } from "../../src/core/from-notes";

describe("what to check in a sentence written from the notes", () => {
	it.each([
		["I rebuilt the preshift exam checklist at bear run, which cut 104(a) citations about 40% in a year.", '"bear run" may be a name that takes capitals'],
		["It was good to explain how I ran arrangements solo at brennan's for 3 years.", `"brennan's" may be a name that takes capitals`],
		["I enjoyed hearing your thinking on the haul truck berms n highwall.", '"n" may be shorthand'],
		["I was glad we could talk about my work on the stolen veh pursuit last march.", '"veh" may be shorthand; "march" takes a capital'],
		["I was glad we could talk about my work on the berm height audits = mid-axle height.", '"=" is from your notes'],
		["I'm glad we had time to talk about the time I did 11 walk-ins on fri 13 flash day solo.", '"fri" may be shorthand'],
		["It was good to explain how I ran saturday seed starting with 4-H kids for 2 springs.", '"saturday" takes a capital'],
		// Review 113: the tuner's own tuner, and a night told as it was typed.
		["I enjoyed telling you how I tuned the U1 aurally in 58 minutes, checked with his verituner after.", '"his" may be the reader: if so, say "your"'],
		["I was glad to tell you about my work on the night with the drunk guy on the sailboat.", '"drunk" may be too casual for a letter'],
	])("%s", (sentence, check) => {
		expect(fromNotesCheck(sentence)).toBe(check);
	});
	it("says 'my work on' is a guess to check (reviews 153-155)", () => {
		for (const sentence of ["I was pleased to describe my work on the scopist and proofer team.", "It was good to tell you about my work on RPR, CRR pend.", "I was glad to tell you about my work on the CLSI order of draw."]) {
			expect(fromNotesCheck(sentence), sentence).toBe(`"my work on" is the draft's guess: if you held, used or had it rather than worked on it, say so`);
		}
		expect(fromNotesCheck("I was glad to tell you about my work on the embedded Linux port at Brightline.")).toBeNull();
	});
	it("says nothing of sentences that read right", () => {
		for (const sentence of [
			"I understood HR would send a references form on Thursday 19 November.",
			"Thanks for making time on Friday to discuss certification failures at submission with me.",
			"I enjoyed hearing your thinking on key control, chain of custody and patent keys.",
			"I understood the next step was a background check at Concentra.",
			"I was glad to tell you how I scaled the service at work and at home, at night and at the weekend.",
			"I'd march the crew to the muster point at my last job.",
			"I enjoyed telling you about the triage color card system I built at my current hospital.",
		]) expect(fromNotesCheck(sentence), sentence).toBeNull();
	});
	it("runs in linear time on crafted input", () => {
		for (const unit of ["at bear ", "a=a", "w ", "at ", "saturday ", "last march "]) {
			for (const size of [30_000, 120_000]) expect(typeof (fromNotesCheck(unit.repeat(size / unit.length)) ?? "")).toBe("string");
		}
	});
});

describe("the note's draft block", () => {
	it("puts the check after the sentence", () => {
		const draft = { kind: "thank-you", variant: "email", to: [{ name: "Janice Holt", email: "j@x.example" }], subject: "Thank you", body: "Hi Janice,\n\nI did weekly audits at bear run.\n", mailto: null, fromNotes: ["I did weekly audits at bear run."] } as unknown as Parameters<typeof draftBlock>[0];
		expect(draftBlock(draft, new Date(2026, 11, 5))).toContain('- I did weekly audits at bear run. (check: "bear run" may be a name that takes capitals)');
	});
});
