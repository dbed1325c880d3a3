// Time zones of calendar invites: the UTC offset of a named zone at an instant, wall-clock times
// turned into instants with RFC 5545's rules for the hour that repeats or never happens, and the
// names invites use (IANA, Exchange's Windows names and display names) resolved to a zone.
import { WINDOWS_ZONES } from "./windows-zones";

/** A wall-clock time: calendar fields as written, month 1-12. */
export interface WallTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

/** A zone's offset east of UTC, in minutes, at an instant (milliseconds since the epoch). */
export type OffsetAt = (utcMs: number) => number;

const MINUTE = 60_000;
const DAY = 86_400_000;

export function wallAsUtc(w: WallTime): number {
	const d = new Date(0);
	d.setUTCFullYear(w.year, w.month - 1, w.day);
	d.setUTCHours(w.hour, w.minute, w.second, 0);
	return d.getTime();
}

/**
 * The instant a wall-clock time names in a zone. As RFC 5545 (3.3.5) says: a time that occurs twice
 * (clocks going back) is its first occurrence; a time that does not occur (clocks going forward) is
 * read with the offset in force before the change, so 02:30 on a spring-forward night is 03:30.
 */
export function wallToInstant(wall: WallTime, offsetAt: OffsetAt): number {
	const w = wallAsUtc(wall);
	const before = offsetAt(w - DAY);
	const after = offsetAt(w + DAY);
	const atBefore = w - before * MINUTE;
	const atAfter = w - after * MINUTE;
	const beforeHolds = offsetAt(atBefore) === before;
	const afterHolds = offsetAt(atAfter) === after;
	if (beforeHolds && afterHolds) return Math.min(atBefore, atAfter);
	if (afterHolds) return atAfter;
	return atBefore;
}

// ---------------------------------------------------------------- IANA zones through Intl

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
	let f = formatters.get(zone);
	if (f === undefined) {
		try {
			f = new Intl.DateTimeFormat("en-US", {
				timeZone: zone,
				hour12: false,
				year: "numeric",
				month: "numeric",
				day: "numeric",
				hour: "numeric",
				minute: "numeric",
				second: "numeric",
				era: "short",
			});
		} catch {
			f = null;
		}
		formatters.set(zone, f);
	}
	return f;
}

/** The offset function of an IANA zone (as the platform's Intl knows it); null for an unknown name. */
export function ianaOffsetAt(zone: string): OffsetAt | null {
	const f = formatterFor(zone);
	if (!f) return null;
	return (utcMs: number) => {
		// Whole seconds: Intl does not show milliseconds, and offsets are whole minutes anyway.
		const t = Math.floor(utcMs / 1000) * 1000;
		const parts: Record<string, string> = {};
		for (const p of f.formatToParts(new Date(t))) parts[p.type] = p.value;
		let year = Number(parts.year);
		if (parts.era === "BC" || parts.era === "B") year = 1 - year;
		const wall = wallAsUtc({
			year,
			month: Number(parts.month),
			day: Number(parts.day),
			// Some engines write midnight as 24 with hour12: false.
			hour: Number(parts.hour) % 24,
			minute: Number(parts.minute),
			second: Number(parts.second),
		});
		return Math.round((wall - t) / MINUTE);
	};
}

/** A zone with a constant offset. */
export function fixedOffsetAt(minutes: number): OffsetAt {
	return () => minutes;
}

// ---------------------------------------------------------------- names invites use

export interface ResolvedZone {
	offsetAt: OffsetAt;
	/** The IANA zone the name was read as, or `UTC-05:00` for a fixed offset. */
	zone: string;
	/** A sentence for the user when the reading is a guess (a display name read by its offset alone). */
	warning?: string;
}

interface ZoneTables {
	/** Windows name (as CLDR writes it) -> IANA zone. */
	windows: Map<string, string>;
	/** Display name key (see `displayKey`) -> IANA zone. */
	display: Map<string, string>;
}

