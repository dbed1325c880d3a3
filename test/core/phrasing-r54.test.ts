// Reviews 53-54 (phrasing round 8): an interviewer's "him" or "her" is the reader, a card's short form never
// ends on a verb that lost its object, and pasted counts, units and shorthand read as a letter's.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { experienceOf } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const said = (text: string, context = {}) => {
	const e = experienceOf(text, context);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const at = { settings: { ...DEFAULT_SETTINGS, myName: "Dana Okafor" }, now: local("2026-11-25T18:00") };

describe("an interviewer's own highlight that says 'him' or 'her' speaks of the reader", () => {
	const marcus = { names: ["Marcus Hale", "Ana Ruiz"], reader: ["Marcus Hale"], others: ["Ana Ruiz"] };
	it("the reviewer's ring-out routine is what the user told Marcus of", () => {
		const text = "I walked him through my monitor ring-out routine w/ the RTA and how i keep 6dB headroom on the desk.";
		const e = experienceOf(text, marcus);
		expect(said(text, marcus)).not.toMatch(/\bhim\b|walking|walked|\bi\b|6dB/);
		expect(e.reference).toBe("my monitor ring-out routine with the RTA and how I keep 6 dB of headroom on the desk");
		expect(e.statement).toBeNull();
	});
	it("in the letter to him, never 'telling you how I walked him' nor 'you through'", () => {
		const interview = anInterview()
			.interviewer("Marcus Hale", { email: "marcus@x.example", highlight: "I walked him through my monitor ring-out routine w/ the RTA and how i keep 6dB headroom on the desk." })
			.interviewer("Ana Ruiz", { email: "ana@x.example" })
			.build();
		const body = buildDrafts(interview, "thank-you", at).drafts.find((d) => /Marcus/.test(d.body))?.body ?? "";
		expect(body).toMatch(/my monitor ring-out routine with the RTA/);
		expect(body).not.toMatch(/\bhim\b|walking you|walked you|telling you how I walked/);
	});
	it("another telling of the reader: 'showed her …'", () => {
		const e = experienceOf("showed her the cue sheet i built for the gala", { names: ["Priya Shah"], reader: ["Priya Shah"] });
		expect(e.reference).toBe("the cue sheet I built for the gala");
		expect(said("showed her the cue sheet i built for the gala", { reader: ["Priya Shah"] })).not.toMatch(/\bher\b/);
	});
	it("when it cannot be told who the pronoun is, the note is left out and the user told", () => {
		for (const [text, context] of [
			["Ana asked, I walked her through my patch bay", marcus],
			["walked her through my patch bay", {}],
			["I helped him fix the board mix", marcus],
			["walked him through my patch bay for his manager", marcus],
		] as const) {
			const e = experienceOf(text, context);
			expect(said(text, context)).toBe("");
			expect(e.leftOut.length).toBeGreaterThan(0);
		}
	});
});

describe("a short form never ends on an -ing word whose object it dropped", () => {
	it("the reviewer's rental spend keeps 'by fixing our own gear' or cuts before 'by'", () => {
		const e = experienceOf("cut rental spend 30% in 2025 by fixing our own gear");
		expect(e.short).toBe("cutting rental spend by 30% in 2025");
		expect(e.reference).toMatch(/by fixing my own gear$/);
	});
	it("no short or reference ends on a gerund the note followed with more words", () => {
		const highlights = [
			"cut rental spend 30% in 2025 by fixing our own gear",
			"saved 40 hrs a month by automating the weekly invoice run for all 14 regional clients in the northwest",
			"cut overtime 20% in my first year on the unit by rebuilding the nurse schedule around self-scheduling",
			"led the night crew of 12 pickers at the Kent DC while running the returns desk and training new hires",
			"grew weekend covers 35% over two summers at the Harbor House by adding a brunch menu",
			"reduced scrap on line 4 by 18% in 2024 by retraining operators on the new die change process",
		];
		for (const text of highlights) {
			const e = experienceOf(text);
			for (const phrase of [e.reference, e.short]) {
				const last = phrase?.split(" ").pop() ?? "";
				if (!/ing$/.test(last)) continue;
				expect(new RegExp(`\\b${last} \\w`).test(text), `${phrase} (from "${text}")`).toBe(false);
			}
		}
	});
});

describe("a thing the user says they made is mentioned, never worked on", () => {
	it("the reviewer's input list template", () => {
		const text = "- ran 4-band bills at the Doug Fir\n- input list template i built";
		expect(said(text)).not.toMatch(/worked on the input list template/);
		expect(experienceOf(text).statement).toMatch(/\. I also mentioned the input list template I built\.$/);
	});
	it("another made thing", () => {
		expect(experienceOf("- ran the load-in crew at the Crystal\n- the stage plot i designed").statement).toMatch(/\. I also mentioned the stage plot I designed\.$/);
	});
});

