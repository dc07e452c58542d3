import { describe, expect, it } from "vitest";

import { toDay } from "@/lib/dates";
import { bucketOf, groupByBucket, type WorklistItem } from "@/lib/worklist/worklist-item";

const today = toDay("2026-11-28");
const item = (kind: WorklistItem["kind"], dueOn: string, caseRef = "C-1"): WorklistItem => ({
  kind,
  key: `${kind}:${caseRef}:${dueOn}`,
  caseId: caseRef,
  caseRef,
  ownerId: null,
  dueOn: toDay(dueOn),
  href: "/cases/x",
});

describe("worklist buckets", () => {
  it("before today is overdue, today is today, anything later is this week", () => {
    expect(bucketOf(toDay("2026-11-27"), today)).toBe("overdue");
    expect(bucketOf(toDay("2026-11-28"), today)).toBe("today");
    expect(bucketOf(toDay("2026-11-29"), today)).toBe("thisWeek");
  });

  it("sorts each bucket by due day, then by kind in WORKLIST_KINDS order, then by case reference", () => {
    const groups = groupByBucket(
      [
        item("INACTIVE_CASE", "2026-11-01", "C-2"),
        item("CONSENT_NEEDED", "2026-11-01", "C-1"),
        item("FOLLOW_UP", "2026-11-01", "C-9"),
        item("MONITORING_VISIT", "2026-10-01", "C-3"),
        item("FOLLOW_UP", "2026-11-28", "C-4"),
        item("PLAN_RETURNED", "2026-12-01", "C-5"),
      ],
      today,
    );
    expect(groups.overdue.map((row) => [row.kind, row.caseRef])).toStrictEqual([
      ["MONITORING_VISIT", "C-3"],
      ["FOLLOW_UP", "C-9"],
      ["CONSENT_NEEDED", "C-1"],
      ["INACTIVE_CASE", "C-2"],
    ]);
    expect(groups.today.map((row) => row.caseRef)).toStrictEqual(["C-4"]);
    expect(groups.thisWeek.map((row) => row.caseRef)).toStrictEqual(["C-5"]);
  });
});
