// What reviews 159-160 found (hospital laundry, animal control, nuclear medicine, a scene shop; a ranger station, a
// compounding lab, a financial aid office, a rail car shop), mended in general.
import { describe, expect, it } from "vitest";
import { quietMention } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { attachmentSentences } from "../../src/core/letters";
import { experienceOf, expandShorthand, focusTopic } from "../../src/core/phrasing";
import { namedDayOf, readNextSteps } from "../../src/core/next-steps-note";
import { greeting } from "../../src/core/people";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Maya Okafor" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Hollis Creek State Park", role: "Park Ranger I", interview_start: "2026-12-03T09:30", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const said = (text: string) => {
	const r = experienceOf(text, {});
	return r.statement ?? r.reference ?? "";
};
const base = local("2026-11-28T10:00");
const now = local("2026-12-06T12:00");
const stepsTo = (text: string, name = "Cheryl Dunn") => readNextSteps(text, { names: [name, name.split(" ")[0]], context: [name] }, base, now);

describe("shorthand read as the field means it (review 160)", () => {
	it("reads 'rev.' after a standard's number as its revision, and elsewhere as before", () => {
		expect(focusTopic("USP 797 rev. - cat 2 BUDs, EM sampling, PEC recert", {}).topic?.text).toBe("USP 797 revision");
		expect(focusTopic("ISO 9001 rev", {}).topic?.text).toBe("ISO 9001 revision");
		expect(focusTopic("Q3 rev is down", {}).topic?.text).toBe("Q3 revenue");
	});

	it("writes 'QA'd' typed in capitals, and reads the items of a list that can be read when one cannot", () => {
		expect(said("QA'd 150+ CRs/wk")).toBe("I checked more than 150 CRs a week.");
		expect(said("built CR template in PK software\nQA'd 150+ CRs/wk")).toBe("I built a CR template in PK software. I also checked more than 150 CRs a week.");
		const r = experienceOf("built CR template in PK software\nmy avg T-CPR first compression 95 sec\ntrained 4 new techs on aseptic tech", {});
		expect(r.statement).toBe("I built a CR template in PK software. I trained 4 new techs on aseptic tech.");
		expect(r.leftOut).toContain("my avg T-CPR first compression 95 sec");
	});

	it("says years in a field named by its initials, and keeps them when the rest of a list cannot be said", () => {
		expect(said("8 yrs AAR billing")).toBe("my 8 years in AAR billing");
		const r = experienceOf("8 yrs AAR billing, Rule 88 whl changeouts, SCAT test, 232 sgl car air test", {});
		expect(r.reference).toBe("my 8 years in AAR billing");
		expect(r.leftOut.join(" ")).toContain("Rule 88");
		// A post known by its initials is not a field: "6 yrs CWI" is still told (review 62).
		expect(said("6 yrs CWI incl ABS surveys on OSV hulls")).not.toMatch(/years in CWI/);
	});

	it("gives one place of a kind its article, and two credentials a plural", () => {
		expect(said("3 yrs ISO 7 cleanroom")).toBe("my 3 years in an ISO 7 cleanroom");
		expect(said("4 yrs compounding lab at Walgreens")).toBe("my 4 years in a compounding lab at Walgreens");
		expect(said("5 yrs retail pharmacy")).toBe("my 5 years in retail pharmacy");
		expect(said("AWS D1.1 + D15.1 cert")).toBe("my AWS D1.1 and D15.1 certifications");
		expect(said("NREMT cert")).toBe("my NREMT certification");
	});
});

