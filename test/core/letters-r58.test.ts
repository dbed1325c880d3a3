// What reviews 57 and 58 found in the letters: the general letter padded to a form, and time presumed on the day.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Okafor" };
const at = (now: string) => ({ settings, now: local(now) });
const COMPANIES = ["Goldleaf Studio Weddings", "Acme", "Globex", "Initech", "Hooli", "Umbrella", "Wonka", "Maple Vets"];
const ROLES = ["associate photographer", "practice manager", "line cook"];

/** The body's first paragraph after the greeting. */
const firstParagraph = (body: string): string => body.split("\n\n")[1];
const sentences = (text: string): string[] => text.match(/[^.?!]+[.?!]/g) ?? [];

describe("the general letter (review 58)", () => {
	const general = (company: string, role: string, extra: { title?: string } = {}) =>
		anInterview()
			.company(company)
			.role(role)
			.at("2026-12-01T09:00", "2026-12-01T10:00")
			.interviewer("Dev Patel", { email: "dev@x.example", ...extra })
			.interviewer("Hannah Cho", { email: "h@x.example", ...extra })
			.build();

	const words = (body: string): number => body.split("\n\n").slice(1, -1).join(" ").split(/\s+/).length;

	it("says only as many plain lines as the length needs (SPEC §3: 60 to 170 words), on the reviewer's two interviewers", () => {
		for (const company of COMPANIES) {
			for (const role of ROLES) {
				const bodies = buildDrafts(general(company, role), "thank-you", at("2026-12-01T18:00")).drafts.map((d) => d.body);
				expect(bodies).toHaveLength(2);
				for (const body of bodies) {
					// The thanks, the plain lines, and the offer: no more than the length asks for.
					expect(sentences(firstParagraph(body)).length, body).toBeLessThanOrEqual(6);
					expect(words(body), body).toBeGreaterThanOrEqual(58);
					expect(words(body), body).toBeLessThanOrEqual(90);
					// Still thanks for the meeting with the day, interest in the role, and a closing.
					expect(sentences(firstParagraph(body))[0], body).toMatch(/\btoday\b/);
					expect(firstParagraph(body), body).toMatch(/thank|appreciat|grateful/i);
					expect(body, body).toContain(`${role} role at ${company}`);
				}
				// Two letters to two people on the same interview still differ.
				expect(firstParagraph(bodies[0])).not.toBe(firstParagraph(bodies[1]));
			}
		}
	});

	it("does the same when the interviewers have a title and nothing more", () => {
		for (const company of COMPANIES) {
			const bodies = buildDrafts(general(company, "practice manager", { title: "Studio Owner" }), "thank-you", at("2026-12-02T09:00")).drafts.map((d) => d.body);
			for (const body of bodies) expect(sentences(firstParagraph(body)).length, body).toBeLessThanOrEqual(6);
			expect(firstParagraph(bodies[0])).not.toBe(firstParagraph(bodies[1]));
		}
	});

	it("never says a line the reviewers delete from every general letter", () => {
		const cut = /fuller view of the position|your take on the position|responsibilities of the job|kind I've been hoping to find|questions you asked were ones|ask my own questions|take my application further|very much like to be considered further/;
		for (const company of COMPANIES) {
			for (const role of ROLES) {
				for (const body of buildDrafts(general(company, role), "thank-you", at("2026-12-01T18:00")).drafts.map((d) => d.body)) expect(body).not.toMatch(cut);
			}
		}
	});
});

