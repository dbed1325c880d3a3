// What the readings of this stop found (reviews 221 on, and what earlier reviews left), mended in general.
import { describe, expect, it } from "vitest";
import { workedMention } from "../../src/core/body-mentions";
import { buildDrafts, untoldRest } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { cleanName, typedJob } from "../../src/core/people";
import { parseInterview } from "../../src/core/parse";
import { expandShorthand, experienceOf, focusTopic, roleInLetter } from "../../src/core/phrasing";
import { privateRemark } from "../../src/core/private-remarks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Rosa Delgado" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Zed Co", role: "Clerk", interview_start: "2026-12-04T10:00", interview_end: "2026-12-04T10:30", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const at = local("2026-12-04T15:00");
const steps = (text: string, reader: string, others: string[] = []) => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: [reader, ...others], title: "" }, at, local("2026-12-07T12:00"));

describe("a thing that opens on a day", () => {
	it("is said on the day, never 'in January 15'", () => {
		expect(expandShorthand("Spring reg opens jan 15 and last year")).toBe("Spring registration opens on January 15 and last year");
		expect(expandShorthand("due dec 1.")).toBe("due on December 1.");
		expect(expandShorthand("in jan 15")).toBe("on January 15");
		expect(expandShorthand("by jan 15")).toBe("by January 15");
		expect(expandShorthand("opens in march")).toBe("opens in March");
		expect(expandShorthand("in jan 2027")).toBe("in January 2027");
	});

	it("is the topic as the event, not the clause pasted whole (review 219)", () => {
		expect(focusTopic("Spring reg opens jan 15 and last year the site crashed and 300 families registered on paper.", {}).topic?.text).toBe("the spring registration opening on January 15");
		expect(focusTopic("their new store opens in march, needs a full crew", {}).topic?.text).toBe("your new store opening in March");
		expect(focusTopic("the new clinic opens next month", {}).topic?.text).toBe("the new clinic opening next month");
		expect(focusTopic("she opens at 6", {}).topic).toBeNull();
	});
});

describe("a word before a colon, then a sentence of theirs", () => {
	it("is what the sentence is about (review 219)", () => {
		const renewals = focusTopic("renewals: they lost ~200 members last fall", {});
		expect(renewals.topic?.text).toBe("the renewals");
		expect(renewals.leftOut).toEqual(["they lost ~200 members last fall"]);
		expect(focusTopic("scheduling: they double book every sat", {}).topic?.text).toBe("scheduling");
	});

	it("leaves a label of a problem as it was", () => {
		expect(focusTopic("Big problem: they lose bids", {}).topic?.text).toBe("bids");
	});
});

describe("what the user sends about their own work (reviews 221-222)", () => {
	it("never makes a result the user's doing: 'missed promise dates dropped by half'", () => {
		const r = experienceOf("Set up a shared job board w/ sales at Brennan; missed promise dates dropped by half.");
		expect(r.statement).toBe("I set up a shared job board with sales at Brennan, and missed promise dates dropped by half.");
		expect(experienceOf("missed promise dates dropped by half").statement).toBe("Missed promise dates dropped by half.");
		expect(experienceOf("reduced errors by 30%").statement).toBe("I reduced errors by 30%.");
	});

	it("leaves out how someone in the room took it, and tells the user", () => {
		const r = experienceOf("got the 2am angry client scenario right (he said so)");
		expect(r.statement).toBe("I got the 2 a.m. angry client scenario right.");
		expect(r.leftOut).toEqual(["(he said so)"]);
		expect(experienceOf("cut wait times 30% (she liked that) at Kroger").statement).toBe("I cut wait times by 30% at Kroger.");
	});

	it("reads a triage card colour as work, not an immigration status", () => {
		expect(privateRemark("i used the red/yellow/green card system", "highlight")).toBeNull();
		expect(privateRemark("green card triage at intake", "highlight")).toBeNull();
		expect(privateRemark("waiting on my green card", "highlight")).toBe("visa");
		expect(experienceOf("4 yrs at busy urgent care desk, i used the red/yellow/green card system").statement).toBe("I used the red/yellow/green card system for four years at a busy urgent care desk.");
		expect(experienceOf("3 yrs at Kroger, i ran the self checkout").statement).toBe("I ran the self checkout for three years at Kroger.");
	});

	it("says a measure kept under a mark as kept, and a rule after what was made after a colon", () => {
		expect(experienceOf("AR under 35 days").statement).toBe("I kept AR under 35 days.");
		expect(experienceOf("no-shows under 5% at Planet Fitness").statement).toBe("I kept no-shows under 5% at Planet Fitness.");
		expect(experienceOf("handled under 40 calls").statement).toBe("I handled under 40 calls.");
		expect(experienceOf("built a cutoff sheet at Sysco, changes after 2pm roll to next day. complaints dropped by half").statement).not.toContain("Sysco, changes");
	});

	it("writes out a birthday, follow-ups and double bookings", () => {
		expect(focusTopic("no-shows on bday parties", {}).topic?.text).toBe("no-shows on birthday parties");
		expect(experienceOf("scheduled 40+ events/mo for the parks dept w/ zero double books in 2025").statement).toContain("with zero double bookings in 2025");
	});
});

