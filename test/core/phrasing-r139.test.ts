// What was left after reviews 131-138, and what reviews 139-140 found.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { clockTimes, companyInSentence, experienceOf, focusTopic, roleInLetter, roleInSentence, shortRole } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Tomasz Wierzbicki" };
const now = new Date(2026, 11, 6, 9);

function draftsOf(frontmatter: Record<string, unknown>, kind: "thank-you" | "check-in" = "thank-you", at = "2026-12-03T15:00") {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Kessler Rx", role: "Compounding Pharmacist", interview_start: "2026-12-03T10:00", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	if (interview === null) throw new Error("the test note did not parse");
	return buildDrafts(interview, kind, { settings, now: local(at) });
}

describe("a role typed with its hours or team after a dash", () => {
	it("leaves the hours and the team out of a letter", () => {
		expect(roleInLetter("RDA (pedo) - FT", "Bright Smiles Pediatric Dental")).toBe("the RDA role at Bright Smiles Pediatric Dental");
		expect(roleInLetter("RN - nights", "Mercy General")).toBe("the RN role at Mercy General");
		expect(roleInLetter("Pharmacy tech - per diem", "Alder Compounding")).toBe("the pharmacy technician role at Alder Compounding");
		expect(roleInLetter("MSW, IDT - Team B", "Harbor Hospice")).toBe("the IDT MSW role at Harbor Hospice");
	});

	it("keeps what the job is, written out", () => {
		expect(roleInLetter("RDA - pedo", "Bright Smiles")).toBe("the pediatric RDA role at Bright Smiles");
		expect(roleInLetter("RN – Labor & Delivery", "Mercy General")).toBe("the Labor & Delivery RN role at Mercy General");
		expect(roleInLetter("Ramp Agent - Lead", "Skyline Air")).toBe("the Lead Ramp Agent role at Skyline Air");
	});

	it("says the short role without the hours too", () => {
		expect(roleInSentence(shortRole("RDA (pedo) - FT"), "Bright Smiles")).toBe("the RDA role at Bright Smiles");
		expect(roleInSentence(shortRole("RN - nights"), "Mercy General")).toBe("the RN role at Mercy General");
	});
});

describe("a time of day as a letter writes it", () => {
	it("says 4am as 4 a.m., and a span with 'to'", () => {
		expect(experienceOf("started the 4am feeds for the big cats").statement).toBe("I started the 4 a.m. feeds for the big cats.");
		expect(experienceOf("did the 10pm-6am blood bank shift solo").statement).toBe("I did the 10 p.m. to 6 a.m. blood bank shift solo.");
		expect(experienceOf("ran the 6-10pm bleed drives").statement).toBe("I ran the 6 to 10 p.m. bleed drives.");
		expect(clockTimes("on call til 7:30AM")).toBe("on call til 7:30 a.m.");
		expect(clockTimes("at 4am.")).toBe("at 4 a.m.");
	});

	it("keeps the figure of a time in a focus", () => {
		expect(focusTopic("coverage for the 5am feeds").topic?.text).toBe("coverage for the 5 a.m. feeds");
	});

	it("keeps two sentences two", () => {
		expect(experienceOf("opened the hatchery at 4am. Trained 3 new techs on the setters").statement).toBe("I opened the hatchery at 4 a.m. I trained 3 new techs on the setters.");
	});

	it("says a time in the next steps as a letter does", () => {
		const now = new Date(2026, 11, 6, 9);
		expect(readNextSteps("HR to call Fri ~2pm w/ decision", { names: ["Dana Ruiz", "Dana"] }, now, now)?.clause).toBe("I understood HR would call on Friday 11 December about 2 p.m. with a decision");
	});

	it("leaves other figures alone", () => {
		expect(clockTimes("5 amps on the 2 pm shift")).toBe("5 amps on the 2 p.m. shift");
		expect(clockTimes("13-14pm")).toBe("13-14pm");
		expect(clockTimes("I am 4 ambulances short")).toBe("I am 4 ambulances short");
	});
});

