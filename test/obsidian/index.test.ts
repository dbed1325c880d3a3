import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeApp, type FakeApp as App } from "../fakes/obsidian";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { INDEX_CHANGED, InterviewIndex } from "../../src/obsidian/index";

function note(fm: string, body = "Notes.\n"): string {
	return `---\n${fm}\n---\n${body}`;
}

const ACME = note(`type: interview
company: Acme
role: Engineer
interview_start: 2026-11-25T13:00
interview_end: 2026-11-25T14:30
primary_contact: Lena
primary_contact_email: lena@acme.example
interviewers:
  - name: Dana
    email: dana@acme.example`);

const GLOBEX = note(`type: interview
company: Globex
interview_start: 2026-11-25T08:30
primary_contact: Renee
primary_contact_email: renee@globex.example
interviewers:
  - "[[Priya Natarajan]]"`);

const PRIYA = note(`type: person
email: priya@globex.example`);

const BROKEN = note(`type: interview
company: Massive Dynamic
role: "Research engineer
interview_start: 2026-11-19T10:00`);

interface Harness {
	app: App;
	index: InterviewIndex;
	settings: Settings;
	events: number[];
	/** Lets the fake's metadata cache and the index's debounced work finish. */
	flush(): Promise<void>;
}

async function start(files: Record<string, string>, patch: Partial<Settings> = {}): Promise<Harness> {
	const app = createFakeApp({ files });
	const settings: Settings = { ...DEFAULT_SETTINGS, ...patch };
	const index = new InterviewIndex(app as never, { settings: () => settings });
	const events: number[] = [];
	app.workspace.on(INDEX_CHANGED, (revision: number) => events.push(revision));
	index.load();
	const flush = async () => {
		for (let i = 0; i < 3; i++) {
			await app.settle();
			await vi.advanceTimersByTimeAsync(1000);
		}
	};
	app.startLayout();
	await flush();
	return { app, index, settings, events, flush };
}

const files = (h: Harness) => h.index.interviews().map((i) => i.file).sort();

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => {
	vi.useRealTimers();
});

describe("InterviewIndex: first build", () => {
	it("waits for the layout, then indexes interview notes from the metadata cache, reading only their text once", async () => {
		const app = createFakeApp({ files: { "Interviews/Acme.md": ACME, "Notes/Recipe.md": note("type: recipe"), "Plain.md": "No frontmatter.\n" } });
		const read = vi.spyOn(app.vault, "read");
		const cachedRead = vi.spyOn(app.vault, "cachedRead");
		const index = new InterviewIndex(app as never, { settings: () => DEFAULT_SETTINGS });
		index.load();
		expect(index.ready).toBe(false);
		app.startLayout();
		await app.settle();
		expect(index.ready).toBe(true);
		expect(index.interviews().map((i) => i.company)).toEqual(["Acme"]);
		// The interview note's text, for values a YAML comment cut short; no other note's (the fake's
		// cachedRead reads through read).
		expect(cachedRead.mock.calls.map(([f]) => f.path)).toEqual(["Interviews/Acme.md"]);
		expect(read).toHaveBeenCalledTimes(1);
		await index.rescan();
		await app.settle();
		expect(cachedRead).toHaveBeenCalledTimes(1);
		index.unload();
	});

	it("tells listeners once the first build is done, with the revision", async () => {
		const h = await start({ "Interviews/Acme.md": ACME });
		expect(h.events).toEqual([h.index.revision]);
	});

	it("leaves out the template folder, dot-folders and what is outside the scope folder", async () => {
		const h = await start(
			{
				"Interviews/Acme.md": ACME,
				"Templates/Interview.md": note("type: interview\ninterview_start: 2026-11-25T13:00"),
				"Archive/Old.md": note("type: interview\ninterview_start: 2026-01-05T13:00"),
			},
			{ templateFolder: "Templates" },
		);
		expect(files(h)).toEqual(["Archive/Old.md", "Interviews/Acme.md"]);

		h.settings.scopeFolder = "Interviews";
		await h.index.rescan();
		expect(files(h)).toEqual(["Interviews/Acme.md"]);
	});

	it("takes the core Templates folder from templates.json when the setting is empty", async () => {
		const app = createFakeApp({
			files: {
				"Interviews/Acme.md": ACME,
				"Templates/Interview.md": note("type: interview\ninterview_start: 2026-11-25T13:00"),
				".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
			},
		});
		const index = new InterviewIndex(app as never, { settings: () => DEFAULT_SETTINGS });
		index.load();
		app.startLayout();
		await app.settle();
		expect(index.interviews().map((i) => i.file)).toEqual(["Interviews/Acme.md"]);
	});

	it("recognises interview notes by the configured key and value, whatever the case", async () => {
		const h = await start(
			{ "A.md": note("category: Job Interview\ninterview_start: 2026-11-25T13:00"), "B.md": ACME },
			{ typeKey: "category", typeValue: "job interview" },
		);
		expect(files(h)).toEqual(["A.md"]);
	});
});

