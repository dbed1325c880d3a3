// What the readings of reviews 241-242 found, mended in general; each case is a note line as a reviewer typed it.
import { describe, expect, it } from "vitest";
import { forUserOnly } from "../../src/core/body-mentions";
import { buildDrafts, linkedinSearchUrl } from "../../src/core/drafts";
import { fromNotesCheck } from "../../src/core/from-notes";
import { readNextSteps, weekdayClash } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { expandShorthand, experienceOf, focusTopic } from "../../src/core/phrasing";
import { privateRemark } from "../../src/core/private-remarks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readMattered, withoutTheirReaction } from "../../src/core/what-mattered";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Sam Okafor" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Sunset Bowl", role: "Counter & party host", interview_start: "2026-12-06T14:00", interview_end: "2026-12-06T14:40", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const reader = { names: ["Dana"], context: [] };

describe("next steps with a weekday and a date (reviews 241-242)", () => {
	const base = local("2026-12-01T10:00");
	const now = local("2026-12-07T10:00");

	it("says hours after a date as a span of that day, never as a date of their own", () => {
		const read = readNextSteps("trial shift sat 12/12 9-1", reader, base, now);
		expect(read?.clause).toMatch(/Saturday 12 December from 9 to 1$/);
		expect(read?.clause).not.toMatch(/December 9|Wednesday/);
		expect(read?.latest).toEqual(local("2026-12-12T00:00"));
	});

	it("never says a weekday the date does not fall on, and names the clash", () => {
		const read = readNextSteps("working interview sat 12/6 9-1", reader, base, now);
		expect(read?.clause ?? "").not.toMatch(/Sunday|Saturday/);
		expect(weekdayClash("working interview sat 12/6 9-1", base)).toEqual({ typed: "sat 12/6", date: local("2026-12-06T00:00") });
		expect(weekdayClash("trial shift sat 12/12 9-1", base)).toBeNull();
		expect(weekdayClash("call by Mon 12/7", base)).toBeNull();
	});

	it("says the user's own coming in with its day, never 'a come in'", () => {
		const read = readNextSteps("come in sat 12/12 for a trial shift (paid)", reader, base, now);
		expect(read?.clause).toBe("I understood I'd come in on Saturday 12 December for a paid trial shift");
	});

	it("tells the user in the drafts why the next steps were not said back", () => {
		const interview = note({ interviewers: [{ name: "Ray Albers", title: "Owner", email: "ray@sunset.example" }], next_steps: "come in sat 12/13 for a trial shift (paid)" });
		for (const kind of ["next-steps", "check-in"] as const) {
			const r = buildDrafts(interview, kind, { settings, now: local("2026-12-07T10:00") });
			expect(r.drafts[0].body).not.toMatch(/Sunday|a come in/);
			expect(r.problems.join("\n")).toMatch(/"sat 12\/13" names a weekday its date does not fall on \(Sunday 13 December\)/);
		}
	});
});

describe("who the process mail goes to (review 241)", () => {
	it("sends it to the owner, never to a coordinator of something else than the hiring", () => {
		const interview = note({ interviewers: [{ name: "Denise Albers" }, { name: "Ray Albers", title: "Owner" }, { name: "Kayla", title: "Party Coordinator" }] });
		const r = buildDrafts(interview, "close-out", { settings, now: local("2026-12-20T10:00") });
		expect(r.drafts[0].to[0].name).toBe("Ray Albers");
		const hiring = note({ interviewers: [{ name: "Ray Albers", title: "Owner" }, { name: "Kayla Moss", title: "Recruiting Coordinator" }] });
		expect(buildDrafts(hiring, "close-out", { settings, now: local("2026-12-20T10:00") }).drafts[0].to[0].name).toBe("Kayla Moss");
	});
});

