// Fits the user's own shorthand (an interviewer's focus, the highlight that answered it, the next
// steps they were told) into sentences a hiring team reads: plain text, the right case, one set of
// punctuation marks, the reader addressed as "you", and a noun phrase never turned into a verb.
// Where a note cannot be fitted into a sentence, the caller gets none and writes around it.
import { parseWikiLink } from "./links";

// ---------------------------------------------------------------- plain text from markdown

/**
 * A note's text without markdown: `**bold**`, `_x_`, `~~x~~`, `==x==` and `` `x` `` lose their marks,
 * `[[Note|Text]]` shows "Text", `[text](url)` becomes "text (url)", headings, quotes and list markers
 * go, and Obsidian comments vanish. One item per list item or line that starts a new thought.
 */
export function noteItems(text: string | undefined): string[] {
	if (text === undefined) return [];
	const lines = text.replace(/%%[\s\S]*?(?:%%|$)/g, " ").split(/\r\n?|\n/);
	const items: string[] = [];
	let current: string | null = null;
	let afterMarker = false;
	for (const raw of lines) {
		// A heading is an item of its own, and so is whatever follows it.
		const heading = /^\s*#{1,6}\s/.test(raw);
		const marker = heading ? /^\s*#{1,6}\s+/.exec(raw) : /^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ x]\]\s+)?/i.exec(raw);
		const line = inline(heading ? raw.slice(marker ? marker[0].length : 0) : raw.replace(/^\s*(?:>\s*)+/, "").slice(marker ? marker[0].length : 0));
		if (line === "") {
			if (current !== null) items.push(current);
			current = null;
			continue;
		}
		// Each line is an item (a YAML list arrives one item a line), except an indented line under a
		// list item, which carries it on.
		const continues = !marker && current !== null && afterMarker && /^\s/.test(raw);
		if (!continues) {
			if (current !== null) items.push(current);
			current = line;
			afterMarker = marker !== null && !heading;
		} else current = `${current} ${line}`;
		if (heading) {
			items.push(current);
			current = null;
		}
	}
	if (current !== null) items.push(current);
	return items.map(tidyMarks).filter((item) => /[\p{L}\p{N}]/u.test(item));
}

/** Positions of the next `char` at or after each index, so that a scan never looks ahead twice. */
function nextIndex(text: string, char: string): Int32Array {
	const out = new Int32Array(text.length + 1).fill(-1);
	for (let i = text.length - 1; i >= 0; i--) out[i] = text[i] === char ? i : out[i + 1];
	return out;
}

/**
 * Links in one pass: `[[Note|Text]]` and `![[embed]]` show their display text, `[text](url)` becomes
 * "text (url)". Linear in the length of the line, whatever brackets it holds.
 */
function replaceLinks(line: string): string {
	if (!line.includes("[")) return line;
	const close = nextIndex(line, "]");
	const paren = nextIndex(line, ")");
	let out = "";
	let i = 0;
	while (i < line.length) {
		const c = line[i];
		if (c === "[" || (c === "!" && line[i + 1] === "[")) {
			const open = c === "!" ? i + 1 : i;
			if (line[open + 1] === "[") {
				const end = close[open + 2];
				if (end !== -1 && line[end + 1] === "]") {
					const link = line.slice(i, end + 2);
					out += parseWikiLink(link)?.display ?? link;
					i = end + 2;
					continue;
				}
			} else {
				const end = close[open + 1];
				if (end !== -1 && line[end + 1] === "(") {
					const stop = paren[end + 2];
					if (stop !== -1) {
						const label = line.slice(open + 1, end).trim();
						const url = line.slice(end + 2, stop).trim().replace(/^<|>$/g, "");
						if (!/\s/.test(url)) {
							out += url === "" ? label : label === "" || label === url ? url : `${label} (${url})`;
							i = stop + 1;
							continue;
						}
					}
				}
			}
		}
		out += c;
		i++;
	}
	return out;
}

