// What reviews 173-174 found (a county fairgrounds, a museum's registrar, a motorcycle service department, a hospital's
// interpreter services; a paper mill's environmental compliance, a city's code enforcement, a college tutoring center, an ice
// rink's operations), mended in general.
import { describe, expect, it } from "vitest";
import { mentionsOf } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";
import { experienceOf, focusTopic, roleExpanded, roleInLetter, slashesWritten } from "../../src/core/phrasing";
import { cleanName, splitPeopleText } from "../../src/core/people";

const settings = { ...DEFAULT_SETTINGS, myName: "Priya Raman" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "St. Brendan Medical Center", role: "Medical interpreter", interview_start: "2026-12-02T10:00", interview_end: "2026-12-02T11:00", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const topic = (text: string) => focusTopic(text, {}).topic?.text ?? null;
const steps = (text: string) => readNextSteps(text, { names: ["Ray Delgado", "Ray"], context: ["Ray Delgado"] }, local("2026-12-04T10:00"), local("2026-12-06T12:00"));

describe("a focus that says a team's state before what it needs, or asks two things (reviews 167, 169)", () => {
	it("takes what the team needs done and tells what was said of the team", () => {
		const r = focusTopic("Their team is stretched thin after two departures and they need someone who can carry the ICU and the ED pager", {});
		expect(r.topic?.text).toBe("carrying the ICU and the ED pager");
		expect(r.leftOut).toEqual(["Their team is stretched thin after two departures"]);
		expect(topic("team is short 2 ppl, needs someone who can cover nights")).toBe("covering nights");
	});

	it("keeps a question put to the user after a thing, or tells it", () => {
		expect(topic("diet order workflow and how I would handle pushback from physicians")).toBe("the diet order workflow and how I would handle pushback from physicians");
		const r = focusTopic("the backlog and how i'd prioritize it", {});
		expect(r.topic?.text).toBe("the backlog");
		expect(r.leftOut).toEqual(["how i'd prioritize it"]);
	});
});

describe("a focus said in the third person, or with a doing in front (reviews 173, 174)", () => {
	it("says what they lost as the losing of it, never the noun and its time alone", () => {
		expect(topic("they lost 30% of their peer tutors mid semester last spring")).toBe("losing peer tutors mid-semester");
		expect(topic("we keep losing our night techs")).toBe("losing night techs");
	});

	it("names a measured thing whole, never one word of it", () => {
		expect(topic("Their ED wait for an in-person interpreter is 40+ min at night.")).toBe("your ED wait for an in-person interpreter");
		// A sentence of another shape keeps its reading.
		expect(topic("Their incident reviews keep blaming people")).toBe("your incident reviews");
	});

	it("never puts 'the' before a doing with its particle", () => {
		expect(topic("moving tutoring online for the evening/weekend students")).toBe("moving tutoring online for the evening and weekend students");
	});

	it("writes a law's title and a month after 'due' as names", () => {
		expect(topic("title v renewal due march")).toBe("the Title V renewal due in March");
		expect(topic("title ix complaints")).toBe("Title IX complaints");
	});
});

describe("slashes and lists in a hurried note (reviews 173, 174)", () => {
	it("joins two words a slash holds as English, and leaves addresses and pairs alone", () => {
		expect(slashesWritten("nurses using family members/kids to interpret")).toBe("nurses using family members and kids to interpret");
		expect(slashesWritten("the evening/weekend students")).toBe("the evening and weekend students");
		// Two words of another kind are names of their own ("social/digital", "tele/cardiac"), read elsewhere.
		expect(slashesWritten("social/digital, tele/cardiac floor")).toBe("social/digital, tele/cardiac floor");
		expect(slashesWritten("see x.com/jobs/ops and/or his/her notes, 24/7, w/o")).toBe("see x.com/jobs/ops and/or his/her notes, 24/7, w/o");
		expect(topic("nurses using family members/kids to interpret")).toBe("nurses using family members and kids to interpret");
	});

	it("says two doings of a list as one sentence, as on one line", () => {
		const listed = experienceOf("wrote the COMS data review SOP at Hollins\ntrained 12 operators on it", {});
		expect(listed.statement).toBe("I wrote the COMS data review SOP at Hollins and trained 12 operators on it.");
		// Three items, or items that are things, are read as before.
		expect(experienceOf("Automated test rig\nEmbedded Linux port", {}).statement ?? "").not.toMatch(/I automated test rig, embedded/);
	});

	it("writes a clipped role out", () => {
		expect(roleExpanded("code enf officer")).toBe("code enforcement officer");
		expect(roleExpanded("assoc registrar")).toBe("associate registrar");
		expect(roleExpanded("rec center supv")).toBe("recreation center supervisor");
	});
});

describe("next steps said once, and said whole (reviews 173, 174)", () => {
	it("says a decision once when next_steps and decision_expected say the same", () => {
		const interview = note({ interviewers: [{ name: "Dr. Lucia Ferreira", email: "lf@stb.example" }], next_steps: "decision by xmas", decision_expected: "by xmas" });
		for (const kind of ["check-in", "next-steps"] as const) {
			const text = buildDrafts(interview, kind, { settings, now: local("2026-12-10T12:00") }).drafts.map((d) => d.body).join("\n");
			expect(text, kind).toContain("a decision was expected by Christmas");
			expect(text, kind).not.toMatch(/by Christmas, and that a decision/);
		}
	});

	it("reads 'wk of 14th' as that week and a bare 'call either way' as who calls", () => {
		const week = steps("2nd rnd in person wk of 14th maybe");
		expect(week?.clause).toContain("in the week of 14 December");
		expect(week?.clause).not.toContain("week of 14th");
		const chief = readNextSteps("chief said theyd decide after council mtg, call either way", { names: ["Ray Delgado", "Ray"], context: ["Ray Delgado"], title: "Chief" }, local("2026-12-04T10:00"), local("2026-12-06T12:00"));
		expect(chief?.clause).toMatch(/after the council meeting, and would call me either way$/);
	});
});

describe("what the body offers and how a short letter fills (review 173)", () => {
	it("never points at a line of gossip as where a focus can come from", () => {
		const text = "---\n---\nphone screen w/ shelby ~25 min\nops mgr = Ron something, shelby rolled eyes a bit when she said his name lol\n";
		expect(mentionsOf(text, ["Shelby", "Haugen"]).map((m) => m.line)).toEqual([3]);
		expect(mentionsOf("---\n---\ndave runs the travelift\ndave smokes on the dock by the fuel tank\n", ["Dave"]).map((m) => m.line)).toEqual([3]);
	});

	it("gives a recruiter named so in the body no line about how the team thinks, and says no pleasantry twice", () => {
		const noteText = "---\n---\nphone screen w/ shelby (hr/recruiter) ~25 min\n";
		const shelby = "Shelby Haugen <shaugen@lakecountyfair.org>";
		const frontmatter = { type: "interview", company: "Lake County Fairgrounds", role: "operations coordinator", interview_start: "2026-12-05T10:30", interview_end: "2026-12-05T10:55", format: "phone", primary_contact: shelby, interviewers: [shelby], next_steps: "shelby passing notes to ops mgr, 2nd rd onsite maybe wk of 14th" };
		const interview = parseInterview({ file: "Interviews/fairgrounds-ops-coord-phone.md", frontmatter }, DEFAULT_SETTINGS, () => null).interview!;
		const body = buildDrafts(interview, "thank-you", { settings: { ...settings, myName: "Priya Natarajan" }, now: local("2026-12-06T12:00"), noteText }).drafts[0].body;
		expect(body).not.toMatch(/how the team thinks|day to day|how things run/);
		expect(body.match(/\benjoyed\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
	});
});

describe("what reviews 175-176 found (a study abroad office, paratransit scheduling, a winery tasting room, a media prep lab; a forest nursery, a children's museum, a prepress department, a telemetry unit)", () => {
	it("keeps a post of capitals after a comma with its person, never a person of its own", () => {
		expect(splitPeopleText("Dr. Yuki Tanaka <ytanaka@pellucid.example>; Sam O'Neill, Chief Operating Officer")).toEqual(["Dr. Yuki Tanaka <ytanaka@pellucid.example>", "Sam O'Neill, Chief Operating Officer"]);
		expect(splitPeopleText("Ann Lee, Medical Director, Bob Hart")).toEqual(["Ann Lee, Medical Director", "Bob Hart"]);
		// Two full names are still two people.
		expect(splitPeopleText("Sam O'Neill, Chief Ray Delgado")).toHaveLength(2);
	});

	it("greets by the title a link is shown with", () => {
		const { interview } = parseInterview({ file: "Interviews/Lakeshore.md", frontmatter: { type: "interview", company: "Lakeshore CC", role: "Tutoring coordinator", interview_start: "2026-12-04T10:00", primary_contact: "[[Evelyn Marsh|Dr. Marsh]]", interviewers: [{ name: "[[Evelyn Marsh]]", email: "em@lakeshore.example" }] } }, DEFAULT_SETTINGS, () => null);
		const draft = buildDrafts(interview!, "thank-you", { settings, now: local("2026-12-04T15:00") }).drafts[0];
		expect(draft.body).toMatch(/^Dear Dr\. Marsh,/);
	});

	it("says a thing and its result as the user's work on it, and what was done with it after", () => {
		expect(experienceOf("Sensory-friendly Saturdays pilot cut early exits by half", {}).statement).toBe("I worked on the sensory-friendly Saturdays pilot, which cut early exits by half.");
		expect(experienceOf("built the pre-departure risk protocol at Ridgeway, used for 22 faculty-led trips", {}).statement).toBe("I built the pre-departure risk protocol at Ridgeway, which was used for 22 faculty-led trips.");
		// A team's own result keeps its reading.
		expect(experienceOf("our peer mentor program cut attrition from 19% to 8%", {}).statement).toBe("My team's peer mentor program cut attrition from 19% to 8%.");
		expect(experienceOf("WSET level 2 w/ distinction", {}).reference).toBe("my WSET Level 2 certification with distinction");
	});

	it("says a day of the week and clipped words whole", () => {
		expect(topic("big bus groups on sat: 3-4 limos, 20+ ppl, staff gets swamped")).toBe("big bus groups on Saturdays");
		expect(topic("storytime curric for toddlers")).toBe("the storytime curriculum for toddlers");
	});

	it("names a post with what it runs, never the post alone", () => {
		expect(roleInLetter("Assistant Director, Education Abroad", "Halvorsen College")).toBe("the Assistant Director of Education Abroad role at Halvorsen College");
		// A post and where or when it is worked keeps its reading.
		expect(roleInLetter("Analyst, nights", "Halvorsen College")).not.toContain(" of nights");
	});

	it("reads 'total' and 'pass to nursery supv' in next steps", () => {
		expect(steps("carla will call w feedback early next wk, 2-3 wks total")?.clause).not.toMatch(/\btotal\b/);
		expect(steps("she'll pass to nursery supv, 2nd rd onsite maybe wk of 14th")?.clause).toContain("pass my application to the nursery supervisor");
	});

	it("never says a credential on the phone", () => {
		const interview = note({ interviewers: [{ name: "Denise Albright", email: "da@stb.example" }], next_steps: "decision by fri" });
		const script = buildDrafts(interview, "check-in", { settings: { ...settings, myName: "Megan O'Donnell, RN, BSN" }, now: local("2026-12-10T12:00") }).drafts[0].script ?? "";
		expect(script).toContain("it's Megan O'Donnell —");
	});

	it("warns of a record dated before the interview and counts later steps from its end", () => {
		const { interview, problems } = parseInterview({ file: "Interviews/StLukes.md", frontmatter: { type: "interview", company: "St. Luke's", role: "RN", interview_start: "2026-12-02T14:00", interview_end: "2026-12-02T15:00", thank_you_sent: "2026-11-25T18:00", interviewers: ["Denise Albright <da@stl.example>"] } }, DEFAULT_SETTINGS, () => null);
		expect(problems.map((p) => p.message).join("\n")).toContain("thank_you_sent is 25 November, before the interview (2 December)");
		expect(interview?.records.thankYouSent).toEqual({ at: null, hasTime: false });
		const { problems: dateOnly } = parseInterview({ file: "Interviews/X.md", frontmatter: { type: "interview", company: "X", role: "RN", interview_start: "2026-12-02" } }, DEFAULT_SETTINGS, () => null);
		expect(dateOnly.map((p) => p.message).join("\n")).toContain("interview_start: 2026-12-02T16:00");
	});
});

describe("what reviews 177-178 found (an echo lab, a parks crew, credit union branches, an IRB office; meter services, a ballet wardrobe, a teen treatment center, a chocolate factory)", () => {
	it("never gives a card a short form cut before the words that finish it", () => {
		const interview = note({ interviewers: [
			{ name: "Darnell Price", email: "dp@parks.example", focus: "Getting crews to finish trail repairs before the spring rush." },
			{ name: "Gloria Reyes", email: "gr@summit.example", highlight: "brought teller variances at Harbor CU from 11/mo to 2/mo with dual control + daily recon" },
		] });
		const cards = buildDrafts(interview, "handwritten-note", { settings, now: local("2026-12-03T12:00") }).drafts.map((d) => d.body).join("\n");
		expect(cards).not.toMatch(/about getting crews\./);
		expect(cards).not.toMatch(/brought teller variances\./);
		expect(cards).toContain("getting crews to finish trail repairs before the spring rush");
	});

	it("warns of a closing message drafted before it opens, or before the decision day", () => {
		const interview = note({ interviewers: [{ name: "Dr. Ana Mehta", email: "am@willow.example" }], thank_you_sent: "2026-12-02T18:00", check_in_sent: "2026-12-03T09:00", decision_expected: "2026-12-11" });
		const early = buildDrafts(interview, "close-out", { settings, now: local("2026-12-06T12:00") }).warnings.join("\n");
		expect(early).toMatch(/from Thursday,? (?:10 December|December 10), and the decision is expected on Friday,? (?:11 December|December 11)\. Sent now, it would close the door early/);
		const due = buildDrafts(interview, "close-out", { settings, now: local("2026-12-14T12:00") }).warnings.join("\n");
		expect(due).not.toContain("close the door early");
	});

	it("says 'my interview' to a recruiter who was not in it, and asks what the steps let the reader answer", () => {
		const interview = note({ primary_contact: "Jen Park - Greenline Staffing <jen@greenline.example>", interviewers: [{ name: "Darnell Price", email: "dp@parks.example" }], next_steps: "jen will pass on feedback, 2-3 wks" });
		const checkIn = buildDrafts(interview, "check-in", { settings, now: local("2026-12-20T12:00") }).drafts[0].body;
		expect(checkIn).not.toContain("of our interview");
		const refs = note({ interviewers: [{ name: "Dr. Ana Mehta", email: "am@willow.example" }], next_steps: "ref checks next wk then decision by 12/18" });
		expect(buildDrafts(refs, "next-steps", { settings, now: local("2026-12-02T15:00") }).drafts[0].body).toContain("Would it help if I sent my references now?");
	});

	it("keeps the articles a trade and a sentence already have", () => {
		expect(experienceOf("I'm trained in DBT and started phone coaching at my last program.", {}).statement).toBe("I'm trained in DBT and started phone coaching at my last program.");
		expect(experienceOf("ran wardrobe for the 2024 Swan Lake tour with a crew of 3", {}).statement).toBe("I ran wardrobe for the 2024 Swan Lake tour with a crew of three.");
		expect(experienceOf("wrote bin entry program at Mercy", {}).statement).toBe("I wrote a bin entry program at Mercy.");
	});

	it("names a program by what it is, never a checklist's 'yes'", () => {
		const r = focusTopic("their DBT program is only half implemented - skills group yes, phone coaching no", {});
		expect(r.topic?.text).toBe("your DBT program");
		expect(r.leftOut.join(" ")).toContain("skills group yes");
	});

	it("writes out days, reconciliation and a worker", () => {
		expect(experienceOf("cut turnaround from 30d to 11d with a triage queue", {}).statement).toContain("from 30 days to 11 days");
		expect(experienceOf("cut variances with dual control + daily recon", {}).statement).toContain("daily reconciliation");
		expect(roleExpanded("youth care wkr - overnights")).toBe("youth care worker - overnights");
	});
});

describe("what reviews 179-180 found (patient access, a vineyard crew, a court clerk's office, hotel banquets; air cargo, a welding program, child life, a planetarium)", () => {
	it("never makes a topic of a particle or a state, and reads a share of people", () => {
		expect(topic("40% drop out after first semester")).toBe("the 40% who drop out after the first semester");
		expect(focusTopic("The backlog of unprocessed traffic citations after the new case management system went live", {}).topic?.text ?? null).not.toBe("the live");
		const canned = focusTopic("live shows not canned - audience numbers down since they went to prerecorded fulldome movies", {});
		expect(canned.topic?.text).toBe("the live shows");
		expect(canned.leftOut).toContain("not canned");
		expect(topic("school program for long stay kids")).toBe("the school program for long-stay kids");
		expect(topic("irrig sched + soil moist sensors")).toBe("the irrigation schedule and soil moisture sensors");
	});

	it("says next steps once when their words and decision_expected agree, and asks to prepare only for a step", () => {
		const interview = note({ interviewers: [{ name: "Nadia Brooks", email: "nb@cascade.example" }], next_steps: "2-3 wks, nadia to call", decision_expected: "2-3 wks" });
		const checkIn = buildDrafts(interview, "check-in", { settings, now: local("2026-12-20T12:00") }).drafts[0].body;
		expect(checkIn.match(/within 2 to 3 weeks/g)).toHaveLength(1);
		const decision = note({ interviewers: [{ name: "Nadia Brooks", email: "nb@cascade.example" }], decision_expected: "2-3 wks" });
		expect(buildDrafts(decision, "next-steps", { settings, now: local("2026-12-02T15:00") }).drafts[0].body).not.toContain("prepare for it");
	});

	it("gives a course its article and a union local its capital", () => {
		expect(experienceOf("ran 6G pipe prep course for local 597 apprentices", {}).statement).toBe("I ran a 6G pipe prep course for Local 597 apprentices.");
		expect(roleExpanded("vnyd tech / seasonal crew")).toBe("vineyard tech / seasonal crew");
	});

	it("thanks a primary contact the notes say the user spoke with, when no interviewer is listed", () => {
		const { interview } = parseInterview({ file: "Interviews/Mercy.md", frontmatter: { type: "interview", company: "Mercy General", role: "Patient access rep", interview_start: "2026-12-02T11:30", interview_end: "2026-12-02T11:55", format: "phone", primary_contact: "Tasha Greenwood <tg@mercy.example>" } }, DEFAULT_SETTINGS, () => null);
		const noteText = "---\n---\n# mercy gen - phone screen w tasha (recruiter)\n";
		const result = buildDrafts(interview!, "thank-you", { settings, now: local("2026-12-02T15:00"), noteText });
		const body = result.drafts.map((d) => d.body).join("\n");
		expect(body).not.toMatch(/arranging|everyone I met/);
		expect(result.problems.join("\n")).toContain("the drafts thank Tasha Greenwood for the conversation itself");
		// Without such a line, the contact is still thanked for arranging it, and asked to thank the others.
		expect(buildDrafts(interview!, "thank-you", { settings, now: local("2026-12-02T15:00"), noteText: "---\n---\nwent ok\n" }).drafts[0].body).toMatch(/everyone I met/);
	});
});

describe("what reviews 181-182 found (a milking parlor, a cast room, a food hub, a disability resource center; a 311 center, a boatyard, an athletic training room, an organ workshop)", () => {
	it("greets a member of a board by the name after it, never 'Dear Board'", () => {
		expect(cleanName("Board member Carl (didn't catch last name)")).toBe("Carl");
		expect(cleanName("Search committee member Dana Ruiz")).toBe("Dana Ruiz");
	});

	it("reads 'X said \"soon\"', a time said twice, and a pass to a named person", () => {
		const jay = readNextSteps('?? jay said "soon"', { names: ["Jay Park", "Jay"], context: ["Jay Park"] }, local("2026-12-04T10:00"), local("2026-12-06T12:00"));
		expect(jay?.clause).toBe("you mentioned you'd be in touch soon");
		const twice = note({ interviewers: [{ name: "Bill Kings", email: "bk@kingsbury.example" }], next_steps: "bill said theyd let me know after break", decision_expected: "after winter break" });
		expect(buildDrafts(twice, "check-in", { settings, now: local("2026-12-10T12:00") }).drafts[0].body).not.toMatch(/after break, and that a decision was expected/);
		expect(steps("she'll pass to Tom (herd mgr)")?.clause).toContain("pass my application to Tom");
	});

	it("reads a label, a season's year, a share of a term, knowledge-base articles and a weekday", () => {
		expect(experienceOf("bench test result: soldered a seam on a 4' open flute that passed the leak test first try", {}).statement).toBe("I soldered a seam on a 4' open flute that passed the leak test on the first try.");
		expect(experienceOf("migrated 600 athlete records from paper to ATS in summer '25", {}).statement).toContain("in the summer of 2025");
		expect(experienceOf("scheduled 1,200 accom exams/term @ NCC", {}).statement).toContain("1,200 accommodation exams a term");
		expect(experienceOf("rewrote 60 KB articles", {}).statement).toBe("I rewrote 60 knowledge-base articles.");
		expect(experienceOf("ran the Tues fracture clinic solo w 30+ pts", {}).statement).toContain("the Tuesday fracture clinic");
		expect(roleExpanded("testing ctr coord")).toBe("testing center coordinator");
	});

	it("names a measure of theirs that got worse without its figures", () => {
		const r = focusTopic("their abandonment rate went from 4% to 11% since the snow-season staffing cuts", {});
		expect(r.topic?.text).toBe("your abandonment rate");
		expect(r.leftOut.join(" ")).toContain("4% to 11%");
	});
});
