// What the readings of reviews 248-250 found, mended in general; each case is a note line as a reviewer typed it.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { readMattered, withoutDoubtedClaims } from "../../src/core/what-mattered";
import { forUserOnly, quietMention, rivalMention } from "../../src/core/body-mentions";
import { clockTimes, experienceOf, focusTopic } from "../../src/core/phrasing";
import { greeting } from "../../src/core/people";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Sam Okafor" };
const note = (frontmatter: Record<string, unknown>) => {
	const { interview } = parseInterview({ file: "Interviews/Note.md", frontmatter: { type: "interview", company: "Silver Fork Catering", role: "Event office coordinator", interview_start: "2026-12-02T14:00", interview_end: "2026-12-02T14:45", ...frontmatter } }, DEFAULT_SETTINGS, () => null);
	return interview!;
};
const reader = { names: ["Gina"], context: [] };

describe("what they asked the user for (review 248)", () => {
	const base = local("2026-12-02T14:00");
	const now = local("2026-12-03T10:00");

	it("reads a step with a bracket saying what the thing is, and leaves the bracket out", () => {
		const read = readNextSteps("gina wants a writing sample (a mock client email) by mon 12/7", reader, base, now);
		expect(read?.clause).toBe("you mentioned you'd like a writing sample by Monday 7 December");
		expect(readNextSteps("gina wants a writing sample (e.g. a mock client email)", reader, base, now)?.clause).toBe("you mentioned you'd like a writing sample");
	});

	it("asks what the thing they asked for should cover, never what the user could send", () => {
		const interview = note({ primary_contact: "Gina Russo <gina@silverfork.example>", next_steps: "gina wants a writing sample (a mock client email) by mon 12/7", decision_expected: "mid dec" });
		const r = buildDrafts(interview, "next-steps", { settings, now });
		const body = r.drafts[0].body;
		expect(body).toContain("you'd like a writing sample by Monday 7 December");
		expect(body).toContain("Is there anything in particular you'd like it to cover?");
		expect(body).not.toMatch(/anything I can send/);
		expect(r.problems.join("\n")).toContain("a mock client email");
	});
});

describe("a note to the user is never said back (reviews 249-250)", () => {
	const base = local("2026-11-30T10:00");
	const now = local("2026-12-01T10:00");

	it("leaves out what to bring or wear, and tells the user", () => {
		const read = readNextSteps("working interview sat 12/5 8am, bring black shirt", reader, base, now);
		expect(read?.clause).toMatch(/^I understood the next step was a working interview on Saturday 5 December/);
		expect(read?.clause).not.toMatch(/shirt|bring/);
		expect(readNextSteps("trial shift fri, wear closed toe shoes", reader, base, now)?.clause).toBe("I understood the next step was a trial shift on Friday 4 December");
	});

	it("never pastes a doing in brackets in place of the interview it is", () => {
		const read = readNextSteps("Dana emails by fri re: 2nd rd w/ working interview (shadow a sat shift)", { names: ["Dana"], context: [] }, base, now);
		expect(read?.clause ?? "").not.toMatch(/with shadow|a shadow/);
		expect(readNextSteps("working interview (paid shadow shift) next wk", reader, base, now)?.clause).toMatch(/a paid shadow shift/);
	});
});

describe("claims the user doubts (review 249)", () => {
	it("leaves out the claim a bracket doubts, bracket and all", () => {
		expect(withoutDoubtedClaims("my pet store job - i walked ppl thru care sheets before they bought, cut returns (I think?? dont quote a number)")).toEqual({
			text: "my pet store job - i walked ppl thru care sheets before they bought",
			dropped: ["cut returns (I think?? dont quote a number)"],
		});
		expect(withoutDoubtedClaims("trained 3 staff, cut returns (I think??) by 20%, and ran the desk").text).toBe("trained 3 staff, and ran the desk");
		expect(withoutDoubtedClaims("ran the desk (2 yrs), trained staff (Square)")).toEqual({ text: "ran the desk (2 yrs), trained staff (Square)", dropped: [] });
	});

	it("writes no doubted claim to the reader, and tells the user what was left out", () => {
		const interview = note({ interviewers: [{ name: "Greg Tanaka", email: "greg@harborpaws.example", focus: "return rate!! theyre at ~18% and he wants it under 10", highlight: "my pet store job - i walked ppl thru care sheets before they bought, cut returns (I think?? dont quote a number)" }] });
		const text = "---\ntype: interview\n---\n## Next steps\n\n- petsmart wants answer by 12/8 - DON'T mention to harbor paws\n";
		const r = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T18:00"), noteText: text });
		const body = r.drafts[0].body;
		expect(body).not.toMatch(/quote|I think|cut returns/);
		expect(body).toContain("the return rate");
		expect(r.problems.join("\n")).toContain('leave out "cut returns (I think?? dont quote a number)"');
		// A line kept from everyone ties to a focus by a word of its topic, never by "wants".
		expect(r.problems.join("\n")).not.toMatch(/The focus for Greg Tanaka was left out/);
	});

	it("claims nothing the notes say not to oversell", () => {
		const interview = note({ interviewers: [{ name: "Lin Zhou", email: "lin@cedar.example", focus: "the bookmobile", highlight: "conversational spanish" }] });
		const text = "---\ntype: interview\n---\n## Notes\n\n- my conversational spanish is honestly rusty, dont oversell it\n";
		const r = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T18:00"), noteText: text });
		expect(r.drafts[0].body).not.toMatch(/Spanish/i);
		expect(r.problems.join("\n")).toMatch(/The highlight for Lin Zhou was left out of the drafts: your notes on line 6 say "my conversational spanish is honestly rusty, dont oversell it"/);
	});
});

