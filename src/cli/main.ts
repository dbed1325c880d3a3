// The `interview-follow-up` command line: parses the arguments, runs one command from the table
// below, and turns every failure into one line on stderr and an exit code (never a stack trace).
import { isProgram, process } from "./node.mjs";
import { version } from "../../package.json";
import { parseArgs, UsageError, type OptionSpec, type ParsedArgs } from "./args";
import { collectDrafts, draftsJson, formatAdvice, formatDrafts, systemLocale } from "./draft";
import { collectDue, dueJson } from "./due";
import { calendarTarget, collectCalendar, writeCalendarFile } from "./ics";
import { formatDueText } from "./format";
import { markNote, MarkWriteError, parseInstant, type MarkResult } from "./mark";
import { describeDone, newFromInvite } from "./new";
import { wantsColor } from "./style";
import { visibleLine } from "./visible";
import { Vault } from "./vault";
import { MARK_EVENTS } from "../core/writer";
import { ACTION_KINDS } from "../core/types";
import { beforeFirst } from "../core/text-scan";

const PROGRAM = "interview-follow-up";

export interface CliIO {
	stdout: { write(text: string): unknown; isTTY?: boolean };
	stderr: { write(text: string): unknown };
	env: Record<string, string | undefined>;
	cwd: string;
	/** The current instant; tests pin it. */
	now?: () => Date;
}

interface Command {
	name: string;
	/** The arguments after the command name, as shown in help. */
	synopsis: string;
	summary: string;
	options: OptionSpec[];
	run(args: ParsedArgs, io: CliIO): number;
}

const OPTION_HELP: Record<string, string> = {
	now: "the instant to check, e.g. 2026-11-25T18:00 (local) or 2026-11-25T17:00Z; default: now",
	all: "also list upcoming and snoozed follow-ups",
	json: "print one JSON object instead of the table",
	at: "when it happened, e.g. 2026-11-25T18:00 (local); default: now",
	output: "write the calendar to this file (.ics added when missing) instead of standard output",
	"from-invite": "the calendar invite (.ics) to make the interview note from",
	me: "your address, left out of the interviewers (repeat it, or separate with commas)",
	company: "the company, when the invite's title does not say",
	role: "the role, when the invite's title does not say",
	"config-dir": "the vault's configuration folder, when Obsidian uses another than the one found (any command)",
};

/** Taken by every command: where the vault keeps Obsidian's settings, and so the plugin's. */
const CONFIG_DIR = { name: "config-dir", value: "<folder>" };

