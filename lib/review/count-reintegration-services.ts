import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { REINTEGRATION_SERVICE_TYPES } from "@/lib/vocabulary";

// REPORT_SPEC's `reintegrationServices` for year Y: reintegration-type services delivered in
// Y on REINTEGRATION cases. HQ and admins count every office; a supervisor their own.
// A light count for the office view; the annual report computes the same figure with
// every other, and a test checks that the two agree.
export async function countReintegrationServices(actor: Actor, year: number): Promise<number> {
  const isAggregate = can(actor, "report:read");
  if (!isAggregate) assertCan(actor, "plan:review");
  return db.service.count({
    where: {
      type: { in: [...REINTEGRATION_SERVICE_TYPES] },
      deliveredOn: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
      case: { kind: "REINTEGRATION", ...(isAggregate ? {} : officeScope(actor)) },
    },
  });
}
