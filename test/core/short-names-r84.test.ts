// Review 84: the notes called Sgt. Ray Dillard "dill" ("dill + lena", "dill: kc, coc", "next_steps: bg check + dill to
// call re 2nd"), and the letters to him said "…a background check and dill to call about second".
import { describe, expect, it } from "vitest";
import { shortNamesOf } from "../../src/core/body-mentions";
import { readNextSteps } from "../../src/core/next-steps-note";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const people = [
	{ first: "Ray", names: ["Ray", "Dillard"] },
	{ first: "Lena", names: ["Lena", "Foss"] },
];
const note = (...lines: string[]) => `---\ntype: interview\nnext_steps: bg check + dill to call re 2nd\n---\n\n${lines.join("\n")}\n`;

describe("a short name the notes give someone (review 84)", () => {
	it("is found where a person stands: heading a line, joined to another, or doing something twice", () => {
		expect([...shortNamesOf(note("- 1 hr, conf rm, dill + lena", "- dill: kc, coc, prim/patent"), people)]).toEqual([["dill", "Ray"]]);
		expect([...shortNamesOf(note("- dill: kc, coc"), people)]).toEqual([["dill", "Ray"]]);
		expect([...shortNamesOf(note("- Dill + lena ran it"), people)]).toEqual([["dill", "Ray"]]);
	});
	it("is not a word that only begins a name, used as a word", () => {
		expect([...shortNamesOf(note("- asked abt dill pickles in the break room"), people)]).toEqual([]);
		expect([...shortNamesOf("---\ntype: interview\n---\n- lena: locks\n- fossil fuel plant contract\n", people)]).toEqual([]);
	});
	it("is not one that begins two people's names", () => {
		const two = [...people, { first: "Kim", names: ["Kim", "Dillon"] }];
		expect([...shortNamesOf(note("- dill: kc"), two)]).toEqual([]);
	});
});

describe("letters that say the next steps back (review 84)", () => {
	const interview = anInterview()
		.at("2026-11-24T14:00", "2026-11-24T15:00")
		.interviewer("Sgt. Ray Dillard", { email: "rdillard@metro.example" })
		.interviewer("Lena Foss", { email: "lfoss@metro.example" })
		.primaryContact("Sgt. Ray Dillard", "rdillard@metro.example")
		.nextSteps("bg check + dill to call re 2nd")
		.build();
	const body = (kind: "next-steps" | "check-in", lines: string[]) => buildDrafts(interview, kind, { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-26T09:00"), noteText: note(...lines) }).drafts[0].body;
	it("never say the user's short name for the reader, and keep the two steps apart", () => {
		const text = body("next-steps", ["- 1 hr, conf rm, dill + lena", "- dill: kc, coc"]);
		expect(text).toMatch(/I understood the next step was a background check, and that you'd call about a second round\./);
		expect(text).not.toMatch(/\bdill\b/i);
	});
	it("say it as typed when the notes never use it for a person", () => {
		expect(body("next-steps", ["- 1 hr, conf rm"])).not.toMatch(/you'd call/);
	});
});

describe("'this week' typed on a weekend (review 84)", () => {
	const read = (base: string, now: string) => readNextSteps("will hear this wk", { names: [] }, local(base), local(now))?.clause;
	it("is the week about to start, not the one ending", () => {
		expect(read("2026-11-28T10:00", "2026-11-28T19:00")).toBe("I understood I'd hear back by Friday 4 December");
		expect(read("2026-11-29T10:00", "2026-11-30T09:00")).toBe("I understood I'd hear back this week");
	});
	it("is named by its Friday in a letter written on that week's weekend", () => {
		expect(read("2026-11-25T10:00", "2026-11-26T09:00")).toBe("I understood I'd hear back this week");
		expect(read("2026-11-25T10:00", "2026-11-28T19:00")).toBe("I understood I'd hear back by Friday 27 November");
	});
});

describe("a step joined on as a verb (review 84)", () => {
	it("is a chance to do it, never a verb left after a noun", () => {
		expect(readNextSteps("meet the floor team + shadow a Tinker Tots session", { names: [] }, local("2026-11-25T10:00"), local("2026-11-26T09:00"))?.clause).toBe("I understood the next step was a meeting with the floor team and a chance to shadow a Tinker Tots session");
	});
});
