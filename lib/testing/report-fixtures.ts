import { randomUUID } from "node:crypto";

import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type {
  CaseKind,
  ExploitationType,
  LabourSector,
  MigrantCategory,
  ServiceType,
  Sex,
} from "@/lib/generated/prisma/enums";

// Tiny hand-made datasets for report tests: every row is written out in the test itself.
const unique = () => randomUUID().slice(0, 8).toUpperCase();

export async function office(hostCountry: string, code = `O-${hostCountry}-${unique()}`) {
  const created = await db.office.create({ data: { code, name: `Office ${code}`, hostCountry } });
  const project = await db.project.create({
    data: {
      code: `${code}-P`,
      title: "Project",
      officeId: created.id,
      startDate: toDay("2000-01-01"),
    },
  });
  return { id: created.id, code, projectId: project.id };
}

export async function project(officeId: string, start: string, end: string | null = null) {
  return db.project.create({
    data: {
      code: `P-${unique()}`,
      title: "Project",
      officeId,
      startDate: toDay(start),
      endDate: end ? toDay(end) : null,
    },
  });
}

export async function person(
  at: { id: string },
  fields: { sex?: Sex; birth?: string | null; nationality?: string | null } = {},
) {
  return db.beneficiary.create({
    data: {
      ref: `B-${unique()}`,
      officeId: at.id,
      givenName: "Test",
      familyName: "Person",
      sex: fields.sex ?? "M",
      birthDate: fields.birth ? toDay(fields.birth) : null,
      nationality: fields.nationality === undefined ? "HND" : fields.nationality,
    },
  });
}

type CaseFields = {
  category?: MigrantCategory;
  identified?: string;
  types?: ExploitationType[];
  sector?: LabourSector;
  exploitationCountry?: string;
};

export async function caseOf(
  beneficiary: { id: string },
  at: { id: string; projectId: string },
  kind: CaseKind,
  fields: CaseFields = {},
) {
  const byKind = {
    AVR: { status: "OPEN", migrantCategory: fields.category ?? "OTHER", returnCountry: "HND" },
    REINTEGRATION: { status: "ASSESSMENT", originCountry: "HND" },
    VOT: {
      status: "IDENTIFIED",
      identifiedOn: toDay(fields.identified ?? "2012-01-01"),
      exploitationTypes: fields.types ?? ["SEXUAL"],
      labourSector: fields.sector ?? null,
      exploitationCountry: fields.exploitationCountry ?? null,
    },
  } as const;
  return db.case.create({
    data: {
      ref: `C-${unique()}`,
      beneficiaryId: beneficiary.id,
      kind,
      officeId: at.id,
      projectId: at.projectId,
      openedOn: toDay("2000-01-01"),
      ...byKind[kind],
    },
  });
}

export async function services(onCase: { id: string }, ...items: [ServiceType, string][]) {
  await db.service.createMany({
    data: items.map(([type, day]) => ({ caseId: onCase.id, type, deliveredOn: toDay(day) })),
  });
}
