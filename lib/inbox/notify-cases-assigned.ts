import "server-only";

import type { Tx } from "@/lib/db";

// One notice for a batch of cases given to a new holder: the references only, and who made
// the change. It links to the holder's own case list. Nobody is told of cases given to
// themselves.
export async function notifyCasesAssigned(
  tx: Tx,
  notice: { recipientId: string; byUserId: string; caseRefs: string[] },
): Promise<void> {
  if (notice.caseRefs.length === 0 || notice.recipientId === notice.byUserId) return;
  // createMany: no RETURNING, which row-level security would refuse (only the recipient
  // may read the notice back).
  await tx.inboxMessage.createMany({
    data: [
      {
        userId: notice.recipientId,
        subjectUserId: notice.byUserId,
        kind: "CASES_ASSIGNED",
        caseRefs: [...notice.caseRefs].sort(),
      },
    ],
  });
}
