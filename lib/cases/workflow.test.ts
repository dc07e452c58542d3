import { describe, expect, it } from "vitest";

import {
  allowedTransitions,
  initialStatus,
  isTransitionAllowed,
  workflowByKind,
} from "@/lib/cases/workflow";
import type { CaseKind, CaseStatus } from "@/lib/generated/prisma/enums";

describe("initialStatus", () => {
  it.each<[CaseKind, CaseStatus]>([
    ["AVR", "OPEN"],
    ["REINTEGRATION", "ASSESSMENT"],
    ["VOT", "IDENTIFIED"],
  ])("%s starts at %s", (kind, status) => {
    expect(initialStatus(kind)).toBe(status);
  });
});

describe("allowedTransitions", () => {
  it.each<[CaseKind, CaseStatus, CaseStatus[]]>([
    ["AVR", "OPEN", ["COUNSELLING", "CLOSED"]],
    ["AVR", "COUNSELLING", ["APPROVED_FOR_RETURN", "CLOSED"]],
    ["AVR", "APPROVED_FOR_RETURN", ["DEPARTED", "CLOSED"]],
    ["AVR", "DEPARTED", ["CLOSED"]],
    ["REINTEGRATION", "ASSESSMENT", ["PLANNING", "CLOSED"]],
    ["REINTEGRATION", "PLANNING", ["MONITORING", "CLOSED"]],
    ["REINTEGRATION", "MONITORING", ["CLOSED"]],
    ["VOT", "IDENTIFIED", ["ASSISTING", "CLOSED"]],
    ["VOT", "ASSISTING", ["CLOSED"]],
  ])("%s from %s: %j", (kind, from, expected) => {
    expect(allowedTransitions(kind, from, null)).toStrictEqual(expected);
  });

  it("covers every status of every kind's path (the table above is complete)", () => {
    expect(workflowByKind).toStrictEqual({
      AVR: ["OPEN", "COUNSELLING", "APPROVED_FOR_RETURN", "DEPARTED", "CLOSED"],
      REINTEGRATION: ["ASSESSMENT", "PLANNING", "MONITORING", "CLOSED"],
      VOT: ["IDENTIFIED", "ASSISTING", "CLOSED"],
    });
  });

  it.each<[CaseKind, CaseStatus]>([
    ["AVR", "OPEN"],
    ["AVR", "COUNSELLING"],
    ["AVR", "APPROVED_FOR_RETURN"],
    ["AVR", "DEPARTED"],
    ["REINTEGRATION", "ASSESSMENT"],
    ["REINTEGRATION", "PLANNING"],
    ["REINTEGRATION", "MONITORING"],
    ["VOT", "IDENTIFIED"],
    ["VOT", "ASSISTING"],
  ])("a %s case closed from %s reopens to exactly that status", (kind, closedFrom) => {
    expect(allowedTransitions(kind, "CLOSED", closedFrom)).toStrictEqual([closedFrom]);
  });

  it.each<[CaseKind, CaseStatus]>([
    ["AVR", "OPEN"],
    ["REINTEGRATION", "ASSESSMENT"],
    ["VOT", "IDENTIFIED"],
  ])("a closed %s case with no recorded closing reopens to its first status %s", (kind, first) => {
    expect(allowedTransitions(kind, "CLOSED", null)).toStrictEqual([first]);
  });
});

describe("isTransitionAllowed", () => {
  it("allows the next step and closing, nothing else", () => {
    expect(isTransitionAllowed("AVR", "OPEN", "COUNSELLING", null)).toBe(true);
    expect(isTransitionAllowed("AVR", "OPEN", "CLOSED", null)).toBe(true);
    expect(isTransitionAllowed("AVR", "OPEN", "DEPARTED", null)).toBe(false);
    expect(isTransitionAllowed("AVR", "OPEN", "OPEN", null)).toBe(false);
    expect(isTransitionAllowed("AVR", "COUNSELLING", "OPEN", null)).toBe(false);
    expect(isTransitionAllowed("VOT", "IDENTIFIED", "COUNSELLING", null)).toBe(false);
    expect(isTransitionAllowed("REINTEGRATION", "ASSESSMENT", "MONITORING", null)).toBe(false);
  });

  it("reopens only to the status before closing, and never closes a closed case again", () => {
    expect(isTransitionAllowed("AVR", "CLOSED", "DEPARTED", "DEPARTED")).toBe(true);
    expect(isTransitionAllowed("AVR", "CLOSED", "OPEN", "DEPARTED")).toBe(false);
    expect(isTransitionAllowed("AVR", "CLOSED", "CLOSED", "DEPARTED")).toBe(false);
  });
});
