import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { db, type Tx } from "@/lib/db";

// How long a set-up link stays usable: long enough to reach someone in the field over a
// weekend, short enough that a forgotten one does not open the account for ever.
export const setupLinkHours = 72;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

// A new link for the user: 256 random bits, stored only as a hash, shown once to whoever
// issues it. Any earlier link still open stops working.
export async function issueSetupLink(tx: Tx, userId: string, issuedById: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.userSetupToken.deleteMany({ where: { userId, usedAt: null } });
  await tx.userSetupToken.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      issuedById,
      expiresAt: new Date(Date.now() + setupLinkHours * 3600_000),
    },
  });
  return `/set-up/${token}`;
}

export type SetupLink =
  | { state: "open"; id: string; userId: string; email: string; name: string }
  | { state: "expired" }
  | { state: "used" };

// A link never issued, already used, replaced by a newer one or of a deactivated account
// reads as "used": the page says the link no longer works and whom to ask.
export async function findSetupLink(
  token: string,
  client: Tx | typeof db = db,
): Promise<SetupLink> {
  const link = await client.userSetupToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      usedAt: true,
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, isActive: true } },
    },
  });
  if (!link || link.usedAt || !link.user.isActive) return { state: "used" };
  if (link.expiresAt <= new Date()) return { state: "expired" };
  return {
    state: "open",
    id: link.id,
    userId: link.user.id,
    email: link.user.email,
    name: link.user.name,
  };
}

// Tells the supervisors of the office, in their inbox, that someone joined it.
export async function notifyMemberJoined(
  tx: Tx,
  member: { id: string; officeId: string | null },
): Promise<number> {
  if (!member.officeId) return 0;
  const supervisors = await tx.user.findMany({
    where: {
      officeId: member.officeId,
      role: "SUPERVISOR",
      isActive: true,
      id: { not: member.id },
    },
    select: { id: true },
  });
  await tx.inboxMessage.createMany({
    data: supervisors.map((supervisor) => ({
      userId: supervisor.id,
      subjectUserId: member.id,
      kind: "MEMBER_JOINED" as const,
    })),
  });
  return supervisors.length;
}
