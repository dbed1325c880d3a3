// Review 68: a thank-you to a recruiter or HR, who spoke of the process, never says the work was told "day to day".
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const NAMES = ["Ana Ruiz", "Ben Cole", "Cara Diaz", "Dev Shah", "Eli Moss", "Fay Lund", "Gus Park", "Hana Ito", "Ivan Petrov", "Jo March", "Kai Lee", "Lena Berg"];
const WORK = /day to day|day-to-day|how things run|through your eyes|approach the work|what the job involves|the work much easier|about the team first-hand|how the team thinks/i;

function bodies(title: string): string[] {
	const fm = {
		type: "interview",
		company: "Skyway Regional Airlines",
		role: "Aircraft maintenance technician",
		interview_start: "2026-12-02T09:00",
		interview_end: "2026-12-02T10:00",
		interviewers: NAMES.map((name, i) => ({ name, email: `p${i}@skyway.example`, title })),
	};
	const { interview } = parseInterview({ file: "Interviews/Skyway.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, "thank-you", { settings: { myName: "Dana Whitfield", signature: "" }, now: local("2026-12-02T12:00") }).drafts.map((d) => d.body);
}

describe("a thank-you to a recruiter (review 68)", () => {
	it("never says they told of the work day to day, in any of twelve letters", () => {
		for (const title of ["Talent Acquisition", "HR Business Partner", "Recruiter"]) {
			const said = bodies(title);
			expect(said).toHaveLength(12);
			for (const body of said) expect(body, title).not.toMatch(WORK);
		}
	});

	it("still says so to the one who does the work", () => {
		expect(bodies("Maintenance Manager").some((body) => WORK.test(body))).toBe(true);
	});
});

describe("'Hon.' before a name (reviews 69, 70)", () => {
	const greet = (title: string) => {
		const fm = { type: "interview", company: "Marlow County", role: "Assessor", interview_start: "2026-12-02T09:00", interview_end: "2026-12-02T10:00", interviewers: [{ name: "Hon. Raymond Ellis", email: "rellis@marlow.example", title }] };
		const { interview } = parseInterview({ file: "Interviews/Marlow.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
		if (!interview) throw new Error("not an interview");
		return buildDrafts(interview, "thank-you", { settings: { myName: "Dana Whitfield", signature: "" }, now: local("2026-12-02T12:00") }).drafts[0].body.split("\n")[0];
	};

	it("is a judge's only where the title says so; else the full name, formally", () => {
		// An elected office greets by it, "Hon." or not (review 162; review 72 for a name without "Hon.").
		expect(greet("County Commissioner")).toBe("Dear Commissioner Ellis,");
		expect(greet("Library Director")).toBe("Dear Raymond Ellis,");
		expect(greet("Superior Court Judge")).toBe("Dear Judge Ellis,");
		expect(greet("")).toBe("Dear Judge Ellis,");
	});
});

describe("thanks for setting the day up (review 70)", () => {
	const letterTo = (title: string) => {
		const fm = {
			type: "interview",
			company: "Eastvale Fire Department",
			role: "Captain",
			interview_start: "2026-12-02T09:00",
			interview_end: "2026-12-02T11:00",
			primary_contact: "Linda Marsh <lmarsh@eastvale.example>",
			interviewers: [
				{ name: "Linda Marsh", email: "lmarsh@eastvale.example", title },
				{ name: "Tom Kessler", email: "tkessler@eastvale.example", title: "Battalion Chief" },
			],
		};
		const { interview } = parseInterview({ file: "Interviews/Eastvale.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
		if (!interview) throw new Error("not an interview");
		return buildDrafts(interview, "thank-you", { settings: { myName: "Dana Whitfield", signature: "" }, now: local("2026-12-02T12:00") }).drafts[0].body;
	};
	const THANKED = /setting everything up|arranging everything/;

	it("is said only to one whose title says they arrange interviews, never to a fire chief on the board", () => {
		expect(letterTo("Fire Chief")).not.toMatch(THANKED);
		expect(letterTo("Recruiting Coordinator")).toMatch(THANKED);
	});
});
