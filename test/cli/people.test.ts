// A vault of notes typed in a hurry, through `due --json` and `draft --json` as a user runs them:
// the recipients, the thanks passed on, the greetings and the mail links (SPEC §1).
import { describe, expect, it } from "vitest";
import { parseMailto } from "../../src/core/mailto";
import { cli, dueJson, makeVault } from "./helpers";

const NOW = "2026-11-25T18:00";

const note = (frontmatter: string) => `---\ntype: interview\ncompany: Northwind\nrole: Platform engineer\ninterview_start: 2026-11-25T13:00\ninterview_end: 2026-11-25T14:30\n${frontmatter}\n---\n\nTyped on the bus.\n`;

const vault = () =>
	makeVault({
		"Interviews/Angle.md": note("primary_contact: Jane Doe <jane.doe@northwind.com>\ninterviewers: Jane Doe, Bob Roe"),
		"Interviews/Both.md": note(
			"primary_contact: Lena Okafor\nprimary_contact_email: LENA@northwind.com\ninterviewers:\n  - Lena Okafor <lena@northwind.com>\n  - Omar Haddad <omar@northwind.com>\n  - Priya Raman",
		),
		"Interviews/Only address.md": note("primary_contact_email: talent@northwind.com"),
		"Interviews/Last first.md": note("primary_contact: Holt, Jane\nprimary_contact_email: jane.holt@northwind.com"),
		"Interviews/Linked.md": note("primary_contact: Sam Lee <sam@northwind.com>\ninterviewers:\n  - \"[[Dev Patel|Dev]]\"\n  - name: Dev Patel\n    email: DEV.PATEL@northwind.com\n    focus: on-call load"),
		"Interviews/Bad address.md": note("primary_contact: Sam Lee <sam@northwind.com>\ninterviewers: Jane Holt <jane@@northwind>"),
		"People/Dev Patel.md": "---\ntype: person\nemail: dev.patel@northwind.com\n---\n",
		".obsidian/plugins/interview-follow-up/data.json": JSON.stringify({ myName: "Jordan Rivera" }),
	});

function drafts(root: string, note: string, kind: string) {
	const result = cli(["draft", root, note, kind, "--json"], { now: new Date(2026, 10, 25, 18) });
	expect(result.code).toBe(0);
	return (JSON.parse(result.stdout) as { drafts: { to: { name: string; email: string | null }[]; body: string; mailto: string | null }[] }).drafts;
}

/** A fresh vault per test: the helpers remove temporary folders after each one. */
function setup() {
	const root = vault();
	const due = dueJson(root, ["--now", NOW]);
	const action = (file: string, kind: string) => due.actions.find((a) => a.file === `Interviews/${file}.md` && a.kind === kind) as Record<string, unknown> | undefined;
	return { root, due, action };
}

describe("notes typed in a hurry, from the command line", () => {
	it("reads `Name <email>` and a comma-separated line of names", () => {
		const { root, due, action } = setup();
		expect(action("Angle", "thank-you")).toMatchObject({ recipients: [{ name: "Jane Doe", email: "jane.doe@northwind.com" }], passThanksTo: ["Bob Roe"] });
		expect(action("Angle", "next-steps")).toMatchObject({ recipients: [{ name: "Jane Doe", email: "jane.doe@northwind.com" }] });
		const [thanks] = drafts(root, "Interviews/Angle.md", "thank-you");
		expect(thanks.body.split("\n")[0]).toBe("Hi Jane,");
		expect(parseMailto(thanks.mailto!).to).toEqual(["jane.doe@northwind.com"]);
		expect(thanks.body).toContain("Bob Roe");
	});

	it("gives a primary contact who interviewed one thank-you, carrying the thanks for the others", () => {
		const { root, due, action } = setup();
		expect(action("Both", "thank-you")).toMatchObject({
			recipients: [
				{ name: "Lena Okafor", email: "lena@northwind.com" },
				{ name: "Omar Haddad", email: "omar@northwind.com" },
			],
			passThanksTo: ["Priya Raman"],
		});
		const messages = drafts(root, "Interviews/Both.md", "thank-you");
		expect(messages.map((d) => d.to)).toEqual([[{ name: "Lena Okafor", email: "lena@northwind.com" }], [{ name: "Omar Haddad", email: "omar@northwind.com" }]]);
		expect(messages[0].body).toContain("Priya Raman");
		expect(messages[1].body).not.toContain("Priya Raman");
	});

	it("greets Hello when only an address is known, and by first name for Last, First", () => {
		const { root, due, action } = setup();
		for (const kind of ["thank-you", "next-steps", "check-in", "close-out"]) {
			const [d] = drafts(root, "Interviews/Only address.md", kind);
			expect(d.body.split("\n")[0]).toBe("Hello,");
			expect(d.to).toEqual([{ name: "", email: "talent@northwind.com" }]);
		}
		const [d] = drafts(root, "Interviews/Last first.md", "next-steps");
		expect(d.body.split("\n")[0]).toBe("Hi Jane,");
		expect(d.to).toEqual([{ name: "Jane Holt", email: "jane.holt@northwind.com" }]);
	});

	it("names a link by its note and merges it with a map of the same address", () => {
		const { root, due, action } = setup();
		expect(action("Linked", "thank-you")).toMatchObject({ recipients: [{ name: "Dev Patel", email: "DEV.PATEL@northwind.com" }] });
		expect(drafts(root, "Interviews/Linked.md", "thank-you")).toHaveLength(1);
	});

	it("keeps an invalid address out of the mail link, as the plugin does, and says so", () => {
		const { root, due, action } = setup();
		expect(action("Bad address", "thank-you")).toMatchObject({ recipients: [{ name: "Jane Holt", email: "jane@@northwind" }] });
		const [d] = drafts(root, "Interviews/Bad address.md", "thank-you");
		expect(parseMailto(d.mailto!).to).toEqual([]);
		const warning = due.problems.find((p) => p.file === "Interviews/Bad address.md");
		expect(warning?.message).toContain("no mail link will include it");
	});

	it("reports nothing else about these notes", () => {
		const { root, due, action } = setup();
		expect(due.problems.filter((p) => p.file !== "Interviews/Bad address.md")).toEqual([]);
	});
});
