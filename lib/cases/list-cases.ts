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
  status: [Prisma.sql`c.status`, Prisma.sql`c.opened_on`, Prisma.sql`c.ref`],
  kind: [Prisma.sql`c.kind`, Prisma.sql`c.opened_on`, Prisma.sql`c.ref`],
  name: [Prisma.sql`b.family_name`, Prisma.sql`b.given_name`, Prisma.sql`c.ref`],
};

function orderBy(query: CaseListQuery): Prisma.Sql {
  const direction = query.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  return Prisma.join(sortColumns[query.sort].map((column) => Prisma.sql`${column} ${direction}`), ", ");
}

// Born after this day: under 18 today. On 29 February of a leap year the day 18 years
// back may not exist; then 28 February is the last birthday that makes someone 18.
function eighteenYearsAgo(now = today()): Date {
  const month = now.getUTCMonth();
  const candidate = new Date(Date.UTC(now.getUTCFullYear() - 18, month, now.getUTCDate()));
  return candidate.getUTCMonth() === month ? candidate : new Date(Date.UTC(now.getUTCFullYear() - 18, month + 1, 0));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

type Filters = { onCases: Prisma.Sql[]; onBeneficiaries: Prisma.Sql[] };

function filters(officeId: string, query: CaseListQuery): Filters {
  const onCases: Prisma.Sql[] = [Prisma.sql`c.office_id = ${officeId}::uuid`];
  const onBeneficiaries: Prisma.Sql[] = [];
  if (query.kind) onCases.push(Prisma.sql`c.kind = ${query.kind}::"CaseKind"`);
  if (query.status) onCases.push(Prisma.sql`c.status = ${query.status}::"CaseStatus"`);
  if (query.openedFrom) onCases.push(Prisma.sql`c.opened_on >= ${query.openedFrom}::date`);
  if (query.openedTo) onCases.push(Prisma.sql`c.opened_on < ${addDays(toDay(query.openedTo), 1)}::date`);
  if (query.q) {
    // Row-level security keeps LIKE off the trigram indexes: each branch reads the office's
    // rows from a covering index (search_name is the stored, accent-folded name).
    const pattern = `%${escapeLike(query.q)}%`;
    onCases.push(Prisma.sql`c.id IN (
      SELECT id FROM cases WHERE lower(ref) LIKE lower(${pattern})
      UNION ALL
      SELECT named.id FROM cases named JOIN beneficiaries nb ON nb.id = named.beneficiary_id
      WHERE nb.search_name LIKE search_text(${pattern}))`);
  }
  if (query.sex) onBeneficiaries.push(Prisma.sql`b.sex = ${query.sex}::"Sex"`);
  if (query.nationality) onBeneficiaries.push(Prisma.sql`b.nationality = ${query.nationality}`);
  if (query.age === "child") onBeneficiaries.push(Prisma.sql`b.birth_date > ${eighteenYearsAgo()}::date`);
  if (query.age === "adult") onBeneficiaries.push(Prisma.sql`b.birth_date <= ${eighteenYearsAgo()}::date`);
  return { onCases, onBeneficiaries };
}

// One page of the office's cases and the total, as two queries run side by side.
export async function listCases(actor: Actor, query: CaseListQuery) {
  assertCan(actor, "case:read");
  const { officeId } = officeScope(actor);
  const { onCases, onBeneficiaries } = filters(officeId, query);
  // A case's beneficiary is registered in the same office; saying so lets the planner
  // walk the beneficiaries' name index when sorting by name.
  const where = Prisma.join([...onCases, Prisma.sql`b.office_id = ${officeId}::uuid`, ...onBeneficiaries], " AND ");
  const count = onBeneficiaries.length === 0
    ? Prisma.sql`SELECT count(*) AS count FROM cases c WHERE ${Prisma.join(onCases, " AND ")}`
    : Prisma.sql`SELECT count(*) AS count FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE ${where}`;
  const [rows, [total]] = await Promise.all([
    db.$queryRaw<CaseListRow[]>`
      SELECT c.id, c.ref, c.kind, c.status, c.opened_on AS "openedOn",
             b.given_name AS "givenName", b.family_name AS "familyName", b.sex, b.nationality, b.birth_date AS "birthDate"
      FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id
      WHERE ${where}
      ORDER BY ${orderBy(query)}
      LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`,
    db.$queryRaw<{ count: bigint }[]>(count),
  ]);
  return { rows, total: Number(total?.count ?? 0), page: query.page, size: query.size };
}
