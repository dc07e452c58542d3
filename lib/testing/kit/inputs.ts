import { randomUUID } from "node:crypto";

import { addDays, formatDay, today } from "@/lib/dates";

// What the forms send, as plain records: the tests also send invalid values, so they are not
// typed as the schemas' inputs. Each has a fresh idempotency key.
export type Input = Record<string, unknown>;

// "YYYY-MM-DD", `days` from the server's UTC today (negative: in the past).
export function dayFromToday(days: number): string {
  return formatDay(addDays(today(), days));
}

// The same day and month as today, `years` years ago (today's age in completed years).
export function birthdayYearsAgo(years: number): string {
  const now = today();
  return `${now.getUTCFullYear() - years}${formatDay(now).slice(4)}`;
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

export function itemInput(overrides: Input = {}): Input {
  return {
    type: "SMALL_BUSINESS",
    description: "Sewing machine and fabric",
    modality: "IN_KIND",
    amount: "400.00",
    plannedOn: "2026-04-01",
    ...overrides,
  };
}

export function newPlanInput(caseId: string, overrides: Input = {}): Input {
  return {
    caseId,
    planId: null,
    version: null,
    currency: "USD",
    idempotencyKey: randomUUID(),
    items: [
      itemInput(),
      itemInput({
        type: "VOCATIONAL_TRAINING",
        description: "Tailoring course",
        modality: "CASH",
        amount: "250.50",
        plannedOn: "2026-03-20",
      }),
    ],
    ...overrides,
  };
}

export function consentInput(caseId: string, overrides: Input = {}): Input {
  return {
    caseId,
    purpose: "ASSISTANCE",
    type: "WRITTEN",
    givenBy: "BENEFICIARY",
    guardianName: "",
    guardianRelationship: "",
    givenOn: dayFromToday(-10),
    anyOffice: false,
    countries: [],
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}
