import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

import { computeAnnualReport } from "./compute-annual-report";

// The annual report of the user's own office, for staff who can read its cases. The office
// comes from the user's record, never from the request. Figures are not suppressed: each
// count is a link to the cases behind it, which these users may open one by one anyway;
// none of it leaves the application (no export, no API).
export async function getOfficeAnnualReport(actor: Actor, year: number) {
  assertCan(actor, "report:read-office");
  const { officeId } = officeScope(actor);
  const office = await db.office.findUniqueOrThrow({
    where: { id: officeId },
    select: { code: true, name: true },
  });
  const [report, previous] = await Promise.all([
    computeAnnualReport(db, { year, office: office.code }),
    computeAnnualReport(db, { year: year - 1, office: office.code }),
  ]);
  return { office, report, previous };
}
