// Review 82: the notes said "yolanda applied for this job too and didnt get it?? awkward", and the letter to Yolanda said
// how much the user wanted her role; "marcus = hiring mgr … (dont tell yolanda lol)" is something to keep from Yolanda,
// not from Marcus.
import { describe, expect, it } from "vitest";
import { notRaisedMention, rivalMention } from "../../src/core/body-mentions";

const note = [
	"---",
	"type: interview",
	"---",
	"# harborview exec hk",
	"- marcus = hiring mgr, reports to GM. pay range 72-80k, i said 78 was my floor (dont tell yolanda lol)",
	"- yolanda applied for this job too and didnt get it?? awkward. need to be careful",
	"- ken chief eng - OOO rooms",
	"",
].join("\n");

describe("someone on the panel who wanted the role (review 82)", () => {
	it("is found on the line that names them", () => {
		expect(rivalMention(note, ["Yolanda", "Ortiz"])?.line).toBe(6);
		expect(rivalMention(note, ["Marcus", "Bell"])).toBeNull();
		expect(rivalMention("---\na: b\n---\n- ken was the internal candidate\n", ["Ken"])?.line).toBe(4);
		expect(rivalMention("---\na: b\n---\n- ken applied the fix himself\n", ["Ken"])).toBeNull();
	});
});

describe("what not to raise, with whom (review 82)", () => {
	it("is kept from the person named after the words, not the one the line is about", () => {
		expect(notRaisedMention(note, ["Yolanda", "Ortiz"])?.line).toBe(5);
		expect(notRaisedMention(note, ["Marcus", "Bell"])).toBeNull();
	});
});
