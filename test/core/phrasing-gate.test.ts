// The last check on what a focus or highlight is fitted into: a phrase that does not read cleanly is left out,
// and the user told, rather than sent broken.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Vault } from "../../src/cli/vault";
import { experienceOf, focusTopic, phraseFault } from "../../src/core/phrasing";

describe("phraseFault", () => {
	it.each([
		// 1. a topic ends on a word no noun phrase ends on
		["the elections desk still", "their elections desk still keys in county results by hand"],
		["outgoing loans going out", "outgoing loans going out w/o condition reports"],
		["the backlog again", "the backlog again"],
		["the handoff quickly", "the handoff quickly"],
		["the rollout of", "the rollout of"],
		// 2. a determiner with no noun after it
		["the at her site", "60-day eval timeline keeps slipping at her site"],
		// 3. a unit whose number was cut
		["bid turnaround days", "bid turnaround 5 days -> 2"],
		// 4. a clause, a verbless fragment with a predicate adverb, a lack
		["deicing queue backs up to more than 45 min on bad days", "deicing queue backs up to 45+ min on bad days"],
		["the rehearsal reports out same night", "rehearsal reports out same night"],
		["no formal sensory program", "no formal sensory prgm"],
		// 5. shorthand left unread
		["perio maintenance pts falling through the cracks", "perio maintenance pts falling through the cracks"],
		["the can line -> 300ppb", "can line -> 300ppb"],
		["SCC w/ the co-op", "SCC w/ the co-op"],
		["~40 tasters", "~40 tasters"],
	])("refuses the topic %j", (phrase, source) => {
		expect(phraseFault(phrase, "topic", source)).not.toBeNull();
	});

	it.each([
		["I hit rate from 22% to 31% at Northstar Mech.", "hit rate 22% -> 31% at Northstar Mech"],
		["I chart while pt rinses.", "I chart while pt rinses"],
		["I built a sensory panel, which dumped barrels -15%.", "built sensory panel -> dumped bbls -15%"],
		["I also worked on the SIDA badge and airfield driving certification still current.", "SIDA badge + airfield driving cert still current"],
		["I enjoyed my work on the dentrix and Eaglesoft.", "Dentrix + Eaglesoft"],
	])("refuses the sentence %j", (phrase, source) => {
		expect(phraseFault(phrase, "sentence", source)).not.toBeNull();
	});

	it.each([
		["the power budget on the new sensor board", "thing"],
		["how to keep costs down", "activity"],
		["the time I turned the store around", "thing"],
		["keeping costs down", "activity"],
		["my work on algebra II and trigonometry at community college, with an A in both", "thing"],
		["the CAN bus load at more than 80% on the HV bus", "thing"],
		["my CompTIA Security+ certification", "thing"],
		["how I closed out 7 audit findings in 90 days", "thing"],
		["the rhythm of the week in the gym", "thing"],
		["saving 6.2 kg on the bracket", "activity"],
		["the sick days policy", "thing"],
	] as const)("lets %j stand", (phrase, kind) => {
		expect(phraseFault(phrase, "topic", phrase, kind)).toBeNull();
	});
});

describe("a focus or highlight that does not read cleanly is left out", () => {
	it.each([
		"their elections desk still keys in county results by hand on election night",
		"bid turnaround 5 days -> 2 so they stop losing the school district jobs",
		"rehearsal reports out same night, Jess (company mgr) gets them at 11pm now",
		"TPO creep on can line, 150→300ppb since new seamer; no formal sensory prgm",
		"[perio maintenance pts falling through the cracks, wants more SRP scheduled, not just prophys]",
	])("focus %j", (focus) => {
		const read = focusTopic(focus);
		if (read.topic === null) expect(read.leftOut.join("; ")).toContain(focus.replace(/^\[|\]$/g, "").slice(0, 20));
		else {
			expect(phraseFault(read.topic.text, "topic", focus, read.topic.kind)).toBeNull();
			expect(read.topic.text).not.toMatch(/\bstill$|\bdays\b|\bout same\b|\bprgm\b|\bpts\b/);
		}
	});

	it("reads a measure joined to its unit as part of the noun phrase, never losing the head", () => {
		expect(focusTopic("60-day eval timeline keeps slipping at her site").topic?.text).toBe("the 60-day evaluation timeline");
	});

	it("keeps a card's short form only where it reads cleanly", () => {
		const read = focusTopic("outgoing loans going out w/o condition reports (3 this year!)");
		expect(read.topic?.text).toBe("outgoing loans going out without condition reports");
		expect(read.topic?.short).toBeNull();
	});

	it.each([
		["hit rate 22% -> 31% at Northstar Mech", /\bI (?:also )?hit rate\b/],
		["built sensory panel @ Copperline (12 tasters, DOT trng) → dumped bbls -15%", /which dumped|bbls|-15%/],
		["Dentrix + Eaglesoft, I chart while pt rinses", /\bdentrix\b|\bpt\b/],
	])("highlight %j", (highlight, wrong) => {
		const read = experienceOf(highlight);
		for (const phrase of [read.statement, read.statementMid, read.reference, read.short, ...read.more]) expect(phrase ?? "").not.toMatch(wrong);
		expect(read.leftOut.length).toBeGreaterThan(0);
	});

	it("gives a bare count noun after the user's verb its article", () => {
		expect(experienceOf("managed docket of ~1,100 cases at Brandt IP").statement).toBe("I managed a docket of about 1,100 cases at Brandt IP.");
		expect(experienceOf("built sensory panel at Copperline").statement).toBe("I built a sensory panel at Copperline.");
		// A mass noun takes none: "led outreach for the study".
		expect(experienceOf("led outreach for the Oakdale study").statement).toBe("I led outreach for the Oakdale study.");
	});

	it("names a card's work as a gerund, not one past episode", () => {
		expect(experienceOf("ran the 400-cover dessert station at Harbor House").short).toBe("running the 400-cover dessert station at Harbor House");
		expect(experienceOf("Built the live results scraper at the Tribune").short).toBe("building the live results scraper at the Tribune");
	});
});

