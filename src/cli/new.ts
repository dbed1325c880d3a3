// `new --from-invite`: a calendar invite becomes an interview note, where the plugin's "New
// interview note" puts one; the same invite again (a reschedule) updates that note in place.
// Writes never replace a file they did not read, never follow a link out of the vault, and go
// through a temporary file so that a note is never left half-written.
import { Buffer, fs, path, process, randomBytes } from "./node.mjs";
import { InviteError, parseInvite, type InviteInterview } from "../core/invite";
import { InviteUpdateError, noteHasInvite, updateNoteFromInvite } from "../core/invite-note";
import { buildInterviewNote, formatStartOrEnd, newNoteBase, normaliseVaultPath, titleOf, uniquePath, type NewInterview } from "../core/new-note";
import { formatLocalDate } from "../core/dates";
import { splitAddresses } from "../core/settings";
import { WriteError } from "../core/writer";
import { UsageError } from "./args";
import { locateYaml, parseFrontmatterYaml } from "./frontmatter";
import { describeFsError, Vault } from "./vault";

export interface NewRequest {
	vault: string;
	invite: string;
	/** `--me`, as typed (commas allowed; repeated options arrive joined by commas). */
	me?: string;
	company?: string;
	role?: string;
	/** `--config-dir`: the vault's configuration folder, when not the one found. */
	configDir?: string;
}

export interface NewResult {
	/** One line per note: what was done. */
	done: { file: string; action: "created" | "updated" | "unchanged"; changes: string[] }[];
	/** For a cancellation: the sentence saying so. */
	cancelled?: string;
	warnings: string[];
}

/** Notes whose `invite_uid` holds one of these UIDs, by vault path. */
function notesWithInvite(vault: Vault, uids: readonly string[]): { rel: string; text: string; frontmatter: Record<string, unknown> }[] {
	if (uids.length === 0) return [];
	const found: { rel: string; text: string; frontmatter: Record<string, unknown> }[] = [];
	const needles = uids.flatMap((u) => [u, JSON.stringify(u).slice(1, -1)]);
	for (const rel of vault.notePaths) {
		let bytes: Buffer;
		try {
			bytes = fs.readFileSync(vault.absolute(rel));
		} catch {
			continue;
		}
		const text = bytes.toString("utf8");
		if (!needles.some((n) => text.includes(n))) continue;
		const yaml = locateYaml(text, true);
		if (yaml === null || yaml === undefined) continue;
		const read = parseFrontmatterYaml(yaml);
		if (read.kind !== "parsed") continue;
		const frontmatter = read.frontmatter;
		if (noteHasInvite(frontmatter, uids)) found.push({ rel, text, frontmatter });
	}
	return found;
}

