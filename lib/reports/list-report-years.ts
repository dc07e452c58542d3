import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

import { defaultReportYear } from "./default-report-year";

// The years in which any service was recorded, latest first (from the report summaries;
// a year number is not personal data).
export async function listReportYears(actor: Actor): Promise<number[]> {
  assertCan(actor, "report:read");
  const rows = await asSystem("report", () =>
    db.reportBeneficiaryYear.groupBy({ by: ["year"], orderBy: { year: "desc" } }),
  );
  return rows.map((row) => row.year);
}

export async function getDefaultReportYear(actor: Actor, today = new Date()): Promise<number> {
  return defaultReportYear(await listReportYears(actor), today);
}