describe("what the user says of the reader's work (reviews 221-222)", () => {
	it("keeps the count after a subject and its verb", () => {
		expect(focusTopic("can i handle 20+ bids/wk in storm season w/o dropping follow ups", {}).topic?.text).toBe("handling more than 20 bids a week in storm season without dropping follow-ups");
		expect(focusTopic("shrink 2.1%", {}).topic?.text).toBe("shrink");
	});

	it("reads lost items as things, not a loss", () => {
		expect(focusTopic("patrons getting upset at the desk over fines + lost items", {}).topic?.text).toContain("over fines and lost items");
		expect(focusTopic("they lost 2 clients over late deliveries", {}).topic?.text).toBe("on-time deliveries");
	});

	it("joins a question of who does what after a comma", () => {
		expect(focusTopic("triage at the desk, who gets walked back first when the lobby is full", {}).topic?.text).toBe("the triage at the desk and who gets walked back first when the lobby is full");
	});

	it("names last-minute changes, and a measure gone up as the work of reducing it", () => {
		expect(focusTopic("standing orders changing last min -> bakers scramble at 3am", {}).topic?.text).toBe("last-minute changes to standing orders");
		expect(focusTopic("their delinquency rate is up, 9% of units past due, auctions are a pain", {}).topic?.text).toBe("reducing the delinquency rate");
	});

	it("tells the rest of a focus without an arrow's head or a trailing plus", () => {
		expect(untoldRest("standing orders changing last min -> bakers scramble at 3am", "the standing orders changing last min", [])).toBe("bakers scramble at 3am");
		expect(untoldRest("underlayment, they lost $$ on 2 jobs last yr bc of missed flashing + ", "underlayment", [])).toBe("they lost $$ on 2 jobs last yr bc of missed flashing");
	});
});

describe("who and what the letters name (reviews 221-222)", () => {
	it("greets a chief officer by name, the post kept as the job", () => {
		expect(cleanName("Chief Ops Officer Dale Rusk")).toBe("Dale Rusk");
		expect(typedJob("Chief Ops Officer Dale Rusk")).toBe("Chief Ops Officer");
		expect(cleanName("Battalion Chief Greg Holloway")).toBe("Battalion Chief Greg Holloway");
		const drafts = buildDrafts(note({ interviewers: ["Chief Ops Officer Dale Rusk <drusk@x.example>", "Chief Dana Wells <dw@x.example>"] }), "thank-you", { settings, now: at }).drafts;
		expect(drafts[0].body.split("\n")[0]).toBe("Hi Dale,");
		expect(drafts[1].body.split("\n")[0]).toBe("Dear Chief Wells,");
	});

	it("keeps a graded title whole and writes out part-time", () => {
		expect(roleInLetter("Library Assistant II - Circulation", "Acme")).toBe("the Library Assistant II (Circulation) role at Acme");
		expect(roleInLetter("Compounding Pharmacist - Veterinary", "Acme")).toBe("the Veterinary Compounding Pharmacist role at Acme");
		expect(roleInLetter("party/event booker PT", "Acme")).toBe("the part-time party/event booker role at Acme");
	});

	it("calls one video call with two people one interview when the start has no time", () => {
		const interview = note({ interview_start: "2026-12-04", interview_end: undefined, format: "video", primary_contact: "ops@zed.example", interviewers: ["Ada Okonkwo", "Sam Whitlock"] });
		const body = buildDrafts(interview, "thank-you", { settings, now: at }).drafts[0].body;
		expect(body).toContain("my video interview ");
		expect(body).not.toContain("interviews");
	});
});

