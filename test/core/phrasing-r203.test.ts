// What the readings of this stop found (reviews 203 on: a tire shop's front counter, a hospital's dietary tray line, a county
// library's interlibrary loan desk, a roofing contractor's scheduling office; a hardware store's paint desk, a surgery center's
// pre-op unit, a trucking terminal's dock office, a symphony's box office), mended in general.
import { describe, expect, it } from "vitest";
import { buildDrafts, untoldRest } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readNextSteps } from "../../src/core/next-steps-note";
import { experienceOf, focusTopic, roleInLetter } from "../../src/core/phrasing";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Keisha Brandt" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "St. Luke's Regional Medical Center", role: "Dietary Aide", interview_start: "2026-12-04T10:00", interview_end: "2026-12-04T11:00", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};

describe("a focus written as a YAML list (review 203)", () => {
	it("tells an item the topic is not read from, never drops it", () => {
		const r = focusTopic("allergen labels\ntexture-modified diets (IDDSI)", { reader: ["Priya Natarajan"] });
		expect(r.topic?.text).toBe("allergen labels");
		expect(r.leftOut).toEqual(["texture-modified diets (IDDSI)"]);
		// Items that are named whole tell nothing.
		expect(focusTopic("counter wait times\nparts runs", {})).toEqual({ topic: { text: "counter wait times and parts runs", kind: "thing", short: "counter wait times and parts runs" }, leftOut: [] });
	});

	it("is told once when its rest carries markdown", () => {
		expect(untoldRest("hiring\nneeds someone to own the _billing_ service end to end", "hiring", ["needs someone to own the billing service end to end"])).toBeNull();
	});

	it("is told in the draft to that person", () => {
		const interview = note({ interviewers: [{ name: "Priya Natarajan", email: "pn@stlukes.example", focus: ["allergen labels", "texture-modified diets (IDDSI)"] }] });
		const problems = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-04T15:00") }).problems;
		expect(problems.join("\n")).toContain('Part of the focus for Priya Natarajan ("texture-modified diets (IDDSI)") was left out');
	});
});

describe("a measure named by a verb that is also a noun (review 203)", () => {
	it("is the thing, never a clause cut at the verb", () => {
		for (const [typed, want] of [
			["counter wait times", "counter wait times"],
			["long wait times", "long wait times"],
			["ED wait times", "ED wait times"],
			["labor cost estimates", "labor cost estimates"],
			["counter wait times and parts runs", "counter wait times and parts runs"],
			["parts runs and counter wait times", "parts runs and counter wait times"],
		]) {
			const r = focusTopic(typed, {});
			expect(r.topic?.text, typed).toBe(want);
			expect(r.leftOut, typed).toEqual([]);
		}
		// A verb with its object stays a verb: what a group needs is not a thing named.
		expect(focusTopic("sales needs a CRM", {}).topic).toBeNull();
		// A measure of a trade's shorthand is named whole where the stores are red on it (review 150).
		expect(focusTopic("D14 scripts down 6% YoY, 3 stores red on Rx wait times, PIC turnover", {}).topic?.text).toBe("Rx wait times and PIC turnover");
	});
});

describe("focus shapes of review 204", () => {
	it("keeps a time of day whole", () => {
		expect(focusTopic("staffing the 5:30 am start", {}).topic?.text).toBe("staffing the 5:30 a.m. start");
		expect(focusTopic("the 7 pm close", {}).topic?.text).toBe("the 7 p.m. close");
	});

	it("keeps the verb that brings a thing to a state in the short form", () => {
		const r = focusTopic("getting pre-op ready for the new ortho/spine rooms opening in march", {});
		expect(r.topic?.short).toBe("getting pre-op ready");
		// A verb whose sense is in the part cut off still goes.
		expect(focusTopic("getting Kubernetes upgrades from a fire drill to something boring", {}).topic?.short).toBe("Kubernetes upgrades");
	});

	it("never says back what no one there does", () => {
		const r = focusTopic("crews sitting idle when jobs get rained out and nobody reshuffles the board", {});
		expect(r.topic).toBeNull();
		expect(r.withheld).toBe("criticism");
		expect(focusTopic("no one owns the schedule", {}).topic).toBeNull();
	});
});

