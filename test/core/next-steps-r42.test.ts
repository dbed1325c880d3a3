import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

// Friday 20 November 2026, read on 2 December.
const base = local("2026-11-20T10:00");
const now = local("2026-12-02T14:00");
const to = (name: string, title: string, others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);
const clause = (text: string, reader: ReturnType<typeof to>) => read(text, reader)?.clause;

describe("next steps read back (reviews 41 and 42)", () => {
	it("never tells a step marked done as one to come, and hears of an offer only by when", () => {
		const recruiter = to("Dana Whitfield", "Agency Recruiter");
		const r = read("group day done, CJO (conditional job offer) email w/in 2 wks if passed, then drug test + bkgd check", recruiter);
		expect(r?.clause).toBe("I understood I'd hear back by email by Friday 4 December if I passed, followed by a drug test and a background check");
		expect(r?.clause).not.toMatch(/\b(?:done|offer)\b/);
		expect(r?.leftOut).toContain("group day done");
		expect(clause("phone screen done, then panel w/ VP by Dec 11", recruiter)).toBe("I understood the next step was a panel with the VP by Friday 11 December");
	});

	it("reads a first name typed in lower case as the person the note names with it", () => {
		const owner = to("Dr. Maja Lindqvist", "Practice Owner", ["Kevin Doyle"]);
		expect(clause("working interview (paid, 1 shift) TBD, kevin to schedule", owner)).toBe("I understood the next step was a possible working interview, which Kevin would schedule");
		expect(clause("kevin will call by fri", owner)).toBe("I understood Kevin would call by Friday 27 November");
		// Someone the note does not name is never "a bob".
		expect(clause("bob to schedule", owner)).not.toMatch(/\ba bob\b/);
	});

	it("writes out 'decsn' and 'decn' as a decision, in about the time given", () => {
		const kel = to("Kel Brandt", "Hiring Manager");
		const r = read("decsn ~2 wks, kel to email", kel);
		expect(r?.clause).toBe("I understood a decision was expected within about two weeks of our interview, and that you'd be in touch by email");
		expect(r?.latest).toEqual(local("2026-12-04T00:00"));
		expect(clause("decn ~3 wks", kel)).toBe("I understood a decision was expected within about three weeks of our interview");
	});

	it("tells the reader their own 'they'd know', with how long first", () => {
		expect(clause(`fisk said they'd know after FAA sign-off on the headcount, "couple wks"`, to("Ray Fisk", "Director of Maintenance"))).toBe(
			"you mentioned you'd know in a couple of weeks, after FAA sign-off on the headcount",
		);
		expect(clause("hank said they'd know after the board meets, couple wks", to("Hank Ellison", "Foreman"))).toBe("you mentioned you'd know in a couple of weeks, after the board meets");
	});

	it("leaves out what would follow a yes, which presumes an offer", () => {
		const colleague = to("Tomás Reyes", "Chief Pilot", ["Beatriz Alves"]);
		const r = read("HR (beatriz) sends contract offer or no within 10 days, joining date jan in Miami if yes", colleague);
		expect(r?.clause).toBe("I understood I'd hear back by Monday 30 November");
		expect(r?.leftOut).toContain("joining date jan in Miami if yes");
		expect(clause("offer or no by Dec 11, start date Jan if so", colleague)).toBe("I understood I'd hear back by Friday 11 December");
	});

	it("reads 're:' as 'about', never as someone speaking, and the caller's call back as a call", () => {
		expect(clause("she'll call back fri or mon re: ride-along at the almond yards", to("Rosa Medina", "Dispatcher"))).toBe(
			"you mentioned you'd call on Friday or Monday about a ride-along at the almond yards",
		);
		expect(clause("he'll call back tues or wed re: shadow shift", to("Hank Ellison", "Foreman"))).toBe("you mentioned you'd call on Tuesday 24 or Wednesday 25 November about a shadow shift");
	});

	it("says what a round is, with a manner in brackets before it, and a bare 'will email'", () => {
		expect(clause("jordan said 2nd rd = skills eval (recorded) wk of dec 7, will email", to("Jordan Pike", "Lead Editor"))).toBe(
			"you mentioned the second round would be a recorded skills evaluation in the week of 7 December, and that you'd be in touch by email",
		);
		expect(clause("hank said final rd = writing test (timed) wk of 12/14, will text", to("Hank Ellison", "Foreman"))).toBe(
			"you mentioned the final round would be a timed writing test in the week of 14 December, and that you'd text me",
		);
	});

	it("tells what the user should bring, and what for, on the next such day", () => {
		const foreman = to("Hank Ellison", "Foreman");
		const r = read("bring tools mon for a test day on the courthouse", foreman);
		expect(r?.clause).toBe("I understood I should bring my tools on Monday 23 November for a test day on the courthouse");
		expect(r?.latest).toEqual(local("2026-11-23T00:00"));
		expect(clause("bring boots tomorrow for a shadow shift", foreman)).toBe("I understood I should bring my boots on Saturday 21 November for a shadow shift");
		// Papers the user sends are still theirs alone, not told back.
		expect(read("bring references mon", foreman)?.kind).toBe("unread");
	});
});
