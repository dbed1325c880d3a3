// What the readings of reviews 262 onwards found, mended in general; each case is a note as a reviewer typed it.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { fromNotesCheck } from "../../src/core/from-notes";
import { readNextSteps } from "../../src/core/next-steps-note";
import { readMattered, withoutDoubtedClaims } from "../../src/core/what-mattered";
import { forUserOnly, quietMention } from "../../src/core/body-mentions";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { parseInterview } from "../../src/core/parse";
import { criticises, privateRemark } from "../../src/core/private-remarks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Sam Okafor" };
const note = (frontmatter: Record<string, unknown>, start = "2026-12-03T11:00") => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Riverside Dialysis Center", role: "Patient access representative", interview_start: start, ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};

describe("someone thanked through another, with what mattered to them in the note (review 262)", () => {
	const now = local("2026-12-03T15:00");
	const panel = {
		primary_contact: "Kevin Osei",
		primary_contact_email: "kosei@riversidedialysis.example",
		interviewers: [
			{ name: "Dr. Helen Marsh", title: "Medical director", focus: "patient dignity", highlight: "My grandmother was on dialysis for two years." },
			{ name: "Angela Brooks", email: "abrooks@riversidedialysis.example", focus: "insurance verification" },
			{ name: "Kevin Osei", email: "kosei@riversidedialysis.example" },
			{ name: "Marcus Bell", title: "Charge nurse", focus: "the chair schedule" },
		],
	};

	it("is told they get no letter of their own, and that what mattered to them goes in none", () => {
		const r = buildDrafts(note(panel), "thank-you", { settings, now });
		expect(r.drafts.map((d) => d.to.map((t) => t.name))).toEqual([["Angela Brooks"], ["Kevin Osei"]]);
		expect(r.problems).toContain(
			"Dr. Helen Marsh and Marcus Bell get no thank-you of their own (the note gives no address for either): your letter to Kevin Osei asks Kevin to pass your thanks on, and what mattered to each goes in no letter. Add their addresses to have letters written to each, or thank each on a card.",
		);
	});

	it("says the topic goes with the thanks passed on, when one person is", () => {
		const r = buildDrafts(note({ ...panel, interviewers: panel.interviewers.filter((p) => p.name !== "Marcus Bell") }), "thank-you", { settings, now });
		expect(r.drafts.find((d) => d.to[0].name === "Kevin Osei")?.body).toContain("Dr. Marsh for talking with me about patient dignity");
		expect(r.problems).toContain("Dr. Helen Marsh gets no thank-you of their own (the note gives no address for them): your letter to Kevin Osei asks Kevin to pass your thanks on, naming what you talked about. Add their address to have a letter written to them, or thank them on a card.");
	});

	it("says nothing of someone the note says nothing about, nor of anyone with a letter of their own", () => {
		const r = buildDrafts(note({ ...panel, interviewers: panel.interviewers.map((p) => ({ name: p.name, ...(p.email === undefined ? {} : { email: p.email }) })) }), "thank-you", { settings, now });
		expect(r.problems.join("\n")).not.toContain("no thank-you of their own");
	});

	it("never says the drafts take what mattered to someone from the notes when no thank-you speaks of them", () => {
		const text = "---\n---\n## What mattered to each of them\n\n- Marcus: schedule changes. pts shuffle chairs constantly\n- Angela: insurance verification\n";
		const people = { ...panel, interviewers: [{ name: "Angela Brooks", email: "abrooks@riversidedialysis.example" }, { name: "Kevin Osei", email: "kosei@riversidedialysis.example" }, { name: "Dr. Helen Marsh" }, { name: "Marcus Bell" }] };
		const problems = buildDrafts(note(people), "thank-you", { settings, now, noteText: text }).problems.join("\n");
		expect(problems).toContain("The drafts take what mattered to Angela Brooks");
		expect(problems).not.toContain("The drafts take what mattered to Marcus Bell");
		expect(problems).toContain("Marcus Bell gets no thank-you of their own");
		// A card is written to each, and says it.
		expect(buildDrafts(note(people), "handwritten-note", { settings, now, noteText: text }).problems.join("\n")).toContain("The drafts take what mattered to Marcus Bell");
	});
});

