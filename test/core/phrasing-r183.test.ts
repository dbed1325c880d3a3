// What reviews 183-190 found (a library's interlibrary loan desk, a ski resort's lift maintenance, a hospital dialysis unit, a
// funeral home; a zoo's commissary, a county elections office, a commercial laundry plant, a community theatre's box office;
// a jail's medical unit, a cemetery's grounds crew, a registrar's transcripts office, a seafood plant's packing line; an animal
// ER's front desk, a library makerspace, a courier's dispatch desk, a state park's campground office; a 4-H program, a wound
// clinic, a trucking safety department, a public radio station's membership office; a recycling sort line, a university
// housing office, a community land trust, an optometry front desk; a school district's transportation office, a cardiac rehab
// program, a brewery's packaging line, a county assessor's office; a marina's fuel dock, an adult literacy program, a lab
// animal facility, a hotel's night audit desk), mended in general.
import { describe, expect, it } from "vitest";
import { mentionsOf, spokeWithMention } from "../../src/core/body-mentions";
import { greetingName } from "../../src/core/people";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { evaluateInterview } from "../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";
import { companyInSentence, experienceOf, focusTopic, roleInSentence } from "../../src/core/phrasing";

const settings = { ...DEFAULT_SETTINGS, myName: "Dale Huttunen" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Whitcombe & Sons Funeral Home", role: "Funeral director apprentice", interview_start: "2026-12-04T10:00", interview_end: "2026-12-04T11:00", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const topic = (text: string) => focusTopic(text, {}).topic?.text ?? null;
const said = (text: string) => experienceOf(text, {});
const steps = (text: string, reader = "Rolf Anders", title = "") => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: [reader], title }, local("2026-12-04T10:00"), local("2026-12-06T12:00"));

describe("a focus that reports what others say, or wants a kind of person (review 183)", () => {
	it("never makes 'the families say' a topic; what the reader wants done is the topic, and the report is told", () => {
		const r = focusTopic("families say they feel rushed at arrangement conferences, she wants an apprentice who can slow down and listen", {});
		expect(r.topic?.text).toBe("slowing down and listening");
		expect(r.leftOut).toEqual(["families say they feel rushed at arrangement conferences"]);
		for (const text of ["patients say they wait too long", "staff say the new schedule is confusing"]) {
			const alone = focusTopic(text, {});
			expect(alone.topic, text).toBeNull();
			expect(alone.leftOut, text).toEqual([text]);
		}
	});

	it("takes the people wanted for what they do, never sending back a measure of theirs that fell", () => {
		const r = focusTopic("Their Kt/V adequacy numbers dipped below target in Q3. She wants nurses who catch access problems early.", {});
		expect(r.topic?.text).toBe("catching access problems early");
		expect(r.leftOut).toEqual(["Their Kt/V adequacy numbers dipped below target in Q3."]);
		// Things wanted are no one: "that" after them keeps its reading.
		expect(String(topic("wants changes that stick"))).not.toMatch(/someone|sticking/);
	});

	it("says a thing wanted made so as the making of it, and never the state of things after a dash", () => {
		const r = focusTopic("she wants every diet change traceable - right now its a whiteboard + a binder", {});
		expect(r.topic?.text).toBe("making every diet change traceable");
		expect(r.leftOut.join(" ")).toMatch(/whiteboard/);
		expect(topic("wants all lab results searchable")).toBe("making all lab results searchable");
	});
});

