import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { officeScope } from "@/lib/auth/scope";
import { formatDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { caseOwner, ownedBy, type WorklistSource } from "@/lib/worklist/sources/source";

type Row = {
  id: string;
  ref: string;
  owner_id: string | null;
  purpose: ConsentPurpose;
  withdrawn_on: Date | null;
  opened_on: Date;
};

// An open case needs the person's consent to assistance, and a reintegration case being
// monitored needs consent to monitoring visits. Without one in force today (as
// isConsentActive in lib/consent/consent-coverage.ts reads it: given on or before today, not
// withdrawn on or before today), the case is listed: since the withdrawal when the consent
// was withdrawn, else since the case opened.
export const consentNeededItems: WorklistSource = async (actor: Actor, query) => {
  const { officeId } = officeScope(actor);
  const today = formatDay(query.today);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c.id, c.ref, ${caseOwner} AS owner_id, n.purpose, c.opened_on,
           (SELECT max(k.withdrawn_on) FROM case_consents k
            WHERE k.case_id = c.id AND k.office_id = c.office_id AND k.purpose = n.purpose
              AND k.withdrawn_on <= ${today}::date) AS withdrawn_on
    FROM cases c
    CROSS JOIN LATERAL (
      SELECT 'ASSISTANCE'::"ConsentPurpose" AS purpose
      UNION ALL
      SELECT 'MONITORING'::"ConsentPurpose" WHERE c.kind = 'REINTEGRATION' AND c.status = 'MONITORING'
    ) n
    WHERE c.office_id = ${officeId}::uuid AND c.status <> 'CLOSED' ${ownedBy(query)}
      AND NOT EXISTS (
        SELECT 1 FROM case_consents k
        WHERE k.case_id = c.id AND k.office_id = c.office_id AND k.purpose = n.purpose
          AND k.given_on <= ${today}::date
          AND (k.withdrawn_on IS NULL OR k.withdrawn_on > ${today}::date)
      )`);
  return rows.map((row) => ({
    kind: "CONSENT_NEEDED" as const,
    key: `CONSENT_NEEDED:${row.id}:${row.purpose}`,
    caseId: row.id,
    caseRef: row.ref,
    ownerId: row.owner_id,
    dueOn: row.withdrawn_on ?? row.opened_on,
    purpose: row.purpose,
    isWithdrawn: row.withdrawn_on !== null,
    href: `/cases/${row.id}#consent`,
  }));
};
