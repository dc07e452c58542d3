import type { SustainabilityDimension } from "@/lib/generated/prisma/enums";

export const dimensions = [
  "ECONOMIC",
  "SOCIAL",
  "PSYCHOSOCIAL",
] as const satisfies readonly SustainabilityDimension[];

export type ScoredIndicator = {
  id: string;
  dimension: SustainabilityDimension;
  weight: number;
  scaleMax: number;
  isReversed: boolean;
};
export type SurveyScores = Record<SustainabilityDimension, number | null> & {
  composite: number | null;
};

// An answer from 1..scaleMax as a share of the best answer: 0 worst, 1 best.
export function normaliseAnswer(answer: number, scaleMax: number, isReversed: boolean): number {
  const share = (answer - 1) / (scaleMax - 1);
  return isReversed ? 1 - share : share;
}

function weightedMean(pairs: { value: number; weight: number }[]): number | null {
  const totalWeight = pairs.reduce((sum, pair) => sum + pair.weight, 0);
  if (totalWeight <= 0) return null;
  return pairs.reduce((sum, pair) => sum + pair.value * pair.weight, 0) / totalWeight;
}

// Each dimension is the weighted mean of its indicators' normalised answers; the composite
// is the weighted mean of the dimensions that have a score. Weights come from the data; a
// dimension whose weights add up to zero has no score.
export function scoreSurvey(
  indicators: ScoredIndicator[],
  answers: ReadonlyMap<string, number>,
  dimensionWeights: Record<SustainabilityDimension, number>,
): SurveyScores {
  const byDimension = Object.fromEntries(
    dimensions.map((dimension) => {
      const pairs = indicators
        .filter((indicator) => indicator.dimension === dimension && answers.has(indicator.id))
        .map((indicator) => ({
          value: normaliseAnswer(
            answers.get(indicator.id)!,
            indicator.scaleMax,
            indicator.isReversed,
          ),
          weight: indicator.weight,
        }));
      return [dimension, weightedMean(pairs)];
    }),
  ) as Record<SustainabilityDimension, number | null>;
  const composite = weightedMean(
    dimensions.flatMap((dimension) =>
      byDimension[dimension] === null
        ? []
        : [{ value: byDimension[dimension]!, weight: dimensionWeights[dimension] }],
    ),
  );
  return { ...byDimension, composite };
}

export type ScoreBand = "LOW" | "MEDIUM" | "HIGH";

export function scoreBand(composite: number): ScoreBand {
  if (composite < 0.33) return "LOW";
  return composite < 0.66 ? "MEDIUM" : "HIGH";
}
