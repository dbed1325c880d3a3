// `mark`: records a follow-up in a note from the terminal, with the plugin's writer. Every check
// happens before the note is touched; the note must lie inside the vault once every symbolic link
// is followed; marks of one note take turns (a lock beside it), and the write is atomic and keeps
// the file's owner and mode (write-file-atomic).
import { Buffer, fs, path, properLockfile, writeFileAtomic } from "./node.mjs";
import { parseDateValue } from "../core/dates";
import { isInterviewNote } from "../core/parse";
import { thankYouAsksNextStepsOf } from "../core/drafts";
import { KIND_TODO, recipientsInWords } from "../core/labels";
import { personLabel } from "../core/people";
import { evaluateInterview } from "../core/rules";
import { readInterviewNote } from "../core/scope";
import type { Frontmatter } from "../core/types";
import { applyMarkPlan, isMarkEvent, MARK_EVENTS, planMark, WriteError, type MarkEvent, type ReplacedValue } from "../core/writer";
import { plainYamlReason } from "../core/yaml-problems";
import { UsageError } from "./args";
import { locateYaml, parseFrontmatterYaml } from "./frontmatter";
import { timing } from "./format";
import { describeFsError, Vault } from "./vault";

export interface MarkRequest {
	vault: string;
	note: string;
	event: string;
	/** `--at` as typed; the current instant when absent. */
	at?: string;
	/** `--config-dir`: the vault's configuration folder, when not the one found. */
	configDir?: string;
}

export interface MarkResult {
	/** Vault-relative path of the note. */
	file: string;
	/** The frontmatter keys and values the event sets, as `key: value`. */
	written: string[];
	/** True when the note already recorded the event at that instant: nothing was written. */
	already: boolean;
	/** Values the mark replaced (a correction, logged as such). */
	replaced: ReplacedValue[];
	/** Things worth a word that did not stop the write: a note that is not active, or has errors. */
	warnings: string[];
	/** The note's follow-ups still open once the mark is written, in words: what to do next. */
	stillOpen: string[];
}

/** A failure while writing a note that was found valid: exit 1, the note unchanged. */
export class MarkWriteError extends Error {}

/** How long a mark waits for another mark of the same note to finish before giving up. */
const LOCK_WAIT_MS = 5000;
/** A lock older than this was left by a mark that died: it is taken over. */
const LOCK_STALE_MS = 10_000;

/** Parses `--at`: an ISO date-time, local when it has no offset. */
export function parseInstant(option: string, value: string): Date {
	const parsed = parseDateValue(value);
	if (!parsed) throw new UsageError(`${option} ${JSON.stringify(value)} is not a date-time: write it as 2026-11-25T18:00 (local time) or 2026-11-25T17:00Z`);
	return parsed.at;
}

/** The note's path inside the vault, from a vault-relative or absolute path, with or without `.md`. */
export function resolveNotePath(root: string, note: string): { rel: string; abs: string } {
	const candidate = path.resolve(root, note);
	const rel = path.relative(root, candidate);
	if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
		throw new UsageError(`the note ${JSON.stringify(note)} is not inside the vault`);
	}
	const withMd = /\.md$/i.test(rel) ? null : `${candidate}.md`;
	let abs = candidate;
	if (withMd !== null) {
		if (fs.existsSync(withMd)) abs = withMd;
		else if (fs.existsSync(candidate)) throw new UsageError(`${JSON.stringify(note)} is not a markdown note (.md)`);
		else abs = withMd;
	}
	return { rel: path.relative(root, abs).split(path.sep).join("/"), abs };
}

/**
 * The note's real path, every symbolic link on the way followed; refused when that leads out of
 * the vault (a link inside it may point anywhere, and `mark` writes only the user's notes).
 */
function realNoteInVault(root: string, abs: string, rel: string): string {
	let realRoot: string;
	let real: string;
	try {
		realRoot = fs.realpathSync(root);
		real = fs.realpathSync(abs);
	} catch (error) {
		throw new UsageError(`cannot read the note ${rel}: ${describeFsError(error)}`);
	}
	const inside = path.relative(realRoot, real);
	if (inside === "" || inside.startsWith("..") || path.isAbsolute(inside)) {
		throw new UsageError(`${rel} leads out of the vault through a symbolic link (to ${real}), so nothing was written`);
	}
	return real;
}

