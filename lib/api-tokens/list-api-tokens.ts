import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type ApiTokenSummary = {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  status: "active" | "expired" | "revoked";
};

// The actor's own tokens, newest first; never the hash.
export async function listApiTokens(actor: Actor, now = new Date()): Promise<ApiTokenSummary[]> {
  assertCan(actor, "api-token:manage-own");
  const tokens = await db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      createdAt: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  return tokens.map(({ revokedAt, ...token }) => ({
    ...token,
    status: revokedAt ? "revoked" : token.expiresAt <= now ? "expired" : "active",
  }));
}