describe("what reviews 139 and 140 found in a focus", () => {
	it("reads USP <797> as the chapter it names, never 'under 797>'", () => {
		expect(focusTopic("USP <797> revision compliance by Nov").topic?.text).toBe("USP 797 revision compliance by November");
		expect(experienceOf("Led the 2023 <797> gap assessment at Mercy Infusion").statement).toBe("I led the 2023 USP 797 gap assessment at Mercy Infusion.");
		// A figure under a bound is still "under".
		expect(experienceOf("kept TAT <30 min").statement).toBe("I kept turnaround time under 30 minutes.");
	});

	it("never says a month typed with its capital shortened, but leaves a Jan who may be a person", () => {
		expect(experienceOf("rewrote 40 SOPs by Dec").statement).toBe("I rewrote 40 SOPs by December.");
		expect(focusTopic("sign-off by Jan").topic?.text ?? "").not.toContain("January");
	});

	it("takes the topic from the part before a dash, never the figure after it", () => {
		const read = focusTopic("their releading backlog is huge - 40+ panels waiting");
		expect(read.topic?.text).toBe("your releading backlog");
		expect(read.leftOut).toEqual(["40+ panels waiting"]);
	});

	it("reads a count of things as those things", () => {
		expect(focusTopic("42 unrecorded corner records from the 2019 flood re-monumentation").topic?.text).toBe("the 42 unrecorded corner records from the 2019 flood re-monumentation");
		expect(focusTopic("3 open keeper positions").topic?.text).toBe("the three open keeper positions");
		// Never a sentence, nor years of something.
		expect(focusTopic("5 nurses quit last month").topic).toBeNull();
		expect(focusTopic("3 yrs exp required").topic).toBeNull();
	});

	it("keeps a code after a describing word, and a section number after a standard", () => {
		expect(focusTopic("nonsterile 795, flavoring for cats (tuna/chicken bases), transdermal methimazole").topic?.text).toBe("the nonsterile 795");
		expect(focusTopic("AABB 5.1.8 + FDA BPDR").topic?.text).toContain("AABB 5.1.8");
		expect(focusTopic("backlog 400").topic?.text).toBe("the backlog");
	});

	it("keeps a verb whose sense the short topic keeps, and a year closed up to a name", () => {
		const read = focusTopic("getting CORS/RTK data into the parcel fabric w/o busting the NAD83(2011) tie");
		expect(read.topic?.short).toBe("getting CORS/RTK data into the parcel fabric");
		expect(read.topic?.text).toContain("NAD83(2011)");
	});

	it("gives a quality of a thing its article", () => {
		expect(focusTopic("accessibility of the nature center exhibits").topic?.text).toBe("the accessibility of the nature center exhibits");
	});

	it("leaves why the user is leaving their job out of every letter", () => {
		for (const focus of ["why leaving current job??", "why i'm leaving my current job", "reason for leaving"]) {
			const read = focusTopic(focus);
			expect(read.topic).toBeNull();
			expect(read.withheld).toBe("leaving");
		}
	});

	it("says what the user was asked to be fine with as asked of them", () => {
		const { drafts } = draftsOf({ interviewers: [{ name: "Ana Ruiz", email: "a@x.example", title: "Recruiter", focus: "whether i'm ok with weekend rotation + holidays" }] });
		expect(drafts[0].body).toContain("my comfort level with weekend rotation and holidays");
		expect(drafts[0].body).not.toMatch(/your (?:thinking|perspective|view) on my/);
	});
});

