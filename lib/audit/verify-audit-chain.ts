import type { DbOrTx } from "@/lib/db";

export type ChainReport = {
  entries: number;
  isIntact: boolean;
  firstBrokenSeq: number | null;
  problem: "hash" | "gap" | null;
};

// Recomputes every entry's hash from its content and its predecessor's stored hash, and
// checks that positions run 1, 2, 3, … without a gap (a deleted entry leaves one).
export async function verifyAuditChain(client: DbOrTx): Promise<ChainReport> {
  const [summary] = await client.$queryRaw<
    { entries: bigint; first_bad_hash: bigint | null; first_gap: bigint | null }[]
  >`
    WITH ordered AS (
      SELECT a.seq, a.hash, a.prev_hash,
             lag(a.hash) OVER (ORDER BY a.seq) AS previous_hash,
             row_number() OVER (ORDER BY a.seq) AS position,
             audit_entry_hash(a.prev_hash, a) AS expected
      FROM audit_entries a
    )
    SELECT count(*) AS entries,
           min(seq) FILTER (WHERE hash <> expected OR prev_hash IS DISTINCT FROM previous_hash) AS first_bad_hash,
           min(seq) FILTER (WHERE seq <> position) AS first_gap
    FROM ordered`;
  const badHash =
    summary?.first_bad_hash === null || summary?.first_bad_hash === undefined
      ? null
      : Number(summary.first_bad_hash);
  const gap =
    summary?.first_gap === null || summary?.first_gap === undefined
      ? null
      : Number(summary.first_gap);
  const firstBrokenSeq =
    [badHash, gap].filter((value): value is number => value !== null).sort((a, b) => a - b)[0] ??
    null;
  return {
    entries: Number(summary?.entries ?? 0),
    isIntact: firstBrokenSeq === null,
    firstBrokenSeq,
    problem: firstBrokenSeq === null ? null : firstBrokenSeq === gap ? "gap" : "hash",
  };
}
