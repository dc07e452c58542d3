import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Claim<T> = { isFirst: true } | { isFirst: false; result: T };

// Claims the key inside the write's own transaction. A concurrent submission with the same
// key waits on the primary key until the first commits, then reads its result.
export async function claimIdempotencyKey<T>(
  tx: Tx,
  key: string,
  userId: string,
  action: string,
): Promise<Claim<T>> {
  const inserted = await tx.$executeRaw`
    INSERT INTO idempotency_keys (key, user_id, action) VALUES (${key}::uuid, ${userId}::uuid, ${action})
    ON CONFLICT (key) DO NOTHING`;
  if (inserted === 1) return { isFirst: true };
  const prior = await tx.idempotencyKey.findUnique({
    where: { key },
    select: { userId: true, action: true, result: true },
  });
  // A key reused by someone else or for another action is not a retry of this submission.
  if (!prior || prior.userId !== userId || prior.action !== action) throw new AppError("CONFLICT");
  return { isFirst: false, result: prior.result as T };
}

export async function storeIdempotentResult(
  tx: Tx,
  key: string,
  result: Prisma.InputJsonValue,
): Promise<void> {
  await tx.idempotencyKey.update({ where: { key }, data: { result } });
}

// Runs `write` once per key; a repeat returns what the first run returned.
export async function once<T extends Prisma.InputJsonValue>(
  tx: Tx,
  claim: { key: string; userId: string; action: string },
  write: () => Promise<T>,
): Promise<T> {
  const claimed = await claimIdempotencyKey<T>(tx, claim.key, claim.userId, claim.action);
  if (!claimed.isFirst) return claimed.result;
  const result = await write();
  await storeIdempotentResult(tx, claim.key, result);
  return result;
}
