// What CI and reviews 167-168 found (a hospital chaplaincy, cemetery operations, a special education office, a textile
// mill's maintenance shop; a research vivarium, an immunization clinic, a crane rental yard, a flight school), mended in
// general.
import { describe, expect, it } from "vitest";
import { addressNameMention, rivalMention, toSendMention } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";
import { companyInSentence, experienceOf, focusTopic } from "../../src/core/phrasing";
import { readPersonText, splitPeopleText } from "../../src/core/people";

const settings = { ...DEFAULT_SETTINGS, myName: "Priya Raman" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Skyhaven Flight Academy", role: "CFI", interview_start: "2026-12-02T15:00", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const stepsTo = (text: string, name = "Bill Travers") => readNextSteps(text, { names: [name, name.split(" ")[0]], context: [name] }, local("2026-11-27T10:00"), local("2026-12-06T12:00"));
const said = (text: string) => {
	const r = experienceOf(text, {});
	return r.statement ?? r.reference ?? "";
};

describe("credentials held, however they are typed (reviews 161, 163)", () => {
	it("says a credential held since a year as held, never as work done on it", () => {
		expect(said("CRCST since 2019")).toBe("my CRCST credential, which I've held since 2019");
		expect(said("PMP since '21")).toBe("my PMP certification, which I've held since 2021");
		expect(experienceOf("CRCST since 2019", {}).short).toBe("my CRCST credential");
		// A system used since a year is still work on it: only a known credential is held.
		expect(said("SAP since 2019")).toBe("my work on SAP since 2019");
	});

	it("reads a credential joined to its word by a hyphen", () => {
		expect(said("BLS-certified")).toBe("I'm BLS-certified.");
		expect(said("PALS-trained")).toBe("I'm PALS-trained.");
		expect(said("PALS-aware")).toBe("I'm familiar with PALS.");
	});

	it("gives two codes sharing one word a plural, and only codes with a figure", () => {
		expect(said("AWS D1.1 and D15.1 certification")).toBe("my AWS D1.1 and D15.1 certifications");
		expect(said("ISO and CE certification")).not.toMatch(/certifications/);
	});
});

describe("what the user is at ease with, and a post on a unit (review 166)", () => {
	it("says 'used to' before a thing as a state, and before a doing as a habit", () => {
		expect(said("used to death notifications")).toBe("I'm used to death notifications.");
		expect(said("Comfortable w/ blood draws on kids")).toBe("I'm comfortable with blood draws on kids.");
		expect(said("used to run the night desk")).toBe("I used to run the night desk.");
		const r = experienceOf("3 yrs ED tech, night shift, used to death notifications", {});
		expect(r.reference).toBe("my 3 years as an ED tech");
		expect(r.more).toEqual(["I'm also used to death notifications."]);
		expect(JSON.stringify(r)).not.toMatch(/where I used to/);
	});

	it("holds a post on a unit named by its initials, and still tells years before a bare name", () => {
		expect(said("4 yrs ICU nurse at Mercy")).toBe("my 4 years as an ICU nurse at Mercy");
		expect(said("6 yrs BNSF Pasco sub")).toBe("");
	});
});

describe("warnings only where the notes say what they warn of (review 166)", () => {
	it("never takes a job that is someone's own for this role", () => {
		const text = "---\ntype: interview\n---\nGloria seems great. Darnell kept checking his phone, rumor from Tanya is he applied for Gloria's job and didn't get it.\n";
		expect(rivalMention(text, ["Gloria", "Reyes"])).toBeNull();
		expect(rivalMention(text, ["Darnell", "Pike"])).toBeNull();
		// This role, wanted: still said, whatever else the line holds.
		expect(rivalMention("---\na: b\n---\nGloria seems great. Darnell applied for this job too and didn't get it.\n", ["Darnell"])?.line).toBe(4);
		expect(rivalMention("---\na: b\n---\nKen was quiet. I think he applied for this job and didn't get it\n", ["Ken"])?.line).toBe(4);
		// The one chosen is someone else: the person named in another sentence of the line is not them (review 168).
		expect(rivalMention("---\na: b\n---\ngot the rejection email thurs, went w/ internal candidate. want to stay in touch w/ Dana for later openings.\n", ["Dana"])).toBeNull();
	});
});

describe("a person and the firm they work for, on one line (review 167)", () => {
	it("keeps the address with the person when their firm follows a comma", () => {
		const line = "Wanda Haskins - Recruiter, Apex Industrial Staffing <whaskins@apexindustrial.com>";
		expect(splitPeopleText(line)).toEqual([line]);
		expect(readPersonText(line).email).toBe("whaskins@apexindustrial.com");
		expect(splitPeopleText("Wanda Haskins, Recruiter, Apex Staffing <w@apex.example>")).toHaveLength(1);
		// Two people stay two, and a firm's own address after a person's is its own.
		expect(splitPeopleText("Ana Ruiz, Tom Lee <tom@x.example>")).toEqual(["Ana Ruiz", "Tom Lee <tom@x.example>"]);
		expect(splitPeopleText("Ana Ruiz <a@x.example>, Apex Staffing <jobs@apex.example>")).toHaveLength(2);
	});
});

describe("the user's words kept where they read (review 168)", () => {
	it("never puts 'by' between a time it took and its preposition", () => {
		expect(said("Cut overdue cage changes to zero in 4 months at Tufts by moving to a color-card rotation system.")).toBe("I cut overdue cage changes to zero in 4 months at Tufts by moving to a color-card rotation system.");
		expect(said("cut wait times 40% in 3 months")).toBe("I cut wait times by 40% in 3 months.");
	});
});

describe("next steps as a hurried note types them (reviews 167, 168)", () => {
	it("reads a reference check and a step named by its noun after an arrow", () => {
		expect(stepsTo("ref chk -> board approval 12/15")?.clause).toBe("I understood the next step was a reference check, followed by board approval on Tuesday 15 December");
		expect(stepsTo("then work sample due fri")?.clause).not.toMatch(/\bthen\b/);
	});

	it("tells the user when a step they were to take part in is over, and not of a promise", () => {
		const interview = note({ interviewers: [{ name: "Bill Travers", email: "bill@skyhaven.example" }], next_steps: "stage check w/ chief pilot: thurs or fri", decision_expected: "2026-12-10" });
		for (const kind of ["next-steps", "check-in"] as const) {
			const warnings = buildDrafts(interview, kind, { settings, now: local("2026-12-06T12:00") }).warnings.join("\n");
			expect(warnings, kind).toMatch(/name Friday,? (?:4 December|December 4), which has passed/);
		}
		const ahead = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T18:00") }).warnings.join("\n");
		expect(ahead).not.toContain("which has passed");
		const promise = note({ interviewers: [{ name: "Bill Travers", email: "bill@skyhaven.example" }], next_steps: "Bill will call by fri" });
		expect(buildDrafts(promise, "check-in", { settings, now: local("2026-12-08T12:00") }).warnings.join("\n")).not.toContain("which has passed");
	});
});

describe("a focus that puts one thing first, and thanks passed on by name (reviews 167, 168)", () => {
	it("reads 'Mediation first.' as a way of working", () => {
		expect(focusTopic("They settle too many due process cases. Mediation first. Legal fees $400k last yr.", {}).topic?.text).toBe("putting mediation first");
		expect(focusTopic("safety first culture", {}).topic?.text).toBe("safety first culture");
	});

	it("names the one to be thanked after 'to', never 'pass on my thanks for our talk' to the reader", () => {
		const bodies: string[] = [];
		for (const reader of ["Tom Reyes", "Lena Okafor", "Sam Whit", "Maria Gomez", "Ann Lee", "Raj Patel"]) {
			const interview = note({ interviewers: [{ name: reader, email: "reader@skyhaven.example" }, { name: "Anita Desai", focus: "GLP site visit prep" }] });
			for (const kind of ["thank-you", "check-in"] as const) bodies.push(...buildDrafts(interview, kind, { settings, now: local("2026-12-03T12:00") }).drafts.map((d) => d.body));
		}
		const asks = bodies.join("\n").match(/[^.?]*\bpass\b[^.?]*[.?]/g) ?? [];
		expect(asks.length).toBeGreaterThan(0);
		for (const ask of asks) expect(ask).toMatch(/pass my thanks on to (?:Anita|everyone|the others)/);
	});
});

describe("a short form never ends inside a name (review 167)", () => {
	it("keeps a program's name whole", () => {
		expect(experienceOf('started "Pause" after deaths in MICU + monthly Tea for the Soul', {}).short).toMatch(/Tea for the Soul$/);
	});
});

describe("what the user's years took in, and lines never pointed at (review 168)", () => {
	it("keeps a short 'incl.' with the years it belongs to", () => {
		const r = experienceOf("6 yrs dispatching at Barnhart incl. nights", {});
		expect(r.reference).toBe("my 6 years dispatching at Barnhart, including nights");
		expect(r.leftOut).toEqual([]);
	});

	it("never offers a line about who gets along with whom as something for a focus", () => {
		const interview = note({ interviewers: [{ name: "Rosa Vega", email: "r@x.example" }, { name: "Gwen Hart", email: "g@x.example" }] });
		const noteText = "---\ntype: interview\n---\nRosa asked about the cold chain log\nGwen and Rosa don't get along I think\n";
		const problems = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00"), noteText }).problems.join("\n");
		expect(problems).toContain("cold chain log");
		expect(problems).not.toContain("get along");
	});
});

describe("articles a hurried note leaves out (review 167)", () => {
	it("gives a post held after 'as' its article, and a level named in capitals 'the'", () => {
		expect(said("did 18 months of overnights at Mercy as CPE resident")).toBe("I did 18 months of overnights at Mercy as a CPE resident.");
		expect(said("trained 4 techs as preceptor")).toBe("I trained 4 techs as a preceptor.");
		expect(said("resolved 9 of 11 disputes at IEP/ADR level")).toBe("I resolved 9 of 11 disputes at the IEP/ADR level.");
		// "as lead" is said as typed.
		expect(said("served as lead")).toBe("I served as lead.");
	});

	it("gives an event or a thing the user set up its article, and a year's event 'the' (review 168)", () => {
		expect(said("set up consent pre-check table w/ MA")).toBe("I set up a consent pre-check table with MA.");
		expect(said("ran 2022 back-to-school clinic, 512 doses")).toBe("I ran the 2022 back-to-school clinic (512 doses).");
		expect(said("coordinated 2-crane tandem pick of 140t transformer")).toMatch(/^I coordinated a 2-crane tandem pick/);
		expect(said("ran 5 drills")).toBe("I ran 5 drills.");
	});
});

describe("what reviews 169-170 found", () => {
	it("takes a focus's leading thing, never a doing cut from what a subject 'is doing', and keeps a field named by whom it serves", () => {
		const r = focusTopic("PM compliance on the Kiyo chambers, their unscheduled downtime is killing OEE", {});
		expect(r.topic?.text).toBe("PM compliance on the Kiyo chambers");
		expect(r.leftOut).toEqual(["their unscheduled downtime is killing OEE"]);
		expect(focusTopic("patient experience", {}).topic?.text).toBe("patient experience");
		expect(focusTopic("They need someone who can triage cell-site and pole-cam footage fast.", {}).topic?.text).toBe("triaging cell-site and pole-cam footage fast");
		expect(focusTopic("she wants someone who can write the SOPs and train attendants", {}).topic?.text).toBe("writing the SOPs and training attendants");
	});

	it("names a thing the user made, never 'my work on' what did not happen, and keeps how far a change went in its short form", () => {
		expect(said("seasoning recipe + particle qual checklist I built w/ PE at Micron")).toBe("the seasoning recipe and particle qual checklist I built with PE at Micron");
		expect(said("managing the team I built at Acme")).toBe("my experience managing the team I built at Acme");
		expect(JSON.stringify(experienceOf("4 yrs ED incl. forensic pts on hold, no boundary complaints", {}))).not.toContain("my work on no");
		expect(experienceOf("Cut med pass at Ridgeview SNF from 2.5 hrs to 90 min by moving to cart-based passes", {}).short).toBe("cutting med pass from 2.5 hours to 90 minutes");
	});

	it("names a unit of a body once, with no two possessives, and a body with its district 'the'", () => {
		expect(companyInSentence("Harlan County Sheriff's Office – Detention Center Medical Unit")).toBe("the Harlan County Sheriff's Office Detention Center Medical Unit");
		expect(companyInSentence("City of Fairhaven - Dept of Public Works")).toBe("the City of Fairhaven's Department of Public Works");
		expect(companyInSentence("City of Riverton - Water Reclamation Facility")).toBe("the City of Riverton's Water Reclamation Facility");
		expect(companyInSentence("Federal Defender Office, N.D. Ill.")).toBe("the Federal Defender Office, N.D. Ill.");
		expect(companyInSentence("Acme, Inc.")).toBe("Acme, Inc.");
	});

	it("gives a second step joined by 'and' its own verb", () => {
		expect(stepsTo("they'll check refs this wk and HM to call by fri", "Tom Lee")?.clause).toMatch(/, and that the hiring manager would call by Friday/);
	});

	it("leaves a send the user doubts to them, and never offers an argument as something for a focus", () => {
		expect(toSendMention("---\na: b\n---\nNeed to send Mei-Lin the checklist? maybe not, proprietary-ish.\n", ["Mei-Lin"])?.hedged).toBe(true);
		expect(toSendMention("---\na: b\n---\nsend Mei-Lin the checklist\n", ["Mei-Lin"])?.hedged).toBe(false);
		const interview = note({ interviewers: [{ name: "Marisol Cruz", email: "m@x.example" }, { name: "Vic Ortega", email: "v@x.example" }] });
		const noteText = "---\ntype: interview\n---\nMarisol asked about the shedrow rotation\nMarisol and Vic argued in Spanish about the farrier, awkward\n";
		const problems = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00"), noteText }).problems.join("\n");
		expect(problems).toContain("shedrow rotation");
		expect(problems).not.toContain("farrier");
	});
});

describe("more of what reviews 169-170 found", () => {
	it("reads a change between two before its noun, and leaves out a word that only describes", () => {
		expect(focusTopic("PN → EN transitions in the SICU", {}).topic?.text).toBe("PN-to-EN transitions in the SICU");
		const r = focusTopic("chaplaincy volunteers, on-call", {});
		expect(r.topic?.text).toBe("chaplaincy volunteers");
		expect(r.leftOut).toEqual(["on-call"]);
		// (The question after it goes with it: review 173's mend of review 169's "X and how I …".)
		expect(focusTopic("Supervisory exp. and how I handle discipline w/ teen staff", {}).topic?.text).toBe("supervisory experience and how I handle discipline with teen staff");
	});

	it("says a highlight with a subject of its own as a sentence, never after 'about'", () => {
		const r = experienceOf("the auxiliary raised $3,500 at my old hospital's holiday bazaar and I ran the vendor side", {});
		expect(r.reference).toBeNull();
		expect(r.statement).toBe("The auxiliary raised $3,500 at my old hospital's holiday bazaar and I ran the vendor side.");
	});

	it("takes the reader's initials for the reader, unless another the note lists has them", () => {
		expect(stepsTo("KH 2 call after entries close thurs", "Kate Hollis")?.clause).toMatch(/^you mentioned you'd call after entries close/);
		const other = readNextSteps("KH to call by fri", { names: ["Kate Hollis", "Kate"], context: ["Kate Hollis", "Ken Hart"] }, local("2026-11-27T10:00"), local("2026-12-06T12:00"));
		expect(other?.clause).not.toMatch(/you'd call/);
	});
});

describe("attachments said as what they are (review 170)", () => {
	it("offers a sample of a thing as a sample, and a letter at an address as a letter", () => {
		const interview = note({ interviewers: [{ name: "Kelsey Marchetti", email: "k@x.example", focus: "METRC reconciliation", attachments: ["[[METRC reconciliation SOP - sample (redacted).pdf]]", "https://example.com/files/recommendation-letter-dcc-inspector.pdf"] }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00") }).drafts[0].body;
		expect(body).toContain("a redacted sample of the METRC reconciliation SOP");
		expect(body).not.toContain("for sample");
		expect(body).toMatch(/letter of recommendation is here[^:]*: https:\/\/example\.com/);
		expect(body).not.toMatch(/more detail/i);
	});
});

describe("what reviews 171-172 found", () => {
	it("names a claim the user's own notes take back, beside the draft that makes it", () => {
		const interview = note({ interviewers: [{ name: "Carol Nguyen", email: "c@x.example", highlight: "supervised 14 under the IAM contract, no grievances lost" }, { name: "Dale Ruiz", email: "d@x.example", highlight: "ran the glass pilot" }] });
		const noteText = "---\ntype: interview\n---\nWorried about the union grievance thing, I oversold it a bit — we did lose one.\n";
		const warnings = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00"), noteText }).warnings;
		expect(warnings.filter((w) => w.includes("oversold"))).toEqual([expect.stringContaining("the draft to Carol Nguyen repeats the highlight")]);
		// A worry that takes nothing back is no warning.
		const calm = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00"), noteText: "---\ntype: interview\n---\nWorried about the union grievance question.\n" }).warnings;
		expect(calm.join("\n")).not.toContain("grievance");
	});

	it("reads 'or' after a doubt, and a final answer as their decision", () => {
		expect(stepsTo("mireille to email re: 3rd rd?? or ref check", "Mireille Dubois")?.clause).toBe("you mentioned you'd email about a third round or reference check");
		expect(stepsTo('Carol to send background check paperwork; final answer "early next week"')?.clause).not.toMatch(/interview answer/);
	});

	it("never makes an availability of two doings", () => {
		const r = focusTopic("whether i can work weekends + drive the mobile route", {});
		expect(r.topic).toBeNull();
		expect(r.leftOut).toEqual(["whether i can work weekends + drive the mobile route"]);
		expect(focusTopic("whether i can work weekends", {}).topic?.text).toBe("my availability for weekends");
	});

	it("finds a name with a capital inside it in the notes, and gives a town named 'of' a place its article", () => {
		expect(addressNameMention("---\na: b\n---\n+ Bob DeLuca (mechanic) sat in\n", "bdeluca@firehawk.example")?.name).toBe("Bob DeLuca");
		expect(said("6 winters plow rte for Town of Homer")).toContain("plow route for the Town of Homer");
		expect(said("drove Rte 9 daily")).toBe("I drove Route 9 daily.");
	});

	it("tells a thing that did not happen in front of a doing, and says the doing", () => {
		const r = experienceOf("no problem on the roof, did the upblast fan + hinge kit myself", {});
		expect(r.statement).toBe("I did the upblast fan and hinge kit myself.");
		expect(r.leftOut).toEqual(["no problem on the roof"]);
	});
});

describe("a step after the decision day (review 172)", () => {
	it("warns of a ride-along in a week that starts on the decision day, and leaves the day out of the letter", () => {
		const interview = note({ interview_start: "2026-11-24T10:00", decision_expected: "2026-11-30", next_steps: "ride along next wk", interviewers: [{ name: "Paula Reyes", email: "p@sysco.example" }] });
		const result = buildDrafts(interview, "check-in", { settings, now: local("2026-12-06T12:00") });
		expect(result.warnings.join("\n")).toContain("name a step after decision_expected");
		expect(result.drafts[0].body).not.toMatch(/decision was expected by/);
	});

	it("reads what is still to be set after a comma as a step of its own", () => {
		expect(stepsTo("2nd round w/ ops dir wk of 12/14, shadow shift TBD", "Tom Lee")?.clause).toBe("I understood the next step was a second round with the operations director in the week of 14 December, followed by the shadow shift");
	});
});

describe("one pleasantry a letter (reviews 167, 171)", () => {
	it("never follows 'good to meet you' with 'a real pleasure to speak with you', nor the time with the time", () => {
		const { interview } = parseInterview({ file: "Interviews/MRUSD dispatch.md", frontmatter: {
			type: "interview",
			company: "Maple Ridge USD Transportation",
			role: "Transportation Dispatcher II",
			interview_start: "2026-11-30T15:15",
			format: "onsite",
			primary_contact: "Yvonne Castellanos <ycastellanos@mrusd.k12.ca.us>",
			interviewers: "Yvonne Castellanos <ycastellanos@mrusd.k12.ca.us>, Bill Ostrowski, Tamika Greene <tgreene@mrusd.k12.ca.us>",
			next_steps: "HR ref chk then BOT approval 12/16 mtg",
			decision_expected: "2026-12-16",
		} }, DEFAULT_SETTINGS, () => null);
		const noteText = "---\ntype: interview\ncompany: Maple Ridge USD Transportation\nrole: Transportation Dispatcher II\ninterview_start: 2026-11-30T15:15\nformat: onsite\nprimary_contact: Yvonne Castellanos <ycastellanos@mrusd.k12.ca.us>\ninterviewers: Yvonne Castellanos <ycastellanos@mrusd.k12.ca.us>, Bill Ostrowski, Tamika Greene <tgreene@mrusd.k12.ca.us>\nnext_steps: HR ref chk then BOT approval 12/16 mtg\ndecision_expected: 2026-12-16\n---\ninterviewers detail (for me):\n- Yvonne = Transp Dir. focus: AM/PM rte coverage w/ 9 open drvr slots, subs pulled from SPED rtes. highlight: built sub-drvr rotation @ Lincoln Co, cut uncovered rtes 14→3/wk\n- Bill = lead mech / shop fmn. cares abt PTI + bus OOS hand-off to dispatch, radio discipline\n- Tamika = SPED transp coord. McKinney-Vento + IEP curb-to-curb, AVL/GPS in Versatrans\n\nwent ok. Bill barely talked. Tamika & Yvonne def don't get along lol.\npay is step 3 = $26.40/hr, less than what I make now w/ OT. ugh.\n";
		const bodies = buildDrafts(interview!, "thank-you", { settings: { ...settings, myName: "Darnell Whitfield" }, now: local("2026-12-06T17:45"), noteText }).drafts.map((d) => d.body);
		const met = /(?:good|a pleasure|nice) to meet you/;
		expect(bodies.some((b) => met.test(b))).toBe(true);
		for (const body of bodies) {
			expect(met.test(body) && /pleasure to speak with you/.test(body), body).toBe(false);
			expect((body.match(/\bthe time\b/g) ?? []).length, body).toBeLessThan(2);
		}
	});
});
