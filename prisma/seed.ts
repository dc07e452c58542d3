import { hashPassword } from "@/lib/auth/passwords";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseKind, CaseStatus, ServiceType, Sex } from "@/lib/generated/prisma/enums";
import { nextRef } from "@/lib/refs/next-ref";

import { deactivatedDemoAccount, demoAccounts, demoPassword } from "./seed-accounts";
import { seedDemoHousehold } from "./seed-households";
import { seedReintegrationReview } from "./seed-review";

// A small demo for `npm start`: three offices, one user per role, a dozen cases. All
// names are invented.
const offices = [
  {
    code: "MEX-TAP",
    name: "Tapachula",
    hostCountry: "MEX",
    defaultLocale: "es",
    timeZone: "America/Mexico_City",
  },
  {
    code: "GTM-GUA",
    name: "Guatemala City",
    hostCountry: "GTM",
    defaultLocale: "es",
    timeZone: "America/Guatemala",
  },
  { code: "DEU-BER", name: "Berlin", hostCountry: "DEU", timeZone: "Europe/Berlin" },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type DemoCase = {
  office: string;
  given: string;
  family: string;
  sex: Sex;
  birth: string | null;
  nationality: string;
  kind: CaseKind;
  status: CaseStatus;
  opened: string;
  closed?: string;
  fields: Partial<Prisma.CaseUncheckedCreateInput>;
  services: [ServiceType, string][];
};

const demoCases: DemoCase[] = [
  {
    office: "MEX-TAP",
    given: "Marta",
    family: "Quispe",
    sex: "F",
    birth: "1990-04-12",
    nationality: "HND",
    kind: "AVR",
    status: "COUNSELLING",
    opened: "2026-09-02",
    fields: { migrantCategory: "IRREGULAR_STRANDED", returnCountry: "HND" },
    services: [
      ["COUNSELLING", "2026-09-03"],
      ["COUNSELLING", "2026-09-20"],
    ],
  },
  {
    office: "MEX-TAP",
    given: "José",
    family: "Ramírez",
    sex: "M",
    birth: "1985-11-30",
    nationality: "SLV",
    kind: "AVR",
    status: "DEPARTED",
    opened: "2026-07-14",
    fields: {
      migrantCategory: "VISA_OVERSTAYER",
      returnCountry: "SLV",
      actualDepartureOn: day("2026-08-30"),
    },
    services: [
      ["COUNSELLING", "2026-07-15"],
      ["RETURN_TRAVEL", "2026-08-30"],
    ],
  },
  {
    office: "MEX-TAP",
    given: "Kevin",
    family: "Ortiz",
    sex: "M",
    birth: "2010-02-08",
    nationality: "GTM",
    kind: "VOT",
    status: "ASSISTING",
    opened: "2026-10-05",
    fields: {
      identifiedOn: day("2026-10-04"),
      identifiedBy: "Labour inspectorate",
      exploitationTypes: ["FORCED_LABOUR"],
      labourSector: "AGRICULTURE",
      exploitationCountry: "MEX",
      riskLevel: "HIGH",
    },
    services: [
      ["SHELTER", "2026-10-05"],
      ["MEDICAL", "2026-10-06"],
      ["PSYCHOSOCIAL", "2026-10-12"],
    ],
  },
  {
    office: "MEX-TAP",
    given: "Rosa",
    family: "Méndez",
    sex: "F",
    birth: "1998-06-21",
    nationality: "HND",
    kind: "VOT",
    status: "IDENTIFIED",
    opened: "2026-11-10",
    fields: {
      identifiedOn: day("2026-11-09"),
      identifiedBy: "NGO outreach",
      exploitationTypes: ["SEXUAL"],
      exploitationCountry: "MEX",
      riskLevel: "MEDIUM",
    },
    services: [["SHELTER", "2026-11-10"]],
  },
  {
    office: "MEX-TAP",
    given: "Carlos",
    family: "Pérez",
    sex: "M",
    birth: "1979-01-15",
    nationality: "NIC",
    kind: "AVR",
    status: "CLOSED",
    opened: "2026-03-01",
    closed: "2026-05-02",
    fields: {
      migrantCategory: "OTHER",
      returnCountry: "NIC",
      actualDepartureOn: day("2026-04-28"),
    },
    services: [
      ["COUNSELLING", "2026-03-02"],
      ["RETURN_TRAVEL", "2026-04-28"],
    ],
  },
  {
    office: "MEX-TAP",
    given: "Julia",
    family: "Hernández",
    sex: "F",
    birth: "1991-02-17",
    nationality: "HND",
    kind: "REINTEGRATION",
    status: "PLANNING",
    opened: "2026-10-01",
    fields: {
      originCountry: "HND",
      needsAssessment: "Wants to run a food stall; two children of school age.",
    },
    services: [["COUNSELLING", "2026-10-02"]],
  },
  {
    office: "MEX-TAP",
    given: "Pedro",
    family: "Gómez",
    sex: "M",
    birth: "1987-08-03",
    nationality: "GTM",
    kind: "REINTEGRATION",
    status: "MONITORING",
    opened: "2026-04-06",
    fields: { originCountry: "GTM" },
    services: [["VOCATIONAL_TRAINING", "2026-05-04"]],
  },
  {
    office: "GTM-GUA",
    given: "Elena",
    family: "Cruz",
    sex: "F",
    birth: "1993-09-09",
    nationality: "GTM",
    kind: "REINTEGRATION",
    status: "PLANNING",
    opened: "2026-09-15",
    fields: { originCountry: "GTM", needsAssessment: "Wants to restart a tailoring business." },
    services: [["COUNSELLING", "2026-09-16"]],
  },
  {
    office: "GTM-GUA",
    given: "Mario",
    family: "López",
    sex: "M",
    birth: "1988-12-01",
    nationality: "GTM",
    kind: "REINTEGRATION",
    status: "MONITORING",
    opened: "2026-02-10",
    fields: { originCountry: "GTM" },
    services: [
      ["VOCATIONAL_TRAINING", "2026-03-05"],
      ["SMALL_BUSINESS", "2026-04-20"],
    ],
  },
  {
    office: "DEU-BER",
    given: "Ahmad",
    family: "Karimi",
    sex: "M",
    birth: "1995-07-07",
    nationality: "AFG",
    kind: "AVR",
    status: "APPROVED_FOR_RETURN",
    opened: "2026-08-11",
    fields: {
      migrantCategory: "FAILED_ASYLUM_SEEKER",
      returnCountry: "AFG",
      plannedDepartureOn: day("2026-12-15"),
    },
    services: [["COUNSELLING", "2026-08-12"]],
  },
  {
    office: "DEU-BER",
    given: "Olena",
    family: "Koval",
    sex: "F",
    birth: null,
    nationality: "UKR",
    kind: "VOT",
    status: "ASSISTING",
    opened: "2026-06-03",
    fields: {
      identifiedOn: day("2026-06-01"),
      identifiedBy: "Federal police",
      exploitationTypes: ["FORCED_LABOUR", "SEXUAL"],
      labourSector: "HOSPITALITY",
      exploitationCountry: "DEU",
      riskLevel: "HIGH",
    },
    services: [
      ["LEGAL", "2026-06-10"],
      ["PSYCHOSOCIAL", "2026-06-20"],
    ],
  },
];

export async function isDatabaseEmpty(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

export async function seedDemo(): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await db.$transaction(async (tx) => {
    const officeIds = new Map<string, string>();
    const projectIds = new Map<string, string>();
    for (const office of offices) {
      const { id } = await tx.office.create({ data: office, select: { id: true } });
      officeIds.set(office.code, id);
      const project = await tx.project.create({
        data: {
          code: `${office.code}-P1`,
          title: `${office.name} migrant assistance`,
          officeId: id,
          startDate: day("2025-01-01"),
        },
        select: { id: true },
      });
      projectIds.set(office.code, project.id);
    }
    // No demo account has an authenticator: a supervisor's, HQ's or admin's first sign-in
    // goes straight to setting one up (lib/auth/session.ts).
    // Each office's first caseworker holds its demo cases ("my cases" on their case list).
    const holderIds = new Map<string, string>();
    for (const account of [...demoAccounts, deactivatedDemoAccount]) {
      const user = await tx.user.create({
        data: {
          email: account.email,
          name: account.name,
          role: account.role,
          passwordHash,
          officeId: account.office ? officeIds.get(account.office) : null,
          isActive: account !== deactivatedDemoAccount,
        },
        select: { id: true },
      });
      if (account.role === "CASEWORKER" && account.office && !holderIds.has(account.office))
        holderIds.set(account.office, user.id);
    }
    for (const demo of demoCases) {
      const officeId = officeIds.get(demo.office)!;
      const beneficiary = await tx.beneficiary.create({
        data: {
          ref: await nextRef(tx, `B-${demo.office}`),
          officeId,
          givenName: demo.given,
          familyName: demo.family,
          sex: demo.sex,
          birthDate: demo.birth ? day(demo.birth) : null,
          nationality: demo.nationality,
          hasConsent: true,
          consentDate: day(demo.opened),
          consentPurpose: "Case management and assistance",
        },
        select: { id: true },
      });
      await tx.case.create({
        data: {
          ref: await nextRef(tx, `${demo.office}-${demo.kind}-${demo.opened.slice(0, 4)}`),
          beneficiaryId: beneficiary.id,
          kind: demo.kind,
          officeId,
          projectId: projectIds.get(demo.office)!,
          status: demo.status,
          assignedToId: holderIds.get(demo.office) ?? null,
          openedOn: day(demo.opened),
          closedOn: demo.closed ? day(demo.closed) : null,
          ...demo.fields,
          services: {
            create: demo.services.map(([type, date]) => ({ type, deliveredOn: day(date) })),
          },
          statusChanges: { create: { toStatus: demo.status } },
        },
      });
    }
    await seedReintegrationReview(tx, officeIds.get("MEX-TAP")!);
    // One provider in Tapachula's directory, so that its cases show the referral form.
    await tx.serviceProvider.create({
      data: {
        officeId: officeIds.get("MEX-TAP")!,
        name: "Casa de Acogida Sol del Sur",
        type: "NGO",
        services: ["SHELTER", "PSYCHOSOCIAL", "MEDICAL"],
        phone: "+52 962 000 0000",
      },
    });
    await seedDemoHousehold(tx, officeIds.get("MEX-TAP")!, "MEX-TAP");
  });
}
