// Reviews 49-50 (phrasing round 5): "pts" is never points unless the note is about scores, a duration is
// no "work on", a "my …" highlight is a reference, an answer is no track record, and shorthand is written out
// only when certain.
import { describe, expect, it } from "vitest";
import { experienceOf, expandShorthand, focusTopic } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("'pts' is points only in a note about scores", () => {
	it("an EMS note's count is of patients", () => {
		expect(said("I was IC for EMS branch at the I-5 pileup (22 pts, 9 transported)")).not.toMatch(/points/);
		expect(said("I was IC for EMS branch at the I-5 pileup (22 pts, 9 transported)")).toContain("22 patients");
		expect(expandShorthand("ran the ambulance desk, 40 pts a night")).toContain("40 patients");
	});
	it("outside care and scores, a count of 'pts' is left out", () => {
		const e = experienceOf("I ran the branch at the pileup (22 pts, 9 transported)");
		expect(said("I ran the branch at the pileup (22 pts, 9 transported)")).not.toMatch(/points|\bpts\b/);
		expect(e.leftOut.join(" ")).toMatch(/pts/);
	});
	it("scores and changes stay points", () => {
		expect(expandShorthand("raised the NPS 12 pts")).toBe("raised the NPS 12 points");
		expect(expandShorthand("telehealth visits up 6 pts")).toBe("telehealth visits up 6 points");
		expect(expandShorthand("margin +6 pts")).toBe("margin +6 points");
	});
});

describe("a duration or a count is never 'work on', and a verbless comma list is left out", () => {
	it("the reviewer's list", () => {
		const e = experienceOf("5+ yrs, ~8 dogs/day, doodle heavy clientele @ pawsh");
		expect(said("5+ yrs, ~8 dogs/day, doodle heavy clientele @ pawsh")).not.toMatch(/work on|more than for/);
		expect(e.reference).toBeNull();
		expect(e.leftOut.length).toBeGreaterThan(0);
	});
	it("another list of fragments", () => {
		const e = experienceOf("3+ yrs, ~40 cuts/day, busy salon @ shearz");
		expect(said("3+ yrs, ~40 cuts/day, busy salon @ shearz")).not.toMatch(/work on|track record/);
		expect(e.leftOut.length).toBeGreaterThan(0);
	});
	it("'more than' is never followed by 'for'", () => {
		expect(said("ran the almond move 5+ seasons")).not.toMatch(/more than for/);
	});
});

describe("a highlight starting 'my …' is a reference, never a 'how' clause", () => {
	it("the reviewer's program", () => {
		const e = experienceOf("my tide pool touch tank program for 2nd graders (ran it ~120 times)");
		expect(e.statement).toBeNull();
		expect(e.reference).toBe("my tide pool touch tank program for second graders");
		expect(e.leftOut).toContain("ran it ~120 times");
	});
	it("another", () => {
		const e = experienceOf("my after-school robotics club for 6th graders (led it 3 yrs)");
		expect(said("my after-school robotics club for 6th graders (led it 3 yrs)")).not.toMatch(/^how|\| how|\(led/);
		expect(e.reference).toMatch(/^my after-school robotics club for sixth graders$/);
	});
});

describe("'a lot of X' is X, and an answer is no track record", () => {
	it("the reviewer's focus", () => {
		expect(focusTopic("their team does a lot of weekend on-call and they need ppl who'll take 1 in 4").topic?.text).toBe("weekend on-call");
	});
	it("another focus", () => {
		const t = focusTopic("the unit does lots of float coverage")?.topic?.text ?? "";
		expect(t).not.toMatch(/\blot\b|\blots\b|floating/);
	});
	it.each(["1 in 4 weekends fine, did 1 in 3 at prov", "nights ok, did 2 yrs of nights at St Luke's", "happy to relocate for the role"])("%j", (text) => {
		const e = experienceOf(text);
		expect(said(text)).not.toMatch(/track record|fine|\bprov\b/);
		expect(e.reference).toBeNull();
		expect(e.leftOut.length).toBeGreaterThan(0);
	});
});

describe("someone else's 'dad' is private, and a person with no article is not said", () => {
	it.each([
		["the family meeting w/ the Nguyen family when dad was actively dying, i brought chaplain in early", /dad|chaplain/],
		["the goals-of-care talk with the Ortiz family while mom was on the vent, i called social worker in early", /mom|social worker/],
	])("%j", (text, never) => {
		const e = experienceOf(text);
		expect(said(text)).not.toMatch(never);
		expect(e.reference).toMatch(/^my work on the .+ family$/);
		expect(e.leftOut.length).toBe(2);
	});
});

describe("a house style takes no article, a spaced slash is 'and', and 'hed' is not guessed", () => {
	it("AP style", () => {
		expect(focusTopic("AP style + headlines for web/SEO").topic?.text).toMatch(/^AP style and headlines/);
		expect(focusTopic("APA style for the journal submissions").topic?.text).toMatch(/^APA style/);
	});
	it("stormwater / green infra (the stray 'the' is not yet dropped)", () => {
		expect(focusTopic("stormwater / green infra on the riverside park job").topic?.text).toMatch(/stormwater and green infrastructure on the riverside park job$/);
		expect(focusTopic("groundwater / soil sampling on the depot site").topic?.text).toMatch(/groundwater and soil sampling/);
	});
	it("'hed' is refused", () => {
		expect(said("wrote hed + SEO hed for every story at Courier, A/B tested")).not.toMatch(/\bhed\b|wrote headline/);
		expect(experienceOf("wrote hed + SEO hed for every story at Courier, A/B tested").leftOut.length).toBeGreaterThan(0);
	});
});
