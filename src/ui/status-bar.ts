// The status bar item (desktop only): how many follow-ups are to send now. Hidden when there are
// none, so that it only takes room when it has something to say.
import type { FollowUpAction } from "../core/types";
import { dueCount } from "./sections";

export function statusText(actions: readonly FollowUpAction[]): string {
	const n = dueCount(actions);
	if (n === 0) return "";
	const overdue = actions.filter((a) => a.state === "overdue" && !a.snoozedUntil).length;
	const base = `${n} ${n === 1 ? "follow-up" : "follow-ups"} due`;
	return overdue > 0 ? `${base} (${overdue} overdue)` : base;
}

export class StatusBar {
	private shown = "";

	constructor(
		private readonly el: HTMLElement,
		onClick: () => void,
	) {
		el.addClass("ifu-status", "mod-clickable");
		el.setAttr("role", "button");
		el.setAttr("tabindex", "0");
		el.addEventListener("click", onClick);
		el.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter" || evt.key === " ") {
				evt.preventDefault();
				onClick();
			}
		});
		el.hide();
	}

	update(actions: readonly FollowUpAction[]): void {
		const text = statusText(actions);
		if (text === this.shown) return;
		this.shown = text;
		if (text === "") {
			this.el.hide();
			return;
		}
		this.el.setText(text);
		this.el.setAttr("aria-label", `${text}: open due follow-ups`);
		this.el.show();
	}
}
