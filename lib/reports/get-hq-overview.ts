import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import { readDisclosureThreshold } from "@/lib/settings/read-disclosure-threshold";

import { computeAnnualReport } from "./compute-annual-report";
import { judgeFilter } from "./publish-selection";

// The HQ home: three top-line figures of the year's annual report (totals, no breakdown),
// beside the number of offices and open cases. Projects and host countries count no people;
// the number of people is shown only when the world may be published (disclosure control).
export async function getHqOverview(actor: Actor, year: number) {
  assertCan(actor, "report:read");
  const threshold = await readDisclosureThreshold(db);
  const [report, verdict, offices, openCases] = await asSystem("report", () =>
    Promise.all([
      computeAnnualReport(db, { year }),
      judgeFilter(db, { year }, threshold),
      db.office.count(),
      db.case.count({ where: { status: { not: "CLOSED" } } }),
    ]),
  );
  const { activeProjects, hostCountries } = report;
  const migrantsAssisted = verdict.ok ? report.migrantsAssisted : null;
  return { year, offices, activeProjects, hostCountries, openCases, migrantsAssisted };
}
