import "server-only";

import { RateLimiterRes } from "rate-limiter-flexible";

import { recordAudit } from "@/lib/audit/record-audit";
import { actorSelect, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { postgresLimiter } from "@/lib/auth/throttle";
import { db } from "@/lib/db";

import { hashTokenSecret } from "./token-secret";

export type ApiCaller = { actor: Actor; tokenId: string };

// The user a token speaks for, or null: unknown, revoked, expired, or its user deactivated
// or no longer allowed tokens (a role change). Checked on every request, never cached.
export async function authenticateApiToken(
  token: string,
  now = new Date(),
): Promise<ApiCaller | null> {
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(token) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { ...actorSelect, isActive: true } },
    },
  });
  if (!found || found.revokedAt || found.expiresAt <= now) return null;
  const { isActive, ...actor } = found.user;
  if (!isActive || !can(actor, "api-token:manage-own")) return null;
  return { actor, tokenId: found.id };
}

// Each use leaves an audit entry naming the token and the endpoint, never the token itself.
export async function recordApiUse(caller: ApiCaller, endpoint: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.apiToken.update({ where: { id: caller.tokenId }, data: { lastUsedAt: new Date() } });
    await recordAudit(tx, {
      actorId: caller.actor.id,
      action: "api-token.use",
      entityType: "api-token",
      entityId: caller.tokenId,
      changedFields: [endpoint],
    });
  });
}

const perMinute = Math.max(1, Number(process.env.API_REQUESTS_PER_MINUTE) || 60);
const byToken = postgresLimiter("api-token", perMinute, 60);

// Seconds to wait when the token has used up its requests of the minute, else null.
export async function spendApiAllowance(tokenId: string): Promise<number | null> {
  try {
    await byToken.consume(tokenId);
    return null;
  } catch (reason) {
    if (reason instanceof RateLimiterRes) return Math.max(1, Math.ceil(reason.msBeforeNext / 1000));
    throw reason;
  }
}
