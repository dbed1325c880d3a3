import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { companyOfDomains, decodeInvite, InviteError, parseInvite, readInvite, type InviteResult } from "../../src/core/invite";
import { descriptionText, htmlToText, looksLikeHtml, readTitle } from "../../src/core/invite-details";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/invites/${name}`, import.meta.url)));
const text = (name: string) => decodeInvite(fixture(name));
const only = (r: InviteResult) => {
	expect(r.kind).toBe("interviews");
	expect(r.interviews).toHaveLength(1);
	return r.interviews[0];
};

describe("invites as calendars send them", () => {
	it("Google Calendar: its VTIMEZONE, the organizer as primary contact, the candidate and the room left out, Meet as video", () => {
		const i = only(parseInvite(fixture("google-panel.ics"), { me: [] }));
		expect(i.start.toISOString()).toBe("2026-11-30T22:00:00.000Z");
		expect(i.end?.toISOString()).toBe("2026-11-30T23:00:00.000Z");
		expect(i.company).toBe("Northwind");
		expect(i.role).toBe("Staff Platform Engineer");
		expect(i.format).toBe("video");
		// The organizer is listed among Google's guests of every event: not an interviewer for that.
		expect(i.primaryContact).toEqual({ name: "Priya Raman", email: "priya.raman@northwind.example" });
		// "Okafor, Lena" is Lena Okafor; the candidate (the only guest outside northwind) and the room are not interviewers.
		expect(i.interviewers).toEqual([{ name: "Lena Okafor", email: "Lena.Okafor@Northwind.example" }]);
		expect(i.uids).toEqual(["3k9f0s7d2q1m8v6b4n5c@google.com"]);
		// Meet's joining instructions are the calendar's, not the recruiter's words.
		expect(i.details).toContain("Looking forward to it. Bring questions about the platform team.");
		expect(i.details).not.toContain("Please do not edit this section");
		expect(i.details).not.toContain("<b>");
		expect(i.details).toContain("Join: https://meet.google.com/abc-defg-hij");
	});

	it("Outlook/Exchange: a VTIMEZONE named with the Windows name, quoted Last, First names, MAILTO in capitals, a room without CUTYPE, Teams", () => {
		const i = only(parseInvite(fixture("outlook-teams.ics"), { me: [] }));
		expect(i.start.toISOString()).toBe("2026-12-02T17:30:00.000Z");
		expect(i.end?.toISOString()).toBe("2026-12-02T18:30:00.000Z");
		expect(i.company).toBe("Contoso");
		expect(i.role).toBe("Senior Data Engineer");
		expect(i.format).toBe("video");
		expect(i.primaryContact).toEqual({ name: "Jane Holt", email: "Jane.Holt@contoso.example" });
		expect(i.interviewers).toEqual([
			{ name: "Minh Nguyen", email: "minh.nguyen@contoso.example" },
			{ name: "Ola Berg", email: "ola.berg@contoso.example" },
		]);
		// The plain DESCRIPTION is kept, the HTML X-ALT-DESC (with its link) is not; Teams' block is dropped.
		expect(i.details).toContain("Thanks for your time. You will meet Minh");
		expect(i.details).not.toContain("evil.example");
		expect(i.details).not.toContain("Passcode");
	});

	it("Exchange without a VTIMEZONE: a Windows zone name, and a display name", () => {
		const windows = only(parseInvite(fixture("exchange-windows-name.ics"), { me: [] }));
		// 14:00 Eastern in November is EST, UTC-5.
		expect(windows.start.toISOString()).toBe("2026-11-10T19:00:00.000Z");
		expect(windows.end?.toISOString()).toBe("2026-11-10T21:00:00.000Z");
		expect(windows.format).toBe("onsite");
		expect(windows).toMatchObject({ company: "Fabrikam", role: "Product Designer" });
		expect(windows.interviewers).toEqual([{ name: "Tomás Ruiz", email: "tomas.ruiz@fabrikam.example" }]);

		const display = parseInvite(fixture("exchange-display-name.ics"), { me: [] });
		const i = only(display);
		// 09:00 in Berlin the day after clocks went forward: CEST, UTC+2.
		expect(i.start.toISOString()).toBe("2026-03-30T07:00:00.000Z");
		expect(i.format).toBe("phone");
		expect(i).toMatchObject({ company: "Fabrikam", role: "Product Designer" });
		// A no-reply organizer is nobody to write to: no primary contact, and a warning says so.
		expect(i.primaryContact).toBeNull();
		expect(display.warnings.join("\n")).toMatch(/noreply@fabrikam\.example, which no one reads/);
	});

	it("Zoom: UTC times, LF endings, a Zoom link as the location, the host as the contact, dial-in lists dropped", () => {
		const r = parseInvite(fixture("zoom.ics"), { me: [] });
		const i = only(r);
		expect(i.start.toISOString()).toBe("2026-12-03T09:00:00.000Z");
		expect(i.end?.toISOString()).toBe("2026-12-03T09:45:00.000Z");
		expect(i.format).toBe("video");
		expect(i).toMatchObject({ company: "Globex", role: "Site Reliability Engineer" });
		expect(i.primaryContact).toEqual({ name: "Dana Whitfield", email: "dana.whitfield@globex.example" });
		expect(i.interviewers).toEqual([]);
		expect(i.details).toContain("Passcode: 424242");
		expect(i.details).not.toContain("One tap mobile");
		expect(i.details).not.toMatch(/San Jose/);
	});

	it("a scheduler's loop: three events one day are one interview, start of the first to end of the last, every interviewer once", () => {
		const i = only(parseInvite(fixture("scheduler-loop.ics"), { me: [] }));
		expect(i.start.toISOString()).toBe("2026-12-08T15:00:00.000Z");
		expect(i.end?.toISOString()).toBe("2026-12-08T19:00:00.000Z");
		expect(i.uids).toEqual(["acme-loop-1@goodtime.example", "acme-loop-2@goodtime.example", "acme-loop-3@goodtime.example"]);
		expect(i).toMatchObject({ company: "Acme", role: "Senior Backend Engineer", format: "onsite" });
		expect(i.primaryContact).toEqual({ name: "Morgan Lee", email: "morgan.lee@acme.example" });
		expect(i.interviewers).toEqual([
			{ name: "Zoë Ångström-Øvergård Lindqvist", email: "zoe.lindqvist@acme.example" },
			{ name: "Marcus Oyelaran", email: "Marcus.Oyelaran@acme.example" },
			{ name: "Hiroshi Tanaka", email: "hiroshi.tanaka@acme.example" },
		]);
	});
});

describe("the text of an invite", () => {
	it("unfolds lines folded inside a multi-byte character, wherever the fold falls", () => {
		const name = "Zoë Ångström — Café";
		const line = `SUMMARY:${name} interview`;
		const bytes = new TextEncoder().encode(line);
		for (let at = 10; at < bytes.length - 1; at++) {
			const folded = new Uint8Array([...bytes.slice(0, at), 13, 10, 32, ...bytes.slice(at)]);
			const ics = new Uint8Array([
				...new TextEncoder().encode("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261130T140000Z\r\n"),
				...folded,
				...new TextEncoder().encode("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
			]);
			expect(readInvite(ics).events[0].summary).toBe(`${name} interview`);
		}
	});

	it("reads CRLF, LF and pasted text with a byte-order mark and indentation alike", () => {
		const crlf = text("google-panel.ics");
		const lf = crlf.replace(/\r\n/g, "\n");
		const pasted = `\ufeff\n  ${lf}\n\n`;
		const starts = [crlf, lf, pasted].map((t) => only(parseInvite(t, { me: [] })).start.toISOString());
		expect(new Set(starts)).toEqual(new Set(["2026-11-30T22:00:00.000Z"]));
	});

	it("decodes escaped text and quoted parameters", () => {
		const r = readInvite(
			[
				"BEGIN:VCALENDAR",
				"BEGIN:VEVENT",
				"UID:q",
				"DTSTART:20261130T140000Z",
				'ORGANIZER;CN="Doe, Jane; PhD":mailto:jane@x.example',
				"ATTENDEE;CN=Bo ^'The Rock^' Chan:MAILTO:BO@X.EXAMPLE",
				"SUMMARY:Acme\\, Inc. \\; round 2\\nsecond line",
				"END:VEVENT",
				"END:VCALENDAR",
			].join("\r\n"),
		);
		const e = r.events[0];
		expect(e.summary).toBe("Acme, Inc. ; round 2\nsecond line");
		expect(e.organizer).toMatchObject({ cn: "Doe, Jane; PhD", email: "jane@x.example" });
		expect(e.attendees[0]).toMatchObject({ cn: 'Bo "The Rock" Chan', email: "BO@X.EXAMPLE" });
	});

	it("a floating time is the user's local time; an all-day event has no time", () => {
		const ics = (start: string) => `BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:f\n${start}\nSUMMARY:Acme – Engineer interview\nEND:VEVENT\nEND:VCALENDAR\n`;
		const floating = only(parseInvite(ics("DTSTART:20261130T140000"), { me: [] }));
		expect(floating.start.getTime()).toBe(new Date(2026, 10, 30, 14, 0).getTime());
		expect(floating.end).toBeNull();
		const allDay = only(parseInvite(ics("DTSTART;VALUE=DATE:20261130"), { me: [] }));
		expect(allDay.startHasTime).toBe(false);
		expect(allDay.start.getTime()).toBe(new Date(2026, 10, 30).getTime());
	});

	it("an unknown zone name is read as local time, and a warning says so", () => {
		const r = parseInvite("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:z\nDTSTART;TZID=Middle Earth Time:20261130T140000\nEND:VEVENT\nEND:VCALENDAR\n", { me: [] });
		expect(only(r).start.getTime()).toBe(new Date(2026, 10, 30, 14, 0).getTime());
		expect(r.warnings.join()).toMatch(/"Middle Earth Time" is not one this tool knows/);
	});
});

describe("what an invite asks", () => {
	const google = text("google-panel.ics");

	it("the highest SEQUENCE of an event wins", () => {
		const later = google
			.replace("SEQUENCE:0", "SEQUENCE:3")
			.replace(/DTSTART;TZID=America\/Los_Angeles:20261130T140000/, "DTSTART;TZID=America/Los_Angeles:20261201T090000")
			.replace(/DTEND;TZID=America\/Los_Angeles:20261130T150000/, "DTEND;TZID=America/Los_Angeles:20261201T100000");
		const events = later.slice(later.indexOf("BEGIN:VEVENT"), later.indexOf("END:VCALENDAR"));
		const both = google.replace("END:VCALENDAR", `${events}END:VCALENDAR`);
		expect(only(parseInvite(both, { me: [] })).start.toISOString()).toBe("2026-12-01T17:00:00.000Z");
	});

	it("METHOD:CANCEL changes nothing: it names the events it cancels", () => {
		const cancel = google.replace("METHOD:REQUEST", "METHOD:CANCEL").replace("STATUS:CONFIRMED", "STATUS:CANCELLED");
		const r = parseInvite(cancel, { me: [] });
		expect(r).toMatchObject({ kind: "cancel", interviews: [], cancelledUids: ["3k9f0s7d2q1m8v6b4n5c@google.com"] });
		expect(r.cancelledSummaries).toEqual(["Interview: Staff Platform Engineer at Northwind"]);
	});

	it("PUBLISH and a missing METHOD are invitations too", () => {
		expect(parseInvite(google.replace("METHOD:REQUEST", "METHOD:PUBLISH"), { me: [] }).kind).toBe("interviews");
		expect(parseInvite(google.replace("METHOD:REQUEST\r\n", ""), { me: [] }).kind).toBe("interviews");
	});

	it("refuses what is not an invitation, with one sentence", () => {
		const fail = (input: string) => {
			try {
				parseInvite(input, { me: [] });
			} catch (error) {
				expect(error).toBeInstanceOf(InviteError);
				const message = (error as Error).message;
				expect(message).not.toContain("\n");
				return message;
			}
			throw new Error("no error");
		};
		expect(fail("Subject: lunch?\n\nHow about Tuesday?")).toMatch(/not a calendar invite/);
		expect(fail("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")).toMatch(/no event \(VEVENT\)/);
		expect(fail(google.replace("METHOD:REQUEST", "METHOD:REPLY"))).toMatch(/reply to an invitation/);
		expect(fail(google.replace("SEQUENCE:0", "RRULE:FREQ=WEEKLY;COUNT=4\r\nSEQUENCE:0"))).toMatch(/repeats \(RRULE:FREQ=WEEKLY;COUNT=4\)/);
		expect(fail("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:soon\r\nEND:VEVENT\r\nEND:VCALENDAR")).toMatch(/cannot be read|not a date/);
	});

	it("a series of one occurrence, or one occurrence of a series, is fine", () => {
		expect(only(parseInvite(google.replace("SEQUENCE:0", "RRULE:FREQ=DAILY;COUNT=1\r\nSEQUENCE:0"), { me: [] })).uids).toHaveLength(1);
		expect(only(parseInvite(google.replace("SEQUENCE:0", "RECURRENCE-ID:20261130T220000Z\r\nSEQUENCE:0"), { me: [] })).uids).toHaveLength(1);
	});

	it("events on different days are different interviews", () => {
		const nextWeek = google
			.replace("3k9f0s7d2q1m8v6b4n5c@google.com", "second@google.com")
			.replace(/20261130T1([45])0000/g, "20261207T1$10000");
		const events = nextWeek.slice(nextWeek.indexOf("BEGIN:VEVENT"), nextWeek.indexOf("END:VCALENDAR"));
		const r = parseInvite(google.replace("END:VCALENDAR", `${events}END:VCALENDAR`), { me: [] });
		expect(r.interviews.map((i) => i.uids)).toEqual([["3k9f0s7d2q1m8v6b4n5c@google.com"], ["second@google.com"]]);
	});
});

describe("who the user is", () => {
	const outlook = text("outlook-teams.ics");

	it("their addresses, in any letter case, are left out", () => {
		const i = only(parseInvite(outlook, { me: ["SAM.RIVERA@outlook.com"] }));
		expect(i.interviewers.map((p) => p.email)).toEqual(["minh.nguyen@contoso.example", "ola.berg@contoso.example"]);
	});

	it("without them: the one guest outside the others' mail domain", () => {
		const i = only(parseInvite(outlook.replace(/outlook\.com/g, "rivera.example"), { me: [] }));
		expect(i.interviewers.map((p) => p.name)).toEqual(["Minh Nguyen", "Ola Berg"]);
	});

	it("without them: the one guest on a personal mail service, when the organizer is a scheduling tool", () => {
		const ics = [
			"BEGIN:VCALENDAR",
			"METHOD:REQUEST",
			"BEGIN:VEVENT",
			"UID:s",
			"DTSTART:20261130T140000Z",
			"ORGANIZER;CN=Acme Scheduling:mailto:no-reply@ashbyhq.com",
			"ATTENDEE;CN=Kim Park:mailto:kim.park@gmail.com",
			"ATTENDEE;CN=Ravi Menon:mailto:ravi@acme.example",
			"ATTENDEE;CN=Recruiter:mailto:talent@agency.example",
			"END:VEVENT",
			"END:VCALENDAR",
		].join("\r\n");
		const i = only(parseInvite(ics, { me: [] }));
		expect(i.interviewers.map((p) => p.name)).toEqual(["Ravi Menon", "Recruiter"]);
		expect(i.primaryContact).toBeNull();
	});

	it("when nothing tells, every guest is kept and a warning says how to tell", () => {
		const ics = [
			"BEGIN:VCALENDAR",
			"METHOD:REQUEST",
			"BEGIN:VEVENT",
			"UID:s",
			"DTSTART:20261130T140000Z",
			"ORGANIZER;CN=Ann:mailto:ann@acme.example",
			"ATTENDEE;CN=Kim Park:mailto:kim@gmail.com",
			"ATTENDEE;CN=Lee Roe:mailto:lee@yahoo.com",
			"END:VEVENT",
			"END:VCALENDAR",
		].join("\r\n");
		const r = parseInvite(ics, { me: [] });
		expect(only(r).interviewers).toHaveLength(2);
		expect(r.warnings.join()).toMatch(/does not show which guest is you.*--me/);
	});

	it("an organizer who takes part (listed as a participant, not by Google) is an interviewer, not the primary contact", () => {
		const ics = outlook.replace("ATTENDEE;ROLE=OPT-PARTICIPANT", 'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Holt, Jane":MAILTO:jane.holt@contoso.example\r\nATTENDEE;ROLE=OPT-PARTICIPANT');
		const i = only(parseInvite(ics, { me: [] }));
		expect(i.primaryContact).toBeNull();
		expect(i.interviewers.map((p) => p.name)).toContain("Jane Holt");
	});

	it("declined guests and non-participants are left out, with a word about the declined", () => {
		const ics = outlook
			.replace('PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nguyen, Minh"', 'PARTSTAT=DECLINED;RSVP=TRUE;CN="Nguyen, Minh"')
			.replace("ROLE=OPT-PARTICIPANT", "ROLE=NON-PARTICIPANT");
		const r = parseInvite(ics, { me: ["sam.rivera@outlook.com"] });
		expect(only(r).interviewers).toEqual([]);
		expect(r.warnings.join()).toMatch(/Minh Nguyen declined the invitation/);
	});

	it("flags win over the title", () => {
		const i = only(parseInvite(outlook, { me: [], company: "Contoso Ltd", role: "Data engineer II" }));
		expect(i).toMatchObject({ company: "Contoso Ltd", role: "Data engineer II" });
	});
});

describe("company and role from an event's title", () => {
	const people = ["Jordan Rivera", "Dana Whitfield", "Lena Okafor"];
	it.each([
		["Interview: Staff Engineer at Acme", "Acme", "Staff Engineer"],
		["Acme – Staff Engineer interview", "Acme", "Staff Engineer"],
		["Acme | Staff Engineer | Technical screen", "Acme", "Staff Engineer"],
		["Staff Engineer interview with Acme", "Acme", "Staff Engineer"],
		["Interview with Acme for Staff Engineer", "Acme", "Staff Engineer"],
		["Onsite Interview for Senior Backend Engineer at Acme Corp", "Acme Corp", "Senior Backend Engineer"],
		["Interview | Globex | Product Designer", "Globex", "Product Designer"],
		// Scheduling tools put the candidate's name and the stage in the title: both are set aside.
		["Jordan Rivera <> Acme", "Acme", ""],
		["Jordan Rivera <> Acme - Phone Screen", "Acme", ""],
		["Interview: Senior Platform Engineer - Jordan Rivera", "", "Senior Platform Engineer"],
		["Acme Interview - Jordan Rivera - Senior Engineer", "Acme", "Senior Engineer"],
		["Jordan Rivera - Onsite Interview - Acme", "Acme", ""],
		["Senior Data Engineer - Final Round - Acme", "Acme", "Senior Data Engineer"],
		["Phone Screen: Jordan Rivera / Acme (Senior Backend Engineer)", "Acme", "Senior Backend Engineer"],
		["Acme: Technical Interview (Senior Data Engineer)", "Acme", "Senior Data Engineer"],
		["Interview: Jordan Rivera - Senior Accountant (Acme)", "Acme", "Senior Accountant"],
		["Jordan Rivera | Staff Engineer at Acme", "Acme", "Staff Engineer"],
		["Interview: Jordan Rivera - Staff Engineer at Acme", "Acme", "Staff Engineer"],
		["Updated invitation: Interview with Dana Whitfield (Acme) @ Tue Dec 8", "Acme", ""],
		["Invitation: Acme | Jordan Rivera | Hiring Manager Interview @ Tue Dec 8, 2026 2pm - 3pm (EST) (jordan@gmail.example)", "Acme", ""],
		// Typed in a hurry, forwarded, numbered: the prefixes, the stage and its number are set aside.
		["Fwd: RE: [EXT] Interview: Staff Engineer at Acme", "Acme", "Staff Engineer"],
		["With Acme for the Staff Engineer role", "Acme", "Staff Engineer"],
		["Call with Acme for the Staff Engineer position", "Acme", "Staff Engineer"],
		["Staff Engineer interview at Acme", "Acme", "Staff Engineer"],
		["Staff Engineer @ Acme (45 min)", "Acme", "Staff Engineer"],
		["Staff Engineer (Acme) - Round 2", "Acme", "Staff Engineer"],
		["Acme, Inc. - Senior Engineer - phonescreen", "Acme, Inc.", "Senior Engineer"],
		["Acme | Senior Engineer | 2nd round 3", "Acme", "Senior Engineer"],
		["Acme – Staff Engineer – Hiring Manager Interview", "Acme", "Staff Engineer"],
		["Acme – Staff Engineer 1st1st1st1st interview", "Acme", "Staff Engineer"],
		["Acme  -  Staff   Engineer\tinterview", "Acme", "Staff Engineer"],
		["Acme x Jordan Rivera – Intro Call", "Acme", ""],
		// Nothing clear: nothing guessed.
		["Jordan Rivera and Dana Whitfield", "", ""],
		["30 Minute Meeting", "", ""],
		["Globex Product Designer Interview", "", ""],
		["Intro call with Lena from Globex", "", ""],
	])("%j", (title, company, role) => {
		expect(readTitle(title, people)).toEqual({ company, role });
	});
});

describe("an invite's description as the note keeps it", () => {
	it("HTML: blocks and list items as lines, tags dropped, entities decoded", () => {
		const html = "<p>Hi &amp; welcome</p><ul><li>One<li class=x>Two</ul><!-- tracking --><p>It&#39;s &#x41; &bogus;</p>";
		expect(looksLikeHtml(html)).toBe(true);
		expect(descriptionText(html, false)).toBe("Hi & welcome\n\n- One\n- Two\n\nIt's A &bogus;");
	});

	it("a comment or tag never closed leaves the text after it as it is", () => {
		expect(htmlToText("<p>Hi</p><!-- note")).toBe("\nHi\n<!-- note");
		expect(htmlToText("<p>Hi</p><li class=x")).toBe("\nHi\n<li class=x");
		expect(looksLikeHtml("a <li b")).toBe(false);
		expect(descriptionText("1 < 2 and 3 > 2", false)).toBe("1 < 2 and 3 > 2");
	});

	it("spaces at line ends and blank runs go, and a long one is cut at a word", () => {
		expect(descriptionText("Agenda:  \t\n\n\n\n- intro   \n---\n  \n", false)).toBe("Agenda:\n\n- intro");
		const long = descriptionText(`${"word ".repeat(799)}wordy and more`, false);
		expect(long).toBe(`${"word ".repeat(799).trimEnd()}\n[… shortened]`);
	});
});

describe("company from the interviewers' mail domain, when the title does not say", () => {
	it.each([
		[["lena@contoso.example", "dana@contoso.example"], "Contoso"],
		[["lena@careers.acme-robotics.co.uk", "jordan@gmail.com"], "Acme Robotics"],
		[["dana@ibm.com"], "IBM"],
		[["noreply@greenhouse.io", "jordan@gmail.com", "jordan@outlook.com"], null],
		[["a@globex.com", "b@globex.com", "c@initech.com"], "Globex"],
	])("%j", (emails, company) => {
		expect(companyOfDomains(emails)?.company ?? null).toBe(company);
	});
});
