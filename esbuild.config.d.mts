import type { BuildOptions, Metafile } from "esbuild";
export const BUNDLE_LIMIT_KIB: number;
export function pluginBuild(production: boolean): BuildOptions & { metafile: true };
export function cliBuild(production: boolean): BuildOptions;
export function foreignImports(metafile: Metafile): string[];
