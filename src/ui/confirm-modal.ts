// A yes-or-no question before a step that changes a note for good (closing out an interview).
import { Modal, Setting, type App } from "obsidian";

export interface ConfirmOptions {
	title: string;
	body: string;
	confirmText: string;
	onConfirm: () => unknown;
}

export class ConfirmModal extends Modal {
	constructor(
		app: App,
		private readonly options: ConfirmOptions,
	) {
		super(app);
	}

	override onOpen(): void {
		const { titleEl, contentEl, options } = this;
		titleEl.setText(options.title);
		contentEl.addClass("ifu-confirm");
		contentEl.createEl("p", { text: options.body });
		new Setting(contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) =>
				b
					.setButtonText(options.confirmText)
					.setCta()
					.onClick(() => {
						this.close();
						void options.onConfirm();
					}),
			);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