/** Sleeps without giving the event loop a turn: `mark` is synchronous from start to end. */
function pause(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The lock of a note (proper-lockfile): a folder beside it, hidden (a dot name, which Obsidian does
 * not list), so that marks of one note take turns.
 */
export function noteLockOptions(real: string): { realpath: false; stale: number; lockfilePath: string } {
	return { realpath: false, stale: LOCK_STALE_MS, lockfilePath: path.join(path.dirname(real), `.${path.basename(real)}.interview-follow-up.lock`) };
}

/** Takes the note's lock, waiting a little for another mark to finish; returns its release. */
function lockNote(real: string, rel: string): () => void {
	const options = noteLockOptions(real);
	const deadline = Date.now() + LOCK_WAIT_MS;
	for (let attempt = 0; ; attempt++) {
		try {
			return properLockfile().lockSync(real, options);
		} catch (error) {
			if ((error as { code?: unknown })?.code !== "ELOCKED") {
				throw new MarkWriteError(`could not lock ${rel} for writing (${describeFsError(error)}); the note is unchanged`);
			}
			if (Date.now() >= deadline) {
				throw new MarkWriteError(`${rel} is being written by another mark; nothing was written, try again`);
			}
			pause(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 20);
		}
	}
}

interface ReadNote {
	text: string;
	bytes: Buffer;
	stat: fs.Stats;
	frontmatter: Frontmatter;
}

function readNote(real: string, rel: string, vault: Vault): ReadNote {
	let bytes: Buffer;
	let stat: fs.Stats;
	try {
		stat = fs.statSync(real);
		if (!stat.isFile()) throw new UsageError(`${rel} is not a note file`);
		bytes = fs.readFileSync(real);
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`cannot read the note ${rel}: ${describeFsError(error)}`);
	}
	const text = bytes.toString("utf8");
	if (!Buffer.from(text, "utf8").equals(bytes)) {
		throw new UsageError(`${rel} is not valid UTF-8 text, so it was left unchanged`);
	}
	const yaml = locateYaml(text, true);
	if (yaml === null || yaml === undefined) throw new UsageError(`${rel} has no frontmatter (its first line must be ---), so nothing was written`);
	const data = parseFrontmatterYaml(yaml);
	if (data.kind === "failed") {
		const where = data.failure.line !== undefined ? ` (line ${data.failure.line})` : "";
		throw new UsageError(`the frontmatter of ${rel} is not valid YAML${where}: ${plainYamlReason(data.failure)}; nothing was written`);
	}
	if (data.kind !== "parsed" || !isInterviewNote(data.frontmatter, vault.settings)) {
		throw new UsageError(`${rel} is not an interview note (its frontmatter has no ${vault.settings.typeKey}: ${vault.settings.typeValue}), so nothing was written`);
	}
	return { text, bytes, stat, frontmatter: data.frontmatter };
}

/** What is worth a warning about the note as it stood: not active, or errors the core found. */
function noteWarnings(note: ReadNote, rel: string, vault: Vault, event: MarkEvent): string[] {
	const warnings: string[] = [];
	const status = typeof note.frontmatter.status === "string" ? note.frontmatter.status.trim().toLowerCase() : "";
	if (status !== "" && status !== "active" && event !== "closed") {
		warnings.push(`${rel} is not active (status: ${status}); the follow-up was recorded anyway`);
	}
	const verdict = readInterviewNote({ file: rel, frontmatter: note.frontmatter }, vault.settings, vault.resolve);
	const errors = verdict.problems.filter((p) => p.severity === "error");
	if (errors.length > 0) {
		const where = errors[0].line !== undefined ? ` (line ${errors[0].line})` : "";
		warnings.push(`${rel} has ${errors.length === 1 ? "an error" : `${errors.length} errors`}${where}: ${errors[0].message} The follow-up was recorded anyway`);
	}
	return warnings;
}

/**
 * The follow-ups of the note, as it now reads, that are open at `now` (due, late or overdue), in
 * words: marking a thank-you sent while nobody has said what comes next leaves the next-steps
 * question open, and the user is told so at once.
 */
