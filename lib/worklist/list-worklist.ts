import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { addDays, today as todayOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { readWorklistSettings } from "@/lib/worklist/read-worklist-settings";
import { worklistSources } from "@/lib/worklist/sources";
import type { SourceQuery } from "@/lib/worklist/sources/source";
import {
  compareItems,
  groupByBucket,
  HORIZON_DAYS,
  type WorklistItem,
} from "@/lib/worklist/worklist-item";

// Runs every source for one owner (a user) or the whole office (null), under the actor's
// office scope: the items due up to the end of this week and not yet done, earliest first.
export async function collectWorklistItems(
  actor: Actor,
  ownerId: string | null,
  today: Date,
): Promise<WorklistItem[]> {
  const { officeId } = officeScope(actor);
  const query: SourceQuery = {
    ownerId,
    today,
    horizon: addDays(today, HORIZON_DAYS),
    settings: await readWorklistSettings(db, officeId),
  };
  const found = await Promise.all(worklistSources.map((source) => source(actor, query)));
  return found.flat().sort(compareItems);
}

// How many of "my open cases" the home lists.
const MY_CASES_SHOWN = 10;
const FOLLOW_UP_CASES = 500;

// The caseworker's home: what is overdue, due today and due this week on their own cases,
// and their open cases (assigned to them, or opened by them while nobody is assigned).
export async function listWorklist(actor: Actor, today = todayOf()) {
  assertCan(actor, "office:view-dashboard");
  const scope = officeScope(actor);
  const mine = {
    ...scope,
    status: { not: "CLOSED" as const },
    OR: [{ assignedToId: actor.id }, { assignedToId: null, createdById: actor.id }],
  };
  const [items, myCaseCount, myCases, followUpCases] = await Promise.all([
    collectWorklistItems(actor, actor.id, today),
    db.case.count({ where: mine }),
    db.case.findMany({
      where: mine,
      orderBy: [{ openedOn: "desc" }, { ref: "desc" }],
      take: MY_CASES_SHOWN,
      select: { id: true, ref: true, kind: true, status: true, openedOn: true },
    }),
    // The cases a follow-up can be set on from the home.
    db.case.findMany({
      where: mine,
      orderBy: { ref: "asc" },
      take: FOLLOW_UP_CASES,
      select: { id: true, ref: true },
    }),
  ]);
  return { today, groups: groupByBucket(items, today), myCaseCount, myCases, followUpCases };
}
export type Worklist = Awaited<ReturnType<typeof listWorklist>>;
