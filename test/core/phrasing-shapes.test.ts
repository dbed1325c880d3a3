import { describe, expect, it } from "vitest";
import { attachmentItems, attachmentKind, expandShorthand, experienceOf, focusTopic } from "../../src/core/phrasing";

const topic = (text: string) => focusTopic(text).topic?.text ?? null;

describe("articles on a fitted topic", () => {
	it("gives a mass noun no article, even with a time after it", () => {
		// (Not "after last year's incident": an incident of the reader's is told, never said; phrasing-r111.test.ts.)
		expect(topic("Lab safety after last year's audit, and getting AP Chem pass rate up (was 48%)")).toBe("lab safety after last year's audit");
		expect(topic("Patient privacy after the spring breach, plus getting the audit trail cleaned up")).toBe("patient privacy after the spring breach");
		expect(topic("Food safety before the health inspection")).toBe("food safety before the health inspection");
		expect(topic("third-party risk — 300+ vendors, questionnaires never get reviewed")).toBe("third-party risk");
		expect(topic("vendor risk across 40 suppliers")).toBe("vendor risk across 40 suppliers");
	});

	it("gives a bare singular count noun after an -ing word 'the'", () => {
		expect(topic("framing crew, wkly safety mtg, OSHA10 req'd b4 start")).toBe("the framing crew");
		expect(topic("roofing crew, daily toolbox talks")).toBe("the roofing crew");
		// An -ing word before a plural or a mass noun is still an activity.
		expect(topic("negotiating contracts")).toBe("negotiating contracts");
		expect(topic("writing code")).toBe("writing code");
	});

	it("puts 'the' back before a measure a change names", () => {
		expect(experienceOf("Raised AP Chem pass rate from 52% to 71% in 3 yrs at Westbrook").statement).toBe("I raised the AP Chem pass rate from 52% to 71% in 3 years at Westbrook.");
		expect(experienceOf("Raised ELA proficiency rate from 38% to 55% in 2 yrs").statement).toBe("I raised the ELA proficiency rate from 38% to 55% in 2 years.");
		// A modifier that only looks like a measure ("average ventilator days") takes none.
		expect(experienceOf("cut avg vent days 4.1 -> 3.2").statement).toBe("I cut average ventilator days from 4.1 to 3.2.");
		expect(experienceOf("Reduced logo churn 3.5% -> 1.8%").statement).toBe("I reduced logo churn from 3.5% to 1.8%.");
	});
});

describe("a focus in several parts", () => {
	it("never reads a clause as the topic", () => {
		expect(topic("Research is siloed from the product teams; findings die in decks")).not.toMatch(/findings die/);
		expect(topic("Morale is low on the night shift; handoffs get skipped")).not.toMatch(/handoffs/);
		expect(topic("findings die in decks")).toBeNull();
	});

	it("names a change said as a clause as a thing", () => {
		expect(topic("Reading scores down 12% since 2022 + chronic absenteeism (~1 in 5 kids). board wants a plan in yr 1")).toBe("the 12% drop in reading scores");
		expect(topic("Referrals up 30% since the merger; intake can't keep up")).toBe("the 30% rise in referrals");
	});

	it("takes the first part that reads as a topic, without its connective", () => {
		expect(topic("readmits w/in 30d for CHF members ~22%, want <15%. also UM vs CM overlap")).toBe("readmissions within 30 days for CHF members");
		expect(topic("pick errors ~3%, want <1%. also slotting for the new SKUs")).toBe("pick errors");
		expect(topic("also UM vs CM overlap")).toBe("the UM versus CM overlap");
		expect(topic("but the main thing: dock scheduling")).toBe("dock scheduling");
	});
});

describe("a team's need, written in the third person", () => {
	it("is told back in the second person, what they said of their staffing left out", () => {
		const read = focusTopic("they're short staffed on weekends and want someone comfortable doing admissions solo").topic;
		expect(read?.text).toBe("how you want someone comfortable doing admissions on their own");
		expect(topic("They're short staffed on nights and need someone comfortable running codes solo")).toBe("how you need someone comfortable running codes on their own");
		// Someone unnamed, and what they are to do, is no part of the topic.
		expect(topic("they need a second tech on Saturdays and want someone who can cover intake")).toBe("how you need a second tech on Saturdays");
		// A loss is never told back as a need.
		expect(topic("they've lost two leads this year and need someone to own the vendor calendar")).toBeNull();
	});
});

