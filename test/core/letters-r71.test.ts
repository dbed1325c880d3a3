// Reviews 71-72: greetings by office, short first names in next steps, a reader who hardly spoke.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { greeting, namesFor } from "../../src/core/people";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-26T09:00") };

describe("a greeting by office or honorific", () => {
	it("greets a county commissioner and a mayor by office, a music director as Maestro", () => {
		expect(greeting("Gary Pruitt", "Hi", "County commissioner")).toBe("Dear Commissioner Pruitt");
		expect(greeting("Ann Lee", "Hi", "Mayor")).toBe("Dear Mayor Lee");
		expect(greeting("Maestro Julian Ortega", "Hi")).toBe("Dear Maestro Ortega");
	});
	it("keeps a first name for a post that is no elected office", () => {
		expect(greeting("Gary Pruitt", "Hi", "Commissioner of public works")).toBe("Hi Gary");
		expect(greeting("Ann Lee", "Hi", "Sales representative")).toBe("Hi Ann");
	});
});

describe("the short forms of a first name in next steps", () => {
	it("knows 'sam' for Samuel and 'bob' for Robert", () => {
		expect(namesFor("Rev. Samuel Adeyemi")).toContain("Sam");
		expect(namesFor("Robert Hale")).toContain("Bob");
	});
	it("says back 'sam emails after board mtg dec 10' to Samuel", () => {
		const r = readNextSteps("sam emails after board mtg dec 10", { names: namesFor("Rev. Samuel Adeyemi") }, local("2026-12-02T10:00"), local("2026-12-03T09:00"));
		expect(r?.kind).toBe("you");
		expect(r?.clause).toMatch(/^you mentioned you'd email after the board meeting on Thursday 10 December$/);
	});
	it("writes out 'cmte' and gives a date to send its article", () => {
		const names = namesFor("Naomi Feldstein");
		expect(readNextSteps("naomi will call about a second round w/ the full board search cmte", { names }, local("2026-11-25T10:00"), local("2026-11-26T09:00"))?.clause).toBe("you mentioned you'd call about a second round with the full board search committee");
		expect(readNextSteps("naomi to send brew day trial date", { names }, local("2026-11-25T10:00"), local("2026-11-26T09:00"))?.clause).toBe("you mentioned you'd send the brew day trial date");
	});
});

describe("a reader the notes say hardly spoke", () => {
	const note = (line: string) => `---\ntype: interview\n---\n\n## who\n- naomi, ceo. ran the panel\n- ${line}\n`;
	const interview = anInterview()
		.at("2026-11-25T10:00", "2026-11-25T11:00")
		.interviewer("Naomi Feldstein", { email: "naomi@x.example", title: "CEO" })
		.interviewer("Patricia Vance", { email: "pv@x.example", title: "Board member" })
		.build();
	const letterTo = (line: string, kind: "thank-you" | "handwritten-note") => buildDrafts(interview, kind, { ...at, noteText: note(line) }).drafts.find((d) => /Patricia/.test(d.body))?.body ?? "";
	it("is never told how the work looks to them, nor thanked for what they said", () => {
		for (const kind of ["thank-you", "handwritten-note"] as const) {
			const body = letterTo("patricia vance, board. barely spoke, took notes", kind);
			expect(body).not.toMatch(/board member|your (?:perspective|view|work)|about the position from you|you told|looks to you/i);
		}
	});
	it("is, when the notes say nothing of it, sent a card that claims nothing of what they talked about (review 105)", () => {
		const card = letterTo("patricia vance, board. asked about the tour budget", "handwritten-note");
		expect(card).not.toMatch(/board member|your work as|your perspective as/);
		expect(card).toMatch(/^Dear Patricia,/);
	});
});

describe("plain lines from a title", () => {
	it("never open two sentences in a row with the same word", () => {
		const companies = "Acme Globex Initech Umbrella Hooli Stark Wayne Wonka Cyberdyne Soylent Tyrell Vandelay Pinecrest Lakeshore Harbor Northgate Ironbark Saltmarsh Riverbend Bayview".split(" ");
		for (const company of companies) {
			for (const title of ["Director of revenue", "Associate director", "Curator", "Board member"]) {
				const interview = anInterview().company(company).interviewer("Olivia Park", { email: "o@x.example", title }).build();
				const body = buildDrafts(interview, "thank-you", at).drafts[0]?.body ?? "";
				const sentences = body.split("\n\n")[1]?.split(". ") ?? [];
				for (let i = 2; i < sentences.length; i++) {
					const [a, b] = [sentences[i - 1].split(" ")[0], sentences[i].split(" ")[0]];
					if (a === "Hearing" || a === "Your") expect(b, `${company}: ${sentences.join(" ")}`).not.toBe(a);
				}
			}
		}
	});
});

describe("the reader's view of the work", () => {
	it("is said once in a letter, and 'helpful' once", () => {
		for (const company of "Acme Globex Initech Umbrella Hooli Stark Wayne Wonka Cyberdyne Soylent Tyrell Vandelay".split(" ")) {
			for (const title of ["Senior engineer", "Content designer", "Curator"]) {
				const interview = anInterview().company(company).interviewer("Olivia Park", { email: "o@x.example", title }).interviewer("Ben Ross", { email: "b@x.example", title }).build();
				for (const draft of buildDrafts(interview, "thank-you", at).drafts) {
					const views = draft.body.match(/through your eyes|from your side|your perspective|your view|looks to you/g) ?? [];
					expect(views.length, draft.body).toBeLessThanOrEqual(1);
					expect((draft.body.match(/\bhelpful\b/g) ?? []).length, draft.body).toBeLessThanOrEqual(1);
				}
			}
		}
	});
});
