import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordSustainabilitySurveySchema } from "@/lib/monitoring/schemas";
import { scoreSurvey } from "@/lib/sustainability/score-survey";

async function activeIndicators(tx: Tx) {
  const [indicators, weights] = await Promise.all([
    tx.sustainabilityIndicator.findMany({
      where: { isActive: true },
      select: { id: true, dimension: true, weight: true, scaleMax: true, isReversed: true },
    }),
    tx.sustainabilityDimensionWeight.findMany({ select: { dimension: true, weight: true } }),
  ]);
  const dimensionWeights = { ECONOMIC: 0, SOCIAL: 0, PSYCHOSOCIAL: 0 };
  for (const row of weights) dimensionWeights[row.dimension] = row.weight;
  return { indicators, dimensionWeights };
}

// Every active indicator must be answered within its scale; the scores are computed here
// from the weights in force, which each answer keeps.
export async function recordSustainabilitySurvey(
  actor: Actor,
  input: z.output<typeof recordSustainabilitySurveySchema>,
) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId);
    if (current.kind !== "REINTEGRATION")
      throw new AppError("VALIDATION", { _form: ["notReintegrationCase"] });
    const surveyedOn = toDay(input.surveyedOn);
    if (surveyedOn < current.openedOn)
      throw new AppError("VALIDATION", { surveyedOn: ["beforeOpening"] });
    const { indicators, dimensionWeights } = await activeIndicators(tx);
    const given = new Map(
      input.answers.map((row, index) => [row.indicatorId, { index, answer: row.answer }]),
    );
    const fieldErrors: Record<string, string[]> = {};
    const answers = new Map<string, number>();
    for (const indicator of indicators) {
      const row = given.get(indicator.id);
      const answer = Number(row?.answer || NaN);
      if (!row || !row.answer)
        fieldErrors[row ? `answers.${row.index}.answer` : "_form"] = ["answerEveryQuestion"];
      else if (answer < 1 || answer > indicator.scaleMax)
        fieldErrors[`answers.${row.index}.answer`] = ["invalidChoice"];
      else answers.set(indicator.id, answer);
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", fieldErrors);
    const scores = scoreSurvey(indicators, answers, dimensionWeights);
    if (scores.composite === null)
      throw new AppError("VALIDATION", { _form: ["noActiveIndicators"] });
    const weightOf = new Map(indicators.map((indicator) => [indicator.id, indicator.weight]));
    const survey = await tx.sustainabilitySurvey.create({
      data: {
        caseId: current.id,
        surveyedOn,
        surveyedById: actor.id,
        economicScore: scores.ECONOMIC,
        socialScore: scores.SOCIAL,
        psychosocialScore: scores.PSYCHOSOCIAL,
        compositeScore: scores.composite,
        answers: {
          create: [...answers].map(([indicatorId, answer]) => ({
            indicatorId,
            answer,
            weight: weightOf.get(indicatorId)!,
          })),
        },
      },
      select: { id: true, compositeScore: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "monitoring.survey",
      entityType: "case",
      entityId: current.id,
      officeId: current.officeId,
      changedFields: ["survey"],
    });
    return survey;
  });
}
