import { describe, expect, it } from "vitest";
import { snoozeChoices } from "../../src/ui/snooze";
import { local } from "../builders/interview";

describe("snoozeChoices", () => {
	it("offers an hour, this evening and tomorrow morning", () => {
		const choices = snoozeChoices(local("2026-11-25T14:10"));
		expect(choices.map((c) => c.label)).toEqual(["For 1 hour (until today 15:10)", "Until this evening (18:00)", "Until tomorrow morning (09:00)"]);
		expect(choices.map((c) => c.until)).toEqual([local("2026-11-25T15:10"), local("2026-11-25T18:00"), local("2026-11-26T09:00")]);
	});

	it("moves the evening to tomorrow once it has begun", () => {
		const choices = snoozeChoices(local("2026-11-25T18:00"));
		expect(choices[1]).toEqual({ label: "Until tomorrow evening (18:00)", until: local("2026-11-26T18:00") });
	});
});
