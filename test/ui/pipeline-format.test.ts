import { describe, expect, it } from "vitest";
import { formatDay, formatDaysWaiting, formatMedianDays, formatRate, formatRecorded, monthLabel } from "../../src/ui/pipeline-format";
import { local } from "../builders/interview";

const NOW = local("2026-11-25T18:00");

describe("pipeline words", () => {
	it("keeps a median time to reply to a tenth of a day, so that 3.8 days does not read as 3", () => {
		expect(formatMedianDays(91 / 24)).toBe("3.8 days");
		expect(formatMedianDays(1.5)).toBe("1.5 days");
		expect(formatMedianDays(1)).toBe("1 day");
		expect(formatMedianDays(0.75)).toBe("18 h");
		expect(formatMedianDays(0)).toBe("Under an hour");
		expect(formatMedianDays(null)).toBe("–");
	});

	it("rounds the reply rate to a whole percentage", () => {
		expect(formatRate(1 / 6)).toBe("17%");
		expect(formatRate(0)).toBe("0%");
		expect(formatRate(null)).toBe("–");
	});

	it("gives a record's date, or says it is recorded without one", () => {
		expect(formatRecorded(local("2026-11-17T16:20"), NOW)).toBe("17 Nov");
		expect(formatRecorded(local("2025-12-30T09:00"), NOW)).toBe("30 Dec 2025");
		expect(formatRecorded(true, NOW)).toBe("Yes");
		expect(formatRecorded(null, NOW)).toBe("–");
		expect(formatDay(local("2027-01-04"), NOW)).toBe("4 Jan 2027");
	});

	it("counts days waiting in whole days", () => {
		expect(formatDaysWaiting(0)).toBe("Under a day");
		expect(formatDaysWaiting(1)).toBe("1 day");
		expect(formatDaysWaiting(12)).toBe("12 days");
		expect(formatDaysWaiting(null)).toBe("–");
	});

	it("names months", () => {
		expect(monthLabel("2026-11")).toBe("November 2026");
		expect(monthLabel("nonsense")).toBe("nonsense");
	});
});
