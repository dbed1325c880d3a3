// Known and left from reviews 105-110, mended at the start of the next stop (a title's line that claimed a talk, a week
// written on its own Wednesday, brackets in next steps), and what reviews 111-112 found.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { endedMention, throughOneMention } from "../../src/core/body-mentions";
import { privateRemark } from "../../src/core/private-remarks";
import { experienceOf, focusTopic, roleExpanded } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const base = new Date(2026, 11, 2, 10, 0);
const steps = (text: string, reader: string[], others: string[] = []) => readNextSteps(text, { names: reader, context: [...reader, ...others] }, base, new Date(2026, 11, 3, 9, 0));

describe("a thank-you with a title and nothing more claims no talk the reader gave (review 105)", () => {
	it("never thanks a superintendent for 'telling me about your work' after a screen about the user's own certificate", () => {
		let titled = 0;
		for (const company of ["Metro Transit", ...Array.from({ length: 40 }, (_, i) => `Line ${i}`)]) {
			const interview = anInterview()
				.company(company)
				.role("Conductor")
				.at("2026-12-01T09:00", "2026-12-01T09:25")
				.interviewer("Gary Holt", { email: "gholt@x.example", title: "Superintendent of Operations" })
				.primaryContact("Gary Holt", "gholt@x.example")
				.build();
			const body = buildDrafts(interview, "thank-you", { settings: { ...DEFAULT_SETTINGS, myName: "Ray Diaz" }, now: local("2026-12-01T12:00") }).drafts[0].body;
			if (/superintendent of operations/i.test(body)) titled++;
			expect(body).not.toMatch(/(?:about|with) your work as|how you approach the work/);
		}
		// Nor is the reader told their own post: the lines claim only a view of the job (reviews 128, 131, 132).
		expect(titled).toBe(0);
	});
});

describe("next steps: a week that has begun, and what brackets say", () => {
	it("'week of 12/1', written on Wednesday 2 December, is this week, never 12 January", () => {
		const r = steps("shay to set up onsite w/ Dr. Feld week of 12/1", ["Shay", "Ortiz"]);
		expect(r?.clause).toBe("you mentioned you'd set up an onsite interview with Dr. Feld in the week of 1 December");
		expect(r?.latest?.getMonth()).toBe(11);
		// A plain date past is still read as the next one to come.
		expect(steps("call 7/12", ["Shay", "Ortiz"])?.clause).toMatch(/7 December/);
	});
	it("'Dr. Feld (surgeon)': who a named person is, in brackets, is left to the name", () => {
		expect(steps("shay to set up onsite w/ Dr. Feld (surgeon) next week", ["Shay", "Ortiz"])?.clause).toBe("you mentioned you'd set up an onsite interview with Dr. Feld in the week of 7 December");
		// A post the reading knows is still said after the name.
		expect(steps("call from Dana (recruiter) fri", ["Shay", "Ortiz"], ["Dana", "Wu"])?.clause).toBe("I understood the next step was a call from Dana, the recruiter, on Friday 4 December");
	});
	it("'working interview (paid shadow shift)': the bracket names the interview, with its article", () => {
		expect(steps("kelsey will email re working interview (paid shadow shift)", ["Shay", "Ortiz"], ["Kelsey", "Wu"])?.clause).toBe("I understood Kelsey would email about a paid shadow shift");
		expect(steps("kelsey will email re working interview (paid)", ["Shay", "Ortiz"], ["Kelsey", "Wu"])?.clause).toBe("I understood Kelsey would email about a paid working interview");
	});
});

const context = { reader: ["Keiko Tanaka"], names: ["Keiko Tanaka"] };

describe("reviews 111-112: next steps said as the note leaves them", () => {
	it("'a working shift on a Sat' is on a Saturday, never a date the reader never gave ('on a on Saturday 28 November')", () => {
		const r = steps("Nina wants me back for a working shift on a Sat", ["Nina", "Park"]);
		expect(r?.clause).toBe("you mentioned you'd like me back for a working shift on a Saturday");
		expect(r?.latest).toBeNull();
		// A day said alone is still dated.
		expect(steps("trial shift sat", ["Nina", "Park"])?.clause).toBe("I understood the next step was a trial shift on Saturday 5 December");
	});
	it("'send CritiCall link, test w/in 7 days' sends the link, and the seven days are the user's to take the test", () => {
		const r = steps("chief vance will send CritiCall link, test w/in 7 days", ["Mark Vance"]);
		expect(r?.clause).toBe("you mentioned you'd send the CritiCall link, with seven days to complete the test");
		expect(r?.latest).toBeNull();
	});
});

