// People as people write them (SPEC §1), through the whole core: a note typed in a hurry is parsed,
// its actions go to the right people, and its drafts greet and address each person once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { personalThankYou } from "../../src/core/letters";
import { recipientsInWords } from "../../src/core/labels";
import { parseMailto } from "../../src/core/mailto";
import { parseInterview } from "../../src/core/parse";
import { personLabel, sameAddress } from "../../src/core/people";
import { evaluateInterview } from "../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Frontmatter, LinkResolver } from "../../src/core/types";
import { local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, enableHandwrittenNote: true, enableLinkedin: true };
const personNotes: Record<string, Frontmatter> = {
	"People/Dev Patel.md": { type: "person", email: "dev.patel@northwind.com", title: "Staff engineer" },
	"People/Jane Doe.md": { type: "person", email: "JANE.DOE@northwind.com", linkedin: "https://www.linkedin.com/in/jane-doe-example" },
};
const resolve: LinkResolver = (linkpath) => {
	const hit = Object.keys(personNotes).find((p) => p === `${linkpath}.md` || p.endsWith(`/${linkpath}.md`));
	return hit ? { path: hit, frontmatter: personNotes[hit] } : null;
};
const now = local("2026-11-25T17:00");
const base = { type: "interview", company: "Northwind", role: "Platform engineer", interview_start: "2026-11-25T13:00", interview_end: "2026-11-25T14:30" };

function read(fm: Frontmatter) {
	const { interview, problems } = parseInterview({ file: "Interviews/Northwind.md", frontmatter: { ...base, ...fm } }, settings, resolve);
	if (!interview) throw new Error(`not an interview: ${JSON.stringify(problems)}`);
	const evaluation = evaluateInterview(interview, settings, now);
	const action = (kind: string) => evaluation.actions.find((a) => a.kind === kind)!;
	const drafts = (kind: "thank-you" | "next-steps" | "check-in" | "close-out" | "handwritten-note" | "linkedin") =>
		buildDrafts(interview, kind, { settings: { myName: "Jordan Rivera", signature: "" }, now });
	return { interview, problems: [...problems, ...evaluation.problems], action, drafts };
}

const greetingOf = (body: string) => body.split("\n")[0];