describe("highlights as typed in a hurry (review 248-250)", () => {
	it("says a change in figures right after something made is what it did", () => {
		expect(experienceOf("built a google sheet for pickup slots at old job. cut no-shows ~30%").statement).toBe("I built a Google sheet for pickup slots at my old job. That cut no-shows by about 30%.");
		expect(experienceOf("made a checklist for closing. reduced errors by half").statement).toBe("I made a checklist for closing. That reduced errors by half.");
		// A change with a means of its own is a claim of its own.
		expect(experienceOf("built a schedule. cut overtime 20% by cross-training staff").statement).toMatch(/I also cut overtime/);
	});

	it("says a measure that grew from one figure to another", () => {
		expect(experienceOf("I ran the salon IG at Mane Street and grew it 1.2k -> 4k in a yr").statement).toBe("I ran the salon IG at Mane Street and grew it from 1,200 to 4,000 in a year.");
	});

	it("goes on with a second doing after a sentence holding a name in brackets", () => {
		expect(experienceOf("I set up online booking (Square) for the salon, cut phone time in half").statement).toBe("I set up online booking for the salon, and cut phone time in half.");
	});

	it("gives a kind of place its article, and insurance its word", () => {
		expect(experienceOf("3 yrs front desk at dental office").reference).toBe("my 3 years at the front desk at a dental office");
		expect(experienceOf("my 98% quote accuracy at storage place").reference).toBe("my 98% quote accuracy at a storage place");
		expect(experienceOf("worked in office admin").statement).toBe("I worked in office admin.");
		expect(experienceOf("did ins verif for 3 clinics").statement).toBe("I did insurance verification for 3 clinics.");
		expect(experienceOf("learned the ins and outs of billing").statement).toBe("I learned the ins and outs of billing.");
	});

	it("keeps the capital of a name first in a pair of names", () => {
		expect(experienceOf("Polaris + Koha").reference).toBe("my work on Polaris and Koha");
	});
});

describe("a call, then a meeting in person (review 250)", () => {
	it("never calls a card more than the occasion needs when the user was met on site", () => {
		const interview = note({ format: "phone then onsite", interviewers: [{ name: "Bernie Adams", email: "bernie@glide.example" }] });
		const r = buildDrafts(interview, "handwritten-note", { settings, now: local("2026-12-03T10:00") });
		expect(r.warnings.join("\n")).not.toMatch(/by phone/);
		const call = buildDrafts(note({ format: "phone", interviewers: [{ name: "Bernie Adams", email: "bernie@glide.example" }] }), "handwritten-note", { settings, now: local("2026-12-03T10:00") });
		expect(call.warnings.join("\n")).toMatch(/by phone/);
	});
});

describe("review 250, read again after the mends", () => {
	it("says the hour of a day at it, and tells a note to self as one", () => {
		const read = readNextSteps("working interview sat 12/5 8am, bring black shirt", reader, local("2026-11-30T14:00"), local("2026-12-01T10:00"));
		expect(read?.clause).toBe("I understood the next step was a working interview on Saturday 5 December at 8 a.m.");
		const interview = note({ interview_start: "2026-12-02T10:00", interview_end: "2026-12-02T10:40", primary_contact: "Rhonda Kim <rhonda@sparkle.example>", next_steps: "working interview sat 12/5 8am, bring black shirt" });
		const r = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T16:00") });
		expect(r.drafts[0].body).toContain("on Saturday 5 December at 8 a.m.");
		expect(r.drafts[0].body).not.toMatch(/shirt/);
		expect(r.problems.join("\n")).toContain('leaves out "bring black shirt" from the next steps in the note: it reads as a note to yourself');
	});

	it("keeps an arrow between two figures of the body's highlight a change", () => {
		expect(readMattered("Sasha: Instagram DMs answered w/in an hr. she showed me 200+ unread lol. I mentioned I ran the salon IG at Mane Street and grew it 1.2k -> 4k in a yr", forUserOnly)?.highlight).toBe("I ran the salon IG at Mane Street and grew it 1.2k -> 4k in a yr");
	});

	it("gives a kind of place its article in a list of highlights too", () => {
		expect(experienceOf("- 3 yrs front desk at dental office\n- trained on Eaglesoft").reference).toBe("my 3 years at the front desk at a dental office");
	});

	it("says a manner with no article", () => {
		expect(focusTopic("phone manner").topic?.text).toBe("phone manner");
	});

	it("never follows 'a clearer picture of the work' with a second line of what the talk gave", () => {
		for (let i = 0; i < 8; i++) {
			const interview = note({ company: `Swift Haul ${i}`, interviewers: [{ name: "Priya Shah", email: "priya@swift.example", focus: "phone manner" }] });
			const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T16:00") }).drafts[0].body;
			expect(body).not.toMatch(/clearer picture of the work\. (?:I came away|That conversation gave|That part of our talk|Hearing it from you)/);
		}
	});
});

