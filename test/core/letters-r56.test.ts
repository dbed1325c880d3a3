// What review 56 found in the product's own lines, each on the reviewer's input and a variant.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Okafor" };
const at = (now: string) => ({ settings, now: local(now) });

describe("a close-out drafted days after the interview (review 56)", () => {
	const hotshots = (seedName: string) =>
		anInterview()
			.company("Deschutes National Forest - Redmond Hotshots")
			.role("Hotshot Crew Member")
			.at("2026-12-01T09:00", "2026-12-01T10:00")
			.interviewer(seedName, { email: "supt@fs.example" })
			.primaryContact(seedName, "supt@fs.example")
			.decisionExpected("2026-12-28")
			.record("thankYouSent", "2026-12-01T15:00");
	const NAMES = ["Kyle Brandt", "Ana Ruiz", "Sam Lee", "Li Wei", "Ola Berg", "Kim Doe", "Raj Patel", "Jo March"];

	it("holds out no door to other openings one to three days after it, with no check-in sent", () => {
		for (const name of NAMES) {
			for (const day of ["2026-12-02T10:00", "2026-12-04T10:00"]) {
				const body = buildDrafts(hotshots(name).build(), "close-out", at(day)).drafts[0].body;
				expect(body, `${name} ${day}`).not.toMatch(/goes another way|future roles|whatever happens/i);
				expect(body, `${name} ${day}`).toMatch(/I remain very interested/);
			}
		}
	});

	it("holds it out once the wait is long: a week on, after a check-in, or after the decision day", () => {
		for (const name of NAMES) {
			expect(buildDrafts(hotshots(name).build(), "close-out", at("2026-12-09T10:00")).drafts[0].body, name).toMatch(/future roles/);
			expect(buildDrafts(hotshots(name).record("checkInSent", "2026-12-03T10:00").build(), "close-out", at("2026-12-04T10:00")).drafts[0].body, name).toMatch(/goes another way/);
			expect(buildDrafts(hotshots(name).decisionExpected("2026-12-02").build(), "close-out", at("2026-12-04T10:00")).drafts[0].body, name).toMatch(/goes another way/);
		}
	});
});

describe("a short letter's filler lines (review 56)", () => {
	const FIRST = ["Linda Choi", "Raj Patel", "Ana Ruiz", "Sam Lee", "Li Wei", "Marcus Oyelaran", "Kim Doe", "Ola Berg"];
	const letters = () => {
		const out: string[] = [];
		for (const company of ["Maple Vets", "Acme", "Globex", "Initech", "Hooli", "Umbrella", "Wonka"]) {
			for (let size = 1; size <= 6; size++) {
				for (const format of ["video", "in person"]) {
					const b = anInterview().company(company).role("practice manager").with({ format });
					FIRST.slice(0, size).forEach((name, i) => b.interviewer(name, { email: `p${i}@x.example`, ...(i % 2 === 1 ? { title: "Senior vet" } : {}) }));
					out.push(...buildDrafts(b.build(), "thank-you", at("2026-12-01T18:00")).drafts.map((d) => d.body));
				}
			}
		}
		return out;
	};

	it("never claims the user met 'the people on the team'", () => {
		for (const body of letters()) expect(body).not.toMatch(/people on the team/);
	});

	it("wishes to go on with the process once per letter", () => {
		for (const body of letters()) {
			const wishes = body.match(/considered further|forward in the process|application further|continue with my application/g) ?? [];
			expect(wishes.length, body).toBeLessThanOrEqual(1);
		}
	});
});

describe("a card that has only the recipient's title (review 56)", () => {
	it("claims no 'perspective on the team' nor 'a clearer picture' from a title", () => {
		for (const company of ["Maple Veterinary Group", "Acme", "Globex", "Initech", "Hooli", "Umbrella", "Wonka", "Soylent"]) {
			for (const [name, title] of [["Renee Park", "Practice manager"], ["Ana Ruiz", "Head nurse"], ["Sam Lee", "Senior engineer"], ["Li Wei", "Director of operations"]]) {
				const interview = anInterview().company(company).interviewer(name, { email: "p@x.example", title }).build();
				for (const d of buildDrafts(interview, "handwritten-note", at("2026-12-01T18:00")).drafts) {
					expect(d.body).not.toMatch(/perspective on the team|clearer picture/);
				}
			}
		}
	});
});

