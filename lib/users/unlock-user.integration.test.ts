import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { signInWithPassword } from "@/lib/auth/sign-in";
import { lockedUntil, lockoutLimit } from "@/lib/auth/throttle";
import { pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { makeOffice, makeUser, resetDatabase, testPassword } from "@/lib/testing/kit";
import { listUsers } from "@/lib/users/list-users";
import { unlockUser } from "@/lib/users/unlock-user";

// Failures in bursts of 10, five minutes apart (only Date is faked), until the account locks.
async function lockAccount(email: string) {
  for (let failure = 1; failure <= lockoutLimit; failure++) {
    await signInWithPassword({ email, password: `wrong ${failure}` }, "203.0.113.50");
    if (failure % 10 === 0 && failure < lockoutLimit)
      vi.setSystemTime(new Date(Date.now() + 301_000));
  }
}

describe("unlockUser", () => {
  beforeEach(async () => {
    await resetDatabase();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-02T08:00:00.000Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lifts a lockout at once: the admin list shows the lock, the user signs in after the unlock, and the unlock is audited", async () => {
    const office = await makeOffice();
    const admin = await makeUser("ADMIN", null);
    const user = await makeUser("CASEWORKER", office.id);
    await lockAccount(user.email);
    const before = await listUsers(admin);
    expect(before.find((row) => row.id === user.id)?.lockedUntil).toEqual(
      new Date(Date.now() + 3600_000),
    );
    expect(before.find((row) => row.id === admin.id)?.lockedUntil).toBeNull();

    expect(await unlockUser(admin, { userId: user.id })).toStrictEqual({
      id: user.id,
      wasLocked: true,
    });

    expect((await listUsers(admin)).find((row) => row.id === user.id)?.lockedUntil).toBeNull();
    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.51"),
    ).toMatchObject({ ok: true, userId: user.id });
    const { rows } = await pool.query(
      "SELECT actor_id, entity_id, office_id FROM audit_entries WHERE action = 'user.unlock'",
    );
    expect(rows).toStrictEqual([{ actor_id: admin.id, entity_id: user.id, office_id: office.id }]);
  });

  it("refuses non-admins (FORBIDDEN) and unknown users (NOT_FOUND), leaving the lock and writing no audit entry", async () => {
    const office = await makeOffice();
    const supervisor = await makeUser("SUPERVISOR", office.id);
    const admin = await makeUser("ADMIN", null);
    const user = await makeUser("CASEWORKER", office.id);
    await lockAccount(user.email);

    await expect(unlockUser(supervisor, { userId: user.id })).rejects.toThrow(
      new AppError("FORBIDDEN"),
    );
    await expect(
      unlockUser(admin, { userId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toThrow(new AppError("NOT_FOUND"));

    expect((await lockedUntil([user.email])).has(user.email)).toBe(true);
    const { rows } = await pool.query("SELECT 1 FROM audit_entries WHERE action = 'user.unlock'");
    expect(rows).toHaveLength(0);
  });
});
