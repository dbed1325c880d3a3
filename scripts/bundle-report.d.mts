import type { Metafile } from "esbuild";
export function measureBundle(): Promise<{ bytes: number; parts: Record<string, number>; code: string; metafile: Metafile }>;
