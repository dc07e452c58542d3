import { createHash, randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/passwords";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  CaseKind,
  CaseStatus,
  ConsentPurpose,
  ControlMethod,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  PlanStatus,
  RecruitmentMethod,
  Role,
  ServiceType,
  Sex,
  SexExploitationType,
  TraffickingStatus,
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
  traffickingStatus?: TraffickingStatus;
  recruitmentMethods?: RecruitmentMethod[];
  recruitmentCountry?: string;
  controlMethods?: ControlMethod[];
  sexExploitationTypes?: SexExploitationType[];
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
      traffickingStatus: fields.traffickingStatus ?? null,
      recruitmentMethods: fields.recruitmentMethods,
      recruitmentCountry: fields.recruitmentCountry ?? null,
      controlMethods: fields.controlMethods,
      sexExploitationTypes: fields.sexExploitationTypes,
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

// An active NGO shelter of the office's directory, offering shelter and counselling.
export async function makeProvider(
  officeId: string,
  overrides: { name?: string; services?: ServiceType[]; isActive?: boolean } = {},
) {
  return db.serviceProvider.create({
    data: {
      officeId,
      name: overrides.name ?? `Shelter ${unique()}`,
      type: "NGO",
      services: overrides.services ?? ["SHELTER", "COUNSELLING"],
      phone: "+52 962 000 0000",
      isActive: overrides.isActive ?? true,
    },
  });
}

// A shelter referral of the case to `providerId`, sent on 2026-03-02 and not yet answered.
export async function makeReferral(
  onCase: { id: string; officeId: string },
  providerId: string,
  overrides: { sentOn?: string; serviceType?: ServiceType } = {},
) {
  return db.referral.create({
    data: {
      caseId: onCase.id,
      officeId: onCase.officeId,
      providerId,
      serviceType: overrides.serviceType ?? "SHELTER",
      sentOn: toDay(overrides.sentOn ?? "2026-03-02"),
    },
  });
}

// A household of the given beneficiaries of one office, the first one its head; tests of
// the membership rules build households through the actions instead (lib/households).
export async function makeHousehold(officeId: string, members: { id: string }[]) {
  const household = await db.household.create({
    data: {
      ref: `H-${unique()}`,
      officeId,
      members: { create: members.map((member) => ({ beneficiaryId: member.id })) },
    },
    select: { id: true, ref: true, members: { select: { id: true, beneficiaryId: true } } },
  });
  const head = household.members.find((member) => member.beneficiaryId === members[0]?.id);
  if (head)
    await db.household.update({ where: { id: household.id }, data: { headMemberId: head.id } });
  return household;
}

// A PDF document on a case, stored as the PostgreSQL store does: its bytes in 1 MiB chunks.
export async function makeDocument(
  onCase: { id: string },
  uploadedBy: { id: string },
  bytes: Buffer = Buffer.from("%PDF-1.4\n% a test document\n%%EOF\n"),
) {
  const chunkBytes = 1024 * 1024;
  return db.caseDocument.create({
    data: {
      caseId: onCase.id,
      type: "OTHER",
      fileName: "document.pdf",
      mediaType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      uploadedById: uploadedBy.id,
      chunks: {
        create: Array.from(
          { length: Math.max(1, Math.ceil(bytes.length / chunkBytes)) },
          (_, seq) => ({
            seq,
            data: new Uint8Array(bytes.subarray(seq * chunkBytes, (seq + 1) * chunkBytes)),
          }),
        ),
      },
    },
  });
}
