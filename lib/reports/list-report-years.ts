import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

import { defaultReportYear } from "./default-report-year";
import { queryReportYears } from "./hxl/publish-all-years";

// The years in which any service was recorded, latest first (from the report summaries;
// a year number is not personal data).
export async function listReportYears(actor: Actor): Promise<number[]> {
  assertCan(actor, "report:read");
  return queryReportYears(db);
}

export async function getDefaultReportYear(actor: Actor, today = new Date()): Promise<number> {
  return defaultReportYear(await listReportYears(actor), today);
}