/** The positional arguments, exactly as many as named, else a usage error naming what is missing. */
function positionals(args: ParsedArgs, names: string[]): string[] {
	if (args.positionals.length < names.length) {
		throw new UsageError(`missing ${names.slice(args.positionals.length).join(" ")} (see --help)`);
	}
	if (args.positionals.length > names.length) {
		throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[names.length])} (see --help)`);
	}
	return args.positionals;
}

function option(args: ParsedArgs, name: string): string | undefined {
	const v = args.options.get(name);
	return typeof v === "string" ? v : undefined;
}

const clock = (io: CliIO) => (io.now ? io.now() : new Date());

const COMMANDS: Command[] = [
	{
		name: "due",
		synopsis: "<vault> [--now <ISO>] [--all] [--json]",
		summary: "List the follow-ups that are due, late or overdue, most urgent first.",
		options: [{ name: "now", value: "<ISO>" }, { name: "all" }, { name: "json" }, CONFIG_DIR],
		run(args, io) {
			const [folder] = positionals(args, ["<vault>"]);
			const nowText = option(args, "now");
			const now = nowText === undefined ? clock(io) : parseInstant("--now", nowText);
			const vault = Vault.open(folder, io.cwd, { env: io.env, configDir: option(args, "config-dir") });
			const report = collectDue(vault, now, args.options.has("all"), () => Date.now());
			if (args.options.has("json")) io.stdout.write(`${dueJson(report)}\n`);
			else io.stdout.write(formatDueText(report, { color: wantsColor(io.stdout.isTTY, io.env) }));
			return 0;
		},
	},
	{
		name: "draft",
		synopsis: "<vault> <note> <kind> [--json]",
		summary: "Print the drafts for a note and kind, one per message, ready to copy or open in a mail app.",
		options: [{ name: "json" }, CONFIG_DIR],
		run(args, io) {
			const [folder, note, kind] = positionals(args, ["<vault>", "<note>", "<kind>"]);
			const vault = Vault.open(folder, io.cwd, { env: io.env, configDir: option(args, "config-dir") });
			const report = collectDrafts(vault, note, kind, clock(io), () => Date.now(), systemLocale(io.env));
			if (args.options.has("json")) {
				io.stdout.write(`${draftsJson(report)}\n`);
				for (const p of report.problems) io.stderr.write(`${PROGRAM}: note: ${visibleLine(p)}\n`);
			} else {
				io.stdout.write(formatDrafts(report));
				io.stderr.write(formatAdvice(report));
			}
			// The drafts are given all the same; what may make them unwanted goes to standard error.
			for (const w of report.warnings) io.stderr.write(`${PROGRAM}: warning: ${visibleLine(w)}\n`);
			return 0;
		},
	},
	{
		name: "mark",
		synopsis: "<vault> <note> <event> [--at <ISO>]",
		summary: "Record a follow-up in a note: sets its property and adds a line to its follow-up log.",
		options: [{ name: "at", value: "<ISO>" }, CONFIG_DIR],
		run(args, io) {
			const [vault, note, event] = positionals(args, ["<vault>", "<note>", "<event>"]);
			const result = markNote({ vault, note, event, at: option(args, "at"), configDir: option(args, "config-dir") }, io.cwd, io.env, clock(io));
			io.stdout.write(`${visibleLine(markSummary(result))}\n`);
			for (const w of result.warnings) io.stderr.write(`${PROGRAM}: warning: ${visibleLine(w)}\n`);
			// What the note still asks for, so that a thank-you marked sent does not hide the next-steps question.
			for (const next of result.stillOpen) io.stderr.write(`Still open: ${visibleLine(next)}\n`);
			return 0;
		},
	},
	{
		name: "ics",
		synopsis: "<vault> [--now <ISO>] [-o <file.ics>]",
		summary: "Write every pending follow-up as a calendar event with an alarm (iCalendar), for when Obsidian is closed.",
		options: [{ name: "now", value: "<ISO>" }, { name: "output", value: "<file.ics>", short: "o" }, CONFIG_DIR],
		run(args, io) {
			const [folder] = positionals(args, ["<vault>"]);
			const nowText = option(args, "now");
			const now = nowText === undefined ? clock(io) : parseInstant("--now", nowText);
			const vault = Vault.open(folder, io.cwd, { env: io.env, configDir: option(args, "config-dir") });
			const report = collectCalendar(vault, now, () => Date.now());
			const output = option(args, "output");
			if (output === undefined) {
				io.stdout.write(report.text);
				return 0;
			}
			const target = calendarTarget(io.cwd, output);
			writeCalendarFile(target, report.text);
			const errors = report.problems.filter((p) => p.severity === "error").length;
			// The file as the user named it, with the extension that was added.
			const shown = /\.ics$/i.test(output) ? output : `${output}.ics`;
			io.stderr.write(visibleLine(`Wrote ${report.events} ${report.events === 1 ? "event" : "events"} to ${shown}${errors > 0 ? ` (${errors} ${errors === 1 ? "note" : "notes"} skipped with errors: see \`due\`)` : ""}`) + "\n");
			return 0;
		},
	},
	{
		name: "new",
		synopsis: "<vault> --from-invite <file.ics> [--me <address>] [--company <name>] [--role <name>]",
		summary: "Make an interview note from a calendar invite (or update the note made from it), and print its path.",
		options: [
			{ name: "from-invite", value: "<file.ics>" },
			{ name: "me", value: "<address>", repeatable: true },
			{ name: "company", value: "<name>" },
			{ name: "role", value: "<name>" },
			CONFIG_DIR,
		],
		run(args, io) {
			const [vault] = positionals(args, ["<vault>"]);
			const invite = option(args, "from-invite");
			if (invite === undefined) throw new UsageError("missing --from-invite <file.ics>: the calendar invite to make the note from (see --help)");
			const result = newFromInvite({ vault, invite, me: option(args, "me"), company: option(args, "company"), role: option(args, "role"), configDir: option(args, "config-dir") }, io.cwd, io.env);
			for (const w of result.warnings) io.stderr.write(`${PROGRAM}: note: ${oneLine(w)}\n`);
			if (result.cancelled) io.stderr.write(`${oneLine(result.cancelled)}\n`);
			for (const entry of result.done) {
				io.stdout.write(`${entry.file}\n`);
				io.stderr.write(`${describeDone(entry)}\n`);
			}
			return 0;
		},
	},
];

export function helpText(): string {
	const lines = [
		`${PROGRAM} ${version}: post-interview follow-ups from an Obsidian vault, in the terminal.`,
		"",
		"Usage:",
	];
	for (const c of COMMANDS) lines.push(`  ${PROGRAM} ${c.name} ${c.synopsis}`, `      ${c.summary}`);
	lines.push("", "Options:");
	const seen = new Set<string>();
	const rows: [string, string][] = [];
	for (const c of COMMANDS) {
		for (const o of c.options) {
			if (seen.has(o.name)) continue;
			seen.add(o.name);
			rows.push([`${o.short ? `-${o.short}, ` : ""}--${o.name}${o.value ? ` ${o.value}` : ""}`, OPTION_HELP[o.name] ?? ""]);
		}
	}
	rows.push(["-h, --help", "show this help"], ["--version", "show the version"]);
	const width = Math.max(...rows.map(([l]) => l.length)) + 2;
	for (const [left, right] of rows) lines.push(`  ${left.padEnd(width)}${right}`);
	lines.push(
		"",
		`Kinds for draft: ${ACTION_KINDS.join(", ")}.`,
		`Events for mark: ${MARK_EVENTS.join(", ")}.`,
		"A <note> is a path inside the vault, with or without .md.",
		"draft prints the drafts on standard output and what to check before sending on standard",
		"error: it may quote the note's private lines, which stay out of anything piped or copied.",
		"mark writes nothing when the event is recorded at that instant already, replaces (and logs",
		"the correction) when at another; it refuses a property with a YAML anchor, alias or tag and a",
		"note that leads out of the vault, and waits for another mark of the same note. Once written,",
		"it says on standard error what the note still asks for.",
		"Control characters from notes are shown as escapes (\\x1b, \\n) in human-readable output.",
		"",
		"Examples:",
		`  ${PROGRAM} due ~/Vault`,
		`  ${PROGRAM} due ~/Vault --now 2026-11-25T18:00 --all --json`,
		`  ${PROGRAM} mark ~/Vault "Interviews/Acme.md" thank-you-sent`,
		`  ${PROGRAM} mark ~/Vault "Interviews/Acme" reply-received --at 2026-11-27T09:15`,
		`  ${PROGRAM} draft ~/Vault "Interviews/Acme.md" thank-you`,
		`  ${PROGRAM} ics ~/Vault -o ~/Calendars/follow-ups.ics`,
		`  ${PROGRAM} new ~/Vault --from-invite ~/Downloads/invite.ics --me me@example.com`,
		"",
		"Exit status: 0 when the scan ran (problems included), 2 for a usage error or a vault or note",
		"that cannot be used, 1 when a write could not be done (another mark kept the note busy, a",
		"disk error) or something unexpected happened.",
		"",
	);
	return lines.join("\n");
}

/** Runs the command line `argv` (the words after the program name); returns the exit code. */
export function run(argv: readonly string[], io: CliIO): number {
	try {
		const beforeDashes = argv.indexOf("--") === -1 ? argv : argv.slice(0, argv.indexOf("--"));
		if (argv[0] === "help" || beforeDashes.includes("--help") || beforeDashes.includes("-h")) {
			io.stdout.write(helpText());
			return 0;
		}
		if (argv[0] === "--version" || (argv[0] !== undefined && beforeDashes.includes("--version"))) {
			io.stdout.write(`${version}\n`);
			return 0;
		}
		const name = argv[0];
		if (name === undefined) throw new UsageError(`missing command: ${COMMANDS.map((c) => c.name).join(" or ")} (see --help)`);
		const command = COMMANDS.find((c) => c.name === name);
		if (!command) {
			if (name.startsWith("-")) throw new UsageError(`unknown option ${beforeFirst(name, "=")} (see --help)`);
			throw new UsageError(`unknown command ${JSON.stringify(name)}: use ${COMMANDS.map((c) => c.name).join(" or ")} (see --help)`);
		}
		return command.run(parseArgs(argv.slice(1), command.options), io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr.write(`${PROGRAM}: ${oneLine(error.message)}\n`);
			return 2;
		}
		if (error instanceof MarkWriteError) {
			io.stderr.write(`${PROGRAM}: ${oneLine(error.message)}\n`);
			return 1;
		}
		const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		io.stderr.write(`${PROGRAM}: unexpected error (${oneLine(message.split("\n")[0])}); please report it, with the command you ran.\n`);
		return 1;
	}
}

/** A message as one line: whatever it quotes from a note or a path, its control characters shown as escapes. */
function oneLine(text: string): string {
	return visibleLine(text.trim());
}

/** What `mark` did, in one sentence. */
function markSummary(result: MarkResult): string {
	const values = result.written.join(", ");
	if (result.already) return `Already recorded: ${values} in ${result.file}; nothing was written`;
	if (result.replaced.length > 0) {
		const was = result.replaced.map((r) => `${r.key} was ${r.previous}`).join(", ");
		return `Recorded ${values} in ${result.file} (replacing what was there: ${was}), with the correction in its follow-up log`;
	}
	return `Recorded ${values} in ${result.file}, with a line in its follow-up log`;
}

// Run only as the program itself, not when tests import `run`.
if (isProgram()) {
	process.stdout.on("error", (error: { code?: string }) => {
		// `... | head` closes the pipe early: not an error worth a word.
		if (error.code === "EPIPE") process.exit(0);
	});
	process.exitCode = run(process.argv.slice(2), {
		stdout: process.stdout,
		stderr: process.stderr,
		env: process.env,
		cwd: process.cwd(),
	});
}
