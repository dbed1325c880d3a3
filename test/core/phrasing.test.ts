import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	experienceOf,
	fitNote,
	noteItems,
	ownSentences,
	reportedClauses,
	reportedNextSteps,
	segmentsOf,
	sentence,
	titlePhrase,
	toSecondPerson,
	topicOf,
	trimTrailing,
} from "../../src/core/phrasing";

const names = ["Acme Robotics", "Dana Whitfield", "Jordan Rivera"];

/** What a focus gives a letter: the topic for "about ...", and what they said, told back to them. */
function focus(text: string) {
	const note = fitNote(text, { secondPerson: true, names, reader: ["Dana Whitfield", "Dana"] });
	return { topic: topicOf(note), start: topicOf(note, { atStart: true }), said: reportedClauses(note), own: ownSentences(note), leftOut: note.leftOut };
}

describe("a focus, as people type it", () => {
	// [note, topic for the middle of a sentence, what they said told back in the second person]
	const cases: [string, string | null, string[]][] = [
		["Keeping arm calibration inside ±0.05 mm as the fleet grows from 40 to 400 robots", "keeping arm calibration inside ±0.05 mm as the fleet grows from 40 to 400 robots", []],
		["Cost. Their cloud bill grew 40% this year with flat traffic", "cost", ["your cloud bill grew 40% this year with flat traffic"]],
		["Power budget on the new sensor board; they keep blowing it in standby", "the power budget on the new sensor board", ["you keep blowing it in standby"]],
		["Their incident reviews keep blaming people", null, ["your incident reviews keep blaming people"]],
		["CI that takes 50 minutes on every pull request", "CI that takes 50 minutes on every pull request", []],
		["GPU jobs sitting in the queue for hours while other nodes idle", "GPU jobs sitting in the queue for hours while other nodes idle", []],
		["Getting Kubernetes upgrades from a quarterly fire drill to something boring", "getting Kubernetes upgrades from a quarterly fire drill to something boring", []],
		["Data quality checks that analysts can read and write themselves", "data quality checks that analysts can read and write themselves", []],
		["Reduce pager noise", "how to reduce pager noise", []],
		["Migrate off Oracle by Q2", "how to migrate off Oracle by Q2", []],
		["Keep costs flat while traffic doubles", "how to keep costs flat while traffic doubles", []],
		["- Latency\n- Cost\n- On-call load", "latency, cost and the on-call load", []],
		["**Payments API** latency at peak — p99 is 2s", "payments API latency at peak", ["p99 is 2s"]],
		["k8s upgrades are a fire drill every quarter", null, ["k8s upgrades are a fire drill every quarter"]],
		["their postgres migration keeps slipping. they're on 9.6 still", null, ["your postgres migration keeps slipping", "you're on 9.6 still"]],
		["Hiring: they need a second senior by Q2", "hiring", ["you need a second senior by Q2"]],
		["# Hiring\nneeds someone to own the _billing_ service end to end", "hiring", ["your team needs someone to own the billing service end to end"]],
		["Test coverage on the [[Payments API|payments API]]", "the test coverage on the payments API", []],
		["Build times", "build times", []],
		["build times on the monorepo", "build times on the monorepo", []],
		["on-call load", "the on-call load", []],
		["Latency", "latency", []],
		["Kubernetes upgrades", "Kubernetes upgrades", []],
		["SQL performance on the reporting replica", "SQL performance on the reporting replica", []],
		["Model monitoring in prod: drift goes unnoticed for weeks", "model monitoring in prod", ["drift goes unnoticed for weeks"]],
		["we talked about GPU scheduling a lot", "GPU scheduling", []],
		["Discussed onboarding for new hires", "onboarding for new hires", []],
		["Stakeholders who want a number, not a distribution", "stakeholders who want a number, not a distribution", []],
		["A/B tests that stop early", "A/B tests that stop early", []],
		["Hiring plan for Q3", "the hiring plan for Q3", []],
		["Research ops. They run 3 studies a month with one researcher.", "research ops", ["you run 3 studies a month with one researcher"]],
		["Accessibility audits", "accessibility audits", []],
		["Reproducing last quarter's training runs", "reproducing last quarter's training runs", []],
		["Shipping firmware and config to robots on flaky warehouse Wi-Fi without bricking any", "shipping firmware and config to robots on flaky warehouse Wi-Fi without bricking any", []],
		["Moved to Kubernetes last year, and upgrades still hurt", null, []],
		["Design system adoption across 4 product teams", "the design system adoption across 4 product teams", []],
		["1. Latency\n2. Cost", "latency and cost", []],
		["==Release cadence==", "release cadence", []],
		["`terraform` drift between environments", "the terraform drift between environments", []],
		["Acme Robotics' fleet growth", "Acme Robotics' fleet growth", []],
		["Dana wants fewer pages at night", null, ["you want fewer pages at night"]],
		["why we're hiring: the SRE team is 2 people for 40 services", "why we're hiring", ["the SRE team is 2 people for 40 services"]],
		["Observability. Logs, metrics and traces live in three tools", "observability", ["logs, metrics and traces live in three tools"]],
	];
	it.each(cases)("%j", (text, topic, said) => {
		const got = focus(text);
		expect(got.topic).toBe(topic);
		if (said.length > 0 || topic !== null) expect(got.said).toEqual(said);
	});

	it("keeps a note whose first word may be a name for the start of a sentence, as written", () => {
		const got = focus("Bootloader safety when an update is interrupted");
		expect(got.topic).toBeNull();
		expect(got.start).toBe("Bootloader safety when an update is interrupted");
		expect(focus("Brightline's OTA backlog").start).toBe("Brightline's OTA backlog");
	});

	it("leaves out a number alone, and says so", () => {
		expect(focus("60")).toMatchObject({ topic: null, said: [], leftOut: ["60"] });
		expect(focus("40%").leftOut).toEqual(["40%"]);
		expect(focus("CI").topic).toBe("CI");
	});

	it("keeps a clause about the user and the interviewer together as a sentence of its own", () => {
		expect(focus("We both think the on-call rota is too thin").own).toEqual(["We both think the on-call rota is too thin."]);
	});
});

