// What the readings of this stop found (reviews 213 on: a piano store's sales floor, a locksmith's shop counter, a hospital NICU's
// unit clerk desk, an escape room's game masters; a pest control company's route scheduling office, an optical shop's dispensing
// counter, a movie theater's floor management, a tree care company's office), mended in general, and what was found on the way.
import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../src/core/agenda";
import { buildDrafts } from "../../src/core/drafts";
import { eventDescription } from "../../src/core/ics";
import { recipientsInWords } from "../../src/core/labels";
import { knewBeforeMention, mentionsOf, quietMention } from "../../src/core/body-mentions";
import { fromNotesCheck } from "../../src/core/from-notes";
import { readNextSteps } from "../../src/core/next-steps-note";
import { experienceOf, focusTopic, roleInLetter } from "../../src/core/phrasing";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Rosa Delgado" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Zed Co", role: "Clerk", interview_start: "2026-12-04T10:00", interview_end: "2026-12-04T10:30", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};

describe("a thank-you with nobody listed, in the due list and the calendar", () => {
	// The list has the properties only; the draft reads the note to tell a recruiter's phone screen
	// (thanked for the conversation) from an interview the contact arranged (asked to pass the thanks on).
	const interview = note({ primary_contact: "Tasha Green <tasha@zed.example>" });
	const thanks = buildAgenda([interview], DEFAULT_SETTINGS, local("2026-12-04T12:00")).actions.find((a) => a.kind === "thank-you")!;

	it("says what it knows, never that the contact is asked to pass the thanks on", () => {
		expect(recipientsInWords(thanks)).toBe("Tasha Green; the note lists no interviewers");
		const description = eventDescription(thanks, "Vault");
		expect(description).toContain("The note lists no interviewers: thank Tasha Green for the conversation if you spoke with them alone");
		expect(description).not.toContain("Ask Tasha Green to pass");
	});

	it("agrees with either draft", () => {
		const alone = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T12:00"), noteText: "ph scrn w/ tasha (recr). 20 min, asked about availability." }).drafts[0].body;
		expect(alone).not.toContain("pass my thanks");
		const arranged = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T12:00"), noteText: "met the team on site. long day." }).drafts[0].body;
		expect(arranged).toContain("pass my thanks on to everyone I met");
	});
});

describe("a focus written as a thing and a question put as 'who to …' (review 214)", () => {
	it("says both, joined, and tells neither as left out", () => {
		const r = focusTopic("laser projector downtime\nwho to call at 11pm when a show goes dark");
		expect(r.topic?.text).toBe("laser projector downtime and who to call at 11 p.m. when a show goes dark");
		expect(r.leftOut).toEqual([]);
		expect(focusTopic("laser projector downtime, who to call").topic?.text).toBe("laser projector downtime and who to call");
		// A question that is what is known stays one: "knowing who to call".
		expect(focusTopic("knowing who to call").topic?.text).toBe("knowing who to call");
	});

	it("is never run together in a panel's letter", () => {
		const interview = note({ interviewers: [{ name: "Tyrell Jones", email: "tj@x.example", focus: ["laser projector downtime", "who to call at 11pm when a show goes dark"] }] });
		const { drafts, problems } = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T15:00") });
		expect(drafts[0].body).not.toMatch(/downtime who/);
		expect(problems.join("\n")).not.toContain("was left out");
	});
});

describe("a thing of theirs that backs up (review 214)", () => {
	it("is the topic with when, never the last noun of what it costs", () => {
		const r = focusTopic("Their concession lines back up past 20 min on opening weekends and they lose sales.");
		expect(r.topic?.text).toBe("the concession lines on opening weekends");
		expect(r.topic?.short).toBe("the concession lines");
		expect(r.leftOut).toEqual(["Their concession lines back up past 20 min on opening weekends and they lose sales"]);
		expect(focusTopic("the ticket lines back up on friday nights")).toEqual({ topic: { text: "the ticket lines on Friday nights", kind: "thing", short: "the ticket lines" }, leftOut: [] });
	});
});

