import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorklistItem, WorklistSettings } from "@/lib/worklist/worklist-item";

// What every source is asked: the acting user's office (each source takes it from
// officeScope(actor) itself), whose items (`ownerId`, or null for the whole office, the
// supervisor's view), today and the last day of "this week", and the office's settings.
export type SourceQuery = {
  ownerId: string | null;
  today: Date;
  horizon: Date;
  settings: WorklistSettings;
};

// One kind of item: an office-scoped query run under the actor's row-level security, which
// returns the items due up to `horizon` that are not yet done.
export type WorklistSource = (actor: Actor, query: SourceQuery) => Promise<WorklistItem[]>;

// The case falls to its assignee, or to whoever opened it while nobody is assigned. The
// expression matches the partial index cases_worklist_owner_idx.
export const caseOwner = Prisma.sql`COALESCE(c.assigned_to_id, c.created_by_id)`;

export function ownedBy(query: SourceQuery): Prisma.Sql {
  return query.ownerId === null
    ? Prisma.empty
    : Prisma.sql`AND ${caseOwner} = ${query.ownerId}::uuid`;
}
