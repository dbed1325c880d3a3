// Terminal colour, with plain ANSI codes: only on a terminal, and never when the user said no
// (https://no-color.org: any non-empty NO_COLOR; FORCE_COLOR=0; TERM=dumb).

export interface Style {
	bold(text: string): string;
	dim(text: string): string;
	red(text: string): string;
	yellow(text: string): string;
	green(text: string): string;
	cyan(text: string): string;
}

export function wantsColor(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
	if (!isTTY) return false;
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
	if (env.FORCE_COLOR === "0") return false;
	return env.TERM !== "dumb";
}

const wrap = (open: number, close: number) => (text: string) => (text === "" ? text : `\u001b[${open}m${text}\u001b[${close}m`);

const COLOR: Style = {
	bold: wrap(1, 22),
	dim: wrap(2, 22),
	red: wrap(31, 39),
	yellow: wrap(33, 39),
	green: wrap(32, 39),
	cyan: wrap(36, 39),
};

const same = (text: string) => text;
const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same, green: same, cyan: same };

export function styleFor(color: boolean): Style {
	return color ? COLOR : PLAIN;
}
