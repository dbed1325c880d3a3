// Approval testing for long outputs: the received text must equal the reviewed `<name>.approved.md`.
// On a difference (or no approved file yet) it writes `<name>.received.md` to review and fails;
// APPROVE=1 accepts the received text as the new approved file.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const DIR = dirname(fileURLToPath(import.meta.url));

export function approve(name: string, received: string): void {
	const approvedPath = join(DIR, `${name}.approved.md`);
	const receivedPath = join(DIR, `${name}.received.md`);
	if (process.env.APPROVE === "1") {
		writeFileSync(approvedPath, received);
		rmSync(receivedPath, { force: true });
		return;
	}
	// A checkout with autocrlf must not fail every approval.
	const approved = existsSync(approvedPath) ? readFileSync(approvedPath, "utf8").replace(/\r\n/g, "\n") : null;
	if (approved === received) {
		rmSync(receivedPath, { force: true });
		return;
	}
	writeFileSync(receivedPath, received);
	if (approved === null) {
		expect.fail(`No ${name}.approved.md yet: review ${name}.received.md, then run with APPROVE=1 to accept it`);
	}
	expect(received, `Output differs from ${name}.approved.md: review ${name}.received.md, then run with APPROVE=1 to accept it`).toBe(approved);
}
