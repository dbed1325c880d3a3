import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isInterviewNote, parseInterview } from "../../src/core/parse";
import { readInterviewNote } from "../../src/core/scope";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Frontmatter, LinkResolver } from "../../src/core/types";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS };
const people: Record<string, Frontmatter> = {
	"People/Priya Natarajan.md": { type: "person", email: "priya@globex.example", title: "Staff engineer", linkedin: "https://www.linkedin.com/in/priya" },
	"People/Sam Lee.md": { type: "person", email: "sam.lee@umbrella.example" },
};
const resolve: LinkResolver = (linkpath) => {
	const hit = Object.keys(people).find((p) => p === `${linkpath}.md` || p.endsWith(`/${linkpath}.md`));
	return hit ? { path: hit, frontmatter: people[hit] } : null;
};
const parse = (fm: Frontmatter, keyLines?: Record<string, number>) =>
	parseInterview({ file: "Interviews/Acme.md", frontmatter: fm, keyLines }, settings, resolve);

const base = { type: "interview", company: "Acme", role: "Engineer", interview_start: "2026-11-25T13:00" };

describe("recognising interview notes", () => {
	it.each([
		[{ type: "interview" }, true],
		[{ type: " Interview " }, true],
		[{ type: "INTERVIEW" }, true],
		[{ type: "interviews" }, false],
		[{ type: ["interview"] }, false],
		[{ type: 1 }, false],
		[{ kind: "interview" }, false],
	])("%j → %s", (fm, expected) => {
		expect(isInterviewNote(fm, settings)).toBe(expected);
	});

	it("follows the configured key and value", () => {
		expect(isInterviewNote({ category: "Job interview" }, { ...settings, typeKey: "category", typeValue: "job interview" })).toBe(true);
	});
});

describe("interview times", () => {
	it("ends 60 minutes after the start when no end is given", () => {
		const { interview, problems } = parse(base);
		expect(interview!.end.getTime()).toBe(local("2026-11-25T14:00").getTime());
		expect(problems).toEqual([]);
	});

	it("uses the given end, honouring offsets", () => {
		expect(parse({ ...base, interview_end: "2026-11-25T14:30" }).interview!.end.getTime()).toBe(local("2026-11-25T14:30").getTime());
		const withOffset = parse({ ...base, interview_start: "2026-11-25T13:00-05:00", interview_end: "2026-11-25T14:30-05:00" });
		expect(withOffset.interview!.end.toISOString()).toBe("2026-11-25T19:30:00.000Z");
	});

	it("takes a date-only interview to end at 17:00 that day, with a warning naming the line", () => {
		const { interview, problems } = parse({ ...base, interview_start: "2026-11-25" }, { interview_start: 5 });
		expect(interview!.end.getTime()).toBe(local("2026-11-25T17:00").getTime());
		expect(problems).toMatchObject([{ severity: "warning", key: "interview_start", line: 5 }]);
		expect(problems[0].message).toMatch(/17:00/);
	});

	it("does the same for a date-only end, at the configured hour", () => {
		const { interview, problems } = parseInterview(
			{ file: "a.md", frontmatter: { ...base, interview_end: "2026-11-25" } },
			{ ...settings, dateOnlyEndTime: "18:30" },
			resolve,
		);
		expect(interview!.end.getTime()).toBe(local("2026-11-25T18:30").getTime());
		expect(problems[0]).toMatchObject({ severity: "warning", key: "interview_end" });
	});

	it("reports a missing or unreadable start as an error with no interview", () => {
		const missing = parse({ type: "interview", company: "Acme" });
		expect(missing.interview).toBeNull();
		expect(missing.problems).toMatchObject([{ severity: "error", key: "interview_start" }]);
		const phrase = parse({ ...base, interview_start: "next Tuesday" }, { interview_start: 4 });
		expect(phrase.interview).toBeNull();
		expect(phrase.problems).toMatchObject([{ severity: "error", line: 4 }]);
		expect(phrase.problems[0].message).toContain('"next Tuesday"');
		expect(parse({ ...base, interview_start: "2026-02-30T10:00" }).problems[0].severity).toBe("error");
		expect(parse({ ...base, interview_start: 1764000000 }).problems[0].severity).toBe("error");
	});

	it("ignores an end before the start, with a warning", () => {
		const { interview, problems } = parse({ ...base, interview_end: "2026-11-25T12:00" });
		expect(interview!.end.getTime()).toBe(local("2026-11-25T14:00").getTime());
		expect(problems[0]).toMatchObject({ severity: "warning", key: "interview_end" });
	});
});

