import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import type { ReportFilter } from "./annual-report";
import { computeAnnualReport } from "./compute-annual-report";
import { publishAnnualReport, type PublishedReport } from "./publish-annual-report";

// The annual report as HQ may see it: aggregate figures only, breakdowns disclosure-controlled.
export async function getAnnualReport(
  actor: Actor,
  filter: ReportFilter,
): Promise<PublishedReport> {
  assertCan(actor, "report:read");
  const [report, threshold] = await Promise.all([
    computeAnnualReport(db, filter),
    readDisclosureThreshold(db),
  ]);
  return publishAnnualReport(report, threshold);
}
