// The "new interview note" form. Times may be typed as phrases ("tomorrow 2pm"); the note always
// gets ISO values, shown back to the user before the note is created. People may be typed as
// `Name <email>`, several to a line; the note gets the schema's name and email for each.
import { Modal, Notice, Setting, type App, type TextComponent, type TFile } from "obsidian";
import { parseWikiLink } from "../core/links";
import type { NotePerson } from "../core/new-note";
import { readPersonText, splitPeopleText } from "../core/people";
import type { Settings } from "../core/settings";
import { createInterviewNote, type NewInterview } from "../obsidian/new-note";
import { formatInstant } from "./relative-time";
import { parseEnd, parseWhen } from "./when";

export interface FormValues {
	company: string;
	role: string;
	start: string;
	end: string;
	format: string;
	primaryContact: string;
	primaryContactEmail: string;
	interviewers: string;
}

/** One person as typed: a `[[link]]` stays as written, `Name <email>` gives both, a bare address an email. */
function typedPerson(text: string): NotePerson | null {
	const t = text.trim();
	if (t === "") return null;
	if (parseWikiLink(t)) return { name: t };
	const read = readPersonText(t);
	if (read.name === "" && !read.email) return null;
	return read.email ? { name: read.name, email: read.email } : { name: read.name };
}

/** Splits at `sep` outside double quotes, `<...>` and `[[...]]`. */
function splitOutside(text: string, sep: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let quoted = false;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && (c === "<" || (c === "[" && text[i + 1] === "["))) depth++;
		else if (!quoted && depth > 0 && (c === ">" || (c === "]" && text[i + 1] === "]"))) depth--;
		else if (!quoted && depth === 0 && c === sep) {
			parts.push(text.slice(from, i));
			from = i + 1;
		}
	}
	parts.push(text.slice(from));
	return parts;
}

/**
 * The interviewers typed in the form's one field. It is a list field, so its separators are the
 * user's: semicolons (and line breaks) when there are any, a comma inside a part then being
 * `Last, First`; else commas. A last " and " between full names separates too, as SPEC §1 says.
 */
export function readPeopleField(text: string): NotePerson[] {
	const people: NotePerson[] = [];
	const parts = /[;\n]/.test(text) ? text.split(/[;\n]/) : splitOutside(text, ",");
	for (const part of parts) {
		for (const piece of part.includes(" and ") ? splitPeopleText(part) : [part]) {
			const person = typedPerson(piece);
			if (person) people.push(person);
		}
	}
	return people;
}

/** Reads the form; a sentence says what is missing or unreadable. */
export function readForm(values: FormValues, now: Date): NewInterview | string {
	const start = parseWhen(values.start, now);
	if (!start) {
		return values.start.trim() === ""
			? "Give the interview's start, for example 2026-11-25T14:30 or tomorrow 2pm."
			: `"${values.start.trim()}" is not a time this form can read: try 2026-11-25T14:30 or tomorrow 2pm.`;
	}
	let end: Date | null = null;
	if (values.end.trim() !== "") {
		end = start.hasTime ? parseEnd(values.end, start.at) : null;
		if (!end) return `"${values.end.trim()}" is not an end time or length after the start: try 15:30 or 90 min.`;
	}
	if (values.company.trim() === "" && values.role.trim() === "") return "Give at least the company or the role.";
	// "Jane Doe <jane@acme.example>" in the contact field fills both keys; a typed email wins.
	const contact = typedPerson(values.primaryContact);
	return {
		company: values.company.trim(),
		role: values.role.trim(),
		start: start.at,
		startHasTime: start.hasTime,
		end,
		format: values.format.trim(),
		primaryContact: contact?.name ?? "",
		primaryContactEmail: values.primaryContactEmail.trim() || (contact?.email ?? ""),
		interviewers: readPeopleField(values.interviewers),
	};
}

/** Values to start the form with, and what an invite adds to the note. */
export interface FormPrefill {
	values: Partial<FormValues>;
	invite?: {
		/** The invite's event title, shown above the form. */
		summary: string;
		uids: string[];
		details: string;
		/** What reading the invite guessed, for the user to check. */
		warnings: string[];
	};
}

