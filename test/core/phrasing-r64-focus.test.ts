// Review 64 (phrasing round 18): a focus is said as a topic only where it reads whole; a clause is never cut to a
// fragment, and what cannot be said is left out and told.
import { describe, expect, it } from "vitest";
import { focusTopic, thirdPersonBase } from "../../src/core/phrasing";

const topicOf = (text: string) => focusTopic(text).topic?.text ?? null;

describe("an ability wanted in a later sentence is its -ing; a clause is never cut to a fragment", () => {
	it("the reviewer's 2nd shift", () => {
		const r = focusTopic("His team is stretched thin on 2nd shift. They need someone who'll walk the floor. Injuries go unreported til morning.");
		expect(r.topic?.text).toBe("walking the floor");
		expect(r.leftOut.join(" ")).toMatch(/unreported/);
		expect(r.leftOut.join(" ")).toMatch(/stretched thin/);
	});
	it("another ability wanted after a first sentence", () => {
		expect(topicOf("Their unit is short on nights. She wants someone who'll mentor new grads.")).toBe("mentoring new grads");
	});
	it("a clause alone is left out and told, and 'til' is never said", () => {
		for (const text of ["Injuries go unreported til morning.", "Orders stay unfilled over the weekend.", "call-outs til noon"]) {
			const r = focusTopic(text);
			expect(r.topic, text).toBeNull();
			expect(r.leftOut.length, text).toBeGreaterThan(0);
		}
	});
});

describe("a record said with 'the' reads as the employer's: said as what it is of", () => {
	it("the reviewer's safety record", () => {
		const r = focusTopic("safety record, 100% tie off, rescue");
		expect(r.topic?.text ?? "").not.toMatch(/\brecord\b/);
		expect(r.topic?.text ?? "safety").toMatch(/^safety\b/);
	});
	it("another record", () => {
		expect(focusTopic("attendance record").topic?.text ?? "").not.toMatch(/the attendance record/);
		expect(focusTopic("driving record, CDL endorsements").topic?.text ?? "").not.toMatch(/the driving record/);
	});
});

describe("an ability wanted with an adverb, or said of one person (read aloud at the end of review 64's round)", () => {
	it("never 'actuallying talks to the floor'", () => {
		const r = focusTopic("His techs get burned out when DVMs don't communicate. He wants someone who actually talks to the floor.");
		expect(r.topic?.text).toBe("talking to the floor");
		expect(r.leftOut.join(" ")).toMatch(/burned out/);
	});
	it("variants: the third person's verb as its base, an adverb dropped, a state left out", () => {
		expect(focusTopic("He wants someone who watches the monitors").topic?.text).toBe("watching the monitors");
		expect(focusTopic("He wants someone who really listens to techs").topic?.text).toBe("listening to techs");
		expect(focusTopic("She wants someone who is calm").topic).toBeNull();
		for (const text of ["He wants someone who actually talks to the floor", "They need someone who'll just show up"]) expect(focusTopic(text).topic?.text ?? "", text).not.toMatch(/ly(?:ing)?\b|\bjusting/);
	});
});

describe("one base for a verb said of one person, shared with the next steps' reading", () => {
	it("talks, watches, passes, carries, plays; none for a verb with no -s", () => {
		expect(["talks", "watches", "passes", "carries", "plays", "goes"].map(thirdPersonBase)).toEqual(["talk", "watch", "pass", "carry", "play", "go"]);
		expect(thirdPersonBase("discuss")).toBeNull();
		expect(thirdPersonBase("talk")).toBeNull();
		expect(focusTopic("He wants someone who carries the pager on weekends").topic?.text).toBe("carrying the pager on weekends");
	});
});
