// `ics`: every pending follow-up as a calendar event with an alarm, so reminders reach the user even
// when Obsidian is closed. The file is written atomically; without -o it goes to standard output.
import { fs, path, randomBytes } from "./node.mjs";
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

/** The file `-o` names, with `.ics` added when it has no extension of that name (as the plugin does). */
export function calendarTarget(cwd: string, output: string): string {
	const target = path.resolve(cwd, output);
	return /\.ics$/i.test(target) ? target : `${target}.ics`;
}

/**
 * Writes the calendar through a temporary file beside the target, so a reader never sees half of
 * it. The temporary name is random and created exclusively (`wx`): nothing planted in advance can
 * be written through. A symbolic link at the target is refused rather than followed or replaced:
 * following it could overwrite any file the link names, and replacing it would silently undo a
 * link the user made; the message says to name the real file instead.
 */
export function writeCalendarFile(target: string, text: string): void {
	const dir = path.dirname(target);
	if (!fs.existsSync(dir)) throw new UsageError(`cannot write ${target}: the folder ${dir} does not exist`);
	let mode = 0o644;
	try {
		const existing = fs.lstatSync(target);
		if (existing.isSymbolicLink()) {
			throw new UsageError(`${target} is a symbolic link; it is not followed: give the path of the file itself, or remove the link`);
		}
		if (!existing.isFile()) throw new UsageError(`cannot write ${target}: it is not a file`);
		mode = existing.mode & 0o777;
	} catch (error) {
		if (error instanceof UsageError) throw error;
		if ((error as { code?: unknown })?.code !== "ENOENT") throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
	}
	const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(12).toString("hex")}.tmp`);
	let created = false;
	try {
		const fd = fs.openSync(temp, "wx", mode);
		created = true;
		try {
			fs.writeFileSync(fd, text);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		fs.renameSync(temp, target);
	} catch (error) {
		if (created) {
			try {
				fs.unlinkSync(temp);
			} catch {
				// Nothing was left behind.
			}
		}
		throw new UsageError(`cannot write ${target}: ${describeFsError(error)}`);
	}
}
