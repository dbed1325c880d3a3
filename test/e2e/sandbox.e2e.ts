// The sandbox page in Chromium, used as a newcomer would: the real main.js against the example vault.
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { EXCHANGE_W_EUROPE } from "../builders/vtimezones";
import { openPage, openSandbox, type Sandbox } from "./browser";

const ACME = "Interviews/2026-11-25 Acme Robotics - Platform engineer.md";
const STARK = "Interviews/2026-11-10 Stark Industries - Firmware engineer.md";

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await openSandbox();
});
afterAll(async () => {
	await sandbox?.close();
});

const row = (page: Page, file: string, kind: string) => page.locator(`.ifu-pane .ifu-row[data-file="${file}"][data-kind="${kind}"]`);

/** The note's text as the vault holds it. */
/**
 * The sandbox shows the Acme note in an editor, so a write goes into the editor and reaches the file
 * when the editor saves, 2 s after the change, as in Obsidian.
 */
const SAVED = { timeout: 6_000 };

function noteText(page: Page, path: string): Promise<string> {
	return page.evaluate(async (p) => {
		const { app } = (window as unknown as { sandbox: { app: { vault: { getFileByPath(p: string): unknown; read(f: unknown): Promise<string> } } } }).sandbox;
		return app.vault.read(app.vault.getFileByPath(p));
	}, path);
}

