import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import {
  decide,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  submittedPlan,
  unwrap,
} from "@/lib/testing/kit";
import { getTeamOverview } from "@/lib/worklist/get-team-overview";

const today = toDay("2026-11-28");

// The supervisor's office view: each member's open cases and overdue items, the cases
// nobody holds, idle cases, plans waiting for a second approval; their own office only.
describe("the supervisor's team overview", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let supervisor: Actor;
  let ana: Actor;
  let ben: Actor;

  const hold = async (owner: Actor | null, kind: "AVR" | "VOT" = "VOT") => {
    const made = await makeCase(office, kind);
    return db.case.update({ where: { id: made.id }, data: { assignedToId: owner?.id ?? null } });
  };
  const overview = (actor: Actor) => withActor(actor, () => getTeamOverview(actor, today));

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("GTM");
    supervisor = await makeUser("SUPERVISOR", office.id, { name: "Zoe Supervisor" });
    ana = await makeUser("CASEWORKER", office.id, { name: "Ana" });
    ben = await makeUser("CASEWORKER", office.id, { name: "Ben" });
  });

  it("counts open cases and overdue items per member and for nobody; closed cases and another office's do not count", async () => {
    // Each open case without consent has one overdue item (consent for assistance).
    await Promise.all([hold(ana), hold(ana), hold(ben), hold(null)]);
    const late = await hold(ben, "AVR");
    await db.case.update({
      where: { id: late.id },
      data: { plannedDepartureOn: toDay("2026-11-01") },
    });
    const closed = await hold(ana);
    await db.case.update({
      where: { id: closed.id },
      data: { status: "CLOSED", closedOn: toDay("2026-11-01") },
    });
    const other = await makeOffice("MEX");
    const foreignCase = await makeCase(other, "VOT");
    await db.case.update({ where: { id: foreignCase.id }, data: { assignedToId: ana.id } });

    const team = await overview(supervisor);

    expect(team.members.map((row) => [row.name, row.openCases, row.overdue])).toStrictEqual([
      ["Ana", 2, 2],
      ["Ben", 2, 3], // two consents and the planned departure
      ["Zoe Supervisor", 0, 0],
    ]);
    expect(team.unheld).toStrictEqual({ openCases: 1, overdue: 1 });
  });

  it("lists cases idle for the office's days, longest idle first, and counts them all", async () => {
    const older = await hold(ana);
    const newer = await hold(ben);
    await hold(ana); // active: updated just now
    await db.$executeRaw`UPDATE cases SET updated_at = '2026-08-01T10:00:00Z' WHERE id = ${older.id}::uuid`;
    await db.$executeRaw`UPDATE cases SET updated_at = '2026-10-01T10:00:00Z' WHERE id = ${newer.id}::uuid`;

    const team = await overview(supervisor);

    expect(team.inactiveCount).toBe(2);
    expect(team.inactive.map((item) => [item.caseId, item.dueOn])).toStrictEqual([
      [older.id, toDay("2026-08-31")],
      [newer.id, toDay("2026-10-31")],
    ]);
  });

  it("lists the plans waiting for a second approval with who approved first", async () => {
    await db.office.update({
      where: { id: office.id },
      data: { secondApprovalMinor: 50_000, secondApprovalCurrency: "USD" },
    });
    const kase = await makeCase(office, "REINTEGRATION");
    const plan = await submittedPlan(ana, kase.id);
    unwrap(await decide(supervisor, plan.id, plan.version, "APPROVE"));

    const team = await overview(supervisor);

    expect(team.awaitingSecondApproval).toMatchObject([
      {
        id: plan.id,
        caseId: kase.id,
        totalMinor: 65_050,
        currency: "USD",
        firstApprovedBy: "Zoe Supervisor",
      },
    ]);
  });

  it("is the supervisors' alone: caseworkers, HQ and admins are FORBIDDEN", async () => {
    for (const user of [ana, await makeUser("HQ", null), await makeUser("ADMIN", null)]) {
      await expect(overview(user)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
