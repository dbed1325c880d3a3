// `draft`: the drafts for one note and action kind, whether or not that action is pending, built by
// the same core as the plugin and honouring the override templates kept in the vault.
import { fs, path } from "./node.mjs";
import { FROM_NOTES_HEADING } from "../core/draft-block";
import { fromNotesCheck } from "../core/from-notes";
import { isEmailKind } from "../core/labels";
import { laterRounds } from "../core/rounds";
import { buildDrafts, DRAFT_TEMPLATE_KEYS, type Draft, type DraftTemplate, type DraftTemplateKey } from "../core/drafts";
import { draftDateOrder } from "../core/settings";
import { parseTemplateNote } from "../core/template-note";
import { trimWhere } from "../core/text-scan";
import { ACTION_KINDS, type ActionKind, type Interview } from "../core/types";
import { UsageError } from "./args";
import { loadYaml } from "./frontmatter";
import { resolveNotePath } from "./mark";
import type { Vault } from "./vault";
import { visibleJson, visibleLine, visibleReport } from "./visible";

/** What may be wrong in a sentence from the notes, after it: ` (check: "bear run" may be a name that takes capitals)`. */
function checked(sentence: string): string {
	const check = fromNotesCheck(sentence);
	return check === null ? "" : ` (check: ${check})`;
}

export interface DraftReport {
	file: string;
	drafts: Draft[];
	/** What to check or do by hand before sending. */
	problems: string[];
	/** About the request: a step already recorded, an interview not active, no name to sign with. */
	warnings: string[];
}

export function isActionKind(kind: string): kind is ActionKind {
	return (ACTION_KINDS as readonly string[]).includes(kind);
}

/** Override templates from the vault's draft-template folder; an unreadable one is a problem, not a failure. */
export function readDraftTemplates(vault: Vault, problems: string[]): Partial<Record<DraftTemplateKey, DraftTemplate>> {
	const folder = trimWhere(vault.settings.draftTemplateFolder, (c) => c === "/");
	const templates: Partial<Record<DraftTemplateKey, DraftTemplate>> = {};
	if (folder === "") return templates;
	for (const key of DRAFT_TEMPLATE_KEYS) {
		const file = path.join(vault.root, ...folder.split("/"), `${key}.md`);
		let text: string;
		try {
			text = fs.readFileSync(file, "utf8");
		} catch {
			continue;
		}
		try {
			templates[key] = parseTemplateNote(text, loadYaml);
		} catch (error) {
			problems.push(`The template ${folder}/${key}.md could not be read (${error instanceof Error ? error.message : String(error)}); the built-in draft is used.`);
		}
	}
	return templates;
}

/** The drafts for a note; `locale` (the terminal's language) decides how an "auto" setting writes a day. */
export function collectDrafts(vault: Vault, note: string, kind: string, now: Date, clock: () => number, locale?: string): DraftReport {
	if (!isActionKind(kind)) throw new UsageError(`unknown kind ${JSON.stringify(kind)}: use one of ${ACTION_KINDS.join(", ")}`);
	const { rel, abs } = resolveNotePath(vault.root, note);
	if (!fs.existsSync(abs)) throw new UsageError(`the note ${rel} does not exist`);
	const reading = vault.readNote(rel, clock());
	if (reading.skipped) throw new UsageError(`${rel} is skipped: ${reading.skipped}`);
	const interview: Interview | null = reading.interview;
	if (!interview) {
		const error = reading.problems.find((p) => p.severity === "error");
		if (error) throw new UsageError(`${rel}${error.line !== undefined ? `:${error.line}` : ""} cannot be used: ${error.message.replace(/^The (?=\p{Ll})/u, "the ")}`);
		throw new UsageError(`${rel} is not an interview note (its frontmatter has no ${vault.settings.typeKey}: ${vault.settings.typeValue})`);
	}
	const problems: string[] = [];
	const templates = readDraftTemplates(vault, problems);
	// The note's own text: a general thank-you points at the lines that mention the person.
	let noteText: string | undefined;
	try {
		noteText = fs.readFileSync(abs, "utf8");
	} catch {
		noteText = undefined;
	}
	// A later round at the same company and opening, which the drafts name before sending.
	const laterRound = laterRounds(vault.readInterviews(clock()).interviews, now).get(interview.file);
	const result = buildDrafts(interview, kind, { settings: vault.settings, now, templates, dateOrder: draftDateOrder(vault.settings, locale), noteText, laterRound });
	// What the note says wrong that the drafts repeat (a value a YAML comment cut short) comes first.
	const noted = reading.problems.filter((p) => p.changesDrafts).map((p) => `${rel}${p.line !== undefined ? `, line ${p.line}` : ""}: ${p.message}`);
	// A setting ignored for its default (a misspelt dateOrder, say) changes the drafts too.
	return { file: rel, drafts: result.drafts, problems: [...problems, ...result.problems], warnings: [...vault.settingsWarnings, ...noted, ...result.warnings] };
}

