// What reviews 117-118 found (a recording studio, hospital environmental services, a wildland fire crew, a tax office,
// public radio fundraising, haul trucks at an open-pit mine, senior living activities, airline gates), and what was
// left at the last stop (a highlight dropped whole for one part of it).
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { mentionsOf } from "../../src/core/body-mentions";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const said = (text: string) => {
	const r = experienceOf(text);
	return { statement: r.statement, reference: r.reference, short: r.short, leftOut: r.leftOut };
};

describe("a highlight read whole, never dropped for one part nor glued wrong", () => {
	it("a year before what was done is its date: 'the 2023 derecho clean-up, 14 streets in 36 hrs'", () => {
		expect(said("the 2023 derecho clean-up, 14 streets in 36 hrs").reference).toBe("my work on the 2023 derecho clean-up (14 streets in 36 hours)");
		expect(said("2023 derecho clean-up").reference).toBe("my work on the 2023 derecho clean-up");
		// Never "my track record of 2023 derecho clean-up", and a count is still no thing worked on.
		expect(said("my work on 2000 units").reference).toBeNull();
	});

	it("'zero spills since' keeps its 'since then', and a record after the user's doing is had 'with' it", () => {
		expect(said("rebuilt the dock pump-out, zero spills since").statement).toBe("I rebuilt the dock pump-out, with zero spills since then.");
		expect(said("rebuilt the pump-out, zero spills since, EPA audit clean").statement).toBe("I rebuilt the pump-out, with zero spills since then.");
		expect(said("rebuilt the pump-out, no complaints").statement).toBe("I rebuilt the pump-out, with no complaints.");
	});

	it("'no one quit' is never cut to a hanging 'with'", () => {
		const r = said("ran nights, no one quit in 2 yrs");
		expect(r.statement).toBe("I ran nights.");
		expect(r.leftOut).toEqual(["no one quit in 2 years"]);
		expect(said("ran nights, no more callouts").statement).toBe("I ran nights, with no more callouts.");
	});

	it("a second doing after a comma is more of the sentence, never a bracket: 'cut resurfacing time 20%, trained 6 drivers'", () => {
		expect(said("reduced resurfacing time 20%, trained 6 drivers on the olympia").statement).toBe("I reduced resurfacing time by 20% and trained 6 drivers on the olympia.");
		expect(said("rebuilt the schedule, trained 6 drivers").statement).toBe("I rebuilt the schedule and trained 6 drivers.");
		// Training held, not done, is still told.
		expect(said("ran the crew, trained in CPR").leftOut).toEqual(["trained in CPR"]);
	});

	it("a training kept current is said as such: 'Part 46/48 annual refresher current' (review 118)", () => {
		expect(said("Part 46/48 annual refresher current").statement).toBe("My Part 46/48 annual refresher is current.");
		expect(said("first aid card current").statement).toBe("My first aid card is current.");
	});

	it("never 'my work on want …': a wish is no work done (review 117)", () => {
		const r = said("want IHC pace + training, long term goal ENGB/ICT5");
		expect([r.statement, r.reference, r.short]).toEqual([null, null, null]);
		expect(r.leftOut).toEqual(["want IHC pace + training, long term goal ENGB/ICT5"]);
	});

	it("never 'my 2 seasons in T2IA sawyer', nor a measure in marks ('live to 2\"', '14pc', '32ch')", () => {
		expect(said("2 szns T2IA sawyer, ~40 incidents incl Dixie + Caldor").reference).toBeNull();
		const r = said('tracked 14pc horn sect live to 2", 32ch');
		expect([r.statement, r.reference, r.short]).toEqual([null, null, null]);
	});

	it("a short form is never cut before its 'of' ('how I ran the gate side'), and a month before a year is written out", () => {
		const r = said("ran the gate side of the Jan 2024 ice storm IROPS, 40+ cxls in a day");
		expect(r.statement).toBe("I ran the gate side of the January 2024 ice storm IROPS, more than 40 cancellations in a day.");
		expect(r.short).toBeNull();
	});
});

