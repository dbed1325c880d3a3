import type { Browser, Page } from "playwright-core";

export declare const CHROMIUM: string;
export interface Sandbox {
	url: string;
	browser: Browser;
	close(): Promise<void>;
}
export interface OpenedPage {
	page: Page;
	/** Page errors and console errors seen so far. */
	errors: string[];
}
export declare function openSandbox(): Promise<Sandbox>;
export declare function openPage(sandbox: Sandbox, query?: string, viewport?: { width: number; height: number }): Promise<OpenedPage>;
