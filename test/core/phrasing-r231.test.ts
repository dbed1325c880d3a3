// What the readings of this stop found (reviews 231 on), mended in general.
import { describe, expect, it } from "vitest";
import { forUserOnly, matteredLines, rivalMention, spokeWithMention } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { inviteText } from "../../src/core/letters";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { greetingName, splitPeopleText } from "../../src/core/people";
import { expandShorthand, experienceOf, focusTopic, roleInLetter } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { headNames, readMattered } from "../../src/core/what-mattered";
import { shorthandSentences } from "../../src/core/from-notes";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Erin Walsh" };
const at = local("2026-12-03T15:00");
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Summit Physical Therapy", role: "Patient scheduling coordinator", interview_start: "2026-12-03T08:15", interview_end: "2026-12-03T09:00", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};

/** A note as users write it from the template: the people on one line, what mattered to each in the section the template gives. */
const SUMMIT = `---
type: interview
---

# summit pt - scheduling coord

onsite, tiny front office, phones ringing the whole time

## Who I met
- mike tran front desk lead, would be my boss day to day
- kelsey - office mgr, she set it up

## What mattered to each of them
- dr rao: no-shows ~15%, wants reminder calls + waitlist backfill. i did that at Bayview Ortho, got no-shows from 14 to 8%
- mike: insurance auths. they lose visits when auth runs out mid plan of care. told him abt my auth tracker spreadsheet (visits left per pt, flags at 2)
- kelsey: WebPT. ive used it 2 yrs

## private
- jo: pay 21/hr, asked for 23

## Next steps
dr rao meeting 2 more ppl, then decides
`;
const people = "Dr. Anjali Rao <arao@summitpt.example>, Mike Tran <mtran@summitpt.example>, Kelsey Boyd <kboyd@summitpt.example>";

