import "server-only";

import { findCaseHolder } from "@/lib/cases/case-holders";
import { auditReassignment } from "@/lib/cases/reassign-cases";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyCasesAssigned } from "@/lib/inbox/notify-cases-assigned";

// A caseworker or supervisor who leaves the office's field work (deactivated, moved to
// another office, given another role) hands their open cases to a successor the admin
// chose: an active caseworker or supervisor of the same office. Without one, the change is
// refused: no open case is left with nobody able to work on it. Closed cases keep their
// holder, as a record of who handled them. The caller's transaction must act in the
// office (row-level security); the successor is told in one notice.
export async function handOffOpenCases(
  tx: Tx,
  actorId: string,
  leaving: { userId: string; officeId: string; successorId: string | null },
): Promise<number> {
  const open = await tx.case.count({
    where: { officeId: leaving.officeId, assignedToId: leaving.userId, status: { not: "CLOSED" } },
  });
  if (open === 0) return 0;
  if (!leaving.successorId)
    throw new AppError("VALIDATION", { successorId: ["successorRequired"] });
  const isAvailable =
    leaving.successorId !== leaving.userId &&
    (await findCaseHolder(tx, leaving.officeId, leaving.successorId));
  if (!isAvailable) throw new AppError("VALIDATION", { successorId: ["successorNotAvailable"] });
  // One statement: a case reopened meanwhile is either moved here or not yet open.
  const moved = await tx.$queryRaw<{ id: string; ref: string }[]>`
    UPDATE cases
    SET assigned_to_id = ${leaving.successorId}::uuid, version = version + 1, updated_at = now()
    WHERE office_id = ${leaving.officeId}::uuid AND assigned_to_id = ${leaving.userId}::uuid
      AND status <> 'CLOSED'
    RETURNING id, ref`;
  for (const record of moved)
    await auditReassignment(tx, actorId, leaving.officeId, record.id, "case.hand-off");
  await notifyCasesAssigned(tx, {
    recipientId: leaving.successorId,
    byUserId: actorId,
    caseRefs: moved.map((record) => record.ref),
  });
  return moved.length;
}