export class NewInterviewModal extends Modal {
	private values: FormValues = { company: "", role: "", start: "", end: "", format: "", primaryContact: "", primaryContactEmail: "", interviewers: "" };
	private errorEl: HTMLElement | null = null;

	constructor(
		app: App,
		private readonly settings: Settings,
		private readonly now: () => Date,
		private readonly onCreated: (file: TFile) => unknown,
		private readonly prefill: FormPrefill | null = null,
	) {
		super(app);
		if (prefill) {
			for (const [key, value] of Object.entries(prefill.values)) {
				if (typeof value === "string" && key in this.values) this.values[key as keyof FormValues] = value;
			}
		}
	}

	override onOpen(): void {
		const { contentEl } = this;
		const invite = this.prefill?.invite;
		this.titleEl.setText(invite ? "New interview note from invite" : "New interview note");
		contentEl.addClass("ifu-new-interview");
		if (invite) {
			contentEl.createEl("p", { cls: "setting-item-description", text: `From the invite "${invite.summary}". Check the values, then create the note.` });
			if (invite.warnings.length > 0) {
				const list = contentEl.createEl("ul", { cls: "ifu-invite-warnings" });
				for (const w of invite.warnings) list.createEl("li", { text: w });
			}
		}
		const company = this.field("company", "Company", "Acme Robotics");
		this.field("role", "Role", "Platform engineer");
		const startHint = this.field("start", "Start", "tomorrow 2pm, or 2026-11-25T14:00", "When the interview begins.");
		this.field("end", "End or length", "15:30, or 90 min", `Empty: ${this.settings.defaultDurationMinutes} minutes after the start.`);
		this.field("format", "Format", "video, onsite or phone");
		this.field("primaryContact", "Primary contact", "Sam Lee <sam@acme.example>", "Who set up the interview: a name, or a name and email.");
		this.field("primaryContactEmail", "Primary contact email", "name@company.example");
		this.field(
			"interviewers",
			"Interviewers",
			"Dana Whitfield <dana@acme.example>; Marcus Oyelaran",
			"Names, or a name and email each, separated by semicolons or commas.",
		);

		// Shows how the typed start was read, so that a misread phrase is caught before the note exists.
		const preview = startHint.setting.descEl;
		startHint.text.onChange((value) => {
			this.values.start = value;
			const parsed = parseWhen(value, this.now());
			preview.setText(
				value.trim() === ""
					? "When the interview begins."
					: parsed
						? `Read as ${formatInstant(parsed.at, this.now())}${parsed.hasTime ? "" : " (no time: add one if you know it)"}.`
						: "Not a time this form can read yet.",
			);
		});

		if (this.values.start !== "") startHint.text.onChanged();

		this.errorEl = contentEl.createDiv({ cls: "ifu-error", attr: { role: "alert" } });
		new Setting(contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => b.setButtonText("Create note").setCta().onClick(() => void this.submit()));
		company.text.inputEl.focus();
		this.scope.register([], "Enter", (evt) => {
			evt.preventDefault();
			void this.submit();
			return false;
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private field(key: keyof FormValues, name: string, placeholder: string, desc?: string): { setting: Setting; text: TextComponent } {
		const setting = new Setting(this.contentEl).setName(name);
		if (desc) setting.setDesc(desc);
		let text: TextComponent | null = null;
		setting.addText((t) => {
			text = t;
			t.setPlaceholder(placeholder).setValue(this.values[key]).onChange((value) => {
				this.values[key] = value;
			});
			t.inputEl.setAttr("aria-label", name);
			t.inputEl.dataset.field = key;
		});
		if (!text) throw new Error("Setting.addText did not create a text field.");
		return { setting, text };
	}

	async submit(): Promise<void> {
		const read = readForm(this.values, this.now());
		if (typeof read === "string") {
			this.errorEl?.setText(read);
			return;
		}
		const invite = this.prefill?.invite;
		const values: NewInterview = invite ? { ...read, inviteUids: invite.uids, inviteDetails: invite.details } : read;
		try {
			const file = await createInterviewNote(this.app, this.settings, values);
			this.close();
			await this.onCreated(file);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			this.errorEl?.setText(message);
			new Notice(`The note was not created: ${message}`);
		}
	}
}
