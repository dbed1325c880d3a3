import { describe, expect, it } from "vitest";
import { buildPipeline, type PipelineRow } from "../../src/core/pipeline";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Interview } from "../../src/core/types";
import { anInterview, local } from "../builders/interview";

const settings = { ...DEFAULT_SETTINGS };
const NOW = local("2026-12-01T12:00");

/**
 * A season of interviews with known answers. Durations from thank-you to reply:
 * A 48 h, D 12 h, F 36 h, H 100 h; E's thank-you is recorded as "yes", so it has none.
 */
function season(): Interview[] {
	return [
		anInterview().file("A.md").company("Acme").at("2026-10-28T10:00", "2026-10-28T11:00")
			.record("thankYouSent", "2026-10-28T17:00").record("replyReceived", "2026-10-30T17:00").build(),
		anInterview().file("B.md").company("Bluth").at("2026-10-20T10:00", "2026-10-20T11:00")
			.record("thankYouSent", "2026-10-20T18:00").record("checkInSent", "2026-10-27T09:00")
			.status("closed").with({ closedOn: local("2026-11-03") }).build(),
		anInterview().file("C.md").company("Cogswell").at("2026-10-15T10:00", "2026-10-15T11:00").status("withdrawn").build(),
		anInterview().file("D.md").company("Dunder").at("2026-11-10T10:00", "2026-11-10T11:00")
			.record("thankYouSent", "2026-11-10T15:00").record("nextStepsAsked", "2026-11-10T15:00")
			.record("replyReceived", "2026-11-11T03:00").status("rejected").build(),
		anInterview().file("E.md").company("Encom").at("2026-11-12T10:00", "2026-11-12T11:00")
			.record("thankYouSent", true).record("replyReceived", "2026-11-20T10:00").status("offer").build(),
		anInterview().file("F.md").company("Fringe").at("2026-11-17T10:00", "2026-11-17T11:00")
			.record("thankYouSent", "2026-11-17T16:00").record("replyReceived", "2026-11-19T04:00").build(),
		anInterview().file("H.md").company("Hooli").at("2026-11-20T07:00", "2026-11-20T08:00")
			.record("thankYouSent", "2026-11-20T09:00").record("replyReceived", "2026-11-24T13:00").build(),
		anInterview().file("I.md").company("Initech").at("2026-11-24T14:00", "2026-11-24T15:00")
			.record("thankYouSent", "2026-11-24T18:10").record("nextStepsAsked", "2026-11-26T10:00").build(),
		anInterview().file("J.md").company("Jupiter").at("2026-11-25T13:00", "2026-11-25T14:30").build(),
		anInterview().file("L.md").company("Lacuna").at("2026-11-03T09:00", "2026-11-03T10:00")
			.record("thankYouSent", "2026-11-03T17:00").record("checkInSent", true).build(),
		anInterview().file("K.md").company("Krusty").at("2026-12-03T10:00", "2026-12-03T11:00").build(),
	];
}

const row = (rows: PipelineRow[], file: string) => rows.find((r) => r.file === file)!;

describe("pipeline figures", () => {
	const { figures, rows } = buildPipeline(season(), settings, NOW);

	it("gives the reply rate after a thank-you, counting offers and rejections as answers", () => {
		expect(figures.interviews).toBe(11);
		expect(figures.thankYousSent).toBe(8);
		expect(figures.replies).toBe(5);
		expect(figures.replyRate).toBe(5 / 8);
	});

	it("takes an offer or a rejection as an answer even when reply_received was left empty", () => {
		const thanked = (file: string) => anInterview().file(file).record("thankYouSent", "2026-11-25T18:00");
		const { figures: f, rows: r } = buildPipeline(
			[thanked("offer.md").status("offer").build(), thanked("no.md").status("rejected").build(), thanked("quiet.md").build(), thanked("gone.md").status("withdrawn").build()],
			settings,
			NOW,
		);
		expect([f.thankYousSent, f.replies, f.replyRate]).toEqual([4, 2, 0.5]);
		expect(row(r, "offer.md").replied).toBe(true);
		expect(row(r, "gone.md").replied).toBe(false);
		expect(f.medianDaysToReply).toBeNull();
	});

	it("gives the median time from thank-you to reply in days, to the hour", () => {
		// 12, 36, 48 and 100 hours: the median is 42 hours.
		expect(figures.medianDaysToReply).toBe(1.75);
		expect(row(rows, "F.md").daysToReply).toBe(1.5);
		expect(row(rows, "H.md").daysToReply).toBeCloseTo(100 / 24, 10);
	});

	it("counts interviews closed without a reply, and offers and active ones", () => {
		expect(figures.closedWithoutReply).toBe(1);
		expect(figures.offers).toBe(1);
		expect(figures.active).toBe(7);
	});

	it("gives the same figures per month of the interview, oldest month first", () => {
		expect(figures.byMonth).toEqual([
			{ month: "2026-10", interviews: 3, thankYousSent: 2, replies: 1, replyRate: 0.5, medianDaysToReply: 2, closedWithoutReply: 1 },
			{ month: "2026-11", interviews: 7, thankYousSent: 6, replies: 4, replyRate: 4 / 6, medianDaysToReply: 1.5, closedWithoutReply: 0 },
			{ month: "2026-12", interviews: 1, thankYousSent: 0, replies: 0, replyRate: null, medianDaysToReply: null, closedWithoutReply: 0 },
		]);
	});
});

