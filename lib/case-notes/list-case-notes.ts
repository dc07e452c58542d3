import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";

export type CaseNoteRow = Awaited<ReturnType<typeof listCaseNotes>>[number];

// A case's notes, newest contact first (then newest written), for staff of its office only:
// HQ and admins hold no case:read, and officeScope refuses a user without an office.
export async function listCaseNotes(actor: Actor, caseId: string) {
  assertCan(actor, "case:read");
  return db.caseNote.findMany({
    where: { caseId, case: officeScope(actor) },
    orderBy: [{ contactOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      contactOn: true,
      text: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
}
