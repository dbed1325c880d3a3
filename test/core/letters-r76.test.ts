// Reviews 75-76: what the user's notes say about whom to write to, lines kept back, a late thank-you.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const at = { settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan" }, now: local("2026-11-25T18:00") };
const note = (...lines: string[]) => `---\ntype: interview\n---\n\n${lines.join("\n")}\n`;

describe("notes that say whom not to write to (review 75)", () => {
	const interview = anInterview()
		.primaryContact("Tricia Vance", "tvance@keystone.example")
		.interviewer("Chief Inspector Ray Dunbar", { email: "rdunbar@dli.example" })
		.interviewer("Angela Brooks", { email: "abrooks@dli.example" })
		.build();
	const warnings = (kind: "thank-you" | "next-steps", ...lines: string[]) => buildDrafts(interview, kind, { ...at, noteText: note(...lines) }).warnings.join("\n");
	it("warns of a draft to someone the notes say not to email, quoting the words that say so", () => {
		const w = warnings("thank-you", "video. tricia from keystone talent set it up, she wasnt on the call. dont email dunbar directly she said");
		expect(w).toMatch(/line 5 say "…[^"]*dont email dunbar directly she said": check before writing to Chief Inspector Ray Dunbar directly/);
		expect(w).not.toMatch(/writing to Angela Brooks directly|writing to Tricia/);
	});
	it("warns of every draft to another when everything goes through one person", () => {
		expect(warnings("thank-you", "i have to go thru her for everything")).toMatch(/check whether to write to Chief Inspector Ray Dunbar and Angela Brooks yourself or send it through Tricia Vance/);
		expect(warnings("next-steps", "i have to go thru her for everything")).not.toMatch(/go thru her/);
	});
	it("says nothing when the notes say nothing of it", () => {
		expect(warnings("thank-you", "dunbar asked about A17.3 variances; i emailed the code section after")).not.toMatch(/check before writing|check whether to write/);
	});
});

describe("a line the user kept back", () => {
	it("is never offered as material for a general letter (review 76)", () => {
		const interview = anInterview().interviewer("Ruth Ames", { email: "r@x.example" }).interviewer("Tasha Lee", { email: "t@x.example" }).build();
		const said = (line: string) => buildDrafts(interview, "thank-you", { ...at, noteText: note(line) }).problems.join(" ");
		expect(said('- ruth might be leaving? tasha hinted "transition". dont mention')).not.toMatch(/might be leaving/);
		expect(said("- ruth asked about pediatric referrals")).toMatch(/ruth asked about pediatric referrals/);
	});
});

describe("a thank-you drafted days after the interview", () => {
	const interview = anInterview().at("2026-11-20T17:30", "2026-11-20T18:30").interviewer("Dee Park", { email: "d@x.example" }).build();
	const warnings = (now: string) => buildDrafts(interview, "thank-you", { ...at, now: local(now) }).warnings.join(" ");
	it("is said to be late (review 76)", () => {
		expect(warnings("2026-12-04T09:00")).toMatch(/The interview was 2 weeks ago, and a thank-you is best sent within a day of it/);
		expect(warnings("2026-11-24T09:00")).toMatch(/The interview was 4 days ago/);
	});
	it("is not, the next day", () => {
		expect(warnings("2026-11-21T09:00")).not.toMatch(/best sent within a day/);
	});
});
