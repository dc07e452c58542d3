import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { listInbox } from "@/lib/inbox/list-inbox";
import {
  decide,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  submittedPlan,
  unwrap,
} from "@/lib/testing/kit";

// A first approval above the office's threshold tells the supervisors who may give the
// second approval, in their inbox; nobody else is told, and nothing is sent below it.
describe("the second-approval notice", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let caseworker: Actor;
  let first: Actor;
  let second: Actor;
  let third: Actor;
  let caseId: string;

  const notices = () =>
    db.inboxMessage.findMany({
      where: { kind: "PLAN_NEEDS_SECOND_APPROVAL" },
      orderBy: { userId: "asc" },
      select: { userId: true, caseId: true, planId: true },
    });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    await db.office.update({
      where: { id: office.id },
      data: { secondApprovalMinor: 50_000, secondApprovalCurrency: "USD" },
    });
    caseworker = await makeUser("CASEWORKER", office.id);
    [first, second, third] = await Promise.all([
      makeUser("SUPERVISOR", office.id),
      makeUser("SUPERVISOR", office.id),
      makeUser("SUPERVISOR", office.id),
    ]);
    // Not told: a deactivated supervisor, another office's supervisor, a caseworker.
    await makeUser("SUPERVISOR", office.id, { isActive: false });
    await makeUser("SUPERVISOR", (await makeOffice("MEX")).id);
    await makeUser("CASEWORKER", office.id);
    caseId = (await makeCase(office, "REINTEGRATION")).id;
  });

  it("the first approval of a plan above the threshold tells each other active supervisor of the office, with the plan's ids, and it reads in their inbox", async () => {
    const plan = await submittedPlan(caseworker, caseId); // 650.50 USD, above 500.00
    unwrap(await decide(first, plan.id, plan.version, "APPROVE"));

    const expected = [second, third]
      .map((user) => ({ userId: user.id, caseId, planId: plan.id }))
      .sort((a, b) => a.userId.localeCompare(b.userId));
    expect(await notices()).toStrictEqual(expected);
    const inbox = await withActor(second, () => listInbox(second));
    expect(inbox.map((message) => [message.kind, message.case?.id, message.planId])).toStrictEqual([
      ["PLAN_NEEDS_SECOND_APPROVAL", caseId, plan.id], // its link opens the plan's review
    ]);
    expect(await withActor(first, () => listInbox(first))).toStrictEqual([]);
  });

  it("a supervisor who authored the plan is not told: they may not approve it", async () => {
    const plan = await submittedPlan(third, caseId);
    unwrap(await decide(first, plan.id, plan.version, "APPROVE"));

    expect((await notices()).map((row) => row.userId)).toStrictEqual([second.id]);
  });

  it("no notice when the plan is approved in one step (below the threshold), returned or rejected", async () => {
    await db.office.update({ where: { id: office.id }, data: { secondApprovalMinor: 100_000 } });
    const plan = await submittedPlan(caseworker, caseId);
    expect(unwrap(await decide(first, plan.id, plan.version, "APPROVE")).status).toBe("APPROVED");
    expect(await notices()).toStrictEqual([]);
  });
});
