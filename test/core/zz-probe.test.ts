import { it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
it("probe", () => {
	for (const t of ["their elections desk still keys in county results by hand on election night", "bid turnaround 5 days -> 2 so they stop losing the school district jobs", "outgoing loans going out w/o condition reports (3 this year!)", "60-day eval timeline keeps slipping at her site", "They want a fresh set of eyes on winter ops. deicing queue backs up to 45+ min on bad days and flights miss slots", "rehearsal reports out same night, Jess (company mgr) gets them at 11pm now", "TPO creep on can line, 150→300ppb since new seamer; no formal sensory prgm", "[perio maintenance pts falling through the cracks, wants more SRP scheduled, not just prophys]", "lamination keeps failing in the summer"])
		console.log("F", t, "=>", JSON.stringify(focusTopic(t)));
	for (const t of ["hit rate 22% -> 31% at Northstar Mech", "ran the 400-cover dessert station at Harbor House", "built sensory panel @ Copperline (12 tasters, DOT trng) → dumped bbls -15%; ASBC methods, ran micro lab solo", "3 yrs ramp agent @ Alaska (SEA), deicing lead 2 winters\nSIDA badge + airfield driving cert still current", "managed docket of ~1,100 US/PCT apps at Brandt IP, no missed bar dates in 4 yrs", "Dentrix + Eaglesoft, I chart while pt rinses", "wrote the condition-report template + TMS workflow at the Whitcomb", "Built the live results scraper at the Tribune"])
		console.log("H", t, "=>", JSON.stringify(experienceOf(t)));
});