describe("time served, read as tenure", () => {
	it.each([
		["4 yrs med-surg + 2 yrs home health, did solo admits on weekends at Mercy Home Health", "my 4 years in med-surg and 2 years in home health"],
		["3 seasons at H&R Block, ~600 returns, 0 rejected e-files last season", "my 3 seasons at H&R Block"],
		["4 yrs nights @ Keystone Xpress, 60 trucks, on-time 97%", "my 4 years on nights at Keystone Xpress"],
		["6 yrs tele/cardiac floor + 2 yrs transitions of care, my CHF pts had 30d readmit 11%", "my 6 years on the tele/cardiac floor and 2 years in transitions of care"],
		["2 summers at Camp Kinoya, 40 campers, lifeguard cert", "my 2 summers at Camp Kinoya"],
		["7 yrs days @ Mercy ED, 30 pts/shift", "my 7 years on days at Mercy ED"],
		["3 yrs dispatch floor + 1 yr road supervisor", "my 3 years on the dispatch floor and 1 year as a road supervisor"],
	])("%j", (note, reference) => {
		const read = experienceOf(note);
		expect(read.reference).toBe(reference);
		expect(`${read.reference} ${read.short} ${read.more.join(" ")}`).not.toMatch(/track record/);
		// The figures after commas are left out of the sentence, and said to be.
		if (/, \d|, ~|, on-time/.test(note)) expect(read.leftOut.length).toBeGreaterThan(0);
	});

	it("keeps what the user did in those years", () => {
		expect(experienceOf("5 yrs ICU + 3 yrs PACU, precepted 12 new grads").reference).toBe("my 5 years in ICU and 3 years in PACU, where I precepted 12 new grads");
		expect(experienceOf("4 yrs med-surg + 2 yrs home health, did solo admits on weekends at Mercy Home Health").more).toEqual(["I also did solo admissions on weekends at Mercy Home Health."]);
	});

	it("leaves counts and credentials between commas after an action out", () => {
		const fleet = experienceOf("took PM compliance 81% -> 96% in 14 months at Coastal Freight (fleet of 220), ASE Master cert");
		expect(fleet.statement).toBe("I took PM compliance from 81% to 96% in 14 months at Coastal Freight (fleet of 220).");
		expect(fleet.leftOut).toEqual(["ASE Master certification"]);
		const repo = experienceOf("Built a research repository in Dovetail at Fintrek, 140 studies tagged, PMs cited it in 70% of PRDs");
		expect(repo.statement).toBe("I built a research repository in Dovetail at Fintrek, and PMs cited it in 70% of PRDs.");
		expect(experienceOf("pushed first-call resolution 64% -> 80%, 12 agents, Zendesk admin cert").statement).toBe("I pushed first-call resolution from 64% to 80%.");
	});
});

describe("arrows between figures", () => {
	it("say where the change started from", () => {
		expect(experienceOf("brought on-time delivery 88% -> 97% in 6 months").statement).toBe("I brought on-time delivery from 88% to 97% in 6 months.");
		expect(experienceOf("Cut Medicare readmission rate 18% -> 11% at St. Anne's").statement).toBe("I cut the Medicare readmission rate from 18% to 11% at St. Anne's.");
		// Never a second "from".
		expect(experienceOf("took PM compliance from 81% -> 96%").statement).toBe("I took PM compliance from 81% to 96%.");
	});
});

