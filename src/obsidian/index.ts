// Keeps the vault's interview notes parsed, from Obsidian's metadata cache (note text is read only
// for the raw frontmatter of a note whose YAML Obsidian could not parse, and of an interview note,
// once per change, for values a YAML comment cut short), and tells listeners through one debounced
// workspace event per burst of changes.
import { Component, TFile, debounce, parseYaml, type App, type CachedMetadata, type Debouncer, type EventRef, type TAbstractFile } from "obsidian";
import { buildAgenda, sortProblems, type Agenda } from "../core/agenda";
import { findCommentCuts, type CommentCut } from "../core/comment-cuts";
import { findFrontmatter } from "../core/frontmatter-rule";
import { noteName } from "../core/links";
import { isInterviewNote, parseInterview } from "../core/parse";
import { evaluateInterview } from "../core/rules";
import { isLookedAt, readInterviewNote, templateFolderOf, type RawNote } from "../core/scope";
import type { Settings } from "../core/settings";
import type { Frontmatter, Interview, LinkResolver, Problem, ResolvedLink } from "../core/types";
import { notPropertiesFailure, withNextFailure, yamlFailure } from "../core/yaml-problems";
import { coreTemplatesFolder } from "./templates-folder";

export const INDEX_CHANGED = "interview-follow-up:index-changed";

declare module "obsidian" {
	interface Workspace {
		/** The interview index changed; `revision` is its new revision. */
		on(name: "interview-follow-up:index-changed", callback: (revision: number) => unknown, ctx?: unknown): EventRef;
	}
}

/** A person-note link an interview asked to resolve, and what it gave then. */
interface LinkDep {
	linkpath: string;
	/** Lower-cased file name of the target, without folder or extension: what a new note must match. */
	name: string;
	path: string | null;
	frontmatter: Frontmatter | null;
}

interface Entry {
	/**
	 * The frontmatter object the entry was read from. Obsidian hands a new object when a note
	 * changes, so an identical reference means there is nothing to parse again.
	 */
	source: Frontmatter | CachedMetadata | null;
	interview: Interview | null;
	problems: Problem[];
	links: LinkDep[];
	/** The scan that last found the note in the vault; -1 outside scans. */
	seen: number;
}

export interface IndexOptions {
	settings: () => Settings;
	/** Quiet time before listeners hear of a burst of changes. */
	notifyDelayMs?: number;
	/** Quiet time after metadataCache 'resolved' before the vault is checked again. */
	rescanDelayMs?: number;
}

/** A link's or a path's note name, lower-cased: `People/Sam Lee.md` and `[[sam lee]]` both give `sam lee`. */
function nameKey(pathOrLink: string): string {
	return noteName(pathOrLink).toLowerCase();
}

/** The links of an entry that asked for none: shared, as most interviews link to no person note. */
const NO_LINKS: LinkDep[] = [];

export class InterviewIndex extends Component {
	/** Bumped on every change to the interviews or their problems. */
	revision = 0;
	/** True once the first scan is done. */
	ready = false;
	/**
	 * True once Obsidian has read every note as well: on a first start (a new vault, a rebuilt cache)
	 * the metadata cache fills after the layout is ready, and until its 'resolved' event the index
	 * may lack notes that Obsidian has not reached yet.
	 */
	complete = false;

	private entries = new Map<string, Entry>();
	/** Person-note name (lower case) → interview notes that link to that name. */
	private linkers = new Map<string, Set<string>>();
	/** Per note, the newest pending read of broken frontmatter: older reads are dropped. */
	private brokenReads = new Map<string, { seq: number; cache: CachedMetadata }>();
	/** Cache versions of broken notes that turned out not to be interviews: not read again. */
	private notOurs = new WeakSet<CachedMetadata>();
	/**
	 * Values a YAML comment cut short, by the frontmatter object of the interview note they were
	 * found in: the metadata cache holds only what YAML kept, so the note's text is read once per version.
	 */
	private cuts = new WeakMap<Frontmatter, readonly CommentCut[]>();
	/** Per note, the newest pending read of an interview note's text for those values. */
	private cutReads = new Map<string, { seq: number; fm: Frontmatter }>();
	private readSeq = 0;
	private templateFolder = "";
	private alive = false;
	private interviewList: Interview[] | null = null;
	private problemList: Problem[] | null = null;
	private agendaCache: { revision: number; time: number; agenda: Agenda } | null = null;
	private readonly notify: Debouncer<[], void>;
	private readonly rescanSoon: Debouncer<[], void>;
	private readonly resolver: LinkResolver;
	/** True while a parse is under way: links it asks for are recorded in `asked`. */
	private parsing = false;
	/** Links asked for during the parse under way, once there is one. */
	private asked: LinkDep[] | null = null;
	/** Bumped on every scan; an entry's `seen` says which scan last found its note. */
	private scanCount = 0;

