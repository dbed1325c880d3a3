// Reviews 87-88: days said so that a letter read later still names the right one, and next steps said in whole words.
import { describe, expect, it } from "vitest";
import { buildDrafts } from "../../src/core/drafts";
import { readNextSteps } from "../../src/core/next-steps-note";
import { greetingName } from "../../src/core/people";
import { privateRemark } from "../../src/core/private-remarks";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { anInterview, local } from "../builders/interview";

const at = (now: string) => ({ settings: { ...DEFAULT_SETTINGS, myName: "Alex Morgan", enableLinkedin: true }, now: local(now) });
const interview = anInterview()
	.at("2026-11-30T10:00", "2026-11-30T11:00")
	.interviewer("Judge Ana Hollis", { email: "a@court.example", focus: "interpreters who stay in role", linkedin: "https://www.linkedin.com/in/ana-hollis" })
	.primaryContact("Gloria Reyes", "g@court.example")
	.build();

describe("a letter read days or weeks on (review 87)", () => {
	it("names the interview by its date in a close-out and an invitation", () => {
		for (const kind of ["close-out", "linkedin"] as const) {
			const text = buildDrafts(interview, kind, at("2026-12-03T09:00")).drafts.map((d) => d.body).join(" ");
			expect(text).toMatch(/on 30 November/);
			expect(text).not.toMatch(/on Monday/);
		}
	});
	it("still says 'today' or 'yesterday' when it is", () => {
		expect(buildDrafts(interview, "linkedin", at("2026-11-30T18:00")).drafts[0].body).toMatch(/today/);
	});
});

describe("next steps said in whole words (review 87)", () => {
	const read = (text: string) => readNextSteps(text, { names: ["Dana Ruiz", "Dana"] }, local("2026-12-02T10:00"), local("2026-12-03T09:00"))?.clause;
	it("says 'mid next wk' as the middle of that week, and 'late' with 'by' as its end", () => {
		expect(read("will hear by mid next wk")).toBe("I understood I'd hear back by the middle of the week of 7 December");
		expect(read("decision mid next week")).toBe("I understood a decision was expected in the middle of the week of 7 December");
		expect(read("will hear by late next week")).toBe("I understood I'd hear back by the end of the week of 7 December");
		expect(read("will hear by next week")).toBe("I understood I'd hear back by the week of 7 December");
	});
	it("says 'in person' as an in-person interview", () => {
		expect(read("in person w/ owner next wk")).toBe("I understood the next step was an in-person interview with the owner in the week of 7 December");
	});
});

describe("a next-steps letter to someone who arranged the interview (review 87)", () => {
	it("never says 'It left me' after thanking for the arranging", () => {
		for (const company of ["Summit Peak", "Acme", "Globex", "Initech", "Hooli", "Umbrella"]) {
			const i = anInterview().company(company).interviewer("Chief Dolan", { email: "c@x.example" }).primaryContact("Kelsey Park", "k@agency.example").with({ format: "video" }).build();
			expect(buildDrafts(i, "next-steps", at("2026-11-26T09:00")).drafts[0].body).not.toMatch(/arranging[^\n]*\. It left me/);
		}
	});
});

describe("the lines a general letter points at (review 88)", () => {
	it("are never the ones that find fault with the team", () => {
		const i = anInterview().interviewer("Barb Kowalczyk", { email: "b@tc.example" }).build();
		const said = (line: string) => buildDrafts(i, "thank-you", { ...at("2026-11-26T09:00"), noteText: `---\ntype: interview\n---\n\n${line}\n` }).problems.join(" ");
		expect(said("- vibe: barb nice but rushed, said dept is chaotic since new dir came")).not.toMatch(/chaotic/);
		expect(said("- barb asked abt the routing software switch")).toMatch(/barb asked abt the routing software switch/);
	});
});

