// Reviews 77-80 (phrasing round 26): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const topicOf = (text: string) => focusTopic(text, context).topic?.text ?? null;
const toldOf = (text: string) => focusTopic(text, context).leftOut;

describe("a want keeps what it counts", () => {
	it("never says the thing wanted less of as the topic", () => {
		const note = "ops conditioning for voluntary blood draws on the orangs, wants less knockdowns";
		expect(topicOf(note)).toBe("conditioning for voluntary blood draws on the orangutans");
		expect(toldOf(note)).toContain("wants less knockdowns");
		expect(toldOf(note)).toContain("ops");
	});
	it("says a want of fewer as reducing them, never the thing alone nor 'discuss fewer …'", () => {
		// Earlier "Dana wants fewer pages at night" was said "pages at night" (phrasing.test.ts, changed with this rule), and
		// then "to discuss fewer no-shows" (the approved Maple Vets drafts).
		expect(topicOf("Dana wants fewer pages at night")).toBe("reducing pages at night");
		expect(topicOf("Dr. Lee wants fewer no-shows — they're at about 15% on Mondays")).toBe("reducing no-shows");
	});
});

describe("an adjective alone is no topic", () => {
	it("leaves 'interfaith' out and tells it", () => {
		const note = "interfaith - lots of pts w/ no faith tradition, wants chaplains who dont push";
		expect(topicOf(note)).toBeNull();
		expect(toldOf(note).join(" ")).toContain("interfaith");
	});
});

describe("shorthand read in a focus", () => {
	it("reads 'id' before a verb as I'd", () => {
		expect(topicOf("how id get program data from staff w/o burying them")).toBe("how I'd get program data from staff without burying them");
	});
});

describe("names, shorthand and joined adjectives in a focus list", () => {
	it("tells a product typed in lower case and joins 'end of day' before its noun", () => {
		const note = "tyler odyssey, cash handling, end of day reconciliation";
		expect(topicOf(note)).toBe("cash handling and end-of-day reconciliation");
		expect(toldOf(note)).toContain("tyler odyssey");
	});
	it("says consecutive interpreting and the ED", () => {
		expect(topicOf("consec + sight translation accuracy in ED, they keep getting complaints re ad hoc family interpreters")).toBe("consecutive and sight translation accuracy in the ED");
	});
	it("says availability for nights and tells the credential", () => {
		const note = "nights availability + CPhT current, would I do every other wknd";
		// Asked of the user: their own availability (review 132).
		expect(topicOf(note)).toBe("my availability for nights");
		expect(toldOf(note)).toContain("CPhT current");
	});
	it("writes out tournament operations, HACCP and the timing of draws", () => {
		expect(topicOf("tourney ops – the spring cup has 180 teams and their check-in was chaos")).toBe("tournament operations");
		expect(topicOf("haccp plan CCPs, cooking step for the cooked shrimp, listeria env monitoring")).toBe("HACCP plan CCPs");
		expect(topicOf("PK draws timing, coordinators keep missing the 2h timepoint, need someone who runs the schedule tight")).toBe("the timing of PK draws");
	});
	it("says end-of-life rituals for Muslim families and tells the rest", () => {
		const note = "muslim families, end of life rituals, ghusl";
		expect(topicOf(note)).toBe("end-of-life rituals for Muslim families");
		expect(toldOf(note)).toContain("ghusl");
	});
});

describe("no 'the' before a bare mass noun", () => {
	it.each([
		["paperwork. sign offs, RII, he hates pencil whipped cards", "paperwork"],
		["sheet metal, can i do a doubler repair per SRM w/o handholding", "sheet metal work"],
		["mission fit, telling residents stories without exploiting them", "mission fit"],
		["sulfite + histamine testing, they got a 483 obs on histamine records last FDA visit", "sulfite and histamine testing"],
	])("%j", (note, said) => expect(topicOf(note)).toBe(said));
});

describe("a readable first item is said, the rest told", () => {
	it("says upselling without being pushy", () => {
		const note = "upselling w/o being pushy, guests are mostly biz dinners, avg check low for a place like this";
		expect(topicOf(note)).toBe("upselling without being pushy");
		expect(toldOf(note)).toContain("guests are mostly biz dinners");
	});
	it("says the pairings, and tells the remark in slang", () => {
		const note = "pairings for new tasting menu, hates when somms ignore the sauce lol";
		expect(topicOf(note)).toBe("pairings for the new tasting menu");
		expect(toldOf(note)).toContain("hates when somms ignore the sauce lol");
	});
	it("says a measure without which way it went", () => {
		const story = "storytime attendance down since covid, wants new ppl in the door esp spanish speaking families";
		expect(topicOf(story)).toBe("storytime attendance");
		expect(toldOf(story)).toContain("down since covid");
		const check = "c-check TAT slipping, they keep blowing the 21 day slot on the 737s";
		expect(topicOf(check)).toBe("C-check turnaround time");
		expect(toldOf(check)).toContain("slipping");
	});
	it("writes out a 13-month follow-up", () => {
		expect(topicOf("13 mo bereavement follow up calls")).toBe("13-month bereavement follow-up calls");
	});
});

describe("a quoted focus and its label", () => {
	it("reads the items after a label they say again, never 'the audit'", () => {
		const note = "\"audit: clean single audit, restricted vs unrestricted tracking\"";
		expect(topicOf(note)).toBe("the clean single audit");
		expect(toldOf(note)).toContain("restricted vs unrestricted tracking");
	});
});

describe("a figure said with a vowel's sound", () => {
	it("takes 'an'", () => {
		expect(topicOf("crews finishing a 8kW roof in 1 day, no callbacks for leaks")).toBe("crews finishing an 8kW roof in 1 day");
	});
});

describe("a thing and a doing, named together", () => {
	it("says IDT meetings and charting, and tells the remark about late notes", () => {
		const note = "IDT mtgs, charting in the EMR on time, chaplain notes are always late";
		expect(topicOf(note)).toBe("IDT meetings and charting in the EMR on time");
		expect(toldOf(note)).toEqual(["chaplain notes are always late"]);
	});
});

describe("a clause said whole is taken from the note as read", () => {
	it("carries no highlight marks (found by the property in phrasing.test.ts)", () => {
		const topic = focusTopic("Kubernetes their cloud bill grew 40% & ==mark==", { names: ["Acme Robotics", "Dana Whitfield", "Jordan Rivera", "Brightline", "Finch"] }).topic;
		expect(topic?.text ?? "").not.toMatch(/==/);
		expect(topic?.short ?? "").not.toMatch(/==/);
	});
});
