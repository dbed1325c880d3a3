// A focus whose point is a negation, a loss after an arrow or a fault of the reader's team; a count, a person or a
// verb put into "my work on …"; a result in the note's units pasted after a comma; a report under /news/.
import { describe, expect, it } from "vitest";
import { attachmentKind, experienceOf, focusTopic, phraseFault } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic;
const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};

describe("a focus never cut to a noun that loses its point", () => {
	it.each([
		"designers don't know ARIA",
		"engineers don't know WCAG",
		"screen reader testing isn't in their sprint process",
		"load testing isn't part of the release checklist",
		"honeycrisp bitter pit -> losing ~15% of the crop in storage, calcium sprays not working",
		"fire blight in the Gala block -> costing ~10% of the trees",
		"the kitchen doesn't track waste",
		"the front desk doesn't confirm bookings",
		"too much dead stock in Loire/Jura, $18k sitting",
		"too much dead inventory in the Burgundy bins, $9k sitting",
	])("leaves out %j", (text) => {
		const got = focusTopic(text);
		expect(got.topic).toBeNull();
		expect(got.leftOut.join(" ")).toContain(text.slice(0, 12));
	});

	it("still tells a task the note said was hard", () => {
		expect(topicOf("their patrons can't find e-books in the catalogue")?.text).toBe("finding e-books in the catalogue");
	});
});

describe("a highlight never put into 'my work on' when it is no project", () => {
	it.each([
		["ETCP rigger cert + 0 incidents in 3 seasons as shop lead", /work on|0 incidents/],
		["ETCP arena rigger cert + 0 incidents in 2 seasons as crew chief", /work on|0 incidents/],
		["quarterly dead-stock sell-through w/ staff tastings", /dead-stock/],
		["Certified immunizer, gave ~2,500 vaccines in 2025", /work on the certified/],
		["Licensed electrician, wired ~40 homes in 2024", /work on the licensed/],
		["hand fabricated a bezel + halo engagement ring from wire/sheet in the bench test (2 hr)", /work on the hand/],
		["hand carved a walnut mantel for the Ellis house", /work on the hand/],
	])("%j", (text, broken) => {
		expect(said(text)).not.toMatch(broken);
	});

	it("gives a role held its article", () => {
		expect(experienceOf("worked as floater across 9 stores at CVS for 2 yrs").statement).toMatch(/^I worked as a floater across 9 stores/);
		expect(experienceOf("served as interpreter at the county court for 3 yrs").statement).toMatch(/^I served as an interpreter at/);
	});
});

describe("a result after a comma", () => {
	it("leaves out a result in the note's own units, and keeps the action", () => {
		const deck = experienceOf("built a 12-panel raked deck on casters for Into the Woods, strike/reset was 25 min");
		expect(deck.statement).toBe("I built a 12-panel raked deck on casters for Into the Woods.");
		expect(deck.leftOut).toEqual(["strike/reset was 25 min"]);
		expect(experienceOf("built a 10-panel thrust deck on casters for Into the Woods, changeover was 4 min").statement).toBe("I built a 10-panel thrust deck on casters for Into the Woods.");
		const portal = experienceOf("Led remediation of a 200-page benefits portal at Meridian, 41 audit issues to 0 in 5 months");
		expect(portal.statement).toBe("I led remediation of a 200-page benefits portal at Meridian.");
		expect(said("Led the rebuild of the county permit site, 63 defects to 0 in 4 months")).not.toMatch(/to 0/);
	});

	it("says what the action did to a measure", () => {
		expect(experienceOf("Repriced a 40-SKU BTG list at Vine & Barrel, margin went from 24% to 33% with no drop in pours").statement).toBe(
			"I repriced a 40-SKU by-the-glass list at Vine & Barrel, raising the margin from 24% to 33% with no drop in pours.",
		);
		expect(experienceOf("Rewrote the wine list at Ostra, margin went from 21% to 29%").statement).toMatch(/, raising the margin from 21% to 29%\.$/);
	});

	it("writes out 'Ca' as calcium and 'BTG' as by-the-glass", () => {
		expect(said("cut bitter pit from 12% to 4% at Cedar Ridge w/ leaf tissue testing + adjusted Ca timing")).toContain("adjusted calcium timing");
		expect(said("cut cork pit by half at Hood River w/ earlier Ca sprays")).toContain("earlier calcium sprays");
		expect(said("grew BTG sales 30% at Ostra")).toContain("by-the-glass");
	});
});

describe("a highlight that opens with its place", () => {
	it("says the user's sentence, with the place after what was done", () => {
		expect(experienceOf("at the DMV I cleared a 3-week backlog of title corrections in 9 days w/ zero rejections").statement).toBe(
			"I cleared a three-week backlog of title corrections at the DMV in 9 days with zero rejections.",
		);
		expect(experienceOf("At Kessler's I rebuilt the repair intake log").statement).toBe("I rebuilt the repair intake log at Kessler's.");
	});
});

describe("an attachment's kind from its address", () => {
	it("reads a report under /news/ as a document, never a press release", () => {
		expect(attachmentKind("", "https://cedarridge.example/news/2025-harvest-report")).toBe("document");
		expect(attachmentKind("", "https://acme.example/news/annual_report/")).toBe("document");
		expect(attachmentKind("", "https://acme.example/news/acme-opens-second-plant")).toBe("press");
	});
});

describe("a grade by its letter after a capitalised word", () => {
	it("says 'CDL Class A, 5 yrs line work' as a licence held, with its years (review 139)", () => {
		expect(experienceOf("CDL Class A, 5 yrs line work").reference).toBe("my Class A CDL (5 years of line work)");
	});

	it.each([
		["OSHA 10 + CDL Class A", /CDL Class\b(?! A)|Class\.$/],
	])("%j keeps its letter, and is never 'my work on' a licence", (note, cut) => {
		const e = experienceOf(note);
		for (const text of [e.statement, e.reference, e.short, ...e.more]) if (text !== null) expect(text).not.toMatch(cut);
		const offered = [e.reference, e.short].filter((t): t is string => t !== null);
		for (const text of offered) expect(phraseFault(`I was glad to tell you about ${text}.`, "sentence", note)).not.toBeNull();
	});
});
