import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import type { ReportFilter } from "./annual-report";
import { publishSelection, publishSelections, type PublishedSelection } from "./publish-selection";

// The annual report as HQ may see it: aggregate figures only, through disclosure control;
// a selection that may not be published comes back refused, with the reason.
export async function getAnnualReport(
  actor: Actor,
  filter: ReportFilter,
): Promise<PublishedSelection> {
  assertCan(actor, "report:read");
  return publishSelection(db, filter, await readDisclosureThreshold(db));
}

// Several selections at once (a year and the year before), sharing their plans' work.
export async function getAnnualReports<F extends readonly ReportFilter[]>(
  actor: Actor,
  filters: F,
): Promise<{ [I in keyof F]: PublishedSelection }> {
  assertCan(actor, "report:read");
  return publishSelections(db, filters, await readDisclosureThreshold(db));
}
