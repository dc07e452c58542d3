import "server-only";

import { z } from "zod";

import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { addCaseNoteSchema } from "@/lib/case-notes/schemas";
import { loadCaseForWrite } from "@/lib/cases/load-case-for-write";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { once } from "@/lib/idempotency";

// Adds a dated note to a case of the actor's office, with its audit entry (the field names,
// never the text), once per form submission. Notes are append-only: a correction is a new
// note, and the app's role cannot update one (migration 20261203050000_case_notes).
export async function addCaseNote(actor: Actor, input: z.output<typeof addCaseNoteSchema>) {
  assertCan(actor, "case:write");
  return db.$transaction(async (tx) => {
    const current = await loadCaseForWrite(tx, actor, input.caseId);
    return once(
      tx,
      { key: input.idempotencyKey, userId: actor.id, action: "case-note.add" },
      async () => {
        const contactOn = toDay(input.contactOn);
        if (contactOn < current.openedOn)
          throw new AppError("VALIDATION", { contactOn: ["beforeOpening"] });
        const note = await tx.caseNote.create({
          data: {
            caseId: current.id,
            kind: input.kind,
            contactOn,
            text: input.text,
            authorId: actor.id,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "case-note.add",
          entityType: "case",
          entityId: current.id,
          officeId: current.officeId,
          changedFields: ["notes.kind", "notes.contactOn", "notes.text"],
        });
        return note;
      },
    );
  });
}
