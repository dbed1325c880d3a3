// What reviews 119-120 found (municipal recycling, a film set's lighting crew, a hotel spa, a community health worker
// program, a university registrar's office, a dental laboratory, an aircraft de-icing crew, insurance underwriting), and
// what was left from reviews 117-118.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { mentionsOf } from "../../src/core/body-mentions";
import { privateRemark } from "../../src/core/private-remarks";
import { parseInterview } from "../../src/core/parse";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Rosa Imani" };

describe("a need told back whole (review 119)", () => {
	it("'write the SOPs and train attendants' is 'writing the SOPs and training attendants'", () => {
		expect(focusTopic("They are opening a hydrotherapy circuit in March. He wants someone who can write the SOPs and train attendants.").topic?.text).toBe("writing the SOPs and training attendants");
		expect(focusTopic("wants someone who can run the pass and the grill").topic?.text).toBe("running the pass and the grill");
	});
	it("'wants a supervisor who still goes on home visits' is never 'how you want a supervisor'", () => {
		expect(focusTopic("wants a supervisor who still goes on home visits").topic).toBeNull();
	});
	it("an item that is only its sentence's people is no part of a list's topic (review 118)", () => {
		expect(focusTopic("- their residents are bored of bingo and the calendar hasn't changed in 2 yrs\n- family complaints about weekends").topic?.text).toBe("family complaints about weekends");
		expect(focusTopic("- design system is fragmenting across 3 squads\n- no one owns accessibility").topic?.text).toBe("the design system and accessibility");
	});
});

describe("a highlight said as the user would say it", () => {
	const said = (text: string) => experienceOf(text);
	it("a post held is the user's role, never a thing worked on (review 120)", () => {
		expect(said("FERPA trainer for 30 front-line staff").reference).toBe("my role as FERPA trainer for 30 front-line staff");
		expect(said("Safety Committee lead").reference).toBe("my role as Safety Committee lead");
	});
	it("people are a team, never the user's belongings: '22 staff, 3 leads' (review 119)", () => {
		expect(said("22 staff, 3 leads").reference).toBe("my team of 22 (3 leads)");
	});
	it("a list in brackets is never parted (review 119)", () => {
		expect(said("opened the thermal suite at Serein (hammam, 2 plunge pools, salt room), wrote all water-quality SOPs").statement).toBe("I opened the thermal suite at Serein (hammam, 2 plunge pools, salt room), and wrote all water-quality SOPs.");
	});
	it("languages side by side take their capitals, and a count of the worst takes 'the' (review 119)", () => {
		expect(said("spanish/english route flyers + 2 community meetings").reference).toBe("my work on Spanish/English route flyers and 2 community meetings");
		expect(said("cart-tagging + oops tags on 6 worst routes").reference).toBe("my work on cart tagging and oops tags on the 6 worst routes");
	});
	it("a span before a place is 'for' that long, never after 'every' (review 118)", () => {
		expect(said("did night 12s 4 yrs @ Bingham").statement).toBe("I did night 12s for 4 years at Bingham.");
		expect(said("did alcohol washes every 3 weeks on 140 colonies").statement).not.toMatch(/every for/);
	});
});

describe("next steps with a post's department, and a placeholder (reviews 119, 120)", () => {
	const base = new Date(2026, 11, 2, 10, 0);
	const now = new Date(2026, 11, 5, 9, 0);
	const read = (text: string) => readNextSteps(text, { names: ["Ana Ruiz", "Ana"], context: ["Ana Ruiz"] }, base, now)?.clause;
	it("'final rd w/ VP Acad Affairs' is the VP of Academic Affairs, never 'Acad Affairs, the VP'", () => {
		expect(read("final rd w/ VP Acad Affairs wk of 12/14")).toBe("I understood the next step was a final round with the VP of Academic Affairs in the week of 14 December");
		expect(read("final w/ the VP Maria Lopez")).toBe("I understood the next step was a final interview with Maria Lopez, the VP");
	});
	it("'pub works dir' is the public works director", () => {
		expect(read("2nd round w/ pub works dir wk of 12/14")).toBe("I understood the next step was a second round with the public works director in the week of 14 December");
	});
	it("'next_steps: ?' is no next steps: the draft asks, and no warning says the note knows them", () => {
		const read = (next: string) => parseInterview({ file: "Interviews/Marlow.md", frontmatter: { type: "interview", company: "Marlow County", role: "CHW Supervisor", interview_start: "2026-12-03T10:00", primary_contact: "Luis Carrasco <lc@m.example>", next_steps: next } }, DEFAULT_SETTINGS, () => null).interview;
		for (const placeholder of ["?", "??", "tbd", "n/a", "-", "unknown"]) {
			const interview = read(placeholder);
			expect(interview?.nextSteps).toBeUndefined();
			expect(buildDrafts(interview!, "next-steps", { settings, now: local("2026-12-04T09:00") }).warnings.join(" ")).not.toMatch(/already says what the next steps are/);
		}
		expect(read("HM to call by fri")?.nextSteps).toBe("HM to call by fri");
	});
});

describe("what is private, and what a letter says of its people (reviews 118-120)", () => {
	it("a sign-on bonus is pay, and its line is never offered as focus", () => {
		expect(privateRemark("Brenda said they pay sign-on $1500 if I stay thru March.", "focus")).toBe("pay");
		expect(privateRemark("sign-on forms for new hires", "focus")).toBeNull();
		expect(mentionsOf("---\ntype: interview\n---\nBrenda said they pay sign-on $1500 if I stay thru March.\n", ["Brenda"])).toEqual([]);
	});
	it("'Mei Lin Cho' greeted 'Mei' is asked about; 'Ana Ruiz' is not", () => {
		const interview = anInterview().company("Precision Dental Lab").role("Ceramist").at("2026-12-03T10:00", "2026-12-03T11:00").interviewer("Mei Lin Cho", { email: "m@p.example" }).interviewer("Ana Ruiz", { email: "a@p.example" }).build();
		const problems = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T14:00") }).problems.join(" ");
		expect(problems).toMatch(/greet Mei Lin Cho as "Mei": if their first name is "Mei Lin"/);
		expect(problems).not.toMatch(/greet Ana Ruiz/);
	});
	it("an interviewer with material and no address is named: the material goes in no letter (review 118)", () => {
		const interview = anInterview()
			.company("Maple Glen")
			.role("Life Enrichment Director")
			.at("2026-11-26T10:00", "2026-11-26T11:00")
			.interviewer("Denise Albright", { email: "d@mg.example" })
			.interviewer("Gordon Pike", { attachments: ["[Sample memory care calendar](https://drive.example/cal)"] })
			.primaryContact("Denise Albright", "d@mg.example")
			.build();
		expect(buildDrafts(interview, "thank-you", { settings, now: local("2026-11-26T14:00") }).problems.join(" ")).toMatch(/Gordon Pike gets no thank-you of their own/);
	});
	it("a plural title takes 'are here' (review 120)", () => {
		const interview = anInterview().company("Precision Dental Lab").role("Ceramist").at("2026-12-03T10:00", "2026-12-03T11:00").interviewer("Marcus Webb", { email: "m@p.example", attachments: ["[Anterior case photos](https://drive.example/anteriors.pdf)"] }).build();
		const body = buildDrafts(interview, "thank-you", { settings, now: local("2026-12-03T14:00") }).drafts[0].body;
		expect(body).toMatch(/[Pp]hotos"? are here/);
		expect(body).not.toMatch(/photos"? is here/i);
	});
});
