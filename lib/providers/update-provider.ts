import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { providerFieldNames } from "@/lib/providers/create-provider";
import type { UpdateProviderInput } from "@/lib/providers/schemas";

// Edits a provider of the supervisor's office, or (de)activates it: an inactive provider
// stays on its past referrals but receives no new one. The version decides a conflict.
export async function updateProvider(actor: Actor, input: UpdateProviderInput) {
  assertCan(actor, "provider:manage");
  const scope = officeScope(actor);
  return uniquely("name", "providerNameTaken", () =>
    db.$transaction(async (tx) => {
      const found = await tx.serviceProvider.findFirst({
        where: { id: input.providerId, ...scope },
        select: { id: true, version: true, isActive: true },
      });
      if (!found) throw new AppError("NOT_FOUND");
      const { count } = await tx.serviceProvider.updateMany({
        where: { id: found.id, version: input.version },
        data: {
          name: input.name,
          type: input.type,
          services: [...new Set(input.services)],
          phone: input.phone,
          email: input.email,
          address: input.address,
          isActive: input.isActive,
          version: { increment: 1 },
        },
      });
      if (count !== 1) throw new AppError("CONFLICT");
      await recordAudit(tx, {
        actorId: actor.id,
        action:
          found.isActive === input.isActive
            ? "provider.update"
            : input.isActive
              ? "provider.activate"
              : "provider.deactivate",
        entityType: "provider",
        entityId: found.id,
        officeId: scope.officeId,
        changedFields: [...providerFieldNames, "isActive"],
      });
      return { id: found.id, version: input.version + 1 };
    }),
  );
}
