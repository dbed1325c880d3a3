export const DEMO_NOW: string;
export const DEMO_ARGS: string[];
export function demoExcerpt(output: string): string;
export function readmeExcerpt(readme: string): string | null;
export function withExcerpt(readme: string, excerpt: string): string;
