// `npm run bench`: times the command line over a generated 10,000-note vault against references
// measured in the same run (Node reading every note, grep, Node start-up), alternating the commands
// round by round so that machine noise hits all of them alike; then times the core in process.
// Prints tables only: goals are shown next to the figures, never asserted.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import esbuild from "esbuild";
import { COUNTS, GENERATOR_VERSION, generateVault } from "./bench-vault.mjs";
import { browserMeasurements, pluginSection } from "./bench-plugin.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = path.join(root, ".bench");
const vault = path.join(benchDir, "vault-10k");
const stampFile = path.join(benchDir, "vault-10k.version");
const cacheDir = path.join(benchDir, "cache");
const cli = path.join(root, "dist", "cli.js");
const NOW = "2026-11-25T18:00";
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 15;
const CORE_RUNS = 30;

// ---------------------------------------------------------------- the vault

function ensureVault() {
	let current = null;
	try {
		current = fs.readFileSync(stampFile, "utf8").trim();
	} catch {
		// Not generated yet.
	}
	if (current === String(GENERATOR_VERSION) && fs.existsSync(vault)) return false;
	console.log(`Generating ${COUNTS.notes.toLocaleString("en-US")} notes in ${path.relative(root, vault)} (generator version ${GENERATOR_VERSION})...`);
	fs.mkdirSync(benchDir, { recursive: true });
	generateVault(vault);
	fs.writeFileSync(stampFile, `${GENERATOR_VERSION}\n`);
	return true;
}

// ---------------------------------------------------------------- measuring

