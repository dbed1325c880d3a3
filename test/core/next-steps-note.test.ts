import { describe, expect, it } from "vitest";
import { readNextSteps, resolveDays } from "../../src/core/next-steps-note";
import { local } from "../builders/interview";

// Friday 20 November 2026, read on 2 December.
const base = local("2026-11-20T10:00");
const now = local("2026-12-02T14:00");
const pat = { names: ["Pat Lund", "Pat"] };
const read = (text: string, reader: { names: string[]; title?: string } = pat) => readNextSteps(text, reader, base, now);

describe("relative days, written out against the interview's day", () => {
	const cases: [string, string][] = [
		["by Monday", "by Monday 23 November"],
		["Friday", "on Friday 27 November"],
		["next Tues", "on Tuesday 24 November"],
		["end of next week", "by Friday 27 November"],
		["by the end of the week", "by Friday 20 November"],
		["this week", "by Friday 20 November"],
		["early next week", "early in the week of 23 November"],
		["within 2 weeks", "by Friday 4 December"],
		["in 10 days", "by Monday 30 November"],
		["tomorrow", "on Saturday 21 November"],
		["on the 14th", "on Monday 14 December"],
		["early in the week of the 30th", "early in the week of 30 November"],
		["Thursday 10am", "on Thursday 26 November at 10am"],
		["by mid-Dec", "by mid-December"],
		["after the winter break", "after the winter break"],
		["Monday 23 November", "Monday 23 November"],
	];
	it.each(cases)("%j", (text, expected) => expect(resolveDays(text, base, now)).toBe(expected));

	it("names the year when it is not the year of writing", () => {
		expect(resolveDays("by Monday", local("2026-12-30T10:00"), now)).toBe("by Monday 4 January 2027");
	});
});

describe("what they said about next steps, read back", () => {
	const cases: [string, string, string][] = [
		["Lena to send take-home by Monday", "understood", "I understood Lena would send the take-home exercise by Monday 23 November"],
		["Pat to send take-home by Monday", "you", "you mentioned you'd send the take-home exercise by Monday 23 November"],
		["Pat said she'd get back to me within 2 weeks", "you", "you mentioned you'd get back to me by Friday 4 December"],
		["decision end of next week", "understood", "I understood a decision was expected by Friday 27 November"],
		["Hiring manager will call by Friday", "understood", "I understood the hiring manager would call by Friday 27 November"],
		["offer call Monday", "understood", "I understood there would be an offer call on Monday 23 November"],
		["They'll decide after the board meets on the 14th", "understood", "I understood the team would decide after the board meets on Monday 14 December"],
		["waiting on budget approval", "understood", "I understood the next step was waiting on budget approval"],
		["Principal Snyder: 'we'll let you know after winter break'", "understood", "I understood from Principal Snyder that you'd let me know after winter break"],
		["Expect to hear by the 11th", "understood", "I understood I'd hear back by Friday 11 December"],
		["Maria (recruiter) to follow up in 2 wks", "understood", "I understood Maria would follow up by Friday 4 December"],
		["Miles will email by Thursday; then a call with the VP", "understood", "I understood Miles would email by Thursday 26 November, and that there would be a call with the VP"],
		["2nd round w/ VP, then references", "notes", "the next steps were: second round with the VP, then references"],
		["they said 2-3 weeks", "notes", "the next steps were: they said 2-3 weeks"],
	];
	it.each(cases)("%j", (text, kind, clause) => expect(read(text)).toEqual({ kind, clause }));

	it("credits the reader by role when their title says so", () => {
		expect(read("Principal to email by Friday", { names: ["Carol Jennings", "Carol"], title: "Principal" })?.clause).toBe("you mentioned you'd email by Friday 27 November");
		expect(read("Principal to email by Friday")?.clause).toBe("I understood the principal would email by Friday 27 November");
	});

	it("gives nothing for an empty note, and never 'I know'", () => {
		expect(read("")).toBeNull();
		expect(read("  ")).toBeNull();
		for (const [text] of cases) expect(read(text)?.clause).not.toMatch(/\bI know\b/);
	});
});
