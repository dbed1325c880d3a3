// The phrasing's readings on hostile notes: crafted input of 30,000 and 120,000 characters (10,000 and 40,000 for the
// shorthand), where a quadratic reading would take minutes and time the test out and a linear one takes milliseconds.
// The outputs are checked so that the work cannot be skipped. Time zones do not matter here, so the file sits outside
// test/core, which runs once per zone (these took a minute of every zone's run there).
import { describe, expect, it } from "vitest";
import { attachmentItems, attachmentKind, experienceOf, focusTopic, roleWritten, titlePhrase } from "../src/core/phrasing";

const names = ["Acme Robotics", "Dana Whitfield", "Jordan Rivera", "Brightline", "Finch"];

describe("the new shorthand", () => {
	it("reads the new shorthand in linear time", () => {
		// 1x and 4x of 10,000 characters: a quadratic reading would still time out; twelve units at 30,000 took seconds.
		for (const unit of ["1m->2m ", "$1k->$2k/mo ", "@ a ", "A/B current ", "A/", "cut deploy 1 ", "vent days ", "GH actions ", "a spend ", "a cost is ", "4 yrs A, did 3 ", "a/qtr "]) {
			for (const size of [10_000, 40_000]) {
				const text = unit.repeat(Math.ceil(size / unit.length));
				expect(focusTopic(text, { names }).topic?.text ?? "").not.toMatch(/\*\*/);
				expect(experienceOf(text, { names }).statement ?? "").not.toMatch(/\*\*/);
				expect(roleWritten(text).length).toBeGreaterThan(0);
				expect(titlePhrase(`${text} - summary`)).not.toBe("");
			}
		}
	});
});

describe("linear time on hostile notes", () => {
	// At 1x and 4x of 30,000 characters a quadratic reading would take minutes and time the test out;
	// a linear one takes milliseconds. The outputs are checked so that the work cannot be skipped.
	const units = ["[", "[[", "](", "[x](", "*", "**a", "_", "`", ". ", ";", " ;x", "they ", "Automated ", "%%", "<a", "a, see ", "# ", "- ", "w/", "14k ", "(", "from 1 to 2 ", ", up 2% ", "Led-", "https://x.example/ ", "esp. "];
	// The readings of places, outcomes and signed changes: each regex's own worst case.
	units.push("for Aa ", "for Aa 9 b c ", "on Aa Bb Cc 1 dd ee ", "a -> -1 ", "a -> -1 kg b ", "x first ", "a went from ", ", adopted in ", "stamped ", "pub ", "TOD ", "Rte ", "a re ", "pts ", "Elm St ", "a-", "transit-oriented");
	// Labels, moves named before their kind, losses with a cause, a past time, a second verb after a comma.
	// A person's label before an arrow, a clipped abbreviation, a verb after a possessed plural.
	units.push("Bob -> a. Cc -> b ", "Bob -> ", "cap. x ", "past 4 min ", "grew book ", "cert ", "their times creep past ", "ESI 4 pts ", "Comfort w/ ");
	units.push("big problem: ", "the main ", "a -> a ", "a to a migration ", "a-b-c ", "they lost x because of ", "keeps losing due ", "x this year ", "ran x, came in ", "vs compset ");
	// What people said, a shift served, a name's capitals mid-sentence, "without burning out" (reviews 65-68).
	units.push("techs at VCA ", "Techs at Aa Bb asked ", "4 yrs night ", "x, Planning Center ", "Aa Bb Cc ", "without burning ");
	// Weekdays and months given their capitals, a user's "X ok?", a lone "n" (review 86).
	units.push("last march ", "saturday ", "shift work ok? ", "berms n ");
	it.each(units)("%j", (unit) => {
		for (const size of [30_000, 120_000]) {
			const text = unit.repeat(Math.ceil(size / unit.length));
			const focus = focusTopic(text, { names });
			const exp = experienceOf(text, { names });
			for (const out of [focus.topic?.text ?? "", exp.statement ?? "", exp.reference ?? ""]) expect(out).not.toMatch(/\*\*|`/);
		}
	});
});

describe("linear time on the new shapes", () => {
	const units = ["a up 1% ", ", want 1", "4 yrs a, 1 b, ", "(https://a, ", "took a 1% to 2% ", "they need a and want ", "30d a ", "h", "a b crew, ", "4 yrs a + ", "a repo case "];
	it.each(units)("%j", (unit) => {
		for (const size of [30_000, 120_000]) {
			const text = unit.repeat(Math.ceil(size / unit.length));
			const focus = focusTopic(text);
			const exp = experienceOf(text);
			for (const out of [focus.topic?.text ?? "", exp.statement ?? "", exp.reference ?? ""]) expect(out).not.toMatch(/\*\*|`/);
			expect(attachmentItems(text).length).toBeGreaterThan(0);
			expect(attachmentKind(text, null)).not.toBe("");
		}
	});
});

