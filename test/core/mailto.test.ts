import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAILTO_SAFE_LENGTH, buildMailto, mailtoFitsSafely, parseMailto } from "../../src/core/mailto";
import { anyCodeUnits } from "../builders/arbitraries";

/** Text full of what breaks mail links: delimiters, percent signs, line breaks, emoji, accents. */
const awkwardText = fc
	.array(
		fc.oneof(
			fc.constantFrom("?", "&", "#", "%", "=", ",", "+", " ", "%0D%0A", "\n", "\r\n", "😀", "é", "—", "ß", "(", ")", "'", "*", "!"),
			fc.string({ maxLength: 5, unit: "grapheme" }),
		),
		{ maxLength: 30 },
	)
	.map((parts) => parts.join(""));

describe("buildMailto", () => {
	it("writes recipients, subject and body as RFC 6068 asks", () => {
		expect(buildMailto(["dana@acme.example", "me+jobs@x.example"], "Thank you", "Hi Dana,\n\nThanks!")).toBe(
			"mailto:dana@acme.example,me+jobs@x.example?subject=Thank%20you&body=Hi%20Dana%2C%0D%0A%0D%0AThanks%21",
		);
	});

	it("leaves out empty addresses, subject and body", () => {
		expect(buildMailto(["", "  "], "Hi", "")).toBe("mailto:?subject=Hi");
		expect(buildMailto(["a@b.example"], "", "")).toBe("mailto:a@b.example");
	});

	it("uses only characters that cannot end a markdown link or start a header", () => {
		fc.assert(
			fc.property(fc.array(awkwardText, { maxLength: 3 }), awkwardText, awkwardText, (to, subject, body) => {
				expect(buildMailto(to, subject, body)).toMatch(/^mailto:[A-Za-z0-9\-._~%@+,]*(\?[A-Za-z0-9\-._~%=&]*)?$/);
			}),
		);
	});

	it("gives back exactly the subject and body, and no other header", () => {
		fc.assert(
			fc.property(awkwardText, awkwardText, (subject, body) => {
				const parsed = parseMailto(buildMailto(["dana@acme.example"], subject, body));
				expect(parsed.to).toEqual(["dana@acme.example"]);
				const expected: Record<string, string> = {};
				// A subject is one line; the body's line breaks become CRLF, as the RFC asks.
				if (subject !== "") expected.subject = subject.replace(/\r\n|\r|\n/g, " ");
				if (body !== "") expected.body = body.replace(/\r\n|\r|\n/g, "\r\n");
				expect(parsed.headers).toEqual(expected);
			}),
		);
	});

	it.each([
		"x@y.example?bcc=evil@z.example",
		"x@y.example&cc=evil@z.example",
		"x@y.example\r\nBcc: evil@z.example",
		"x@y.example%0D%0ABcc:evil@z.example",
		"x@y.example,evil@z.example",
		"x@y.example#?bcc=evil@z.example",
		"x@y.example?body=replaced",
	])("keeps %j to one recipient and adds no header", (address) => {
		const parsed = parseMailto(buildMailto([address], "Subject", "Body"));
		expect(parsed.to).toEqual([address]);
		expect(parsed.headers).toEqual({ subject: "Subject", body: "Body" });
	});

	it("never lets any address add a recipient or a header", () => {
		fc.assert(
			fc.property(fc.array(awkwardText.filter((a) => a.trim() !== ""), { minLength: 1, maxLength: 4 }), (addresses) => {
				const parsed = parseMailto(buildMailto(addresses, "S", "B"));
				expect(parsed.to).toEqual(addresses.map((a) => a.trim()));
				expect(Object.keys(parsed.headers).sort()).toEqual(["body", "subject"]);
			}),
		);
	});

	it("does not throw on a broken surrogate pair from a note", () => {
		expect(buildMailto(["a@b.example"], "x\uD800", "\uDC00y")).toBe("mailto:a@b.example?subject=x%EF%BF%BD&body=%EF%BF%BDy");
		// Reversed halves are two lone surrogates; a real pair is kept.
		expect(parseMailto(buildMailto(["a@b.example"], "\uDC00\uD800😀", "B")).headers.subject).toBe("\uFFFD\uFFFD😀");
	});

	it("replaces exactly the lone surrogates, as String.prototype.toWellFormed does", () => {
		const units = fc.array(fc.oneof(fc.constantFrom("\uD83D", "\uDE00", "\uD800", "\uDFFF", "a", " "), anyCodeUnits({ maxLength: 3 })), { maxLength: 12 });
		fc.assert(
			fc.property(units, (parts) => {
				// Line breaks are the body's own business (CRLF); here only the surrogates matter.
				const text = `x${parts.join("").replace(/[\r\n]/g, "")}`;
				const expected = (text as string & { toWellFormed(): string }).toWellFormed();
				expect(parseMailto(buildMailto(["a@b.example"], "S", text)).headers.body).toBe(expected);
			}),
			{ numRuns: 300 },
		);
	});
});

describe("mailtoFitsSafely", () => {
	it("accepts a link up to the safe length, not beyond", () => {
		expect(MAILTO_SAFE_LENGTH).toBe(1800);
		expect(mailtoFitsSafely("m".repeat(1800))).toBe(true);
		expect(mailtoFitsSafely("m".repeat(1801))).toBe(false);
	});
});

describe("parseMailto", () => {
	it("reads recipients from the path and from a to= field, and decodes percent-encoding", () => {
		expect(parseMailto("mailto:a@b.example,c%2Cd@e.example?To=f@g.example&Subject=Hi%20there&body=1+1")).toEqual({
			to: ["a@b.example", "c,d@e.example", "f@g.example"],
			headers: { subject: "Hi there", body: "1+1" },
		});
	});
});
