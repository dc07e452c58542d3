import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { completeMfaSignIn } from "@/lib/auth/mfa/sign-in-challenge";
import { currentTotpStep, totpCodeAt } from "@/lib/auth/mfa/totp";
import { resolveSession } from "@/lib/auth/resolve-session";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, pool } from "@/lib/db";
import { makeOffice, makeUser, resetDatabase, testPassword } from "@/lib/testing/kit";
import { enrollForTest } from "@/lib/testing/mfa";

const ip = "203.0.113.40";

async function passwordStep(user: Actor): Promise<string> {
  const result = await signInWithPassword({ email: user.email, password: testPassword }, ip);
  if (result.ok || result.reason !== "MFA_REQUIRED")
    throw new Error(`expected MFA_REQUIRED, got ${JSON.stringify(result)}`);
  return result.challenge;
}

const wrongCode = (secret: string) => totpCodeAt(secret, currentTotpStep() + 7);

describe("two-step sign-in", () => {
  let user: Actor;
  let secret: string;
  let recoveryCodes: string[];

  beforeEach(async () => {
    await resetDatabase();
    user = await makeUser("ADMIN", null);
    ({ secret, recoveryCodes } = await enrollForTest(user));
  });

  it("opens no session for the password alone; a valid code opens one that is not limited to enrollment", async () => {
    const challenge = await passwordStep(user);
    expect(await db.authSession.count()).toBe(0);
    const stored = await db.mfaChallenge.findFirstOrThrow();
    expect(stored.tokenHash).not.toContain(challenge);

    const result = await completeMfaSignIn(
      { challenge, code: totpCodeAt(secret, currentTotpStep() + 1) },
      ip,
    );

    if (!result.ok) throw new Error(`expected a session, got ${result.reason}`);
    expect(await resolveSession(result.sessionId, result.sessionVersion)).toMatchObject({
      id: user.id,
      mustEnrollMfa: false,
    });
    const { rows } = await pool.query(
      "SELECT changed_fields FROM audit_entries WHERE action = 'auth.sign-in'",
    );
    expect(rows).toEqual([{ changed_fields: ["mfa"] }]);
  });

  it("uses a challenge once: a second code on the same challenge is refused", async () => {
    const challenge = await passwordStep(user);
    expect(await completeMfaSignIn({ challenge, code: recoveryCodes[0] }, ip)).toMatchObject({
      ok: true,
    });

    expect(await completeMfaSignIn({ challenge, code: recoveryCodes[1] }, ip)).toEqual({
      ok: false,
      reason: "CHALLENGE_ENDED",
    });
    expect(await db.authSession.count()).toBe(1);
  });

  it("refuses a wrong code with INVALID_CODE and audits it; after 5 wrong codes the challenge has ended", async () => {
    const challenge = await passwordStep(user);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await completeMfaSignIn({ challenge, code: wrongCode(secret) }, ip)).toEqual({
        ok: false,
        reason: "INVALID_CODE",
      });
    }

    expect(await completeMfaSignIn({ challenge, code: recoveryCodes[0] }, ip)).toEqual({
      ok: false,
      reason: "CHALLENGE_ENDED",
    });
    expect(await db.authSession.count()).toBe(0);
    const { rows } = await pool.query(
      "SELECT count(*)::int AS count FROM audit_entries WHERE action = 'auth.mfa-failed' AND entity_id = $1",
      [user.id],
    );
    expect(rows[0].count).toBe(5);
  });

  it("refuses an expired challenge and a made-up one", async () => {
    const challenge = await passwordStep(user);
    await db.mfaChallenge.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await completeMfaSignIn({ challenge, code: recoveryCodes[0] }, ip)).toEqual({
      ok: false,
      reason: "CHALLENGE_ENDED",
    });
    expect(
      await completeMfaSignIn({ challenge: "A".repeat(43), code: recoveryCodes[0] }, ip),
    ).toEqual({ ok: false, reason: "CHALLENGE_ENDED" });
    expect(await completeMfaSignIn({ code: recoveryCodes[0] }, ip)).toEqual({
      ok: false,
      reason: "CHALLENGE_ENDED",
    });
  });

  it("counts wrong codes toward the account throttle, and a correct password does not reset that count", async () => {
    // 2 password steps + 8 wrong codes = the 10 failures an account may have in 15 minutes.
    for (let round = 0; round < 2; round++) {
      const challenge = await passwordStep(user);
      for (let attempt = 0; attempt < 4; attempt++) {
        expect(await completeMfaSignIn({ challenge, code: wrongCode(secret) }, ip)).toMatchObject({
          reason: "INVALID_CODE",
        });
      }
    }

    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, ip),
    ).toMatchObject({ ok: false, reason: "THROTTLED" });
  });

  it("gives the throttle points of both steps back after a successful code, so frequent sign-ins are never blocked", async () => {
    for (const code of recoveryCodes) {
      expect(
        await completeMfaSignIn({ challenge: await passwordStep(user), code }, ip),
      ).toMatchObject({ ok: true });
    }

    const { rows } = await pool.query<{ key: string; points: number }>(
      "SELECT key, points FROM throttle_counters WHERE points > 0",
    );
    expect(rows).toEqual([]);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, ip),
    ).toMatchObject({ reason: "MFA_REQUIRED" });
  });

  it("lets a required role without an authenticator in with the password, limited to enrollment", async () => {
    const supervisor = await makeUser("SUPERVISOR", (await makeOffice()).id);

    const result = await signInWithPassword(
      { email: supervisor.email, password: testPassword },
      ip,
    );

    if (!result.ok) throw new Error("expected a session");
    expect(await resolveSession(result.sessionId, result.sessionVersion)).toMatchObject({
      mustEnrollMfa: true,
    });
  });
});
