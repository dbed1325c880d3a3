// Obsidian's DOM helpers (createEl, addClass, empty, setText, ...) installed on a window's prototypes as the
// app installs them, so plugin UI code runs alike under happy-dom, in a browser page and in Obsidian.
import type {} from "obsidian"; // the helpers' global declarations live in obsidian.d.ts

type Win = Window & typeof globalThis;

const SVG_NS = "http://www.w3.org/2000/svg";
const INSTALLED = Symbol.for("obsidian-fake.dom-helpers");

function define(target: object, name: string, value: unknown): void {
	Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
	Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function ownerDoc(node: Node, win: Win): Document {
	if (node.nodeType === 9) return node as Document;
	return node.ownerDocument ?? win.document;
}

function classList(cls: string | string[] | undefined): string[] {
	if (!cls) return [];
	const list = Array.isArray(cls) ? cls : [cls];
	return list.flatMap((c) => c.split(/\s+/)).filter((c) => c.length > 0);
}

function setAttrValue(el: Element, name: string, value: string | number | boolean | null | undefined): void {
	if (value === null || value === undefined) el.removeAttribute(name);
	else el.setAttribute(name, String(value));
}

function insert(el: Node, parent: Node | undefined, prepend: boolean | undefined): void {
	if (!parent) return;
	if (prepend) parent.insertBefore(el, parent.firstChild);
	else parent.appendChild(el);
}

function makeEl(doc: Document, tag: string, o: DomElementInfo | string | undefined, cb?: (el: HTMLElement) => void) {
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	const el = doc.createElement(tag);
	const classes = classList(info.cls);
	if (classes.length > 0) el.classList.add(...classes);
	if (info.text !== undefined) setText(el, info.text);
	if (info.attr) {
		for (const [name, value] of Object.entries(info.attr)) {
			if (value !== null && value !== undefined) el.setAttribute(name, String(value));
		}
	}
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) {
		if (el.tagName === "INPUT") (el as HTMLInputElement).type = info.type;
		else el.setAttribute("type", info.type);
	}
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
	insert(el, info.parent, info.prepend);
	cb?.(el);
	return el;
}

function makeSvg(doc: Document, tag: string, o: SvgElementInfo | string | undefined, cb?: (el: SVGElement) => void) {
	const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	const el = doc.createElementNS(SVG_NS, tag) as SVGElement;
	const classes = classList(info.cls);
	if (classes.length > 0) el.classList.add(...classes);
	if (info.attr) {
		for (const [name, value] of Object.entries(info.attr)) {
			if (value !== null && value !== undefined) el.setAttribute(name, String(value));
		}
	}
	insert(el, info.parent, info.prepend);
	cb?.(el);
	return el;
}

function setText(el: Node, val: string | DocumentFragment): void {
	if (typeof val !== "string" && val && val.nodeType === 11) {
		while (el.firstChild) el.removeChild(el.firstChild);
		el.appendChild(val);
	} else {
		el.textContent = String(val);
	}
}

interface Delegate {
	type: string;
	selector: string;
	listener: (ev: Event, delegateTarget: HTMLElement) => unknown;
	options?: boolean | AddEventListenerOptions;
	callback: (ev: Event) => void;
}

const delegates = new WeakMap<EventTarget, Delegate[]>();

function onDelegated(
	this: HTMLElement | Document,
	type: string,
	selector: string,
	listener: (ev: Event, delegateTarget: HTMLElement) => unknown,
	options?: boolean | AddEventListenerOptions,
): void {
	const host = this;
	const callback = (ev: Event) => {
		const target = ev.target as Element | null;
		const match = target && typeof target.closest === "function" ? target.closest(selector) : null;
		const inside = match && (host === match || (host as Node).contains(match));
		if (match && inside) listener.call(host, ev, match as HTMLElement);
	};
	const list = delegates.get(host) ?? [];
	list.push({ type, selector, listener, options, callback });
	delegates.set(host, list);
	host.addEventListener(type, callback, options);
}