describe("a highlight that starts with a state, a post or a place (reviews 183, 184)", () => {
	it("says a state first as the user's, then what they did", () => {
		const r = said("Comfortable with on-call, drove overnight transport for Meridian Mortuary Transport 1 yr");
		expect(r.statement).toBe("I'm comfortable with on-call, and I drove overnight transport for Meridian Mortuary Transport for 1 year.");
		expect(r.reference).not.toMatch(/my work on/);
	});

	it("holds a post for years, or at a place, and works at a counter rather than as one", () => {
		expect(said("hospice volunteer 4 yrs, sat w/ families at bedside vigils").reference).toBe("my four years as a hospice volunteer, where I sat with families at bedside vigils");
		expect(said("4 yrs front counter at Ace Hardware").reference).toBe("my 4 years at the front counter at Ace Hardware");
		expect(said("intern at Google 2019").reference).toBe("my time as an intern at Google in 2019");
		// A post whose name ends like a place's stays a post.
		expect(said("3 yrs ED tech").reference).toBe("my 3 years as an ED tech");
	});

	it("gives a shift named by its hours its article, and a year after a named place its 'in'", () => {
		expect(said("Worked 4am receiving shift at Sysco for 3 yrs.").statement).toBe("I worked the 4 a.m. receiving shift at Sysco for 3 years.");
		expect(said("worked 2 seasons of 4pm-1am shift").statement).toBe("I worked 2 seasons of the 4 p.m. to 1 a.m. shift.");
		expect(said("worked 4am shifts at Sysco").statement).toBe("I worked 4 a.m. shifts at Sysco.");
		expect(said("was on the survey prep team at DaVita 2025, zero condition-level citations").statement).toBe("I was on the survey prep team at DaVita in 2025, with zero condition-level citations.");
	});

	it("joins how it was done with a comma and what all of them did with 'and', never 'and via' or a comma splice", () => {
		expect(said("flagged 14 stenosed AV fistulas for fistulogram last yr at DaVita Eastside, via the monthly access flow checks I started").statement).toBe(
			"I flagged 14 stenosed AV fistulas for fistulogram last year at DaVita Eastside, via the monthly access flow checks I started.",
		);
		expect(said("Rebuilt two Riblet bull wheel assemblies at Cascade Crest, both passed ANSI B77 inspection first try").statement).toBe(
			"I rebuilt two Riblet bull wheel assemblies at Cascade Crest, and both passed ANSI B77 inspection on the first try.",
		);
		expect(said("trained 4 new hires, all 4 passed the state exam").statement).toBe("I trained 4 new hires, and all 4 passed the state exam.");
		// "two of which" keeps its reading where the things stand just before the comma.
		expect(said("drafted 6 expert reports, two survived Daubert challenges").statement).toBe("I drafted 6 expert reports, two of which survived Daubert challenges.");
	});
});

describe("next steps and roles written short (reviews 183, 184)", () => {
	it("dates a meeting written 'mtg' after it, never 'at the on Friday … meeting'", () => {
		expect(steps("board votes at the 12/4 mtg, mo calls after", "Maureen O'Hara-Blake")?.clause).toBe("I understood the board would vote at the meeting on Friday 4 December");
	});

	it("reads 'hm' as the hiring manager where it names who, and never the doubt 'hm'", () => {
		expect(steps("hm to call by fri")?.clause).toBe("I understood the hiring manager would call by Friday 11 December");
		expect(steps("hm to call by fri", "Rolf Anders", "Hiring manager")?.clause).toBe("you mentioned you'd call by Friday 11 December");
		expect(steps("2nd rd w/ hm next wk")?.clause).toMatch(/a second round with the hiring manager/);
		expect(steps("hm. not sure")?.clause).not.toMatch(/hiring manager/);
	});

	it("writes 'wrkr' out in a role, and quotes the role as the messages say it", () => {
		expect(roleInSentence("poll wrkr coord (temp->perm)", "Marlow County")).toBe("the poll worker coordinator role at Marlow County");
		expect(roleInSentence("tech lead", "Acme")).toBe("the tech lead role at Acme");
		const interview = note({ role: "poll wrkr coord (temp->perm)", company: "Marlow County Elections Office", interviewers: ["Bev Adair <badair@marlow.example>"] });
		const problems = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T12:00") }).problems.join("\n");
		expect(problems).toContain('is written out as "poll worker coordinator" in every message');
	});
});

describe("a next-steps letter where only the decision day was noted (review 184)", () => {
	it("asks what the steps are, never only whether to send anything", () => {
		const interview = note({ decision_expected: "2-3 wks", interviewers: ["Bev Adair <badair@marlow.example>"] });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T16:00") }).drafts[0].body;
		expect(body).toMatch(/what the next steps (?:in the process )?will be/);
		// Where the steps were noted, the letter does not ask them again.
		const told = note({ decision_expected: "2-3 wks", next_steps: "reference checks, then a call from HR", interviewers: ["Bev Adair <badair@marlow.example>"] });
		expect(buildDrafts(told, "next-steps", { settings, now: local("2026-12-04T16:00") }).drafts[0].body).not.toMatch(/what the next steps/);
	});
});

