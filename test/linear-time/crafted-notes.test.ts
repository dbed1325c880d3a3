// The inputs that froze Obsidian before, or took seconds, each measured on its own: the shape of
// input that found it, at the size where it showed. How growth is measured: ./suite.ts.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readTitle } from "../../src/core/invite-details";
import { readNextSteps } from "../../src/core/next-steps-note";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { applyMark, setFrontmatterKeys } from "../../src/core/writer";
import { anInterview } from "../builders/interview";
import { noteWith, now, parseTemplateNote, people, plainInterview, pumped, settings, steepGrowth } from "./suite";

describe("text functions run in linear time", () => {
	// The inputs that froze Obsidian before: a note or template that anyone could paste.
	it("a company of 40,000 `[[` (plain-text conversion in a draft)", () => {
		const run = (s: string) => buildDrafts(anInterview().company(s).interviewer("Dana Whitfield", { email: "dana@acme.example" }).build(), "thank-you", { settings, now });
		expect(steepGrowth(run, pumped("[["))).toBeNull();
	});

	it("a highlight of clauses joined by 'and' (the words before each were read again)", { timeout: 120_000 }, () => {
		expect(steepGrowth((s) => experienceOf(s), pumped("they need a and want "), { minChars: 4096, maxChars: 4096, slowMs: Infinity })).toBeNull();
	});

	// Each read a long note again once per match: the word before "13 month", the word after a count, a tail about "$$",
	// and whether an item holds sentences, once per unit of it (found measuring review 92's notes).
	// ("a-", a hyphen run with no space: the word before "software" was read again from every letter, found at this stop.)
	it.each(["a-", "13 month bereavement ", "shift work ok? ", "Comfort w/ ", "grew my MBL book 14m -> 31m in 2 yrs, mostly owner-occ CRE + 7a ", "mission fit: serving deaf kids in mainstream schools ", "return to work program at mercy cut lost days ~30% in a yr ", "safety after the fly rail incident last spring, ", "called 3 shows when the SM got covid ", "$$ for "])("a note of %j repeated (focus and highlight readings)", { timeout: 120_000 }, (unit) => {
		const run = (s: string) => [focusTopic(s), experienceOf(s)];
		expect(steepGrowth(run, pumped(unit), { minChars: 16_384, maxChars: 16_384, slowMs: Infinity })).toBeNull();
	});

	// Read a part shorter at each level, a rule that takes a last part off read 1,800 levels deep: past the stack.
	it("a highlight whose last part is clipped, pasted 2,000 times, is read without running out of stack", () => {
		const text = "told her abt my pt ed handout for impl pts at lakeview, + CE on peri-impl (AAP webinar) ".repeat(2000);
		expect(() => experienceOf(text)).not.toThrow();
		expect(experienceOf(text).statement).toBeNull();
	});

	it("a heading line of `#` and 120,000 spaces (marking an event)", () => {
		const run = (s: string) => applyMark(noteWith(s), "thank-you-sent", now);
		expect(steepGrowth(run, pumped(" ", "# a", "b"))).toBeNull();
		expect(steepGrowth(run, pumped(" ", "#", "\rx"))).toBeNull();
	});

	// Each way of reading a part of the next steps apart read again, and dashes between commas made the re-readings branch:
	// sixteen "- " took a second and a half, and under load the row of reviews 189-190 failed on it.
	it("next steps of dashes between commas (reading parts apart)", () => {
		const run = (s: string) => readNextSteps(`Kayla will call ${s}, 1 wk or so ${s} pass to ${s}dockmaster, maybe in person ${s} hm (gail) ${s}`, { names: ["Kayla"], context: ["Gail Porter"] }, now, now);
		expect(steepGrowth(run, pumped("- "), { minChars: 2, maxChars: 2, slowMs: Infinity })).toBeNull();
	});

	// "\b(\p{Ll}[\p{Ll}\d.]*) -> … flow" read "a.a.a.…" from every "a" to its end (found by the row of reviews 201-202).
	it("a highlight of `a.` repeated (a noun before an arrow to a flow)", () => {
		expect(steepGrowth((s) => experienceOf(`started a ${s}-led ${s} club`), pumped("a.", "", "@"), { minChars: 4_096, maxChars: 4_096, slowMs: Infinity })).toBeNull();
	});

	it("a line of 100,000 backticks (marking an event)", () => {
		const run = (s: string) => applyMark(noteWith(s), "thank-you-sent", now);
		expect(steepGrowth(run, pumped("`", "", "x`"))).toBeNull();
	});

	it("a draft template of `%%x%%y` lines (comment stripping)", () => {
		const run = (s: string) => buildDrafts(plainInterview, "thank-you", { settings, now, templates: { "thank-you": { subject: "Thanks", body: s } } });
		expect(steepGrowth(run, pumped("%%x%%y\n"))).toBeNull();
	});

	// Under the title's 200-character limit: 101 characters took 2.4 s, and each `1st` more doubled it
	// (each one read both as "1st" and as a number with "st"). Measured here past the limit.
	it("an invite titled with ordinals run together, `Acme 1st1st…x` (reading the stage)", () => {
		expect(steepGrowth((s) => readTitle(s, people, Infinity), pumped("1st", "Acme – Staff Engineer ", "x"))).toBeNull();
	});

	it("a draft template whose subject opens `{` a thousand times (the YAML parser)", () => {
		const run = (s: string) => parseTemplateNote(`---\nsubject: ${s}\n---\nHi`);
		expect(steepGrowth(run, pumped("{"))).toBeNull();
	});

	// Removing a key re-read the whole frontmatter for each multi-line property: cheap per line, so it
	// shows only in frontmatters of thousands of them, and the input is let grow that far.
	it("a frontmatter of thousands of multi-line properties (removing a key)", () => {
		const run = (s: string) => setFrontmatterKeys(`---\n${s}snoozed_until: 2026-12-01T09:00\n---\n`, { snoozed_until: null });
		expect(steepGrowth(run, pumped("plan: |\n  x\n"), { minChars: 32_768, maxChars: 32_768, slowMs: Infinity })).toBeNull();
	});
});
