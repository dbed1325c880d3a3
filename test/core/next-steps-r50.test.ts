import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

// Wednesday 2 December 2026, read the next day.
const base = local("2026-12-02T10:00");
const now = local("2026-12-03T09:00");
const to = (name: string, title: string, others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);

describe("next steps read back (review 50)", () => {
	it("never says a short weekday as a word after a step it cannot be sure of, and reads 'jess txt me' as Jess texting the user", () => {
		const owner = to("Dana Cole", "Owner", ["Jess Lane"]);
		const r = read("trial groom sat? jess txt me", owner);
		expect(r?.clause).toBe("I understood Jess would text me");
		expect(r?.clause).not.toMatch(/\bsat\b|groom/);
		expect(r?.unsaid).toEqual(["trial groom sat?"]);
		expect(read("trial groom sat? jess txt me", to("Jess Lane", "Salon Manager"))?.clause).toBe("you mentioned you'd text me");
		// A two-word step the code knows is dated as "ride-along sat" is.
		expect(read("shop trial sat? jess txt me", owner)?.clause).toBe("I understood the next step was a possible shop trial on Saturday 5 December, and that Jess would text me");
		expect(read("trial day sun", owner)?.clause).toBe("I understood the next step was a trial day on Sunday 6 December");
		// Another day, or a word after no step: left out, never said as typed.
		expect(read("trial groom fri?", owner)?.kind).toBe("unread");
		expect(read("meet and greet sun", owner)?.clause ?? "").not.toMatch(/\bsun\b/);
		// "by wed", "fri or mon": a day after a small word is still read.
		expect(read("they'll call by wed", owner)?.clause).toBe("I understood the team would call by Wednesday 9 December");
		// Someone the note does not name is not read as texting the user.
		expect(read("bob txt me", owner)?.clause ?? "").not.toMatch(/Bob/);
	});

	it("never tells 'times', 'dates' or 'details' sent with the step they are for left out", () => {
		const principal = to("Dana Cole", "Principal");
		// Read since round 5, with the step the times are for.
		expect(read("2nd rd = teach a 15 min demo lesson to staff, they'll email times", principal)?.clause).toBe("I understood the second round would be to teach a 15-minute demo lesson to the staff, and that the team would email times");
		expect(read("2nd rd = teach demo lesson to staff, they'll email times", principal)?.kind).toBe("unread");
		expect(read("they'll send dates", principal)?.kind).toBe("unread");
		expect(read("they'll email details by fri", principal)?.kind).toBe("unread");
		// With the step they are for, they are told.
		expect(read("panel next wk, they'll email times", principal)?.clause).toBe("I understood the next step was a panel in the week of 7 December, and that the team would email times");
	});

	it("quotes parts left out as the user typed them, with their 'then'", () => {
		const teresa = to("Teresa Ruiz", "Recruiter");
		const r = read(`teresa said ref checks next wk then HR; decision "before the holidays"`, teresa);
		expect(r?.clause).toBe("you mentioned a decision was expected before the holidays");
		expect(r?.unsaid).toEqual(["ref checks next wk then HR"]);
		const other = read(`teresa said ref checks next wk then HR; decision "before the holidays"`, to("Dana Cole", "Recruiter", ["Teresa Ruiz"]));
		expect(other?.unsaid).toEqual(["ref checks next wk then HR"]);
		expect(read("panel next wk, ref checks asap, and then HR", teresa)?.unsaid).toEqual(["ref checks asap, and then HR"]);
	});
});