describe("what mattered to each person, as the template's section says it", () => {
	it("reads the lines that open with a name, in that section only", () => {
		const lines = matteredLines(SUMMIT);
		expect(lines.map((l) => [l.line, l.head])).toEqual([
			[14, "dr rao"],
			[15, "mike"],
			[16, "kelsey"],
		]);
		expect(lines[2].rest).toBe("WebPT. ive used it 2 yrs");
	});

	it("reads a post in brackets after the name, and a name followed by what they cared about", () => {
		const lines = matteredLines("---\n---\n## What mattered\n- Dana (HM): owning the schedule\n- luis cares about remeasures\n- dr rao big on no-shows\n- Safety first: always\n");
		expect(lines.map((l) => [l.head, l.rest])).toEqual([
			["Dana", "owning the schedule"],
			["luis", "remeasures"],
			["dr rao", "no-shows"],
			["Safety first", "always"],
		]);
	});

	it("is the person's focus, and the user's own part their highlight", () => {
		expect(readMattered("insurance auths. they lose visits when auth runs out mid plan of care. told him abt my auth tracker spreadsheet (visits left per pt, flags at 2)")).toEqual({
			focus: "insurance auths. they lose visits when auth runs out mid plan of care",
			highlight: "my auth tracker spreadsheet (visits left per pt, flags at 2)",
		});
		expect(readMattered("WebPT. ive used it 2 yrs")).toEqual({ focus: "WebPT", highlight: "I've used WebPT for 2 yrs" });
		expect(readMattered("proofs sit in inbox for days. i said i text customers")).toEqual({ focus: "proofs sit in inbox for days", highlight: "I text customers" });
		expect(readMattered("staffing ratios")).toEqual({ focus: "staffing ratios" });
	});

	it("never reads how the user thought it went into either", () => {
		expect(readMattered("ID parts w/o model #. i did the yamaha impeller thing off the shelf, he liked it")).toEqual({ focus: "ID parts w/o model number", highlight: "I did the yamaha impeller thing off the shelf" });
		expect(readMattered("deposits not collected on custom work. 94% deposit collection at copy hut (she liked the number)")).toEqual({ focus: "deposits not collected on custom work" });
		expect(readMattered("lending backlog since the outage, ~400 reqs. he looked relieved at my 600 story").highlight).toBeUndefined();
		// "i did that": the focus said again is nothing a letter can lean on.
		expect(readMattered("no-shows ~15%. i did that at Bayview Ortho").highlight).toBeUndefined();
	});

	it("reads nothing private, no fault of theirs and no view of the person; a first sentence of that kind takes the focus with it", () => {
		expect(readMattered("cleaning. they use rescue not bleach. 2 ppl quit bc of the rotation (!!)", forUserOnly)).toEqual({ focus: "cleaning. they use rescue not bleach" });
		expect(readMattered("sample wall chaos. showed pics of our library", forUserOnly)).toEqual({});
		expect(readMattered("remeasures killing them. told him abt my laser log", forUserOnly)).toEqual({ highlight: "my laser log" });
		expect(readMattered("numbers ppl. 30 appts/wk, avg ticket", forUserOnly)).toEqual({});
		expect(readMattered("weekend coverage. pay is 21/hr", forUserOnly)).toEqual({ focus: "weekend coverage" });
		// (Review 232: "their freelancer db is a mess …" to the one whose database it is; the user's own part still reads.)
		expect(readMattered('their freelancer db is a mess, 600 ppl in a spreadsheet. told her abt the vendor scorecard i built at wordsmith', forUserOnly)).toEqual({ highlight: "the vendor scorecard i built at wordsmith" });
		expect(readMattered("boarders not paying on time. she hates chasing ppl. told her abt autopay setup i did at the dog daycare", forUserOnly)).toEqual({ focus: "boarders not paying on time", highlight: "autopay setup i did at the dog daycare" });
		// A line where the user doubts their own answer is theirs to put right.
		expect(readMattered("JP IFUs, whether i know ISO 13485 (sort of... bluffed a bit)", forUserOnly)).toEqual({});
		expect(readMattered("warranty claims kicked back bc RO notes are garbage (his words)", forUserOnly)).toEqual({});
	});

	it("reads past sentences of the user's notes to the part that is theirs, after an arrow too (reviews 231-232)", () => {
		expect(readMattered("debark day = 4,000+ pax off by 10am. how do i keep a line calm. i told her abt my gate agent yrs at FLL", forUserOnly).highlight).toBe("my gate agent yrs at FLL");
		expect(readMattered("can i do sat sales 1x/mo → told her yes, 3 yrs at the enterprise sales desk", forUserOnly).highlight).toBe("3 yrs at the enterprise sales desk");
		expect(readMattered("trng new hires, wants sop docs. me → wrote 40pg sop at united", forUserOnly).highlight).toBe("I wrote 40pg sop at united");
		expect(readMattered("spanish at the desk. i speak spanish fluent", forUserOnly).highlight).toBe("I speak spanish fluently");
	});

	it("splits sentences, never at a title's full stop", () => {
		expect(shorthandSentences("works w/ dr. rao on intake. told her abt my log")).toEqual(["works w/ dr. rao on intake.", "told her abt my log"]);
		expect(shorthandSentences("approx. 40 cases/day, e.g. crowns; told him abt prof. lee's course")).toEqual(["approx. 40 cases/day, e.g. crowns;", "told him abt prof. lee's course"]);
		expect(shorthandSentences("cares abt deadlines. I said we shipped on time!! ok")).toEqual(["cares abt deadlines.", "I said we shipped on time!!", "ok"]);
	});

	it("knows a head's titles by the people's own list", () => {
		expect(headNames("dr rao")).toEqual(["rao"]);
		expect(headNames("Sgt. Diaz")).toEqual(["diaz"]);
		expect(headNames("officer diaz")).toEqual(["diaz"]);
		expect(headNames("Chef Ana's")).toEqual(["ana"]);
		expect(headNames("dr W")).toEqual([]);
	});

	it("writes the thank-you from it, and tells the user which line it came from", () => {
		const r = buildDrafts(note({ interviewers: people }), "thank-you", { settings, now: at, noteText: SUMMIT });
		const kelsey = r.drafts.find((d) => d.to[0].name === "Kelsey Boyd")!.body;
		expect(kelsey).toContain("I've used WebPT for 2 years");
		const mike = r.drafts.find((d) => d.to[0].name === "Mike Tran")!.body;
		expect(mike).toMatch(/insurance auth/i);
		expect(mike).toContain("my auth tracker spreadsheet");
		expect(r.problems.join("\n")).toContain('The drafts take what mattered to Kelsey Boyd from your notes on line 16 ("kelsey: WebPT. ive used it 2 yrs")');
		// None of them is called a general one any more.
		expect(r.problems.join("\n")).not.toMatch(/general one/);
		for (const d of r.drafts) expect(d.body).not.toMatch(/21\/hr|liked|ive used|Bayview/);
	});

	it("gives a card its topic too", () => {
		const r = buildDrafts(note({ interviewers: people }), "handwritten-note", { settings, now: at, noteText: SUMMIT });
		expect(r.drafts.find((d) => d.to[0].name === "Mike Tran")!.body).toMatch(/insurance auth/i);
	});

	it("leaves the person's own focus and highlight as they are", () => {
		const interview = note({ interviewers: [{ name: "Kelsey Boyd", email: "kboyd@summitpt.example", focus: "the front desk handoff at 4" }] });
		const r = buildDrafts(interview, "thank-you", { settings, now: at, noteText: SUMMIT });
		expect(r.drafts[0].body).not.toContain("WebPT");
		expect(r.drafts[0].body).toContain("handoff");
		expect(r.problems.join("\n")).not.toContain("The drafts take what mattered");
	});

	it("takes no line whose name is two people's, nor a line outside the section", () => {
		const two = note({ interviewers: "Mike Tran <mtran@x.example>, Mike Ochoa <mochoa@x.example>" });
		const r = buildDrafts(two, "thank-you", { settings, now: at, noteText: SUMMIT });
		for (const d of r.drafts) expect(d.body).not.toMatch(/insurance/i);
		const outside = SUMMIT.replace("## What mattered to each of them", "## Notes");
		const r2 = buildDrafts(note({ interviewers: people }), "thank-you", { settings, now: at, noteText: outside });
		for (const d of r2.drafts) expect(d.body).not.toMatch(/WebPT|insurance/i);
		expect(r2.problems.join("\n")).toMatch(/general ones/);
	});
});

