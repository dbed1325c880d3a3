// The base of the Obsidian fake: Events and Component as Obsidian implements them, debounce, normalizePath,
// Platform, and the bookkeeping that lets a test wait until the fake's own asynchronous work is done.
import { installDomHelpers } from "./dom";

// Every module of the fake imports this one, so the DOM helpers are in place before any UI is built.
if (typeof document !== "undefined") installDomHelpers(globalThis as Window & typeof globalThis);

/** What `Events.on` returns; Obsidian's refs carry the emitter so `Component.registerEvent` can detach them. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: never[]) => unknown;
	ctx?: unknown;
}

// Captured at import, before a test can install fake timers: the fake's own background work (metadata
// parsing, re-throwing listener errors) must run even while a test holds the clock still.
const realSetTimeout: (fn: () => void, ms: number) => unknown = globalThis.setTimeout.bind(globalThis);

export class Events {
	private _: Record<string, EventRef[]> = {};

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		(this._[name] ??= []).push(ref);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const refs = this._[name];
		if (!refs) return;
		this._[name] = refs.filter((ref) => ref.fn !== callback);
		if (this._[name].length === 0) delete this._[name];
	}

	offref(ref: EventRef): void {
		const refs = this._[ref?.name];
		if (!refs) return;
		const index = refs.indexOf(ref);
		if (index !== -1) refs.splice(index, 1);
		if (refs.length === 0) delete this._[ref.name];
	}

	trigger(name: string, ...data: unknown[]): void {
		const refs = this._[name];
		if (!refs) return;
		// A listener that unsubscribes while the event is dispatched must not make another one miss it.
		for (const ref of refs.slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: EventRef, args: unknown[]): void {
		try {
			(evt.fn as (...a: unknown[]) => unknown).apply(evt.ctx, args);
		} catch (error) {
			// Like Obsidian: one failing listener does not stop the others; the error surfaces asynchronously.
			realSetTimeout(() => {
				throw error;
			}, 0);
		}
	}
}

export class Component {
	_loaded = false;
	_events: (() => unknown)[] = [];
	_children: Component[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const child of this._children.slice()) child.load();
	}

	onload(): void {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		// Obsidian's order: children first, then registered cleanups (last registered first), then onunload.
		while (this._children.length > 0) this._children.pop()?.unload();
		while (this._events.length > 0) this._events.pop()?.();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this._children.indexOf(component);
		if (index !== -1) {
			this._children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this._events.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => eventRef.e.offref(eventRef));
	}

	registerDomEvent(
		el: EventTarget,
		type: string,
		callback: (this: HTMLElement, ev: never) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		const listener = callback as unknown as EventListener;
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerScopeEvent(keymapEventHandler: { scope: { unregister(handler: unknown): void } }): void {
		this.register(() => keymapEventHandler.scope.unregister(keymapEventHandler));
	}

	registerInterval(id: number): number {
		// Looked up at unload time so that a test's fake timers see the clearInterval.
		this.register(() => globalThis.clearInterval(id));
		return id;
	}
}

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/**
 * Obsidian's debounce: the call runs `timeout` ms after the first call with the latest arguments; with
 * `resetTimer`, every call pushes the deadline back. Uses the global timers, so fake timers drive it.
 */
export function debounce<T extends unknown[], V>(
	cb: (...args: [...T]) => V,
	timeout = 0,
	resetTimer = false,
): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let args: T | null = null;
	let ctx: unknown = null;
	let deadline = 0;

	const call = (): V => {
		const callArgs = args as T;
		const callCtx = ctx;
		args = null;
		ctx = null;
		return cb.apply(callCtx, callArgs);
	};
	const fire = (): void => {
		if (deadline) {
			const now = Date.now();
			if (now < deadline) {
				timer = setTimeout(fire, deadline - now);
				deadline = 0;
				return;
			}
		}
		timer = null;
		call();
	};
	const debounced = function (this: unknown, ...callArgs: T) {
		args = callArgs;
		// The callback runs with the `this` of the last call.
		ctx = this;
		if (timer) {
			if (resetTimer) deadline = Date.now() + timeout;
		} else {
			timer = setTimeout(fire, timeout);
		}
		return debounced;
	} as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer) {
			clearTimeout(timer);
			timer = null;
		}
		return debounced;
	};
	debounced.run = () => {
		if (!timer) return;
		clearTimeout(timer);
		timer = null;
		return call();
	};
	return debounced;
}

/** Obsidian's normalizePath: one slash between segments, none at the ends, NBSP as space, Unicode NFC. */
export function normalizePath(path: string): string {
	let p = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (p === "") p = "/";
	return p.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

/** The platform flags; a desktop app by default. Mutable so that a test can pretend to be on mobile. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake/",
};

/** The version of the `obsidian` package whose API this fake follows. */
export const apiVersion = "1.8.7";

export function requireApiVersion(version: string): boolean {
	return versionAtLeast(apiVersion, version);
}

/** Whether version `have` (like "1.12.7") is `want` or later. */
export function versionAtLeast(have: string, want: string): boolean {
	const a = have.split(".").map(Number);
	const b = want.split(".").map(Number);
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		const x = a[i] ?? 0;
		const y = b[i] ?? 0;
		if (x !== y) return x > y;
	}
	return true;
}

export function getLanguage(): string {
	return "en";
}

// ---- Pending work -------------------------------------------------------------------------------------

let busy = 0;
let scheduledJobs = 0;

/**
 * Runs one piece of the fake's asynchronous work (a vault write, a view opening, an editor save) and
 * counts it as pending until it settles. The returned promise is the caller's alone: a rejection nobody
 * handles stays unhandled, as it would in Obsidian.
 */
export async function work<T>(fn: () => Promise<T> | T): Promise<T> {
	busy++;
	try {
		return await fn();
	} finally {
		busy--;
	}
}

/** Counts a promise returned by plugin code (an async command callback) as pending; its errors still surface. */
export function watch(value: unknown): void {
	if (!value || typeof (value as PromiseLike<unknown>).then !== "function") return;
	busy++;
	void (value as Promise<unknown>).then(
		() => {
			busy--;
		},
		(error: unknown) => {
			busy--;
			throw error;
		},
	);
}

/** Schedules background work (like Obsidian's metadata worker) on a real macrotask, counted as pending. */
export function later(fn: () => void): void {
	scheduledJobs++;
	realSetTimeout(() => {
		scheduledJobs--;
		fn();
	}, 0);
}

function macrotask(): Promise<void> {
	return new Promise((resolve) => realSetTimeout(resolve, 0));
}

/**
 * Waits until the fake has no pending work: vault operations, view openings, editor saves, metadata
 * parsing and the events that follow. Plugin timers (setTimeout, debounce) are not waited for; drive those
 * with fake timers.
 */
export async function flushObsidian(maxRounds = 500): Promise<void> {
	let idleRounds = 0;
	for (let round = 0; round < maxRounds; round++) {
		await macrotask();
		idleRounds = busy === 0 && scheduledJobs === 0 ? idleRounds + 1 : 0;
		if (idleRounds >= 2) return;
	}
	throw new Error(
		`flushObsidian: work still pending after ${maxRounds} rounds (${busy} operations, ${scheduledJobs} jobs)`,
	);
}

export function requireDom(what: string): Document {
	if (typeof document === "undefined") {
		throw new Error(`${what} needs a DOM: add "// @vitest-environment happy-dom" at the top of the test file`);
	}
	return document;
}
