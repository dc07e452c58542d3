import { beforeEach, describe, expect, it } from "vitest";

import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, pool } from "@/lib/db";
import { makeOffice, makeUser, resetDatabase, testPassword } from "@/lib/testing/kit";

const ip = "203.0.113.7";

async function auditRows(action: string) {
  const { rows } = await pool.query<{
    actor_id: string | null;
    entity_type: string;
    entity_id: string | null;
    office_id: string | null;
    changed_fields: string[];
    row: string;
  }>(
    `SELECT actor_id, entity_type, entity_id, office_id, changed_fields, row_to_json(a)::text AS row
     FROM audit_entries a WHERE action = $1 ORDER BY id`,
    [action],
  );
  return rows;
}

describe("signInWithPassword", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("returns exactly { ok: false, reason: 'INVALID' } for a wrong password, an unknown email and a deactivated account", async () => {
    const office = await makeOffice();
    const active = await makeUser("CASEWORKER", office.id);
    const inactive = await makeUser("CASEWORKER", office.id, { isActive: false });

    const wrongPassword = await signInWithPassword(
      { email: active.email, password: "wrong password here" },
      ip,
    );
    const unknownEmail = await signInWithPassword(
      { email: "nobody@test.passage", password: testPassword },
      ip,
    );
    const deactivated = await signInWithPassword(
      { email: inactive.email, password: testPassword },
      ip,
    );

    expect(wrongPassword).toStrictEqual({ ok: false, reason: "INVALID" });
    expect(unknownEmail).toStrictEqual({ ok: false, reason: "INVALID" });
    expect(deactivated).toStrictEqual({ ok: false, reason: "INVALID" });
    expect(await db.authSession.count()).toBe(0);
  });

  it("signs in with the right password: returns the session, writes one auth_sessions row and an 'auth.sign-in' audit entry", async () => {
    const office = await makeOffice();
    const user = await makeUser("SUPERVISOR", office.id);
    expect(await db.authSession.count()).toBe(0);

    const result = await signInWithPassword({ email: user.email, password: testPassword }, ip);

    expect(result).toStrictEqual({
      ok: true,
      userId: user.id,
      sessionId: expect.any(String),
      sessionVersion: 0,
    });
    if (!result.ok) throw new Error("sign-in failed");
    const sessions = await db.authSession.findMany();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ id: result.sessionId, userId: user.id, endedAt: null });
    const audits = await auditRows("auth.sign-in");
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actor_id: user.id,
      entity_type: "user",
      entity_id: user.id,
      office_id: office.id,
    });
    const stored = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { lastSignInAt: true },
    });
    expect(stored.lastSignInAt).toBeInstanceOf(Date);
  });

  it("records each failure as an 'auth.sign-in-failed' audit entry that contains no email", async () => {
    const office = await makeOffice();
    const user = await makeUser("CASEWORKER", office.id);

    await signInWithPassword({ email: user.email, password: "wrong password here" }, ip);
    await signInWithPassword({ email: "ghost@test.passage", password: testPassword }, ip);

    const audits = await auditRows("auth.sign-in-failed");
    expect(audits).toHaveLength(2);
    expect(
      audits.map(({ actor_id, entity_type, entity_id, changed_fields }) => ({
        actor_id,
        entity_type,
        entity_id,
        changed_fields,
      })),
    ).toEqual([
      { actor_id: user.id, entity_type: "user", entity_id: user.id, changed_fields: [] },
      { actor_id: null, entity_type: "user", entity_id: null, changed_fields: [] },
    ]);
    for (const audit of audits) {
      expect(audit.row).not.toContain("@");
      expect(audit.row.toLowerCase()).not.toContain(user.email);
      expect(audit.row.toLowerCase()).not.toContain("ghost");
    }
  });

  it("matches the email case-insensitively and ignores surrounding spaces", async () => {
    const office = await makeOffice();
    const user = await makeUser("CASEWORKER", office.id, { email: "foo@x.test" });

    const result = await signInWithPassword({ email: "  Foo@X.Test ", password: testPassword }, ip);

    expect(result).toMatchObject({ ok: true, userId: user.id });
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("throttles an account after 10 failures: the right password then gets THROTTLED with retryAfterSeconds > 0 and no session", async () => {
    const office = await makeOffice();
    const user = await makeUser("CASEWORKER", office.id);

    for (let attempt = 1; attempt <= 10; attempt++) {
      expect(
        await signInWithPassword({ email: user.email, password: `wrong-${attempt}` }, ip),
      ).toStrictEqual({ ok: false, reason: "INVALID" });
    }
    const result = await signInWithPassword({ email: user.email, password: testPassword }, ip);

    expect(result).toMatchObject({ ok: false, reason: "THROTTLED" });
    if (result.ok || result.reason !== "THROTTLED") throw new Error("expected THROTTLED");
    expect(result.retryAfterSeconds).toBeGreaterThan(0);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await db.authSession.count()).toBe(0);
    expect((await auditRows("auth.sign-in")).length).toBe(0);
  });

  it("throttles the account whatever the case of the email typed", async () => {
    const office = await makeOffice();
    const user = await makeUser("CASEWORKER", office.id, { email: "mixed@x.test" });

    for (let attempt = 1; attempt <= 10; attempt++) {
      const email = attempt % 2 ? "MIXED@X.TEST" : "mixed@x.test";
      await signInWithPassword({ email, password: `wrong-${attempt}` }, ip);
    }

    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, ip),
    ).toMatchObject({ ok: false, reason: "THROTTLED" });
  });

  it("still allows 9 failures before a successful sign-in", async () => {
    const office = await makeOffice();
    const user = await makeUser("CASEWORKER", office.id);

    for (let attempt = 1; attempt <= 9; attempt++) {
      await signInWithPassword({ email: user.email, password: `wrong-${attempt}` }, ip);
    }

    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, ip),
    ).toMatchObject({ ok: true, userId: user.id });
  });

  it("does not throttle another account after 10 failures of one account, even from the same IP (IP limit is 100)", async () => {
    const office = await makeOffice();
    const victim = await makeUser("CASEWORKER", office.id);
    const other = await makeUser("CASEWORKER", office.id);

    for (let attempt = 1; attempt <= 10; attempt++) {
      await signInWithPassword({ email: victim.email, password: `wrong-${attempt}` }, ip);
    }

    expect(
      await signInWithPassword({ email: victim.email, password: testPassword }, ip),
    ).toMatchObject({ reason: "THROTTLED" });
    expect(
      await signInWithPassword({ email: other.email, password: testPassword }, ip),
    ).toMatchObject({ ok: true, userId: other.id });
    expect(
      await signInWithPassword({ email: other.email, password: testPassword }, "198.51.100.9"),
    ).toMatchObject({ ok: true, userId: other.id });
    expect(await db.authSession.count({ where: { userId: other.id } })).toBe(2);
    expect(await db.authSession.count({ where: { userId: victim.id } })).toBe(0);
  });

  it("returns INVALID without throwing or writing anything for malformed input", async () => {
    const office = await makeOffice();
    const user = await makeUser("CASEWORKER", office.id);
    const malformed: unknown[] = [
      undefined,
      null,
      "not an object",
      {},
      { email: user.email },
      { email: user.email, password: 12345678 },
      { email: user.email, password: "" },
      { email: 42, password: testPassword },
      { email: "not-an-email", password: testPassword },
      { email: [user.email], password: [testPassword] },
    ];

    for (const input of malformed) {
      await expect(signInWithPassword(input, ip)).resolves.toStrictEqual({
        ok: false,
        reason: "INVALID",
      });
    }
    expect(await db.authSession.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("30 simultaneous wrong passwords for one account check at most 10 passwords; the rest are THROTTLED", async () => {
    const office = await makeOffice();
    const user = await makeUser("CASEWORKER", office.id);

    const results = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        signInWithPassword(
          { email: user.email, password: `wrong guess ${index}` },
          `198.51.100.${index}`,
        ),
      ),
    );

    expect(results.filter((result) => !result.ok && result.reason === "INVALID")).toHaveLength(10);
    expect(results.filter((result) => !result.ok && result.reason === "THROTTLED")).toHaveLength(
      20,
    );
    expect(await db.authSession.count()).toBe(0);
  });
});
