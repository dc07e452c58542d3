import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateDimensionWeightSchema, updateIndicatorSchema } from "@/lib/sustainability/schemas";

export async function listSustainabilitySettings(actor: Actor) {
  assertCan(actor, "office:manage");
  const [indicators, dimensions] = await Promise.all([
    db.sustainabilityIndicator.findMany({
      orderBy: { position: "asc" },
      select: {
        id: true,
        code: true,
        dimension: true,
        weight: true,
        scaleMax: true,
        isReversed: true,
        isActive: true,
      },
    }),
    db.sustainabilityDimensionWeight.findMany({
      orderBy: { dimension: "asc" },
      select: { dimension: true, weight: true },
    }),
  ]);
  return { indicators, dimensions };
}

// Changes apply to surveys recorded from now on; earlier answers keep their weights.
export async function updateIndicator(actor: Actor, input: z.output<typeof updateIndicatorSchema>) {
  assertCan(actor, "office:manage");
  return db.$transaction(async (tx) => {
    const { count } = await tx.sustainabilityIndicator.updateMany({
      where: { id: input.indicatorId },
      data: { weight: input.weight, isActive: input.isActive },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sustainability.indicator",
      entityType: "sustainability_indicator",
      entityId: input.indicatorId,
      changedFields: ["weight", "isActive"],
    });
    return { id: input.indicatorId };
  });
}

export async function updateDimensionWeight(
  actor: Actor,
  input: z.output<typeof updateDimensionWeightSchema>,
) {
  assertCan(actor, "office:manage");
  return db.$transaction(async (tx) => {
    await tx.sustainabilityDimensionWeight.upsert({
      where: { dimension: input.dimension },
      create: { dimension: input.dimension, weight: input.weight },
      update: { weight: input.weight },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sustainability.dimension",
      entityType: "sustainability_dimension",
      entityId: input.dimension,
      changedFields: ["weight"],
    });
    return { dimension: input.dimension };
  });
}
