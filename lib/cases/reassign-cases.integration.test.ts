import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { reassignCasesAction } from "@/lib/cases/actions";
import { db } from "@/lib/db";
import { listInbox } from "@/lib/inbox/list-inbox";
import { executeAction } from "@/lib/safe-action";
import {
  auditRows,
  makeCase,
  makeOffice,
  makeUser,
  resetDatabase,
  unwrap,
} from "@/lib/testing/kit";

type Office = Awaited<ReturnType<typeof makeOffice>>;

describe("reassigning cases", () => {
  let office: Office;
  let otherOffice: Office;
  let supervisor: Actor;
  let leaving: Actor;
  let successor: Actor;
  let cases: { id: string; ref: string; version: number }[];

  const reassign = (actor: Actor, input: Record<string, unknown>) =>
    executeAction(reassignCasesAction.definition, actor, {
      idempotencyKey: randomUUID(),
      ...input,
    });
  const batch = (list = cases) => list.map((item) => ({ caseId: item.id, version: item.version }));
  const holders = async () =>
    (
      await db.case.findMany({
        where: { id: { in: cases.map((item) => item.id) } },
        orderBy: { ref: "asc" },
        select: { assignedToId: true, version: true },
      })
    ).map((row) => [row.assignedToId, row.version]);

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    otherOffice = await makeOffice("GTM");
    supervisor = await makeUser("SUPERVISOR", office.id);
    leaving = await makeUser("CASEWORKER", office.id);
    successor = await makeUser("CASEWORKER", office.id, { name: "Carla Successor" });
    cases = [];
    for (const ref of ["R-1", "R-2"])
      cases.push(await makeCase(office, "AVR", { ref, assignedToId: leaving.id }));
  });

  it("moves the cases to the new holder, bumps each version, audits each case and leaves one notice with the references", async () => {
    const result = await reassign(supervisor, { cases: batch(), assigneeId: successor.id });

    expect(unwrap(result)).toStrictEqual({ assigneeId: successor.id, moved: 2 });
    expect(await holders()).toStrictEqual([
      [successor.id, 2],
      [successor.id, 2],
    ]);
    const audits = await auditRows("case.reassign");
    expect(audits.map((row) => [row.entity_id, row.actor_id, row.changed_fields]).sort()).toEqual(
      cases.map((item) => [item.id, supervisor.id, ["assignedToId"]]).sort(),
    );
    const [notice, ...others] = await listInbox(successor);
    expect(others).toStrictEqual([]);
    expect(notice).toMatchObject({
      kind: "CASES_ASSIGNED",
      caseRefs: ["R-1", "R-2"],
      userId: successor.id,
      case: null,
      subjectUser: { name: supervisor.name },
    });
    // The notice is the recipient's alone.
    expect(await listInbox(leaving)).toStrictEqual([]);
  });

  it("a caseworker may not reassign: FORBIDDEN, nothing moves", async () => {
    const result = await reassign(leaving, { cases: batch(), assigneeId: successor.id });

    expect(result).toStrictEqual({ ok: false, error: "FORBIDDEN" });
    expect(await holders()).toStrictEqual([
      [leaving.id, 1],
      [leaving.id, 1],
    ]);
    expect(await auditRows("case.reassign")).toStrictEqual([]);
  });

  it("a batch with a case of another office is NOT_FOUND, and the office's own case does not move either", async () => {
    const foreign = await makeCase(otherOffice, "AVR", { ref: "F-1" });

    const result = await reassign(supervisor, {
      cases: [...batch(), { caseId: foreign.id, version: 1 }],
      assigneeId: successor.id,
    });

    expect(result).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await holders()).toStrictEqual([
      [leaving.id, 1],
      [leaving.id, 1],
    ]);
    expect((await db.case.findUniqueOrThrow({ where: { id: foreign.id } })).assignedToId).toBe(
      null,
    );
    expect(await auditRows("case.reassign")).toStrictEqual([]);
  });

  it("refuses a new holder who is inactive, of another office, or not field staff: nothing moves, no notice", async () => {
    const inactive = await makeUser("CASEWORKER", office.id, { isActive: false });
    const elsewhere = await makeUser("CASEWORKER", otherOffice.id);
    const hq = await makeUser("HQ", null);

    for (const assignee of [inactive, elsewhere, hq]) {
      const result = await reassign(supervisor, { cases: batch(), assigneeId: assignee.id });

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { assigneeId: ["assigneeNotAvailable"] },
      });
    }
    expect(await holders()).toStrictEqual([
      [leaving.id, 1],
      [leaving.id, 1],
    ]);
    expect(await db.inboxMessage.count()).toBe(0);
  });

  it("a case changed since the supervisor saw it refuses the whole batch with CONFLICT", async () => {
    const [first, second] = cases;
    await db.case.update({ where: { id: second!.id }, data: { version: 2 } });

    const result = await reassign(supervisor, { cases: batch(), assigneeId: successor.id });

    expect(result).toMatchObject({ ok: false, error: "CONFLICT" });
    expect((await db.case.findUniqueOrThrow({ where: { id: first!.id } })).assignedToId).toBe(
      leaving.id,
    );
    expect(await auditRows("case.reassign")).toStrictEqual([]);
  });

  it("the same submission twice moves the cases once: one audit entry per case, one notice, the first result", async () => {
    const input = { cases: batch(), assigneeId: successor.id, idempotencyKey: randomUUID() };

    const first = await reassign(supervisor, input);
    const second = await reassign(supervisor, input);

    expect(second).toStrictEqual(first);
    expect(await holders()).toStrictEqual([
      [successor.id, 2],
      [successor.id, 2],
    ]);
    expect(await auditRows("case.reassign")).toHaveLength(2);
    expect(await db.inboxMessage.count({ where: { userId: successor.id } })).toBe(1);
  });

  it("a case already held by the new holder stays as it is: no version bump, no audit entry, not in the notice", async () => {
    const held = await makeCase(office, "AVR", { ref: "R-0", assignedToId: successor.id });

    const result = await reassign(supervisor, {
      cases: [...batch(), { caseId: held.id, version: 1 }],
      assigneeId: successor.id,
    });

    expect(unwrap(result).moved).toBe(2);
    expect((await db.case.findUniqueOrThrow({ where: { id: held.id } })).version).toBe(1);
    expect((await auditRows("case.reassign")).map((row) => row.entity_id)).not.toContain(held.id);
    const [notice] = await listInbox(successor);
    expect(notice?.caseRefs).toStrictEqual(["R-1", "R-2"]);
  });

  it("refuses malformed batches before anything runs: empty, duplicated case, more than 100", async () => {
    const [first] = batch();
    for (const list of [[], [first, first], Array.from({ length: 101 }, () => first)]) {
      const result = await reassign(supervisor, { cases: list, assigneeId: successor.id });
      expect(result).toMatchObject({ ok: false, error: "VALIDATION" });
    }
    expect(await auditRows("case.reassign")).toStrictEqual([]);
  });
});
