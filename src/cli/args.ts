// Strict command-line parsing: each command declares its options, and anything else is a usage
// error reported in one line, so a typo never silently changes what a command does.

import { beforeFirst } from "../core/text-scan";

/** A mistake in how the tool was called (or a vault that cannot be read): exit 2, one line. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = "UsageError";
	}
}

export interface OptionSpec {
	/** Long name without dashes: `now` for `--now`. */
	name: string;
	/** Placeholder shown in help, for options that take a value: `<ISO>`. */
	value?: string;
	/** One-letter alias without the dash: `o` for `-o`. */
	short?: string;
	/** May be given several times; the values are joined with commas (`--me a --me b` is `a,b`). */
	repeatable?: boolean;
}

export interface ParsedArgs {
	positionals: string[];
	/** Options given, by long name: the value, or `true` for a switch. */
	options: Map<string, string | true>;
}

/**
 * Parses `argv` (the words after the command name). Accepts `--name value`, `--name=value`,
 * `-o value` and `--` to end the options; rejects unknown options, repeated options, switches
 * given a value and options missing theirs.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
	const positionals: string[] = [];
	const options = new Map<string, string | true>();
	let i = 0;
	while (i < argv.length) {
		const word = argv[i++];
		if (word === "--") {
			positionals.push(...argv.slice(i));
			break;
		}
		if (word === "-" || !word.startsWith("-")) {
			positionals.push(word);
			continue;
		}
		let name: string;
		let inline: string | undefined;
		let spec: OptionSpec | undefined;
		if (word.startsWith("--")) {
			const eq = word.indexOf("=");
			name = eq === -1 ? word.slice(2) : word.slice(2, eq);
			inline = eq === -1 ? undefined : word.slice(eq + 1);
			spec = specs.find((s) => s.name === name);
		} else {
			spec = word.length === 2 ? specs.find((s) => s.short === word[1]) : undefined;
			name = spec?.name ?? word.slice(1);
		}
		if (!spec) throw new UsageError(`unknown option ${beforeFirst(word, "=")} (see --help)`);
		if (options.has(spec.name) && !spec.repeatable) throw new UsageError(`option --${spec.name} is given twice`);
		if (spec.value === undefined) {
			if (inline !== undefined) throw new UsageError(`option --${spec.name} takes no value`);
			options.set(spec.name, true);
			continue;
		}
		let value = inline;
		if (value === undefined) {
			const next = argv[i];
			if (next === undefined || next.startsWith("--")) throw new UsageError(`option --${spec.name} needs a value ${spec.value} (see --help)`);
			value = next;
			i++;
		}
		const before = options.get(spec.name);
		options.set(spec.name, typeof before === "string" ? `${before},${value}` : value);
	}
	return { positionals, options };
}
