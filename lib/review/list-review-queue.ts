import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { pendingStatuses } from "@/lib/review/plan-workflow";

// Plans of the supervisor's office waiting for a decision, oldest submission first.
export async function listReviewQueue(actor: Actor) {
  assertCan(actor, "plan:review");
  return db.reintegrationPlan.findMany({
    where: { ...officeScope(actor), status: { in: [...pendingStatuses] } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      status: true,
      submittedAt: true,
      totalMinor: true,
      currency: true,
      firstApprovedById: true,
      draftedBy: { select: { name: true } },
      case: {
        select: {
          id: true,
          ref: true,
          status: true,
          beneficiary: { select: { givenName: true, familyName: true } },
        },
      },
      _count: { select: { items: true } },
    },
  });
}
export type ReviewQueueRow = Awaited<ReturnType<typeof listReviewQueue>>[number];
