import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

// Wednesday 2 December 2026, read the next day.
const base = local("2026-12-02T10:00");
const now = local("2026-12-03T09:00");
const to = (name: string, title: string, others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);
const principal = to("Dana Cole", "Principal");

describe("a stage said with '=' (review 50)", () => {
	it("reads '<stage> = <verb phrase>' as what the stage would be for the user to do", () => {
		expect(read("2nd rd = teach a 15 min demo lesson to staff, they'll email times", principal)?.clause).toBe(
			"I understood the second round would be to teach a 15-minute demo lesson to the staff, and that the team would email times",
		);
		expect(read("round 2 = present a case study to the board next wk", principal)?.clause).toBe("I understood the second round would be to present a case study to the board in the week of 7 December");
		expect(read("onsite = tour the plant and meet the crew", principal)?.clause).toBe("I understood the onsite would be to tour the plant and meet the crew");
		expect(read("next step = present my portfolio to the board", principal)?.clause).toBe("I understood the next step would be to present my portfolio to the board");
		expect(read("final = cook a tasting menu for the owners", principal)?.clause).toBe("I understood the final round would be to cook a tasting menu for the owners");
	});

	it("reads '<stage> = <noun phrase>' with its article and its length before it", () => {
		expect(read("2nd rd = 15 min demo lesson to staff", principal)?.clause).toBe("I understood the second round would be a 15-minute demo lesson to the staff");
		expect(read("2nd rd = 8 min presentation", principal)?.clause).toBe("I understood the second round would be an 8-minute presentation");
		expect(read("round 3 = case study with ops team", principal)?.clause).toBe("I understood the third round would be a case study with the operations team");
	});

	it("leaves out a stage it cannot say with certainty, never a broken sentence", () => {
		for (const note of ["final = bring knives", "final = teach 15 min demo lesson", "2nd rd = teach a 15 min lesson each", "2nd rd = teach a lesson to the board?", "2nd rd = teach demo lesson"]) {
			const r = read(note, principal);
			expect(r?.kind, note).toBe("unread");
			expect(r?.clause, note).toBe("");
		}
	});

	it("tells 'times' after a stage it said, and never alone after one left out", () => {
		expect(read("final = present my portfolio to the board, they'll send dates", principal)?.clause).toBe("I understood the final round would be to present my portfolio to the board, and that the team would send dates");
		for (const note of ["final = bring knives, they'll email times", "2nd rd = teach demo lesson, they'll email times", "2nd rd = teach a 15 min lesson each, they'll send dates"]) {
			const r = read(note, principal);
			expect(r?.kind, note).toBe("unread");
			expect(r?.clause ?? "", note).not.toMatch(/times|dates/);
		}
	});
});
