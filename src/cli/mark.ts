// `mark`: records a follow-up in a note from the terminal, with the plugin's writer. Every check
// happens before the note is touched; the write itself is atomic and keeps the file's mode.
import { Buffer, fs, path, process, randomBytes } from "./node.mjs";
import { parseDateValue } from "../core/dates";
import { isInterviewNote } from "../core/parse";
import { applyMark, isMarkEvent, MARK_EVENTS, markUpdates, WriteError } from "../core/writer";
import { UsageError } from "./args";
import { readFrontmatter } from "./frontmatter";
import { describeFsError, Vault } from "./vault";

export interface MarkRequest {
	vault: string;
	note: string;
	event: string;
	/** `--at` as typed; the current instant when absent. */
	at?: string;
}

export interface MarkResult {
	/** Vault-relative path of the note written. */
	file: string;
	/** The frontmatter keys and values written, as `key: value`. */
	written: string[];
}

/** A failure while writing a note that was found valid: exit 1, the note unchanged. */
export class MarkWriteError extends Error {}

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

export function markNote(request: MarkRequest, cwd: string, env: Record<string, string | undefined>, now: Date): MarkResult {
	if (!isMarkEvent(request.event)) {
		throw new UsageError(`unknown event ${JSON.stringify(request.event)}: use one of ${MARK_EVENTS.join(", ")}`);
	}
	const event = request.event;
	const at = request.at === undefined ? now : parseInstant("--at", request.at);
	// The cache is of no use to one note.
	const vault = Vault.open(request.vault, cwd, { env: { ...env, INTERVIEW_FOLLOW_UP_CACHE: "0" } });
	const { rel, abs } = resolveNotePath(vault.root, request.note);

	let target: string;
	let bytes: Buffer;
	let stat: fs.Stats;
	try {
		// Writing through a symbolic link must replace the linked file, not the link.
		target = fs.realpathSync(abs);
		stat = fs.statSync(target);
		if (!stat.isFile()) throw new UsageError(`${rel} is not a note file`);
		bytes = fs.readFileSync(target);
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`cannot read the note ${rel}: ${describeFsError(error)}`);
	}
	const text = bytes.toString("utf8");
	if (!Buffer.from(text, "utf8").equals(bytes)) {
		throw new UsageError(`${rel} is not valid UTF-8 text, so it was left unchanged`);
	}
	const read = readFrontmatter(bytes, bytes.length, true, null);
	if (read.kind !== "parsed") throw new UsageError(`${rel} has no frontmatter (its first line must be ---), so nothing was written`);
	if (read.note.parseError) {
		const where = read.note.parseError.line !== undefined ? ` (line ${read.note.parseError.line})` : "";
		throw new UsageError(`the frontmatter of ${rel} is not valid YAML${where}: ${read.note.parseError.reason}; nothing was written`);
	}
	if (!isInterviewNote(read.note.frontmatter, vault.settings)) {
		throw new UsageError(`${rel} is not an interview note (its frontmatter has no ${vault.settings.typeKey}: ${vault.settings.typeValue}), so nothing was written`);
	}

	let updated: string;
	try {
		updated = applyMark(text, event, at);
	} catch (error) {
		if (error instanceof WriteError) throw new UsageError(`${rel}: ${error.message.split("\n")[0]}`);
		throw error;
	}
	writeAtomically(target, updated, stat, rel);
	return { file: rel, written: Object.entries(markUpdates(event, at)).map(([key, value]) => `${key}: ${value}`) };
}

/** Writes through a temporary file beside the note, then renames it over the note. */
function writeAtomically(target: string, text: string, before: fs.Stats, rel: string): void {
	const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
	try {
		fs.writeFileSync(temp, text, { mode: before.mode & 0o777, flag: "wx" });
		fs.chmodSync(temp, before.mode & 0o7777);
		const now = fs.statSync(target);
		if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) {
			throw new MarkWriteError(`${rel} changed while it was being written; nothing was written, try again`);
		}
		fs.renameSync(temp, target);
	} catch (error) {
		try {
			fs.unlinkSync(temp);
		} catch {
			// No temporary file was left.
		}
		if (error instanceof MarkWriteError) throw error;
		throw new MarkWriteError(`could not write ${rel} (${describeFsError(error)}); the note is unchanged`);
	}
}
