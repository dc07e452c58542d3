import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { translatorOf } from "@/lib/i18n/catalogues";
import {
  recordMonitoringVisitAction,
  recordSustainabilitySurveyAction,
} from "@/lib/monitoring/actions";
import { executeAction } from "@/lib/safe-action";
import { updateDimensionWeightAction, updateIndicatorAction } from "@/lib/sustainability/actions";
import { answerOption, indicatorQuestion, scaleRange } from "@/lib/sustainability/indicator-words";
import {
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  reviewCounts,
  unwrap,
  type ReviewCounts,
} from "@/lib/testing/kit";

type Indicator = {
  id: string;
  code: string;
  dimension: string;
  scaleMax: number;
  isReversed: boolean;
};

describe("monitoring visits and the sustainability survey", () => {
  let caseworker: Actor;
  let admin: Actor;
  let caseId: string;
  let indicators: Indicator[];
  let baseline: ReviewCounts;
  const expectNothingWritten = async () => expect(await reviewCounts()).toStrictEqual(baseline);
  // Every indicator answered with the best answer, except those given in `answers` (by code).
  const surveyInput = (answers: Record<string, string> = {}) => ({
    caseId,
    surveyedOn: "2026-06-01",
    answers: indicators.map((indicator) => ({
      indicatorId: indicator.id,
      answer: answers[indicator.code] ?? String(indicator.isReversed ? 1 : indicator.scaleMax),
    })),
  });
  const record = (input: object) =>
    executeAction(recordSustainabilitySurveyAction.definition, caseworker, input);

  beforeEach(async () => {
    await resetDatabase();
    const office = await makeOffice("GTM");
    caseworker = await makeUser("CASEWORKER", office.id);
    admin = await makeUser("ADMIN", null);
    caseId = (await makeCase(office, "REINTEGRATION")).id;
    indicators = await db.sustainabilityIndicator.findMany({
      orderBy: { position: "asc" },
      select: { id: true, code: true, dimension: true, scaleMax: true, isReversed: true },
    });
    baseline = await reviewCounts();
  });

  it("the migration seeds 15 active indicators, 5 per dimension, each weighted 1", async () => {
    const rows = await db.sustainabilityIndicator.groupBy({
      by: ["dimension"],
      where: { isActive: true, weight: 1 },
      _count: { _all: true },
      orderBy: { dimension: "asc" },
    });
    expect(rows.map((row) => [row.dimension, row._count._all])).toStrictEqual([
      ["ECONOMIC", 5],
      ["SOCIAL", 5],
      ["PSYCHOSOCIAL", 5],
    ]);
  });

  it("keeps only codes in the database: every seeded code has its question and a label per answer in the catalogue", async () => {
    const t = await translatorOf("en");
    const [column] = await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM information_schema.columns
      WHERE table_name = 'sustainability_indicators' AND column_name = 'question'`;
    expect(column!.count).toBe(0n);
    const missing = indicators.flatMap((indicator) => [
      ...(indicatorQuestion(t, indicator.code) === indicator.code ? [indicator.code] : []),
      ...Array.from({ length: indicator.scaleMax }, (_, index) => index + 1)
        .filter((value) => answerOption(t, indicator.code, value) === String(value))
        .map((value) => `${indicator.code}.${value}`),
    ]);
    expect(missing).toStrictEqual([]);
    expect(answerOption(t, "ECON_FOOD_CUTS", 1)).toBe("1 – Never");
    expect(scaleRange(t, "SOC_HOUSING", 5)).toBe("1 – Very poor to 5 – Very good");
  });

  it("refuses a code that cannot be a catalogue key, and shows a code without messages as it is", async () => {
    await expect(
      db.sustainabilityIndicator.update({
        where: { id: indicators[0]!.id },
        data: { code: "econ.satisfaction" },
      }),
    ).rejects.toThrow(/sustainability_indicators_code_format/);
    const t = await translatorOf("en");
    expect(indicatorQuestion(t, "LOCAL_QUESTION")).toBe("LOCAL_QUESTION");
    expect(answerOption(t, "LOCAL_QUESTION", 2)).toBe("2");
  });

  it("stores each dimension's score and the composite from the answers, with 15 answers keeping their weights", async () => {
    // Economic: the satisfaction answer 3 of 5 (0.5) and the rest best → (0.5 + 4) / 5 = 0.9
    // Social: all worst → 0. Psychosocial: all best → 1. Composite (0.9 + 0 + 1) / 3.
    const social = Object.fromEntries(
      indicators
        .filter((row) => row.dimension === "SOCIAL")
        .map((row) => [row.code, row.isReversed ? String(row.scaleMax) : "1"]),
    );
    const { id } = unwrap(await record(surveyInput({ ECON_SATISFACTION: "3", ...social })));

    const survey = await db.sustainabilitySurvey.findUniqueOrThrow({
      where: { id },
      include: { answers: true },
    });
    expect(survey).toMatchObject({
      caseId,
      surveyedOn: toDay("2026-06-01"),
      economicScore: 0.9,
      socialScore: 0,
      psychosocialScore: 1,
      surveyedById: caseworker.id,
    });
    expect(survey.compositeScore).toBeCloseTo(1.9 / 3, 12);
    expect(survey.answers).toHaveLength(15);
    expect(survey.answers.every((answer) => answer.weight === 1)).toBe(true);
  });

  it("uses the weights an admin set: indicator weight 3 and deactivation, dimension weight 0", async () => {
    const satisfaction = indicators.find((row) => row.code === "ECON_SATISFACTION")!;
    const foodCuts = indicators.find((row) => row.code === "ECON_FOOD_CUTS")!;
    unwrap(
      await executeAction(updateIndicatorAction.definition, admin, {
        indicatorId: satisfaction.id,
        weight: "3",
        isActive: true,
      }),
    );
    unwrap(
      await executeAction(updateIndicatorAction.definition, admin, {
        indicatorId: foodCuts.id,
        weight: "1",
        isActive: false,
      }),
    );
    unwrap(
      await executeAction(updateDimensionWeightAction.definition, admin, {
        dimension: "SOCIAL",
        weight: "0",
      }),
    );

    // Economic: satisfaction worst (0) × 3 and three more best (1) → 3/6 = 0.5; social counts 0 in the composite.
    const { id } = unwrap(await record(surveyInput({ ECON_SATISFACTION: "1" })));

    const survey = await db.sustainabilitySurvey.findUniqueOrThrow({
      where: { id },
      include: { answers: true },
    });
    expect(survey).toMatchObject({
      economicScore: 0.5,
      socialScore: 1,
      psychosocialScore: 1,
      compositeScore: 0.75,
    });
    expect(survey.answers).toHaveLength(14);
    expect(survey.answers.find((answer) => answer.indicatorId === satisfaction.id)?.weight).toBe(3);
  });

  it("a monitoring visit keeps the day, the note and the next due day", async () => {
    const { id } = unwrap(
      await executeAction(recordMonitoringVisitAction.definition, caseworker, {
        caseId,
        visitedOn: "2026-06-01",
        note: "Shop open",
        nextVisitDue: "2026-09-01",
      }),
    );

    expect(await db.monitoringVisit.findUniqueOrThrow({ where: { id } })).toMatchObject({
      visitedOn: toDay("2026-06-01"),
      note: "Shop open",
      nextVisitDue: toDay("2026-09-01"),
      visitedById: caseworker.id,
    });
  });

  describe("refused, nothing written", () => {
    it("a survey with an unanswered active question: that answer's field error", async () => {
      expect(await record(surveyInput({ SOC_HOUSING: "" }))).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { "answers.5.answer": ["answerEveryQuestion"] },
      });
      await expectNothingWritten();
    });

    it("an answer above the indicator's scale: invalidChoice", async () => {
      expect(await record(surveyInput({ ECON_WORK: "4" }))).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { "answers.2.answer": ["invalidChoice"] },
      });
      await expectNothingWritten();
    });

    it("a visit whose next due day is before the visit: { nextVisitDue: ['nextVisitBeforeVisit'] }", async () => {
      const result = await executeAction(recordMonitoringVisitAction.definition, caseworker, {
        caseId,
        visitedOn: "2026-06-01",
        note: "",
        nextVisitDue: "2026-05-01",
      });
      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { nextVisitDue: ["nextVisitBeforeVisit"] },
      });
      await expectNothingWritten();
    });

    it("a caseworker changing an indicator's weight: FORBIDDEN", async () => {
      expect(
        await executeAction(updateIndicatorAction.definition, caseworker, {
          indicatorId: indicators[0]!.id,
          weight: "5",
          isActive: true,
        }),
      ).toStrictEqual({ ok: false, error: "FORBIDDEN" });
      expect(await db.sustainabilityIndicator.count({ where: { weight: 1, isActive: true } })).toBe(
        15,
      );
    });
  });
});