describe("a line of what mattered that is not read", () => {
	const LINGUA = `---
type: interview
---
## Who I met
- astrid - vendor mgr, ran it

## What mattered to each of them
- astrid: their freelancer db is a mess, 600 ppl in a spreadsheet. pay is 52k
- jw: rush jobs on fridays. told him abt my 2-deep bench
`;
	it("is named as the line that says it, and why, never as a note that says nothing (review 232)", () => {
		const r = buildDrafts(note({ interviewers: "Astrid Nyberg <astrid@x.example>, Jamie Wong <jw@x.example>" }), "thank-you", { settings, now: at, noteText: LINGUA });
		const said = r.problems.join("\n");
		expect(said).toContain('nothing the note says of what mattered to them could be used as written');
		expect(said).toContain('Astrid on line 8, under "What mattered", which holds something for your eyes only');
		expect(said).not.toContain("52k");
		// ("jw:" is Jamie Wong's line: initials head it, review 231.)
		expect(r.drafts.find((d) => d.to[0].name === "Jamie Wong")!.body).toContain("2-deep bench");
	});

	it("tells the user only under the drafts that speak of it", () => {
		const steps = buildDrafts(note({ interviewers: "Jamie Wong <jw@x.example>", primary_contact: "Jamie Wong", primary_contact_email: "jw@x.example" }), "next-steps", { settings, now: at, noteText: LINGUA });
		expect(steps.problems.join("\n")).not.toContain("The drafts take what mattered");
		const card = buildDrafts(note({ interviewers: "Jamie Wong <jw@x.example>" }), "handwritten-note", { settings, now: at, noteText: LINGUA });
		expect(card.problems.join("\n")).toContain("The drafts take what mattered to Jamie Wong");
	});
});

