// The "new interview note" form. Times may be typed as phrases ("tomorrow 2pm"); the note always
// gets ISO values, shown back to the user before the note is created.
import { Modal, Notice, Setting, type App, type TextComponent, type TFile } from "obsidian";
import type { Settings } from "../core/settings";
import { createInterviewNote, type NewInterview } from "../obsidian/new-note";
import { formatInstant } from "./relative-time";
import { parseEnd, parseWhen } from "./when";

interface FormValues {
	company: string;
	role: string;
	start: string;
	end: string;
	format: string;
	primaryContact: string;
	primaryContactEmail: string;
	interviewers: string;
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
	return {
		company: values.company.trim(),
		role: values.role.trim(),
		start: start.at,
		startHasTime: start.hasTime,
		end,
		format: values.format.trim(),
		primaryContact: values.primaryContact.trim(),
		primaryContactEmail: values.primaryContactEmail.trim(),
		interviewers: values.interviewers.split(",").map((s) => s.trim()).filter((s) => s !== ""),
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
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.titleEl.setText("New interview note");
		contentEl.addClass("ifu-new-interview");
		const company = this.field("company", "Company", "Acme Robotics");
		this.field("role", "Role", "Platform engineer");
		const startHint = this.field("start", "Start", "tomorrow 2pm, or 2026-11-25T14:00", "When the interview begins.");
		this.field("end", "End or length", "15:30, or 90 min", `Empty: ${this.settings.defaultDurationMinutes} minutes after the start.`);
		this.field("format", "Format", "video, onsite or phone");
		this.field("primaryContact", "Primary contact", "Who set up the interview");
		this.field("primaryContactEmail", "Primary contact email", "name@company.example");
		this.field("interviewers", "Interviewers", "Dana Whitfield, Marcus Oyelaran", "Separated by commas.");

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
			t.setPlaceholder(placeholder).onChange((value) => {
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
		try {
			const file = await createInterviewNote(this.app, this.settings, read);
			this.close();
			await this.onCreated(file);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			this.errorEl?.setText(message);
			new Notice(`The note was not created: ${message}`);
		}
	}
}