let tables: ZoneTables | null = null;

/** The two maps of the generated table (its form: scripts/gen-windows-zones.mjs, `compactTable`). */
export function zoneTables(): ZoneTables {
	const windows = new Map<string, string>();
	const display = new Map<string, string>();
	for (const line of WINDOWS_ZONES.split("\n")) {
		const [pair, ...keys] = line.split("|");
		const eq = pair.indexOf("=");
		const zone = pair.slice(eq + 1);
		windows.set(pair.slice(0, eq).replace(/\*/g, " Standard Time"), zone);
		for (const key of keys) display.set(key, zone);
	}
	return { windows, display };
}

let windowsLower: Map<string, string> | null = null;

/** The IANA zone of an Exchange Windows zone name (`Pacific Standard Time`), any letter case. */
export function windowsZone(name: string): string | undefined {
	tables ??= zoneTables();
	windowsLower ??= new Map([...tables.windows].map(([windows, zone]) => [windows.toLowerCase(), zone]));
	return windowsLower.get(name.trim().replace(/\s+/g, " ").toLowerCase());
}

const DISPLAY_PREFIX = /^\(\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*)?\)\s*/i;

/** The words after a display name's `(UTC-05:00)` prefix, as the generated table keys them. */
export function displayKey(text: string): string {
	return text.replace(DISPLAY_PREFIX, "").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The IANA zone of a Windows display name (`(UTC-05:00) Eastern Time (US & Canada)`). */
export function displayZone(name: string): string | undefined {
	if (!DISPLAY_PREFIX.test(name.trim())) return undefined;
	tables ??= zoneTables();
	return tables.display.get(displayKey(name));
}

/** The offset in a display name's prefix, in minutes; null when there is none. */
function displayOffset(name: string): number | null {
	const m = DISPLAY_PREFIX.exec(name.trim());
	if (!m) return null;
	if (m[1] === undefined) return 0;
	const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
	if (minutes > 14 * 60) return null;
	return m[1] === "-" ? -minutes : minutes;
}

/** `UTC-05:00` for -300. */
export function offsetLabel(minutes: number): string {
	const sign = minutes < 0 ? "-" : "+";
	const abs = Math.abs(minutes);
	return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * The zone a TZID names when the invite carries no VTIMEZONE for it: an IANA name (also at the end
 * of a path such as `/mozilla.org/20050126_1/America/New_York`), a Windows name, or a Windows display
 * name (by its words, else by the offset in its prefix, with a warning). Null when nothing matches.
 */
export function resolveZoneName(tzid: string): ResolvedZone | null {
	const name = tzid.trim().replace(/^"|"$/g, "");
	if (name === "") return null;
	const direct = /^(?:Z|UTC|GMT|Etc\/UTC|Etc\/GMT|Coordinated Universal Time)$/i.test(name) ? "UTC" : name;
	const candidates = [direct];
	const windows = windowsZone(name);
	if (windows) candidates.unshift(windows);
	const display = displayZone(name);
	if (display) candidates.unshift(display);
	// A path-like TZID: its last two or three segments may be an IANA name.
	const segments = name.split("/").filter((s) => s !== "");
	if (segments.length > 2) candidates.push(segments.slice(-3).join("/"), segments.slice(-2).join("/"));
	for (const zone of candidates) {
		if (!/^[A-Z][\w+\-/]*$/i.test(zone)) continue;
		const offsetAt = ianaOffsetAt(zone);
		if (offsetAt) return { offsetAt, zone };
	}
	const fixed = displayOffset(name);
	if (fixed !== null) {
		const label = offsetLabel(fixed);
		return {
			offsetAt: fixedOffsetAt(fixed),
			zone: label,
			warning: `The invite's time zone "${name}" is not one this tool knows, so its times are read at ${label} all year: check them against the invite, as daylight saving time may shift them by an hour.`,
		};
	}
	return null;
}