describe("review 249, read again after the mends", () => {
	it("never says 'with' a topic 'with you'", () => {
		for (let i = 0; i < 8; i++) {
			const interview = note({ company: `Harbor Paws ${i}`, interviewers: [{ name: "Marisol Reyes", email: "marisol@harborpaws.example", focus: "matching adopters with the right animal" }] });
			const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T16:00") }).drafts[0].body;
			expect(body).not.toMatch(/with the right animal with you/);
		}
	});

	it("says 'as well' once in a letter to the one who arranged it", () => {
		for (let i = 0; i < 8; i++) {
			const interview = note({ company: `Ridgeline Bikes ${i}`, primary_contact: "Hannah Cole <hannah@ridgeline.example>", interviewers: [{ name: "Andre Wilkes", email: "andre@ridgeline.example" }, { name: "Nina Petrov" }, { name: "Carlos" }, { name: "Hannah Cole", title: "Talent Acquisition", email: "hannah@ridgeline.example" }] });
			for (const d of buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T16:00") }).drafts) expect(d.body.match(/\bas well\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
		}
	});

	it("gives a thing of the user's work its owner, and a span of single-letter hours its words", () => {
		expect(experienceOf("Ran closing at Kwik Mart for 2 yrs. Drawer was never short more than $2. Trained 4 new hires.").statement).toBe("I ran closing at Kwik Mart for 2 years. My drawer was never short more than $2. I trained 4 new hires.");
		expect(experienceOf("Ran closing. Dana was great.").statement ?? "").not.toMatch(/My dana/i);
		expect(clockTimes("being alone 11p-7a and handling walk-ins")).toBe("being alone 11 p.m. to 7 a.m. and handling walk-ins");
		expect(clockTimes("grade 7a")).toBe("grade 7a");
		expect(experienceOf("fostering 14 kittens + 2 bonded seniors thru county program since 2023").reference).toBe("my experience fostering 14 kittens and 2 bonded seniors through the county program since 2023");
	});
});

describe("reviews 251-252", () => {
	it("leaves out a claim the note says not to oversell, or says was overstated", () => {
		expect(withoutDoubtedClaims("caught a fake Rolex once at my cousin's shop (dont oversell this, it was a friend of a friend)").text).toBeUndefined();
		expect(withoutDoubtedClaims("told her I answered every service inquiry same day at the dealership and booked 30+ appts/wk. maybe overstated, was more like 25")).toEqual({
			text: "told her I answered every service inquiry same day at the dealership",
			dropped: ["booked 30+ appts/wk (maybe overstated, was more like 25)"],
		});
		const interview = note({ interviewers: [{ name: "Caroline Park", email: "caroline@willow.example", highlight: "told her I answered every service inquiry same day at the dealership and\nbooked 30+ appts/wk. maybe overstated, was more like 25" }] });
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T16:00") }).drafts[0].body;
		expect(body).not.toMatch(/overstated|30|appointments/);
	});

	it("says a person the user dealt with was handled, never worked on", () => {
		expect(experienceOf("the pontoon guy who yelled at me for 20 min and then rebooked").reference).toBe("how I handled the pontoon guy who yelled at me for 20 minutes and then rebooked");
	});

	it("greets a martial arts teacher by title and surname", () => {
		expect(greeting("Master Daniel Cho", "Dear")).toBe("Dear Master Cho");
		expect(greeting("Sensei Mike Tanaka", "Dear")).toBe("Dear Sensei Tanaka");
	});
});

describe("review 252, read again", () => {
	it("never names the interview twice running in a letter to the one who arranged it", () => {
		for (let i = 0; i < 8; i++) {
			const interview = note({ company: `Harbor Point ${i}`, primary_contact: "Dana Reyes <dana@harbor.example>", interviewers: [{ name: "Rick Olsen", email: "rick@harbor.example" }], decision_expected: "2026-12-08" });
			const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-03T10:00") }).drafts[0].body;
			expect(body).not.toMatch(/my interview [^.]*\. The interview/);
		}
	});

	it("checks a thing against another, never versus it", () => {
		expect(focusTopic("checking serials vs LeadsOnline").topic?.text).toBe("checking serials against LeadsOnline");
		expect(focusTopic("the Sox vs Yankees game").topic?.text ?? "").not.toMatch(/against/);
	});
});

describe("focus and highlight as maps keyed by name (review 251)", () => {
	it("gives each interviewer the values under their name", () => {
		const interview = note({
			interviewers: ["Carol Whitfield <carol@greenfield.example>", "Dev Patel <dev@greenfield.example>"],
			focus: { "Carol Whitfield": ["vendor fees/invoicing", "SNAP/EBT token reconciliation"], "Dev Patel": "social media + the winter market launch (jan)" },
			highlight: { "Carol Whitfield": "reconciled ~$14k/mo in vendor fees in quickbooks at my last job, 0 audit findings", Dev: "grew the riverside insta from 400 to 2.1k in 8 mo" },
		});
		const [carol, dev] = interview.interviewers;
		expect(carol.focus).toBe("vendor fees/invoicing\nSNAP/EBT token reconciliation");
		expect(carol.highlight).toMatch(/^reconciled ~\$14k/);
		expect(dev.focus).toMatch(/^social media/);
		expect(dev.highlight).toMatch(/^grew the riverside insta/);
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T16:00") }).drafts.find((d) => d.to[0].name === "Carol Whitfield")!.body;
		expect(body).toMatch(/vendor fees/);
	});
});

describe("review 251, read again", () => {
	it("says a share of the things done, and the time of service", () => {
		expect(experienceOf("collected 98% copays at time of service").statement).toBe("I collected 98% of copays at the time of service.");
	});

	it("reads one who only said hi as one who took no part", () => {
		expect(quietMention("---\ntype: interview\n---\n- Chris - teen-ish asst instructor, just said hi\n", ["Chris"])?.line).toBe(4);
		expect(quietMention("---\ntype: interview\n---\n- dev: said hi, didnt really interview me\n", ["Dev"])?.line).toBe(4);
	});
});

describe("reviews 253-254", () => {
	it("says a rough figure a measure was brought up from once", () => {
		expect(experienceOf("got rebooking from ~40% to 62% in 6 mo").statement).toBe("I brought rebooking up from about 40% to 62% in 6 months.");
	});

	it("never calls an interview that was also on site a video interview", () => {
		const interview = note({ format: "video + onsite", primary_contact: "Jess Moreau <jess@marlowe.example>", interviewers: [{ name: "Chris Bell", email: "chris@marlowe.example" }] });
		const body = buildDrafts(interview, "next-steps", { settings, now: local("2026-12-02T16:00") }).drafts[0].body;
		expect(body).toMatch(/arranging my interview/);
		const video = note({ format: "video", primary_contact: "Jess Moreau <jess@marlowe.example>", interviewers: [{ name: "Chris Bell", email: "chris@marlowe.example" }] });
		expect(buildDrafts(video, "next-steps", { settings, now: local("2026-12-02T16:00") }).drafts[0].body).toMatch(/arranging my video interview/);
	});
});

describe("the mends' limits, read on a second pass", () => {
	it("reads no result into a sentence that made nothing", () => {
		expect(experienceOf("started at the front desk. cut wait times 20%").statement).toBe("I started at the front desk. I also cut wait times by 20%.");
		expect(experienceOf("started a text reminder list. cut no-shows 20%").statement).toBe("I started a text reminder list. That cut no-shows by 20%.");
	});

	it("gives no article to a place a workplace names as its own", () => {
		expect(experienceOf("worked at front office for 2 yrs").statement).not.toMatch(/at a front office/);
	});
});

describe("review 253", () => {
	it("never says the user's shrug before a topic", () => {
		expect(focusTopic("mostly membership sales").topic?.text).toBe("membership sales");
		expect(focusTopic("just the schedule").topic?.text).toBe("the schedule");
	});
});

describe("reviews 253-254, read again", () => {
	it("says 'basically zero' as almost zero, and 'imgs' as images", () => {
		expect(experienceOf("cut double bookings to basically zero").statement).toBe("I cut double bookings to almost zero.");
		expect(focusTopic("measuring off satellite imgs (EagleView) + getting square counts right the 1st time").topic?.text).toBe("measuring off satellite images and getting square counts right the first time");
	});

	it("reads one of several internal candidates as one who wanted the role", () => {
		expect(rivalMention("---\ntype: interview\n---\n- Chris Yamamoto - senior res agent (one of the 2 internal candidates!! awkward)\n", ["Chris", "Yamamoto"])?.line).toBe(4);
	});
});
