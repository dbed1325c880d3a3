// What the readings of this stop found (reviews 231 on), mended in general.
import { describe, expect, it } from "vitest";
import { matteredLines } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readMattered, sentencesOf } from "../../src/core/what-mattered";
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

	it("gives nothing for a line with anything private, a fault of theirs, or the user's view of the person", () => {
		expect(readMattered("cleaning. they use rescue not bleach. 2 ppl quit bc of the rotation (!!)")).toEqual({});
		expect(readMattered("sample wall chaos. showed pics of our library")).toEqual({});
		expect(readMattered("remeasures killing them. told him abt my laser log")).toEqual({});
		expect(readMattered("numbers ppl. 30 appts/wk, avg ticket")).toEqual({});
		expect(readMattered("weekend coverage. pay is 21/hr")).toEqual({});
	});

	it("splits sentences, never at a title's full stop", () => {
		expect(sentencesOf("works w/ dr. rao on intake. told her abt my log")).toEqual(["works w/ dr. rao on intake.", "told her abt my log"]);
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