describe("next steps as notes write them (reviews 221-222)", () => {
	it("names who holds a post from the brackets after it", () => {
		expect(steps("hm (dale) to call by fri if moving fwd", "Becca Stone")?.clause).toBe("I understood that, if I moved forward, Dale would call by Friday 11 December");
		expect(steps("hm (dr. ali) to call by fri if moving fwd", "Becca Stone")?.clause).toBe("I understood that, if I moved forward, Dr. Ali would call by Friday 11 December");
		expect(steps("hm (dale) to call by fri if moving fwd", "Dale Ortiz")?.clause).toBe("you mentioned that, if I moved forward, you'd call by Friday 11 December");
		expect(steps("hm (tbd) to call", "Becca Stone")?.clause).toBe("I understood the hiring manager would call");
	});

	it("says a conditional step back in the letters", () => {
		const interview = note({ primary_contact: "Becca Stone <b@x.example>", next_steps: "hm (dale) to call by fri if moving fwd", thank_you_sent: "2026-12-04" });
		const r = buildDrafts(interview, "check-in", { settings, now: local("2026-12-14T12:00") });
		expect(r.drafts[0].body).toContain("Dale would call by Friday");
		expect(r.problems.join("\n")).not.toContain("presume an offer");
	});

	it("leaves out how long until a start, and who has the final say, telling the user", () => {
		const start = steps("becca says they decide by next wk, 2-3 wks tops til start", "Becca Stone");
		expect(start?.clause).toBe("you mentioned a decision would come by the week of 7 December");
		expect(start?.leftOut).toEqual(["2-3 wks tops til start"]);
		const say = steps("pam said: decision next wk, dale has final say", "Pam Ortiz");
		expect(say?.clause).toBe("you mentioned a decision was expected in the week of 7 December");
		expect(say?.unsaid).toEqual(["dale has final say"]);
	});

	it("says the next steps alone when a decision typed as words cannot be said with them", () => {
		const interview = note({ primary_contact: "Jerome Price <jp@x.example>", interviewers: ["Linda Moss", { name: "Jerome Price", title: "general mgr" }], next_steps: "jerome: we'll be in touch after the holidays", decision_expected: "mid jan", thank_you_sent: "2026-12-04" });
		const r = buildDrafts(interview, "check-in", { settings, now: local("2027-01-04T12:00") });
		expect(r.drafts[0].body).toContain("you mentioned you'd be in touch after the holidays");
		expect(r.problems.join("\n")).toContain("decision expected mid jan");
	});
});

describe("reviews 223-224: what the user says of their own work", () => {
	it("says a result after a dash's count, a record of none with 'with', and drops a label", () => {
		expect(experienceOf("Rebuilt the weekend roster at Northside Pantry - 120 regulars, no-show rate down to 12%.").statement).toBe("I rebuilt the weekend roster at Northside Pantry (120 regulars), cutting the no-show rate to 12%.");
		expect(experienceOf("kept the daily fuel reconciliation at Bayside Yacht Club, zero variance findings in the 2025 audit").statement).toBe("I kept the daily fuel reconciliation at Bayside Yacht Club, with zero variance findings in the 2025 audit.");
		expect(experienceOf("result: got renewals to 92% by Jan 15").statement).toBe("I got renewals to 92% by Jan 15.");
		expect(experienceOf("result: renewals 92% by Jan 15 last yr").reference).toBeNull();
	});

	it("writes out patients counted by the week, and a day-long turnaround with its article", () => {
		expect(experienceOf("verified ortho benefits for ~40 pts/wk w/ Delta & MetLife").statement).toBe("I verified ortho benefits for about 40 patients a week with Delta & MetLife.");
		expect(experienceOf("chased proofs by text not just email\n2 day avg turnaround on approvals").statement).toContain("I also delivered a 2-day average turnaround on approvals.");
	});
});

