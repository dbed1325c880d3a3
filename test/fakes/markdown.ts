// The fake's Markdown reading view, for what notes hold: headings, paragraphs (a line break is a
// break, as with Obsidian's default "strict line breaks" off), lists (nested, numbered, tasks),
// quotes, tables, rules, code, and inline bold, italics, code, strikes, highlights and links.
// `%%comments%%` are hidden, as Obsidian hides them. Everything is built with DOM calls: note text
// is never parsed as HTML. Blocks keep their line numbers for getSectionInfo.

export interface Block {
	kind: "code" | "heading" | "paragraph" | "list" | "quote" | "table" | "rule";
	lines: string[];
	lineStart: number;
	lineEnd: number;
	language?: string;
	level?: number;
}

export const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;

/** `%%...%%` spans blanked out, line breaks kept (so line numbers stay right). */
export function hideComments(markdown: string): string {
	let out = "";
	let at = 0;
	for (;;) {
		const open = markdown.indexOf("%%", at);
		if (open === -1) break;
		const close = markdown.indexOf("%%", open + 2);
		if (close === -1) break;
		out += markdown.slice(at, open) + markdown.slice(open, close + 2).replace(/[^\n]/g, "");
		at = close + 2;
	}
	return out + markdown.slice(at);
}

function isTableSeparator(line: string): boolean {
	const cells = splitRow(line);
	return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell));
}

/** The cells of a table row: split on `|`, except inside `[[link|alias]]` or after a backslash. */
export function splitRow(line: string): string[] {
	let text = line.trim();
	if (text.startsWith("|")) text = text.slice(1);
	if (text.endsWith("|") && !text.endsWith("\\|")) text = text.slice(0, -1);
	const cells: string[] = [];
	let cell = "";
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === "\\" && text[i + 1] === "|") {
			cell += "|";
			i++;
		} else if (c === "[" && text[i + 1] === "[") {
			depth++;
			cell += "[[";
			i++;
		} else if (c === "]" && text[i + 1] === "]" && depth > 0) {
			depth--;
			cell += "]]";
			i++;
		} else if (c === "|" && depth === 0) {
			cells.push(cell.trim());
			cell = "";
		} else cell += c;
	}
	cells.push(cell.trim());
	return cells;
}

function startsBlock(line: string, next: string | undefined): boolean {
	return FENCE_OPEN.test(line) || HEADING.test(line) || LIST_ITEM.test(line) || line.startsWith(">") || RULE.test(line) || (line.includes("|") && next !== undefined && isTableSeparator(next));
}

