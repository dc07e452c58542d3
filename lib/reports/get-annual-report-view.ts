import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listRegions } from "@/lib/geo/region-index";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import type { ReportFilter } from "./annual-report";
import { getAnnualReports } from "./get-annual-report";

// Everything the HQ annual report page shows: the year, the year before (same scope, null
// when that year's selection may not be published), and the choices of the filter. Office
// names and codes are not personal data.
export async function getAnnualReportView(actor: Actor, filter: ReportFilter) {
  assertCan(actor, "report:read");
  const [[current, previous], offices, threshold] = await Promise.all([
    getAnnualReports(actor, [filter, { ...filter, year: filter.year - 1 }] as const),
    db.office.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    readDisclosureThreshold(db),
  ]);
  return {
    current,
    previous: previous.ok ? previous.report : null,
    offices,
    regions: listRegions(),
    threshold,
  };
}
