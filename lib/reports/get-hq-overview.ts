import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { asSystem } from "@/lib/db-context";

import { getAnnualReport } from "./get-annual-report";

// The HQ home: three top-line figures of the year's annual report (totals, no breakdown),
// beside the number of offices and open cases.
export async function getHqOverview(actor: Actor, year: number) {
  assertCan(actor, "report:read");
  const [report, offices, openCases] = await asSystem("report", () =>
    Promise.all([
      getAnnualReport(actor, { year }),
      db.office.count(),
      db.case.count({ where: { status: { not: "CLOSED" } } }),
    ]),
  );
  // A world too small to publish shows no figures of the report.
  const {
    migrantsAssisted = null,
    activeProjects = null,
    hostCountries = null,
  } = report.ok ? report.report : {};
  return { year, offices, activeProjects, hostCountries, openCases, migrantsAssisted };
}
