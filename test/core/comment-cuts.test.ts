import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as yamlParse } from "yaml";
import { commentCutMessage, findCommentCuts } from "../../src/core/comment-cuts";
import { parseInterview } from "../../src/core/parse";
import { readInterviewNote } from "../../src/core/scope";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const HIGHLIGHT = "took my 7-store district from #11 to #3 in region on comp sales, +6.4% YoY";

/** The cuts as "line field: kept | comment", the way a reader checks them. */
const cutsOf = (yaml: string) => findCommentCuts(yaml).map((c) => `${c.line} ${c.field}: ${c.kept} | ${c.comment}`);

describe("findCommentCuts", () => {
	it("finds a highlight in an interviewer's map cut at ' #', with the note's line", () => {
		const yaml = `type: interview\ncompany: Northpine\ninterviewers:\n  - name: Carla Benedetti\n    email: carla@northpine.example\n    highlight: ${HIGHLIGHT}\n`;
		const cuts = findCommentCuts(yaml);
		expect(cuts).toEqual([{ line: 7, key: "interviewers", field: "highlight", kept: "took my 7-store district from", comment: "#11 to #3 in region on comp sales, +6.4% YoY" }]);
		expect(commentCutMessage(cuts[0])).toBe(
			'The highlight stops at " #": YAML reads the rest, "#11 to #3 in region on comp sales, +6...", as a comment, so the drafts get only "took my 7-store district from". Put the value in quotes to keep all of it; a note to yourself goes on a line of its own.',
		);
	});

	it("finds a list item cut short, under a highlight and directly under interviewers", () => {
		const yaml = "interviewers:\n  - name: Ana\n    highlight:\n      - ranked #1 in region\n      - built the bench\n  - Jim Thompson #JT on the floor\n";
		expect(cutsOf(yaml)).toEqual(["5 highlight: ranked | #1 in region", "7 interviewers: Jim Thompson | #JT on the floor"]);
	});

	it("follows lists written at the key's own indentation", () => {
		const yaml = "interviewers:\n- name: Ana\n  focus: shrink at #214\n  highlight:\n  - cut shrink at #9\n- name: Jim\n  title: Store manager #214\n";
		expect(cutsOf(yaml)).toEqual(["4 focus: shrink at | #214", "6 highlight: cut shrink at | #9", "8 title: Store manager | #214"]);
	});

	it("finds an interviewer's role or position cut short, which the drafts read as the title", () => {
		const yaml = "interviewers:\n  - name: Erik\n    role: VP #2 of Operations\n  - name: Dana\n    position: Controls #1\n";
		expect(cutsOf(yaml)).toEqual(["4 role: VP | #2 of Operations", "6 position: Controls | #1"]);
	});

	it("finds a focus or highlights written at the top of the note cut short, which a thank-you carries", () => {
		expect(cutsOf("focus: turnover, plus the #2 bldg HVAC complaints\n")).toEqual(["2 focus: turnover, plus the | #2 bldg HVAC complaints"]);
		expect(cutsOf("highlights:\n  - planned the #1 rated event in the county\n")).toEqual(["3 highlights: planned the | #1 rated event in the county"]);
		expect(cutsOf("highlight: ran ops # my own note\n")).toEqual(["2 highlight: ran ops | # my own note"]);
	});

	it("finds attachments at the top of the note cut short, which a thank-you may carry", () => {
		expect(cutsOf("attachments: Portfolio #2.pdf\n")).toEqual(["2 attachments: Portfolio | #2.pdf"]);
	});

	it("finds the top-level values the drafts use, and a plain value carried on to the next line", () => {
		const yaml = "company: Store #214 Inc\nrole: District manager #3\nprimary_contact: Tasha Greene # HRBP\nnext_steps: they call\n  by Friday #2 round\n";
		expect(cutsOf(yaml)).toEqual([
			"2 company: Store | #214 Inc",
			"3 role: District manager | #3",
			"4 primary_contact: Tasha Greene | # HRBP",
			"6 next_steps: they call by Friday | #2 round",
		]);
		const below = "interviewers:\n  - name: Ana\n    highlight:\n      took the district\n      from #11 to #3\n";
		expect(cutsOf(below)).toEqual(["6 highlight: took the district from | #11 to #3"]);
	});

	it("leaves quoted values alone, and a comment after one", () => {
		const yaml = [
			'company: "Store #214"',
			"role: 'District #3 manager' # the job ad's title",
			"interviewers:",
			'  - name: "Jim #JT Thompson"',
			'    highlight: "from #11 to #3" # proud of it',
			'    title: "Store manager,',
			'      - of #214 and #9"',
			"    focus: [shrink, staffing] # both",
			'  - "[[Jim Thompson]]" # the store manager',
			'next_steps: "they call',
			'  #2 round after"',
		].join("\n");
		expect(cutsOf(yaml)).toEqual([]);
	});

	it("leaves the comments a user means alone: after an empty value, on a line of their own, after a date, number or yes/no", () => {
		const yaml = [
			"# filled in after the interview",
			"next_steps: # ask Tasha",
			"company: Acme #",
			"interviewers:",
			"  # the panel",
			"  - name: Ana",
			"    title: ~ # unknown",
			"    highlight: 42 # the answer",
			"    focus: true # see notes",
			"  - # nobody yet",
			"decision_expected: 2026-12-01 # roughly",
			"interview_end: 2026-11-23T11:30 # left late",
			"role: 2026-11-23 14:30 -05:00 # a date, oddly",
		].join("\n");
		expect(cutsOf(yaml)).toEqual([]);
	});

	it("reads the lines of a | or > block as text, whatever they hold", () => {
		const yaml = "next_steps: |\n  they call #2 round\n  then an offer\ninterviewers:\n  - name: Ana\n    highlight: >-\n      from #11 to #3\n    focus: shrink #1\n";
		expect(cutsOf(yaml)).toEqual(["9 focus: shrink | #1"]);
	});

	it("leaves the keys the drafts do not use alone", () => {
		const yaml = "format: in store (Troy #214) + store walk\nnotes: see #3\ninterviewers:\n  - name: Ana\n    email: ana@x.example # work\n    phone: 555 0100 #2\n";
		expect(cutsOf(yaml)).toEqual([]);
	});

	it("numbers lines from where the YAML starts in the note", () => {
		expect(findCommentCuts("role: Lead #2\n", 10).map((c) => c.line)).toEqual([10]);
	});

	// Generated values in every shape above, read by the YAML package: a cut is reported exactly when
	// YAML keeps less text than was written, and what it reports as kept is what YAML reads.
	it("agrees with a YAML parser on what is kept", () => {
		const word = fc.stringMatching(/^[a-z0-9#+.,()]{1,5}$/);
		const shapes: Array<[(v: string) => string, (data: Record<string, unknown>) => unknown]> = [
			[(v) => `next_steps: ${v}\n`, (d) => d.next_steps],
			[(v) => `interviewers:\n  - name: Ana\n    highlight: ${v}\n`, (d) => (d.interviewers as Array<Record<string, unknown>>)[0].highlight],
			[(v) => `interviewers:\n  - name: Ana\n    focus:\n      - ${v}\n`, (d) => ((d.interviewers as Array<Record<string, unknown>>)[0].focus as unknown[])[0]],
			[(v) => `interviewers:\n- ${v}\n`, (d) => (d.interviewers as unknown[])[0]],
		];
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(shapes.length - 1), (words, s) => {
				const raw = words.join(" ");
				const [write, read] = shapes[s];
				const yaml = write(raw);
				let data: Record<string, unknown>;
				try {
					data = yamlParse(yaml, { version: "1.2", schema: "core" }) as Record<string, unknown>;
				} catch {
					return;
				}
				const value = read(data);
				const at = raw.indexOf(" #");
				const cut = typeof value === "string" && at > 0 && raw.slice(at + 2).trim() !== "";
				const found = findCommentCuts(yaml);
				expect(found.length).toBe(cut ? 1 : 0);
				if (cut) expect(found[0].kept).toBe(value);
			}),
			{ numRuns: 400 },
		);
	});
});

