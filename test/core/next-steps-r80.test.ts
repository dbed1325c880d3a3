// Reviews 79-80: next steps as hurried notes type them, said back whole and right.
import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const base = local("2026-11-25T10:00");
const read = (text: string, reader: string) => readNextSteps(text, { names: namesFor(reader) }, base, local("2026-11-25T15:00"));

describe("next steps of reviews 79-80", () => {
	it.each([
		// "a you sending a second round" before.
		["marisol sending a 2nd rd w/ the research nurses, mid dec", "Marisol Vega", "you mentioned you'd set up a second round with the research nurses in mid-December"],
		// "with decision", and a condition on an offer said as "I'd hear back on references" before.
		["trevor will email by fri w/ decision, offer would be contingent on refs", "Trevor Lund", "you mentioned you'd email by Friday 27 November with a decision"],
		// ", drug screen and background check after" before.
		["dana said offer decision by dec 1, drug screen + bg check after", "Dana Kowalczyk", "you mentioned a decision by Tuesday 1 December, followed by a drug screen and a background check"],
		// "w ED" before.
		["paulette said writing sample exercise (2pg LOI) due in a wk, then final w ED", "Paulette Greer", "you mentioned a writing sample exercise due by Wednesday 2 December, followed by a final interview with the ED"],
		// "by mid-December maybe" before.
		["dr o said references next, then offer by mid dec maybe", "Dr. Adaeze Okonkwo", "you mentioned references come next, and that I'd hear back by around mid-December"],
		// "with branch manager" before.
		["sam said hr will email re: second round w/ branch mgr", "Sam Okafor", "you mentioned HR would email about a second round with the branch manager"],
	])("%s", (text, reader, clause) => {
		expect(read(text, reader)?.clause).toBe(clause);
	});

	it.each([
		// Read as nothing before: a practical glossed in brackets, sent by the reader.
		["gail sending a paid practical (prompt book exercise) early next wk", "Gail Pruitt", "you mentioned you'd send a paid prompt book exercise early in the week of 23 November"],
		// A panel the reader hands the user on to; "pharm".
		["kendra passing me to the pharm director for a panel, she'll email times", "Kendra Lott", "you mentioned you'd pass me on to the pharmacy director for a panel"],
		// ", maybe onsite" after the call.
		["kayla (aerotalent) will call w/ feedback by wed, maybe onsite", "Kayla Brooks", "you mentioned you'd call with feedback by Wednesday 25 November, and that there might be an onsite interview"],
	])("%s (interview on Saturday 21 November)", (text, reader, clause) => {
		const saturday = local("2026-11-21T14:00");
		expect(readNextSteps(text, { names: namesFor(reader) }, saturday, local("2026-11-21T19:00"))?.clause).toBe(clause);
	});
});

describe("next steps of reviews 81-82", () => {
	it.each([
		// "a you, checking my references this week" before.
		["Renata checking refs this wk, then offer or not", "Renata Flores", "2026-11-30T10:00", "you mentioned you'd check my references this week"],
		// "email references request", "email date": the one both sides know of.
		["Maria will email references request this week", "Maria Delgado", "2026-11-30T10:00", "you mentioned you'd email the references request this week"],
		["road test at the north garage, loretta will email date", "Loretta Banks", "2026-11-30T10:00", "I understood the next step was a road test at the north garage, and that you'd email the date"],
		// "sped director".
		["2nd round w/ sped director, greg to schedule", "Greg Holloway", "2026-11-30T10:00", "I understood the next step was a second round with the special education director, which you'd schedule"],
		// Read as nothing before.
		["Jordan (recruiter) will relay feedback, maybe paid trial shift at the showmatch", "Jordan Keyes", "2026-11-30T10:00", "you mentioned you'd pass on the feedback, and that there might be a paid trial shift at the showmatch"],
	])("%s", (text, reader, at, clause) => {
		expect(readNextSteps(text, { names: namesFor(reader) }, local(at), local(at.replace("10:00", "15:00")))?.clause).toBe(clause);
	});
});

describe("next steps of reviews 83-84", () => {
	it.each([
		// "call mon or on Tuesday 24 November" before.
		["vic to call mon or tues", "Vic Kowalczyk", "2026-11-20T10:00", "you mentioned you'd call on Monday 23 or Tuesday 24 November"],
		// "a you 2 call with oral board date" before.
		["capt fairbanks 2 call w/ oral board date", "Capt. Lena Fairbanks", "2026-11-20T10:00", "you mentioned you'd call with the oral board date"],
		// "due 48h after" before.
		["marisol to send case study exercise, due 48h after", "Marisol Ortega", "2026-11-20T10:00", "you mentioned you'd send the case study exercise, due 48 hours after it arrives"],
	])("%s", (text, reader, at, clause) => {
		expect(readNextSteps(text, { names: namesFor(reader) }, local(at), local(at.replace("10:00", "15:00")))?.clause).toBe(clause);
	});

	it("says 're 2nd' as a second round", () => {
		expect(readNextSteps("sam to call re 2nd", { names: namesFor("Sam Ortiz") }, local("2026-11-20T10:00"), local("2026-11-20T15:00"))?.clause).toBe("you mentioned you'd call about a second round");
	});
});
