import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import { openCaseAction } from "@/lib/cases/actions";
import { addDays, formatDay, toDay, today } from "@/lib/dates";
import { db, pool } from "@/lib/db";
import type { Sex } from "@/lib/generated/prisma/enums";
import { executeAction, type ActionResult } from "@/lib/safe-action";

// Inputs are plain records: the tests also send invalid values, so they are not typed as
// the schemas' inputs.
export type Input = Record<string, unknown>;

const unique = () => randomUUID().slice(0, 8).toUpperCase();

// resetDatabase() in the committed harness does not empty these two tables.
export async function clearRefCountersAndIdempotencyKeys(): Promise<void> {
  await pool.query("DELETE FROM ref_counters; DELETE FROM idempotency_keys");
}

// "YYYY-MM-DD", `days` from the server's UTC today (negative: in the past).
export function dayFromToday(days: number): string {
  return formatDay(addDays(today(), days));
}

// The same day and month as today, `years` years ago (today's age in completed years).
export function birthdayYearsAgo(years: number): string {
  const now = today();
  return `${now.getUTCFullYear() - years}${formatDay(now).slice(4)}`;
}

export function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.data;
}

export function beneficiaryInput(overrides: Input = {}): Input {
  return {
    givenName: "José",
    familyName: "Pérez",
    sex: "M",
    birthDate: "1990-05-12",
    estimatedAge: null,
    nationality: "HND",
    phone: "+52 55 1234 5678",
    contactEmail: "jose.perez@example.org",
    address: "Calle Reforma 12",
    hasConsent: true,
    consentDate: "2026-03-01",
    consentPurpose: "Case management",
    acknowledgedDuplicates: false,
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export async function makeBeneficiary(
  officeId: string,
  fields: {
    givenName?: string;
    familyName?: string;
    sex?: Sex;
    birthDate?: string | null;
    nationality?: string | null;
  } = {},
) {
  const birthDate = fields.birthDate === undefined ? "1990-01-01" : fields.birthDate;
  return db.beneficiary.create({
    data: {
      ref: `B-T-${unique()}`,
      officeId,
      givenName: fields.givenName ?? "Test",
      familyName: fields.familyName ?? "Person",
      sex: fields.sex ?? "F",
      birthDate: birthDate ? toDay(birthDate) : null,
      nationality: fields.nationality === undefined ? "HND" : fields.nationality,
    },
  });
}

export async function makeProject(officeId: string, startDate: string, endDate: string | null) {
  return db.project.create({
    data: {
      code: `P-${unique()}`,
      title: "Test project",
      officeId,
      startDate: toDay(startDate),
      endDate: endDate ? toDay(endDate) : null,
    },
  });
}

type CaseRefs = { beneficiaryId: string; projectId: string };

export function avrCaseInput({ beneficiaryId, projectId }: CaseRefs, overrides: Input = {}): Input {
  return {
    kind: "AVR",
    beneficiaryId,
    projectId,
    openedOn: "2026-03-02",
    idempotencyKey: randomUUID(),
    migrantCategory: "VISA_OVERSTAYER",
    returnCountry: "HND",
    plannedDepartureOn: "2026-06-15",
    travelDetails: "Flight via Houston",
    ...overrides,
  };
}

export function reintegrationCaseInput(
  { beneficiaryId, projectId }: CaseRefs,
  overrides: Input = {},
): Input {
  return {
    kind: "REINTEGRATION",
    beneficiaryId,
    projectId,
    openedOn: "2026-03-02",
    idempotencyKey: randomUUID(),
    originCountry: "HND",
    avrCaseRef: "",
    needsAssessment: "Needs work and housing",
    ...overrides,
  };
}

export function votCaseInput({ beneficiaryId, projectId }: CaseRefs, overrides: Input = {}): Input {
  return {
    kind: "VOT",
    beneficiaryId,
    projectId,
    openedOn: "2026-03-02",
    idempotencyKey: randomUUID(),
    identifiedOn: "2026-02-20",
    identifiedBy: "Labour inspectorate",
    exploitationTypes: ["FORCED_LABOUR"],
    labourSector: "AGRICULTURE",
    exploitationCountry: "MEX",
    riskLevel: "HIGH",
    ...overrides,
  };
}

// The update form's values for a case as it was opened from `opened` (open-only fields dropped).
export function updateInputFrom(
  opened: Input,
  caseId: string,
  version: number,
  overrides: Input = {},
): Input {
  const fields = Object.fromEntries(
    Object.entries(opened).filter(
      ([field]) => field !== "beneficiaryId" && field !== "idempotencyKey",
    ),
  );
  return { ...fields, caseId, version, ...overrides };
}

export async function openCase(actor: Actor, input: Input): Promise<{ id: string; ref: string }> {
  return unwrap(await executeAction(openCaseAction.definition, actor, input));
}

export function statusInput(
  caseId: string,
  version: number,
  toStatus: string,
  effectiveOn: string,
  reason: string | null = null,
): Input {
  return { caseId, version, toStatus, effectiveOn, reason };
}

export function serviceInput(caseId: string, overrides: Input = {}): Input {
  return {
    caseId,
    type: "COUNSELLING",
    deliveredOn: "2026-03-10",
    provider: "",
    amount: "",
    currency: "",
    note: "",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

export type RowCounts = {
  beneficiaries: number;
  cases: number;
  caseStatusChanges: number;
  services: number;
  auditEntries: number;
  idempotencyKeys: number;
  refCounters: number;
};

// Every table a case-records write touches, counted in one statement.
export async function rowCounts(): Promise<RowCounts> {
  const { rows } = await pool.query<Record<keyof RowCounts, number>>(`
    SELECT (SELECT count(*) FROM beneficiaries)::int AS "beneficiaries",
           (SELECT count(*) FROM cases)::int AS "cases",
           (SELECT count(*) FROM case_status_changes)::int AS "caseStatusChanges",
           (SELECT count(*) FROM services)::int AS "services",
           (SELECT count(*) FROM audit_entries)::int AS "auditEntries",
           (SELECT count(*) FROM idempotency_keys)::int AS "idempotencyKeys",
           (SELECT count(*) FROM ref_counters)::int AS "refCounters"`);
  return rows[0]!;
}

export type AuditRow = {
  action: string;
  actor_id: string | null;
  entity_type: string;
  entity_id: string | null;
  office_id: string | null;
  changed_fields: string[];
  row: string;
};

// Audit entries oldest first, with the whole row as JSON text for "contains no personal value" checks.
export async function auditRows(action?: string): Promise<AuditRow[]> {
  const { rows } = await pool.query<AuditRow>(
    `SELECT action, actor_id, entity_type, entity_id, office_id, changed_fields, row_to_json(a)::text AS row
     FROM audit_entries a WHERE $1::text IS NULL OR action = $1 ORDER BY id`,
    [action ?? null],
  );
  return rows;
}

export type StatusChangeRow = {
  from_status: string | null;
  to_status: string;
  reason: string | null;
  changed_by_id: string | null;
};

export async function statusChangeRows(caseId: string): Promise<StatusChangeRow[]> {
  const { rows } = await pool.query<StatusChangeRow>(
    "SELECT from_status, to_status, reason, changed_by_id FROM case_status_changes WHERE case_id = $1 ORDER BY changed_at, id",
    [caseId],
  );
  return rows;
}
