import { compareUrgency } from "../../src/core/agenda";
import { describe, expect, it } from "vitest";
import type { ActionKind, ActionState, FollowUpAction } from "../../src/core/types";
import { dueCount, paneSections } from "../../src/ui/sections";
import { statusText } from "../../src/ui/status-bar";
import { local } from "../builders/interview";

function action(kind: ActionKind, state: ActionState, extra: Partial<FollowUpAction> = {}): FollowUpAction {
	return {
		file: `Interviews/${kind}-${state}.md`,
		kind,
		state,
		opensAt: local("2026-11-25T14:30"),
		idealBy: null,
		deadline: null,
		company: "Acme",
		role: "Engineer",
		recipients: [],
		...extra,
	};
}

describe("paneSections", () => {
	it("groups by urgency, sets snoozed actions apart and separates what waits on a reply", () => {
		const sections = paneSections([
			action("thank-you", "overdue"),
			action("next-steps", "late"),
			action("thank-you", "due"),
			action("next-steps", "due", { snoozedUntil: local("2026-11-26T09:00") }),
			action("thank-you", "upcoming"),
			action("check-in", "upcoming"),
			action("close-out", "upcoming"),
		]);
		expect(sections.map((s) => [s.title, s.actions.map((a) => a.kind)])).toEqual([
			["Overdue", ["thank-you"]],
			["Late", ["next-steps"]],
			["Due now", ["thank-you"]],
			["Snoozed", ["next-steps"]],
			["Upcoming", ["thank-you"]],
			["Waiting on reply", ["check-in", "close-out"]],
		]);
	});

	it("keeps the agenda's order inside a section: running clocks first, soonest first", () => {
		const checkIn = action("check-in", "due");
		const thanks = action("thank-you", "due", { idealBy: local("2026-11-25T22:30"), deadline: local("2026-11-26T14:30") });
		const nextSteps = action("next-steps", "due", { deadline: local("2026-11-26T10:00") });
		const [due] = paneSections([checkIn, nextSteps, thanks].sort(compareUrgency));
		expect(due.actions.map((a) => a.kind)).toEqual(["thank-you", "next-steps", "check-in"]);
	});

	it("leaves out empty sections", () => {
		expect(paneSections([action("check-in", "due")]).map((s) => s.id)).toEqual(["due"]);
		expect(paneSections([])).toEqual([]);
	});
});

describe("the status bar count", () => {
	it("counts what is to do now and not snoozed", () => {
		const actions = [
			action("thank-you", "due"),
			action("next-steps", "overdue"),
			action("check-in", "late"),
			action("close-out", "upcoming"),
			action("next-steps", "overdue", { snoozedUntil: local("2026-11-26T09:00") }),
		];
		expect(dueCount(actions)).toBe(3);
		expect(statusText(actions)).toBe("3 follow-ups due (1 overdue)");
		expect(statusText([action("thank-you", "due")])).toBe("1 follow-up due");
		expect(statusText([action("thank-you", "upcoming")])).toBe("");
	});
});
