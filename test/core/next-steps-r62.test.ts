import { describe, expect, it } from "vitest";
import { readNextSteps, resolveDays } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, title = "", others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
// Friday 4 December 2026, read the same day.
const base = local("2026-12-04T08:00");
const now = local("2026-12-04T12:00");
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);

describe("a decision in a span typed short, '~2wks' (review 62)", () => {
	it("says a decision in about two weeks, never 'a decision about 2 weeks'", () => {
		const r = read("decsn ~2wks, HR calls", to("Priya Shah"));
		expect(r?.clause).toBe("I understood a decision was expected in about 2 weeks");
		// "HR calls" is not said back, and the user is told.
		expect(r?.unsaid).toEqual(["HR calls"]);
		expect(read("dec ~3wks, HR will call", to("Priya Shah"))?.clause).toBe("I understood a decision was expected in about 3 weeks, and that HR would call");
		expect(read("decision ~1wk", to("Priya Shah"))?.clause).toBe("I understood a decision was expected in about a week");
	});

	it("never says 'a decision about' a span", () => {
		for (const note of ["decsn ~2wks, HR calls", "decn ~10wks", "dec ~2wk"]) expect(read(note, to("Priya Shah"))?.clause ?? "", note).not.toMatch(/decision about \d/);
	});
});

describe("'X / Y' in a next step is one or the other (review 62)", () => {
	it("says 'about a shop visit or a paid trial day', never 'and', never bare nouns", () => {
		const r = read("he'll call back fri or mon re shop visit / paid trial day", to("Dale Ruiz"));
		expect(r?.clause).toMatch(/ about a shop visit or a paid trial day$/);
		expect(read("Kim will call tues re: interview / ride-along", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call on Tuesday 8 December about an interview or a ride-along");
		expect(read("Kim will call tues re: the shop visit / a trial", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call on Tuesday 8 December about the shop visit or a trial");
	});

	it("leaves out bare words that are no step rather than say them without an article", () => {
		expect(read("Kim will call tues re pay / hours", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call on Tuesday 8 December");
		for (const note of ["he'll call back tues re shop visit / paid trial day", "Kim will call tues re pay / hours"]) {
			expect(read(note, to("Dale Ruiz", "", ["Kim Lo"]))?.clause ?? "", note).not.toMatch(/ and |about (?!(?:a|an|the) )\p{Ll}/u);
		}
	});
});

describe("a round that is 'in person' (review 62)", () => {
	const note = "priya (recruiter @ lumen) will relay feedback, 2nd rd = in person w/ GM";

	it("says 'an in-person interview with the general manager', never 'an in person'", () => {
		expect(read(note, to("Priya Shah", "Recruiter"))?.clause).toBe("you mentioned you'd pass on the feedback, and that the second round would be an in-person interview with the general manager");
		expect(read("final round = in person", to("Dale Ruiz"))?.clause).toBe("I understood the final round would be an in-person interview");
		expect(read("next step = in person w/ the owner", to("Dale Ruiz"))?.clause).toBe("I understood the next step was an in-person interview with the owner");
	});

	it("never pastes 'an in person' nor the bracket beside the name", () => {
		for (const reader of [to("Priya Shah"), to("Dale Ruiz", "", ["Priya Shah"])]) {
			const said = read(note, reader)?.clause ?? "";
			expect(said).not.toMatch(/\ban in person\b|@|lumen|\(/i);
		}
	});
});

describe("two weekdays the interview's own day opens (review 62)", () => {
	it("puts no date on 'fri or mon' typed on a Friday: that day or a week on, which the note does not say", () => {
		const friday = local("2026-12-04T08:00");
		expect(resolveDays("he'll call back fri or mon", friday, friday)).toBe("he'll call back on Friday or Monday");
		// Typed on a Tuesday, both days are ahead and dated.
		const tuesday = local("2026-12-01T10:00");
		expect(resolveDays("he'll call back fri or mon", tuesday, tuesday)).toBe("he'll call back on Friday 4 or Monday 7 December");
		// One weekday alone keeps its reading: "by fri" on a Friday is the Friday a week on.
		expect(resolveDays("decision by fri", friday, friday)).toMatch(/by Friday 11 December/);
	});
});
