import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

// Wednesday 2 December 2026, read the next day.
const base = local("2026-12-02T10:00");
const now = local("2026-12-03T09:00");
const to = (name: string, title: string, others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);

describe("a guessed step after a part left out, and a post typed short (review 54)", () => {
	const lieutenant = to("Lt. Ray Dominguez", "Fire Marshal's Office", ["Beth Sorensen", "City of Milwaukie"]);

	it("says 'there might be' the step, names the post in full with 'the', and tells the arrow part as typed", () => {
		const r = read("panel scores -> HR, 2nd rd w/ community dev dir maybe", lieutenant);
		expect(r?.clause).toBe("I understood there might be a second round with the community development director");
		expect(r?.unsaid).toEqual(["panel scores -> HR"]);
		expect(read("panel scores -> HR, prob 2nd rd w/ economic dev manager", lieutenant)?.clause).toBe("I understood there would probably be a second round with the economic development manager");
		expect(read("2nd rd w/ community dev dir", lieutenant)?.clause).toBe("I understood the next step was a second round with the community development director");
	});

	it("never says 'there would be possibly' nor a post without its article", () => {
		for (const note of ["panel scores -> HR, 2nd rd w/ CNO maybe", "scores -> HR, maybe final w/ plant ops manager", "panel scores -> HR, 2nd rd w/ community dev dir prob"]) {
			const clause = read(note, lieutenant)?.clause ?? "";
			expect(clause, note).not.toMatch(/there would be (?:possibly|probably)|\bwith (?!the )\p{Ll}+ \p{Ll}+ (?:director|manager)\b|\bdev\b/u);
		}
	});
});

describe("a clause of its own after a comma, its subject two words (review 54)", () => {
	const marcus = to("Marcus Bell", "", ["Hannah Cole", "Luis Ortega", "Northgate Repertory Theatre"]);

	it("joins 'artistic dir decides after thanksgiving' with 'and that … would decide'", () => {
		expect(read("they're seeing 2 more designers, artistic dir decides after thanksgiving", marcus)?.clause).toBe(
			"I understood the team was seeing two more designers, and that the artistic director would decide after Thanksgiving",
		);
		expect(read("they're seeing 2 more designers, managing dir decides after thanksgiving", marcus)?.clause).toBe(
			"I understood the team was seeing two more designers, and that the managing director would decide after Thanksgiving",
		);
	});

	it("never pastes a clause after a comma, nor says one as a step", () => {
		for (const note of ["they're seeing 2 more designers, artistic dir decides after thanksgiving", "2 more candidates, exec team decides by fri", "kim will call fri, search committee meets dec 10"]) {
			const clause = read(note, marcus)?.clause ?? "";
			expect(clause, note).not.toMatch(/, (?!and that )[\p{L} ]+ (?:decides|meets)\b|(?:before|step was|there would be) [\p{L} ]+ (?:decides|meets)\b/u);
		}
		const r = read("2 more candidates, exec team decides by fri", marcus);
		expect(r?.unsaid).toEqual(["exec team decides by fri"]);
	});
});

describe("a person the note lists in lower case (review 53)", () => {
	// The interviewers line "mo <mo@fernandfig.co>, kels <kelsey@fernandfig.co>": the names as typed.
	const cafe = (name: string) => ({ names: namesFor(name), title: "", context: ["Fern & Fig Coffee", "mo", "kels"] });

	it("writes 'kels' with its capital, and 'mo' as a name, never as months", () => {
		expect(read("2nd rd thurs?? bar test w/ kels", cafe("mo"))?.clause).toBe("I understood the next step was a possible second round on Thursday 3 December, and that there would be a bar test with Kels");
		expect(read("bar test w/ mo", cafe("kels"))?.clause).toBe("I understood the next step was a bar test with Mo");
		expect(read("bar test w/ mo", cafe("mo"))?.clause).toBe("I understood the next step was a bar test with you");
		expect(read("kels will call fri", cafe("mo"))?.clause).toBe("I understood Kels would call on Friday 4 December");
	});

	it("never says a listed name in lower case", () => {
		for (const note of ["2nd rd thurs?? bar test w/ kels", "tasting w/ kels and mo", "kels will call fri", "trial shift w/ kels next wk"]) {
			const clause = read(note, cafe("Dana Cole"))?.clause ?? "";
			expect(clause, note).not.toMatch(/\b(?:kels|mo|months)\b/);
		}
	});
});

