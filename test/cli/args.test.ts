import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../../src/cli/args";

const specs = [{ name: "now", value: "<ISO>" }, { name: "all" }, { name: "out", value: "<file>", short: "o" }];

describe("parsing arguments", () => {
	it("separates positionals, switches and options with values, in any order", () => {
		const parsed = parseArgs(["vault", "--now", "2026-11-25T18:00", "--all", "-o", "x.ics", "note"], specs);
		expect(parsed.positionals).toEqual(["vault", "note"]);
		expect(Object.fromEntries(parsed.options)).toEqual({ now: "2026-11-25T18:00", all: true, out: "x.ics" });
	});

	it("takes --name=value and stops at --", () => {
		const parsed = parseArgs(["--now=2026-11-25", "--", "--all", "-"], specs);
		expect(parsed.options.get("now")).toBe("2026-11-25");
		expect(parsed.positionals).toEqual(["--all", "-"]);
	});

	it.each([
		[["--foo"], "unknown option --foo (see --help)"],
		[["--foo=1"], "unknown option --foo (see --help)"],
		[["-x"], "unknown option -x (see --help)"],
		[["--now"], "option --now needs a value <ISO> (see --help)"],
		[["--now", "--all"], "option --now needs a value <ISO> (see --help)"],
		[["--all=yes"], "option --all takes no value"],
		[["--all", "--all"], "option --all is given twice"],
	])("%j is refused: %s", (argv, message) => {
		expect(() => parseArgs(argv, specs)).toThrow(new UsageError(message));
	});
});
