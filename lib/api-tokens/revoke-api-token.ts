import "server-only";

import type { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

import type { revokeApiTokenSchema } from "./schemas";

// Revokes one of the actor's own tokens; another user's token, or one already revoked,
// looks like one that does not exist.
export async function revokeApiToken(
  actor: Actor,
  input: z.output<typeof revokeApiTokenSchema>,
  tx?: Tx,
): Promise<{ id: string }> {
  assertCan(actor, "api-token:manage-own");
  const write = async (client: Tx) => {
    const { count } = await client.apiToken.updateMany({
      where: { id: input.tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(client, {
      actorId: actor.id,
      action: "api-token.revoke",
      entityType: "api-token",
      entityId: input.tokenId,
      changedFields: ["revokedAt"],
    });
    return { id: input.tokenId };
  };
  return tx ? write(tx) : db.$transaction(write);
}
