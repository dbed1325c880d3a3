// Reviews 95-96, read at the end of the stop: shorthand the readings said as typed.
import { describe, expect, it } from "vitest";
import { experienceOf, focusTopic } from "../../src/core/phrasing";
import { privateRemark } from "../../src/core/private-remarks";
import { readNextSteps } from "../../src/core/next-steps-note";
import { namesFor } from "../../src/core/people";
import { local } from "../builders/interview";

const to = { names: ["Dana Ruiz"], reader: ["Dana Ruiz"] };

describe("focus and highlight lines of reviews 95-96", () => {
	it("tells a topic written with '=' or about someone else as 'she', never says it", () => {
		// "your thinking on the PMS = infor HMS not opera", "how you want replacement before she leaves 12/20" before.
		for (const note of ["PMS = infor HMS not opera. ok w learning?", "wants replacement b4 she leaves 12/20"]) {
			const read = focusTopic(note, to);
			expect(read.topic, note).toBeNull();
			expect(read.leftOut.join(" "), note).toContain(note.slice(0, 12));
		}
		expect(experienceOf("PMS = infor HMS not opera", to).reference).toBeNull();
	});
	it("never reads a binder's creep comp or a casino's comps as pay", () => {
		expect(privateRemark("creep comp on 64pg books", "highlight")).toBeNull();
		expect(privateRemark("comp/folio xfers, night audit", "focus")).toBeNull();
		expect(privateRemark("comp is low, 85k", "focus")).toBe("pay");
	});
	it("writes out 'nite' and 'mstr'", () => {
		expect(focusTopic("nite incidents, key cards, who has mstr keys", to).topic?.text).toBe("night incidents");
		expect(experienceOf("said i run the high balance report every nite + call guests over limit before checkout", to).statement).toMatch(/every night and/);
	});
	it("reads 'blew' as the user's past deed, never 'my work on the blew out'", () => {
		const read = experienceOf("blew out 40+ systems each fall", to);
		expect(read.statement).toBe("I blew out more than 40 systems each fall.");
		expect(read.reference ?? "").not.toMatch(/work on the blew/);
	});
});

describe("next steps of reviews 95-96", () => {
	const base = local("2026-12-02T10:00");
	const read = (text: string, reader: string) => readNextSteps(text, { names: namesFor(reader), context: [reader, "Vince Poole", "Tasha Reed"].flatMap((n) => namesFor(n)) }, base, local("2026-12-03T09:00"))?.clause;
	it.each([
		// "a shed call by Wednesday" before: "she'd" typed without its apostrophe.
		["tasha said shed call by wed re working interview", "Wendell Frye", "I understood Tasha would call by Wednesday 9 December about a working interview"],
		// "text me mon" before.
		["vince text me mon re trial shift", "Vince Poole", "you mentioned you'd text me on Monday 7 December about a trial shift"],
		// "…by Saturday 5 December if yes" before.
		["offer ltr by 12/5 if yes", "Vince Poole", "I understood I'd hear back by Saturday 5 December"],
	])("%s", (text, reader, clause) => {
		expect(read(text, reader)).toBe(clause);
	});
});
