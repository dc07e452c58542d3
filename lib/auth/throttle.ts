import { createHash } from "node:crypto";

import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { pool } from "@/lib/db";

// Counters live in PostgreSQL so that every server behind the load balancer shares them.
// Each is keyed by a hash of the email typed, not by the user, so an unknown email is
// throttled and locked exactly like a real account and the answer reveals nothing.
// - burst: a few failures in a row make the next attempt wait a few minutes;
// - lockout: the hard cap on guesses per account per hour, then a lock of a stated time
//   that an admin can lift (`unlockAccount`);
// - IP: many accounts guessed from one address.
const burstLimit = Number(process.env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ?? 10);
const burstMinutes = 5;
export const lockoutLimit = Math.min(100, Number(process.env.SIGN_IN_LOCKOUT_FAILURES ?? 30));
const lockoutMinutes = Number(process.env.SIGN_IN_LOCKOUT_MINUTES ?? 60);
const ipLimit = Number(process.env.SIGN_IN_MAX_FAILURES_PER_IP ?? 100);

// A counter in PostgreSQL, shared by every server (also the API's limit per token).
export function postgresLimiter(
  keyPrefix: string,
  points: number,
  durationSeconds: number,
  blockSeconds = durationSeconds,
) {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool", // lib/db's pool is a pg.Pool subclass, which the library cannot recognise by name
    tableName: "throttle_counters",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: durationSeconds,
    blockDuration: blockSeconds,
  });
}

// Burst and IP counters never block (block time 0): reserveAttempt refuses from the counts it
// reads, and the library's block writes back the count its consume saw, which can undo
// concurrent give-backs and let one guess more than the limit through.
const byBurst = postgresLimiter("sign-in-account", burstLimit, burstMinutes * 60, 0);
const byLockout = postgresLimiter("sign-in-lockout", lockoutLimit, 60 * 60, lockoutMinutes * 60);
const byIp = postgresLimiter("sign-in-ip", ipLimit, 60 * 60, 0);

// Emails are personal data: the counter key is a hash.
function accountKey(email: string) {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

export type AttemptReservation =
  | { allowed: true; locksOnFailure: boolean }
  | { allowed: false; reason: "THROTTLED" | "LOCKED"; retryAfterSeconds: number };

const refusal = (reason: "THROTTLED" | "LOCKED", msBeforeNext: number): AttemptReservation => ({
  allowed: false,
  reason,
  retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
});

const isLocked = (res: RateLimiterRes | null) => res !== null && res.consumedPoints > lockoutLimit;
const isSpent = (res: RateLimiterRes | null, limit: number) =>
  res !== null && res.consumedPoints >= limit;

// Only a password actually checked costs points. An attempt already over a limit is refused
// after reading the counters, taking nothing: a throttled account cannot drain its IP's
// allowance, nor a limited IP the accounts it tries. Then every attempt takes its points
// before the password is checked, in atomic upserts, so parallel guesses cannot slip past a
// limit; one that loses that race gives its points back, and a success gives them back too.
// The attempt that takes the last lockout point locks the account at once
// (`locksOnFailure`): a success lifts the lock again, a failure leaves it for `lockoutMinutes`.
export async function reserveAttempt(email: string, ip: string): Promise<AttemptReservation> {
  const key = accountKey(email);
  const [lock, burst, perIp] = await Promise.all([
    byLockout.get(key),
    byBurst.get(key),
    byIp.get(ip),
  ]);
  if (lock && isLocked(lock)) return refusal("LOCKED", lock.msBeforeNext);
  const spent = [isSpent(burst, burstLimit) && burst, isSpent(perIp, ipLimit) && perIp];
  const waits = spent.flatMap((res) => (res ? [res.msBeforeNext] : []));
  if (waits.length > 0) return refusal("THROTTLED", Math.max(...waits));

  const giveBack = () => Promise.all([byBurst.reward(key, 1), byIp.reward(ip, 1)]);
  const results = await Promise.allSettled([byBurst.consume(key), byIp.consume(ip)]);
  const lostRace = results.flatMap((result) => {
    if (result.status === "fulfilled") return [];
    if (result.reason instanceof RateLimiterRes) return [result.reason.msBeforeNext];
    throw result.reason;
  });
  if (lostRace.length > 0) {
    await giveBack();
    return refusal("THROTTLED", Math.max(...lostRace));
  }

  try {
    const counted = await byLockout.consume(key);
    if (counted.remainingPoints > 0) return { allowed: true, locksOnFailure: false };
    await byLockout.block(key, lockoutMinutes * 60);
    return { allowed: true, locksOnFailure: true };
  } catch (reason) {
    // Another attempt took the last point a moment ago; consume() has locked the key.
    if (reason instanceof RateLimiterRes) {
      await giveBack();
      return refusal("LOCKED", reason.msBeforeNext);
    }
    throw reason;
  }
}

export async function releaseAttempt(email: string, ip: string): Promise<void> {
  const key = accountKey(email);
  await Promise.all([byBurst.delete(key), byLockout.delete(key), byIp.reward(ip, 1)]);
}

// The stored keys of an account's counters, for an unlock written in the caller's transaction.
export function accountCounterKeys(email: string): string[] {
  const key = accountKey(email);
  return [byBurst.getKey(key), byLockout.getKey(key)];
}

// When each locked account (by email) may sign in again.
export async function lockedUntil(emails: string[]): Promise<Map<string, Date>> {
  const keyToEmail = new Map(emails.map((email) => [byLockout.getKey(accountKey(email)), email]));
  const { rows } = await pool.query<{ key: string; expire: string }>(
    "SELECT key, expire FROM throttle_counters WHERE key = ANY($1) AND points > $2 AND expire > $3",
    [[...keyToEmail.keys()], lockoutLimit, Date.now()],
  );
  return new Map(rows.map((row) => [keyToEmail.get(row.key)!, new Date(Number(row.expire))]));
}