describe("notes typed in a hurry", () => {
	it("reads a list item with a semicolon as two people, and one with a comma as one", () => {
		const note = read({ interviewers: ["Kim Ng; Luis Ortiz", "Holt, Jane"], primary_contact: "Joy Mensah <joy@northwind.com>" });
		expect(note.interview.interviewers.map((p) => p.name)).toEqual(["Kim Ng", "Luis Ortiz", "Jane Holt"]);
		const via = note.drafts("thank-you").drafts.find((d) => d.to[0]?.email === "joy@northwind.com");
		// (Named in the thanks for arranging the day, they are "each of them" in the ask, never named twice: review 242.)
		expect(via?.body).toMatch(/with Kim, Luis and Jane today\.[\s\S]*pass my thanks on to each of them/);
	});

	it("greets people by the title the note gives them, and leaves a role after a dash out of the name", () => {
		const note = read({
			interviewers: "Dr. Alan Whitfield (Asst Supt), Ms. Rosa Delgado <rdelgado@northwind.com>, Kevin Tran - parent rep, Capt. Dana Morrow <dmorrow@northwind.com>",
			primary_contact: "Linda Ferraro <lferraro@northwind.com>",
		});
		expect(note.interview.interviewers.map((p) => p.name)).toEqual(["Dr. Alan Whitfield", "Ms. Rosa Delgado", "Kevin Tran", "Capt. Dana Morrow"]);
		const greetings = note.drafts("thank-you").drafts.map((d) => [d.to[0].name, greetingOf(d.body)]);
		expect(greetings).toContainEqual(["Ms. Rosa Delgado", "Dear Ms. Delgado,"]);
		expect(greetings).toContainEqual(["Capt. Dana Morrow", "Dear Captain Morrow,"]);
		const linda = note.drafts("thank-you").drafts.find((d) => d.to[0].name === "Linda Ferraro")!;
		expect(linda.body).toContain("Kevin Tran");
		expect(linda.body).not.toContain("parent rep");
		const cards = note.drafts("handwritten-note").drafts.map((d) => [d.to[0].name, greetingOf(d.body)]);
		expect(cards).toContainEqual(["Kevin Tran", "Dear Kevin,"]);
		expect(cards).toContainEqual(["Dr. Alan Whitfield", "Dear Dr. Whitfield,"]);
	});

	it("leaves out a highlight of fragments that says nobody did anything, and says so", () => {
		const note = read({ interviewers: [{ name: "Mike Hale", email: "mike@northwind.com", focus: "framing crew", highlight: "osha10 done 11/26, 2 summers w/ habitat -> framing + drywall, own tools" }] });
		for (const kind of ["thank-you", "handwritten-note"] as const) {
			const result = note.drafts(kind);
			expect(result.drafts[0].body).not.toMatch(/OSHA|habitat|own tools/i);
			expect(result.problems.join(" ")).toMatch(/The highlight for Mike Hale \("osha10 done 11\/26, 2 summers w\/ habitat -> framing \+ drywall, own tools"\) was left out of the drafts: it does not say what you did\./);
		}
		// Said by someone, it stays.
		const said = read({ interviewers: [{ name: "Mike Hale", email: "mike@northwind.com", highlight: "At Ridgeway we hit 99.1% on-time through peak" }] });
		expect(said.drafts("thank-you").drafts[0].body).toMatch(/99\.1% on-time/);
	});

	it("does not attach a 'link' that has no address, and says what to write", () => {
		const note = read({ interviewers: [{ name: "Jamie Lin", email: "jamie@northwind.com", attachments: "reel v3 (https://vimeo.com/000000/example), Saltwater EP1 link" }] });
		const result = note.drafts("thank-you");
		expect(result.drafts[0].body).toContain("https://vimeo.com/000000/example");
		expect(result.drafts[0].body).not.toContain("Saltwater");
		expect(result.problems).toContain('The thank-you to Jamie Lin leaves out "Saltwater EP1 link": the note gives no address for it. Write the link itself in attachments (or as "[title](https://…)") to have it included.');
		expect(result.problems.join(" ")).not.toMatch(/Attach "Saltwater/);
	});

	it("knows the contact in next steps by the short form of their first name", () => {
		const note = read({ primary_contact: "Walter Haines <walter@northwind.com>", interviewers: ["Walter Haines", "Marjorie Haines <marjorie@northwind.com>"], next_steps: "Walt said: he'd call after he talks to Marjorie and checks refs" });
		const [ns] = note.drafts("next-steps").drafts;
		expect(ns.body).toContain("You mentioned you'd call after speaking with Marjorie and checking my references.");
	});

	it("reads the first 50 people of a list pasted with hundreds, and says so", () => {
		const list = Array.from({ length: 300 }, (_, i) => `Person ${i} <p${i}@northwind.com>`).join(", ");
		const note = read({ interviewers: list });
		expect(note.interview.interviewers).toHaveLength(50);
		expect(note.interview.interviewers[49].email).toBe("p49@northwind.com");
		expect(note.problems).toContainEqual(expect.objectContaining({ severity: "warning", message: expect.stringMatching(/interviewers lists 300 people; only the first 50 are read/) }));
	});

	it("greets by the nickname in quotes that the person's own address goes by, the primary contact who is that person too", () => {
		const note = read({ interviewers: ['Siobhan "Vonnie" Mallory', 'Mike "Big" Tanaka <mtanaka@northwind.com>'], primary_contact: "Vonnie Mallory <vonnie@northwind.com>" });
		expect(note.interview.interviewers[0].nickname).toBe("Vonnie");
		const greetings = note.drafts("thank-you").drafts.map((d) => greetingOf(d.body));
		expect([...greetings].sort()).toEqual(["Hi Mike,", "Hi Vonnie,"]);
		expect(greetingOf(note.drafts("check-in").drafts[0].body)).toBe("Hi Vonnie,");
	});

	it("greets by the name the note says someone goes by, in quotes or in brackets, with or without an address", () => {
		const note = read({
			interviewers: [
				"Oleksandr (Sasha) Kovalenko <sasha.k@northwind.com>",
				'Jim "JT" Thompson <jthompson@northwind.com>',
				'Rafael "Rafa" Quintero (counselor)',
				"Ana (HR) Ruiz <ana@northwind.com>",
				"Big Mike (2nd shift lead) <mike@northwind.com>",
			],
			primary_contact: "Gloria Banks <gloria@northwind.com>",
		});
		expect(note.interview.interviewers.map((p) => [p.name, p.nickname])).toEqual([
			["Oleksandr Kovalenko", "Sasha"],
			["Jim Thompson", "JT"],
			["Rafael Quintero", "Rafa"],
			["Ana Ruiz", undefined],
			["Mike", undefined],
		]);
		const greetings = note.drafts("thank-you").drafts.filter((d) => d.to[0]?.email !== "gloria@northwind.com").map((d) => greetingOf(d.body));
		expect([...greetings].sort()).toEqual(["Hi Ana,", "Hi JT,", "Hi Mike,", "Hi Sasha,"]);
		// Rafa has no address: the primary contact is asked to thank him, and the list of the day names him as he goes by.
		const via = note.drafts("thank-you").drafts.find((d) => d.to[0]?.email === "gloria@northwind.com");
		expect(via?.body).toMatch(/Rafa Quintero/);
		expect(via?.body).not.toMatch(/Rafael/);
	});

	it("takes the address from `Name <email>` in primary_contact", () => {
		const note = read({ primary_contact: "Jane Doe <jane.doe@northwind.com>", interviewers: "Bob Roe <bob.roe@northwind.com>" });
		expect(note.interview.primaryContact).toMatchObject({ name: "Jane Doe", email: "jane.doe@northwind.com" });
		expect(note.problems).toEqual([]);
		expect(note.action("next-steps").recipients).toEqual([{ name: "Jane Doe", email: "jane.doe@northwind.com" }]);
		const [draft] = note.drafts("next-steps").drafts;
		expect(parseMailto(draft.mailto!).to).toEqual(["jane.doe@northwind.com"]);
		expect(greetingOf(draft.body)).toBe("Hi Jane,");
	});

	it("splits interviewers written as one comma-separated line", () => {
		const note = read({ primary_contact: "Lena Okafor <lena@northwind.com>", interviewers: "Jane Doe, Bob Roe" });
		expect(note.interview.interviewers.map((p) => p.name)).toEqual(["Jane Doe", "Bob Roe"]);
		const thanks = note.action("thank-you");
		expect(thanks.recipients).toEqual([{ name: "Lena Okafor", email: "lena@northwind.com" }]);
		expect(thanks.passThanksTo).toEqual(["Jane Doe", "Bob Roe"]);
		const [draft] = note.drafts("thank-you").drafts;
		expect(draft.body).toMatch(/with Jane and Bob today\.[\s\S]*pass my thanks on to both of them/);
	});

	it("names people without the role in brackets, credentials or a crew's nickname, in every sentence", () => {
		const note = read({
			primary_contact: "Tamara Flores (HR) <tflores@northwind.com>",
			interviewers: ["Tamara Flores <tflores@northwind.com>", "Luis (ops mgr)", { name: "Dr. Helen Marsh, PT, DPT", email: "helen@northwind.com" }, "Big Mike (super)"],
		});
		expect(note.interview.interviewers.map((p) => p.name)).toEqual(["Tamara Flores", "Luis", "Dr. Helen Marsh", "Mike"]);
		expect(note.action("thank-you").passThanksTo).toEqual(["Luis", "Mike"]);
		const drafts = note.drafts("thank-you").drafts;
		expect(drafts.map((d) => [d.to[0].name, greetingOf(d.body)])).toEqual([
			["Tamara Flores", "Hi Tamara,"],
			["Dr. Helen Marsh", "Dear Dr. Marsh,"],
		]);
		expect(drafts[0].body).toMatch(/Luis and Mike/);
		const cards = note.drafts("handwritten-note").drafts.map((d) => greetingOf(d.body));
		expect(cards).toEqual(["Dear Tamara,", "Dear Luis,", "Dear Dr. Marsh,", "Dear Mike,"]);
		for (const d of [...drafts, ...note.drafts("handwritten-note").drafts]) expect(d.body).not.toMatch(/[()]|Big|DPT|ops mgr/);
	});

	it("names one interviewer without an address by name only, and greets a role with Hello", () => {
		const one = read({ primary_contact: "Rachel Kim <rachel@northwind.com>", interviewers: ["Rachel Kim <rachel@northwind.com>", "Luis (ops mgr)"] }).drafts("thank-you").drafts;
		expect(one[0].body).toMatch(/pass (?:my thanks on(?: to Luis\b|\.)|on my thanks\.)/);
		expect(one[0].body).toMatch(/\bLuis\b/);
		expect(one[0].body).not.toMatch(/ops mgr|Luis \(/);
		const role = read({ primary_contact: "Talent Acquisition <talent@northwind.com>", interviewers: "Bob Roe <bob@northwind.com>" });
		expect(greetingOf(role.drafts("next-steps").drafts[0].body)).toBe("Hello,");
		const frau = read({ primary_contact: "Frau Müller <mueller@northwind.com>", interviewers: "Bob Roe <bob@northwind.com>" });
		expect(greetingOf(frau.drafts("check-in").drafts[0].body)).toBe("Dear Ms. Müller,");
	});

	it("keeps `Holt, Jane` one person, named Jane Holt and greeted Jane", () => {
		const note = read({ primary_contact: "Holt, Jane", primary_contact_email: "jane.holt@northwind.com", interviewers: "Holt, Jane" });
		expect(note.interview.interviewers).toHaveLength(1);
		expect(note.interview.primaryContact?.name).toBe("Jane Holt");
		const drafts = note.drafts("thank-you").drafts;
		expect(drafts).toHaveLength(1);
		expect(greetingOf(drafts[0].body)).toBe("Hi Jane,");
	});

	it("gives a primary contact who interviewed one thank-you, their own, carrying the request to thank the others", () => {
		const note = read({
			primary_contact: "Jane Doe",
			primary_contact_email: "Jane.Doe@Northwind.com",
			interviewers: [{ name: "Jane Doe", email: "jane.doe@northwind.com", focus: "the on-call rota" }, "Bob Roe", "Ann Lee <ann.lee@northwind.com>"],
		});
		const thanks = note.action("thank-you");
		expect(thanks.recipients.map((r) => r.email)).toEqual(["jane.doe@northwind.com", "ann.lee@northwind.com"]);
		expect(thanks.passThanksTo).toEqual(["Bob Roe"]);
		expect(thanks.passThanksVia).toBe("Jane Doe");
		const drafts = note.drafts("thank-you").drafts;
		expect(drafts.map((d) => d.to.map((r) => r.email))).toEqual([["jane.doe@northwind.com"], ["ann.lee@northwind.com"]]);
		expect(drafts[0].body).toContain("Bob Roe");
		expect(drafts[1].body).not.toContain("Bob Roe");
		for (const d of drafts) expect(d.body).not.toMatch(/pass my thanks on to (?:Jane|Ann)/);
		expect(note.problems).toEqual([]);
	});

	it("merges one interviewer listed twice, once as a link and once as a map with the same address", () => {
		const note = read({
			primary_contact: "Lena Okafor <lena@northwind.com>",
			interviewers: [[["People/Jane Doe"]], { name: "Jane Doe", email: "jane.doe@northwind.com", focus: "release safety" }],
		});
		expect(note.interview.interviewers).toHaveLength(1);
		expect(note.interview.interviewers[0]).toMatchObject({ name: "Jane Doe", email: "jane.doe@northwind.com", focus: "release safety", linkedin: "https://www.linkedin.com/in/jane-doe-example" });
		expect(note.drafts("thank-you").drafts).toHaveLength(1);
		expect(note.drafts("linkedin").drafts).toHaveLength(1);
	});

	it("opens with Hello when the note gives only an address, never with the address", () => {
		const note = read({ primary_contact_email: "talent@northwind.com", interviewers: [] });
		for (const kind of ["thank-you", "next-steps", "check-in", "close-out", "handwritten-note"] as const) {
			for (const d of note.drafts(kind).drafts) {
				expect(d.body).not.toContain("talent@");
				expect(greetingOf(d.body)).toMatch(/^(?:Hello,|Dear .+,|Hello)$/);
			}
		}
		expect(note.action("next-steps").recipients).toEqual([{ name: "", email: "talent@northwind.com" }]);
	});

	it("names a linked person by the linked note, not the display text", () => {
		const note = read({ primary_contact: "Lena Okafor <lena@northwind.com>", interviewers: ["[[People/Dev Patel|Dev]]"] });
		expect(note.interview.interviewers[0]).toMatchObject({ name: "Dev Patel", email: "dev.patel@northwind.com" });
		expect(note.drafts("thank-you").drafts[0].to).toEqual([{ name: "Dev Patel", email: "dev.patel@northwind.com" }]);
	});

	it("routes an address that is not valid, keeps it out of every mail link, and says exactly that", () => {
		const note = read({ primary_contact: "Lena Okafor <lena@northwind.com>", interviewers: ["Jane Holt <jane@@northwind>"] });
		expect(note.action("thank-you").recipients).toEqual([{ name: "Jane Holt", email: "jane@@northwind" }]);
		const [draft] = note.drafts("thank-you").drafts;
		expect(draft.to).toEqual([{ name: "Jane Holt", email: "jane@@northwind" }]);
		expect(parseMailto(draft.mailto!).to).toEqual([]);
		const warning = note.problems.find((p) => p.key === "interviewers")!;
		expect(warning.message).toContain("no mail link will include it");
		expect(warning.message).not.toContain("no draft will use it");
	});

	it("lists what would go to a primary contact without an address with an 'and'", () => {
		const note = read({ primary_contact: "Lena Okafor", interviewers: [] });
		const warning = note.problems.find((p) => p.key === "primary_contact_email")!;
		expect(warning.message).toBe("Lena Okafor has no email address, and the thank-you and the next-steps question would go to them: add primary_contact_email.");
	});

	it("warns when a line of names stays one person, and names it without a space before a comma", () => {
		const note = read({ primary_contact: "Lena Okafor <lena@northwind.com>", interviewers: "Mike Dunn (IT mgr), Tasha, Lee" });
		expect(note.interview.interviewers.map((p) => p.name)).toEqual(["Mike Dunn, Tasha, Lee"]);
		expect(note.problems.map((p) => p.message)).toContain('interviewers has "Mike Dunn, Tasha, Lee", which is read as one person: write each person as a list item (or separate them with ";"), and "Last, First" for one name.');
		const [draft] = note.drafts("thank-you").drafts;
		expect(draft.body).toContain("Mike Dunn, Tasha, Lee");
		const dana = read({ primary_contact: "Lena Okafor <lena@northwind.com>", interviewers: "Dana, Marcus and Lee" });
		expect(greetingOf(dana.drafts("handwritten-note").drafts[0].body)).toBe("Dear Dana,");
		for (const d of [...note.drafts("handwritten-note").drafts, draft, ...dana.drafts("thank-you").drafts]) expect(`${d.body} ${d.to.map((t) => t.name).join(" ")}`).not.toMatch(/ ,|,,/);
	});

	it("reads a full name with a role in brackets and a first name beside it as two people", () => {
		const note = read({
			format: "phone",
			interview_start: "2026-11-23T14:00",
			interview_end: undefined,
			primary_contact: "Ms. Brenda Kowal <bkowal@callowaymed.example>",
			interviewers: "Mike Dunn (IT mgr), Tasha",
		});
		expect(note.interview.interviewers.map((p) => p.name)).toEqual(["Mike Dunn", "Tasha"]);
		expect(note.problems).toEqual([]);
		const thanks = note.action("thank-you");
		expect(thanks.recipients).toEqual([{ name: "Ms. Brenda Kowal", email: "bkowal@callowaymed.example" }]);
		expect(thanks.passThanksTo).toEqual(["Mike Dunn", "Tasha"]);
		const [draft] = note.drafts("thank-you").drafts;
		expect(greetingOf(draft.body)).toBe("Dear Ms. Kowal,");
		expect(draft.body).toMatch(/with Mike and Tasha on Monday\.[\s\S]*pass my thanks on to both of them/);
		expect(draft.body).not.toMatch(/ ,|IT mgr/);
		const cards = note.drafts("handwritten-note").drafts;
		expect(cards.map((d) => [d.to[0].name, greetingOf(d.body)])).toEqual([
			["Mike Dunn", "Dear Mike,"],
			["Tasha", "Dear Tasha,"],
		]);
	});

	it("leaves letters with dots after a name out of the address line and the greeting", () => {
		const note = read({
			primary_contact: "Dr. Ruth Albescu",
			primary_contact_email: "ruth.albescu@cascadiaenv.example",
			interviewers: [
				{ name: "Dr. Ruth Albescu", email: "ruth.albescu@cascadiaenv.example", title: "Principal Scientist" },
				{ name: "Tom Herrera, P.Geo.", email: "therrera@cascadiaenv.example", title: "Senior Hydrogeologist", focus: "field work in winter, 4-day rotations" },
			],
		});
		const tom = note.drafts("thank-you").drafts.find((d) => d.to[0].email === "therrera@cascadiaenv.example")!;
		expect(tom.to).toEqual([{ name: "Tom Herrera", email: "therrera@cascadiaenv.example" }]);
		expect(greetingOf(tom.body)).toBe("Hi Tom,");
		expect(note.drafts("handwritten-note").drafts.map((d) => d.to[0].name)).toEqual(["Dr. Ruth Albescu", "Tom Herrera"]);
		expect(note.action("thank-you").recipients.map((r) => r.name)).toEqual(["Dr. Ruth Albescu", "Tom Herrera"]);
	});

	it("puts attachments written at the top of the note into the thank-you of the primary contact who interviewed", () => {
		const fm = {
			primary_contact: "Kat Nguyen",
			primary_contact_email: "kat@foxglovestudio.example",
			interviewers: ['Katherine "Kat" Nguyen <kat@foxglovestudio.example>', { name: "Ben Osei", email: "ben@foxglovestudio.example", title: "Senior Designer" }],
			attachments: "[[Portfolio/Harvest Lane packaging case study.pdf]]",
		};
		const note = read(fm);
		expect(note.problems).toEqual([]);
		const { drafts, problems } = note.drafts("thank-you");
		const [kat, ben] = drafts;
		expect(kat.to[0].email).toBe("kat@foxglovestudio.example");
		expect(kat.body).toMatch(/attached the Harvest Lane packaging case study/);
		expect(ben.body).not.toMatch(/attach/i);
		expect(problems).toContain('Attach "Harvest Lane packaging case study.pdf" to the thank-you to Katherine Nguyen yourself: a mail link cannot carry files.');
		// With a primary contact who did not interview, it is for nobody in particular: said, and left out.
		const elsewhere = read({ ...fm, primary_contact: "Jen Marsh", primary_contact_email: "jmarsh@x.example" });
		expect(elsewhere.problems.map((p) => p.message)).toEqual([
			"attachments is written at the top of the note, and it does not say which of the 2 interviewers it is for, so no draft includes it: put attachments under the interviewer they are for.",
		]);
		for (const d of elsewhere.drafts("thank-you").drafts) expect(d.body).not.toMatch(/attach/i);
	});

	it("puts attachments written at the top of the note into the only interviewer's thank-you", () => {
		const note = read({ primary_contact: "Jen Marsh <jmarsh@x.example>", interviewers: "Ben Osei <ben@foxglovestudio.example>", attachments: ["[[Portfolio/Ridgeline coffee bags.pdf]]"] });
		expect(note.problems).toEqual([]);
		const ben = note.drafts("thank-you").drafts.find((d) => d.to[0].email === "ben@foxglovestudio.example")!;
		expect(ben.body).toMatch(/attached .*Ridgeline coffee bags/);
	});

	it("names an attachment titled by a place and the part of it shown as that part, without quotes or extension", () => {
		const note = read({ primary_contact: "Jen Marsh <jmarsh@x.example>", interviewers: "Ben Osei <ben@foxglovestudio.example>", attachments: ["[[Calloway Inn lobby.pdf]]"] });
		const ben = note.drafts("thank-you").drafts.find((d) => d.to[0].email === "ben@foxglovestudio.example")!;
		expect(ben.body).toMatch(/the Calloway Inn lobby PDF\b/);
		expect(ben.body).not.toMatch(/a document|"Calloway Inn lobby\.pdf"/);
	});

	it("reads an interviewer's role as their title", () => {
		const note = read({
			primary_contact: "Jen Marsh <jmarsh@summitbuildtalent.example>",
			interviewers: [
				{ name: "Erik Halvorsen", email: "erik@halvorsenbuilders.example", role: "VP Operations" },
				{ name: "Dana Pruitt", role: "Project Controls", focus: "cost tracking in Procore, change orders" },
			],
		});
		expect(note.interview.interviewers.map((p) => p.title)).toEqual(["VP Operations", "Project Controls"]);
	});

	it("uses primary_contact_email over an address in primary_contact, and says so", () => {
		const note = read({ primary_contact: "Jane Doe <jane@northwind.com>", primary_contact_email: "talent@northwind.com" });
		expect(note.interview.primaryContact).toMatchObject({ name: "Jane Doe", email: "talent@northwind.com" });
		expect(note.problems.some((p) => p.key === "primary_contact_email" && p.message.includes("keep one"))).toBe(true);
	});

	it("reads a list typed without a space after each dash as the list it meant, and says how to write it", () => {
		// What YAML makes of "interviewers:\n  -Sandra Ruiz\n  -Jim Baker": one text.
		const note = read({ interviewers: "-Sandra Ruiz -Jim Baker", primary_contact: "Sandra Ruiz <sandra@northwind.com>" });
		expect(note.interview.interviewers.map((p) => p.name)).toEqual(["Sandra Ruiz", "Jim Baker"]);
		expect(note.problems.map((p) => p.message)).toContain('interviewers is a list written without a space after each "-", which YAML reads as one text: write "- Sandra Ruiz" (a dash, a space, then the name) on each line. It is read here as 2 people.');
		const [thanks] = note.drafts("thank-you").drafts;
		expect(thanks.body.split("\n")[0]).toBe("Hi Sandra,");
		expect(thanks.body).toMatch(/Jim Baker/);
		expect(thanks.body).not.toMatch(/-Sandra|-Jim/);
		// "  -Angela Price" then "  - Ray Dominguez": the first line's missing space makes the whole list one text.
		expect(read({ interviewers: "-Angela Price - Ray Dominguez" }).interview.interviewers.map((p) => p.name)).toEqual(["Angela Price", "Ray Dominguez"]);
		const one = read({ interviewers: "-Sandra Ruiz" });
		expect(one.interview.interviewers.map((p) => p.name)).toEqual(["Sandra Ruiz"]);
		// A name with a hyphen is no such list.
		expect(read({ interviewers: "Mary-Kate Olsen" }).interview.interviewers.map((p) => p.name)).toEqual(["Mary-Kate Olsen"]);
	});

	it("writes a role's shorthand out the same way in every subject and letter, keeping its capitals", () => {
		const note = read({ role: "Hotel Revenue Mgr (Larkspur Downtown, 312 keys)", interviewers: "Tony Russo <tony@larkspur.example>", primary_contact: "Deb Kowalczyk <deb@larkspur.example>" });
		const all = (["thank-you", "next-steps", "check-in", "close-out"] as const).flatMap((kind) => note.drafts(kind).drafts);
		for (const d of all) {
			expect(d.subject, d.kind).toMatch(/Hotel Revenue Manager (?:interview|role)/);
			expect(`${d.subject}\n${d.body}`, d.kind).not.toMatch(/Mgr|Revenue manager/);
		}
	});

	it("writes a name typed in lower case with its capitals wherever a letter names it", () => {
		const note = read({ interviewers: ["Raul Mendes <raul@northwind.com>", "kim (owner)"], primary_contact: "Raul Mendes" });
		const [thanks] = note.drafts("thank-you").drafts;
		expect(thanks.body).toMatch(/\bKim\b/);
		expect(thanks.body).not.toMatch(/\bkim\b/);
	});

	it("says how to write a day that is not one, without an example that may lie before the interview", () => {
		const note = read({ decision_expected: "late Dec" });
		expect(note.problems.map((p) => p.message)).toContain(
			'decision_expected is "late Dec", which is not a date: the drafts say it back when they can, but no reminder can use it. Write the day as YYYY-MM-DD, or pick it in the Properties panel, to have one.',
		);
		expect(note.interview.decisionExpected).toBeUndefined();
		// "fri 12/11" names a day the check-in waits for: the word says so, and names the day it was read as.
		const friday = read({ interview_start: "2026-12-04T10:00", interview_end: "2026-12-04T11:00", decision_expected: "fri 12/11", thank_you_sent: "2026-12-04T15:00" });
		expect(friday.problems.map((p) => p.message)).toContain(
			'decision_expected is "fri 12/11", which is not written as a date: it is read as Friday 11 December, and the check-in waits until the day after. If that is not the day, write it as YYYY-MM-DD or pick it in the Properties panel.',
		);
		const checkIn = evaluateInterview(friday.interview, settings, local("2026-12-11T16:00")).actions.find((a) => a.kind === "check-in")!;
		expect(checkIn.opensAt.getTime()).toBeGreaterThan(local("2026-12-11T23:59").getTime());
		// Beside next steps in shorthand that cannot be said back, the check-in still says the day it waits for.
		const later = read({ interview_start: "2026-12-02T09:00", interview_end: "2026-12-02T10:00", decision_expected: "12/18", next_steps: "skills test nxt wk (30 min live feed), then ref chk", thank_you_sent: "2026-12-02T15:00" });
		expect(later.drafts("check-in").drafts[0].body).toMatch(/a decision (?:was|is) expected (?:by|on) Friday,? (?:December 18|18 December)/);
		// A value that is no text at all is ignored, as before.
		expect(read({ decision_expected: 42 }).problems.map((p) => p.message)).toContain("decision_expected is 42, which is not a date, so it is ignored: write the day as YYYY-MM-DD, or pick it in the Properties panel.");
	});

	it("checks in with words true on either side of the day said back, whatever week a part left unsaid names", () => {
		const note = read({ interviewers: "Ben Kowalczyk <ben@harborline.example>", next_steps: "2nd rd w/ VP UW ~wk of 11/30??", decision_expected: "12/4", thank_you_sent: "2026-11-25T18:00" });
		const body = buildDrafts(note.interview, "check-in", { settings: { myName: "Jordan Rivera", signature: "" }, now: local("2026-12-02T09:30") }).drafts[0].body;
		// Drafted on the 2nd, due on the 5th: "before then" would be false when it is sent (review 78).
		expect(body).toMatch(/a decision was expected on Friday 4 December, so I'm writing to check in\./);
	});

	it("asks no 'when' in the next-steps draft when the note gives the timing as a span ('within 48 hrs')", () => {
		const note = read({ interviewers: "Dana Reyes <dana@lakeview.example>", next_steps: "coding assessment emailed w/in 48 hrs" });
		const body = note.drafts("next-steps").drafts[0].body;
		expect(body).toMatch(/within 48 hours/);
		expect(body).not.toMatch(/roughly when|when that's likely/);
	});

	it("says back a decision typed in words ('mid December') in the next-steps draft and the check-in", () => {
		const note = read({ interviewers: "Kevin O'Hara <kevin@stbrigid.example>", decision_expected: "mid December", next_steps: "shadow shift maybe? HR will call re references" });
		for (const kind of ["next-steps", "check-in"] as const) {
			const body = note.drafts(kind).drafts[0].body;
			expect(body, kind).toMatch(/a decision was expected in mid-December/);
			expect(body, kind).toMatch(/possibly a shadow shift, that HR would call about references, and that a decision/);
			expect(body, kind).not.toMatch(/mid December|, and that [^.]*, and that /);
		}
		const alone = read({ interviewers: "Kevin O'Hara <kevin@stbrigid.example>", decision_expected: "after the holidays" });
		expect(alone.drafts("check-in").drafts[0].body).toMatch(/a decision was expected after the holidays/);
	});

	it("names a bare link by the paper its last words name, and says nothing it cannot know", () => {
		const line = (url: string) => {
			const note = read({ interviewers: [{ name: "Raymond Cho", email: "raymond@northwind.com", attachments: [url] }] });
			return note.drafts("thank-you").drafts[0].body.split("\n").find((l) => l.includes(url)) ?? "";
		};
		expect(line("https://example.org/asq-cqe-certificate")).toMatch(/^My certificate is here/);
		expect(line("https://x.example/portfolio/")).toMatch(/^My portfolio is here/);
		// (".../my-case-study": the user's own, review 213.)
		expect(line("https://x.example/my-case-study.pdf?x=1")).toMatch(/^My case study is here/);
		expect(line("https://docs.example/jrivera/westgate-30-60-90")).toMatch(/^More detail is here/);
		expect(line("https://example.com/jordan/remote-triage-checklist.pdf")).toMatch(/^The remote triage checklist is here/);
		expect(line("https://example.org/")).not.toMatch(/certificate|portfolio/);
	});

	it("asks the one interviewer of a phone screen about next steps when the note names no primary contact", () => {
		const note = read({ interviewers: "Marisol Vega <mvega@riverside.example>", format: "phone" });
		const [thanks] = note.drafts("thank-you").drafts;
		expect(thanks.to).toEqual([{ name: "Marisol Vega", email: "mvega@riverside.example" }]);
		// One email that day: her thank-you carries the question.
		expect(thanks.body).toMatch(/next stage|how the process continues|when a decision/);
		for (const kind of ["next-steps", "check-in", "close-out"] as const) {
			const [draft] = note.drafts(kind).drafts;
			expect(draft.to, kind).toEqual([{ name: "Marisol Vega", email: "mvega@riverside.example" }]);
			expect(draft.body.split("\n")[0], kind).toBe("Hi Marisol,");
			expect(draft.body, kind).not.toMatch(/arranging/);
		}
		expect(note.problems.map((p) => p.message).join(" ")).not.toMatch(/no primary contact/);
	});

	it("writes to the interviewer who leads when the note names no primary contact, and says so", () => {
		// Review 32's HVAC note: two interviewers without addresses, the manager's job in brackets.
		const shop = read({ company: "Polar Air Mech.", role: "HVAC svc tech II", interviewers: "Gus Ferreira (svc mgr), Tina Holt", next_steps: "ride-along w/ Gus then offer?? tbd" });
		expect(shop.interview.interviewers.map((p) => p.name)).toEqual(["Gus Ferreira", "Tina Holt"]);
		expect(shop.interview.primaryContact?.name).toBe("Gus Ferreira");
		expect(shop.problems.map((p) => p.message)).toContain(
			'The note names no primary_contact, so next steps, the check-in and the close-out go to Gus Ferreira, as the note gives their job as "svc mgr": add primary_contact if they should go to someone else.',
		);
		expect(shop.problems.map((p) => p.message).join(" ")).toMatch(/Gus Ferreira has no email address, and .* would go to them: add it where the note lists them \("Gus Ferreira <address>"\)/);
		// His own thank-you (addressed by hand) asks him to thank Tina; no letter thanks an organiser who may not exist.
		const thanks = shop.drafts("thank-you").drafts;
		expect(thanks.map((d) => d.to[0]?.name)).toEqual(["Gus Ferreira"]);
		expect(greetingOf(thanks[0].body)).toBe("Hi Gus,");
		expect(thanks[0].body).toMatch(/Tina/);
		for (const kind of ["thank-you", "next-steps", "check-in", "close-out"] as const) {
			for (const d of shop.drafts(kind).drafts) expect(d.body, kind).not.toMatch(/arranging|coordinating|Hello,/);
		}
		expect(shop.drafts("close-out").drafts[0].to).toEqual([{ name: "Gus Ferreira", email: null }]);

		// A supervisor ranks above a lead, whatever the order; a recruiter above both.
		const imaging = read({ interviewers: [{ name: "Angela Ruiz, RT(R)(CT)", email: "aruiz@mv.example", role: "Lead technologist" }, { name: "Kevin Marsh", email: "kmarsh@mv.example", role: "CT supervisor" }] });
		expect(imaging.interview.primaryContact?.name).toBe("Kevin Marsh");
		expect(imaging.drafts("next-steps").drafts[0].to).toEqual([{ name: "Kevin Marsh", email: "kmarsh@mv.example" }]);
		expect(read({ interviewers: "Dr. Alan Whitfield (Asst Supt), Kevin Tran - parent rep, Joy Mensah (recruiter) <joy@northwind.com>" }).interview.primaryContact?.name).toBe("Joy Mensah");
		expect(read({ interviewers: "Maria Lopez, Head Chef; Tom Reyes - sous chef" }).interview.primaryContact?.name).toBe("Maria Lopez");
		expect(read({ interviewers: "Tom Reyes - sous chef; Maria Lopez (exec chef)" }).interview.primaryContact?.name).toBe("Maria Lopez");

		// No job typed: the first one listed, and the warning says that is all it went by.
		const studio = read({ company: "Black Lotus Tattoo", interviewers: ["Jax Moreno", "Dee"] });
		expect(studio.interview.primaryContact?.name).toBe("Jax Moreno");
		expect(studio.problems.map((p) => p.message).join(" ")).toMatch(/go to Jax Moreno, the first interviewer listed: add primary_contact/);
		expect(studio.drafts("next-steps").drafts[0].body.split("\n")[0]).toBe("Hi Jax,");
		// A primary contact the note names always wins, and no word is said.
		const named = read({ interviewers: "Gus Ferreira (svc mgr), Tina Holt", primary_contact: "Tina Holt" });
		expect(named.interview.primaryContact?.name).toBe("Tina Holt");
		expect(named.problems.map((p) => p.message).join(" ")).not.toMatch(/names no primary_contact/);
	});

	// Review 48: "future roles there", two sentences after the company was named, pointed at nothing.
	it("names the company once in a close-out, and never a 'there' with nothing to point back to (reviews 48 and 58)", () => {
		const closeOut = (company: string) => read({ company, role: "Kennel manager", interviewers: "Deb Marsh <deb@x.example>", thank_you_sent: "2026-11-25T16:00", check_in_sent: "2026-12-02T10:00" }).drafts("close-out").drafts[0].body;
		for (const company of ["Pawsitive Stays Boarding & Daycare", "Initrode"]) {
			const body = closeOut(company);
			expect(body.split(company).length - 1, body).toBe(1);
			expect(body).toMatch(/future (?:roles|openings) with your team\./);
			expect(body).not.toMatch(/\bthere\./);
		}
	});

	it("reads a primary contact given only as an address as the interviewer the address names", () => {
		// Review 30's youth soccer note: the coach's address, and the coach among three interviewers without addresses.
		const note = read({ company: "Riverside FC", primary_contact: "coach.dave@riversidefc.example", interviewers: "Dave Kowalski, Dr. Lisa Moreno and Prof. Ken Adeyemi" });
		expect(note.interview.primaryContact).toBe(note.interview.interviewers[0]);
		expect(note.interview.interviewers[0]).toMatchObject({ name: "Dave Kowalski", email: "coach.dave@riversidefc.example" });
		expect(note.problems.map((p) => p.message)).toContain(
			'primary_contact is only an address, coach.dave@riversidefc.example, which is read as Dave Kowalski\'s, so next steps and check-ins go to them: if it is someone else\'s, write their name before it ("Name <address>").',
		);
		const thanks = note.drafts("thank-you").drafts;
		expect(thanks).toHaveLength(1);
		expect(greetingOf(thanks[0].body)).toBe("Hi Dave,");
		// Titled people are named as a letter greets them (review 93).
		expect(thanks[0].body).toMatch(/pass my thanks on to Dr\. Moreno and Prof\. Adeyemi|Dr\. Moreno and Prof\. Adeyemi/);
		expect(thanks[0].body).not.toMatch(/Dave Kowalski/);
		// "dkowalski@" names him too; an address that could be two people's, or one of someone with an address, names nobody.
		expect(read({ primary_contact: "dkowalski@x.example", interviewers: "Dave Kowalski; Ann Lee" }).interview.primaryContact?.name).toBe("Dave Kowalski");
		expect(read({ primary_contact: "dave@x.example", interviewers: "Dave Kowalski; Dave Lin" }).interview.primaryContact?.name).toBe("");
		expect(read({ primary_contact: "dave@x.example", interviewers: "Dave Kowalski <dk@x.example>; Ann Lee" }).interview.primaryContact?.email).toBe("dave@x.example");
		expect(read({ primary_contact: "dave@x.example", interviewers: "Dave Kowalski <dk@x.example>; Ann Lee" }).interview.interviewers[0].email).toBe("dk@x.example");
	});

	it("has a card tell how the user did something, not 'tell you about how'", () => {
		for (const name of ["Dr. Anika Mehta", "Luis Ferreira", "Karen Holt", "Sam Ortiz", "Bo Kim"]) {
			const card = read({ interviewers: [{ name, email: "x@dot.example", focus: "fracture-critical steel bridges", highlight: "Led NBIS inspections on 120 spans" }] }).drafts("handwritten-note").drafts[0].body;
			expect(card, name).toMatch(/\bI led NBIS inspections on 120 spans\b|leading NBIS inspections/);
			expect(card, name).not.toMatch(/about how/);
		}
	});

	it("greets a deacon or an imam by title and surname, and keeps a certification by its level out of a name", () => {
		const note = read({ interviewers: "Dr. Amy Okafor <amy@stbrigid.example>; Deacon Paul Mbeki <pmbeki@stbrigid.example>; Imam Yusuf Rahman <yusuf@stbrigid.example>", primary_contact: "Dr. Amy Okafor" });
		const greetings = note.drafts("thank-you").drafts.map((d) => greetingOf(d.body));
		expect(greetings).toEqual(expect.arrayContaining(["Dear Deacon Mbeki,", "Dear Imam Rahman,"]));
		// Review 35's welding inspector, as a map and as a line.
		const map = read({ interviewers: [{ name: "Raymond Teller, CWI, NDT Level III", email: "rteller@keystonefab.example" }] });
		expect(map.interview.interviewers.map((p) => p.name)).toEqual(["Raymond Teller"]);
		expect(map.drafts("thank-you").drafts[0].to).toEqual([{ name: "Raymond Teller", email: "rteller@keystonefab.example" }]);
		const line = read({ interviewers: "Raymond Teller, CWI, NDT Level III <rteller@keystonefab.example>; Prof. Harold Kim <hkim@keystonefab.example>" });
		expect(line.interview.interviewers.map((p) => p.name)).toEqual(["Raymond Teller", "Prof. Harold Kim"]);
	});

	it("writes to 'Hon.' as a judge, leaves a work nickname such as \"Coach\" out of a greeting, and letters such as RPh out of a name", () => {
		// Review 37's court clerk and school counselor notes.
		const court = read({ company: "Harlan County Superior Court", interviewers: "Ms. Dana Whitfield, Hon. Raymond Ortiz, Carla Nguyen <carla@court.example>", primary_contact: "Tanya Brooks <tanya@court.example>" });
		expect(court.interview.interviewers.map((p) => p.name)).toEqual(["Ms. Dana Whitfield", "Hon. Raymond Ortiz", "Carla Nguyen"]);
		const via = court.drafts("thank-you").drafts.find((d) => d.to[0]?.email === "tanya@court.example")!;
		expect(via.body).toMatch(/Judge Ortiz|Hon\. Raymond Ortiz/);
		expect(via.body).not.toMatch(/Hon\.(?! Raymond)|, Hon\. and/);
		const cards = court.drafts("handwritten-note").drafts.map((d) => greetingOf(d.body));
		expect(cards).toContain("Dear Judge Ortiz,");
		const coach = read({ interviewers: [{ name: 'Marcus "Coach" Dell', email: "mdell@school.example" }] });
		expect(coach.interview.interviewers[0].nickname).toBeUndefined();
		expect(coach.drafts("handwritten-note").drafts.map((d) => greetingOf(d.body))).toEqual(["Dear Marcus,"]);
		expect(read({ interviewers: "Linda Marsh RPh <lmarsh@rx.example>" }).interview.interviewers[0].name).toBe("Linda Marsh");
	});

	it("gives a file at the top of the note to someone a thank-you reaches, not to a namesake of one of its words who has no address", () => {
		// Review 37's jeweler: "bench" in the file's name and in the title of the owner, who has no address.
		const note = read({
			company: "Kessler Jewelers",
			primary_contact: "Gina Russo <gina@kessler.example>",
			interviewers: ["Gina Russo <gina@kessler.example>", { name: "Bobby Kessler", title: "owner, still at the bench 2 days/wk" }],
			attachments: ["[[portfolio - bench work 2026.pdf]]"],
		});
		const [gina, bobby] = note.interview.interviewers;
		expect(gina.attachments).toEqual(["[[portfolio - bench work 2026.pdf]]"]);
		expect(bobby.attachments).toEqual([]);
		expect(note.drafts("thank-you").drafts[0].body).toMatch(/portfolio/i);
	});

	it("says no title typed as two jobs with a slash ('7th grade team lead / PE')", () => {
		for (const name of ["Marcus Dell", "Ann Lee", "Bo Kim", "Raj Iyer", "Tom Reyes", "Jo Park"]) {
			const note = read({ interviewers: [{ name, email: "m@school.example", title: "7th grade team lead / PE" }] });
			for (const kind of ["thank-you", "handwritten-note"] as const) expect(note.drafts(kind).drafts[0].body, `${name} ${kind}`).not.toMatch(/team lead \/ PE|\/ PE/);
		}
	});

	it("reads a primary contact typed by first name or nickname as the interviewer who goes by it", () => {
		// Reviews 39 and 40: `primary_contact: Bart` beside `Bartholomew "Bart" Quist`, `Kai` beside `Kai "Moose" Kealoha`.
		const shop = read({ primary_contact: "Bart", primary_contact_email: "bart@quistpianos.example", interviewers: 'Bartholomew "Bart" Quist; Lena Ross' });
		expect(shop.interview.interviewers).toHaveLength(2);
		expect(shop.interview.primaryContact).toBe(shop.interview.interviewers[0]);
		expect(shop.interview.primaryContact).toMatchObject({ name: "Bartholomew Quist", email: "bart@quistpianos.example" });
		for (const kind of ["next-steps", "check-in", "close-out"] as const) {
			const [draft] = shop.drafts(kind).drafts;
			expect(draft.to, kind).toEqual([{ name: "Bartholomew Quist", email: "bart@quistpianos.example" }]);
			expect(draft.body, kind).not.toMatch(/arranging|coordinating/);
		}
		const surf = read({ primary_contact: "Kai <kai@northshore.example>", interviewers: 'Kai "Moose" Kealoha, Brooke' });
		expect(surf.interview.interviewers.map((p) => p.email)).toEqual(["kai@northshore.example", undefined]);
		const [thanks] = surf.drafts("thank-you").drafts;
		expect(thanks.body).not.toMatch(/pass my thanks on to [^.?]*Kealoha|coordinating/);
		// Two people of that first name, or two addresses, stay apart.
		expect(read({ primary_contact: "Kai <kai@x.example>", interviewers: "Kai Kealoha; Kai Lopes" }).interview.interviewers.every((p) => p.email === undefined)).toBe(true);
		expect(read({ primary_contact: "Kai <kai@x.example>", interviewers: "Kai Kealoha <kk@x.example>" }).interview.primaryContact?.email).toBe("kai@x.example");
	});

	it("greets a chief administrative law judge and a canon by their styles", () => {
		const hearing = read({ primary_contact: "Chief ALJ Ramona Torres <rtorres@oah.example>", interviewers: "Chief ALJ Ramona Torres <rtorres@oah.example>, Hon. Peter Lindqvist" });
		expect(greetingOf(hearing.drafts("next-steps").drafts[0].body)).toBe("Dear Chief Judge Torres,");
		const church = read({ interviewers: "The Rev. Canon Margaret Ashby <mashby@stbrendans.example>; Paul Delacroix <paul@stbrendans.example>", primary_contact: "Paul Delacroix" });
		expect(church.interview.interviewers[0].name).toBe("Rev. Canon Margaret Ashby");
		const cards = church.drafts("handwritten-note").drafts.map((d) => greetingOf(d.body));
		// "Reverend" before another title is left out (review 86).
		expect(cards).toContain("Dear Canon Ashby,");
		expect(church.drafts("thank-you").drafts.map((d) => d.body).join(" ")).not.toMatch(/\bThe Rev\./);
	});

	it("never pads a thank-you after a call with 'the people on the team', whatever the wording chosen", () => {
		const facts = (seed: number) => ({
			when: "yesterday",
			theRole: "the upholsterer role at Kinsey & Dunmore Upholstery",
			company: "Kinsey & Dunmore Upholstery",
			topic: null,
			experience: { statement: null, statementMid: null, reference: null, short: null, more: [], links: [] },
			title: null,
			attachments: [],
			passThanksTo: [],
			everyone: false,
			askNextSteps: false,
			index: 0,
			panel: 1,
			seed,
			byPhone: true,
		});
		let padded = 0;
		for (let seed = 0; seed < 400; seed++) {
			const text = personalThankYou(facts(seed)).paragraphs.join(" ");
			expect(text, String(seed)).not.toMatch(/people on the team|team first-hand/);
			// (A pad line never says a noun the plain lines before it said: which pad is taken depends on them.)
			if (/much easier to imagine|plenty to think about|questions you asked|good sense of how the team thinks|time you set aside|feeling encouraged|well spent|glad to have|enjoyed a great deal|learned a lot from it/.test(text)) padded++;
		}
		// The padding is reached: short letters to a caller take the other lines.
		expect(padded).toBeGreaterThan(0);
	});

	it("writes a role for a family as one 'with' the family", () => {
		const note = read({ company: "Okafor family", role: "Nanny", interviewers: "Ngozi Okafor <ngozi@okafor.example>", thank_you_sent: "2026-11-25T16:00", check_in_sent: "2026-12-02T10:00" });
		for (const kind of ["next-steps", "close-out"] as const) {
			const body = note.drafts(kind).drafts[0].body;
			expect(body, kind).toMatch(/the nanny role with the Okafor family/);
			expect(body, kind).not.toMatch(/at (?:the )?Okafor family/);
		}
	});

	it("has a card that spoke of a talk tell a gerund highlight, never 'go over running …'", () => {
		const first = ["Deb", "Sam", "Bo", "Ann", "Raj", "Tom", "Nina", "Carla", "Owen", "Jo"];
		const names = first.flatMap((f) => ["Kowalski", "Ortiz", "Kim", "Lee", "Iyer", "Reyes"].map((l) => `${f} ${l}`));
		let talked = 0;
		for (const name of names) {
			const card = read({ company: `${name} Kennels`, interviewers: [{ name, email: "x@pawsitive.example", focus: "holiday rush staffing", highlight: "ran a 60-run kennel w/ 8 staff" }] }).drafts("handwritten-note").drafts[0].body;
			expect(card, name).not.toMatch(/go over running/);
			if (/\btalk\b[^.]*\. I[^.]* about running a 60-run kennel/.test(card.replace(/\n/g, " "))) talked++;
		}
		// The case arises: some cards speak of the talk first, then tell the highlight.
		expect(talked).toBeGreaterThan(0);
	});

	it("reads a second person after a comma with their job after a dash, and a trade's title after a comma as a job", () => {
		const two = read({ interviewers: "Dr. Alan Whitfield (Asst Supt), Kevin Tran - parent rep" });
		expect(two.interview.interviewers.map((p) => p.name)).toEqual(["Dr. Alan Whitfield", "Kevin Tran"]);
		const kitchen = read({ interviewers: "Maria Lopez, Head Chef; Tom" });
		expect(kitchen.interview.interviewers.map((p) => p.name)).toEqual(["Maria Lopez", "Tom"]);
		// "Holt, Jane" is still one person.
		expect(read({ interviewers: "Holt, Jane" }).interview.interviewers.map((p) => p.name)).toEqual(["Jane Holt"]);
	});

	describe("focus and highlight written at the top of the note", () => {
		const riverbend = {
			company: "Riverbend Community Health",
			primary_contact: "Ms. Tanya Whitmore",
			primary_contact_email: "twhitmore@riverbend.example",
			interviewers: "Dr. Meera Kapoor, PhD, RDN <mkapoor@riverbend.example>; Alisha Grant <agrant@riverbend.example>",
			focus: "their no-show rate for MNT follow-ups is ~35%",
			highlight: "Started telehealth MNT visits at Lakeside Clinic, no-shows went from 31% to 12% in 6 months",
		};
		const bodyTo = (note: ReturnType<typeof read>, email: string) => note.drafts("thank-you").drafts.find((d) => d.to[0]?.email === email)?.body ?? "";

		it("go to the first interviewer listed when the primary contact was not in the interview, and the user is told", () => {
			const note = read(riverbend);
			expect(note.interview.interviewers[0]).toMatchObject({ focus: riverbend.focus, highlight: riverbend.highlight });
			expect(bodyTo(note, "mkapoor@riverbend.example")).toMatch(/no-show rate/);
			expect(bodyTo(note, "mkapoor@riverbend.example")).toMatch(/Lakeside Clinic/);
			expect(bodyTo(note, "agrant@riverbend.example")).not.toMatch(/no-show|Lakeside/);
			expect(note.problems.map((p) => p.message)).toContain(
				"focus and highlight at the top of the note go into the thank-you to Dr. Meera Kapoor, the first interviewer listed: if they are for someone else, put focus and highlight under that interviewer.",
			);
		});

		it("go to the only interviewer without a word, or to the primary contact who interviewed, saying so", () => {
			const one = read({ interviewers: "Greg Hale <greg@northwind.com>", focus: "forecast accuracy on seasonal SKUs" });
			expect(one.interview.interviewers[0].focus).toBe("forecast accuracy on seasonal SKUs");
			expect(one.problems.filter((p) => p.key === "focus")).toEqual([]);
			const contact = read({ interviewers: ["Ana Ruiz <ana@northwind.com>", "Bea Hughes <bea@northwind.com>"], primary_contact: "Bea Hughes", highlights: "led 14 public meetings" });
			expect(contact.interview.interviewers.map((p) => p.highlight)).toEqual([undefined, "led 14 public meetings"]);
			// The head of the team may be the one they are for: the user is told who has them.
			expect(contact.problems.filter((p) => p.key === "highlights").map((p) => p.message)).toEqual([
				"highlights at the top of the note goes into the thank-you to Bea Hughes, the primary contact, who interviewed you: if it is for someone else, put highlights under that interviewer.",
			]);
		});

		it("never replace an interviewer's own, and say what is left unused", () => {
			const note = read({ interviewers: [{ name: "Greg Hale", email: "greg@northwind.com", focus: "SQL and Power BI" }], focus: "safety stock" });
			expect(note.interview.interviewers[0].focus).toBe("SQL and Power BI");
			expect(note.problems.map((p) => p.message)).toContain("focus at the top of the note is not used: Greg Hale has their own in the interviewers list. Put focus under the interviewer it is for.");
			const nobody = read({ focus: "safety stock" });
			expect(nobody.problems.map((p) => p.message)).toContain("focus is written at the top of the note, and no interviewer is listed, so no draft includes it: add the interviewers, with focus under the one it is for.");
		});

		it("go to the first interviewer a thank-you reaches, and say so when none does", () => {
			const some = read({ interviewers: "Linda Okoro; Raymond Tse <ray@northwind.com>", primary_contact: "Tasha Greene <tasha@apex.example>", focus: "E/M level denials" });
			expect(some.interview.interviewers.map((p) => p.focus)).toEqual([undefined, "E/M level denials"]);
			expect(some.problems.map((p) => p.message)).toContain("focus at the top of the note goes into the thank-you to Raymond Tse, the first interviewer listed with an email address: if it is for someone else, put focus under that interviewer.");
			const none = read({ interviewers: "Ms. Linda Okoro, CPC, CRC; Raymond Tse", primary_contact: "Tasha Greene <tasha@apex.example>", focus: "E/M level denials" });
			expect(none.problems.map((p) => p.message)).toContain("focus at the top of the note is for Ms. Linda Okoro, who has no email address, so no thank-you includes it: add Ms. Linda Okoro's email, or put focus under the interviewer it is for.");
		});

		it("give each interviewer the part labelled with their name", () => {
			const note = read({
				interviewers: ["Bob Harlan <bob@northwind.com>", "Catherine Yu <cat@northwind.com>"],
				focus: "Bob -> client acquisition, wants assoc to bring in $25M AUM yr 1. Catherine -> portfolio construction, tax-loss harvesting",
			});
			expect(note.interview.interviewers.map((p) => p.focus)).toEqual(["client acquisition, wants assoc to bring in $25M AUM yr 1", "portfolio construction, tax-loss harvesting"]);
			expect(note.problems.filter((p) => p.key === "focus")).toEqual([]);
			const cat = note.drafts("thank-you").drafts.find((d) => d.to[0]?.email === "cat@northwind.com")!;
			expect(cat.body).toMatch(/portfolio construction/);
			// Labels written with a dash, as people type them in a hurry.
			const dashed = read({
				interviewers: ["Kevin O'Hara <kevin@stbrigid.example>", "Dana Whitfield, RRT-NPS <dana@stbrigid.example>"],
				focus: "Kevin - staffing nights, they're short 3 RTs; Dana - neonatal vent weaning protocol",
				highlights: "Kevin – 4 yrs of nights at Mercy, charge RT 2 of them; Dana — helped write our NAVA weaning protocol",
			});
			expect(dashed.interview.interviewers.map((p) => [p.focus, p.highlight])).toEqual([
				["staffing nights, they're short 3 RTs", "4 yrs of nights at Mercy, charge RT 2 of them"],
				["neonatal vent weaning protocol", "helped write our NAVA weaning protocol"],
			]);
			for (const d of dashed.drafts("thank-you").drafts) expect(d.body).not.toMatch(/\b(?:about|through|on) (?:Kevin|Dana)\b|work on Kevin/);
			// A hyphenated word is no label: "Jean-Luc" stays one name, "follow-up" no separator.
			const hyphen = read({ interviewers: ["Jean-Luc Roy <jl@northwind.com>", "Ana Ruiz <ana@northwind.com>"], focus: "follow-up calls - too slow" });
			expect(hyphen.interview.interviewers.map((p) => p.focus)).toEqual(["follow-up calls - too slow", undefined]);
			// A text that only starts with a word and a colon names nobody.
			const plain = read({ interviewers: ["Bob Harlan <bob@northwind.com>", "Catherine Yu <cat@northwind.com>"], focus: "Big problem: churn" });
			expect(plain.interview.interviewers[0].focus).toBe("Big problem: churn");
		});

		it("go to a primary contact named by first name only when an interviewer is the same name with an initial", () => {
			const note = read({ primary_contact: "Bev", primary_contact_email: "bk@uww.example", interviewers: "Bev K., Marcus (lead org)", focus: "second-shift turnover" });
			const [thanks] = note.drafts("thank-you").drafts;
			expect(note.drafts("thank-you").drafts).toHaveLength(1);
			expect(thanks.body).toMatch(/second-shift turnover/);
			expect(thanks.body).toMatch(/thanks on to Marcus\b/);
			expect(thanks.body).not.toMatch(/Bev K/);
		});

		it("name a file written with a plus and its format in brackets as what it is, and a write-up on a newsroom's site as a write-up", () => {
			const note = read({
				interviewers: "Dr. Priya Shah <priya@brightsmile.example>",
				attachments: ["RDH license + CPR card (pdf)", "[Results scraper write-up](https://tribune.example/newsroom/how-we-built-live-results)"],
			});
			const body = note.drafts("thank-you").drafts[0].body;
			expect(body).toMatch(/my RDH license and CPR card\b/);
			expect(body).not.toMatch(/"RDH|\(pdf\)|\+/);
			expect(body).toMatch(/the results scraper write-up/i);
			expect(body).not.toMatch(/press release|public announcement/);
		});

		it("name a certificate typed short, with its format in brackets, as the certificate it is", () => {
			const note = read({ interviewers: "Marisol Vega <marisol@goldencrust.example>", attachments: ["ServSafe cert (pdf)", "[[Forklift certs 2025.pdf]]", "Sample menu (pdf)"] });
			const thanks = note.drafts("thank-you");
			const body = thanks.drafts[0].body;
			expect(body).toMatch(/my ServSafe certificate\b/);
			expect(body).toMatch(/my 2025 forklift certificates\b/);
			expect(body).toMatch(/the sample menu\b/);
			expect(body).not.toMatch(/"|\(pdf\)|\bcerts?\b|read more/);
			// The user attaches the files themselves, named as the note names them.
			expect(thanks.problems.join(" ")).toMatch(/"ServSafe cert \(pdf\)"/);
		});

		it("name a linked letter of recommendation by who wrote it, not by its link text in quotes", () => {
			const note = read({ interviewers: [{ name: "Dr. Tunde Adeyemi", email: "tadeyemi@valley.example", attachments: ["[Letter of recommendation from Dr. Lang](https://jordanrivera.example/lang-letter.pdf)"] }] });
			const body = note.drafts("thank-you").drafts[0].body;
			expect(body).toMatch(/a letter of recommendation from Dr\. Lang\b[^\n]*https:\/\/jordanrivera\.example\/lang-letter\.pdf/i);
			expect(body).not.toMatch(/"Letter/);
		});

		it("ask about next steps without a second 'grateful' after asking to pass thanks on", () => {
			for (const company of ["Stonework Tile", "Northwind", "Initech", "Globex", "Acme", "Hooli", "Wonka Labs", "Cyberdyne"]) {
				const note = read({ company, interviewers: "Frank Russo <frank@stonework.example>; Angie Lopez", primary_contact: "Frank Russo" });
				const [thanks] = note.drafts("thank-you").drafts;
				expect(thanks.body, company).toMatch(/Angie Lopez/);
				expect((thanks.body.match(/\bgrateful\b/g) ?? []).length, company).toBeLessThanOrEqual(1);
			}
		});

		it("never ask what to send 'in the meantime' once the day the next steps name is over", () => {
			const { interview } = parseInterview({ file: "Interviews/Northwind.md", frontmatter: { ...base, primary_contact: "Kai Reed <kai@northwind.com>", next_steps: "kai said they'd let me know within 2 wks" } }, settings, resolve);
			const letter = (at: string) => buildDrafts(interview!, "next-steps", { settings: { myName: "Jordan Rivera", signature: "" }, now: local(at) }).drafts[0].body;
			expect(letter("2026-11-26T10:00")).toMatch(/in the meantime/);
			const late = letter("2026-12-20T10:00");
			expect(late).toMatch(/by Wednesday,? 9 December|by Wednesday,? December 9/);
			expect(late).not.toMatch(/meantime|before then/);
			expect(late).toMatch(/news/);
		});

		it("say which thank-yous are general ones, because the note gives nothing of what mattered to those people", () => {
			const note = read({ interviewers: [{ name: "Pete Ross", email: "pete@rink.example" }, { name: "Sue Lang", email: "sue@rink.example" }, { name: "Deb Kline", email: "deb@rink.example", focus: "ice time scheduling" }] });
			const general = note.drafts("thank-you").problems.filter((m) => m.includes("general"));
			expect(general).toEqual([expect.stringMatching(/^The thank-yous to Pete Ross and Sue Lang are general ones: .*Add focus/)]);
		});

		it("quote a note left out whole as it was typed, shorthand and all, so it can be found in the note", () => {
			const note = read({ interviewers: [{ name: "Beatriz Lima", email: "beatriz@seaway.example", focus: "6 mo contracts, STCW, crew cabin life" }] });
			const messages = note.drafts("thank-you").problems.filter((m) => m.includes("Beatriz"));
			expect(messages).toEqual([expect.stringContaining('The focus for Beatriz Lima ("6 mo contracts, STCW, crew cabin life") was left out')]);
		});

		it("leave out what does not read cleanly, naming it in the user's own words and saying why", () => {
			const note = read({
				interviewers: "Frank Russo <frank@tricounty.example>",
				focus: "They want a fresh set of eyes on winter ops. deicing queue backs up to 45+ min on bad days and flights miss slots",
				highlights: ["3 yrs ramp agent @ Alaska (SEA)", "SIDA badge + airfield driving cert still current"],
			});
			const thanks = note.drafts("thank-you");
			const body = thanks.drafts[0].body;
			expect(body).toMatch(/my 3 years as a ramp agent at Alaska \(SEA\)/);
			expect(body).not.toMatch(/deicing|backs up|SIDA|worked on|years in ramp/);
			const messages = thanks.problems;
			expect(messages).toContain(
				'The focus for Frank Russo ("They want a fresh set of eyes on winter ops. deicing queue backs up to 45+ min on bad days and flights miss slots") was left out of the drafts: it could not be put into a sentence that reads right as written. Write what mattered to them as a short phrase, the thing itself or what they want done, to have it used.',
			);
			expect(messages).toContain(
				'Part of the highlight for Frank Russo ("SIDA badge + airfield driving cert still current") was left out of the drafts: it could not be put into a sentence that reads right as written. Write it as what you did, starting with the verb, and its result, to have it used.',
			);
		});

		it("name people in the due list as the drafts do, without their letters or job after a comma", () => {
			const note = read({
				interviewers: ["Dr. Helen Achterberg, P.E., S.E. <helen@hk.example>", "Mike Dubois, crew lead", "Priya Shah <priya@hk.example>"],
				primary_contact: "Priya Shah",
			});
			expect(recipientsInWords(note.action("thank-you"))).toBe("Dr. Helen Achterberg and Priya Shah; Priya Shah is asked to pass your thanks on to Mike Dubois");
			expect(greetingOf(note.drafts("thank-you").drafts[0].body)).toBe("Dear Dr. Achterberg,");
		});

		it("thank a primary contact named in full who is in the interviewers' line by first name once, personally", () => {
			const note = read({ primary_contact: "Rhonda Pike", primary_contact_email: "rpike@axis.example", interviewers: "Mike Dubois, Rhonda" });
			const drafts = note.drafts("thank-you").drafts;
			expect(drafts).toHaveLength(1);
			expect(greetingOf(drafts[0].body)).toBe("Hi Rhonda,");
			expect(drafts[0].body).not.toMatch(/pass my thanks on to them|for Mike Dubois and Rhonda/);
			expect(drafts[0].body).toMatch(/Mike Dubois/);
		});

		it("name a redacted sample by what it is, and never say 'in case' in two attachment lines in a row", () => {
			const note = read({
				interviewers: "Jess Ortega <jess@fable.example>",
				attachments: ["case study (https://loomladle.example/case-study)", "content calendar sample.pdf", "[[Samples/Redacted affidavit EN-ES.pdf]]"],
			});
			const body = note.drafts("thank-you").drafts[0].body;
			expect(body).toMatch(/the redacted affidavit EN-ES/);
			expect(body).not.toMatch(/a document, "/);
			const lines = body.split(/\n|\. /).filter((l) => /attached|is here|are here/.test(l));
			for (let i = 1; i < lines.length; i++) expect(/\bin case\b/i.test(lines[i - 1]) && /\bin case\b/i.test(lines[i]), `${lines[i - 1]} | ${lines[i]}`).toBe(false);
		});

		it("reads `highlights` in an interviewer's map as `highlight`", () => {
			const note = read({ interviewers: [{ name: "Greg Hale", email: "greg@northwind.com", highlights: ["rebuilt the demand forecast in Python"] }] });
			expect(note.interview.interviewers[0].highlight).toBe("rebuilt the demand forecast in Python");
		});
	});

	it("names an institution of a place with its article, and keeps a short aside of the role in the subject", () => {
		const note = read({ company: "City of Port Alder", role: "Radiologic Technologist (CT/X-ray), nights", interviewers: "Bea Hughes <bea@portalder.example>" });
		const [thanks] = note.drafts("thank-you").drafts;
		expect(thanks.body).toMatch(/at the City of Port Alder\b/);
		expect(thanks.body).not.toMatch(/at City of/);
		// (When it is worked stays out of the subject: ", nights interview" read as garbled, review 206.)
		expect(thanks.subject).toContain("Radiologic Technologist (CT/X-ray) interview");
		const long = read({ role: "Data analyst (nights, 0.9 FTE), remote", interviewers: "Bea Hughes <bea@northwind.com>" });
		expect(long.drafts("thank-you").drafts[0].subject).toContain("Data analyst, remote interview");
		for (const d of [...note.drafts("next-steps").drafts, ...note.drafts("close-out").drafts, ...long.drafts("thank-you").drafts]) expect(d.subject).not.toMatch(/\s,/);
		// When the job is worked is no part of its name.
		for (const role of ["Registered Dental Hygienist (4 days/wk)", "Charge nurse (nights)", "Barista (part-time)"]) {
			const subject = read({ role, interviewers: "Bea Hughes <bea@northwind.com>" }).drafts("thank-you").drafts[0].subject;
			expect(subject, role).toContain(`${role.replace(/ \(.*$/, "")} interview`);
		}
		expect(read({ role: "Analyst (contract)", interviewers: "Bea Hughes <bea@northwind.com>" }).drafts("thank-you").drafts[0].subject).toContain("Analyst (contract) interview");
	});

	it("keeps an agency recruiter's door their own: other roles they work on, not the company's future openings", () => {
		const interviewers = "Greg Hale <greg@halvorsen.example>, Nadia Petrov <nadia@halvorsen.example>";
		// A close-out after a check-in went unanswered (before one, no door to other openings is held out).
		const agency = read({ company: "Halvorsen Foods", interviewers, primary_contact: "Kyle Brandt (TalentBridge)", primary_contact_email: "kyle@talentbridge.example", check_in_sent: "2026-11-25T16:00" });
		const [closing] = agency.drafts("close-out").drafts;
		expect(closing.body).toMatch(/other roles you're working on/);
		expect(closing.body).toMatch(/putting me forward/);
		expect(closing.body).not.toMatch(/future (?:roles|openings) at Halvorsen|considering me/);
		// Nor is the recruiter the one who decides.
		const deciding = read({ company: "Halvorsen Foods", role: "Analyst", interviewers, primary_contact: "Kyle Brandt (TalentBridge)", primary_contact_email: "kyle@talentbridge.example", decision_expected: "2026-12-23" });
		// Said of the decision, never of who makes it (review 141).
		expect(deciding.drafts("next-steps").drafts[0].body).toMatch(/a decision is expected by/);
		expect(deciding.drafts("next-steps").drafts[0].body).not.toMatch(/you expect/);
		const inHouse = read({ company: "Halvorsen Foods", interviewers, primary_contact: "Jen Walsh", primary_contact_email: "jen@halvorsen.example", check_in_sent: "2026-11-25T16:00" });
		expect(inHouse.drafts("close-out").drafts[0].body).toMatch(/future (?:roles|openings) with your team/);
	});

	it("does not tell a recruiter or talent partner they showed the work from inside", () => {
		for (const title of ["Regional Talent Partner", "Senior Recruiter", "HR business partner", "Recruiting coordinator"]) {
			const note = read({ interviewers: [{ name: "Denise Harlow", email: "denise@northwind.com", title }, { name: "Victor Lang", email: "victor@northwind.com", title: "Market president" }] });
			const texts = [...note.drafts("thank-you").drafts, ...note.drafts("handwritten-note").drafts].filter((d) => /Denise/.test(d.body.split("\n")[0])).map((d) => d.body);
			expect(texts).toHaveLength(2);
			for (const text of texts) expect(text, title).not.toMatch(/as an? (?:regional|senior|HR|recruiting)|day-to-day|through your eyes|from the inside|from your side/i);
		}
	});


	it("writes a role typed as shorthand out in the subject and the letter, and says 'also' once in a row", () => {
		const note = read({ role: "devops eng (sr)", interviewers: "Dana Whitfield <dana@northwind.com>", highlights: ["Rebuilt the intake form", "precepted 6 new grads in 2025", "led the Epic upgrade"] });
		const [thanks] = note.drafts("thank-you").drafts;
		expect(thanks.subject).toContain("Senior DevOps engineer interview");
		expect(thanks.body).toContain("the senior DevOps engineer role at Northwind");
		expect(thanks.body).not.toMatch(/devops eng\b|\(sr\)/);
		expect(thanks.body).not.toMatch(/I also [^.]*\. I also/);
	});
});

// ---------------------------------------------------------------- properties over hurried notes

const PEOPLE = [
	{ name: "Jane Doe", email: "jane.doe@northwind.com" },
	{ name: "Bob Roe", email: "bob.roe@northwind.com" },
	{ name: "Ann Lee", email: "ann.lee@northwind.com" },
	{ name: "Dev Patel", email: "dev.patel@northwind.com" },
	{ name: "Lena Okafor", email: "lena@northwind.com" },
];

/** One person in one of the ways people type them. */
const typedPerson = fc.tuple(fc.constantFrom(...PEOPLE), fc.integer({ min: 0, max: 7 }), fc.boolean()).map(([p, form, upper]) => {
	const email = upper ? p.email.toUpperCase() : p.email;
	const [first, last] = p.name.split(" ");
	switch (form) {
		case 0:
			return p.name;
		case 1:
			return `${p.name} <${email}>`;
		case 2:
			return email;
		case 3:
			return `${last}, ${first}`;
		case 4:
			return `"${last}, ${first}" <${email}>`;
		case 5:
			return { name: p.name, email };
		case 6:
			return p.name === "Dev Patel" || p.name === "Jane Doe" ? [[`People/${p.name}`]] : { name: p.name };
		default:
			return `[[People/${p.name}|${first}]]`;
	}
});

const hurriedNote = fc.record({
	interviewers: fc.oneof(
		fc.array(typedPerson, { maxLength: 6 }),
		fc.array(typedPerson.filter((p): p is string => typeof p === "string" && !p.includes(",")), { minLength: 1, maxLength: 5 }).map((ps) => ps.join(fc.sample(fc.constantFrom(", ", "; "), 1)[0])),
	),
	primary_contact: fc.option(typedPerson, { nil: undefined }),
	primary_contact_email: fc.option(fc.constantFrom(...PEOPLE.map((p) => p.email), "talent@northwind.com"), { nil: undefined }),
});

const key = (r: { name: string; email: string | null }) => (r.email !== null ? r.email.toLowerCase() : r.name.toLowerCase());

describe("for any note typed in a hurry", () => {
	it("no address twice among an action's recipients, nobody asked to thank themselves, one message each, nobody lost", () => {
		fc.assert(
			fc.property(hurriedNote, (fm) => {
				const note = read(fm as Frontmatter);
				for (const action of ["thank-you", "next-steps", "handwritten-note", "linkedin"].map(note.action).filter(Boolean)) {
					const addresses = action.recipients.flatMap((r) => (r.email ? [r.email.toLowerCase()] : []));
					expect(new Set(addresses).size).toBe(addresses.length);
					if (action.passThanksVia !== undefined) expect(action.passThanksTo ?? []).not.toContain(action.passThanksVia);
				}
				for (const kind of ["thank-you", "handwritten-note", "linkedin"] as const) {
					const drafts = note.drafts(kind).drafts;
					const recipients = drafts.flatMap((d) => d.to.map(key));
					expect(new Set(recipients).size).toBe(recipients.length);
					for (const d of drafts) {
						const [to] = d.to;
						if (to) expect(d.body).not.toMatch(new RegExp(`pass my thanks on to[^.]*\\b${(to.name || "@@@").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
						expect(greetingOf(d.body)).not.toContain("@");
					}
				}
				// Every person typed as an interviewer is reached: thanked directly or through the primary contact.
				const thanks = note.action("thank-you");
				const reached = [...thanks.recipients.map((r) => personLabel(r).toLowerCase()), ...thanks.recipients.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])), ...(thanks.passThanksTo ?? []).map((n) => n.toLowerCase())];
				for (const p of note.interview.interviewers) {
					const ok = reached.includes(personLabel(p).toLowerCase()) || (p.email !== undefined && reached.some((r) => sameAddress(r, p.email!)));
					if (note.interview.primaryContact || p.email !== undefined) expect(ok).toBe(true);
				}
			}),
			{ numRuns: 200 },
		);
	});
});
