import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { today } from "@/lib/dates";
import { db } from "@/lib/db";

// Running projects of the other offices, where a case can be handed over to; [] for those
// who may not hand over. Organisation data only, no personal data.
export async function listHandOverDestinations(actor: Actor) {
  if (!can(actor, "case:hand-over")) return [];
  const { officeId } = officeScope(actor);
  return db.project.findMany({
    where: { officeId: { not: officeId }, OR: [{ endDate: null }, { endDate: { gte: today() } }] },
    orderBy: [{ office: { code: "asc" } }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      office: { select: { code: true, name: true, hostCountry: true } },
    },
  });
}
export type HandOverDestination = Awaited<ReturnType<typeof listHandOverDestinations>>[number];

// Host countries of every office: the choices for a hand-over consent's scope.
export async function listOfficeCountries(): Promise<string[]> {
  const rows = await db.office.findMany({
    distinct: ["hostCountry"],
    orderBy: { hostCountry: "asc" },
    select: { hostCountry: true },
  });
  return rows.map((row) => row.hostCountry);
}
