// Calendar zones as calendar products send them, for tests that read invites.

/** Exchange's "W. Europe Standard Time", with its rules from 1601 (an RRULE each way). */
export const EXCHANGE_W_EUROPE: readonly string[] = [
	"BEGIN:VTIMEZONE",
	"TZID:W. Europe Standard Time",
	"BEGIN:STANDARD",
	"DTSTART:16010101T030000",
	"TZOFFSETFROM:+0200",
	"TZOFFSETTO:+0100",
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
	"END:STANDARD",
	"BEGIN:DAYLIGHT",
	"DTSTART:16010101T020000",
	"TZOFFSETFROM:+0100",
	"TZOFFSETTO:+0200",
	"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
	"END:DAYLIGHT",
	"END:VTIMEZONE",
];