describe("a highlight, as people type it", () => {
	// [note, as a sentence of the user's, as a noun phrase after "of"]
	const cases: [string, string | null, string | null][] = [
		["Built the checker", "I built the checker.", "the time I built the checker"],
		["built the checker", "I built the checker.", "the time I built the checker"],
		["Led the staged over-the-air rollout to 12,000 Brightline vehicles", "I led the staged over-the-air rollout to 12,000 Brightline vehicles.", "the time I led the staged over-the-air rollout to 12,000 Brightline vehicles"],
		["Embedded Linux port at Brightline", null, "my embedded Linux port at Brightline"],
		["Automated test rig", null, "my automated test rig"],
		["Automated test rig that runs every PR against real hardware", null, "my automated test rig that runs every PR against real hardware"],
		["Unified logging across 12 services", null, "my work on unified logging across 12 services"],
		["Automated the release checks", "I automated the release checks.", "the time I automated the release checks"],
		["Unified three logging stacks into one", "I unified three logging stacks into one.", "the time I unified three logging stacks into one"],
		["Distributed tracing rollout", null, "my distributed tracing rollout"],
		["Integrated Brightline's billing with Stripe", "I integrated Brightline's billing with Stripe.", "the time I integrated Brightline's billing with Stripe"],
		["Managed services migration", null, "my managed services migration"],
		["Moved Brightline's billing jobs from a nightly batch to a streaming pipeline", "I moved Brightline's billing jobs from a nightly batch to a streaming pipeline.", "the time I moved Brightline's billing jobs from a nightly batch to a streaming pipeline"],
		["Cut Brightline's CI from 38 to 9 minutes with test sharding", "I cut Brightline's CI from 38 to 9 minutes with test sharding.", "the time I cut Brightline's CI from 38 to 9 minutes with test sharding"],
		["The tolerance stack-up checker I built at Brightline", null, "the tolerance stack-up checker I built at Brightline"],
		["The plain-SQL test suite our analysts now add to on their own", null, "the plain-SQL test suite our analysts now add to on their own"],
		["Pinning data snapshots and images per run so any model can be rebuilt", null, "my experience pinning data snapshots and images per run so any model can be rebuilt"],
		["Set up the on-call rotation", "I set up the on-call rotation.", "the time I set up the on-call rotation"],
		["Set of dashboards for ops", null, "my set of dashboards for ops"],
		["We cut compute spend 28%", "We cut compute spend 28%.", null],
		["i cut training time 3x with mixed precision", "I cut training time 3x with mixed precision.", null],
		["Kafka migration at Brightline", null, "my Kafka migration at Brightline"],
		["drift dashboards for 40 models at Brightline", null, "my work on drift dashboards for 40 models at Brightline"],
		["Sequential testing framework adopted by 6 teams", null, "my sequential testing framework adopted by 6 teams"],
		["Taught SQL to 30 product managers", "I taught SQL to 30 product managers.", "the time I taught SQL to 30 product managers"],
		["Redesigned the onboarding flow; activation went from 31% to 44%", "I redesigned the onboarding flow. Activation went from 31% to 44%.", "the time I redesigned the onboarding flow"],
		["Scheduled jobs cleanup", null, "my scheduled jobs cleanup"],
		["**Rewrote** the [[Billing rewrite|billing service]] in Go", "I rewrote the billing service in Go.", "the time I rewrote the billing service in Go"],
	];
	it.each(cases)("%j", (text, statement, reference) => {
		const got = experienceOf(text, { names });
		if (statement !== null) expect(got.statement).toBe(statement);
		else expect(got.statement).toBeNull();
		expect(got.reference).toBe(reference);
	});

	it("keeps what follows the first piece as sentences of their own, with the statement or after the phrase", () => {
		expect(experienceOf("Redesigned the onboarding flow; activation went from 31% to 44%").more).toEqual([]);
		expect(experienceOf("The onboarding redesign; activation went from 31% to 44%").more).toEqual(["Activation went from 31% to 44%."]);
	});

	it("keeps 'our analysts' the user's: a highlight is never turned to the reader", () => {
		expect(experienceOf("The test suite our analysts now add to on their own").reference).toContain("our analysts now add to on their own");
		expect(experienceOf("My team consolidated them into Grafana").statement).toBe("My team consolidated them into Grafana.");
	});

	it("leaves a number alone out", () => {
		expect(experienceOf("60")).toMatchObject({ statement: null, reference: null, leftOut: ["60"] });
	});
});

