import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { db, pool } from "@/lib/db";
import { createOfficeAction } from "@/lib/offices/actions";
import { createProjectAction } from "@/lib/projects/actions";
import { executeAction } from "@/lib/safe-action";
import { makeOffice, makeUser, resetDatabase } from "@/lib/testing/kit";
import { createUserAction, updateUserAction } from "@/lib/users/actions";

const newUserName = "Zelda Quartermain";
const newUserPassword = "a long enough password";

describe("executeAction with the admin actions", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;
  let admin: Actor;

  const validUser = () => ({
    name: newUserName,
    email: "New.Person@Test.Passage",
    password: newUserPassword, // ignored: an admin cannot set a password
    role: "CASEWORKER",
    officeId: office.id,
  });

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice();
    admin = await makeUser("ADMIN", null);
  });

  it("returns UNAUTHENTICATED for a null actor and writes no user", async () => {
    expect(await db.user.count()).toBe(1);

    expect(await executeAction(createUserAction.definition, null, validUser())).toStrictEqual({
      ok: false,
      error: "UNAUTHENTICATED",
    });

    expect(await db.user.count()).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it.each(["CASEWORKER", "SUPERVISOR", "HQ"] as const)(
    "returns FORBIDDEN to a %s calling createUserAction and writes nothing",
    async (role) => {
      const actor = await makeUser(role, role === "HQ" ? null : office.id);
      expect(await db.user.count()).toBe(2);

      expect(await executeAction(createUserAction.definition, actor, validUser())).toStrictEqual({
        ok: false,
        error: "FORBIDDEN",
      });

      expect(await db.user.count()).toBe(2);
      expect(await db.auditEntry.count()).toBe(0);
    },
  );

  it("checks permission before validation: a CASEWORKER with invalid input still gets FORBIDDEN", async () => {
    const caseworker = await makeUser("CASEWORKER", office.id);

    expect(
      await executeAction(createUserAction.definition, caseworker, { email: "bad" }),
    ).toStrictEqual({
      ok: false,
      error: "FORBIDDEN",
    });
  });

  it.each([
    ["a bad email", { email: "not-an-email" }, { email: ["invalidEmail"] }],
    ["a CASEWORKER role without officeId", { officeId: null }, { officeId: ["officeRequired"] }],
    [
      "a CASEWORKER role with an empty officeId",
      { officeId: "" },
      { officeId: ["officeRequired"] },
    ],
    ["an unknown role", { role: "ROOT" }, { role: ["invalidChoice"] }],
  ])(
    "returns VALIDATION for %s with exactly that field error, and writes nothing",
    async (_label, change, fieldErrors) => {
      const result = await executeAction(createUserAction.definition, admin, {
        ...validUser(),
        ...change,
      });

      expect(result).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors });
      expect(await db.user.count()).toBe(1);
      expect(await db.auditEntry.count()).toBe(0);
    },
  );

  it("writes exactly one user with no usable password, a 'user.create' and a 'user.setup-link-issued' audit entry without personal values", async () => {
    const result = await executeAction(createUserAction.definition, admin, validUser());

    expect(result).toStrictEqual({
      ok: true,
      data: { id: expect.any(String), setupPath: expect.stringMatching(/^\/set-up\//) },
    });
    if (!result.ok) throw new Error("create failed");
    expect(await db.user.count()).toBe(2);
    const created = await db.user.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(created).toMatchObject({
      name: newUserName,
      email: "new.person@test.passage",
      role: "CASEWORKER",
      officeId: office.id,
      isActive: true,
      sessionVersion: 0,
    });
    const { rows: hashes } = await pool.query<{ password_hash: string }>(
      "SELECT password_hash FROM users WHERE id = $1",
      [result.data.id],
    );
    // The admin's password field is gone: the user sets one through the set-up link.
    expect(hashes[0]!.password_hash.startsWith("$argon2id$")).toBe(false);
    expect(hashes[0]!.password_hash).not.toContain(newUserPassword);

    const { rows: audits } = await pool.query<{
      action: string;
      actor_id: string;
      entity_id: string;
      office_id: string;
      changed_fields: string[];
      row: string;
    }>(
      "SELECT action, actor_id, entity_id, office_id, changed_fields, row_to_json(a)::text AS row FROM audit_entries a ORDER BY id",
    );
    expect(audits.map((audit) => audit.action)).toStrictEqual([
      "user.create",
      "user.setup-link-issued",
    ]);
    expect(audits[0]).toMatchObject({
      action: "user.create",
      actor_id: admin.id,
      entity_id: result.data.id,
      office_id: office.id,
    });
    expect(audits[0]!.changed_fields).toEqual(["name", "email", "role", "officeId"]);
    expect(audits[0]!.row.toLowerCase()).not.toContain("new.person@test.passage");
    expect(audits[0]!.row).not.toContain(newUserName);
    expect(audits[0]!.row).not.toContain(newUserPassword);
  });

  it("returns VALIDATION { email: ['emailTaken'] } for an existing email, whatever its case, and writes nothing", async () => {
    const existing = await makeUser("CASEWORKER", office.id, { email: "taken@test.passage" });
    expect(existing.email).toBe("taken@test.passage");

    const result = await executeAction(createUserAction.definition, admin, {
      ...validUser(),
      email: "Taken@Test.Passage",
    });

    expect(result).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { email: ["emailTaken"] },
    });
    expect(await db.user.count()).toBe(2);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("returns VALIDATION { endDate: ['endBeforeStart'] } for a project ending before it starts, and writes nothing", async () => {
    const before = await db.project.count();

    const result = await executeAction(createProjectAction.definition, admin, {
      code: "PRJ-1",
      title: "Returns 2026",
      officeId: office.id,
      startDate: "2026-05-01",
      endDate: "2026-04-30",
    });

    expect(result).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { endDate: ["endBeforeStart"] },
    });
    expect(await db.project.count()).toBe(before);
  });

  it("creates a project whose end date equals its start date", async () => {
    const before = await db.project.count();

    const result = await executeAction(createProjectAction.definition, admin, {
      code: "PRJ-2",
      title: "One day",
      officeId: office.id,
      startDate: "2026-05-01",
      endDate: "2026-05-01",
    });

    expect(result).toMatchObject({ ok: true });
    expect(await db.project.count()).toBe(before + 1);
  });

  it("returns VALIDATION { hostCountry: ['invalidCountry'] } for host country XXX, and writes nothing", async () => {
    expect(await db.office.count()).toBe(1);

    const result = await executeAction(createOfficeAction.definition, admin, {
      code: "GT-01",
      name: "Guatemala City",
      hostCountry: "XXX",
    });

    expect(result).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { hostCountry: ["invalidCountry"] },
    });
    expect(await db.office.count()).toBe(1);
  });

  it.each([
    ["removing ADMIN", { role: "HQ" as const, isActive: true }],
    ["deactivating", { role: "ADMIN" as const, isActive: false }],
  ])(
    "refuses an admin %s on themselves with VALIDATION and leaves them unchanged",
    async (_label, change) => {
      const result = await executeAction(updateUserAction.definition, admin, {
        userId: admin.id,
        name: admin.name,
        officeId: null,
        ...change,
      });

      expect(result).toStrictEqual({
        ok: false,
        error: "VALIDATION",
        fieldErrors: { role: ["cannotDemoteSelf"] },
      });
      const stored = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
      expect(stored).toMatchObject({ role: "ADMIN", isActive: true, sessionVersion: 0 });
      expect(await db.auditEntry.count()).toBe(0);
    },
  );

  it("two simultaneous creates with one email: one user is created, the other gets emailTaken (not INTERNAL)", async () => {
    const results = await Promise.all([
      executeAction(createUserAction.definition, admin, validUser()),
      executeAction(createUserAction.definition, admin, validUser()),
    ]);

    const failures = results.filter((result) => !result.ok);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(failures).toStrictEqual([
      { ok: false, error: "VALIDATION", fieldErrors: { email: ["emailTaken"] } },
    ]);
    expect(await db.user.count()).toBe(2);
  });

  it("returns VALIDATION { officeId: ['invalidChoice'] } for a well-formed office id that does not exist, on create and update", async () => {
    const missingOffice = "00000000-0000-4000-8000-000000000000";
    const created = await executeAction(createUserAction.definition, admin, {
      ...validUser(),
      officeId: missingOffice,
    });
    const target = await makeUser("CASEWORKER", office.id);
    const updated = await executeAction(updateUserAction.definition, admin, {
      userId: target.id,
      name: target.name,
      role: "CASEWORKER",
      officeId: missingOffice,
      isActive: true,
    });

    expect(created).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { officeId: ["invalidChoice"] },
    });
    expect(updated).toStrictEqual({
      ok: false,
      error: "VALIDATION",
      fieldErrors: { officeId: ["invalidChoice"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).officeId).toBe(
      office.id,
    );
  });
});
