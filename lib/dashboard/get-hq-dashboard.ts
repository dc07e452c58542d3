import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import { defaultReportYear } from "@/lib/reports/default-report-year";
import { listReportYears } from "@/lib/reports/list-report-years";
import { publishSelections } from "@/lib/reports/publish-selection";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import { shadeMap } from "./map-shading";
import { topChanges } from "./top-changes";
import { trendPoint } from "./trend";

// The HQ home: every year with data, each through the same disclosure control as the annual
// report and its API (publishSelection, world view), so no figure here is unprotected. The
// maps and the changes are of the year the annual report opens on. Null when no year has data.
export async function getHqDashboard(actor: Actor, today = new Date()) {
  assertCan(actor, "report:read");
  const years = (await listReportYears(actor)).sort((a, b) => a - b);
  if (years.length === 0) return null;
  const threshold = await readDisclosureThreshold(db);
  // Every year in one call: the populations of all years in one statement, each year's
  // figures computed once.
  const selections = await publishSelections(
    db,
    years.map((year) => ({ year })),
    threshold,
  );
  const published = new Map(years.map((year, index) => [year, selections[index]]));
  const year = defaultReportYear(years, today);
  // Undefined when every year with data lies ahead of today (then the year has no figures).
  const current = published.get(year);
  const previous = published.get(year - 1);
  const [offices, openCases] = await asSystem("report", () =>
    Promise.all([db.office.count(), db.case.count({ where: { status: { not: "CLOSED" } } })]),
  );
  const report = current?.ok ? current.report : null;
  return {
    threshold,
    year,
    overview: {
      offices,
      openCases,
      migrantsAssisted: report?.migrantsAssisted ?? null,
      activeProjects: report?.activeProjects ?? null,
      hostCountries: report?.hostCountries ?? null,
    },
    trend: years.map((y) => trendPoint(y, published.get(y)!)),
    maps: report && {
      hostCountry: shadeMap(report.breakdowns.hostCountry),
      origin: shadeMap(report.breakdowns.nationality),
    },
    changes: report && previous?.ok ? topChanges(report, previous.report) : null,
  };
}