function offDelegated(
	this: HTMLElement | Document,
	type: string,
	selector: string,
	listener: (ev: Event, delegateTarget: HTMLElement) => unknown,
	options?: boolean | AddEventListenerOptions,
): void {
	const list = delegates.get(this) ?? [];
	for (const d of list.filter((d) => d.type === type && d.selector === selector && d.listener === listener)) {
		this.removeEventListener(type, d.callback, options ?? d.options);
		list.splice(list.indexOf(d), 1);
	}
}

/** Installs Obsidian's DOM helpers on `win`'s prototypes and globals. Safe to call more than once. */
export function installDomHelpers(win: Win): void {
	const record = win as unknown as Record<PropertyKey, unknown>;
	if (!win.document || record[INSTALLED]) return;
	record[INSTALLED] = true;

	const nodeProto = win.Node.prototype;
	define(nodeProto, "createEl", function (this: Node, tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		const info: DomElementInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
		info.parent = this;
		return makeEl(ownerDoc(this, win), tag, info, cb);
	});
	define(nodeProto, "createDiv", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return this.createEl("div", o, cb);
	});
	define(nodeProto, "createSpan", function (this: Node, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
		return this.createEl("span", o, cb);
	});
	define(nodeProto, "createSvg", function (this: Node, tag: string, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) {
		const info: SvgElementInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
		info.parent = this;
		return makeSvg(ownerDoc(this, win), tag, info, cb);
	});
	define(nodeProto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(nodeProto, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(nodeProto, "insertAfter", function <T extends Node>(this: Node, node: T, child: Node | null): T {
		return this.insertBefore(node, child ? child.nextSibling : this.firstChild);
	});
	define(nodeProto, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(nodeProto, "setChildrenInPlace", function (this: Node, children: Node[]) {
		let current = this.firstChild;
		for (const child of children) {
			if (child === current) current = current.nextSibling;
			else this.insertBefore(child, current);
		}
		while (current) {
			const next = current.nextSibling;
			this.removeChild(current);
			current = next;
		}
	});
	define(nodeProto, "appendText", function (this: Node, val: string) {
		this.appendChild(ownerDoc(this, win).createTextNode(val));
	});
	define(nodeProto, "instanceOf", function (this: Node, type: new () => unknown) {
		return this instanceof type;
	});
	defineGetter(nodeProto, "doc", function (this: Node) {
		return ownerDoc(this, win);
	});
	defineGetter(nodeProto, "win", function (this: Node) {
		return ownerDoc(this, win).defaultView ?? win;
	});
	defineGetter(nodeProto, "constructorWin", function (this: Node) {
		return ownerDoc(this, win).defaultView ?? win;
	});

	const elementProto = win.Element.prototype;
	define(elementProto, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(elementProto, "setText", function (this: Element, val: string | DocumentFragment) {
		setText(this, val);
	});
	define(elementProto, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	});
	define(elementProto, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	});
	define(elementProto, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(elementProto, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	});
	define(elementProto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const cls of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(cls, value);
	});
	define(elementProto, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(elementProto, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		setAttrValue(this, name, value);
	});
	define(elementProto, "setAttrs", function (this: Element, obj: Record<string, string | number | boolean | null>) {
		for (const [name, value] of Object.entries(obj)) setAttrValue(this, name, value);
	});
	define(elementProto, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(elementProto, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		let el: Element | null = this;
		while (el) {
			if (el.matches(selector)) return el;
			if (el === lastParent) return null;
			el = el.parentElement;
		}
		return null;
	});
	define(elementProto, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
		return win.getComputedStyle(this, pseudo).getPropertyValue(property);
	});
	define(elementProto, "isActiveElement", function (this: Element) {
		return ownerDoc(this, win).activeElement === this;
	});
	define(elementProto, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(elementProto, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(elementProto, "findAllSelf", function (this: Element, selector: string) {
		const found = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...found] : found;
	});

	const fragmentProto = win.DocumentFragment.prototype;
	define(fragmentProto, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(fragmentProto, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});

	const styled = [win.HTMLElement.prototype, ...(win.SVGElement ? [win.SVGElement.prototype] : [])];
	for (const proto of styled) {
		define(proto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		});
		define(proto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
			for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
		});
	}

	const htmlProto = win.HTMLElement.prototype;
	define(htmlProto, "show", function (this: HTMLElement) {
		if (this.style.display === "none") this.style.display = "";
	});
	define(htmlProto, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(htmlProto, "toggle", function (this: HTMLElement, show: boolean) {
		if (show) this.show();
		else this.hide();
	});
	define(htmlProto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	});
	define(htmlProto, "isShown", function (this: HTMLElement) {
		if (!this.isConnected) return false;
		for (let el: HTMLElement | null = this; el; el = el.parentElement) {
			if (el.style.display === "none") return false;
		}
		return true;
	});
	defineGetter(htmlProto, "innerWidth", function (this: HTMLElement) {
		const style = win.getComputedStyle(this);
		return this.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
	});
	defineGetter(htmlProto, "innerHeight", function (this: HTMLElement) {
		const style = win.getComputedStyle(this);
		return this.clientHeight - (parseFloat(style.paddingTop) || 0) - (parseFloat(style.paddingBottom) || 0);
	});
	define(htmlProto, "on", onDelegated);
	define(htmlProto, "off", offDelegated);
	define(htmlProto, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
		this.addEventListener("click", listener as EventListener, options);
		// A middle click arrives as auxclick; Obsidian routes it to the same listener.
		this.addEventListener(
			"auxclick",
			((ev: MouseEvent) => {
				if (ev.button === 1) listener.call(this, ev);
			}) as EventListener,
			options,
		);
	});
	define(htmlProto, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
		const el = this;
		let wasConnected = el.isConnected;
		const observer = new win.MutationObserver(() => {
			if (el.isConnected && !wasConnected) {
				listener.call(el);
				if (once) observer.disconnect();
			}
			wasConnected = el.isConnected;
		});
		observer.observe(ownerDoc(el, win), { childList: true, subtree: true });
		return () => observer.disconnect();
	});
	define(htmlProto, "onWindowMigrated", function () {
		return () => {};
	});
	define(htmlProto, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
	});

	define(win.Document.prototype, "on", onDelegated);
	define(win.Document.prototype, "off", offDelegated);

	if (win.UIEvent) {
		const eventProto = win.UIEvent.prototype;
		defineGetter(eventProto, "targetNode", function (this: UIEvent) {
			return this.target as Node | null;
		});
		defineGetter(eventProto, "win", function (this: UIEvent) {
			return this.view ?? win;
		});
		defineGetter(eventProto, "doc", function (this: UIEvent) {
			return (this.view ?? win).document;
		});
		define(eventProto, "instanceOf", function (this: UIEvent, type: new (...data: never[]) => unknown) {
			return this instanceof type;
		});
	}

	define(win, "createEl", (tag: string, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
		makeEl(win.document, tag, o, cb),
	);
	define(win, "createDiv", (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl(win.document, "div", o, cb));
	define(win, "createSpan", (o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl(win.document, "span", o, cb));
	define(win, "createSvg", (tag: string, o?: SvgElementInfo | string, cb?: (el: SVGElement) => void) =>
		makeSvg(win.document, tag, o, cb),
	);
	define(win, "createFragment", (cb?: (el: DocumentFragment) => void) => {
		const fragment = win.document.createDocumentFragment();
		cb?.(fragment);
		return fragment;
	});
	define(win, "activeWindow", win);
	define(win, "activeDocument", win.document);
	define(win, "isBoolean", (obj: unknown) => typeof obj === "boolean");
	define(win, "fish", (selector: string) => win.document.querySelector(selector));
	define(win, "fishAll", (selector: string) => Array.from(win.document.querySelectorAll(selector)));
	define(win, "ready", (fn: () => unknown) => {
		if (win.document.readyState === "loading") win.document.addEventListener("DOMContentLoaded", () => fn());
		else fn();
	});
	// Looked up when called, so that a test's fake timers drive them.
	define(win, "sleep", (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)));
	define(win, "nextFrame", () =>
		new Promise<void>((resolve) => {
			if (typeof win.requestAnimationFrame === "function") win.requestAnimationFrame(() => resolve());
			else win.setTimeout(resolve, 16);
		}),
	);
}
