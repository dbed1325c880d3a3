// What the readings of reviews 255-256 found, mended in general; each case is a note line as a reviewer typed it.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { readMattered } from "../../src/core/what-mattered";
import { addressInNotesMention, forUserOnly, stepSaidByMention } from "../../src/core/body-mentions";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Sam Okafor" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Bounce Zone", role: "Party booking coordinator", interview_start: "2026-12-05T10:00", interview_end: "2026-12-05T10:45", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const reader = { names: ["Mel"], context: [] };

describe("the user's own questions in the next steps (review 256)", () => {
	const base = local("2026-12-05T10:00");
	const now = local("2026-12-06T10:00");

	it("leaves out a part the user asks themselves, and never says the doubt as a fact", () => {
		const read = readNextSteps("trial shift sat 12/12, unpaid?? check", reader, base, now);
		expect(read?.clause).toBe("I understood the next step was a trial shift on Saturday 12 December");
		expect(read?.unsaid).toEqual(["unpaid?? check"]);
	});

	it("leaves out what the user means to ask or check", () => {
		expect(readNextSteps("call back fri, ask re pay??", reader, base, now)?.clause).toBe("you mentioned you'd call on Friday 11 December");
		expect(readNextSteps("call back fri, ask about parking", reader, base, now)?.clause).toBe("you mentioned you'd call on Friday 11 December");
		// A step the note only guesses at is still said as possible.
		expect(readNextSteps("final rd next wk??", reader, base, now)?.clause).toMatch(/a possible final round/);
	});

	it("tells the user the part was left out as a note to themselves, and keeps it out of the letter", () => {
		const interview = note({ primary_contact: "Mel Harper <mel@bouncezone.example>", next_steps: "trial shift sat 12/12, unpaid?? check" });
		const r = buildDrafts(interview, "next-steps", { settings, now });
		expect(r.drafts[0].body).toContain("a trial shift on Saturday 12 December");
		expect(r.drafts[0].body).not.toMatch(/unpaid|a check\b/);
		expect(r.problems.join("\n")).toContain('leaves out "unpaid?? check" from the next steps in the note: it reads as a note to yourself');
	});
});

describe("what mattered that names nothing to thank anyone for (reviews 255-256)", () => {
	it("never reads 'nothing' as what mattered", () => {
		expect(readMattered("nothing, paperwork", forUserOnly)).toEqual({});
		expect(readMattered("not much. asked about shifts", forUserOnly)).toEqual({});
		expect(focusTopic("nothing").topic).toBeNull();
		expect(focusTopic("nothing, paperwork").topic).toBeNull();
		// A word that only begins like it is read as before.
		expect(readMattered("nonetheless wants speed", forUserOnly).focus).toBe("nonetheless wants speed");
	});

	it("reads what they kept asking about after a bare word of money, and never thanks anyone for talking about pay", () => {
		expect(focusTopic("cost. kept asking abt upselling day passes, hot desk memberships").topic?.text).toBe("upselling day passes");
		expect(focusTopic("pay").topic).toBeNull();
		expect(focusTopic("salary").topic).toBeNull();
		// "Cost" with their own bill after it stays the cost, never their bill told back to them; a cost of something stays.
		expect(focusTopic("Cost. Their cloud bill grew 40% this year with flat traffic").topic?.text).toBe("cost");
		expect(focusTopic("food cost").topic?.text).toBe("food cost");
		expect(focusTopic("the budget").topic?.text).toBe("the budget");
	});

	it("writes nothing to Trish about 'nothing', in any kind", () => {
		const interview = note({ interviewers: [{ name: "Trish Hanley", email: "trish@hanley.example" }] });
		const noteText = "---\ntype: interview\n---\n## What mattered to each of them\n\n- trish -> nothing, paperwork\n";
		for (const kind of ["thank-you", "handwritten-note", "linkedin"] as const) {
			const r = buildDrafts(interview, kind, { settings: { ...settings, enableHandwrittenNote: true, enableLinkedin: true }, now: local("2026-12-05T18:00"), noteText });
			expect(r.drafts.map((d) => d.body).join("\n")).not.toMatch(/\bnothing\b/);
		}
	});
});

