// The snooze menu's choices, worked out from the current instant.
import { addDays, addHours } from "date-fns";
import { atLocalTime } from "../core/dates";
import { formatInstant } from "./relative-time";

export interface SnoozeChoice {
	label: string;
	until: Date;
}

const EVENING = "18:00";
const MORNING = "09:00";

/** For an hour; this evening at 18:00 (tomorrow's when it is past); tomorrow morning at 09:00. */
export function snoozeChoices(now: Date): SnoozeChoice[] {
	const tonight = atLocalTime(now, EVENING);
	const evening = tonight.getTime() > now.getTime()
		? { label: "Until this evening (18:00)", until: tonight }
		: { label: "Until tomorrow evening (18:00)", until: atLocalTime(addDays(now, 1), EVENING) };
	const hour = addHours(now, 1);
	return [
		{ label: `For 1 hour (until ${formatInstant(hour, now)})`, until: hour },
		evening,
		{ label: "Until tomorrow morning (09:00)", until: atLocalTime(addDays(now, 1), MORNING) },
	];
}