describe("a line of the user's notes about someone (review 262)", () => {
	it("reads the thing before a dash, and the user's answer after an arrow's 'yes'", () => {
		expect(readMattered("the booking software migration — moving from paper + excel to Firefly in feb. he asked if i'd done data entry at volume -> yes, entered 3k+ rental contracts into the new POS at the ski shop", forUserOnly)).toEqual({
			focus: "the booking software migration — moving from paper + excel to Firefly in feb",
			highlight: "I entered 3k+ rental contracts into the new POS at the ski shop",
		});
		// A "yes" with no doing after it is no work.
		expect(readMattered("weekends. asked if i can do sat -> yes", forUserOnly).highlight).toBeUndefined();
	});

	it("thanks the colleague for the thing the dash leads from", () => {
		const text = "---\n---\n## What mattered to each of them\n\n- Linda: repeat guests.\n- Greg: the booking software migration — moving from paper + excel to Firefly in feb\n";
		const r = buildDrafts(note({ company: "Bear Hollow RV Park", interviewers: ["Linda Parrish <linda@bearhollow.example>", "Greg Haas"] }), "thank-you", { settings, now: local("2026-12-03T15:00"), noteText: text });
		expect(r.drafts[0].body).toContain("pass my thanks on to Greg Haas for talking with me about the booking software migration");
	});
});

describe("people the user served (review 262)", () => {
	it("are worked with, never worked on; a list of them is still worked on", () => {
		expect(experienceOf("the regulars at the ski shop, knew like 40 by name").reference).toBe("my work with the regulars at the ski shop, where I knew about 40 by name");
		expect(experienceOf("walk-ins at the clinic").reference).toBe("my work with walk-ins at the clinic");
		expect(experienceOf("the customer list at the shop").reference).toBe("my work on the customer list at the shop");
		expect(experienceOf("the patient intake forms").reference).toBe("my work on the patient intake forms");
	});
});

describe("a grade's number (review 262)", () => {
	it("is its name, never 'one versus'", () => {
		expect(fromNotesCheck("I enjoyed our talk about grading copper #1 versus #2.")).toBeNull();
		expect(fromNotesCheck("I hold a level 1 certificate.")).toBeNull();
		// A count of one in figures is still pointed at.
		expect(fromNotesCheck("It was just me and 1 other on the desk.")).toContain('"1 other" reads as your notes');
	});
});

