// Reads the times a person types into the plugin's own forms: ISO values as notes hold them, or
// phrases such as "tomorrow 2pm" (chrono-node, English only to keep the bundle small). Notes
// themselves never get phrases: the form writes ISO values.
import { parse as parsePhrase } from "chrono-node/en";
import { addMinutes } from "date-fns";
import { parseDateValue, type ParsedDate } from "../core/dates";

/** A start time from ISO text or a phrase, relative to `now`; null when it cannot be read. */
export function parseWhen(text: string, now: Date): ParsedDate | null {
	const input = text.trim();
	if (input === "") return null;
	const iso = parseDateValue(input);
	if (iso) return iso;
	const result = parsePhrase(input, now, { forwardDate: true })[0];
	// A phrase must be understood whole: "Tuesday with Sam" is not a time.
	if (!result || result.text.trim().length < input.replace(/[.,!]+$/, "").length - 1) return null;
	return { at: result.start.date(), hasTime: result.start.isCertain("hour") };
}

const DURATION = /^(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?)?(?:\s*(\d+)\s*(?:m|min|mins|minutes?)?)?$/i;

/**
 * The end of an interview: a length ("90 min", "1.5 h", "1h30"), a time on the start's day
 * ("15:30", "3:30pm") or a full date-time. Null when empty or unreadable; never before the start.
 */
export function parseEnd(text: string, start: Date): Date | null {
	const input = text.trim();
	if (input === "") return null;
	const d = DURATION.exec(input.replace(/\s+/g, " "));
	if (d && !/^\d{1,2}:\d{2}/.test(input)) {
		const amount = Number(d[1].replace(",", "."));
		const unit = (d[2] ?? "min").toLowerCase();
		const minutes = unit.startsWith("h") ? amount * 60 + Number(d[3] ?? 0) : amount;
		return minutes > 0 ? addMinutes(start, Math.round(minutes)) : null;
	}
	const iso = parseDateValue(input);
	if (iso && iso.hasTime) return iso.at.getTime() >= start.getTime() ? iso.at : null;
	const result = parsePhrase(input, start)[0];
	if (!result || !result.start.isCertain("hour")) return null;
	const end = result.start.date();
	return end.getTime() >= start.getTime() ? end : null;
}