describe("a focus keeps its numbers and its names (review 118)", () => {
	it("'TKPH on ramp 4, spotting @ shovel 3' never loses the 4 nor glues two items into 'ramp spotting'", () => {
		expect(focusTopic("TKPH on ramp 4, spotting @ shovel 3, berm ht, 2-way radio protocol").topic?.text).toBe("TKPH on ramp 4");
		expect(focusTopic("ramp 4").topic?.text).toBe("ramp 4");
		expect(focusTopic("bay 3").topic?.text).toBe("bay 3");
		// A figure after a thing is still the note's detail, and never glued to the next item.
		expect(focusTopic("backlog 400").topic?.text).toBe("the backlog");
		expect(focusTopic("backlog 400, staffing").topic?.text).not.toBe("backlog staffing");
	});

	it("'SSL 9k recall' is a console's recall, never 'the SSL recall' nor 'the SSL 9,000 recall'", () => {
		expect(focusTopic("SSL 9k recall + PT HDX").topic?.text).toBe("the SSL 9k recall and PT HDX");
		expect(focusTopic("budget 9k").topic?.text).toBe("the budget");
	});

	it("'Type 2 crew' and 'pre-op insp' are read as written", () => {
		expect(focusTopic("Type 2 crew").topic?.text).toBe("the Type 2 crew");
		expect(focusTopic("pre-op insp, LOTO, fatigue mgmt on 12s").topic?.text).toBe("pre-op inspection");
	});
});

