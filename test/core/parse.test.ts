import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDateValue, type ParsedDate } from "../../src/core/dates";
import { noteName, parseWikiLink, trimmed } from "../../src/core/links";
import { isInterviewNote, isValidEmail, parseInterview } from "../../src/core/parse";
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
/** Every problem but the word on whom a note without a primary contact writes to (tested on its own). */
const notContactChoice = (p: { message: string }) => !p.message.startsWith("The note names no primary_contact");

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
	it("reads names, maps and links (named by the linked note), merging person notes with the map winning", () => {
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
		expect(problems.filter(notContactChoice)).toEqual([]);
		const [tom, priya, priyaMap, dana, sam] = interview!.interviewers;
		expect(tom).toEqual({ name: "Tom Becker", attachments: [] });
		expect(priya).toMatchObject({ name: "Priya Natarajan", email: "priya@globex.example", title: "Staff engineer", linkedin: "https://www.linkedin.com/in/priya", personNote: "People/Priya Natarajan.md" });
		expect(priyaMap).toMatchObject({ name: "Priya Natarajan", email: "pn@globex.example", title: "Staff engineer", focus: "on-call load" });
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

	it("keeps a focus, highlight or next steps written as a YAML list, one line per item", () => {
		const { interview } = parse({
			...base,
			next_steps: ["Team debrief Friday", "Decision next week"],
			interviewers: [{ name: "Dana Whitfield", focus: ["Latency", 60, "On-call load"], highlight: ["Led the Kafka migration"] }],
		});
		expect(interview!.interviewers[0]).toMatchObject({ focus: "Latency\n60\nOn-call load", highlight: "Led the Kafka migration" });
		expect(interview!.nextSteps).toBe("Team debrief Friday\nDecision next week");
	});

	it("reads an interviewer's role or position as their title, when no title is given", () => {
		const { interview, problems } = parse({
			...base,
			interviewers: [
				{ name: "Erik Halvorsen", email: "erik@halvorsenbuilders.example", role: "VP Operations" },
				{ name: "Dana Pruitt", position: "Project Controls" },
				{ name: "Luis Ortega", title: "Senior Superintendent", role: "Superintendent" },
				{ name: "Sam Ortiz", role: "" },
			],
		});
		expect(problems.filter(notContactChoice)).toEqual([]);
		expect(interview!.interviewers.map((p) => p.title)).toEqual(["VP Operations", "Project Controls", "Senior Superintendent", undefined]);
	});

	it("reads a name's letters with dots as credentials, left out of the name", () => {
		const { interview } = parse({ ...base, interviewers: [{ name: "Tom Herrera, P.Geo.", email: "therrera@cascadiaenv.example" }, "Ann Lee, Ph.D.", "Bo Kim, P.Eng. <bo@x.example>"] });
		expect(interview!.interviewers.map((p) => p.name)).toEqual(["Tom Herrera", "Ann Lee", "Bo Kim"]);
	});

	it("gives attachments written at the top of the note to the only interviewer", () => {
		const { interview, problems } = parse({ ...base, interviewers: ["Ben Osei <ben@foxglovestudio.example>"], attachments: "[[Portfolio/Harvest Lane packaging case study.pdf]]" });
		expect(problems).toEqual([]);
		expect(interview!.interviewers[0].attachments).toEqual(["[[Portfolio/Harvest Lane packaging case study.pdf]]"]);
	});

	it("gives attachments written at the top of the note to the primary contact who interviewed, adding to their own", () => {
		const { interview, problems } = parse({
			...base,
			primary_contact: "Kat Nguyen",
			primary_contact_email: "kat@foxglovestudio.example",
			interviewers: [{ name: 'Katherine "Kat" Nguyen', email: "kat@foxglovestudio.example", attachments: "[[Portfolio/Kat.pdf]]" }, { name: "Ben Osei", email: "ben@foxglovestudio.example" }],
			attachments: ["[[Portfolio/Harvest Lane packaging case study.pdf]]", "[[Portfolio/Kat.pdf]]"],
		});
		expect(problems).toEqual([]);
		const [kat, ben] = interview!.interviewers;
		expect(kat.attachments).toEqual(["[[Portfolio/Kat.pdf]]", "[[Portfolio/Harvest Lane packaging case study.pdf]]"]);
		expect(interview!.primaryContact).toBe(kat);
		expect(ben.attachments).toEqual([]);
	});

	it("warns, at its line, about attachments at the top of the note that are not for anyone in particular", () => {
		const two = parse(
			{ ...base, primary_contact: "Jen Marsh <jmarsh@x.example>", interviewers: ["Erik Halvorsen <erik@x.example>", "Luis Ortega <luis@x.example>"], attachments: "[[Docs/Site plan.pdf]]" },
			{ attachments: 12 },
		);
		expect(two.interview!.interviewers.every((p) => p.attachments.length === 0)).toBe(true);
		expect(two.interview!.primaryContact!.attachments).toEqual([]);
		expect(two.problems).toEqual([
			{
				file: "Interviews/Acme.md",
				severity: "warning",
				key: "attachments",
				line: 12,
				message: "attachments is written at the top of the note, and it does not say which of the 2 interviewers it is for, so no draft includes it: put attachments under the interviewer they are for.",
				changesDrafts: true,
			},
		]);
		const none = parse({ ...base, primary_contact: "Jen Marsh <jmarsh@x.example>", attachments: ["[[Docs/Site plan.pdf]]"] });
		expect(none.problems.map((p) => p.message)).toEqual([
			"attachments is written at the top of the note, and no interviewer is listed, so no draft includes it: put attachments under the interviewer they are for.",
		]);
		const noAddress = parse({ ...base, primary_contact: "Jen Marsh <jmarsh@x.example>", interviewers: "Dana Pruitt", attachments: "[[Docs/Site plan.pdf]]" });
		expect(noAddress.interview!.interviewers[0].attachments).toEqual(["[[Docs/Site plan.pdf]]"]);
		expect(noAddress.problems.map((p) => p.message)).toEqual(["attachments is written at the top of the note, for Dana Pruitt, who has no email address, so no draft includes it: add Dana Pruitt's email."]);
		expect(parse({ ...base, interviewers: ["Erik Halvorsen", "Luis Ortega"], attachments: [] }).problems.filter(notContactChoice)).toEqual([]);
	});

	it("gives a file at the top of the note to the one interviewer whose notes share a word with its name, and says so", () => {
		const note = parse({
			...base,
			primary_contact: "Ms. Tasha Greene <tgreene@x.example>",
			interviewers: [
				{ name: "Dr. Miriam Okafor, Au.D.", email: "mokafor@x.example", focus: "running the sedated ABR clinic for under-3s" },
				{ name: "Leo Park", email: "lpark@x.example", focus: "hearing aid fittings and scheduling" },
			],
			attachments: ["[[ABR protocol summary.pdf]]"],
		});
		const [okafor, leo] = note.interview!.interviewers;
		expect(okafor.attachments).toEqual(["[[ABR protocol summary.pdf]]"]);
		expect(leo.attachments).toEqual([]);
		expect(note.problems.map((p) => p.message)).toEqual([
			'attachments is written at the top of the note; "ABR protocol summary.pdf" goes into the thank-you to Dr. Miriam Okafor, as the file shares a word with what the note says of Dr. Miriam Okafor: if it is for someone else, put it under that interviewer.',
		]);
		// The file's words win over the primary contact who interviewed.
		const pc = parse({
			...base,
			primary_contact: "Ms. Tanya Odom <todom@x.example>",
			interviewers: [{ name: "Dr. Helen Vasquez", email: "hv@x.example", highlight: "Built a tray-count QA check at Mercy" }, "Ms. Tanya Odom <todom@x.example>"],
			attachments: ["https://example.org/jordan-rivera/tray-qa-onepager.pdf"],
		});
		expect(pc.interview!.interviewers.map((p) => p.attachments.length)).toEqual([1, 0]);
		// A word both share, or one neither has, says nothing about who it is for.
		const both = parse({ ...base, interviewers: [{ name: "Ann Lee", email: "a@x.example", focus: "the ABR clinic" }, { name: "Bo Kim", email: "b@x.example", focus: "ABR waitlist" }], attachments: "[[ABR protocol summary.pdf]]" });
		expect(both.interview!.interviewers.every((p) => p.attachments.length === 0)).toBe(true);
		expect(both.problems.filter(notContactChoice)[0].message).toMatch(/does not say which of the 2 interviewers/);
	});

	it("gives a file at the top of the note to whoever gets the focus written there too", () => {
		const note = parse({
			...base,
			primary_contact: "Beth Ann Kowalczyk <beth@x.example>",
			interviewers: ["Gary Holt <gary@x.example>", "Rosa Diaz <rosa@x.example>"],
			focus: "Their TRIR went from 2.1 to 4.8 in 18 months",
			attachments: ["[[Docs/Near-miss card v3.pdf]]"],
		});
		const [gary, rosa] = note.interview!.interviewers;
		expect(gary.attachments).toEqual(["[[Docs/Near-miss card v3.pdf]]"]);
		expect(rosa.attachments).toEqual([]);
		expect(note.problems.map((p) => p.message)).toContain(
			"attachments is written at the top of the note, as the focus or highlights are, so it goes into the thank-you to Gary Holt, the first interviewer listed: if it is for someone else, put it under that interviewer.",
		);
	});

	it("reads one attachments line typed with several, a link in brackets after its title", () => {
		const note = parse({ ...base, interviewers: [{ name: "Jamie Lin", email: "jamie@x.example", attachments: "reel v3 (https://vimeo.com/000000/example), Saltwater EP1 link" }] });
		expect(note.interview!.interviewers[0].attachments).toEqual(["[reel v3](https://vimeo.com/000000/example)", "Saltwater EP1 link"]);
		// A title with a comma of its own stays one file.
		const one = parse({ ...base, interviewers: [{ name: "Jamie Lin", email: "jamie@x.example", attachments: "Letter from Ana Ruiz, PhD.pdf" }] });
		expect(one.interview!.interviewers[0].attachments).toEqual(["Letter from Ana Ruiz, PhD.pdf"]);
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
					fc.constantFrom("type", "company", "role", "interview_start", "interview_end", "interviewers", "primary_contact", "primary_contact_email", "status", "thank_you_sent", "check_in_sent", "reply_received", "decision_expected", "snoozed_until", "next_steps", "attachments"),
					fc.oneof(fc.anything(), fc.string(), fc.date(), fc.constant("2026-11-25T14:30"), fc.array(fc.oneof(fc.string(), fc.dictionary(fc.string(), fc.anything())))),
				),
				(fm) => {
					const result = readInterviewNote({ file: "x.md", frontmatter: { ...fm, type: "interview" } }, settings, resolve);
					for (const p of result.problems) expect(p.message.length).toBeGreaterThan(10);
					if (result.interview) expect(Number.isNaN(result.interview.end.getTime())).toBe(false);
				},
			),
			{ numRuns: 400 },
		);
	});

	it("reports an invalid Date as a start that is not a date", () => {
		const { interview, problems } = parse({ ...base, interview_start: new Date(Number.NaN) });
		expect(interview).toBeNull();
		expect(problems).toMatchObject([{ severity: "error", key: "interview_start" }]);
		expect(problems[0].message).toContain("Invalid Date");
	});

	it("reports unparseable frontmatter only when it mentions interviews", () => {
		const broken = (rawText: string) => readInterviewNote({ file: "b.md", frontmatter: null, parseError: { reason: "unexpected end of the stream", line: 4, rawText } }, settings, resolve);
		expect(broken("type: Interview\nrole: \"open").problems).toMatchObject([{ severity: "error", line: 4 }]);
		expect(broken("tags: [recipes").problems).toEqual([]);
	});
});

