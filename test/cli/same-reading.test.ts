// The command line and the plugin read a note the same way: the same frontmatter found (one rule),
// the same values (one YAML reading), the same problems in the same words. Generated notes typed
// in a hurry go through both paths: the CLI on disk, and the plugin's index over the Obsidian fake's
// metadata cache.
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { locateYaml, parseFrontmatterYaml } from "../../src/cli/frontmatter";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { brokenNote, InterviewIndex } from "../../src/obsidian/index";
import { parseMarkdownMetadata } from "../fakes/metadata";
import { createFakeApp } from "../fakes/obsidian";
import { cli, makeVault } from "./helpers";

const NOW = "2026-11-26T12:00Z";

const open = fc.constantFrom("---\n", "---\n", "---\n", "---\r\n", "\uFEFF---\n", "--- \n", "---js\n", "", "----\n");
const close = fc.constantFrom("---\n", "---\n", "---\n", "--- \n", "---\t\n", "---\r\n", "----\n", "...\n", "---");
const value = fc.constantFrom(
	"Acme",
	"14:30",
	"012",
	"0x1F",
	"1e3",
	"0o17",
	".inf",
	"yes",
	"~",
	"true",
	"2026-11-25",
	"2026-11-25T13:00",
	"'quoted'",
	'"double \\t quoted"',
	'"broken',
	"[a, b]",
	"Acme: Labs",
	"Sam Lee <sam@acme.example>",
	"&a anchored",
	"*a",
	"!!str 012",
	"<<",
	"",
);
const key = fc.constantFrom("company", "role", "primary_contact", "primary_contact_email", "next_steps", "status", "thank_you_sent", "interview_end", "format");
const line = fc.tuple(key, value).map(([k, v]) => `${k}: ${v}\n`);
const start = fc.constantFrom("interview_start: 2026-11-25T13:00\n", "interview_start: 2026-11-25\n", "interview_start: 13:00\n", "");
const type = fc.constantFrom("type: interview\n", "type: Interview\n", "type: 'interview'\n", "Type: interview\n", "");
const body = fc.constantFrom("", "Notes.\n", "---\nmore: text\n---\n", "# Heading\n");

/** A note as typed in a hurry: fences that are right or nearly, values YAML 1.1 and 1.2 read apart. */
const noteText = fc.tuple(open, type, start, fc.array(line, { maxLength: 4 }), close, body, fc.boolean()).map(([o, t, s, lines, c, b, crlf]) => {
	const text = `${o}${t}${s}${lines.join("")}${c}${b}`;
	return crlf ? text.replace(/\r?\n/g, "\r\n") : text;
});

describe("the command line and the plugin read notes alike", () => {
	it("find the same frontmatter, read the same values and the same failures (each note on its own)", () => {
		fc.assert(
			fc.property(noteText, (text) => {
				const yaml = locateYaml(text, true) ?? null;
				const meta = parseMarkdownMetadata(text);
				expect(yaml !== null).toBe(meta.frontmatterPosition !== undefined);
				if (yaml === null) return;
				const cliData = parseFrontmatterYaml(yaml);
				const plugin = brokenNote("Note.md", text);
				if (cliData.kind === "parsed") {
					expect(plugin).toBeNull();
					// Obsidian hands no frontmatter for an empty block.
					if (Object.keys(cliData.frontmatter).length > 0 || meta.frontmatter) expect(meta.frontmatter).toEqual(cliData.frontmatter);
				} else if (cliData.kind === "failed") {
					expect(meta.frontmatter).toBeUndefined();
					expect(plugin?.parseError).toEqual(cliData.failure);
				}
			}),
			{ numRuns: 400 },
		);
	});

	it("name a second YAML mistake alike, the line it is on and what to do", () => {
		const text = "---\ntype: interview\ninterviewers:\n  - name: Mike Dunn\n    focus: routes: cutting restocks\n  - name: Shonda Bell\n    focus: - driver call-outs\n      - the telemetry thing\n---\n";
		const cliData = parseFrontmatterYaml(locateYaml(text, true) ?? "");
		const plugin = brokenNote("Note.md", text);
		expect(cliData.kind === "failed" ? cliData.failure.next : undefined).toMatchObject({ line: 7 });
		expect(plugin?.parseError).toEqual(cliData.kind === "failed" ? cliData.failure : null);
	});

	describe("whole vaults: due --json and the plugin's index agree", () => {
		beforeEach(() => {
			vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
		});
		afterEach(() => {
			vi.useRealTimers();
		});

		it("on the same actions and the same problems, word for word", async () => {
			await fc.assert(
				fc.asyncProperty(fc.array(noteText, { minLength: 1, maxLength: 3 }), async (texts) => {
					const files = Object.fromEntries(texts.map((t, i) => [`Interviews/N${i}.md`, t]));
					const result = cli(["due", makeVault(files), "--json", "--all", "--now", NOW], { env: { INTERVIEW_FOLLOW_UP_CACHE: "0" } });
					expect(result.code).toBe(0);
					const fromCli = JSON.parse(result.stdout);

					const app = createFakeApp({ files });
					const index = new InterviewIndex(app as never, { settings: () => DEFAULT_SETTINGS });
					index.load();
					app.startLayout();
					for (let i = 0; i < 3; i++) {
						await app.settle();
						await vi.advanceTimersByTimeAsync(1000);
					}
					const agenda = index.agenda(new Date(NOW));
					const fromPlugin = {
						actions: agenda.actions.map((a) => ({ file: a.file, kind: a.kind, opensAt: a.opensAt.toISOString(), company: a.company, role: a.role, recipients: a.recipients.map((r) => ({ name: r.name, email: r.email })) })),
						problems: index.problems().map((p) => ({ file: p.file, severity: p.severity, message: p.message, line: p.line })),
					};
					index.unload();
					const key = (p: { file: string; message: string }) => `${p.file} ${p.message}`;
					expect(fromCli.actions.map((a: Record<string, unknown>) => ({ file: a.file, kind: a.kind, opensAt: a.opensAt, company: a.company, role: a.role, recipients: a.recipients })).sort((x: { file: string; kind: string }, y: { file: string; kind: string }) => `${x.file}${x.kind}`.localeCompare(`${y.file}${y.kind}`))).toEqual(
						fromPlugin.actions.sort((x, y) => `${x.file}${x.kind}`.localeCompare(`${y.file}${y.kind}`)),
					);
					// Obsidian's metadata cache gives no line per property, so the plugin gives lines only
					// where it parsed the text itself (frontmatter that does not parse); the CLI gives more.
					const lineOf = (p: { file: string; message: string; line?: number }) => (fromPlugin.problems.find((q) => q.file === p.file && q.message === p.message)?.line === undefined ? undefined : p.line);
					expect(fromCli.problems.map((p: { file: string; severity: string; message: string; line?: number }) => ({ ...p, line: lineOf(p) })).sort((x: { file: string; message: string }, y: { file: string; message: string }) => key(x).localeCompare(key(y)))).toEqual(
						fromPlugin.problems.sort((x, y) => key(x).localeCompare(key(y))),
					);
				}),
				{ numRuns: 25 },
			);
		});
	});
});
