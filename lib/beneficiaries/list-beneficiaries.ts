import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import type { BeneficiaryListQuery } from "@/lib/beneficiaries/beneficiary-list-query";
import { toDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Sex } from "@/lib/generated/prisma/enums";

export type BeneficiaryListRow = {
  id: string;
  ref: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  birthDate: Date | null;
  isBirthDateEstimated: boolean;
  nationality: string | null;
  cases: number;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

// A reference containing the text, or a name containing every word of it in any order,
// accents and case ignored (search_name is the stored, accent-folded name).
function matchesText(text: string): Prisma.Sql | null {
  const words = text.split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return null;
  const byName = words.map(
    (word) => Prisma.sql`b.search_name LIKE search_text(${`%${escapeLike(word)}%`})`,
  );
  return Prisma.sql`(lower(b.ref) LIKE lower(${`%${escapeLike(text.trim())}%`})
    OR (${Prisma.join(byName, " AND ")}))`;
}

function filters(officeId: string, query: BeneficiaryListQuery): Prisma.Sql {
  // The office's own registrations that are live: a merged record leads to its survivor.
  const where = [Prisma.sql`b.office_id = ${officeId}::uuid`, Prisma.sql`b.merged_into_id IS NULL`];
  const text = query.search ? matchesText(query.search.text) : null;
  if (text) where.push(text);
  if (query.search?.birthDate)
    where.push(Prisma.sql`b.birth_date = ${toDay(query.search.birthDate)}::date`);
  if (query.nationality) where.push(Prisma.sql`b.nationality = ${query.nationality}`);
  return Prisma.join(where, " AND ");
}

function orderBy(query: BeneficiaryListQuery): Prisma.Sql {
  const direction = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const columns =
    query.sort === "ref"
      ? [Prisma.sql`b.ref`]
      : [Prisma.sql`b.family_name`, Prisma.sql`b.given_name`, Prisma.sql`b.ref`];
  return Prisma.join(
    columns.map((column) => Prisma.sql`${column} ${direction}`),
    ", ",
  );
}

// One page of the office's people, with or without a case, and the total, as two queries
// run side by side. Office scoping is in the `where` and again in row-level security.
export async function listBeneficiaries(actor: Actor, query: BeneficiaryListQuery) {
  assertCan(actor, "beneficiary:read");
  const { officeId } = officeScope(actor);
  const where = filters(officeId, query);
  const rowsOf = (page: number) => db.$queryRaw<BeneficiaryListRow[]>`
    SELECT b.id, b.ref, b.given_name AS "givenName", b.family_name AS "familyName", b.sex,
           b.birth_date AS "birthDate", b.is_birth_date_estimated AS "isBirthDateEstimated",
           b.nationality,
           (SELECT count(*) FROM cases c WHERE c.beneficiary_id = b.id AND c.office_id = ${officeId}::uuid)::integer AS cases
    FROM beneficiaries b
    WHERE ${where}
    ORDER BY ${orderBy(query)}
    LIMIT ${query.size} OFFSET ${(page - 1) * query.size}`;
  const [requestedRows, [total]] = await Promise.all([
    rowsOf(query.page),
    db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM beneficiaries b WHERE ${where}`,
  ]);
  const count = Number(total?.count ?? 0);
  // A page past the end (an old link, a list that shrank) shows the last page instead.
  const page = Math.min(query.page, Math.max(1, Math.ceil(count / query.size)));
  const rows = page === query.page ? requestedRows : await rowsOf(page);
  return { rows, total: count, page, size: query.size };
}
