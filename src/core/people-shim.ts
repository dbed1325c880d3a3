// TEMPORARY stand-in for src/core/people.ts (same signatures), removed once that module lands.
import { isValidEmail } from "./parse";

export function sameAddress(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function unquote(text: string): string {
	const t = text.trim();
	if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) return t.slice(1, -1).replace(/\\(.)/g, "$1").trim();
	return t;
}

function lastFirst(name: string): string {
	const parts = name.split(",");
	if (parts.length === 2) {
		const last = parts[0].trim();
		const first = parts[1].trim();
		if (/^\S+$/.test(last) && /^\S+$/.test(first)) return `${first} ${last}`;
	}
	return name;
}

export function readPersonText(text: string): { name: string; email?: string } {
	const t = text.trim();
	const lt = t.lastIndexOf("<");
	if (lt !== -1 && t.endsWith(">")) {
		const email = t.slice(lt + 1, -1).trim().replace(/^mailto:/i, "");
		const name = lastFirst(unquote(t.slice(0, lt)));
		return name === "" ? { name: "", email } : { name, email };
	}
	const bare = t.replace(/^mailto:/i, "");
	if (!/\s/.test(bare) && bare.includes("@") && isValidEmail(bare)) return { name: "", email: bare };
	return { name: lastFirst(unquote(t)) };
}

function isFull(part: string): boolean {
	const t = part.trim();
	if (t === "") return false;
	if (/<[^<>]*>$/.test(t)) return true;
	if (/^\[\[.*\]\]$/.test(t)) return true;
	if (!/\s/.test(t) && t.includes("@")) return true;
	return t.split(/\s+/).length >= 2;
}

export function splitPeopleText(text: string): string[] {
	const semi = text.split(";").map((s) => s.trim()).filter((s) => s !== "");
	const out: string[] = [];
	for (const piece of semi) {
		const parts = piece.split(",").flatMap((p, i, all) => (i === all.length - 1 ? p.split(/\s+and\s+/) : [p])).map((p) => p.trim()).filter((p) => p !== "");
		if (parts.length > 1 && parts.every(isFull)) out.push(...parts);
		else out.push(piece);
	}
	return out;
}
