import "server-only";

import { actorSelect, type SignedInUser } from "@/lib/auth/actor";
import { isMfaRequired } from "@/lib/auth/permissions";
import { judgeSession, shouldTouch } from "@/lib/auth/session-policy";
import { db } from "@/lib/db";

// Loads the session and its user in one query, applies the idle, absolute and version
// rules, and returns the acting user as the database knows it now.
export async function resolveSession(
  sessionId: string,
  sessionVersion: number,
  now = new Date(),
): Promise<SignedInUser | null> {
  const session = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      user: {
        select: {
          ...actorSelect,
          isActive: true,
          sessionVersion: true,
          mfa: { select: { confirmedAt: true } },
        },
      },
    },
  });
  if (judgeSession(session, sessionVersion, now) !== "valid" || !session) return null;
  if (shouldTouch(session.lastSeenAt, now)) {
    await db.authSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { id, role, officeId, name, email, mfa } = session.user;
  return {
    id,
    role,
    officeId,
    name,
    email,
    mustEnrollMfa: isMfaRequired(role) && !mfa?.confirmedAt,
  };
}

export async function endSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: new Date() },
  });
}