describe("work the team has under way (review 213)", () => {
	it("is the topic, the work itself", () => {
		expect(focusTopic("they're doing a 400 door school district job in jan").topic?.text).toBe("the 400-door school district job in January");
		expect(focusTopic("we're bidding on a hospital rekey").topic?.text).toBe("the hospital rekey");
	});

	it("a month after a start or an opening takes 'in'", () => {
		expect(focusTopic("the new zombie lab room opening feb").topic?.text).toBe("the new zombie lab room opening in February");
		expect(focusTopic("the rekey job due dec").topic?.text).toBe("the rekey job due in December");
	});
});

describe("a highlight's shorthand (reviews 213, 214)", () => {
	it("a count of none after a comma is what came with the work", () => {
		expect(experienceOf("ran the ER registration desk on nights at Mercy for 3 yrs, 0 misregistered pts in my last audit").statement).toBe("I ran the ER registration desk on nights at Mercy for 3 years, with zero misregistered patients in my last audit.");
		// Time served then none of a thing keeps its reading (review 205).
		expect(experienceOf("2 yrs CNA, 0 call outs").reference).toBe("my 2 years as a CNA with zero call outs");
	});

	it("years typed '2y' are years, never glued to a name", () => {
		const r = experienceOf("pedi fits @ eyemart 2y");
		expect(r.reference).toBe("my work on pedi fits at Eyemart for 2 years");
	});
});

describe("next steps (reviews 213, 214)", () => {
	const at = local("2026-12-03T12:00");
	it("a meeting with the one passed on to and another is said, never 'with you'", () => {
		const r = readNextSteps("tess passing me to store mgr, in-person w/ him + owner prob next wk", { names: ["Tess Marchetti", "Tess"], context: ["Tess Marchetti"], title: "" }, at, at);
		expect(r?.clause).toBe("you mentioned you'd pass me on to the store manager for an in-person interview with the owner as well, probably in the week of 7 December");
		expect(r?.clause).not.toMatch(/with you/);
	});

	it("a post, then what it does and when, is what it will do", () => {
		const r = readNextSteps("hr email nxt wk re 2nd rd", { names: ["Sam Ortiz", "Sam"], context: ["Sam Ortiz"], title: "" }, local("2026-12-05T12:00"), local("2026-12-05T12:00"));
		expect(r?.kind).toBe("understood");
		expect(r?.clause).toBe("I understood HR would email in the week of 7 December about a second round");
	});

	it("a season the answer comes after, beside a decision day before it, is told as a clash", () => {
		const interview = note({ primary_contact: "Anita Rao <anita@x.example>", interviewers: ["Anita Rao <anita@x.example>"], next_steps: "dr rao said shed decide after the holidays", decision_expected: "2026-12-18" });
		const warnings = buildDrafts(interview, "check-in", { settings, now: local("2026-12-11T10:00") }).warnings.join("\n");
		expect(warnings).toContain('say "after the holidays", but decision_expected is');
		// Before the holidays, the same day agrees: nothing is said.
		const before = note({ primary_contact: "Anita Rao <anita@x.example>", interviewers: ["Anita Rao <anita@x.example>"], next_steps: "dr rao said shed decide before the holidays", decision_expected: "2026-12-18" });
		expect(buildDrafts(before, "check-in", { settings, now: local("2026-12-11T10:00") }).warnings.join("\n")).not.toContain("decision_expected is");
	});
});

describe("who hardly spoke, in a list of who was who (review 214)", () => {
	const body = "---\ntype: interview\n---\npanel of 5 in the party room lol. dolores = hr/district, marcus = GM, kayla = asst mgr, sam = ?? (shift lead, barely talked)\n";
	it("is the one entry it is written in", () => {
		expect(quietMention(body, ["Sam"])).not.toBeNull();
		for (const name of ["Dolores", "Marcus", "Kayla"]) expect(quietMention(body, [name]), name).toBeNull();
		// A clause that names the quiet one after a dash is still theirs alone (review 142).
		expect(quietMention("---\na: 1\n---\nAmir (GM) + Bea (head mech) + Cole — Cole barely spoke\n", ["Amir"])).toBeNull();
	});

	it("thanks the organiser for more than being there", () => {
		const interview = note({ primary_contact: "Dolores Ruiz <dolores@x.example>", interviewers: ["Dolores Ruiz <dolores@x.example>", "Sam Whitaker <sam@x.example>"] });
		const drafts = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T15:00"), noteText: body }).drafts;
		const toDolores = drafts.find((d) => d.to.some((r) => r.name === "Dolores Ruiz"))!.body;
		expect(toDolores).not.toMatch(/glad you could be there|good to have you in the interview|your taking part/);
	});
});