describe("reviews 223-224: what the user says of the reader's work", () => {
	it("reads an 'un-…-ed' word as what a thing is", () => {
		expect(focusTopic("unlimited wash club signups", {}).topic?.text).toBe("unlimited wash club signups");
		expect(experienceOf("unloaded 40 trucks a day").statement).toBe("I unloaded 40 trucks a day.");
	});

	it("takes a stressed word as the topic, and never a clause of 'them'", () => {
		expect(focusTopic("waivers!! ppl show up w/o them -> line backs up", {}).topic?.text).toBe("the waivers");
		expect(focusTopic("ppl show up w/o them", {}).topic).toBeNull();
		expect(focusTopic("customers show up without paperwork", {}).topic?.text).toBe("the customers showing up without paperwork");
	});

	it("says what someone wants stopped as how it can be", () => {
		expect(focusTopic("She wants the office to stop losing adult learners between application and registration.", {}).topic?.text).toBe("how the office can stop losing adult learners between application and registration");
		expect(focusTopic("he wants the team to own testing", {}).topic?.text).toBe("the team owning testing");
	});
});

describe("reviews 223-224: next steps", () => {
	it("never makes what someone wants the user's: 'wants someone before jan 1'", () => {
		expect(steps("rob said 1-2 wks, wants someone before jan 1", "Rob Castellano")?.clause).toBe("you mentioned I'd hear back within 1 to 2 weeks of our interview, and that you'd like someone to start before Friday 1 January 2027");
		expect(steps("rob said 1-2 wks, wants someone before jan 1", "Amy Lee", ["Rob Castellano"])?.clause).not.toContain("I'd would");
	});

	it("says a busy season as what a time allows for, and reads the client's decision", () => {
		expect(steps("renee said decision in 2-3 wks, holiday rush", "Renee Park")?.clause).toBe("you mentioned a decision was expected within 2 to 3 weeks of our interview, allowing for the holiday rush");
		expect(steps("client decides 2-3 wks per nicole", "Nicole Adams")?.clause).toBe("you mentioned the client would decide within 2 to 3 weeks of our interview");
	});

	it("never names a day for a span typed as the decision", () => {
		const interview = note({ primary_contact: "Nicole Adams - Staffwise <n@staffwise.example>", interviewers: ["Greg Lawson <g@x.example>"], next_steps: "client decides 2-3 wks per nicole", decision_expected: "2-3 wks", thank_you_sent: "2026-12-04" });
		for (const kind of ["check-in", "next-steps"] as const) {
			const body = buildDrafts(interview, kind, { settings, now: local("2026-12-28T12:00") }).drafts[0].body;
			expect(body).not.toMatch(/December 2[45]|24 December|25 December/);
			expect(body).toContain("within 2 to 3 weeks");
		}
	});

	it("never presumes a step the note only hoped for", () => {
		const maybe = buildDrafts(note({ primary_contact: "Kim Tran <k@x.example>", next_steps: "maybe 2nd round w/ dean next wk" }), "next-steps", { settings, now: local("2026-12-05T12:00") }).drafts[0].body;
		expect(maybe).not.toContain("is there anything I should prepare for it");
		const ifSo = buildDrafts(note({ primary_contact: "Kim Tran <k@x.example>", next_steps: "store mgr interview if moving fwd, kim to text me by mon" }), "next-steps", { settings, now: local("2026-12-05T12:00") }).drafts[0].body;
		expect(ifSo).toContain("If I'm invited to the store manager interview, is there anything that would help me prepare?");
	});
});

describe("reviews 223-224, more", () => {
	it("drops a rate with the figures a card leaves out", () => {
		const card = buildDrafts(note({ interviewers: [{ name: "Ken Ward", email: "k@x.example", highlight: "cut missed install appts from 11 to 2 a month at Copy Hut" }], thank_you_sent: "2026-12-04" }), "handwritten-note", { settings, now: local("2026-12-05T12:00") }).drafts[0].body;
		expect(card).not.toContain("appointments a month");
		expect(card).toContain("how I cut missed install appointments");
	});

	it("says the language someone is bilingual in, and asks for capitals of a line that starts with what was done", () => {
		expect(experienceOf("bilingual (spanish)").statement).toBe("I'm bilingual in Spanish.");
		expect(experienceOf("bilingual (conv. only)").leftOut).toEqual(["(conv. only)"]);
		const r = buildDrafts(note({ interviewers: [{ name: "Kim Tran", email: "k@x.example", highlight: ["walked 30+ families thru FAFSA nights at lincoln hs", "bilingual (spanish)"] }] }), "thank-you", { settings, now: at });
		expect(r.problems.join("\n")).toContain("Write the names in it with their capitals and its shorthand in full");
		expect(r.drafts[0].body).toContain("bilingual in Spanish");
	});

	it("names a measure gone the wrong way as the work of setting it right, whatever its capital", () => {
		expect(focusTopic("Their turnaround is slipping - bags promised next day are going out in 2 days", {}).topic?.text).toBe("getting the turnaround back on track");
		expect(focusTopic("Their delinquency rate is up", {}).topic?.text).toBe("reducing the delinquency rate");
	});

	it("never thanks for seeing the user on a card after a video call, and writes a weekday with its capital", () => {
		for (const name of ["Renee Park", "Ana Diaz", "Bo Chen", "Lee Moss", "Ida Ruiz", "Tom Hale"]) {
			const interview = note({ format: "zoom", company: `${name} Co`, interviewers: [{ name, email: "r@x.example", focus: "saturday no-shows" }], thank_you_sent: "2026-12-04" });
			const card = buildDrafts(interview, "handwritten-note", { settings, now: local("2026-12-05T12:00") }).drafts[0].body;
			expect(card).not.toMatch(/seeing me|see me/);
			expect(card).toContain("Saturday no-shows");
		}
	});
});

