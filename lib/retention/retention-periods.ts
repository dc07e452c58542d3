import type { CaseKind } from "@/lib/generated/prisma/enums";

// How long a case is kept after closure before `npm run anonymise` removes the person's
// identifiers. VOT cases are kept longer: prosecutions and compensation claims come late.
export const RETENTION_YEARS: Record<CaseKind, number> = { AVR: 5, REINTEGRATION: 5, VOT: 10 };

// The anniversary of closure, N years on; 29 February closes on 28 February, as in PostgreSQL.
export function retentionEndsOn(kind: CaseKind, closedOn: Date): Date {
  const year = closedOn.getUTCFullYear() + RETENTION_YEARS[kind];
  const month = closedOn.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(closedOn.getUTCDate(), lastDay)));
}

// From the anniversary on, the case may be anonymised (unless on legal hold).
export function isRetentionOver(kind: CaseKind, closedOn: Date, asOf: Date): boolean {
  return asOf >= retentionEndsOn(kind, closedOn);
}
