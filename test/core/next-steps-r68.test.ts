// Reviews 67 and 68: "for in person" is never said; a company or person typed in lower case is said as the note writes it;
// a quoted "re:" reads back whole.
import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, others: string[] = []) => ({ names: namesFor(name), title: "", context: [name, ...others] });
// Thursday 3 December 2026, read the same day.
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, local("2026-12-03T09:30"), local("2026-12-03T15:00"));

describe("'… for in person w/ the PM' (review 68)", () => {
	it("says what the call is to set up, or leaves the 'for …' part out and tells it, never 'for in person'", () => {
		// (Review 208: a call "for in person" is to set up an in-person interview, said as such.)
		const dale = read("dale said he'd call by tues for in person w/ the PM", to("Dale Kowalski"));
		expect(dale?.clause).toBe("you mentioned you'd call by Tuesday 8 December to set up an in-person interview with the PM");
		expect(dale?.unsaid ?? []).toEqual([]);
		const other = read("dale will email by fri for onsite", to("Joe Parks", ["Dale Kowalski"]));
		expect(other?.clause).not.toMatch(/for onsite/);
		expect(other?.unsaid).toEqual(["for onsite"]);
	});
});

describe("a name typed in lower case (review 68)", () => {
	it("is said as the note writes it elsewhere", () => {
		expect(read("kelsey (agency) will hear back from thrillside end of wk, then let me know", to("Kelsey Morgan", ["Thrillside Adventure Park", "Tom Reyes"]))?.clause).toBe("you mentioned you'd hear back from Thrillside by Friday 4 December");
		expect(read("kelsey (agency) will hear back from thrillside end of wk, then let me know", to("Tom Reyes", ["Kelsey Morgan", "Thrillside Adventure Park"]))?.clause).toBe("I understood Kelsey would hear back from Thrillside by Friday 4 December");
		expect(read("will hear back from acme by fri", to("Joe Parks", ["Acme Freight"]))?.clause).toMatch(/from Acme by Friday 4 December/);
	});
});

describe("a quoted 're:' (review 67)", () => {
	it("reads back about the references, dated", () => {
		expect(read("hr (priya) reaches out re: references next wk", to("Helen Marsh", ["Priya Natarajan"]))?.clause).toBe("I understood Priya in HR would reach out about references in the week of 7 December");
		expect(read("hr (priya) reaches out re: references next wk", to("Priya Natarajan"))?.clause).toBe("you mentioned you'd reach out about references in the week of 7 December");
	});
});

describe("'<name> emailing <thing>' after a semicolon (review 68)", () => {
	it("is their own step, as after a comma", () => {
		expect(read("paid test edit; sam emailing the contract", to("Sam Lee"))?.clause).toBe("I understood the next step was a paid test edit, and that you'd email the contract");
		expect(read("paid test edit; sam sending raw files by fri", to("Joe Parks", ["Sam Lee"]))?.clause).toBe("I understood the next step was a paid test edit, and that Sam would send the raw files by Friday 4 December");
	});

	it("is left out and told when the thing cannot be said, never 'there would be a sam'", () => {
		for (const note of ["paid test edit; sam emailing contract", "paid test edit; sam emailing budget"]) {
			const r = read(note, to("Joe Parks", ["Sam Lee"]));
			expect(r?.clause, note).toBe("I understood the next step was a paid test edit");
			expect(r?.unsaid, note).toHaveLength(1);
		}
	});
});
