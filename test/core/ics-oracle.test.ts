// The calendar export against ical.js, which wrote it before: the same bytes for any follow-ups, and
// a file ical.js reads back to the texts and instants that went in.
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, eventDescription, eventSummary } from "../../src/core/ics";
import { escapeText, foldLine, utcDateTime } from "../../src/core/icalendar";
import { obsidianOpenUri } from "../../src/core/obsidian-uri";
import { ACTION_KINDS, type FollowUpAction } from "../../src/core/types";
import { anyCodeUnits } from "../builders/arbitraries";
import { buildCalendarWithIcalJs } from "../oracles/ical-js-calendar";

/** Any text, weighted towards what iCalendar escapes and folds: separators, line breaks, controls, wide characters. */
const text = fc.oneof(
	anyCodeUnits({ maxLength: 40 }),
	fc.array(fc.constantFrom("a", " ", ",", ";", "\\", ":", '"', "\n", "\r", "\r\n", "\t", "\u0007", "\u0085", "é", "東", "🤖", "\ud83e"), { maxLength: 120 }).map((s) => s.join("")),
);

/** A file path or vault name: any text a file system holds, so no lone surrogate (which no URI can encode). */
const path = text.filter((s) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s));

/** Instants from 1970 to 2100, whole milliseconds (the file keeps whole seconds). */
const instant = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }).map((t) => new Date(t));

const action: fc.Arbitrary<FollowUpAction> = fc.record({
	file: path,
	kind: fc.constantFrom(...ACTION_KINDS),
	state: fc.constantFrom("upcoming", "due", "late", "overdue"),
	opensAt: instant,
	idealBy: fc.option(instant),
	deadline: fc.option(instant),
	company: text,
	role: text,
	recipients: fc.array(fc.record({ name: text, email: fc.option(text) }), { maxLength: 3 }),
	passThanksTo: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
	passThanksVia: fc.option(text, { nil: undefined }),
	snoozedUntil: fc.option(instant, { nil: undefined }),
}) as fc.Arbitrary<FollowUpAction>;

const options = fc.record({ now: instant, vaultName: path, productName: fc.option(text, { nil: undefined }) });

/** What a value reads as once the file has replaced its control characters (a line break stays one). */
function asWritten(value: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are what this replaces
	return value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

describe("the calendar file, against ical.js", () => {
	it("is byte for byte what ical.js wrote, for any follow-ups", () => {
		fc.assert(
			fc.property(fc.array(action, { maxLength: 4 }), options, (actions, opts) => {
				expect(buildCalendar(actions, opts)).toBe(buildCalendarWithIcalJs(actions, opts));
			}),
			{ numRuns: 150 },
		);
	});

	it("reads back with ical.js to the texts, instants and links that went in", () => {
		fc.assert(
			// One action per note and kind, as the agenda makes them: the event's link and category find it.
			fc.property(fc.uniqueArray(action, { minLength: 1, maxLength: 3, selector: (a) => `${a.file}\n${a.kind}` }), options, (actions, opts) => {
				const calendar = new ICAL.Component(ICAL.parse(buildCalendar(actions, opts)) as unknown[]);
				const events = calendar.getAllSubcomponents("vevent");
				expect(events).toHaveLength(actions.length);
				const sorted = [...actions].sort((a, b) => a.opensAt.getTime() - b.opensAt.getTime());
				events.forEach((event) => {
					const url = String(event.getFirstPropertyValue("url"));
					const a = sorted.find((x) => obsidianOpenUri(opts.vaultName, x.file) === url && x.kind === event.getFirstProperty("categories")?.getFirstValue());
					expect(a).toBeDefined();
					if (!a) return;
					expect(event.getFirstPropertyValue("summary")).toBe(asWritten(eventSummary(a)));
					expect(event.getFirstPropertyValue("description")).toBe(asWritten(eventDescription(a, opts.vaultName)));
					const time = (name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();
					expect(time("dtstart")).toBe(Math.floor(a.opensAt.getTime() / 1000) * 1000);
					expect(time("dtstamp")).toBe(Math.floor(opts.now.getTime() / 1000) * 1000);
					const alarm = event.getFirstSubcomponent("valarm");
					expect(alarm?.getFirstPropertyValue("description")).toBe(asWritten(eventSummary(a)));
				});
			}),
			{ numRuns: 100 },
		);
	});

	it("escapes TEXT, folds lines and writes UTC times as ical.js does", () => {
		const foldLength = ICAL.foldLength;
		ICAL.foldLength = 74;
		try {
			fc.assert(
				fc.property(text, fc.string({ maxLength: 200 }), anyCodeUnits({ maxLength: 300 }), instant, (value, ascii, any, at) => {
					expect(escapeText(value)).toBe(ICAL.design.icalendar.value.text.toICAL!(value));
					for (const line of [ascii, any, `DESCRIPTION:${escapeText(value).repeat(5)}`]) expect(foldLine(line)).toBe(ICAL.helpers.foldline(line));
					expect(utcDateTime(at)).toBe(ICAL.Time.fromJSDate(at, true).toICALString());
				}),
				{ numRuns: 300 },
			);
		} finally {
			ICAL.foldLength = foldLength;
		}
	});
});