describe("what they told you about next steps", () => {
	it("reports it to the person who said it, a tense back", () => {
		expect(reportedNextSteps("Hannah will let me know early in the week of the 16th", { names: ["Hannah Brooks", "Hannah"] }).clauses).toEqual([
			"you would let me know early in the week of the 16th",
		]);
		expect(reportedNextSteps("They'll decide by Friday", { names: [] }).clauses).toEqual(["you would decide by Friday"]);
		expect(reportedNextSteps("Decision early next week", { names: [] }).topic).toBe("the decision early next week");
		expect(reportedNextSteps("Miles will email by Thursday; then a call with the VP", { names: ["Miles Dyson", "Miles"] }).clauses).toEqual(["you would email by Thursday"]);
		expect(reportedNextSteps("Lena to send a take-home by Monday", { names: ["Dr. Lena Okafor", "Dr. Okafor", "Lena"] }).clauses).toEqual(["you would send a take-home by Monday"]);
		expect(reportedNextSteps("recruiter to call Friday", { names: [] }).clauses).toEqual(["the recruiter would call Friday"]);
		expect(reportedNextSteps("Hiring manager will call by Friday", { names: [] }).clauses).toEqual(["the hiring manager would call by Friday"]);
	});
});

describe("plain text from markdown", () => {
	it("drops marks, keeps link text and addresses", () => {
		expect(noteItems("**bold** and _it_ and ~~old~~ and ==mark== and `code`")).toEqual(["bold and it and old and mark and code"]);
		expect(noteItems("see [[Designs/Stack-up|the stack-up]] and [the deck](https://x.example/deck)")).toEqual(["see the stack-up and the deck (https://x.example/deck)"]);
		expect(noteItems("[https://x.example](https://x.example) and <https://y.example>")).toEqual(["https://x.example and https://y.example"]);
		expect(noteItems("# Hiring\nneeds a lead")).toEqual(["Hiring", "needs a lead"]);
		expect(noteItems("- one\n- two\n  continued")).toEqual(["one", "two continued"]);
		expect(noteItems("snake_case_name stays, 2*3 stays")).toEqual(["snake_case_name stays, 2*3 stays"]);
		expect(noteItems("> quoted %%private%% text")).toEqual(["quoted text"]);
	});

	it("cuts sentences at their marks but not at abbreviations or decimals", () => {
		expect(segmentsOf("Cost. Their bill grew 40%")).toEqual(["Cost", "Their bill grew 40%"]);
		expect(segmentsOf("e.g. the 2.5 mA budget vs. 11 mA")).toEqual(["e.g. the 2.5 mA budget vs. 11 mA"]);
		expect(segmentsOf("from 40 - 400 robots")).toEqual(["from 40 - 400 robots"]);
		expect(segmentsOf("Latency - they care a lot")).toEqual(["Latency", "they care a lot"]);
	});

	it("turns the reader's team to 'you', not the people the note talks about", () => {
		expect(toSecondPerson("their cloud bill grew")).toBe("your cloud bill grew");
		expect(toSecondPerson("They're on 9.6 still")).toBe("You're on 9.6 still");
		expect(toSecondPerson("analysts can't read their own checks")).toBe("analysts can't read their own checks");
		expect(toSecondPerson("checks they write themselves")).toBe("checks they write themselves");
		expect(toSecondPerson("Cost, and their bill grew")).toBe("Cost, and your bill grew");
	});

	it("titles of attachments", () => {
		expect(titlePhrase("tolerance stack-up")).toBe("the tolerance stack-up");
		expect(titlePhrase("Tolerance stack-up")).toBe("the tolerance stack-up");
		expect(titlePhrase("Brightline launch")).toBeNull();
		expect(titlePhrase("Design review")).toBe("the design review");
	});
});

