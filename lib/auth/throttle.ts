import { createHash } from "node:crypto";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db";

// Counters live in PostgreSQL so that every server behind the load balancer shares them.
const accountLimit = Number(process.env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ?? 10);
const ipLimit = Number(process.env.SIGN_IN_MAX_FAILURES_PER_IP ?? 100);

function limiter(keyPrefix: string, points: number, durationSeconds: number) {
  return new RateLimiterPostgres({
    storeClient: pool,
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

export async function secondsUntilAllowed(email: string, ip: string): Promise<number> {
  const [account, address] = await Promise.all([byAccount.get(accountKey(email)), byIp.get(ip)]);
  const waits = [
    account && account.consumedPoints >= accountLimit ? account.msBeforeNext : 0,
    address && address.consumedPoints >= ipLimit ? address.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...waits) / 1000);
}

export async function recordFailure(email: string, ip: string): Promise<void> {
  await Promise.all([
    byAccount.penalty(accountKey(email), 1),
    byIp.penalty(ip, 1),
  ]).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  });
}

export async function clearAccountFailures(email: string): Promise<void> {
  await byAccount.delete(accountKey(email));
}
