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

describe("next steps read back (reviews 46 to 48)", () => {
	it("never reads an ordinal before a noun as a day of the month, nor counts 'in 2 wks after …' from the interview", () => {
		const recruiter = to("Dana Cole", "Recruiter", ["Marco Bell"]);
		const r = read("chef said they'd decide in 2 wks after the 2nd candidate's tasting", recruiter, local("2026-10-20T10:00"), local("2026-10-21T09:00"));
		expect(r?.clause).toBe("I understood from the chef that the team would decide within two weeks, after the second candidate's tasting");
		expect(r?.clause).not.toMatch(/November|candidate's tasting.*\d/);
		expect(r?.latest).toBeNull();
		expect(clause("they'll call after the 3rd round", recruiter)).toBe("I understood the team would call after the third round");
		// A day of the month is still one.
		expect(clause("they'll call by the 18th", recruiter)).toBe("I understood the team would call by Friday 18 December");
		expect(clause("they'll call on the 14th at 10am", recruiter)).toBe("I understood the team would call on Monday 14 December at 10 a.m.");
	});

	it("never says 'confirm', 'relay', 'send', 'forward' or 'share' without what is confirmed or passed on", () => {
		const hank = to("Hank Miller", "Coach");
		const r = read("tryout day dec 5?? hank to confirm", hank);
		expect(r?.clause).toBe("I understood the next step was a possible tryout day on Saturday 5 December, and that you'd confirm");
		expect(r?.latest).toEqual(local("2026-12-05T00:00"));
		expect(clause("tryout day dec 5?? hank to confirm", to("Dana Cole", "Coach", ["Hank Miller"]))).toBe(
			"I understood the next step was a possible tryout day on Saturday 5 December, and that Hank would confirm",
		);
		// With nothing before it to confirm, or nothing to send, it is left out.
		expect(read("hank to confirm", hank)?.kind).toBe("unread");
		expect(read("hank will send by fri", hank)?.kind).toBe("unread");
		const both = read("panel next wk, hank to forward", hank);
		expect(both?.clause).not.toMatch(/\bforward\b/);
		expect(both?.unsaid).toEqual(["hank to forward"]);
		// "relay" passes the news on.
		expect(clause("she'll relay", to("Jo Park", "Recruiter"))).toBe("you mentioned you'd pass the news on");
		expect(clause("jo to relay by fri", to("Jo Park", "Recruiter"))).toBe("you mentioned you'd pass the news on by Friday 11 December");
	});

	it("tells a step only guessed at after a comma as a step of its own, never glued to the one before", () => {
		const sam = to("Sam Reed", "Shop Manager");
		const r = read("he'll talk to owner, maybe in-person w/ a tuning test next wk", sam);
		expect(r?.clause).toBe("you mentioned you'd talk to the owner, and that there might be an in-person interview with a tuning test in the week of 7 December");
		expect(r?.clause).not.toMatch(/owner, possibly/);
		expect(clause("he'll check refs, maybe final w/ the owner next wk", sam)).toBe(
			"you mentioned you'd check my references, and that there might be a final interview with the owner in the week of 7 December",
		);
	});

	it("reads a quote after an arrow as what the person said they would do to the user, and a trailing 'poss' as 'and possibly'", () => {
		const sal = to("Sal Greco", "Manager");
		const r = read(`sal -> "call u fri or mon", 2nd rd w/ GM poss`, sal);
		expect(r?.clause).toBe("you mentioned you'd call me on Friday or Monday, and that there might be a second round with the general manager");
		expect(r?.clause).not.toMatch(/call u\b|"|there would be possibly/);
		expect(clause("panel next wk, 2nd rd w/ GM poss", sal)).toBe("I understood the next step was a panel in the week of 7 December, and possibly a second round with the general manager");
		expect(clause("panel next wk, 2nd rd w/ GM prob", sal)).toBe("I understood the next step was a panel in the week of 7 December, and probably a second round with the general manager");
		// Their own "we", or words that may be what they asked of the user, are not read.
		expect(read(`sal -> "call u once we decide"`, sal)?.kind).toBe("unread");
		expect(read(`sal -> "email ur refs by fri"`, sal)?.kind).toBe("unread");
	});

	it("reads 'come in for …' as the user's step, and 'set day' with its article", () => {
		const sam = to("Sam Reed", "Shop Manager");
		expect(clause("come in for shop trial next wk, he'll call to set day", sam)).toBe(
			"I understood I'd come in for a shop trial in the week of 7 December, and that you'd call to set the day",
		);
		expect(clause("i'll come in for a working interview tues", sam)).toBe("I understood I'd come in for a working interview on Tuesday 8 December");
	});

	it("leaves out a VP with a department it cannot be sure of, and keeps one it knows", () => {
		const dana = to("Dana Cole", "Recruiter");
		const r = read("meet w/ VP mission", dana);
		expect(r?.kind).toBe("unread");
		expect(r?.clause).toBe("");
		expect(read("VP mission to call by fri", dana)?.kind).toBe("unread");
		const both = read("panel next wk; meet w/ VP mission", dana);
		expect(both?.clause).toBe("I understood the next step was a panel in the week of 7 December");
		expect(both?.unsaid).toEqual(["meet w/ VP mission"]);
		expect(clause("final w/ VP ops", dana)).toBe("I understood the next step was a final interview with the VP of Operations");
		expect(clause("VP interview next wk", dana)).toBe("I understood the next step was a VP interview in the week of 7 December");
	});
});
