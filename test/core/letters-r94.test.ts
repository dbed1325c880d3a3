// Reviews 93-94: titled people named in passing, and a chef greeted as the kitchen greets them.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan", enableHandwrittenNote: true }, now: local("2026-11-24T09:00") };

describe("thanks passed on to someone with a title (review 93)", () => {
	it("names them as a letter greets them, never with the title's short form and full name", () => {
		const interview = anInterview().interviewer("Angela Pruitt", { email: "apruitt@harbor.example" }).interviewer("Capt. Dana Reyes").interviewer("Mike Olsen").primaryContact("Angela Pruitt", "apruitt@harbor.example").build();
		const body = buildDrafts(interview, "thank-you", at).drafts[0].body;
		expect(body).toMatch(/Captain Reyes and Mike Olsen/);
		expect(body).not.toMatch(/Capt\./);
	});
	it("says one alone the same way", () => {
		const interview = anInterview().interviewer("Rick Tanaka", { email: "rick@bayline.example" }).interviewer("Sgt. Lou Brandt").primaryContact("Rick Tanaka", "rick@bayline.example").build();
		expect(buildDrafts(interview, "thank-you", at).drafts[0].body).toMatch(/Sergeant Brandt/);
	});
});

describe("an executive chef (review 94)", () => {
	it("is 'Dear Chef Dubois' on a card, never 'Dear Antoine'", () => {
		const interview = anInterview().interviewer("Executive Chef Antoine Dubois", { email: "antoine@ember.example" }).primaryContact("Executive Chef Antoine Dubois", "antoine@ember.example").build();
		const card = buildDrafts(interview, "handwritten-note", at).drafts[0].body;
		expect(card.split("\n")[0]).toBe("Dear Chef Dubois,");
	});
});

describe("what the user can do, has, or where they live (review 93)", () => {
	it("is mentioned, never explained 'how'", () => {
		for (const [name, highlight] of [
			["Luis Ortega", "i live 15 min away from the plant"],
			["Dana Ruiz", "said i can work every other saturday"],
			["Sam Okafor", "i hold a grade II license"],
			["Ann Lee", "i speak spanish and tagalog"],
			["Marcus Bell", "i have a journeyman card"],
		]) {
			const interview = anInterview().interviewer(name, { email: "x@plant.example", focus: "on call response", highlight }).primaryContact(name, "x@plant.example").build();
			const body = buildDrafts(interview, "thank-you", at).drafts[0].body;
			expect(body, name).toMatch(/\bI (?:live|can|hold|speak|have)\b/);
			expect(body, name).not.toMatch(/how I (?:live|can|hold|speak|have)\b/);
		}
	});
});

describe("a stage or working interview, arranged by someone who was not there (review 94)", () => {
	it("is named as the note's format names it", () => {
		const interview = anInterview().with({ format: "stage (working interview)" }).interviewer("Chef Antoine Dubois").interviewer("Marco Bellini").primaryContact("Tasha Reynolds", "tasha@staffing.example").build();
		const body = buildDrafts(interview, "thank-you", at).drafts[0].body;
		expect(body).toMatch(/setting up my stage with|arranging my stage with/);
		expect(body).not.toMatch(/my interview/);
	});
	it("says 'my working interview' for one", () => {
		const interview = anInterview().with({ format: "onsite, working interview" }).interviewer("Dee Harper").primaryContact("Tasha Reynolds", "tasha@staffing.example").build();
		expect(buildDrafts(interview, "thank-you", at).drafts[0].body).toMatch(/my working interview/);
	});
});