describe("when the check-in opens, and what the notes offer for a focus (review 183)", () => {
	it("opens the check-in the day after decision_expected, never later for a span in next_steps", () => {
		const interview = note({ decision_expected: "2026-12-18", next_steps: "2-3 wks", thank_you_sent: "2026-12-04T15:00", interviewers: ["Marisol Vega <mv@greenlawn.example>"] });
		const checkIn = evaluateInterview(interview, DEFAULT_SETTINGS, local("2026-12-06T12:00")).actions.find((a) => a.kind === "check-in")!;
		expect(checkIn.opensAt.getTime()).toBe(local("2026-12-19T09:00").getTime());
		// Without decision_expected, the day next_steps names is still waited for.
		const named = note({ next_steps: "they'll email by end of next week", thank_you_sent: "2026-12-04T15:00", interviewers: ["Marisol Vega <mv@greenlawn.example>"] });
		const later = evaluateInterview(named, DEFAULT_SETTINGS, local("2026-12-06T12:00")).actions.find((a) => a.kind === "check-in")!;
		expect(later.opensAt.getTime()).toBeGreaterThan(local("2026-12-11T12:00").getTime());
	});

	it("never offers the user's asides and the room's gossip as where a focus can come from", () => {
		const text = '---\n---\nrolf runs the lift crew\nsam said rolf "hires slow". lol\ntom kind of grilled me. think gloria liked me tho\ndarnell said the last coordinator left for SCI. high turnover maybe?\n';
		expect(mentionsOf(text, ["Rolf"]).map((m) => m.line)).toEqual([3]);
		expect(mentionsOf(text, ["Gloria"])).toEqual([]);
		expect(mentionsOf(text, ["Tom"])).toEqual([]);
		expect(mentionsOf(text, ["Darnell"])).toEqual([]);
	});
});

describe("reviews 185-186: a place opened to people, a figure about, names and titles written short", () => {
	it("opens a place to the people it is wanted open to, never 'the makerspace open teensing'", () => {
		expect(topic("they want the makerspace open to teens after school without a staff member on every machine")).toBe("opening the makerspace to teens after school without a staff member on every machine");
		expect(topic("they want the crew to own the schedule")).toBe("the crew owning the schedule");
	});

	it("keeps who the people dealt with are, and a backlog 'of ~3,000' whole", () => {
		expect(topic("dealing w campers who show up w/o a reservation on holiday wknds")).toBe("dealing with campers who show up without a reservation on holiday weekends");
		expect(topic("The backlog of ~3,000 transcript requests since the Parchment switch.")).toBe("the backlog of about 3,000 transcript requests");
		// A figure after the thing is still the note's detail.
		expect(topic("the script volume about 450 a day with only 2 RPhs")).toBe("the script volume");
	});

	it("says a system's name as known to the user, and a certificate as held", () => {
		expect(said("Banner DegreeWorks").reference).toBe("my experience with Banner DegreeWorks");
		const cert = said("- de-escalation cert (CPI)");
		expect(cert.reference).toBe("my CPI de-escalation certification");
		expect(cert.leftOut).toEqual([]);
	});

	it("writes a company typed short in full", () => {
		expect(companyInSentence("westfield lib")).toBe("Westfield Library");
		expect(companyInSentence("oakridge cem. assoc")).toBe("the Oakridge Cemetery Association");
		expect(companyInSentence("Harbor Pt Marina")).toBe("Harbor Point Marina");
	});

	it("greets a ranger by rank and surname, never 'Hi Ranger'", () => {
		const interview = note({ company: "Pine Hollow State Park", interviewers: ["Ranger Beth Coyle <bcoyle@pinehollow.example>"] });
		expect(buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T12:00") }).drafts[0].body.split("\n")[0]).toBe("Dear Ranger Coyle,");
	});

	it("reads who said a step, 'said:' and 'passing to' in next steps", () => {
		const read = (text: string, reader: string) => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: ["Jodi Marsh", "Walt Greer", "Brenda Kiley"] }, local("2026-12-04T10:00"), local("2026-12-06T12:00"));
		expect(read("hm said: call by fri", "Jodi Marsh")?.clause).toBe("I understood the hiring manager would call by Friday 11 December");
		expect(read("brenda passing to HSA -> panel wk of 12/14 prob", "Brenda Kiley")?.clause).toBe("you mentioned you'd pass my application to the HSA, and that there would probably be a panel in the week of 14 December");
		expect(read("brenda passing to HSA -> panel wk of 12/14 prob", "Jodi Marsh")?.clause).not.toMatch(/a Brenda/);
	});

	it("never asks 'roughly when' of a step the note gives a span for", () => {
		const interview = note({ next_steps: "2nd interview w/ the deputy director, 2-3 wks", interviewers: ["Renee Park <rpark@millbrook.example>"] });
		expect(buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T16:00") }).drafts[0].body).not.toMatch(/roughly when/);
	});
});