/** One line of markdown as plain text; emphasis marks go in `tidyMarks`. */
function inline(line: string): string {
	return replaceLinks(line)
		.replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
		.replace(/<\/?[a-z][a-z0-9]*\s*\/?>/gi, " ")
		.replace(/\\([\\`*_{}[\]()#+\-.!~=|<>])/g, "$1")
		.replace(/\s+/g, " ")
		.trim();
}

/** Removes trailing characters of `set` in one backward scan (a `[...]+$` regex is quadratic on long runs). */
export function trimTrailing(text: string, set: string): string {
	let end = text.length;
	while (end > 0 && set.includes(text[end - 1])) end--;
	return text.slice(0, end);
}

/**
 * Marks that no plain-text email should carry: emphasis, code, highlights, stray heading marks; and
 * punctuation a hurried note doubles (" , ,", "!,") down to one mark.
 */
function tidyMarks(text: string): string {
	return text
		.replace(/\s+/g, " ")
		.replace(/\*\*|__|~~|==|`/g, "")
		.replace(/(^|\s)[*_]+(?=\s|$)/g, "$1")
		.replace(/(^|\s)[*_]+(?=\S)/g, "$1")
		.replace(/([^\s*_])[*_]+(?=\s|$)/g, "$1")
		.replace(/(^|\s)#+(?=\s|$)/g, "$1")
		.replace(/ +/g, " ")
		.replace(/ (?=[,;:!?])/g, "")
		.replace(/([.,;:!?])(?: ?[,;:!?.])+/g, "$1")
		.trim();
}

// ---------------------------------------------------------------- words

const ABBREVIATIONS = new Set([
	"e.g", "i.e", "etc", "vs", "dr", "mr", "mrs", "ms", "mx", "prof", "approx", "incl", "dept", "no", "st", "jr", "sr", "inc", "ltd", "co", "corp", "eg", "ie", "cf", "al", "ca", "est", "min", "max", "avg",
]);

/** The item cut into sentence-sized pieces: at `.`, `!`, `?`, `;`, `:` and a spaced dash. */
export function segmentsOf(item: string): string[] {
	const out: string[] = [];
	let start = 0;
	const push = (end: number) => {
		const piece = trimTrailing(item.slice(start, end).replace(/^[\s,;:.!?—–-]+/, ""), " ,;:—–-").trim();
		if (/[\p{L}\p{N}]/u.test(piece)) out.push(piece);
	};
	for (let i = 0; i < item.length; i++) {
		const c = item[i];
		const next = item[i + 1];
		if ((c === ";" || c === ":" || c === "!" || c === "?") && (next === undefined || next === " ")) {
			// "?" and "!" stay with their sentence; ";" and ":" only separate.
			push(c === "?" || c === "!" ? i + 1 : i);
			start = i + 1;
		} else if (c === "." && (next === undefined || next === " ")) {
			// eslint-disable-next-line regexp/no-super-linear-move -- it reads at most the 12 characters before the full stop
			const before = /([\p{L}.]+)$/u.exec(item.slice(Math.max(0, i - 12), i));
			const word = before ? before[1].toLowerCase() : "";
			const dots = /^\.*$/.test(word);
			if (!dots && (word.length === 1 || ABBREVIATIONS.has(word) || word.includes("."))) continue;
			push(i);
			start = i + 1;
		} else if (c === "," && /^ (?:see|cf\.?) /i.test(item.slice(i + 1, i + 6))) {
			push(i);
			start = i + 1;
		} else if ((c === "—" || c === "–" || c === "-") && item[i - 1] === " " && next === " " && /\p{L}/u.test(item[i - 2] ?? "") && /\p{L}/u.test(item[i + 2] ?? "")) {
			push(i);
			start = i + 1;
		}
	}
	push(item.length);
	return out;
}

const DETERMINERS = new Set([
	"the", "a", "an", "this", "that", "these", "those", "every", "each", "all", "both", "some", "several", "many", "most", "no", "any", "another", "other", "such", "much", "more", "less", "fewer", "few",
	"my", "our", "your", "their", "his", "her", "its",
]);
const OBJECT_PRONOUNS = new Set(["it", "them", "everything", "everyone", "something", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "dozens", "hundreds", "thousands", "how", "what"]);
const SUBJECT_PRONOUNS = new Set([
	"i", "we", "they", "he", "she", "it", "you", "there", "i'm", "we're", "they're", "you're", "he's", "she's", "it's", "there's", "i've", "we've", "they've", "you've", "i'd", "we'd",
	"they'd", "you'd", "i'll", "we'll", "they'll", "you'll",
]);
/** Verbs that start a note with its subject left out: "needs someone to own billing" is about the team. */
const SUBJECTLESS = new Set(["needs", "wants", "has", "keeps", "is", "struggles", "runs", "uses", "lacks", "relies", "plans", "hopes", "expects", "loses", "spends", "ships", "builds"]);
const PARTICLES = new Set(["up", "off", "out", "down", "over", "away", "back", "through", "to", "into", "onto", "from"]);

/** Subordinators and relatives: a verb after one belongs to a clause inside the phrase. */
const SUBORDINATORS = new Set([
	"that", "which", "who", "whom", "whose", "when", "where", "while", "whilst", "because", "if", "so", "as", "since", "until", "before", "after", "although", "though", "unless", "without", "with", "so that", "once", "whether", "than", "to",
]);

/** Verbs that make a clause wherever they stand after its first word. */
const FINITE = new Set([
	"is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "am", "has", "have", "had", "hasn't", "haven't", "hadn't", "does", "do", "did", "doesn't", "don't", "didn't",
	"can", "can't", "cannot", "could", "couldn't", "will", "won't", "would", "wouldn't", "should", "shouldn't", "must", "might", "shall",
	"grew", "broke", "blew", "went", "took", "became", "began", "fell", "rose", "came", "got", "said", "says", "thinks", "thought", "wants", "hopes", "keeps", "goes", "seems", "happens",
	"relies", "depends", "lacks", "struggles", "loses",
]);
/** Words that are verbs after a noun ("reviews keep blaming", "deploys failed") but nouns or adjectives elsewhere. */
const FINITE_AFTER_NOUN = new Set([
	"keep", "need", "needs", "want", "take", "takes", "get", "gets", "go", "break", "breaks", "blow", "blows", "fail", "fails", "failed", "struggle", "lose", "sit", "sits", "hit", "hits", "spend",
	"spends", "cost", "costs", "run", "runs", "use", "uses", "rely", "depend", "lack", "own", "owns", "see", "sees", "seem", "look", "looks", "feel", "feels", "happen", "grow", "grows", "wanted",
	"expected", "hoped", "planned", "started", "stopped", "stalled", "slipped", "doubled", "tripled", "halved", "dropped", "spiked", "happened", "live", "lives", "stay", "stays",
	"wait", "waits", "pile", "piles", "sit", "come", "comes", "arrive", "arrives", "hurt", "hurts", "matter", "matters", "lag", "lags",
]);

/**
 * Past tenses people start a résumé line with. The ones in AMBIGUOUS_PAST are also adjectives
 * ("Automated test rig", "Unified logging", "Embedded Linux port") and count as the user's action
 * only when the next word is what a verb takes as its object ("Automated the test rig").
 */
const PAST = new Set([
	"led", "built", "ran", "wrote", "designed", "launched", "shipped", "created", "implemented", "developed", "migrated", "introduced", "moved", "reduced", "cut", "rebuilt", "rewrote", "replaced",
	"owned", "drove", "scaled", "mentored", "hired", "founded", "co-founded", "started", "delivered", "deployed", "established", "made", "took", "grew", "won", "brought", "taught", "sold", "found",
	"kept", "held", "spent", "did", "gave", "began", "got", "saved", "doubled", "halved", "tripled", "increased", "decreased", "lowered", "raised", "improved", "eliminated", "removed", "retired",
	"consolidated", "refactored", "redesigned", "rearchitected", "re-architected", "modernised", "modernized", "overhauled", "streamlined", "organised", "organized", "coordinated", "negotiated",
	"partnered", "collaborated", "presented", "published", "trained", "coached", "supervised", "oversaw", "headed", "spearheaded", "championed", "pioneered", "invented", "prototyped", "debugged",
	"fixed", "resolved", "diagnosed", "investigated", "analysed", "analyzed", "measured", "benchmarked", "profiled", "tuned", "optimised", "optimized", "secured", "hardened", "audited", "documented",
	"authored", "ported", "containerised", "containerized", "upgraded", "patched", "maintained", "operated", "instrumented", "triaged", "restructured", "reorganised", "reorganized", "merged",
	"unblocked", "accelerated", "wired", "rolled", "turned", "helped", "worked", "contributed", "taught", "wrote", "handled", "cleaned", "added", "rewired", "onboarded", "shrank", "sped", "untangled",
	"convinced", "persuaded", "recruited", "grown", "architected", "drafted", "ran", "set", "replatformed", "de-risked", "derisked",
]);
const AMBIGUOUS_PAST = new Set([
	"automated", "unified", "integrated", "embedded", "distributed", "centralised", "centralized", "standardised", "standardized", "simplified", "customised", "customized", "dedicated", "advanced",
	"detailed", "extended", "shared", "combined", "connected", "managed", "planned", "scheduled", "tested", "mixed", "structured", "automated", "localised", "localized", "versioned", "typed",
	"tiered", "layered", "balanced", "cached", "sharded", "hosted", "self-hosted", "paid", "published", "rolled", "trained", "tuned", "signed", "closed", "open-sourced", "compiled", "generated",
]);

/** Base forms that start a goal ("Reduce pager noise", "Keep costs flat"); nouns hardly ever. */
const BASE_VERBS = new Set([
	"reduce", "migrate", "improve", "automate", "replace", "retire", "consolidate", "modernise", "modernize", "simplify", "standardise", "standardize", "unify", "stabilise", "stabilize", "eliminate",
	"untangle", "get", "make", "keep", "bring", "move", "lower", "prevent", "avoid", "stop", "remove", "shrink", "increase", "decrease", "hire", "grow", "speed", "onboard", "deliver", "adopt",
	"introduce", "deprecate", "rewrite", "rebuild", "reorganise", "reorganize", "design", "define", "establish", "create", "find", "cut", "ship", "scale", "build", "run", "lead", "own", "manage",
	"maintain", "launch", "fix", "hit", "meet", "roll", "split", "support", "handle", "drive", "turn", "add", "raise", "harden", "secure", "document", "test", "measure", "monitor",
]);
/** Of BASE_VERBS, those that are nouns just as often ("Build times", "Test coverage"). */
const AMBIGUOUS_BASE = new Set(["cut", "ship", "scale", "build", "run", "lead", "own", "launch", "fix", "hit", "roll", "split", "support", "drive", "turn", "add", "raise", "grow", "speed", "hire", "design", "test", "measure", "monitor", "document", "find", "handle", "meet", "increase", "decrease", "design", "manage", "secure"]);

/**
 * Words that start notes and are never names, so a capital before them is only the start of the
 * note. Anything else capitalised keeps its capital ("Kubernetes", "CI", "Brightline").
 */
const ORDINARY = new Set([
	...DETERMINERS, "see", "what", "how", "why", "when", "where", "which", "whether", "who", "if", "not", "also", "only", "just", "very", "too", "still", "even", "already", "again", "almost", "about",
	"new", "old", "big", "small", "large", "long", "short", "high", "low", "fast", "slow", "good", "bad", "better", "best", "worse", "worst", "first", "last", "next", "main", "major", "minor",
	"hard", "easy", "real", "full", "whole", "early", "late", "weekly", "daily", "nightly", "monthly", "quarterly", "yearly", "annual", "open", "shared", "same", "different", "own", "current", "legacy",
	"flaky", "slow", "noisy", "manual", "internal", "external", "public", "private", "remote", "global", "local", "mobile", "cloud", "web", "data", "team", "teams", "people", "customer", "customers",
	"user", "users", "client", "clients", "product", "products", "platform", "platforms", "service", "services", "system", "systems", "tool", "tools", "tooling", "code", "test", "tests", "build",
	"builds", "release", "releases", "deploy", "deploys", "deployment", "deployments", "pipeline", "pipelines", "cost", "costs", "budget", "budgets", "time", "times", "speed", "scale", "growth",
	"hiring", "onboarding", "on-call", "oncall", "incident", "incidents", "outage", "outages", "latency", "uptime", "downtime", "reliability", "security", "privacy", "compliance", "quality", "power",
	"battery", "memory", "storage", "network", "networking", "database", "databases", "query", "queries", "report", "reports", "reporting", "dashboard", "dashboards", "metric", "metrics", "alert",
	"alerts", "alerting", "log", "logs", "logging", "monitoring", "observability", "migration", "migrations", "upgrade", "upgrades", "rollout", "rollouts", "roadmap", "strategy", "plan", "plans",
	"process", "processes", "review", "reviews", "design", "designs", "architecture", "debt", "tech", "technical", "engineering", "engineers", "engineer", "manager", "managers", "management",
	"leadership", "mentoring", "culture", "communication", "stakeholder", "stakeholders", "sales", "marketing", "support", "finance", "legal", "ops", "operations", "research", "analytics", "analysts",
	"analyst", "model", "models", "training", "inference", "experiment", "experiments", "feature", "features", "bug", "bugs", "backlog", "sprint", "sprints", "ticket", "tickets", "queue", "queues",
	"job", "jobs", "batch", "stream", "streaming", "cache", "caching", "config", "configuration", "firmware", "hardware", "software", "sensor", "sensors", "board", "boards", "device", "devices",
	"robot", "robots", "fleet", "warehouse", "factory", "supply", "vendor", "vendors", "contract", "contracts", "pricing", "revenue", "margin", "margins", "churn", "retention", "conversion",
	"checkout", "payments", "payment", "billing", "search", "ranking", "recommendations", "content", "design", "accessibility", "documentation", "docs", "api", "apis", "integration", "integrations",
	"partner", "partners", "partnership", "partnerships", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "half", "dozens", "hundreds", "several", "nobody", "everyone",
	"someone", "something", "nothing", "everything", "getting", "keeping", "making", "moving", "cutting", "shipping", "building", "running", "scaling", "reducing", "untangling", "reproducing",
	"cross-team", "end-to-end", "long-term", "short-term", "real-time", "multi-region", "single", "double", "triple", "senior", "junior", "lead", "staff", "principal", "hiring", "decision", "decisions",
	"offer", "offers", "interview", "interviews", "candidate", "candidates", "round", "rounds", "call", "calls", "panel", "final", "onsite", "feedback", "debrief", "debriefs", "reference", "references",
	"week", "weeks", "month", "months", "day", "days", "year", "years", "quarter", "quarters", "tomorrow", "today", "soon", "later", "next", "recruiter", "hr", "exec", "ceo", "cto",
]);
/** -ing words that name a thing when a noun follows: "Hiring plan", "Billing system", "Training runs". */
const ING_NOUNS = new Set([
	"hiring", "onboarding", "logging", "monitoring", "alerting", "testing", "streaming", "billing", "training", "reporting", "caching", "networking", "mentoring", "pricing", "ranking", "routing",
	"scheduling", "scaling", "shipping", "planning", "building", "engineering", "marketing", "accounting", "budgeting", "forecasting", "tracing", "packaging", "publishing", "booking", "parking",
	"staging", "mapping", "matching", "messaging", "queueing", "queuing", "rendering", "tooling", "funding", "learning", "computing", "processing",
]);
const NOT_ORDINARY_SUFFIX = new Set(["kubernetes", "jenkins", "ansible", "kafka"]);

/** Names and terms that keep their capital wherever they stand. */
const PROPER = new Set([
	"kubernetes", "linux", "unix", "python", "java", "javascript", "typescript", "kotlin", "scala", "swift", "ruby", "rails", "rust", "golang", "erlang", "elixir", "haskell", "clojure", "perl", "php",
	"kafka", "postgres", "postgresql", "mysql", "redis", "terraform", "docker", "azure", "google", "amazon", "microsoft", "apple", "android", "windows", "excel", "salesforce", "snowflake", "spark",
	"airflow", "react", "angular", "vue", "node", "elasticsearch", "grafana", "prometheus", "jenkins", "ansible", "helm", "istio", "envoy", "nginx", "django", "flask", "spring", "oracle", "jira",
	"confluence", "slack", "figma", "tableau", "looker", "databricks", "bigquery", "dbt", "hadoop", "hive", "presto", "trino", "cassandra", "mongodb", "dynamodb", "lambda", "github", "gitlab",
	"bitbucket", "zephyr", "freertos", "yocto", "arduino", "matlab", "simulink", "solidworks", "excel", "sap", "workday", "zendesk", "hubspot", "shopify", "stripe", "twilio", "openai", "pytorch",
	"tensorflow", "jax", "cuda", "nvidia", "intel", "arm", "qualcomm", "bluetooth", "wi-fi", "wifi", "ethernet", "europe", "european", "america", "american", "asia", "africa", "emea", "apac",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
	"december", "english", "french", "german", "spanish", "chinese", "japanese", "christmas", "easter", "i",
]);

const MASS_SUFFIX = /(?:ing|ment|ness|ity|ance|ence|ancy|ency|ship|ism|ics|ware|ure|dom)$/;
const MASS = new Set([
	"cost", "data", "code", "latency", "automation", "documentation", "observability", "reliability", "performance", "security", "infrastructure", "software", "hardware", "firmware", "research",
	"design", "tooling", "testing", "safety", "quality", "power", "traffic", "debt", "growth", "churn", "revenue", "compliance", "privacy", "uptime", "downtime", "throughput", "capacity", "config",
	"configuration", "ci", "cd", "onboarding", "on-call", "oncall", "hiring", "scale", "speed", "work", "feedback", "visibility", "ownership", "accountability", "alignment", "communication", "trust",
	"support", "logging", "monitoring", "alerting", "inference", "training", "storage", "memory", "bandwidth", "calibration", "compute", "spend", "pricing", "billing", "search", "content", "process",
]);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A token without the punctuation around it: `"Kubernetes,"` → `Kubernetes`. */
function core(token: string): string {
	let start = 0;
	let end = token.length;
	while (start < end && !WORD_CHAR.test(token[start])) start++;
	while (end > start && !WORD_CHAR.test(token[end - 1])) end--;
	return token.slice(start, end);
}

function lower(token: string): string {
	return core(token).toLowerCase();
}

/** True when the word is written as a name or an acronym: "CI", "GitHub", "K8s", "iOS". */
function looksProper(word: string): boolean {
	const w = core(word);
	if (w === "") return false;
	if (/\d/.test(w) && /\p{L}/u.test(w)) return true;
	if (/^\p{Ll}/u.test(w)) return /\p{Lu}/u.test(w.slice(1));
	return /\p{Lu}/u.test(w.slice(1).replace(/'s$/, ""));
}

export interface Context {
	/** Names that keep their capital: the company, the people of the note, the user. */
	names?: readonly string[];
}

function nameWords(context: Context | undefined): Set<string> {
	const out = new Set<string>();
	for (const name of context?.names ?? []) {
		for (const w of name.split(/[\s/]+/)) if (w !== "") out.add(lower(w));
	}
	return out;
}

type Case = "lower" | "keep" | "unsure";

/** How a note's first word is written in the middle of a sentence. */
function firstWordCase(words: string[], all: string, names: Set<string>): Case {
	const first = words[0];
	const w = core(first);
	const l = w.toLowerCase();
	if (w === "" || /^\P{L}/u.test(w)) return "keep";
	if (/^\p{Ll}/u.test(w)) return "keep";
	if (looksProper(first) || PROPER.has(l) || names.has(l) || names.has(l.replace(/'s$/, ""))) return "keep";
	if (ORDINARY.has(l) || BASE_VERBS.has(l) || PAST.has(l) || AMBIGUOUS_PAST.has(l) || SUBJECT_PRONOUNS.has(l)) return "lower";
	// Capitalised again later in the note, mid-sentence: a name.
	if (capitalisedLater(all, w)) return "keep";
	if (/'s$/.test(l)) return ORDINARY.has(l.slice(0, -2)) ? "lower" : "keep";
	// Endings of ordinary words; short words ("Red", "Ted") and "-eed" ("Speed", "Reed") are often names.
	if (!NOT_ORDINARY_SUFFIX.has(l) && l.length >= 5 && !l.endsWith("eed") && /^\p{L}[\p{Ll}-]*(?:ing|ed|ly|tion|sion|ment|ness|ity|ance|ence|ancy|ency|ship|ism|able|ible|ful|less|ive|ous|al|ary|ory|ics|ies)$/u.test(w)) {
		return "lower";
	}
	return "unsure";
}

function capitalisedLater(all: string, word: string): boolean {
	for (let at = all.indexOf(` ${word}`, 1); at !== -1; at = all.indexOf(` ${word}`, at + 1)) {
		const before = all[at - 1];
		const after = all[at + 1 + word.length];
		if ((before === "," || /\p{Ll}/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
	}
	return false;
}

// ---------------------------------------------------------------- shapes

/**
 * What a piece of a note is, grammatically:
 * - `noun`: a noun phrase ("Power budget on the new sensor board", "CI that takes 50 minutes")
 * - `gerund`: an -ing phrase ("Keeping arm calibration inside ±0.05 mm")
 * - `goal`: a verb in its base form ("Reduce pager noise", "Keep costs flat")
 * - `action`: what the user did, a past tense with no subject ("Led the rollout", "Built the checker")
 * - `clause`: a sentence with its own subject ("Their cloud bill grew 40%", "We cut costs 28%")
 * - `fragment`: nothing a sentence can carry ("60", "40%", "?")
 */
export type Shape = "noun" | "gerund" | "goal" | "action" | "clause" | "fragment";

export interface Piece {
	/** Plain text, no closing punctuation, first word as written. */
	text: string;
	shape: Shape;
	/** How the first word reads mid-sentence. */
	firstCase: Case;
	/** For a clause: its subject is the speaker or the two of them ("I", "we"). */
	firstPerson: boolean;
	/** Goes without an added article: its first word may be a name. */
	bare?: boolean;
	/** The note asked it as a question. */
	question?: boolean;
}

function startsObject(word: string | undefined): boolean {
	if (word === undefined) return false;
	const l = lower(word);
	if (DETERMINERS.has(l) || OBJECT_PRONOUNS.has(l)) return true;
	if (/^[\d$€£~±<>]/.test(word)) return true;
	// A possessive name: "Brightline's billing jobs".
	return /^\p{Lu}[\p{L}\d-]*['’]s[,.;:]?$/u.test(word);
}

function shapeOf(text: string, names: Set<string>): Piece {
	const words = text.split(" ");
	const first = lower(words[0]);
	const second = words[1];
	const firstCase = firstWordCase(words, text, names);
	const piece = (shape: Shape, firstPerson = false): Piece => ({ text, shape, firstCase, firstPerson });
	if (!words.some((w) => /\p{L}{2}/u.test(w))) return piece("fragment");
	// "why we're hiring", "how releases get approved": an indirect question names a topic.
	if (/^(?:why|how|what|where|when|who|whether)$/.test(first) && lower(second ?? "") !== "to") return piece("noun");
	if (SUBJECT_PRONOUNS.has(first) && words.length > 1) return piece("clause", /^(?:i|we|i'm|we're|i've|we've|i'd|we'd|i'll|we'll)$/.test(first));
	if (first === "my" || first === "our") {
		// "My team consolidated them": a past tense after the user's own noun is the verb.
		const past = words.findIndex((w, i) => i > 1 && PAST.has(lower(w)) && !DETERMINERS.has(lower(words[i - 1])));
		if (hasFiniteVerb(words, 1) || (past !== -1 && !words.slice(1, past).some((w) => SUBORDINATORS.has(lower(w))))) return piece("clause", true);
		return piece("noun");
	}
	if (PAST.has(first) && !AMBIGUOUS_PAST.has(first) && words.length > 1) {
		// "Set of dashboards" is not an action, "Set up the on-call rotation" is.
		if (first !== "set" || startsObject(second) || lower(second ?? "") === "up") return piece("action");
	}
	if ((AMBIGUOUS_PAST.has(first) || (/^\p{L}[\p{L}-]*[^e\s]ed$/u.test(first) && !PAST.has(first))) && startsObject(second)) return piece("action");
	const nounAfter = second !== undefined && !startsObject(second) && !PARTICLES.has(lower(second)) && !SUBORDINATORS.has(lower(second));
	if (/^\p{L}[\p{L}-]*ing$/u.test(first) && first.length > 4 && !(ING_NOUNS.has(first) && nounAfter)) {
		return piece(hasFiniteVerb(words, 1, true) ? "clause" : "gerund");
	}
	if (BASE_VERBS.has(first) && words.length > 1) {
		const next = lower(second ?? "");
		if (!AMBIGUOUS_BASE.has(first) || startsObject(second) || PARTICLES.has(next)) return piece("goal");
	}
	if (hasFiniteVerb(words, 1)) return piece("clause");
	return piece("noun");
}

/** A verb of the main clause at or after `from`: one inside a relative or subordinate clause does not count. */
function hasFiniteVerb(words: string[], from: number, strictOnly = false): boolean {
	for (let i = from; i < words.length; i++) {
		const l = lower(words[i]);
		if (SUBORDINATORS.has(l)) return false;
		if (FINITE.has(l) || /(?:n't|'re|'ve|'ll)$/.test(l.replace(/’/g, "'"))) return true;
		if (strictOnly) continue;
		if (FINITE_AFTER_NOUN.has(l) && i > 0 && !DETERMINERS.has(lower(words[i - 1])) && /\p{L}/u.test(words[i - 1])) return true;
	}
	return false;
}

// ---------------------------------------------------------------- person

const THIRD_TO_SECOND: Readonly<Record<string, string>> = {
	they: "you",
	their: "your",
	theirs: "yours",
	"they're": "you're",
	"they've": "you've",
	"they'll": "you'll",
	"they'd": "you'd",
};

const NOT_PLURAL = new Set(["this", "thus", "has", "was", "does", "yes", "plus", "always", "sometimes", "perhaps", "towards", "across", "besides", "unless", "whereas", "lots", "its", "his", "hers", "ours", "yours"]);
const CLAUSE_BREAK = new Set(["and", "but", "so", "because", "while"]);

/** A word that names several things ("analysts", "upgrades"): "their" after it is theirs, not the team's. */
function looksPlural(word: string): boolean {
	return word.length > 3 && /[^su']s$/.test(word) && !NOT_PLURAL.has(word);
}

/**
 * "their cloud bill" → "your cloud bill": notes about the reader's team, said to them. "They" and
 * "their" after a plural noun of the same clause ("analysts ... their own") stay as written, and
 * so do "them" and "themselves", which point at things and people in the note far more often.
 * One pass over the words.
 */
export function toSecondPerson(text: string): string {
	const parts = text.split(/(\s+)/);
	let pluralSeen = false;
	for (let i = 0; i < parts.length; i += 2) {
		const token = parts[i];
		const m = /^([^\p{L}'’]*)(they(?:['’](?:re|ve|ll|d))?|theirs?)([^\p{L}'’]*)$/iu.exec(token);
		if (m && !pluralSeen) {
			const word = m[2];
			const swapped = THIRD_TO_SECOND[word.toLowerCase().replace("’", "'")];
			const apostrophe = word.includes("’") ? swapped.replace("'", "’") : swapped;
			parts[i] = m[1] + (/^\p{Lu}/u.test(word) ? apostrophe[0].toUpperCase() + apostrophe.slice(1) : apostrophe) + m[3];
		}
		const bare = token.toLowerCase().replace(/[^a-z']/g, "");
		if (/[;:,.]$/.test(token) || CLAUSE_BREAK.has(bare)) pluralSeen = false;
		else if (looksPlural(bare)) pluralSeen = true;
	}
	return parts.join("");
}

// ---------------------------------------------------------------- fitting

export interface FitOptions extends Context {
	/** The note speaks of the reader's team ("their"), which the message calls "your". */
	secondPerson?: boolean;
	/** The reader's names: "Dana wants fewer pages" becomes "you want fewer pages" in a letter to Dana. */
	reader?: readonly string[];
}

const BASE_FORM: Readonly<Record<string, string>> = {
	has: "have", is: "are", was: "were", does: "do", "doesn't": "don't", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
};
const MODALS = new Set(["will", "would", "can", "could", "should", "may", "might", "must", "won't", "can't", "wouldn't", "couldn't", "shouldn't"]);

/** The verb as "you" takes it: "wants" → "want", "is" → "are", "said" → "said". Null when the word is no verb. */
function withYou(verb: string): string | null {
	const l = verb.toLowerCase();
	if (BASE_FORM[l]) return BASE_FORM[l];
	if (MODALS.has(l) || FINITE.has(l) && !l.endsWith("s") || PAST.has(l) || /^[a-z]{3,}ed$/.test(l)) return l;
	if (!/^[a-z]{3,}s$/.test(l) || /ss$/.test(l)) return null;
	if (/ies$/.test(l)) return l.slice(0, -3) + "y";
	if (/(?:ches|shes|sses|xes|zes|oes)$/.test(l)) return l.slice(0, -2);
	return l.slice(0, -1);
}

/** "Dana wants fewer pages" → "you want fewer pages", when Dana reads it: a note about the reader, said to them. */
export function readerAsYou(text: string, reader: readonly string[]): string {
	let out = text;
	for (const name of [...reader].filter((n) => n.trim() !== "").sort((a, b) => b.length - a.length)) {
		if (!out.startsWith(`${name} `)) continue;
		const rest = out.slice(name.length + 1);
		const verb = /^[A-Z']+/i.exec(rest)?.[0] ?? "";
		const base = withYou(verb);
		if (base === null) continue;
		out = `you ${base}${rest.slice(verb.length)}`;
		break;
	}
	return out;
}

/** A note, cleaned and cut into pieces, ready to be fitted into sentences. */
export interface FittedNote {
	pieces: Piece[];
	/** Text left out because no sentence can carry it ("60"). */
	leftOut: string[];
}

/** Reads a note once: markdown gone, list items and sentences apart, each piece's shape known. */
export function fitNote(text: string | undefined, options: FitOptions = {}): FittedNote {
	const names = nameWords(options);
	const pieces: Piece[] = [];
	const leftOut: string[] = [];
	for (const item of noteItems(text)) {
		for (const segment of segmentsOf(item)) {
			const bare = trimTrailing(segment, " .,;:!?…—–-");
			const question = segment.slice(bare.length).includes("?");
			const plain = bare.trim();
			// "see the case study (url)" points at a link the attachments carry: not a sentence of the letter.
			if (/^(?:see|cf\.?|ref:?)\s/i.test(plain)) continue;
			// "we talked about GPU scheduling a lot" is shorthand for the topic itself.
			const talked = /^(?:we |i )?(?:talked|spoke|chatted|discussed|went deep|dug)(?: (?:a lot|at length|mostly|mainly|in depth))? (?:about |on |into )?/i.exec(plain);
			if (talked && options.secondPerson && talked[0].length < plain.length) {
				const rest = plain.slice(talked[0].length).replace(/ (?:a lot|at length|mostly|for ages)$/i, "");
				const topic = shapeOf(rest, names);
				if (topic.shape === "noun" || topic.shape === "gerund") {
					pieces.push(topic);
					continue;
				}
			}
			let said = options.secondPerson ? toSecondPerson(plain) : plain;
			if (options.reader) said = readerAsYou(said, options.reader);
			if (options.secondPerson && SUBJECTLESS.has(lower(said.split(" ")[0])) && said.includes(" ")) said = `your team ${said[0].toLowerCase()}${said.slice(1)}`;
			const piece = shapeOf(said, names);
			if (question) piece.question = true;
			if (piece.shape === "fragment") leftOut.push(plain);
			else pieces.push(piece);
		}
	}
	return { pieces, leftOut };
}

/** The piece's first word as the middle of a sentence needs it; null when its case is unknown. */
function midSentence(piece: Piece): string | null {
	if (piece.firstCase === "unsure") return null;
	if (piece.firstCase === "keep") return piece.text;
	return piece.text[0].toLowerCase() + piece.text.slice(1);
}

/** A piece at the start of a sentence. */
function capitalised(text: string): string {
	return text.replace(/^(\P{L}*)(\p{Ll})/u, (_m, lead: string, c: string) => lead + c.toUpperCase());
}

/** A sentence ends with one mark, never two. */
export function sentence(text: string): string {
	const t = trimTrailing(text.trim(), " ,;:");
	if (/[.!?…]["'”’)]*$/.test(t)) return capitalised(t);
	return capitalised(t) + ".";
}

/** Words of the phrase before its first preposition, relative or verb: where its head noun stands. */
function headGroup(words: string[]): string[] {
	const out: string[] = [];
	for (const w of words) {
		const l = lower(w);
		if (out.length > 0 && (SUBORDINATORS.has(l) || /^(?:at|for|in|on|of|from|by|across|into|over|under|between|per|via|i|we|and|or)$/.test(l))) break;
		out.push(w);
		if (/[,;:]$/.test(w)) break;
	}
	return out;
}

/**
 * A noun phrase as it reads after "about" or "of": "Power budget on the new sensor board" becomes
 * "the power budget on the new sensor board"; plurals, mass nouns and names go without an article.
 */
function withArticle(piece: Piece): string | null {
	const text = midSentence(piece);
	if (text === null) return null;
	if (piece.bare) return text;
	const words = text.split(" ");
	const first = lower(words[0]);
	if (DETERMINERS.has(first) || /^\p{L}+['’]s$/u.test(core(words[0])) || /^[\d$€£~±]/.test(words[0]) || OBJECT_PRONOUNS.has(first)) return text;
	const head = headGroup(words);
	const last = core(head[head.length - 1] ?? "");
	const l = last.toLowerCase();
	if (piece.firstCase === "keep" && head.length === 1) return text;
	if (looksProper(last) || PROPER.has(l)) return text;
	if (/[^s]s$/.test(l) && !/(?:ss|us|is)$/.test(l)) return text;
	if (MASS.has(l) || MASS_SUFFIX.test(l)) return text;
	return `the ${text}`;
}

/** The note's pieces of one kind, first to last. */
function piecesOf(note: FittedNote, shapes: Shape[]): Piece[] {
	return note.pieces.filter((p) => shapes.includes(p.shape));
}

/**
 * What the note is about, as a noun phrase for the middle of a sentence ("our conversation about
 * ..."): the first piece when it is a noun, an -ing phrase or a goal ("how to reduce pager
 * noise"); several short noun items of a list are joined ("latency, cost and on-call load").
 * Null when the note has no such piece or its first word might be a name we cannot place.
 */
export function topicOf(note: FittedNote, options: { maxWords?: number; atStart?: boolean } = {}): string | null {
	const first = note.pieces[0];
	if (!first) return null;
	const maxWords = options.maxWords ?? 30;
	// At the start of a sentence a word of unknown case can stand as written.
	const fit = (p: Piece): Piece => (options.atStart && p.firstCase === "unsure" ? { ...p, firstCase: "keep", bare: true } : p);
	let topic: string | null;
	if (first.shape === "noun") {
		const nouns: string[] = [];
		for (const p of note.pieces) {
			if (p.shape !== "noun" || p.text.split(" ").length > 6) break;
			const t = withArticle(fit(p));
			if (t === null) break;
			nouns.push(t);
		}
		const allNouns = note.pieces.filter((p) => p.shape === "noun").length;
		topic = nouns.length > 1 && nouns.length === allNouns && nouns.length <= 4 ? joinList(nouns) : withArticle(fit(first));
	} else if (first.shape === "gerund") topic = midSentence(fit(first));
	else if (first.shape === "goal") {
		const t = midSentence(fit(first));
		topic = t === null ? null : `how to ${t}`;
	} else topic = null;
	if (topic === null || topic.split(" ").length > maxWords) return null;
	return options.atStart ? capitalised(topic) : topic;
}

/**
 * What they told you, as "that"-clauses in the reader's person: "your cloud bill grew 40%". Clauses
 * whose subject is "I" or "we" are left to `ownSentences`.
 */
export function reportedClauses(note: FittedNote): string[] {
	return piecesOf(note, ["clause"])
		.filter((p) => !p.firstPerson)
		.flatMap((p) => {
			const t = midSentence(p);
			return t === null ? [] : [t];
		});
}

/** Every piece the topic and reported clauses leave out, as sentences of its own ("We talked about SSO."). */
export function ownSentences(note: FittedNote): string[] {
	return piecesOf(note, ["clause"])
		.filter((p) => p.firstPerson)
		.map((p) => sentence(p.question ? `${p.text}?` : p.text));
}

/** "a, b and c". */
export function joinList(items: string[]): string {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------- the user's experience

/** How the user's experience (`highlight`) reads in a message. */
export interface Experience {
	/** As a sentence of its own: "I led the staged rollout.", "We cut costs by 28%." Null for a noun phrase. */
	statement: string | null;
	/**
	 * As a noun phrase after "of" or "from": "the tolerance stack-up checker I built", "my
	 * experience pinning data snapshots", "the work I did when I led the rollout". Null when none reads right.
	 */
	reference: string | null;
	/** Any further pieces, each a sentence of its own. */
	more: string[];
}

/**
 * The user's highlight as their experience. "Built the checker" is the user's action ("I built the
 * checker"); a noun phrase ("Embedded Linux port at Brightline") stays a noun phrase. Words such as
 * "our analysts" stay the user's.
 */
export function experienceOf(text: string | undefined, context: Context = {}): Experience & { leftOut: string[] } {
	const note = fitNote(text, context);
	const [first, ...rest] = note.pieces;
	const more = rest.map((p) => sentence(p.shape === "action" ? `I ${lowerFirstWord(p)}` : p.text));
	if (!first) return { statement: null, reference: null, more: [], leftOut: note.leftOut };
	let statement: string | null = null;
	let reference: string | null = null;
	switch (first.shape) {
		case "action": {
			const verbPhrase = lowerFirstWord(first);
			statement = sentence(`I ${verbPhrase}`);
			reference = `the time I ${verbPhrase}`;
			break;
		}
		case "clause":
			statement = sentence(first.text);
			break;
		case "goal": {
			const verbPhrase = lowerFirstWord(first);
			statement = sentence(`I ${verbPhrase}`);
			break;
		}
		case "gerund": {
			const t = midSentence(first);
			reference = t === null ? null : `my experience ${t}`;
			break;
		}
		case "noun": {
			// The user's own work: "my embedded Linux port", "my work on unified logging".
			const mid = midSentence(first);
			const withThe = withArticle(first);
			if (mid === null || withThe === null) reference = null;
			else if (withThe === mid) reference = DETERMINERS.has(lower(mid.split(" ")[0])) || /^\p{L}+['’]s$/u.test(core(mid.split(" ")[0])) ? mid : `my work on ${mid}`;
			else reference = `my ${mid}`;
			break;
		}
		case "fragment":
			break;
	}
	// What follows a statement belongs to it ("I redesigned the flow. Activation went from 31% to 44%.").
	if (statement !== null && more.length > 0) return { statement: [statement, ...more].join(" "), reference, more: [], leftOut: note.leftOut };
	return { statement, reference, more, leftOut: note.leftOut };
}

/** A verb phrase's first word in lower case: verbs are never names. */
function lowerFirstWord(piece: Piece): string {
	return piece.firstCase === "keep" && looksProper(piece.text.split(" ")[0]) ? piece.text : piece.text[0].toLowerCase() + piece.text.slice(1);
}

// ---------------------------------------------------------------- attachments

/** What an attachment is, from its name or address: said with its purpose, never as a bare list. */
export type AttachmentKind = "image" | "document" | "slides" | "press" | "letter" | "code" | "video" | "link";

export function attachmentKind(name: string, url: string | null): AttachmentKind {
	const text = `${name} ${url ?? ""}`.toLowerCase();
	if (/recommendation|reference letter|\bletter\b|testimonial/.test(text)) return "letter";
	if (/press|news|announce|launch-|\/blog\//.test(text) && url !== null) return "press";
	if (/\bpress[- ]release\b/.test(text)) return "press";
	if (/\.(?:png|jpe?g|gif|svg|webp|heic|drawio|excalidraw)\b/.test(text) || /\b(?:diagram|drawing|sketch|schematic|design|mock-?up|screenshot)\b/.test(text)) return "image";
	if (/\.(?:pptx?|key)\b|\bslides?\b|\bdeck\b/.test(text)) return "slides";
	if (/github\.com|gitlab\.com|\brepo(?:sitory)?\b|\.zip\b/.test(text)) return "code";
	if (/youtube|vimeo|loom\.com|\.mp4\b|\.mov\b|\bvideo\b|\bdemo\b/.test(text)) return "video";
	if (/\.(?:pdf|docx?|md|txt|pages)\b|\bwrite-?up\b|\bpaper\b|\breport\b|\bcase study\b/.test(text)) return "document";
	return "link";
}

/** A file's name as words: "Tolerance stack-up.png" → "tolerance stack-up". */
export function fileTitle(name: string): string {
	const base = name.replace(/^.*\//, "").replace(/\.[a-z0-9]{1,5}$/i, "").replace(/_+/g, " ").trim();
	const words = base.split(" ");
	if (words.length > 0 && !looksProper(words[0]) && !PROPER.has(words[0].toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[0])) {
		words[0] = words[0].toLowerCase();
	}
	return words.join(" ");
}

// ---------------------------------------------------------------- what they told you

const BACKSHIFT: Readonly<Record<string, string>> = {
	will: "would",
	"won't": "wouldn't",
	can: "could",
	"can't": "couldn't",
	is: "was",
	are: "were",
	"isn't": "wasn't",
	"aren't": "weren't",
	has: "had",
	have: "had",
};

/**
 * What the user was told about next steps, as a message to the person who told them reports it:
 * "Hannah will let me know early next week" to Hannah becomes "you would let me know early next
 * week"; "Decision early next week" becomes "the decision early next week". Null when it does not fit.
 */
export function reportedNextSteps(text: string | undefined, reader: { names: string[] } & Context): { topic: string | null; clauses: string[] } {
	// "Lena to send a take-home by Monday" is shorthand for "Lena would send ...".
	const prepared = noteItems(text)
		.map((item) => item.replace(/^((?:[\p{L}.'’-]+ ){0,2}[\p{L}.'’-]+) to (?=\p{Ll}{2,} )/u, (_m, who: string) => (SUBJECT_PRONOUNS.has(lower(who)) || BASE_VERBS.has(lower(who.split(" ")[0])) ? _m : `${who} will `)))
		.join("\n");
	const note = fitNote(prepared, { ...reader, secondPerson: true, reader: reader.names });
	const clauses = note.pieces
		.filter((p) => p.shape === "clause" && !p.firstPerson)
		.flatMap((p) => {
			const t = midSentence(p);
			return t === null ? [] : [withSubjectArticle(t)];
		})
		.map((c) =>
			c
				.replace(/(^|\s)(will|won't|can|can't|is|are|isn't|aren't)(?=\s|$)/g, (_m, s: string, w: string) => s + BACKSHIFT[w])
				.replace(/(\p{L})['’]ll(?=\s)/gu, "$1 would"),
		);
	return { topic: note.pieces[0]?.shape === "noun" ? topicOf(note, { maxWords: 16 }) : null, clauses };
}

/** "recruiter would call Friday" → "the recruiter would call Friday": a bare singular subject gets its article. */
function withSubjectArticle(clause: string): string {
	const words = clause.split(" ");
	const verbAt = words.findIndex((w, i) => i > 0 && (FINITE.has(lower(w)) || MODALS.has(lower(w))));
	if (verbAt <= 0) return clause;
	const subject = words.slice(0, verbAt).join(" ");
	if (!/^\p{Ll}/u.test(subject) || SUBJECT_PRONOUNS.has(lower(words[0]))) return clause;
	const fitted = withArticle({ text: subject, shape: "noun", firstCase: "lower", firstPerson: false });
	return fitted === null ? clause : [fitted, ...words.slice(verbAt)].join(" ");
}

/**
 * A title ("Tolerance stack-up", "Brightline launch deck") as a noun phrase with its article:
 * "the tolerance stack-up". Null when its first word might be a name we cannot place.
 */
export function titlePhrase(title: string, context: Context = {}): string | null {
	const text = title.trim();
	if (text === "") return null;
	const words = text.split(" ");
	const firstCase = firstWordCase(words, text, nameWords(context));
	if (firstCase === "unsure") return null;
	const piece: Piece = { text, shape: "noun", firstCase, firstPerson: false };
	const mid = midSentence(piece);
	if (mid === null) return null;
	return DETERMINERS.has(lower(words[0])) ? mid : `the ${mid}`;
}

/**
 * A whole note as one phrase for the middle of a sentence, for templates that place it themselves
 * (`{{interviewer.focus}}`): plain text, items joined, no closing mark, a first capital lowered
 * only when the word is never a name. With `secondPerson`, "their" becomes "your".
 */
export function inlinePhrase(text: string | undefined, options: FitOptions = {}): string {
	const items = noteItems(text);
	let joined = "";
	for (const item of items) {
		const clean = trimTrailing(item, " .,;:");
		if (joined === "") joined = clean;
		else joined += /^\p{Ll}/u.test(clean) ? ` ${clean}` : `; ${clean}`;
	}
	if (joined === "") return "";
	if (options.secondPerson) joined = toSecondPerson(joined);
	const words = joined.split(" ");
	return firstWordCase(words, joined, nameWords(options)) === "lower" ? joined[0].toLowerCase() + joined.slice(1) : joined;
}