describe("bare nouns after 'with' in a step (review 53)", () => {
	const hannah = to("Hannah Pruitt", "QA Supervisor", ["Dr. Elena Vasquez", "Cascade Aerostructures"]);

	it("says the step without them, and tells the user", () => {
		const r = read("hannah said HR will reach out re: 2nd rd onsite w/ shop floor walk, prob within a wk", hannah);
		expect(r?.clause).toBe("you mentioned HR would reach out about a second round onsite, probably by Wednesday 9 December");
		expect(r?.unsaid).toEqual(["w/ shop floor walk"]);
		const visit = read("site visit w/ plant floor tour next wk", hannah);
		expect(visit?.clause).toBe("I understood the next step was a site visit in the week of 7 December");
		expect(visit?.unsaid).toEqual(["w/ plant floor tour"]);
		expect(read("2nd rd w/ Dr. Vasquez", hannah)?.clause).toBe("I understood the next step was a second round with Dr. Vasquez");
	});

	it("never says a step after 'with' without its article", () => {
		for (const note of ["hannah said HR will reach out re: 2nd rd onsite w/ shop floor walk, prob within a wk", "HR will call re 2nd rd w/ panel interview", "2nd rd w/ plant tour"]) {
			const clause = read(note, hannah)?.clause ?? "";
			expect(clause, note).not.toMatch(/\bwith (?!(?:the|a|an)\b)(?:\p{Ll}+ ){0,2}(?:walk|tour|interview)\b/u);
		}
	});
});

describe("'ref checks first' after a span (review 53)", () => {
	const context = ["Dr. Alan Brooks", "Jenna Kowalski", "Northwest Orthotics & Prosthetics"];
	const alan = { names: namesFor("Dr. Alan Brooks"), title: "Clinical Director", context };
	const jenna = { names: namesFor("Jenna Kowalski"), title: "Practice Manager", context };

	it("says the reference checks come first, with no article before a plural", () => {
		const r = read("alan said 1-2 wks, ref checks first", alan);
		expect(r?.clause).toBe("you mentioned there would be reference checks first, and that I'd hear back within 1 to 2 weeks of our interview");
		expect(r?.unsaid).toBeUndefined();
		expect(read("alan said 1-2 wks, ref checks first", jenna)?.clause).toBe("I understood from Alan that there would be reference checks first, and that I'd hear back within 1 to 2 weeks of our interview");
		expect(read("HR will call in 2 wks, background checks first", jenna)?.clause).toBe("I understood there would be background checks first, and that HR would call by Wednesday 16 December");
		expect(read("reference calls next wk", jenna)?.clause).toBe("I understood the next step was reference calls in the week of 7 December");
	});

	it("leaves out a part that 'then' and only whom it goes to follow, with them", () => {
		const r = read("background checks next wk then HR; decision by fri", jenna);
		expect(r?.clause).toBe("I understood a decision was expected by Friday 4 December");
		expect(r?.unsaid).toEqual(["background checks next wk then HR"]);
	});

	it("never says 'a' before a plural step, nor a step with a verb in it", () => {
		for (const note of ["ref checks first", "decision in 2 wks, ref checks first", "reference calls next wk", "2 more candidates, exec team decides by fri"]) {
			const clause = read(note, jenna)?.clause ?? "";
			expect(clause, note).not.toMatch(/\ban? \p{Ll}+ (?:checks|calls)\b|\b(?:was|be) [\p{Ll} ]+ decides\b/u);
		}
	});
});

describe("a clause after a comma that ends on its verb", () => {
	const context = ["Marcus Bell", "Northgate Repertory Theatre"];
	const jenna = { names: namesFor("Jenna Kowalski"), title: "Recruiter", context };

	it("is never glued on as typed ('…, artistic director decides'), and a 'big boss' is never a 'big manager'", () => {
		for (const note of ["seeing 2 more, artistic dir decides", "seeing 2 more designers, big boss decides", "onsite next, board approves"]) {
			const r = read(note, jenna);
			expect(r?.clause ?? "", note).not.toMatch(/, [\p{Ll} ]*(?:decides|approves)$/u);
			expect(r?.clause ?? "", note).not.toMatch(/big manager/);
			expect(r?.unsaid?.length ?? 0, note).toBeGreaterThan(0);
		}
		expect(read("they're seeing 2 more designers, big boss decides after thanksgiving", jenna)?.clause).toMatch(/and that the manager would decide after Thanksgiving$/);
	});
});