describe("highlights said whole and true (review 159)", () => {
	it("keeps a show's '!' inside its title, never a sentence's end", () => {
		expect(said("Kept Cedar Lake's Oklahoma! build 8% under materials budget by re-using stock platforms")).toBe("I kept Cedar Lake's Oklahoma! build 8% under materials budget by re-using stock platforms.");
		expect(said("ran the Jeopardy! audition tour for 3 yrs")).toBe("I ran the Jeopardy! audition tour for 3 years.");
	});

	it("never says 'also' beside the note's own 'too'", () => {
		expect(said("wrote + delivered the spanish-language bat walk. got a grant for the signage too")).toBe("I wrote and delivered the Spanish-language bat walk. I got a grant for the signage too.");
	});

	it("says the first doing with its figures when a second one after a comma cannot be read", () => {
		const r = experienceOf("got tunnel line at Crestline from 41 to 56 PPOH in 5 mo, re-did soil sort staging + load wts", {});
		expect(r.statement).toBe("I got the tunnel line at Crestline from 41 to 56 PPOH in 5 months.");
		expect(r.leftOut).toContain("re-did soil sort staging + load wts");
		expect(said("got my team to 95%")).toBe("I got my team to 95%.");
	});

	it("gives 'full' its article, and 'pkg' its word", () => {
		expect(said("drafted full shop pkg (Vectorworks) for Into the Woods at Cedar Lake Rep in 3 wks")).toBe("I drafted the full shop package for Into the Woods at Cedar Lake Rep in 3 weeks.");
	});

	it("says 'there' for the thing the note called 'our' at a place it named, and has duties rather than working on them", () => {
		const r = experienceOf("RSO-delegate duties at Mercy West; wrote our daily QC + dose calibrator constancy SOP", {});
		expect(r.reference).toBe("my RSO-delegate duties at Mercy West");
		expect(r.more).toEqual(["I also wrote the daily QC and dose calibrator constancy SOP there."]);
		// Without "our", a protocol after a place may be the reader's own: still told (review 62).
		expect(experienceOf("HFOV + NAVA experience at Mercy; I helped write the weaning protocol", {}).more).toEqual([]);
	});
});

describe("next steps said back (reviews 159, 160)", () => {
	it("reads a quote after a name and a dash as that person's words", () => {
		expect(readNextSteps('Jess - "we\'ll be in touch after the new year"', { names: ["Jess Marlow", "Jess"], context: ["Jess Marlow"] }, base, now)?.clause).toBe("you mentioned you'd be in touch after the New Year");
	});

	it("says a decision they hope for as hoped, never as promised", () => {
		expect(stepsTo("they want to decide before the holidays")?.clause).toBe("I understood the team hoped to decide before the holidays");
		expect(stepsTo("Jess said they're hoping to decide before the holidays")?.clause).toBe("I understood the team hoped to decide before the holidays");
		const relayed = stepsTo("Cheryl (Ironline) will relay - they want to decide before the holidays");
		expect(relayed?.clause).toBe("I understood the team hoped to decide before the holidays");
		expect(relayed?.unsaid).toContain("Cheryl (Ironline) will relay");
		// A doubt before the dash says nothing back.
		expect(stepsTo("no idea - maybe 2nd rd wk of 12/14")?.kind).toBe("unread");
	});

	it("says the onsite after a comma as the step that follows, and what is sent on as the application", () => {
		expect(stepsTo("she'll send my stuff to the plant mgr, onsite prob next week")?.clause).toBe("you mentioned you'd send my application to the plant manager, followed by an onsite interview, probably in the week of 30 November");
	});
});