// ---------------------------------------------------------------- properties

/** Fragments of the notes people write, to build many more from. */
const FRAGMENTS = [
	"Latency", "latency", "Kubernetes", "CI", "SQL", "their cloud bill grew 40%", "they keep blowing it", "Cost.", "on-call load", "**bold**", "_x_", "# Heading", "[[Note|Text]]",
	"[docs](https://x.example)", "60", "40%", "Led the rollout", "Embedded Linux port", "Automated test rig", "Unified logging", "we talked about SSO", "- item", "1. first", ";", ":", "—", ".", "..",
	"!!", "??", ",", "Brightline's", "e.g.", "the", "a", "and", "\n", "  ", "Reduce pager noise", "I built it", "Power budget", "p99 is 2s", "==mark==", "`code`", "~~old~~", "*", "__", "#",
];
const note = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

/** Every way a letter uses a note: in the middle of a sentence, as sentences, as the user's experience. */
function usesOf(text: string): { mid: string[]; sentences: string[] } {
	const fitted = fitNote(text, { secondPerson: true, names });
	const exp = experienceOf(text, { names });
	const mid = [topicOf(fitted), ...reportedClauses(fitted), exp.reference].filter((t): t is string => t !== null);
	const sentences = [topicOf(fitted, { atStart: true }), ...ownSentences(fitted), exp.statement, ...exp.more].filter((t): t is string => t !== null);
	return { mid, sentences };
}

describe("whatever the note, the sentences it gives", () => {
	it("carry no markdown, no doubled punctuation and no empty sentence", () => {
		fc.assert(
			fc.property(note, (text) => {
				const { mid, sentences } = usesOf(text);
				for (const out of [...mid, ...sentences]) {
					expect(out.trim()).not.toBe("");
					expect(out).not.toMatch(/\*\*|__|~~|==|`|\[\[|\]\]|(^|\s)#+(\s|$)|(^|\s)[*_]\S|\S[*_](\s|$)/);
					expect(out).not.toMatch(/[.,;:!?]\s*[.,;:!?]/);
					expect(out).toMatch(/[\p{L}\p{N}]/u);
				}
				for (const s of sentences) {
					expect(s).toMatch(/^\P{Ll}/u);
					expect(s).toMatch(/[.!?…A-Za-z0-9%)'"]$/);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("never put a capital after a lower-case word where they are inserted, unless the word is a name or an acronym", () => {
		// Words the phrasing knows are never names; anything else may keep its capital.
		const ordinary = new Set(["latency", "cost", "on-call", "reduce", "power", "embedded", "automated", "unified", "the", "a", "led", "first", "old", "their", "your"]);
		fc.assert(
			fc.property(note, (text) => {
				for (const phrase of usesOf(text).mid) {
					const sentenceText = `We spoke about ${phrase}.`;
					const first = /^about (\S+)/.exec(sentenceText.slice(9))?.[1].replace(/[^\p{L}\d-]/gu, "") ?? "";
					if (ordinary.has(first.toLowerCase())) expect(first, sentenceText).toBe(first.toLowerCase());
				}
			}),
			{ numRuns: 300 },
		);
	});

	it("ends a sentence with one mark", () => {
		expect(sentence("done.")).toBe("Done.");
		expect(sentence("why?")).toBe("Why?");
		expect(sentence("list;  ")).toBe("List.");
		expect(sentence("it's 40%")).toBe("It's 40%.");
	});

	it("trims trailing marks in linear time", () => {
		const run = "a" + " ;".repeat(20_000) + "b";
		expect(trimTrailing(run, " ;")).toBe(run);
		expect(trimTrailing("x" + " ;".repeat(20_000), " ;")).toBe("x");
	});
});

describe("linear time on hostile notes", () => {
	// At 1x and 4x of 30,000 characters a quadratic reading would take minutes and time the test out;
	// a linear one takes milliseconds. The outputs are checked so that the work cannot be skipped.
	const units = ["[", "[[", "](", "[x](", "*", "**a", "_", "`", ". ", ";", " ;x", "they ", "Automated ", "%%", "<a", "a, see ", "# ", "- "];
	it.each(units)("%j", (unit) => {
		for (const size of [30_000, 120_000]) {
			const text = unit.repeat(Math.ceil(size / unit.length));
			const fitted = fitNote(text, { secondPerson: true, names });
			expect(fitted.pieces.length + fitted.leftOut.length).toBeGreaterThanOrEqual(0);
			for (const piece of fitted.pieces) expect(piece.text).not.toMatch(/\*\*|`/);
			experienceOf(text, { names });
			topicOf(fitted);
		}
	});
});
