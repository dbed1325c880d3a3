// Reviews 55 and 56: a title a company has one of, and a focus read as no more than its group.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic, titleWithArticle } from "../../src/core/phrasing";

describe("a post a company has one of takes 'the' (review 55: 'as an owner')", () => {
	it("owner, founder, CEO and their kind", () => {
		expect(titleWithArticle("Owner")).toBe("the owner");
		expect(titleWithArticle("Co-owner")).toBe("the co-owner");
		expect(titleWithArticle("Owner/Operator")).toBe("the owner/operator");
		expect(titleWithArticle("Founder")).toBe("the founder");
		expect(titleWithArticle("CEO")).toBe("the CEO");
		expect(titleWithArticle("Managing Partner")).toBe("the managing partner");
	});
	it("a post many hold keeps 'a'", () => {
		expect(titleWithArticle("Crew Lead")).toBe("a crew lead");
		expect(titleWithArticle("Office Manager")).toBe("an office manager");
		expect(titleWithArticle("Practice Manager")).toBe("a practice manager");
	});
});

describe("a focus that says more than its group is never read as the group alone (review 55)", () => {
	it("the reviewer's 'his team (engineering) needs producers …'", () => {
		const r = focusTopic("his team (engineering) needs producers who hand off clean rundowns by 4:45am");
		expect(r.topic).toBeNull();
		expect(r.leftOut).toEqual(["his team (engineering) needs producers who hand off clean rundowns by 4:45am"]);
	});
	it("a variant, and a focus that is the group and no more", () => {
		expect(focusTopic("her crew (nights) keeps losing people to the mill across the river").topic?.text ?? null).not.toBe("the crew");
		expect(focusTopic("the team")?.topic?.text).toBe("the team");
		expect(focusTopic("team culture")?.topic?.text).toBe("team culture");
	});
});

