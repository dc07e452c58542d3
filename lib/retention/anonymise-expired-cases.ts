import { recordAudit } from "@/lib/audit/record-audit";
import { formatDay } from "@/lib/dates";
import type { Db, Tx } from "@/lib/db";
import { documentStorage } from "@/lib/documents/storage";
import { Prisma } from "@/lib/generated/prisma/client";
import { RETENTION_YEARS } from "@/lib/retention/retention-periods";
import { surrogateBirthDate } from "@/lib/retention/surrogate-birth-date";

// Stands in for names and required free text, which cannot be empty.
export const ANONYMISED = "Anonymised";
const BATCH = 200;

export type AnonymiseSummary = {
  expired: number;
  onLegalHold: number;
  cases: number;
  beneficiaries: number;
};

type ExpiredCase = { id: string; beneficiary_id: string; held: boolean };

// Closed cases whose retention period ended on or before `asOf` and not yet anonymised.
function findExpiredCases(client: Db | Tx, asOf: Date) {
  return client.$queryRaw<ExpiredCase[]>`
    SELECT id, beneficiary_id, legal_hold_since IS NOT NULL AS held FROM cases
    WHERE closed_on IS NOT NULL AND anonymised_at IS NULL
      AND (closed_on + make_interval(years => (${JSON.stringify(RETENTION_YEARS)}::jsonb ->> kind::text)::int))::date <= ${formatDay(asOf)}::date
    ORDER BY closed_on, id`;
}

// People none of whose cases stays identifiable once `caseIds` are anonymised; locked when
// about to be changed, so that a case opened for them meanwhile waits. A record merged into
// one of them (a tombstone, without cases of its own) goes with its survivor.
function findBeneficiariesToAnonymise(
  client: Db | Tx,
  beneficiaryIds: string[],
  caseIds: string[],
  lock: boolean,
) {
  return client.$queryRaw<{ id: string; office_id: string; birth_date: Date | null }[]>`
    SELECT b.id, b.office_id, b.birth_date FROM beneficiaries b
    WHERE (b.id = ANY (${beneficiaryIds}::uuid[]) OR b.merged_into_id = ANY (${beneficiaryIds}::uuid[]))
      AND b.anonymised_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_id = coalesce(b.merged_into_id, b.id) AND c.anonymised_at IS NULL AND NOT (c.id = ANY (${caseIds}::uuid[])))
    ORDER BY b.id ${lock ? Prisma.sql`FOR UPDATE OF b` : Prisma.empty}`;
}

// A case keeps what the figures need (kind, office, project, dates, categories, services'
// types, dates and amounts); its free text goes. A hold set meanwhile still wins.
async function anonymiseCases(tx: Tx, ids: string[]): Promise<number> {
  const done = await tx.$queryRaw<{ id: string; office_id: string }[]>`
    UPDATE cases SET travel_details = NULL, needs_assessment = NULL, identified_by = NULL,
      anonymised_at = now(), updated_at = now(), version = version + 1
    WHERE id = ANY (${ids}::uuid[]) AND anonymised_at IS NULL AND legal_hold_since IS NULL
    RETURNING id, office_id`;
  const doneIds = done.map((row) => row.id);
  await tx.$executeRaw`UPDATE services SET provider = NULL, note = NULL WHERE case_id = ANY (${doneIds}::uuid[])`;
  await tx.$executeRaw`UPDATE case_status_changes SET reason = NULL WHERE case_id = ANY (${doneIds}::uuid[])`;
  await tx.$executeRaw`UPDATE monitoring_visits SET note = NULL WHERE case_id = ANY (${doneIds}::uuid[])`;
  // A referral says where the person was sent: nothing of it is kept (its service stays).
  await tx.$executeRaw`DELETE FROM referrals WHERE case_id = ANY (${doneIds}::uuid[])`;
  // Case notes are nothing but free text about the person: they go whole.
  await tx.$executeRaw`DELETE FROM case_notes WHERE case_id = ANY (${doneIds}::uuid[])`;
  await tx.$executeRaw`UPDATE case_follow_ups SET text = ${ANONYMISED} WHERE case_id = ANY (${doneIds}::uuid[])`;
  await tx.$executeRaw`UPDATE case_consents SET guardian_name = NULL, guardian_relationship = NULL, withdrawal_reason = NULL WHERE case_id = ANY (${doneIds}::uuid[])`;
  await tx.$executeRaw`
    UPDATE plan_items SET description = ${ANONYMISED}
    WHERE plan_id IN (SELECT id FROM reintegration_plans WHERE case_id = ANY (${doneIds}::uuid[]))`;
  await tx.$executeRaw`
    UPDATE plan_decisions SET comment = ${ANONYMISED}
    WHERE comment IS NOT NULL AND plan_id IN (SELECT id FROM reintegration_plans WHERE case_id = ANY (${doneIds}::uuid[]))`;
  // Documents go whole, bytes and rows: a scan or a file name cannot be made anonymous.
  const documents = await tx.caseDocument.findMany({
    where: { caseId: { in: doneIds } },
    select: { id: true },
  });
  await documentStorage().erase(
    tx,
    documents.map((document) => document.id),
  );
  await tx.caseDocument.deleteMany({ where: { caseId: { in: doneIds } } });
  for (const row of done) {
    await recordAudit(tx, {
      actorId: null,
      action: "case.anonymise",
      entityType: "case",
      entityId: row.id,
      officeId: row.office_id,
      changedFields: [
        "travelDetails",
        "needsAssessment",
        "identifiedBy",
        "services.provider",
        "services.note",
        "statusChanges.reason",
        "monitoringVisits.note",
        "notes",
        "followUps.text",
        "consents.guardian",
        "plans.text",
        "referrals",
        "documents",
      ],
    });
  }
  return done.length;
}

