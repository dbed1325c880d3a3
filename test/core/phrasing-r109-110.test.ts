// Reviews 109-110: next steps of someone checking or sending, the reader's people as their trouble, and a told story.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";

const context = { reader: ["Gwen Ortiz"], names: ["Gwen Ortiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const base = new Date(2026, 11, 1, 10, 0);
const steps = (text: string, reader: string[], others: string[] = []) => readNextSteps(text, { names: reader, context: [...reader, ...others] }, base, new Date(2026, 11, 2, 9, 0));

describe("next steps: what someone is doing now is what they will do", () => {
	it("'paula checking w/ GM' is that she will check with the general manager, never 'a you, checking …'", () => {
		expect(steps("paula checking w/ GM, 2nd interview maybe w/ market mgr", ["Paula", "Ng"])?.clause).toBe("you mentioned you'd check with the general manager");
		expect(steps("paula checking w/ GM", ["Trent", "Cole"], ["Paula", "Ng"])?.clause).toBe("I understood Paula would check with the general manager");
	});
	it("'trent sending a site visit invite' sends it, never sets it up", () => {
		expect(steps("trent sending a site visit invite for elm st", ["Trent", "Cole"])?.clause).toBe("you mentioned you'd send a site visit invite for elm st");
		expect(steps("marisol sending a 2nd rd w/ the research nurses, mid dec", ["Trent", "Cole"], ["Marisol", "Diaz"])?.clause).toMatch(/^I understood Marisol would set up a second round/);
	});
});

describe("focus: the reader's people doing what troubles them are never their 'thinking'", () => {
	it.each(["room attendants blowing through 16 credits a shift", "customers churning after year one"])("%s", (line) => {
		expect(topicOf(line)).toBeNull();
		expect(focusTopic(line, context).withheld).toBe("criticism");
	});
	it("keeps a goal about people", () => {
		expect(topicOf("keeping rec kids from quitting at U12")).toBe("keeping rec kids from quitting at U12");
	});
	it("writes out a court reporter's shorthand", () => {
		expect(topicOf("covering last min depositions in north county + realtime for atty")).toBe("covering last-minute depositions in north county and realtime for attorney");
	});
});

describe("highlights: a story told is its subject", () => {
	it("'my story about the 4-top …' is the 4-top, never 'about my story about'", () => {
		const r = experienceOf("told her my story about the 4-top that wanted a $90 bottle and i found them the jura savagnin they loved", context);
		expect(r.reference).toBe("the 4-top that wanted a $90 bottle and I found them the jura savagnin they loved");
	});
	it("'back to back', 'liab' and 'chem' are written out", () => {
		expect(experienceOf("did 3 back to back realtime depositions for the hargrove products liab case", context).statement).toBe("I did 3 back-to-back realtime depositions for the hargrove products liability case.");
		expect(experienceOf("cut chem cost/car 0.62 to 0.48 at splash zone", context).statement ?? "").toContain("chemical");
	});
});
