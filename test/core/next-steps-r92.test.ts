// Reviews 91-92: next steps whose "after" or bare verb leans on a step the letter cannot say.
import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const base = local("2026-12-02T10:00");
const read = (text: string, reader: string, ...others: string[]) =>
	readNextSteps(text, { names: namesFor(reader), context: [reader, ...others].flatMap((n) => namesFor(n)) }, base, local("2026-12-03T09:00"));

describe("next steps of reviews 91-94", () => {
	it.each([
		// "you mentioned you'd call after" before: after what, the letter never said. Then "you'd call", the meeting cut (review
		// 193): the call waits for the meeting, and the letter says so.
		["Green committee votes at Dec meeting, Greg calls after", "Greg Amundsen", "you mentioned you'd call after the December meeting"],
		["Green committee votes at Dec meeting, Greg calls after", "Sue Delgado", "I understood Greg would call after the December meeting"],
		// "followed by a decide" before.
		["ref checks, then decide after", "Greg Amundsen", "I understood the next step was reference checks"],
		// Said after a step that is told, "after" still leans on it.
		["greg to do ref checks, then decide after", "Greg Amundsen", "you mentioned you'd do reference checks, and that you'd decide after it"],
		// "you'd send background and drug screen link, skills check in the cleanroom" before (review 93): a check after a comma
		// is a step of its own, never one more thing sent.
		["greg sends background + drug screen link, skills check in the cleanroom maybe next wk", "Greg Amundsen", "you mentioned you'd send the background and drug screen link, and that there would be a skills check in the cleanroom, possibly in the week of 7 December"],
		// Read as nothing before (review 93): a bracket of the user's doubt, and a video interview the reader passes the user on for.
		["greg passing me to pharmacy mgr (Rob something?) for a video interview", "Greg Amundsen", "you mentioned you'd pass me on to the pharmacy manager for a video interview"],
		["greg passing me to pharmacy mgr (Rob something?) for a video interview", "Sue Delgado", "I understood Greg would pass me on to the pharmacy manager for a video interview"],
		// Articles (reviews 93-94): "with decision", "an onsite with clinic manager", "about TWIC and drug test" before.
		["dr lee to call w decision early next wk", "Dr. Sam Lee", "you mentioned you'd call with a decision early in the week of 7 December"],
		["onsite w clinic mgr, greg will send times", "Sue Delgado", "I understood the next step was an onsite interview with the clinic manager, and that Greg would send times"],
		["greg emails about TWIC + drug test", "Sue Delgado", "I understood Greg would email about TWIC and the drug test"],
	])("%s (to %s)", (text, reader, clause) => {
		expect(read(text, reader, "Greg Amundsen", "Sue Delgado")?.clause).toBe(clause);
	});

	it("never makes a step of someone the note does not name ('the next step was a dr lee to call')", () => {
		expect(read("dr lee to call w decision early next wk", "Sue Delgado")?.clause ?? "").not.toMatch(/a dr lee/i);
	});

	it("tells the user of the step the letter left out", () => {
		expect(read("Green committee votes at Dec meeting, Greg calls after", "Greg Amundsen")?.unsaid).toEqual(["Green committee votes at Dec meeting"]);
		expect(read("ref checks, then decide after", "Greg Amundsen")?.unsaid).toEqual(["decide after"]);
	});
});
