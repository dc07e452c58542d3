import "server-only";

import type { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";

import type { createApiTokenSchema } from "./schemas";
import { hashTokenSecret, newTokenSecret } from "./token-secret";

// A new token of the acting HQ user. The secret is returned once, here, and never stored.
export async function createApiToken(
  actor: Actor,
  input: z.output<typeof createApiTokenSchema>,
  tx?: Tx,
): Promise<{ id: string; token: string; expiresAt: Date }> {
  assertCan(actor, "api-token:manage-own");
  const token = newTokenSecret();
  const write = async (client: Tx) => {
    const createdAt = new Date();
    const created = await client.apiToken.create({
      data: {
        userId: actor.id,
        name: input.name,
        tokenHash: hashTokenSecret(token),
        createdAt,
        expiresAt: new Date(createdAt.getTime() + input.expiresInDays * 86_400_000),
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(client, {
      actorId: actor.id,
      action: "api-token.create",
      entityType: "api-token",
      entityId: created.id,
      changedFields: ["name", "expiresAt"],
    });
    return { id: created.id, token, expiresAt: created.expiresAt };
  };
  return tx ? write(tx) : db.$transaction(write);
}
