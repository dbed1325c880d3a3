// Phrases that read as notes rather than English: a name's missing "the", a role's stray capital, a
// focus cut to nothing, units as typed, a numbered name lowered, a noun glued to "my experience".
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic, phraseFault, roleInSentence, unitsWritten, withPlaceArticles } from "../../src/core/phrasing";

describe("a name before a common noun such as 'branch' takes 'the'", () => {
	it.each([
		["brought Harbor View parking structure in under budget", "I brought the Harbor View parking structure in under budget."],
		["ran the desk at Fairview branch", "I ran the desk at the Fairview branch."],
		["opened Seattle office in 2023", "I opened the Seattle office in 2023."],
	])("%j", (note, statement) => {
		expect(experienceOf(note).statement).toBe(statement);
	});

	it.each([
		"ran the desk at Acme",
		"ran Acme site visits",
		"opened the Seattle office",
		"opened new Seattle office",
	])("never before a bare name, a name already with its article, or a noun it may not head: %j", (note) => {
		expect(withPlaceArticles(note)).toBe(note);
	});
});

describe("a role's first word that is only a common noun of the company's name is lowered", () => {
	it.each([
		["Piano technician", "Hartmann Piano Service", "the piano technician role at Hartmann Piano Service"],
		["Steel erector", "Keystone Steel", "the steel erector role at Keystone Steel"],
		["Hartmann technician", "Hartmann Piano Service", "the Hartmann technician role at Hartmann Piano Service"],
		["Salesforce administrator", "Cloud Salesforce Partners", "the Salesforce administrator role at Cloud Salesforce Partners"],
		["Piano technician", "Hartmann Piano Service", "the Piano technician role at Hartmann Piano Service", ["Hartmann Piano Service", "Piano World"]],
		// A word the note only writes after the first word of a name is a common noun there.
		["Wind turbine technician II", "Gale Ridge Renewables", "the wind turbine technician II role at Gale Ridge Renewables", ["Gale Ridge Renewables", "Prairie Wind"]],
		["Baker", "Acme", "the baker role at Acme", ["Acme", "Tom Baker"]],
		["Prairie restoration tech", "Acme", "the Prairie restoration tech role at Acme", ["Acme", "Prairie Wind"]],
	] as [string, string, string, string[]?][])("%j at %j", (role, company, phrase, names) => {
		expect(roleInSentence(role, company, { names: names ?? [company] })).toBe(phrase);
	});
});

describe("a focus cut down keeps what it says", () => {
	it.each([
		["getting docents to stop lecturing at kids & actually ask questions", "getting docents to stop lecturing at kids"],
		["getting nurses to chart at the bedside & actually use the scanners", "getting nurses to chart at the bedside"],
	])("a short form keeps its leading gerund: %j", (note, short) => {
		const topic = focusTopic(note).topic;
		expect(topic?.short).toBe(short);
		expect(topic?.text.startsWith("getting ")).toBe(true);
	});

	it.each([
		"stormwater, the permits are a mess",
		"parking, the meters are broken",
		"stormwater. The Riverside Park bioswales keep failing in year 2",
	])("a first clause that no longer says anything is left out: %j", (note) => {
		const reading = focusTopic(note);
		expect(reading.topic).toBeNull();
		expect(reading.leftOut).toEqual([note]);
	});
});

describe("units after a number are written out in a short form and a topic", () => {
	it.each([
		["48h", "48 hours"],
		["5 min", "5 minutes"],
		["2 wks", "2 weeks"],
		["1 hr", "1 hour"],
		["a 48h lag", "a 48-hour lag"],
		["the 48h turnaround", "the 48-hour turnaround"],
		["a 3D printer", "a 3D printer"],
		["the min wage", "the min wage"],
		["wks of work", "wks of work"],
	])("%j → %j", (text, written) => {
		expect(unitsWritten(text)).toBe(written);
	});

	it("in a highlight's short form", () => {
		expect(experienceOf("cut our 6am newscast from 5 min to 3:45 at KVNR").short).toContain("from 5 minutes to 3:45");
		expect(experienceOf("cut the 10pm promo from 2 min to 1:30 at WKRB").short).toContain("from 2 minutes to 1:30");
	});

	it("in a focus", () => {
		expect(focusTopic("the 48h turnaround on lab results").topic?.text).toBe("the 48-hour turnaround on lab results");
	});
});

