// `ics`: every pending follow-up as a calendar event with an alarm, so reminders reach the user even
// when Obsidian is closed. The file is written atomically; without -o it goes to standard output.
import { fs, path, process } from "./node.mjs";
import { buildAgenda } from "../core/agenda";
import { buildCalendar } from "../core/ics";
import type { Problem } from "../core/types";
import { UsageError } from "./args";
import { describeFsError, type Vault } from "./vault";

export interface CalendarReport {
	text: string;
	events: number;
	problems: Problem[];
}

export function collectCalendar(vault: Vault, now: Date, clock: () => number): CalendarReport {
	const reading = vault.readInterviews(clock());
	const agenda = buildAgenda(reading.interviews, vault.settings, now);
	const vaultName = path.basename(vault.root);
	return { text: buildCalendar(agenda.actions, { now, vaultName }), events: agenda.actions.length, problems: [...reading.problems, ...agenda.problems] };
}

/** Writes the calendar through a temporary file beside the target, so a reader never sees half of it. */
export function writeCalendarFile(target: string, text: string): void {
	const dir = path.dirname(target);
	if (!fs.existsSync(dir)) throw new UsageError(`cannot write ${target}: the folder ${dir} does not exist`);
	const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
	try {
		fs.writeFileSync(temp, text);
		fs.renameSync(temp, target);
	} catch (error) {
		try {
			fs.unlinkSync(temp);
		} catch {
			// Nothing was left behind.
		}
		throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
	}
}
