import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, title = "", others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
// Tuesday 1 December 2026, read the next day.
const base = local("2026-12-01T10:00");
const now = local("2026-12-02T09:00");
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);

describe("a time relative to the interview, read in a later month (review 56)", () => {
	const renee = to("Renee Park");
	// Wednesday 18 November, the letter drafted on Friday 4 December.
	const november = local("2026-11-18T10:00");
	const december = local("2026-12-04T09:00");

	it("names the month of 'by end of the month', and says 'once they had interviewed' after 'you'd'", () => {
		const r = readNextSteps('renee to follow up after they interview 2 more candidates, decision "by end of the month"', renee, november, december);
		expect(r?.clause).toBe("you mentioned you'd follow up once they had interviewed 2 more candidates, and that a decision was expected by the end of November");
		expect(readNextSteps("Sam to email after they meet the other 3 candidates", renee, november, december)?.clause).toBe("I understood Sam would email once they had met the other three candidates");
	});

	it("names the month for 'end of month', 'eom', 'next month' read later, and keeps the words read in the same month", () => {
		expect(readNextSteps("panel debrief Thurs, decision by end of month", renee, november, december)?.clause).toMatch(/a decision was expected by the end of November$/);
		expect(readNextSteps("decision by eom", renee, november, december)?.clause).toMatch(/by the end of November$/);
		expect(readNextSteps("Kim will call next month", renee, november, december)?.clause).toMatch(/would call in December$/);
		expect(readNextSteps("decision by end of the month", renee, november, local("2026-11-20T09:00"))?.clause).toMatch(/by the end of the month$/);
		for (const note of ["decision by end of the month", "renee to decide by end of this month", "they'll call this month"]) {
			expect(readNextSteps(note, renee, november, december)?.clause ?? "", note).not.toMatch(/\b(?:this|the|next) month\b/);
		}
	});
});

describe("'w/ day' typed short (review 56)", () => {
	it("says 'call me with a day for the next step', never 'with day'", () => {
		expect(read("jen to call w/ day", to("Jen Ortiz"))?.clause).toBe("you mentioned you'd call me with a day for the next step");
		expect(read("Jen will email w/ date", to("Bo Li"))?.clause).toBe("I understood Jen would email me with a date for the next step");
		expect(read("jen to txt w/ time by fri", to("Jen Ortiz"))?.clause).toBe("you mentioned you'd text me with a time for the next step by Friday 4 December");
		for (const note of ["jen to call w/ day", "Jen to call with date", "jen will email w/ times"]) {
			expect(read(note, to("Jen Ortiz"))?.clause ?? "", note).not.toMatch(/\bwith (?:day|date|time)s?\b/);
		}
	});
});

describe("'hear back by X' after a step, and 'if they move fwd' (review 56)", () => {
	const note = "Sarah said 2nd rd w/ site mgr next wk if they move fwd, hear back by fri";

	it("says 'I'd hear back by Friday', never a decision, and the step on its condition", () => {
		expect(read(note, to("Tom Lee"))?.clause).toBe(
			"I understood that, if I moved forward, the next step would be a second round with the site manager in the week of 7 December, and that I'd hear back by Friday 4 December",
		);
		expect(read(note, to("Sarah Lee"))?.clause).toBe(
			"you mentioned that, if I moved forward, there would be a second round with the site manager in the week of 7 December, and that I'd hear back by Friday 4 December",
		);
		expect(read("panel w/ store mgr thurs, hear back by mon", to("Tom Lee"))?.clause).toBe("I understood the next step was a panel with the store manager on Thursday 3 December, and that I'd hear back by Monday 7 December");
	});

	it("never pastes 'hear back' after a comma, nor says it as a decision", () => {
		for (const n of [note, "2nd rd w/ site mgr next wk, hear back by fri", "panel w/ store mgr thurs, hear back by mon"]) {
			for (const reader of [to("Tom Lee"), to("Sarah Lee")]) {
				const clause = read(n, reader)?.clause ?? "";
				expect(clause, n).toMatch(/I'd hear back by \p{Lu}/u);
				expect(clause, n).not.toMatch(/, (?:should )?hear back|decision|mentioned that, if I moved forward, an? /u);
			}
		}
	});
});

describe("a shift the user will work, with its night and hours (review 56)", () => {
	it("tells back 'a paid stage shift on the night of Saturday', leaving out the hours and a bare 'then decide'", () => {
		const r = read("stage shift (paid) sat night 10p-4a, then decide", to("Marco Ruiz"));
		expect(r?.clause).toBe("I understood the next step was a paid stage shift on the night of Saturday 5 December");
		expect(r?.unsaid).toEqual(["decide"]);
		expect(read("trial shift (unpaid) wed morning 9am-1pm", to("Marco Ruiz"))?.clause).toBe("I understood the next step was an unpaid trial shift on the morning of Wednesday 2 December");
		expect(read("working interview fri evening 5-9pm", to("Marco Ruiz"))?.clause).toBe("I understood the next step was a working interview on the evening of Friday 4 December");
	});

	it("never loses such a step, nor says its hours in shorthand", () => {
		for (const note of ["stage shift (paid) sat night 10p-4a, then decide", "stage shift sat night", "trial shift (paid) sun afternoon"]) {
			const r = read(note, to("Marco Ruiz"));
			expect(r?.kind, note).toBe("understood");
			expect(r?.clause, note).toMatch(/shift on the (?:night|afternoon) of \p{Lu}\p{Ll}+day \d/u);
			expect(r?.clause, note).not.toMatch(/\(|\d{1,2}[ap]\b|\bsat\b/);
		}
	});
});

describe("a first step whose words cannot be said, with its days (review 56)", () => {
	const dave = to("Dave Moss");

	it("tells the days said for it, never asks for them again", () => {
		expect(read("in person climb assesment nxt tues or wed, he'll txt", dave)?.clause).toBe("I understood the next step would be on Tuesday 8 or Wednesday 9 December, and that you'd text me");
		const r = read("onsite skils assesment fri, he'll call", dave);
		expect(r?.clause).toBe("I understood the next step would be on Friday 4 December, and that you'd call");
		expect(r?.latest).toEqual(local("2026-12-04T00:00"));
	});

	it("says nothing of the step's own words, and never makes a step of a verb", () => {
		for (const note of ["in person climb assesment nxt tues or wed, he'll txt", "onsite skils assesment fri, he'll call"]) {
			expect(read(note, dave)?.clause ?? "", note).not.toMatch(/assesment|skils|climb|could you let me know/i);
		}
		expect(read("ops lead decides fri, he'll call", dave)?.clause ?? "").not.toMatch(/next step would be on/);
	});
});

describe("a first step in doubt, with its days (review 56)", () => {
	it("is left out with its days: a guess is no day to tell back", () => {
		for (const note of ["in person climb assesment nxt tues?", "maybe skils assesment fri, he'll call"]) {
			expect(read(note, to("Dave Moss"))?.clause ?? "", note).not.toMatch(/next step would be on/);
		}
	});
});