describe("letters and what the user is told (reviews 159, 160)", () => {
	it("says a six-day-old interview by its date, never by a weekday that reads as the coming one", () => {
		const interview = note({ interview_start: "2026-11-30T10:00", interviewers: [{ name: "Anne Pike", email: "a@x.example", focus: "their trail crew backlog" }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-06T12:00") }).drafts[0].body;
		expect(body).toContain("30 November");
		expect(body).not.toMatch(/\bon Monday\b/);
	});

	it("never points at a whispered line or a guess at pay as something for a focus", () => {
		const interview = note({ interviewers: [{ name: "Anil Shah", email: "a@x.example" }, { name: "Jess Marlow", email: "j@x.example" }] });
		const noteText = '---\ntype: interview\n---\nAnil whispered the night tech got written up\nJess said "we\'re a scrappy company" = low pay\nAnil asked about the HLAC survey\nJess is retiring in 2027 — Anil let slip\n';
		const problems = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T12:00"), noteText }).problems.join("\n");
		expect(problems).toContain("Anil asked about the HLAC survey");
		expect(problems).not.toContain("whispered");
		expect(problems).not.toContain("scrappy");
		// Nor what someone "let slip" (review 161).
		expect(problems).not.toContain("let slip");
	});

	it("says a shared mailbox is one, once, among what to check before sending", () => {
		const interview = note({ primary_contact: "hiring@hollis.example", interviewers: [{ name: "Anne Pike", email: "a@x.example" }] });
		for (const kind of ["next-steps", "check-in"] as const) {
			const result = buildDrafts(interview, kind, { settings, now: local("2026-12-12T12:00") });
			expect(result.problems.filter((p) => p.includes('opens "Hello,"')), kind).toEqual([`hiring@hollis.example is a shared mailbox, so the ${kind === "check-in" ? "check-in" : "next-steps question"} to it opens "Hello,". If you know who reads it, write the entry as "Name <hiring@hollis.example>" to greet them by name.`]);
			expect(result.warnings.join("\n"), kind).not.toContain('opens "Hello,"');
		}
	});
});

describe("what a scene shop and a laundry plant write (review 159)", () => {
	it("offers drawings to be looked at, never 'read more'", () => {
		const texts = [0, 1, 2, 3, 4, 5].map((seed) => attachmentSentences([{ kind: "document", title: "the Cedar Lake shop drawings", url: null, file: true }], { index: 0, seed }));
		expect(texts).toContain("I've attached the Cedar Lake shop drawings, in case you'd like to see them.");
		for (const text of texts) {
			expect(text).not.toContain("read more");
			expect(text).toMatch(/in case you'd like to see them\.|In case it's useful, I've (?:also )?attached the Cedar Lake shop drawings\./);
		}
	});

	it("writes a shift, a year, 'the last two' and the plant's shorthand out", () => {
		expect(focusTopic("CBW thruput dropping on 2nd, PPOH ~38 vs 50 tgt", {}).topic?.text).toBe("CBW throughput dropping on second shift");
		expect(focusTopic("budget overruns on last two shows", {}).topic?.text).toBe("budget overruns on the last two shows");
		expect(said("ran HLAC prep 2023, zero findings")).toBe("I ran HLAC prep in 2023, with zero findings.");
		expect(expandShorthand("class of 2023")).toBe("class of 2023");
		expect(expandShorthand("the spring 2026 season")).toBe("the spring 2026 season");
	});
});

describe("who is greeted and who promised what (reviews 161, 162)", () => {
	it("greets an elected office by it, 'Hon.' or not, and whatever the district in brackets", () => {
		expect(greeting("Hon. Deb Traxler", "Dear", "County Commissioner (District 3)")).toBe("Dear Commissioner Traxler");
		expect(greeting("Gary Pruitt", "Hi", "County commissioner (Dist 2)")).toBe("Dear Commissioner Pruitt");
		// "Hon." with a post that is no office is the full name, formally (reviews 69, 70).
		expect(greeting("Hon. Patricia Lim", "Hi", "Library Director")).toBe("Dear Patricia Lim");
	});

	it("says a post's initials that are the reader's own title as 'you'", () => {
		const read = readNextSteps("2nd rd w/ owner + client rep wk of 12/14. OM to call by fri", { names: ["Darnell Fontenot", "Darnell"], title: "Ops Mgr", context: ["Darnell Fontenot"] }, local("2026-11-27T10:00"), now);
		expect(read?.clause).toMatch(/, and that you'd call by Friday 4 December$/);
	});

	it("says another's 'we' as their team, never as the reader", () => {
		expect(readNextSteps('Glen said: "we\'ll call you by Fri"', { names: ["Sheila Ray", "Sheila"], title: "Recruiter", context: ["Sheila Ray"] }, local("2026-11-27T10:00"), now)?.clause).toBe("I understood the team would call me by Friday 4 December");
		expect(readNextSteps('Glen said: "we\'ll call you by Fri"', { names: ["Glen Hart", "Glen"], context: ["Glen Hart"] }, local("2026-11-27T10:00"), now)?.clause).toBe("you mentioned you'd call me by Friday 4 December");
	});

	it("never says 'before then' of a promise that starts after a day", () => {
		const interview = note({ interview_start: "2026-11-27T10:00", primary_contact: "Tasha Greene <t@x.example>", interviewers: [{ name: "Tasha Greene", email: "t@x.example" }], next_steps: 'recruiter will "circle back" after thanksgiving w/ the Eastgate OM', thank_you_sent: "2026-11-27T15:00" });
		const body = buildDrafts(interview, "check-in", { settings, now: local("2026-12-06T12:00") }).drafts[0].body;
		expect(body).toContain("circle back after Thanksgiving");
		expect(body).not.toContain("before then");
	});

	it("waits for decision_expected, never for a day reckoned from a season", () => {
		const interview = note({ next_steps: 'Gail said HR will reach out re references, decision "before the holidays"', decision_expected: "2026-12-18" });
		expect(namedDayOf(interview)).toBeNull();
		expect(namedDayOf(note({ next_steps: "decision by 12/22", decision_expected: "2026-12-18" }))?.getDate()).toBe(22);
	});
});

describe("highlights in a hurry (reviews 161, 162)", () => {
	it("keeps a word after a figure that opens a sentence in lower case", () => {
		expect(said("Hired and trained 9 seasonal hands; 8 came back the next fall.")).toBe("I hired and trained 9 seasonal hands, and 8 came back the next fall.");
	});

	it("says a year after 'since' alone, 'in prog' as in progress, and time served chairside as typed", () => {
		const r = experienceOf("CRCST since '19, CIS in prog", {});
		expect(r.reference).toContain("since 2019");
		expect(r.reference).not.toContain("since in");
		expect(r.reference).toContain("CIS in progress");
		expect(said("4 yrs chairside in peds")).toBe("my 4 years chairside in pediatrics");
		expect(said("state insp '25")).toContain("in 2025");
	});
});

describe("topics and doings as a reader would want them said (reviews 161, 162)", () => {
	it("keeps the trouble's own words before 'issues on' a thing, never the thing alone", () => {
		expect(focusTopic("DPF regen issues on the 2019 Internationals", {}).topic?.text).toBe("DPF regeneration on the 2019 Internationals");
		// What complaints are about stays the topic (review 156).
		expect(focusTopic("resident council complaints about weekend programming", {}).topic?.text).toBe("weekend programming");
		expect(focusTopic("their problems with the new EHR", {}).topic?.text).toBe("the new EHR");
	});

	it("never makes one bare word someone wants, after a question it could not say, the topic", () => {
		const read = focusTopic("How does extension justify its budget line to the board? She wants numbers.", {});
		expect(read.topic).toBeNull();
		expect(read.leftOut).toContain("How does extension justify its budget line to the board? She wants numbers.");
	});

	it("gives a programme the user wrote its article", () => {
		expect(said("wrote bin entry + confined space program, 0 OSHA recordables 3 yrs")).toBe("I wrote a bin entry and confined space program, with zero OSHA recordables for 3 years.");
		expect(said("built onboarding checklist for new techs")).toBe("I built an onboarding checklist for new techs.");
		expect(said("wrote the SOP")).toBe("I wrote the SOP.");
	});

	it("reads one who said hi and left as one who took no part in the talk", () => {
		expect(quietMention("---\ntype: interview\n---\nOcampo said hi and left\n", ["Ocampo"])?.line).toBe(4);
		expect(quietMention("---\ntype: interview\n---\nOcampo popped in to say hello\n", ["Ocampo"])?.line).toBe(4);
		expect(quietMention("---\ntype: interview\n---\nOcampo said hi and asked about my certs\n", ["Ocampo"])).toBeNull();
	});
});

describe("names, credentials and events in a hurry (reviews 163, 164)", () => {
	it("never reads a short name with a capital as a unit", () => {
		expect(readNextSteps("tanya to set up onsite w/ Mo", { names: ["Tanya Brooks", "Tanya"], title: "Recruiter", context: ["Tanya Brooks", "Mo Abernathy"] }, local("2026-12-01T10:00"), now)?.clause).not.toContain("Months");
		expect(said("ran crew. Mo was great")).not.toContain("Months");
		expect(said("cut it in 5 mo")).toContain("5 months");
	});

	it("says a credential held or being earned as one, never 'my work on' it", () => {
		expect(experienceOf("ETCP Certified Rigger – Arena, 6 yrs hanging points for touring", {}).reference).toBe("my ETCP Certified Rigger credential");
		expect(experienceOf("CPESC in progress; ~90 constr site insp, wrote NOVs", {}).reference).toMatch(/^my CPESC certification, in progress \(about 90 construction site inspections\)/);
	});

	it("gives an event the user ran its article", () => {
		expect(said("ran gait belt + slide board refresher for 40 escorts")).toBe("I ran a gait belt and slide board refresher for 40 escorts.");
		expect(said("ran the huddle")).toBe("I ran the huddle.");
		expect(said("led 3 drills")).toBe("I led 3 drills.");
	});

	it("says a thing the user made that others still use with that clause", () => {
		expect(said("Wrote the scene photo SOP at St. Vincent ED that the county attorney's office still uses")).toBe("I wrote the scene photo SOP at St. Vincent ED that the county attorney's office still uses.");
		expect(said("built a tracker that Sarah still uses")).toBe("I built a tracker that Sarah still uses.");
	});
});

describe("a title, a bacterium and a programme (reviews 165, 166)", () => {
	const karen = { names: ["Karen Holt", "Karen", "Holt", "KH"], title: "Director of Bands", context: ["Karen Holt", "Terrence Albright"], mayHire: true };
	it("never cuts next steps at a title's full stop, and says the reader with the verb's plain form", () => {
		const read = readNextSteps("final decision after Dr. Holt talks to the Dean; offer letter thru HR", karen, local("2026-12-04T10:00"), now);
		expect(read?.clause).toBe("I understood a decision was expected after you talk to the Dean");
		const other = readNextSteps("final decision after Dr. Holt talks to the Dean; offer letter thru HR", { names: ["Amy Li", "Amy"], context: ["Amy Li", "Karen Holt"] }, local("2026-12-04T10:00"), now);
		expect(other?.clause).toBe("I understood a decision was expected after Dr. Holt talks to the Dean");
	});

	it("writes C. diff as the bacterium, never 'c. different'", () => {
		expect(focusTopic("C. diff terminal cleans, isolation room turnover", {}).topic?.text).toBe("C. difficile terminal cleans");
		expect(said("cut C. diff rates 30% with UV terminal cleans")).toBe("I cut C. difficile rates 30% with UV terminal cleans.");
		expect(focusTopic("12 diff COE glasses", {}).leftOut).toEqual(["12 different COE glasses"]);
	});

	it("reads a crime victim compensation backlog as work, never as pay", () => {
		const r = experienceOf("Cut our shelter's crime victim comp backlog from 60 to 15", {});
		expect(r.withheld).toBeUndefined();
		expect(r.statement).toContain("crime victim compensation backlog from 60 to 15");
		expect(experienceOf("comp was 58k", {}).withheld).toBe("pay");
	});

	it("reads their words in quotes after a comma, and 'my app' as the application", () => {
		expect(readNextSteps('she\'ll pass my app to the hiring mgr, "should hear in a week or so"', { names: ["Tanya Brooks", "Tanya"], title: "Recruiter", context: ["Tanya Brooks"] }, local("2026-12-03T10:00"), now)?.clause).toBe("you mentioned you'd pass my application to the hiring manager, and that I'd hear back in a week or so");
	});

	it("reads 'triples' and 'spikes' after their noun as what it does", () => {
		expect(focusTopic("their call volume triples during outages and members get mad about the IVR", {}).topic?.text).toBe("your call volume");
	});
});
