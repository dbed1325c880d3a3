import { describe, expect, it } from "vitest";
import { parseEnd, parseWhen } from "../../src/ui/when";
import { local } from "../builders/interview";

const now = local("2026-11-25T18:00"); // a Wednesday

describe("parseWhen", () => {
	it("takes ISO values as notes hold them, in local time", () => {
		expect(parseWhen("2026-11-30T14:00", now)).toEqual({ at: local("2026-11-30T14:00"), hasTime: true });
		expect(parseWhen("2026-11-30", now)).toEqual({ at: local("2026-11-30"), hasTime: false });
	});
	it("reads the phrases people type", () => {
		expect(parseWhen("tomorrow 2pm", now)).toEqual({ at: local("2026-11-26T14:00"), hasTime: true });
		expect(parseWhen("friday at 10:30", now)).toEqual({ at: local("2026-11-27T10:30"), hasTime: true });
		expect(parseWhen("tomorrow", now)?.hasTime).toBe(false);
	});
	it("refuses what it cannot read whole", () => {
		expect(parseWhen("", now)).toBeNull();
		expect(parseWhen("sometime soon", now)).toBeNull();
		expect(parseWhen("2026-02-30T10:00", now)).toBeNull();
	});
});

describe("parseEnd", () => {
	const start = local("2026-11-26T14:00");
	it("takes a length", () => {
		expect(parseEnd("90 min", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("1.5 h", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("1h30", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("45", start)).toEqual(local("2026-11-26T14:45"));
	});
	it("takes a time on the start's day, or a full date-time", () => {
		expect(parseEnd("15:30", start)).toEqual(local("2026-11-26T15:30"));
		expect(parseEnd("4pm", start)).toEqual(local("2026-11-26T16:00"));
		expect(parseEnd("2026-11-26T16:15", start)).toEqual(local("2026-11-26T16:15"));
	});
	it("refuses an end before the start", () => {
		expect(parseEnd("13:00", start)).toBeNull();
		expect(parseEnd("nonsense", start)).toBeNull();
	});
});
