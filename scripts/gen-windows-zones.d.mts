/** Windows name -> IANA zone, as windows-iana gives it for the world (territory 001). */
export function windowsToIana(): Map<string, string>;
/** Display name key (words after "(UTC±hh:mm)", lower case) -> IANA zone, from timezones.json. */
export function displayToIana(): Map<string, string>;
export function displayKey(text: string): string;
/** The compact text src/core/windows-zones.ts holds (both maps in one). */
export function compactTable(windows?: Map<string, string>, display?: Map<string, string>): string;
