import "server-only";

import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";

export type OpenedSession = { ok: true; userId: string; sessionId: string; sessionVersion: number };

// The last step of every sign-in: the server-side session row and its audit entry.
export async function openSession(
  user: { id: string; officeId: string | null; sessionVersion: number },
  changedFields: string[] = [],
): Promise<OpenedSession> {
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    const created = await tx.authSession.create({
      data: { userId: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "auth.sign-in",
      entityType: "user",
      entityId: user.id,
      officeId: user.officeId,
      changedFields,
    });
    return created;
  });
  return { ok: true, userId: user.id, sessionId: session.id, sessionVersion: user.sessionVersion };
}