// The plugin's index parses every interview of the vault on a scan, so the common shapes take fast
// paths; each must answer exactly as the general path does.
describe("fast paths give the general path's answers", () => {
	const chars = (alphabet: string[], minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
	const digits = [..."0123456789"];
	const twoDigits = fc.oneof(
		fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0")),
		chars([...digits, "a", " ", "-", ":", "\u0663"], 2, 2),
	);
	const year = fc.oneof(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")), chars([...digits, "x", " ", "+"], 4, 4));
	const sep = (c: string) => fc.constantFrom(c, c, c, c, c, "/", "", " ", "T");
	const day = fc.tuple(year, sep("-"), twoDigits, sep("-"), twoDigits).map((p) => p.join(""));
	const dateLike = fc.oneof(
		day,
		fc.tuple(day, fc.constantFrom("T", "t", " ", "  ", "x", ""), twoDigits, sep(":"), twoDigits).map((p) => p.join("")),
		fc.tuple(day, fc.constantFrom("T", "t", " "), twoDigits, sep(":"), twoDigits, fc.constantFrom(":30", ":59.5", "Z", "+02:00", "-0530", " ", "", "x")).map((p) => p.join("")),
		chars([...digits, "-", ":", "T", "t", " ", "Z", "+"], 0, 20),
	);
	const view = (d: ParsedDate | null) => (d ? { at: d.at.getTime(), hasTime: d.hasTime } : null);

	it("reads a date typed as the Properties panel writes it exactly as with spaces around it", () => {
		fc.assert(
			fc.property(dateLike, (text) => {
				// Leading space: not the exact `YYYY-MM-DD[THH:mm]` shape, so the regex reads it, trimmed.
				expect(view(parseDateValue(text))).toEqual(view(parseDateValue(` ${text}`)));
			}),
			{ numRuns: 5000 },
		);
	});

	it("still refuses impossible days and times on the fast path", () => {
		for (const text of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-11-31", "2026-11-25T24:00", "2026-11-25T23:60", "2026-11-25T1:300"]) {
			expect(parseDateValue(text)).toBeNull();
		}
		expect(view(parseDateValue("2024-02-29"))).toEqual({ at: new Date(2024, 1, 29).getTime(), hasTime: false });
		expect(view(parseDateValue("2026-11-25t14:30"))).toEqual({ at: new Date(2026, 10, 25, 14, 30).getTime(), hasTime: true });
		const early = parseDateValue("0042-03-04T05:06")!.at;
		expect([early.getFullYear(), early.getMonth(), early.getDate(), early.getHours(), early.getMinutes()]).toEqual([42, 2, 4, 5, 6]);
	});

	// The address rule as first written, with Unicode classes: the ASCII fast path must agree with it.
	const UNICODE_EMAIL = /^[^\s@<>()[\]\\,;:"?&=]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
	const emailChars = [..."aZz09-._+@@..", " ", "\t", "\n", "\v", "\x1f", ..."<>()[]\\,;:\"?&=", "é", "ß", "数", "\u00a0", "\u2028", "\u0663", "\u{1F600}"];
	const label = chars([..."abcXYZ019-", "é", "_"], 0, 5);
	const emailLike = fc.oneof(
		chars(emailChars, 0, 16),
		fc.tuple(chars(emailChars, 0, 6), fc.constantFrom("@", "@", "@@", ""), fc.array(label, { maxLength: 4 })).map(([local, at, labels]) => `${local}${at}${labels.join(".")}`),
		fc.tuple(chars([..."abc.+_-"], 1, 6), fc.array(chars([..."abcxyz019-"], 1, 5), { minLength: 1, maxLength: 4 })).map(([local, labels]) => `${local}@${labels.join(".")}`),
	);

	it("judges email addresses as the Unicode rule does", () => {
		fc.assert(
			fc.property(emailLike, (email) => {
				expect(isValidEmail(email)).toBe(UNICODE_EMAIL.test(email));
			}),
			{ numRuns: 5000 },
		);
		expect(isValidEmail("sam.lee@umbrella.example")).toBe(true);
		expect(isValidEmail("zoë@café.example")).toBe(true);
		expect(isValidEmail("sam@umbrella")).toBe(false);
		expect(isValidEmail("sam lee@umbrella.example")).toBe(false);
	});

	it("names a note from its path as the regexes did", () => {
		fc.assert(
			fc.property(chars([..."ab/.mdMD ", "\n", "\r", "\u2028", "\u2029"], 0, 14), (path) => {
				expect(noteName(path)).toBe(path.replace(/^.*\//, "").replace(/\.md$/i, ""));
			}),
			{ numRuns: 5000 },
		);
		expect(parseInterview({ file: "Job search/Interviews/Acme.MD", frontmatter: base }, settings, resolve).interview!.title).toBe("Acme");
	});

	it("reads wikilinks as the regex alone did", () => {
		const WIKILINK = /^\s*!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]\s*$/;
		const general = (text: string) => {
			const m = text.includes("[[") ? WIKILINK.exec(text) : null;
			const linkpath = m ? m[1].trim() : "";
			if (linkpath === "") return null;
			return { linkpath, display: m![2]?.trim() || linkpath.replace(/^.*\//, "").replace(/\.md$/i, "") };
		};
		fc.assert(
			fc.property(
				fc.oneof(
					chars([..."[[]]!|#^/aB .md", "\t", "\u00a0", "\u3000", "\n"], 0, 14),
					fc
						.tuple(fc.constantFrom("", " ", "\t", "\u00a0", "!", " !", "x"), fc.constantFrom("[[", "[", ""), chars([..."aB /.md|#^!"], 0, 8), fc.constantFrom("]]", "]", ""), fc.constantFrom("", " ", "!", "x"))
						.map((p) => p.join("")),
				),
				(text) => {
					expect(parseWikiLink(text)).toEqual(general(text));
				},
			),
			{ numRuns: 5000 },
		);
	});

	it("trims text as String.prototype.trim does", () => {
		fc.assert(
			fc.property(chars([..."a Z~!", "\t", "\n", "\x1f", "\x7f", "\u00a0", "\u2028", "\u3000", "\ufeff", "é"], 0, 6), (text) => {
				expect(trimmed(text)).toBe(text.trim());
			}),
			{ numRuns: 3000 },
		);
	});

	it("treats blank text as absent, whatever the whitespace", () => {
		const blank = chars([" ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u3000", "\ufeff"], 0, 4);
		fc.assert(
			fc.property(blank, fc.constantFrom("", "x", "Acme"), (space, word) => {
				const { interview } = parse({ ...base, format: `${space}${word}`, next_steps: `${space}${word}` });
				expect(interview!.format).toBe(word === "" ? undefined : word);
				expect(interview!.nextSteps).toBe(word === "" ? undefined : word);
			}),
		);
	});

	it("recognises interview notes as settings change between calls", () => {
		const word = chars([..."iI ntvw"], 0, 5);
		fc.assert(
			fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 6 }), (pairs) => {
				for (const [value, wanted] of pairs) {
					expect(isInterviewNote({ type: value }, { ...settings, typeValue: wanted })).toBe(value.trim().toLowerCase() === wanted.trim().toLowerCase());
				}
			}),
		);
	});
});
