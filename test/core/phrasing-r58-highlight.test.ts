// Review 58 (phrasing round 13): a highlight's credential or test result is never worked on, a participle after "all"
// is never "all of which <participle>", a gerund short form has no past verb after "and", "my … scores N/M" is no
// sentence, pasted work words are mended, and "tech" ending a role is a technician.
import { describe, expect, it } from "vitest";
import { experienceOf, roleWritten } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const toldOrSaid = (text: string) => {
	const e = experienceOf(text);
	return e.statement !== null || e.reference !== null || e.leftOut.length > 0;
};

describe("a credential or a test result is never worked on", () => {
	it("the reviewers' notes", () => {
		for (const text of ["[faller B qualified, pack test 42 min]", "225 wpm certified, 98.6% on my last RPR realtime leg", "3 yrs EMD-certified, ~40 T-CPR calls, 2 saves"]) {
			expect(said(text), text).not.toMatch(/my work on|I also worked on|worked on the pack|my \S+ years on|\bcertified,|my 225 wpm certified|of 98\.6%/);
			expect(toldOrSaid(text), text).toBe(true);
		}
	});
	it("variants: told, and the rest still said", () => {
		expect(said("crane operator certified, test 12 min")).not.toMatch(/my work on|worked on/);
		expect(experienceOf("faller B qualified, pack test 42 min").leftOut.join(" ")).toMatch(/faller B qualified/);
		expect(said("forklift certified, trained 6 new hires on the reach truck")).not.toMatch(/my work on|forklift certified/);
		expect(experienceOf("forklift certified, trained 6 new hires on the reach truck").leftOut.join(" ")).toMatch(/forklift certified/);
		// A rest that reads as a sentence is still said.
		const e = experienceOf("faller B qualified, I ran the saw crew for 3 seasons");
		expect(said("faller B qualified, I ran the saw crew for 3 seasons")).not.toMatch(/my work on|faller B qualified/);
		expect(e.statement ?? "").toMatch(/ran the saw crew/);
	});
	it("getting certified is a sentence of the user's, left as it was", () => {
		expect(experienceOf("got ServSafe certified, ran the line for 2 years").leftOut).not.toContain("got ServSafe certified");
	});
});

describe("a participle after 'all' or 'both' is passive: never 'all of which <participle>'", () => {
	it("the reviewer's permits", () => {
		const text = "ran CDs for 3 municipal projects, all permitted first submittal";
		expect(said(text)).not.toMatch(/of which permitted/);
		expect(experienceOf(text).leftOut.join(" ")).toMatch(/permitted first submittal/);
	});
	it("a variant", () => {
		expect(said("wrote grant applications for 4 clinics, both approved in round one")).not.toMatch(/of which approved/);
	});
	it("what the things did themselves stays", () => {
		expect(said("drafted 6 expert reports, two survived Daubert challenges")).toMatch(/of which survived/);
	});
});

describe("a gerund short form has no past verb after any 'and'", () => {
	it("the reviewer's season", () => {
		expect(experienceOf("I stayed the full 2025 season and came back for 2026, never missed a roll").short ?? "").not.toMatch(/^\p{Ll}+ing .* and (?:came|went|stayed)\b/u);
	});
	it("a variant", () => {
		expect(experienceOf("I worked the 2024 harvest and went back for 2025, never missed a shift").short ?? "").not.toMatch(/^\p{Ll}+ing .* and went\b/u);
	});
});

describe("'my … scores N/M' has no verb: left out, the user told", () => {
	it("the reviewer's member scores and a variant", () => {
		for (const text of ["my member sat scores 4.8/5 avg over 2 yrs", "my patient survey scores 9.2/10 for 3 quarters"]) {
			const e = experienceOf(text);
			expect(said(text), text).toBe("");
			expect(e.leftOut.length, text).toBeGreaterThan(0);
		}
	});
});

describe("pasted work words are mended", () => {
	it("the reviewer's depositions", () => {
		const s = said("set up zoom depos + CART feeds for 2 yrs at prior firm");
		expect(s).not.toMatch(/\bdepos\b|at prior firm|\bzoom\b/);
		expect(s).toMatch(/at my previous firm/);
		expect(said("handled depos for 3 yrs at previous agency")).not.toMatch(/\bdepos\b|at previous agency/);
	});
	it("the reviewer's apprenticeship", () => {
		expect(said("sewed 3 sets on tapes in apprentice, showed portfolio (coptic + long stitch)")).not.toMatch(/in apprentice\b|showed portfolio/);
		expect(said("cut 40 dovetails in apprentice")).not.toMatch(/in apprentice\b/);
	});
	it("the reviewer's avalanche route", () => {
		const s = said("AIARE 2 + worked avy route w/ Mt Bachelor patrol");
		expect(s).not.toMatch(/\bavy\b|worked avalanche route|with Mt Bachelor/);
		expect(said("ran avy route for the ski patrol")).not.toMatch(/\bavy\b|ran avalanche route/);
	});
});

describe("'tech' ending a role is a technician; a spaced slash closes up", () => {
	it("the reviewer's piano technician", () => {
		expect(roleWritten("piano tech / tuner")).toBe("piano technician/tuner");
	});
	it("variants", () => {
		expect(roleWritten("pharmacy tech")).toBe("pharmacy technician");
		expect(roleWritten("vet tech, night shift")).toBe("vet technician, night shift");
		expect(roleWritten("tech lead")).toBe("tech lead");
		expect(roleWritten("senior tech writer")).toBe("senior tech writer");
		expect(roleWritten("Head of Tech")).toBe("Head of Tech");
	});
});
