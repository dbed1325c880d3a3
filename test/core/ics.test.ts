import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { buildAgenda } from "../../src/core/agenda";
import {
	buildCalendar,
	buildCalendarForInterviews,
	CALENDAR_NAME,
	eventDescription,
	eventSummary,
	eventUid,
	fnv1a64,
} from "../../src/core/ics";
import { obsidianOpenUri } from "../../src/core/obsidian-uri";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import type { FollowUpAction, Interview } from "../../src/core/types";
import { anInterview, local } from "../builders/interview";

const settings: Settings = { ...DEFAULT_SETTINGS, enableHandwrittenNote: true, enableLinkedin: true };
const VAULT = "Job hunt & co — Zoë";
const NOW = local("2026-11-25T18:00");

/** A vault with an interview in every state the rules know. */
function vault(): Interview[] {
	return [
		// Tomorrow: thank-you and next-steps are upcoming.
		anInterview()
			.file("Interviews/2026-11-27 Umbrella Health - Senior engineer.md")
			.company("Umbrella Health")
			.role("Senior engineer")
			.at("2026-11-27T10:00", "2026-11-27T12:00")
			.interviewer("Sam Lee", { email: "sam@umbrella.example" })
			.build(),
		// Ended this afternoon: thank-you due, next-steps due. Names with spaces, `&`, accents.
		anInterview()
			.file("Interviews/Café Zoë & Söhne #1.md")
			.company("Café Zoë & Söhne")
			.role("Platform engineer")
			.at("2026-11-25T13:00", "2026-11-25T14:30")
			.interviewer("Dana Whitfield", { email: "dana@cafe.example" })
			.interviewer("Tom Becker")
			.primaryContact("Lena Okafor", "lena@cafe.example")
			.build(),
		// Ended this morning: thank-you late; next steps were given.
		anInterview()
			.file("Interviews/Globex.md")
			.company("Globex")
			.role("Staff engineer")
			.at("2026-11-25T08:30", "2026-11-25T09:30")
			.interviewer("Owen Mercer", { email: "owen@globex.example" })
			.nextSteps("Hiring manager calls by Friday")
			.build(),
		// Two days ago and nothing sent: thank-you and next-steps overdue.
		anInterview()
			.file("Interviews/Initech.md")
			.company("Initech")
			.role("Backend developer")
			.at("2026-11-23T10:00", "2026-11-23T11:00")
			.primaryContact("Carla Mendes", "carla@initech.example")
			.build(),
		// Thanked, waiting: the check-in waits for the day after the decision date.
		anInterview()
			.file("Interviews/Wayne.md")
			.company("Wayne Enterprises")
			.role("Data engineer")
			.at("2026-11-24T14:00", "2026-11-24T15:00")
			.interviewer("Ibrahim Saleh", { email: "ibrahim@wayne.example", linkedin: "https://www.linkedin.com/in/ibrahim" })
			.primaryContact("Elena Duarte", "elena@wayne.example")
			.nextSteps("Decision by Dec 4")
			.decisionExpected("2026-12-04")
			.record("thankYouSent", "2026-11-24T18:10")
			.build(),
		// Checked in, no reply: close-out pending. Snoozed until tomorrow.
		anInterview()
			.file("Interviews/Stark.md")
			.company("Stark Industries")
			.role("Firmware engineer")
			.at("2026-11-10T09:30", "2026-11-10T12:30")
			.primaryContact("Hannah Brooks", "hannah@stark.example")
			.nextSteps("Debrief Friday")
			.record("thankYouSent", "2026-11-10T17:00")
			.record("handwrittenNoteSent", "2026-11-11")
			.record("checkInSent", "2026-11-17T09:30")
			.snoozedUntil("2026-11-26T09:00")
			.build(),
		// A reply came: nothing pending.
		anInterview()
			.file("Interviews/Hooli.md")
			.company("Hooli")
			.record("thankYouSent", "2026-11-17T16:20")
			.record("replyReceived", "2026-11-20T10:00")
			.record("handwrittenNoteSent", "2026-11-18")
			.build(),
		// Closed and offered: nothing pending.
		anInterview().file("Interviews/Soylent.md").company("Soylent").status("closed").build(),
		anInterview().file("Interviews/Wonka.md").company("Wonka Labs").status("offer").build(),
	];
}

