// Generates the benchmark vault: 10,000 notes of about 2 KB in nested folders, 1,000 of them
// interviews, with person notes, ordinary notes with frontmatter of their own, and decoys that show
// `type: interview` in a code block. Deterministic: the same generator version gives the same vault.
import * as fs from "node:fs";
import * as path from "node:path";

/** Bump when the vault's content changes: the cached vault is then generated again. */
export const GENERATOR_VERSION = 1;

export const COUNTS = { notes: 10_000, interviews: 1_000, people: 600, decoys: 100, broken: 10 };

function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FIRST = ["Sam", "Lena", "Dana", "Marcus", "Priya", "Owen", "Ines", "Carla", "Raj", "Nina", "Tom", "Renee", "Hannah", "Derek", "Anita", "Maya", "Elena", "Victor", "Jane", "Ibrahim", "Kofi", "Yuki", "Lars", "Amara", "Diego", "Sofia", "Chen", "Fatima", "Noah", "Zara"];
const LAST = ["Lee", "Okafor", "Whitfield", "Oyelaran", "Natarajan", "Mercer", "Moreau", "Mendes", "Iyer", "Park", "Becker", "Alvarez", "Brooks", "Olsen", "Kowalski", "Chen", "Duarte", "Lang", "Holt", "Saleh", "Mensah", "Tanaka", "Berg", "Nwosu", "Ramos", "Rossi", "Wei", "Haddad", "Fischer", "Ahmed"];
const COMPANIES = ["Acme Robotics", "Globex", "Initech", "Hooli", "Umbrella Health", "Stark Industries", "Wayne Enterprises", "Cyberdyne", "Wonka Labs", "Soylent", "Vandelay", "Massive Dynamic", "Tyrell", "Aperture", "Black Mesa", "Oscorp", "Pied Piper", "Dunder Mifflin", "Gringotts", "Monarch"];
const ROLES = ["Platform engineer", "Staff engineer", "Backend developer", "Data engineer", "SRE", "Firmware engineer", "ML platform engineer", "Tooling engineer", "Engineering manager", "Frontend developer"];
const WORDS = "the team talked about latency budgets on-call rotations design reviews hiring plans migration roadmap customer incidents release trains code ownership testing strategy observability tooling onboarding mentoring quarterly goals cost savings reliability targets feature flags data pipelines schema changes backlog grooming retrospectives".split(" ");
const FORMATS = ["video", "onsite", "phone"];

function pick(r, list) {
	return list[Math.floor(r() * list.length)];
}

function pad(n) {
	return String(n).padStart(2, "0");
}

