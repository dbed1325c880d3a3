// Review 82: "Chief Sanitarian Tom Kowalski" was greeted "Dear Chief Kowalski": "Chief" there heads a job's name, no
// rank. A chief of a fire or police service, a chief inspector, a ship's chief engineer keep their rank.
import { describe, expect, it } from "vitest";
import { greetingName } from "../../src/core/people";
import { titleWithArticle } from "../../src/core/phrasing";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

describe("'Chief' before a job's name (review 82)", () => {
	it.each([
		["Chief Sanitarian Tom Kowalski", "Tom"],
		["Chief Librarian Ana Ruiz", "Ana"],
		["Chief Pharmacist Lee Park", "Lee"],
		["Chief Ray Boudreaux", "Chief Boudreaux"],
		["Chief Inspector Ann Dunbar", "Chief Inspector Dunbar"],
		["Chief Christian Olsen", "Chief Olsen"],
	])("%s → %s", (name, greeting) => {
		expect(greetingName(name)).toBe(greeting);
	});
});

describe("a title's shortened first word (review 82)", () => {
	it.each([
		["Asst Executive Housekeeper", "an assistant executive housekeeper"],
		["Asst. Director of Rooms", "the assistant director of rooms"],
		["Sr. Engineer", "a senior engineer"],
		["Exec Chef", "an executive chef"],
	])("%s → %s", (title, said) => {
		expect(titleWithArticle(title)).toBe(said);
	});
});

describe("a superintendent (reviews 81, 83)", () => {
	it.each([
		["Supt. Ray Delgado", "Superintendent Delgado"],
		["Supt. Harold Green", "Superintendent Green"],
		["superintendent ana ruiz", "Superintendent Ruiz"],
	])("%s → %s", (name, greeting) => {
		expect(greetingName(name)).toBe(greeting);
	});
});

describe("a superintendent in a note's interviewers (reviews 81, 83)", () => {
	it("keeps the post as the title the greeting uses, the name without it", () => {
		const { interview } = parseInterview(
			{ file: "Interviews/Sierra.md", frontmatter: { type: "interview", company: "Sierra Hotshots", role: "Squad boss", interview_start: "2026-11-20T10:00", interview_end: "2026-11-20T11:00", interviewers: [{ name: "Supt. Ray Delgado", email: "ray@x.example" }, "Supt. Harold Green <harold@x.example>"] } },
			DEFAULT_SETTINGS,
			() => null,
		);
		expect(interview?.interviewers.map((p) => [p.name, p.title])).toEqual([
			["Ray Delgado", "Superintendent"],
			["Harold Green", "Superintendent"],
		]);
		const greetings = buildDrafts(interview!, "thank-you", { settings: { myName: "Alex Morgan", signature: "" }, now: local("2026-11-20T14:00") }).drafts.map((d) => d.body.split("\n")[0]);
		expect(greetings).toEqual(["Dear Superintendent Delgado,", "Dear Superintendent Green,"]);
	});
});
