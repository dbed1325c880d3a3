// ical.js as main.js ships it: the iCalendar half only. The package also carries vCard 3 and 4
// (their value types, parameters and properties, and VCardTime) and classes the plugin never calls
// (Event, RecurExpansion, ComponentParser, the TimezoneService registry as an export); its module
// exports one object, so a bundler cannot leave any of them out by itself. This rewrites the ESM
// build as it is loaded: the exported object keeps only what the plugin uses, and the vCard design
// sets go, so that the bundler drops the rest. The iCalendar parser, components, properties, times,
// durations, time zones with their rules (RRULE expansion), the writer and its folding stay whole.
//
// Every cut is made on text the pinned version is known to hold, found exactly once; if ical.js
// changes shape (a new version in package-lock.json), the build fails here with what to check,
// rather than shipping a parser with a part missing. The unit tests load ical.js through the same
// cut (vitest.config.mts), so a removed part that the code turns out to need fails them.
import { readFileSync } from "node:fs";

/** The version whose text the cuts below were written against. */
export const ICAL_VERSION = "2.2.1";

/**
 * What the trimmed module exports: what src/ calls as `ICAL.<name>` (test/plugin/ical-trim.test.ts
 * checks that the code uses nothing else), plus `foldLength` and `newLineChar`, which ical.js reads
 * from this object itself when it folds lines.
 */
export const ICAL_EXPORTS = ["Component", "Duration", "Property", "Time", "Timezone", "helpers", "parse"];

/** Of `ICAL.helpers`, what src/ calls; updateTimezones (which adds VTIMEZONEs from a registry) and the rest go. */
export const ICAL_HELPERS = ["foldline"];

const EXPORTS_BEFORE = `  Binary,
  Component,
  ComponentParser,
  Duration,
  Event,
  Period,
  Property,
  Recur,
  RecurExpansion,
  RecurIterator,
  Time,
  Timezone,
  TimezoneService,
  UtcOffset,
  VCardTime,

  parse,
  stringify,

  design,
  helpers
};

export { ICALmodule as default };`;

/** Cuts: a piece of text found exactly once, or a span from a start text to (not including) an end text. */
const CUTS = [
	{
		what: "the vCard 4 and vCard 3 value types, parameters and properties",
		from: "// When adding a value here, be sure to add it to the parameter types!\nconst vcardValues = extend(commonValues, {",
		to: "/**\n * iCalendar design set\n",
	},
	{
		what: "the vCard 4 and vCard 3 design sets",
		from: "/**\n * vCard 4.0 design set\n",
		to: "/**\n * The design data, used by the parser to determine types for properties and\n",
	},
	{ what: "the vCard components of the design", text: "    vcard: vcardSet,\n    vcard3: vcard3Set,\n" },
	{ what: "design.vcard", text: "  vcard: vcardSet,\n" },
	{ what: "design.vcard3", text: "  vcard3: vcard3Set,\n" },
	{
		what: "the exported object's members",
		text: EXPORTS_BEFORE,
		with: `${ICAL_EXPORTS.map((name) => (name === "helpers" ? `  helpers: { ${ICAL_HELPERS.join(", ")} },` : `  ${name},`)).join("\n")}\n};\n\nexport { ICALmodule as default };`,
	},
];

/** Names the trimmed text must no longer mention (a cut that left a reference behind). */
const GONE = ["vcardSet", "vcard3Set", "vcardValues", "vcard3Values", "vcardProperties", "vcard3Properties", "vcardParams", "vcard3Params"];

function once(source, text, what) {
	const at = source.indexOf(text);
	if (at === -1 || source.indexOf(text, at + 1) !== -1) {
		throw new Error(
			`ical.js no longer has the shape scripts/ical-trim.mjs expects (${what}: ${at === -1 ? "not found" : "found more than once"}). ` +
				`It was written for ical.js ${ICAL_VERSION}: check what the new version holds and update the cuts.`,
		);
	}
	return at;
}

/** The ESM build of ical.js with the vCard half and unused exports taken out; throws if its text is not as expected. */
export function trimIcal(source, version) {
	if (version !== ICAL_VERSION) {
		throw new Error(`scripts/ical-trim.mjs was written for ical.js ${ICAL_VERSION}, but ${version} is installed: check its cuts against the new version.`);
	}
	let out = source.replace(/\r\n/g, "\n");
	for (const cut of CUTS) {
		if ("text" in cut) {
			const at = once(out, cut.text, cut.what);
			out = out.slice(0, at) + (cut.with ?? "") + out.slice(at + cut.text.length);
		} else {
			const start = once(out, cut.from, cut.what);
			const end = once(out, cut.to, cut.what);
			if (end <= start) throw new Error(`ical.js no longer has the shape scripts/ical-trim.mjs expects (${cut.what}: the end comes before the start).`);
			out = out.slice(0, start) + out.slice(end);
		}
	}
	const left = GONE.filter((name) => new RegExp(`\\b${name}\\b`).test(out));
	if (left.length > 0) throw new Error(`ical.js still refers to ${left.join(", ")} after scripts/ical-trim.mjs cut them: check the cuts.`);
	return out;
}

/** Where the ESM build lives, as a path ending the module id (either separator). */
export const ICAL_ESM = /[\\/]node_modules[\\/]ical\.js[\\/]dist[\\/]ical\.js$/;

function installedVersion(modulePath) {
	const pkg = modulePath.replace(/[\\/]dist[\\/]ical\.js$/, "/package.json");
	return JSON.parse(readFileSync(pkg, "utf8")).version;
}

/** The esbuild plugin that loads ical.js trimmed. */
export const icalTrimPlugin = {
	name: "ical-trim",
	setup(build) {
		let seen = false;
		build.onLoad({ filter: ICAL_ESM }, (args) => {
			seen = true;
			return { contents: trimIcal(readFileSync(args.path, "utf8"), installedVersion(args.path)), loader: "js" };
		});
		build.onEnd((result) => {
			// A bundle that imports ical.js from elsewhere (another build of it) would skip the cut unnoticed.
			if (result.errors.length === 0 && !seen && result.metafile && Object.keys(result.metafile.inputs).some((p) => /node_modules[\\/]ical\.js[\\/]/.test(p))) {
				return { errors: [{ text: "ical.js was bundled from a file scripts/ical-trim.mjs does not trim: check its ICAL_ESM path." }] };
			}
			return undefined;
		});
	},
};

/** The same cut for vite (vitest): the unit tests read ical.js as main.js ships it. */
export function icalTrimVite() {
	return {
		name: "ical-trim",
		enforce: "pre",
		transform(code, id) {
			const path = id.split("?")[0];
			if (!ICAL_ESM.test(path)) return null;
			return { code: trimIcal(code, installedVersion(path)), map: null };
		},
	};
}
