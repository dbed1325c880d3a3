// Review 62: a post written before a full name ("Road Foreman Bill Tate", "Bosun Linda Farr") is the person's
// job, never the first name a letter greets.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { cleanName, greeting } from "../../src/core/people";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Frontmatter } from "../../src/core/types";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, enableHandwrittenNote: true };
const base = { type: "interview", company: "Cascade Pacific Railroad", role: "Locomotive engineer", interview_start: "2026-12-01T09:00", interview_end: "2026-12-01T10:30" };

function letters(fm: Frontmatter, kind: "thank-you" | "check-in", now: string) {
	const { interview } = parseInterview({ file: "Interviews/Rail.md", frontmatter: { ...base, ...fm } }, settings, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, kind, { settings: { myName: "Jordan Reyes", signature: "" }, now: local(now) }).drafts.map((d) => [d.to[0]?.name, d.body.split("\n")[0], d.script ?? ""]);
}

describe("a post before a name (review 62)", () => {
	it("greets Bill, not 'Road', when the primary contact is written with his post (the reviewer's note)", () => {
		const fm = {
			primary_contact: "Road Foreman Bill Tate <btate@cascadepacific.com>",
			interviewers: [
				{ name: "Bill Tate", email: "btate@cascadepacific.com", title: "Road Foreman of Engines" },
				{ name: "Sharon Mitchell", email: "smitchell@cascadepacific.com", title: "Trainmaster" },
			],
			thank_you_sent: "2026-12-01T15:00",
		};
		expect(letters(fm, "thank-you", "2026-12-01T14:00").map(([to, first]) => [to, first])).toEqual([
			["Bill Tate", "Hi Bill,"],
			["Sharon Mitchell", "Hi Sharon,"],
		]);
		const [to, first, script] = letters(fm, "check-in", "2026-12-11T10:00")[0];
		expect([to, first]).toEqual(["Bill Tate", "Hi Bill,"]);
		expect(script).not.toMatch(/\bRoad\b/);
	});

	it("greets by the first name after a rank-less post, and never greets a post", () => {
		expect(greeting("Bosun Linda Farr", "Hi")).toBe("Hi Linda");
		expect(greeting("Hiring Manager Ann Cole", "Hi")).toBe("Hi Ann");
		expect(greeting("manager ann cole", "Hi")).toBe("Hi Ann");
		expect(greeting("Director of Patient Care Ann Cole", "Hi")).toBe("Hi Ann");
		// A post and one name: that name may be either; the letter says "Hello", never "Hi Bosun".
		expect(greeting("Bosun Farr", "Hi")).toBe("Hello");
		expect(greeting("Recruiter Jo", "Dear")).toBe("Hello");
		// A surname that is also a post's word, and ranks greeted by rank, stay as they were.
		expect(greeting("George Foreman", "Hi")).toBe("Hi George");
		expect(greeting("Chief Engineer Anna Berg", "Hi")).toBe("Dear Chief Engineer Berg");
		expect(greeting("Capt. Ray Ellison", "Hi")).toBe("Dear Captain Ellison");
		expect(cleanName("Superintendent Maria de la Cruz")).toBe("Maria de la Cruz");
	});
});

describe("long credentials after a name (review 63)", () => {
	it("greets 'Dear Dr. Okafor', never 'Dear Dr. DACVECC'", () => {
		expect(greeting("Dr. Helen Okafor, DACVECC", "Hi")).toBe("Dear Dr. Okafor");
		expect(cleanName("Helen Okafor, DVM, DACVECC")).toBe("Helen Okafor");
		expect(greeting("Maria Lopez, DACVIM", "Hi")).toBe("Hi Maria");
		// A surname after a comma is still read as one ("Okafor, Helen").
		expect(cleanName("Okafor, Helen")).toBe("Helen Okafor");
	});
});

describe("one list of posts before a name (review 51's and review 62's)", () => {
	it("writes 'Trainmaster Ray Ortega' as Ray Ortega everywhere, and greets a post before a surname alone with 'Hello'", () => {
		expect(cleanName("Trainmaster Ray Ortega")).toBe("Ray Ortega");
		expect(greeting("Harbormaster Ann Cole", "Dear")).toBe("Dear Ann");
		expect(greeting("Trainmaster Ortega", "Hi")).toBe("Hello");
	});
});