export function splitBlocks(source: string): Block[] {
	const lines = hideComments(source).split(/\r?\n/);
	const blocks: Block[] = [];
	let i = 0;
	if (lines[0] === "---") {
		const close = lines.indexOf("---", 1);
		if (close !== -1) i = close + 1;
	}
	const take = (kind: Block["kind"], from: number, to: number, extra: Partial<Block> = {}) => {
		blocks.push({ kind, lines: lines.slice(from, to + 1), lineStart: from, lineEnd: to, ...extra });
		i = to + 1;
	};
	while (i < lines.length) {
		const line = lines[i];
		const fence = FENCE_OPEN.exec(line);
		if (fence) {
			const marker = fence[1];
			let j = i + 1;
			while (j < lines.length && !(lines[j].trim().startsWith(marker[0].repeat(marker.length)) && lines[j].trim().replace(/[`~]/g, "") === "")) j++;
			blocks.push({ kind: "code", language: fence[2] || undefined, lines: lines.slice(i + 1, j), lineStart: i, lineEnd: Math.min(j, lines.length - 1) });
			i = j + 1;
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			blocks.push({ kind: "heading", level: heading[1].length, lines: [heading[2]], lineStart: i, lineEnd: i });
			i++;
			continue;
		}
		if (line.trim() === "") {
			i++;
			continue;
		}
		if (RULE.test(line)) {
			take("rule", i, i);
			continue;
		}
		let j = i;
		if (LIST_ITEM.test(line)) {
			// Items, their indented continuation lines and nested items, up to a blank line or another block.
			while (j + 1 < lines.length && lines[j + 1].trim() !== "" && (LIST_ITEM.test(lines[j + 1]) || /^\s/.test(lines[j + 1]))) j++;
			take("list", i, j);
		} else if (line.startsWith(">")) {
			while (j + 1 < lines.length && lines[j + 1].startsWith(">")) j++;
			take("quote", i, j);
		} else if (line.includes("|") && i + 1 < lines.length && isTableSeparator(lines[i + 1])) {
			j = i + 1;
			while (j + 1 < lines.length && lines[j + 1].includes("|") && lines[j + 1].trim() !== "") j++;
			take("table", i, j);
		} else {
			while (j + 1 < lines.length && lines[j + 1].trim() !== "" && !startsBlock(lines[j + 1], lines[j + 2])) j++;
			take("paragraph", i, j);
		}
	}
	return blocks;
}

// Links first, then the marks; each alternative's body cannot contain its own delimiter, so a
// match never backtracks over the text.
const INLINE =
	/\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\[([^\]]*)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|`([^`]+)`|~~([^~]+)~~|==([^=]+)==|(https?:\/\/[^\s<>()]+)/;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Inline Markdown as elements: links, bold, italics, code, strikes, highlights; the rest as text. */
export function renderInline(parent: HTMLElement, text: string): void {
	let at = 0;
	const inline = new RegExp(INLINE.source, "g");
	for (let m = inline.exec(text); m !== null; m = inline.exec(text)) {
		const start = m.index;
		// `snake_case` is text: underscore marks need a word boundary outside them. The search goes
		// on from the next character, so that `_word_` later in the text is still found.
		if ((m[6] !== undefined || m[8] !== undefined) && (isWordChar(text[start - 1]) || isWordChar(text[start + m[0].length]))) {
			inline.lastIndex = start + 1;
			continue;
		}
		if (start > at) parent.appendText(text.slice(at, start));
		if (m[1] !== undefined) {
			parent.createEl("a", { cls: "internal-link", text: m[2] ?? m[1], href: m[1], attr: { "data-href": m[1] } });
		} else if (m[4] !== undefined) {
			const external = /^[a-z][a-z0-9+.-]*:/i.test(m[4]);
			const link = parent.createEl("a", { cls: external ? "external-link" : "internal-link", href: m[4] });
			renderInline(link, m[3]);
		} else if (m[5] !== undefined || m[6] !== undefined) renderInline(parent.createEl("strong"), m[5] ?? m[6]);
		else if (m[7] !== undefined || m[8] !== undefined) renderInline(parent.createEl("em"), m[7] ?? m[8]);
		else if (m[9] !== undefined) parent.createEl("code", { text: m[9] });
		else if (m[10] !== undefined) renderInline(parent.createEl("del"), m[10]);
		else if (m[11] !== undefined) renderInline(parent.createEl("mark"), m[11]);
		else if (m[12] !== undefined) parent.createEl("a", { cls: "external-link", text: m[12], href: m[12] });
		at = start + m[0].length;
	}
	if (at < text.length) parent.appendText(text.slice(at));
}

/** Lines as one paragraph's content: each line break a `<br>`. */
function renderLines(parent: HTMLElement, lines: readonly string[]): void {
	lines.forEach((line, index) => {
		if (index > 0) parent.createEl("br");
		renderInline(parent, line.trim());
	});
}

interface Item {
	indent: number;
	ordered: boolean;
	text: string[];
	task: " " | "x" | null;
	children: Item[];
}

function parseList(lines: readonly string[]): Item[] {
	const roots: Item[] = [];
	const stack: Item[] = [];
	for (const line of lines) {
		const m = LIST_ITEM.exec(line);
		if (!m) {
			// A continuation of the item above.
			stack[stack.length - 1]?.text.push(line.trim());
			continue;
		}
		const indent = m[1].replace(/\t/g, "    ").length;
		let text = m[3];
		let task: Item["task"] = null;
		const box = /^\[([ xX])\]\s+/.exec(text);
		if (box) {
			task = box[1] === " " ? " " : "x";
			text = text.slice(box[0].length);
		}
		const item: Item = { indent, ordered: /\d/.test(m[2]), text: [text], task, children: [] };
		while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
		(stack.length > 0 ? stack[stack.length - 1].children : roots).push(item);
		stack.push(item);
	}
	return roots;
}

function renderList(parent: HTMLElement, items: readonly Item[]): void {
	const list = parent.createEl(items[0]?.ordered ? "ol" : "ul");
	for (const item of items) {
		const li = list.createEl("li");
		if (item.task !== null) {
			li.addClass("task-list-item");
			li.setAttr("data-task", item.task);
			li.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox", attr: item.task === "x" ? { checked: "" } : {} });
		}
		renderLines(li, item.text);
		if (item.children.length > 0) renderList(li, item.children);
	}
}

/** Renders one block that is not code or a heading into its section element. */
export function renderBlock(sectionEl: HTMLElement, block: Block): void {
	switch (block.kind) {
		case "list":
			renderList(sectionEl, parseList(block.lines));
			return;
		case "quote":
			renderLines(sectionEl.createEl("blockquote").createEl("p"), block.lines.map((line) => line.replace(/^>\s?/, "")));
			return;
		case "rule":
			sectionEl.createEl("hr");
			return;
		case "table": {
			const table = sectionEl.createEl("table");
			const head = table.createEl("thead").createEl("tr");
			for (const cell of splitRow(block.lines[0])) renderInline(head.createEl("th"), cell);
			const body = table.createEl("tbody");
			for (const line of block.lines.slice(2)) {
				const row = body.createEl("tr");
				for (const cell of splitRow(line)) renderInline(row.createEl("td"), cell);
			}
			return;
		}
		default:
			renderLines(sectionEl.createEl("p"), block.lines);
	}
}

/** The section element's class, as Obsidian names them (`el-p`, `el-ul`, `el-table`...). */
export function sectionClass(block: Block): string {
	switch (block.kind) {
		case "list":
			return LIST_ITEM.exec(block.lines[0])?.[2].match(/\d/) ? "el-ol" : "el-ul";
		case "quote":
			return "el-blockquote";
		case "rule":
			return "el-hr";
		case "table":
			return "el-table";
		default:
			return "el-p";
	}
}
