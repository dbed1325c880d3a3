// Review 65: "marta said 2nd rd = a trial make day, will call by next wed" is said back whole: "next wed" is a day,
// and a subjectless "will call by …" after it is when they would call, never "you'd be calling".
import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, others: string[] = []) => ({ names: namesFor(name), title: "", context: [name, ...others] });
// Thursday 3 December 2026, read the same day.
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, local("2026-12-03T09:30"), local("2026-12-03T15:00"));

describe("'…, will call by next wed' (review 65)", () => {
	it("is when the one who said it would call, dated", () => {
		expect(read("marta said 2nd rd = a trial make day, will call by next wed", to("Marta Lindqvist"))?.clause).toBe("you mentioned the second round would be a trial make day, and that you'd call by Wednesday 9 December");
		expect(read("marta said 2nd rd = a trial make day, will call by next wed", to("Joe Parks", ["Marta Lindqvist"]))?.clause).toBe("I understood from Marta that the second round would be a trial make day, and that Marta would call by Wednesday 9 December");
	});

	it("reads 'next wed', 'next mon' and 'this wed' as days, never 'wed' alone", () => {
		expect(read("marta will call by next wed", to("Marta Lindqvist"))?.clause).toBe("you mentioned you'd call by Wednesday 9 December");
		expect(read("will text by fri", to("Marta Lindqvist"))?.clause).toBe("you mentioned you'd text me by Friday 4 December");
		expect(read("we sat next to each other", to("Marta Lindqvist"))?.kind).toBe("unread");
	});

	it("keeps the work of calling someone else as it was", () => {
		expect(read("will call references this wk", to("Marta Lindqvist"))?.clause).toBe("you mentioned you'd be calling my references this week");
	});
});
