import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
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
import { updateUserAction } from "@/lib/users/actions";
import { listUsers } from "@/lib/users/list-users";

type Office = Awaited<ReturnType<typeof makeOffice>>;

// Through the action, as the admin it runs for: an admin sees no office's cases, so these
// also prove the hand-over acts in the office the user leaves.
describe("a field user leaving hands their open cases to a successor", () => {
  let office: Office;
  let otherOffice: Office;
  let admin: Actor;
  let leaving: Actor;
  let successor: Actor;
  let open: { id: string; ref: string }[];
  let closed: { id: string };

  const update = (changes: Record<string, unknown>) =>
    executeAction(updateUserAction.definition, admin, {
      userId: leaving.id,
      name: leaving.name,
      role: leaving.role,
      officeId: leaving.officeId,
      isActive: true,
      ...changes,
    });
  const holderOf = async (id: string) =>
    (await db.case.findUniqueOrThrow({ where: { id } })).assignedToId;

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice("MEX");
    otherOffice = await makeOffice("GTM");
    admin = await makeUser("ADMIN", null);
    leaving = await makeUser("CASEWORKER", office.id);
    successor = await makeUser("CASEWORKER", office.id);
    open = [
      await makeCase(office, "AVR", { ref: "H-1", assignedToId: leaving.id }),
      await makeCase(office, "VOT", { ref: "H-2", assignedToId: leaving.id }),
    ];
    closed = await makeCase(office, "AVR", {
      status: "CLOSED",
      closedOn: "2026-02-01",
      assignedToId: leaving.id,
    });
  });

  it("deactivation without a successor is refused: the user stays active and keeps the cases", async () => {
    const result = await update({ isActive: false });

    expect(result).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { successorId: ["successorRequired"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: leaving.id } })).isActive).toBe(true);
    expect(await holderOf(open[0]!.id)).toBe(leaving.id);
    expect(await auditRows()).toStrictEqual([]);
  });

  it("deactivation with a successor moves the open cases (not the closed one), audits each, and tells the successor once", async () => {
    const result = await update({ isActive: false, successorId: successor.id });

    expect(unwrap(result)).toStrictEqual({
      id: leaving.id,
      revokedSessions: true,
      handedOff: 2,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: leaving.id } })).isActive).toBe(false);
    for (const record of open) expect(await holderOf(record.id)).toBe(successor.id);
    expect(await holderOf(closed.id)).toBe(leaving.id);
    const handOffs = await auditRows("case.hand-off");
    expect(handOffs.map((row) => [row.entity_id, row.actor_id, row.office_id]).sort()).toEqual(
      open.map((record) => [record.id, admin.id, office.id]).sort(),
    );
    expect(await auditRows("user.update")).toHaveLength(1);
    const notices = await listInbox(successor);
    expect(notices.map((notice) => [notice.kind, notice.caseRefs])).toStrictEqual([
      ["CASES_ASSIGNED", ["H-1", "H-2"]],
    ]);
  });

  it("a successor who is inactive, of another office, or the user themselves is refused, and nothing changes", async () => {
    const inactive = await makeUser("CASEWORKER", office.id, { isActive: false });
    const elsewhere = await makeUser("SUPERVISOR", otherOffice.id);

    for (const successorId of [inactive.id, elsewhere.id, leaving.id]) {
      const result = await update({ isActive: false, successorId });

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { successorId: ["successorNotAvailable"] },
      });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: leaving.id } })).isActive).toBe(true);
    expect(await holderOf(open[1]!.id)).toBe(leaving.id);
  });

  it("moving to another office or to an HQ role also needs a successor; staying a field user in the office does not", async () => {
    expect(await update({ officeId: otherOffice.id })).toMatchObject({
      ok: false,
      fieldErrors: { successorId: ["successorRequired"] },
    });
    expect(await update({ role: "HQ", officeId: null })).toMatchObject({
      ok: false,
      fieldErrors: { successorId: ["successorRequired"] },
    });
    expect(unwrap(await update({ role: "SUPERVISOR" })).handedOff).toBe(0);
    expect(await holderOf(open[0]!.id)).toBe(leaving.id);
  });

  it("the admin's user list counts each user's open cases, and nothing else about them", async () => {
    const users = await listUsers(admin);

    expect(users.find((user) => user.id === leaving.id)?.openCases).toBe(2);
    expect(users.find((user) => user.id === successor.id)?.openCases).toBe(0);
  });
});
