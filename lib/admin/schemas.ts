import { z } from "zod";

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

// The audit browser's filters, read from the URL.
export const auditListQuerySchema = z.object({
  action: lenient(
    z
      .string()
      .trim()
      .max(60)
      .regex(/^[a-z.-]+$/),
  ),
  entityType: lenient(
    z.enum(["case", "beneficiary", "user", "office", "project", "report_export"]),
  ),
  entityId: lenient(z.string().trim().max(60)),
  actorId: lenient(z.uuid()),
  from: lenient(z.iso.date()),
  to: lenient(z.iso.date()),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditListQuery = z.output<typeof auditListQuerySchema>;
