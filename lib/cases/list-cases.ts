import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { addDays, toDay, today } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseKind, CaseStatus, Sex } from "@/lib/generated/prisma/enums";
import type { CaseListQuery } from "@/lib/validations/case-list";

export type CaseListRow = {
  id: string; ref: string; kind: CaseKind; status: CaseStatus; openedOn: Date;
  givenName: string; familyName: string; sex: Sex; nationality: string | null; birthDate: Date | null;
};

const sortColumns: Record<CaseListQuery["sort"], Prisma.Sql[]> = {
  ref: [Prisma.sql`c.ref`],
  openedOn: [Prisma.sql`c.opened_on`, Prisma.sql`c.ref`],
  status: [Prisma.sql`c.status`, Prisma.sql`c.ref`],
  kind: [Prisma.sql`c.kind`, Prisma.sql`c.ref`],
  name: [Prisma.sql`b.family_name`, Prisma.sql`b.given_name`, Prisma.sql`c.ref`],
};

function orderBy(query: CaseListQuery): Prisma.Sql {
  const direction = query.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.join(sortColumns[query.sort].map((column) => Prisma.sql`${column} ${direction}`), ", ");
}

// Born after this day: under 18 today.
function eighteenYearsAgo(now = today()): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth(), now.getUTCDate()));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

function filters(officeId: string, query: CaseListQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`c.office_id = ${officeId}::uuid`];
  if (query.kind) parts.push(Prisma.sql`c.kind = ${query.kind}::"CaseKind"`);
  if (query.status) parts.push(Prisma.sql`c.status = ${query.status}::"CaseStatus"`);
  if (query.sex) parts.push(Prisma.sql`b.sex = ${query.sex}::"Sex"`);
  if (query.nationality) parts.push(Prisma.sql`b.nationality = ${query.nationality}`);
  if (query.age === "child") parts.push(Prisma.sql`b.birth_date > ${eighteenYearsAgo()}::date`);
  if (query.age === "adult") parts.push(Prisma.sql`b.birth_date <= ${eighteenYearsAgo()}::date`);
  if (query.openedFrom) parts.push(Prisma.sql`c.opened_on >= ${query.openedFrom}::date`);
  if (query.openedTo) parts.push(Prisma.sql`c.opened_on < ${addDays(toDay(query.openedTo), 1)}::date`);
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    parts.push(Prisma.sql`(lower(c.ref) LIKE lower(${pattern})
      OR search_text(b.given_name || ' ' || b.family_name) LIKE search_text(${pattern}))`);
  }
  return Prisma.join(parts, " AND ");
}

// One page of the office's cases and the total, as two queries run side by side.
export async function listCases(actor: Actor, query: CaseListQuery) {
  assertCan(actor, "case:read");
  const where = filters(officeScope(actor).officeId, query);
  const [rows, [total]] = await Promise.all([
    db.$queryRaw<CaseListRow[]>`
      SELECT c.id, c.ref, c.kind, c.status, c.opened_on AS "openedOn",
             b.given_name AS "givenName", b.family_name AS "familyName", b.sex, b.nationality, b.birth_date AS "birthDate"
      FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id
      WHERE ${where}
      ORDER BY ${orderBy(query)}
      LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`,
    db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE ${where}`,
  ]);
  return { rows, total: Number(total?.count ?? 0), page: query.page, size: query.size };
}
