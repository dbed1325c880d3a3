// Regex lookbehind ((?<= and (?<!) is a syntax error on iOS before 16.4: a bundle holding one does
// not load there at all. This finds lookbehinds in regex literals and in strings that may become a
// RegExp, both in source (an ESLint rule) and in the built main.js (a test walks its syntax tree).
// eslint-plugin-obsidianmd's own rule looks for `(?<!)` with its closing parenthesis and so misses
// `(?<!x)`; this one reads the pattern as a regex engine would.
import { RegExpParser, visitRegExpAST } from "@eslint-community/regexpp";
import * as acorn from "acorn";

const parser = new RegExpParser({ ecmaVersion: 2025 });
const TEXTUAL = /\(\?<[=!]/;

/** True when the pattern holds a lookbehind assertion (an escaped `\(?<=` does not count). */
export function patternHasLookbehind(pattern, flags = "") {
	let ast;
	try {
		ast = parser.parsePattern(pattern, 0, pattern.length, { unicode: flags.includes("u"), unicodeSets: flags.includes("v") });
	} catch {
		// Not a pattern this parser reads (or not a pattern at all): judge by the text, erring on the safe side.
		return TEXTUAL.test(pattern);
	}
	let found = false;
	visitRegExpAST(ast, {
		onAssertionEnter(node) {
			if (node.kind === "lookbehind") found = true;
		},
	});
	return found;
}

/** A string worth parsing as a pattern: it holds `(?<` at all. */
function mayHoldLookbehind(text) {
	return typeof text === "string" && text.includes("(?<");
}

/**
 * Every lookbehind in a script: regex literals, and string or template text that holds one (as a
 * `new RegExp("...")` argument would). Each hit gives the pattern and its 1-based line.
 */
export function lookbehindsInCode(code) {
	const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script", locations: true, allowHashBang: true });
	const hits = [];
	const stack = [ast];
	while (stack.length > 0) {
		const node = stack.pop();
		if (!node || typeof node.type !== "string") continue;
		if (node.type === "Literal" && node.regex) {
			if (patternHasLookbehind(node.regex.pattern, node.regex.flags)) hits.push({ pattern: node.regex.pattern, line: node.loc.start.line });
		} else if (node.type === "Literal" && mayHoldLookbehind(node.value)) {
			if (patternHasLookbehind(node.value)) hits.push({ pattern: node.value, line: node.loc.start.line });
		} else if (node.type === "TemplateElement" && mayHoldLookbehind(node.value.cooked)) {
			if (patternHasLookbehind(node.value.cooked)) hits.push({ pattern: node.value.cooked, line: node.loc.start.line });
		}
		for (const key of Object.keys(node)) {
			if (key === "loc") continue;
			const child = node[key];
			if (Array.isArray(child)) for (const c of child) stack.push(c);
			else if (child && typeof child === "object" && typeof child.type === "string") stack.push(child);
		}
	}
	return hits.sort((a, b) => a.line - b.line);
}

/** ESLint rule: no lookbehind in a regex literal or in a string or template that holds one. */
export const noRegexLookbehind = {
	meta: {
		type: "problem",
		docs: { description: "Disallow regex lookbehind, a syntax error on iOS before 16.4" },
		schema: [],
		messages: {
			lookbehind: "Regex lookbehind ((?<= or (?<!) is a syntax error on iOS before 16.4, where main.js would not load: match the preceding text instead.",
		},
	},
	create(context) {
		const check = (node, pattern, flags) => {
			if (patternHasLookbehind(pattern, flags)) context.report({ node, messageId: "lookbehind" });
		};
		return {
			Literal(node) {
				if (node.regex) check(node, node.regex.pattern, node.regex.flags);
				else if (mayHoldLookbehind(node.value)) check(node, node.value, "");
			},
			TemplateElement(node) {
				if (mayHoldLookbehind(node.value.cooked)) check(node, node.value.cooked, "");
			},
		};
	},
};

export default { meta: { name: "mobile-safe" }, rules: { "no-regex-lookbehind": noRegexLookbehind } };
