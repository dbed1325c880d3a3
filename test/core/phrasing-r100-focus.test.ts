// Reviews 97-100 (phrasing round 33): focus topics typed in a hurry, read as the drafts read them, with a reader.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

const context = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };
const read = (text: string) => focusTopic(text, context);
const topicOf = (text: string) => read(text).topic?.text ?? null;
const toldOf = (text: string) => read(text).leftOut;

describe("a fault or the user's private words never make the topic said to the one whose concern it is", () => {
	it("withholds the callbacks 'killing them', the guys and the parts cannons", () => {
		const line = "callbacks killing them, wants guys who fix it first time not parts cannons";
		expect(topicOf(line)).toBeNull();
		expect(read(line).withheld).toBe("criticism");
		expect(toldOf(line)).toEqual([line]);
	});
	it("withholds the people no showing", () => {
		const line = "ppl no showing on AM push, needs guys who show for 0430 shifts + dont freelance on the ramp";
		expect(topicOf(line)).toBeNull();
		expect(toldOf(line)).toEqual([line]);
	});
	it("says meetings kept focused, never that they run long", () => {
		const line = "idt mtgs running long, wants sw to come w/ psychosocial summary ready not reading chart aloud";
		expect(topicOf(line)).toBe("keeping IDT meetings focused");
		expect(toldOf(line)).toEqual(["wants sw to come w/ psychosocial summary ready not reading chart aloud"]);
	});
	it("says the turn times, never the days they take", () => {
		expect(topicOf("make-ready turns taking 11 days avg, wants mgr who doesnt promise move-ins his guys cant hit")).toBe("make-ready turn times");
	});
	it("tells an incident, never a topic", () => {
		const line = "incident reporting, student left on bus, radio protocol";
		expect(topicOf(line)).toBe("incident reporting and the radio protocol");
		expect(toldOf(line)).toEqual(["student left on bus"]);
	});
	it("says yield where it is, never that it drops", () => {
		expect(topicOf("yield dropping in midwest, admits not depositing, wants counselors who work the admit pool not just apps")).toBe("yield in the Midwest");
	});
	it("never thanks a groomer for their thinking on the working trial they watched", () => {
		const line = "working trial - a doodle matted to the skin + a nervous shih tzu, wants safety 1st and no nicks";
		expect(topicOf(line)).toBe("putting safety first");
		expect(toldOf(line)).toContain("no nicks");
	});
	it("withholds the user's own book of business", () => {
		const line = "shipper side book of biz, wants AE who can bring 3-4 accts w/ them";
		expect(topicOf(line)).toBeNull();
		expect(toldOf(line)).toEqual([line]);
	});
});

describe("shorthand is written out, names as their makers write them", () => {
	it("never says the user's hedge as a thing ('the mostly checking lic'): told", () => {
		const line = "mostly checking lic + can i do the 3 county territory, asked abt weekend visits";
		expect(topicOf(line)).toBeNull();
		expect(toldOf(line)).toEqual([line]);
		expect(topicOf("basically the intake backlog, they want faster triage") ?? "").not.toMatch(/^the basically/);
	});
	it("writes out a water plant's list whole", () => {
		expect(topicOf("jar testing + coag dose, they switching alum to PACl next yr")).toBe("jar testing and coagulant dosing");
		expect(topicOf("filter backwash + turbidity, they had a IFE turbidity exceedance in aug and state is watching")).toBe("filter backwash and turbidity");
	});
	it("says products as their makers write them", () => {
		expect(topicOf("xactimate + roof inspections, will i get on a 12/12 pitch roof")).toBe("Xactimate and roof inspections");
		expect(topicOf("versatrans routing, bell time changes for spring")).toBe("VersaTrans routing");
		expect(topicOf("rhino + lumion workflow, they're moving off sketchup")).toBe("the Rhino and Lumion workflow");
	});
	it("says the migration once, from one system to the other", () => {
		expect(topicOf("TMS migration TMS -> CollectiveAccess, data cleanup of old accession #s")).toBe("the migration from TMS to CollectiveAccess");
	});
	it("says the season, never the user's stamina", () => {
		expect(topicOf("travel season stamina, 8 wks on road, high school visits + college fairs")).toBe("the travel season");
	});
	it("puts the day before the coverage", () => {
		expect(topicOf("coverage sat mornings, she needs sb who can run pretest w/o hand holding")).toBe("Saturday morning coverage");
	});
	it("says a credit union, never 'cu'", () => {
		expect(topicOf("community, why cu not bank")).toBe("why a credit union rather than a bank");
		expect(toldOf("community, why cu not bank")).toEqual(["community"]);
	});
	it("says the bakery's scaling to those who scale", () => {
		expect(topicOf("keeping the lamination + levain quality when they scale")).toBe("keeping lamination and levain quality as you scale");
	});
	it("reads a spaced slash in a list as one more comma", () => {
		expect(topicOf("storage move / art handling, IPM")).toBe("the storage move, art handling and IPM");
	});
});