/** A word as a POSIX shell reads it back: bare when plain, else in single quotes. */
function shellWord(word: string): string {
	return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.split("'").join("'\\''")}'`;
}

function openAfter(frontmatter: Frontmatter, rel: string, vault: Vault, vaultArg: string, event: MarkEvent, now: Date): string[] {
	const { interview } = readInterviewNote({ file: rel, frontmatter }, vault.settings, vault.resolve);
	if (!interview) return [];
	// The thank-you just sent may have carried the next-steps question: say how to record that.
	const asker = event === "thank-you-sent" ? thankYouAsksNextStepsOf(interview) : null;
	return evaluateInterview(interview, vault.settings, now)
		.actions.filter((a) => a.state !== "upcoming")
		.map((a) => {
			const line = `${KIND_TODO[a.kind]}${a.recipients.length > 0 ? `, to ${recipientsInWords(a)}` : ""} (${timing(a, now)})`;
			if (a.kind !== "next-steps" || !asker) return line;
			return `${line}; your thank-you to ${personLabel(asker)} asked about them; to record that: interview-follow-up mark ${shellWord(vaultArg)} ${shellWord(rel)} next-steps-asked`;
		});
}

export function markNote(request: MarkRequest, cwd: string, env: Record<string, string | undefined>, now: Date): MarkResult {
	if (!isMarkEvent(request.event)) {
		throw new UsageError(`unknown event ${JSON.stringify(request.event)}: use one of ${MARK_EVENTS.join(", ")}`);
	}
	const event = request.event;
	const at = request.at === undefined ? now : parseInstant("--at", request.at);
	// The cache is of no use to one note.
	const vault = Vault.open(request.vault, cwd, { env: { ...env, INTERVIEW_FOLLOW_UP_CACHE: "0" }, configDir: request.configDir });
	const { rel, abs } = resolveNotePath(vault.root, request.note);
	const real = realNoteInVault(vault.root, abs, rel);
	// Checked before the lock is taken too: a refused note gets no lock file beside it.
	readNote(real, rel, vault);

	const release = lockNote(real, rel);
	try {
		// Read again under the lock: another mark may have written the note meanwhile.
		const note = readNote(real, rel, vault);
		const plan = planMark(event, at, note.frontmatter);
		const written = Object.entries(plan.updates).map(([key, value]) => `${key}: ${value}`);
		if (plan.already) return { file: rel, written, already: true, replaced: [], warnings: [], stillOpen: [] };
		let updated: string;
		try {
			updated = applyMarkPlan(note.text, event, at, plan);
		} catch (error) {
			if (error instanceof WriteError) throw new UsageError(`${rel}: ${error.message.split("\n")[0]}`);
			throw error;
		}
		const warnings = noteWarnings(note, rel, vault, event);
		writeNote(real, updated, note, rel);
		const stillOpen = openAfter({ ...note.frontmatter, ...plan.updates }, rel, vault, request.vault, event, now);
		return { file: rel, written, already: false, replaced: plan.replaced, warnings, stillOpen };
	} finally {
		try {
			release();
		} catch {
			// The lock is gone already (taken over as stale): nothing to release.
		}
	}
}

/**
 * Replaces the note atomically (a temporary file beside it, renamed over it), with its owner and
 * mode. A change by another program since the note was read (an editor saving) stops the write.
 */
function writeNote(real: string, text: string, before: ReadNote, rel: string): void {
	let current: Buffer;
	try {
		current = fs.readFileSync(real);
	} catch (error) {
		throw new MarkWriteError(`could not read ${rel} again before writing (${describeFsError(error)}); the note is unchanged`);
	}
	if (!current.equals(before.bytes)) {
		throw new MarkWriteError(`${rel} changed while it was being written; nothing was written, try again`);
	}
	try {
		writeFileAtomic().sync(real, text, { mode: before.stat.mode & 0o7777, chown: { uid: before.stat.uid, gid: before.stat.gid } });
	} catch (error) {
		throw new MarkWriteError(`could not write ${rel} (${describeFsError(error)}); the note is unchanged`);
	}
}
