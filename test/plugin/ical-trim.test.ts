// ical.js as main.js ships it (scripts/ical-trim.mjs): only what the code calls, every cut checked
// against the text it expects, and invites read through the trimmed build exactly as through the
// whole package.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import esbuild from "esbuild";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { pluginBuild } from "../../esbuild.config.mjs";
import { ICAL_EXPORTS, ICAL_HELPERS, ICAL_VERSION, trimIcal } from "../../scripts/ical-trim.mjs";
import type { buildCalendarForInterviews } from "../../src/core/ics";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { readInvite } from "../../src/core/invite-read";
import { anInterview, local } from "../builders/interview";

const icalDir = join("node_modules", "ical.js");
const icalSource = readFileSync(join(icalDir, "dist/ical.js"), "utf8");
const icalVersion = (JSON.parse(readFileSync(join(icalDir, "package.json"), "utf8")) as { version: string }).version;

/** Source files main.js is built from (the command line bundles ical.js whole). */
function pluginSources(dir = "src"): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path === join("src", "cli") ? [] : pluginSources(path);
		return entry.name.endsWith(".ts") ? [path] : [];
	});
}

describe("the trimmed ical.js", () => {
	it("keeps every ICAL member the plugin's code uses", () => {
		const used = new Set<string>();
		const helpers = new Set<string>();
		for (const file of pluginSources()) {
			const code = readFileSync(file, "utf8");
			// Each import of ical.js is the default export, named ICAL (a named import would escape this check).
			for (const m of code.matchAll(/^import\s+(.+?)\s+from\s+["']ical\.js["']/gm)) expect(m[1], file).toBe("ICAL");
			for (const m of code.matchAll(/\bICAL\.(\w+)/g)) used.add(m[1]);
			for (const m of code.matchAll(/\bICAL\.helpers\.(\w+)/g)) helpers.add(m[1]);
		}
		expect(used.size).toBeGreaterThan(3);
		// foldLength is read and set on the module object, which keeps it.
		expect([...used].filter((name) => !ICAL_EXPORTS.includes(name) && name !== "foldLength")).toEqual([]);
		expect([...helpers].filter((name) => !ICAL_HELPERS.includes(name))).toEqual([]);
	});

	it("is what the tests load: the vCard half is gone, the iCalendar half is whole", () => {
		const module = ICAL as unknown as Record<string, unknown>;
		expect(module.VCardTime).toBeUndefined();
		expect(module.Event).toBeUndefined();
		expect(Object.keys(module).sort()).toEqual([...ICAL_EXPORTS, "debug", "foldLength", "newLineChar"].sort());
		expect(Object.keys(ICAL.helpers)).toEqual(ICAL_HELPERS);
		expect(ICAL.foldLength).toBe(75);
	});

	it("fails the build, saying what to check, when ical.js is not the version or the shape it was written for", () => {
		expect(() => trimIcal(icalSource, "2.3.0")).toThrow(/written for ical\.js 2\.2\.1, but 2\.3\.0 is installed/);
		expect(icalVersion).toBe(ICAL_VERSION);
		expect(() => trimIcal(icalSource.replace(" * iCalendar design set\n", " * The iCalendar design set\n"), icalVersion)).toThrow(/no longer has the shape/);
		// A new use of a vCard set outside the parts cut.
		expect(() => trimIcal(icalSource.replace("  icalendar: icalSet,\n", "  icalendar: icalSet,\n  vcard4: vcardSet,\n"), icalVersion)).toThrow(/still refers to vcardSet/);
		expect(() => trimIcal(icalSource.replace("  VCardTime,\n", "  VCardTime,\n  Extra,\n"), icalVersion)).toThrow(/exported object's members: not found/);
		expect(() => trimIcal(`${icalSource}\n//   vcard: vcardSet,\n`, icalVersion)).toThrow(/found more than once/);
		const trimmed = trimIcal(icalSource, icalVersion);
		expect(trimmed).not.toContain("const vcardValues");
		expect(trimmed).toContain("class RecurIterator");
	});
});

// An invite whose VTIMEZONE has rules (RRULE, expanded by ical.js's recurrence iterator), a zone
// rule by RDATE, an event with a DURATION, and a property of every value type ical.js reads.
const INVITE = [
	"BEGIN:VCALENDAR",
	"VERSION:2.0",
	"PRODID:-//Test//Trimmed//EN",
	"METHOD:REQUEST",
	"BEGIN:VTIMEZONE",
	"TZID:Pacific Standard Time",
	"BEGIN:STANDARD",
	"DTSTART:16010101T020000",
	"TZOFFSETFROM:-0700",
	"TZOFFSETTO:-0800",
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
	"END:STANDARD",
	"BEGIN:DAYLIGHT",
	"DTSTART:16010101T020000",
	"TZOFFSETFROM:-0800",
	"TZOFFSETTO:-0700",
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
	"END:DAYLIGHT",
	"END:VTIMEZONE",
	"BEGIN:VTIMEZONE",
	"TZID:Old Lisbon",
	"BEGIN:STANDARD",
	"DTSTART:19700101T000000",
	"TZOFFSETFROM:+0100",
	"TZOFFSETTO:+0000",
	"RDATE:19700101T000000",
	"END:STANDARD",
	"END:VTIMEZONE",
	"BEGIN:VEVENT",
	"UID:trimmed-1",
	"SEQUENCE:2",
	"DTSTAMP:20260101T000000Z",
	"DTSTART;TZID=Pacific Standard Time:20260702T103000",
	"DURATION:PT45M",
	"SUMMARY:Interview: Staff Engineer (Contoso)",
	"LOCATION:https://teams.microsoft.com/l/meetup-join/abc",
	"DESCRIPTION:Line one\\nLine two\\, with a comma",
	"GEO:37.386013;-122.082932",
	"ATTACH;VALUE=BINARY;ENCODING=BASE64:aGVsbG8=",
	"FREEBUSY;FBTYPE=BUSY:20260702T173000Z/PT1H",
	"RDATE;VALUE=PERIOD:20260709T173000Z/20260709T183000Z",
	"EXDATE:20260716T173000Z",
	"X-MS-OLK-APPTSEQTIME:20260101T000000Z",
	"ORGANIZER;CN=Jane Holt:mailto:jane.holt@contoso.example",
	"ATTENDEE;CN=\"Nguyen, Minh\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:minh@contoso.example",
	"END:VEVENT",
	"BEGIN:VEVENT",
	"UID:trimmed-2",
	"DTSTART;TZID=Pacific Standard Time:20261203T090000",
	"DTEND;TZID=Pacific Standard Time:20261203T100000",
	"RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TH",
	"SUMMARY:Follow-up chat",
	"END:VEVENT",
	"BEGIN:VEVENT",
	"UID:trimmed-3",
	"DTSTART;TZID=Old Lisbon:20260405T090000",
	"SUMMARY:Lisbon",
	"END:VEVENT",
	"END:VCALENDAR",
].join("\r\n");

interface Exposed {
	readInvite: typeof readInvite;
	buildCalendarForInterviews: typeof buildCalendarForInterviews;
	ICAL: typeof ICAL;
}

/**
 * readInvite and buildCalendarForInterviews as main.js bundles them: the plugin's esbuild options,
 * the trim included; or, for comparison, the same with the whole ical.js package.
 */
async function bundled(whole = false): Promise<Exposed> {
	const { entryPoints: _entry, outfile: _out, metafile: _meta, plugins, ...options } = pluginBuild(true);
	const result = await esbuild.build({
		...options,
		plugins: whole ? [] : plugins,
		stdin: {
			contents: 'export { readInvite } from "./src/core/invite-read"; export { buildCalendarForInterviews } from "./src/core/ics"; export { default as ICAL } from "ical.js";',
			resolveDir: process.cwd(),
			loader: "ts",
		},
		write: false,
		logLevel: "error",
	});
	const module: { exports: Partial<Exposed> } = { exports: {} };
	// Evaluated with no Node globals in reach, as on a phone.
	new Function("module", "exports", "require", "process", "Buffer", result.outputFiles[0].text)(module, module.exports, undefined, undefined, undefined);
	return module.exports as Exposed;
}

const exposed = await bundled();
const whole = await bundled(true);

describe("invites and the calendar file, through ical.js as esbuild bundles it for main.js", () => {
	it("bundles the trimmed module (and the comparison the whole one)", () => {
		expect((exposed.ICAL as unknown as Record<string, unknown>).VCardTime).toBeUndefined();
		expect(typeof (whole.ICAL as unknown as Record<string, unknown>).VCardTime).toBe("function");
		expect(typeof exposed.ICAL.Timezone).toBe("function");
	});

	it("reads a VTIMEZONE with RRULE rules on both sides of daylight saving, an RDATE zone, and every value type", () => {
		const reading = exposed.readInvite(INVITE);
		expect(reading.events.map((e) => e.start.toISOString())).toEqual([
			// 10:30 in July is PDT (UTC-7); 09:00 in December is PST (UTC-8).
			"2026-07-02T17:30:00.000Z",
			"2026-12-03T17:00:00.000Z",
			"2026-04-05T09:00:00.000Z",
		]);
		expect(reading.events[0].end?.toISOString()).toBe("2026-07-02T18:15:00.000Z");
		expect(reading.events[1].repeats).toBe("RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TH");
		expect(reading.events[0].description).toBe("Line one\nLine two, with a comma");
		expect(reading.events[0].attendees).toEqual([
			expect.objectContaining({ cn: "Nguyen, Minh", email: "minh@contoso.example", role: "REQ-PARTICIPANT" }),
		]);
		// Exactly what the whole package reads.
		expect(JSON.parse(JSON.stringify(reading))).toEqual(JSON.parse(JSON.stringify(whole.readInvite(INVITE))));
	});

	it("reads every fixture invite as the whole package does", () => {
		const dir = "test/fixtures/invites";
		const names = readdirSync(dir).filter((n) => n.endsWith(".ics"));
		expect(names.length).toBeGreaterThan(3);
		for (const name of names) {
			const bytes = new Uint8Array(readFileSync(join(dir, name)));
			const same = (read: (b: Uint8Array) => unknown) => {
				try {
					return JSON.parse(JSON.stringify(read(bytes))) as unknown;
				} catch (error) {
					return { error: (error as Error).message };
				}
			};
			expect(same(exposed.readInvite), name).toEqual(same(whole.readInvite));
		}
	});

	it("writes the calendar file as the whole package does: escaped, folded at 75 octets, alarms, CRLF", () => {
		const interviews = [
			anInterview()
				.file("Interviews/Café Zoë & Söhne — a long note name that the calendar file has to fold.md")
				.company("Café Zoë & Söhne; \"Data\", Ltd")
				.role("Platform engineer")
				.at("2026-11-25T13:00", "2026-11-25T14:30")
				.interviewer("Dana Whitfield", { email: "dana@cafe.example" })
				.interviewer("Tom Becker")
				.primaryContact("Lena Okafor", "lena@cafe.example")
				.build(),
		];
		const options = { now: local("2026-11-25T18:00"), vaultName: "Job hunt", settings: DEFAULT_SETTINGS };
		const written = exposed.buildCalendarForInterviews(interviews, options);
		expect(written).toBe(whole.buildCalendarForInterviews(interviews, options));
		expect(written).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(written).toContain("BEGIN:VALARM");
		expect(written).toContain("TRIGGER:PT0S");
		expect(written).toMatch(/\r\n [^\r\n]/);
		expect(written.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
	});
});
