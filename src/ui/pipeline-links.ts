// Links to interview notes from the pipeline view and the code block: real internal links, so that
// they look like the vault's own, open on click (a new tab with Ctrl/Cmd) and show a page preview.
import { Keymap, Notice, type App, type HoverParent } from "obsidian";

export interface LinkContext {
	app: App;
	/** The note the link sits in; "" outside a note. */
	sourcePath: string;
	/** Where a page preview attaches; also the source name Page preview knows it by. */
	hoverParent: HoverParent;
	hoverSource: string;
}

/** `a.internal-link` to the note at `path`, reading `text`. */
export function noteLink(parent: HTMLElement, path: string, text: string, ctx: LinkContext): HTMLAnchorElement {
	const link = parent.createEl("a", {
		cls: "internal-link",
		text,
		href: path,
		attr: { "data-href": path, target: "_blank", rel: "noopener" },
	});
	link.addEventListener("click", (evt) => {
		evt.preventDefault();
		// Reading view has its own handler for internal links further up: one opening is enough.
		evt.stopPropagation();
		void openNote(ctx.app, path, ctx.sourcePath, evt);
	});
	link.addEventListener("mouseover", (evt) => {
		ctx.app.workspace.trigger("hover-link", {
			event: evt,
			source: ctx.hoverSource,
			hoverParent: ctx.hoverParent,
			targetEl: link,
			linktext: path,
			sourcePath: ctx.sourcePath,
		});
	});
	return link;
}

/** Opens the note as clicking a link does: in this tab, or a new one with the modifier key. */
export async function openNote(app: App, path: string, sourcePath: string, evt?: MouseEvent | KeyboardEvent): Promise<void> {
	// openLinkText creates a missing note; a row left over from a deleted note must not do that.
	if (!app.vault.getFileByPath(path)) {
		new Notice(`${path} no longer exists.`);
		return;
	}
	await app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(evt));
}