describe("a focus as people type it (reviews 241-242)", () => {
	it("joins labels typed as sentences into one list", () => {
		expect(focusTopic("insurance. prior auths. PBM rejections").topic?.text).toBe("insurance, prior authorizations and PBM rejections");
	});

	it("never makes a topic of a sentence that brings in someone's words, and takes what someone wants help with", () => {
		const t = focusTopic(`Kayla wants help with the kids' parties on weekends (setup, pizza, cake timing). She's swamped. Her words: "I need another me."`).topic?.text;
		expect(t).toBe("the kids' parties on weekends");
	});

	it("says a that-clause as making sure of it", () => {
		expect(focusTopic("that the scheduler knows realtime vs. standard, and remote depo setup").topic?.text).toBe("making sure the scheduler knows realtime versus standard");
	});

	it("keeps a doing whose object ends in a fault, and the complaints a doing handles", () => {
		expect(focusTopic("handling complaints about late orders").topic?.text).toBe("handling complaints about late orders");
		expect(focusTopic("handling complaints about the planetarium sold-out shows").topic?.text).toBe("handling complaints about the planetarium sold-out shows");
		expect(focusTopic("remakes on zirconia crowns").topic?.text).toBe("cutting remakes on zirconia crowns");
		expect(focusTopic("resident council complaints about weekend programming").topic?.text).toBe("weekend programming");
	});

	it("never cuts a focus at the verb of a clause after 'before'", () => {
		expect(focusTopic("proofs signed off before anything hits the press. She had a horror story about a 5,000-piece mailer").topic?.text).toBe("getting proofs signed off before anything hits the press");
	});
});

describe("a highlight as people type it (reviews 241-242)", () => {
	it("says what the user explained with its verb", () => {
		expect(experienceOf("I explained bleed & why their logo printed muddy (RGB black)").statement).toBe("I explained bleed and why their logo printed muddy (RGB black).");
		expect(experienceOf("explained how i handled the shift").statement).toBe("I handled the shift.");
		expect(readMattered("file prep — knows bleed/CMYK vs RGB? I explained bleed & why their logo printed muddy (RGB black). he nodded a lot", forUserOnly).highlight).toBe("I explained bleed & why their logo printed muddy (RGB black)");
	});

	it("never takes the user's quoted answer as their work", () => {
		expect(readMattered(`ray: idk. asked if i bowl. i said "a little" (i've bowled like twice)`, forUserOnly).highlight).toBeUndefined();
	});

	it("keeps 'we' in a clause of when something happened", () => {
		const r = experienceOf("the Saturday at Paws & Claws when we had the parvo litter + 2 HBCs");
		expect(r.reference).toContain("when we had the parvo litter");
		expect(experienceOf("we migrated the billing jobs to streaming").statement).toBe("My team and I migrated the billing jobs to streaming.");
	});

	it("says a sum and what was done with it last as the doing", () => {
		const r = experienceOf("$18k/mo in deposits reconciled, zero variance 2 yrs");
		expect(r.reference).toBe("my experience reconciling $18,000 a month in deposits, with zero variance for 2 years");
	});

	it("puts right a slip of the keys", () => {
		expect(experienceOf("ran teh front desk POS").statement).toBe("I ran the front desk POS.");
		expect(expandShorthand("thier intake adn billing")).toBe("their intake and billing");
	});
});

describe("the notes' own lines and the letters (reviews 241-242)", () => {
	it("reads a line headed by what the crew calls someone", () => {
		const text = `---\ntype: interview\n---\n\n## What mattered to each of them\n\n- tiny: shoe counter + lane assignments on league nights (tue/thu)\n`;
		const interview = note({ interviewers: `Brenda Koval, Mike "Tiny" Sorensen` });
		expect(interview.interviewers[1].nickname).toBeUndefined();
		expect(interview.interviewers[1].calledAtWork).toBe("Tiny");
		const card = buildDrafts(interview, "handwritten-note", { settings, now: local("2026-12-07T10:00"), noteText: text }).drafts.find((d) => d.to[0].name === "Mike Sorensen")!;
		expect(card.body).toContain("shoe counter and lane assignments on league nights");
		expect(card.body).toMatch(/^Dear Mike,/);
	});

	it("names the people once when the thanks for arranging already named them", () => {
		const interview = note({ primary_contact: "Alyssa", interviewers: "Kyle Brandt, Megan O'Connell, Jorge Rivas", format: "phone" });
		const r = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-06T18:00") });
		const body = r.drafts.find((d) => d.to[0].name === "Alyssa")!.body;
		expect(body).toContain("Kyle, Megan and Jorge");
		expect(body).not.toContain("Kyle Brandt");
		expect(body).toMatch(/pass my thanks on to each of them/);
	});
});

