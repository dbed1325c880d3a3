// Drafts for notes written by people who did not write the wording: a review vault (nine
// interviews typed in a hurry, by a reader who then scored every draft), probes that repeat one
// pattern across panels of up to eleven, and a vault of new shapes. Every draft of every kind is
// an approval file read sentence by sentence; the probes are checked by rule.
import { format } from "date-fns";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Vault } from "../../src/cli/vault";
import { draftBlock } from "../../src/core/draft-block";
import { buildDrafts, LINKEDIN_NOTE_LIMIT, type Draft } from "../../src/core/drafts";
import { ACTION_KINDS, type Interview } from "../../src/core/types";
import { approve } from "../approvals/approve";
import { local } from "../builders/interview";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const NOW = local("2026-12-02T14:20");

function read(folder: string): { vault: Vault; interviews: Interview[] } {
	const vault = Vault.open(path.join(FIXTURES, folder), process.cwd(), { env: { INTERVIEW_FOLLOW_UP_CACHE: "0" } });
	const { interviews } = vault.readInterviews(Date.now());
	return { vault, interviews: interviews.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Every kind of draft for one note, as the note would receive them, with what the user is told. */
function everyKind(vault: Vault, interview: Interview): string {
	const out = [`# ${interview.title}`, "", `Written ${format(NOW, "EEEE d MMMM yyyy, HH:mm")}.`, ""];
	for (const kind of ACTION_KINDS) {
		const result = buildDrafts(interview, kind, { settings: vault.settings, now: NOW });
		out.push(`## ${kind}`, "");
		for (const d of result.drafts) out.push(draftBlock(d, NOW));
		if (result.problems.length > 0) out.push("Before sending:", "", ...result.problems.map((p) => `- ${p}`), "");
		if (result.warnings.length > 0) out.push("Warnings:", "", ...result.warnings.map((p) => `- ${p}`), "");
	}
	return out.join("\n") + "\n";
}

const slug = (title: string) => title.replace(/^\d{4}-\d{2}-\d{2} /, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();

describe.each(["review-notes", "new-notes"])("approved drafts: %s", (folder) => {
	const { vault, interviews } = read(folder);
	it.each(interviews.map((i) => [i.title, i] as const))("%s", (_title, interview) => {
		approve(`${folder}/${slug(interview.title)}`, everyKind(vault, interview));
	});
});

/** The sentences of a message after the greeting and before the sign-off, names set aside. */
function sentences(d: Draft, names: string[]): string[] {
	const paragraphs = d.body.split("\n\n");
	let text = (d.kind === "linkedin" ? paragraphs : paragraphs.slice(1, -1)).join(" ");
	for (const name of [...names].sort((a, b) => b.length - a.length)) if (name) text = text.split(name).join("NAME");
	return text
		.split(/(?<=[.!?])\s+/)
		.map((s) => s.trim().toLowerCase())
		.filter((s) => s !== "");
}

describe("probes: one pattern across a panel of up to eleven", () => {
	const { vault, interviews } = read("review-probes");
	it.each(interviews.map((i) => [i.title, i] as const))("%s", (_title, interview) => {
		const names = interview.interviewers.flatMap((p) => [p.name, p.name.split(" ")[0]]);
		for (const kind of ACTION_KINDS) {
			const { drafts } = buildDrafts(interview, kind, { settings: vault.settings, now: NOW });
			const sets = drafts.map((d) => sentences(d, names));
			sets.forEach((a, i) =>
				sets.forEach((b, j) => {
					if (i === j || a.length === 0) return;
					const shared = a.filter((s) => b.includes(s));
					expect(shared.length / a.length, `${kind} ${i + 1}/${j + 1}: ${shared.join(" | ")}`).toBeLessThanOrEqual(0.5);
				}),
			);
			for (const d of drafts) {
				expect(d.body).not.toMatch(/\*\*|__|\[\[|\]\(|^#/m);
				expect(d.body).not.toMatch(/\bI (?:embedded|automated|shrink|led-lighting|set of|run-book|built-in)\b/i);
				expect(d.body).not.toMatch(/\b(?:mgmt|w\/|yrs)\b| \+ |how would I|you said that you said/);
				if (kind === "thank-you" && d.variant === "personal") {
					const count = sentences(d, names).join(" ").split(/\s+/).length;
					expect(count, d.body).toBeGreaterThanOrEqual(60);
					expect(count, d.body).toBeLessThanOrEqual(170);
				}
				if (kind === "linkedin") expect(d.body.length).toBeLessThanOrEqual(LINKEDIN_NOTE_LIMIT);
			}
			expect(new Set(drafts.map((d) => d.body)).size).toBe(drafts.length);
		}
	});
});

describe("no thanks said twice in a row, in any draft of any note", () => {
	it.each(["review-notes", "new-notes", "review-probes"])("%s", (folder) => {
		const { vault, interviews } = read(folder);
		for (const interview of interviews)
			for (const kind of ACTION_KINDS)
				for (const d of buildDrafts(interview, kind, { settings: vault.settings, now: NOW }).drafts) {
					const said = d.body.split(/(?<=[.!?])\s+/).map((s) => /^(?:thank|many thanks|thanks)/i.test(s.trim()));
					said.forEach((thanks, i) => expect(thanks && said[i + 1], `${interview.title} ${kind}: ${d.body}`).not.toBe(true));
				}
	});
});
