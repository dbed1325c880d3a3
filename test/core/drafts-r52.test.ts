// What reviews 51 and 52 found in the product's own lines, each on the reviewer's input and a variant.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { greeting } from "../../src/core/people";
import { attachmentKind, companyInSentence, roleInLetter, titleWithArticle } from "../../src/core/phrasing";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS, myName: "Dana Okafor" };
const at = (now: string) => ({ settings, now: local(now) });

describe("a check-in's timing", () => {
	it("does not get in touch 'before then' when the first of two days named is today", () => {
		// Interview Tuesday 1 December, "working interview fri or mon, tamara to confirm", checking in on Friday the 4th.
		const interview = anInterview().at("2026-12-01T10:00", "2026-12-01T11:00").primaryContact("Tamara Lindqvist", "office@x.example").nextSteps("working interview fri or mon, tamara to confirm").record("thankYouSent", "2026-12-01T15:00").build();
		const friday = buildDrafts(interview, "check-in", at("2026-12-04T10:00")).drafts[0];
		expect(friday.body).toMatch(/Friday 4 or Monday 7 December/);
		expect(friday.body).not.toMatch(/before then/);
		expect(friday.script).not.toMatch(/before then/);
		// On the Thursday both days are still ahead, but the check-in falls due after them: it says what is true on
		// either side (review 78).
		expect(buildDrafts(interview, "check-in", at("2026-12-03T10:00")).drafts[0].body).toMatch(/Friday 4 or Monday 7 December, and that you'd confirm, so I'm writing to check in\./);
	});
});

describe("lines the note gives nothing for", () => {
	it("never says a degree is the interviewer's job ('as a DDS')", () => {
		// Review 52: `title: DDS, owner` gave "I enjoyed hearing how you approach the work as a DDS."
		for (const title of ["DDS, owner", "RN", "PhD", "CPA - partner"]) {
			const interview = anInterview().interviewer("Priya Mehta", { email: "priya@x.example", title }).build();
			expect(buildDrafts(interview, "thank-you", at("2026-11-25T18:00")).drafts[0].body).not.toMatch(/\bas an? (?:DDS|RN|PhD|CPA)\b/);
		}
		// The job after the degrees is said (review 74: "DMD MS, periodontist" is "a periodontist").
		expect(titleWithArticle("DDS, owner")).toBe("the owner");
		expect(titleWithArticle("Production Manager")).toBe("a production manager");
		expect(titleWithArticle("MD, medical director")).toBe("a medical director");
		expect(titleWithArticle("RN")).toBeNull();
	});

	it("claims nothing was cleared up in a conversation the note says nothing of", () => {
		const bodies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent", "Wonka", "Stark", "Tyrell"].map(
			(company) => buildDrafts(anInterview().company(company).interviewer("Kelsey Brandt", { email: "k@x.example" }).build(), "thank-you", at("2026-11-25T18:00")).drafts[0].body,
		);
		expect(bodies.filter((b) => /cleared up|wondered about/.test(b))).toEqual([]);
	});
});

describe("people, roles and attachments (review 51)", () => {
	it("greets someone by name when a post is written before it ('Trainmaster Ray Ortega'), and a chief ranger by rank", () => {
		expect(greeting("Trainmaster Ray Ortega", "Hi")).toBe("Hi Ray");
		expect(greeting("Harbormaster Ann Cole", "Dear")).toBe("Dear Ann");
		expect(greeting("Chief Ranger Paul Dunning", "Dear")).toBe("Dear Chief Ranger Dunning");
	});

	it("keeps a capitalised title with a grade in figures whole, whoever on the panel shares a word of it", () => {
		expect(roleInLetter("Park Ranger 1 (seasonal-to-perm)", "Oregon Parks", { names: ["Chief Ranger Paul Dunning"] })).toBe("the Park Ranger 1 role at Oregon Parks");
		expect(roleInLetter("Plant Operator 2", "City of Millbrook", { names: ["Ann Plant"] })).toBe("the Plant Operator 2 role at the City of Millbrook");
	});

	it("attaches credentials named by file side by side in one sentence, a cert as a certificate", () => {
		expect(attachmentKind("ARRT_card.pdf", null)).toBe("credential");
		expect(attachmentKind("CT_cert.pdf", null)).toBe("credential");
		expect(attachmentKind("birthday card.png", null)).not.toBe("credential");
		const interview = anInterview().interviewer("Karen Liu", { email: "k@x.example", attachments: ["ARRT_card.pdf", "CT_cert.pdf"] }).build();
		const body = buildDrafts(interview, "thank-you", at("2026-11-25T18:00")).drafts[0].body;
		expect(body).toMatch(/my ARRT card and my CT certificate/);
		expect(body).not.toMatch(/_|\.pdf/);
	});
});

describe("a public body named by what it is", () => {
	it("takes 'the' ('at the Oregon Parks and Recreation Department'), a company named so does not", () => {
		expect(companyInSentence("Oregon Parks and Recreation Dept")).toBe("the Oregon Parks and Recreation Department");
		expect(companyInSentence("Millbrook School District")).toBe("the Millbrook School District");
		expect(companyInSentence("Hartmann Piano Service")).toBe("Hartmann Piano Service");
		// Review 65: an office, a board, a division or a public library is one too.
		expect(companyInSentence("Dane County Land Information Office")).toBe("the Dane County Land Information Office");
		expect(companyInSentence("Seattle Public Library")).toBe("the Seattle Public Library");
		expect(companyInSentence("Front Office Sports")).toBe("Front Office Sports");
		// Review 67: an agency's office of something, or a state institution named by what it is.
		expect(companyInSentence("NOAA Office of Coast Survey")).toBe("the NOAA Office of Coast Survey");
		expect(companyInSentence("State Correctional Institution - Dallas")).toBe("the State Correctional Institution - Dallas");
		expect(companyInSentence("IBM")).toBe("IBM");
		expect(roleInLetter("Park Ranger 1", "Oregon Parks and Recreation Dept")).toBe("the Park Ranger 1 role at the Oregon Parks and Recreation Department");
	});
});
