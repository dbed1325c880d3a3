// Finds the core Templates plugin's folder, whose notes are templates and never interviews. The
// running plugin's options are not public API, so every step is guarded, with the saved
// `templates.json` as the fallback.
import { normalizePath, type App } from "obsidian";

interface TemplatesInternals {
	internalPlugins?: {
		getPluginById?: (id: string) => { instance?: { options?: { folder?: unknown } } } | null | undefined;
	};
}

function cleanFolder(value: unknown): string | null {
	if (typeof value !== "string" || value.trim() === "") return null;
	return normalizePath(value.trim());
}

/** The core Templates plugin's folder, or null when it has none (or cannot be read). */
export async function coreTemplatesFolder(app: App): Promise<string | null> {
	try {
		const folder = (app as unknown as TemplatesInternals).internalPlugins?.getPluginById?.("templates")?.instance?.options?.folder;
		const live = cleanFolder(folder);
		if (live !== null) return live;
	} catch {
		// An internal API that changed shape: fall back to the saved options.
	}
	try {
		const path = normalizePath(`${app.vault.configDir}/templates.json`);
		const text = await app.vault.adapter.read(path);
		const data: unknown = JSON.parse(text);
		if (data && typeof data === "object") return cleanFolder((data as Record<string, unknown>).folder);
	} catch {
		// No templates.json: the core Templates plugin was never set up.
	}
	return null;
}
