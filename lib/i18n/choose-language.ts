import "server-only";

import { cookies } from "next/headers";
import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { localeCookie } from "@/lib/i18n/locale-settings";
import { chooseLanguageSchema, chooseVisitorLanguageSchema } from "@/lib/i18n/schemas";

// The signed-in user's own language; "" goes back to automatic.
export async function chooseLanguage(actor: Actor, input: z.output<typeof chooseLanguageSchema>) {
  assertCan(actor, "account:manage-own");
  const locale = input.locale || null;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.language",
      entityType: "user",
      entityId: actor.id,
      officeId: actor.officeId,
      changedFields: ["locale"],
    });
  });
  return { locale };
}

// Before sign-in there is no user to save it on: a cookie for a year.
export async function chooseVisitorLanguage(input: z.output<typeof chooseVisitorLanguageSchema>) {
  (await cookies()).set(localeCookie, input.locale, {
    path: "/",
    maxAge: 365 * 24 * 3600,
    sameSite: "lax",
    httpOnly: true,
  });
  return { locale: input.locale };
}