describe("an attachment whose file name is a hyphenated slug (review 56)", () => {
	const letter = (file: string, name = "Renee Park") => {
		const interview = anInterview().company("Calloway Upholstery").interviewer(name, { email: "p@x.example", focus: "reupholstering antique chairs", attachments: [file] }).build();
		return buildDrafts(interview, "thank-you", at("2026-12-01T18:00")).drafts[0].body;
	};
	const NAMES = ["Renee Park", "Ana Ruiz", "Sam Lee", "Li Wei", "Kim Doe", "Ola Berg"];

	it("names the file as it is, never the slug as a noun phrase", () => {
		for (const name of NAMES) {
			for (const [file, shown] of [
				["wingback-before-after.pdf", "wingback-before-after.pdf"],
				// A picture is said as one, its file named after it (review 139).
				["[[Designs/club-chair-fabric-options.png]]", 'an image, "club-chair-fabric-options.png"'],
				["settee_repair_quote_2026.pdf", "settee_repair_quote_2026.pdf"],
			]) {
				const body = letter(file, name);
				expect(body, file).toContain(`attached ${shown}`);
				expect(body, file).not.toMatch(/the [\w-]*-[\w-]*-[\w-]* (?:PDF|image)|before after|repair quote 2026/);
			}
		}
	});

	it("keeps a name that reads as words", () => {
		for (const name of NAMES) expect(letter("site-plan.pdf", name)).toMatch(/attached the site[- ]plan PDF/);
	});
});

describe("a decision day that is today (review 56)", () => {
	const KINDS = ["thank-you", "next-steps", "check-in", "close-out", "handwritten-note", "linkedin"] as const;
	const interview = (name: string, decision: string) =>
		anInterview()
			.company("Redmond Tree Care")
			.at("2026-12-01T09:00", "2026-12-01T10:00")
			.interviewer(name, { email: "p@x.example" })
			.primaryContact(name, "p@x.example")
			.decisionExpected(decision)
			.build();

	it("is never said as a day ahead, nor asked for, in any letter written on it", () => {
		for (const name of ["Kyle Brandt", "Ana Ruiz", "Sam Lee", "Li Wei", "Ola Berg", "Kim Doe"]) {
			for (const [decision, now] of [["2026-12-04", "2026-12-04T10:00"], ["2026-12-07", "2026-12-07T08:00"]]) {
				for (const kind of KINDS) {
					for (const d of buildDrafts(interview(name, decision), kind, at(now)).drafts) {
						const text = `${d.subject ?? ""} ${d.body}`;
						expect(text, `${kind} ${name}`).not.toMatch(/decide by|expected by|(?:Friday|Monday),? (?:December 4|4 December|December 7|7 December)|(?:December 4|4 December|December 7|7 December)/);
						expect(text, `${kind} ${name}`).not.toMatch(/when (?:you expect to make a decision|a decision is likely)|roughly when I might hear/);
					}
				}
			}
		}
	});

	it("says the thank-you's question of the decision as 'today'", () => {
		expect(buildDrafts(interview("Kyle Brandt", "2026-12-04"), "thank-you", at("2026-12-04T10:00")).drafts[0].body).toMatch(/you hoped to decide today/);
	});
});

describe("a panel's letters do not say one idea twice (review 56)", () => {
	const FIRST = ["Linda Choi", "Raj Patel", "Ana Ruiz", "Sam Lee", "Li Wei", "Marcus Oyelaran"];
	const JOB = /what the job involves|clearer (?:sense|idea|picture)/;

	it("says 'a clearer sense of what the job involves' in one letter of a panel at most", () => {
		for (const company of ["Maple Vets", "Acme", "Globex", "Initech", "Hooli", "Umbrella", "Wonka", "Soylent", "Co106", "Co145"]) {
			for (let size = 2; size <= 5; size++) {
				const b = anInterview().company(company).role("practice manager");
				// Half the panel with a topic and nothing of the user's (the bridge lines), half with nothing at all.
				FIRST.slice(0, size).forEach((name, i) => b.interviewer(name, { email: `p${i}@x.example`, ...(i % 2 === 0 ? { focus: "client scheduling" } : {}) }));
				const bodies = buildDrafts(b.build(), "thank-you", at("2026-12-01T18:00")).drafts.map((d) => d.body);
				const saying = bodies.filter((body) => JOB.test(body));
				expect(saying.length, `${company} ${size}\n${saying.join("\n---\n")}`).toBeLessThanOrEqual(1);
			}
		}
	});
});
