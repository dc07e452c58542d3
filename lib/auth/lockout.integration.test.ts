import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { signInWithPassword, type SignInResult } from "@/lib/auth/sign-in";
import { lockedUntil, lockoutLimit } from "@/lib/auth/throttle";
import { db, pool } from "@/lib/db";
import { makeOffice, makeUser, resetDatabase, testPassword } from "@/lib/testing/kit";

const start = new Date("2026-03-02T08:00:00.000Z");
const burstSeconds = 5 * 60;

// Only Date is faked: the counters compare expiry times taken from Date.now().
function advance(seconds: number) {
  vi.setSystemTime(new Date(Date.now() + seconds * 1000));
}

// Wrong passwords in rounds of 10, waiting out the short burst wait between rounds.
async function failUntilLocked(email: string, ip: string): Promise<SignInResult[]> {
  const results: SignInResult[] = [];
  for (let failure = 1; failure <= lockoutLimit; failure++) {
    results.push(await signInWithPassword({ email, password: `wrong guess ${failure}` }, ip));
    if (failure % 10 === 0 && failure < lockoutLimit) advance(burstSeconds + 1);
  }
  return results;
}

async function lockAudits() {
  const { rows } = await pool.query<{ actor_id: string | null; entity_id: string | null }>(
    "SELECT actor_id, entity_id FROM audit_entries WHERE action = 'auth.account-locked' ORDER BY id",
  );
  return rows;
}

describe("sign-in lockout", () => {
  beforeEach(async () => {
    await resetDatabase();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("allows at most 100 failures an hour: the default is 30", () => {
    expect(lockoutLimit).toBe(30);
  });

  it("locks an account at its 30th failure within the hour for 60 minutes, even against the right password, and audits the lock once", async () => {
    const user = await makeUser("CASEWORKER", (await makeOffice()).id);

    const failures = await failUntilLocked(user.email, "203.0.113.10");
    expect(failures.every((result) => !result.ok && result.reason === "INVALID")).toBe(true);

    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.11"),
    ).toStrictEqual({ ok: false, reason: "LOCKED", retryAfterSeconds: 3600 });
    expect((await lockedUntil([user.email])).get(user.email)).toEqual(
      new Date(Date.now() + 3600_000),
    );
    expect(await lockAudits()).toStrictEqual([{ actor_id: null, entity_id: user.id }]);

    advance(59 * 60);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.11"),
    ).toStrictEqual({ ok: false, reason: "LOCKED", retryAfterSeconds: 60 });
    advance(61);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.11"),
    ).toMatchObject({ ok: true, userId: user.id });
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("answers an unknown email exactly like a real account, attempt by attempt, lock included", async () => {
    const user = await makeUser("CASEWORKER", (await makeOffice()).id);
    const real = [
      ...(await failUntilLocked(user.email, "203.0.113.20")),
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.20"),
    ];
    vi.setSystemTime(start);
    const unknown = [
      ...(await failUntilLocked("nobody@test.passage", "203.0.113.21")),
      await signInWithPassword(
        { email: "nobody@test.passage", password: testPassword },
        "203.0.113.21",
      ),
    ];

    expect(unknown).toStrictEqual(real);
    expect(unknown.at(-1)).toMatchObject({ reason: "LOCKED" });
    expect(await lockAudits()).toStrictEqual([
      { actor_id: null, entity_id: user.id },
      { actor_id: null, entity_id: null },
    ]);
  });

  it("a success before the limit clears the count: 29 failures, a sign-in, then 29 more failures do not lock", async () => {
    const user = await makeUser("CASEWORKER", (await makeOffice()).id);
    const ip = "203.0.113.30";
    for (let round = 0; round < 2; round++) {
      for (let failure = 1; failure < lockoutLimit; failure++) {
        await signInWithPassword({ email: user.email, password: `wrong ${failure}` }, ip);
        if (failure % 10 === 0) advance(burstSeconds + 1);
      }
      advance(burstSeconds + 1);
      expect(
        await signInWithPassword(
          { email: user.email, password: testPassword },
          `198.51.100.${round}`,
        ),
      ).toMatchObject({ ok: true });
    }
    expect(await lockedUntil([user.email])).toEqual(new Map());
    expect(await lockAudits()).toHaveLength(0);
  });

  it("a short burst of 10 failures makes the account wait 5 minutes (THROTTLED), without locking it", async () => {
    const user = await makeUser("CASEWORKER", (await makeOffice()).id);
    for (let failure = 1; failure <= 10; failure++)
      await signInWithPassword({ email: user.email, password: `wrong ${failure}` }, "203.0.113.40");

    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.40"),
    ).toStrictEqual({ ok: false, reason: "THROTTLED", retryAfterSeconds: burstSeconds });
    advance(burstSeconds + 1);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.40"),
    ).toMatchObject({ ok: true });
    expect(await lockAudits()).toHaveLength(0);
  });
});