describe("InterviewIndex: incremental updates", () => {
	it("drops, on the next scan, a note deleted while no event reached the index", async () => {
		const h = await start({ "Interviews/Acme.md": ACME, "Interviews/Globex.md": GLOBEX, "People/Priya Natarajan.md": PRIYA });
		const quiet = [vi.spyOn(h.app.vault, "trigger").mockImplementation(() => {}), vi.spyOn(h.app.metadataCache, "trigger").mockImplementation(() => {})];
		await h.app.vault.delete(h.app.vault.getFileByPath("Interviews/Acme.md")!);
		for (const spy of quiet) spy.mockRestore();
		expect(files(h)).toEqual(["Interviews/Acme.md", "Interviews/Globex.md"]);

		await h.index.rescan();
		expect(files(h)).toEqual(["Interviews/Globex.md"]);
		expect(h.index.interviewFor("Interviews/Globex.md")?.interviewers[0].email).toBe("priya@globex.example");
	});


	it("re-parses a note that changed, and tells listeners once per burst", async () => {
		const h = await start({ "Interviews/Acme.md": ACME, "Interviews/Globex.md": GLOBEX });
		const before = h.index.revision;
		h.events.length = 0;
		const acme = h.app.vault.getFileByPath("Interviews/Acme.md")!;
		await h.app.vault.modify(acme, ACME.replace("company: Acme", "company: Acme Robotics"));
		await h.app.vault.process(h.app.vault.getFileByPath("Interviews/Globex.md")!, (t) => t.replace("Globex", "Globex Corp"));
		await h.flush();
		expect(h.index.interviewFor("Interviews/Acme.md")?.company).toBe("Acme Robotics");
		expect(h.index.interviewFor("Interviews/Globex.md")?.company).toBe("Globex Corp");
		expect(h.index.revision).toBeGreaterThan(before);
		expect(h.events).toEqual([h.index.revision]);
	});

	it("leaves the revision alone when a note that is not an interview changes", async () => {
		const h = await start({ "Interviews/Acme.md": ACME, "Notes/Recipe.md": note("type: recipe") });
		const before = h.index.revision;
		await h.app.vault.modify(h.app.vault.getFileByPath("Notes/Recipe.md")!, note("type: recipe\nserves: 4"));
		await h.flush();
		expect(h.index.revision).toBe(before);
	});

	it("adds a new interview note and drops one that stops being an interview", async () => {
		const h = await start({ "Interviews/Acme.md": ACME });
		await h.app.vault.create("Interviews/Globex.md", GLOBEX);
		await h.flush();
		expect(files(h)).toEqual(["Interviews/Acme.md", "Interviews/Globex.md"]);
		await h.app.vault.modify(h.app.vault.getFileByPath("Interviews/Acme.md")!, ACME.replace("type: interview", "type: meeting"));
		await h.flush();
		expect(files(h)).toEqual(["Interviews/Globex.md"]);
	});

	it("follows a rename and forgets a deleted note", async () => {
		const h = await start({ "Interviews/Acme.md": ACME, "Interviews/Globex.md": GLOBEX, "Archive/": "" });
		await h.app.vault.rename(h.app.vault.getFileByPath("Interviews/Acme.md")!, "Archive/2026 Acme.md");
		await h.flush();
		expect(files(h)).toEqual(["Archive/2026 Acme.md", "Interviews/Globex.md"]);
		expect(h.index.interviewFor("Archive/2026 Acme.md")?.title).toBe("2026 Acme");
		expect(h.index.interviewFor("Interviews/Acme.md")).toBeNull();

		await h.app.vault.delete(h.app.vault.getFileByPath("Interviews/Globex.md")!);
		await h.flush();
		expect(files(h)).toEqual(["Archive/2026 Acme.md"]);
	});

	it("drops a note renamed into the template folder", async () => {
		const h = await start({ "Interviews/Acme.md": ACME, "Templates/": "" }, { templateFolder: "Templates" });
		await h.app.vault.rename(h.app.vault.getFileByPath("Interviews/Acme.md")!, "Templates/Acme.md");
		await h.flush();
		expect(files(h)).toEqual([]);
	});
});

