// What reviews 151-154 found, and faults of earlier reviews mended alongside.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { companyInSentence, experienceOf, focusTopic } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Maren Solberg" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Tidewater Shellfish Co.", role: "Farm Operations Lead", interview_start: "2026-12-03T09:30", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const topicOf = (text: string) => focusTopic(text, {}).topic?.text ?? null;

describe("what is the reader's team's is theirs (SPEC §3, reviews 145, 151, 152)", () => {
	it("says a thing of theirs as 'your', and what is said of it not at all", () => {
		expect(topicOf("their yield from admitted to enrolled dropped to 31% last fall")).toBe("your yield from admitted to enrolled");
		expect(topicOf("their volunteer base is aging out")).toBe("your volunteer base");
		expect(topicOf("their incident reviews keep blaming people")).toBe("your incident reviews");
		expect(topicOf("their web breaks on the Goss Urbanite are killing the Sat night Sunday-section run")).toBe("your web breaks on the Goss Urbanite");
	});

	it("never names one noun of theirs with its predicate cut off", () => {
		for (const text of ["their morale is bad", "their pay is low", "their book is full"]) expect(topicOf(text), text).toBeNull();
	});

	it("reads the sentence after a first one that says nothing sayable", () => {
		const read = focusTopic("their backlog is huge. 212 open work orders on play equipment", {});
		expect(read.topic?.text).toBe("the 212 open work orders on play equipment");
		expect(read.leftOut).toContain("their backlog is huge.");
	});

	it("says 'the' where the sentence has a 'your' already, and names the sentence as written from the notes", () => {
		const interview = note({ interviewers: [{ name: "Tom Reyes", email: "t@x.example", linkedin: "https://www.linkedin.com/in/tomreyes", focus: "their Postgres migration keeps slipping" }] });
		const drafts = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") }).drafts;
		const body = drafts[0].body;
		expect(body).toMatch(/\byour Postgres migration\b|\bthe Postgres migration\b/);
		expect(body).not.toMatch(/\byour\b[^.]*\byour Postgres migration/);
		expect(drafts[0].fromNotes?.some((s) => s.includes("Postgres migration"))).toBe(true);
	});

	it("passes thanks to another as 'the' thing, never 'your'", () => {
		const interview = note({ primary_contact: "Dana Fox <d@x.example>", interviewers: [{ name: "Dana Fox", email: "d@x.example" }, { name: "Lee Park", focus: "their volunteer base is aging out" }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") }).drafts.map((d) => d.body).join("\n");
		expect(body).toContain("pass my thanks on to Lee Park for talking with me about the volunteer base");
	});
});

describe("a noun before its own verb (review 151)", () => {
	it("reads 'web breaks … are' as a plural noun, and 'breaks … and we are' as a verb", () => {
		expect(topicOf("web breaks on the Goss Urbanite are killing the Sat night run")).toBe("web breaks on the Goss Urbanite");
		expect(topicOf("the press breaks on the weekend and we are short")).toBeNull();
	});
});

describe("a focus that lists the kinds of a thing (review 154)", () => {
	it("says the kinds after 'such as', never the label alone or the first kind glued to it", () => {
		expect(topicOf("exemptions — homestead, senior freeze, disabled vet")).toBe("exemptions such as homestead, senior freeze and disabled vet");
		expect(topicOf("meds: insulin, heparin, opioids")).toBe("meds such as insulin, heparin and opioids");
	});

	it("reads a label and a sentence as before", () => {
		expect(topicOf("plans — we are late, not good")).toBeNull();
	});
});

describe("the next steps said back whole (reviews 153, 154)", () => {
	const ns = (text: string, reader: string) => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: [reader] }, new Date("2026-12-02T10:00:00"), new Date("2026-12-06T10:00:00"));

	it("tells a second sentence in lower case, never pastes it into the letter", () => {
		const read = ns("Shauna to let me know. they move slow bc civil service", "Shauna Pike");
		expect(read?.clause).toBe("you mentioned you'd let me know");
		expect(read?.unsaid).toContain("they move slow bc civil service");
	});

	it("gives a second doing the first one's subject", () => {
		const read = ns('they\'re doing 2nd interviews "after the holidays", will let everyone know by letter or email either way', "Linda Marsh");
		expect(read?.clause).toBe("I understood the team was doing second interviews after the holidays, and would let everyone know by letter or email either way");
	});
});

describe("a highlight read as the user's (reviews 153, 154)", () => {
	const ex = (text: string) => experienceOf(text, {});

	it("says years in a post as years as that post, never work on it", () => {
		expect(ex("internal auditor 2 yrs").reference).toBe("my two years as an internal auditor");
		expect(ex("charge nurse 5 yrs").reference).toBe("my five years as a charge nurse");
		expect(ex("shift supervisor for 3 years").reference).toBe("my three years as a shift supervisor");
	});

	it("writes out 'cert'd' and says the first part of a list that cannot be said whole", () => {
		const read = ex("OASIS-E cert'd, 0 LUPAs last 2 qtrs, avg 6.2 visits/day, notes POC w/in 24h");
		expect(read.statement).toBe("I'm OASIS-E certified.");
		expect(read.leftOut).toEqual(["0 LUPAs last 2 qtrs, avg 6.2 visits/day, notes POC w/in 24h"]);
	});

	it("writes '~$410k' as about $410,000, and says both doings", () => {
		expect(ex("caught 300+ bad homestead exemptions in an audit, recovered ~$410k").statement).toBe("I caught more than 300 bad homestead exemptions in an audit and recovered about $410,000.");
		expect(ex("saved ~$4k").statement).toBe("I saved about $4,000.");
	});

	it("never makes a count of things, or a bare figure, the user's own", () => {
		for (const text of ["35 new local businesses", "$11k/mo"]) {
			const read = ex(text);
			expect(read.reference, text).toBeNull();
			expect(read.leftOut, text).toEqual([text]);
		}
		expect(ex("3 patents").reference).toBe("my 3 patents");
		expect(ex("12 years in the ICU").reference).toBe("my 12 years in the ICU");
	});

	it("leaves a label after ';' out, never as an aside", () => {
		const read = ex("prepped 1,200 BOR appeals/yr at Ridgeway; key skill: staying calm w/ angry taxpayers");
		expect(read.statement).toBe("I prepared 1,200 BOR appeals a year at Ridgeway.");
		expect(read.statement).not.toContain("(");
	});
});

describe("addresses with no person's name (reviews 150, 154)", () => {
	it("writes no thank-you to a shared mailbox, and says how to give it to its person", () => {
		const interview = note({ interviewers: "Linda Marsh <lm@x.example>, Dana Whitfield and hr@kesslercounty.gov" });
		const result = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") });
		expect(result.drafts.some((d) => d.to.some((to) => to.email === "hr@kesslercounty.gov"))).toBe(false);
		expect(result.warnings.join("\n")).toContain('hr@kesslercounty.gov is a shared mailbox, not a person, so no thank-you is written to it. If it is the address of someone on the panel, write their entry as "Name <hr@kesslercounty.gov>".');
	});

	it("says a letter to an address alone opens 'Hello,' for every kind, with the name the notes give it", () => {
		const interview = note({ primary_contact: "rachel@talentbridge-staffing.com", interviewers: [{ name: "Ana Ruiz", email: "a@x.example" }] });
		const noteText = "---\ntype: interview\n---\nRachel @ TalentBridge (agency) set this up, she wasn't on the call.\n";
		for (const kind of ["next-steps", "check-in", "close-out"] as const) {
			const result = buildDrafts(interview, kind, { settings, now: local("2026-12-10T12:00"), noteText });
			expect(result.drafts[0].body, kind).toMatch(/^Hello,/);
			expect(result.problems.join("\n"), kind).toContain('name "Rachel" ("Rachel @ TalentBridge (agency) set this up, she wasn\'t on the call."). Write the entry as "Rachel <rachel@talentbridge-staffing.com>" to greet them by name.');
		}
	});
});

describe("names and measures in shorthand (review 153)", () => {
	it("keeps a standard's number with its initials", () => {
		expect(topicOf("chemo / USP 800, HD hood")).toBe("the chemo and USP 800");
		expect(topicOf("chemo and ISO 9001")).toBe("the chemo and ISO 9001");
	});

	it("takes the topic after a one-word label, with the name after it in capitals", () => {
		expect(topicOf("diag: Allison trans codes & DEF/SCR faults")).toBe("Allison trans codes and DEF/SCR faults");
	});

	it("writes a length before what it measures as one word ('40-foot', '6,000-mile')", () => {
		expect(experienceOf("Ran 6k mi A/B PM inspections on 40 ft Gilligs", {}).statement).toBe("I ran 6,000-mile A/B PM inspections on 40-foot Gilligs.");
		expect(experienceOf("drove 30 mi each way", {}).statement).toBe("I drove 30 miles each way.");
	});
});

describe("a colleague's missed day (review 153)", () => {
	it("is left out of the next-steps question as of the check-in, which asks for news", () => {
		const interview = note({ format: "phone", primary_contact: "Kendra Olsson <k@x.example>", interviewers: [{ name: "Kendra Olsson", email: "k@x.example", title: "Talent Acquisition Partner" }], next_steps: "HM (Dale) to call by fri re onsite", interview_start: "2026-12-01T08:30" });
		for (const kind of ["next-steps", "check-in"] as const) {
			const result = buildDrafts(interview, kind, { settings, now: local("2026-12-06T12:00") });
			expect(result.drafts[0].body, kind).not.toContain("Dale");
			expect(result.drafts[0].body, kind).toMatch(/Is there any news you can share on where things stand\?|any update you can share/);
			expect(result.problems.join("\n"), kind).toContain("they are someone else's promise, and the day they name is past");
		}
	});
});

describe("words a hurried note leaves out (reviews 153, 154)", () => {
	it("reads 'r' as 'are', and says what is theirs as 'your'", () => {
		expect(topicOf("their GSS arrival scores r tanking, pre-arrival comms weak")).toBe("your GSS arrival scores");
	});

	it("gives a shift named by its time, an event named by its year and one document their 'the'", () => {
		expect(topicOf("turnover on overnight shift")).toBe("turnover on the overnight shift");
		expect(experienceOf("wrote SOP for BUD labeling at Mercy, zero findings at 2025 TJC survey", {}).statement).toBe("I wrote the SOP for BUD labeling at Mercy, with zero findings at the 2025 TJC survey.");
		expect(experienceOf("ran 600 swabs/wk during 2022 surge", {}).statement).toBe("I ran 600 swabs a week during the 2022 surge.");
	});

	it("names what keeps being done to things, never the things alone", () => {
		expect(topicOf("clients keep changing graphics after the deadline")).toBe("changes to graphics after the deadline");
		expect(topicOf("they keep losing deals in security review")).toBe("deals in security review");
	});
});

describe("attachments and subjects (reviews 153, 154)", () => {
	it("offers a credential linked where it can be checked as the user's own, never a label in quotes", () => {
		const interview = note({ interviewers: [{ name: "Ingrid Halvorsen", email: "i@x.example", attachments: ["[ASCP MT cert](https://example.org/ascp/pr-cole)"] }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") }).drafts[0].body;
		expect(body).toMatch(/My ASCP MT certification can be checked here, for your records: https:\/\/example\.org\/ascp\/pr-cole|For your records, you can check my ASCP MT certification here: https:\/\/example\.org\/ascp\/pr-cole/);
		expect(body).not.toContain('"ASCP MT cert"');
	});

	it("writes a role's short last part in brackets in the subject, as the letter's body does", () => {
		const interview = note({ role: "Physical Therapist - Home Care", interviewers: [{ name: "Ana Ruiz", email: "a@x.example" }] });
		const subject = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") }).drafts[0].subject;
		expect(subject).toContain("Physical Therapist (Home Care)");
	});
});

describe("reviews 155-156", () => {
	const ex = (text: string) => experienceOf(text, {});
	const ns = (text: string, reader = "Renata Castellano") => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: [reader] }, new Date("2026-12-02T10:00:00"), new Date("2026-12-06T10:00:00"));

	it("keeps a panelist written with their post before their name as a person of their own", () => {
		const interview = note({ interviewers: "Lorraine Pettibone <lp@x.example>, Yesenia Ochoa, Councilmember aide Tim Brandt, HR analyst Dana Whitfield" });
		expect(interview.interviewers.map((p) => p.name)).toEqual(["Lorraine Pettibone", "Yesenia Ochoa", "Tim Brandt", "Dana Whitfield"]);
	});

	it("says where the user lives, with a number of two figures", () => {
		expect(ex("live 12 min from campus").statement).toBe("I live 12 minutes from campus.");
	});

	it("says a sentence with its own 'I' after where it happened as a sentence, never after 'about'", () => {
		const read = ex("At UW-Oshkosh I managed 140 proposals a year, including 12 in the week before the NIH Feb 5 deadline.");
		expect(read.statement).toBe("At UW-Oshkosh I managed 140 proposals a year, including 12 in the week before the NIH Feb 5 deadline.");
		expect(read.reference).toBeNull();
		expect(read.short).toBeNull();
	});

	it("tells a short doing whole when its reason is a colleague's misfortune", () => {
		const read = ex("Rebuilt a 3-phase feeder after Hurricane Ida in 11 days with a 4-man crew. Ran the crew when our foreman got hurt.");
		expect(read.statement).toBe("I rebuilt a 3-phase feeder after Hurricane Ida in 11 days with a 4-man crew.");
		expect(read.leftOut).toEqual(["Ran the crew when our foreman got hurt."]);
	});

	it("leaves a describing word out of a list of topics", () => {
		const read = focusTopic("radial-first, TR band protocol, ACT mgmt during PCI", {});
		expect(read.topic?.text).toBe("the TR band protocol and ACT management during PCI");
		expect(read.leftOut).toContain("radial-first");
	});

	it("writes 'pediatric and geriatric', gallons, and never claims work on a team the note does not put the user on", () => {
		expect(ex("peds + geriatric hard sticks").reference).toContain("pediatric and geriatric hard sticks");
		expect(ex("Ran MLF on 14k gal at Blue Heron").statement).toBe("I ran MLF on 14,000 gallons at Blue Heron.");
		expect(ex("scopist + proofer team, 24h dailies, 3-day expedite TAT").reference).toBeNull();
	});

	it("reads next steps without an aside in brackets, by their first part, and with a condition said whole", () => {
		expect(ns("Renata to email re trial depo assignment (paid) prob next wk")?.clause).toBe("you mentioned you'd email about trial deposition assignment, probably in the week of 7 December");
		expect(ns("2nd round w/ ops dir wk of 12/14, maybe working interview (shadow 1/2 shift)")?.clause).toBe("I understood the next step was a second round with the operations director in the week of 14 December");
		expect(ns("Harriet - refs this wk, offer by 12/11 if refs ok", "Harriet Lowe")?.clause).toContain("if the references were clear");
		expect(ns("ok'd for 2wk trial, W-2 vs 1099 TBD, start 12/14?")?.kind).toBe("unread");
	});
});

describe("a result said with its doing (review 155)", () => {
	it("joins a verbless result to the first doing, never keeps the doings and drops the result", () => {
		const read = experienceOf("Ran MLF on 14k gal at Blue Heron. Monitored w/ paper chromatography weekly. Kept SO2 low but targeted. Zero mousy lots in 2 vintages.", {});
		expect(read.statement).toBe("I ran MLF on 14,000 gallons at Blue Heron, with zero mousy lots in 2 vintages. I monitored with paper chromatography weekly. I kept SO2 low but targeted.");
		expect(read.leftOut).toEqual([]);
	});

	it("names what complaints are about, never the complaints", () => {
		expect(topicOf("resident council complaints about weekend programming")).toBe("weekend programming");
	});
});

describe("one role, said one way (review 156)", () => {
	it("names the job on a LinkedIn note as the letters do, never 'the role of Lineworker, Distribution'", () => {
		const interview = note({ company: "Bluestem Electric", role: "Lineworker, Distribution", interviewers: [{ name: "Ana Ruiz", email: "a@x.example", linkedin: "https://www.linkedin.com/in/anaruiz" }] });
		const linkedin = buildDrafts(interview, "linkedin", { settings, now: local("2026-12-03T12:00") }).drafts[0].body;
		const thanks = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") }).drafts[0].body;
		expect(thanks).toContain("the Distribution Lineworker role at Bluestem Electric");
		expect(linkedin).toContain("the Distribution Lineworker role at Bluestem Electric");
	});
});

describe("a reader's initials (review 157)", () => {
	const read = (text: string, reader: string, initials: string) => readNextSteps(text, { names: [reader, reader.split(" ")[0], initials], context: [reader] }, new Date("2026-12-02T10:00:00"), new Date("2026-12-06T10:00:00"))?.clause;

	it("are matched in capitals only: 'of' and 'to' stay words, never 'the week you December 14'", () => {
		expect(read("2nd round w/ ops dir wk of 12/14", "Owen Fairbanks", "OF")).toBe("I understood the next step was a second round with the operations director in the week of 14 December");
		expect(read("HM to call by fri", "Tom Olsen", "TO")).toBe("I understood the hiring manager would call by Friday 4 December");
		expect(read("OF will send the schedule", "Owen Fairbanks", "OF")).toBe("you mentioned you'd send the schedule");
	});
});

describe("reviews 157-158", () => {
	const ex = (text: string) => experienceOf(text, {});

	it("keeps a name of two capitalised words whole, however ordinary its first", () => {
		expect(topicOf("Housing Element rezoning program")).toBe("the Housing Element rezoning program");
	});

	it("says a post held on a piece of work as the user's time in it, and a tool used daily as used", () => {
		expect(ex("staff lead on Linden County's ADU ordinance update").reference).toBe("my time as staff lead on Linden County's ADU ordinance update");
		expect(ex("3Shape Dental System daily for 4 yrs").statement).toBe("I've used 3Shape Dental System daily for 4 years.");
	});

	it("says credentials as held: 'qual'd', nursing initials, years on a system named first", () => {
		expect(ex("FFT1 qual'd 2025").statement).toBe("I'm FFT1 qualified.");
		expect(ex("OCN").reference).toBe("my OCN credential");
		expect(ex("Sabre 8 yrs, Amadeus 3").reference).toBe("my 8 years on Sabre");
	});

	it("names a department after a dash as the body's own", () => {
		expect(companyInSentence("City of Alder Creek - Community Development Department")).toBe("the City of Alder Creek's Community Development Department");
		expect(companyInSentence("Acme - Services")).toBe("Acme - Services");
	});

	it("reads a client in brackets in a title as the one they manage, never the employer's client", () => {
		const interview = note({ interviewers: [{ name: "Greg Ostrowski", email: "g@x.example", title: "Account Manager (pharma client)" }] });
		const problems = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") }).problems.join("\n");
		expect(problems).not.toContain("the employer's client");
	});
});

describe("lines of the notes pointed at (reviews 155, 158)", () => {
	it("never points at a line of health, hearsay or pay as something that can go in a focus", () => {
		const interview = note({ interviewers: [{ name: "Tom Reyes", email: "t@x.example" }, { name: "Bjorn Halvorsen", email: "b@x.example" }] });
		const noteText = "---\ntype: interview\n---\nTom's dog barked the whole time lol. Harbor City pays less but 4x10\nTom asked about the permit backlog\nBjorn's health isn't great apparently (Renata said quietly). succession?\n";
		const problems = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00"), noteText }).problems.join("\n");
		expect(problems).toContain('Tom on line 5 ("Tom asked about the permit backlog")');
		expect(problems).not.toContain("dog barked");
		expect(problems).not.toContain("health");
	});
});