describe("a letter with little in the note (reviews 213, 214)", () => {
	it("claims no feeling made up to fill it", () => {
		const names = ["Gil Navarro", "Pete Olsen", "Tess Marchetti", "Rhonda Fields", "Gary Voss", "Lina Park"];
		for (let n = 1; n <= names.length; n++) {
			const panel = note({ interviewers: names.slice(0, n).map((name) => `${name} <${name.split(" ")[0].toLowerCase()}@x.example>`) });
			for (const { body } of buildDrafts(panel, "thank-you", { settings, now: local("2026-12-04T15:00") }).drafts) expect(body).not.toMatch(/feeling encouraged|enjoyed a great deal/);
		}
	});
});

describe("a card's short form keeps what the sentence needs (review 213)", () => {
	it("a thing brought down to a figure keeps where it was brought", () => {
		const r = experienceOf("got the closing checklist at Cinemark down to 25 min from 45");
		expect(r.short).toBe("getting the closing checklist at Cinemark down to 25 minutes");
	});

	it("a state keeps the doing it ends", () => {
		const r = focusTopic("getting admissions paperwork + bed board right at 3am when a transport comes in from outside");
		expect(r.topic?.short).toBe("getting admissions paperwork and bed board right");
	});

	it("in the card to that reader", () => {
		const interview = note({ interviewers: [{ name: "Tomás Ferreira", email: "t@x.example", highlight: "got the closing checklist at Cinemark down to 25 min from 45" }] });
		const card = buildDrafts(interview, "handwritten-note", { settings, now: local("2026-12-04T15:00") }).drafts[0].body;
		expect(card).not.toMatch(/getting the closing checklist\./);
	});
});

describe("what came of the user's work (review 214)", () => {
	it("a measure that moved after a comma is the one that came of it", () => {
		expect(experienceOf("Built a same-day quote callback queue in ServiceTitan at GreenEdge Lawn, close rate went up 18%.").statement).toBe("I built a same-day quote callback queue in ServiceTitan at GreenEdge Lawn, and the close rate went up 18%.");
	});

	it("a credential held before what the user did is said after it, never dropped", () => {
		const r = experienceOf("de-escalation cert + wrote the closing checklist at Cinemark");
		expect(r.statement).toBe("I wrote the closing checklist at Cinemark. I also hold my de-escalation certification.");
		expect(r.leftOut).toEqual([]);
	});
});