// Every note the project keeps: the example vault and the test fixtures.
const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const FOLDERS = ["example-vault", "test/fixtures/review-notes", "test/fixtures/new-notes", "test/fixtures/review-probes"];

function notes(): { file: string; focus?: string; highlight?: string }[] {
	const out: { file: string; focus?: string; highlight?: string }[] = [];
	for (const folder of FOLDERS) {
		const vault = Vault.open(path.join(ROOT, folder), process.cwd(), { env: { INTERVIEW_FOLLOW_UP_CACHE: "0" } });
		for (const interview of vault.readInterviews(Date.now()).interviews) {
			for (const person of interview.interviewers) out.push({ file: `${interview.file} (${person.name})`, focus: person.focus, highlight: person.highlight });
		}
	}
	return out;
}

/** Rules 1, 3 and 5, said again without the gate's word lists: a last word, a lone unit, shorthand. */
function plainFaults(phrase: string, source: string, topic: boolean): string[] {
	const faults: string[] = [];
	if (/->|→|=>|@|~|(?:^|\s)w\/|(?:^|\s)\+(?:\s|$)/.test(phrase)) faults.push("mark");
	for (const token of phrase.split(/[\s/()-]+/).map((t) => t.replace(/[^A-Za-z]/g, ""))) {
		if (/^[a-z]{2,}$/.test(token) && !/[aeiouy]/.test(token) && !/^(?:kg|km|mm|cm|ms|mg|ml|dbt|psql|npm|ssh|css|sql)$/.test(token)) faults.push(`shorthand ${token}`);
	}
	if (topic) {
		const last = phrase.replace(/ \([^()]*\)$/, "").replace(/[.,;:]+$/, "").split(" ").pop() ?? "";
		if (/^(?:still|also|just|now|again|anymore|the|a|an|of|at|for|with|and|or|but|is|are|was|were)$/.test(last)) faults.push(`ends on ${last}`);
		const lone = /(?:^|\s)(?!\d)(\S+) (days|hours|weeks|months|years)\b/.exec(phrase);
		if (lone && !/^(?:the|a|few|several|many|same|\d.*|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(lone[1]) && new RegExp(String.raw`\d ${lone[2]}`).test(source)) faults.push(`lone ${lone[2]}`);
	}
	return faults;
}

describe("every note's fitted phrases read cleanly", () => {
	const all = notes();

	it("reads notes from every folder", () => {
		expect(all.filter((n) => n.focus).length).toBeGreaterThan(20);
		expect(all.filter((n) => n.highlight).length).toBeGreaterThan(20);
	});

	it("breaks none of the rules on a topic's last word, a lone unit or shorthand", () => {
		const broken: string[] = [];
		for (const note of all) {
			const topic = focusTopic(note.focus).topic;
			for (const phrase of topic ? [topic.text, topic.short] : []) {
				if (phrase === null) continue;
				const as = topic?.kind === "question" ? "sentence" : "topic";
				const fault = phraseFault(phrase, as, note.focus, topic?.kind);
				const plain = plainFaults(phrase, note.focus ?? "", as === "topic");
				if (fault !== null || plain.length > 0) broken.push(`${note.file}: focus "${phrase}": ${fault ?? plain.join(", ")}`);
			}
			const experience = experienceOf(note.highlight);
			for (const phrase of [experience.statement, experience.statementMid, ...experience.more]) {
				if (phrase === null) continue;
				const fault = phraseFault(phrase, "sentence", note.highlight);
				const plain = plainFaults(phrase, note.highlight ?? "", false);
				if (fault !== null || plain.length > 0) broken.push(`${note.file}: highlight "${phrase}": ${fault ?? plain.join(", ")}`);
			}
			for (const phrase of [experience.reference, experience.short]) {
				if (phrase === null) continue;
				const fault = phraseFault(phrase, "topic", note.highlight);
				const plain = plainFaults(phrase, note.highlight ?? "", true);
				if (fault !== null || plain.length > 0) broken.push(`${note.file}: highlight "${phrase}": ${fault ?? plain.join(", ")}`);
			}
		}
		expect(broken).toEqual([]);
	});
});
