// Reviews 53-54 (phrasing round 9): the reader is never named in the third person, "@ counter" is a place at the
// counter, fields of work take no "the", the note's own acronyms, lists of topics and what an arrow leads to.
import { describe, expect, it } from "vitest";
import { expandShorthand, focusTopic } from "../../src/core/phrasing";

const sam = { names: ["Sam Whitfield", "Dana Ruiz"], reader: ["Sam Whitfield"] };

describe("the reader, named in the third person in the focus, is 'you' or left out", () => {
	const text = "Sam's team is short staffed on weekends and they need someone who can carry a full caseload of 10-12 pts a day.";
	it("the reviewer's focus is never cut down to 'Sam's team', whoever reads the letter", () => {
		for (const context of [sam, { names: ["Sam Whitfield"] }]) {
			const r = focusTopic(text, context);
			expect(r.topic?.text ?? "").not.toMatch(/Sam/);
			expect(r.topic?.short ?? "").not.toMatch(/Sam/);
		}
		const r = focusTopic(text, sam);
		expect(r.topic).toBeNull();
		expect(r.leftOut.join(" ")).toMatch(/Sam's team/);
	});
	it("another person's team is never the whole of a sentence about it either", () => {
		expect(focusTopic("Dana's team runs the night audits and they want someone steady.", sam).topic?.text ?? "").not.toBe("Dana's team");
	});
	it("what is the reader's is theirs; a topic that still names them is left out", () => {
		expect(focusTopic("Sam's caseload mix", sam).topic?.text).toBe("your caseload mix");
		expect(focusTopic("Whitfield's caseload mix", sam).topic?.text).toBe("your caseload mix");
		const r = focusTopic("how Sam runs handoffs", sam);
		expect(r.topic).toBeNull();
		expect(r.leftOut.join(" ")).toMatch(/Sam/);
		expect(focusTopic("Dana's caseload mix", sam).topic?.text).toBe("Dana's caseload mix");
	});
});

describe("'@' before a lower-case common noun for a place at work is 'at the'", () => {
	it("the reviewer's counter is no place called Counter", () => {
		const t = focusTopic("guest interaction @ counter, omakase pacing").topic;
		expect(t?.text).not.toMatch(/Counter/);
		expect(t?.text).toMatch(/^guest interaction at the counter\b/);
	});
	it("a door is 'the door'; a company typed in lower case keeps its capital", () => {
		expect(expandShorthand("checking IDs @ door, crowd control")).toBe("checking IDs at the door, crowd control");
		expect(expandShorthand("worked @ acme")).toBe("worked at Acme");
	});
});

describe("a comma list of topics is joined with 'and', or is its first topic; never a topic with a comma glued in", () => {
	it("the reviewer's budget", () => {
		const r = focusTopic("budget, 3 yr plan to replace old stage snake ($40k)");
		expect(r.topic?.text ?? "").not.toMatch(/,|\$|40/);
		expect(r.topic?.text).toMatch(/^the budget(?: and the three-year plan to replace the old stage snake)?$/);
		expect(r.leftOut.join(" ")).toMatch(/plan|40/);
	});
	it("short topics are named whole, each with its own article", () => {
		expect(focusTopic("guest interaction @ counter, omakase pacing").topic?.text).toBe("guest interaction at the counter and omakase pacing");
		expect(focusTopic("wine pairing, guest interaction, upselling").topic?.text).toBe("wine pairing, guest interaction and upselling");
	});
});

describe("a complaint before an arrow to what they want is never the whole point", () => {
	it("the reviewer's touring acts: what the complaints are about, or nothing", () => {
		const r = focusTopic("her team gets a lot of complaints from touring acts about advancing -> wants someone who answers riders fast");
		expect(r.topic?.text ?? "").not.toMatch(/complaints/);
		expect(r.topic?.text ?? "advancing").toBe("advancing");
	});
	it("a complaint with nothing it is about is left out, and the user told", () => {
		const r = focusTopic("her team gets complaints from touring acts -> wants someone who answers riders fast");
		expect(r.topic).toBeNull();
		expect(r.leftOut.join(" ")).toMatch(/complaints/);
	});
});

describe("one word before an arrow says nothing by itself: the topic is the thing the arrow leads to, or nothing", () => {
	it("the reviewer's water", () => {
		const r = focusTopic("water -> the old irrigation line leaks, who fixes it");
		expect(r.topic?.text ?? "").not.toMatch(/^the water$/);
		expect(r.topic?.text).toBe("the old irrigation line");
	});
	it("their gate is yours; a sentence with no thing in front is left out", () => {
		expect(focusTopic("fencing -> their north gate keeps jamming").topic?.text).toBe("your north gate");
		const r = focusTopic("water -> the pumps are old");
		expect(r.topic).toBeNull();
		expect(r.leftOut.join(" ")).toMatch(/pumps/);
		// A cause and what it leads to keeps the cause.
		expect(focusTopic("Backlog -> missed deadlines").topic?.text).toBe("the backlog");
	});
});

describe("fields of work take no 'the'; a two-word adjective typed spaced is hyphenated", () => {
	it("the reviewer's practice, payroll, husbandry, sound work and code review", () => {
		expect(focusTopic("evidence based practice").topic?.text).toBe("evidence-based practice");
		expect(focusTopic("multi state payroll").topic?.text).toBe("multi-state payroll");
		expect(focusTopic("rodent husbandry and IACUC compliance").topic?.text).toBe("rodent husbandry and IACUC compliance");
		expect(focusTopic("fire code review on commercial TIs").topic?.text).toBe("fire code review on commercial TIs");
	});
	it("slang for a harm is left out, and the user told", () => {
		const r = focusTopic("gain structure and not blowing up the new L-Acoustics rig");
		expect(r.topic?.text).toBe("gain structure");
		expect(r.leftOut.join(" ")).toMatch(/blowing up/);
	});
	it("other fields and adjectives", () => {
		expect(focusTopic("trauma informed care for teens").topic?.text).toBe("trauma-informed care for teens");
		expect(focusTopic("clinical practice").topic?.text).toBe("clinical practice");
		expect(focusTopic("cross state licensing").topic?.text).toMatch(/^cross-state licensing$/);
	});
});

describe("a word typed in lower case takes the note's own acronym; the health programmes keep their capital", () => {
	it("the reviewer's COTAs, written so in the highlight", () => {
		const t = focusTopic("how I'd work w/ cotas (supervision, delegation)", { names: ["COTAs"] }).topic;
		expect(t?.text).toBe("how I'd work with COTAs");
		expect(focusTopic("cota supervision", { names: ["COTAs"] }).topic?.text).toBe("COTA supervision");
	});
	it("Medicare, Medicaid and Tricare", () => {
		expect(focusTopic("documentation for medicare audits").topic?.text).toBe("documentation for Medicare audits");
		expect(focusTopic("medicaid billing").topic?.text).toBe("Medicaid billing");
	});
});

describe("a field is the head of its phrase, never a noun before another", () => {
	it("the code review turnaround keeps its 'the'", () => {
		expect(focusTopic("code rev turnaround").topic?.text).toBe("the code review turnaround");
		expect(focusTopic("evidence based practice guidelines").topic?.text ?? "").toMatch(/evidence-based practice guidelines/);
	});
});