// Names, contacts and the exact birth date go; sex and nationality stay. The birth date
// becomes a surrogate that keeps child/adult the same on every service and identification date.
async function anonymiseBeneficiaries(tx: Tx, beneficiaryIds: string[]): Promise<number> {
  const people = await findBeneficiariesToAnonymise(tx, beneficiaryIds, [], true);
  const cases = await tx.case.findMany({
    where: { beneficiaryId: { in: people.map((person) => person.id) } },
    select: {
      beneficiaryId: true,
      identifiedOn: true,
      services: { select: { deliveredOn: true } },
    },
  });
  for (const person of people) {
    const dates = cases
      .filter((row) => row.beneficiaryId === person.id)
      .flatMap((row) => [
        ...row.services.map((service) => service.deliveredOn),
        ...(row.identifiedOn ? [row.identifiedOn] : []),
      ]);
    await tx.beneficiary.update({
      where: { id: person.id },
      data: {
        givenName: ANONYMISED,
        familyName: ANONYMISED,
        phone: null,
        contactEmail: null,
        address: null,
        consentPurpose: null,
        birthDate: person.birth_date ? surrogateBirthDate(person.birth_date, dates) : null,
        isBirthDateEstimated: person.birth_date !== null,
        anonymisedAt: new Date(),
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: null,
      action: "beneficiary.anonymise",
      entityType: "beneficiary",
      entityId: person.id,
      officeId: person.office_id,
      changedFields: [
        "givenName",
        "familyName",
        "phone",
        "contactEmail",
        "address",
        "consentPurpose",
        "birthDate",
      ],
    });
  }
  return people.length;
}

// `npm run anonymise`: runs as the system (no acting user), in batches, each batch one
// transaction with its audit entries. Running it again finds nothing left to do.
export async function anonymiseExpiredCases(
  db: Db,
  options: { asOf: Date; dryRun: boolean },
): Promise<AnonymiseSummary> {
  const expired = await findExpiredCases(db, options.asOf);
  const due = expired.filter((row) => !row.held);
  const summary = {
    expired: expired.length,
    onLegalHold: expired.length - due.length,
    cases: 0,
    beneficiaries: 0,
  };
  if (options.dryRun) {
    const people = await findBeneficiariesToAnonymise(
      db,
      [...new Set(due.map((row) => row.beneficiary_id))],
      due.map((row) => row.id),
      false,
    );
    return { ...summary, cases: due.length, beneficiaries: people.length };
  }
  for (let start = 0; start < due.length; start += BATCH) {
    const batch = due.slice(start, start + BATCH);
    const counts = await db.$transaction(
      async (tx) => {
        const cases = await anonymiseCases(
          tx,
          batch.map((row) => row.id),
        );
        return {
          cases,
          beneficiaries: await anonymiseBeneficiaries(tx, [
            ...new Set(batch.map((row) => row.beneficiary_id)),
          ]),
        };
      },
      { timeout: 120_000 },
    );
    summary.cases += counts.cases;
    summary.beneficiaries += counts.beneficiaries;
  }
  return summary;
}