describe("attachments", () => {
	it("calls a title 'code' only when nothing says it is writing", () => {
		expect(attachmentKind("Research repo case study", "https://jordanrivera.example/dovetail-case-study.pdf")).toBe("document");
		expect(attachmentKind("Data repo walkthrough", "https://me.example/walkthrough.docx")).toBe("document");
		expect(attachmentKind("Repo write-up", null)).toBe("document");
		expect(attachmentKind("Onboarding repo", "https://github.com/me/onb")).toBe("code");
		expect(attachmentKind("Migration repo", null)).toBe("code");
	});

	it("splits one line of attachments at commas outside brackets and addresses", () => {
		expect(attachmentItems("reel v3 (https://vimeo.com/000000/example), Saltwater EP1 link")).toEqual(["[reel v3](https://vimeo.com/000000/example)", "Saltwater EP1 link"]);
		expect(attachmentItems("portfolio (https://me.example/work), résumé.pdf, LinkedIn recs")).toEqual(["[portfolio](https://me.example/work)", "résumé.pdf", "LinkedIn recs"]);
		expect(attachmentItems("demo (https://loom.com/share/a,b), [[Case study]]")).toEqual(["[demo](https://loom.com/share/a,b)", "[[Case study]]"]);
		expect(attachmentItems("sample syllabus.docx; grading rubric.pdf")).toEqual(["sample syllabus.docx", "grading rubric.pdf"]);
		// A title with a comma of its own stays whole.
		expect(attachmentItems("Letter from Dr. Lee, Chief of Staff.pdf")).toEqual(["Letter from Dr. Lee, Chief of Staff.pdf"]);
		expect(attachmentItems("[Case study, 2024](https://x.example/a.pdf)")).toEqual(["[Case study, 2024](https://x.example/a.pdf)"]);
	});
});

describe("shorthand", () => {
	it("writes out interview, director, elementary, crosswind, readmissions, days, required, before, weekly and OSHA", () => {
		expect(expandShorthand("2nd intv w/ dir? maybe")).toBe("second interview with director? maybe");
		expect(expandShorthand("intvs w/ HR dir b4 fri, wkly 1:1s, Lincoln Elem, x-wind limits")).toBe("interviews with HR director before fri, weekly 1:1s, Lincoln Elementary, crosswind limits");
		expect(expandShorthand("a 30d readmit rate of 11%")).toBe("a 30-day readmission rate of 11%");
		expect(expandShorthand("readmits w/in 30d for CHF members, 14d supply")).toBe("readmissions within 30 days for CHF members, 14-day supply");
		expect(expandShorthand("osha10 req'd, osha 30 done")).toBe("OSHA 10 required, OSHA 30 done");
	});
});

describe("a highlight whose verb looks like its base form", () => {
	it("gives the user's action its 'I', even before a name in capitals", () => {
		const cut = experienceOf("cut CAN bus load from 78% to 52% by moving diagnostics to CAN FD");
		expect(cut.statement).toBe("I cut CAN bus load from 78% to 52% by moving diagnostics to CAN FD.");
		expect(cut.reference).toMatch(/^the time I cut CAN bus load/);
		expect(experienceOf("led CAN diagnostics rework at Norvik").statement).toBe("I led CAN diagnostics rework at Norvik.");
		expect(experienceOf("ran IS audit prep for 3 sites").statement).toMatch(/^I ran /);
	});
});

describe("a focus that names a change", () => {
	it("names any verb of a percentage change as the change", () => {
		expect(topic("registration dropped 15% after fee increase")).toBe("the 15% drop in registration after the fee increase");
		expect(focusTopic("registration dropped 15% after fee increase").topic?.short).toBe("the 15% drop in registration");
		expect(topic("membership fell 8% after the rate change")).toBe("the 8% drop in membership after the rate change");
		expect(topic("Walk-ins jumped 20% since March")).toBe("the 20% rise in walk-ins");
	});

	it("names a measure that went from one figure to another as it moving, theirs said as yours", () => {
		const read = focusTopic("Their TRIR went from 2.1 to 4.8 in 18 months and OSHA did a walk-through in Sept").topic;
		expect(read?.text).toBe("your TRIR rising from 2.1 to 4.8 in 18 months");
		expect(topic("their DSO went from 62 to 41 days")).toMatch(/^your DSO falling from 62 to 41/);
		expect(topic("scrap rate went from 3% to 7% and nobody knows why")).toBe("the scrap rate rising from 3% to 7%");
	});
});