/** `{"drafts": [...]}`: one entry per message, as SPEC §4 describes. */
export function draftsJson(report: DraftReport): string {
	return visibleJson(
		{
			drafts: report.drafts.map((d) => {
				const out: Record<string, unknown> = {
					kind: d.kind,
					to: d.to.map((r) => ({ name: r.name, email: r.email })),
					subject: d.subject,
					body: d.body,
					mailto: d.mailto,
				};
				if (d.script !== undefined) out.script = d.script;
				if (d.linkedin !== undefined) out.linkedin = d.linkedin;
				if (d.linkedinSearch === true) out.linkedinSearch = true;
				out.fromNotes = d.fromNotes ?? [];
				return out;
			}),
		},
	);
}

function recipients(d: Draft): string {
	if (d.to.length === 0) return "nobody yet (add a primary contact to the note)";
	// A card or an invitation goes by hand or by LinkedIn: its reader is named, never an address (review 203: "To: Brianna Koch
	// <bkoch@…>" above a handwritten card).
	if (!isEmailKind(d.kind)) return d.to.map((r) => r.name || r.email || "").join(", ");
	// An address without a name is written alone, as a mail app would show it.
	return d.to.map((r) => (r.email ? (r.name ? `${r.name} <${r.email}>` : r.email) : r.name)).join(", ");
}

/** The texts of a draft that are several lines long: their line breaks are kept. */
const MULTI_LINE = new Set(["body", "script"]);

/** The drafts as a person reads them in a terminal, ready to copy. */
export function formatDrafts(built: DraftReport): string {
	// Every word below that comes from a note passes through here, control characters made visible.
	const report = visibleReport(built, MULTI_LINE);
	const out: string[] = [];
	report.drafts.forEach((d, i) => {
		const rule = `── Draft ${i + 1} of ${report.drafts.length} (${d.kind}) `;
		out.push(rule.padEnd(72, "─"));
		out.push(`To:      ${recipients(d)}`);
		if (d.linkedin) out.push(d.linkedinSearch === true ? `Find:    ${d.linkedin}` : `Profile: ${d.linkedin}`);
		if (d.subject) out.push(`Subject: ${d.subject}`);
		out.push("", d.body, "");
		if (d.fromNotes) out.push(FROM_NOTES_HEADING, ...d.fromNotes.map((s) => `  • ${s}${checked(s)}`), "");
		if (d.script) out.push("If you call:", ...d.script.split("\n").map((l) => `  ${l}`), "");
		if (d.mailto) out.push(`Open in your mail app: ${d.mailto}`, "");
	});
	if (report.drafts.length === 0) out.push(`No drafts for ${report.file}.`, "");
	return out.join("\n");
}

/**
 * What to check before sending, for the user's eyes only: it goes to standard error, so that drafts piped or copied
 * from standard output never carry the note's private lines it may quote (reviews 249, 253). Empty when there is nothing.
 */
export function formatAdvice(built: DraftReport): string {
	if (built.problems.length === 0) return "";
	return ["Before sending:", ...built.problems.map((p) => `  • ${visibleLine(p)}`), ""].join("\n");
}

/**
 * The language the terminal says the user reads, as a BCP 47 tag ("en_GB.UTF-8" → "en-GB"); undefined
 * for the C or POSIX locale or none, where JavaScript's own default applies.
 */
export function systemLocale(env: Record<string, string | undefined>): string | undefined {
	const raw = env.LC_ALL || env.LC_TIME || env.LANG || "";
	const tag = raw.split(/[.@]/)[0].replace(/_/g, "-");
	return /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(tag) && !/^(?:c|posix)$/i.test(tag) ? tag : undefined;
}
