import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

// Every kind of worklist item, in the order the page lists kinds with the same due day. Each
// has a label `worklist.kind.<KIND>` in the catalogues.
export const WORKLIST_KINDS = [
  "FOLLOW_UP",
  "PLANNED_DEPARTURE",
  "MONITORING_VISIT",
  "SUSTAINABILITY_SURVEY",
  "PLAN_ITEMS_UNDELIVERED",
  "PLAN_RETURNED",
  "CONSENT_NEEDED",
  "INACTIVE_CASE",
  "REFERRAL_UNANSWERED",
] as const;
export type WorklistKind = (typeof WORKLIST_KINDS)[number];

// One thing to do on one case, due on a day, with the page where it is done. `ownerId` is
// whom it falls to (the case's assignee, else its author; a follow-up's author), so the
// supervisor's view can count per caseworker. Detail fields are what the label needs.
export type WorklistItem = {
  kind: WorklistKind;
  key: string;
  caseId: string;
  caseRef: string;
  ownerId: string | null;
  dueOn: Date;
  href: string;
  months?: number;
  count?: number;
  days?: number;
  purpose?: ConsentPurpose;
  isWithdrawn?: boolean;
  text?: string;
  followUp?: { id: string; version: number };
};

// The office's settings that decide what falls due (offices.monitoring_months, …).
export type WorklistSettings = {
  monitoringMonths: number[];
  surveyMonths: number;
  inactivityDays: number;
};

export const DEFAULT_MONITORING_MONTHS = [3, 6, 12];

// A visit or survey up to this many days before its due day still counts for it.
export const EARLY_WINDOW_DAYS = 30;

// A referral the provider has not answered this many days after it was sent is due.
export const REFERRAL_ANSWER_DAYS = 14;

// "Due this week": up to this many days ahead of today.
export const HORIZON_DAYS = 7;

export type Bucket = "overdue" | "today" | "thisWeek";

export function bucketOf(dueOn: Date, today: Date): Bucket {
  if (dueOn.getTime() < today.getTime()) return "overdue";
  if (dueOn.getTime() === today.getTime()) return "today";
  return "thisWeek";
}

// Earliest due first; on the same day, in the order of WORKLIST_KINDS, then by case reference.
export function compareItems(a: WorklistItem, b: WorklistItem): number {
  return (
    a.dueOn.getTime() - b.dueOn.getTime() ||
    WORKLIST_KINDS.indexOf(a.kind) - WORKLIST_KINDS.indexOf(b.kind) ||
    a.caseRef.localeCompare(b.caseRef) ||
    a.key.localeCompare(b.key)
  );
}

export function groupByBucket(items: WorklistItem[], today: Date) {
  const groups: Record<Bucket, WorklistItem[]> = { overdue: [], today: [], thisWeek: [] };
  for (const item of [...items].sort(compareItems)) groups[bucketOf(item.dueOn, today)].push(item);
  return groups;
}