describe("the next steps, to someone who may be the hiring manager (reviews 117, 118)", () => {
	const base = new Date(2026, 11, 2, 15, 30);
	const now = new Date(2026, 11, 5, 9, 0);
	it("'HM to call by fri' is said from the user's side to a director, and as written to anyone else", () => {
		expect(readNextSteps("HM to call by fri", { names: ["Helen Marsh", "Helen"], title: "Director of Development", mayHire: true }, base, now)?.clause).toBe("I understood I'd hear back by Friday 4 December");
		expect(readNextSteps("HM to call by fri", { names: ["Bea Lund", "Bea"], title: "Recruiter" }, base, now)?.clause).toBe("I understood the hiring manager would call by Friday 4 December");
	});

	it("a note that calls the contact the HM is enough: 'Ana = EVS director (HM)'", () => {
		const interview = anInterview()
			.company("St. Brendan's Medical Center")
			.role("EVS Supervisor")
			.at("2026-12-02T15:30", "2026-12-02T16:45")
			.interviewer("Ana Ruiz", { email: "aruiz@stb.example" })
			.interviewer("Tom Lee", { email: "tlee@stb.example" })
			.primaryContact("Ana Ruiz", "aruiz@stb.example")
			.nextSteps("HM to call by fri")
			.build();
		const body = (noteText: string) => buildDrafts(interview, "next-steps", { settings: { ...DEFAULT_SETTINGS, myName: "Rosalind Achebe" }, now: local("2026-12-03T09:00"), noteText }).drafts[0].body;
		expect(body("---\ntype: interview\n---\npanel of 2. Ana = EVS director (HM). Tom = infection prevention.\n")).toMatch(/I understood I'd hear back by Friday/);
		expect(body("---\ntype: interview\n---\npanel of 2. Tom = infection prevention.\n")).toMatch(/the hiring manager would call by Friday/);
	});
});

describe("how the user sized someone up is never offered as what mattered to them (review 117)", () => {
	it("'Cody seemed hungover', 'he might be leaving' and 'Tasha seemed distracted' are not pointed at", () => {
		const note = "---\ntype: interview\n---\nCody seemed hungover lol.\nLou is the asst, sat in. he might be leaving (Sasha hinted)\nTasha seemed distracted.\nTasha asked about sundowning and 1:1s for bedbound residents.\n";
		expect(mentionsOf(note, ["Cody"])).toEqual([]);
		expect(mentionsOf(note, ["Lou"])).toEqual([]);
		expect(mentionsOf(note, ["Tasha"]).map((m) => m.quote)).toEqual(["Tasha asked about sundowning and 1:1s for bedbound residents."]);
	});
});

describe("a letter with little in the note says what the user learned of the job once (reviews 117, 118)", () => {
	const LEARNED = /clearer idea|more concrete|learn more about the position|day to day|how things run|what the role asks|much better sense|clearer picture|easier to picture/;
	const learned = (body: string) => body.split(/(?<=[.?!])\s+/).filter((s) => LEARNED.test(s)).length;
	it("never two stock lines that say one thing, nor a need dressed as interest", () => {
		for (let i = 0; i < 40; i++) {
			const interview = anInterview()
				.company(`Keystone ${i}`)
				.role("Seasonal Tax Preparer")
				.at("2026-12-03T10:00", "2026-12-03T10:45")
				.interviewer("Denise Ward", { email: "dward@k.example" })
				.interviewer("Jolene Pratt", { email: "jpratt@k.example" })
				.interviewer("Harold Fong", { email: "hfong@k.example", title: "Office manager", focus: "LCES" })
				.build();
			for (const d of buildDrafts(interview, "thank-you", { settings: { ...DEFAULT_SETTINGS, myName: "Adaeze Okonkwo" }, now: local("2026-12-03T14:00") }).drafts) {
				expect(learned(d.body)).toBeLessThanOrEqual(1);
				expect(d.body).not.toMatch(/real step forward/);
				// A letter with a topic tells no reader their own post besides.
				if (/LCES/.test(d.body)) expect(d.body).not.toMatch(/as an office manager|as the office manager/i);
				expect(d.body.match(/\bhearing (?:how|your|it from|about|the)\b/gi)?.length ?? 0).toBeLessThanOrEqual(1);
			}
		}
	});
});

describe("next steps as the reviewers' notes typed them (reviews 117, 118)", () => {
	const base = new Date(2026, 11, 2, 15, 30);
	const now = new Date(2026, 11, 5, 9, 0);
	const read = (text: string) => readNextSteps(text, { names: ["Ana Ruiz", "Ana"], context: ["Ana Ruiz", "Jordan Pryce"] }, base, now);
	it("a 'maybe' at the end is the last step's alone", () => {
		expect(read("2nd rd w/ owner wk of 12/14, paid trial session maybe")?.clause).toBe("I understood the next step was a second round with the owner in the week of 14 December, possibly followed by a paid trial session");
	});
	it("a post named with its place takes 'the', and its shorthand is written out", () => {
		expect(read("final w/ station GM, Jordan will set up")?.clause).toBe("I understood the next step was a final interview with the station general manager, which Jordan would set up");
		expect(read("2nd rnd w/ mine ops supt wk of 12/14")?.clause).toBe("I understood the next step was a second round with the mine operations superintendent in the week of 14 December");
	});
	it("told back, 'before Thanksgiving weekend is over' is 'was over'", () => {
		expect(read("she'll let me know before thanksgiving wknd is over")?.clause).toBe("you mentioned you'd let me know before Thanksgiving weekend was over");
	});
	it("with the first steps left out, a later one is never 'the next step'; a step done is still passed over", () => {
		expect(read("Supt makes selections after USAJobs cert closes, tentative offers ~mid jan, PT test at station in Feb")?.kind).toBe("unread");
		expect(read("phone screen done, then panel w/ VP by Dec 11")?.clause).toMatch(/^I understood the next step was a panel with the VP/);
	});
});

describe("the next-steps letter once the decision day is over, and what it leaves out (review 117)", () => {
	it("says the day back and tells the user what presumed an offer", () => {
		const interview = anInterview()
			.company("Brightwater Tax Services")
			.role("Tax Associate")
			.at("2026-11-26T10:00", "2026-11-26T11:00")
			.interviewer("Harold Brandt", { email: "hb@bw.example" })
			.primaryContact("Harold Brandt", "hb@bw.example")
			.nextSteps('Harold to email offer letter if yes, "before Dec 3"')
			.decisionExpected("2026-12-03")
			.build();
		const result = buildDrafts(interview, "next-steps", { settings: { ...DEFAULT_SETTINGS, myName: "Grace Liu" }, now: local("2026-12-05T09:00") });
		expect(result.drafts[0].body).toMatch(/I understood a decision was expected by Thursday 3 December\. Is there any news/);
		expect(result.problems.join(" ")).toMatch(/leaves out "Harold to email the offer letter if yes/);
	});
});

describe("the card to someone written with an initial (review 117)", () => {
	it("says the note gives an initial, never 'only a first name'", () => {
		const interview = anInterview().company("USFS").role("Firefighter").at("2026-12-01T10:00", "2026-12-01T10:30").interviewer("T. Nakamura").interviewer("Ray Ortiz", { email: "r@x.example" }).build();
		const problems = buildDrafts(interview, "handwritten-note", { settings: { ...DEFAULT_SETTINGS, myName: "Kai Lind" }, now: local("2026-12-02T09:00") }).problems.join(" ");
		expect(problems).toMatch(/only an initial for the first name of T\. Nakamura/);
		expect(problems).not.toMatch(/only a first name for T\. Nakamura/);
	});
});

describe("a role whose title is in the part the letters leave out (review 117)", () => {
	it("'Type 2 crew - CRWB(t)' is named before sending; 'Gate Operations Supervisor - SEA' is not", () => {
		const problems = (role: string) => buildDrafts(anInterview().company("Pinecrest").role(role).at("2026-11-28T10:00", "2026-11-28T11:00").interviewer("Dale Hart", { email: "d@p.example" }).build(), "thank-you", { settings: { ...DEFAULT_SETTINGS, myName: "Kai Lind" }, now: local("2026-11-28T14:00") }).problems.join(" ");
		expect(problems("Type 2 crew - CRWB(t)")).toMatch(/without "CRWB\(t\)"/);
		expect(problems("Gate Operations Supervisor - SEA")).not.toMatch(/without "SEA"/);
	});
});
