// What reviews 121-122 found (a county assessor's office, a commercial greenhouse, an orchestra's operations, a rail yard,
// a newspaper copy desk, a cemetery, a municipal court clerk's office, bicycle courier dispatch).
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { parseInterview } from "../../src/core/parse";
import { splitPeopleText } from "../../src/core/people";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dmitri Okafor" };

describe("a comma line with a `Last, First` in it (review 121)", () => {
	it("'Maria Delgado <…>, Pieter van Dijk, Okafor, Lena' stays one person, as SPEC §1 reads a line with a part that is no full name", () => {
		expect(splitPeopleText("Maria Delgado <md@nb.example>, Pieter van Dijk, Okafor, Lena")).toEqual(["Maria Delgado <md@nb.example>, Pieter van Dijk, Okafor, Lena"]);
	});
	it("a line still read as one person is never said in a letter, address and all, and the draft warns", () => {
		const { interview, problems } = parseInterview(
			{
				file: "Interviews/Northbloom.md",
				frontmatter: { type: "interview", company: "Northbloom", role: "Assistant Grower", interview_start: "2026-12-02T15:00", primary_contact: "Carla Benning <carla@agri.example>", interviewers: "Maria Delgado <md@nb.example>, pieter, Okafor, Lena" },
			},
			DEFAULT_SETTINGS,
			() => null,
		);
		expect(problems.some((p) => p.changesDrafts === true && /read as one person/.test(p.message))).toBe(true);
		const body = buildDrafts(interview!, "thank-you", { settings, now: local("2026-12-02T18:00") }).drafts.map((d) => d.body).join("\n");
		expect(body).not.toMatch(/md@nb\.example|pieter, Okafor/);
		expect(body).toMatch(/everyone I met|the others I met/);
	});
});

describe("a focus or a highlight read whole (reviews 121, 122)", () => {
	it("'the perpetual care fund audit is coming' is never 'about coming'", () => {
		const r = focusTopic("Their mausoleum roof leaks and the perpetual care fund audit is coming, they need someone who can handle the state inspector");
		expect(r.topic?.text ?? "").not.toMatch(/^coming\b/);
	});
	it("things the user made, with no verb of their own, are a reference, never a sentence without one", () => {
		const r = experienceOf("my corrections log + the query-the-reporter checklist I set up");
		expect(r.statement).toBeNull();
		expect(r.reference).toBe("my corrections log and the query-the-reporter checklist I set up");
	});
	it("a fleet of 14 bikes and 3 cargo vans is never cut to 14 bikes", () => {
		const r = experienceOf("managing a mixed fleet of 14 bikes and 3 cargo vans at Velo Express");
		expect(r.short ?? "").not.toMatch(/14 bikes$/);
		expect(r.reference).toBe("my experience managing a mixed fleet of 14 bikes and 3 cargo vans at Velo Express");
	});
	it("'dropped BER <1%' is 'to under 1%', never 'under by 1%'; Esri keeps its capital", () => {
		expect(experienceOf("dropped BER <1% with Ca drip recipe tweak").statement).toBe("I dropped BER to under 1% with Ca drip recipe tweak.");
		expect(experienceOf("cut waste 15%").statement).toBe("I cut waste by 15%.");
		expect(experienceOf("Esri parcel fabric migration at Dane Co.").reference).toBe("my work on the Esri parcel fabric migration");
	});
});

describe("next steps at a paper and a courier (review 122)", () => {
	const base = new Date(2026, 11, 1, 10, 0);
	const now = new Date(2026, 11, 5, 9, 0);
	const read = (text: string) => readNextSteps(text, { names: ["Ruth Adler", "Ruth"], context: ["The Harbor Ledger", "Ruth Adler"] }, base, now)?.clause;
	it("the small words of a company's name never take capitals in the next steps", () => {
		expect(read("Ruth said they'd decide before the holidays, she'll email either way")).toBe("you mentioned the team would decide before the holidays, and that you'd email either way");
	});
	it("'edit test TBD' is a step still to come, never a hedge on the whole; 'ovnt' is overnight", () => {
		expect(read("2nd rd w/ ovnt desk chief wk of 12/14, edit test TBD")).toBe("I understood the next step was a second round with the overnight desk chief in the week of 14 December, followed by the edit test");
	});
});

describe("a decision day before the interview is named (review 121)", () => {
	it("warns in the check-in, and never in the thank-you", () => {
		const interview = anInterview().company("Northbloom").role("Assistant Grower").at("2026-12-02T15:00", "2026-12-02T16:00").interviewer("Maria Delgado", { email: "md@nb.example" }).primaryContact("Maria Delgado", "md@nb.example").decisionExpected("2026-12-01").build();
		expect(buildDrafts(interview, "check-in", { settings, now: local("2026-12-09T09:00") }).warnings.join(" ")).toMatch(/decision_expected \(1 December\) is before the interview \(2 December\)/);
		expect(buildDrafts(interview, "thank-you", { settings, now: local("2026-12-02T18:00") }).warnings.join(" ")).not.toMatch(/is before the interview/);
	});
});

describe("the reader's view of the job is said once (the example vault, read again at this stop)", () => {
	it("never 'what the role looks like to you' beside 'through your eyes'", () => {
		for (let i = 0; i < 40; i++) {
			const interview = anInterview().company(`Umbrella ${i}`).role("Senior engineer").at("2026-11-27T10:00", "2026-11-27T11:00").interviewer("Victor Hale", { email: "v@u.example", title: "Senior engineer" }).build();
			const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-11-27T14:00") }).drafts[0].body;
			const views = [/through your eyes/, /from your side/, /your perspective/, /your view/, /looks (?:like )?to you/].filter((r) => r.test(body)).length;
			expect(views, body).toBeLessThanOrEqual(1);
		}
	});
});