describe("reviews 89-90", () => {
	it("greets a chief operator by name: a post, not a rank", () => {
		expect(greetingName("Chief Operator Ray Kowalski")).toBe("Ray");
		expect(greetingName("Chief Ray Kowalski")).toBe("Chief Kowalski");
	});
	it("greets by the name the notes say he waved the rank off for", () => {
		const i = anInterview().interviewer("Sgt. Dwayne Collins", { email: "d@pa.example" }).build();
		const note = "---\ntype: interview\n---\n\n- dwayne QC - ex army, called him sgt collins at first and he laughed, said just dwayne.\n";
		expect(buildDrafts(i, "thank-you", { ...at("2026-11-26T09:00"), noteText: note }).drafts[0].body.split("\n")[0]).toBe("Hi Dwayne,");
	});
	it("never reads workers' comp or a tool's wear comp as pay", () => {
		expect(privateRemark("workers comp case mgmt", "focus")).toBeNull();
		expect(privateRemark("tool wear comp on the haas", "highlight")).toBeNull();
		expect(privateRemark("comp and benefits", "focus")).toBe("pay");
	});
	it("says 'w/ 2nd int w/ ceo or not' as whether there would be a second interview with the CEO", () => {
		expect(readNextSteps("will call fri w/ 2nd int w/ ceo or not", { names: ["Karen Lee", "Karen"] }, local("2026-12-01T10:00"), local("2026-12-02T09:00"))?.clause).toBe("you mentioned you'd call on Friday 4 December about whether there would be a second interview with the CEO");
	});
	it("asks nothing the next steps answered when it cannot say them back", () => {
		const i = anInterview().interviewer("Dana Whitfield", { email: "d@cw.example" }).primaryContact("Dana Whitfield", "d@cw.example").nextSteps("finalists notified by 12/5, then site visit?? idk").build();
		const body = buildDrafts(i, "next-steps", at("2026-12-01T09:00")).drafts[0].body;
		expect(body).not.toMatch(/when the next step is likely|when to expect the next step/);
	});
});

describe("review 91", () => {
	it("never makes a step of someone sending what the letter cannot say", () => {
		const clause = readNextSteps("jorge sending HR paperwork for background check, decision after", { names: ["Grace Okafor", "Grace"], context: ["Jorge Villanueva", "Jorge"] }, local("2026-12-01T10:00"), local("2026-12-02T09:00"))?.clause ?? "";
		expect(clause).not.toMatch(/a jorge/i);
	});
});

describe("a statement that opens on its setting (review 86)", () => {
	it("never follows 'how'", () => {
		for (const company of ["Steinhaus", "Acme", "Globex", "Initech", "Hooli", "Umbrella", "Wonka", "Soylent"]) {
			const i = anInterview().company(company).interviewer("Dmitri Volkov", { email: "d@x.example", focus: "regulation and voicing", highlight: "did a practical - regulated a D action on the bench, let-off at 1/16 and drop, he checked w/ his gauge" }).build();
			const body = buildDrafts(i, "thank-you", at("2026-11-22T09:00")).drafts[0].body;
			expect(body).toMatch(/for the practical, I regulated a D action on the bench/i);
			expect(body).not.toMatch(/how for the practical/i);
		}
	});
});

describe("reviews 91-92: next steps", () => {
	const read = (text: string) => readNextSteps(text, { names: ["Greg Lindqvist", "Greg"], context: ["Rosa Diaz", "Rosa"] }, local("2026-11-30T10:00"), local("2026-12-01T09:00"))?.clause;
	it("puts a guess before the day it is about", () => {
		expect(read("will call by fri prob")).toBe("you mentioned you'd call, probably by Friday 4 December");
		expect(read("bo -> offer by thu prob")).not.toMatch(/December probably/);
	});
	it("ends a step at a full stop before the user's own to-do", () => {
		// (Since review 100, "X to send offer or no" is X letting the user know.)
		expect(read("Rosa to send offer or no by fri. need NIC cert")).toBe("I understood Rosa would let me know by Friday 4 December");
	});
});
