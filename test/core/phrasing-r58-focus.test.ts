// Review 58 (phrasing round 12): a focus is what mattered to the interviewer, said as a topic that keeps the
// note's meaning, or left out and told: a priority is what it is, a clause is no topic, an -ing focus takes no
// "the", an experience asked for is the field of work, and slang is left out and told.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("a priority sentence gives what the priority is, never its subject noun", () => {
	it("the reviewer's processing backlog", () => {
		const r = focusTopic("Her big priority is clearing the processing backlog. About 1,200 linear feet are unprocessed. She wants MPLP, not item-level.");
		expect(r.topic?.text).toBe("clearing the processing backlog");
		expect(r.leftOut.join(" ")).toMatch(/1,200 linear feet/);
	});
	it("other priorities, concerns and goals", () => {
		expect(topicOf("Their top priority is hiring two archivists")).toBe("hiring two archivists");
		expect(topicOf("His main concern is the migration timeline.")).toBe("the migration timeline");
		for (const text of ["Her biggest goal is cutting the intake wait", "His main focus is the grant renewal"]) {
			expect(topicOf(text) ?? "", text).not.toMatch(/priority|concern|goal|focus/);
		}
	});
});

describe("a clause, a group and what it does, is never cut to 'subject + verb'", () => {
	it("the reviewer's reference requests", () => {
		const r = focusTopic("their team fields ~300 reference requests/mo, lots from genealogists");
		expect(r.topic?.text ?? "").not.toMatch(/team fields/);
		if (r.topic === null) expect(r.leftOut.length).toBeGreaterThan(0);
	});
	it("another group doing something", () => {
		for (const text of ["the team handles 40 tickets a day", "their crew runs about 12 jobs a week"]) {
			const r = focusTopic(text);
			expect(r.topic?.text ?? "", text).not.toMatch(/^(?:the |your )?\w+ \w+s$|handles 40|runs about/);
			if (r.topic === null) expect(r.leftOut.length, text).toBeGreaterThan(0);
		}
	});
});

describe("a focus opening on an -ing word takes no 'the'", () => {
	it("the reviewer's indirect auto volume", () => {
		const r = focusTopic("growing indirect auto volume, they're 18% behind target this yr");
		expect(r.topic?.text).toBe("growing indirect auto volume");
		expect(r.leftOut.join(" ")).toMatch(/behind target/);
	});
	it("no -ing word that starts a focus gets 'the'", () => {
		for (const text of ["building vendor relationships", "reducing readmits on 4 West", "cutting overtime, nights are short-staffed", "hiring seasonal crew"]) {
			const r = focusTopic(text);
			expect(r.topic?.text ?? "", text).not.toMatch(/^the \p{Ll}+ing\b/u);
		}
	});
	it("a noun in -ing still takes 'the'", () => {
		expect(topicOf("morning huddle")).not.toMatch(/^morning huddle$/);
	});
});

describe("an experience asked for is the field of work, never 'the … experience' or 'exp'", () => {
	it("the reviewer's stormwater and avalanche control", () => {
		expect(topicOf("stormwater / green infra experience")).toBe("stormwater and green infrastructure work");
		expect(topicOf("avi control exp")).toBe("avalanche control work");
	});
	it("other experience asked for", () => {
		expect(topicOf("grant writing experience")).toBe("grant writing");
		expect(topicOf("avy forecasting")).toBe("avalanche forecasting");
		for (const text of ["leadership exp", "trail restoration experience", "startup experience"]) {
			const r = focusTopic(text);
			expect(r.topic?.text ?? "", text).not.toMatch(/\bexp\b|experience|^the |\bav[iy]\b/);
			if (r.topic === null) expect(r.leftOut.length, text).toBeGreaterThan(0);
		}
	});
});

describe("a part in slang is left out and told", () => {
	it("the reviewer's varroa and hot hives", () => {
		const r = focusTopic("varroa mgmt + not getting spooked by hot hives");
		expect(r.topic?.text).toBe("varroa management");
		expect(r.leftOut.join(" ")).toMatch(/spooked/);
	});
	it("another part in slang", () => {
		const r = focusTopic("swarm control and not getting freaked out on night calls");
		expect(r.topic?.text ?? "").not.toMatch(/freaked/);
		expect(r.leftOut.join(" ")).toMatch(/freaked/);
	});
});

describe("a part that narrows the one before it is never a topic of its own", () => {
	it("'esp for new grads' is never 'the especially for new grads'", () => {
		for (const text of ["His top concern is retention, esp for new grads", "retention, esp for new grads", "vendor onboarding, mainly for small shops"]) {
			expect(topicOf(text) ?? "", text).not.toMatch(/\band the (?:especially|mainly)\b/);
		}
	});
});
