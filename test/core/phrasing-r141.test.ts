// What reviews 141-142 found: a tugboat, a sleep lab, a piano shop, stormwater inspection, hotel banquets, a dialysis
// clinic, a bicycle shop and a crime lab's evidence unit.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { quietMention, toAskMention, mentionsOf } from "../../src/core/body-mentions";
import { experienceOf, focusTopic, roleInLetter } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Renee Okafor" };
const now = new Date(2026, 11, 6, 9);
const note = (body: string) => `---\ntype: interview\n---\n${body}\n`;

function draftsOf(frontmatter: Record<string, unknown>, kind: "thank-you" | "next-steps" = "thank-you", at = "2026-12-03T15:00", noteText?: string) {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Torque Bikes", role: "Service Writer", interview_start: "2026-12-03T10:00", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	if (interview === null) throw new Error("the test note did not parse");
	return buildDrafts(interview, kind, { settings, now: local(at), ...(noteText === undefined ? {} : { noteText }) });
}

describe("what the user's own lines ask of a letter (review 141)", () => {
	it("never urges a pay question the note says to keep out of writing", () => {
		const text = note("- Lou said pay is $27/hr to start, 14 on/14 off. Crowley recruiter said $31 — ask Lou if there's room?? dont put in writing");
		expect(toAskMention(text, ["Lou"])).toBeNull();
	});

	it("never offers a worry as where to find what mattered to someone", () => {
		expect(mentionsOf(note('Dana said they had 60 applicants. Dev kept saying "we will see" — bad sign'), ["Dev"])).toEqual([]);
	});
});

describe("who hardly spoke (review 142)", () => {
	it("is the one the clause names, never everyone on the line", () => {
		const text = note("zoom, Amir (GM) + Bea (head mech) + Cole (floor/sales) — Cole barely spoke");
		expect(quietMention(text, ["Cole"])).not.toBeNull();
		expect(quietMention(text, ["Amir"])).toBeNull();
		expect(quietMention(text, ["Bea"])).toBeNull();
		// A line headed by the name, or naming only them, still says it.
		expect(quietMention(note("Cole: barely spoke, took notes"), ["Cole"])).not.toBeNull();
		expect(quietMention(note("Dana and Ray barely said a word"), ["Ray"])).not.toBeNull();
	});
});

describe("highlights (reviews 141-142)", () => {
	it("leaves out a question they asked that the user answered, never 'how I asked'", () => {
		const read = experienceOf("asked how many BMPs I could realistically inspect per season, I said ~1,200 w/ a tablet workflow");
		expect([read.statement, read.reference, read.short]).toEqual([null, null, null]);
		expect(read.leftOut).toHaveLength(1);
	});

	it("says a sleep technologist's credential as held, with its years written out", () => {
		expect(experienceOf("RPSGT; 3y PSG + HSAT; AASM v3 scoring, IRR 92%").reference).toBe("my RPSGT credential (3 years PSG and HSAT; AASM v3 scoring)");
		expect(experienceOf("CCHT, 2 yrs in-center").reference).toBe("my CCHT credential (2 years in-center)");
	});

	it("keeps a count before its noun singular, and gives a gala and a crew their article", () => {
		expect(experienceOf("flipped 600-pax gala to breakfast sessions overnight w/ crew of 9").statement).toBe("I flipped a 600-guest gala to breakfast sessions overnight with a crew of nine.");
	});

	it("reads a wedding season as a thing, never 'my experience wedding season'", () => {
		expect(experienceOf("Wedding season at the Ridgeline — 38 weddings, no planner complaints").reference).toBe("my work on the wedding season at the Ridgeline (38 weddings), with no planner complaints");
	});

	it("leaves out a check done so often with no doing said, and reads the next item", () => {
		const read = experienceOf("total chlorine q4h + before each shift\nlogged RO alarms & escalated to biomed");
		expect(read.statement).toBe("I logged RO alarms and escalated to biomed.");
		expect(read.leftOut).toEqual(["total chlorine q4h + before each shift"]);
		expect(experienceOf("checked total chlorine q4h").statement).toBe("I checked total chlorine every four hours.");
		// "every PR" is no schedule.
		expect(experienceOf("Automated test rig that runs every PR against real hardware").reference).toContain("automated test rig");
	});
});

