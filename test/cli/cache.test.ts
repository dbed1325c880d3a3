import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cacheFileFor } from "../../src/cli/cache";
import { cli, makeVault, tempDir, writeFiles } from "./helpers";
import { FIXTURE, NOW } from "./fixture-vault";

/** Sets a file's times to `secondsAgo` in the past, as if written then (the cache distrusts fresh files). */
function age(file: string, secondsAgo: number): void {
	const t = new Date(Date.now() - secondsAgo * 1000);
	fs.utimesSync(file, t, t);
}

function ageTree(dir: string, secondsAgo = 60): void {
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const abs = path.join(dir, e.name);
		if (e.isDirectory()) ageTree(abs, secondsAgo);
		age(abs, secondsAgo);
	}
	age(dir, secondsAgo);
}

function cacheFile(cacheDir: string): string {
	const [name] = fs.readdirSync(cacheDir);
	return path.join(cacheDir, name);
}

/** Rewrites the company cached for a note (in its parsed frontmatter or its raw text), as only a test would. */
function injectCompany(cacheDir: string, note: string, company: string): void {
	const file = cacheFile(cacheDir);
	const data = JSON.parse(fs.readFileSync(file, "utf8"));
	// Folders hold [mtime, ctime, inode, folders, notes, stamps, entries]; an entry [2, frontmatter, lines]
	// is a parsed note, [3, yaml] one kept as its YAML text.
	const slash = note.lastIndexOf("/");
	const folder = data.folders[slash === -1 ? "" : note.slice(0, slash)];
	const entry = folder[6][folder[4].indexOf(note.slice(slash + 1))];
	if (entry[0] === 3) entry[1] = entry[1].replace(/^company: .*$/m, `company: ${company}`);
	else entry[1].company = company;
	fs.writeFileSync(file, JSON.stringify(data));
}

function companyOf(stdout: string, note: string): string {
	return JSON.parse(stdout).actions.find((a: { file: string }) => a.file === note).company;
}

function setup() {
	const vault = makeVault(FIXTURE);
	ageTree(vault);
	const cacheDir = tempDir("ifu-cache-");
	const env = { INTERVIEW_FOLLOW_UP_CACHE_DIR: cacheDir };
	const due = (...extra: string[]) => cli(["due", vault, "--json", "--now", NOW, "--all", ...extra], { env });
	return { vault, cacheDir, env, due };
}

