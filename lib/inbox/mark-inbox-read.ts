import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { markInboxReadSchema } from "@/lib/inbox/schemas";

// Only the recipient can mark a message; someone else's message is NOT_FOUND.
export async function markInboxRead(actor: Actor, input: z.output<typeof markInboxReadSchema>) {
  assertCan(actor, "inbox:read");
  const message = await db.inboxMessage.findFirst({
    where: { id: input.messageId, userId: actor.id },
    select: { id: true },
  });
  if (!message) throw new AppError("NOT_FOUND");
  await db.inboxMessage.updateMany({
    where: { id: message.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { id: message.id };
}