describe("two spans of one interview (review 213)", () => {
	it("name the interview once", () => {
		const interview = note({ primary_contact: "Monica Feld - CareBridge Staffing <mfeld@cb.example>", interviewers: ["Dr. Anand Iyer <a@x.example>"], next_steps: "monica said 1-2 wks, HR does refs + badge/drug screen after", decision_expected: "2-3 wks" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-05T10:00") }).drafts[0].body;
		expect(body).toContain("within 1 to 2 weeks of my interview, and that a decision was expected within 2 to 3 weeks.");
	});
});

describe("what the tool tells the user (reviews 213, 214)", () => {
	it("never offers gossip of who could not last as where a focus can come from", () => {
		const text = "---\ntype: interview\n---\nbev showed me the lab order sw\nbev said the last hire \"didnt last 2 wks, couldnt handle dr. m\" -- the other OD. hmm\n";
		expect(mentionsOf(text, ["Bev"]).map((m) => m.line)).toEqual([4]);
	});

	it("asks whose 'their' a highlight means", () => {
		expect(fromNotesCheck("I liked having the chance to explain how I cut their fax backlog.")).toContain('"their fax backlog" may read as the reader\'s own');
		expect(fromNotesCheck("It was good to hear how their team works.")).toBeNull();
	});

	it("names a link to the user's own draft by what it is", () => {
		const interview = note({ interviewers: [{ name: "Tomás Ferreira", email: "t@x.example", attachments: ["https://docs.example.com/my-reset-checklist-draft"] }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T15:00") }).drafts[0].body;
		expect(body).toContain("My draft reset checklist is here, in case your team can use it: https://docs.example.com/my-reset-checklist-draft");
	});
});

describe("a plural named alone, then what is said of it (review 213)", () => {
	it("opens the topic, with what people named so do", () => {
		expect(focusTopic("Parents. They call all night and the clerk is the first voice they hear.")).toEqual({ topic: { text: "the parents who call all night", kind: "thing", short: "the parents" }, leftOut: ["the clerk is the first voice they hear"] });
		expect(focusTopic("resets. they need a room reset in 10 min between bookings, avg is 18").topic?.text).toBe("the room resets");
		// A singular named alone is read as before.
		expect(focusTopic("Turnover. Lost 4 techs this year.").topic?.text).toBe("turnover");
	});

	it("a place at work named by its unit's initials takes 'the'", () => {
		expect(experienceOf("calmed down families at ER triage window").statement).toBe("I calmed down families at the ER triage window.");
		expect(fromNotesCheck("I trained 6 new regs on Epic Prelude at Mercy.")).toContain('"regs" may be shorthand');
	});
});

describe("reviews 215-216: a focus said whole", () => {
	it("a participle after 'getting' is no verb that cuts the topic", () => {
		expect(focusTopic("emergency calls after hrs getting dropped, techs double booked")).toEqual({ topic: { text: "the emergency calls getting dropped after hours", kind: "thing", short: "the emergency calls getting dropped after hours" }, leftOut: ["double-booked techs"] });
	});

	it("a clause of what people want is said as how it is", () => {
		expect(focusTopic("Teen permit students all want the same after-school slots, 3:30-6").topic?.text).toBe("how teen permit students all want the same after-school slots");
	});

	it("a list whose first item holds its own 'and' closes it with a comma", () => {
		expect(focusTopic("stolen goods / leadsonline reporting\nID checks").topic?.text).toBe("stolen goods and leadsonline reporting, and ID checks");
	});

	it("'4' before a name is 'for'; '$$' before what is collected is a fee; Google takes its capital", () => {
		expect(experienceOf("ran recital ticketing 4 Bright Feet, 250 fams").statement).toBe("I ran recital ticketing for Bright Feet (250 families).");
		expect(focusTopic("recital tix + costume $$ collection").topic?.text).toBe("recital tickets and costume fee collection");
		expect(fromNotesCheck("about the $$ side of it")).toContain('"$$" is from your notes');
		expect(focusTopic("their google reviews (3.9 stars)").topic?.text).toBe("your Google reviews");
	});
});

describe("reviews 215-216: a highlight said whole", () => {
	it("a thing the user made, named first, then a measure that moved", () => {
		expect(experienceOf("reminder call + text system i set up at Lakeview Dental, no shows went from 14% to 6%").statement).toBe("I set up the reminder call and text system at Lakeview Dental, cutting no-shows from 14% to 6%.");
		expect(experienceOf("set up the reminder system at Lakeview Dental, late calls went from 14% to 6%").statement).toBe("I set up the reminder system at Lakeview Dental, cutting late calls from 14% to 6%.");
		// Without a measure of its own after the comma, the thing is named, as before (review 80).
		expect(experienceOf("bilingual storytime i started at cedar branch, went from 6 kids to 30ish").reference).toBe("the bilingual storytime I started at cedar branch");
	});

	it("an office typed 'ofc' is written out", () => {
		expect(roleInLetter("front ofc mgr", "Step Up Dance Academy", {})).toBe("the front office manager role at Step Up Dance Academy");
	});
});

describe("reviews 215-216: next steps", () => {
	const at = local("2026-12-04T12:00");
	const said = (text: string, reader: string, others: string[] = []) => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: [reader, ...others], title: "" }, at, local("2026-12-05T12:00"))?.clause;
	it("the holidays are allowed for, never a remark spliced on", () => {
		expect(said("marcus said theyd decide 2-3 wks, holidays slow everything", "Kim Lee", ["Marcus Hall"])).toBe("I understood from Marcus that the team would decide within 2 to 3 weeks of our interview, allowing for the holidays");
	});
	it("a round someone does takes 'a'", () => {
		expect(said("owner (rico) does 2nd rnd in person", "Rico Diaz")).toBe("you mentioned you'd do a second round in person");
	});
	it("a step only guessed at, said to the one who said it", () => {
		expect(said("tam said 2nd interview w/ owner next wk maybe", "Tam Nguyen")).toBe("you mentioned there might be a second interview with the owner in the week of 7 December");
	});
});

describe("reviews 215-216: what the letters claim and the tool tells", () => {
	it("'asked nothing' and 'mostly watched' are someone who hardly spoke", () => {
		expect(quietMention("---\na: 1\n---\nomar (jewelry side?) didnt catch last name, asked nothing\n", ["Omar"])).not.toBeNull();
		expect(quietMention("---\na: 1\n---\nkeisha mostly watched\n", ["Keisha"])).not.toBeNull();
	});

	it("no plain line claims the user was put at ease", () => {
		const names = ["Brianna Cole", "Omar Haddad", "Keisha Ward", "Pam Ortiz", "Luis Ortega", "Carol Bey"];
		const panel = note({ interviewers: names.map((name) => `${name} <${name.split(" ")[0].toLowerCase()}@x.example>`) });
		for (const { body } of buildDrafts(panel, "thank-you", { settings, now: local("2026-12-04T15:00") }).drafts) expect(body).not.toMatch(/at ease/);
	});

	it("a word of the company's name with no vowel is told once", () => {
		const problems = buildDrafts(note({ company: "Top Gear Driving Schl", interviewers: ["Gus Hale <gus@x.example>"] }), "thank-you", { settings, now: local("2026-12-04T15:00") }).problems.join("\n");
		expect(problems).toContain('if "Schl" is shorthand, write the name out in the note');
		expect(buildDrafts(note({ company: "Lyft", interviewers: ["Gus Hale <gus@x.example>"] }), "thank-you", { settings, now: local("2026-12-04T15:00") }).problems.join("\n")).not.toContain("is shorthand");
	});

	it("a slash closed up in the role is not told as the role written out", () => {
		const problems = buildDrafts(note({ role: "Front Desk / Studio Coordinator", interviewers: ["Gus Hale <gus@x.example>"] }), "thank-you", { settings, now: local("2026-12-04T15:00") }).problems.join("\n");
		expect(problems).not.toContain("is written out as");
	});
});

describe("reviews 215-216, second reading", () => {
	it("the hiring manager the body names is named in the next steps", () => {
		const interview = note({ primary_contact: "Carol Bey <carol@x.example>", interviewers: ["Carol Bey <carol@x.example>", "Luis Ortega"], next_steps: "hm to call by fri" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T14:00"), noteText: "---\ntype: interview\n---\nhm to call by fri (luis = hm)\n" }).drafts[0].body;
		expect(body).toContain("I understood Luis would call by Friday");
		// With no one named so, the post is said.
		expect(buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T14:00"), noteText: "---\ntype: interview\n---\nhm to call by fri\n" }).drafts[0].body).toContain("the hiring manager would call");
	});

	it("someone the user knew before is told of in the drafts to them", () => {
		const text = "---\ntype: interview\n---\n- gus (mgr) ran it, i know him from ASA mixer\n";
		expect(knewBeforeMention(text, ["Gus"])?.line).toBe(4);
		expect(knewBeforeMention(text, ["Linda"])).toBeNull();
		const interview = note({ interviewers: [{ name: "Gus Pereira", email: "gus@x.example", linkedin: "https://www.linkedin.com/in/gus" }] });
		expect(buildDrafts(interview, "linkedin", { settings, now: local("2026-12-04T14:00"), noteText: text }).warnings.join("\n")).toContain("say in your own words that you knew them before");
	});

	it("a measure labelled, then where it went, is what the user moved it to", () => {
		expect(experienceOf("renewal rate: 58% -> 71%").statement).toBe("I raised the renewal rate from 58% to 71%.");
		expect(experienceOf("no-show rate: 14% -> 6%").statement).toBe("I cut the no-show rate from 14% to 6%.");
	});

	it("shorthand and articles of a record", () => {
		expect(experienceOf("built shared gcal for 6 techs @ cool air hvac -> 0 dbl bkgs 8 mo").statement).toMatch(/^I built a shared Google Calendar for 6 techs .*double bookings/);
		expect(experienceOf("explained payday loan terms at Advance Now every day, my default rate was lowest in district").statement).toBe("I explained payday loan terms at Advance Now every day, and my default rate was the lowest in the district.");
	});
});

describe("reviews 217-218", () => {
	it("people trained fast is faster training for them", () => {
		expect(focusTopic("training new agents fast, turnover is high")).toEqual({ topic: { text: "faster training for new agents", kind: "thing", short: "faster training for new agents" }, leftOut: ["turnover is high"] });
		expect(focusTopic("training new hires fast for Dec").topic?.text).toBe("faster training for new hires for December");
	});

	it("the note's slang and a name in brackets are written as a letter says them", () => {
		expect(focusTopic("no-shows + last min cancels killing teacher schedules").topic?.text).toBe("no-shows and last-minute cancellations disrupting teacher schedules");
		expect(experienceOf("managed front desk phones + scheduling software (Mindbody)").statement).toBe("I managed front desk phones and Mindbody scheduling software.");
	});

	it("a rollout and an average take 'the'; two 'with' parts are one", () => {
		expect(experienceOf("Set up mobile key + express check-in kiosk rollout at the Westin, cut avg wait from 11 min to 4").statement).toBe("I set up the mobile key and express check-in kiosk rollout at the Westin and cut the average wait from 11 minutes to 4.");
		expect(experienceOf("rebuilt sign-up for spring showcase -> 120 students, zero double bookings").statement).toBe("I rebuilt sign-up for spring showcase, with 120 students and zero double bookings.");
		expect(experienceOf("2 holiday seasons at the UPS store on 5th").reference).toBe("my 2 holiday seasons at the UPS store on 5th");
	});

	it("next steps: someone to start, and a call about the next round", () => {
		const at = local("2026-12-01T12:00");
		expect(readNextSteps("they want someone start before xmas", { names: ["Jen Walsh", "Jen"], context: ["Jen Walsh"], title: "" }, at, at)?.clause).toBe("I understood the team would like someone to start before Christmas");
		expect(readNextSteps("tanya said HR will call by fri w/ next round", { names: ["Kim Lee", "Kim"], context: ["Kim Lee", "Tanya Ruiz"], title: "" }, at, local("2026-12-02T12:00"))?.clause).toBe("I understood from Tanya that HR would call by Friday 4 December about the next round");
	});

	it("a name shortened is told; a capital vowel is a vowel", () => {
		const said = (company: string) => buildDrafts(note({ company, interviewers: ["Gus Hale <gus@x.example>"] }), "thank-you", { settings, now: local("2026-12-04T15:00") }).problems.join("\n");
		expect(said("Eastside Martial Arts Academy")).not.toContain("is shorthand");
		expect(said("Top Gear Driving Schl")).toContain('"Schl" is shorthand');
	});

	it("thanks passed on name who talked with the user; a LinkedIn note says 'during' once", () => {
		const interview = note({ primary_contact: "Dana Park <dana@x.example>", interviewers: ["Dana Park <dana@x.example>", { name: "Kenji Watanabe", focus: "parents calling during class" }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T15:00") }).drafts[0].body;
		expect(body).toContain("Kenji");
		expect(body).not.toMatch(/for our talk about/);
	});

	it("a check-in the note records as sent is never told as falling due", () => {
		const interview = note({ primary_contact: "Dana Park <dana@x.example>", interviewers: ["Dana Park <dana@x.example>"], thank_you_sent: "2026-12-04", check_in_sent: "2026-12-05", decision_expected: "2026-12-20" });
		expect(buildDrafts(interview, "check-in", { settings, now: local("2026-12-06T10:00") }).warnings.join("\n")).not.toContain("falls due on");
	});
});

describe("reviews 217-218, second reading", () => {
	it("what is got ends at its participle, in the short form too", () => {
		expect(focusTopic("getting echo + stress test pts scheduled w/in 2 wks of referral, now its 5").topic).toEqual({ text: "getting echo and stress test patients scheduled within 2 weeks of referral", kind: "activity", short: "getting echo and stress test patients scheduled" });
	});

	it("years on a named system, and the part played in it", () => {
		expect(experienceOf("3 yrs Epic Cadence, super user at Mercy").reference).toBe("my 3 years on Epic Cadence at Mercy, including as a super user");
		expect(experienceOf("3 yrs Epic Cadence, super user at Mercy").leftOut).toEqual([]);
	});

	it("people who keep getting charged twice, and volunteers who don't show up, are topics", () => {
		expect(focusTopic("monthly permit holders keep getting double charged by the new LPR system, 60+ complaints in Nov").topic?.text).toBe("the monthly permit holders getting double-charged by the new LPR system");
		expect(focusTopic("The volunteers don't show up on weekends.").topic?.text).toBe("weekend volunteer coverage");
	});
});

describe("reviews 219-220", () => {
	it("shorthand of a record is written out", () => {
		expect(experienceOf("ran the sat desk alone, cut no-shows from 30ish to 2").statement).toBe("I ran the Saturday desk alone and cut no-shows from about 30 to 2.");
		expect(experienceOf("wrote a 1 pg how to sheet at ridgeway").statement).toBe("I wrote a one-page how-to sheet.");
		expect(experienceOf("callback log at Marina, 0 missed cb's").reference).toBe("my work on the callback log at Marina, with zero missed callbacks");
		expect(experienceOf("conf calls day before at dentist ofc").reference).toBe("my work on confirmation calls the day before at a dentist's office");
		expect(focusTopic("no-shows + resched").topic?.text).toBe("no-shows and rescheduling");
	});

	it("a habit is the user's, never 'my work on always verify'", () => {
		expect(experienceOf("always verify DOB and address").statement).toBe("I always verify DOB and address.");
	});

	it("what a desk of theirs does is said as how it is", () => {
		expect(focusTopic("the booking desk double-books the two trucks").topic?.text).toBe("how the booking desk double-books the two trucks");
	});

	it("a weekday typed short after a call is the day of the call", () => {
		const at = local("2026-12-03T12:00");
		expect(readNextSteps("ray said hed call mon with feedback", { names: ["Kim Lee", "Kim"], context: ["Kim Lee", "Ray Torres"], title: "" }, at, local("2026-12-04T12:00"))?.clause).toBe("I understood Ray would call on Monday 7 December with feedback");
	});

	it("family talk is never offered as where a focus can come from", () => {
		const text = "---\ntype: interview\n---\ngail asked about weekend shifts\ngail's sister-in-law also applied (!!) per ray\n";
		expect(mentionsOf(text, ["Gail"]).map((m) => m.line)).toEqual([4]);
	});
});

describe("whose promise a bare 'she' is (review 220)", () => {
	const steps = { primary_contact: "Hollis, Dwayne", primary_contact_email: "d@x.example", next_steps: "she'll email re 2nd round after the holidays" };
	it("is never the reader's when someone else was in the interview", () => {
		const interview = note({ ...steps, interviewers: ["Hollis, Dwayne", { name: "Maureen Clancy", title: "managing editor" }] });
		const result = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T14:00") });
		expect(result.drafts[0].body).not.toMatch(/you'd email/);
		expect(result.problems.join("\n")).toContain("it does not ask what they are");
	});

	it("is the reader's when they were the only one there", () => {
		const interview = note({ ...steps, interviewers: ["Hollis, Dwayne"] });
		expect(buildDrafts(interview, "next-steps", { settings, now: local("2026-12-04T14:00") }).drafts[0].body).toContain("you'd email about a second round after the holidays");
	});
});
