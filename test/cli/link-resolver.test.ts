import { describe, expect, it } from "vitest";
import { createLinkResolver, normaliseLinkpath } from "../../src/cli/link-resolver";

const notes = ["People/Sam Lee.md", "Archive/Old/People/Sam Lee.md", "Sam Lee.md", "Contacts/Dana Wu.md", "Interviews/2026/Acme.md", "Interviews/Notes.md"];

function resolver() {
	const asked: string[] = [];
	const resolve = createLinkResolver(notes, (i) => {
		asked.push(notes[i]);
		return { path: notes[i] };
	});
	return { resolve, asked };
}

describe("resolving links to person notes", () => {
	it.each([
		["Dana Wu", "Contacts/Dana Wu.md"],
		["dana wu", "Contacts/Dana Wu.md"],
		["Dana Wu.md", "Contacts/Dana Wu.md"],
		["Dana Wu#Contact", "Contacts/Dana Wu.md"],
		["Dana Wu|Dana", "Contacts/Dana Wu.md"],
		["Contacts/Dana Wu", "Contacts/Dana Wu.md"],
		["/Contacts/Dana Wu", "Contacts/Dana Wu.md"],
		["Sam Lee", "Sam Lee.md"],
		["People/Sam Lee", "People/Sam Lee.md"],
		["Old/People/Sam Lee", "Archive/Old/People/Sam Lee.md"],
		["../Notes", "Interviews/Notes.md"],
		["./Acme", "Interviews/2026/Acme.md"],
	])("[[%s]] → %s", (link, expected) => {
		expect(resolver().resolve(link, "Interviews/2026/Acme.md")?.path).toBe(expected);
	});

	it.each(["Nobody", "Other/Dana Wu", "", "#heading"])("[[%s]] resolves to nothing", (link) => {
		expect(resolver().resolve(link, "Interviews/2026/Acme.md")).toBeNull();
	});

	it("reads a person note only when a link resolves to it", () => {
		const { resolve, asked } = resolver();
		expect(asked).toEqual([]);
		resolve("Dana Wu", "x.md");
		resolve("Nobody", "x.md");
		expect(asked).toEqual(["Contacts/Dana Wu.md"]);
	});

	it("strips alias, heading, block reference and extension", () => {
		expect(normaliseLinkpath("People/Sam Lee.md#Contact|Sam")).toBe("People/Sam Lee");
		expect(normaliseLinkpath("Sam Lee^block")).toBe("Sam Lee");
	});
});
