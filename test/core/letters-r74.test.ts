// Review 74: a post typed before a name, degrees before a job, a working interview named in the format.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { greeting, namesFor } from "../../src/core/people";
import { titleWithArticle } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-24T09:00") };

describe("a post typed before the name", () => {
	it("is never greeted as a first name", () => {
		expect(greeting("Hotel Director Paul Ng", "Hi", "Hotel director")).toBe("Hi Paul");
		const interview = anInterview().interviewer("Hotel Director Paul Ng", { email: "p@x.example", title: "Hotel director" }).build();
		for (const kind of ["thank-you", "handwritten-note"] as const) expect(buildDrafts(interview, kind, at).drafts[0]?.body).toMatch(/^(?:Hi|Dear) Paul,/);
	});
	it("keeps a first name that is also a post", () => {
		expect(greeting("Dean Smith", "Hi", "Dean")).toBe("Hi Dean");
	});
});

describe("degrees before a job", () => {
	it("say the job, never 'as a DMD MS'", () => {
		expect(titleWithArticle("DMD MS, periodontist")).toBe("a periodontist");
		expect(titleWithArticle("RN")).toBeNull();
	});
});

describe("a working interview", () => {
	// (The card still thanks her for the conversation; the thank-you, with one pleasantry a letter, no longer does.)
	const worked = (format: string, body = "") => {
		const interview = anInterview().with({ format }).interviewer("Tanya Boyd", { email: "t@x.example" }).build();
		return buildDrafts(interview, "handwritten-note", { ...at, noteText: `---\ntype: interview\n---\n${body}\n` }).warnings.join(" ");
	};
	it("named in the format is warned about, as one named in the notes is", () => {
		expect(worked("onsite, working interview")).toMatch(/format is "onsite, working interview".*conversation/);
		expect(worked("onsite", "- working interview on their pt, 1 prophy")).toMatch(/line \d+ say .*working interview/);
	});
	it("still to come is not", () => {
		expect(worked("onsite", "- shadow day nxt wk prob thurs/fri")).not.toMatch(/trial of the work|working interview/);
	});
});

describe("what they will send", () => {
	it("takes 'the' before the case study", () => {
		const r = readNextSteps("sofia will send case study, due fri", { names: namesFor("Sofia Brandt") }, local("2026-12-01T10:00"), local("2026-12-02T09:00"));
		expect(r?.clause).toMatch(/^you mentioned you'd send the case study/);
	});
});

describe("next steps and decision_expected naming two days for one answer (review 73)", () => {
	const warnings = (nextSteps: string, decision: string) => {
		const interview = anInterview().at("2026-11-25T14:00", "2026-11-25T15:00").primaryContact("Tasha Reed", "t@x.example").interviewer("Tasha Reed", { email: "t@x.example" }).nextSteps(nextSteps).decisionExpected(decision).build();
		return buildDrafts(interview, "next-steps", { ...at, now: local("2026-11-26T09:00") }).warnings.join(" ");
	};
	it("warns when they differ", () => {
		expect(warnings("tasha sends offer or no by fri", "2026-11-28T00:00")).toMatch(/name Friday,? (?:27 November|November 27) for the answer, but decision_expected is Saturday,? (?:28 November|November 28)/);
	});
	it("says nothing when they agree, or when the day is for something else", () => {
		expect(warnings("tasha sends offer or no by fri", "2026-11-27T00:00")).not.toMatch(/decision_expected is/);
		expect(warnings("case study due fri", "2026-11-28T00:00")).not.toMatch(/decision_expected is/);
	});
});

describe("next steps of several steps", () => {
	it("never warn of two days when a later step names the decision's week", () => {
		const interview = anInterview().at("2026-11-10T10:00", "2026-11-10T11:00").primaryContact("Hannah Cole", "h@x.example").interviewer("Hannah Cole", { email: "h@x.example" }).nextSteps("Team debriefs Friday; Hannah will let me know early in the week of the 16th").decisionExpected("2026-11-16T00:00").build();
		expect(buildDrafts(interview, "next-steps", { ...at, now: local("2026-11-11T09:00") }).warnings.join(" ")).not.toMatch(/decision_expected is/);
	});
});

describe("a card the note gives nothing personal for", () => {
	it("is said to be a general one, as a thank-you is (review 73)", () => {
		const interview = anInterview().interviewer("Helen Marsh", { title: "Judge" }).interviewer("Dwayne Pruitt", { focus: "courtroom security" }).build();
		const problems = buildDrafts(interview, "handwritten-note", at).problems.join(" ");
		expect(problems).toMatch(/The card to Helen Marsh is a general one/);
		expect(problems).not.toMatch(/Dwayne Pruitt is a general/);
	});
});

describe("a rank or a calling before the name (review 77)", () => {
	it("is greeted with the surname, never alone", () => {
		expect(greeting("Ofc. Brandt", "Hi")).toBe("Dear Officer Brandt");
		expect(greeting("Chaplain Tom Whitfield", "Hi")).toBe("Dear Chaplain Whitfield");
		expect(greeting("Trooper Ana Ruiz", "Hi")).toBe("Dear Trooper Ruiz");
	});
	it("leaves a surname alone", () => {
		expect(greeting("Ellen Bishop", "Hi")).toBe("Hi Ellen");
	});
});
