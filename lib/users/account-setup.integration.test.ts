import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, pool } from "@/lib/db";
import { withActor } from "@/lib/db-context";
import { listInbox } from "@/lib/inbox/list-inbox";
import { executeAction } from "@/lib/safe-action";
import { makeOffice, makeUser, resetDatabase, testPassword, unwrap } from "@/lib/testing/kit";
import { createUserAction, resetUserPasswordAction, updateUserAction } from "@/lib/users/actions";
import { completeAccountSetup } from "@/lib/users/complete-account-setup";
import { findSetupLink } from "@/lib/users/setup-links";

const ip = "203.0.113.60";
const chosenByUser = "a passphrase only the new user knows";
const tokenOf = (setupPath: string) => setupPath.replace(/^\/set-up\//, "");

async function auditActions(entityId: string) {
  const { rows } = await pool.query<{ action: string; actor_id: string | null }>(
    "SELECT action, actor_id FROM audit_entries WHERE entity_id = $1 AND action LIKE 'user.%' ORDER BY id",
    [entityId],
  );
  return rows;
}

describe("accounts are set up by their users through a single-use link", () => {
  let admin: Actor;
  let office: Awaited<ReturnType<typeof makeOffice>>;

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice();
    admin = await makeUser("ADMIN", null);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const createCaseworker = async (email = "new.caseworker@test.passage", extra = {}) =>
    unwrap(
      await executeAction(createUserAction.definition, admin, {
        name: "New Caseworker",
        email,
        role: "CASEWORKER",
        officeId: office.id,
        ...extra,
      }),
    );

  it("an admin cannot set a password: one sent with the new account is ignored and signs no one in", async () => {
    const created = await createCaseworker("chosen@test.passage", { password: testPassword });

    expect(created.setupPath).toMatch(/^\/set-up\/[A-Za-z0-9_-]{43}$/);
    expect(
      await signInWithPassword({ email: "chosen@test.passage", password: testPassword }, ip),
    ).toStrictEqual({ ok: false, reason: "INVALID" });
    // Only a hash of the token is kept.
    const stored = await db.userSetupToken.findFirstOrThrow({ where: { userId: created.id } });
    expect(stored.tokenHash).not.toContain(tokenOf(created.setupPath));
    expect(await auditActions(created.id)).toStrictEqual([
      { action: "user.create", actor_id: admin.id },
      { action: "user.setup-link-issued", actor_id: admin.id },
    ]);
  });

  it("the link sets the user's own password once; a second use is refused and changes nothing", async () => {
    const created = await createCaseworker();
    const token = tokenOf(created.setupPath);

    expect(await findSetupLink(token)).toMatchObject({
      state: "open",
      email: "new.caseworker@test.passage",
    });
    expect(
      await completeAccountSetup({
        token,
        newPassword: chosenByUser,
        confirmPassword: chosenByUser,
      }),
    ).toStrictEqual({ passwordSet: true });
    expect(
      await signInWithPassword(
        { email: "new.caseworker@test.passage", password: chosenByUser },
        ip,
      ),
    ).toMatchObject({ ok: true });

    await expect(
      completeAccountSetup({
        token,
        newPassword: "an attacker's replacement passphrase",
        confirmPassword: "an attacker's replacement passphrase",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { _form: ["setupLinkUsed"] } });
    expect(await findSetupLink(token)).toStrictEqual({ state: "used" });
    expect(
      await signInWithPassword(
        { email: "new.caseworker@test.passage", password: chosenByUser },
        ip,
      ),
    ).toMatchObject({ ok: true });
    expect((await auditActions(created.id)).map((entry) => entry.action)).toContain(
      "user.password-set",
    );
  });

  it("an expired link is refused with its own message and sets no password", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-06-01T08:00:00Z"));
    const created = await createCaseworker();
    vi.setSystemTime(new Date("2026-06-04T08:00:01Z")); // 72 hours and a second later

    expect(await findSetupLink(tokenOf(created.setupPath))).toStrictEqual({ state: "expired" });
    await expect(
      completeAccountSetup({
        token: tokenOf(created.setupPath),
        newPassword: chosenByUser,
        confirmPassword: chosenByUser,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { _form: ["setupLinkExpired"] } });
    expect(
      await signInWithPassword(
        { email: "new.caseworker@test.passage", password: chosenByUser },
        ip,
      ),
    ).toStrictEqual({ ok: false, reason: "INVALID" });
  });

  it("a link that was never issued reads as used and sets nothing", async () => {
    await expect(
      completeAccountSetup({
        token: "x".repeat(43),
        newPassword: chosenByUser,
        confirmPassword: chosenByUser,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { _form: ["setupLinkUsed"] } });
  });

  it("the office's active supervisors, and nobody else, find 'a new member joined' in their inbox", async () => {
    const supervisor = await makeUser("SUPERVISOR", office.id);
    await makeUser("SUPERVISOR", office.id, { isActive: false });
    const colleague = await makeUser("CASEWORKER", office.id);
    const elsewhere = await makeUser("SUPERVISOR", (await makeOffice()).id);

    const created = await createCaseworker();

    // Read as each of them would, under row-level security.
    const inbox = await withActor(supervisor, () => listInbox(supervisor));
    expect(
      inbox.map((message) => ({ kind: message.kind, member: message.subjectUser?.email })),
    ).toStrictEqual([{ kind: "MEMBER_JOINED", member: "new.caseworker@test.passage" }]);
    expect(await withActor(colleague, () => listInbox(colleague))).toStrictEqual([]);
    expect(await withActor(elsewhere, () => listInbox(elsewhere))).toStrictEqual([]);
    expect(await withActor(colleague, () => db.inboxMessage.count())).toBe(0);
    expect(
      await db.inboxMessage.count({ where: { subjectUserId: created.id, kind: "MEMBER_JOINED" } }),
    ).toBe(1);
  });

  it("moving a user into the office tells its supervisors too", async () => {
    const supervisor = await makeUser("SUPERVISOR", office.id);
    const mover = await makeUser("CASEWORKER", (await makeOffice()).id);

    unwrap(
      await executeAction(updateUserAction.definition, admin, {
        userId: mover.id,
        name: mover.name,
        role: "CASEWORKER",
        officeId: office.id,
        isActive: true,
      }),
    );

    const inbox = await withActor(supervisor, () => listInbox(supervisor));
    expect(inbox.map((message) => [message.kind, message.subjectUser?.email])).toStrictEqual([
      ["MEMBER_JOINED", mover.email],
    ]);
  });

  it("an admin's reset ends the user's sessions and password and old link, and issues a link that works", async () => {
    const user = await makeUser("CASEWORKER", office.id);
    const session = await signInWithPassword({ email: user.email, password: testPassword }, ip);
    expect(session).toMatchObject({ ok: true });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    const first = unwrap(
      await executeAction(resetUserPasswordAction.definition, admin, { userId: user.id }),
    );
    const second = unwrap(
      await executeAction(resetUserPasswordAction.definition, admin, { userId: user.id }),
    );

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 2);
    expect(await db.authSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    expect(await signInWithPassword({ email: user.email, password: testPassword }, ip)).toEqual({
      ok: false,
      reason: "INVALID",
    });
    expect(await findSetupLink(tokenOf(first.setupPath))).toStrictEqual({ state: "used" });
    expect(await findSetupLink(tokenOf(second.setupPath))).toMatchObject({ state: "open" });
    expect((await auditActions(user.id)).map((entry) => entry.action)).toContain(
      "user.password-reset",
    );
  });

  it("a reset link lets the user choose a new password", async () => {
    const user = await makeUser("CASEWORKER", office.id);
    const { setupPath } = unwrap(
      await executeAction(resetUserPasswordAction.definition, admin, { userId: user.id }),
    );

    await completeAccountSetup({
      token: tokenOf(setupPath),
      newPassword: chosenByUser,
      confirmPassword: chosenByUser,
    });

    expect(
      await signInWithPassword({ email: user.email, password: chosenByUser }, ip),
    ).toMatchObject({ ok: true });
  });

  it("only an admin may reset a password", async () => {
    const user = await makeUser("CASEWORKER", office.id);
    const supervisor = await makeUser("SUPERVISOR", office.id);

    expect(
      await executeAction(resetUserPasswordAction.definition, supervisor, { userId: user.id }),
    ).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await db.userSetupToken.count()).toBe(0);
  });
});