describe("what the user keeps to themselves never reaches a letter (reviews 243-244)", () => {
	it("leaves out a highlight that says the user was let go, or that they keep it quiet", () => {
		const r = experienceOf("told her my avg transaction at budget was ~6 min vs branch goal 8. did 2 yrs there (didnt say i was let go after the write-up, keep it that way)");
		expect([r.statement, r.statementMid, r.reference, r.short, ...r.more].join(" ")).not.toMatch(/let go|write-up|keep it/);
		expect(privateRemark("did 2 yrs there (didnt say i was let go after the write-up, keep it that way)", "highlight")).toBe("leaving");
		expect(privateRemark("worked there 2 yrs, keep it that way", "highlight")).toBe("untold");
		expect(privateRemark("they didn't say when they'd decide", "focus")).toBeNull();
	});

	it("leaves out the user's family, and a note asking itself whether it is too personal", () => {
		const r = experienceOf("told him abt my dad's back surgery + how the front desk ppl made it easier (maybe too personal?)");
		expect([r.statement, r.reference, r.short].join(" ")).not.toMatch(/dad|surgery|personal/);
		expect(privateRemark("my dad's back surgery", "highlight")).toBe("visa");
		expect(privateRemark("how the front desk made it easier (maybe too personal?)", "highlight")).toBe("untold");
	});

	it("never tells the user's own limit as a strength", () => {
		expect(readMattered("wants someone bilingual (eng/span) for the front -> i said my spanish is conversational, not fluent. be honest abt that", forUserOnly).highlight).toBeUndefined();
	});

	it("never makes fun of a customer to the one who serves them", () => {
		const r = experienceOf("the sectional story - lady screaming, i got it rebooked next am + comped the fee");
		expect(r.withheld).toBe("mocking");
		expect(r.reference).toBeNull();
	});

	it("takes what someone cares about, never what the one before did", () => {
		const t = focusTopic("He cares that schedulers give drivers realistic windows. said last person booked 2hr windows for 3rd floor walkups w/ no elevator. drivers hated her").topic?.text;
		expect(t).toBe("making sure schedulers give drivers realistic windows");
		expect(focusTopic("cash handling + audit trail, last mgr had a $2k drawer shortage").topic?.text).toBe("cash handling and audit trails");
	});

	it("reads nothing from a line the user marks as unknown, nor a question about the user", () => {
		expect(readMattered("??? asked if i had a clean license & could work xmas", forUserOnly)).toEqual({});
		expect(readMattered("idk, quiet guy", forUserOnly)).toEqual({});
		expect(readMattered("temperament notes. asked if i had a clean license", forUserOnly)).toEqual({ focus: "temperament notes" });
	});
});

