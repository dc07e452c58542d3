import { describe, expect, it } from "vitest";

import {
  normaliseAnswer,
  scoreBand,
  scoreSurvey,
  type ScoredIndicator,
} from "@/lib/sustainability/score-survey";

const equal = { ECONOMIC: 1, SOCIAL: 1, PSYCHOSOCIAL: 1 };
const indicator = (
  id: string,
  dimension: ScoredIndicator["dimension"],
  overrides: Partial<ScoredIndicator> = {},
): ScoredIndicator => ({
  id,
  dimension,
  weight: 1,
  scaleMax: 5,
  isReversed: false,
  ...overrides,
});

describe("normaliseAnswer", () => {
  it.each<[number, number, boolean, number]>([
    [1, 5, false, 0],
    [5, 5, false, 1],
    [3, 5, false, 0.5],
    [2, 3, false, 0.5],
    [1, 5, true, 1],
    [5, 5, true, 0],
    [4, 5, true, 0.25],
  ])("answer %i on a 1–%i scale (reversed %s) is %f", (answer, scaleMax, isReversed, expected) => {
    expect(normaliseAnswer(answer, scaleMax, isReversed)).toBe(expected);
  });
});

describe("scoreSurvey", () => {
  it("scores each dimension as the weighted mean of its normalised answers and the composite as the weighted mean of dimensions", () => {
    const indicators = [
      indicator("e1", "ECONOMIC", { weight: 3 }),
      indicator("e2", "ECONOMIC", { weight: 1 }),
      indicator("s1", "SOCIAL"),
      indicator("p1", "PSYCHOSOCIAL", { isReversed: true }),
    ];
    const answers = new Map([
      ["e1", 5],
      ["e2", 1],
      ["s1", 3],
      ["p1", 2],
    ]);

    const scores = scoreSurvey(indicators, answers, { ECONOMIC: 2, SOCIAL: 1, PSYCHOSOCIAL: 1 });

    // economic (3×1 + 1×0)/4 = 0.75; social 0.5; psychosocial 1 − 0.25 = 0.75; composite (2×0.75 + 0.5 + 0.75)/4 = 0.6875
    expect(scores).toStrictEqual({
      ECONOMIC: 0.75,
      SOCIAL: 0.5,
      PSYCHOSOCIAL: 0.75,
      composite: 0.6875,
    });
  });

  it("gives no score to a dimension whose weights are all zero, and leaves it out of the composite", () => {
    const indicators = [
      indicator("e1", "ECONOMIC", { weight: 0 }),
      indicator("s1", "SOCIAL"),
      indicator("p1", "PSYCHOSOCIAL"),
    ];
    const answers = new Map([
      ["e1", 5],
      ["s1", 1],
      ["p1", 5],
    ]);

    expect(scoreSurvey(indicators, answers, equal)).toStrictEqual({
      ECONOMIC: null,
      SOCIAL: 0,
      PSYCHOSOCIAL: 1,
      composite: 0.5,
    });
  });

  it("has no composite when no dimension has a score", () => {
    expect(scoreSurvey([], new Map(), equal)).toStrictEqual({
      ECONOMIC: null,
      SOCIAL: null,
      PSYCHOSOCIAL: null,
      composite: null,
    });
  });

  it("stays within 0..1 for the best and worst answers on every scale", () => {
    const indicators = [
      indicator("a", "ECONOMIC", { scaleMax: 3 }),
      indicator("b", "SOCIAL", { isReversed: true }),
      indicator("c", "PSYCHOSOCIAL", { scaleMax: 10 }),
    ];
    expect(
      scoreSurvey(
        indicators,
        new Map([
          ["a", 3],
          ["b", 1],
          ["c", 10],
        ]),
        equal,
      ).composite,
    ).toBe(1);
    expect(
      scoreSurvey(
        indicators,
        new Map([
          ["a", 1],
          ["b", 5],
          ["c", 1],
        ]),
        equal,
      ).composite,
    ).toBe(0);
  });
});

describe("scoreBand", () => {
  it.each<[number, string]>([
    [0, "LOW"],
    [0.3299, "LOW"],
    [0.33, "MEDIUM"],
    [0.6599, "MEDIUM"],
    [0.66, "HIGH"],
    [1, "HIGH"],
  ])("%f is %s", (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });
});
