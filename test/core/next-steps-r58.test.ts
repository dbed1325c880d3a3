import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, title = "", others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
// Tuesday 1 December 2026, read the next day.
const base = local("2026-12-01T10:00");
const now = local("2026-12-02T09:00");
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, base, now);

describe("the reader named by a title and surname (review 58)", () => {
	const note = "Dr Marsh said they'd decide in 2 wks after 2 more candidates";

	it("tells 'Dr Marsh said' back to Elaine Marsh as what she mentioned, with or without her title", () => {
		for (const reader of [to("Dr. Elaine Marsh"), to("Elaine Marsh")]) {
			expect(read(note, reader)?.clause).toBe("you mentioned the team would decide within two weeks, after 2 more candidates");
			expect(read("Dr. Marsh said they'd decide in 2 wks", reader)?.kind).toBe("you");
			expect(read("dr m said they'd decide in 2 wks", reader)?.kind).toBe("you");
		}
		expect(read("Prof. Okafor said they'd decide by fri", to("Ngozi Okafor"))?.clause).toBe("you mentioned the team would decide by Friday 4 December");
	});

	it("tells 'capt said' to the captain as what they mentioned", () => {
		for (const reader of [to("Jim Hook", "Captain"), to("Captain Jim Hook"), to("Capt. Jim Hook")]) {
			expect(read("capt said final offers go out after background check", reader)?.clause ?? "").toMatch(/^you mentioned /);
		}
	});

	it("never takes another person's title and surname, nor an initial someone else the note lists shares, for the reader", () => {
		expect(read(note, to("Elaine Park"))?.clause ?? "").not.toMatch(/^you /);
		expect(read("dr m said they'd decide in 2 wks", to("Elaine Marsh", "", ["Dr. Raj Mehta"]))?.clause ?? "").not.toMatch(/^you /);
		expect(read("capt said final offers go out after background check", to("Jim Hook", "Recruiter"))?.clause ?? "").not.toMatch(/^you /);
		expect(read("Mr Marsh said they'd decide in 2 wks", to("Elaine Marsh", "", ["Tom Marsh"]))?.clause ?? "").not.toMatch(/^you /);
	});
});

describe("a bare meeting after 'after', and a quoted span after a comma (review 58)", () => {
	it("says 'after the partners' meeting, in a couple of weeks'", () => {
		expect(read('alison will follow up after partners mtg, "couple weeks"', to("Alison Grey"))?.clause).toBe("you mentioned you'd follow up after the partners' meeting, in a couple of weeks");
		expect(read("alison will follow up after board mtg", to("Alison Grey"))?.clause).toBe("you mentioned you'd follow up after the board meeting");
		expect(read('Sam will decide after directors meeting, "few wks"', to("Bo Li", "", ["Sam Ortiz"]))?.clause).toBe("I understood Sam would decide in a few weeks, after the directors' meeting");
	});

	it("never pastes a bare 'after partners meeting' nor ', couple weeks'", () => {
		for (const note of ['alison will follow up after partners mtg, "couple weeks"', 'alison to call after owners meeting, "a few weeks"']) {
			expect(read(note, to("Alison Grey"))?.clause ?? "", note).not.toMatch(/after \p{Ll}+s meeting|, (?:a )?(?:couple|few) weeks/u);
		}
	});
});

describe("a 're:' part that is no clean noun phrase (review 58)", () => {
	it("leaves out 're: in person w/ pharmacist' and tells the rest", () => {
		expect(read("she'll talk to the PIC and get back to me by end of wk re: in person w/ pharmacist", to("Alison Grey"))?.clause).toBe("you mentioned you'd talk to the PIC and get back to me by Friday 4 December");
		expect(read("Kim will call fri re: in person w/ owner", to("Alison Grey", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call on Friday 4 December");
	});

	it("keeps a clean 're:' part, and never pastes a bare one", () => {
		expect(read("Kim will call fri re: a call w/ the owner", to("Alison Grey", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call on Friday 4 December about a call with the owner");
		expect(read("Kim will call fri re: start date", to("Alison Grey", "", ["Kim Lo"]))?.clause).toBe("I understood Kim would call on Friday 4 December about my start date");
		for (const note of ["she'll get back to me by fri re: in person w/ pharmacist", "Kim will email re: in person w/ director", "Kim will call re: whether remote ok"]) {
			expect(read(note, to("Alison Grey", "", ["Kim Lo"]))?.clause ?? "", note).not.toMatch(/\babout (?:in|on|whether)\b|\bwith pharmacist\b/u);
		}
	});
});

describe("next steps typed short, told back where they can be (review 58)", () => {
	it("tells 'gus -> \"few wks\"' to Gus as when he would be in touch, and never says a name as a step", () => {
		expect(read('gus -> "few wks"', to("Gus Wren"))?.clause).toBe("you mentioned you'd be in touch in a few weeks");
		expect(read('kim -> "couple wks"', to("Kim Lo"))?.clause).toBe("you mentioned you'd be in touch in a couple of weeks");
		for (const reader of [to("Gus Wren"), to("Tom Hill")]) {
			expect(read('gus -> "few wks"', reader)?.clause ?? "").not.toMatch(/step was gus/i);
		}
	});

	it("says a partner by their role in the business, and never 'your wife'", () => {
		expect(read("he'll call back after talking to his wife (co-owner)", to("Tom Hill"))?.clause).toBe("you mentioned you'd call after talking to your co-owner");
		expect(read("she'll decide after talking to her husband (business partner)", to("Ann Wu"))?.clause ?? "").not.toMatch(/husband/);
		for (const note of ["he'll call back after talking to his wife", "he'll call back after talking to his wife (co-owner), maybe farm visit in jan", "she'll email after checking w/ her husband"]) {
			expect(read(note, to("Tom Hill"))?.clause ?? "", note).not.toMatch(/\b(?:wife|husband)\b/);
		}
	});
});
