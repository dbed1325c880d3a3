import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftBlock } from "../../src/core/draft-block";
import { buildDrafts, type DraftContext } from "../../src/core/drafts";
import { sentencesHolding, sentencesOf } from "../../src/core/from-notes";
import { anInterview, local } from "../builders/interview";

const ctx = (now: string): DraftContext => ({ settings: { myName: "Sam Ortiz", signature: "" }, now: local(now) });

describe("sentencesOf", () => {
	it("ends a sentence at a stop followed by a capital, never inside a title, a time or a figure", () => {
		const text = "I met Dr. Lee at 9 a.m. on Monday. We spoke about the 3.5 mm gap! Was it useful? Yes.\nThanks,\nSam";
		expect(sentencesOf(text).map((s) => s.text)).toEqual([
			"I met Dr. Lee at 9 a.m. on Monday.",
			"We spoke about the 3.5 mm gap!",
			"Was it useful?",
			"Yes.",
			"Thanks,",
			"Sam",
		]);
	});

	it("never ends a sentence after a clergy, court or military title", () => {
		for (const title of ["Rev.", "Fr.", "Hon.", "Capt.", "Sgt.", "Lt.", "Col.", "Maj.", "Gen.", "Adm.", "Cmdr."]) {
			expect(sentencesOf(`Dear ${title} Abernathy, thank you for the conversation. I'd be glad to connect.`).map((s) => s.text)).toEqual([`Dear ${title} Abernathy, thank you for the conversation.`, "I'd be glad to connect."]);
		}
	});

	it("keeps a closing quote or bracket with its sentence, and gives each sentence's place in the text", () => {
		const text = 'She said "call me." (Then she left.) Fine.';
		const found = sentencesOf(text);
		expect(found.map((s) => s.text)).toEqual(['She said "call me."', "(Then she left.)", "Fine."]);
		for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

describe("sentencesHolding", () => {
	const letter =
		"Hi Dana,\n\nThank you for meeting with me today. Keeping arm calibration inside ±0.05 mm stayed with me. I was glad to tell you how I cut the build time in half. I hope to hear from you.\n\nBest,\nSam";

	it("finds a phrase whatever capital the letter gave it, and names each sentence once, in order", () => {
		expect(sentencesHolding(letter, ["I cut the build time in half.", "keeping arm calibration inside ±0.05 mm", "keeping arm calibration"])).toEqual([
			"Keeping arm calibration inside ±0.05 mm stayed with me.",
			"I was glad to tell you how I cut the build time in half.",
		]);
	});

	it("finds whole words only", () => {
		expect(sentencesHolding("We ran workshops. Ops was quiet.", ["ops"])).toEqual(["Ops was quiet."]);
		expect(sentencesHolding("We ran workshops.", ["ops"])).toEqual([]);
	});

	it("looks for a phrase of several sentences one sentence at a time", () => {
		const text = "Thanks again. I led the migration. I also trained the night shift. Best wishes.";
		expect(sentencesHolding(text, ["I led the migration. I also trained the night shift."])).toEqual(["I led the migration.", "I also trained the night shift."]);
	});

	it("finds nothing for no phrase or an empty one", () => {
		expect(sentencesHolding(letter, [])).toEqual([]);
		expect(sentencesHolding(letter, ["", " . "])).toEqual([]);
	});

	it("only ever returns sentences of the text that hold one of the phrases", () => {
		const word = fc.constantFrom("the", "Dr.", "grant", "I", "led", "3.5", "a.m.", "Ops", "workshops", "mm", "“quote”", "(aside)");
		const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(" ")}${["", ".", "!", "?"][w.length % 4]}`);
		fc.assert(
			fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.array(sentence, { maxLength: 3 }), fc.constantFrom(" ", "\n"), (parts, phrases, gap) => {
				const text = parts.join(gap);
				for (const found of sentencesHolding(text, phrases)) {
					expect(text).toContain(found);
					expect(found).toBe(found.trim());
					expect(found).not.toBe("");
				}
			}),
			{ numRuns: 300 },
		);
	});
});

describe("drafts name the sentences written from the notes", () => {
	// Typed in a hurry, as a real note holds it.
	const interview = anInterview()
		.company("Harbor Freight Logistics")
		.role("Dispatch supervisor")
		.at("2026-11-30T10:00", "2026-11-30T11:00")
		.primaryContact("Lena Okafor", "lena@harborfl.example")
		.nextSteps("Lena said ops director decides by Fri, 2nd round w/ GM after")
		.interviewer("Marco Ruiz", {
			email: "marco@harborfl.example",
			linkedin: "https://www.linkedin.com/in/marco-ruiz-example",
			focus: "late pickups on the night routes",
			highlight: "cut missed pickups 30% at Cargolink by re-sequencing routes",
		})
		.interviewer("Priya Shah", { email: "priya@harborfl.example" })
		.build();

	it("marks the thank-you's sentences that carry the focus and the highlight, and nothing of the fixed wording", () => {
		const { drafts } = buildDrafts(interview, "thank-you", ctx("2026-11-30T15:00"));
		const marco = drafts.find((d) => d.to[0]?.name === "Marco Ruiz");
		expect(marco?.fromNotes).toBeDefined();
		const noted = marco?.fromNotes ?? [];
		expect(noted.some((s) => /late pickups on the night routes/i.test(s))).toBe(true);
		expect(noted.some((s) => /missed pickups/i.test(s))).toBe(true);
		for (const s of noted) expect(marco?.body).toContain(s);
		// Greeting, thanks and close are the product's own wording: never marked.
		expect(noted.some((s) => /^(?:Hi|Thank you for|Best|Many thanks)/.test(s))).toBe(false);
		// Priya's note says nothing of her: her letter is fixed wording throughout.
		const priya = drafts.find((d) => d.to[0]?.name === "Priya Shah");
		expect(priya?.fromNotes).toBeUndefined();
	});

	it("marks the next steps said back in the next-steps draft and the check-in, not again from the call script", () => {
		const next = buildDrafts(interview, "next-steps", ctx("2026-11-30T15:00")).drafts[0];
		expect(next.fromNotes?.length).toBe(1);
		expect(next.fromNotes?.[0]).toMatch(/ops director|operations director/i);
		const checkIn = buildDrafts(interview, "check-in", ctx("2026-12-09T10:00")).drafts[0];
		// The call script says it again: the sentence is named once, from the letter.
		expect(checkIn.fromNotes?.length).toBe(1);
		expect(checkIn.body).toContain(checkIn.fromNotes?.[0]);
		expect(checkIn.fromNotes?.[0]).toMatch(/director/i);
	});

	it("marks the card's and the invitation's line about the focus", () => {
		const card = buildDrafts(interview, "handwritten-note", ctx("2026-11-30T15:00")).drafts.find((d) => d.to[0]?.name === "Marco Ruiz");
		expect(card?.fromNotes?.some((s) => /night routes|missed pickups/i.test(s))).toBe(true);
		const invite = buildDrafts(interview, "linkedin", ctx("2026-11-30T15:00")).drafts[0];
		expect(invite.fromNotes?.some((s) => /late pickups/i.test(s))).toBe(true);
	});

	it("lists them in the note's draft block as plain text under their own heading", () => {
		const draft = {
			...buildDrafts(interview, "thank-you", ctx("2026-11-30T15:00")).drafts[0],
			fromNotes: ["I cut **missed** pickups [30%](https://x.example) at #Cargolink."],
		};
		const block = draftBlock(draft, local("2026-11-30T15:00"));
		const lines = block.split("\n");
		const at = lines.indexOf("**Written from your notes, so read these before sending:**");
		expect(at).toBeGreaterThan(0);
		expect(lines[at + 1]).toBe("- I cut \\*\\*missed\\*\\* pickups \\[30%\\](https\\://x.example) at \\#Cargolink.");
	});
});

describe("a case name in a sentence (review 56)", () => {
	it("never ends a sentence at the 'v.' of 'State v. Hollis'", () => {
		expect(sentencesOf("I drafted the reply brief in State v. Hollis. It was filed on time.").map((s) => s.text)).toEqual(["I drafted the reply brief in State v. Hollis.", "It was filed on time."]);
		expect(sentencesOf("Logged and tracked exhibits for a three-week jury trial (State v. Dorsey) with no discrepancies.")).toHaveLength(1);
	});
});
