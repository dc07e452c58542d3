import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { createProjectSchema } from "@/lib/projects/schemas";

export async function listProjects(actor: Actor) {
  assertCan(actor, "project:manage");
  return db.project.findMany({
    orderBy: [{ office: { code: "asc" } }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      title: true,
      startDate: true,
      endDate: true,
      office: { select: { code: true } },
    },
  });
}

export async function createProject(actor: Actor, input: z.output<typeof createProjectSchema>) {
  assertCan(actor, "project:manage");
  const [taken, office] = await Promise.all([
    db.project.findUnique({ where: { code: input.code }, select: { id: true } }),
    db.office.findUnique({ where: { id: input.officeId }, select: { id: true } }),
  ]);
  if (taken) throw new AppError("VALIDATION", { code: ["codeTaken"] });
  if (!office) throw new AppError("VALIDATION", { officeId: ["invalidChoice"] });
  return uniquely("code", "codeTaken", () =>
    db.$transaction(async (tx) => {
      const project = await tx.project.create({
        data: {
          code: input.code,
          title: input.title,
          officeId: input.officeId,
          startDate: toDay(input.startDate),
          endDate: input.endDate ? toDay(input.endDate) : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.create",
        entityType: "project",
        entityId: project.id,
        officeId: input.officeId,
        changedFields: ["code", "title", "officeId", "startDate", "endDate"],
      });
      return project;
    }),
  );
}
