import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";

// A case of another office comes back as null, exactly like one that does not exist.
export async function getCase(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  if (!z.uuid().safeParse(caseId).success) return null;
  return db.case.findFirst({
    where: { id: caseId, ...officeScope(actor) },
    select: {
      id: true, ref: true, kind: true, status: true, openedOn: true, closedOn: true, version: true,
      office: { select: { code: true, name: true } },
      project: { select: { code: true, title: true } },
      beneficiary: { select: { id: true, ref: true, givenName: true, familyName: true, sex: true, birthDate: true, nationality: true } },
      services: { orderBy: { deliveredOn: "desc" }, select: { id: true, type: true, deliveredOn: true } },
    },
  });
}
