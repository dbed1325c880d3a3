import { getDayOfYear, getISOWeek } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	attachmentLabel,
	firstName,
	formatMoment,
	interviewDay,
	interviewPlaceholders,
	joinNames,
	phrase,
	renderTemplate,
	stripComments,
	theRole,
} from "../../src/core/placeholders";
import { anInterview, local } from "../builders/interview";

const now = local("2026-11-25T14:30");

describe("renderTemplate", () => {
	it("fills placeholders, trimming spaces inside the braces and ignoring case", () => {
		expect(renderTemplate("{{company}} / {{ role }} / {{Company}}", { company: "Acme", role: "Engineer" }, now)).toEqual({
			text: "Acme / Engineer / Acme",
			unknown: [],
		});
	});

	it("inserts values literally: a value that looks like a placeholder stays as it is", () => {
		const { text, unknown } = renderTemplate("{{company}} hires a {{role}}", { company: "{{role}} Ltd", role: "$& $1 {{company}}" }, now);
		expect(text).toBe("{{role}} Ltd hires a $& $1 {{company}}");
		expect(unknown).toEqual([]);
	});

	it("leaves an unknown placeholder visible and reports it once", () => {
		const { text, unknown } = renderTemplate("Hi {{nmae}}, {{nmae}} and {{interviewer.age}}", {}, now);
		expect(text).toBe("Hi {{nmae}}, {{nmae}} and {{interviewer.age}}");
		expect(unknown).toEqual(["nmae", "interviewer.age"]);
	});

	it("reports a format given to a text placeholder, since it cannot be honoured", () => {
		expect(renderTemplate("{{company:YYYY}}", { company: "Acme" }, now)).toEqual({ text: "{{company:YYYY}}", unknown: ["company:YYYY"] });
	});

	it("prints date and time as core Templates does, with Moment formats", () => {
		const render = (template: string) => renderTemplate(template, {}, now).text;
		expect(render("{{date}}")).toBe("2026-11-25");
		expect(render("{{time}}")).toBe("14:30");
		expect(render("{{date:dddd D MMMM YYYY}}")).toBe("Wednesday 25 November 2026");
		expect(render("{{date:Do MMM [at] h:mm A}}")).toBe("25th Nov at 2:30 PM");
		expect(render("{{time:HH[h]mm}}")).toBe("14h30");
		expect(render("{{date:}}")).toBe("2026-11-25");
	});

	it("formats any date value, such as the interview date", () => {
		const values = { interview_date: local("2026-03-05T09:05") };
		expect(renderTemplate("{{interview_date}} {{interview_date:ddd D/M/YY}}", values, now).text).toBe("2026-03-05 Thu 5/3/26");
	});

	it("strips Obsidian comments, with the placeholders they mention, before filling in", () => {
		const template = "%%\nExplains {{company}} and {{nope}}\n%%\nHi {{company}} %%inline%%!\n";
		expect(renderTemplate(template, { company: "Acme" }, now)).toEqual({ text: "Hi Acme !\n", unknown: [] });
	});
});

describe("stripComments", () => {
	it("drops a comment left open to the end of the note, as Obsidian does", () => {
		expect(stripComments("Body\n%% unfinished\nstill comment")).toBe("Body\n");
	});
	it("keeps text with no comment untouched", () => {
		expect(stripComments("100% sure, 50 % off")).toBe("100% sure, 50 % off");
	});
});

describe("formatMoment", () => {
	const d = local("2026-01-04T00:07:09");
	it.each([
		["YYYY-MM-DD HH:mm:ss", "2026-01-04 00:07:09"],
		["YY M D H m s", "26 1 4 0 7 9"],
		["h:mm a, hh A, k", "12:07 am, 12 AM, 24"],
		["MMMM MMM dddd ddd dd d", "January Jan Sunday Sun Su 0"],
		["Do DDD DDDD W Q", "4th 4 004 1 1"],
		["[YYYY is] YYYY", "YYYY is 2026"],
		["YYYY-MM-DDTHH:mm", "2026-01-04T00:07"],
		["[Time]: hh!", "Time: 12!"],
	])("%s", (fmt, expected) => {
		expect(formatMoment(d, fmt)).toBe(expected);
	});

	it("numbers the ISO week and the day of the year as date-fns does, around new year and clock changes too", () => {
		const instant = fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true });
		fc.assert(
			fc.property(instant, (at) => {
				expect(formatMoment(at, "W DDD")).toBe(`${getISOWeek(at)} ${getDayOfYear(at)}`);
			}),
			{ numRuns: 2000 },
		);
		for (let year = 2020; year <= 2028; year++) {
			for (const day of [new Date(year, 0, 1), new Date(year, 0, 4), new Date(year, 11, 28), new Date(year, 11, 31)]) {
				expect(formatMoment(day, "WW DDDD")).toBe(`${String(getISOWeek(day)).padStart(2, "0")} ${String(getDayOfYear(day)).padStart(3, "0")}`);
			}
		}
	});
});

