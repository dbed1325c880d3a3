import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, title = "", others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
// Monday 30 November 2026, read the same day.
const read = (text: string, reader: ReturnType<typeof to>, base = "2026-11-30T08:00", now = "2026-11-30T12:00") => readNextSteps(text, reader, local(base), local(now));

describe("'<name> to schedule' after steps left out (review 65)", () => {
	it("never says 'schedule it' with nothing for 'it'", () => {
		for (const [note, reader] of [
			["simulator eval + psych/FFD screening, pat to schedule", to("Pat Lee")],
			["simulator eval + psych/FFD screening, pat to schedule", to("Dale Ruiz", "", ["Pat Lee"])],
			["Kim to arrange", to("Kim Lo")],
			["Kim to set up", to("Dale Ruiz", "", ["Kim Lo"])],
		] as const) {
			expect(read(note, reader)?.clause ?? "", note).not.toMatch(/\b(?:schedule|arrange|book) it\b|\bset it up\b/);
		}
	});

	it("still says what is scheduled when the step before it is said", () => {
		expect(read("2nd rd w/ GM, Kim to schedule", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood the next step was a second round with the general manager, which Kim would schedule");
	});
});

describe("a second clause after a comma (review 66)", () => {
	it("never splices '…, mike wants …' on with a comma; it is left out and told", () => {
		const r = read("trish will call w/ feedback by thurs, mike wants a 2nd rd hands-on test in the shop", to("Trish Moe", "", ["Mike Ko"]));
		expect(r?.clause).toBe("you mentioned you'd call with feedback by Thursday 3 December");
		expect(r?.unsaid).toEqual(["mike wants a 2nd rd hands-on test in the shop"]);
		const s = read("Kim will email by fri, dan needs references", to("Dale Ruiz", "", ["Kim Lo", "Dan Ko"]));
		expect(s?.clause).toBe("I understood Kim would email by Friday 4 December");
		expect(s?.unsaid).toEqual(["dan needs references"]);
	});
});

describe("a bracket after a take-home, and an email after it (review 66)", () => {
	it("says the bracket as the exercise itself, never 'on parcel editing exercise', and the email as its own part", () => {
		expect(read("kevin: 2nd rd = short take-home (parcel editing exercise), email by tues", to("Kevin Ray"))?.clause).toBe(
			"you mentioned the second round would be a short take-home parcel editing exercise, and that there would be an email by Tuesday 1 December",
		);
		expect(read("2nd rd = take-home (SQL exercise)", to("Kevin Ray", "", ["Dale Ruiz"]))?.clause).toBe("I understood the second round would be a take-home SQL exercise");
		// A bracket that is a topic is still what the take-home is on.
		expect(read("2nd rd = take-home (data modelling)", to("Kevin Ray", "", ["Dale Ruiz"]))?.clause).toBe("I understood the second round would be the take-home exercise on data modelling");
	});

	it("never leaves a bare ', email by …' nor 'on … exercise'", () => {
		for (const note of ["kevin: 2nd rd = short take-home (parcel editing exercise), email by tues", "2nd rd = take-home, call by fri", "final rd = take-home test (pricing case study), email by mon"]) {
			expect(read(note, to("Kevin Ray"))?.clause ?? "", note).not.toMatch(/, (?:email|call|text) by\b|\bon [\p{L} ]+ (?:exercise|case study)\b/u);
		}
	});
});

describe("a rough span that has passed by the day the letter is written (review 65)", () => {
	it("is counted from the interview, never 'in about 2 weeks' a month on", () => {
		const r = read("decision in ~2 wks, Rev. Ortiz will email", to("Ana Ortiz"), "2026-11-03T08:00", "2026-12-04T12:00");
		expect(r?.clause).toBe("I understood a decision was expected within about two weeks of our interview, and that you'd be in touch by email");
		expect(read("Kim will call in about a week", to("Kim Lo"), "2026-11-03T08:00", "2026-12-04T12:00")?.clause).toBe("you mentioned you'd call within about a week of our interview");
	});

	it("keeps its words while it is still ahead", () => {
		expect(read("decision in ~2 wks, Rev. Ortiz will email", to("Ana Ortiz"), "2026-11-03T08:00", "2026-11-05T12:00")?.clause).toBe("I understood a decision was expected in about 2 weeks, and that you'd be in touch by email");
	});
});
