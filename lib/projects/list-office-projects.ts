import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

// The projects a case in the actor's office can be filed under, running ones first.
export async function listOfficeProjects(actor: Actor) {
  assertCan(actor, "case:read");
  return db.project.findMany({
    where: officeScope(actor),
    orderBy: [{ endDate: { sort: "desc", nulls: "first" } }, { code: "asc" }],
    select: { id: true, code: true, title: true, startDate: true, endDate: true },
  });
}