describe("the sandbox page", () => {
	it("shows the example vault's follow-ups in the pane, with no page errors", async () => {
		const { page, errors } = await openPage(sandbox);
		await expect.poll(() => page.locator(".ifu-pane .ifu-row[data-kind='thank-you']").count()).toBeGreaterThanOrEqual(3);
		const sections = await page.locator(".ifu-pane .ifu-section-title").allTextContents();
		expect(sections).toEqual(expect.arrayContaining(["Overdue", "Late", "Due now"]));
		await expect.poll(() => row(page, ACME, "thank-you").locator(".ifu-row-clock").textContent()).toContain("Ideal window closes in 4 h");
		// The status bar is refreshed after the pane, on its own schedule: wait for it as for the pane.
		await expect.poll(() => page.locator(".status-bar").textContent()).toContain("14 follow-ups due");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("marks a thank-you sent: the key and the log line are written and the row moves to waiting on reply", async () => {
		const { page, errors } = await openPage(sandbox);
		const before = await noteText(page, ACME);
		await row(page, ACME, "thank-you").locator(".ifu-done").click();
		await page.locator(".menu .menu-item", { hasText: /^Thank-you sent$/ }).click();
		await expect.poll(() => noteText(page, ACME), SAVED).toContain("thank_you_sent: 2026-11-25T18:00");
		const after = await noteText(page, ACME);
		expect(after).toContain("## Follow-up log");
		expect(after).toMatch(/- 2026-11-25 18:00 Thank-you sent/);
		// Only the key's line changed in the frontmatter, and the old body is intact.
		expect(after.replace("thank_you_sent: 2026-11-25T18:00", "thank_you_sent:").startsWith(before.trimEnd())).toBe(true);
		await expect.poll(() => row(page, ACME, "thank-you").count()).toBe(0);
		const waiting = page.locator('.ifu-section-header[data-section="waiting"]');
		if ((await waiting.getAttribute("aria-expanded")) === "false") await waiting.click();
		await expect.poll(() => row(page, ACME, "check-in").count()).toBe(1);
		expect(await row(page, ACME, "check-in").evaluate((el) => el.closest(".ifu-section")?.querySelector(".ifu-section-header")?.getAttribute("data-section"))).toBe("waiting");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("asks before closing out, then closes the interview", async () => {
		const { page, errors } = await openPage(sandbox);
		await row(page, STARK, "close-out").locator(".ifu-done").click();
		const modal = page.locator(".modal");
		await expect.poll(() => modal.count()).toBe(1);
		expect(await noteText(page, STARK)).toContain("status: active");
		await modal.locator("button", { hasText: /close/i }).last().click();
		await expect.poll(() => noteText(page, STARK)).toContain("status: closed");
		expect(await noteText(page, STARK)).toMatch(/closed_on: 2026-11-25/);
		await expect.poll(() => row(page, STARK, "close-out").count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it("inserts a draft under the Follow-up drafts heading, keeping the note's text", async () => {
		const { page, errors } = await openPage(sandbox);
		const before = await noteText(page, ACME);
		expect(before).not.toContain("## Follow-up drafts");
		await row(page, ACME, "next-steps").locator(".ifu-row-action-insert-draft").click();
		await expect.poll(() => noteText(page, ACME), SAVED).toContain("## Follow-up drafts");
		const after = await noteText(page, ACME);
		expect(after.startsWith(before.trimEnd())).toBe(true);
		const section = after.slice(after.indexOf("## Follow-up drafts"));
		expect(section).toMatch(/To:\*\* Lena Okafor \(lena\.okafor\\@acme-robotics\.example\)/);
		expect(section).toMatch(/\(mailto:lena\.okafor@acme-robotics\.example\?subject=/);
		// The open note in the page shows it too.
		await expect.poll(() => page.locator("#sbx-note").inputValue()).toContain("## Follow-up drafts");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("renders the interview-follow-ups code block and the pipeline view", async () => {
		const { page, errors } = await openPage(sandbox);
		await page.locator('#sbx-file-list button[data-path="Job search.md"]').click();
		await page.click("#sbx-mode");
		const block = page.locator("#sbx-reading .block-language-interview-follow-ups").first();
		await expect.poll(() => block.locator(".internal-link").count()).toBe(6);
		expect(await block.textContent()).toContain("Initech · Backend developer");
		await page.locator('.view-actions [aria-label="Open interview pipeline"]').click();
		await expect.poll(() => page.locator("#sbx-main-views").isVisible()).toBe(true);
		expect(await page.locator("#sbx-main-views").textContent()).toContain("Reply rate after a thank-you");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("creates an interview note from the form, with a start typed as a phrase", async () => {
		const { page, errors } = await openPage(sandbox);
		await page.locator('.view-actions [aria-label="New interview note"]').click();
		const modal = page.locator(".modal");
		const input = (label: string) => modal.locator(".setting-item").filter({ has: page.locator(".setting-item-name", { hasText: new RegExp(`^${label}$`) }) }).locator("input");
		await input("Company").fill("Tyrell");
		await input("Role").fill("Systems engineer");
		await input("Start").fill("tomorrow 2pm");
		await input("Primary contact email").fill("rachael@tyrell.example");
		await modal.locator("button", { hasText: "Create note" }).click();
		const path = "Interviews/2026-11-26 Tyrell - Systems engineer.md";
		await expect.poll(() => page.locator(`#sbx-file-list button[data-path="${path}"]`).count()).toBe(1);
		const text = await noteText(page, path);
		expect(text).toMatch(/^---\n(.*\n)*type: interview\n/);
		expect(text).toContain("interview_start: 2026-11-26T14:00");
		expect(text).toContain("primary_contact_email: rachael@tyrell.example");
		const upcoming = page.locator('.ifu-section-header[data-section="upcoming"]');
		if ((await upcoming.getAttribute("aria-expanded")) === "false") await upcoming.click();
		await expect.poll(() => row(page, path, "thank-you").count()).toBe(1);
		expect(errors).toEqual([]);
		await page.close();
	});

	it("makes an interview note from a pasted calendar invite, and shows its thank-you at once", async () => {
		const { page, errors } = await openPage(sandbox);
		const invite = [
			"BEGIN:VCALENDAR",
			"PRODID:Microsoft Exchange Server 2010",
			"METHOD:REQUEST",
			// Exchange's zone with its rules from 1601: main.js's own reader expands them (src/core/vtimezone.ts).
			...EXCHANGE_W_EUROPE,
			"BEGIN:VEVENT",
			'ORGANIZER;CN="Okafor, Lena":MAILTO:lena.okafor@tyrell.example',
			"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachael Rosen:MAILTO:rachael@tyrell.example",
			"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jordan Rivera:MAILTO:jordan.rivera@example.com",
			"UID:tyrell-systems-0001",
			"SUMMARY:Tyrell – Systems engineer interview",
			"DTSTART;TZID=W. Europe Standard Time:20261125T110000",
			"DTEND;TZID=W. Europe Standard Time:20261125T120000",
			"LOCATION:Microsoft Teams Meeting",
			"DESCRIPTION:See you soon. <b>Bring</b> [[nothing]]\\n",
			"END:VEVENT",
			"END:VCALENDAR",
		].join("\r\n");
		await page.locator("#sbx-invite").click();
		await page.locator(".prompt .suggestion-item", { hasText: "Paste the invite's text" }).click();
		await page.locator(".modal textarea").fill(invite);
		await page.locator(".modal button", { hasText: "Read invite" }).click();
		const modal = page.locator(".modal", { hasText: "New interview note from invite" });
		const input = (field: string) => modal.locator(`input[data-field="${field}"]`);
		await expect.poll(() => input("company").inputValue()).toBe("Tyrell");
		expect(await input("role").inputValue()).toBe("Systems engineer");
		expect(await input("interviewers").inputValue()).toBe("Rachael Rosen <rachael@tyrell.example>");
		expect(await input("primaryContact").inputValue()).toBe("Lena Okafor");
		await modal.locator("button", { hasText: "Create note" }).click();
		const path = "Interviews/2026-11-25 Tyrell - Systems engineer.md";
		await expect.poll(() => page.locator(`#sbx-file-list button[data-path="${path}"]`).count()).toBe(1);
		const text = await noteText(page, path);
		expect(text).toContain("\nformat: video\n");
		expect(text).toContain("\ninterviewers:\n  - name: Rachael Rosen\n    email: rachael@tyrell.example\n");
		expect(text).toContain("\ninvite_uid: tyrell-systems-0001\n");
		// 11:00 in Berlin in November (UTC+1 by the zone's rules) is 10:00 UTC, written in the page's local time.
		const localStart = await page.evaluate(() => {
			const d = new Date(Date.UTC(2026, 10, 25, 10));
			const two = (n: number) => String(n).padStart(2, "0");
			return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
		});
		expect(text).toContain(`\ninterview_start: ${localStart}\n`);
		expect(text).toMatch(/## Invitation\n\n```text\n/);
		await expect.poll(() => row(page, path, "thank-you").count()).toBe(1);
		expect(await row(page, path, "thank-you").textContent()).toContain("Rachael Rosen");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("lists the broken note under problems, and opens it on click", async () => {
		const { page, errors } = await openPage(sandbox);
		const problem = page.locator('.ifu-pane .ifu-problem[data-file="Interviews/Broken - Massive Dynamic.md"]');
		await expect.poll(() => problem.count()).toBe(1);
		expect(await problem.textContent()).toMatch(/YAML/);
		await problem.locator(".ifu-row-title").click();
		await expect.poll(() => page.locator("#sbx-note-title").textContent()).toBe("Interviews/Broken - Massive Dynamic.md");
		expect(errors).toEqual([]);
		await page.close();
	});

	it("reaches row actions by keyboard", async () => {
		const { page, errors } = await openPage(sandbox);
		const initech = "Interviews/2026-11-24 Initech - Backend developer.md";
		await row(page, initech, "thank-you").locator(".ifu-row-title").focus();
		await page.keyboard.press("ArrowDown");
		const focusedRow = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			const r = el?.closest<HTMLElement>(".ifu-row");
			return `${el?.classList.contains("ifu-row-title")} ${r?.dataset.file} ${r?.dataset.kind}`;
		});
		expect(focusedRow).toBe(`true ${initech} next-steps`);
		await page.keyboard.press("Tab");
		expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toMatch(/^Mark done/);
		await page.keyboard.press("Enter");
		await expect.poll(() => noteText(page, initech)).toMatch(/next_steps_asked: 2026-11-25T18:00/);
		expect(errors).toEqual([]);
		await page.close();
	});

	describe.each([
		[1400, 900],
		[1024, 768],
	])("laid out at %ix%i", (width, height) => {
		const viewport = { width, height };
		const inWindow = async (page: Page, selector: string) => {
			const box = await page.locator(selector).first().boundingBox();
			return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
		};

		it("shows the whole draft preview, its drafts scrolling between the title and the footer", async () => {
			const { page, errors } = await openPage(sandbox, undefined, viewport);
			await row(page, "Interviews/2026-11-25 Globex - Staff engineer.md", "thank-you").locator("button.ifu-row-action-drafts").click();
			await expect.poll(() => page.locator(".ifu-draft").count()).toBeGreaterThanOrEqual(3);
			expect(await inWindow(page, ".modal .modal-title")).toBe(true);
			expect(await inWindow(page, ".modal .ifu-draft-footer button")).toBe(true);
			const scroll = await page.locator(".modal .ifu-drafts").evaluate((el) => ({ scrolls: el.scrollHeight > el.clientHeight, style: getComputedStyle(el).overflowY }));
			expect(scroll).toEqual({ scrolls: true, style: "auto" });
			// Under the first draft, the sentences written from the notes, as wide as its text.
			const noted = page.locator(".modal .ifu-draft").first().locator(".ifu-draft-from-notes");
			await expect.poll(() => noted.locator("li").count()).toBeGreaterThan(0);
			const [box, text] = await Promise.all([noted.boundingBox(), page.locator(".modal .ifu-draft").first().locator("textarea").boundingBox()]);
			expect(box !== null && text !== null && box.x >= text.x - 1 && box.x + box.width <= text.x + text.width + 1).toBe(true);
			await page.screenshot({ path: `test-results/draft-preview-${width}x${height}.png` });
			expect(errors).toEqual([]);
			await page.close();
		});

		it("fits the pipeline's tables in the tab, no column cut off", async () => {
			const { page, errors } = await openPage(sandbox, undefined, viewport);
			await page.locator('.view-actions [aria-label="Open interview pipeline"]').click();
			await expect.poll(() => page.locator("#sbx-main-views .ifu-table").count()).toBeGreaterThan(3);
			const overflowing = await page.locator("#sbx-main-views .ifu-table-wrap").evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
			expect(overflowing).toBe(0);
			expect(errors).toEqual([]);
			await page.close();
		});

		it("shows menu icons beside their labels, and the reading view's lists and bold as such", async () => {
			const { page, errors } = await openPage(sandbox, undefined, viewport);
			await row(page, "Interviews/2026-11-25 Acme Robotics - Platform engineer.md", "thank-you").locator(".ifu-done").click();
			const item = page.locator(".menu .menu-item").first();
			const icon = await item.locator(".menu-item-icon").boundingBox();
			const title = await item.locator(".menu-item-title").boundingBox();
			expect(icon && title && icon.x + icon.width <= title.x && Math.abs(icon.y + icon.height / 2 - (title.y + title.height / 2)) < 4).toBe(true);
			await page.keyboard.press("Escape");
			await page.click("#sbx-mode");
			const reading = page.locator("#sbx-reading");
			await expect.poll(() => reading.locator("li strong").count()).toBeGreaterThan(1);
			expect(await reading.textContent()).not.toContain("**");
			expect(errors).toEqual([]);
			await page.close();
		});
	});

	it("saves screenshots of the pane in light and dark themes", async () => {
		const { page, errors } = await openPage(sandbox);
		mkdirSync("test-results", { recursive: true });
		await page.screenshot({ path: "test-results/sandbox-light.png" });
		await page.locator("#sbx-right").screenshot({ path: "test-results/pane-light.png" });
		await page.click("#sbx-theme");
		expect(await page.evaluate(() => document.body.className)).toContain("theme-dark");
		await page.screenshot({ path: "test-results/sandbox-dark.png" });
		await page.locator("#sbx-right").screenshot({ path: "test-results/pane-dark.png" });
		expect(errors).toEqual([]);
		await page.close();
	});
});
