// Review 80: the user's notes said "evelyn park was a judge for 20 yrs, goes by "evelyn" not judge now", and five letters
// opened "Dear Judge Park"; they said "follow up: send omar the restricted fund tracker template i mentioned", and the
// thank-you to Omar said nothing of it. The notes are read for both, never quoted in a letter.
import { describe, expect, it } from "vitest";
import { goesByMention, toSendMention } from "../../src/core/body-mentions";
import { buildDrafts } from "../../src/core/drafts";
import { parseInterview } from "../../src/core/parse";
import { namesFor } from "../../src/core/people";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { local } from "../builders/interview";

const fm = {
	type: "interview",
	company: "Riverbend Arts Alliance",
	role: "Grants manager",
	interview_start: "2026-11-25T10:00",
	interview_end: "2026-11-25T11:00",
	primary_contact: "Judge Evelyn Park (ret.) <epark@riverbendarts.example>",
	interviewers: [
		{ name: "Judge Evelyn Park (ret.)", email: "epark@riverbendarts.example", focus: "on-time final reports" },
		{ name: "Omar Haddad", email: "ohaddad@riverbendarts.example", title: "Treasurer", focus: "restricted fund tracking" },
	],
};
const body = ["", "# riverbend arts - panel", "- evelyn park was a judge for 20 yrs, goes by \"evelyn\" not judge now. v sharp", "- omar = treasurer, cpa", "", "follow up: send omar the restricted fund tracker template i mentioned", ""].join("\n");
const noteText = `---\ntype: interview\n---\n${body}`;

function drafts(kind: "thank-you" | "handwritten-note" | "check-in", text: string | undefined = noteText) {
	const { interview } = parseInterview({ file: "Interviews/Riverbend.md", frontmatter: fm }, DEFAULT_SETTINGS, () => null);
	if (!interview) throw new Error("not an interview");
	return buildDrafts(interview, kind, { settings: { myName: "Alex Morgan", signature: "", enableHandwrittenNote: true }, now: local("2026-11-25T14:00"), noteText: text });
}

describe("how the notes say someone goes by (review 80)", () => {
	it("reads a name of theirs, on a line that names them", () => {
		expect(goesByMention(noteText, ["Evelyn", "Park"], namesFor("Judge Evelyn Park"))).toMatchObject({ name: "Evelyn", line: 6 });
		// "he prefers HMI": no name of theirs.
		expect(goesByMention("---\na: b\n---\n- ravi (DP): he prefers HMI, i agree\n", ["Ravi"], namesFor("Ravi Menon"))).toBeNull();
		expect(goesByMention("---\na: b\n---\n- robert - prefers bob\n", ["Robert", "Hale"], namesFor("Robert Hale"))?.name).toBe("Bob");
	});

	it.each(["thank-you", "handwritten-note", "check-in"] as const)("greets by it in the %s, and says so", (kind) => {
		const result = drafts(kind);
		const toEvelyn = result.drafts.find((d) => d.to.some((t) => /Evelyn/.test(t.name)));
		expect(toEvelyn?.body).toMatch(/^(?:Hi|Dear) Evelyn,/);
		expect(result.problems.join("\n")).toContain('The drafts greet Judge Evelyn Park as "Evelyn", as your notes say on line 6');
	});

	it("greets by title without such a line", () => {
		const toEvelyn = drafts("thank-you", "---\ntype: interview\n---\n- v sharp\n").drafts.find((d) => d.to.some((t) => /Evelyn/.test(t.name)));
		expect(toEvelyn?.body).toMatch(/^Dear Judge Park,/);
	});
});

describe("something the notes say to send someone (review 80)", () => {
	it("finds the line that names them after 'send'", () => {
		expect(toSendMention(noteText, ["Omar", "Haddad"])?.line).toBe(9);
		expect(toSendMention(noteText, ["Evelyn", "Park"])).toBeNull();
		expect(toSendMention("---\na: b\n---\n- todo: send lena py sample?? ask ray 1st\n", ["Lena", "Fitz"])?.quote).toBe("todo: send lena py sample?? ask ray 1st");
		expect(toSendMention("---\na: b\n---\n- dont send lena anything yet\n", ["Lena"])).toBeNull();
		// The example vault's Hooli note: the card the user meant to post is the follow-up itself, not something owed.
		expect(toSendMention("---\na: b\n---\nForgot to ask on the call. Asked Maya in the thank-you email the same afternoon; no answer yet. Meant to mail Derek a card too.\n", ["Derek", "Olsen"])).toBeNull();
		expect(toSendMention("---\na: b\n---\n- send derek a thank-you card too\n", ["Derek", "Olsen"])).toBeNull();
	});

	it("reminds the user in the thank-you to that person only", () => {
		const warnings = drafts("thank-you").warnings.filter((w) => /does not mention it/.test(w));
		expect(warnings).toEqual(['Your notes on line 9 say "follow up: send omar the restricted fund tracker template i mentioned": the draft to Omar Haddad does not mention it; attach it, or say when it will come.']);
	});
});
