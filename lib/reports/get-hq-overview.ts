import "server-only";
import { db } from "@/lib/db";
import { asSystem } from "@/lib/db-context";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { toDay } from "@/lib/dates";

// Top-line totals only: no breakdown small enough to point at a person, no personal data.
export async function getHqOverview(actor: Actor, year: number) {
  assertCan(actor, "report:read");
  const yearStart = toDay(`${year}-01-01`);
  const yearEnd = toDay(`${year}-12-31`);
  const activeProjects = {
    startDate: { lte: yearEnd },
    OR: [{ endDate: null }, { endDate: { gte: yearStart } }],
  };
  const [offices, projects, openCases, assisted] = await asSystem("report", () => Promise.all([
    db.office.count(),
    db.project.findMany({ where: activeProjects, select: { office: { select: { hostCountry: true } } } }),
    db.case.count({ where: { status: { not: "CLOSED" } } }),
    db.$queryRaw<{ count: bigint }[]>`
      SELECT count(DISTINCT c.beneficiary_id) AS count
      FROM services s JOIN cases c ON c.id = s.case_id
      WHERE s.delivered_on BETWEEN ${yearStart}::date AND ${yearEnd}::date`,
  ]));
  return {
    year,
    offices,
    activeProjects: projects.length,
    hostCountries: new Set(projects.map((project) => project.office.hostCountry)).size,
    openCases,
    migrantsAssisted: Number(assisted[0]?.count ?? 0),
  };
}
