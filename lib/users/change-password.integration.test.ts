import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/resolve-session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, pool } from "@/lib/db";
import { executeAction } from "@/lib/safe-action";
import { makeOffice, makeUser, resetDatabase, testPassword, unwrap } from "@/lib/testing/kit";
import { changePasswordAction, createUserAction } from "@/lib/users/actions";
import { completeAccountSetup } from "@/lib/users/complete-account-setup";

const strong = "ferry lantern copper meadow";

async function storedHash(userId: string) {
  const { rows } = await pool.query<{ password_hash: string; session_version: number }>(
    "SELECT password_hash, session_version FROM users WHERE id = $1",
    [userId],
  );
  return rows[0]!;
}

describe("changing one's own password", () => {
  let user: Actor;

  beforeEach(async () => {
    await resetDatabase();
    user = await makeUser("SUPERVISOR", (await makeOffice()).id, {
      email: "luisa.supervisor@test.passage",
    });
  });

  it("ends every session of the user at once, bumps the session version and logs it without the password", async () => {
    const session = await signInWithPassword(
      { email: user.email, password: testPassword },
      "192.0.2.1",
    );
    if (!session.ok) throw new Error("sign-in failed");
    const before = await storedHash(user.id);

    const result = await executeAction(changePasswordAction.definition, user, {
      currentPassword: testPassword,
      newPassword: strong,
      confirmPassword: strong,
    });

    expect(result).toStrictEqual({ ok: true, data: { signedOut: true } });
    const after = await storedHash(user.id);
    expect(after.password_hash).not.toBe(before.password_hash);
    expect(after.session_version).toBe(before.session_version + 1);
    expect(await resolveSession(session.sessionId, session.sessionVersion)).toBeNull();
    expect(
      (await signInWithPassword({ email: user.email, password: strong }, "192.0.2.1")).ok,
    ).toBe(true);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "user.password-change" },
      select: { changedFields: true, entityId: true },
    });
    expect(audit).toStrictEqual({ changedFields: ["password"], entityId: user.id });
  });

  it.each([
    [
      "a wrong current password",
      { currentPassword: "not my password", newPassword: strong, confirmPassword: strong },
      { currentPassword: ["wrongPassword"] },
    ],
    [
      "a common password",
      {
        currentPassword: testPassword,
        newPassword: "password1234",
        confirmPassword: "password1234",
      },
      { newPassword: ["passwordTooCommon"] },
    ],
    [
      "a common password with digits added",
      {
        currentPassword: testPassword,
        newPassword: "sunshine2026!",
        confirmPassword: "sunshine2026!",
      },
      { newPassword: ["passwordTooCommon"] },
    ],
    [
      "the email name inside",
      {
        currentPassword: testPassword,
        newPassword: "luisa.supervisor-2026",
        confirmPassword: "luisa.supervisor-2026",
      },
      { newPassword: ["passwordContainsEmail"] },
    ],
    [
      "too short",
      { currentPassword: testPassword, newPassword: "short pass", confirmPassword: "short pass" },
      { newPassword: ["passwordTooShort"] },
    ],
    [
      "a mismatched confirmation",
      { currentPassword: testPassword, newPassword: strong, confirmPassword: `${strong}!` },
      { confirmPassword: ["passwordsDiffer"] },
    ],
  ])("refuses %s with a field message and changes nothing", async (_label, input, fieldErrors) => {
    const before = await storedHash(user.id);
    const result = await executeAction(changePasswordAction.definition, user, input);
    expect(result).toStrictEqual({ ok: false, error: "VALIDATION", fieldErrors });
    expect(await storedHash(user.id)).toStrictEqual(before);
  });

  it("a new user cannot choose a common password through their set-up link either", async () => {
    const admin = await makeUser("ADMIN", null);
    const { setupPath } = unwrap(
      await executeAction(createUserAction.definition, admin, {
        name: "New",
        email: "new@test.passage",
        role: "HQ",
        officeId: "",
      }),
    );
    await expect(
      completeAccountSetup({
        token: setupPath.replace("/set-up/", ""),
        newPassword: "qwertyuiop123",
        confirmPassword: "qwertyuiop123",
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { newPassword: ["passwordTooCommon"] },
    });
  });
});
