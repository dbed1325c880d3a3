// Wikilinks as they appear in frontmatter values: `[[People/Sam Lee|Sam]]`, quoted or not.

export interface WikiLink {
	/** The link target without heading, block or alias: `People/Sam Lee`. */
	linkpath: string;
	/** What the link shows: the alias, else the target's file name. */
	display: string;
}

const WIKILINK = /^\s*!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]\s*$/;

/** Parses a value that is exactly one wikilink; null otherwise. */
export function parseWikiLink(value: unknown): WikiLink | null {
	const text = unwrapUnquotedLink(value);
	if (text === null) return null;
	// Most values are plain text: one starting with a visible character other than `!` or `[` cannot
	// match WIKILINK, which allows only whitespace before them.
	const c = text.charCodeAt(0);
	if (c > 32 && c < 127 && c !== 33 /* ! */ && c !== 91 /* [ */) return null;
	if (!text.includes("[[")) return null;
	const m = WIKILINK.exec(text);
	if (!m) return null;
	const linkpath = m[1].trim();
	if (linkpath === "") return null;
	const alias = m[2]?.trim();
	const display = alias || noteName(linkpath);
	return { linkpath, display };
}

/**
 * What `path.replace(/^.*\//, "").replace(/\.md$/i, "")` gives, without the two regexes: the text
 * after the last `/` of the first line, less a final `.md` in any case.
 */
export function noteName(path: string): string {
	let name = path;
	const slash = path.lastIndexOf("/");
	if (slash !== -1) {
		// `.` stops at a line break, so a `/` after one is out of the first regex's reach.
		let cut = slash;
		for (let i = 0; i < cut; i++) {
			const c = path.charCodeAt(i);
			if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) cut = path.lastIndexOf("/", i);
		}
		if (cut !== -1) name = path.slice(cut + 1);
	}
	const n = name.length;
	if (n >= 3 && name.charCodeAt(n - 3) === 46 /* . */ && (name.charCodeAt(n - 2) | 32) === 109 /* m */ && (name.charCodeAt(n - 1) | 32) === 100 /* d */) {
		return name.slice(0, n - 3);
	}
	return name;
}

/**
 * `company: [[Acme]]` without quotes is YAML for a list holding a list holding "Acme". People
 * write it that way all the time, so it is read back as the link it was meant to be.
 */
function unwrapUnquotedLink(value: unknown): string | null {
	if (typeof value === "string") return value;
	if (Array.isArray(value) && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) {
		const inner: unknown = value[0][0];
		if (typeof inner === "string") return `[[${inner}]]`;
	}
	return null;
}

/**
 * `text.trim()`, skipping the call when both ends are visible ASCII characters and there is nothing
 * to trim: trim is a comparatively slow builtin, and a scan of the vault trims thousands of values.
 */
export function trimmed(text: string): string {
	const first = text.charCodeAt(0);
	const last = text.charCodeAt(text.length - 1);
	return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}

/** Text for display: a link shows its alias or note name, other text as written. */
export function displayText(value: unknown): string | null {
	const link = parseWikiLink(value);
	if (link) return link.display;
	if (typeof value === "string") return trimmed(value);
	if (typeof value === "number" || typeof value === "bigint") return String(value);
	return null;
}
