import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { uniquely } from "@/lib/db-errors";
import { once } from "@/lib/idempotency";
import type { CreateProviderInput } from "@/lib/providers/schemas";

export const providerFieldNames = ["name", "type", "services", "phone", "email", "address"];

// A supervisor adds a provider to their own office's directory; names are unique per office.
export async function createProvider(actor: Actor, input: CreateProviderInput) {
  assertCan(actor, "provider:manage");
  const { officeId } = officeScope(actor);
  return uniquely("name", "providerNameTaken", () =>
    db.$transaction((tx) =>
      once(
        tx,
        { key: input.idempotencyKey, userId: actor.id, action: "provider.create" },
        async () => {
          const created = await tx.serviceProvider.create({
            data: {
              officeId,
              name: input.name,
              type: input.type,
              services: [...new Set(input.services)],
              phone: input.phone,
              email: input.email,
              address: input.address,
            },
            select: { id: true, version: true },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "provider.create",
            entityType: "provider",
            entityId: created.id,
            officeId,
            changedFields: providerFieldNames,
          });
          return created;
        },
      ),
    ),
  );
}
