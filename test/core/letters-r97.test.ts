// Reviews 95-96: letters to someone who arranged the interview and was not in it.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-24T09:00") };
const COMPANIES = ["Acme", "Globex", "Harbor House", "Initech", "Crumb & Co", "Bayline", "Ember", "Northwind", "Stark", "Hooli", "Umbrella", "Wayne"];

describe("a recruiter who was not in the interview (review 96)", () => {
	it("never reads of 'the conversation', which they did not have", () => {
		const seen = new Set<string>();
		for (const company of COMPANIES) {
			for (const people of [["Dana Ruiz"], ["Dana Ruiz", "Sam Okafor"]]) {
				let builder = anInterview().company(company).primaryContact("Tasha Reynolds", "tasha@staffing.example");
				for (const name of people) builder = builder.interviewer(name);
				const interview = builder.build();
				for (const kind of ["thank-you", "next-steps"] as const) {
					const body = buildDrafts(interview, kind, at).drafts[0].body;
					expect(body, `${company} ${kind}`).not.toMatch(/\bThe conversations? left me\b/);
					const said = /\b(?:It|The \w+) left me more interested\b/.exec(body);
					if (said !== null) seen.add(said[0]);
				}
			}
		}
		// The letters still say what the interview did for the user, named as the thanks named it.
		expect([...seen]).toEqual(["The interview left me more interested"]);
	});
});

describe("people and places as reviews 97-100 wrote them", () => {
	it("greets a retired sergeant, now a plant superintendent, by his name (review 99)", async () => {
		const { greeting } = await import("../../src/core/people");
		expect(greeting("Sgt. (ret) Gary Lund", "Dear")).toBe("Dear Gary");
		expect(greeting("Det. Amy Price (Ret.)", "Dear")).toBe("Dear Amy");
		// A retired officer keeps the rank, as custom has it.
		expect(greeting("Lt. Col. Amy Price, USA (Ret.)", "Dear")).toBe("Dear Colonel Price");
		// Serving, the rank is kept; with no first name, too.
		expect(greeting("Sgt. Gary Lund", "Dear")).toBe("Dear Sergeant Lund");
		expect(greeting("Sgt. (ret) Lund", "Dear")).toBe("Dear Sergeant Lund");
	});
	it("keeps a rank written after the job's dash (review 98)", async () => {
		const { shortRole } = await import("../../src/core/phrasing");
		expect(shortRole("Ramp Agent - Lead")).toBe("Lead Ramp Agent");
		expect(shortRole("Cook - II")).toBe("Cook II");
		expect(shortRole("Senior Estimator - Commercial")).toBe("Senior Estimator");
		const interview = anInterview().company("NorthStar Aviation Svcs").role("Ramp Agent - Lead").interviewer("Ray Dominguez", { email: "ray@northstar.example" }).primaryContact("Ray Dominguez", "ray@northstar.example").build();
		const body = buildDrafts(interview, "thank-you", at).drafts[0].body;
		expect(body).not.toMatch(/the Ramp Agent role/);
	});
	it("says 'the' before a museum or a public centre (review 100)", async () => {
		const { companyInSentence } = await import("../../src/core/phrasing");
		expect(companyInSentence("Hollis Museum of Art")).toBe("the Hollis Museum of Art");
		expect(companyInSentence("State History Center")).toBe("the State History Center");
		expect(companyInSentence("Harbor Dental Center")).toBe("Harbor Dental Center");
		expect(companyInSentence("Acme Museum Services Inc")).toBe("Acme Museum Services Inc");
	});
});