describe("a hurried highlight's grammar, rebuilt", () => {
	it("writes out 'cert', 'inv.' and a glued length of time, and keeps a numbered level's capital", () => {
		expect(experienceOf("Level 2 avalanche cert").reference).toBe("my Level 2 avalanche certification");
		expect(experienceOf("Phase 3 wildland firefighter cert").reference).toBe("my Phase 3 wildland firefighter certification");
		const ash = experienceOf("ISA cert + TRAQ; ran 3yr ash inv. @ Brightline Parks (2.8k trees), GIS");
		expect(ash.reference).toBe("my ISA certification and TRAQ qualification");
		expect(ash.more.join(" ")).toMatch(/three-year ash inventory at Brightline Parks/);
		expect(ash.more.join(" ")).not.toMatch(/\binv\b|GIS/);
		expect(experienceOf("CDL cert & HAZMAT").reference).toBe("my CDL certification and HAZMAT qualification");
	});

	it("puts back the article before a bare thing a team has one of", () => {
		expect(experienceOf("Grew rec league from 180 to 260 kids in 2 seasons, ran scholarship fund ($12k)").statement).toBe("I grew the rec league from 180 to 260 kids in 2 seasons and ran a $12,000 scholarship fund.");
		expect(experienceOf("started booster club for the band program").statement).toBe("I started a booster club for the band program.");
		expect(experienceOf("expanded youth choir from 20 to 45 singers").statement).toBe("I expanded the youth choir from 20 to 45 singers.");
		// One bare word may be a mass noun ("payroll"): left as written.
		expect(experienceOf("ran payroll for 40 staff").statement).toBe("I ran payroll for 40 staff.");
	});

	it("says a measure got from one figure to another as brought down or up, its list of means left out", () => {
		const scc = experienceOf("got SCC 320k->180k in 8 mo @ Brookside, DHIA records, teat dip protocol + staff training");
		expect(scc.statement).toBe("I brought SCC down from 320,000 to 180,000 in 8 months at Brookside.");
		expect(scc.leftOut).toEqual(expect.arrayContaining(["DHIA records"]));
		expect(experienceOf("got NPS 31 -> 58 at Harbor Dental, recall texts").statement).toBe("I brought NPS up from 31 to 58 at Harbor Dental.");
		// A list of things done, with no place or time after the action, stays.
		expect(experienceOf("Built the intake form, the triage board and the rota").statement).toMatch(/triage board/);
	});
});

describe("a focus said in sentences, told back whole", () => {
	it("turns 'their X flagged Y' into the Y, said as yours, or leaves it out; never a clause glued on as a noun", () => {
		const bms = topic("ISO 26262 ASIL-C compliance for the new BMS; their last audit flagged traceability gaps");
		expect(bms).not.toMatch(/and last audit|last audit flagged traceability/);
		expect(bms).toMatch(/^ISO 26262 ASIL-C compliance for the new BMS/);
		expect(topic("their last audit flagged traceability gaps")).toBe("the traceability gaps your last audit flagged");
		expect(topic("Epic upgrade; their auditors flagged access reviews")).toBe("the Epic upgrade and the access reviews your auditors flagged");
	});

	it("names a measure with the figure they want it at as getting it there", () => {
		const scc = focusTopic("SCC high (~350k) -> want < 200k; 3x milking, 600 hd, rotary parlor").topic;
		expect(scc?.text).toBe("getting your SCC from about 350,000 to under 200,000");
		expect(scc?.short).toBe("your SCC");
		expect(topic("A1c avg 9.1 -> goal < 7")).toBe("getting your A1c average from 9.1 to under 7");
		expect(topic("pick errors (3%) -> target < 1%")).toBe("getting your pick errors from 3% to under 1%");
	});

	it("keeps a gerund's particle with its verb, and a label before a list", () => {
		const access = focusTopic("getting back access to the 3 big cardiology groups in Dayton that went no-see").topic;
		expect(access?.text).toBe("getting back access to the 3 big cardiology groups in Dayton");
		expect(access?.short).toBe("access to the 3 big cardiology groups");
		expect(focusTopic("winning back trust with the night nurses after the rota change").topic?.short).not.toMatch(/^back\b/);
		const services = focusTopic("Families want more personal services: video tributes, green burial").topic;
		expect(services?.text).toBe("more personal services, such as video tributes and green burial");
		expect(services?.short).toBe("more personal services");
		expect(topic("members want more class times: early mornings, late evenings, weekends")).toBe("more class times, such as early mornings, late evenings and weekends");
	});

	it("tells a bare 'wants' back as their need, writes out '80%+' and reads '--' as a dash", () => {
		const need = focusTopic("wants someone comfortable w/ operant conditioning for voluntary blood draws").topic;
		expect(need?.text).toBe("how you want someone comfortable with operant conditioning for voluntary blood draws");
		// Too long for a card, and never cut to "how you want someone comfortable".
		expect(need?.short).toBeNull();
		expect(topic("needs a charge nurse comfortable with codes on nights")).toBe("how you need a charge nurse comfortable with codes on nights");
		expect(topic("CAN bus load at 80%+ on the HV bus")).toBe("the CAN bus load at more than 80% on the HV bus");
		expect(topic("caseload -- each investigator carries ~60 felony cases, they need someone who can triage")).toBe("the caseload");
		expect(topic("intake backlog -- 40 files a week, nobody owns it")).toBe("the intake backlog");
	});
});

