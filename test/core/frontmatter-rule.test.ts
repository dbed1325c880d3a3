import { describe, expect, it } from "vitest";
import { findFrontmatter, frontMatterInfo, opensFrontmatter } from "../../src/core/frontmatter-rule";
import { getFrontMatterInfo } from "../fakes/metadata";

describe("the one frontmatter rule", () => {
	it.each([
		["---\na: 1\n---\nbody", "a: 1\n"],
		["---\r\na: 1\r\n---\r\nbody", "a: 1\r\n"],
		["\uFEFF---\na: 1\n---\n", "a: 1\n"],
		["---\na: 1\n---", "a: 1\n"],
		["---\na: 1\n---   \nbody", "a: 1\n"],
		["---\na: 1\n---\t\r\nbody", "a: 1\n"],
		["---\n---\n", ""],
		["---\na: 1\n----\nb: 2\n---\n", "a: 1\n----\nb: 2\n"],
		["---\na: 1\n...\nb: 2\n---\n", "a: 1\n...\nb: 2\n"],
	])("%j has frontmatter %j", (text, yaml) => {
		expect(findFrontmatter(text)?.body).toBe(yaml);
		expect(opensFrontmatter(text)).toBe(true);
	});

	it.each(["---js\nx\n---\n", "--- \na: 1\n---\n", "---yaml\na: 1\n---\n", "----\na: 1\n---\n", "---\na: 1\n", "# title\n---\na: 1\n---\n", "", "---", " ---\na: 1\n---\n", "\n---\na: 1\n---\n", "---\ra: 1\r---\r"])(
		"%j has none",
		(text) => {
			expect(findFrontmatter(text)).toBeNull();
		},
	);

	it("gives Obsidian's FrontMatterInfo shape, which the fake's getFrontMatterInfo returns", () => {
		const text = "---\na: 1\n---\nbody";
		expect(frontMatterInfo(text)).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
		expect(text.slice(frontMatterInfo(text).contentStart)).toBe("body");
		expect(getFrontMatterInfo(text)).toEqual(frontMatterInfo(text));
		expect(getFrontMatterInfo("--- \na: 1\n---\n")).toEqual({ exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 });
	});
});
