// Obsidian URIs that open a note from outside the app (a calendar event, a link in a mail).
// Both parts are percent-encoded so spaces, `&`, `#` and non-ASCII names survive as written.

/** `obsidian://open?vault=…&file=…` for a vault-relative path, kept as given (`.md` optional). */
export function obsidianOpenUri(vaultName: string, file: string): string {
	return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(file)}`;
}
