import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

// Friday 4 December 2026, read the next day.
const base = local("2026-12-04T10:00");
const now = local("2026-12-05T09:00");
const to = (name: string, title: string, others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
const read = (text: string, reader: ReturnType<typeof to>, on = base, at = now) => readNextSteps(text, reader, on, at);
const clause = (text: string, reader: ReturnType<typeof to>) => read(text, reader)?.clause;

describe("next steps read back (reviews 43 and 44)", () => {
	it("reads a name before an arrow as who acts, and 'wed/thurs' as either day", () => {
		const gus = to("Gus Moreno", "Shop Foreman");
		const r = read("gus -> call by wed/thurs re 2nd rd (bench test)", gus);
		expect(r?.clause).toBe("you mentioned you'd call by Wednesday 9 or Thursday 10 December about a second round, a bench test");
		expect(r?.clause).not.toMatch(/\ba you\b/);
		// What was said is not reported as left out.
		expect(r?.unsaid ?? []).toEqual([]);
		const owner = to("Dr. Maja Lindqvist", "Practice Owner", ["Kevin Doyle"]);
		expect(clause("kevin -> email fri/mon re trial shift", owner)).toBe("I understood Kevin would email on Friday or Monday about a trial shift");
		// A name alone is never a step: it is left out, and only it.
		const alone = read("gus; call by wed", gus);
		expect(alone?.clause).not.toMatch(/\byou\b/);
		expect(alone?.unsaid).toEqual(["gus"]);
	});

	it("never takes a board for its chair, and leaves out a meeting in a month already over", () => {
		const chair = to("Helen Park", "Board Chair");
		const november = local("2026-11-10T10:00");
		const past = read("board votes nov mtg", chair, november, local("2026-12-02T14:00"));
		expect(past?.kind).toBe("unread");
		expect(past?.clause).toBe("");
		const soon = read("board votes nov mtg", chair, november, local("2026-11-12T09:00"));
		expect(soon?.clause).toBe("I understood the board would vote at its November meeting");
		expect(soon?.latest).toEqual(local("2026-11-30T00:00"));
		expect(clause("committee votes dec mtg", to("Helen Park", "Committee Chair"))).toBe("I understood the committee would vote at its December meeting");
	});

	it("says the reader's own 'hes' as 'you', and a decision after it as theirs", () => {
		const r = read("ray said hes calling 2 more ppl then decides by next fri", to("Ray Fisk", "Director of Maintenance"));
		expect(r?.clause).toBe("you mentioned you were calling two more people, and that you'd decide by Friday 11 December");
		expect(r?.latest).toEqual(local("2026-12-11T00:00"));
		expect(clause("ana said shes checking refs then decides by next fri", to("Ana Ruiz", "Principal"))).toBe(
			"you mentioned you were checking my references, and that you'd decide by Friday 11 December",
		);
		// Of someone else, "he" is named once, and what the letter cannot say without naming them again is left out.
		const kevin = read("kevin said hes calling 2 more ppl then decides by next fri", to("Dr. Maja Lindqvist", "Practice Owner", ["Kevin Doyle"]));
		expect(kevin?.clause).toBe("I understood Kevin was calling two more people");
		expect(kevin?.unsaid).toEqual(["decides by next fri"]);
	});

	it("reads a bare 'answer' or 'decide' after a comma as a second step, and never presumes an offer", () => {
		expect(clause(`dr ferris to talk to owners, answer "in a wk or so"`, to("Dr. Alan Ferris", "Medical Director"))).toBe(
			"you mentioned you'd talk to the owners and have an answer in a week or so",
		);
		expect(clause("pat to check refs, answer by fri", to("Dana Cole", "Manager", ["Pat Lund"]))).toBe("I understood Pat would check my references and have an answer by Friday 11 December");
		expect(clause("pat to check refs, decide by fri", to("Pat Lund", "Manager"))).toBe("you mentioned you'd check my references and decide by Friday 11 December");
		const offer = read("pat to check refs, offer? by fri", to("Pat Lund", "Manager"));
		expect(offer?.clause).not.toMatch(/\boffer/);
		expect(offer?.leftOut).toContain("offer?");
	});
});
