import "server-only";

import { statusBeforeClosing } from "@/lib/cases/change-case-status";
import type { CaseDetail } from "@/lib/cases/get-case";
import { allowedTransitions } from "@/lib/cases/workflow";
import { db } from "@/lib/db";

// Takes a case the actor was already allowed to read (getCase scopes it).
export async function getCaseTransitions(record: Pick<CaseDetail, "id" | "kind" | "status">) {
  const previous = record.status === "CLOSED" ? await statusBeforeClosing(db, record.id) : null;
  return allowedTransitions(record.kind, record.status, previous);
}
