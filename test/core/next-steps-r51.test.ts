import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

// Wednesday 2 December 2026, read the next day.
const base = local("2026-12-02T10:00");
const now = local("2026-12-03T09:00");
const to = (name: string, title: string, others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);
const owner = to("Maria Lopez", "Owner", ["Kim Ng"]);

describe("a verb alone after a step (review 51)", () => {
	it("says a trial 'sent' as one there would be, and the verb after it as the sender's next act, the bracket left out", () => {
		const r = read("she'll send a paid trial (build 1 centerpiece + 1 bridal bouquet), then decide", owner);
		expect(r?.clause).toBe("you mentioned there would be a paid trial, and that you'd decide after it");
		expect(r?.unsaid).toEqual(["build 1 centerpiece + 1 bridal bouquet"]);
		expect(read("kim will send a paid trial next wk, then decide", owner)?.clause).toBe("I understood there would be a paid trial in the week of 7 December, and that Kim would decide after it");
		expect(read("she will call next wk, then confirm", owner)?.clause).toBe("you mentioned you'd call in the week of 7 December, and that you'd confirm after it");
	});

	it("never says a bare verb as a step", () => {
		for (const note of ["ride along on a job fri then decide", "paid trial, then decide", "panel, then review", "decide", "call next wk then confirm"]) {
			const r = read(note, owner);
			expect(r?.clause ?? "", note).not.toMatch(/\b(?:an?|the) (?:decide|review|confirm)\b/);
		}
		const r = read("paid trial, then decide", owner);
		expect(r?.clause).toBe("I understood the next step was a paid trial");
		expect(r?.unsaid).toEqual(["decide"]);
	});
});

describe("a clause of its own after a comma (review 51)", () => {
	const recruiter = to("Brianna Hale", "Recruiter", ["Kim Ng"]);

	it("joins 'hiring class starts …' with 'and that', and leaves out a place typed in lower case", () => {
		const r = read("brianna to send drug screen + medical info, hiring class starts jan 19 in pasco", recruiter);
		expect(r?.clause).toBe("you mentioned you'd send the drug screen and medical information, and that the hiring class starts on Tuesday 19 January 2027");
		expect(r?.unsaid).toEqual(["in pasco"]);
		expect(read("brianna to send drug screen + medical info, hiring class starts jan 19 in Pasco", recruiter)?.clause).toBe(
			"you mentioned you'd send the drug screen and medical information, and that the hiring class starts on Tuesday 19 January 2027 in Pasco",
		);
		expect(read("hiring class starts jan 19", recruiter)?.clause).toBe("I understood the hiring class starts on Tuesday 19 January 2027");
	});

	it("never pastes a clause after a comma, nor says one as a step", () => {
		for (const note of ["Kim will call fri, onboarding starts jan 4", "brianna to send the forms, training starts jan 19", "hiring class starts jan 19; brianna to send forms"]) {
			const clause = read(note, recruiter)?.clause ?? "";
			expect(clause, note).not.toMatch(/, (?!and that )[\p{L} ]+ starts\b|step was [\p{L} ]+ starts\b|there would be [\p{L} ]+ starts\b/u);
		}
	});
});

describe("HR with a name typed in lower case, 'ref's' and a post's acronym (review 51)", () => {
	const karen = to("Karen Boyd", "HR / recruiter");

	it("reads 'HR (karen)' to Karen as her, 'ref's' as my references and 'w/ CNO' as with the CNO", () => {
		expect(read("HR (karen) will call ref's, 2nd rd w/ CNO maybe", karen)?.clause).toBe("you mentioned you'd call my references, and that there might be a second round with the CNO");
		expect(read("HR (karen) will call ref's", to("Karen Boyd", "Recruiter"))?.clause).toBe("you mentioned you'd call my references");
		expect(read("HR (karen) will call ref's", to("Dana Cole", "Nurse manager", ["Karen Boyd"]))?.clause).toBe("I understood Karen in HR would call my references");
		expect(read("recruiter (karen) will check refs", to("Karen Boyd", "Talent partner"))?.clause).toBe("you mentioned you'd check my references");
		expect(read("2nd rd w/ CHRO", karen)?.clause).toBe("I understood the next step was a second round with the CHRO");
	});

	it("never says a word in brackets it cannot place as a name", () => {
		expect(read("HR (tbd) will call ref's", to("Dana Cole", "Nurse manager", ["Karen Boyd"]))?.clause).toBe("I understood HR would call my references");
	});
});