describe("reviews 225-226", () => {
	it("thanks someone who hardly spoke once, never twice over", () => {
		for (const nextSteps of [undefined, "hr to call by fri"]) {
			const interview = note({ next_steps: nextSteps, interviewers: ["Owen Fitch <owen@x.example>", "Marisol Vega <m@x.example>", "Tasha Reed <t@x.example>", "Priya Shah <p@x.example>"] });
			const r = buildDrafts(interview, "thank-you", { settings, now: at, noteText: "---\n---\nowen = marketing, barely talked, on laptop the whole time\n" });
			const toOwen = r.drafts.find((d) => d.to.some((t) => t.name === "Owen Fitch"))!.body;
			expect(toOwen.match(/taking part in the interview|good to have you in the interview/g)?.length ?? 0).toBeLessThanOrEqual(1);
			expect(toOwen).not.toMatch(/conversation|What I heard|plenty to think about/);
		}
	});

	it("reads what sits empty after 'but' as the point", () => {
		expect(focusTopic("Their 2027 Saturdays are 80% booked but Fridays and Sundays sit empty.", {}).topic?.text).toBe("filling Fridays and Sundays");
	});

	it("writes out 'whos', Saturdays counted, 'upsold', 'recept' and a goal of the user's", () => {
		expect(focusTopic("how i'd handle a customer whos mad their \"30 min\" rotation took 2 hrs", {}).topic?.text).toBe("how I'd handle a customer who's mad");
		expect(experienceOf("covered 6 sat's straight during the first snow").statement).toBe("I covered 6 Saturdays straight during the first snow.");
		expect(experienceOf("upsold shock + algaecide bundles at Leslie's, hit 130% of add-on goal 3 months straight").statement).toBe("I upsold shock and algaecide bundles at Leslie's and hit 130% of my add-on goal 3 months straight.");
		expect(roleInLetter("recept / front dsk PT", "Acme")).toBe("the part-time receptionist role at Acme");
	});

	it("tells no trial of the work for a trial day at another place", () => {
		expect(workedMention("---\n---\nthey use Capitan for checkin, i know it from boulder barn trial day\n")).toBeNull();
		expect(workedMention("---\n---\n3.5 hr trial shift, saute stn\n")?.line).toBe(3);
	});

	it("calls one phone call with two people a call, whatever the end's missing time", () => {
		const interview = note({ interview_start: "2026-12-04T08:30", interview_end: "2026-12-04", format: "phone", primary_contact: "Jenna Park <j@x.example>", interviewers: ["Mike Stone", "Tony Reyes"] });
		const body = buildDrafts(interview, "next-steps", { settings, now: at }).drafts[0].body;
		expect(body).not.toMatch(/my calls|The day/);
	});

	it("quotes a part the note quoted once", () => {
		const interview = note({ primary_contact: "Jenna Park <j@x.example>", next_steps: 'mike said "we\'ll let jenna know"' });
		const problems = buildDrafts(interview, "next-steps", { settings, now: at }).problems.join("\n");
		expect(problems).not.toContain('""');
	});
});