describe("counts and units as a letter writes them", () => {
	it("the reviewer's changeovers: a number and unit before a noun is hyphenated and singular", () => {
		expect(experienceOf("ran 4-band bills at the Doug Fir w/ 15 min changeovers").statement).toBe("I ran 4-band bills at the Doug Fir with 15-minute changeovers.");
		expect(said("ran 4-band bills at the Doug Fir w/ 15 min changeovers")).not.toMatch(/minutes changeovers/);
		expect(experienceOf("ran the ICU w/ 12 hr shifts").statement).toMatch(/12-hour shifts/);
	});
	it("a small count after 'of', 'first', 'my' is a word; never with a unit or in scores", () => {
		expect(said("turned a rope team of 4 around on Rainier in 2024")).toMatch(/a rope team of four around/);
		expect(experienceOf("rebuilt the patch bay in my first 3 months").statement).toBe("I rebuilt the patch bay in my first three months.");
		expect(said("led a crew of 6 at 12,800 ft")).toMatch(/crew of six at 12,800 feet/);
		expect(said("scored 3 of 4 on the audit")).not.toMatch(/four/);
	});
	it("years of a thing are years of work on it; a bracketed duration is the reference's measure", () => {
		expect(experienceOf("my 2 years of cranial helmets at Shriners").reference).toBe("my two years of work on cranial helmets at Shriners");
		expect(experienceOf("my work on PC-DMIS (4 years)").reference).toBe("my four years on PC-DMIS");
		expect(experienceOf("my work on the Kronos rollout (3 months)").reference).toBe("my three months on the Kronos rollout");
	});
});

describe("a name and a common noun after 'at' take 'a'; never 'with … with'", () => {
	it("the reviewer's Boeing supplier", () => {
		const e = experienceOf("led FAI prep for 3 AS9102 packages at Boeing supplier, 0 findings");
		expect(e.statement).toMatch(/ at a Boeing supplier, with zero findings\.$/);
		expect(said("led FAI prep for 3 AS9102 packages at Boeing supplier, 0 findings")).not.toMatch(/at Boeing supplier/);
	});
	it("another named kind", () => {
		expect(experienceOf("built the quoting tool for Acme client in 2023").statement).toBe("I built the quoting tool for an Acme client in 2023.");
	});
	it("the reviewer's falls with injuries are left out, the user told", () => {
		const text = "ran the up-down lesson program at Maple Ridge, 40 kids/wk, zero falls w/ injuries last yr";
		expect(said(text)).not.toMatch(/with [^,.|]* with /);
		expect(experienceOf(text).leftOut.join(" ")).toMatch(/falls with injuries/);
	});
	it("another 'with' inside a 'with' part", () => {
		const text = "ran the climbing wall at REI, zero falls w/ injuries in 2024";
		expect(said(text)).not.toMatch(/with [^,.|]* with /);
		expect(experienceOf(text).statement).toBe("I ran the climbing wall at REI.");
	});
});

describe("pasted shorthand: weekday pairs and a one-word tag in brackets", () => {
	it("the reviewer's counter runs on Fridays and Saturdays", () => {
		expect(said("ran 12 seat counter solo fri/sat")).not.toMatch(/fri\/sat/);
		expect(experienceOf("ran 12 seat counter solo fri/sat").statement).toMatch(/ on Fridays and Saturdays\.$/);
		expect(experienceOf("ran brunch service on sat/sun at the Heathman").statement).toMatch(/ on Saturdays and Sundays at the Heathman\.$/);
	});
	it("the reviewer's '(accela)' is left out, the user told", () => {
		const e = experienceOf("cut average intake time from 9 days to 4 (accela)");
		expect(said("cut average intake time from 9 days to 4 (accela)")).not.toMatch(/accela/);
		expect(e.leftOut).toContain("accela");
		expect(said("rebuilt the permit queue for the county (tyler)")).not.toMatch(/tyler/);
	});
});

describe("a long highlight: a 'when' part in slang and everyone's clause after the user's are left out", () => {
	it("the reviewer's rope team", () => {
		const text = "turned a rope team of 4 around at 12,800 ft on Rainier in 2024 when the bridge at the bergschrund looked sketchy, everyone got home fine";
		const e = experienceOf(text);
		expect(said(text)).not.toMatch(/sketchy|everyone/);
		expect(e.statement).toBe("I turned a rope team of four around at 12,800 feet on Rainier in 2024.");
		expect(e.leftOut).toContain("everyone got home fine");
	});
	it("another slang 'when'", () => {
		expect(said("pulled the crew off the roof in 2023 when the wind got dicey")).not.toMatch(/dicey/);
	});
});
