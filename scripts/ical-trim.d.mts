import type { Plugin } from "esbuild";
export const ICAL_VERSION: string;
export const ICAL_EXPORTS: string[];
export const ICAL_HELPERS: string[];
export const ICAL_ESM: RegExp;
export function trimIcal(source: string, version: string): string;
export const icalTrimPlugin: Plugin;
export function icalTrimVite(): { name: string; enforce: "pre"; transform(code: string, id: string): { code: string; map: null } | null };
