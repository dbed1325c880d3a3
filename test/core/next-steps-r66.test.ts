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
