// What reviews 123-130 left about attachments, and what reviews 131-132 found.
import { describe, expect, it } from "vitest";
import { answerFirst, buildDrafts } from "../../src/core/drafts";
import { greetingName } from "../../src/core/people";
import { companyInSentence, companyName, experienceOf, focusTopic } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";
import { buildAgenda } from "../../src/core/agenda";

const settings = { ...DEFAULT_SETTINGS, myName: "Harriet Nwosu" };

function interviewOf(frontmatter: Record<string, unknown>) {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	if (interview === null) throw new Error("the test note did not parse");
	return interview;
}

/** The thank-you to the one interviewer, whose attachments are given. */
function thanksWith(attachments: string[], person: Record<string, unknown> = {}) {
	const interview = interviewOf({
		company: "Metro Library",
		role: "Makerspace Librarian",
		interview_start: "2026-12-04T10:00",
		interviewers: [{ name: "Lucy Brennan", email: "lbrennan@metro.example", focus: "teen programs", highlight: "ran the teen maker club", attachments, ...person }],
	});
	return buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T15:00") });
}

describe("an attachment is introduced by what it is and what it is for (reviews 123, 125, 128, 129)", () => {
	it("a file named as a slug is named by its words when its last word names a paper ('plate-map-template.pdf')", () => {
		const body = thanksWith(["[[plate-map-template.pdf]]"]).drafts[0].body;
		expect(body).toMatch(/the plate map template/);
		expect(body).not.toMatch(/plate-map-template\.pdf/);
		// A slug that names no paper stays the file's name, as the reader will see it.
		expect(thanksWith(["[[wingback-before-after.pdf]]"]).drafts[0].body).toMatch(/wingback-before-after\.pdf/);
	});
	it("a template, a checklist or a log is offered for the reader's team, never 'if you'd like to read more'", () => {
		const file = thanksWith(["[[plate-map-template.pdf]]"]).drafts[0].body;
		expect(file).toMatch(/(?:in case your team can use it|useful to your team)/);
		expect(file).not.toMatch(/read more/);
		const link = thanksWith(["[Enrichment log template](https://example.org/enrichment-log)"]).drafts[0].body;
		expect(link).toMatch(/[Tt]he enrichment log template is here, in case your team can use it: https:\/\/example\.org\/enrichment-log|In case it's useful to your team, the enrichment log template is here: https:\/\/example\.org\/enrichment-log/);
		// A report is still for reading, and a sample of a log is a sample of the user's work.
		expect(thanksWith(["[[Shrink audit report.pdf]]"]).drafts[0].body).not.toMatch(/your team/);
		expect(thanksWith(["[[Redacted privilege log sample.pdf]]"]).drafts[0].body).not.toMatch(/your team/);
	});
	it("a reference named by who gave it is their letter, never 'the reference PDF (Dale at FastSigns)'", () => {
		for (const file of ["[[reference - Dale at FastSigns.pdf]]", "[[Reference (Dale at FastSigns).pdf]]"]) {
			const body = thanksWith([file]).drafts[0].body;
			expect(body).toMatch(/a letter of recommendation from Dale at FastSigns/);
			expect(body).not.toMatch(/\(Dale|reference PDF|read more/);
		}
	});
	it("photos kept at a link are pictures, named as a phrase, never a quoted title as a subject", () => {
		const body = thanksWith(["[Synth workshop photos](https://drive.google.com/drive/folders/abc123synth)"], { highlight: 'ran a 6-wk "build a synth" teen workshop w/ Arduino, 14 kids finished' }).drafts[0].body;
		expect(body).not.toMatch(/"Synth workshop photos"/);
		expect(body).toMatch(/the synth workshop photos are here(?:, in case you'd like to see them)?: https:\/\/drive\.google\.com\/drive\/folders\/abc123synth/i);
		expect(body).not.toMatch(/if you'd like more detail/);
	});
	it("a PDF about photos is a paper, not a picture", () => {
		expect(thanksWith(["[[photo release form.pdf]]"]).drafts[0].body).not.toMatch(/picture/);
	});
});

describe("highlights read whole (review 129)", () => {
	it("a span of weeks before a quoted name is written out, and the highlight is used ('6-wk \"build a synth\" workshop')", () => {
		const r = experienceOf('ran a 6-wk "build a synth" teen workshop w/ Arduino, 14 kids finished');
		expect(r.statement).toMatch(/^I ran a six-week "build a synth" teen workshop with Arduino/);
		expect(r.leftOut).toEqual([]);
		expect(experienceOf('ran a 6-week "synth" workshop').statement).toBe('I ran a six-week "synth" workshop.');
	});
});

describe("highlights read whole (reviews 131, 132)", () => {
	it("a sentence typed without its subject after an adverb is the user's ('Never missed a pull day')", () => {
		const r = experienceOf("i've done 4am pulls for 3 yrs. Never missed a pull day. Also trained 6 new techs.");
		expect(r.statement).toMatch(/\. I never missed a pull day\.$/);
		expect(r.statement).not.toMatch(/\. Never/);
		// A past form that is a state ("Always certified …") is no doing.
		expect(experienceOf("ran the night shift, never missed a pull day").statement).toBe("I ran the night shift, and never missed a pull day.");
	});
	it("a measure and its figure are the figure's, never 'my work on fleet availability … 97.6% YTD'", () => {
		const r = experienceOf("fleet avail at my current site 97.6% YTD");
		expect(r.reference).toBe("the 97.6% fleet availability at my current site so far this year");
		expect(r.reference).not.toMatch(/my work on|YTD/);
		expect(experienceOf("bed occupancy 92% in 2025").reference).toBe("the 92% bed occupancy in 2025");
	});
	it("a brand before a product name with a capital inside keeps its capital ('Sensus FlexNet')", () => {
		expect(experienceOf("Sensus FlexNet endpoint installs and troubleshooting, ~2,000 endpoints").reference).toMatch(/^my work on Sensus FlexNet endpoint installs/);
		// An ordinary word before one is still lowered.
		expect(experienceOf("Weekly PowerBI reports for the ops team").reference).not.toMatch(/Weekly/);
	});
});

describe("next steps said back in sentences that parse (reviews 131, 132)", () => {
	const now = new Date(2026, 11, 6, 9);
	it("'panel scores go to HR' is the panel's scores, never 'the panel would score go to HR'", () => {
		const r = readNextSteps("panel scores go to HR, then background check + drug screen. 2-3 wks.", { names: ["Martin Reyes", "Martin"] }, now, now);
		expect(r?.clause).toBe("I understood the panel's scores would go to HR");
		// A group's doing in -s is still what it does.
		expect(readNextSteps("panel ranks candidates by fri", { names: ["Martin Reyes", "Martin"] }, now, now)?.clause).toMatch(/^I understood the panel would rank candidates by Friday/);
	});
	it("what would follow a yes is never a step said as certain ('there would be if yes, drug screen')", () => {
		const r = readNextSteps("Jake to call by fri; if yes, drug screen + DOT physical", { names: ["Jake Moreau", "Jake"] }, now, now);
		expect(r?.clause).not.toMatch(/if yes|drug screen/);
		expect(r?.clause).toMatch(/call by Friday/);
	});
	it("a step after 'or' takes its article ('a decision or a second round')", () => {
		const r = readNextSteps("HM to call by fri w/ decision or 2nd round w/ ops dir wk of 12/14", { names: ["Renata Cole", "Renata"] }, now, now);
		expect(r?.clause).toMatch(/with a decision or a second round with the operations director/);
	});
});

describe("names of places in a sentence (review 132)", () => {
	it("a court named by what it is takes 'the'", () => {
		expect(companyInSentence("Superior Court of California, County of Marin")).toBe("the Superior Court of California, County of Marin");
	});
});

describe("a letter with no topic never tells the reader their own post (reviews 128, 131, 132)", () => {
	it("the view of the job is theirs, without 'as a water distribution supervisor'", () => {
		const interview = interviewOf({
			company: "City of Alderton",
			role: "Meter Service Technician",
			interview_start: "2026-12-04T10:00",
			interviewers: ["Martin Reyes", "Shonda Perkins", "Gene Abernathy", "Patty Lindqvist"].map((name, n) => ({ name, email: `p${n}@alderton.example`, title: "Water Distribution Supervisor" })),
		});
		for (const d of buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T15:00") }).drafts) expect(d.body).not.toMatch(/as an? water distribution supervisor|as {title}/i);
	});
});

describe("a question the reader asked about the user is the user's (reviews 131, 132)", () => {
	it("'availability for weekend hatch pulls' is asked of the user, never 'what you said about availability'", () => {
		expect(focusTopic("availability for weekend hatch pulls").topic).toMatchObject({ text: "my availability for weekend hatch pulls", kind: "question" });
		expect(focusTopic("whether i can do weekends May thru Sept").topic).toMatchObject({ text: "my availability for weekends from May through September", kind: "question" });
		// The availability of a thing is no question about the user.
		expect(focusTopic("the availability of spare parts").topic?.text).toBe("the availability of spare parts");
		for (const company of ["Cobb", "Aviagen", "Hy-Line", "Perdue", "Tyson", "Koch"]) {
			const interview = interviewOf({ company, role: "Hatchery Technician", interview_start: "2026-12-03T10:00", format: "phone screen", interviewers: [{ name: "Hannah Cole", email: "hcole@x.example", focus: "availability for weekend hatch pulls" }] });
			for (const kind of ["thank-you", "handwritten-note"] as const) {
				const body = buildDrafts(interview, kind, { settings, now: local("2026-12-03T15:00") }).drafts.map((d) => d.body).join("\n");
				expect(body).not.toMatch(/(?:said|thoughts|perspective|view) (?:about|on) (?:the )?availability/);
				// (Nor thanks for the question at all, reviews 256-259: it draws the eye to an answer the user may walk back.)
				expect(body).not.toMatch(/my availability/);
			}
		}
	});
});

describe("a list highlight leads with the line that answered the focus (review 132)", () => {
	it("the line sharing a word with the focus comes first; a list already led by one, or tied to none, is kept", () => {
		expect(answerFirst("rope access L2 (IRATA)\ndid 40+ LEP repairs w/ 3M tape and coating last season", "LEP repairs")).toBe("did 40+ LEP repairs w/ 3M tape and coating last season\nrope access L2 (IRATA)");
		expect(answerFirst("did 40+ LEP repairs\nrope access L2 (IRATA)", "LEP repairs")).toBe("did 40+ LEP repairs\nrope access L2 (IRATA)");
		expect(answerFirst("started the peer debrief group\nran intake", "caseload")).toBe("started the peer debrief group\nran intake");
		// One item over two lines is no list to reorder.
		expect(answerFirst("- built the\n  LEP cart", "LEP")).toBe("- built the\n  LEP cart");
	});
	it("the card to the one who asked about LEP repairs tells of the repairs; a level held is a certification, never 'my work on'", () => {
		const interview = interviewOf({ company: "Northwind", role: "Blade Technician", interview_start: "2026-12-03T10:00", interviewers: [{ name: "Bo Lund", email: "bo@x.example", focus: "LEP repairs", highlight: ["rope access L2 (IRATA)", "did 40+ LEP repairs w/ 3M tape and coating last season"] }] });
		const card = buildDrafts(interview, "handwritten-note", { settings, now: local("2026-12-03T15:00") }).drafts[0].body;
		expect(card).toMatch(/LEP repairs with 3M tape/);
		expect(card).not.toMatch(/my work on the rope access/);
		const letter = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T15:00") }).drafts[0].body;
		expect(letter).toMatch(/IRATA Level 2 rope access certification/);
		expect(experienceOf("rope access L2 (IRATA), did 40+ LEP repairs w/ 3M tape and coating last season").reference).toBe("my IRATA Level 2 rope access certification, and how I did more than 40 LEP repairs with 3M tape and coating last season");
	});
});

describe("reviews 133-134", () => {
	it("what the user is not is never a thing they worked on ('the not a pilot')", () => {
		const r = experienceOf("Not a pilot but I ran tide windows for barge moves. I know the NOAA PORTS feeds well.");
		expect(r.statement).toBe("I ran tide windows for barge moves. I know the NOAA PORTS feeds well.");
		expect(r.leftOut).toEqual(["Not a pilot"]);
		for (const t of [r.reference, r.short]) expect(t ?? "").not.toMatch(/\bnot\b/);
	});
	it("an association, a board of something and a clerk's office take 'the'", () => {
		expect(companyInSentence("Lakeport Bar Pilots Association")).toBe("the Lakeport Bar Pilots Association");
		expect(companyInSentence("Marlow County Board of Elections")).toBe("the Marlow County Board of Elections");
		expect(companyInSentence("Hale County Clerk-Recorder")).toBe("the Hale County Clerk-Recorder");
		expect(companyInSentence("Acme Robotics")).toBe("Acme Robotics");
	});
	it("a letter before a hyphen keeps its capital ('K-level', 'L-codes')", () => {
		expect(experienceOf("K-level assessment workflow I set up at Valley O&P").reference).toBe("the K-level assessment workflow I set up at Valley O&P");
		expect(focusTopic("L-codes and denials").topic?.text).toBe("L-codes and denials");
		expect(focusTopic("E-commerce returns").topic?.text).toMatch(/^(?:the )?e-commerce returns$/);
	});
	it("a rate is the user's rate, never 'my track record of 98% clean claim rate'", () => {
		expect(experienceOf("98% clean claim rate").reference).toBe("my 98% clean claim rate");
		expect(experienceOf("99.2% pick accuracy").reference).toBe("my 99.2% pick accuracy");
	});
	it("a focus that says what happened to a thing after an event gives the thing ('pipeline collapsed after the primary')", () => {
		expect(focusTopic("Their poll worker pipeline collapsed after the primary. 40% no-shows at some precincts.").topic?.text).toBe("your poll worker pipeline");
	});
	it("an office held is greeted with the surname ('Councilmember Abernathy-Sloane'), never 'Hi Councilmember'", () => {
		expect(greetingName("Councilmember Ruth Abernathy-Sloane")).toBe("Councilmember Abernathy-Sloane");
		expect(greetingName("Commissioner Dale Ortiz")).toBe("Commissioner Ortiz");
		// A post before a full name is a job: the first name greets.
		expect(greetingName("Supervisor Amy Chen")).toBe("Amy");
	});
	it("a link titled with what the user made is named as a phrase ('the HLAC audit checklist I built'), never quoted", () => {
		const body = thanksWith(["[HLAC audit checklist I built](https://drive.example.com/hlac-checklist.pdf)"]).drafts[0].body;
		expect(body).toMatch(/the HLAC audit checklist I built is here/i);
		expect(body).not.toMatch(/"HLAC/);
		expect(body).toMatch(/your team/);
	});
});

describe("reviews 133-134: nothing of a note dropped without a word", () => {
	it("a standard's number stays with its body ('OSHA 1910.272'), which takes no article", () => {
		const r = focusTopic("OSHA 1910.272 - bin entry, hot work, dust");
		expect(r.topic?.text).toBe("OSHA 1910.272");
		expect(r.leftOut).toEqual(expect.arrayContaining(["bin entry", "hot work", "dust"]));
		expect(focusTopic("IEC 62443").topic?.text).toBe("IEC 62443");
		expect(focusTopic("ISO 9001 audit").topic?.text).toBe("the ISO 9001 audit");
	});
	it("none of a thing is 'zero'", () => {
		expect(experienceOf("0 LTIs 3 yrs").reference).toBe("my track record of zero LTIs for 3 years");
	});
	it("'whether i'm ok with 12hr nights …' gives what they asked about, figures first or not", () => {
		expect(focusTopic("whether i'm ok with 12hr nights and the 2-2-3 rotation").topic?.text).toBe("my comfort level with 12-hour nights and the 2-2-3 rotation");
	});
	it("a board's 'pres' is its president", () => {
		const now = new Date(2026, 11, 6, 9);
		expect(readNextSteps("2nd round w/ board pres wk of 12/14", { names: ["Wade Olsen", "Wade"] }, now, now)?.clause).toMatch(/with the board president in the week of/);
	});
});

describe("hospice shorthand written out (review 131)", () => {
	it("'psychosoc assmts last 2 CMS surveys' is psychosocial assessments in the last two surveys; 'fam' is family", () => {
		expect(experienceOf("100% on-time psychosoc assmts last 2 CMS surveys @ Riverbend").reference).toBe("my track record of 100% on-time psychosocial assessments in the last two CMS surveys at Riverbend");
		expect(focusTopic("GOC convos w/ fam, POLST").topic?.text).toBe("GOC conversations with family");
		expect(experienceOf("zero findings last 3 audits").reference).toBe("my track record of zero findings in the last three audits");
	});
});

describe("reviews 135-136", () => {
	it("a count after a day's full stop is no day ('by the 11th. 3 finalists'), and how many are in the running is not said back", () => {
		const r = readNextSteps("Dana to call w/ decision by the 11th. 3 finalists", { names: ["Dana Whitlock", "Dana"], context: ["Dana Whitlock"] }, new Date(2026, 11, 2, 9, 30), new Date(2026, 11, 3, 10));
		expect(r?.clause).toBe("you mentioned you'd call with a decision by Friday 11 December");
		expect(r?.leftOut).toEqual(["3 finalists"]);
		// A month cut short keeps its dot: "Dec. 10" is still the 10th.
		expect(readNextSteps("HR to call by Dec. 10", { names: ["Dana Whitlock", "Dana"] }, new Date(2026, 11, 2, 9, 30), new Date(2026, 11, 3, 10))?.clause).toBe("I understood HR would call by Thursday 10 December");
	});
	it("a doing whose object went is no sentence ('I got.'); what went is told", () => {
		const r = experienceOf("0 OSHA recordables on my crew 2 seasons\nran monthly tailgate safety talks\ngot everyone through chainsaw cert");
		expect(r.more.join(" ")).not.toMatch(/\bI (?:also )?got\./);
		expect(r.leftOut.join(" ")).toMatch(/chainsaw/);
		const alone = experienceOf("got everyone through chainsaw cert");
		expect([alone.statement, alone.reference]).toEqual([null, null]);
		expect(alone.leftOut).toEqual(["got everyone through chainsaw cert"]);
	});
	it("an agency's client named in the company is the employer the role is at", () => {
		expect(companyName("Cornerstone Church Search (for Lakeview Community Church)")).toBe("Lakeview Community Church");
		expect(companyName("TalentBridge (client: Apex Wind)")).toBe("Apex Wind");
		expect(companyName("Acme (remote)")).toBe("Acme");
	});
	it("a topic ends before a second doing its subject lost ('… next year and need an inspector')", () => {
		const r = focusTopic("They're converting 40 mi of dark territory to ABS next year and need an inspector who can do cutover testing.");
		expect(r.topic?.text).toBe("converting 40 miles of dark territory to ABS next year");
		expect(r.leftOut.join(" ")).toMatch(/need an inspector/);
	});
});

describe("reviews 134, 136: small words right", () => {
	it("people are 'of whom', things 'of which'", () => {
		expect(experienceOf("mentored 6 first-year instructors, 5 came back the next season").statement).toBe("I mentored 6 first-year instructors, 5 of whom came back the next season.");
		expect(experienceOf("installed 40 sensors, 3 failed in week one").statement).toMatch(/3 of which failed/);
	});
	it("work is the user's own, never 'my work on dye vat work'", () => {
		expect(experienceOf("dye vat work for Sweeney Todd").reference).toBe("my dye vat work for Sweeney Todd");
		expect(experienceOf("Dye vat work").reference).toBe("my dye vat work");
	});
	it("'min price contracts' are minimum price contracts, never minutes", () => {
		expect(experienceOf("set up DP and min price contracts for 40 growers").statement).toBe("I set up DP and minimum price contracts for 40 growers.");
	});
});

describe("what the user is, said as theirs (review 137)", () => {
	it("'bilingual', 'licensed Q Arabica grader since 2022' are the user's, never 'my work on the bilingual'", () => {
		expect(experienceOf("bilingual English/Spanish").statement).toBe("I'm bilingual in English and Spanish.");
		expect(experienceOf("licensed Q Arabica grader since 2022").statement).toBe("I've been a licensed Q Arabica grader since 2022.");
		expect(experienceOf("certified pharmacy tech").statement).toBe("I'm a certified pharmacy tech.");
		const r = experienceOf("bilingual (Eng/Yoruba/some Span), did FAFSA nights at 6 HS's");
		expect(r.statement).toMatch(/^I'm bilingual, and I did FAFSA nights/);
		expect(r.leftOut).toEqual(["(Eng/Yoruba/some Span)"]);
		for (const t of [r.statement, r.reference, r.short]) expect(t ?? "").not.toMatch(/my work on the bilingual/);
	});
});

describe("review 138", () => {
	const now = new Date(2026, 11, 6, 9);
	it("next steps with shorthand said as sentences: 'thru mid Dec', 'the GM mon'", () => {
		expect(readNextSteps("they're doing all interviews thru mid Dec then HR reaches out", { names: ["Grant Hale", "Grant"] }, now, now)?.clause).toMatch(/doing all interviews through mid-December, and that HR would reach out/);
		expect(readNextSteps("Rick said hes talking to the GM mon, should hear by thurs", { names: ["Rick Olsen", "Rick"] }, now, now)?.clause).toMatch(/^you mentioned you were talking to the general manager on Monday 7 December/);
	});
	it("two doings are joined with 'and', never a comma splice; 'Was on …' is the user's", () => {
		expect(experienceOf("Ran nights at Skookum Lumber for 3 yrs, set up a downtime board that every lead signed off on at shift change").statement).toBe("I ran nights at Skookum Lumber for 3 years and set up a downtime board that every lead signed off on at shift change.");
		expect(experienceOf("Was on the snow desk at MHT for 3 winters. I helped rewrite the SICP priority 1 map after the 2024 storm.").statement).toBe("I was on the snow desk at MHT for three winters. I helped rewrite the SICP priority 1 map after the 2024 storm.");
		expect(focusTopic("TPO/EPDM tkoffs in Bluebeam, tapered ISO layouts").topic?.text).toBe("TPO/EPDM takeoffs in Bluebeam");
	});
});

describe("a check-in waits for a loose span (review 137)", () => {
	it("'couple weeks' said on 30 November is not checked in on a week later: the check-in opens after 14 December", () => {
		const r = readNextSteps('Kwame to follow up w/ next steps, "couple weeks"', { names: ["Kwame Asante", "Kwame"] }, new Date(2026, 10, 30, 14), new Date(2026, 11, 6, 10));
		expect(r?.latest).toEqual(new Date(2026, 11, 14));
		const interview = anInterview().company("Lakeshore College").at("2026-11-30T14:00", "2026-11-30T14:45").nextSteps('Kwame to follow up w/ next steps, "couple weeks"').record("thankYouSent", "2026-11-30T18:00").build();
		const checkIn = buildAgenda([interview], DEFAULT_SETTINGS, local("2026-12-07T10:00")).actions.find((a) => a.kind === "check-in");
		expect(checkIn?.opensAt.getTime()).toBeGreaterThan(local("2026-12-14T12:00").getTime());
		// "a few weeks" waits three.
		expect(readNextSteps("HR will reach out in a few weeks", { names: ["Kwame Asante", "Kwame"] }, new Date(2026, 10, 30, 14), new Date(2026, 11, 6, 10))?.latest).toEqual(new Date(2026, 11, 21));
	});
});