describe("pipeline rows", () => {
	const { rows } = buildPipeline(season(), settings, NOW);

	it("lists the most recent interview first", () => {
		expect(rows.map((r) => r.file)).toEqual(["K.md", "J.md", "I.md", "H.md", "F.md", "E.md", "D.md", "L.md", "A.md", "B.md", "C.md"]);
	});

	it("says where each interview stands", () => {
		expect(Object.fromEntries(rows.map((r) => [r.file, r.stage]))).toEqual({
			"A.md": "Reply received",
			"B.md": "Closed without reply",
			"C.md": "Withdrawn",
			"D.md": "Rejected",
			"E.md": "Offer",
			"F.md": "Reply received",
			"H.md": "Reply received",
			"I.md": "Waiting on reply",
			"J.md": "Awaiting thank-you",
			"K.md": "Interview ahead",
			"L.md": "Waiting after check-in",
		});
	});

	it("counts follow-ups sent, a next-steps question in the thank-you itself counting once", () => {
		expect(row(rows, "D.md").attempts).toBe(1);
		expect(row(rows, "I.md").attempts).toBe(2);
		expect(row(rows, "B.md").attempts).toBe(2);
		expect(row(rows, "L.md").attempts).toBe(2);
		expect(row(rows, "J.md").attempts).toBe(0);
	});

	it("counts whole days waiting since the last message, only while thanked and unanswered", () => {
		// Last message: the next-steps question on Nov 26 at 10:00, five days and two hours ago.
		expect(row(rows, "I.md").daysWaiting).toBe(5);
		// The check-in is "yes": the dated thank-you of Nov 3 is the latest known message.
		expect(row(rows, "L.md").daysWaiting).toBe(27);
		for (const file of ["A.md", "B.md", "E.md", "J.md", "K.md"]) expect(row(rows, file).daysWaiting).toBeNull();
	});

	it("keeps records that are not dates as set, without durations", () => {
		const e = row(rows, "E.md");
		expect(e.thankYouSent).toBe(true);
		expect(e.replyReceived).toEqual(local("2026-11-20T10:00"));
		expect(e.daysToReply).toBeNull();
		expect(e.replied).toBe(true);
		expect(row(rows, "L.md").checkInSent).toBe(true);
		expect(row(rows, "J.md").thankYouSent).toBeNull();
	});

	it("carries dates through as dates", () => {
		const b = row(rows, "B.md");
		expect(b.closedOn).toEqual(local("2026-11-03"));
		expect(b.interviewStart).toEqual(local("2026-10-20T10:00"));
		expect(b.appliedOn).toBeNull();
		const withApplied = buildPipeline([anInterview().with({ appliedOn: local("2026-10-01") }).build()], settings, NOW).rows[0];
		expect(withApplied.appliedOn).toEqual(local("2026-10-01"));
	});

	it("ignores a reply recorded before the thank-you when timing replies", () => {
		const odd = anInterview().record("thankYouSent", "2026-11-26T09:00").record("replyReceived", "2026-11-25T18:00").build();
		const { rows: [r], figures } = buildPipeline([odd], settings, NOW);
		expect(r.daysToReply).toBeNull();
		expect(figures.replies).toBe(1);
		expect(figures.medianDaysToReply).toBeNull();
	});
});

describe("pipeline companies", () => {
	it("groups interviews by company, whatever the case and spacing, by name", () => {
		const { companies } = buildPipeline(
			[
				anInterview().file("1.md").company("acme ").at("2026-11-01T10:00", "2026-11-01T11:00").build(),
				anInterview().file("2.md").company("Acme").at("2026-11-20T10:00", "2026-11-20T11:00").build(),
				anInterview().file("3.md").company("").build(),
				anInterview().file("4.md").company("Bluth").build(),
			],
			settings,
			NOW,
		);
		expect(companies.map((c) => [c.company, c.rows.map((r) => r.file)])).toEqual([
			["Acme", ["2.md", "1.md"]],
			["Bluth", ["4.md"]],
			["", ["3.md"]],
		]);
	});
});

describe("empty pipeline", () => {
	it("has no rows and figures without rates", () => {
		expect(buildPipeline([], settings, NOW)).toEqual({
			rows: [],
			companies: [],
			figures: {
				interviews: 0,
				thankYousSent: 0,
				replies: 0,
				replyRate: null,
				medianDaysToReply: null,
				closedWithoutReply: 0,
				active: 0,
				offers: 0,
				byMonth: [],
			},
		});
	});
});
