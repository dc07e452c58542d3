import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { officeScope } from "@/lib/auth/scope";
import { drillDownKeys, effectiveAssignee, type CaseListQuery } from "@/lib/cases/case-list-query";
import { addDays, toDay, today } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseKind, CaseStatus, Sex } from "@/lib/generated/prisma/enums";

export type CaseListRow = {
  id: string;
  ref: string;
  kind: CaseKind;
  status: CaseStatus;
  openedOn: Date;
  givenName: string;
  familyName: string;
  sex: Sex;
  nationality: string | null;
  birthDate: Date | null;
  version: number;
  assignedToId: string | null;
  assigneeName: string | null;
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
  return Prisma.join(
    sortColumns[query.sort].map((column) => Prisma.sql`${column} ${direction}`),
    ", ",
  );
}

// Born after this day: under 18 today. On 29 February of a leap year the day 18 years
// back may not exist; then 28 February is the last birthday that makes someone 18.
function eighteenYearsAgo(now = today()): Date {
  const month = now.getUTCMonth();
  const candidate = new Date(Date.UTC(now.getUTCFullYear() - 18, month, now.getUTCDate()));
  return candidate.getUTCMonth() === month
    ? candidate
    : new Date(Date.UTC(now.getUTCFullYear() - 18, month + 1, 0));
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

type Filters = { onCases: Prisma.Sql[]; onBeneficiaries: Prisma.Sql[] };

const yearBounds = (year: number) =>
  [
    toDay(`${String(year).padStart(4, "0")}-01-01`),
    toDay(`${String(year).padStart(4, "0")}-12-31`),
  ] as const;
const isChildOn = (day: Prisma.Sql) =>
  Prisma.sql`date_part('year', age(${day}, b.birth_date)) < 18`;

// The annual report's drill-down filters, with REPORT_SPEC's definitions: a service in the
// year (of a type), the age on the beneficiary's first service of the year in this office,
// the VoT fields of the case, and a child on the case's identification date.
function drillDownFilters(
  officeId: string,
  query: CaseListQuery,
  { onCases, onBeneficiaries }: Filters,
): void {
  const served = query.servedIn === undefined ? null : yearBounds(query.servedIn);
  if (served || query.serviceType) {
    const onServices = [Prisma.sql`s.case_id = c.id`];
    if (served)
      onServices.push(Prisma.sql`s.delivered_on BETWEEN ${served[0]}::date AND ${served[1]}::date`);
    if (query.serviceType)
      onServices.push(Prisma.sql`s.type = ${query.serviceType}::"ServiceType"`);
    onCases.push(
      Prisma.sql`EXISTS (SELECT 1 FROM services s WHERE ${Prisma.join(onServices, " AND ")})`,
    );
  }
  if (served && query.ageAtService) {
    const firstService = Prisma.sql`(SELECT min(fs.delivered_on) FROM services fs JOIN cases fc ON fc.id = fs.case_id
      WHERE fc.beneficiary_id = b.id AND fc.office_id = ${officeId}::uuid AND fs.delivered_on BETWEEN ${served[0]}::date AND ${served[1]}::date)`;
    const age = {
      child: isChildOn(firstService),
      adult: Prisma.sql`NOT ${isChildOn(firstService)}`,
      unknown: Prisma.sql`b.birth_date IS NULL`,
    };
    onBeneficiaries.push(
      query.ageAtService === "unknown"
        ? age.unknown
        : Prisma.sql`b.birth_date IS NOT NULL AND ${age[query.ageAtService]}`,
    );
  }
  if (query.exploitation)
    onCases.push(
      Prisma.sql`${query.exploitation}::"ExploitationType" = ANY (c.exploitation_types)`,
    );
  if (query.sector) onCases.push(Prisma.sql`c.labour_sector = ${query.sector}::"LabourSector"`);
  if (query.category)
    onCases.push(Prisma.sql`c.migrant_category = ${query.category}::"MigrantCategory"`);
  if (query.identifiedTo)
    onCases.push(Prisma.sql`c.identified_on <= ${toDay(query.identifiedTo)}::date`);
  if (query.ageAtIdentification === "child")
    onBeneficiaries.push(
      Prisma.sql`b.birth_date IS NOT NULL AND ${isChildOn(Prisma.sql`c.identified_on`)}`,
    );
}

function filters(officeId: string, query: CaseListQuery): Filters {
  const onCases: Prisma.Sql[] = [Prisma.sql`c.office_id = ${officeId}::uuid`];
  const onBeneficiaries: Prisma.Sql[] = [];
  if (query.kind) onCases.push(Prisma.sql`c.kind = ${query.kind}::"CaseKind"`);
  if (query.status) onCases.push(Prisma.sql`c.status = ${query.status}::"CaseStatus"`);
  if (query.openedFrom) onCases.push(Prisma.sql`c.opened_on >= ${query.openedFrom}::date`);
  if (query.openedTo)
    onCases.push(Prisma.sql`c.opened_on < ${addDays(toDay(query.openedTo), 1)}::date`);
  if (query.q) {
    // Row-level security keeps LIKE off the trigram indexes: each branch reads the office's
    // rows from a covering index (search_name is the stored, accent-folded name). The case's
    // reference, the person's name, or the person's reference.
    const pattern = `%${escapeLike(query.q)}%`;
    onCases.push(Prisma.sql`c.id IN (
      SELECT id FROM cases WHERE lower(ref) LIKE lower(${pattern})
      UNION ALL
      SELECT named.id FROM cases named JOIN beneficiaries nb ON nb.id = named.beneficiary_id
      WHERE nb.search_name LIKE search_text(${pattern})
      UNION ALL
      SELECT held.id FROM cases held JOIN beneficiaries rb ON rb.id = held.beneficiary_id
      WHERE lower(rb.ref) LIKE lower(${pattern}))`);
  }
  if (query.sex) onBeneficiaries.push(Prisma.sql`b.sex = ${query.sex}::"Sex"`);
  if (query.nationality) onBeneficiaries.push(Prisma.sql`b.nationality = ${query.nationality}`);
  if (query.age === "child")
    onBeneficiaries.push(Prisma.sql`b.birth_date > ${eighteenYearsAgo()}::date`);
  if (query.age === "adult")
    onBeneficiaries.push(Prisma.sql`b.birth_date <= ${eighteenYearsAgo()}::date`);
  drillDownFilters(officeId, query, { onCases, onBeneficiaries });
  return { onCases, onBeneficiaries };
}

const isDrillDown = (query: CaseListQuery) => drillDownKeys.some((key) => query[key] !== undefined);

// The office's cases a list shows: the filters, and whose cases (the holder the query asks
// for, or the role's default), for the page and for the export alike.
function listFilters(actor: Actor, query: CaseListQuery) {
  const { officeId } = officeScope(actor);
  const { onCases, onBeneficiaries } = filters(officeId, query);
  const assignee = effectiveAssignee(query, actor);
  if (assignee === "none") onCases.push(Prisma.sql`c.assigned_to_id IS NULL`);
  else if (assignee !== "all") onCases.push(Prisma.sql`c.assigned_to_id = ${assignee}::uuid`);
  // A case's beneficiary is registered in the same office; saying so lets the planner
  // walk the beneficiaries' name index when sorting by name.
  const where = Prisma.join(
    [...onCases, Prisma.sql`b.office_id = ${officeId}::uuid`, ...onBeneficiaries],
    " AND ",
  );
  return { onCases, onBeneficiaries, where, assignee };
}

const listColumns = Prisma.sql`
  c.id, c.ref, c.kind, c.status, c.opened_on AS "openedOn",
  b.given_name AS "givenName", b.family_name AS "familyName", b.sex, b.nationality,
  b.birth_date AS "birthDate", c.version, c.assigned_to_id AS "assignedToId",
  holder.name AS "assigneeName"`;
const listFrom = Prisma.sql`cases c JOIN beneficiaries b ON b.id = c.beneficiary_id
  LEFT JOIN users holder ON holder.id = c.assigned_to_id`;

// One page of the office's cases and the total, as two queries run side by side. A
// drill-down from the annual report also counts the people: the report counts people,
// and one person can have several cases behind a figure.
export async function listCases(actor: Actor, query: CaseListQuery) {
  assertCan(actor, "case:read");
  const { onCases, onBeneficiaries, where, assignee } = listFilters(actor, query);
  const people = isDrillDown(query)
    ? Prisma.sql`, count(DISTINCT c.beneficiary_id) AS people`
    : Prisma.empty;
  const count =
    onBeneficiaries.length === 0
      ? Prisma.sql`SELECT count(*) AS count ${people} FROM cases c WHERE ${Prisma.join(onCases, " AND ")}`
      : Prisma.sql`SELECT count(*) AS count ${people} FROM cases c JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE ${where}`;
  const rowsOf = (page: number) => db.$queryRaw<CaseListRow[]>`
      SELECT ${listColumns} FROM ${listFrom}
      WHERE ${where}
      ORDER BY ${orderBy(query)}
      LIMIT ${query.size} OFFSET ${(page - 1) * query.size}`;
  const [requestedRows, [total]] = await Promise.all([
    rowsOf(query.page),
    db.$queryRaw<{ count: bigint; people?: bigint }[]>(count),
  ]);
  const totalCases = Number(total?.count ?? 0);
  // A page past the end (an old link, a list that shrank) shows the last page instead.
  const page = Math.min(query.page, Math.max(1, Math.ceil(totalCases / query.size)));
  const rows = page === query.page ? requestedRows : await rowsOf(page);
  const totalPeople = total?.people === undefined ? null : Number(total.people);
  return { rows, total: totalCases, people: totalPeople, page, size: query.size, assignee };
}

// The same cases in the same order as listCases, without the page: the export of the list
// (lib/case-export). At most `limit` rows, read in one statement (one snapshot, so the file
// is one consistent list); the caller asks for one more than it will write to tell a list
// over its cap.
export async function listCasesUpTo(actor: Actor, query: CaseListQuery, limit: number) {
  assertCan(actor, "case:read");
  const { where } = listFilters(actor, query);
  return db.$queryRaw<CaseListRow[]>`
    SELECT ${listColumns} FROM ${listFrom}
    WHERE ${where}
    ORDER BY ${orderBy(query)}
    LIMIT ${limit}`;
}
