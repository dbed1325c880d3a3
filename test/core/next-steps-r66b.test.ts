import { describe, expect, it } from "vitest";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = (name: string, title = "", others: string[] = []) => ({ names: namesFor(name), title, context: [name, ...others] });
// Monday 30 November 2026, read the same day.
const read = (text: string, reader: ReturnType<typeof to>) => readNextSteps(text, reader, local("2026-11-30T08:00"), local("2026-11-30T12:00"));

describe("a group after 'presentation to', typed short (review 65)", () => {
	it("says 'to the planning commission subcommittee'", () => {
		expect(read("2nd rd = presentation to planning commission subcmte, karen will email by 12/11", to("Karen Lo"))?.clause).toBe(
			"I understood the second round would be a presentation to the planning commission subcommittee, and that you'd email by Friday 11 December",
		);
		expect(read("2nd rd = presentation to finance subcomm", to("Karen Lo", "", ["Dale Ruiz"]))?.clause).toBe("I understood the second round would be a presentation to the finance subcommittee");
		expect(read("2nd rd = presentation to the board", to("Karen Lo", "", ["Dale Ruiz"]))?.clause).toBe("I understood the second round would be a presentation to the board");
	});
});

describe("'onc' before a team or unit (review 66)", () => {
	it("is oncology", () => {
		expect(read("dr feld said they'd decide after thanksgiving, maybe a 2nd rd w/ the onc team", to("Ann Feld"))?.clause).toBe(
			"you mentioned the team would decide after Thanksgiving, and that there might be a second round with the oncology team",
		);
		expect(read("2nd rd w/ the onc unit nurses", to("Ann Feld", "", ["Dale Ruiz"]))?.clause ?? "").not.toMatch(/\bonc\b/);
	});
});

describe("'<name> sending …' after a step (review 66)", () => {
	it("is the person's own step, never ', you sending …'", () => {
		expect(read("paid test edit, sam sending raw files", to("Sam Ray"))?.clause).toBe("I understood the next step was a paid test edit, and that you'd send the raw files");
		expect(read("paid test edit, sam sending raw files", to("Dale Ruiz", "", ["Sam Ray"]))?.clause).toBe("I understood the next step was a paid test edit, and that Sam would send the raw files");
		expect(read("trial shift, Sam booking my flights", to("Dale Ruiz", "", ["Sam Ray"]))?.clause).toBe("I understood the next step was a trial shift, and that Sam would book my flights");
	});

	it("leaves the part out when it cannot be said", () => {
		for (const [note, reader] of [
			["paid test edit, sam emailing contract by fri", to("Sam Ray")],
			["paid test edit, bob sending raw files", to("Sam Ray")],
		] as const) {
			const r = read(note, reader);
			expect(r?.clause, note).toBe("I understood the next step was a paid test edit");
			expect(r?.unsaid, note).toHaveLength(1);
		}
	});
});

describe("a kitchen stage on a day's service (review 66)", () => {
	it("says the service after the day, and never 'svc'", () => {
		expect(read("2nd stage fri dinner svc? marco txt me", to("Marco Ruiz"))?.clause).toBe(
			"I understood the next step was a possible second stage on Friday 4 December at dinner service, and that you'd text me",
		);
		expect(read("2nd stage fri dinner svc? marco txt me", to("Dale Ruiz", "", ["Marco Ruiz"]))?.clause).toBe(
			"I understood the next step was a possible second stage on Friday 4 December at dinner service, and that Marco would text me",
		);
		expect(read("2nd stage fri lunch svc", to("Marco Ruiz"))?.clause).toBe("I understood the next step was a second stage on Friday 4 December at lunch service");
		expect(read("stage at the svc desk fri", to("Marco Ruiz"))?.clause ?? "").not.toMatch(/\bsvc\b/);
	});
});

describe("someone passing the user on for a round (review 66)", () => {
	it("says who they are passed on to, and when the user should hear", () => {
		expect(read("tanya passing me to coding mgr for 2nd rd, shld hear by end of next wk", to("Tanya Ross"))?.clause).toBe(
			"you mentioned you'd pass me on to the coding manager for a second round, and that I'd hear back by Friday 11 December",
		);
		expect(read("tanya passing me to coding mgr for 2nd rd, shld hear by end of next wk", to("Dale Ruiz", "", ["Tanya Ross"]))?.clause).toBe(
			"I understood Tanya would pass me on to the coding manager for a second round, and that I'd hear back by Friday 11 December",
		);
		expect(read("tanya passing me to the hiring manager", to("Tanya Ross"))?.clause).toBe("you mentioned you'd pass me on to the hiring manager");
	});
});