describe("what reviews 139 and 140 found in a highlight", () => {
	it("says a driver's licence is held, never worked on", () => {
		expect(experienceOf("clean CDL-B, 9 yrs mostly field").reference).toBe("my clean Class B CDL (9 years mostly in the field)");
		expect(experienceOf("Class A CDL w/ tanker endorsement").reference).toBe("my Class A CDL with a tanker endorsement");
		expect(experienceOf("CDL-A, clean MVR").reference).toBe("my Class A CDL and a clean driving record");
	});

	it("says an inspection was passed by the user's team, never the user alone", () => {
		expect(experienceOf("Led the 2023 <797> gap assessment at Mercy Infusion; rewrote 40+ SOPs; passed BOP inspection w/ no findings").statement).toBe(
			"I led the 2023 USP 797 gap assessment at Mercy Infusion. I also rewrote more than 40 SOPs. My team and I passed the BOP inspection with no findings.",
		);
		expect(experienceOf("passed state inspection w/ 0 deficiencies").statement).toBe("My team and I passed the state inspection with zero deficiencies.");
		// What the user passed alone stays theirs.
		expect(experienceOf("passed my CDL road test first try").statement).toBe("I passed my CDL road test on the first try.");
	});

	it("joins a zero and a root cause to the work, never as a splice", () => {
		expect(experienceOf("owned BPDR filing 2 yrs, 0 repeat CAPA on last AABB assessment").statement).toBe("I owned BPDR filing for 2 years, with zero repeat CAPAs on the last AABB assessment.");
		expect(experienceOf("investigated a media-fill failure, root cause was glove technique, retrained 6 techs").statement).toBe("I investigated a media-fill failure, traced the root cause to glove technique, and retrained 6 techs.");
	});

	it("gives one document named by initials its article", () => {
		expect(experienceOf("rewrote MTP cooler SOP at Mercy").statement).toBe("I rewrote the MTP cooler SOP at Mercy.");
	});
});

describe("what reviews 139 and 140 found in names, next steps and letters", () => {
	it("keeps what makes the role this job in the letter", () => {
		expect(roleInLetter("Park Aide - Visitor Center Lead (seasonal->perm)", "Redwood Cove State Beach")).toBe("the Park Aide (Visitor Center Lead) role at Redwood Cove State Beach");
		expect(roleInLetter("Compounding Pharmacist - Veterinary", "Kessler Rx")).toBe("the Veterinary Compounding Pharmacist role at Kessler Rx");
		expect(roleInLetter("Ramp Agent - Lead", "Skyline Air")).toBe("the Lead Ramp Agent role at Skyline Air");
	});

	it("gives an office of a county its article", () => {
		expect(companyInSentence("Harlan County Office of the County Surveyor")).toBe("the Harlan County Office of the County Surveyor");
	});

	it("says who said the next step first, never 'per you'", () => {
		expect(readNextSteps("decision by 12/9 per Alma", { names: ["Alma Reyes", "Alma"], context: ["Alma Reyes"] }, now, now)).toMatchObject({ kind: "you", clause: "you mentioned a decision was expected by Wednesday 9 December" });
		expect(readNextSteps("decision by 12/9 per Alma", { names: ["Bo Lee", "Bo"], context: ["Bo Lee", "Alma"] }, now, now)?.clause).toBe("I understood from Alma that a decision was expected by Wednesday 9 December");
	});

	it("reads a step without an aside about who someone is, and tells the aside", () => {
		const read = readNextSteps("2nd round w/ owners (the Souza bros) wk of 12/14", { names: ["Bo Lee", "Bo"] }, now, now);
		expect(read?.clause).toBe("I understood the next step was a second round with the owners in the week of 14 December");
		expect(read?.leftOut).toEqual(["(the Souza bros)"]);
		expect(readNextSteps("2nd round w/ county engineer wk of 12/14", { names: ["Bo Lee", "Bo"] }, now, now)?.clause).toBe("I understood the next step was a second round with the county engineer in the week of 14 December");
	});

	it("tells the user when a thank-you can only open 'Hello,'", () => {
		const { drafts, problems } = draftsOf({ interviewers: ["dr.jo.castellano@kesslerrx.com", "Bo Lee <b@x.example>"] });
		expect(drafts.some((d) => d.body.startsWith("Hello,"))).toBe(true);
		expect(problems.join("\n")).toContain('The note gives no name for dr.jo.castellano@kesslerrx.com, so the thank-you to them opens "Hello,"');
	});

	it("claims no insight into the work from a phone screen", () => {
		for (const name of ["Brianna Cole", "Dana Ruiz", "Li Wei", "Sam Ortiz", "Priya Nair", "Tom Berg", "Ines Vidal", "Kofi Mensah"]) {
			const { drafts } = draftsOf({ format: "phone screen", interviewers: [{ name, email: "x@x.example" }] });
			expect(drafts[0].body).not.toMatch(/much better sense of the job|much more concrete|day to day|clearer idea of what the job involves/);
		}
	});

	it("never says 'before then' after naming two days", () => {
		const { drafts } = draftsOf({ interview_start: "2026-11-27T10:00", next_steps: "hear back by 12/11, want someone to start 1/4", interviewers: [{ name: "Ana Ruiz", email: "a@x.example" }], primary_contact: "Ana Ruiz" }, "check-in", "2026-12-07T09:00");
		const body = drafts[0]?.body ?? "";
		expect(body).toContain("January");
		expect(body).not.toContain("before then");
	});
});

