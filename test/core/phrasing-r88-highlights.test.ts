import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

/** Reviews 87-88's highlights, read as the drafts read them: with the letter's reader known. */
const context = { reader: ["Dana Ruiz"], names: ["Dana Ruiz"] };
const read = (text: string) => experienceOf(text, context);

describe("reviews 87-88: highlights said right or told", () => {
	it("'prewired harness idea, building …' is the user's idea of a prewired harness, never 'I prewired harness idea'", () => {
		const r = read("prewired harness idea, building the helm harness on a bench before the console goes in");
		expect(r.statement).toBeNull();
		expect(r.reference).toBe("my prewired-harness idea: building the helm harness on a bench before the console goes in");
	});
	it("'did the sight translation of a plea form, he said clean': done before the reader, never 'the time I did'", () => {
		const r = read("did the sight translation of a plea form, he said clean");
		expect(r.statement).toBe("I did the sight translation of a plea form.");
		expect(r.reference).toBe("the sight translation of a plea form");
		expect(r.leftOut).toEqual(["he said clean"]);
	});
	it("'told her i got our gouda moisture spread down from +-3% to +-1% …' is said: '+-' is ±, the steps joined, 'our' kept", () => {
		const r = read("told her i got our gouda moisture spread down from +-3% to +-1% by logging pH at cutting + whey drain every vat");
		expect(r.statement).toBe("I got our gouda moisture spread down from ±3% to ±1% by logging pH at cutting and whey drain on every vat.");
		expect(r.leftOut).toEqual([]);
	});
	it("'at brennan's for 3 yrs, avg 9 families a month, and got our preneed sales up': the name's capital, the average and the sales said", () => {
		const r = read("told her i ran arrangements solo at brennan's for 3 yrs, avg 9 families a month, and got our preneed sales up");
		expect(r.statement).toBe("I ran arrangements solo at Brennan's for 3 years, averaging 9 families a month, and grew our preneed sales.");
		expect(r.leftOut).toEqual([]);
	});
	it("'on fri 13 flash day' is the Friday the 13th flash day", () => {
		expect(read("told him i did 11 walk-ins on fri 13 flash day solo").statement).toBe("I did 11 walk-ins on the Friday the 13th flash day solo.");
	});
	it("'the DV arraignment where i asked the court to have counsel slow down and it went on the record cleanly': what the user asked said, how it went told", () => {
		const r = read("told her abt the DV arraignment where i asked the court to have counsel slow down and it went on the record cleanly");
		expect(r.reference).toBe("the DV arraignment where I asked the court to have counsel slow down");
		expect(r.leftOut).toEqual(["it went on the record cleanly"]);
	});
	it("'cutting spray apps 40% w/ orius + swirskii releases …' is said: applications cut by 40%, Orius named", () => {
		const r = read("told her about cutting spray apps 40% w/ orius + swirskii releases + blue sticky cards at my last place");
		expect(r.reference).toBe("my experience cutting spray applications by 40% with Orius and swirskii releases and blue sticky cards at my last place");
	});
	it("'have AIARE Pro 1, told him i shadowed the control team 20 days last season': the work said, the credential told", () => {
		const r = read("have AIARE Pro 1, told him i shadowed the control team 20 days last season");
		expect(r.statement).toBe("I shadowed the control team for 20 days last season.");
		expect(r.leftOut).toEqual(["have AIARE Pro 1"]);
	});
	it("'i said i'd look at …, at valley we shaved 20 min off each vat …': what the user's last plant did is said, the plan told", () => {
		const r = read("i said i'd look at the cheddaring + milling step first, at valley we shaved 20 min off each vat by staggering fills");
		expect(r.statement).toBe("At Valley, we shaved 20 minutes off each vat by staggering fills.");
		expect(r.leftOut).toEqual(["i'd look at the cheddaring + milling step first"]);
	});
	it("'40k plugs/spring at last job, 128 + 72 cell' is plugs a spring, in 128- and 72-cell trays, never a bracket", () => {
		expect(read("said i scheduled 40k plugs/spring at last job, 128 + 72 cell").statement).toBe("I scheduled 40,000 plugs a spring in 128- and 72-cell trays at my last job.");
	});
	it("'on our installs' stays the user's shop's, never 'the installs' (the reader's)", () => {
		const r = read("told him i cut warranty callbacks on our installs from like 14% to 3% by doing a full N2K network test + backbone resistance check before delivery");
		expect(r.statement).toBe("I cut warranty callbacks on our installs from about 14% to 3% by doing a full N2K network test and backbone resistance check before delivery.");
	});
	it("'the am tier 2 routes' are the AM routes", () => {
		expect(read("at metro i rebuilt the am tier 2 routes w/ the router and we went from 86 to 96% in one semester").statement).toContain("rebuilt the AM tier 2 routes");
	});
});