	constructor(
		private readonly app: App,
		private readonly options: IndexOptions,
	) {
		super();
		this.notify = debounce(() => this.fire(), options.notifyDelayMs ?? 150, true);
		this.rescanSoon = debounce(() => this.scan(false), options.rescanDelayMs ?? 500, true);
		this.resolver = (linkpath, fromFile) => this.resolve(linkpath, fromFile);
	}

	override onload(): void {
		this.alive = true;
		this.app.workspace.onLayoutReady(() => {
			if (!this.alive) return;
			const { metadataCache, vault } = this.app;
			this.registerEvent(metadataCache.on("changed", (file) => this.onChanged(file)));
			this.registerEvent(metadataCache.on("deleted", (file) => this.onDeleted(file.path)));
			this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
			this.registerEvent(
				metadataCache.on("resolved", () => {
					if (!this.ready) return;
					this.rescanSoon();
					if (!this.complete) {
						this.complete = true;
						this.bump();
					}
				}),
			);
			// Obsidian's own flag, not in its typings: false while the cache is still being filled.
			if ((metadataCache as { resolved?: boolean }).resolved !== false) this.complete = true;
			void this.rescan();
		});
	}

	override onunload(): void {
		this.alive = false;
		this.notify.cancel();
		this.rescanSoon.cancel();
	}

	// ------------------------------------------------------------------ queries

	/** Every interview note that could be used, in no particular order. */
	interviews(): Interview[] {
		if (!this.interviewList) {
			const list: Interview[] = [];
			for (const entry of this.entries.values()) if (entry.interview) list.push(entry.interview);
			this.interviewList = list;
		}
		return this.interviewList;
	}

	/**
	 * Problems of every interview note, errors first: what parsing found, and what working out the
	 * actions found (nobody to send to). The latter do not depend on the clock, so they are taken from
	 * the current agenda when there is one, and worked out here otherwise.
	 */
	problems(): Problem[] {
		if (!this.problemList) {
			const list: Problem[] = [];
			for (const entry of this.entries.values()) for (const p of entry.problems) list.push(p);
			const cached = this.agendaCache;
			if (cached && cached.revision === this.revision) {
				for (const p of cached.agenda.problems) list.push(p);
			} else {
				const settings = this.options.settings();
				for (const interview of this.interviews()) for (const p of evaluateInterview(interview, settings, interview.end).problems) list.push(p);
			}
			this.problemList = sortProblems(list);
		}
		return this.problemList;
	}

	interviewFor(path: string): Interview | null {
		return this.entries.get(path)?.interview ?? null;
	}

	/** The agenda at `now`; computed once per revision and instant. */
	agenda(now: Date): Agenda {
		const cached = this.agendaCache;
		if (cached && cached.revision === this.revision && cached.time === now.getTime()) return cached.agenda;
		const agenda = buildAgenda(this.interviews(), this.options.settings(), now);
		this.agendaCache = { revision: this.revision, time: now.getTime(), agenda };
		return agenda;
	}

	// ------------------------------------------------------------------ scanning

	/**
	 * Reads the template folder again and re-parses every note: for a settings change or the
	 * "rescan" command.
	 */
	async rescan(): Promise<void> {
		const core = await coreTemplatesFolder(this.app);
		if (!this.alive) return;
		this.templateFolder = templateFolderOf(this.options.settings(), core);
		this.scan(true);
	}

	/** Checks every markdown note; `force` parses again even what has not changed. */
	private scan(force: boolean): void {
		if (!this.alive) return;
		let changed = false;
		const files = this.app.vault.getMarkdownFiles();
		const settings = this.options.settings();
		const count = ++this.scanCount;
		for (const file of files) if (this.evaluate(file, force, settings, count)) changed = true;
		// Entries whose note is gone without an event (only possible if one was missed): every note the
		// vault listed has just been marked as seen.
		if (this.entries.size > 0) {
			const gone: string[] = [];
			for (const [path, entry] of this.entries) if (entry.seen !== count && this.app.vault.getFileByPath(path) === null) gone.push(path);
			for (const path of gone) {
				this.drop(path);
				changed = true;
			}
		}
		const first = !this.ready;
		this.ready = true;
		if (changed || first) this.bump();
	}