describe("roles of reviews 203-204", () => {
	it("keeps a capital typed after a hyphen, and says a shift before the job", () => {
		expect(roleInLetter("RN, Pre-Op / PACU", "Lakeside Surgery Center")).toBe("the Pre-Op/PACU RN role at Lakeside Surgery Center");
		expect(roleInLetter("dock clerk 2nd shift", "Great Plains Freight")).toBe("the second-shift dock clerk role at Great Plains Freight");
		expect(roleInLetter("Front-end developer", "Acme")).toBe("the front-end developer role at Acme");
	});
});

describe("highlights of reviews 203-204", () => {
	it("says what the user knows as so, never how", () => {
		const interview = note({ interviewers: [{ name: "Priya Natarajan", email: "pn@stlukes.example", highlight: "knows IDDSI levels 0-7" }] });
		for (const day of ["2026-12-04T15:00", "2026-12-04T16:00", "2026-12-04T17:00"]) {
			const body = buildDrafts(interview, "thank-you", { settings, now: local(day) }).drafts[0].body;
			expect(body).toContain("I know IDDSI levels 0-7");
			expect(body).not.toContain("how I know");
		}
	});

	it("names an average time with what it times", () => {
		expect(experienceOf("38 doors, avg 22 min turn").reference).toBe("my 38 doors (an average turn of 22 minutes)");
	});
});

describe("next steps of reviews 203-204", () => {
	const read = (text: string, reader: string) => readNextSteps(text, { names: [reader, reader.split(" ")[0]], context: [reader], title: "" }, local("2026-12-02T10:00"), local("2026-12-07T09:00"))?.clause;
	it("says the meeting the user is passed on for", () => {
		expect(read("she'll pass me to store mgr, in person intvw prob next wk", "Brianna Koch")).toBe("you mentioned you'd pass me to the store manager for an in-person interview, probably in the week of 7 December");
	});

	it("counts another candidate in words, and gives a part with no subject to the user", () => {
		expect(read("jake says they're deciding between me and 1 other, should know early next wk", "Jake Pruitt")).toBe("you mentioned the team was deciding between me and one other candidate, and that I would know early in the week of 7 December");
	});

	it("writes out an executive director", () => {
		expect(read("2nd rd w/ the exec dir maybe", "Jake Pruitt")).toBe("I understood the next step was possibly a second round with the executive director");
	});

	it("offers nothing to start of a step said on a condition the letter leaves out", () => {
		const interview = note({ primary_contact: "Gloria Mendez <gmendez@stlukes.example>", interviewers: ["Gloria Mendez <gmendez@stlukes.example>"], next_steps: "2nd interview w HR + drug screen if selected", decision_expected: "2026-12-11", thank_you_sent: "2026-12-04T15:00" });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-07T09:00") }).drafts[0].body;
		expect(body).toContain("drug screen");
		expect(body).not.toMatch(/get that started/);
	});
});

describe("the company's own address as the primary contact (review 204)", () => {
	it("is never thanked as an agency that put the user forward", () => {
		const interview = note({
			company: "Harbor City Symphony",
			role: "Box Office Associate",
			primary_contact: "ticketing@harborcitysymphony.example",
			interviewers: [{ name: "Theo Grant", email: "tgrant@harborcitysymphony", title: "Box Office Supervisor" }],
			thank_you_sent: "2026-12-04T15:00",
			check_in_sent: "2026-12-11T09:00",
		});
		const body = buildDrafts(interview, "close-out", { settings, now: local("2026-12-21T10:00") }).drafts[0].body;
		expect(body).not.toMatch(/putting me forward|other roles you're working on/);
		expect(body).toContain("considering me for");
	});
});
