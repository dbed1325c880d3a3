// `mailto:` links (RFC 6068) that open a draft in the mail app. Addresses come from notes and are
// untrusted: whatever they hold, they are encoded so that they can never add a header or a recipient.

/**
 * Mail apps and browsers cut or refuse `mailto:` links somewhere above 2,000 characters; below this
 * length a link opens everywhere we know of.
 */
export const MAILTO_SAFE_LENGTH = 1800;

// A pair first, so that a low surrogate is only ever matched alone when no high one precedes it
// (no lookbehind: iOS before 16.4 cannot even parse one, and main.js would not load).
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** encodeURIComponent throws on a lone surrogate; a replacement character keeps the draft usable. */
function wellFormed(text: string): string {
	return text.replace(SURROGATES, (match) => (match.length === 2 ? match : "\uFFFD"));
}

/**
 * Percent-encodes everything but unreserved characters. encodeURIComponent leaves `!*'()` alone;
 * they are encoded too so that the link survives inside a markdown `[text](link)` unchanged.
 */
function encodeStrict(text: string): string {
	return encodeURIComponent(wellFormed(text)).replace(
		/[!'()*]/g,
		(c) => "%" + c.charCodeAt(0).toString(16).toUpperCase(),
	);
}

/**
 * `@` separates local part and domain and `+` is common in addresses (`me+jobs@...`): both are
 * harmless in the `to` part, so they stay readable. `,` `?` `&` `#` `%`, spaces, line breaks and
 * anything non-ASCII are encoded, so an address is always exactly one recipient and never a header.
 */
function encodeAddress(address: string): string {
	return encodeStrict(address.trim()).replace(/%40/g, "@").replace(/%2B/g, "+");
}

/** A subject is one line: a line break in it could start a header in a careless mail app. */
function encodeSubject(subject: string): string {
	return encodeStrict(subject.replace(/\r\n|\r|\n/g, " "));
}

/** RFC 6068 §5: line breaks in the body are written as `%0D%0A`, whatever the note used. */
function encodeBody(body: string): string {
	return encodeStrict(body.replace(/\r\n|\r|\n/g, "\r\n"));
}

/**
 * A `mailto:` URI for the given recipients, subject and body. Empty addresses are skipped; with none
 * left the link opens a message with the recipient to fill in. Empty subject or body are left out.
 */
export function buildMailto(addresses: string[], subject: string, body: string): string {
	const to = addresses.filter((a) => a.trim() !== "").map(encodeAddress).join(",");
	const fields: string[] = [];
	if (subject !== "") fields.push("subject=" + encodeSubject(subject));
	if (body !== "") fields.push("body=" + encodeBody(body));
	return "mailto:" + to + (fields.length > 0 ? "?" + fields.join("&") : "");
}

export function mailtoFitsSafely(uri: string): boolean {
	return uri.length <= MAILTO_SAFE_LENGTH;
}

export interface ParsedMailto {
	/** Every recipient, from the `to` part and from any `to=` header field. */
	to: string[];
	/** The other header fields, names lower-cased, values decoded. */
	headers: Record<string, string>;
}

function decode(part: string): string {
	try {
		return decodeURIComponent(part);
	} catch {
		return part;
	}
}

/**
 * Reads a `mailto:` URI as a mail app following RFC 6068 would: recipients are split on the commas
 * that are not encoded, header fields on `&` and their first `=`. `+` is not a space in `mailto:`.
 */
export function parseMailto(uri: string): ParsedMailto {
	const rest = uri.replace(/^mailto:/i, "");
	const q = rest.indexOf("?");
	const toPart = q === -1 ? rest : rest.slice(0, q);
	const query = q === -1 ? "" : rest.slice(q + 1);
	const to = toPart === "" ? [] : toPart.split(",").map(decode);
	const headers: Record<string, string> = {};
	for (const field of query === "" ? [] : query.split("&")) {
		const eq = field.indexOf("=");
		const name = decode(eq === -1 ? field : field.slice(0, eq)).toLowerCase();
		const value = eq === -1 ? "" : field.slice(eq + 1);
		if (name === "to") {
			for (const a of value.split(",")) if (a !== "") to.push(decode(a));
		} else headers[name] = decode(value);
	}
	return { to, headers };
}