// Review 56 leftovers (phrasing round 11).
const said = (text: string, context = {}) => {
	const e = experienceOf(text, context);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("a focus list opening on a bare noun and a bracket of codes is never 'the <noun>'", () => {
	it("the reviewer's fiber", () => {
		const r = focusTopic("fiber (LC/MPO), cleaning + testing, OTDR");
		expect(r.topic?.text ?? "").not.toMatch(/^the fiber$/);
		if (r.topic !== null) expect(r.topic.text).toBe("fiber cleaning and testing");
		expect(r.leftOut.length).toBeGreaterThan(0);
	});
	it("a list whose next part is no activity is left out and told", () => {
		const r = focusTopic("cable (CAT6/SMF), racks, patch panels");
		expect(r.topic?.text ?? "").not.toMatch(/^the cable$/);
		if (r.topic === null) expect(r.leftOut.length).toBeGreaterThan(0);
		const s = focusTopic("copper (RJ45), splicing, OTDR");
		if (s.topic !== null) expect(s.topic.text).toBe("copper splicing");
	});
});

describe("a verb-like shorthand noun never takes 'the' as a topic", () => {
	it("the reviewer's co-treat", () => {
		const r = focusTopic("co-treat w/ OT for feeding");
		expect(`${r.topic?.text ?? ""} | ${r.topic?.short ?? ""}`).not.toMatch(/\bthe co-treat/);
		if (r.topic === null) expect(r.leftOut.length).toBeGreaterThan(0);
	});
	it("other shorthand heads", () => {
		for (const text of ["co-teach w/ the sped team for reading", "pre-op w/ the new surgeons", "walk-through for new hires"]) {
			const r = focusTopic(text);
			expect(`${r.topic?.text ?? ""} | ${r.topic?.short ?? ""}`, text).not.toMatch(/\bthe (?:co-\w+|pre-op|walk-through)\b(?! \p{Ll}+list)/u);
			if (r.topic === null) expect(r.leftOut.length, text).toBeGreaterThan(0);
		}
	});
});

describe("half a focus joined by '+' is said or told, never dropped unsaid", () => {
	it("the reviewer's pack test and shifts", () => {
		const r = focusTopic("pack test time + whether i can hike w/ crew on 16hr shifts");
		const topic = r.topic?.text ?? "";
		if (!/shift/.test(topic)) expect(r.leftOut.join(" ")).toMatch(/16hr shifts|16-hour shifts/);
	});
	it("another half the topic does not say", () => {
		const r = focusTopic("charting speed + whether i can float to 4 West on nights");
		if (!/West/.test(r.topic?.text ?? "")) expect(r.leftOut.join(" ")).toMatch(/4 West/);
	});
});

describe("a lower-case place ending a highlight is never pasted", () => {
	it("the reviewer's riverside", () => {
		const text = "co-treated feeding w/ OT 2x/wk at riverside";
		expect(said(text)).not.toMatch(/at riverside/);
		const e = experienceOf(text);
		expect(e.leftOut.join(" ")).toMatch(/riverside/);
	});
	it("another place, and a last 'at' that is no place", () => {
		expect(said("ran the float pool schedule for 3 units at mercy")).not.toMatch(/at mercy/);
		expect(said("ran the Black Friday checkout line at scale")).toMatch(/at scale/);
	});
});

describe("an abbreviated place name is written out, or its tail left out; never 'Co'", () => {
	it("the reviewer's Clackamas Co and Heritage Ctr", () => {
		const clerk = "2 yrs as deputy clerk in Clackamas Co";
		expect(said(clerk)).not.toMatch(/\bCo\b/);
		expect(said(clerk)).not.toMatch(/as deputy clerk/);
		const e = experienceOf(clerk);
		if (e.reference === null) expect(e.leftOut.length).toBeGreaterThan(0);
		const cases = "built 14 display cases for the Salmon Runs exhibit at Coastal Heritage Ctr, all on the ShopBot";
		expect(said(cases)).not.toMatch(/\bCtr\b/);
		expect(experienceOf(cases).statement ?? "").toMatch(/Coastal Heritage Center/);
	});
	it("other abbreviations", () => {
		expect(said("triaged 40 pts a shift in the ED at Providence Hosp")).not.toMatch(/\bHosp\b/);
		expect(said("3 yrs as records clerk in Marion Co, digitized 10k files")).not.toMatch(/\bCo\b|as records clerk/);
		expect(experienceOf("led trail crews at Hood Mtn for 2 summers").statement ?? "").not.toMatch(/\bMtn\b/);
	});
});

describe("a bracket holding only a name, or shorthand, stays out of the letter's sentence", () => {
	it("the reviewer's Prineville crew and Dorsey trial", () => {
		const crew = "2 seasons on type 2 IA crew (Prineville), pack test 41:30";
		expect(said(crew)).not.toMatch(/\(Prineville\)|on type 2/);
		const e = experienceOf(crew);
		if (e.reference !== null) expect(e.reference).toMatch(/on a Type 2 IA crew/);
		expect(said("Logged and tracked exhibits for a 3 wk jury trial (State v. Dorsey) w/ no discrepancies.")).not.toMatch(/\(State v\. Dorsey\)/);
	});
	it("other named brackets and a bracket of shorthand", () => {
		expect(said("3 summers on a hand crew (Redmond), ran the saw")).not.toMatch(/\(Redmond\)/);
		expect(said("drafted motions for a 2 wk trial (Smith v. Jones) with no errors")).not.toMatch(/\(Smith v\. Jones\)/);
		const news = "weekly newsletter + seesaw updates, 100% parent conf attendance last yr";
		expect(said(news)).not.toMatch(/\bconf\b/);
		expect(said("monthly family nights, 90% attendance at every mtg")).not.toMatch(/\bmtg\b/);
	});
});

describe("a rate in shorthand is said 'a night', 'a week', or the phrase goes", () => {
	it("the reviewer's croissants", () => {
		const text = "ran 1200 croissants/night at Rise & Fold";
		expect(said(text)).not.toMatch(/\/night/);
		const st = experienceOf(text).statement;
		if (st !== null) expect(st).toMatch(/1,200 croissants a night/);
		expect(said("plated 300 covers/night at Juniper Room")).not.toMatch(/\/night/);
	});
	it("other rates", () => {
		for (const text of ["shipped 40 orders/day from the back room", "taught 3 classes/wk at the Y", "answered 60 calls/hr during storms"]) expect(said(text), text).not.toMatch(/\p{L}\/(?:day|wk|hr)\b/u);
	});
});
