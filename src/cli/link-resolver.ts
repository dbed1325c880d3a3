// Resolves `[[links]]` in frontmatter to notes the way Obsidian does: by file name anywhere in the
// vault, or by path; when several notes share a name, the exact path wins, else the shortest.
import type { Frontmatter, LinkResolver } from "../core/types";

/** The path less a final `.md` in any case: what `p.replace(/\.md$/i, "")` gives, run for every note of the vault. */
function withoutExtension(p: string): string {
	const n = p.length;
	return n >= 3 && p.charCodeAt(n - 3) === 46 /* . */ && (p.charCodeAt(n - 2) | 32) === 109 /* m */ && (p.charCodeAt(n - 1) | 32) === 100 /* d */ ? p.slice(0, -3) : p;
}

function dirname(p: string): string {
	const i = p.lastIndexOf("/");
	return i === -1 ? "" : p.slice(0, i);
}

/** Joins a relative link (`./x`, `../x`) to the folder of the note it is written in. */
function joinRelative(folder: string, link: string): string {
	const out = folder === "" ? [] : folder.split("/");
	for (const segment of link.split("/")) {
		if (segment === "" || segment === ".") continue;
		if (segment === "..") out.pop();
		else out.push(segment);
	}
	return out.join("/");
}

/** The link target as a vault path without `.md`: alias, heading and block reference removed. */
export function normaliseLinkpath(linkpath: string): string {
	let target = linkpath;
	const bar = target.indexOf("|");
	if (bar !== -1) target = target.slice(0, bar);
	const hash = target.search(/[#^]/);
	if (hash !== -1) target = target.slice(0, hash);
	return withoutExtension(target.trim().replace(/\\/g, "/"));
}

/**
 * `notePaths` are the vault's markdown notes (vault-relative, forward slashes); `frontmatterOf`
 * reads a note's frontmatter, given its index in `notePaths`, when a link needs it.
 */
export function createLinkResolver(notePaths: readonly string[], frontmatterOf: (index: number) => Frontmatter | null): LinkResolver {
	// Built on the first link, so that a vault whose interviews link nobody never pays for it.
	let byName: Map<string, number[]> | null = null;
	const index = () => {
		const map = new Map<string, number[]>();
		notePaths.forEach((p, i) => {
			const name = withoutExtension(p.slice(p.lastIndexOf("/") + 1)).toLowerCase();
			const list = map.get(name);
			if (list) list.push(i);
			else map.set(name, [i]);
		});
		return map;
	};

	const find = (linkpath: string, fromFile: string): number | null => {
		let target = normaliseLinkpath(linkpath);
		if (target.startsWith("./") || target.startsWith("../")) target = joinRelative(dirname(fromFile), target);
		target = target.replace(/^\/+/, "");
		if (target === "") return null;
		byName ??= index();
		const candidates = byName.get(target.slice(target.lastIndexOf("/") + 1).toLowerCase());
		if (!candidates) return null;
		const lower = target.toLowerCase();
		const bare = (i: number) => withoutExtension(notePaths[i]);
		const matching = target.includes("/")
			? candidates.filter((i) => {
					const b = bare(i).toLowerCase();
					return b === lower || b.endsWith(`/${lower}`);
				})
			: candidates;
		if (matching.length === 0) return null;
		const exact = matching.find((i) => bare(i) === target) ?? matching.find((i) => bare(i).toLowerCase() === lower);
		if (exact !== undefined) return exact;
		const byLength = (a: number, b: number) => {
			const pa = notePaths[a];
			const pb = notePaths[b];
			return pa.length - pb.length || (pa < pb ? -1 : pa > pb ? 1 : 0);
		};
		return [...matching].sort(byLength)[0];
	};

	return (linkpath, fromFile) => {
		const found = find(linkpath, fromFile);
		return found === null ? null : { path: notePaths[found], frontmatter: frontmatterOf(found) };
	};
}