describe("values from an interview", () => {
	it("gives every data placeholder, empty where the note says nothing", () => {
		const interview = anInterview().company("").role("").build();
		const values = interviewPlaceholders(interview, { myName: "", signature: "" }, now);
		expect(values.company).toBe("");
		expect(values.primary_contact).toBe("");
		expect(values.pass_thanks_to).toBe("everyone I met");
		expect(values.the_role).toBe("the role");
		expect(values.interview_label).toBe("interview on 25 November");
		expect(values).not.toHaveProperty("interviewer.name");
	});

	it("describes one interviewer for a personal draft", () => {
		const interview = anInterview()
			.interviewer("Dr. Ana Ruiz", {
				email: "ana@x.example",
				title: "Head of platform",
				focus: "Keeping costs flat.",
				attachments: ["[[Designs/Stack-up.png|Stack-up diagram]]", "https://x.example/press"],
			})
			.interviewer("Tom Becker")
			.build();
		const values = interviewPlaceholders(interview, { myName: "Jordan", signature: "" }, now, interview.interviewers[0]);
		expect(values["interviewer.first_name"]).toBe("Dr. Ruiz");
		expect(values["interviewer.focus"]).toBe("keeping costs flat");
		expect(values.attachments).toBe("- Stack-up diagram (attached)\n- https://x.example/press");
		expect(values.interviewers).toBe("Dr. Ana Ruiz and Tom Becker");
		expect(values.pass_thanks_to).toBe("Tom Becker");
	});
});

describe("wording helpers", () => {
	it("addresses people by first name, or by title and surname", () => {
		expect(firstName("Dana Whitfield")).toBe("Dana");
		expect(firstName("Prof Li Wei")).toBe("Prof. Wei");
		expect(firstName("Li Wei")).toBe("Li");
		expect(firstName("Prof Wei")).toBe("Prof. Wei");
		expect(firstName("Cher")).toBe("Cher");
		expect(firstName("  ")).toBe("");
	});

	it("joins names as a sentence would", () => {
		expect(joinNames([])).toBe("");
		expect(joinNames(["Tom Becker"])).toBe("Tom Becker");
		expect(joinNames(["Tom Becker", "Ana Ruiz"])).toBe("Tom Becker and Ana Ruiz");
		expect(joinNames(["A", "B", "C"])).toBe("A, B and C");
	});

	it("lowers only a capital that a list item put there", () => {
		expect(phrase("Keeping arm calibration inside ±0.05 mm.")).toBe("keeping arm calibration inside ±0.05 mm");
		expect(phrase("The cache I built")).toBe("the cache I built");
		expect(phrase("Led the rollout")).toBe("led the rollout");
		expect(phrase("Kubernetes upgrades")).toBe("Kubernetes upgrades");
		expect(phrase("CI that takes 50 minutes")).toBe("CI that takes 50 minutes");
		expect(phrase("A/B partitions")).toBe("A/B partitions");
		expect(phrase("Red Hat migration")).toBe("Red Hat migration");
		expect(phrase("classroom mgmt, esp. 10th grade")).toBe("classroom management, especially tenth grade");
		expect(phrase("[[Project Atlas]]\nrollout")).toBe("Project Atlas rollout");
	});

	it("names the interview day as a message written at `now` would", () => {
		const start = local("2026-11-25T13:00");
		expect(interviewDay(start, local("2026-11-25T23:59"))).toBe("today");
		expect(interviewDay(start, local("2026-11-26T00:01"))).toBe("yesterday");
		expect(interviewDay(start, local("2026-11-30T09:00"))).toBe("on Wednesday");
		// Six days on, a weekday reads as the coming one: "on Wednesday" written on a Tuesday.
		expect(interviewDay(start, local("2026-12-01T09:00"))).toBe("on 25 November");
		expect(interviewDay(start, local("2026-12-02T09:00"))).toBe("on 25 November");
		expect(interviewDay(start, local("2027-01-04T09:00"))).toBe("on 25 November 2026");
	});

	it("says the role as the note allows", () => {
		expect(theRole("Platform engineer", "Acme Robotics")).toBe("the platform engineer role at Acme Robotics");
		expect(theRole("Platform Engineer", "Acme Robotics")).toBe("the Platform Engineer role at Acme Robotics");
		expect(theRole("Platform engineer position", "")).toBe("the platform engineer position");
		expect(theRole("Nurse manager, cardiac step-down", "St. Brigid's")).toBe("the role of nurse manager, cardiac step-down, at St. Brigid's");
		expect(theRole("", "Acme")).toBe("the role at Acme");
		expect(theRole("", "")).toBe("the role");
	});

	it("lists attachments: vault links by name as attached, URLs and markdown links readable", () => {
		expect(attachmentLabel("[[Designs/Tolerance stack-up.png]]")).toEqual({ label: "Tolerance stack-up.png (attached)", file: "Tolerance stack-up.png" });
		expect(attachmentLabel("![[Letter.pdf]]").label).toBe("Letter.pdf (attached)");
		expect(attachmentLabel("https://x.example/a?b=1")).toEqual({ label: "https://x.example/a?b=1" });
		expect(attachmentLabel("[Press release](https://x.example/p)")).toEqual({ label: "Press release: https://x.example/p" });
	});
});
