import { describe, expect, it } from "vitest";
import {
	contentLine,
	escapeText,
	foldLine,
	IcalSyntaxError,
	parseDateTime,
	parseDuration,
	parseIcalendar,
	unescapeText,
	utcDateTime,
} from "../../src/core/icalendar";

const fail = (text: string) => {
	try {
		parseIcalendar(text);
	} catch (error) {
		expect(error).toBeInstanceOf(IcalSyntaxError);
		return (error as Error).message;
	}
	throw new Error("no error");
};

describe("content lines", () => {
	it("name, parameters bare and quoted, and the value after the first colon outside quotes", () => {
		const line = contentLine('ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Doe, Jane: PhD";X-A=1:MAILTO:jane@x.example', 1);
		expect(line.name).toBe("attendee");
		expect(Object.fromEntries(line.params)).toEqual({ role: "REQ-PARTICIPANT", cn: "Doe, Jane: PhD", "x-a": "1" });
		expect(line.value).toBe("MAILTO:jane@x.example");
		expect(contentLine("RRULE:FREQ=YEARLY;BYMONTH=3", 1)).toMatchObject({ name: "rrule", value: "FREQ=YEARLY;BYMONTH=3" });
		expect(contentLine("SUMMARY:", 1).value).toBe("");
	});

	it("decodes RFC 6868's caret escapes in parameter values; the last of a name wins", () => {
		const line = contentLine("ATTENDEE;CN=Bo ^'The Rock^' Chan^nof ^^Acme;CN=Second:x", 1);
		expect(line.params.get("cn")).toBe("Second");
		expect(contentLine("ATTENDEE;CN=Bo ^'The Rock^' Chan^nof ^^Acme:x", 1).params.get("cn")).toBe('Bo "The Rock" Chan\nof ^Acme');
	});

	it("refuses a line it cannot split, naming it", () => {
		expect(() => contentLine("just words", 7)).toThrow(/^line 7 \("just words"\) has no ":" between a name and a value$/);
		expect(() => contentLine("DTSTART;TZID:20261130T140000", 2)).toThrow(/has a parameter without "=" and a value/);
		expect(() => contentLine("DTSTART;=x:20261130T140000", 2)).toThrow(/has a parameter without a name/);
		expect(() => contentLine('ATTENDEE;CN="Doe:mailto:x', 2)).toThrow(/opens a quotation mark that it does not close/);
		expect(() => contentLine(`X-LONG;A=${"a".repeat(500)}`, 3)).toThrow(/^line 3 \("X-LONG;A=a{48}\.\.\."\)/);
	});
});

describe("components", () => {
	it("nests components, unfolds CRLF, LF and tab continuations, and skips blank lines", () => {
		const [calendar] = parseIcalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Inter\r\n view \n\tof the year\r\n\r\nEND:VEVENT\nEND:VCALENDAR");
		expect(calendar.name).toBe("vcalendar");
		expect(calendar.components[0].name).toBe("vevent");
		expect(calendar.components[0].properties).toEqual([{ name: "summary", params: new Map(), value: "Interview of the year" }]);
	});

	it("reads several calendars in one file", () => {
		const roots = parseIcalendar("BEGIN:VCALENDAR\nEND:VCALENDAR\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n");
		expect(roots.map((c) => c.properties.length)).toEqual([0, 1]);
	});

	it("refuses components that do not nest, and lines outside them, in one sentence", () => {
		expect(fail("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VCALENDAR")).toBe("the VCALENDAR that begins on line 1 never ends");
		expect(fail("BEGIN:VCALENDAR\nEND:VCALENDAR\nEND:VCALENDAR")).toBe('line 3 ("END:VCALENDAR") ends a component that never began');
		expect(fail("BEGIN:VCALENDAR\nEND:VCALENDAR\nSent from my phone: hi")).toBe('line 3 ("Sent from my phone: hi") stands outside any BEGIN and END');
	});
});

describe("values", () => {
	it("TEXT: escapes decoded, any other backslash kept; and escaped back", () => {
		expect(unescapeText("Acme\\, Inc. \\; round 2\\nsecond\\Nthird \\\\ \\x")).toBe("Acme, Inc. ; round 2\nsecond\nthird \\ \\x");
		const text = 'a,b;c\\d\ne "f"';
		expect(unescapeText(escapeText(text))).toBe(text);
		expect(escapeText(text)).toBe('a\\,b\\;c\\\\d\\ne "f"');
	});

	it("DATE and DATE-TIME in the basic format, UTC or not; nothing else", () => {
		expect(parseDateTime("20261125T140000Z")).toEqual({ year: 2026, month: 11, day: 25, hour: 14, minute: 0, second: 0, isDate: false, utc: true });
		expect(parseDateTime("20261125T140000")).toMatchObject({ hour: 14, utc: false, isDate: false });
		expect(parseDateTime("20240229")).toMatchObject({ year: 2024, month: 2, day: 29, isDate: true });
		for (const bad of ["soon", "2026-11-25T14:00:00", "20261125T1400", "20230229", "20261301", "20261125T250000", "20261125T140000ZZ", ""]) {
			expect(parseDateTime(bad), bad).toBeNull();
		}
	});

	it("DURATION in seconds: weeks, days, hours, minutes, seconds, a sign", () => {
		expect(parseDuration("PT1H30M")).toBe(5400);
		expect(parseDuration("-P1DT2H")).toBe(-93_600);
		expect(parseDuration("+P2W")).toBe(1_209_600);
		expect(parseDuration("PT0S")).toBe(0);
		expect(parseDuration("P1H")).toBe(3600);
		for (const bad of ["P", "PT", "1H", "PT1.5H", "P1Y", "soon", ""]) expect(parseDuration(bad), bad).toBeNull();
	});

	it("UTC date-times written with four-digit years and whole seconds", () => {
		expect(utcDateTime(new Date(Date.UTC(2026, 10, 25, 18, 0, 5, 999)))).toBe("20261125T180005Z");
		expect(utcDateTime(new Date(Date.UTC(999, 0, 2)))).toBe("09990102T000000Z");
	});
});

describe("folding", () => {
	it("cuts at 74 octets, never inside a character, and continues with a space", () => {
		expect(foldLine("a".repeat(74))).toBe("a".repeat(74));
		expect(foldLine("a".repeat(75))).toBe(`${"a".repeat(74)}\r\n a`);
		// 73 octets, then a character of 3 that would make 76: it goes on the next line whole.
		expect(foldLine(`${"a".repeat(73)}東`)).toBe(`${"a".repeat(73)}\r\n 東`);
		expect(foldLine(`${"a".repeat(72)}🤖b`)).toBe(`${"a".repeat(72)}\r\n 🤖b`);
		expect(foldLine("")).toBe("");
	});
});