describe("the scan cache", () => {
	it("gives the same answer from the cache as from the notes, and lives outside the vault", () => {
		const { vault, cacheDir, due } = setup();
		const first = due();
		const files = fs.readdirSync(cacheDir);
		expect(files).toHaveLength(1);
		expect(fs.readdirSync(vault).some((f) => f.includes("cache"))).toBe(false);
		const second = due();
		expect(second.stdout).toBe(first.stdout);
		const uncached = cli(["due", vault, "--json", "--now", NOW, "--all"], { env: { INTERVIEW_FOLLOW_UP_CACHE: "0" } });
		expect(uncached.stdout).toBe(first.stdout);
	});

	it("serves an unchanged note from the cache, and reads it again once it changes", () => {
		const { vault, cacheDir, due } = setup();
		due();
		// Plant a value in the cache: it shows only if the cached entry is what is used.
		injectCompany(cacheDir, "Interviews/Acme.md", "From the cache");
		expect(companyOf(due().stdout, "Interviews/Acme.md")).toBe("From the cache");
		age(path.join(vault, "Interviews", "Acme.md"), 20);
		expect(companyOf(due().stdout, "Interviews/Acme.md")).toBe("Acme");
	});

	it("reads a note again when its size changes", () => {
		const { vault, due } = setup();
		due();
		const file = path.join(vault, "Interviews", "Acme.md");
		fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("thank_you_sent:", "thank_you_sent: 2026-11-25T17:00"));
		age(file, 30);
		const out = JSON.parse(due().stdout);
		expect(out.actions.some((a: { file: string; kind: string }) => a.file === "Interviews/Acme.md" && a.kind === "thank-you")).toBe(false);
	});

	it("reads a note again when only its modification time changes", () => {
		const { vault, due } = setup();
		due();
		const file = path.join(vault, "Interviews", "Acme.md");
		const text = fs.readFileSync(file, "utf8");
		// Same length, different company.
		fs.writeFileSync(file, text.replace("company: Acme", "company: Acmf"));
		age(file, 30);
		const out = JSON.parse(due().stdout);
		expect(out.actions.find((a: { file: string }) => a.file === "Interviews/Acme.md").company).toBe("Acmf");
	});

	it("notices notes added and removed, and a person note edited", () => {
		const { vault, due } = setup();
		due();
		writeFiles(vault, { "Interviews/New/Wonka.md": FIXTURE["Interviews/Late.md"].replace("Initech", "Wonka") });
		fs.rmSync(path.join(vault, "Interviews", "Globex.md"));
		const dana = path.join(vault, "People", "Dana Wu.md");
		fs.writeFileSync(dana, fs.readFileSync(dana, "utf8").replace("dana@acme.example", "dana.wu@acme.example"));
		ageTree(vault, 30);
		const out = JSON.parse(due().stdout);
		const companies = out.actions.map((a: { company: string }) => a.company);
		expect(companies).toContain("Wonka");
		expect(companies).not.toContain("Globex");
		const acme = out.actions.find((a: { file: string; kind: string }) => a.file === "Interviews/Acme.md" && a.kind === "thank-you");
		expect(acme.recipients).toContainEqual({ name: "Dana Wu", email: "dana.wu@acme.example" });
	});

	it("works an interview out again when only a person note it links to changes", () => {
		const { vault, due } = setup();
		due();
		const dana = path.join(vault, "People", "Dana Wu.md");
		fs.writeFileSync(dana, fs.readFileSync(dana, "utf8").replace("dana@acme.example", "d.wu@acme.example"));
		age(dana, 20);
		const acme = JSON.parse(due().stdout).actions.find((a: { file: string; kind: string }) => a.file === "Interviews/Acme.md" && a.kind === "thank-you");
		expect(acme.recipients).toContainEqual({ name: "Dana Wu", email: "d.wu@acme.example" });
	});

	it("resolves links anew when a note that a link may now mean is added", () => {
		const { vault, due } = setup();
		due();
		// A shorter path with the same name wins over People/Dana Wu.md; it is listed after every
		// note the cache knows, so only the change of listing says that links may resolve anew.
		writeFiles(vault, { "Zz/Dana Wu.md": "---\nemail: dana.root@acme.example\n---\n" });
		// Aged without touching the other notes, whose entries must stay valid.
		for (const p of ["Zz/Dana Wu.md", "Zz", ""]) age(path.join(vault, p), 20);
		const acme = JSON.parse(due().stdout).actions.find((a: { file: string; kind: string }) => a.file === "Interviews/Acme.md" && a.kind === "thank-you");
		expect(acme.recipients).toContainEqual({ name: "Dana Wu", email: "dana.root@acme.example" });
	});

	it("reads an interview note linked as a person from the note itself, run after run", () => {
		const vault = makeVault({
			"Interviews/A.md": "---\ntype: interview\ninterview_start: 2026-11-25T13:00\nnext_steps: x\nemail: a@a.example\n---\n",
			"Interviews/B.md": '---\ntype: interview\ninterview_start: 2026-11-25T13:00\nnext_steps: x\ninterviewers:\n  - "[[A]]"\n---\n',
		});
		ageTree(vault);
		const env = { INTERVIEW_FOLLOW_UP_CACHE_DIR: tempDir("ifu-cache-") };
		const runs = [1, 2, 3].map(() => cli(["due", vault, "--json", "--now", NOW], { env }).stdout);
		expect(runs[1]).toBe(runs[0]);
		expect(runs[2]).toBe(runs[0]);
		const b = JSON.parse(runs[2]).actions.find((a: { file: string }) => a.file === "Interviews/B.md");
		expect(b.recipients).toEqual([{ name: "A", email: "a@a.example" }]);
	});

	it("works out again every interview linking a changed person note, after one of them re-read it", () => {
		const interview = (company: string) => `---\ntype: interview\ncompany: ${company}\ninterview_start: 2026-11-25T13:00\nnext_steps: x\ninterviewers:\n  - "[[Pat]]"\n---\n`;
		const vault = makeVault({
			"People/Pat.md": "---\nemail: pat@old.example\n---\n",
			"Interviews/B.md": interview("Bco"),
			"Interviews/C.md": interview("Cco"),
		});
		ageTree(vault);
		const env = { INTERVIEW_FOLLOW_UP_CACHE_DIR: tempDir("ifu-cache-") };
		const due = () => JSON.parse(cli(["due", vault, "--json", "--now", NOW], { env }).stdout);
		due();
		// B changes too, so reading it again reads Pat again before C's stored verdict is weighed.
		writeFiles(vault, { "People/Pat.md": "---\nemail: pat@new.example\n---\n", "Interviews/B.md": interview("Bco2") });
		for (const p of ["People/Pat.md", "Interviews/B.md"]) age(path.join(vault, p), 20);
		const emails = due().actions.map((a: { recipients: Array<{ email: string }> }) => a.recipients[0].email);
		expect(emails).toEqual(["pat@new.example", "pat@new.example"]);
	});

	it("gives the lines of warnings found when the agenda is worked out, from the cache too", () => {
		const vault = makeVault({
			"Interviews/A.md": "---\ntype: interview\ncompany: A\ninterview_start: 2026-11-25T13:00\nnext_steps: x\ninterviewers:\n  - name: Sam\n---\n",
			"Interviews/B.md": "---\ntype: interview\ncompany: B\ninterview_start: 2026-11-25T13:00\nnext_steps: x\nprimary_contact: Pat\n---\n",
		});
		ageTree(vault);
		const env = { INTERVIEW_FOLLOW_UP_CACHE_DIR: tempDir("ifu-cache-") };
		const problems = () => JSON.parse(cli(["due", vault, "--json", "--now", NOW, "--all"], { env }).stdout).problems;
		const first = problems();
		expect(first.map((p: { line?: number }) => p.line)).toEqual([6, 6]);
		expect(problems()).toEqual(first);
	});

	it("keeps the values a YAML comment cut short, and serves them from the cache", () => {
		const note = "Interviews/A.md";
		const vault = makeVault({ [note]: "---\ntype: interview\ncompany: A\ninterview_start: 2026-11-25T13:00\nnext_steps: x\ninterviewers:\n  - name: Sam <sam@a.example>\n    highlight: from #11 to #3\n---\n" });
		ageTree(vault);
		const cacheDir = tempDir("ifu-cache-");
		const problems = () => JSON.parse(cli(["due", vault, "--json", "--now", NOW, "--all"], { env: { INTERVIEW_FOLLOW_UP_CACHE_DIR: cacheDir } }).stdout).problems;
		const first = problems();
		expect(first.map((p: { line?: number; message: string }) => `${p.line} ${p.message.split(":")[0]}`)).toEqual(['8 The highlight stops at " #"']);
		// The cached entry [2, frontmatter, lines, cuts] is what the next run reads: edited here, it shows.
		const file = cacheFile(cacheDir);
		const data = JSON.parse(fs.readFileSync(file, "utf8"));
		const entry = data.folders.Interviews[6][0];
		expect(entry[3]).toHaveLength(1);
		entry[3][0].kept = "from the cache";
		fs.writeFileSync(file, JSON.stringify(data));
		expect(problems()[0].message).toContain('"from the cache"');
		// A cut that is not one is no entry: the note is read again.
		const again = JSON.parse(fs.readFileSync(file, "utf8"));
		again.folders.Interviews[6][0][3] = [{ line: "8" }];
		fs.writeFileSync(file, JSON.stringify(again));
		expect(problems()).toEqual(first);
	});

	it("does not trust entries of files changed moments before the cache was written", () => {
		const vault = makeVault(FIXTURE);
		const cacheDir = tempDir("ifu-cache-");
		const due = () => cli(["due", vault, "--json", "--now", NOW], { env: { INTERVIEW_FOLLOW_UP_CACHE_DIR: cacheDir } }).stdout;
		due();
		// The notes were written a moment ago: a same-size rewrite in the same clock tick would not
		// move their stamps, so their entries are not used yet.
		injectCompany(cacheDir, "Interviews/Acme.md", "From the cache");
		expect(companyOf(due(), "Interviews/Acme.md")).toBe("Acme");
	});

	it("reads a note again when it was rewritten with the same size and its old times restored", () => {
		const { vault, cacheDir, due } = setup();
		due();
		const file = path.join(vault, "Interviews", "Acme.md");
		const stat = fs.statSync(file);
		fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("company: Acme", "company: Acmf"));
		fs.utimesSync(file, stat.atime, stat.mtime);
		injectCompany(cacheDir, "Interviews/Acme.md", "From the cache");
		expect(companyOf(due().stdout, "Interviews/Acme.md")).toBe("Acmf");
	});

	it("ignores a corrupt or foreign cache file and writes a good one", () => {
		const { cacheDir, due } = setup();
		const first = due().stdout;
		const file = cacheFile(cacheDir);
		const good = JSON.parse(fs.readFileSync(file, "utf8"));
		type Folder = [number, number, number, string[], string[], number[], unknown[]];
		const folders = (f: (folder: Folder) => unknown) =>
			JSON.stringify({ ...good, folders: Object.fromEntries(Object.entries(good.folders).map(([k, v]) => [k, f(v as Folder)])) });
		const entries = (f: (entry: unknown) => unknown) => folders((d) => [...d.slice(0, 6), d[6].map(f)]);
		for (const junk of [
			"{ nope",
			"null",
			JSON.stringify({ ...good, format: 999 }),
			JSON.stringify({ ...good, reading: "js-yaml 3" }),
			JSON.stringify({ ...good, root: "/elsewhere" }),
			JSON.stringify({ ...good, folders: [] }),
			JSON.stringify({ ...good, prefilter: 7 }),
			// Not ASCII, as no cache file is written.
			JSON.stringify({ ...good, root: `${good.root}é` }),
			folders(() => "x"),
			folders((d) => d.slice(0, 6)),
			folders((d) => [...d.slice(0, 4), d[4].map((n) => `../${n}`), ...d.slice(5)]),
			folders((d) => [...d.slice(0, 4), d[4].map(() => ".hidden.md"), ...d.slice(5)]),
			folders((d) => [...d.slice(0, 5), d[5].slice(1), d[6]]),
			folders((d) => [...d.slice(0, 6), d[6].slice(1)]),
			entries(() => "x"),
			entries(() => null),
			entries(() => [9, "text"]),
			entries(() => [3, 42]),
			entries(() => [2, "text", []]),
			entries(() => [2, { type: "interview" }, null]),
			entries((e) => (Array.isArray(e) && e[0] === 2 ? [2, e[1], [...e[2], 1]] : e)),
			entries((e) => (Array.isArray(e) && e[0] === 2 ? [2, e[1], (e[2] as unknown[]).map(() => "2")] : e)),
			entries(() => [4, { reason: 1 }]),
			entries(() => 5),
		]) {
			fs.writeFileSync(file, junk);
			expect(due().stdout).toBe(first);
			expect(() => JSON.parse(fs.readFileSync(file, "utf8"))).not.toThrow();
		}
	});

	it("keeps working when the cache cannot be written", () => {
		const vault = makeVault(FIXTURE);
		const blocker = path.join(tempDir(), "not-a-folder");
		fs.writeFileSync(blocker, "");
		const result = cli(["due", vault, "--json", "--now", NOW], { env: { INTERVIEW_FOLLOW_UP_CACHE_DIR: path.join(blocker, "cache") } });
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout).actions).toHaveLength(5);
	});

	it("writes nothing when turned off with INTERVIEW_FOLLOW_UP_CACHE=0", () => {
		const vault = makeVault(FIXTURE);
		const cacheDir = tempDir("ifu-cache-");
		cli(["due", vault, "--json", "--now", NOW], { env: { INTERVIEW_FOLLOW_UP_CACHE_DIR: cacheDir, INTERVIEW_FOLLOW_UP_CACHE: "0" } });
		expect(fs.readdirSync(cacheDir)).toEqual([]);
	});

	it("keys the cache file by the vault's path, under XDG_CACHE_HOME by default", () => {
		const vault = makeVault(FIXTURE);
		const xdg = tempDir("ifu-xdg-");
		cli(["due", vault, "--json", "--now", NOW], { env: { INTERVIEW_FOLLOW_UP_CACHE_DIR: undefined, XDG_CACHE_HOME: xdg } });
		const expected = cacheFileFor(path.join(xdg, "interview-follow-up"), fs.realpathSync(vault));
		expect(fs.existsSync(expected)).toBe(true);
	});

	it("applies a changed setting to notes that did not change", () => {
		const { vault, due } = setup();
		const before = JSON.parse(due().stdout).actions.find((a: { file: string }) => a.file === "Interviews/Globex.md");
		writeFiles(vault, { ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ defaultDurationMinutes: 120 }) });
		const after = JSON.parse(due().stdout).actions.find((a: { file: string }) => a.file === "Interviews/Globex.md");
		expect(new Date(after.opensAt).getTime() - new Date(before.opensAt).getTime()).toBe(60 * 60_000);
	});

	it("reads again a note the last run's prefilter ruled out, once the type value changes", () => {
		const { vault, due } = setup();
		writeFiles(vault, { "Talk.md": "---\nkind: Job Talk\ninterview_start: 2026-11-25T12:00\nnext_steps: x\n---\n" });
		ageTree(vault, 60);
		expect(JSON.parse(due().stdout).actions.map((a: { file: string }) => a.file)).not.toContain("Talk.md");
		writeFiles(vault, { ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ typeKey: "kind", typeValue: "job talk" }) });
		expect(JSON.parse(due().stdout).actions.map((a: { file: string }) => a.file)).toEqual(["Talk.md"]);
	});

	it("starts afresh when the type value changes", () => {
		const { vault, due } = setup();
		due();
		writeFiles(vault, { ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ typeKey: "kind", typeValue: "job talk" }) });
		writeFiles(vault, { "Talk.md": "---\nkind: Job Talk\ninterview_start: 2026-11-25T12:00\nnext_steps: x\n---\n" });
		ageTree(vault, 30);
		const out = JSON.parse(due().stdout);
		expect(out.actions.map((a: { file: string }) => a.file)).toEqual(["Talk.md"]);
	});
});
