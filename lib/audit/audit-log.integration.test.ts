import { beforeEach, describe, expect, it } from "vitest";

import { recordAudit } from "@/lib/audit/record-audit";
import { db, pool } from "@/lib/db";
import { ownerPool, resetDatabase } from "@/lib/testing/kit";

async function insertEntry() {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO audit_entries (action, entity_type, entity_id, changed_fields)
     VALUES ('test.action', 'user', 'entity-1', ARRAY['name']) RETURNING id`,
  );
  return rows[0]!.id;
}

async function entries() {
  const { rows } = await pool.query<{
    id: string;
    action: string;
    entity_id: string | null;
    changed_fields: string[];
  }>("SELECT id, action, entity_id, changed_fields FROM audit_entries ORDER BY id");
  return rows;
}

// The app's role has no UPDATE, DELETE or TRUNCATE on the log at all; the trigger stops
// the table's owner too.
describe("audit_entries (append-only)", () => {
  beforeEach(async () => {
    await resetDatabase();
  });

  it("accepts inserts, through raw SQL and through recordAudit", async () => {
    expect(await db.auditEntry.count()).toBe(0);
    const id = await insertEntry();
    await recordAudit(db, {
      actorId: null,
      action: "test.other",
      entityType: "office",
      changedFields: ["code"],
    });

    expect(await entries()).toEqual([
      { id, action: "test.action", entity_id: "entity-1", changed_fields: ["name"] },
      { id: expect.any(String), action: "test.other", entity_id: null, changed_fields: ["code"] },
    ]);
  });

  it("rejects UPDATE, by grant and by trigger, and leaves the row unchanged", async () => {
    const id = await insertEntry();

    await expect(
      pool.query("UPDATE audit_entries SET action = 'tampered' WHERE id = $1", [id]),
    ).rejects.toThrow(/permission denied/);
    await expect(
      ownerPool().query("UPDATE audit_entries SET action = 'tampered' WHERE id = $1", [id]),
    ).rejects.toThrow(/append-only/);

    expect(await entries()).toEqual([
      { id, action: "test.action", entity_id: "entity-1", changed_fields: ["name"] },
    ]);
  });

  it("rejects DELETE, by grant and by trigger, and leaves the row in place", async () => {
    const id = await insertEntry();

    await expect(pool.query("DELETE FROM audit_entries WHERE id = $1", [id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      ownerPool().query("DELETE FROM audit_entries WHERE id = $1", [id]),
    ).rejects.toThrow(/append-only/);

    expect(await entries()).toEqual([
      { id, action: "test.action", entity_id: "entity-1", changed_fields: ["name"] },
    ]);
  });

  it("rejects TRUNCATE, by grant and by trigger, and leaves the row in place", async () => {
    const id = await insertEntry();

    await expect(pool.query("TRUNCATE audit_entries")).rejects.toThrow(/permission denied/);
    await expect(ownerPool().query("TRUNCATE audit_entries")).rejects.toThrow(/append-only/);

    expect(await entries()).toEqual([
      { id, action: "test.action", entity_id: "entity-1", changed_fields: ["name"] },
    ]);
  });

  it("rejects an UPDATE through Prisma too", async () => {
    const id = await insertEntry();

    await expect(db.auditEntry.updateMany({ data: { action: "tampered" } })).rejects.toThrow(
      /permission denied/,
    );

    expect((await entries()).map((entry) => entry.action)).toEqual(["test.action"]);
    expect((await entries())[0]!.id).toBe(id);
  });
});
