// The writer and YAML anchors, aliases and tags; and what a mark does to a note that already
// records the event (SPEC §4). Pure text in, text out, as the plugin and the CLI both use it.
import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { applyMark, applyMarkPlan, clearSnooze, planMark, setFrontmatterKeys, WriteError, yamlScalar } from "../../src/core/writer";

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi);
const AT = local(2026, 11, 25, 14, 30);
const note = (fm: string) => `---\ntype: interview\n${fm}\n---\n# Body\n`;

function refusal(fn: () => unknown): string {
	try {
		fn();
	} catch (error) {
		expect(error).toBeInstanceOf(WriteError);
		return (error as Error).message;
	}
	throw new Error("expected a refusal");
}

describe("the writer refuses to rewrite or remove a property with an anchor, alias or tag", () => {
	it.each([
		["thank_you_sent: &t 2026-11-25T15:00\ncheck_in_sent: *t", "thank_you_sent", /"thank_you_sent" carries a YAML anchor \(&t\)/],
		["thank_you_sent: &t 2026-11-25T15:00\ncheck_in_sent: *t", "check_in_sent", /"check_in_sent" is a YAML alias \(\*t\)/],
		["thank_you_sent: !!str 2026-11-25T15:00", "thank_you_sent", /"thank_you_sent" carries a YAML tag \(!!str\)/],
		["thank_you_sent: &t\n  2026-11-25T15:00", "thank_you_sent", /anchor \(&t\)/],
		["thank_you_sent:\n  - &x a\nother: *x", "thank_you_sent", /anchor \(&x\)/],
		["thank_you_sent: [a, &x b]\nother: *x", "thank_you_sent", /anchor \(&x\)/],
		["thank_you_sent: {at: &x b}\nother: *x", "thank_you_sent", /anchor \(&x\)/],
		['thank_you_sent: "x"\nthank_you_sent: &d dup', "thank_you_sent", /anchor \(&d\)/],
	])("%j, writing %s", (fm, key, message) => {
		const text = note(fm);
		expect(refusal(() => setFrontmatterKeys(text, { [key]: "2026-11-26T09:00" }))).toMatch(message);
		expect(refusal(() => setFrontmatterKeys(text, { [key]: null }))).toMatch(message);
	});

	it("refuses in the plugin's paths too: a mark, and clearing a snooze", () => {
		expect(refusal(() => applyMark(note("thank_you_sent: &t 2026-11-25T15:00\ncheck_in_sent: *t"), "thank-you-sent", AT))).toMatch(/anchor/);
		expect(refusal(() => clearSnooze(note("snoozed_until: &s 2026-11-30T09:00\nx: *s")))).toMatch(/"snoozed_until" carries a YAML anchor/);
	});

	it("takes &, * and ! inside text for text: R&D, *nice*, quoted values, comments, block scalars", () => {
		for (const fm of ["focus: R&D", "focus: very *nice* indeed", 'focus: "&not an anchor"', "focus: 'a *b'", "focus: x # &comment", "focus: |\n  &text\n  *more", "focus: a!b"]) {
			const out = setFrontmatterKeys(note(fm), { focus: "new" });
			expect(out).toMatch(/\nfocus: new(?: # &comment)?\n/);
		}
	});

	it("never refuses a value it wrote itself, whatever the text", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), (value) => {
				const written = setFrontmatterKeys(note("focus: x"), { focus: value });
				expect(setFrontmatterKeys(written, { focus: "again" })).toContain("focus: again");
			}),
			{ numRuns: 300 },
		);
	});

	it("refuses exactly when YAML sees an anchor, alias or tag in the value", () => {
		const piece = fc.constantFrom("a", " ", "&x", "*x", "!t", "'q'", '"d"', "[", "]", "{", "}", ",", ": ", "- ", "#", "\n  ");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
				const value = parts.join("");
				const text = note(`k: ${value}`);
				const fm = text.slice(4, text.indexOf("\n---\n") + 1);
				const doc = parseDocument(fm, { uniqueKeys: false });
				if (doc.errors.length > 0) return;
				let yamlSees = false;
				const visit = (node: unknown): void => {
					if (!node || typeof node !== "object") return;
					const n = node as { anchor?: string; tag?: string; source?: string; type?: string; items?: unknown[]; key?: unknown; value?: unknown };
					if (n.anchor || (n.tag && !n.tag.startsWith("tag:yaml.org,2002:map")) || n.type === "ALIAS" || (n as { constructor: { name: string } }).constructor.name === "Alias") yamlSees = true;
					for (const item of n.items ?? []) visit(item);
					visit(n.key);
					visit(n.value);
				};
				const k = (doc.contents as { items?: Array<{ key: { value: string }; value: unknown }> }).items?.find((p) => p.key?.value === "k");
				if (!k) return;
				visit(k.value);
				let refused = false;
				try {
					setFrontmatterKeys(text, { k: "v" });
				} catch (error) {
					if (!(error instanceof WriteError)) throw error;
					refused = /anchor|alias|tag/.test((error as Error).message);
					if (!refused) return;
				}
				// Never misses one; it may refuse a little more than YAML needs (safe), but not plain text.
				if (yamlSees) expect(refused).toBe(true);
			}),
			{ numRuns: 1500 },
		);
	});

	it("keeps yamlScalar's own output out of reach of the check", () => {
		expect(yamlScalar("&x")).toBe('"&x"');
		expect(yamlScalar("*x")).toBe('"*x"');
		expect(yamlScalar("!x")).toBe('"!x"');
	});
});

describe("planMark: what a mark does to a note that already records the event", () => {
	it("finds the same instant written in any of the ways a note holds it", () => {
		for (const value of ["2026-11-25T14:30", "2026-11-25T14:30:00", new Date(AT.getTime()), AT.toISOString()]) {
			expect(planMark("thank-you-sent", AT, { thank_you_sent: value })).toMatchObject({ already: true, replaced: [] });
		}
		expect(planMark("handwritten-note-sent", AT, { handwritten_note_sent: "2026-11-25" }).already).toBe(true);
		expect(planMark("closed", AT, { status: "Closed", closed_on: "2026-11-25" }).already).toBe(true);
	});

	it("replaces another instant or a value that is not a date, and says what was there", () => {
		expect(planMark("thank-you-sent", AT, { thank_you_sent: "2026-11-24T10:00" })).toMatchObject({ already: false, replaced: [{ key: "thank_you_sent", previous: "2026-11-24T10:00" }] });
		expect(planMark("thank-you-sent", AT, { thank_you_sent: "yes" })).toMatchObject({ already: false, replaced: [{ key: "thank_you_sent", previous: "yes" }] });
		expect(planMark("closed", AT, { status: "active", closed_on: "" })).toMatchObject({ already: false, replaced: [] });
	});

	it("counts empty, absent and false as not recorded", () => {
		for (const value of [undefined, null, "", "  ", false]) expect(planMark("reply-received", AT, { reply_received: value })).toMatchObject({ already: false, replaced: [] });
	});

	it("logs a correction without quoting a note's text into the markdown log", () => {
		const text = note('thank_you_sent: "[x](javascript:alert(1))\\n## Heading"');
		const plan = planMark("thank-you-sent", AT, { thank_you_sent: "[x](javascript:alert(1))\n## Heading" });
		const out = applyMarkPlan(text, "thank-you-sent", AT, plan);
		expect(out).toContain("- 2026-11-25 14:30 Thank-you sent (corrected; it was a value that was not a date)\n");
		expect(out.slice(out.indexOf("## Follow-up log"))).not.toContain("javascript");
	});
});