describe("topics said as English says them (reviews 255-256)", () => {
	it("gives a process named by what it is for its article, and customer service none", () => {
		expect(focusTopic("repairs drop-off process").topic?.text).toBe("the repairs drop-off process");
		expect(focusTopic("intake process").topic?.text).toBe("the intake process");
		expect(focusTopic("customer service").topic?.text).toBe("customer service");
		expect(focusTopic("process").topic?.text).toBe("process");
	});

	it("thanks a question about the user as their question, never as what the talk made clear", () => {
		const people = ["Chris Nolan", "Aisha Khan", "Dev Patel", "Rosa Lima"].map((name, i) => ({ name, email: `p${i}@skyjump.example`, focus: ["how I'd handle a no-show party", "how i would calm an angry parent", "how I'd upsell a party package", "how i'd handle a double booking"][i] }));
		const r = buildDrafts(note({ interviewers: people }), "thank-you", { settings, now: local("2026-12-05T18:00") });
		expect(r.drafts).toHaveLength(4);
		for (const d of r.drafts) {
			const opening = d.body.split("\n\n")[1].split(". ")[0];
			expect(opening).not.toMatch(/\bhow I(?:'d| would)\b/);
			expect(d.body).not.toMatch(/better idea of where I could help|clearer sense of what the job involves|made the work much easier to picture|helped me understand what the role asks for/);
			expect(d.body).toMatch(/\bhow I(?:'d| would)\b/);
		}
	});

	it("never thanks anyone for asking about the user's availability or start date, and says why", () => {
		const people = ["Chris Nolan", "Aisha Khan", "Dev Patel", "Rosa Lima"].map((name, i) => ({ name, email: `p${i}@skyjump.example`, focus: ["availability over xmas & school hols", "my start date", "whether i can do sat shifts 1-2x a month", "availability"][i] }));
		const r = buildDrafts(note({ interviewers: people }), "thank-you", { settings, now: local("2026-12-05T18:00") });
		expect(r.drafts.map((d) => d.body).join("\n")).not.toMatch(/\bmy (?:availability|start date)\b|1-twice/);
		expect(r.problems.join("\n")).toContain("The focus for Chris Nolan was left out of the drafts: it is their question about your availability or start date");
	});
});

describe("the user's private life and telling (review 256)", () => {
	it("keeps a family member's health for the user's eyes", () => {
		expect(forUserOnly("I told her my nan is hard of hearing so I'm used to it")).toBe(true);
		expect(forUserOnly("my grandad's hearing aids")).toBe(true);
		expect(forUserOnly("3 years at my dad's garage")).toBe(false);
	});

	it("says what the user told, never that they said it", () => {
		expect(experienceOf("I also said I upsold party bags to about half the bookings.").statement).toBe("I upsold party bags to about half the bookings.");
	});
});

describe("a line under 'What mattered' the user keeps back (review 255)", () => {
	const text = [
		"---",
		"type: interview",
		"---",
		"## What mattered to each of them",
		"",
		"- Gloria: cash handling + reconciling end of day",
		"- Tom: safety - pedestrians near the scale, trucks backing up. also 5:30am starts (kid's dad does dropoff - dont bring that up)",
		"",
		"## Next steps",
		"",
		"- tom said \"we'll be in touch\" which idk",
		"",
	].join("\n");

	it("says the line holds something for the user's eyes only, points at it without quoting it, and never calls the note silent", () => {
		const interview = note({ interviewers: [{ name: "Gloria Petrakis" }, { name: "Tom Haddad" }] });
		const r = buildDrafts(interview, "handwritten-note", { settings: { ...settings, enableHandwrittenNote: true }, now: local("2026-12-05T18:00"), noteText: text });
		const told = r.problems.find((p) => p.includes("The card to Tom Haddad")) ?? "";
		expect(told).toContain("Tom on line 7, under \"What mattered\", which holds something for your eyes only");
		expect(told).not.toMatch(/the note says nothing of what mattered|dropoff|kid|we'll be in touch/);
		expect(r.drafts.map((d) => d.body).join("\n")).not.toMatch(/dropoff|5:30/);
	});
});

describe("a check-in due after the day of a step the user takes part in (review 256)", () => {
	it("says nothing of a trial shift whose day is over by the time it is due, and tells the user why", () => {
		const interview = note({ primary_contact: "Mel Harper <mel@bouncezone.example>", next_steps: "trial shift sat 12/12, unpaid?? check", thank_you_sent: "2026-12-05T15:00" });
		const r = buildDrafts(interview, "check-in", { settings, now: local("2026-12-07T10:00") });
		expect(r.drafts[0].body).not.toMatch(/trial shift|12 December|unpaid/);
		expect(r.drafts[0].script).not.toMatch(/trial shift/);
		expect(r.drafts[0].body).toContain("I'm writing to follow up on my interview on 5 December.");
		expect(r.problems.join("\n")).toContain("its day is over by the time the check-in falls due");
		expect(r.problems.join("\n")).not.toContain("reads as a note to yourself");
	});

	it("still tells back a step to be confirmed, or named by its week, which asking after is what the check-in is for", () => {
		const interview = note({ primary_contact: "Mel Harper <mel@bouncezone.example>", next_steps: "trial shift fri 12/11 or mon 12/14, mel to confirm", thank_you_sent: "2026-12-05T15:00" });
		expect(buildDrafts(interview, "check-in", { settings, now: local("2026-12-07T10:00") }).drafts[0].body).toMatch(/trial shift on Friday 11 or Monday 14 December/);
	});
});

describe("more of review 256's shorthand", () => {
	const base = local("2026-12-02T10:00");
	const now = local("2026-12-03T10:00");

	it("reads a test with what kind it is in brackets, and tells the bracket", () => {
		const read = readNextSteps("Beth will send a skills assessment (scheduling exercise)", { names: ["Beth"], context: [] }, base, now);
		expect(read?.clause).toBe("you mentioned you'd send a skills assessment");
		expect(read?.unsaid).toEqual(["scheduling exercise"]);
	});

	it("says a paper that comes by email is one the user gets, never a step", () => {
		expect(readNextSteps("shift pattern sheet by email, then DBS check if they go ahead", reader, base, now)?.clause).toBe("I understood I'd get a shift pattern sheet by email");
	});

	it("writes 'uni' out, and gives a state of things its verb", () => {
		expect(experienceOf("ran bookings for 40 rooms at uni library").statement).toBe("I ran bookings for 40 rooms at the university library.");
		expect(experienceOf("at unilever for 2 yrs").statement ?? "").not.toMatch(/university/);
		expect(focusTopic("handling angry passengers when sailings cancelled (weather)").topic?.text).not.toMatch(/sailings cancelled/);
	});
});

describe("whose step it is, when the note says (review 255)", () => {
	const text = "---\ntype: interview\n---\n## Next steps\n\n- carlos said call mon/tue. bobby said \"we'll see\" lol\n";

	it("finds who the notes say gave a step typed with no one doing it", () => {
		expect(stepSaidByMention(text, "call back mon or tues", ["carlos", "bobby"])).toBe(0);
		// A step someone is named in, or a different one, is no one else's.
		expect(stepSaidByMention(text, "email by fri", ["carlos", "bobby"])).toBeNull();
		expect(stepSaidByMention(text, "call back mon or tues", ["bobby"])).toBeNull();
	});

	it("tells the contact the step is the colleague's, never 'you mentioned'", () => {
		const interview = note({ primary_contact: "Trish Hanley <trish@hanley.example>", interviewers: [{ name: "Trish Hanley", email: "trish@hanley.example" }, { name: "Carlos Diaz" }, { name: "Bobby Hanley" }], next_steps: "call back mon or tues" });
		const r = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-05T18:00"), noteText: text });
		expect(r.drafts[0].body).toContain("I understood Carlos would call back on Monday 7 or Tuesday 8 December");
		expect(r.drafts[0].body).not.toMatch(/you mentioned/i);
		// Without the line, the contact said it, as before.
		expect(buildDrafts(interview, "next-steps", { settings, now: local("2026-12-05T18:00") }).drafts[0].body).toMatch(/You mentioned you'd call/);
	});

	it("says where the user worked as that store's desk, and transactions in full", () => {
		expect(experienceOf("3 yrs as a cashier at Home Depot pro desk").reference).toBe("my 3 years as a cashier at the Home Depot pro desk");
		expect(experienceOf("ran the till at The Home Depot pro desk").statement).not.toMatch(/the The/);
		expect(experienceOf("saturday rush at HD, 200+ txns/shift").reference).toContain("200 transactions a shift");
	});
});

describe("what reviews 257-258 found", () => {
	const base = local("2026-11-30T10:00");
	const now = local("2026-12-01T09:00");

	it("never makes a film the user recommended their work", () => {
		expect(readMattered("knowing the films. asked what i'd recommend to someone who liked past lives -> i said aftersun, he lit up.", forUserOnly)).toEqual({ focus: "knowing the films" });
		expect(readMattered("cash drawer. i said i balanced 2 drawers a night", forUserOnly).highlight).toBe("I balanced 2 drawers a night");
		expect(readMattered("cash. told her yes, 3 yrs at enterprise", forUserOnly).highlight).toBe("3 yrs at enterprise");
	});

	it("ends a topic at a slash before their words, and says what they want known as the thing", () => {
		expect(focusTopic('culture fit / "are you ok w/ weekends". said yes (ugh)').topic?.text).not.toMatch(/\//);
		expect(focusTopic("knowing RV systems (12v, propane, slideouts)").topic?.text).toBe("RV systems");
		expect(focusTopic("knowing the films").topic?.text).toBe("the films");
		expect(focusTopic("knowing when to escalate").topic?.text).toBe("knowing when to escalate");
		expect(readMattered("just process", forUserOnly)).toEqual({});
	});

	it("hyphenates words that stand as one before a noun", () => {
		expect(focusTopic("the day to day").topic?.text).toBe("the day-to-day");
		expect(focusTopic("end of night reconciliation").topic?.text).toBe("end-of-night reconciliation");
		expect(focusTopic("a sold out opening weekend").topic?.text).toBe("a sold-out opening weekend");
	});

	it("reads a notary's commission as held, and comp popcorn as no pay", () => {
		expect(experienceOf("notary since 2023").reference).toBe("my notary commission, which I've held since 2023");
		expect(forUserOnly("moved ppl to the 11pm + comp popcorn, zero refunds")).toBe(false);
		expect(forUserOnly("comp is 52k")).toBe(true);
	});

	it("says next steps in English: the schedule, a take-home exercise, the time to do it, the test for the list, no offer", () => {
		expect(readNextSteps("kelsey emails schedule thurs", { names: ["Kelsey"], context: [] }, base, now)?.clause).toBe("you mentioned you'd email the schedule on Thursday 3 December");
		expect(readNextSteps("kelly sending a routing exercise (take home) by wed, 48h to do it", { names: ["Kelly"], context: [] }, base, now)?.clause).toBe("you mentioned you'd send a take-home routing exercise by Wednesday 2 December, with 48 hours to complete it");
		expect(readNextSteps("civil service list, written test 12/10", reader, base, now)?.clause).toBe("I understood the next step was a written test for the civil service list on Thursday 10 December");
		const spot = readNextSteps("brenda to call mon w/ a decision, maybe an offer on the spot", { names: ["Brenda"], context: [] }, base, now);
		expect(spot?.clause).toBe("you mentioned you'd call on Monday 7 December with a decision");
		expect(spot?.leftOut).toEqual(["maybe an offer"]);
	});
});

describe("what they asked of the user (reviews 257-258)", () => {
	it("never thanks HR for asking about the user's background check", () => {
		const read = focusTopic("availability + the background check / MVR");
		expect(read.topic).toBeNull();
		expect(read.withheld).toBe("screening");
		// A screening process that is the work stays a topic.
		expect(focusTopic("background check turnaround").topic?.text).toBe("the background check turnaround");
	});

	it("thanks them for a question whether the user knows a tool, never for their thinking on it", () => {
		const tools = ["Yardi", "Entrata", "AppFolio", "RealPage", "Buildium", "Rentec"];
		const people = ["Greg Tolliver", "Ana Ruiz", "Bo Chen", "Cy Park", "Di Moss", "Ed Lund"].map((name, i) => ({ name, email: `p${i}@x.example`, focus: `${tools[i]}. asked 3x if I know ${tools[i]} (I kinda do, used it 4 mo)` }));
		const r = buildDrafts(note({ interviewers: people }), "thank-you", { settings, now: local("2026-12-05T18:00"), noteText: `---\ntype: interview\n---\n${tools.join(", ")} are their systems\n` });
		const bodies = r.drafts.map((d) => d.body).join("\n");
		expect(bodies).toMatch(/Yardi|Entrata|AppFolio/);
		expect(bodies).not.toMatch(/(?:thinking on|perspective on|think about|What you said about|discussion of) (?:Yardi|Entrata|AppFolio|RealPage|Buildium|Rentec)/);
		expect(bodies).not.toMatch(/kinda|4 mo/);
	});
});

describe("someone who hardly spoke, in a large panel (review 257's reading of the reserve lines)", () => {
	it("is never told of a conversation, however many letters the panel needs", () => {
		const names = ["Owen Fitch", "Marisol Vega", "Tasha Reed", "Priya Shah", "Luis Ortega", "Kim Doe", "Ola Berg", "Raj Patel"];
		for (const quiet of names) {
			const interview = note({ interviewers: names.map((name, i) => `${name} <p${i}@x.example>`) });
			const r = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-05T18:00"), noteText: `---\n---\n${quiet.split(" ")[0].toLowerCase()} barely talked, on laptop the whole time\n` });
			const body = r.drafts.find((d) => d.to.some((t) => t.name === quiet))!.body;
			expect(body, quiet).not.toMatch(/conversation|your take on|questions you asked/);
		}
	});
});

describe("a day of trouble the user got through (review 256)", () => {
	it("is handled, never worked on", () => {
		expect(experienceOf("the saturday rush at HD, 200+ txns/shift").reference).toBe("how I handled the Saturday rush at HD (more than 200 transactions a shift)");
		expect(experienceOf("the xmas rush").reference).toBe("how I handled the Christmas rush");
		expect(experienceOf("the new intake form").reference).toBe("my work on the new intake form");
	});
});

describe("a range of times (review 259)", () => {
	it("says '1-2x a month' as once or twice", () => {
		expect(focusTopic("whether I can do sat shifts 1-2x a month").topic?.text ?? "").not.toMatch(/1-twice/);
		expect(experienceOf("covered sat shifts 1-2x a month for a year").statement ?? "").toContain("once or twice a month");
		expect(experienceOf("ran inventory 2-3x a week").statement ?? "").toContain("2 to 3 times a week");
	});
});

describe("what review 260 found", () => {
	it("keeps a line where the user owns a limit of theirs out of every letter", () => {
		expect(readMattered("bilingual (spanish) - i'm conversational not fluent, was honest abt it", forUserOnly)).toEqual({});
		expect(forUserOnly("my spanish is rusty")).toBe(true);
	});

	it("reads past the user's doubt of how they did to what they told, and never takes it for a highlight", () => {
		const read = readMattered("medicaid pending apps, payer mix. asked me to explain a spend-down. i did ok? talked abt my 2 yrs at the hospital billing desk (processed ~30 auths/wk)", forUserOnly);
		expect(read.focus).toBe("medicaid pending apps, payer mix");
		expect(read.highlight).toBe("my 2 yrs at the hospital billing desk (processed ~30 auths/wk)");
		expect(readMattered("cash. i did great", forUserOnly).highlight).toBeUndefined();
		// An answer still awaited elsewhere stays private.
		expect(forUserOnly("polar point pending")).toBe(true);
	});

	it("never cuts a walk through something to 'walking a customer'", () => {
		expect(experienceOf("walked a customer through reading their meter at the counter and found a running toilet").short).not.toBe("walking a customer");
	});

	it("says a measure known by its initials as the user's figure, against the team's", () => {
		expect(experienceOf("FCR 82% at my last job (team avg 71)").reference).toBe("my 82% FCR at my last job, against a team average of 71%");
	});

	it("points at an address the notes give beside a name, without using it", () => {
		const text = "---\ntype: interview\n---\n## Who I met\n\n- Tom Okonkwo, owner (tom@fastlanebikes.example)\n";
		expect(addressInNotesMention(text, ["tom", "okonkwo"])).toMatchObject({ email: "tom@fastlanebikes.example", line: 6 });
		expect(addressInNotesMention("---\n---\n- Tom and Ana: tom@x.example, ana@x.example\n", ["tom"])).toBeNull();
		const interview = note({ interviewers: [{ name: "Tom Okonkwo" }] });
		const r = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-05T18:00"), noteText: text });
		expect(r.drafts[0].to[0].email ?? null).toBeNull();
		expect(r.problems.join("\n")).toContain("your notes give tom@fastlanebikes.example beside their name on line 6");
	});
});

describe("reviews 261-262", () => {
	it("never reads 'not really anything abt me' as a topic, and keeps 'i'm conversational' private", () => {
		expect(readMattered("not really anything abt me", forUserOnly)).toEqual({});
		expect(readMattered("spanish - i'm conversational, said so", forUserOnly)).toEqual({});
		expect(forUserOnly("conversational AI bots for the help desk")).toBe(false);
	});

	it("leaves out what the user means to confirm after their doubt, and keeps the step possible", () => {
		const read = readNextSteps("trial shift sat 12/5?? confirm by email", reader, local("2026-12-01T10:00"), local("2026-12-02T10:00"));
		expect(read?.clause).toBe("I understood the next step was a possible trial shift on Saturday 5 December");
		expect(read?.unsaid).toEqual(["confirm by email"]);
	});

	it("reads a name after an abbreviation's full stop as the one who acts, and never says a verb as a step", () => {
		expect(readNextSteps("2nd round w/ regional dir. kendra to schedule.", { names: ["Kendra"], context: [] }, local("2026-12-02T10:00"), local("2026-12-03T10:00"))?.clause).toBe("I understood the next step was a second round with the regional director, which you'd schedule");
		expect(readNextSteps('come back sat for a "shadow shift" 10-2', { names: ["Kyle"], context: [] }, local("2026-12-02T10:00"), local("2026-12-03T10:00"))?.kind).toBe("unread");
	});

	it("gives the ride-along day its article, and a ten-key speed in keystrokes an hour", () => {
		expect(readNextSteps("Deb to send paperwork for ride-along day", { names: ["Ray"], context: [] }, local("2026-12-02T10:00"), local("2026-12-03T10:00"))?.clause).toBe("I understood Deb would send the paperwork for the ride-along day");
		expect(experienceOf("10-key 11k kph").reference).toBe("my 10-key speed of 11,000 keystrokes an hour");
		expect(experienceOf("10-key 11.5k kph").reference).toBe("my 10-key speed of 11,500 keystrokes an hour");
	});

	it("says '~0 errors' as almost none, 'like 40' as about 40, and calm under pressure with no article", () => {
		expect(experienceOf("ski shop waivers + deposits, ~0 errors in audits").reference).toBe("my work on ski shop waivers and deposits, with almost no errors in audits");
		expect(experienceOf("cut errors to ~0 in 3 months").statement).not.toMatch(/almost no in/);
		expect(experienceOf("the regulars at the ski shop, knew like 40 by name").reference).toContain("where I knew about 40 by name");
		expect(focusTopic("Calm under pressure").topic?.text).toBe("calm under pressure");
	});
});
