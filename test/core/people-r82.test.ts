// Review 82: "Chief Sanitarian Tom Kowalski" was greeted "Dear Chief Kowalski": "Chief" there heads a job's name, no
// rank. A chief of a fire or police service, a chief inspector, a ship's chief engineer keep their rank.
import { describe, expect, it } from "vitest";
import { greetingName } from "../../src/core/people";
import { titleWithArticle } from "../../src/core/phrasing";

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