function localIso(d) {
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function sentence(r, n) {
	const words = [];
	for (let i = 0; i < n; i++) words.push(pick(r, WORDS));
	const s = words.join(" ");
	return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

/** Markdown body text of roughly `bytes` bytes. */
function body(r, bytes) {
	let out = "";
	while (out.length < bytes) {
		const kind = r();
		if (kind < 0.15) out += `\n## ${sentence(r, 3).slice(0, -1)}\n\n`;
		else if (kind < 0.4) out += `- ${sentence(r, 8)}\n`;
		else out += `${sentence(r, 12)} ${sentence(r, 10)}\n\n`;
	}
	return out;
}

function personName(i) {
	return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

function interviewNote(r, i, people) {
	const company = pick(r, COMPANIES);
	const role = pick(r, ROLES);
	const start = new Date(2026, 10, 25, 9, 0);
	start.setDate(start.getDate() - Math.floor(r() * 40) + 5);
	start.setHours(9 + Math.floor(r() * 8), r() < 0.5 ? 0 : 30);
	const end = new Date(start.getTime() + (45 + Math.floor(r() * 4) * 15) * 60_000);
	const contact = personName(Math.floor(r() * 900));
	const lines = ["---", `type: ${r() < 0.1 ? "Interview" : "interview"}`, `company: ${r() < 0.3 ? `"[[${company}]]"` : company}`, `role: "${role}"`];
	lines.push(`interview_start: ${localIso(start)}`, `interview_end: ${localIso(end)}`, `format: ${pick(r, FORMATS)}`);
	lines.push(`primary_contact: ${contact}`, `primary_contact_email: ${contact.toLowerCase().replace(/ /g, ".")}@${company.toLowerCase().replace(/[^a-z]/g, "")}.example`);
	lines.push("interviewers:");
	const n = 1 + Math.floor(r() * 3);
	for (let k = 0; k < n; k++) {
		if (r() < 0.3) {
			lines.push(`  - "[[${pick(r, people)}]]"`);
			continue;
		}
		const name = personName(Math.floor(r() * 900));
		lines.push(`  - name: ${name}`);
		if (r() < 0.85) lines.push(`    email: ${name.toLowerCase().replace(/ /g, ".")}@${company.toLowerCase().replace(/[^a-z]/g, "")}.example`);
		lines.push(`    title: ${pick(r, ROLES)}`, `    focus: ${sentence(r, 7).slice(0, -1)}`, `    highlight: ${sentence(r, 9).slice(0, -1)}`);
	}
	const stage = r();
	const sent = new Date(end.getTime() + 5 * 3600_000);
	lines.push(`next_steps: ${stage < 0.4 ? "" : "They will decide within two weeks"}`);
	lines.push(`decision_expected: ${stage > 0.7 ? localIso(new Date(end.getTime() + 10 * 86400_000)).slice(0, 10) : ""}`);
	lines.push(`thank_you_sent: ${stage > 0.3 ? localIso(sent) : ""}`);
	lines.push(`next_steps_asked:`, `check_in_sent: ${stage > 0.8 ? localIso(new Date(sent.getTime() + 8 * 86400_000)) : ""}`, `reply_received:`);
	lines.push(`status: ${stage > 0.95 ? "rejected" : "active"}`, `applied_on: ${localIso(new Date(start.getTime() - 20 * 86400_000)).slice(0, 10)}`, "---", "");
	const head = lines.join("\n");
	return `${head}\n# ${company}: ${role.toLowerCase()}\n\n${body(r, 2048 - head.length)}`;
}

function personNote(r, name) {
	const fm = ["---", "tags: [person]", `email: ${name.toLowerCase().replace(/ /g, ".")}@people.example`, `title: ${pick(r, ROLES)}`, `linkedin: https://www.linkedin.com/in/${name.toLowerCase().replace(/ /g, "-")}`, "---", ""].join("\n");
	return `${fm}\n# ${name}\n\n${body(r, 2048 - fm.length)}`;
}

function ordinaryNote(r, i) {
	const tags = [pick(r, ["project", "meeting", "reading", "idea", "journal"]), r() < 0.05 ? "interview-prep" : pick(r, ["work", "home", "later"])];
	const fm = ["---", `tags: [${tags.join(", ")}]`, `created: 2025-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}T${pad(i % 24)}:00`, `aliases: ["Note ${i}"]`, `status: ${pick(r, ["draft", "done", "someday"])}`, "---", ""].join("\n");
	const withFm = r() < 0.8;
	const text = `# Note ${i}\n\n${body(r, 2048 - (withFm ? fm.length : 0) - 12)}`;
	return withFm ? `${fm}\n${text}` : text;
}

function decoyNote(r, i) {
	const fm = ["---", "tags: [template-notes]", `created: 2025-03-${pad(1 + (i % 28))}`, "---", ""].join("\n");
	return `${fm}\n# How I write interview notes ${i}\n\nThe frontmatter I use:\n\n\`\`\`yaml\ntype: interview\ncompany: Example\ninterview_start: 2026-01-01T10:00\n\`\`\`\n\n${body(r, 1700)}`;
}

function brokenNote(r, i) {
	return `---\ntype: interview\ncompany: "Broken ${i}\ninterview_start: 2026-11-20T10:00\n---\n\n${body(r, 1900)}`;
}

function folderFor(r, i) {
	const top = pick(r, ["Projects", "Areas", "Archive", "Daily", "Reading", "Meetings"]);
	return `${top}/${String.fromCharCode(65 + (i % 20))}/${pad(i % 13)}`;
}

/** Writes the vault into `dir` (emptied first). */
export function generateVault(dir) {
	fs.rmSync(dir, { recursive: true, force: true });
	const r = rng(20261125);
	const write = (rel, text) => {
		const abs = path.join(dir, rel);
		fs.mkdirSync(path.dirname(abs), { recursive: true });
		fs.writeFileSync(abs, text);
	};
	write(".obsidian/templates.json", JSON.stringify({ folder: "Templates" }));
	write("Templates/Interview.md", "---\ntype: interview\ncompany:\nrole:\ninterview_start:\n---\n");
	const people = [];
	for (let i = 0; i < COUNTS.people; i++) {
		const name = personName(i);
		people.push(name);
		write(`People/${name.slice(0, 1)}/${name}.md`, personNote(r, name));
	}
	let written = COUNTS.people + 1;
	for (let i = 0; i < COUNTS.interviews; i++) {
		write(`Job search/Interviews/${2026 - (i % 2)}/${pad(1 + (i % 12))}/Interview ${i}.md`, interviewNote(r, i, people));
	}
	written += COUNTS.interviews;
	for (let i = 0; i < COUNTS.broken; i++) write(`Job search/Drafts/Broken ${i}.md`, brokenNote(r, i));
	for (let i = 0; i < COUNTS.decoys; i++) write(`Reading/How-to/Decoy ${i}.md`, decoyNote(r, i));
	written += COUNTS.broken + COUNTS.decoys;
	for (let i = 0; written < COUNTS.notes; i++, written++) write(`${folderFor(r, i)}/Note ${i}.md`, ordinaryNote(r, i));
}