describe("reviews 187-188: time lost, troubles of the people served, asides, spans and names", () => {
	it("says time lost to something as such, never 'hours a week to jams'", () => {
		const r = focusTopic("they lose about 2 hrs a week to jams on the OCC screen, he wants sorters who call it before it wraps", {});
		expect(r.topic?.text).toBe("the time lost to jams on the OCC screen");
		expect(r.topic?.short).toBe("the time lost to jams");
		expect(r.leftOut).toEqual(["he wants sorters who call it before it wraps"]);
	});

	it("says a trouble of the people served as what the reader wants for them, never dropped as criticism", () => {
		expect(topic("New hires quitting in the first two weeks.")).toBe("keeping new hires through the first two weeks");
		expect(topic("homeowners falling behind on ground lease fees")).toBe("helping homeowners keep up with ground lease fees");
		expect(topic("volunteer leader burnout")).toBe("preventing volunteer leader burnout");
		// A trouble of their own team stays withheld.
		expect(focusTopic("their new hires quitting", {}).withheld).toBe("criticism");
		expect(focusTopic("staff burnout", {}).withheld).toBe("criticism");
	});

	it("keeps a colon inside brackets in the aside, without the user's label, and joins 'none' with 'and'", () => {
		expect(said("built the tanker rollover prevention course (note: it's now required for all Reliant drivers)").statement).toBe("I built the tanker rollover prevention course (it's now required for all Reliant drivers).");
		expect(said("walked 14 buyers through the resale formula at Eastside Housing Partners, none backed out").statement).toBe("I walked 14 buyers through the resale formula at Eastside Housing Partners, and none backed out.");
		expect(said("did 60+ insp/yr w/ checklist app").statement).toBe("I did more than 60 inspections a year with a checklist app.");
		expect(said("tracked it with the app").statement).toBe("I tracked it with the app.");
		expect(said("3 yrs ag lease admin @ county ext").reference).toBe("my 3 years in agricultural lease administration at the county Extension office");
	});

	it("reads a span alone as when they'd be in touch, and a weekday beside decision_expected as that day", () => {
		expect(steps("1 wk")?.clause).toBe("I understood I'd hear back by Friday 11 December");
		const rao = readNextSteps("dr rao said decide by thurs, carla calls", { names: ["Anita Rao", "Anita", "Dr. Rao"], context: ["Anita Rao", "Carla Mendes"], expected: local("2026-12-10T00:00") }, local("2026-12-02T10:00"), local("2026-12-07T12:00"));
		expect(rao?.clause).toBe("you mentioned you expected to decide by Thursday 10 December, and that Carla would call");
	});

	it("writes initials and 'prop mgmt' out, and greets by the given name a link shows", () => {
		expect(companyInSentence("wrvx")).toBe("WRVX");
		expect(companyInSentence("bcbs of idaho")).toBe("BCBS of Idaho");
		expect(companyInSentence("walt disney")).toBe("Walt Disney");
		expect(roleInSentence("land steward / prop mgmt asst", "Northfork CLT")).toBe("the land steward/property management assistant role at Northfork CLT");
		expect(roleInSentence("prop master", "Lakeside Players")).toBe("the prop master role at Lakeside Players");
		const interview = note({ primary_contact: "[[Ruth Ann Baptiste|Ruth Ann]]", primary_contact_email: "rab@northfork.example" });
		expect(buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T12:00") }).drafts[0].body.split("\n")[0]).toBe("Hi Ruth Ann,");
	});

	it("never asks when they decide where decision_expected says it in words", () => {
		const interview = note({ decision_expected: "before the holidays", interviewers: ["Lauren Pike <lp@kwpr.example>"] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T12:00") }).drafts[0].body;
		expect(body).not.toMatch(/when you expect to make a decision/);
		expect(body).toMatch(/a decision is expected before the holidays/);
	});
});

describe("reviews 189-190: spans after a comma, posts passed to, offices, initials and a call with one person", () => {
	it("reads a span after a comma, a bare post passed to, an interview in person and a hiring manager named in brackets", () => {
		const read = (text: string, reader: string) => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: ["Kayla Brooks", "Carla Mendes", "Gail Porter"] }, local("2026-12-04T10:00"), local("2026-12-06T12:00"))?.clause;
		expect(read("Kayla will call w/ feedback, 1 wk or so", "Kayla Brooks")).toBe("you mentioned you'd call with feedback within about a week");
		expect(read("she'll pass to dockmaster, maybe in person wk of 12/14", "Carla Mendes")).toBe("you mentioned you'd pass my application to the dockmaster, and that there might be an in-person interview in the week of 14 December");
		expect(read("hm (gail) to call by fri, 2nd rd w/ supt maybe", "Gail Porter")).toBe("you mentioned you'd call by Friday 11 December, and that there might be a second round with the superintendent");
	});

	it("joins what some of them did with 'and', and names a county office-holder's office", () => {
		expect(said("started a CDL training pipeline at Tri-County, 11 of 14 trainees passed and stayed").statement).toBe("I started a CDL training pipeline at Tri-County, and 11 of 14 trainees passed and stayed.");
		expect(companyInSentence("Harlan County Assessor")).toBe("the Harlan County Assessor's Office");
	});

	it("greets no one for initials and HR, and knows a call with one person from 'only her'", () => {
		expect(greetingName("tk hr")).toBe("");
		expect(greetingName("Jo HR")).toBe("Jo");
		const text = "---\n---\nfuel dock, phone\ncarla = hr/recruiter, only her. 25 min\n";
		expect(spokeWithMention(text, ["Carla", "Mendes"])?.line).toBe(4);
		expect(spokeWithMention("---\n---\ncarla = hr/recruiter\n", ["Carla", "Mendes"])).toBeNull();
	});
});

describe("review 191: a language the user speaks", () => {
	it("says it as theirs, never 'my work on fluent Spanish'", () => {
		expect(said("fluent spanish, translated the SAI explainer for families").statement).toBe("I'm fluent in Spanish, and I translated the SAI explainer for families.");
		expect(said("fluent spanish/english").reference).toBe("being fluent in Spanish and English");
		expect(said("bilingual spanish/english").statement).toBe("I'm bilingual in Spanish and English.");
		expect(String(said("bilingual staff/volunteers").statement)).not.toMatch(/Staff/);
	});
});

describe("review 192: a section the user keeps for themselves", () => {
	it("is never offered as where a focus can come from", () => {
		const text = "---\n---\nshonda ran the screen, asked about bite calls\n\n## private\nshonda mentioned last 2 hires washed out in FTO\n\n## after\nshonda to email\n";
		expect(mentionsOf(text, ["Shonda"], 5).map((m) => m.line)).toEqual([3, 9]);
	});
});

describe("reviews 191-192: a decision day in words, just before Christmas", () => {
	it("says the check-in waits past Christmas Day, as the due list has it", () => {
		const { interview, problems } = parseInterview({ file: "Interviews/N.md", frontmatter: { type: "interview", company: "Marlow", role: "Clerk", interview_start: "2026-12-03T10:00", interview_end: "2026-12-03T11:00", decision_expected: "2-3 wks", thank_you_sent: "2026-12-03T15:00" } }, DEFAULT_SETTINGS, () => null);
		expect(problems.map((p) => p.message).join("\n")).toContain("read as Thursday 24 December, and the check-in waits until the first weekday after Christmas Day, Monday 28 December.");
		const checkIn = evaluateInterview(interview!, DEFAULT_SETTINGS, local("2026-12-06T12:00")).actions.find((a) => a.kind === "check-in")!;
		expect(checkIn.opensAt.getDate()).toBe(28);
		// A day after that is no holiday keeps the plain words.
		const plain = parseInterview({ file: "Interviews/N.md", frontmatter: { type: "interview", company: "Marlow", role: "Clerk", interview_start: "2026-12-03T10:00", decision_expected: "fri 12/11" } }, DEFAULT_SETTINGS, () => null);
		expect(plain.problems.map((p) => p.message).join("\n")).toContain("and the check-in waits until the day after.");
	});

	it("names the day an eve is the eve of, and the day itself otherwise", () => {
		const warned = (decision: string) => parseInterview({ file: "Interviews/N.md", frontmatter: { type: "interview", company: "Marlow", role: "Clerk", interview_start: "2026-12-03T10:00", decision_expected: decision } }, DEFAULT_SETTINGS, () => null).problems.map((p) => p.message).join("\n");
		expect(warned("wed 12/30")).toContain("read as Wednesday 30 December, and the check-in waits until the first weekday after New Year's Day, Monday 4 January.");
		expect(warned("wed 12/23")).toContain("the first weekday after Christmas Day, Monday 28 December.");
		expect(warned("fri 12/25")).toContain("the first weekday after Boxing Day, Monday 28 December.");
	});
});