describe("records and status", () => {
	it("counts a record as set when it holds a date; empty, absent and false are not set", () => {
		const { interview, problems } = parse({ ...base, thank_you_sent: "2026-11-25T18:00", next_steps_asked: "", check_in_sent: null, reply_received: false });
		expect(interview!.records.thankYouSent).toEqual({ at: local("2026-11-25T18:00"), hasTime: true });
		expect(interview!.records.nextStepsAsked).toBeUndefined();
		expect(interview!.records.checkInSent).toBeUndefined();
		expect(interview!.records.replyReceived).toBeUndefined();
		expect(problems).toEqual([]);
	});

	it("counts other values as set, with a warning", () => {
		const { interview, problems } = parse({ ...base, thank_you_sent: "yes", reply_received: true });
		expect(interview!.records.thankYouSent).toEqual({ at: null, hasTime: false });
		expect(interview!.records.replyReceived).toEqual({ at: null, hasTime: false });
		expect(problems.map((p) => p.key)).toEqual(["thank_you_sent", "reply_received"]);
	});

	it("reads status trimmed and case-insensitively, unknown values as active with a warning", () => {
		expect(parse({ ...base, status: " Offer " }).interview!.status).toBe("offer");
		const odd = parse({ ...base, status: "ghosted" });
		expect(odd.interview!.status).toBe("active");
		expect(odd.problems[0]).toMatchObject({ severity: "warning", key: "status" });
	});
});

describe("people", () => {
	it("reads names, maps and links, merging person notes with the map winning", () => {
		const { interview, problems } = parse({
			...base,
			interviewers: [
				"Tom Becker",
				"[[Priya Natarajan]]",
				{ name: "[[Priya Natarajan|Priya N.]]", email: "pn@globex.example", focus: "on-call load" },
				{ name: "Dana Whitfield", email: "dana@acme.example", title: "Manager", focus: "tolerances", highlight: "the gearbox redesign", attachments: ["[[Designs/Stack-up.png]]", "https://acme.example/press"] },
				[["Sam Lee"]],
			],
		});
		expect(problems).toEqual([]);
		const [tom, priya, priyaMap, dana, sam] = interview!.interviewers;
		expect(tom).toEqual({ name: "Tom Becker", attachments: [] });
		expect(priya).toMatchObject({ name: "Priya Natarajan", email: "priya@globex.example", title: "Staff engineer", linkedin: "https://www.linkedin.com/in/priya", personNote: "People/Priya Natarajan.md" });
		expect(priyaMap).toMatchObject({ name: "Priya N.", email: "pn@globex.example", title: "Staff engineer", focus: "on-call load" });
		expect(dana).toMatchObject({ title: "Manager", focus: "tolerances", highlight: "the gearbox redesign", attachments: ["[[Designs/Stack-up.png]]", "https://acme.example/press"] });
		expect(sam).toMatchObject({ name: "Sam Lee", email: "sam.lee@umbrella.example" });
	});

	it("takes the primary contact's email from the person note when primary_contact_email is empty", () => {
		expect(parse({ ...base, primary_contact: "[[Sam Lee]]", primary_contact_email: "" }).interview!.primaryContact).toMatchObject({ name: "Sam Lee", email: "sam.lee@umbrella.example" });
		expect(parse({ ...base, primary_contact: "[[Sam Lee]]", primary_contact_email: "recruiting@umbrella.example" }).interview!.primaryContact!.email).toBe("recruiting@umbrella.example");
	});

	it("keeps an invalid email as written, with a warning", () => {
		const { interview, problems } = parse({ ...base, interviewers: [{ name: "Jane Holt", email: "jane@@umbrella" }] }, { interviewers: 9 });
		expect(interview!.interviewers[0]).toMatchObject({ email: "jane@@umbrella", emailValid: false });
		expect(problems).toMatchObject([{ severity: "warning", key: "interviewers", line: 9 }]);
		for (const smuggler of ["x@y.example?bcc=evil@z.example", "x@y.example&cc=evil@z.example", "x@y.example\r\nBcc: evil@z.example"]) {
			expect(parse({ ...base, primary_contact_email: smuggler }).problems[0].key).toBe("primary_contact_email");
		}
	});

	it("reads a company link as its name", () => {
		expect(parse({ ...base, company: "[[Companies/Acme Robotics]]" }).interview!.company).toBe("Acme Robotics");
		expect(parse({ ...base, company: [["Acme Robotics"]] }).interview!.company).toBe("Acme Robotics");
	});
});

describe("hostile frontmatter", () => {
	it("never throws and reports errors only with a message", () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom("type", "company", "role", "interview_start", "interview_end", "interviewers", "primary_contact", "primary_contact_email", "status", "thank_you_sent", "check_in_sent", "reply_received", "decision_expected", "snoozed_until", "next_steps"),
					fc.oneof(fc.anything(), fc.string(), fc.date(), fc.constant("2026-11-25T14:30"), fc.array(fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.anything())))),
				),
				(fm) => {
					const result = readInterviewNote({ file: "x.md", frontmatter: { ...fm, type: "interview" } }, settings, resolve);
					for (const p of result.problems) expect(p.message.length).toBeGreaterThan(10);
					if (result.interview) expect(Number.isNaN(result.interview.end.getTime())).toBe(false);
				},
			),
			{ numRuns: 1000 },
		);
	});

	it("reports unparseable frontmatter only when it mentions interviews", () => {
		const broken = (rawText: string) => readInterviewNote({ file: "b.md", frontmatter: null, parseError: { reason: "unexpected end of the stream", line: 4, rawText } }, settings, resolve);
		expect(broken("type: Interview\nrole: \"open").problems).toMatchObject([{ severity: "error", line: 4 }]);
		expect(broken("tags: [recipes").problems).toEqual([]);
	});
});
