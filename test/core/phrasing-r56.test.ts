// Reviews 55 and 56: a title a company has one of, and a focus read as no more than its group.
import { describe, expect, it } from "vitest";
import { focusTopic, titleWithArticle } from "../../src/core/phrasing";

describe("a post a company has one of takes 'the' (review 55: 'as an owner')", () => {
	it("owner, founder, CEO and their kind", () => {
		expect(titleWithArticle("Owner")).toBe("the owner");
		expect(titleWithArticle("Co-owner")).toBe("the co-owner");
		expect(titleWithArticle("Owner/Operator")).toBe("the owner/operator");
		expect(titleWithArticle("Founder")).toBe("the founder");
		expect(titleWithArticle("CEO")).toBe("the CEO");
		expect(titleWithArticle("Managing Partner")).toBe("the managing partner");
	});
	it("a post many hold keeps 'a'", () => {
		expect(titleWithArticle("Crew Lead")).toBe("a crew lead");
		expect(titleWithArticle("Office Manager")).toBe("an office manager");
		expect(titleWithArticle("Practice Manager")).toBe("a practice manager");
	});
});

describe("a focus that says more than its group is never read as the group alone (review 55)", () => {
	it("the reviewer's 'his team (engineering) needs producers …'", () => {
		const r = focusTopic("his team (engineering) needs producers who hand off clean rundowns by 4:45am");
		expect(r.topic).toBeNull();
		expect(r.leftOut).toEqual(["his team (engineering) needs producers who hand off clean rundowns by 4:45am"]);
	});
	it("a variant, and a focus that is the group and no more", () => {
		expect(focusTopic("her crew (nights) keeps losing people to the mill across the river").topic?.text ?? null).not.toBe("the crew");
		expect(focusTopic("the team")?.topic?.text).toBe("the team");
		expect(focusTopic("team culture")?.topic?.text).toBe("team culture");
	});
});
