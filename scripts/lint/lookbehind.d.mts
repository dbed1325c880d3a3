import type { Rule } from "eslint";
export function patternHasLookbehind(pattern: string, flags?: string): boolean;
export function lookbehindsInCode(code: string): Array<{ pattern: string; line: number }>;
export const noRegexLookbehind: Rule.RuleModule;
declare const plugin: { meta: { name: string }; rules: Record<string, Rule.RuleModule> };
export default plugin;
