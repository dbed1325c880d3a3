// A fluent builder for Interview records, so tests state only what matters to them.
import type { Interview, InterviewRecords, InterviewStatus, Person } from "../../src/core/types";

/** A local date-time, as a note would write it: local("2026-11-25T14:30"). */
export function local(iso: string): Date {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
	if (!m) throw new Error(`local(): bad test date ${iso}`);
	return new Date(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

export function person(name: string, extra: Partial<Person> = {}): Person {
	return { name, attachments: [], ...extra };
}

export class InterviewBuilder {
	private data: Interview = {
		file: "Interviews/Acme.md",
		title: "Acme",
		company: "Acme",
		role: "Engineer",
		start: local("2026-11-25T13:00"),
		end: local("2026-11-25T14:00"),
		interviewers: [],
		records: {},
		status: "active",
	};

	file(path: string): this {
		this.data.file = path;
		this.data.title = path.replace(/^.*\//, "").replace(/\.md$/, "");
		return this;
	}
	company(company: string): this {
		this.data.company = company;
		return this;
	}
	role(role: string): this {
		this.data.role = role;
		return this;
	}
	/** Sets start and end as local date-times. */
	at(start: string, end: string): this {
		this.data.start = local(start);
		this.data.end = local(end);
		return this;
	}
	interviewer(name: string, extra: Partial<Person> = {}): this {
		this.data.interviewers.push(person(name, extra));
		return this;
	}
	primaryContact(name: string, email?: string): this {
		this.data.primaryContact = person(name, email ? { email, emailValid: true } : {});
		return this;
	}
	nextSteps(text: string): this {
		this.data.nextSteps = text;
		return this;
	}
	decisionExpected(date: string): this {
		this.data.decisionExpected = local(date);
		return this;
	}
	/** Records a follow-up at a local date-time; `true` records a value that is not a date. */
	record(key: keyof InterviewRecords, at: string | true): this {
		this.data.records[key] = at === true ? { at: null, hasTime: false } : { at: local(at), hasTime: at.includes("T") };
		return this;
	}
	status(status: InterviewStatus): this {
		this.data.status = status;
		return this;
	}
	snoozedUntil(at: string): this {
		this.data.snoozedUntil = local(at);
		return this;
	}
	with(patch: Partial<Interview>): this {
		Object.assign(this.data, patch);
		return this;
	}
	build(): Interview {
		return structuredClone(this.data);
	}
}

export const anInterview = () => new InterviewBuilder();