describe("a capitalised word before a number is a name", () => {
	it.each([
		["Section 301 exclusions + the backlog of post-summary corrections", "Section 301 exclusions"],
		["Form 7501 errors + the backlog", "Form 7501 errors"],
		["Chapter 11 filings, they want faster review", "Chapter 11 filings"],
	])("%j", (note, start) => {
		expect(focusTopic(note).topic?.text.startsWith(start)).toBe(true);
	});

	it("in a role", () => {
		expect(roleInSentence("Section 8 housing specialist", "Metro Housing Authority")).toBe("the Section 8 housing specialist role at the Metro Housing Authority");
	});

	it("only a noun that names things by their number: 'Latency 60' is a note's shorthand, lowered mid-sentence", () => {
		for (const note of ["!! Latency 60 SQL the on-call load", "Latency 60 code"]) {
			const topic = focusTopic(note).topic;
			if (topic !== null) expect(topic.text.startsWith("Latency")).toBe(false);
		}
		expect(focusTopic("Gate 4 turnarounds + the deicing queue").topic?.text.startsWith("Gate 4 turnarounds")).toBe(true);
	});
});

describe("a noun is never glued to 'my experience'", () => {
	it.each([
		["planting plan for the Elm St rain gardens, 94% survival after 3 yrs", "my planting plan for the Elm Street rain gardens"],
		["grading plan for the Oak Hill lots, 0 washouts after 2 yrs", "my grading plan for the Oak Hill lots"],
	])("%j", (note, start) => {
		const e = experienceOf(note);
		expect(e.reference?.startsWith(start)).toBe(true);
		expect(e.short).toBe(start);
	});

	it("the gate refuses one that gets through", () => {
		expect(phraseFault("my experience planting plan for the Elm Street rain gardens", "topic")).not.toBeNull();
		expect(phraseFault("my experience planting trees for the city", "topic")).toBeNull();
	});
});

describe("shorthand read for what it means in its place", () => {
	it.each([
		// (A process named by what it is for is the one known process, review 256.)
		["VOD rev process + scrim sched", "the VOD review process and scrim schedule"],
		["code rev turnaround", "the code review turnaround"],
		["their foundation $ is 70% from 2 funders, too concentrated", "your foundation funding"],
	])("%j", (note, text) => {
		expect(focusTopic(note).topic?.text).toBe(text);
	});

	it("keeps 'rev' as revenue and '$' as costs elsewhere", () => {
		expect(focusTopic("rev per seat and pest $").topic?.text ?? "").not.toMatch(/review|funding/);
	});

	it.each([
		["built wkly VOD/scrim block @ Apex Academy -> 0 roster churn 2 szns", ", with no roster churn for 2 seasons"],
		["Set up a tracking sheet for failed newborn screens → 95% seen within 30 days", ", with 95% seen within 30 days"],
		["re-slotted the pick face -> 40% fewer touches", ", with 40% fewer touches"],
		["cut no-shows -> 30% drop in 6 mos", ", for a 30% drop in 6 months"],
	])("an arrow before what came of the work: %j", (note, tail) => {
		const statement = experienceOf(note).statement ?? "";
		expect(statement).toContain(tail);
		expect(statement).not.toMatch(/ to (?:0|\d+%)|for a \d+% (?:seen|fewer)/);
	});
});

describe("a role typed in shorthand is written out", () => {
	it.each([
		["flt dispatcher", "the flight dispatcher role at Skyline Air"],
		["Customer svc rep", "the customer service representative role at Skyline Air"],
		["disp supervisor", "the dispatch supervisor role at Skyline Air"],
		["fleet mech (ambulance)", "the fleet mechanic role at Skyline Air"],
		["A&P mech", "the A&P mechanic role at Skyline Air"],
		// Words that stay: a tech lead is no technician.
		["Tech lead", "the tech lead role at Skyline Air"],
	])("%j", (role, phrase) => {
		expect(roleInSentence(role, "Skyline Air")).toBe(phrase);
	});
});
