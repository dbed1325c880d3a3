// Review 65 and 66: a post abbreviated before a full name ("Mgr. Tom Li") is no part of the name; a superintendent is
// greeted by the post and surname (reviews 81, 83: "Hi Ray" dropped the rank); "Sr." before a given name is a sister in
// religion, after a name a generation.
import { describe, expect, it } from "vitest";
import { cleanName, greeting, greetingName } from "../../src/core/people";

describe("abbreviated posts and 'Sr.' before a name (reviews 65, 66)", () => {
	it.each([
		["Supt. Ray Dominguez", "Ray Dominguez", "Dear Superintendent Dominguez"],
		["Mgr. Tom Li", "Tom Li", "Hi Tom"],
		["Sr. Manager Ann Cole", "Ann Cole", "Hi Ann"],
		["Sr. Margaret Doyle", "Sr. Margaret Doyle", "Dear Sister Margaret"],
		["Sr. Mary Clare", "Sr. Mary Clare", "Dear Sister Mary Clare"],
		["John Smith Sr.", "John Smith Sr.", "Hi John"],
	])("%s is %s, greeted '%s'", (typed, name, hello) => {
		expect(cleanName(typed)).toBe(name);
		expect(greeting(typed, "Hi")).toBe(hello);
	});

	it("greets a superintendent by a surname alone, never 'Hi Supt.'", () => {
		expect(greeting("Supt. Dominguez", "Hi")).toBe("Dear Superintendent Dominguez");
	});
});

describe("ranks in the services' own capitals (review 67)", () => {
	it.each([
		["LCDR Sarah Whitfield", "Dear Commander Whitfield"],
		["LTJG Ana Ruiz", "Dear Lieutenant Ruiz"],
		["LTC Mark Bell", "Dear Colonel Bell"],
		["CPT Ann Lee", "Dear Captain Lee"],
		["SFC Dana Cole", "Dear Sergeant Cole"],
		["MSgt Ray Dunn", "Dear Sergeant Dunn"],
	])("%s is greeted '%s', never by first name", (typed, hello) => {
		expect(greeting(typed, "Hi")).toBe(hello);
	});
});

describe("'Hon.' read with the job the note gives (reviews 69, 70)", () => {
	it("is a judge's only where the job says so or none is given", () => {
		// An elected office greets by it, "Hon." or not (review 162).
		expect(greeting("Hon. Raymond Ellis", "Hi", "County Commissioner")).toBe("Dear Commissioner Ellis");
		expect(greetingName("Hon. Patricia Lim", "Library Director")).toBe("Patricia Lim");
		expect(greetingName("Hon. Patricia Lim", "Superior Court Judge")).toBe("Judge Lim");
		expect(greetingName("Hon. Patricia Lim")).toBe("Judge Lim");
	});
});
