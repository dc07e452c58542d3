import type { Tx } from "@/lib/db";

// Gap-free per scope within committed transactions; the row lock serialises concurrent
// openings in the same office instead of letting two get the same number.
export async function nextRef(tx: Tx, scope: string): Promise<string> {
  const [row] = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO ref_counters (scope, value) VALUES (${scope}, 1)
    ON CONFLICT (scope) DO UPDATE SET value = ref_counters.value + 1
    RETURNING value`;
  return `${scope}-${String(row!.value).padStart(6, "0")}`;
}