describe("next steps that promise word after the decision day (review 99)", () => {
	it("go by the later day, never naming both, and the user is told", () => {
		const interview = anInterview()
			.at("2026-11-30T10:00", "2026-11-30T10:30")
			.interviewer("Gary Lund", { email: "glund@tricounty.example" })
			.primaryContact("Gary Lund", "glund@tricounty.example")
			.nextSteps("gary will call re 2nd interview by fri")
			.decisionExpected("2026-12-03")
			.record("thankYouSent", "2026-11-30T15:00")
			.build();
		const result = buildDrafts(interview, "check-in", { ...at, now: local("2026-12-07T09:00") });
		const body = result.drafts[0].body;
		expect(body).toMatch(/Friday,? (?:4 December|December 4)/);
		expect(body).not.toMatch(/Thursday,? (?:3 December|December 3)/);
		expect(result.warnings.join("\n")).toMatch(/after decision_expected/);
	});
	it("gives one warning for the two days, never two", () => {
		const interview = anInterview()
			.at("2026-11-30T10:00", "2026-11-30T10:30")
			.interviewer("Rita Vance", { email: "rita@apex.example" })
			.primaryContact("Rita Vance", "rita@apex.example")
			.nextSteps("rita will call with an offer or not by fri")
			.decisionExpected("2026-12-03")
			.build();
		const warnings = buildDrafts(interview, "next-steps", { ...at, now: local("2026-12-01T09:00") }).warnings.filter((w) => /decision_expected/.test(w));
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/after decision_expected/);
	});
	it("a step promised before the decision day is said beside it", () => {
		const interview = anInterview()
			.at("2026-11-30T10:00", "2026-11-30T10:30")
			.interviewer("Gary Lund", { email: "glund@tricounty.example" })
			.primaryContact("Gary Lund", "glund@tricounty.example")
			.nextSteps("gary will send the reference forms by tues")
			.decisionExpected("2026-12-04")
			.record("thankYouSent", "2026-11-30T15:00")
			.build();
		const body = buildDrafts(interview, "check-in", { ...at, now: local("2026-12-07T09:00") }).drafts[0].body;
		expect(body).toMatch(/Friday,? (?:4 December|December 4)/);
	});
});

describe("pay (review 98)", () => {
	it("never reads prevailing wage, an estimator's subject, as the user's pay", async () => {
		const { privateRemark } = await import("../../src/core/private-remarks");
		expect(privateRemark("losing bids on schools bc of prevailing wage math errors, wants someone who knows davis bacon", "focus")).toBeNull();
		expect(privateRemark("told him i did 14 school district bids w/ prevailing wage last yr", "highlight")).toBeNull();
		expect(privateRemark("wage and hour compliance audits", "focus")).toBeNull();
		expect(privateRemark("wage is 25/hr, lower than now", "focus")).toBe("pay");
	});
});

describe("a role typed short (review 100)", () => {
	it("writes 'exec' out", async () => {
		const { roleWritten } = await import("../../src/core/phrasing");
		expect(roleWritten("freight broker/account exec")).toBe("freight broker/account executive");
		expect(roleWritten("Account Exec")).toBe("Account Executive");
	});
});

describe("a check-in whose next steps name the decision day (review 97)", () => {
	it("says the day once", () => {
		const interview = anInterview()
			.at("2026-11-19T10:00", "2026-11-19T11:00")
			.interviewer("Rick Ostrander", { email: "rick@frostline.example" })
			.interviewer("Luis Paredes", { email: "luis@frostline.example" })
			.primaryContact("Dana Kowalski", "dana.k@frostline.example")
			.nextSteps("rick said ride along w luis next wk maybe, call by tues")
			.decisionExpected("2026-11-24")
			.record("thankYouSent", "2026-11-19T15:00")
			.build();
		const body = buildDrafts(interview, "check-in", { ...at, now: local("2026-11-26T09:00") }).drafts[0].body;
		expect(body.match(/Tuesday,? (?:24 November|November 24)/g) ?? []).toHaveLength(1);
	});
});

describe("a card's short form of what the user told (review 97)", () => {
	it("never stops at 'how I rebuilt'", async () => {
		const { experienceOf } = await import("../../src/core/phrasing");
		const short = experienceOf("showed him how i rebuilt our route sheets in excel when the software went down", { names: ["Marcus Bell"], reader: ["Marcus Bell"] }).short ?? "";
		expect(short).toMatch(/^how I rebuilt \S+/);
		expect(short).toMatch(/route sheets/);
	});
});