describe("a step the user was to take part in, gone, with a decision still ahead (review 262)", () => {
	it("asks for news, never how to prepare for a day past", () => {
		const interview = note({ interviewers: ["Priya Nair <priya@stitchhem.example>"], next_steps: "trial shift sat 12/5?? confirm by email", decision_expected: "end of next week" }, "2026-12-01T10:00");
		const r = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-08T10:00") });
		expect(r.drafts[0].body).toContain("I understood the next step was a possible trial shift on Saturday 5 December, and that a decision was expected by Friday 11 December.");
		expect(r.drafts[0].body).not.toMatch(/prepare|confirm by email/);
		expect(r.drafts[0].body).toMatch(/news/);
		expect(r.warnings.join("\n")).toContain("which has passed: the letter says it back as you understood it");
	});

	it("still asks how to prepare while the day is ahead", () => {
		const interview = note({ interviewers: ["Priya Nair <priya@stitchhem.example>"], next_steps: "trial shift sat 12/5?? confirm by email", decision_expected: "end of next week" }, "2026-12-01T10:00");
		expect(buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T10:00") }).drafts[0].body).toContain("prepare for");
	});

	it("leaves out what the user means to confirm before the decision the note adds", () => {
		const read = readNextSteps("trial shift sat 12/5?? confirm by email; decision expected end of next week", { names: ["Priya"], context: [] }, local("2026-12-01T10:00"), local("2026-12-02T10:00"));
		expect(read?.clause).not.toContain("confirm");
		expect(read?.unsaid).toContain("confirm by email");
	});
});

describe("what review 261 left (read again)", () => {
	it("says what they care is done as a doing, with no article", () => {
		expect(focusTopic("that the regulars are treated like family").topic?.text).toBe("making sure the regulars are treated like family");
		expect(focusTopic("that every caller gets a callback").topic?.text).toBe("making sure every caller gets a callback");
	});

	it("gives the children's parties their apostrophe", () => {
		expect(focusTopic("kids birthday parties").topic?.text).toBe("kids' birthday parties");
		expect(focusTopic("mens dept returns").topic?.text).toBe("men's department returns");
		// Kids alone are still kids.
		expect(focusTopic("kids who melt down at the door").topic?.text ?? "").not.toContain("'");
	});

	it("gives a second place the time of the first", () => {
		expect(experienceOf("3 yrs retail + front desk").reference).toBe("my 3 years in retail and on the front desk");
		expect(experienceOf("5 yrs retail pharmacy and billing").reference).toBe("my 5 years in retail pharmacy and in billing");
		expect(experienceOf("3 yrs dispatch floor + 1 yr road supervisor").reference).toBe("my 3 years on the dispatch floor and 1 year as a road supervisor");
	});

	it("reads a hedge before the first figure of a change as part of it", () => {
		expect(experienceOf("sent reminder texts, no-shows from ~25% to 10%").statement).toBe("I sent reminder texts, cutting no-shows from about 25% to 10%.");
		expect(experienceOf("no-shows from about 25% to 10%").statement).toBe("I helped cut no-shows from about 25% to 10%.");
	});

	it("names someone known by a surname's initial by their first name, in a line passing thanks", () => {
		const interview = note({ primary_contact: "Dana Ruiz <dana@kiln.example>", interviewers: ["Dana Ruiz <dana@kiln.example>", "Priya N."] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T15:00") }).drafts[0].body;
		expect(body).toMatch(/to Priya[ ,.?]/);
		expect(body).not.toContain("Priya N.");
	});
});

describe("someone who showed the user the way (review 262)", () => {
	it("is read as someone who hardly spoke, unless the line goes on to a talk", () => {
		expect(quietMention("---\n---\n- Dana (HR) walked me in + out\n", ["Dana"])?.line).toBe(3);
		expect(quietMention("---\n---\n- Dana checked me in\n", ["Dana"])?.line).toBe(3);
		expect(quietMention("---\n---\n- Dana walked me out and we talked about the culture\n", ["Dana"])).toBeNull();
		expect(quietMention("---\n---\n- Dana walked me through the POS\n", ["Dana"])).toBeNull();
	});
});

describe("what review 264 found", () => {
	it("says a mix-up the user sorted out as handled, and a star rating in words", () => {
		expect(experienceOf("the birthday party double-book at the gym, comped + rebooked").reference).toBe("how I handled the birthday party double-book at the gym, where I comped and rebooked");
		expect(experienceOf("the double-book at the gym, mom left 5* review").reference).toBe("how I handled the double-book at the gym, mom left a five-star review");
		// Never a figure with its star lost.
		expect(JSON.stringify(experienceOf("the birthday party double-book at the gym, comped + rebooked, mom left 5* review"))).not.toMatch(/\b5 review/);
	});

	it("reads a share after a colon as of those the work reached, never a sentence opening on a capital after a figure", () => {
		expect(experienceOf("ran win-back emails for lapsed gym members: 18% came back in 3 months.").statement).toBe("I ran win-back emails for lapsed gym members, and 18% of them came back in 3 months.");
	});

	it("says 'next week-ish' as around that week", () => {
		const read = readNextSteps("decision expected next week-ish", { names: ["Ray"], context: [] }, local("2026-12-01T10:00"), local("2026-12-02T10:00"));
		expect(read?.clause).toBe("I understood a decision was expected around the week of 7 December");
		expect(readNextSteps("call back fri-ish", { names: ["Ray"], context: [] }, local("2026-12-01T10:00"), local("2026-12-02T10:00"))?.clause).toBe("you mentioned you'd call around Friday 4 December");
	});

	it("gives qualities no article, and keeps lists of stock from the user's availability", () => {
		expect(focusTopic("empathy on the phone").topic?.text).toBe("empathy on the phone");
		expect(focusTopic("shuttle dispatch coordination. radio etiquette.").topic?.text).toBe("shuttle dispatch coordination and radio etiquette");
		expect(focusTopic("availability lists that are actually accurate").topic?.kind).toBe("thing");
		expect(focusTopic("availability").topic?.text).toBe("my availability");
	});

	it("writes out plans, private lessons and a clean-up of records", () => {
		expect(experienceOf("autopay memberships at gym, 62% of members on monthly").reference).toContain("62% of members on monthly plans");
		expect(focusTopic("upselling privates").topic?.text).toBe("upselling private lessons");
		expect(experienceOf("did a dedupe of 4k gym member records").statement).toBe("I deduplicated 4,000 gym member records.");
	});

	it("never asks again when a decision comes, of one who said it in words", () => {
		const interview = note({ company: "Two Rivers Nursery", interviewers: ["Beatrice Olsen", "Luis Carmona <luis@tworivers.example>"], decision_expected: "mid dec" });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T18:00") }).drafts.map((d) => d.body).join("\n");
		expect(body).toContain("I understand a decision is expected in mid-December");
		expect(body).not.toMatch(/when (?:a decision is likely|you expect to make a decision)/);
	});

	it("never says when a step may come as whom it is with", () => {
		const interview = note({ primary_contact: "Ray Kessler <ray@kessler.example>", interviewers: ["Ray Kessler <ray@kessler.example>"], next_steps: '2nd interview w/ field techs "soon"', decision_expected: "before xmas" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T10:00") }).drafts[0].body;
		expect(body).toContain("the second interview with field techs?");
		expect(body).not.toMatch(/techs soon\?/);
	});
});

describe("what review 263 found", () => {
	it("names a list's item whole with the clause that says who, and tells the item it could not read", () => {
		const read = focusTopic("lost tickets & disputed charges\ncalming people who are about to miss a flight\nshift coverage incl. 4am opens");
		expect(read.topic?.text).toBe("calming people who are about to miss a flight");
		expect(read.leftOut).toEqual(["lost tickets and disputed charges", "shift coverage, including 4am opens"]);
	});

	it("writes out figures, a weekday and a blood type", () => {
		expect(focusTopic("the sales #s").topic?.text).toBe("the sales numbers");
		expect(focusTopic("handling the sat public skate rush w/o the line going out the door").topic?.text).toBe("handling the Saturday public skate rush without the line going out the door");
		expect(focusTopic("the sun shade").topic?.text).toBe("the sun shade");
		expect(focusTopic("fill rate for mobile drives; o-neg callbacks").topic?.text).toBe("the fill rate for mobile drives and O-negative callbacks");
	});

	it("says what is sent for a second interview is the invitation", () => {
		expect(readNextSteps("Naomi sends 2nd interview w/ ops director, maybe wk of 12/8", { names: ["Naomi"], context: [] }, local("2026-12-02T10:00"), local("2026-12-03T10:00"))?.clause).toBe(
			"you mentioned you'd send an invitation to a second interview with the operations director, possibly in the week of 8 December",
		);
	});

	it("never takes their own rule, quoted, for a line the user keeps back", () => {
		const text = '---\n---\n## What mattered to each of them\n\n- arturo: accurate tickets. "don\'t say tuesday if i say thursday"\n';
		const r = buildDrafts(note({ company: "Heel & Sole", interviewers: ["Rosa Diaz <rosa@heelsole.example>", "Arturo Mendes <arturo@heelsole.example>"] }), "thank-you", { settings, now: local("2026-12-03T15:00"), noteText: text });
		expect(r.problems.join("\n")).not.toContain("for your eyes only");
		expect(r.drafts.find((d) => d.to[0].name === "Arturo Mendes")?.body).toContain("accurate tickets");
	});

	it("says a check-in comes after the days it names only when it does", () => {
		const interview = note({ company: "Heel & Sole", interviewers: ["Rosa Diaz <rosa@heelsole.example>"], next_steps: "rosa to call re: trial day, prob next wk", decision_expected: "2026-12-08", thank_you_sent: "2026-12-01" }, "2026-12-01T10:00");
		const warnings = buildDrafts(interview, "check-in", { settings, now: local("2026-12-03T10:00") }).warnings.join("\n");
		expect(warnings).toContain("is worded to be sent then; sent today, it comes early");
	});
});

describe("the letter to the one who arranged the day (review 263)", () => {
	it("names someone just named by first name the same way, and asks in the same paragraph as it thanks", () => {
		const interview = note({
			primary_contact: "Alicia Gomez <alicia@skypark.example>",
			interviewers: ["Brian Oyelaran <brian@skypark.example>", "Fatima Noor <fatima@skypark.example>", "Greg Pulaski"],
		});
		const via = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T15:00") }).drafts.find((d) => d.to[0].name === "Alicia Gomez");
		expect(via?.body).toMatch(/with Brian, Fatima and Greg (?:on [^.]+|today)\. (?:Could I ask you to pass my thanks on to Greg\?|I'd be grateful if you could pass my thanks on to Greg\.)/);
		expect(via?.body).not.toContain("Greg Pulaski");
	});
});

describe("a line passing thanks on, about a topic that says 'talk' (review 263)", () => {
	it("never says the topic's own word again in its frame", () => {
		const interview = note({ primary_contact: "Owen Park <owen@lifestream.example>", interviewers: ["Owen Park <owen@lifestream.example>", { name: "Gloria Banerjee", focus: "talk time vs. quality" }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T15:00") }).drafts[0].body;
		expect(body).toContain("Gloria Banerjee for our conversation about talk time versus quality");
		expect(body).not.toMatch(/talking (?:with )?me (?:through|about) talk time/);
	});
});

describe("things named by what happened to them (review 263)", () => {
	it("are things, never a past doing with no one doing it", () => {
		expect(focusTopic("lost tickets & disputed charges").topic?.text).toBe("lost tickets and disputed charges");
		expect(focusTopic("missed calls").topic?.text).toBe("missed calls");
		expect(focusTopic("expired auths").topic?.text).toBe("expired authorizations");
		// A doing with its object stays what it was.
		expect(focusTopic("missed the bus").topic).toBeNull();
	});
});

describe("what review 266 found", () => {
	it("serves the people the work is for, and names the night shift", () => {
		expect(focusTopic("spanish speakers, about 40% of walk-ins").topic?.text).toBe("serving Spanish speakers");
		expect(focusTopic("difficult customers").topic?.text).toBe("handling difficult customers");
		expect(focusTopic("they lost 2 big corporate clients this yr").topic?.text).toBe("big corporate clients");
		expect(focusTopic("nights, 10p-6a, 4 on 3 off").topic?.text).toBe("the night shift");
	});

	it("keeps what the user lacks and where their family lives out of every letter, and says why", () => {
		expect(privateRemark("fluent-ish spanish, my abuela lives w/ us", "highlight")).toBe("limit");
		expect(privateRemark("my spanish is conversational, not fluent", "highlight")).toBe("limit");
		expect(privateRemark("fluent spanish, my abuela lives w/ us", "highlight")).toBe("visa");
		expect(privateRemark("fluent spanish and portuguese", "highlight")).toBeNull();
		const interview = note({ interviewers: [{ name: "Jorge Salinas", email: "j@riverside.example", focus: "spanish speakers", highlight: "fluent-ish spanish, my abuela lives w/ us" }] });
		for (const kind of ["thank-you", "handwritten-note", "linkedin"] as const) {
			const r = buildDrafts(interview, kind, { settings, now: local("2026-12-03T15:00") });
			expect(r.drafts.map((d) => d.body).join("\n")).not.toMatch(/fluent|abuela|lives with/i);
		}
		expect(buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T15:00") }).problems.join("\n")).toContain("it says what you lack");
	});

	it("says years answering phones, a Saturday, two rules and a reference check in English", () => {
		expect(experienceOf("2 yrs answering phones at Bowl-a-Rama").reference).toBe("my 2 years answering phones at Bowl-a-Rama");
		expect(experienceOf("ran the front counter at Bowl-a-Rama, ~300 guests on a sat, kept the waitlist under 20 min").statement).toContain("on a Saturday");
		expect(focusTopic("height/age rules").topic?.text).toBe("the height and age rules");
		expect(readNextSteps("references check, then HR calls", { names: ["Ana"], context: [] }, local("2026-12-03T10:00"), local("2026-12-04T10:00"))?.clause).toContain("a reference check");
	});

	it("gives getting things done right its doing, and respect and teamwork no article", () => {
		expect(focusTopic("intake tickets done right").topic?.text).toBe("getting intake tickets done right");
		expect(focusTopic("respect for customers' heirlooms").topic?.text).toBe("respect for customers' heirlooms");
		expect(focusTopic("teamwork. the counter is 3 ppl").topic?.text).toBe("teamwork");
	});

	it("reads someone who only talked benefits as someone who hardly spoke", () => {
		expect(quietMention("---\n---\n- Anita - hr, only talked benefits\n", ["Anita"])?.line).toBe(3);
	});
});

describe("what review 265 found", () => {
	it("reads a primary contact at a team's inbox, named as an interviewer at their own address, as that interviewer", () => {
		const { interview, problems } = parseInterview(
			{
				file: "Interviews/Note.md",
				frontmatter: { type: "interview", company: "Harbour Lights Hostel", role: "Receptionist", interview_start: "2026-12-03T16:00", primary_contact: "Jules Moreau", primary_contact_email: "jobs@harbourlights.example", interviewers: [{ name: "Jules Moreau", email: "jules@harbourlights.example" }, { name: "Arjun Patel", email: "arjun@harbourlights.example" }, "Kit"] },
			},
			DEFAULT_SETTINGS,
			() => null,
		);
		expect(interview?.primaryContact?.email).toBe("jules@harbourlights.example");
		expect(problems.map((p) => p.message).join("\n")).toContain("is read as a shared inbox");
		const r = buildDrafts(interview!, "thank-you", { settings, now: local("2026-12-03T18:00") });
		expect(r.drafts.map((d) => d.to.map((t) => t.email))).toEqual([["jules@harbourlights.example"], ["arjun@harbourlights.example"]]);
		expect(r.drafts[0].body).toContain("pass my thanks on to Kit");
		expect(r.drafts.map((d) => d.body).join("\n")).not.toContain("with Jules");
	});

	it("says a language known a little with the first, and a particle with no article", () => {
		expect(experienceOf("spanish conversational, bit of portuguese").statement).toBe("I'm conversational in Spanish and some Portuguese.");
		expect(experienceOf("grew up here, rode the 14 and 22 every day for school.").statement).toBe("I grew up here and rode the 14 and 22 every day for school.");
		expect(experienceOf("Gave example of refund escalation at the cinema.").statement).toBe("I gave an example of refund escalation at the cinema.");
	});

	it("never leaves a verb hanging where what it took was left out", () => {
		const read = experienceOf("I ran a queue system with a clipboard and had everyone in rooms within 50 min.");
		expect(read.statement).toBe("I ran a queue system with a clipboard.");
		expect(read.leftOut.join(" ")).toContain("everyone in rooms");
	});

	it("says next steps someone is 'calling' about as theirs, the shortlist with its article, and a weekday it cannot place not at all", () => {
		const reader = { names: ["Ruth"], context: [] };
		expect(readNextSteps("ruth calling mon or tue", reader, local("2026-12-01T16:00"), local("2026-12-02T10:00"))?.clause).toBe("you mentioned you'd call on Monday 7 or Tuesday 8 December");
		const jules = { names: ["Jules"], context: [] };
		expect(readNextSteps("jules emails shortlist fri", jules, local("2026-12-03T16:00"), local("2026-12-04T10:00"))?.clause).toBe("you mentioned you'd email the shortlist on Friday 4 December");
		expect(readNextSteps("jules emails shortlist fri 5th", jules, local("2026-12-03T16:00"), local("2026-12-04T10:00"))?.kind).toBe("unread");
	});

	it("says a doing got right, and trouble handled", () => {
		expect(focusTopic("measuring right. wrong measurement = wasted moulding").topic?.text).toBe("getting the measuring right");
		expect(focusTopic("complaints. Fare rises in Jan, people will shout.").topic?.text).toBe("handling complaints");
		expect(focusTopic("the complaints they get about parking").topic?.text).not.toBe("handling complaints");
	});
});

describe("a product's name typed in lower case (review 265)", () => {
	it("is written as its makers write it, with no article when it stands alone", () => {
		expect(focusTopic("cloudbeds").topic?.text).toBe("Cloudbeds");
		expect(focusTopic("the cloudbeds migration").topic?.text).toBe("the Cloudbeds migration");
		expect(experienceOf("2 yrs cloudbeds").reference).toBe("my 2 years on Cloudbeds");
		// A word that is also a name only when written so stays as typed.
		expect(focusTopic("square footage").topic?.text).not.toMatch(/^Square/);
	});
});

describe("what review 267 found", () => {
	it("never takes a yes to what they asked, or a line the user doubts, for work of theirs", () => {
		expect(readMattered("spanish!! half their riders. also wanted someone who can cover the app chat at night. i said yes to nights (do i actually want nights? idk)", forUserOnly).highlight).toBeUndefined();
	});

	it("ends a step joined to the next by 'and' before it, and gives the owner an article", () => {
		const interview = note({ company: "ClearView", interviewers: ["Terri Nguyen <terri@clearview.example>"], next_steps: "ride-along w/ a mobile tech + meet owner", decision_expected: "2026-12-12" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T10:00") }).drafts[0].body;
		expect(body).toContain("a ride-along with a mobile tech and a meeting with the owner");
		expect(body).toContain("prepare for the ride-along with a mobile tech?");
	});

	it("says a rate the user kept as theirs, where they kept it, and a month in full", () => {
		expect(experienceOf("99% clean claim rate at the dental place").reference).toBe("my 99% clean claim rate at the dental office");
		expect(experienceOf("94% forecast accuracy over 6 quarters").reference).toBe("my 94% forecast accuracy over 6 quarters");
		expect(focusTopic("enrolment during the jan intake rush").topic?.text).toBe("enrolment during the January intake rush");
	});

	it("keeps the visas a job checks as its work, and the user's own visa private", () => {
		expect(privateRemark("doc checks (passports, ESTA, visas)", "focus")).toBeNull();
		expect(privateRemark("Visa letters for student visa holders", "focus")).toBeNull();
		expect(privateRemark("how I'd handle a student in tears bc of a visa issue", "focus")).toBeNull();
		expect(privateRemark("need visa sponsorship", "focus")).toBe("visa");
		expect(privateRemark("my visa runs out in may", "highlight")).toBe("visa");
	});

	it("never cuts a case from a topic that says too little without it", () => {
		const text = "---\n---\n## What mattered to each of them\n\n- Keisha: staying friendly when a family shows up w/ expired passport and has to be denied boarding\n";
		const r = buildDrafts(note({ company: "Azure Cruises", interviewers: ["Keisha Brown <keisha@azure.example>"] }), "thank-you", { settings, now: local("2026-12-03T15:00"), noteText: text });
		expect(r.drafts[0].body).not.toMatch(/staying friendly(?! when)/);
	});
});

describe("what review 268 found", () => {
	it("never reads a fight avoided as a fault of their team's", () => {
		expect(criticises('explaining "no" to contractors without a fight')).toBe(false);
		expect(criticises("constant fights between shifts")).toBe(true);
	});

	it("says the doing before how much of it, a vaccination's paper as a certificate, and DIN in capitals", () => {
		expect(experienceOf("200 appts/wk scheduling").reference).toBe("my experience scheduling 200 appointments a week");
		expect(experienceOf("i caught 2 expired rabies certs in my first month at the clinic").statement).toBe("I caught 2 expired rabies certificates in my first month at the clinic.");
		expect(focusTopic("din settings").topic?.text).toBe("DIN settings");
	});
});

describe("what reviews 269-270 found", () => {
	it("never sends a claim the user's own bracket calls only true-ish", () => {
		expect(withoutDoubtedClaims("never missed an open at PartyTown in 2 years (true-ish, 1 sick day)").dropped).toHaveLength(1);
		expect(readMattered("ppl who show up for 4:30am shifts. reliability > everything. i said i never missed an open at PartyTown in 2 yrs (true-ish, 1 sick day)", forUserOnly).highlight).toBeUndefined();
	});

	it("reads a second-shift trial and a trial night as steps, never a second round", () => {
		const reader = { names: ["Denise"], context: [] };
		expect(readNextSteps("Denise to call by fri re: 2nd shift trial", reader, local("2026-11-30T10:00"), local("2026-12-01T10:00"))?.clause).toBe("you mentioned you'd call by Friday 4 December about a trial on the second shift");
		expect(readNextSteps("trial night sat 12/12", { names: ["Gus"], context: [] }, local("2026-12-02T18:00"), local("2026-12-03T10:00"))?.clause).toBe("I understood the next step was a trial night on Saturday 12 December");
	});

	it("never serves a thing with the people, and says how they want people to feel as the doing", () => {
		expect(focusTopic("energy w/ members").topic?.text).not.toMatch(/^serving/);
		expect(focusTopic("drivers feel respected").topic?.text).toBe("making sure drivers feel respected");
	});

	it("ends a statement with one full stop", () => {
		expect(experienceOf("I ran the sign-up sheets for the school fundraiser. 45 volunteers, 3 shifts. Nobody double booked.").statement).toBe("I ran the sign-up sheets for the school fundraiser (45 volunteers).");
	});
});