describe("a clean part is said, never withheld with the rest", () => {
	it("says the growth in accounts", () => {
		const line = "growing from 40 to 120 wholesale accts (cafes + grocery), route + production planning";
		expect(topicOf(line)).toBe("growing from 40 to 120 wholesale accounts");
		expect(toldOf(line)).toEqual(["cafes + grocery", "route + production planning"]);
	});
	it("tells what it cannot say whole rather than guess at shorthand", () => {
		for (const line of ["how sw + chaplain split bereavement f/u, they double up calls to families rn", "mbr exp, lobby wait times, how i handle angry mbr w/ NSF fees"]) {
			expect(topicOf(line)).toBeNull();
			expect(toldOf(line)).toEqual([line]);
		}
	});
	it("says the loan, and tells the worry", () => {
		const line = "the loan to the Venice biennale show, worried registrar side cant keep up w/ condition rpts + courier trips";
		expect(topicOf(line)).toBe("the loan to the Venice Biennale show");
		expect(toldOf(line)).toEqual(["worried registrar side cant keep up w/ condition rpts + courier trips"]);
	});
	it("says yield and scrap, and tells the shifts' figures", () => {
		const line = "yield + scrap on the bun line, 2nd shift scrap runs 6% vs 3% on 1st";
		expect(topicOf(line)).toBe("yield and scrap on the bun line");
		expect(toldOf(line)).toEqual(["2nd shift scrap runs 6% vs 3% on 1st"]);
	});
	it("never says the reader's losses back to them: 'losing bids on schools …' is withheld as their trouble", () => {
		for (const line of ["losing bids on schools bc of prevailing wage math errors, wants someone who knows davis bacon", "missing pickups on the north route, wants a dispatcher who calls ahead"]) {
			expect(topicOf(line)).toBeNull();
			expect(read(line).withheld).toBe("criticism");
			expect(toldOf(line)).toEqual([line]);
		}
	});
	it("tells the abilities wanted when they cannot be said whole", () => {
		expect(topicOf("wants ppl who can cover loads fast on the spot mkt, hates when reps get burned by double brokering")).toBeNull();
		expect(topicOf("wants sb who can take SD thru CDs w/o her redlining everything, esp planting plans")).toBeNull();
	});
});

describe("what the topic leaves of the note is told, never dropped unsaid", () => {
	it("tells the user's own question after the topic", () => {
		const line = "driver shortage, can i drive a route in a pinch (cdl w/ S and P endorsements)";
		expect(topicOf(line)).toBe("the driver shortage");
		expect(toldOf(line)).toContain("can i drive a route in a pinch");
	});
});

describe("parts with a bracket or a dash are told too", () => {
	it("tells the parts after the audit, brackets and all", () => {
		const line = "SQF audit in march, allergen changeovers (sesame!), sanitation sign offs";
		expect(topicOf(line)).toBe("the SQF audit in March");
		expect(toldOf(line)).toEqual(["allergen changeovers (sesame!)", "sanitation sign offs"]);
	});
	it("tells the head before a dash", () => {
		expect(toldOf("cash recycler, balancing, fraud - elder scams, gift cards")).toContain("fraud");
	});
});