describe("what reviews 231-232 found beside it", () => {
	it("keeps words in quotation marks as they were said", () => {
		expect(experienceOf('the vendor scorecard i built at wordsmith, cut our "who do we even ask" time a lot').reference).toContain('"who do we even ask"');
	});

	it("says a post named by its kind of work with the rest in brackets, a rank's post with 'of'", () => {
		expect(roleInLetter("Project Manager, Life Sciences", "Polyglot")).toBe("the Project Manager (Life Sciences) role at Polyglot");
		expect(roleInLetter("Assistant Director, Education Abroad", "Acme")).toBe("the Assistant Director of Education Abroad role at Acme");
	});

	it("never calls an employer's client-care post a client", () => {
		const interview = note({ interviewers: [{ name: "Dr. Alicia Freeman", email: "af@brightpath.example", title: "Director of Client Operations" }] });
		expect(buildDrafts(interview, "thank-you", { settings, now: at }).problems.join("\n")).not.toMatch(/employer's client/);
		const client = note({ interviewers: [{ name: "Ann Poe", email: "ap@x.example", title: "Director of Music, St Mark's (client)" }] });
		expect(buildDrafts(client, "thank-you", { settings, now: at }).problems.join("\n")).toMatch(/employer's client/);
	});

	it("reads a recruiter-only call as the recruiter's own conversation", () => {
		expect(spokeWithMention("---\n---\nrecruiter only, carla (TA). 25 min\n", ["Carla", "Mendez"])?.line).toBe(3);
	});

	it("writes a language, and a common place after '@', as they are written", () => {
		expect(focusTopic("spanish + creole at the desk", {}).topic?.text).toBe("Spanish and Creole at the desk");
		expect(experienceOf("daily parts callback list @ dealer").reference).toBe("my work on the daily parts callback list at the dealer");
	});

	it("says a farm that decides as the farm", () => {
		expect(readNextSteps('jess said farm decides "end of next week"', { names: ["Jess Moore", "Jess"], context: ["Jess Moore"], title: "" }, at, local("2026-12-04T12:00"))?.clause).toContain("the farm would decide");
	});
});

describe("what reviews 233-234 found", () => {
	it("makes no greeting of the parts of a line of names kept as one (review 233: 'Dear Dr. Marta')", () => {
		expect(splitPeopleText("Dr. Ingrid Vasquez (Director of Studies), Kessler, Marta")).toEqual(["Dr. Ingrid Vasquez (Director of Studies), Kessler, Marta"]);
		expect(greetingName("Dr. Ingrid Vasquez (Director of Studies), Kessler, Marta")).toBe("");
		expect(greetingName("Kessler, Marta")).toBe("Marta");
		expect(greetingName("Dr. Ingrid Vasquez")).toBe("Dr. Vasquez");
	});

	it("never makes the way complaints come what they are about", () => {
		expect(focusTopic("customer complaints on the phone, how i handle a bride yelling", {}).topic?.text).toBe("customer complaints on the phone");
		expect(focusTopic("complaints about weekend programming", {}).topic?.text).toBe("weekend programming");
		expect(readMattered("phones. 2 lines, rings out", forUserOnly).focus).toBe("covering the phones");
	});

	it("says what they have waiting with its subject (review 231)", () => {
		const r = focusTopic('they have ~300 titles stuck in "title pending" at any time and arbitration keeps blowing up over it', {});
		expect(r.topic?.text).toBe('the titles stuck in "title pending"');
		expect(r.leftOut).toEqual(["arbitration keeps blowing up over it"]);
		expect(focusTopic("sale day wed AM rush", {}).topic?.text).toBe("the sale day Wednesday morning rush");
	});

	it("keeps a race a race, and a thing branded by someone a thing (review 234)", () => {
		expect(experienceOf("cut no-shows at the 5k from 22% to 6% w/ text reminders").statement).toContain("at the 5K from 22%");
		expect(experienceOf("raised 5k for the food bank").statement).toContain("5,000");
		expect(experienceOf("sponsor-branded volunteer tees -> sponsor renewed for 3 yrs").statement).toBeNull();
		expect(experienceOf("co-led the volunteer training").statement).toBe("I co-led the volunteer training.");
		expect(experienceOf("got our quote-to-booking rate from 22% to 35% in one season").statement).toContain("my team's quote-to-booking rate");
	});

	it("reads the user's own part after an arrow or a comma, and stress marks as nothing (review 234)", () => {
		expect(readMattered("wknd crowd, 18+ after 9 -> ID chk, i did door @ venue, 0 write ups", forUserOnly).highlight).toBe("I did door @ venue, 0 write ups");
		expect(readMattered("POS (square), new as of oct -> used square at the coffee shop 2 yrs", forUserOnly).highlight).toBe("I used square at the coffee shop for 2 yrs");
		expect(readMattered("weekend availability!! told her abt my 2 yrs at the catering co", forUserOnly)).toEqual({ focus: "weekend availability", highlight: "my 2 yrs at the catering co" });
	});

	it("never names the one who passed on gossip as the one who wanted the role (review 232)", () => {
		const t = "---\n---\n- paul - box office lead, would report to me?? awkward, he applied for this job too (per bree)\n";
		expect(rivalMention(t, ["Bree", "Castellano"])).toBeNull();
		expect(rivalMention(t, ["Paul", "Ng"])?.line).toBe(3);
	});
});

describe("a LinkedIn note that opens 'Dear' (review 231)", () => {
	it("keeps the register of its greeting, and the casual wording only when asked for", () => {
		for (let index = 0; index < 14; index++) {
			const facts = { hello: "Dear Dr. Freeman", when: "yesterday", topic: null, theRole: "the scheduler role at BrightPath", index, seed: index * 7 };
			expect(inviteText(facts)).not.toContain("Dear Dr. Freeman, thanks");
			expect(inviteText({ ...facts, hello: "Hi Ray" }, true)).not.toContain("thank you for your time");
		}
	});
});

describe("what reviews 235-236 found", () => {
	it("never reads what the user lacks, or their life, as their highlight (review 236)", () => {
		expect(readMattered("turnaround, cases logged in the LMS within 1 hr. i havent used labstar, used dentrix + a custom one", forUserOnly)).toEqual({ focus: "turnaround, cases logged in the LMS within 1 hr" });
		expect(readMattered("weekends are their busy days. i said im in grad school locally til 2028 so not going anywhere", forUserOnly).highlight).toBeUndefined();
		expect(readMattered("fleet turnover sat am. i can lift 70lb", forUserOnly).highlight).toBeUndefined();
		expect(readMattered("fleet turnover sat am. i did kayak rack loads at camp", forUserOnly).highlight).toBe("I did kayak rack loads at camp");
	});

	it("finds the one titled person a title and an initial name ('dr k:')", () => {
		const text = "---\n---\n## What mattered to each of them\n- dr k: remakes. told her abt the intake checklist i made at bright smile ortho, call the office same day if shade missing\n";
		const r = buildDrafts(note({ interviewers: "Dr. Anita Kowalczyk <ak@lab.example>, Greg Tomlin <gt@lab.example>" }), "thank-you", { settings, now: at, noteText: text });
		expect(r.drafts.find((d) => d.to[0].name === "Dr. Anita Kowalczyk")!.body).toContain("the intake checklist I made at");
		expect(r.drafts.find((d) => d.to[0].name === "Greg Tomlin")!.body).not.toContain("intake checklist");
	});

	it("keeps a verb's particle with it ('set up'), and gives no article to a group that runs on (review 235)", () => {
		expect(experienceOf("set up auto waitlist emails at the Y").statement).toBe("I set up auto waitlist emails at the Y.");
		expect(experienceOf("set up automatic waitlist").statement).toBe("I set up an automatic waitlist.");
		expect(experienceOf("built PBC tracker").statement).toBe("I built a PBC tracker.");
		expect(experienceOf("rebuilt onboarding playbook").statement).toBe("I rebuilt the onboarding playbook.");
	});

	it("refuses service, never 'the service', and says how many times in words (review 236)", () => {
		expect(experienceOf("refused service 2x on a busy saturday without a scene").statement).toBe("I refused service twice on a busy Saturday without a scene.");
		expect(expandShorthand("parents calling 5x abt the same waitlist spot")).toBe("parents calling five times about the same waitlist spot");
		expect(expandShorthand("2x4 framing")).toBe("2x4 framing");
	});
});

describe("what reviews 237-238 found", () => {
	it("reads the user's 'i'd built' as the past, and never what the reader said of it", () => {
		expect(readMattered('gift certificates. told her i\'d built a google sheet tracker w/ expiry alerts at whale watch -> she literally said "when can you start"', forUserOnly).highlight).toBe("I built a google sheet tracker w/ expiry alerts at whale watch");
	});

	it("never reads the user's family as their highlight (review 238)", () => {
		expect(readMattered("families at pickup. i told him abt my grandma + the memory care front desk job", forUserOnly)).toEqual({ focus: "families at pickup" });
	});

	it("says a doing with its object without an article (review 237)", () => {
		expect(focusTopic("training new ppl on slippery fabrics + not cutting off-grain", {}).topic?.text).toBe("training new people on slippery fabrics and not cutting off-grain");
		expect(focusTopic("the training schedule", {}).topic?.text).toBe("the training schedule");
	});

	it("never makes a sentence of what something did a thing worked on (review 238)", () => {
		const r = experienceOf("Reminder texts + deposit policy at the climbing gym cut no-shows from 15% to 4%.");
		expect(r.reference).toBeNull();
		expect(r.leftOut.length).toBeGreaterThan(0);
		expect(experienceOf("my work on the schedule").reference).toBe("my work on the schedule");
	});

	it("says the other way of hearing back in words (review 237)", () => {
		expect(readNextSteps("tom to call by fri if moving fwd, else email", { names: ["Marisol Vega", "Marisol"], context: ["Marisol Vega", "Tom Pruitt"], title: "" }, local("2026-12-03T12:00"), local("2026-12-07T12:00"))?.clause).toContain("Tom would call by Friday 4 December, or email if not");
	});
});

describe("what reviews 239-240 found", () => {
	it("greets 'Br. Tariq Hussain' as Brother Tariq, never 'Hi Br.' (review 240)", () => {
		expect(greetingName("Br. Tariq Hussain")).toBe("Brother Tariq");
		expect(greetingName("Br Tariq Hussain")).toBe("Brother Tariq");
		expect(greetingName("Sr. Margaret Doyle")).toBe("Sister Margaret");
		expect(greetingName("Brian Lee")).toBe("Brian");
	});

	it("says what a thing means for another as the thing, the rest told (review 240)", () => {
		const r = focusTopic("late checkouts from the 12-bed dorms mean beds aren't made by 3pm check in", {});
		expect(r.topic?.text).toBe("late checkouts from the 12-bed dorms");
		expect(r.leftOut).toEqual(["beds aren't made by 3pm check in"]);
		expect(focusTopic("the means test", {}).topic?.text).toBe("the means test");
	});

	it("never makes a thing the user only mentioned their work (review 240)", () => {
		expect(readMattered("wants a real check in system. i mentioned Brightwheel, he lit up", forUserOnly)).toEqual({ focus: "wants a real check in system" });
		expect(readMattered("x. i mentioned my 3 yrs at the Y", forUserOnly).highlight).toBe("my 3 yrs at the Y");
	});
});
