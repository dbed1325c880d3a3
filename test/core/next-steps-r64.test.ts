import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, title = "", others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
// Monday 30 November 2026, read the same day.
const read = (text: string, reader: ReturnType<typeof to>, base = "2026-11-30T08:00", now = "2026-11-30T12:00") => readNextSteps(text, reader, local(base), local(now));

describe("'-> then decide' after a step (review 64)", () => {
	it("never ends a clause on a 'to' left by the arrow; a ride-along with a journeyman", () => {
		const r = read("ride along w/ journeyman nxt wk -> then decide", to("Dale Ruiz"));
		expect(r?.clause).toBe("I understood the next step was a ride-along with a journeyman in the week of 7 December");
		// No one acts in the ride-along, so "decide" is left out and the user told.
		expect(r?.unsaid).toEqual(["decide"]);
		expect(read("shop visit w/ apprentice fri -> then offer", to("Dale Ruiz"))?.clause).toBe("I understood the next step was a shop visit with an apprentice on Friday 4 December");
		expect(read("Kim will call tues -> then decide", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call on Tuesday 1 December, and that Kim would decide after it");
		expect(read("2nd round ride along w/ crew lead", to("Dale Ruiz"))?.clause).toBe("I understood the next step was a second-round ride-along with a crew lead");
	});

	it("never ends on a preposition nor says 'a ride along'", () => {
		for (const note of ["ride along w/ journeyman nxt wk -> then decide", "panel nxt wk -> then decide", "ride-along fri => then decide", "a ride along w/ the foreman → then decide"]) {
			const said = read(note, to("Dale Ruiz"))?.clause ?? "";
			expect(said, note).not.toMatch(/ (?:to|with|->|→|=>)$|\ba ride along\b|with journeyman/);
		}
		// "ride along" said as a verb stays one.
		expect(read("I'll ride along with the crew", to("Dale Ruiz"))?.clause).toBe("I understood I would ride along with the crew");
	});
});

describe("a schedule they finalize, and an email at the end (review 64)", () => {
	const note = `they'll finalize winter schedule "after thanksgiving" and email`;
	// Friday 20 November 2026.
	const friday = (text: string, reader: ReturnType<typeof to>) => read(text, reader, "2026-11-20T08:00", "2026-11-20T12:00");

	it("says 'finalize the winter schedule' and 'and then email me'", () => {
		expect(friday(note, to("Dale Ruiz"))?.clause).toBe("I understood the team would finalize the winter schedule after Thanksgiving and then email me");
		expect(friday("Kim will finalize roster by fri and email", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would finalize the roster by Friday 27 November and then email me");
		expect(friday("Kim will post spring schedule", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would post the spring schedule");
		// "call and email" is one or both: no "then".
		expect(friday("Kim will call and email", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call and email");
	});

	it("never says a bare schedule nor ends on 'and email'", () => {
		for (const note2 of [note, "they'll confirm spring roster and email", "Kim will publish schedule and text"]) {
			expect(friday(note2, to("Dale Ruiz", "", ["Kim Lo"]))?.clause ?? "", note2).not.toMatch(/(?:finalize|confirm|publish) (?!the )|and (?:email|text)$/);
		}
	});
});

describe("'lit' for literacy, and a bare noun after 'about' (review 64)", () => {
	it("says 'the literacy committee' where 'lit' is typed before one", () => {
		expect(read("she'll talk w/ the lit committee and get back to me", to("Dale Ruiz"))?.clause).toBe("you mentioned you'd talk with the literacy committee and get back to me");
		expect(read("Kim will talk w/ lit coach", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would talk with the literacy coach");
		// "lit" before anything else is not read as literacy.
		expect(read("Kim will talk w/ the English lit dept", to("Dale Ruiz", "", ["Kim Lo"]))?.clause ?? "").not.toMatch(/literacy/);
	});

	it("says 'about the tasting day', never 'about tasting day'", () => {
		expect(read("she'll email re tasting day", to("Dale Ruiz"))?.clause).toBe("you mentioned you'd email about the tasting day");
		expect(read("Kim will email re tasting day", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would email about the tasting day");
		expect(read("Kim will call re orientation day", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call about the orientation day");
		// A step keeps its "a": "about a ride-along".
		expect(read("Kim will call re ride-along", to("Dale Ruiz", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call about a ride-along");
	});
});
