import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";

// Counters live in PostgreSQL so that every server behind the load balancer shares them.
const accountLimit = Number(process.env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ?? 10);
const ipLimit = Number(process.env.SIGN_IN_MAX_FAILURES_PER_IP ?? 100);

function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool", // lib/db's pool is a pg.Pool subclass, which the library cannot recognise by name
    tableName: "throttle_counters",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: durationSeconds,
    blockDuration: durationSeconds,
  });
}

const byAccount = limiter("sign-in-account", accountLimit, 15 * 60);
const byIp = limiter("sign-in-ip", ipLimit, 60 * 60);

// Emails are personal data: the counter key is a hash.
function accountKey(email: string) {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

// Every attempt takes a point before the password is checked, in one atomic upsert, so
// parallel guesses cannot slip past the limit; a success gives its points back.
export async function reserveAttempt(email: string, ip: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const results = await Promise.allSettled([byAccount.consume(accountKey(email)), byIp.consume(ip)]);
  const refusals = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  if (refusals.length === 0) return { allowed: true };
  const waits = refusals.map((reason) => {
    if (reason instanceof RateLimiterRes) return reason.msBeforeNext;
    throw reason;
  });
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) };
}

export async function releaseAttempt(email: string, ip: string): Promise<void> {
  await Promise.all([byAccount.delete(accountKey(email)), byIp.reward(ip, 1)]);
}