	/**
	 * Brings one note's entry up to date with the metadata cache; true when the entry changed.
	 * Most notes are not interviews: the cheap checks come first and allocate nothing.
	 */
	private evaluate(file: TFile, force: boolean, settings = this.options.settings(), count = -1): boolean {
		const path = file.path;
		const cache = this.app.metadataCache.getFileCache(file);
		const fm: Frontmatter | null = cache?.frontmatter ?? null;
		const prev = this.entries.size === 0 ? undefined : this.entries.get(path);
		if (prev) prev.seen = count;

		if (fm === null) {
			// Obsidian gives no frontmatter for YAML it cannot parse, but still knows where it is.
			if (cache?.frontmatterPosition && isLookedAt(path, settings, this.templateFolder)) {
				if (!force && ((prev && prev.source === cache) || this.notOurs.has(cache) || this.brokenReads.get(path)?.cache === cache)) return false;
				this.readBroken(file, cache);
				return false;
			}
			if (!prev) return false;
			this.drop(path);
			return true;
		}
		if (!isInterviewNote(fm, settings) || !isLookedAt(path, settings, this.templateFolder)) {
			if (!prev) return false;
			this.drop(path);
			return true;
		}
		if (prev && prev.source === fm && !force && this.linksUnchanged(prev)) return false;
		if (this.brokenReads.size > 0) this.brokenReads.delete(path);
		// The note is known to be an interview note: parse it directly, as readInterviewNote would.
		this.asked = null;
		this.parsing = true;
		const cuts = this.cuts.get(fm);
		let result;
		try {
			result = parseInterview(cuts ? { file: path, frontmatter: fm, commentCuts: cuts } : { file: path, frontmatter: fm }, settings, this.resolver);
		} finally {
			this.parsing = false;
		}
		const entry: Entry = { source: fm, interview: result.interview, problems: result.problems, links: this.takeLinks(), seen: count };
		this.store(path, entry);
		if (cuts === undefined && this.cutReads.get(path)?.fm !== fm) this.readCuts(file, fm);
		return true;
	}

	private parse(note: RawNote, source: Entry["source"]): Entry {
		const settings = this.options.settings();
		this.asked = null;
		this.parsing = true;
		let verdict;
		try {
			verdict = readInterviewNote(note, settings, this.resolver);
		} finally {
			this.parsing = false;
		}
		return { source, interview: verdict.interview, problems: verdict.problems, links: this.takeLinks(), seen: -1 };
	}

	private takeLinks(): LinkDep[] {
		const links = this.asked ?? NO_LINKS;
		this.asked = null;
		return links;
	}

	private resolve(linkpath: string, fromFile: string): ResolvedLink | null {
		const target = this.app.metadataCache.getFirstLinkpathDest(linkpath, fromFile);
		const frontmatter: Frontmatter | null = target ? (this.app.metadataCache.getFileCache(target)?.frontmatter ?? null) : null;
		if (this.parsing) (this.asked ??= []).push({ linkpath, name: nameKey(linkpath), path: target?.path ?? null, frontmatter });
		return target ? { path: target.path, frontmatter } : null;
	}

	/**
	 * True when every person note the entry read still has the same frontmatter. Whether a link
	 * resolves elsewhere is not checked here: creating, deleting or renaming a note re-parses the
	 * interviews that link to its name (refreshLinkers), so this stays a few map lookups.
	 */
	private linksUnchanged(entry: Entry): boolean {
		for (const link of entry.links) {
			if (link.path === null) continue;
			const target = this.app.vault.getFileByPath(link.path);
			const fm = target ? (this.app.metadataCache.getFileCache(target)?.frontmatter ?? null) : null;
			if (fm !== link.frontmatter) return false;
		}
		return true;
	}

	private store(path: string, entry: Entry): void {
		const prev = this.entries.get(path);
		if (prev) this.unlink(path, prev);
		this.entries.set(path, entry);
		for (const link of entry.links) {
			let set = this.linkers.get(link.name);
			if (!set) this.linkers.set(link.name, (set = new Set()));
			set.add(path);
		}
		this.interviewList = null;
		this.problemList = null;
	}

	private drop(path: string): void {
		const prev = this.entries.get(path);
		this.brokenReads.delete(path);
		this.cutReads.delete(path);
		if (!prev) return;
		this.unlink(path, prev);
		this.entries.delete(path);
		this.interviewList = null;
		this.problemList = null;
	}

	private unlink(path: string, entry: Entry): void {
		for (const link of entry.links) {
			const set = this.linkers.get(link.name);
			if (!set) continue;
			set.delete(path);
			if (set.size === 0) this.linkers.delete(link.name);
		}
	}

	/** Re-parses the interviews that link to a note of this name: its frontmatter or existence changed. */
	private refreshLinkers(name: string, except?: string): boolean {
		const set = this.linkers.get(name);
		if (!set) return false;
		let changed = false;
		for (const path of [...set]) {
			if (path === except) continue;
			const file = this.app.vault.getFileByPath(path);
			if (file && this.evaluate(file, true)) changed = true;
		}
		return changed;
	}