describe("days and invitations (review 244)", () => {
	it("puts a weekday named after a dated step after that step", () => {
		const read = readNextSteps("rachel emails mon, maybe a working interview (paid) sat", { names: ["Rachel"], context: [] }, local("2026-12-03T13:00"), local("2026-12-07T10:00"));
		expect(read?.clause).toContain("Saturday 12 December");
		expect(read?.clause).not.toContain("5 December");
	});

	it("writes a LinkedIn note to everyone when the note gives no profile, with a search for them", () => {
		const interview = note({ interviewers: "Rachel Kim, Jake Morales" });
		const r = buildDrafts(interview, "linkedin", { settings, now: local("2026-12-07T10:00") });
		expect(r.drafts.map((d) => d.to[0].name)).toEqual(["Rachel Kim", "Jake Morales"]);
		expect(r.drafts[0].linkedin).toBe("https://www.linkedin.com/search/results/people/?keywords=Rachel%20Kim%20Sunset%20Bowl");
		expect(r.drafts[0].linkedinSearch).toBe(true);
		expect(linkedinSearchUrl("Mr. David Chen", "Brightpath Academy")).toBe("https://www.linkedin.com/search/results/people/?keywords=David%20Chen%20Brightpath%20Academy");
		expect(r.problems.join("\n")).toMatch(/No interviewer in this note has a LinkedIn profile, so each note comes with a LinkedIn search/);
		const some = note({ interviewers: [{ name: "Rachel Kim", linkedin: "https://www.linkedin.com/in/rachel-kim" }, { name: "Jake Morales" }] });
		const only = buildDrafts(some, "linkedin", { settings, now: local("2026-12-07T10:00") });
		expect(only.drafts.map((d) => [d.to[0].name, d.linkedin, d.linkedinSearch])).toEqual([["Rachel Kim", "https://www.linkedin.com/in/rachel-kim", undefined]]);
	});
});

describe("small things a reader notices (review 243)", () => {
	it("gives a holiday its capital", () => {
		expect(expandShorthand("the christmas tree season, work xmas eve")).toBe("the Christmas tree season, work Christmas Eve");
		expect(expandShorthand("eastern routes, easterly winds, the evening")).toBe("eastern routes, easterly winds, the evening");
		expect(focusTopic("christmas tree season, lifting 50lb bags").topic?.text).toMatch(/^the Christmas tree season/);
	});

	it("never takes a day of the month for a count to spell out", () => {
		expect(fromNotesCheck("I'm grateful for our conversation on December 1 about reliability.") ?? "").not.toMatch(/one about/);
		expect(fromNotesCheck("I worked with 1 other dispatcher.")).toMatch(/"1 other" reads as your notes/);
	});

	it("never warns that the interview was a trial when the trial is the next step", () => {
		const text = `---\ntype: interview\n---\n\n## Notes\n\n- skills test thurs/fri\n`;
		const interview = note({ interviewers: [{ name: "Dana Cole", email: "dana@safelane.example" }], next_steps: "skills test (scheduling sw) thurs or fri" });
		const r = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-06T18:00"), noteText: text });
		expect(r.warnings.join("\n")).not.toMatch(/trial of the work/);
		const done = buildDrafts(note({ interviewers: [{ name: "Dana Cole", email: "dana@safelane.example" }] }), "thank-you", { settings, now: local("2026-12-06T18:00"), noteText: text });
		expect(done.warnings.join("\n")).toMatch(/trial of the work/);
	});
});

