import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { disclosureThreshold } from "@/lib/settings/disclosure-threshold";
import { setDisclosureThresholdSchema } from "@/lib/settings/schemas";

import { readDisclosureThreshold } from "./read-disclosure-threshold";

// What the admin page shows: the stored value, the floor it cannot go below, the effective value.
export async function getDisclosureSettings(actor: Actor) {
  assertCan(actor, "settings:manage");
  const [stored, effective] = await Promise.all([
    db.appSettings.findUnique({
      where: { id: true },
      select: { disclosureThreshold: true, updatedAt: true },
    }),
    readDisclosureThreshold(db),
  ]);
  return {
    stored: stored?.disclosureThreshold ?? null,
    updatedAt: stored?.updatedAt ?? null,
    floor: disclosureThreshold(),
    effective,
  };
}

// Raises (or lowers back towards the floor) the threshold; the value and its audit entry
// are written together. Below the floor is refused, not silently raised.
export async function setDisclosureThreshold(
  actor: Actor,
  input: z.output<typeof setDisclosureThresholdSchema>,
) {
  assertCan(actor, "settings:manage");
  if (input.threshold < disclosureThreshold())
    throw new AppError("VALIDATION", { threshold: ["thresholdBelowFloor"] });
  return db.$transaction(async (tx) => {
    const data = { disclosureThreshold: input.threshold, updatedById: actor.id };
    await tx.appSettings.upsert({
      where: { id: true },
      create: { id: true, ...data },
      update: data,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "settings.disclosure-threshold",
      entityType: "settings",
      changedFields: ["disclosureThreshold"],
    });
    return { threshold: input.threshold };
  });
}
