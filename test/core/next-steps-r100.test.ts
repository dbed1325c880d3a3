// Reviews 97-100: next steps with a post before a colon, a verb without its subject, the user's own hope, and shorthand.
import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const base = local("2026-12-02T10:00");
const read = (text: string, reader: string, ...others: string[]) =>
	readNextSteps(text, { names: namesFor(reader), context: [reader, ...others].flatMap((n) => namesFor(n)) }, base, local("2026-12-03T09:00"));

describe("next steps of reviews 97-100", () => {
	it.each([
		// "…, will let me know after" before: a verb left without its subject, pasted on.
		["committee meets dec 10, will let me know after", "Rev. Paul Abernathy", "I understood the committee would meet on Thursday 10 December, and that you'd let me know after that"],
		// "the next step was a supt, and that you'd be calling about …" before: a post before a colon is who spoke.
		["supt: will call re: 2nd int by fri", "Gary Lund", "I understood you'd call about a second interview by Friday 4 December"],
		["recruiter: will call re: 2nd int by fri", "Gary Lund", "I understood you'd call about a second interview by Friday 4 December"],
		// "…, meeting judge's manager if they like me" before: the user's hope is never said.
		["kayla (apex) will relay feedback, mtg judge's boss if they like me", "Kayla Brooks", "you mentioned you'd pass on the feedback"],
		// Articles and shorthand.
		["kelly (recruiter) will call w/ feedback, they want 2nd mtg w/ owner", "Kelly Park", "you mentioned you'd call with feedback, and that the team would like a second meeting with the owner"],
		["ray said 2nd round = plant walkthru + SCADA scenario", "Ray Ortiz", "you mentioned the second round would be a plant walk-through and a SCADA scenario"],
		["jess emails re shift bid results", "Jess Moreno", "you mentioned you'd email about the shift bid results"],
		["oskar sending a take home (site plan for a pocket park), due in a week", "Oskar Lind", "you mentioned you'd send a take-home exercise (a site plan for a pocket park), due by Wednesday 9 December"],
		["margaret said 2 wks, final w/ director", "Margaret Chen", "you mentioned a final interview with the director in about two weeks"],
		["margaret said 2 wks", "Margaret Chen", "you mentioned I'd hear back within about two weeks of our interview"],
		// Read as nothing before.
		["nadia re: offer after she talks to owners", "Nadia Haddad", "you mentioned you'd be in touch about an offer after talking with the owners"],
		["rita 2 send offer or no by fri", "Rita Vance", "you mentioned you'd let me know by Friday 4 December"],
		["badge bkgrd ck (SIDA) + drug test, tony calls", "Tony Reyes", "I understood the next step was a badge background check (SIDA) and a drug test, and that you'd call"],
		["mel texts me by sat w/ offer or not, commission 50% after 90 days", "Mel Ortiz", "you mentioned you'd text me by Saturday 5 December"],
	])("%s (to %s)", (text, reader, clause) => {
		expect(read(text, reader)?.clause).toBe(clause);
	});

	it.each([
		// "you'd send the me times to meet dr okafor in person" before.
		["jodie sending me times to meet dr okafor in person", "Jodie Marsh", "you mentioned you'd send me times to meet Dr. Okafor in person"],
		// "the next step was a you setting up in person …" before.
		["jake setting up in person w/ ops mgr next wk", "Jake Ross", "you mentioned you'd set up an in-person interview with the operations manager in the week of 7 December"],
		// Read as nothing before: a recruiter's agency in brackets, "w" for "with".
		["brittany (recruiter, tradestaff pro) will set up in person w gary", "Brittany Hale", "you mentioned you'd set up an in-person interview with Gary"],
		// "…, bkgrnd and credit check" pasted on before.
		["owen to call w/ decision by fri, bkgrnd + credit check", "Owen Pratt", "you mentioned you'd call with a decision by Friday 4 December, and that there would be a background check and a credit check"],
		// "…, and that you'd email by Wednesday 1 December 2027" before: a day just gone is no day next year.
		["second round w/ superintendent's office maybe, sandra emails by dec 1", "Sandra Voss", "I understood the next step was possibly a second round with the superintendent's office"],
		// "a ride-along with luis" before: a name typed in lower case the note gives nowhere else.
		["rick said ride along w luis next wk maybe, call by tues", "Rick Dunn", "you mentioned there might be a ride-along in the week of 7 December, and that there would be a call by Tuesday 8 December"],
	])("%s (to %s, review 98)", (text, reader, clause) => {
		expect(read(text, reader, "Gary Lund", "Dr. Ada Okafor")?.clause).toBe(clause);
	});

	it.each([
		// Read as nothing before: an offer guessed at, and a ride-along, after a comma.
		["brianna will call w/ feedback, maybe offer next wk", "Brianna Cole", "you mentioned you'd call with feedback"],
		["jess will send van schedule, maybe ride along", "Jess Moreno", "you mentioned you'd send the van schedule, and that there might be a ride-along"],
		// Read as nothing before: what a test covers, in brackets.
		["dana to send skills assessment (fair housing + yardi)", "Dana Wells", "you mentioned you'd send the skills assessment"],
		// "a working interview half day" before.
		["dr okafor wants a working interview half day, marisol to schedule", "Dr. Ada Okafor", "you mentioned you'd like a half-day working interview, and that Marisol would schedule it"],
		// "2 sample takeoffs" before.
		["phil wants 2 sample takeoffs by wed", "Phil Grant", "you mentioned you'd like two sample takeoffs by Wednesday 9 December"],
	])("%s (to %s, reviews 98-99)", (text, reader, clause) => {
		expect(read(text, reader, "Marisol Vega")?.clause).toBe(clause);
	});

	it("writes a title typed in lower case as one, and says who decides after the step before (review 98)", () => {
		expect(read("jodie sending me times to meet dr okafor in person", "Jodie Marsh")?.clause).toBe("you mentioned you'd send me times to meet Dr. Okafor in person");
		expect(read("dana to send ref check forms, then dr okafor decides", "Dana Wells", "Dr. Ada Okafor")?.clause).toBe("you mentioned you'd send the reference check forms, and that Dr. Okafor would then decide");
		expect(read("dana to send ref check forms, then dr okafor decides", "Dr. Ada Okafor", "Dana Wells")?.clause).toBe("I understood Dana would send the reference check forms, and that you'd then decide");
	});

	it("says a count of finalists in words ('finished 2 more finalists' before, review 98)", () => {
		expect(read("alicia will email after they finish 2 more finalists", "Alicia Park")?.clause).toBe("you mentioned you'd email once they had finished with two more finalists");
	});

	it("tells the user of what it left out", () => {
		expect(read("brianna will call w/ feedback, maybe offer next wk", "Brianna Cole")?.leftOut).toEqual(["maybe offer next wk"]);
		expect(read("dana to send skills assessment (fair housing + yardi)", "Dana Wells")?.unsaid).toEqual(["fair housing + yardi"]);
		expect(read("second round w/ superintendent's office maybe, sandra emails by dec 1", "Sandra Voss")?.unsaid).toEqual(["sandra emails by dec 1"]);
		expect(read("rick said ride along w luis next wk maybe, call by tues", "Rick Dunn")?.unsaid).toEqual(["w luis"]);
	});

	it("never says the user's hope, an offer 'or no', or pay", () => {
		expect(read("kayla (apex) will relay feedback, mtg judge's boss if they like me", "Kayla Brooks")?.unsaid).toEqual(["mtg judge's boss if they like me"]);
		expect(read("rita 2 send offer or no by fri", "Rita Vance")?.leftOut).toEqual([]);
		expect(read("mel texts me by sat w/ offer or not, commission 50% after 90 days", "Mel Ortiz")?.unsaid).toEqual(["commission 50% after 90 days"]);
	});

	it("reads a post the reader holds as the reader's own words", () => {
		const r = readNextSteps("supt: will call re: 2nd int by fri", { names: namesFor("Gary Lund"), title: "Plant Superintendent" }, base, local("2026-12-03T09:00"));
		expect(r?.clause).toBe("you mentioned you'd call about a second interview by Friday 4 December");
	});
});
