import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db, pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";
import { updateUser } from "@/lib/users/update-user";

function input(
  user: Actor,
  changes: Partial<{
    name: string;
    role: Actor["role"];
    officeId: string | null;
    isActive: boolean;
  }> = {},
) {
  return {
    userId: user.id,
    name: user.name,
    role: user.role,
    officeId: user.officeId,
    isActive: true,
    ...changes,
  };
}

async function auditEntries() {
  const { rows } = await pool.query<{
    action: string;
    actor_id: string;
    entity_id: string;
    changed_fields: string[];
  }>("SELECT action, actor_id, entity_id, changed_fields FROM audit_entries ORDER BY id");
  return rows;
}

describe("updateUser", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let admin: Actor;
  let user: Actor;

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice();
    admin = await makeUser("ADMIN", null);
    user = await makeUser("CASEWORKER", office.id);
  });

  it("on a role change bumps session_version by exactly 1, ends every open session and audits ['role']", async () => {
    await db.authSession.createMany({ data: [{ userId: user.id }, { userId: user.id }] });
    const alreadyEnded = new Date("2026-01-01T00:00:00.000Z");
    const old = await db.authSession.create({ data: { userId: user.id, endedAt: alreadyEnded } });
    const otherSession = await db.authSession.create({ data: { userId: admin.id } });

    const result = await updateUser(admin, input(user, { role: "SUPERVISOR" }));

    expect(result).toStrictEqual({ id: user.id, revokedSessions: true, handedOff: 0 });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ role: "SUPERVISOR", sessionVersion: 1 });
    expect(await db.authSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(3);
    expect((await db.authSession.findUniqueOrThrow({ where: { id: old.id } })).endedAt).toEqual(
      alreadyEnded,
    );
    expect(
      (await db.authSession.findUniqueOrThrow({ where: { id: otherSession.id } })).endedAt,
    ).toBeNull();
    expect(await auditEntries()).toEqual([
      { action: "user.update", actor_id: admin.id, entity_id: user.id, changed_fields: ["role"] },
    ]);
  });

  it("bumps session_version by 1 per revoking change, not per field", async () => {
    const other = await makeOffice("GTM");

    await updateUser(
      admin,
      input(user, { role: "SUPERVISOR", officeId: other.id, isActive: false }),
    );

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect((await auditEntries())[0]!.changed_fields).toEqual(["role", "officeId", "isActive"]);
  });

  it("on a name-only change keeps session_version and open sessions, and audits ['name']", async () => {
    const session = await db.authSession.create({ data: { userId: user.id } });

    const result = await updateUser(admin, input(user, { name: "New Name" }));

    expect(result).toStrictEqual({ id: user.id, revokedSessions: false, handedOff: 0 });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      name: "New Name",
      sessionVersion: 0,
    });
    expect(
      (await db.authSession.findUniqueOrThrow({ where: { id: session.id } })).endedAt,
    ).toBeNull();
    expect(await auditEntries()).toEqual([
      { action: "user.update", actor_id: admin.id, entity_id: user.id, changed_fields: ["name"] },
    ]);
  });

  it("throws AppError NOT_FOUND for an unknown userId and writes no audit entry", async () => {
    const error = await updateUser(admin, {
      ...input(user),
      userId: "3d6f0a8e-5b2c-4e1a-9f7d-8c4b2a1e0f93",
    }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
    expect(await auditEntries()).toEqual([]);
  });

  it("throws AppError FORBIDDEN for a non-admin actor and changes nothing", async () => {
    const supervisor = await makeUser("SUPERVISOR", office.id);

    const error = await updateUser(supervisor, input(user, { role: "SUPERVISOR" })).catch(
      (caught: unknown) => caught,
    );

    expect((error as AppError).code).toBe("FORBIDDEN");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      role: "CASEWORKER",
      sessionVersion: 0,
    });
  });
});
