// Reviews 67 and 68: the last look at a focus's topic. A name typed in capitals keeps them; "reqs" (requests or
// requirements?) and burning out are never a topic.
import { describe, expect, it } from "vitest";
import { focusTopic } from "../../src/core/phrasing";

describe("the last look at a focus's topic (reviews 67, 68)", () => {
	it("keeps a name's capitals as the note typed them ('Planning Center')", () => {
		expect(focusTopic("budget, giving records, Planning Center").topic?.text).toBe("the budget, giving records and the Planning Center");
	});

	it("leaves out and tells a focus with 'reqs', never expanded to a guess", () => {
		const r = focusTopic("reentry programming + religious materials reqs");
		expect(r.topic).toBeNull();
		expect(r.leftOut).toEqual(["reentry programming + religious materials reqs"]);
	});

	it("never makes a topic of burning out: the worry is told, the ability said", () => {
		const r = focusTopic("Her team is drowning in same-day add-ons. They need someone who can triage without burning out.");
		expect(r.topic?.text).toBe("triaging");
		expect(r.leftOut).toContain("without burning out");
		expect(focusTopic("worried about burnout on nights").topic).toBeNull();
		expect(focusTopic("triage under pressure").topic?.text).toMatch(/triage under pressure$/);
	});
});

describe("a topic cut short (found by the property 'a note cut short')", () => {
	it("never ends on a word that leads into more", () => {
		const r = focusTopic("Latency our team vs");
		expect(r.topic).toBeNull();
		expect(r.leftOut).toEqual(["Latency our team vs"]);
	});
});
