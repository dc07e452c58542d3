import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { WorklistSource } from "@/lib/worklist/sources/source";

// A follow-up a caseworker set on a case, not yet done: it falls to its author.
export const followUpItems: WorklistSource = async (actor: Actor, query) => {
  const rows = await db.caseFollowUp.findMany({
    where: {
      case: officeScope(actor),
      doneAt: null,
      dueOn: { lte: query.horizon },
      ...(query.ownerId === null ? {} : { createdById: query.ownerId }),
    },
    select: {
      id: true,
      version: true,
      dueOn: true,
      text: true,
      createdById: true,
      case: { select: { id: true, ref: true } },
    },
  });
  return rows.map((row) => ({
    kind: "FOLLOW_UP" as const,
    key: `FOLLOW_UP:${row.id}`,
    caseId: row.case.id,
    caseRef: row.case.ref,
    ownerId: row.createdById,
    dueOn: row.dueOn,
    text: row.text,
    followUp: { id: row.id, version: row.version },
    href: `/cases/${row.case.id}`,
  }));
};
