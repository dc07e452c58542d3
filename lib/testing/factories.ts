import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/passwords";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { CaseKind, Role } from "@/lib/generated/prisma/enums";

export const testPassword = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8).toUpperCase();

export async function makeOffice(hostCountry = "MEX") {
  const code = `OFF-${unique()}`;
  const office = await db.office.create({ data: { code, name: `Office ${code}`, hostCountry } });
  const project = await db.project.create({
    data: {
      code: `${code}-P`,
      title: "Test project",
      officeId: office.id,
      startDate: toDay("2020-01-01"),
    },
  });
  return { ...office, projectId: project.id };
}

export async function makeUser(
  role: Role,
  officeId: string | null,
  overrides: { isActive?: boolean; email?: string } = {},
): Promise<Actor> {
  passwordHash ??= hashPassword(testPassword);
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${unique().toLowerCase()}@test.passage`,
      name: `${role} user`,
      role,
      officeId,
      isActive: overrides.isActive ?? true,
      passwordHash: await passwordHash,
    },
    select: { id: true, role: true, officeId: true, name: true, email: true },
  });
  return user;
}

export async function makeCase(office: { id: string; projectId: string }, kind: CaseKind = "AVR") {
  const beneficiary = await db.beneficiary.create({
    data: {
      ref: `B-${unique()}`,
      officeId: office.id,
      givenName: "Test",
      familyName: "Person",
      sex: "F",
      birthDate: toDay("1990-01-01"),
      nationality: "HND",
    },
  });
  const kindFields = {
    AVR: { status: "OPEN", migrantCategory: "OTHER", returnCountry: "HND" },
    REINTEGRATION: { status: "ASSESSMENT", originCountry: "HND" },
    VOT: { status: "IDENTIFIED", identifiedOn: toDay("2026-01-01"), exploitationTypes: ["SEXUAL"] },
  } as const;
  return db.case.create({
    data: {
      ref: `C-${unique()}`,
      beneficiaryId: beneficiary.id,
      kind,
      officeId: office.id,
      projectId: office.projectId,
      openedOn: toDay("2026-01-02"),
      ...kindFields[kind],
      exploitationTypes: kind === "VOT" ? ["SEXUAL"] : [],
    },
  });
}