describe("a thank-you the note gives little to say (review 100)", () => {
	it("never says 'the position' twice in its plain lines", () => {
		const names = ["Elena Marsh", "Dana Ruiz", "Sam Okafor", "Rita Vance", "Tom Iverson", "Rachel Gold"];
		let checked = 0;
		for (const company of COMPANIES) for (const role of ["Collections registrar", "Ramp agent", "Estimator"]) for (let size = 1; size <= names.length; size++) {
			let builder = anInterview().company(company).role(role).primaryContact(names[0], "p@x.example");
			for (const name of names.slice(0, size)) builder = builder.interviewer(name, { email: `${name.split(" ")[0].toLowerCase()}@x.example` });
			for (const draft of buildDrafts(builder.build(), "thank-you", at).drafts) {
				const first = draft.body.split("\n\n")[1] ?? "";
				expect((first.match(/\bposition\b/g) ?? []).length, first).toBeLessThanOrEqual(1);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(50);
	});
});

describe("roles and cards of review 99", () => {
	it("lowers a title typed in sentence case beside an acronym with a slash", async () => {
		const { roleInSentence } = await import("../../src/core/phrasing");
		expect(roleInSentence("Desk adjuster auto PD/BI", "Harborline Insurance")).toBe("the desk adjuster auto PD/BI role at Harborline Insurance");
		expect(roleInSentence("Claims Adjuster PD/BI", "Harborline Insurance")).toBe("the Claims Adjuster PD/BI role at Harborline Insurance");
	});
	it("never tells a panel's member on a card that the user looks forward to the next steps", () => {
		const settings = { ...at.settings, enableHandwrittenNote: true };
		for (const company of COMPANIES) {
			const interview = anInterview().company(company).interviewer("Tess Abernathy", { email: "tess@x.example" }).interviewer("Ben Oyelaran").interviewer("Priya Shah", { email: "priya@x.example" }).primaryContact("Tess Abernathy", "tess@x.example").build();
			for (const card of buildDrafts(interview, "handwritten-note", { ...at, settings }).drafts) expect(card.body).not.toMatch(/look forward to the next steps/);
		}
	});
});

describe("a card to someone the note names by a first name only (review 99)", () => {
	it("tells the user to add the surname", () => {
		const settings = { ...at.settings, enableHandwrittenNote: true };
		const interview = anInterview().interviewer("Dr. Amara Okafor", { email: "aokafor@x.example" }).interviewer("Kev (lead tech)").primaryContact("Dr. Amara Okafor", "aokafor@x.example").build();
		const result = buildDrafts(interview, "handwritten-note", { ...at, settings });
		expect(result.drafts.map((d) => d.body.split("\n")[0])).toContain("Dear Kev,");
		expect(result.problems.join("\n")).toMatch(/only a first name for Kev\b/);
		expect(result.problems.join("\n")).not.toMatch(/only a first name for Dr\./);
	});
});

describe("what the notes say to call someone (review 98)", () => {
	it("reads 'call him ray' though 'ray' is an everyday word", async () => {
		const { goesByMention } = await import("../../src/core/body-mentions");
		const note = "---\ntype: interview\n---\n- sgt d: ex army, says \"dont call me sarge lol\" - call him ray. very safety\n";
		expect(goesByMention(note, ["Ray", "Dominguez"], ["Sgt. Ray Dominguez", "Ray Dominguez", "Ray", "Dominguez"])?.name).toBe("Ray");
		// Someone else's name after "call him" is not theirs.
		expect(goesByMention("---\ntype: interview\n---\n- will call him tomorrow\n", ["Ray", "Dominguez"], ["Ray", "Dominguez"])).toBeNull();
	});
});

describe("what the user's old team still does (review 98)", () => {
	it("is their former colleagues', never 'my team and I'", async () => {
		const { experienceOf } = await import("../../src/core/phrasing");
		const s = experienceOf("told him i did 14 school district bids w/ prevailing wage last yr, built the labor burden sheet we still use", { names: ["Phil Ortega"], reader: ["Phil Ortega"] }).statement ?? "";
		expect(s).toMatch(/the labor burden sheet my former colleagues still use/);
		expect(s).not.toMatch(/my team and I/);
	});
});

describe("a primary contact typed as what they do, then the name (review 101)", () => {
	it("is greeted by the name, and is the interviewer of that name", async () => {
		const { greeting, cleanName } = await import("../../src/core/people");
		expect(greeting("Chief Tech. Officer's EA - Lorraine", "Dear")).toBe("Dear Lorraine");
		expect(cleanName("HR - Lorraine Hughes")).toBe("Lorraine Hughes");
		expect(cleanName("Kevin Tran - parent rep")).toBe("Kevin Tran");
		const fm = { type: "interview", company: "Kestrel Microsystems", role: "Fab tech", interview_start: "2026-11-25T16:00", interview_end: "2026-11-25T16:45", primary_contact: "Chief Tech. Officer's EA - Lorraine", primary_contact_email: "lorraine.h@kestrel.example", interviewers: "Sgt. (ret.) Dale Whitford, Priya Raman, Lorraine Hughes" };
		const { interview } = parseInterview({ file: "Interviews/Kestrel.md", frontmatter: fm }, at.settings, () => null);
		if (interview === null || interview === undefined) throw new Error("not read");
		const drafts = buildDrafts(interview, "thank-you", at).drafts;
		const body = drafts.map((d) => d.body).join("\n");
		expect(body).not.toMatch(/Chief Lorraine/);
		expect(body).not.toMatch(/pass my thanks on to[^.?]*Lorraine/);
	});
});

describe("review 102's notes", () => {
	it("never says 'from from' of a note that says 'scale from 2 to 3 shifts'", async () => {
		const { focusTopic } = await import("../../src/core/phrasing");
		const topic = focusTopic("scale from 2 to 3 shifts w/o blowing up quality, new 1000gal still coming in march", { names: ["Priyanka Shah"], reader: ["Priyanka Shah"] }).topic?.text ?? "";
		expect(topic).toBe("scaling from 2 to 3 shifts without hurting quality");
	});
	it("says on a card what a count counts ('60 sites of the … overlay'), never 'how I did about 60 sites.'", async () => {
		const { experienceOf } = await import("../../src/core/phrasing");
		const short = experienceOf("did ~60 sites of the t-mobile n41 overlay last yr, sweep + PIM testing w/ anritsu", { names: ["Lena Ortiz"], reader: ["Lena Ortiz"] }).short ?? "";
		expect(short).toMatch(/60 sites of the \S+ n41 overlay/);
	});
});

describe("reviews 103-104's notes", () => {
	it("never says 'the the how I traced …'", async () => {
		const { experienceOf } = await import("../../src/core/phrasing");
		const e = experienceOf("walked her thru how i traced a recurring pitch battery fault to a bad slip ring, saved a crane call", { names: ["Carly Voss"], reader: ["Carly Voss"] });
		for (const t of [e.reference, e.short]) expect(t ?? "").not.toMatch(/\bthe how\b|\b(\w+) \1\b/);
		expect(e.reference).toMatch(/^how I traced a recurring pitch battery fault/);
	});
	it("writes 'ill' and 'im' after 'whether' or 'if' as I'll and I'm, and 'in like 4 months' as about", async () => {
		const { experienceOf, focusTopic } = await import("../../src/core/phrasing");
		expect(focusTopic("whether ill stick thru the 1000 hrs, last 2 trainees left for lending jobs", { names: ["Janine Ross"], reader: ["Janine Ross"] }).topic?.text).toBe("whether I'll stick through the 1000 hours");
		expect(experienceOf("told her abt getting our 2 orangs to present arms for voluntary BP cuff in like 4 months at cedar hollow", { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] }).reference ?? "").not.toMatch(/\blike\b/);
	});
	it("reads '2nd mtg w director' as with the director, never 'my director'", async () => {
		const { readNextSteps } = await import("../../src/core/next-steps-note");
		const { namesFor } = await import("../../src/core/people");
		const r = readNextSteps("rhonda will call by 11/30 re 2nd mtg w director", { names: namesFor("Rhonda Bell"), context: namesFor("Rhonda Bell") }, local("2026-11-25T10:00"), local("2026-11-26T09:00"));
		expect(r?.clause).toMatch(/with the director/);
		expect(r?.clause).not.toMatch(/my director/);
	});
});
