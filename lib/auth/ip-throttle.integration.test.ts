import { beforeEach, describe, expect, it } from "vitest";

import { signInWithPassword } from "@/lib/auth/sign-in";
import { pool } from "@/lib/db";
import { makeOffice, makeUser, resetDatabase, testPassword } from "@/lib/testing/kit";

const ip = "203.0.113.40";
const ipLimit = 100;

async function ipPoints(address: string): Promise<number> {
  const { rows } = await pool.query<{ points: number }>(
    "SELECT points FROM throttle_counters WHERE key = $1",
    [`sign-in-ip:${address}`],
  );
  return rows[0]?.points ?? 0;
}

async function accountCounterCount(): Promise<number> {
  const { rows } = await pool.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM throttle_counters WHERE key NOT LIKE 'sign-in-ip:%'",
  );
  return rows[0]!.count;
}

describe("the per-IP sign-in limit counts only passwords actually checked", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("attempts refused because the account is already throttled take no per-IP point", async () => {
    const user = await makeUser("CASEWORKER", (await makeOffice()).id);
    for (let attempt = 1; attempt <= 10; attempt++)
      await signInWithPassword({ email: user.email, password: `wrong-${attempt}` }, ip);
    expect(await ipPoints(ip)).toBe(10);

    for (let attempt = 1; attempt <= 20; attempt++) {
      const result = await signInWithPassword({ email: user.email, password: "wrong" }, ip);
      expect(result).toMatchObject({ ok: false, reason: "THROTTLED" });
    }

    expect(await ipPoints(ip)).toBe(10);
  });

  it("attempts refused because the IP is already limited take no point from the account or the IP", async () => {
    const user = await makeUser("CASEWORKER", (await makeOffice()).id);
    await pool.query("INSERT INTO throttle_counters (key, points, expire) VALUES ($1, $2, $3)", [
      `sign-in-ip:${ip}`,
      ipLimit,
      Date.now() + 3600_000,
    ]);

    for (let attempt = 1; attempt <= 5; attempt++) {
      const result = await signInWithPassword({ email: user.email, password: testPassword }, ip);
      expect(result).toMatchObject({ ok: false, reason: "THROTTLED" });
    }

    expect(await ipPoints(ip)).toBe(ipLimit);
    expect(await accountCounterCount()).toBe(0);
    // The same account from another address is not held back by that address's refusals.
    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, "203.0.113.41"),
    ).toMatchObject({ ok: true });
  });

  it("a wrong password and an unknown email each take one per-IP point; a success gives its point back", async () => {
    const user = await makeUser("CASEWORKER", (await makeOffice()).id);
    await signInWithPassword({ email: user.email, password: "wrong password" }, ip);
    await signInWithPassword({ email: "ghost@test.passage", password: testPassword }, ip);
    expect(await ipPoints(ip)).toBe(2);

    expect(
      await signInWithPassword({ email: user.email, password: testPassword }, ip),
    ).toMatchObject({ ok: true });
    expect(await ipPoints(ip)).toBe(2);
  });
});