function median(values) {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs a command once; returns its wall time in ms. A failure stops the bench with its output. */
function timeCommand(row) {
	const started = process.hrtime.bigint();
	const result = spawnSync(row.cmd[0], row.cmd.slice(1), { env: { ...process.env, ...row.env }, stdio: ["ignore", "ignore", "pipe"], cwd: root });
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const okStatus = row.okStatus ?? [0];
	if (result.error || !okStatus.includes(result.status)) {
		throw new Error(`${row.label} failed (${result.error?.message ?? `exit ${result.status}`}): ${String(result.stderr).trim()}`);
	}
	return ms;
}

/** Each round runs every row once, the order rotated by one each round. */
function runAlternating(section) {
	const samples = new Map(section.rows.map((r) => [r.id, []]));
	for (const row of section.rows) row.prepare?.();
	for (let round = 0; round < section.rounds; round++) {
		const n = section.rows.length;
		for (let k = 0; k < n; k++) {
			const row = section.rows[(round + k) % n];
			samples.get(row.id).push(timeCommand(row));
		}
		process.stdout.write(`\r  round ${round + 1}/${section.rounds}`);
	}
	process.stdout.write("\r");
	return samples;
}

async function runInProcess(section) {
	const samples = new Map();
	for (const row of section.rows) {
		const run = await row.setup();
		for (let i = 0; i < 3; i++) run();
		const times = [];
		for (let i = 0; i < section.runs; i++) {
			const started = process.hrtime.bigint();
			run();
			times.push(Number(process.hrtime.bigint() - started) / 1e6);
		}
		samples.set(row.id, times);
	}
	return samples;
}

// ---------------------------------------------------------------- printing

const fmtMs = (ms) => (ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);

function printTable(section, samples) {
	const stats = new Map([...samples].map(([id, values]) => [id, { median: median(values), min: Math.min(...values) }]));
	const refs = section.references ?? [];
	const header = ["", "median", "min", ...refs.map((id) => `× ${section.rows.find((r) => r.id === id).short}`), "goal"];
	const lines = section.rows.map((row) => {
		const s = stats.get(row.id);
		const ratios = refs.map((id) => (s.median / stats.get(id).median).toFixed(2));
		let goal = "";
		if (row.goal) {
			const value = row.goal.ref ? s.median / stats.get(row.goal.ref).median : s.median;
			const met = value < row.goal.max || (row.goal.inclusive && value === row.goal.max);
			goal = `${row.goal.text}: ${met ? "met" : "NOT MET"}`;
		}
		return [row.label, fmtMs(s.median), fmtMs(s.min), ...ratios, goal];
	});
	const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
	const render = (cells) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("   ").trimEnd();
	console.log(`\n${section.title}`);
	console.log(render(header));
	console.log(widths.map((w) => "-".repeat(w)).join("   "));
	for (const l of lines) console.log(render(l));
}

// ---------------------------------------------------------------- the core in process

/** Bundles a small entry over the core so this plain script can call it. */
async function loadCore() {
	const out = path.join(benchDir, "core-bench.mjs");
	await esbuild.build({
		stdin: {
			contents: 'export { buildAgenda } from "./src/core/agenda"; export { DEFAULT_SETTINGS } from "./src/core/settings";',
			resolveDir: root,
			loader: "ts",
		},
		bundle: true,
		format: "esm",
		platform: "node",
		outfile: out,
		logLevel: "warning",
	});
	return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

/** 10,000 interviews spread over the weeks around NOW, in every stage of their follow-ups. */
function makeInterviews(count) {
	let seed = 42;
	const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	const now = new Date(2026, 10, 25, 18, 0);
	const out = [];
	for (let i = 0; i < count; i++) {
		const start = new Date(now.getTime() + Math.floor((r() - 0.8) * 40 * 24) * 3_600_000);
		const end = new Date(start.getTime() + 3_600_000);
		const stage = r();
		const at = (h) => ({ at: new Date(end.getTime() + h * 3_600_000), hasTime: true });
		const records = {};
		if (stage > 0.3) records.thankYouSent = at(5);
		if (stage > 0.8) records.checkInSent = at(200);
		if (stage > 0.9) records.replyReceived = at(300);
		const interviewers = [];
		for (let k = 0; k < 1 + (i % 3); k++) interviewers.push({ name: `Person ${i}-${k}`, email: k === 2 ? undefined : `p${i}.${k}@example.com`, attachments: [], linkedin: k === 0 ? "https://www.linkedin.com/in/x" : undefined });
		out.push({
			file: `Interviews/${i}.md`,
			title: `${i}`,
			company: `Company ${i % 97}`,
			role: "Engineer",
			start,
			end,
			interviewers,
			primaryContact: { name: `Recruiter ${i}`, email: `r${i}@example.com`, attachments: [] },
			records,
			status: stage > 0.97 ? "closed" : "active",
			snoozedUntil: i % 50 === 0 ? new Date(now.getTime() + 86_400_000) : undefined,
		});
	}
	return { interviews: out, now };
}

// ---------------------------------------------------------------- the sections

const node = process.execPath;
const sections = [
	{
		kind: "alternating",
		title: `due over a ${COUNTS.notes.toLocaleString("en-US")}-note vault (${COUNTS.interviews.toLocaleString("en-US")} interviews), ${ROUNDS} rounds, order rotated each round`,
		rounds: ROUNDS,
		references: ["node-floor", "grep"],
		rows: [
			{
				id: "warm",
				label: "due --json, warm cache (the normal case)",
				cmd: [node, cli, "due", vault, "--json", "--now", NOW],
				env: { INTERVIEW_FOLLOW_UP_CACHE_DIR: cacheDir },
				// Fill the cache, twice: entries for files changed in the last seconds are not trusted the first time.
				prepare() {
					timeCommand(this);
					timeCommand(this);
				},
				goal: { ref: "node-floor", max: 0.9, text: "goal < 0.9× Node floor" },
			},
			{
				id: "cold",
				label: "due --json, cache off (head read, prefilter, parse)",
				cmd: [node, cli, "due", vault, "--json", "--now", NOW],
				env: { INTERVIEW_FOLLOW_UP_CACHE: "0" },
				goal: { ref: "node-floor", max: 1.5, inclusive: true, text: "bar ≤ 1.5× Node floor" },
			},
			{ id: "grep", short: "grep", label: 'grep -rl "type: interview" (the I/O floor)', cmd: ["grep", "-rl", "type: interview", vault], okStatus: [0, 1] },
			{ id: "node-floor", short: "Node floor", label: "Node: walk + read every note (the runtime floor)", cmd: [node, path.join(root, "scripts", "bench-node-floor.mjs"), vault] },
			{ id: "node-start", label: "node -e 0 (start-up)", cmd: [node, "-e", "0"] },
		],
	},
	{
		kind: "inprocess",
		title: `core in process, median of ${CORE_RUNS} runs`,
		runs: CORE_RUNS,
		rows: [
			{
				id: "agenda",
				label: "buildAgenda over 10,000 interviews",
				async setup() {
					const core = await loadCore();
					const { interviews, now } = makeInterviews(10_000);
					return () => core.buildAgenda(interviews, core.DEFAULT_SETTINGS, now);
				},
				goal: { max: 20, text: "goal < 20 ms" },
			},
		],
	},
];

// ---------------------------------------------------------------- main

if (!fs.existsSync(cli)) {
	console.error("dist/cli.js is missing: run npm run build first (npm run bench does).");
	process.exit(1);
}
const generated = ensureVault();
// Files written moments ago are not trusted by the cache; let them age past its margin.
if (generated) await new Promise((resolve) => setTimeout(resolve, 2500));
console.log(`Node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}`);
for (const section of sections) {
	const samples = section.kind === "alternating" ? runAlternating(section) : await runInProcess(section);
	printTable(section, samples);
}

// The plugin: its index in Node against the fake, then the real main.js in Chromium.
const pluginRuns = 20;
const plugin = await pluginSection({ root, benchDir, vault, runs: pluginRuns });
printTable(plugin, await runInProcess(plugin));

if (process.env.BENCH_BROWSER === "0") {
	console.log("\nBrowser figures skipped (BENCH_BROWSER=0).");
} else {
	try {
		const rows = await browserMeasurements({ vault, runs: pluginRuns });
		console.log(`\nthe plugin in Chromium (sandbox page, real main.js), median of ${pluginRuns} runs`);
		const table = rows.map((r) => [r.label, fmtMs(r.median), fmtMs(r.min), r.goal ? `${r.goal.text}: ${r.median <= r.goal.max ? "met" : "NOT MET"}` : ""]);
		const header = ["", "median", "min", "goal"];
		const widths = header.map((h, i) => Math.max(h.length, ...table.map((l) => l[i].length)));
		const line = (cells) => cells.map((c, i) => (i === 0 || i === 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("   ").trimEnd();
		console.log(line(header));
		console.log(widths.map((w) => "-".repeat(w)).join("   "));
		for (const l of table) console.log(line(l));
	} catch (error) {
		console.log(`\nBrowser figures skipped: ${error instanceof Error ? error.message : String(error)}`);
	}
}