describe("InterviewIndex: person notes", () => {
	const priyaEmail = (h: Harness) => h.index.interviewFor("Interviews/Globex.md")?.interviewers[0]?.email;

	it("takes the email from the linked person note", async () => {
		const h = await start({ "Interviews/Globex.md": GLOBEX, "People/Priya Natarajan.md": PRIYA });
		expect(priyaEmail(h)).toBe("priya@globex.example");
		expect(h.index.interviewFor("Interviews/Globex.md")?.interviewers[0]?.personNote).toBe("People/Priya Natarajan.md");
	});

	it("re-parses the interviews that link to a person note when it changes", async () => {
		const h = await start({ "Interviews/Globex.md": GLOBEX, "People/Priya Natarajan.md": PRIYA });
		await h.app.vault.modify(h.app.vault.getFileByPath("People/Priya Natarajan.md")!, PRIYA.replace("priya@", "p.natarajan@"));
		await h.flush();
		expect(priyaEmail(h)).toBe("p.natarajan@globex.example");
	});

	it("picks up a person note created after the interview, and loses it when it is deleted", async () => {
		const h = await start({ "Interviews/Globex.md": GLOBEX, "People/": "" });
		expect(priyaEmail(h)).toBeUndefined();
		expect(h.index.interviewFor("Interviews/Globex.md")?.interviewers[0]?.personNote).toBeUndefined();

		await h.app.vault.create("People/Priya Natarajan.md", PRIYA);
		await h.flush();
		expect(priyaEmail(h)).toBe("priya@globex.example");

		await h.app.vault.delete(h.app.vault.getFileByPath("People/Priya Natarajan.md")!);
		await h.flush();
		expect(priyaEmail(h)).toBeUndefined();
	});

	it("follows a person note renamed away from the linked name", async () => {
		const h = await start({ "Interviews/Globex.md": GLOBEX, "People/Priya Natarajan.md": PRIYA });
		await h.app.vault.rename(h.app.vault.getFileByPath("People/Priya Natarajan.md")!, "People/Priya N.md");
		await h.flush();
		expect(priyaEmail(h)).toBeUndefined();
	});
});