function parse(ics: string): ICAL.Component[] {
	return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
}

const text = (c: ICAL.Component, name: string) => String(c.getFirstPropertyValue(name));
const instant = (c: ICAL.Component, name: string) => (c.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();

function rawProperty(ics: string, name: string): string[] {
	const unfolded = ics.replace(/\r\n[ \t]/g, "");
	return unfolded.split("\r\n").filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

const keyOf = (file: string, kind: string) => `${file} :: ${kind}`;
const fileOfUrl = (url: string) => new URL(url).searchParams.get("file") ?? "";

describe("calendar export", () => {
	const interviews = vault();
	const actions = buildAgenda(interviews, settings, NOW).actions;
	const ics = buildCalendarForInterviews(interviews, { now: NOW, vaultName: VAULT, settings });
	const events = parse(ics);
	const eventFor = (a: FollowUpAction) =>
		events.find((e) => fileOfUrl(text(e, "url")) === a.file && e.getFirstProperty("categories")!.getValues()[0] === a.kind)!;

	it("asks subscribers to fetch it again each hour, with RFC 7986's one VALUE parameter", () => {
		expect(ics.split("\r\n").filter((l) => l.startsWith("REFRESH-INTERVAL"))).toEqual(["REFRESH-INTERVAL;VALUE=DURATION:PT1H"]);
	});

	it("holds one event per pending action, upcoming and snoozed ones included", () => {
		expect(actions.map((a) => a.state)).toEqual(expect.arrayContaining(["upcoming", "due", "late", "overdue"]));
		expect(actions.some((a) => a.snoozedUntil)).toBe(true);
		expect(events).toHaveLength(actions.length);
		const fromCalendar = events.map((e) => keyOf(fileOfUrl(text(e, "url")), e.getFirstProperty("categories")!.getValues()[0] as string));
		expect(fromCalendar.sort()).toEqual(actions.map((a) => keyOf(a.file, a.kind)).sort());
		// Nothing for interviews that got a reply, were closed or turned into an offer.
		expect(fromCalendar.some((k) => /Hooli|Soylent|Wonka/.test(k))).toBe(false);
	});

	it("starts each event at the action's opening instant, written in UTC", () => {
		for (const line of rawProperty(ics, "DTSTART")) expect(line).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
		for (const a of actions) {
			const e = eventFor(a);
			expect(instant(e, "dtstart")).toBe(a.opensAt.getTime());
			expect(instant(e, "dtend")).toBeGreaterThan(a.opensAt.getTime());
		}
		const wayneCheckIn = actions.find((a) => a.file === "Interviews/Wayne.md" && a.kind === "check-in")!;
		expect(rawProperty(ics, "DTSTART")).toContain(`DTSTART:${wayneCheckIn.opensAt.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`);
	});

	it("rings when the action opens, and an hour before a deadline", () => {
		for (const a of actions) {
			const alarms = eventFor(a).getAllSubcomponents("valarm");
			expect(alarms.length).toBeGreaterThan(0);
			for (const alarm of alarms) expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
			expect((alarms[0].getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(0);
			if (a.deadline) {
				expect(alarms).toHaveLength(2);
				expect((alarms[1].getFirstPropertyValue("trigger") as ICAL.Time).toJSDate().getTime()).toBe(a.deadline.getTime() - 3_600_000);
			} else {
				expect(alarms).toHaveLength(1);
			}
		}
	});

	it("names the kind in CATEGORIES and says what to do in the summary", () => {
		const cafe = actions.find((a) => a.file === "Interviews/Café Zoë & Söhne #1.md" && a.kind === "thank-you")!;
		const e = eventFor(cafe);
		expect(e.getFirstProperty("categories")!.getValues()).toEqual(["thank-you"]);
		expect(text(e, "summary")).toBe("Send a thank-you: Café Zoë & Söhne · Platform engineer");
	});

	it("links each event to its note with an Obsidian URI that encodes vault and path", () => {
		const cafe = actions.find((a) => a.file === "Interviews/Café Zoë & Söhne #1.md")!;
		const url = text(eventFor(cafe), "url");
		expect(url).toBe(
			"obsidian://open?vault=Job%20hunt%20%26%20co%20%E2%80%94%20Zo%C3%AB&file=Interviews%2FCaf%C3%A9%20Zo%C3%AB%20%26%20S%C3%B6hne%20%231.md",
		);
		const params = new URL(url).searchParams;
		expect(params.get("vault")).toBe(VAULT);
		expect(params.get("file")).toBe("Interviews/Café Zoë & Söhne #1.md");
		expect(text(eventFor(cafe), "description")).toContain(`Open in Obsidian: ${url}`);
	});

	it("keeps each event's UID from one export to the next, and gives every action its own", () => {
		const later = local("2026-11-26T09:30");
		const again = parse(buildCalendarForInterviews(interviews, { now: later, vaultName: VAULT, settings }));
		const uids = (list: ICAL.Component[]) =>
			new Map(list.map((e) => [keyOf(fileOfUrl(text(e, "url")), e.getFirstProperty("categories")!.getValues()[0] as string), text(e, "uid")]));
		const first = uids(events);
		const second = uids(again);
		for (const [key, uid] of second) expect(first.get(key)).toBe(uid);
		expect(new Set(first.values()).size).toBe(events.length);
		for (const uid of first.values()) expect(uid).toMatch(/^[0-9a-f]{16}@interview-follow-up$/);
		// Another vault holding the same note gets other events.
		expect(eventUid("Other vault", "Interviews/Initech.md", "thank-you")).not.toBe(eventUid(VAULT, "Interviews/Initech.md", "thank-you"));
		// A re-import counts as newer: stamp and sequence move on.
		expect(instant(again[0], "dtstamp")).toBe(later.getTime());
		expect(Number(text(again[0], "sequence"))).toBeGreaterThan(Number(text(events[0], "sequence")));
	});

	it("spells out recipients, the ideal time and the deadline in local words and ISO", () => {
		const cafe = actions.find((a) => a.file === "Interviews/Café Zoë & Söhne #1.md" && a.kind === "thank-you")!;
		const description = text(eventFor(cafe), "description");
		expect(description).toContain("To: Dana Whitfield <dana@cafe.example>; Lena Okafor <lena@cafe.example>");
		expect(description).toContain("Ask Lena Okafor to pass your thanks on to Tom Becker.");
		expect(description).toContain("Note: Interviews/Café Zoë & Söhne #1.md");
		const deadline = /^Deadline: (.+) \(([^)]+)\)$/m.exec(description)!;
		expect(new Date(deadline[2]).getTime()).toBe(cafe.deadline!.getTime());
		expect(deadline[1]).toBe("Thu 26 Nov 2026, 14:30");
		const ideal = /^Ideally by: (.+) \(([^)]+)\)$/m.exec(description)!;
		expect(new Date(ideal[2]).getTime()).toBe(cafe.idealBy!.getTime());
		expect(ideal[1]).toBe("Wed 25 Nov 2026, 22:30");

		const stark = actions.find((a) => a.file === "Interviews/Stark.md")!;
		expect(text(eventFor(stark), "description")).toMatch(/^Snoozed until: Thu 26 Nov 2026, 09:00/m);
		const initech = actions.find((a) => a.file === "Interviews/Initech.md" && a.kind === "thank-you")!;
		expect(text(eventFor(initech), "description")).toContain("To: Carla Mendes <carla@initech.example>");
	});

	it("names the calendar and the product", () => {
		expect(ics).toContain(`\r\nX-WR-CALNAME:${CALENDAR_NAME}\r\n`);
		expect(ics).toMatch(/\r\nPRODID:-\/\/Interview Follow-up\/\/Interview Follow-up\/\/EN\r\n/);
		expect(buildCalendar([], { now: NOW, vaultName: VAULT, productName: "CLI" })).toMatch(/\r\nPRODID:-\/\/Interview Follow-up\/\/CLI\/\/EN\r\n/);
	});

	it("is a valid empty calendar when nothing is pending", () => {
		const empty = buildCalendar([], { now: NOW, vaultName: VAULT });
		expect(empty.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
		expect(empty.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(parse(empty)).toEqual([]);
	});
});

describe("calendar text encoding", () => {
	const tricky = anInterview()
		.file("Interviews/Smith, Jones; Partners.md")
		.company('Smith, Jones; "Partners"\\Co\nEurope')
		.role("Engineer, platform; infra")
		.interviewer("Ann O'Neil, PhD", { email: "ann@sjp.example" })
		.interviewer("Bo; Li")
		.primaryContact("Chris, the recruiter", "chris@sjp.example")
		.build();
	const long = anInterview()
		.file("Interviews/東京ロボティクス株式会社 — Société Générale d'Ingénierie Électronique.md")
		.company("東京ロボティクス株式会社 — Société Générale d'Ingénierie Électronique et Mécanique Avancée 🤖🤖🤖")
		.role("Ingénieure logicielle embarquée — systèmes temps réel, sûreté de fonctionnement")
		.interviewer("Zoë Ångström-Øverli", { email: "zoe@example.jp" })
		.build();
	const ics = buildCalendarForInterviews([tricky, long], { now: NOW, vaultName: VAULT, settings });
	const agenda = buildAgenda([tricky, long], settings, NOW).actions;
	const events = parse(ics);

	it("round-trips commas, semicolons, backslashes, quotes and newlines in names", () => {
		const thankYou = agenda.find((a) => a.file === tricky.file && a.kind === "thank-you")!;
		const event = events.find((e) => text(e, "uid") === eventUid(VAULT, tricky.file, "thank-you"))!;
		expect(text(event, "summary")).toBe(eventSummary(thankYou));
		expect(text(event, "summary")).toBe('Send a thank-you: Smith, Jones; "Partners"\\Co\nEurope · Engineer, platform; infra');
		expect(text(event, "description")).toBe(eventDescription(thankYou, VAULT));
		expect(text(event, "description")).toContain("Ask Chris, the recruiter to pass your thanks on to Bo; Li.");
		expect(rawProperty(ics, "SUMMARY")[0]).toContain("Smith\\, Jones\\; \"Partners\"\\\\Co\\nEurope");
	});

	it("round-trips non-ASCII and emoji in long lines", () => {
		const event = events.find((e) => text(e, "uid") === eventUid(VAULT, long.file, "thank-you"))!;
		expect(text(event, "summary")).toBe(eventSummary(agenda.find((a) => a.file === long.file && a.kind === "thank-you")!));
		expect(fileOfUrl(text(event, "url"))).toBe(long.file);
	});

	it("ends every line with CRLF and folds lines at 75 octets without splitting a character", () => {
		expect(ics.endsWith("\r\n")).toBe(true);
		expect(/[^\r]\n|\r[^\n]/.test(ics)).toBe(false);
		const lines = ics.split("\r\n").slice(0, -1);
		expect(lines.some((l) => l.startsWith(" "))).toBe(true);
		for (const line of lines) {
			expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
			// A lone surrogate would mean an emoji was cut in two.
			expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line)).toBe(false);
		}
	});
});

describe("event UIDs", () => {
	it("uses FNV-1a 64 as published (test vectors)", () => {
		expect(fnv1a64("")).toBe("cbf29ce484222325");
		expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
		expect(fnv1a64("foobar")).toBe("85944171f73967e8");
	});

	it("differ by vault, note and kind", () => {
		const uids = new Set([
			eventUid("V", "a.md", "thank-you"),
			eventUid("V", "a.md", "check-in"),
			eventUid("V", "b.md", "thank-you"),
			eventUid("W", "a.md", "thank-you"),
			// The separator keeps "V\na.md" apart from "V\n" + "a.md"-like splits.
			eventUid("V\na", "md", "thank-you"),
		]);
		expect(uids.size).toBe(5);
	});

	it("obsidianOpenUri keeps the path as given and encodes reserved characters", () => {
		expect(obsidianOpenUri("My vault", "Interviews/A?b=c&d#e.md")).toBe("obsidian://open?vault=My%20vault&file=Interviews%2FA%3Fb%3Dc%26d%23e.md");
		expect(obsidianOpenUri("v", "Note")).toBe("obsidian://open?vault=v&file=Note");
	});
});
