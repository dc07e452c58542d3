import "server-only";

import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { VotCaseRow } from "./case-level-columns";

export const BATCH_SIZE = 1000;

export type VotFilter = {
  officeId: string | null;
  yearFrom: number | null;
  yearTo: number | null;
  // The anonymised file is about victims: a case found not to be one is left out.
  victimsOnly?: boolean;
};

export function votWhere(filter: VotFilter): Prisma.CaseWhereInput {
  const identifiedOn: Prisma.DateTimeNullableFilter = { not: null };
  if (filter.yearFrom !== null) identifiedOn.gte = toDay(`${filter.yearFrom}-01-01`);
  if (filter.yearTo !== null) identifiedOn.lte = toDay(`${filter.yearTo}-12-31`);
  return {
    kind: "VOT",
    identifiedOn,
    ...(filter.officeId ? { officeId: filter.officeId } : {}),
    ...(filter.victimsOnly
      ? { OR: [{ traffickingStatus: null }, { traffickingStatus: { not: "NOT_A_VICTIM" } }] }
      : {}),
  };
}

const select = {
  id: true,
  ref: true,
  status: true,
  identifiedOn: true,
  exploitationTypes: true,
  labourSector: true,
  exploitationCountry: true,
  traffickingStatus: true,
  recruitmentMethods: true,
  recruitmentCountry: true,
  controlMethods: true,
  sexExploitationTypes: true,
  beneficiary: {
    select: {
      givenName: true,
      familyName: true,
      sex: true,
      birthDate: true,
      nationality: true,
      phone: true,
      contactEmail: true,
      address: true,
    },
  },
} as const satisfies Prisma.CaseSelect;

// What the anonymised file needs: no name, no contact, no reference.
const victimSelect = {
  id: true,
  identifiedOn: true,
  exploitationTypes: true,
  exploitationCountry: true,
  beneficiary: { select: { sex: true, birthDate: true, nationality: true } },
} as const satisfies Prisma.CaseSelect;
export type VictimCaseRow = Prisma.CaseGetPayload<{ select: typeof victimSelect }>;

// VOT cases in batches by id, so a large office never loads in one query. The caller's
// context (the acting user's, or the system's for HQ) decides what row-level security lets
// through; the filter narrows it.
export function votCaseBatches(filter: VotFilter): AsyncGenerator<VotCaseRow[]> {
  return batches(filter, (where) =>
    db.case.findMany({ where, orderBy: { id: "asc" }, take: BATCH_SIZE, select }),
  );
}

export function victimCaseBatches(filter: VotFilter): AsyncGenerator<VictimCaseRow[]> {
  return batches(filter, (where) =>
    db.case.findMany({ where, orderBy: { id: "asc" }, take: BATCH_SIZE, select: victimSelect }),
  );
}

async function* batches<T extends { id: string }>(
  filter: VotFilter,
  read: (where: Prisma.CaseWhereInput) => Promise<T[]>,
): AsyncGenerator<T[]> {
  let cursor: string | null = null;
  for (;;) {
    const batch: T[] = await read({
      ...votWhere(filter),
      ...(cursor ? { id: { gt: cursor } } : {}),
    });
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < BATCH_SIZE) return;
    cursor = batch[batch.length - 1]!.id;
  }
}