describe("reviews 245-246", () => {
	it("keeps a sentence whole where an adverb stands before the verb", () => {
		const r = experienceOf("3 yrs retail at old navy, handled ~200 transactions a shift. Also did alterations intake at my aunts shop");
		expect(r.more).toEqual(["I also did the alterations intake at my aunt's shop."]);
	});

	it("says a rough change after the work from its first figure, never 'cutting the about'", () => {
		expect(experienceOf("cut no-shows at the vet clinic w/ text reminders, ~30% -> 12% in 4 mo").statement).toBe("I cut no-shows at the vet clinic with text reminders, from about 30% to 12% in 4 months.");
	});

	it("leaves out a highlight the notes keep from everyone, and tells a customer story that is work", () => {
		const text = `---\ntype: interview\n---\n\n## Notes\n\n- sysco deadline 12/10 - dont tell them about sysco\n`;
		const interview = note({ interviewers: [{ name: "Grace Whitfield", email: "grace@crumb.example", highlight: "I reconciled invoices for 60 vendors at Sysco temp job. Caught a $4k double billing." }] });
		const r = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-06T18:00"), noteText: text });
		expect(r.drafts[0].body).not.toMatch(/sysco/i);
		expect(r.problems.join("\n")).toMatch(/The highlight for Grace Whitfield was left out of the drafts: your notes on line 7 say "sysco deadline 12\/10 - dont tell them about sysco"/);
		expect(experienceOf("I calmed down a guy screaming about a $900 brake job and he left a 5 star review naming me").withheld).toBeUndefined();
	});

	it("reads the next steps as people type them", () => {
		const base = local("2026-12-04T10:00");
		const now = local("2026-12-07T10:00");
		expect(readNextSteps("in-person meet w/ owner tues", { names: ["Omar"], context: [] }, base, now)?.clause).toBe("I understood the next step was an in-person interview with the owner on Tuesday 8 December");
		expect(readNextSteps(`gus: "we'll let u know after the holidays"`, { names: ["Gus"], context: [] }, base, now)?.clause).toBe("you mentioned you'd let me know after the holidays");
		expect(readNextSteps("renee emails by wed w/ 2nd round or no", { names: ["Renee"], context: [] }, local("2026-11-30T10:00"), now)?.clause).toBe("you mentioned you'd email by Wednesday 2 December about whether there would be a second round");
	});

	it("says a focus without the marks that label it, and the new year with its capitals", () => {
		expect(focusTopic("$$ - margins on print jobs").topic?.text).toBe("margins on print jobs");
		expect(expandShorthand("busy over christmas/new year")).toBe("busy over Christmas/New Year");
	});
});

describe("reviews 247-248", () => {
	it("never tells the reader how they took it", () => {
		expect(withoutTheirReaction("nut allergy mixup at the bakery that i caught -> he nodded a lot")).toBe("nut allergy mixup at the bakery that i caught");
		expect(withoutTheirReaction("cut no-shows 30%. They loved it.")).toBe("cut no-shows 30%.");
		expect(withoutTheirReaction("they use my tracker now")).toBe("they use my tracker now");
		const interview = note({ interviewers: [{ name: "Antoine Baptiste", email: "chef@silverfork.example", highlight: "nut allergy mixup at the bakery that i caught -> he nodded a lot" }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-06T18:00") }).drafts[0].body;
		expect(body).toContain("nut allergy mixup at the bakery that I caught");
		expect(body).not.toMatch(/nodded/);
	});

	it("leaves out a relative's service, and a line that says only logistics mattered", () => {
		expect(privateRemark("My grandpa's service here in 2019 and how the lady at the desk remembered his name.", "highlight")).toBe("visa");
		expect(readMattered("just logistics. start date, $16/hr thru agency (temp to hire 90 days)", forUserOnly)).toEqual({});
	});

	it("says a measure that went from one figure to another, and a stage that is a doing", () => {
		expect(experienceOf("my Yelp rating at the cafe went 3.9 -> 4.4 in a year").statement).toBe("My Yelp rating at the cafe rose from 3.9 to 4.4 in a year.");
		expect(readNextSteps("2nd round = shadow a friday night shift, jordan will text", { names: ["Jordan"], context: [] }, local("2026-12-01T10:00"), local("2026-12-07T10:00"))?.clause).toMatch(/^I understood the second round would be to shadow a Friday night shift/);
		expect(expandShorthand("a possible 2nd conv w/ the owner, conv rate 3%")).toBe("a possible second conversation with the owner, conv rate 3%");
	});
});

describe("the example vault's own notes", () => {
	it("never makes the talk itself the user's team's work", () => {
		expect(readMattered("how I'd shard a table that is already 4 TB without a maintenance window. We went deep on dual writes and backfill checks.", forUserOnly).highlight).toBeUndefined();
		expect(readMattered("cost. we cut cloud spend 20% at brightline", forUserOnly).highlight).toBe("we cut cloud spend 20% at brightline");
	});
});
