import { AuditLog } from "@/components/audit/audit-log";
import { listAuditEntries } from "@/lib/admin/list-audit-entries";
import { auditListQuerySchema } from "@/lib/admin/schemas";
import { requirePermission } from "@/lib/auth/session";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("audit:read");
  const query = auditListQuerySchema.parse(await searchParams);
  return <AuditLog query={query} result={await listAuditEntries(user, query)} />;
}
