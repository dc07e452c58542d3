import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { createOfficeSchema } from "@/lib/offices/schemas";

export async function listOffices(actor: Actor) {
  assertCan(actor, "office:manage");
  return db.office.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      hostCountry: true,
      secondApprovalMinor: true,
      secondApprovalCurrency: true,
      monitoringMonths: true,
      surveyMonths: true,
      inactivityDays: true,
      defaultLocale: true,
      timeZone: true,
      _count: { select: { users: true, projects: true } },
    },
  });
}

export async function createOffice(actor: Actor, input: z.output<typeof createOfficeSchema>) {
  assertCan(actor, "office:manage");
  if (await db.office.findUnique({ where: { code: input.code }, select: { id: true } })) {
    throw new AppError("VALIDATION", { code: ["codeTaken"] });
  }
  return uniquely("code", "codeTaken", () =>
    db.$transaction(async (tx) => {
      const office = await tx.office.create({ data: input, select: { id: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "office.create",
        entityType: "office",
        entityId: office.id,
        officeId: office.id,
        changedFields: ["code", "name", "hostCountry"],
      });
      return office;
    }),
  );
}
