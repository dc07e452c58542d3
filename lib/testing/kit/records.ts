import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/passwords";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  CaseKind,
  CaseStatus,
  ConsentPurpose,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  PlanStatus,
  Role,
  ServiceType,
  Sex,
} from "@/lib/generated/prisma/enums";

// Builders write rows directly through the app's client (lib/db), as the tests' system scope
// does (lib/testing/setup-database.ts): row-level security applies as soon as a test sets an
// acting user. Every default is ordinary data; a test overrides only what it is about.

// The one source of distinct codes and refs in the kit.
export const unique = () => randomUUID().slice(0, 8).toUpperCase();

export const testPassword = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

type Office = { id: string; projectId: string };

// An office with one open-ended project (started 2000-01-01): `projectId` for its cases.
export async function makeOffice(hostCountry = "MEX", code = `O-${hostCountry}-${unique()}`) {
  const office = await db.office.create({ data: { code, name: `Office ${code}`, hostCountry } });
  const project = await makeProject(office.id, "2000-01-01");
  return { ...office, projectId: project.id };
}

export async function makeProject(
  officeId: string,
  startDate: string,
  endDate: string | null = null,
) {
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

export async function makeUser(
  role: Role,
  officeId: string | null,
  overrides: { isActive?: boolean; email?: string; name?: string } = {},
): Promise<Actor> {
  passwordHash ??= hashPassword(testPassword);
  return db.user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${unique().toLowerCase()}@test.passage`,
      name: overrides.name ?? `${role} user`,
      role,
      officeId,
      isActive: overrides.isActive ?? true,
      passwordHash: await passwordHash,
    },
    select: { id: true, role: true, officeId: true, name: true, email: true },
  });
}

// An adult woman from Honduras born 1990-01-01; `birthDate: null` for an unknown age.
export async function makeBeneficiary(
  officeId: string,
  fields: {
    ref?: string;
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
      ref: fields.ref ?? `B-${unique()}`,
      officeId,
      givenName: fields.givenName ?? "Test",
      familyName: fields.familyName ?? "Person",
      sex: fields.sex ?? "F",
      birthDate: birthDate ? toDay(birthDate) : null,
      nationality: fields.nationality === undefined ? "HND" : fields.nationality,
    },
  });
}

export type CaseFields = {
  beneficiary?: { id: string };
  ref?: string;
  openedOn?: string;
  status?: CaseStatus;
  closedOn?: string;
  migrantCategory?: MigrantCategory;
  identifiedOn?: string;
  exploitationTypes?: ExploitationType[];
  labourSector?: LabourSector;
  exploitationCountry?: string;
  // The caseworker or supervisor holding the case; none unless given.
  assignedToId?: string | null;
};

// A case opened on 2026-01-02 in the office's project, in its kind's first status, for a new
// beneficiary unless one is given. A VOT case was identified on 2026-01-01 (sexual exploitation).
export async function makeCase(at: Office, kind: CaseKind = "AVR", fields: CaseFields = {}) {
  const beneficiaryId = fields.beneficiary?.id ?? (await makeBeneficiary(at.id)).id;
  const firstStatus = { AVR: "OPEN", REINTEGRATION: "ASSESSMENT", VOT: "IDENTIFIED" } as const;
  const byKind: Record<CaseKind, Partial<Prisma.CaseUncheckedCreateInput>> = {
    AVR: {
      migrantCategory: fields.migrantCategory ?? "OTHER",
      returnCountry: "HND",
    },
    REINTEGRATION: { originCountry: "HND" },
    VOT: {
      identifiedOn: toDay(fields.identifiedOn ?? "2026-01-01"),
      exploitationTypes: fields.exploitationTypes ?? ["SEXUAL"],
      labourSector: fields.labourSector ?? null,
      exploitationCountry: fields.exploitationCountry ?? null,
    },
  };
  return db.case.create({
    data: {
      ref: fields.ref ?? `C-${unique()}`,
      beneficiaryId,
      kind,
      officeId: at.id,
      projectId: at.projectId,
      openedOn: toDay(fields.openedOn ?? "2026-01-02"),
      ...byKind[kind],
      status: fields.status ?? firstStatus[kind],
      closedOn: fields.closedOn ? toDay(fields.closedOn) : null,
      assignedToId: fields.assignedToId ?? null,
    },
  });
}

export type ServiceFields = {
  type: ServiceType;
  deliveredOn: string;
  amountMinor?: number | null;
  currency?: string | null;
};

// Services on one case: `["COUNSELLING", "2012-02-01"]` pairs, or fields with an amount.
export async function makeServices(
  onCase: { id: string },
  ...items: ([ServiceType, string] | ServiceFields)[]
) {
  await db.service.createMany({
    data: items.map((item) => {
      const fields = Array.isArray(item) ? { type: item[0], deliveredOn: item[1] } : item;
      return {
        caseId: onCase.id,
        type: fields.type,
        deliveredOn: toDay(fields.deliveredOn),
        amountMinor: fields.amountMinor ?? null,
        currency: fields.currency ?? null,
      };
    }),
  });
}

// A draft reintegration plan in USD with one cash item, drafted by `author`. Tests of the
// review workflow draft plans through the actions instead (lib/testing/kit/actions.ts).
export async function makePlan(
  onCase: { id: string; officeId: string },
  author: { id: string },
  overrides: { status?: PlanStatus } = {},
) {
  return db.reintegrationPlan.create({
    data: {
      caseId: onCase.id,
      officeId: onCase.officeId,
      currency: "USD",
      status: overrides.status ?? "DRAFT",
      draftedById: author.id,
      lastEditedById: author.id,
      items: {
        create: [
          {
            position: 1,
            type: "EMPLOYMENT",
            description: "Tools",
            modality: "CASH",
            amountMinor: 100,
            plannedOn: toDay("2026-03-01"),
          },
        ],
      },
      // Whoever saved the items may never approve them (four-eyes).
      authors: { create: { userId: author.id } },
    },
  });
}

// A written consent given by the beneficiary on 2026-03-01, recorded by `recordedBy`.
export async function makeConsent(
  onCase: { id: string; officeId: string },
  recordedBy: { id: string },
  overrides: { purpose?: ConsentPurpose; anyOffice?: boolean } = {},
) {
  return db.caseConsent.create({
    data: {
      caseId: onCase.id,
      officeId: onCase.officeId,
      purpose: overrides.purpose ?? "ASSISTANCE",
      type: "WRITTEN",
      givenBy: "BENEFICIARY",
      givenOn: toDay("2026-03-01"),
      anyOffice: overrides.anyOffice ?? false,
      recordedById: recordedBy.id,
    },
  });
}
