import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, title = "", others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
// Tuesday 1 December 2026, read the next day.
const base = local("2026-12-01T10:00");
const now = local("2026-12-02T09:00");
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);

describe("a title typed in lower case before a name (review 60)", () => {
	const note = "committee meets 11/12, rev hale will call";

	it("tells 'rev hale will call' to Rev. Hale as what he would do, never as revenue", () => {
		for (const reader of [to("Rev. Thomas Hale"), to("Thomas Hale")]) {
			const clause = read(note, reader)?.clause ?? "";
			expect(clause).toMatch(/, and that you'd call$/);
			expect(clause).not.toMatch(/revenue|will call/);
		}
		expect(read("rev hale will call fri", to("Rev. Thomas Hale"))?.clause).toBe("you mentioned you'd call on Friday 4 December");
	});

	it("names someone else the note lists by their title", () => {
		expect(read(note, to("Ann Lee", "", ["Rev. Thomas Hale"]))?.clause ?? "").toMatch(/, and that Rev\. Hale would call$/);
		expect(read("committee meets 11/12, capt ames will call", to("Ann Lee", "", ["Capt. Jo Ames"]))?.clause ?? "").toMatch(/, and that Capt\. Ames would call$/);
		expect(read("committee meets 11/12, Rev. Hale will call", to("Ann Lee", "", ["Rev. Thomas Hale"]))?.clause ?? "").toMatch(/, and that Rev\. Hale would call$/);
	});

	it("still reads 'rev' before no name as revenue", () => {
		expect(read("rev due next qtr", to("Ann Lee"))?.clause ?? "").toMatch(/revenue/);
	});
});

describe("a part pasted after a comma in the note's own future (review 60)", () => {
	it("leaves out '…, X will call' when X is no one it can name, and tells the rest", () => {
		for (const note of ["committee meets 11/12, rev hale will call", "committee meets 11/12, rev numbers will call"]) {
			const reading = read(note, to("Ann Lee"));
			expect(reading?.clause, note).toBe("I understood the committee would meet on Friday 11 December");
			expect(reading?.unsaid ?? [], note).toHaveLength(1);
		}
	});
});

describe("hearing after a comma with no one named (review 60)", () => {
	it("tells 'should hear by …' as the user's, never pasted", () => {
		expect(read("keisha to check refs, should hear by end of wk", to("Keisha Brown"))?.clause).toBe("you mentioned you'd check my references, and that I'd hear back by Friday 4 December");
		expect(read("keisha to check refs, should hear back by fri", to("Ann Lee", "", ["Keisha Brown"]))?.clause).toBe("I understood Keisha would check my references, and that I'd hear back by Friday 4 December");
		expect(read("kim to call refs, expect to hear within 2 wks", to("Ann Lee", "", ["Kim Lo"]))?.clause ?? "").not.toMatch(/, expect|, should/);
	});
});

describe("references as a step (review 60)", () => {
	it("says reference checks, and leaves the offer out", () => {
		const reading = read("janet -> references next, then offer", to("Janet Cole"));
		expect(reading?.clause).toBe("I understood there would be reference checks");
		expect(reading?.clause ?? "").not.toMatch(/offer|references/);
		expect(read("sam -> refs next", to("Janet Cole", "", ["Sam Ortiz"]))?.clause).toBe("I understood there would be reference checks");
	});

	it("keeps references someone checks", () => {
		expect(read("keisha to check refs", to("Keisha Brown"))?.clause).toBe("you mentioned you'd check my references");
	});
});