	/**
	 * Obsidian has no frontmatter for this note because its YAML does not parse. Reads the raw text,
	 * once per cache version, to report the note if it wanted to be an interview.
	 */
	private readBroken(file: TFile, cache: CachedMetadata): void {
		const path = file.path;
		const seq = ++this.readSeq;
		this.brokenReads.set(path, { seq, cache });
		void this.app.vault.cachedRead(file).then(
			(text) => {
				if (!this.alive || this.brokenReads.get(path)?.seq !== seq) return;
				this.brokenReads.delete(path);
				const note = brokenNote(path, text);
				const entry = note ? this.parse(note, cache) : null;
				if (!entry || entry.problems.length === 0) {
					this.notOurs.add(cache);
					if (this.entries.has(path)) {
						this.drop(path);
						this.bump();
					}
					return;
				}
				this.store(path, entry);
				this.bump();
			},
			() => {
				if (this.brokenReads.get(path)?.seq === seq) this.brokenReads.delete(path);
			},
		);
	}

	/**
	 * Reads an interview note's frontmatter text for values a YAML comment cut short, once per
	 * version of its frontmatter; the note is parsed again, and listeners told, only when some are found.
	 */
	private readCuts(file: TFile, fm: Frontmatter): void {
		const path = file.path;
		const seq = ++this.readSeq;
		this.cutReads.set(path, { seq, fm });
		void this.app.vault.cachedRead(file).then(
			(text) => {
				if (!this.alive || this.cutReads.get(path)?.seq !== seq) return;
				this.cutReads.delete(path);
				const block = findFrontmatter(text);
				const cuts = block ? findCommentCuts(block.body, 2) : [];
				this.cuts.set(fm, cuts);
				if (cuts.length === 0 || this.entries.get(path)?.source !== fm) return;
				const current = this.app.vault.getFileByPath(path);
				if (current && this.evaluate(current, true)) this.bump();
			},
			() => {
				if (this.cutReads.get(path)?.seq === seq) this.cutReads.delete(path);
			},
		);
	}

	// ------------------------------------------------------------------ events

	private onChanged(file: TFile): void {
		if (!this.ready || file.extension !== "md") return;
		const mine = this.evaluate(file, false);
		const theirs = this.refreshLinkers(nameKey(file.path), file.path);
		if (mine || theirs) this.bump();
	}

	private onDeleted(path: string): void {
		if (!this.ready) return;
		const had = this.entries.has(path);
		this.drop(path);
		const theirs = this.refreshLinkers(nameKey(path));
		if (had || theirs) this.bump();
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!this.ready) return;
		let changed = false;
		if (file instanceof TFile) {
			changed = this.moved(oldPath, file);
		} else {
			// A folder: its notes moved with it. Obsidian may also send one event per note; moving an
			// entry twice is harmless.
			const prefix = `${oldPath}/`;
			for (const path of [...this.entries.keys()]) {
				if (!path.startsWith(prefix)) continue;
				const moved = this.app.vault.getFileByPath(`${file.path}/${path.slice(prefix.length)}`);
				if (moved) changed = this.moved(path, moved) || changed;
				else {
					this.drop(path);
					changed = true;
				}
			}
		}
		if (changed) this.bump();
	}

	/** A note moved from `oldPath`: its entry moves (or goes, out of scope), and links to either name are re-read. */
	private moved(oldPath: string, file: TFile): boolean {
		const had = this.entries.has(oldPath);
		this.drop(oldPath);
		const mine = file.extension === "md" && this.evaluate(file, true);
		const old = this.refreshLinkers(nameKey(oldPath), file.path);
		const now = file.extension === "md" && this.refreshLinkers(nameKey(file.path), file.path);
		return had || mine || old || now;
	}

	private bump(): void {
		this.revision++;
		this.notify();
	}

	private fire(): void {
		if (this.alive) this.app.workspace.trigger(INDEX_CHANGED, this.revision);
	}
}

/**
 * The raw note for frontmatter that Obsidian could not parse, or that parses to something other
 * than properties (a list, a single value), with the line to fix. The wording of the problem is
 * the core's (yaml-problems.ts), as in the command line.
 */
export function brokenNote(path: string, text: string): RawNote | null {
	const fm = findFrontmatter(text);
	if (!fm) return null;
	let value: unknown;
	try {
		value = parseYaml(fm.body);
	} catch (error) {
		return { file: path, frontmatter: null, parseError: withNextFailure(yamlFailure(error, fm.body), fm.body, parseYaml) };
	}
	// Properties after all (a race with an edit): the next 'changed' event brings the frontmatter.
	if (value === null || value === undefined || (typeof value === "object" && !Array.isArray(value))) return null;
	return { file: path, frontmatter: null, parseError: notPropertiesFailure(value, fm.body) };
}