describe("focus (review 141)", () => {
	it("takes the thing before a sentence someone said about it", () => {
		const read = focusTopic("hammer voicing on the 1926 Steinway M, their customer says it's too bright");
		expect(read.topic?.text).toBe("hammer voicing on the 1926 Steinway M");
		expect(read.leftOut).toEqual(["their customer says it's too bright"]);
	});

	it("never makes a topic of a loss cut short", () => {
		const read = focusTopic("they lost 2 deckhands since sept and the night watch is running short");
		expect(read.topic?.text ?? "").not.toMatch(/^deckhands since/);
	});

	it("leaves out a why with no verb", () => {
		const read = focusTopic("Why public sector? Why Riverbend?");
		expect(read.topic).toBeNull();
		expect(read.withheld).toBe("unclear");
		expect(focusTopic("why the backlog grew").topic?.text).toBe("why the backlog grew");
	});
});

describe("next steps (review 142)", () => {
	const clause = (text: string) => readNextSteps(text, { names: ["Bo Lee", "Bo"] }, now, now)?.clause;

	it("keeps a hedge typed with a full stop", () => {
		expect(clause("RN mgr to f/u re shadow shift, poss. 2nd rd")).toBe("I understood the RN manager would follow up about a shadow shift, and that there might be a second round");
	});

	it("says what comes after in its order", () => {
		expect(clause("2nd round w/ lab director wk of 12/14, background check + polygraph after that")).toBe("I understood the next step was a second round with the lab director in the week of 14 December, followed by a background check and polygraph");
	});
});

describe("letters (reviews 141-142)", () => {
	it("names a job with a long description after it by the job alone", () => {
		expect(roleInLetter("Deckhand (OS), harbor & ship assist", "Bayside Harbor Towing")).toBe("the Deckhand (OS) role at Bayside Harbor Towing");
	});

	it("leaves the shifts and days out of a subject", () => {
		const { drafts } = draftsOf({ role: "CCHT/PCT (3x12s MWF)", interviewers: [{ name: "Ana Ruiz", email: "a@x.example" }] });
		expect(drafts[0].subject).not.toContain("3x12s");
	});

	it("says a decision is expected, never that the one written to decides", () => {
		const frontmatter = { role: "Polysomnographic Technologist", primary_contact: "Kayla Whitcombe <k@x.example>", interviewers: [{ name: "Gloria Mbeki", email: "g@x.example" }], next_steps: "MD + mgr decide by 12/11, ref chk first", decision_expected: "2026-12-11" };
		const letters = [...draftsOf(frontmatter, "next-steps").drafts, ...draftsOf(frontmatter, "thank-you").drafts].map((d) => d.body).join("\n");
		expect(letters).not.toMatch(/you expect to decide/);
	});

	it("never tells a head mechanic who asked the questions that she sat in", () => {
		const noteText = note("zoom, Amir (GM) + Bea (head mech) + Cole (floor/sales) — Cole barely spoke");
		const { drafts } = draftsOf({ interviewers: "Amir Haddad <amir@x.example>, Bea Sorensen <bea@x.example> and Cole Whitaker <cole@x.example>" }, "thank-you", "2026-12-03T15:00", noteText);
		const toBea = drafts.find((d) => d.to.some((p) => p.name === "Bea Sorensen"))?.body ?? "";
		expect(toBea).not.toMatch(/taking part in the interview|good to have you in the interview|glad you could be there|sitting in|part of it/);
	});
});

describe("highlights the reviews saw dropped (reviews 141-142)", () => {
	it("says what the user told the reader of themselves as theirs", () => {
		expect(experienceOf("Got my heaving line on the first throw. told her I practice monkey's fist throws every week at the marina").statement).toBe(
			"I got my heaving line on the first throw. I practice monkey's fist throws every week at the marina.",
		);
	});

	it("says years in a post on a named system", () => {
		expect(experienceOf("BEAST admin 4 yrs").reference).toBe("my four years as a BEAST administrator");
		expect(experienceOf("BEAST admin 4 yrs, ran 2 purges (~12k items)").reference).toBe("my four years as a BEAST administrator, where I ran 2 purges (about 12,000 items)");
	});
});
