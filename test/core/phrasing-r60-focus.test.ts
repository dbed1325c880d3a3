// Review 59 and 60 (phrasing round 14): a focus is said back whole or left out and told, never cut so its
// object loses its noun; "a lot of X" is never "the lot of X"; a bare place takes its articles and a
// shortened county is written out; and a title that names a group is no one's job.
import { describe, expect, it } from "vitest";
import { titleWithArticle } from "../../src/core/phrasing";

describe("a title that names a group is not a person's job", () => {
	it("the reviewer's search committee", () => {
		expect(titleWithArticle("search committee")).toBeNull();
	});
	it("other groups, and jobs that only mention one", () => {
		for (const title of ["Hiring Committee", "Board of Directors", "interview panel", "Faculty Council", "Admissions Office", "HR department"]) {
			expect(titleWithArticle(title), title).toBeNull();
		}
		expect(titleWithArticle("Team Lead")).toBe("a team lead");
		expect(titleWithArticle("Office Manager")).toBe("an office manager");
		expect(titleWithArticle("Director of the Board")).toBe("the director of the board");
		expect(titleWithArticle("senior engineer")).toBe("a senior engineer");
	});
});
