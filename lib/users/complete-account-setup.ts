import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import { passwordProblem } from "@/lib/auth/common-passwords";
import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { setUpPasswordSchema } from "@/lib/users/schemas";
import { findSetupLink } from "@/lib/users/setup-links";

const linkProblem = { used: "setupLinkUsed", expired: "setupLinkExpired" } as const;

// The user sets their own password through the link; the link is spent in the same
// transaction, by a conditional update, so two submissions cannot both use it. Any session
// the account still had ends.
export async function completeAccountSetup(input: z.output<typeof setUpPasswordSchema>) {
  const link = await findSetupLink(input.token);
  if (link.state !== "open") throw new AppError("VALIDATION", { _form: [linkProblem[link.state]] });
  const problem = passwordProblem(input.newPassword, link.email);
  if (problem) throw new AppError("VALIDATION", { newPassword: [problem] });
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const spent = await tx.userSetupToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw new AppError("VALIDATION", { _form: ["setupLinkUsed"] });
    await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await tx.authSession.updateMany({
      where: { userId: link.userId, endedAt: null },
      data: { endedAt: now },
    });
    await recordAudit(tx, {
      actorId: link.userId,
      action: "user.password-set",
      entityType: "user",
      entityId: link.userId,
      changedFields: ["password"],
    });
  });
  return { passwordSet: true as const };
}
