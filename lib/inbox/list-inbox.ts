import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

// The signed-in user's own messages, newest first, with the case reference to link to, or
// the colleague a MEMBER_JOINED notice is about.
export async function listInbox(actor: Actor) {
  assertCan(actor, "inbox:read");
  return db.inboxMessage.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      kind: true,
      createdAt: true,
      readAt: true,
      planId: true,
      userId: true,
      caseRefs: true,
      case: { select: { id: true, ref: true } },
      subjectUser: { select: { name: true, email: true } },
    },
  });
}

export async function countUnreadInbox(actor: Actor): Promise<number> {
  assertCan(actor, "inbox:read");
  return db.inboxMessage.count({ where: { userId: actor.id, readAt: null } });
}
