// Reviews 105-106: what the drafts said that the recipient would have read wrong, read as the drafts read it, with a reader.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const context = { reader: ["Ruth Adeyemi"], names: ["Ruth Adeyemi"] };
const read = (text: string) => experienceOf(text, context);
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const said = (text: string) => {
	const r = read(text);
	return [r.statement, r.statementMid, r.reference, r.short, ...r.more].filter((t): t is string => t !== null).join(" | ");
};

describe("a letter never says the opposite of the note", () => {
	it("a topic that would drop the note's 'dont' is told ('dont derail the clinical convo' was said 'derailing the clinical conversation')", () => {
		const line = "goals of care mtgs, chaplain role in family mtgs, dont derail the clinical convo";
		expect(topicOf(line) ?? "").not.toMatch(/derail/);
		expect(focusTopic(line, context).leftOut.join(" ")).toContain("dont derail the clinical convo");
		expect(topicOf("never skipping the huddle, staffing") ?? "").not.toMatch(/^skipping/);
	});
	it("never says the reader's customers' complaints back to them, and keeps a skill with complaints", () => {
		expect(topicOf("couples complaining abt late galleries, wants 4wk turnaround")).toBeNull();
		expect(focusTopic("couples complaining abt late galleries, wants 4wk turnaround", context).withheld).toBe("criticism");
		expect(topicOf("handling customer complaints, returns")).toBe("handling customer complaints and returns");
	});
	it("keeps a negation that is said", () => {
		expect(read("stopped the line twice when the guard was off, no injuries").statement).toBe("I stopped the line twice when the guard was off, with no injuries.");
		expect(topicOf("not overpromising to families")).toBe("not overpromising to families");
	});
	it("a highlight that would drop 'never' is told", () => {
		const r = read("never let a dialyzer reuse slip past the log, caught 3 mislabels");
		expect(said("never let a dialyzer reuse slip past the log, caught 3 mislabels")).not.toMatch(/^I let\b|\bletting a dialyzer/);
		expect(r.statement === null || r.statement.includes("never")).toBe(true);
	});
});

describe("a family the user served is never named to someone else", () => {
	it.each([
		["cpe unit at county gen, arranged imam + ghusl space w/ nursing for the hassan family", "for a family"],
		["helped the Nguyen family get a hospice bed in 2 hrs", "helped a family"],
	])("%s", (note, kept) => {
		expect(said(note)).toContain(kept);
		expect(said(note)).not.toMatch(/hassan|Nguyen/i);
	});
	it("keeps 'the whole family' and 'the host family'", () => {
		expect(said("sat with the whole family at end of life")).toContain("the whole family");
	});
});

describe("shorthand and names as the reader would write them", () => {
	it("'county gen' is County General, never 'county generation'", () => {
		expect(said("did my residency at county gen")).toContain("County General");
		expect(said("did my residency at county gen")).not.toContain("generation");
	});
	it("'south asian weddings', 'youtube' and 'biz' are written out", () => {
		expect(topicOf("south asian weddings, multi day events")).toBe("South Asian weddings and multi-day events");
		expect(topicOf("club sponsorships, youtube hive inspection videos")).toBe("club sponsorships and YouTube hive inspection videos");
		expect(topicOf("family biz culture, doesnt want a sales bro")).toBe("family business culture");
	});
	it("'went to super' is the superintendent", () => {
		expect(said("the time i stopped the loader crew from fouling the main w/o a track warrant, went to super")).toContain("went to the superintendent");
	});
	it("the user's 'thing' is told, never sent ('my sneak peek in 48 hours thing')", () => {
		const r = read("my sneak peek in 48h thing + full gallery in 5 wks avg last season");
		expect(r.statement).toBeNull();
		expect(r.reference).toBeNull();
		expect(r.leftOut).toEqual(["my sneak peek in 48h thing + full gallery in 5 wks avg last season"]);
	});
});

describe("what the user did is one sentence, with its place where it reads right", () => {
	it("'my old job - built the alert so customers knew …' puts the place first", () => {
		const r = read("my old job - built the backorder txt alert so customers knew before they called");
		expect(r.statement).toBe("At my old job, I built the backorder text alert so customers knew before they called.");
		expect(r.statementMid).toBe("at my old job, I built the backorder text alert so customers knew before they called.");
		expect(r.more).toEqual([]);
	});
	it("a short form cut before its object is none ('growing up helping')", () => {
		expect(read("told her i grew up helping my grandpa w his 20 hives + ran the honey stand").short).toBeNull();
	});
});

describe("next steps: a day before an event names the event", () => {
	it("'stage shift on sat 12/5 wedding' is a shift at the wedding on that day", () => {
		const base = new Date(2026, 10, 24, 15, 0);
		const r = readNextSteps("stage shift on sat 12/5 wedding (BEO for 220)", { names: ["Simone"], context: ["Simone", "Achterberg"] }, base, new Date(2026, 10, 25, 9, 0));
		expect(r?.clause).toMatch(/a stage shift at the wedding on Saturday,? (?:5 December|December 5)/);
	});
});

describe("an agency's recruiter named with their firm", () => {
	it("'Brittany Sokol (RailStaff Partners)' for Keystone Short Line is thanked for putting the user forward", () => {
		const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-12-01T09:00") };
		const letter = (contact: string) => {
			const interview = anInterview().company("Keystone Short Line").role("Conductor").at("2026-11-23T14:00", "2026-11-23T14:25").primaryContact(contact, "bsokol@example.com").interviewer("Gene Platt").build();
			return buildDrafts(interview, "close-out", at).drafts[0]?.body ?? "";
		};
		expect(letter("Brittany Sokol (RailStaff Partners)")).toContain("for putting me forward");
		expect(letter("Brittany Sokol (RailStaff Partners)")).not.toContain("with your team");
		expect(letter("Brittany Sokol (HR)")).toContain("for considering me");
		expect(letter("Brittany Sokol (Keystone Short Line)")).toContain("for considering me");
	});
});
