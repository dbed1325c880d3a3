// Reviews 65 and 66 (phrasing round 19, highlights): the user's own move is private; "+" between two words
// before a noun never cuts the sentence; a comma inside brackets never splits a highlight; one score is no
// track record; a credential is never a thing worked on.
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const told = (text: string) => experienceOf(text).leftOut.join(" | ");

describe("the user's own move or housing is private", () => {
	it("the reviewer's note", () => {
		const text = "already signed lease in bellmont for jan";
		expect(said(text)).toBe("");
		expect(told(text)).toMatch(/signed lease/);
		expect(experienceOf(text).withheld).toBe("visa");
	});
	it("variants", () => {
		expect(said("movers booked for the 14th")).toBe("");
		expect(said("house hunting in Tacoma all month")).toBe("");
		expect(said("negotiated 40 commercial leases for the REIT")).toMatch(/40 commercial leases/);
		expect(said("built a moving average model for demand")).toMatch(/moving average/);
	});
});

describe("'+' between two words of how often is 'and' inside the phrase", () => {
	it("the reviewer's note", () => {
		const text = "did monthly + quarterly 236 tests on 40 mi of CTC territory at BNSF contractor";
		expect(said(text)).not.toMatch(/did monthly\.|did monthly$|did monthly \|/);
		expect(said(text)).toMatch(/monthly and quarterly 236 tests on 40 miles of CTC territory/);
	});
	it("a variant", () => {
		const text = "did weekly + monthly safety audits on 3 lines";
		expect(said(text)).toMatch(/weekly and monthly safety audits on 3 lines/);
		expect(told(text)).toBe("");
		expect(said("ran weekly + monthly safety audits on 3 lines")).not.toMatch(/ran weekly\./);
	});
});

describe("a comma inside brackets never splits a highlight; service slang is told", () => {
	it("the reviewer's note", () => {
		const text = "8 yrs navy nuke (EM1, ELT), qualified RO on S8G prototype";
		expect(said(text)).not.toMatch(/\(EM1(?!, ELT\))/);
		expect(said(text)).not.toMatch(/in navy nuke/);
		expect(told(text)).toMatch(/navy nuke/);
	});
	it("a variant", () => {
		const text = "6 yrs in the fleet (MM1, ELT), qualified EOOW on Ike";
		expect(said(text)).toMatch(/\(MM1, ELT\)/);
		expect(said(text)).not.toMatch(/which qualified/);
		expect(said("4 yrs nights at Keystone (Unit 3, Unit 4), ran 60 trucks")).toMatch(/\(Unit 3, Unit 4\), where I ran 60 trucks/);
	});
});

describe("one score on one exam is never a track record", () => {
	it("the reviewer's note", () => {
		expect(said("94% on GFES")).not.toMatch(/track record/);
		expect(said("94% on GFES")).toMatch(/my 94% on the GFES/);
	});
	it("a variant", () => {
		expect(said("88% on the NCLEX")).toMatch(/^my 88% on the NCLEX/);
		expect(said("94% on-time departures")).toMatch(/track record of 94% on-time departures/);
	});
});

describe("a credential is never a thing worked on, nor joined to the work by 'where'", () => {
	it("the reviewer's note", () => {
		const text = "TBRI trained, did 30+ home studies";
		expect(said(text)).not.toMatch(/work on|where I/);
		expect(said(text)).toMatch(/I did more than 30 home studies/);
		expect(told(text)).toMatch(/TBRI trained/);
	});
	it("variants", () => {
		expect(said("CPR certified, ran 12 community classes")).toMatch(/^I ran 12 community classes\./);
		expect(said("TBRI trained")).not.toMatch(/work on/);
		expect(said("TBRI trained")).toMatch(/I'm TBRI-trained/);
	});
});

describe("a lower-case place is told; a trailing training is never left dangling", () => {
	it("the reviewer's notes", () => {
		const text = "[PCQI certified, wrote swab schedule at cedar hollow]";
		expect(said(text)).not.toMatch(/cedar hollow|how I'm/);
		expect(told(text)).toMatch(/cedar hollow/);
		const grief = "ran grief groups after the 2023 loss at roosevelt, trained in QPR";
		expect(said(grief)).not.toMatch(/roosevelt|, trained in QPR/);
		expect(said(grief)).toMatch(/I ran grief groups after the 2023 loss/);
		expect(told(grief)).toMatch(/trained in QPR/);
	});
	it("variants", () => {
		const text = "led tastings in sonoma valley, trained in WSET 2";
		expect(said(text)).not.toMatch(/sonoma valley|trained in/);
		expect(told(text)).toMatch(/sonoma valley/);
		expect(said("worked at Cedar Hollow")).toMatch(/at Cedar Hollow/);
	});
});

describe("'RH + temp' is read out", () => {
	it("the reviewer's note", () => {
		const text = "At Cedar Hollow I rebuilt our cave log. Tracked RH + temp twice daily. Cut rind defects by about a third.";
		expect(said(text)).not.toMatch(/\bRH\b|\btemp\b/);
	});
	it("a variant", () => {
		expect(said("tracked RH + temp in the cave daily")).toMatch(/relative humidity and temperature/);
	});
});
