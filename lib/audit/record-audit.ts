import type { DbOrTx } from "@/lib/db";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  officeId?: string | null;
  changedFields?: string[];
};

// Entries carry ids and field names only: never the personal values themselves.
export async function recordAudit(client: DbOrTx, entry: AuditInput): Promise<void> {
  await client.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      officeId: entry.officeId ?? null,
      changedFields: entry.changedFields ?? [],
    },
  });
}
