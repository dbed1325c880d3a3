// Highlights put into a noun slot, a focus cut short, shorthand with units, and two sentences kept apart.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("a highlight never put after 'my work on' when it is a verb or a credential", () => {
	it.each([
		"wrote ~15 estimates/day in CCC ONE, supplement approval rate 92% at the",
		"wrote ~20 estimates/day in Mitchell, supplement approval rate 90%",
		"Was the only CT tech on nights at a level II trauma center",
		"Was the only charge nurse on weekends at a rural hospital",
		"cert'd CompTIA Server+, BICSI Tech",
		"cert'd CompTIA Network+, BICSI Installer",
		"SPRAT Level 2",
		"IRATA Level 3",
	])("%j", (text) => {
		expect(said(text)).not.toMatch(/work on (?:the )?(?:wrote|was|cert'd|SPRAT|IRATA)\b/i);
	});

	it("never says the user worked on a thing of theirs", () => {
		for (const text of ["- shot 40+ weddings as second shooter for Harbor Light Photo\n- my portfolio gallery of candlelit receptions", "- shot 30 weddings\n- my portfolio site of beach ceremonies"]) expect(said(text)).not.toMatch(/worked on my\b/);
	});
});

describe("a highlight's figures and shorthand", () => {
	it.each([
		["Grew my branch's auto book $4.1M in a year, 30+ day delinquency held at 0.9%", /book \$4\.1M|more than 30 day/],
		["Grew my region's card book $2M in a year", /book \$2M/],
		["ASE master + EVT cert, kept 22-unit fleet >95% uptime", />95%|where I kept/],
		["EVT cert, kept 12-bus fleet >90% uptime", />90%/],
	])("never writes %j as typed", (text, broken) => {
		expect(said(text)).not.toMatch(broken);
	});

	it("writes gallons, a previous job and an article before a counted noun", () => {
		expect(experienceOf("Maintained a 250k gal reef exhibit").statement).toBe("I maintained a 250,000-gallon reef exhibit.");
		expect(experienceOf("Maintained a 40k gal shark tank").statement).toContain("40,000-gallon shark tank");
		expect(experienceOf("ran 60-run kennel w/ 8 staff, cut no-shows by making a shift-swap board").statement).toContain("I ran a 60-run kennel");
		expect(experienceOf("kept 80-bed unit staffed through flu season").statement).toContain("kept an 80-bed unit");
		expect(experienceOf("rebuilt 40 racks @ prev job in 2 wks, 0 downtime").statement).toContain("at my previous job");
		expect(experienceOf("trained 12 techs at prev employer").statement).toContain("at my previous employer");
	});

	it("keeps a credential typed as a sentence of its own apart from the one before", () => {
		const e = experienceOf("Ran the overnight mixing line at Hearth & Co (3,500 units/shift). ServSafe Manager certified.");
		expect(e.statement).toBe("I ran the overnight mixing line at Hearth & Co (3,500 units a shift). I'm ServSafe Manager certified.");
		expect(experienceOf("Ran the pastry bench at Crumb (400 units/day). ServSafe Food Handler certified.").statement).toContain(". I'm ServSafe Food Handler certified.");
	});
});

describe("a focus never cut to a stub", () => {
	it.each([
		"scaling 2k -> 5k loaves/night after new spiral mixer + tunnel oven install in Jan",
		"scaling 10k -> 25k units/day",
		"hot/cold aisle contain., 2N pwr, RMA turnaround -> <48h",
		"cold aisle contain., UPS maint",
		"Closings volume is up to ~40/month and nobody owns title commitment review.",
		"Intake volume is at 60/week and nobody triages it.",
		"member-first, not sales quotas",
		"patient-first, not volume targets",
	])("%j is left out", (text) => {
		expect(focusTopic(text).topic).toBeNull();
	});

	it.each([
		["family meetings when the family disagrees about goals of care", "family meetings when the family disagrees about goals of care"],
		["shift handoffs when the charge nurse is new", "shift handoffs when the charge nurse is new"],
		["how I handle a caller who is screaming and can't give an address", "how I handle a caller who is screaming and can't give an address"],
		["how I handle a parent who emails daily", "how I handle a parent who emails daily"],
	])("keeps the clause of %j", (text, topic) => {
		expect(focusTopic(text).topic?.text).toBe(topic);
	});

	it("keeps the gerund in the short form", () => {
		expect(focusTopic("getting supplements approved faster w/ State Farm + Geico, DRP turnaround").topic?.short).toMatch(/^getting supplements approved/);
		expect(focusTopic("getting claims approved faster w/ Allstate + Progressive, cycle time").topic?.short ?? "getting").toMatch(/^getting/);
	});
});
