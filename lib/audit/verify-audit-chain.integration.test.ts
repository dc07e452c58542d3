import { beforeEach, describe, expect, it } from "vitest";

import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { db } from "@/lib/db";
import { ownerPool, resetDatabase } from "@/lib/testing/kit";

// Tampering as a superuser would: with the append-only trigger switched off.
async function tamper(sql: string) {
  const client = await ownerPool().connect();
  try {
    await client.query(`BEGIN; SET LOCAL session_replication_role = replica; ${sql}; COMMIT;`);
  } finally {
    client.release();
  }
}

describe("the audit hash chain", () => {
  beforeEach(async () => {
    await resetDatabase();
    for (const action of ["case.open", "case.view", "service.add", "case.update"]) {
      await recordAudit(db, {
        actorId: null,
        action,
        entityType: "case",
        entityId: "c-1",
        changedFields: ["status"],
      });
    }
  });

  it("numbers entries 1..n, links each to the previous hash, and verifies intact", async () => {
    const rows = await db.auditEntry.findMany({
      orderBy: { seq: "asc" },
      select: { seq: true, prevHash: true, hash: true },
    });
    expect(rows.map((row) => Number(row.seq))).toEqual([1, 2, 3, 4]);
    expect(rows[0]!.prevHash).toBeNull();
    for (let index = 1; index < rows.length; index += 1)
      expect(rows[index]!.prevHash).toBe(rows[index - 1]!.hash);
    expect(await verifyAuditChain(db)).toStrictEqual({
      entries: 4,
      isIntact: true,
      firstBrokenSeq: null,
      problem: null,
    });
  });

  it("detects an entry whose content was edited behind the application's back", async () => {
    await tamper("UPDATE audit_entries SET action = 'case.view' WHERE seq = 3");
    expect(await verifyAuditChain(db)).toStrictEqual({
      entries: 4,
      isIntact: false,
      firstBrokenSeq: 3,
      problem: "hash",
    });
  });

  it("detects a deleted entry", async () => {
    await tamper("DELETE FROM audit_entries WHERE seq = 2");
    expect(await verifyAuditChain(db)).toMatchObject({
      entries: 3,
      isIntact: false,
      firstBrokenSeq: 3,
    });
  });

  it("detects a forged hash that no longer matches the next entry's link", async () => {
    await tamper(
      "UPDATE audit_entries SET action = 'x', hash = audit_entry_hash(prev_hash, (SELECT a FROM audit_entries a WHERE seq = 2)) WHERE seq = 2",
    );
    expect(await verifyAuditChain(db)).toMatchObject({ isIntact: false, firstBrokenSeq: 2 });
  });

  it("keeps one unbroken chain when many entries are written at once", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        db.$transaction((tx) =>
          recordAudit(tx, { actorId: null, action: `bulk.${index}`, entityType: "case" }),
        ),
      ),
    );
    expect(await verifyAuditChain(db)).toStrictEqual({
      entries: 24,
      isIntact: true,
      firstBrokenSeq: null,
      problem: null,
    });
  });
});
