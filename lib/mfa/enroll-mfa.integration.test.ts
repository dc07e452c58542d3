import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { currentTotpStep, totpCodeAt } from "@/lib/auth/mfa/totp";
import { verifyMfaCode } from "@/lib/auth/mfa/verify-mfa-code";
import { resolveSession } from "@/lib/auth/resolve-session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, pool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { confirmMfaEnrollment, startMfaEnrollment } from "@/lib/mfa/enroll-mfa";
import {
  disableMfa,
  getMfaStatus,
  regenerateRecoveryCodes,
  resetUserMfa,
} from "@/lib/mfa/manage-mfa";
import { makeOffice, makeUser, resetDatabase, testPassword } from "@/lib/testing/kit";
import { enrollForTest } from "@/lib/testing/mfa";

const ip = "203.0.113.30";

async function auditActions(userId: string) {
  const { rows } = await pool.query<{ action: string; row: string }>(
    "SELECT action, row_to_json(a)::text AS row FROM audit_entries a WHERE entity_id = $1 ORDER BY id",
    [userId],
  );
  return rows;
}

async function errorOf(run: Promise<unknown>): Promise<AppError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error("expected an AppError");
  return error;
}

describe("MFA enrollment", () => {
  let supervisor: Actor;

  beforeEach(async () => {
    await resetDatabase();
    supervisor = await makeUser("SUPERVISOR", (await makeOffice()).id);
  });

  it("shows a secret, an otpauth URI and a QR code, and stores the secret sealed, not as text", async () => {
    const started = await startMfaEnrollment(supervisor);

    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.uri).toMatch(
      new RegExp(`^otpauth://totp/Passage:.+\\?.*secret=${started.secret}`),
    );
    expect(started.qrCode).toMatch(/^data:image\/png;base64,/);
    const stored = await db.userMfa.findUniqueOrThrow({ where: { userId: supervisor.id } });
    expect(stored.secretSealed).not.toContain(started.secret);
    expect(stored.confirmedAt).toBeNull();
  });

  it("refuses a wrong code without activating, and audits the failure without the code", async () => {
    const { secret } = await startMfaEnrollment(supervisor);
    const wrong = totpCodeAt(secret, currentTotpStep() + 5);

    const error = await errorOf(confirmMfaEnrollment(supervisor, { code: wrong }));

    expect(error.fieldErrors).toEqual({ code: ["wrongMfaCode"] });
    expect((await getMfaStatus(supervisor)).isEnrolled).toBe(false);
    const audits = await auditActions(supervisor.id);
    expect(audits.map((audit) => audit.action)).toEqual(["auth.mfa-failed"]);
    expect(audits[0]!.row).not.toContain(wrong);
  });

  it("activates with a valid code, issues 10 distinct recovery codes stored as hashes only, and ends every session", async () => {
    const session = await signInWithPassword(
      { email: supervisor.email, password: testPassword },
      ip,
    );
    if (!session.ok) throw new Error("sign-in failed");

    const { secret, recoveryCodes } = await enrollForTest(supervisor);

    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const hashes = await db.mfaRecoveryCode.findMany({
      where: { userId: supervisor.id },
      select: { codeHash: true },
    });
    expect(hashes).toHaveLength(10);
    for (const { codeHash } of hashes) {
      expect(codeHash).toMatch(/^\$argon2id\$/);
      for (const code of recoveryCodes) expect(codeHash).not.toContain(code.replaceAll("-", ""));
    }
    expect(await getMfaStatus(supervisor)).toEqual({
      isEnrolled: true,
      isRequired: true,
      recoveryCodesLeft: 10,
    });
    expect(await resolveSession(session.sessionId, session.sessionVersion)).toBeNull();
    const audits = await auditActions(supervisor.id);
    expect(audits.map((audit) => audit.action)).toContain("auth.mfa-enrolled");
    for (const audit of audits) expect(audit.row).not.toContain(secret);
  });

  it("refuses to start over while an authenticator is active", async () => {
    await enrollForTest(supervisor);

    expect((await errorOf(startMfaEnrollment(supervisor))).code).toBe("CONFLICT");
  });
});

