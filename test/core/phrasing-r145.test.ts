// What reviews 145-146 found, and faults of earlier reviews mended alongside.
import { describe, expect, it } from "vitest";
import { quietMention, rivalMention } from "../../src/core/body-mentions";
import { buildDrafts, withoutFigures } from "../../src/core/drafts";
import { closeOutLetter, nextStepsLetter, type ContactFacts } from "../../src/core/letters";
import { readNextSteps } from "../../src/core/next-steps-note";
import { companyInSentence, experienceOf, focusTopic, roleInLetter } from "../../src/core/phrasing";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Maren Solberg" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Tidewater Shellfish Co.", role: "Farm Operations Lead", interview_start: "2026-12-03T09:30", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};

describe("who would call (review 143)", () => {
	it("tells a recruiter that the hiring manager would call, whatever her title's last word", () => {
		for (const title of ["Talent Acquisition Partner", "HR Manager", "Recruiting Lead"]) {
			const interview = note({ primary_contact: "Kelsey Marsh <k@x.example>", interviewers: [{ name: "Kelsey Marsh", email: "k@x.example", title }], next_steps: "HM to call by fri" });
			const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-06T10:00") }).drafts[0].body;
			expect(body, title).toContain("I understood the hiring manager would call by Friday 4 December.");
		}
	});

	it("says it from the user's side to one who may be the hiring manager", () => {
		const interview = note({ primary_contact: "Ben Ostrander <b@x.example>", interviewers: [{ name: "Ben Ostrander", email: "b@x.example", title: "Farm Manager" }], next_steps: "HM to call by fri" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-06T10:00") }).drafts[0].body;
		expect(body).toContain("I understood I'd hear back by Friday 4 December.");
	});
});

describe("a county panel (review 143)", () => {
	it("names the department with its article, and the role's words once", () => {
		expect(roleInLetter("Weights & Measures Inspector II", "Marin County Dept of Agriculture, Weights & Measures")).toBe("the Weights & Measures Inspector II role at the Marin County Department of Agriculture");
		expect(roleInLetter("Inspector II", "Marin County Dept of Agriculture, Weights & Measures")).toBe("the Inspector II role at the Marin County Department of Agriculture, Weights & Measures");
	});

	it("says courses taken and credentials held as the user's, never work on them", () => {
		expect(experienceOf("Ca DMS training, LPG meter cert").reference).toBe("my Ca DMS training and LPG meter certification");
		expect(experienceOf("HAZWOPER training, forklift cert").reference).toBe("my HAZWOPER training and forklift certification");
		// A credential after the user's action is still the note's detail, told.
		expect(experienceOf("ran the forklift fleet, forklift cert").leftOut).toEqual(["forklift cert"]);
	});

	it("knows one who only kept time or took notes said little", () => {
		const note = (line: string) => `---\ntype: interview\n---\nStandard county panel, 6 scored questions.\n${line}\n`;
		expect(quietMention(note("Paul was just timekeeping."), ["Paul"])).not.toBeNull();
		expect(quietMention(note("Paul was the notetaker"), ["Paul"])).not.toBeNull();
		expect(quietMention(note("Paul asked about timekeeping software"), ["Paul"])).toBeNull();
	});

	it("thanks a timekeeper for taking part, never for a conversation", () => {
		for (const [name, role] of [["Paul Whitcomb", "Weights & Measures Inspector II"], ["Paul Reyes", "Inspector I"], ["Paul Okafor", "Senior Inspector"], ["Paul Lind", "Device Inspector"]]) {
			const interview = note({ company: "Marin County Dept of Agriculture, Weights & Measures", role, interview_start: "2026-12-01T09:00", interviewers: [{ name: "Janet Oyelaran", email: "j@x.example", focus: "RMD compliance" }, { name, email: "p@x.example", title: "HR Analyst", focus: "15", highlight: "3" }] });
			const drafts = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-01T15:00"), noteText: "---\ntype: interview\n---\nPaul was just timekeeping.\n" }).drafts;
			const paul = drafts.find((d) => d.to.some((r) => r.email === "p@x.example"))!.body;
			expect(paul, name).not.toMatch(/our conversation|talking with you|speaking with you|our talk/i);
		}
	});
});

describe("next steps (reviews 145-146)", () => {
	const monday = new Date(2026, 10, 30, 10);
	it("keeps a step's condition, never says it as certain", () => {
		const read = readNextSteps("lorraine said they'd decide by 12/4, 2nd rd if needed", { names: ["Lorraine Voss", "Lorraine"] }, monday, monday);
		expect(read?.clause).toBe("you mentioned the team would decide by Friday 4 December, and that there would be a second round if needed");
		expect(readNextSteps("2nd rd if needed", { names: ["Lorraine Voss", "Lorraine"] }, monday, monday)?.clause).toBe("I understood there would be a second round if needed");
	});

	it("names one in the interview known by their initials", () => {
		const interview = note({ company: "MnDOT District 6", role: "Bridge Inspector", interview_start: "2026-12-01T09:00", primary_contact: "Dale Herrick <d@x.example>", interviewers: [{ name: "Dale Herrick", email: "d@x.example" }, { name: "Sandra Liu", email: "s@x.example" }], next_steps: "SL to call refs" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T10:00") }).drafts[0].body;
		expect(body).toContain("I understood Sandra would call my references");
		expect(body).not.toMatch(/\bSL\b/);
	});

	it("gives an initialism its article as it is said", () => {
		expect(readNextSteps("HR call, then panel", { names: ["Lorraine Voss"] }, monday, monday)?.clause).toContain("an HR call");
	});
});

describe("letters to the contact (reviews 145-146)", () => {
	const facts: ContactFacts = { when: "on Tuesday", theRole: "the Pediatric OT role at Bright Steps", company: "Bright Steps", decision: null, told: null, asked: null, askedOnTheDay: false, interviewed: false, meeting: "my interview", agency: true, thankedBefore: true, status: "active", daysSince: 3, seed: 1 };
	it("lets an agency's recruiter keep the user in mind for other roles, early or late", () => {
		expect(closeOutLetter(facts).paragraphs.join(" ")).toContain("or about other roles you're working on");
		expect(closeOutLetter({ ...facts, agency: false }).paragraphs.join(" ")).not.toContain("other roles");
	});

	it("never presumes a decision is made ('if anything changes on your side')", () => {
		for (let seed = 0; seed < 8; seed++) expect(closeOutLetter({ ...facts, agency: false, daysSince: 12, seed }).paragraphs.join(" ")).not.toContain("changes on your side");
	});

	it("never asks with the step's own words ('would let me know. Could you let me know')", () => {
		for (let seed = 0; seed < 8; seed++) {
			const told = { kind: "understood" as const, clause: "I understood the team would let me know" };
			const text = nextStepsLetter({ ...facts, interviewed: true, told, seed }).paragraphs.join(" ");
			expect(text.match(/let me know/g)?.length, text).toBe(1);
		}
	});
});

describe("notes read whole (reviews 145-146)", () => {
	it("keeps a name of two names its capitals", () => {
		expect(focusTopic("BI failure workflow, Bowie-Dick, recall").topic?.text).not.toContain("bowie");
	});

	it("says the user's accuracy as theirs, a place's occupancy as the place's", () => {
		expect(experienceOf("pick accuracy 99.6%").reference).toBe("my 99.6% pick accuracy");
		expect(experienceOf("bed occupancy 92%").reference).toBe("the 92% bed occupancy");
	});

	it("says a site after a dash as the body's site, never the dash", () => {
		expect(companyInSentence("City of Riverton - Water Reclamation Facility")).toBe("the City of Riverton's Water Reclamation Facility");
		expect(companyInSentence("State Department of Motor Vehicles - Riverside Field Office")).toBe("the State Department of Motor Vehicles' Riverside Field Office");
		expect(roleInLetter("WWTP Operator II", "City of Riverton - Water Reclamation Facility")).toBe("the WWTP Operator II role at the City of Riverton's Water Reclamation Facility");
		// A place after the dash is the institution's name, as before.
		expect(companyInSentence("State Correctional Institution - Dallas")).toBe("the State Correctional Institution - Dallas");
	});

	it("keeps what makes the job, and writes out a division", () => {
		expect(roleInLetter("Bridge Inspector - Team Leader (TE Specialist)", "MnDOT District 6")).toBe("the Bridge Inspector (Team Leader) role at MnDOT District 6");
		expect(companyInSentence("City of Fairhaven Parks & Urban Forestry Div.")).toBe("the City of Fairhaven Parks & Urban Forestry Division");
	});

	it("writes a highlight's shorthand and small words out", () => {
		expect(experienceOf("wrote LOTO procs for RAS/WAS pumps").statement).toBe("I wrote LOTO procedures for RAS/WAS pumps.");
		expect(experienceOf("already hold Grade II license").statement).toBe("I already hold a Grade II license.");
		expect(experienceOf("also speak Spanish").statement).toBe("I also speak Spanish.");
		expect(experienceOf("cut loaner tray delays by pre-pulling loaner trays day before").statement).toBe("I cut loaner tray delays by pre-pulling loaner trays the day before.");
		expect(experienceOf("internship at Rood & Riddle-style referral clinic").reference).toBe("my internship at a Rood & Riddle-style referral clinic");
	});

	it("says how a night went with it, never as a fragment of its own", () => {
		const read = experienceOf("handled 400-seat walk-up rush for 'Rent' closing night. no comps lost, drawer balanced to the penny.");
		expect(read.statement).toBe("I handled a 400-seat walk-up rush for 'Rent' closing night, with no comps lost.");
		expect(read.leftOut).toEqual(["drawer balanced to the penny"]);
	});

	it("reads the sentences after one that cannot be said, never the whole highlight lost", () => {
		const read = experienceOf("Tailgate briefing every morning. Zero recordables on my crew in 3 yrs. I'm also a certified aerial rescue instructor.");
		expect(read.reference).toBe("my track record of zero recordables on my crew in 3 years");
		expect(read.more).toEqual(["I'm also a certified aerial rescue instructor."]);
		expect(read.leftOut).toEqual(["Tailgate briefing every morning"]);
	});

	it("keeps none of a thing with what it was none in", () => {
		expect(experienceOf("4 yrs DMRs, zero NOVs").reference).toBe("my 4 years on DMRs with zero NOVs");
	});

	it("tells a bare part after a comma, never splices it on", () => {
		const read = experienceOf("QC/QA on NBE element data, SNBI transition");
		expect(read.reference).toBe("my work on QC/QA on NBE element data");
		expect(read.leftOut).toEqual(["SNBI transition"]);
	});

	it("says a state before its noun in a list, and never on a card after it", () => {
		expect(focusTopic("trays missing instruments / count sheets wrong").topic?.text).toBe("trays missing instruments and wrong count sheets");
		expect(focusTopic("ice depth uneven, thin spots by the blue lines").topic?.short).toBe("the ice depth");
	});

	it("takes a question about starting as one about the start date, and tells the day", () => {
		const read = focusTopic("Whether I can start Jan 4 and am OK with rotating weekends.");
		expect(read.topic).toMatchObject({ text: "my start date and comfort level with rotating weekends", kind: "question" });
		expect(read.leftOut).toEqual(["Jan 4"]);
	});

	it("never cuts a short form to 'the day' of 'the day before'", () => {
		expect(experienceOf("called them the day before").short).not.toMatch(/the day$/);
	});

	it("reads 'mon' after a gas as its monitoring, and says the part", () => {
		expect(focusTopic("confined space entry, H2S mon").topic?.text).toBe("the confined space entry and H2S monitoring");
	});
});

describe("format (review 146)", () => {
	it("never calls an onsite ride-along on farm calls a phone interview", () => {
		const interview = note({ company: "Dunmore Equine Hospital", role: "Associate Veterinarian", interview_start: "2026-12-01T08:00", interview_end: "2026-12-01T15:30", format: "onsite, ride along on farm calls", interviewers: [{ name: "Pete Lowry", email: "p@x.example" }] });
		const { warnings, problems } = buildDrafts(interview, "handwritten-note", { settings, now: local("2026-12-02T10:00") });
		expect([...warnings, ...problems].join("\n")).not.toMatch(/by phone/);
	});
});

describe("reviews 147-148: a school kitchen, a press room, a bookstore, a solar crew", () => {
	const monday = new Date(2026, 10, 30, 10);

	it("never drops the number a 'min' counts", () => {
		const read = focusTopic("whether I can do min 2 shifts/mo and holidays");
		expect(read.topic?.text).toBe("my availability for a minimum of 2 shifts a month and holidays");
		expect(read.topic?.short).toBe("my availability");
	});

	it("says a credential as held, renewed or kept with a record, never worked on", () => {
		expect(experienceOf("ServSafe Mgr renewed in march, livescan already done for my sub job")).toMatchObject({ reference: "my ServSafe Manager certification, renewed in March", leftOut: ["livescan already done for my sub job"] });
		expect(experienceOf("OSHA 30, zero recordables in 2 yrs").reference).toBe("my OSHA 30 certification, with zero recordables in 2 years");
		expect(experienceOf("NABCEP PV Assoc").reference).toBe("my NABCEP PV Associate certification");
	});

	it("tells a list of facts, never 'my work on' all of them", () => {
		const read = experienceOf("avg MR 22 min on XL106, G7 Master Qualified shop, ΔE 1.5 on PMS solids, ran Prinect Inpress Control");
		expect(read.reference).toBeNull();
		expect(read.statement).toBeNull();
		expect(experienceOf("PM schedule on rollers + blankets, wkly stripe checks, built GRACoL curves w/ prepress").reference).toBe("my work on the PM schedule on rollers and blankets");
	});

	it("tells a figure and its unit after the user's doing, never a comma splice", () => {
		const read = experienceOf("ran a 3-man crew, 9.6 kW avg, rail + micro installs done by 2pm");
		expect(read.statement).toBe("I ran a 3-man crew.");
		expect(read.leftOut).toEqual(["9.6 kW avg", "rail + micro installs done by 2pm"]);
	});

	it("tells a focus part with no long word that was not said", () => {
		const read = focusTopic("MR <20 min on 6c XL, ΔE ≤2 vs G7 targets, keep waste <300 sh");
		expect(read.leftOut).toContain("MR <20 min on 6c XL");
		expect(read.topic?.text).toBe("waste under 300 sheets");
	});

	it("never keeps the unit of a change it cuts from a card", () => {
		expect(withoutFigures("how I grew enrollment from 96 to 180 members")).toBe("how I grew enrollment");
	});

	it("reads next steps with a doing joined by '+', and a post's capital once", () => {
		const read = readNextSteps("2nd rd w/ ops dir + run test sheet on XL wk of 12/14", { names: ["Bill Ames", "Bill"] }, monday, monday);
		expect(read?.clause).toBe("I understood the next step was a second round with the operations director in the week of 14 December");
		expect(read?.unsaid).toEqual(["run test sheet on XL"]);
		expect(readNextSteps("2nd round w/ RT mgr wk of 12/14", { names: ["Bill Ames"] }, monday, monday)?.clause).toContain("with the RT manager");
		const interview = note({ company: "Lakeview Unified School District", role: "Cafeteria Manager - Roosevelt Middle", interview_start: "2026-11-27T10:00", primary_contact: "Renee Castillo <r@x.example>", interviewers: [{ name: "Renee Castillo", email: "r@x.example", title: "HR Recruiter" }], next_steps: "HM to call by fri" });
		expect(buildDrafts(interview, "check-in", { settings, now: local("2026-12-06T10:00") }).drafts[0].body).toContain("the hiring manager would call");
	});

	it("takes a post the body gives the reader as theirs ('Hollis = owner')", () => {
		const interview = note({ company: "Dog-Eared Books & Coffee", role: "Events Coordinator", interview_start: "2026-12-01T18:30", primary_contact: "Hollis Grant <h@x.example>", interviewers: [{ name: "Hollis Grant", email: "h@x.example" }], next_steps: "owner to decide after the holiday rush" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T10:00"), noteText: "---\ntype: interview\n---\nHollis = owner. Bea runs kids section.\n" }).drafts[0].body;
		expect(body).toContain("You mentioned you'd decide after the holiday rush.");
	});

	it("never asks to be told the day of a call that is the reader's to make", () => {
		const interview = note({ company: "Bright Steps", role: "Pediatric OT", interview_start: "2026-12-01T10:00", primary_contact: "Jordan Pike <j@x.example>", interviewers: [{ name: "Dr. Hannah Lowe", email: "h@x.example" }], next_steps: "Jordan (agency) will call w/ feedback early next wk" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T10:00") }).drafts[0].body;
		expect(body).not.toMatch(/Once the day is set|which day that will be/);
	});

	it("knows one who may have wanted the job from 'maybe he wanted the lead spot'", () => {
		const text = "---\ntype: interview\n---\nPete seemed annoyed, maybe he wanted the lead spot\n";
		expect(rivalMention(text, ["Pete"])?.quote).toBe("Pete seemed annoyed, maybe he wanted the lead spot");
		expect(rivalMention("---\ntype: interview\n---\nPete wanted the lead to be faster\n", ["Pete"])).toBeNull();
	});

	it("never gives two of a thin panel of six the same line about the user and the role", () => {
		const names = ["Ann Lee", "Bo Park", "Cy Diaz", "Di Moss", "Ed Hart", "Flo Kerr"];
		const interview = note({ company: "Ridgeway Solar", role: "Installer", interview_start: "2026-12-01T10:00", interviewers: names.map((name, i) => ({ name, email: `p${i}@x.example` })) });
		const lines = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-01T15:00") }).drafts.flatMap((d) => d.body.split(/(?<=\.) /).filter((sentence) => /^I'd (?:welcome the chance to (?:put|show)|be glad to (?:contribute|put what))|^I hope (?:I'll have the chance|to have the chance)/.test(sentence)));
		expect(new Set(lines).size, lines.join("\n")).toBe(lines.length);
	});

	it("says a division after the dash as the agency's", () => {
		expect(companyInSentence("State Dept of Fish and Wildlife - Law Enforcement Division")).toBe("the State Department of Fish and Wildlife's Law Enforcement Division");
	});
});

describe("review 150: a district pharmacy, juvenile probation", () => {
	it("names a measure of time with what it times, and joins two parts as English", () => {
		const read = focusTopic("D14 scripts down 6% YoY, 3 stores red on Rx wait times, PIC turnover");
		expect(read.topic?.text).toBe("Rx wait times and PIC turnover");
	});

	it("joins someone named by what they are, and what they did, with 'and'", () => {
		expect(experienceOf("wrote ~200 predisposition reports, judge cited one in a ruling").statement).toBe("I wrote about 200 predisposition reports, and a judge cited one in a ruling.");
	});

	it("says what the user did with a training as theirs, and the training alone in short", () => {
		const read = experienceOf("Trained in TF-CBT basics + MI, used it in family team meetings every wk");
		expect(read.statement).toBe("I'm trained in TF-CBT basics and MI, and I used it in family team meetings every week.");
		expect(read.short).toBe("being trained in TF-CBT basics and MI");
	});
});

describe("review 149: an IR suite, a water crew, crew scheduling, a house museum", () => {
	it("says where the user lives and what they know as theirs, and tells what follows", () => {
		expect(experienceOf("lives 12 min from campus, 6 yrs call w/ 0 missed")).toMatchObject({ statement: "I live 12 minutes from campus.", leftOut: ["6 years call with zero missed"] });
		expect(experienceOf("knows Epic inside out").statement).toBe("I know Epic inside out.");
		expect(experienceOf("live sound for 40 shows").statement).toBeNull();
	});

	it("reads the interviewer's 'are you ok w/' as asked of the user", () => {
		expect(focusTopic("are you ok w/ standby rotation + CDL B required within 6 mo").topic).toMatchObject({ kind: "question", short: "my comfort level with standby rotation" });
	});

	it("never makes a clause a topic ('to talk through you need techs')", () => {
		expect(focusTopic("their call-back times are slipping, they need techs who can set up a stroke case fast").topic?.text).toBe("the need for techs who can set up a stroke case fast");
	});

	it("takes a post the body gives in brackets ('Gloria (Water Supt) ran it') as the reader's", () => {
		const interview = note({ company: "City of Millbrook Dept of Public Works", role: "Crew Leader", interview_start: "2026-12-03T09:00", primary_contact: "Gloria Vasquez <g@x.example>", interviewers: [{ name: "Gloria Vasquez", email: "g@x.example" }], next_steps: "HM to call by fri" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-06T10:00"), noteText: "---\ntype: interview\n---\nPanel of 4. Gloria (Water Supt) ran it, Frank = foreman.\n" }).drafts[0].body;
		expect(body).toContain("I understood I'd hear back by Friday 4 December");
	});
});

describe("reviews 151-152: next steps with who is away, and a day that comes every month", () => {
	const monday = new Date(2026, 10, 30, 10);
	it("tells who is away, never 'there would be hiring manager out til then'", () => {
		const read = readNextSteps('Priya said they\'d "circle back" wk of 12/7, HM out til then', { names: ["Priya Shah", "Priya"] }, monday, monday);
		expect(read?.clause).toBe("you mentioned the team would circle back in the week of 7 December");
		expect(read?.unsaid).toEqual(["HM out til then"]);
	});

	it("tells a day that comes every month, never resolves it to one date", () => {
		const read = readNextSteps("panel next wk, board approves hires 2nd tues of month", { names: ["Ana Montoya"] }, monday, monday);
		expect(read?.clause).toBe("I understood the next step was a panel in the week of 7 December, and that the board would approve hires");
		expect(read?.unsaid).toEqual(["2nd tues of month"]);
	});
});