describe("a thank-you drafted on the interview day (review 58)", () => {
	const AFTER_A_WHILE = /since we (?:met|spoke)|kept thinking|stayed with me|come back to/i;
	const NAMES = ["Linda Choi", "Raj Patel", "Ana Ruiz", "Sam Lee", "Li Wei", "Marcus Oyelaran", "Kim Doe", "Ola Berg"];
	const letters = (now: string, focus?: string) => {
		const out: string[] = [];
		for (const company of COMPANIES) {
			for (const name of NAMES) {
				const b = anInterview().company(company).role("associate photographer").at("2026-12-04T09:00", "2026-12-04T10:00");
				b.interviewer(name, { email: "p@x.example", ...(focus !== undefined ? { focus } : {}) });
				out.push(...buildDrafts(b.build(), "thank-you", at(now)).drafts.map((d) => d.body));
			}
		}
		return out;
	};

	it("presumes no time has passed: not 'has only grown since we met', on the reviewer's wedding studio", () => {
		const studio = anInterview()
			.file("Interviews/wedding-photographer.md")
			.company("Goldleaf Studio Weddings")
			.role("associate photographer (2nd shooter -> lead)")
			.at("2026-12-04T11:00", "2026-12-04T11:45")
			.with({ format: "video" })
			.interviewer("Camille Duarte", { email: "camille@goldleafstudio-example.com" })
			.interviewer("Jordan Pike", { email: "jordan@goldleafstudio-example.com" })
			.primaryContact("Camille Duarte", "camille@goldleafstudio-example.com")
			.nextSteps("camille sending a sample gallery to edit (test edit) by mon, due back in 1 wk")
			.build();
		const bodies = buildDrafts(studio, "thank-you", at("2026-12-04T13:00")).drafts.map((d) => d.body);
		expect(bodies).toHaveLength(2);
		for (const body of bodies) expect(body).not.toMatch(AFTER_A_WHILE);
		for (const body of letters("2026-12-04T18:00")) expect(body).not.toMatch(AFTER_A_WHILE);
	});

	it("nor 'I've kept thinking about' or 'since we spoke' of a topic", () => {
		for (const focus of ["second-shooter workflow", "how I would handle a late bride", "what editing software I use?"]) {
			for (const body of letters("2026-12-04T18:00", focus)) expect(body).not.toMatch(AFTER_A_WHILE);
		}
	});

	it("nor the next day, when only 'has only grown since we met' may say so (reviews 77-80 cut the rest)", () => {
		const later = [...letters("2026-12-05T10:00"), ...letters("2026-12-05T10:00", "second-shooter workflow")];
		expect(later.filter((body) => AFTER_A_WHILE.test(body)).every((body) => /has only grown since we met/.test(body))).toBe(true);
	});
});

describe("a close-out names the employer once (review 58)", () => {
	const NAMES = ["Ray Whitfield", "Ana Ruiz", "Sam Lee", "Li Wei", "Ola Berg", "Kim Doe", "Raj Patel", "Jo March"];
	const forest = (name: string, company = "Deschutes Natl Forest - Sisters RD") =>
		anInterview()
			.company(company)
			.role("Hotshot crewmember (GS-5)")
			.at("2026-12-03T10:00", "2026-12-03T11:15")
			.interviewer(name, { email: "rw@usda-example.gov", title: "Captain" })
			.primaryContact(name, "rw@usda-example.gov")
			.record("thankYouSent", "2026-12-03T15:00");
	const times = (body: string, words: string): number => body.split(words).length - 1;

	it("says 'future roles with your team' after the role at the forest, on the reviewer's ranger district", () => {
		for (const name of NAMES) {
			const bodies = [
				buildDrafts(forest(name).record("checkInSent", "2026-12-04T09:00").build(), "close-out", at("2026-12-04T10:00")).drafts[0].body,
				buildDrafts(forest(name).build(), "close-out", at("2026-12-11T10:00")).drafts[0].body,
			];
			for (const body of bodies) {
				expect(body, body).toMatch(/future (?:roles|openings) with your team\./);
				expect(times(body, "Sisters RD"), body).toBe(1);
			}
		}
	});

	it("does the same after a rejection, and for another employer", () => {
		for (const name of NAMES) {
			for (const company of ["Deschutes Natl Forest - Sisters RD", "Pawsitive Stays Boarding & Daycare", "Initrode"]) {
				const body = buildDrafts(forest(name, company).status("rejected").build(), "close-out", at("2026-12-08T10:00")).drafts[0].body;
				expect(body, body).toMatch(/future (?:roles|openings) with your team\./);
				expect(times(body, company.replace("Natl", "National")), body).toBe(1);
			}
		}
	});
});