describe("InterviewIndex: problems", () => {
	it("reports broken YAML once, with its line, reading only that note", async () => {
		const app = createFakeApp({ files: { "Interviews/Broken.md": BROKEN, "Interviews/Acme.md": ACME } });
		const cachedRead = vi.spyOn(app.vault, "cachedRead");
		const index = new InterviewIndex(app as never, { settings: () => DEFAULT_SETTINGS });
		index.load();
		app.startLayout();
		await app.settle();
		await vi.advanceTimersByTimeAsync(1000);
		await index.rescan();
		await app.settle();
		app.metadataCache.trigger("resolved");
		await vi.advanceTimersByTimeAsync(1000);
		await app.settle();

		const problems = index.problems().filter((p) => p.file === "Interviews/Broken.md");
		expect(problems).toHaveLength(1);
		expect(problems[0].severity).toBe("error");
		// The sentence the command line gives, from the core: no parser text, the line given once.
		expect(problems[0].message).toBe('The frontmatter is not valid YAML: a double quote (") opened on this line is never closed. Fix that line; until then the note is skipped, and nothing for the interview on Thursday 19 November 2026 shows as due, its thank-you included.');
		// The line that opened the quote, not the end of the YAML where the parser noticed.
		expect(problems[0].line).toBe(4);
		expect(cachedRead.mock.calls.map(([f]) => f.path).filter((p) => p === "Interviews/Broken.md")).toEqual(["Interviews/Broken.md", "Interviews/Broken.md"]);
		expect(index.interviewFor("Interviews/Broken.md")).toBeNull();
	});

	it("keeps quiet about broken YAML that has nothing to do with interviews", async () => {
		const h = await start({ "Notes/Broken.md": note('title: "unclosed\nkind: recipe') });
		expect(h.index.problems()).toEqual([]);
	});

	it("clears the problem once the YAML is fixed", async () => {
		const h = await start({ "Interviews/Broken.md": BROKEN });
		expect(h.index.problems()).toHaveLength(1);
		await h.app.vault.modify(h.app.vault.getFileByPath("Interviews/Broken.md")!, BROKEN.replace('"Research engineer', '"Research engineer"'));
		await h.flush();
		expect(h.index.problems().filter((p) => p.severity === "error")).toEqual([]);
		expect(h.index.interviewFor("Interviews/Broken.md")?.role).toBe("Research engineer");
	});

	it("reports a value a YAML comment cut short, at its line, until it is quoted", async () => {
		const cut = ACME.replace("    email: dana@acme.example", "    email: dana@acme.example\n    highlight: took the district from #11 to #3");
		const h = await start({ "Interviews/Acme.md": cut, "Interviews/Globex.md": GLOBEX });
		const warnings = () => h.index.problems().map((p) => `${p.file}:${p.line} ${p.message.split(":")[0]}`);
		expect(warnings()).toEqual(['Interviews/Acme.md:12 The highlight stops at " #"']);
		expect(h.index.problems()[0].message).toContain('so the drafts get only "took the district from"');
		// Read once per version of the note: a rescan keeps what was found without reading again.
		const cachedRead = vi.spyOn(h.app.vault, "cachedRead");
		await h.index.rescan();
		await h.flush();
		expect(cachedRead).not.toHaveBeenCalled();
		expect(warnings()).toHaveLength(1);
		await h.app.vault.modify(h.app.vault.getFileByPath("Interviews/Acme.md")!, cut.replace("took the district from #11 to #3", '"took the district from #11 to #3"'));
		await h.flush();
		expect(h.index.problems()).toEqual([]);
		expect(h.index.interviewFor("Interviews/Acme.md")?.interviewers[0].highlight).toBe("took the district from #11 to #3");
	});

	it("reports a note without interview_start as an error, and the gaps as warnings", async () => {
		const h = await start({ "A.md": note("type: interview\ncompany: A"), "B.md": note("type: interview\ninterview_start: 2026-11-25\nstatus: maybe") });
		const shown = h.index.problems().map((p) => `${p.file} ${p.severity} ${p.key ?? ""}`);
		expect(shown[0]).toBe("A.md error interview_start");
		expect(shown).toContain("B.md warning interview_start");
		expect(shown).toContain("B.md warning status");
	});
});

describe("InterviewIndex: agenda", () => {
	it("builds the agenda at the instant asked, and reuses it while nothing changed", async () => {
		const h = await start({ "Interviews/Acme.md": ACME });
		const now = new Date(2026, 10, 25, 18, 0);
		const agenda = h.index.agenda(now);
		expect(agenda.actions.map((a) => `${a.kind} ${a.state}`)).toEqual(["thank-you due", "next-steps due"]);
		expect(h.index.agenda(new Date(now.getTime()))).toBe(agenda);
		expect(h.index.agenda(new Date(2026, 10, 26, 18, 0)).actions.map((a) => a.state)).toEqual(["overdue", "overdue"]);
	});
});

describe("InterviewIndex: unload", () => {
	it("leaves no listener behind on the vault, the metadata cache or the workspace", async () => {
		const h = await start({ "Interviews/Acme.md": ACME });
		const count = (e: object) => Object.values((e as { _: Record<string, unknown[]> })._).reduce((n, l) => n + l.length, 0);
		const vaultBefore = count(h.app.vault);
		const cacheBefore = count(h.app.metadataCache);
		h.index.unload();
		expect(count(h.app.vault)).toBe(vaultBefore - 1);
		expect(count(h.app.metadataCache)).toBe(cacheBefore - 3);
		const revision = h.index.revision;
		await h.app.vault.modify(h.app.vault.getFileByPath("Interviews/Acme.md")!, ACME.replace("Acme", "Acme 2"));
		await h.flush();
		expect(h.index.revision).toBe(revision);
	});
});

describe("InterviewIndex: moves", () => {
	it("forgets a note renamed to another extension", async () => {
		const h = await start({ "Interviews/Acme.md": ACME });
		await h.app.vault.rename(h.app.vault.getFileByPath("Interviews/Acme.md")!, "Interviews/Acme.txt");
		await h.flush();
		expect(files(h)).toEqual([]);
	});

	it("follows a folder rename", async () => {
		const h = await start({ "Interviews/Acme.md": ACME, "Interviews/Globex.md": GLOBEX });
		await h.app.vault.rename(h.app.vault.getFolderByPath("Interviews")!, "Job search");
		await h.flush();
		expect(files(h)).toEqual(["Job search/Acme.md", "Job search/Globex.md"]);
	});
});
