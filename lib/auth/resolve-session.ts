import "server-only";

import type { SignedInUser } from "@/lib/auth/actor";
import { isMfaRequired } from "@/lib/auth/permissions";
import { judgeSession, shouldTouch } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/db-context";
import type { Role } from "@/lib/generated/prisma/enums";

type SessionRow = {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  id: string;
  role: Role;
  officeId: string | null;
  name: string;
  email: string;
  isActive: boolean;
  sessionVersion: number;
  mfaConfirmedAt: Date | null;
};

// Loads the session, its user and their authenticator in one round trip (every page and
// action asks: a nested Prisma select costs three), applies the idle, absolute and version
// rules, and returns the acting user as the database knows it now.
export async function resolveSession(
  sessionId: string,
  sessionVersion: number,
  now = new Date(),
): Promise<SignedInUser | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", s.ended_at AS "endedAt",
           u.id, u.role::text AS role, u.office_id AS "officeId", u.name, u.email,
           u.is_active AS "isActive", u.session_version AS "sessionVersion",
           m.confirmed_at AS "mfaConfirmedAt"
      FROM auth_sessions s
      JOIN users u ON u.id = s.user_id
      LEFT JOIN user_mfa m ON m.user_id = u.id
     WHERE s.id = ${sessionId}::uuid`;
  const session = row && { ...row, user: row };
  if (judgeSession(session ?? null, sessionVersion, now) !== "valid" || !row) return null;
  if (shouldTouch(row.lastSeenAt, now)) {
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { id, role, officeId, name, email, mfaConfirmedAt } = row;
  return {
    id,
    role,
    officeId,
    name,
    email,
    mustEnrollMfa: isMfaRequired(role) && !mfaConfirmedAt,
  };
}

export async function endSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: new Date() },
  });
}
