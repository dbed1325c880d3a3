// Draws the pipeline: the headline figures, the by-month table and tables of interview rows, for
// the pipeline view and the `view: pipeline` code block alike. DOM via createEl only.
import type { Pipeline, PipelineRow } from "../core/pipeline";
import { interviewLabel } from "./labels";
import { formatDay, figureItems, formatDaysWaiting, formatRecorded, monthCells, MONTH_HEADERS, NONE } from "./pipeline-format";
import { noteLink, openNote, type LinkContext } from "./pipeline-links";

export type ColumnId =
	| "interview"
	| "role"
	| "stage"
	| "interview-date"
	| "thank-you"
	| "next-steps"
	| "check-in"
	| "reply"
	| "closed"
	| "attempts"
	| "days-waiting";

const HEADERS: Record<ColumnId, string> = {
	interview: "Interview",
	role: "Role",
	stage: "Where it stands",
	"interview-date": "Interview date",
	"thank-you": "Thank-you",
	"next-steps": "Next steps asked",
	"check-in": "Check-in",
	reply: "Reply",
	closed: "Closed",
	attempts: "Follow-ups sent",
	"days-waiting": "Days waiting",
};

/** Every column, for the pipeline view's company tables. */
export const COMPANY_COLUMNS: readonly ColumnId[] = [
	"role",
	"stage",
	"interview-date",
	"thank-you",
	"next-steps",
	"check-in",
	"reply",
	"closed",
	"attempts",
	"days-waiting",
];

/** Fewer columns for a code block in a note, where the reading width is narrow. */
export const BLOCK_COLUMNS: readonly ColumnId[] = ["interview", "stage", "interview-date", "thank-you", "reply", "attempts", "days-waiting"];

const NUMERIC: ReadonlySet<ColumnId> = new Set<ColumnId>(["attempts"]);

function cellText(id: Exclude<ColumnId, "interview" | "role">, row: PipelineRow, now: Date): string {
	switch (id) {
		case "stage":
			return row.stage;
		case "interview-date":
			return formatDay(row.interviewStart, now);
		case "thank-you":
			return formatRecorded(row.thankYouSent, now);
		case "next-steps":
			return formatRecorded(row.nextStepsAsked, now);
		case "check-in":
			return formatRecorded(row.checkInSent, now);
		case "reply":
			return formatRecorded(row.replyReceived, now);
		case "closed":
			return row.closedOn ? formatDay(row.closedOn, now) : NONE;
		case "attempts":
			return String(row.attempts);
		case "days-waiting":
			return formatDaysWaiting(row.daysWaiting);
	}
}

/** The headline figures as a row of tiles. */
export function renderFigures(parent: HTMLElement, figures: Pipeline["figures"]): HTMLElement {
	const box = parent.createDiv({ cls: "ifu-figures" });
	for (const item of figureItems(figures)) {
		const tile = box.createDiv({ cls: "ifu-figure", attr: { "data-figure": item.id } });
		tile.createDiv({ cls: "ifu-figure-label", text: item.label });
		tile.createDiv({ cls: "ifu-figure-value", text: item.value });
		tile.createDiv({ cls: "ifu-figure-detail", text: item.detail });
	}
	return box;
}

function scroller(parent: HTMLElement, cls: string, caption: string): HTMLTableElement {
	// Tables fit their box: headings wrap, and a box too narrow for every column shows each row as a
	// card of labelled values (styles.css); they never widen the note or the tab.
	const wrap = parent.createDiv({ cls: "ifu-table-wrap" });
	const table = wrap.createEl("table", { cls: ["ifu-table", cls] });
	table.createEl("caption", { cls: "ifu-visually-hidden", text: caption });
	return table;
}

/** One row per month of the interview date, with the same figures. */
export function renderMonths(parent: HTMLElement, months: Pipeline["figures"]["byMonth"]): HTMLTableElement {
	const table = scroller(parent, "ifu-pipeline-months", "Figures by month of the interview");
	const head = table.createEl("thead").createEl("tr");
	MONTH_HEADERS.forEach((h, i) => head.createEl("th", { text: h, cls: i === 0 ? undefined : "ifu-num", attr: { scope: "col" } }));
	const body = table.createEl("tbody");
	for (const m of months) {
		const tr = body.createEl("tr", { attr: { "data-month": m.month } });
		monthCells(m).forEach((text, i) =>
			i === 0 ? tr.createEl("th", { text, attr: { scope: "row" } }) : tr.createEl("td", { text, cls: "ifu-num", attr: { "data-label": MONTH_HEADERS[i] } }),
		);
	}
	return table;
}

/** Interview rows; a click anywhere on a row opens its note. */
export function renderRows(
	parent: HTMLElement,
	rows: readonly PipelineRow[],
	columns: readonly ColumnId[],
	now: Date,
	link: LinkContext,
	caption: string,
): HTMLTableElement {
	const table = scroller(parent, "ifu-pipeline-rows", caption);
	const head = table.createEl("thead").createEl("tr");
	for (const id of columns) head.createEl("th", { text: HEADERS[id], cls: NUMERIC.has(id) ? "ifu-num" : undefined, attr: { scope: "col" } });
	const body = table.createEl("tbody");
	for (const row of rows) {
		const tr = body.createEl("tr", {
			cls: ["ifu-pipeline-row", `is-${row.status}`],
			attr: { "data-file": row.file, "data-stage": row.stage },
		});
		for (const id of columns) {
			if (id === "interview" || id === "role") {
				const text = id === "interview" ? interviewLabel(row.company, row.role, row.file) : row.role || row.title;
				noteLink(tr.createEl("th", { attr: { scope: "row" } }), row.file, text, link);
				continue;
			}
			// The label stands before the value when a narrow pane shows each row as a card (styles.css).
			tr.createEl("td", { text: cellText(id, row, now), cls: NUMERIC.has(id) ? ["ifu-num", `ifu-col-${id}`] : `ifu-col-${id}`, attr: { "data-label": HEADERS[id] } });
		}
		// The link is the keyboard's way in; the whole row is a larger target for the pointer.
		tr.addEventListener("click", (evt) => {
			if ((evt.target as HTMLElement | null)?.closest("a")) return;
			void openNote(link.app, row.file, link.sourcePath, evt);
		});
	}
	return table;
}