describe("reviews 111-112: what a letter never says", () => {
	it("an accident or incident of the reader's is told, never the topic ('safety after the fly rail incident last spring')", () => {
		const r = focusTopic("safety after the fly rail incident last spring, wants someone who'll actually stop a show", context);
		expect(r.topic?.text).toBe("safety");
		expect(r.leftOut).toContain("after the fly rail incident last spring");
		expect(focusTopic("the death on 4 west last month", context).topic).toBeNull();
	});
	it("a practice named by one is work, and a success is said ('incident reviews', 'no injuries')", () => {
		expect(focusTopic("incident reviews, blameless postmortems", context).topic?.text).toBe("incident reviews and blameless postmortems");
		expect(focusTopic("injury prevention program for the warehouse", context).topic?.text).toBe("the injury prevention program for the warehouse");
		expect(experienceOf("stopped the line twice when the guard was off, no injuries", context).statement).toBe("I stopped the line twice when the guard was off, with no injuries.");
	});
	it("a colleague's illness is cut from the user's story and told ('when the SM got covid')", () => {
		const r = experienceOf("told her i called 3 shows of midsummer at short notice when the SM got covid, 140+ cues, no missed standbys", context);
		expect(r.statement).toBe("I called 3 shows of midsummer at short notice, more than 140 cues, with no missed standbys.");
		expect(r.leftOut).toContain("when the SM got covid");
	});
	it("'$$' is funding, and 'Mercy general' a hospital's name", () => {
		expect(focusTopic("$$ for the new story walk, wants staff who show up to friends mtgs", context).topic?.text).toBe("funding for the new story walk");
		expect(focusTopic("raising $$ for books", context).topic?.text).toBe("raising money for books");
		expect(focusTopic("ed runner at Mercy general", context).topic?.text).toMatch(/at Mercy General$/);
	});
	it("'winter rep' in a role is the repertory season, never a representative", () => {
		expect(roleExpanded("Assistant Stage Manager (winter rep)")).toBe("Assistant Stage Manager (winter rep)");
		expect(roleExpanded("customer svc rep")).toBe("customer service representative");
	});
	it("someone who just took notes is thanked for sitting in, never for a conversation or what they told", () => {
		const text = ["---", "type: interview", "---", "", "- melissa grant from county HR, just took notes, didnt ask anything", ""].join("\n");
		for (const company of ["Pine County 911", ...Array.from({ length: 12 }, (_, i) => `County ${i}`)]) {
			const interview = anInterview()
				.company(company)
				.at("2026-11-23T09:00", "2026-11-23T10:30")
				.interviewer("Melissa Grant", { email: "mgrant@x.example" })
				.primaryContact("Melissa Grant", "mgrant@x.example")
				.build();
			const body = buildDrafts(interview, "thank-you", { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-23T15:00"), noteText: text }).drafts[0].body;
			expect(body).not.toMatch(/conversation|hear about|talking with you|speak with you/i);
			expect(body).toMatch(/taking part in the interview|good to have you in the interview/);
			// The opening may thank them for their time; the quiet lines never say it again.
			expect(body).not.toMatch(/your time as well/);
		}
	});
});

describe("review 112: a colleague's promise, past its day, is never reported to another reader", () => {
	const interview = anInterview()
		.company("Harbor Light Theatre")
		.role("Production Stage Manager")
		.at("2026-11-24T10:00", "2026-11-24T11:30")
		.interviewer("Rev. Samuel Oduya", { email: "soduya@x.example" })
		.interviewer("Keiko Tanaka", { email: "keiko@x.example" })
		.primaryContact("Rev. Samuel Oduya", "soduya@x.example")
		.nextSteps("Keiko will send a short scenario exercise by Wed")
		.decisionExpected("2026-12-03")
		.record("thankYouSent", "2026-11-24T15:00")
		.build();
	const settings = { ...DEFAULT_SETTINGS, myName: "Alex Morgan" };
	it("the check-in to the board chair leaves Keiko's missed Wednesday out, and tells the user why", () => {
		const r = buildDrafts(interview, "check-in", { settings, now: local("2026-12-05T10:00") });
		expect(r.drafts[0].body).not.toMatch(/Keiko/);
		expect(r.drafts[0].body).toMatch(/a decision was expected by/);
		expect(r.problems.join("\n")).toMatch(/someone else's promise, and the day they name is past/);
	});
	it("a promise of the reader's own, or one still to come, is said as before", () => {
		const own = anInterview().company("Harbor Light Theatre").at("2026-11-24T10:00", "2026-11-24T11:30").interviewer("Keiko Tanaka", { email: "keiko@x.example" }).primaryContact("Keiko Tanaka", "keiko@x.example").nextSteps("Keiko will send a short scenario exercise by Wed").record("thankYouSent", "2026-11-24T15:00").build();
		expect(buildDrafts(own, "check-in", { settings, now: local("2026-12-05T10:00") }).drafts[0].body).toMatch(/you'd send a short scenario exercise/);
		expect(buildDrafts(interview, "next-steps", { settings, now: local("2026-11-24T16:00") }).drafts[0].body).toMatch(/Keiko would send a short scenario exercise by Wednesday/);
	});
});

describe("reviews 111-112: a clause about the reader's place, and who everything goes through", () => {
	it("'the branch has lots of autistic kids' is never cut to 'the branch'; what comes before it is the topic", () => {
		const r = focusTopic("sensory storytime + the branch has lots of autistic kids, wants it monthly", context);
		expect(r.topic?.text).toBe("the sensory storytime");
		expect(r.leftOut).toContain("the branch has lots of autistic kids");
		expect(focusTopic("the branch has autistic kids", context).topic).toBeNull();
		// A team is read by what the verb is about, as before.
		expect(focusTopic("their team is drowning in data requests and nobody has time to build a dashboard", context).topic?.text).toBe("data requests");
	});
	it("'early lit' is early literacy; 'OT down' overtime, outside care", () => {
		expect(focusTopic("early lit numbers for the board", context).topic?.text).toBe("early literacy numbers for the board");
		expect(experienceOf("cut OT by 20% on nights", context).statement).toBe("I cut overtime by 20% on nights.");
	});
	it("'go thru kyle for everything' is a line that says all goes through one person, by name", () => {
		const note = (line: string) => `---\ntype: interview\n---\n${line}\n`;
		expect(throughOneMention(note("kyle set this up. go thru kyle for everything, hes touchy abt candidates going direct"))?.line).toBe(4);
		expect(throughOneMention(note("we go through many drafts for everything"))).toBeNull();
		expect(throughOneMention(note("went thru town"))).toBeNull();
	});
});

describe("reviews 113-114: shorthand read, never garbled", () => {
	it("'too many hints given' is never 'hints givening'", () => {
		expect(focusTopic("too many hints given, groups escaping in 35 min", context).topic?.text).toBe("hints given");
		expect(focusTopic("too many tickets get reopened", context).topic?.text).toBe("tickets getting reopened");
	});
	it("'ice depth uneven' is the ice depth; 'keeping the bar low' keeps its state", () => {
		expect(focusTopic("ice depth uneven, thin spots by the blue lines, brine temps", context).topic?.text).toBe("the ice depth");
		expect(focusTopic("keeping the bar low", context).topic?.text).toBe("keeping the bar low");
		expect(focusTopic("Night shift staffing low", context).topic?.text).toBe("night shift staffing");
	});
	it("'$$, what the county gets for the money' is the money, and the clause told, never 'the money, what the county'", () => {
		const r = focusTopic("$$, what the county gets for the money", context);
		expect(r.topic?.text).toBe("the money");
		expect(r.leftOut).toContain("what the county gets for the money");
	});
	it("'czech pils … at state fair' takes its capital and its article", () => {
		expect(experienceOf("the czech pils I brewed at riverbend with single decoction, won silver at state fair", context).reference).toBe("the Czech pils I brewed at riverbend with single decoction, which won silver at the state fair");
	});
	it("'polygraph + background', 'email sched': the background check, the schedule", () => {
		expect(steps("polygraph + background next, sgt romero will email sched by 12/2", ["Melissa Grant"], ["Alicia Romero"])?.clause).toBe(
			"I understood the next step was a polygraph and a background check, and that Sgt. Romero would email the schedule by Wednesday 2 December",
		);
		// A link for the checks stays a link.
		expect(steps("greg sends background + drug screen link", ["Shay Ortiz"], ["Greg Amundsen"])?.clause).toBe("I understood Greg would send the background and drug screen link");
	});
});

describe("reviews 113-114: lists, articles and names", () => {
	it("'budgets, rosters and payroll' is never 'budgets and rosters and payroll'", () => {
		expect(focusTopic("budgets, rosters and payroll", context).topic?.text).toBe("budgets, rosters and payroll");
		expect(focusTopic("arduino props, maglocks and rfid readers", context).topic?.text).toBe("Arduino props, maglocks and RFID readers");
		expect(focusTopic("sales and marketing", context).topic?.text).toBe("sales and marketing");
	});
	it("the article a hurried note leaves out, miles, and the fire department", () => {
		expect(focusTopic("opening second location in feb in the mall space", context).topic?.text).toBe("opening a second location in February in the mall space");
		expect(experienceOf("built a PM schedule in spreadsheet for 30 pianos", context).statement).toBe("I built a PM schedule in a spreadsheet for 30 pianos.");
		expect(focusTopic("the 400 mi a week", context).topic?.text).toBe("the 400 miles a week");
		expect(focusTopic("storm cleanup coordination with fire", context).topic?.text).toBe("storm cleanup coordination with the fire department");
	});
});

describe("reviews 115-116: what the notes say, and whose it is", () => {
	it("'trained ~120 seasonals' is whom the user trained, never 'I'm trained'", () => {
		expect(experienceOf("trained ~120 seasonals per yr w/ buddy sign offs", context).statement).toBe("I trained about 120 seasonals per year with buddy sign offs.");
	});
	it("a clause cut after its joining word leaves no 'so' hanging", () => {
		const r = experienceOf("ran thanksgiving-to-new yrs at Paws Inn w/ 160 dogs, split shifts + on call list so nobody did more than 5 days str8", context);
		expect(r.statement).not.toMatch(/ so\.$/);
		expect(r.leftOut).toContain("nobody did more than 5 days str8");
	});
	it("'HAZWOPER 24hr' is a course of 24 hours; '2 day shifts' stays as typed", () => {
		expect(focusTopic("HAZWOPER 24hr, spill response", context).topic?.text).toBe("24-hour HAZWOPER training");
		expect(experienceOf("built the cross-training rota so night audit got 2 day shifts a month", context).statement).toContain("2 day shifts a month");
		expect(experienceOf("ran the 6 month QA audit", context).statement).toBe("I ran the 6-month QA audit.");
	});
	it("a name of someone in the interview, typed in lower case, takes its capital in the next steps", () => {
		expect(steps("jenna (recruiter) will set up onsite w/ ops mgr if brett passes me on", ["Jenna Park"], ["Brett Halloran"])?.clause).toBe("I understood Jenna would set up an onsite interview with the operations manager if Brett passes me on");
	});
	it("'dont go direct to tom w/o kelsey' says all goes through one person", () => {
		expect(throughOneMention("---\ntype: interview\n---\nagency takes fee so dont go direct to tom w/o kelsey\n")?.line).toBe(4);
	});
	it("'a student who withdrew' is no withdrawing of the user's, and a hotel's 'relocations' no move", () => {
		expect(endedMention("---\ntype: interview\n---\n- exercise: a student who withdrew mid-term, R2T4 calc\n")).toBeNull();
		expect(endedMention("---\ntype: interview\n---\n- i withdrew my application on 12/1\n")?.line).toBe(4);
		expect(privateRemark("walked guests and relocations on sold-out nights", "focus")).toBeNull();
		expect(privateRemark("happy to relocate for the role", "focus")).not.toBeNull();
	});
});

describe("review 115: 'their' general manager, said to the company's own staff, is 'your'", () => {
	it("to the company's HR it is 'your general manager'; to an agency's recruiter the client's stays 'their'", () => {
		const build = (contact: string, email = "dana@x.example") =>
			anInterview()
				.company("Thrillcrest Park")
				.at("2026-11-30T10:00", "2026-11-30T11:00")
				.interviewer("Dana Whitfield", { email: "dana@x.example" })
				.primaryContact(contact, email)
				.nextSteps("Dana said final decision after their GM signs off, prob early dec")
				.build();
		const own = buildDrafts(build("Dana Whitfield"), "next-steps", { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-30T15:00") }).drafts[0].body;
		expect(own).toMatch(/after your general manager signs off/);
		const agency = buildDrafts(build("Kim Lo (Apex Staffing)", "kim@apex.example"), "next-steps", { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-30T15:00") }).drafts[0].body;
		expect(agency).toMatch(/after their general manager signs off/);
	});
});

describe("review 116: the employer's client on the panel", () => {
	it("is named before sending: the letter speaks of the role as if theirs to fill", () => {
		const interview = anInterview()
			.company("Whitcomb Organ Works")
			.role("Voicing Apprentice")
			.at("2026-12-01T10:00", "2026-12-01T12:00")
			.interviewer("Dr. Ama Osei", { email: "aosei@stmarks.example", title: "Director of Music, St Mark's (client)" })
			.interviewer("Anselm Whitcomb", { email: "anselm@whitcomb.example", title: "Owner" })
			.primaryContact("Anselm Whitcomb", "anselm@whitcomb.example")
			.build();
		const r = buildDrafts(interview, "thank-you", { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-12-01T15:00") });
		expect(r.problems.join("\n")).toMatch(/Dr\. Ama Osei is the employer's client, as the note's title says/);
		expect(r.problems.join("\n")).not.toMatch(/Anselm Whitcomb is the employer's client/);
	});
});

describe("reviews 115-116: shorthand written out", () => {
	it("'probs', 'tho' and 'prox' are problems, though and proximity", () => {
		expect(focusTopic("N4 and EDI/BAPLIE probs", context).topic?.text).toBe("N4 and EDI/BAPLIE problems");
		expect(experienceOf("the time i pulled Cyclone off line bc restraint lights were flickering even tho the board was green, maint found a bad prox sensor", context).reference).toMatch(/even though the board was green, maintenance found a bad proximity sensor$/);
	});
});