describe("a cut value in an interview note", () => {
	const fm = { type: "interview", company: "Northpine", interview_start: "2026-11-23T09:00", interviewers: [{ name: "Carla", highlight: "took my 7-store district from" }] };
	const cut = { line: 15, key: "interviewers", field: "highlight", kept: "took my 7-store district from", comment: "#11 to #3" };

	it("is a warning at its line that the drafts repeat", () => {
		const { problems } = parseInterview({ file: "Interviews/N.md", frontmatter: fm, keyLines: { interviewers: 10 }, commentCuts: [cut] }, DEFAULT_SETTINGS, () => null);
		expect(problems).toEqual([{ file: "Interviews/N.md", severity: "warning", key: "interviewers", line: 15, message: commentCutMessage(cut), changesDrafts: true }]);
	});

	it("leaves out an attachment cut short, and says so, rather than attach half a name", () => {
		// Review 40's luthier: "- build log of the #3 archtop: https://…" is read as "build log of the".
		const yaml = "type: interview\ncompany: Harbor Guitars\ninterview_start: 2026-11-23T09:00\ninterviewers:\n  - name: Tom Avila\n    email: tom@harbor.example\n    attachments:\n      - build log of the #3 archtop: https://jordanrivera.example/archtop-3\n      - \"[[Setup sheet.pdf]]\"\n";
		const cuts = findCommentCuts(yaml);
		expect(cuts.map((c) => [c.field, c.kept])).toEqual([["attachments", "build log of the"]]);
		const { interview, problems } = parseInterview({ file: "Interviews/N.md", frontmatter: yamlParse(yaml), commentCuts: cuts }, DEFAULT_SETTINGS, () => null);
		expect(interview!.interviewers[0].attachments).toEqual(["[[Setup sheet.pdf]]"]);
		expect(problems.map((p) => p.message).join(" ")).toMatch(/so the drafts leave out "build log of the"/);
	});

	it("reaches the problems through the reader's raw note", () => {
		const verdict = readInterviewNote({ file: "Interviews/N.md", frontmatter: fm, commentCuts: [cut] }, DEFAULT_SETTINGS, () => null);
		expect(verdict.problems.map((p) => p.line)).toEqual([15]);
	});
});
