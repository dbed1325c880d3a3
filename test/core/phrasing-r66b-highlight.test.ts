// Reviews 65 and 66 (phrasing round 20, highlights): a block keeps its place and its own sentences without "also";
// "Co" after a name is "County" and a trailing span is "over"; shorthand typed as typed; a result item is joined to
// the work before it; a trailing "mostly …" is "mostly on …".
import { describe, expect, it } from "vitest";
import { experienceOf } from "../../src/core/phrasing";

const said = (text: string) => {
	const e = experienceOf(text);
	return [e.statement, e.statementMid, e.reference, e.short, ...e.more].filter((t) => t !== null).join(" | ");
};
const told = (text: string) => experienceOf(text).leftOut.join(" | ");

describe("a block highlight keeps its place, and its own later sentences are never 'also'", () => {
	it("the reviewer's note", () => {
		const text = "At Cedar Hollow I rebuilt our cave log. Tracked RH + temp twice daily. Cut rind defects by about a third.";
		expect(said(text)).toMatch(/cave log at Cedar Hollow/);
		expect(told(text)).not.toMatch(/Cedar Hollow/);
		expect(said(text)).not.toMatch(/\balso\b/);
		expect(said(text)).toMatch(/I tracked relative humidity and temperature twice daily/);
	});
	it("variants", () => {
		const text = "At Acme I rebuilt the intake form. Trained 4 staff on it.";
		expect(said(text)).toMatch(/intake form at Acme/);
		expect(said("at Ridgeway I rebuilt the scheduling board.")).toMatch(/scheduling board at Ridgeway/);
		expect(said("At Ridgeway I rebuilt the scheduling board. Cut overtime by a fifth.")).not.toMatch(/\balso\b/);
	});
});