describe("a highlight's verbs, counts and results, each in its place", () => {
	it("reads two past tenses joined by a slash as two verbs", () => {
		expect(experienceOf("loaded/discharged 40+ grain cargoes as 3rd mate on MV Nordic Star").statement).toBe("I loaded and discharged more than 40 grain cargoes as third mate on MV Nordic Star.");
		expect(experienceOf("hired/onboarded 12 seasonal staff").statement).toBe("I hired and onboarded 12 seasonal staff.");
	});

	it("says a count and the load it makes as a load of that many", () => {
		expect(experienceOf("Ran 70+ case caseload at Lane County PD").statement).toBe("I ran a caseload of more than 70 cases at Lane County PD.");
		expect(experienceOf("carried 30 patient patientload on nights").statement).not.toMatch(/30 patient patientload/);
	});

	it("never glues two items of a list into one sentence", () => {
		const read = experienceOf("- ECDIS passage planning\n- zero hold inspection failures in 2 yrs");
		expect(read.reference).toBe("my work on ECDIS passage planning");
		expect(read.more).toEqual(["I also had zero hold inspection failures in 2 years."]);
		// In one item, a record after the work is still its result.
		expect(experienceOf("ran the refunds queue, zero duplicate refunds in 18 months").statement ?? experienceOf("ran the refunds queue, zero duplicate refunds in 18 months").reference).toMatch(/zero duplicate refunds/);
	});

	it("gives a thing that passed an audit its own verb", () => {
		expect(experienceOf("Led requirements traceability for the brake controller at Norvik, passed TÜV audit first time").statement).toBe("I led requirements traceability for the brake controller at Norvik, which passed its TÜV audit the first time.");
		expect(experienceOf("rebuilt the HACCP plan at Dunmore, passed state inspection first time").statement).toBe("I rebuilt the HACCP plan at Dunmore, which passed its state inspection the first time.");
	});

	it("says a share of a target as hitting it, an award after it left out", () => {
		const quota = experienceOf("102% of quota in 2025, President's Club");
		expect(quota.reference).toBe("hitting 102% of quota in 2025");
		expect(quota.leftOut).toContain("President's Club");
		expect(experienceOf("118% of target in FY24").reference).toBe("hitting 118% of target in FY24");
	});

	it("takes out a hyphen between two words listed with two others", () => {
		expect(experienceOf("instrument-drive + booster grant, raised $22k").reference).toBe("my work on the instrument drive and booster grant, which raised $22,000");
		expect(experienceOf("food-pantry + coat drive").reference).toMatch(/food pantry and coat drive/);
	});
});
