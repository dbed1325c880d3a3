// Reviews 95-96: letters to someone who arranged the interview and was not in it.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-24T09:00") };
const COMPANIES = ["Acme", "Globex", "Harbor House", "Initech", "Crumb & Co", "Bayline", "Ember", "Northwind", "Stark", "Hooli", "Umbrella", "Wayne"];

describe("a recruiter who was not in the interview (review 96)", () => {
	it("never reads of 'the conversation', which they did not have", () => {
		const seen = new Set<string>();
		for (const company of COMPANIES) {
			for (const people of [["Dana Ruiz"], ["Dana Ruiz", "Sam Okafor"]]) {
				let builder = anInterview().company(company).primaryContact("Tasha Reynolds", "tasha@staffing.example");
				for (const name of people) builder = builder.interviewer(name);
				const interview = builder.build();
				for (const kind of ["thank-you", "next-steps"] as const) {
					const body = buildDrafts(interview, kind, at).drafts[0].body;
					expect(body, `${company} ${kind}`).not.toMatch(/\bThe conversations? left me\b/);
					const said = /\b(?:It|The \w+) left me more interested\b/.exec(body);
					if (said !== null) seen.add(said[0]);
				}
			}
		}
		// The letters still say what the interview did for the user, named as the thanks named it.
		expect([...seen].sort()).toEqual(expect.arrayContaining(["It left me more interested", "The interview left me more interested"]));
	});
});