describe("reviews 227-228", () => {
	it("says a time someone was quoted as giving as when they would be in touch", () => {
		expect(steps('amy said "end of next week prob"', "Amy Kessler")?.clause).toBe("you mentioned you'd be in touch, probably by Friday 11 December");
		expect(steps('amy said "soon"', "Amy Kessler")?.clause).toBe("you mentioned you'd be in touch soon");
	});

	it("names a place that decides with its article, and says what is relayed or passed on", () => {
		expect(steps("carla said club decides early next wk", "Carla Diaz")?.clause).toBe("you mentioned the club would decide early in the week of 7 December");
		expect(steps("agency (tasha) to relay, 2-3 wks", "Tasha Lee")?.clause).toBe("you mentioned you'd pass the news on, and that I'd hear back within 2 to 3 weeks of our interview");
		expect(steps("she'll pass to shop mgr -> in person w/ Dale prob next wk", "Tasha Lee")?.clause).toContain("you'd pass my details on to the shop manager");
	});

	it("tells whether a step is paid rather than saying it", () => {
		const r = steps("2nd round = working shift sat 12/12, paid", "Tasha Lee");
		expect(r?.clause).toBe("I understood the second round would be a working shift on Saturday 12 December");
		expect(r?.unsaid).toEqual(["paid"]);
	});

	it("knows 'jen w' with an address and 'jen walsh' on the panel as one person", () => {
		const drafts = buildDrafts(note({ primary_contact: "jen w", primary_contact_email: "jwalsh@o.example", interviewers: ["jen walsh", "Raymond Oduya (chief ops)", "Lee <lee.fong@o.example>"] }), "thank-you", { settings, now: at }).drafts;
		const toJen = drafts.find((d) => d.to.some((t) => t.email === "jwalsh@o.example"))!;
		expect(toJen.to[0].name).toBe("Jen Walsh");
		expect(toJen.body).not.toContain("thanks on to Jen Walsh");
	});

	it("writes out memberships, shortness of breath, verification, a receptionist and a plus between jobs", () => {
		expect(experienceOf("sold 40 mug club memb in 1 qtr").statement).toBe("I sold 40 mug club memberships in 1 quarter.");
		expect(focusTopic("flagging chest pain / sob at the window", {}).topic?.text).toBe("flagging chest pain and shortness of breath at the window");
		expect(focusTopic("insurance verif errors -> denials", {}).topic?.text).toBe("insurance verification errors");
		expect(roleInLetter("front desk / recep (eves+wknds)", "Acme")).toBe("the front desk/receptionist role at Acme");
		expect(roleInLetter("catering sales + event office asst", "Acme")).toBe("the catering sales and event office assistant role at Acme");
	});

	it("never works on a rate's figure, and keeps the time of a share a card leaves out", () => {
		expect(experienceOf("filed ~40 warranty claims/mo at Pedal Republic\napproval rate 92%").more.join(" ")).not.toContain("worked on the approval rate");
		const card = buildDrafts(note({ interviewers: [{ name: "Hollis Ward", email: "h@x.example", highlight: "Grew e-bike service revenue 30% in a year." }], thank_you_sent: "2026-12-04" }), "handwritten-note", { settings, now: local("2026-12-05T12:00") }).drafts[0].body;
		expect(card).not.toContain("revenue in a year");
	});
});

describe("reviews 229-230", () => {
	it("greets someone by the short first name the link shows", () => {
		const drafts = buildDrafts(note({ interviewers: [{ name: "[[Raymond Castillo|Ray]]", email: "ray@x.example" }] }), "thank-you", { settings, now: at }).drafts;
		expect(drafts[0].body.split("\n")[0]).toBe("Hi Ray,");
	});

	it("says an average that went up as the user's, and a second duty in -ing as part of the role", () => {
		expect(experienceOf("avg ticket up 18% after i started bundling pad + install").statement).toBe("My average ticket rose 18% after I started bundling pad and install.");
		expect(roleInLetter("front desk / scheduling", "Acme")).toBe("the front desk and scheduling role at Acme");
	});

	it("thanks someone who hardly spoke without the host's line", () => {
		const interview = note({ interviewers: ["Ruth Lane <r@x.example>", "Ana Okoro <a@x.example>", "Bo Chen <b@x.example>"] });
		const body = buildDrafts(interview, "thank-you", { settings, now: at, noteText: "---\n---\nruth (hr) barely said anything\n" }).drafts.find((d) => d.to.some((t) => t.name === "Ruth Lane"))!.body;
		expect(body).not.toContain("good to have you in the interview");
	});
});
