// Reviews 107-108: the wrong person, a shared day of work thanked as a talk, a rank of the sea, and a licence held.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { readNextSteps } from "../../src/core/next-steps-note";
import { greeting } from "../../src/core/people";

const context = { reader: ["Mike Brandt"], names: ["Mike Brandt"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const base = new Date(2026, 11, 1, 10, 0);
const steps = (text: string, reader: string[], others: string[] = []) => readNextSteps(text, { names: reader, context: [...reader, ...others] }, base, new Date(2026, 11, 2, 9, 0));

describe("next steps: who does what", () => {
	it("a 'he' after another person named is that person, never the reader ('if he passes me thru', to Dana)", () => {
		const r = steps("Dana will set up in-person w/ Greg + store GM if he passes me thru", ["Dana", "Whitley"], ["Greg", "Sokol"]);
		expect(r?.clause ?? "").not.toMatch(/if you pass/);
	});
	it("a 'he' with nobody else named is still the reader", () => {
		expect(steps("Dana said he will call by fri", ["Dana", "Whitley"])?.clause).toBe("you mentioned you'd call by Friday 4 December");
	});
	it("'send zoom invite for panel w/ search cmte' has the app's name and its articles", () => {
		expect(steps("tom said hed send zoom invite for panel w/ search cmte wk of dec 7", ["Tom", "Reyes"])?.clause).toBe("you mentioned you'd send the Zoom invite for the panel with the search committee in the week of 7 December");
	});
	it("'ride along' is a verb where it is one", () => {
		expect(steps("i ride along with the crew tues, then they decide", ["Tom", "Reyes"])?.clause ?? "").not.toContain("ride-along with");
	});
	it("'text re: ride along date' is the ride-along's date", () => {
		expect(steps("lori to text re: ride along date", ["Lori", "Chen"])?.clause).toBe("you mentioned you'd text about the ride-along date");
	});
});

describe("focus: what the reader shares or criticises", () => {
	it("a ride-along is no talk: the entry is told, never 'our talk about the ride along'", () => {
		const line = "ride along, watched me inspect a bakery, rodent stations, exclusion";
		expect(topicOf(line)).toBeNull();
		expect(focusTopic(line, context).leftOut).toEqual([line]);
	});
	it("a dig at the one before ('a DOC who's actually on the field') is withheld", () => {
		expect(topicOf("wants a DOC who's actually on the field not just email, coach mentoring")).toBeNull();
	});
	it("'accred' is accreditation, 'xmas' Christmas", () => {
		expect(topicOf("HLAC accred, soil/clean separation, rewash %")).toBe("HLAC accreditation");
		expect(topicOf("starting before xmas, holiday coverage")).toBe("starting before Christmas and holiday coverage");
	});
});

describe("highlights: a licence held, and 'like half'", () => {
	it("'i have 2nd class boiler license' is 'a second-class boiler license'", () => {
		expect(experienceOf("i have 2nd class boiler license, did annual teardown + eddy current w/ the inspector", context).statement).toBe("I have a second-class boiler license, and I did annual teardown and eddy current with the inspector.");
		expect(experienceOf("i have my CDL-A, drove doubles 3 winters", context).statement).toBe("I have my CDL-A, and I drove doubles for 3 winters.");
	});
	it("products as their makers write them", () => {
		expect(experienceOf("did about 25 powerwall 2 installs + 4 powerwall 3 at brightroof", context).statement).toBe("I did about 25 Powerwall 2 installs and 4 Powerwall 3.");
		expect(experienceOf("we did 9.6kW w/ enphase IQ8 + ironridge in 1.5 days last summer", context).statement ?? "").toContain("Enphase IQ8 and IronRidge");
	});
	it("'dropped by like half' is about half", () => {
		expect(experienceOf("cut folio disputes by pushing folio review to the app, line at desk dropped by like half", context).statement ?? "").toContain("by about half");
	});
});

describe("a rank of the sea is said whole", () => {
	it.each([
		["Chief Purser Giovanni Russo", "Dear Chief Purser Russo"],
		["Chief Steward Ana Lopes", "Dear Chief Steward Lopes"],
		["Chief Anna Bell", "Dear Chief Bell"],
		["Deputy Marshal Ana Lutz", "Dear Deputy Marshal Lutz"],
		// Review 110: the post before the name was greeted as a first name ("Dear Patrol").
		["Patrol Director Mike Brandt", "Dear Mike"],
		["Executive Director Jane Roe", "Dear Jane"],
		["Road Foreman Bill Tate", "Dear Bill"],
	])("%s", (name, said) => {
		expect(greeting(name, "Dear")).toBe(said);
	});
});
