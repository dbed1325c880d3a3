// Reviews 61 and 62: a sign-off the letter already said, "that work" after the topic, and lines that claim what a
// note may deny.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Jordan Reyes" };
const COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent", "Wonka", "Stark", "Tyrell", "Riverbend", "Cascade", "Harbor View", "Cedar Row", "Northgate", "Puget Island"];
const ROLES = ["Engineer", "Nurse manager", "Midwife", "Welding inspector", "Concierge", "Teacher", "Chemist", "Deckhand"];

function thankYous(focus?: string, highlight?: string) {
	const out: { body: string; signOff: string }[] = [];
	for (const company of COMPANIES)
		for (const role of ROLES) {
			// The company and the role choose a letter's wording: 128 letters.
			const interview = anInterview().company(company).role(role).interviewer("Karen Oduya", { email: "karen@x.example", focus, highlight }).build();
			const d = buildDrafts(interview, "thank-you", { settings, now: local("2026-11-25T18:00") }).drafts[0];
			const lines = d.body.trimEnd().split("\n");
			const at = lines.findIndex((l) => /^(?:Best regards|With thanks|Kind regards|Best wishes|Many thanks),$/.test(l));
			out.push({ body: lines.slice(0, at).join("\n"), signOff: lines[at] ?? "" });
		}
	return out;
}
const sentences = (text: string) => (text.match(/[^.?!]+[.?!]/g) ?? []).map((s) => s.trim());

describe("a letter's last words (review 61)", () => {
	it("never signs off with words the letter opened with ('Many thanks for the time …' then 'Many thanks,')", () => {
		const letters = [...thankYous("the weaning protocol", "helped write the weaning protocol at Mercy"), ...thankYous(), ...thankYous("hiring")];
		const opened = letters.filter((l) => /many thanks/i.test(l.body));
		expect(opened.length).toBeGreaterThan(0);
		for (const l of opened) expect(l.signOff).not.toBe("Many thanks,");
		for (const l of letters.filter((x) => /with thanks/i.test(x.body))) expect(l.signOff).not.toBe("With thanks,");
	});
});

describe("'that work' stands for the user's work said just before it (review 62)", () => {
	it("never follows the topic's sentence", () => {
		const letters = thankYous("hiring and the on-call load", "built the billing rewrite at Brightline");
		const offered = letters.filter((l) => /that work/.test(l.body));
		expect(offered.length).toBeGreaterThan(0);
		for (const { body } of offered) {
			const all = sentences(body.replace(/\n+/g, " "));
			const i = all.findIndex((s) => /that work/.test(s));
			expect(all[i - 1], body).toMatch(/Brightline|billing rewrite/);
		}
	});
});

describe("plain lines claim nothing a note may deny (reviews 61, 62)", () => {
	it("says no conversation was enjoyed 'from start to finish', nor 'ideas for how I'd approach the work'", () => {
		const bodies = [...thankYous(), ...thankYous("transfer criteria")].map((l) => l.body).join("\n");
		expect(bodies).not.toMatch(/from start to finish|ideas for how I'd approach/);
		expect(bodies).not.toMatch(/continue the process/);
	});
});

describe("a topic with a clause of its own ends its sentence (review 61)", () => {
	it("never says 'to go over budgets that match the narrative with me'", () => {
		const bodies = thankYous("budgets that match the narrative").map((l) => l.body);
		expect(bodies.some((b) => /budgets that match the narrative/.test(b))).toBe(true);
		for (const b of bodies) expect(b).not.toMatch(/budgets that match the narrative with me/);
		for (const b of thankYous("how RTs communicate during rapid responses").map((l) => l.body)) expect(b).not.toMatch(/rapid responses with me/);
	});
});

describe("a card's last line presumes no letter from the reader (review 61)", () => {
	it("never 'I'd be glad to hear from you again' nor 'I'd welcome hearing from you again'", () => {
		const cards: string[] = [];
		for (const company of COMPANIES)
			for (const role of ROLES) {
				const interview = anInterview().company(company).role(role).interviewer("Tasha Kim", { email: "tasha@x.example", focus: "the night shift" }).build();
				cards.push(...buildDrafts(interview, "handwritten-note", { settings: { ...settings, enableHandwrittenNote: true }, now: local("2026-11-25T18:00") }).drafts.map((d) => d.body));
			}
		expect(cards.length).toBe(COMPANIES.length * ROLES.length);
		// Nor "I hope our paths cross again soon", a parting the day after an interview (review 67).
		expect(cards.some((c) => /I hope to speak with you again/.test(c))).toBe(true);
		for (const c of cards) expect(c).not.toMatch(/paths cross/);
		for (const c of cards) expect(c).not.toMatch(/hear(?:ing)? from you again/);
	});
});