describe("attachments said by what they are (review 139)", () => {
	const attached = (attachments: string[]) => draftsOf({ interviewers: [{ name: "Ana Ruiz", email: "a@x.example", focus: "the releading backlog", highlight: "releaded 60 panels a year", attachments }] }).drafts[0].body;

	it("keeps who wrote a letter of recommendation named before it", () => {
		expect(attached(["[York Glaziers Trust reference letter](https://drive.example/ref.pdf)"])).toContain("A letter of recommendation from York Glaziers Trust is here");
	});

	it("says a picture named by a slug as a photo, its file after it", () => {
		const body = attached(["hardman-panel-before-after.jpg"]);
		expect(body).toContain('a before-and-after photo, "hardman-panel-before-after.jpg"');
		expect(body).not.toMatch(/attached hardman-panel/);
	});
});

describe("a count and a topic said once (review 139)", () => {
	it("joins a doing to a count with 'and how I', never 'where I'", () => {
		expect(experienceOf('200+ public keeper chats, started the "Ask a Keeper" weekend slot').reference).toBe('my track record of more than 200 public keeper chats, and how I started the "Ask a Keeper" weekend slot');
	});

	it("never frames a topic with its own word ('our talk about keeper talks')", () => {
		for (const name of ["Ana Ruiz", "Bo Lee", "Cy Diaz", "Di Wu", "Ed Fox", "Flo Kim", "Gus Lind", "Hal Moss"]) {
			for (const start of ["2026-12-01T10:00", "2026-12-02T10:00", "2026-12-03T10:00"]) {
				const { drafts } = draftsOf({ interview_start: start, company: "Riverside Zoo", role: "Keeper", interviewers: [{ name, email: "a@x.example", focus: "keeper talks" }] }, "thank-you", "2026-12-03T15:00");
				expect(drafts[0].body).not.toMatch(/\b(?:talk|talking|talks) (?:about|through|over) keeper talks/);
			}
		}
	});
});

describe("a topic that is a kind of talk (review 139)", () => {
	it("asks thanks passed on for talking it through, and a card never says 'talking through keeper talks'", () => {
		for (const name of ["Lorraine Pike", "Ann Lee", "Cy Diaz", "Di Wu"]) {
			const note = { company: "Riverside Zoo", role: "Keeper", primary_contact: "Paul Ames", interviewers: [{ name: "Paul Ames", email: "p@x.example" }, { name, focus: "keeper talks" }] };
			const thanks = draftsOf(note).drafts.map((d) => d.body).join("\n");
			expect(thanks).toContain("keeper talks");
			expect(thanks).not.toMatch(/our talk about keeper talks/);
			const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", interview_start: "2026-12-03T10:00", ...note, interviewers: [{ name, email: "x@x.example", focus: "keeper talks" }] } }, DEFAULT_SETTINGS, () => null);
			const cards = buildDrafts(interview!, "handwritten-note", { settings, now: local("2026-12-03T15:00") }).drafts.map((d) => d.body).join("\n");
			expect(cards).not.toMatch(/talking through keeper talks/);
		}
	});
});