describe("verifying a code", () => {
  let user: Actor;
  let secret: string;
  // Far ahead of the step the enrollment used, so each test picks its steps freely.
  const now = Date.now() + 10 * 60_000;
  const step = currentTotpStep(now);

  beforeEach(async () => {
    await resetDatabase();
    user = await makeUser("CASEWORKER", (await makeOffice()).id);
    ({ secret } = await enrollForTest(user));
  });

  it("accepts a code once: the same code again is refused", async () => {
    const code = totpCodeAt(secret, step);

    expect(await verifyMfaCode(user.id, code, { now })).toBe("totp");
    expect(await verifyMfaCode(user.id, code, { now })).toBeNull();
  });

  it("accepts one step either side of now, and never an earlier step than the last accepted", async () => {
    expect(await verifyMfaCode(user.id, totpCodeAt(secret, step - 2), { now })).toBeNull();
    expect(await verifyMfaCode(user.id, totpCodeAt(secret, step + 2), { now })).toBeNull();
    expect(await verifyMfaCode(user.id, totpCodeAt(secret, step - 1), { now })).toBe("totp");
    expect(await verifyMfaCode(user.id, totpCodeAt(secret, step + 1), { now })).toBe("totp");
    expect(await verifyMfaCode(user.id, totpCodeAt(secret, step), { now })).toBeNull();
  });

  it("accepts only one of two parallel requests with the same code", async () => {
    const code = totpCodeAt(secret, step);

    const results = await Promise.all(
      Array.from({ length: 5 }, () => verifyMfaCode(user.id, code, { now })),
    );

    expect(results.filter((result) => result === "totp")).toHaveLength(1);
  });

  it("accepts a recovery code once, typed with or without dashes, and audits its use", async () => {
    await resetDatabase();
    user = await makeUser("CASEWORKER", (await makeOffice()).id);
    const { recoveryCodes } = await enrollForTest(user);
    const code = recoveryCodes[3]!.replaceAll("-", "");

    expect(await verifyMfaCode(user.id, code)).toBe("recovery");
    expect(await verifyMfaCode(user.id, code)).toBeNull();
    expect((await getMfaStatus(user)).recoveryCodesLeft).toBe(9);
    const audits = await auditActions(user.id);
    expect(audits.filter((audit) => audit.action === "auth.mfa-recovery-code-used")).toHaveLength(
      1,
    );
  });
});

describe("managing MFA", () => {
  let office: Awaited<ReturnType<typeof makeOffice>>;

  beforeEach(async () => {
    await resetDatabase();
    office = await makeOffice();
  });

  it("replaces the recovery codes for a current code: the old ones stop working", async () => {
    const user = await makeUser("HQ", null);
    const { secret, recoveryCodes } = await enrollForTest(user);

    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(user, {
      code: totpCodeAt(secret, currentTotpStep() + 1),
    });

    expect(fresh).toHaveLength(10);
    expect(await verifyMfaCode(user.id, recoveryCodes[0]!.replaceAll("-", ""))).toBeNull();
    expect(await verifyMfaCode(user.id, fresh[0]!.replaceAll("-", ""))).toBe("recovery");
    expect((await auditActions(user.id)).map((audit) => audit.action)).toContain(
      "auth.mfa-recovery-codes-replaced",
    );
  });

  it("lets a caseworker turn MFA off with a code, and refuses a supervisor", async () => {
    const caseworker = await makeUser("CASEWORKER", office.id);
    const supervisor = await makeUser("SUPERVISOR", office.id);
    const { recoveryCodes } = await enrollForTest(caseworker);
    const supervisorEnrollment = await enrollForTest(supervisor);

    expect(await disableMfa(caseworker, { code: recoveryCodes[0]!.replaceAll("-", "") })).toEqual({
      isEnrolled: false,
    });
    expect(await db.mfaRecoveryCode.count({ where: { userId: caseworker.id } })).toBe(0);
    expect((await auditActions(caseworker.id)).map((audit) => audit.action)).toContain(
      "auth.mfa-disabled",
    );

    const refusal = await errorOf(
      disableMfa(supervisor, { code: supervisorEnrollment.recoveryCodes[0]!.replaceAll("-", "") }),
    );
    expect(refusal.code).toBe("FORBIDDEN");
    expect((await getMfaStatus(supervisor)).isEnrolled).toBe(true);
  });

  it("an admin's reset removes the authenticator and codes, ends the user's sessions, and the next sign-in must enroll again", async () => {
    const admin = await makeUser("ADMIN", null);
    const supervisor = await makeUser("SUPERVISOR", office.id);
    await enrollForTest(supervisor);
    const before = await signInWithPassword(
      { email: supervisor.email, password: testPassword },
      ip,
    );
    expect(before).toMatchObject({ ok: false, reason: "MFA_REQUIRED" });
    const caseworker = await makeUser("CASEWORKER", office.id);
    const open = await signInWithPassword({ email: caseworker.email, password: testPassword }, ip);
    if (!open.ok) throw new Error("sign-in failed");

    await resetUserMfa(admin, { userId: caseworker.id });
    await resetUserMfa(admin, { userId: supervisor.id });

    expect(await resolveSession(open.sessionId, open.sessionVersion)).toBeNull();
    expect(await db.userMfa.count({ where: { userId: supervisor.id } })).toBe(0);
    expect(await db.mfaRecoveryCode.count({ where: { userId: supervisor.id } })).toBe(0);
    const after = await signInWithPassword({ email: supervisor.email, password: testPassword }, ip);
    if (!after.ok) throw new Error("expected a session that must enroll");
    expect(await resolveSession(after.sessionId, after.sessionVersion)).toMatchObject({
      id: supervisor.id,
      mustEnrollMfa: true,
    });
    const { rows } = await pool.query(
      "SELECT actor_id, office_id FROM audit_entries WHERE action = 'user.mfa-reset' AND entity_id = $1",
      [supervisor.id],
    );
    expect(rows).toEqual([{ actor_id: admin.id, office_id: office.id }]);
    expect((await errorOf(resetUserMfa(supervisor, { userId: caseworker.id }))).code).toBe(
      "FORBIDDEN",
    );
  });
});
