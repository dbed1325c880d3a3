// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { asFakeApp, Component, createFakeApp, MarkdownRenderer } from "./obsidian";

async function render(markdown: string): Promise<HTMLElement> {
	const app = asFakeApp(createFakeApp());
	const el = document.body.createDiv();
	const owner = new Component();
	owner.load();
	await MarkdownRenderer.render(app, markdown, el, "Note.md", owner);
	return el;
}

describe("the fake's reading view", () => {
	it("renders lists, nested and numbered, with bold and italics in them", async () => {
		const el = await render("## Who I met\n\n- **Dana Whitfield**, engineering *manager*.\n  - Calm, `very` precise.\n- ~~Marcus~~ ==Oyelaran==\n\n1. First\n2. Second");
		const lists = el.querySelectorAll(":scope > .el-ul > ul > li");
		expect(lists).toHaveLength(2);
		expect(lists[0].querySelector("strong")?.textContent).toBe("Dana Whitfield");
		expect(lists[0].querySelector("em")?.textContent).toBe("manager");
		expect(lists[0].querySelector("ul > li code")?.textContent).toBe("very");
		expect(lists[1].querySelector("del")?.textContent).toBe("Marcus");
		expect(lists[1].querySelector("mark")?.textContent).toBe("Oyelaran");
		expect(Array.from(el.querySelectorAll(".el-ol ol > li")).map((li) => li.textContent)).toEqual(["First", "Second"]);
		expect(el.textContent).not.toContain("**");
	});

	it("renders tables, quotes, rules, tasks and line breaks, and hides comments", async () => {
		const el = await render("| Company | Status |\n|---|---|\n| Acme | **Offer** |\n| [[Sam Lee\\|Sam]] | waiting |\n\n> Quoted\n> twice\n\n---\n\n- [x] Sent\n- [ ] Call\n\nLine one\nLine two %%hidden\nstill hidden%% shown");
		expect(Array.from(el.querySelectorAll("th")).map((c) => c.textContent)).toEqual(["Company", "Status"]);
		expect(el.querySelector("td strong")?.textContent).toBe("Offer");
		expect(el.querySelector("td a.internal-link")?.textContent).toBe("Sam");
		expect(el.querySelector("blockquote")?.textContent).toBe("Quotedtwice");
		expect(el.querySelectorAll("blockquote br")).toHaveLength(1);
		expect(el.querySelector("hr")).not.toBeNull();
		expect(Array.from(el.querySelectorAll("li.task-list-item")).map((li) => li.getAttribute("data-task"))).toEqual(["x", " "]);
		const last = el.querySelectorAll("p")[1];
		expect(last.querySelectorAll("br")).toHaveLength(2);
		expect(el.textContent).not.toContain("hidden");
		expect(el.textContent).toContain("shown");
	});

	it("leaves underscores inside words, and markup, as text", async () => {
		const el = await render("interview_start and thank_you_sent; _really_; <b>not bold</b> <script>x</script>");
		expect(el.querySelectorAll("em")).toHaveLength(1);
		expect(el.querySelector("em")?.textContent).toBe("really");
		expect(el.querySelector("b, script")).toBeNull();
		expect(el.textContent).toContain("interview_start and thank_you_sent;");
		expect(el.textContent).toContain("<b>not bold</b>");
	});

	it("keeps the line numbers of each block for getSectionInfo", async () => {
		const app = asFakeApp(createFakeApp());
		const el = document.body.createDiv();
		const owner = new Component();
		owner.load();
		const seen: Array<[string, number, number]> = [];
		app.addPostProcessor((section, ctx) => {
			const info = ctx.getSectionInfo(section);
			if (info) seen.push([section.className, info.lineStart, info.lineEnd]);
		});
		await MarkdownRenderer.render(app, "# Title\n%%a\nb%%\n- one\n- two\n\nText", el, "Note.md", owner);
		expect(seen).toEqual([
			["el-h1", 0, 0],
			["el-ul", 3, 4],
			["el-p", 6, 6],
		]);
	});
});