/** The real path of the vault, and a check that a path stays inside it once links are followed. */
function inside(root: string, target: string): boolean {
	const rel = path.relative(root, target);
	return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Creates the folders of `rel` inside the vault; refuses a folder that is a link leading out. */
function ensureFolder(realRoot: string, vault: Vault, folderRel: string): void {
	if (folderRel === "") return;
	let existing = folderRel;
	const missing: string[] = [];
	while (existing !== "" && !fs.existsSync(vault.absolute(existing))) {
		missing.unshift(existing.slice(existing.lastIndexOf("/") + 1));
		existing = existing.includes("/") ? existing.slice(0, existing.lastIndexOf("/")) : "";
	}
	const base = existing === "" ? realRoot : fs.realpathSync(vault.absolute(existing));
	if (!inside(realRoot, base)) throw new UsageError(`the folder ${existing} leads out of the vault (a symbolic link), so no note was written there`);
	if (!fs.statSync(base).isDirectory()) throw new UsageError(`${existing} is not a folder, so no note was written there`);
	let at = base;
	for (const name of missing) {
		at = path.join(at, name);
		fs.mkdirSync(at);
	}
}

function tempBeside(target: string): string {
	return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes a new file, atomically and only if nothing is at `target` yet. False when something is. */
function createExclusive(target: string, text: string): boolean {
	const temp = tempBeside(target);
	fs.writeFileSync(temp, text, { flag: "wx", mode: 0o644 });
	try {
		fs.linkSync(temp, target);
		return true;
	} catch (error) {
		if ((error as { code?: string }).code === "EEXIST") return false;
		// A file system without hard links: an exclusive create, the text written at once.
		try {
			fs.writeFileSync(target, text, { flag: "wx", mode: 0o644 });
			return true;
		} catch (again) {
			if ((again as { code?: string }).code === "EEXIST") return false;
			throw again;
		}
	} finally {
		try {
			fs.unlinkSync(temp);
		} catch {
			// Already gone.
		}
	}
}

/** Replaces a note read earlier, unless it changed since; keeps its permissions. */
function replaceNote(target: string, text: string, before: string, rel: string): void {
	const stat = fs.statSync(target);
	if (fs.readFileSync(target, "utf8") !== before) throw new UsageError(`${rel} changed while it was being updated; nothing was written, try again`);
	const temp = tempBeside(target);
	try {
		fs.writeFileSync(temp, text, { flag: "wx", mode: stat.mode & 0o777 });
		fs.chmodSync(temp, stat.mode & 0o7777);
		fs.renameSync(temp, target);
	} catch (error) {
		try {
			fs.unlinkSync(temp);
		} catch {
			// No temporary file was left.
		}
		throw new UsageError(`could not write ${rel} (${describeFsError(error)}); the note is unchanged`);
	}
}

function readTemplate(vault: Vault): string | null {
	const setting = vault.settings.interviewTemplate.trim();
	if (setting === "") return null;
	const rel = normaliseVaultPath(setting);
	for (const candidate of [rel, `${rel}.md`]) {
		try {
			return fs.readFileSync(vault.absolute(candidate), "utf8");
		} catch {
			// Try the next spelling.
		}
	}
	throw new UsageError(`the interview template "${setting}" (setting interviewTemplate) was not found in the vault`);
}

function newValues(interview: InviteInterview): NewInterview {
	return {
		company: interview.company,
		role: interview.role,
		start: interview.start,
		startHasTime: interview.startHasTime,
		end: interview.end,
		format: interview.format,
		primaryContact: interview.primaryContact?.name ?? "",
		primaryContactEmail: interview.primaryContact?.email ?? "",
		interviewers: interview.interviewers,
		inviteUids: interview.uids,
		inviteDetails: interview.details,
	};
}

export function newFromInvite(request: NewRequest, cwd: string, env: Record<string, string | undefined>): NewResult {
	const invitePath = path.resolve(cwd, request.invite);
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(invitePath);
	} catch (error) {
		throw new UsageError(`cannot read the invite ${JSON.stringify(request.invite)}: ${describeFsError(error)}`);
	}
	const vault = Vault.open(request.vault, cwd, { env: { ...env, INTERVIEW_FOLLOW_UP_CACHE: "0" }, configDir: request.configDir });
	const me = [...splitAddresses(request.me ?? ""), ...vault.settings.myEmails];
	let result;
	try {
		result = parseInvite(new Uint8Array(bytes), { me, myName: vault.settings.myName, company: request.company, role: request.role });
	} catch (error) {
		if (error instanceof InviteError) throw new UsageError(`${request.invite}: ${error.message}`);
		throw error;
	}
	const warnings = [...result.warnings];
	if (result.kind === "cancel") {
		const notes = notesWithInvite(vault, result.cancelledUids);
		const what = result.cancelledSummaries.length > 0 ? `"${result.cancelledSummaries.join('", "')}"` : "its event";
		const where =
			notes.length > 0
				? `${notes.map((n) => n.rel).join(", ")} ${notes.length === 1 ? "is" : "are"} unchanged: if the interview is off, set its status there`
				: "no note was made from it, so there is nothing to change";
		return { done: [], cancelled: `The invite cancels ${what}; nothing was written: ${where}.`, warnings };
	}

	const realRoot = fs.realpathSync(vault.root);
	const done: NewResult["done"] = [];
	for (const interview of result.interviews) {
		const existing = notesWithInvite(vault, interview.uids);
		if (existing.length > 0) {
			const note = existing[0];
			if (existing.length > 1) warnings.push(`Several notes were made from this invite (${existing.map((n) => n.rel).join(", ")}); only ${note.rel} was updated.`);
			const abs = vault.absolute(note.rel);
			const real = fs.realpathSync(abs);
			if (!inside(realRoot, real)) throw new UsageError(`${note.rel} leads out of the vault (a symbolic link), so it was not updated`);
			let update;
			try {
				update = updateNoteFromInvite(note.text, note.frontmatter, interview);
			} catch (error) {
				if (error instanceof WriteError || error instanceof InviteUpdateError) throw new UsageError(`${note.rel}: ${error.message.split("\n")[0]}`);
				throw error;
			}
			if (update.changes.length === 0) {
				done.push({ file: note.rel, action: "unchanged", changes: [] });
				continue;
			}
			replaceNote(real, update.text, note.text, note.rel);
			done.push({ file: note.rel, action: "updated", changes: update.changes });
			continue;
		}
		const values = newValues(interview);
		const template = readTemplate(vault);
		const base = newNoteBase(vault.settings.newInterviewFolder, values);
		const folder = base.includes("/") ? base.slice(0, base.lastIndexOf("/")) : "";
		ensureFolder(realRoot, vault, folder);
		let rel = uniquePath(base, (p) => fs.existsSync(vault.absolute(p)));
		// Another program may take the name between the check and the write: then the next free one.
		for (let tries = 0; ; tries++) {
			const text = buildInterviewNote(template, titleOf(rel), values, vault.settings);
			if (createExclusive(vault.absolute(rel), text)) break;
			if (tries > 20) throw new UsageError(`could not find a free file name for the note in ${folder || "the vault"}`);
			const taken = rel;
			rel = uniquePath(base, (p) => p === taken || fs.existsSync(vault.absolute(p)));
		}
		done.push({ file: rel, action: "created", changes: [] });
	}
	return { done, warnings };
}

/** One line for the terminal about one note. */
export function describeDone(entry: NewResult["done"][number], interview?: InviteInterview): string {
	if (entry.action === "updated") return `Updated ${entry.file} from the invite: ${entry.changes.join("; ")}.`;
	if (entry.action === "unchanged") return `${entry.file} already matches the invite; nothing was written.`;
	const when = interview ? ` (${interview.startHasTime ? formatStartOrEnd(interview.start) : formatLocalDate(interview.start)})` : "";
	return `Created ${entry.file}${when} from the invite.`;
}
