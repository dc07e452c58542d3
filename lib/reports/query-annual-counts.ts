import { toDay } from "@/lib/dates";
import type { DbOrTx, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// The raw counts behind every figure of REPORT_SPEC, in one statement over the summaries
// that triggers keep exact on write (migration 20261128200000_report_summaries): one row
// per beneficiary, case office and year, so each figure is a count over a year's people.
export type CountMap = Record<string, number>;
export type AnnualCounts = {
  assisted: number;
  assistedPrev: number;
  origins: number;
  activeProjects: number;
  hostCountries: number;
  sex: CountMap;
  ageGroups: CountMap;
  sexAge: { sex: string; age: string; n: number }[];
  avrAssisted: number;
  avrByCategory: CountMap;
  returnsByHost: CountMap;
  counselling: number;
  counsellingPrev: number;
  reintegration: number;
  reintegrationPrev: number;
  votAssisted: number;
  votAssistedPrev: number;
  exploitation: CountMap;
  exploitationPrev: CountMap;
  sectors: CountMap;
  votChildren: number;
  childrenByRegion: CountMap;
  childrenNeeds: CountMap;
  votDb: { beneficiaries: number; sources: number; destinations: number };
  nationality: CountMap;
  hostCountry: CountMap;
  region: CountMap;
  serviceTypes: CountMap;
};

export type OfficeScope = {
  officeCode: string | null;
  hostCountries: string[] | null;
  officeCodes?: string[] | null;
};

export async function queryAnnualCounts(
  db: DbOrTx,
  year: number,
  scope: OfficeScope,
  regionByCountry: Record<string, string>,
): Promise<AnnualCounts> {
  // JIT compilation costs more than it saves on a statement this size; the per-person
  // aggregates hash in memory instead of spilling to disk.
  const query = async (client: Tx) => {
    await client.$executeRaw`SET LOCAL jit = off`;
    await client.$executeRaw`SET LOCAL work_mem = '64MB'`;
    return client.$queryRaw<{ r: AnnualCounts }[]>(annualCountsSql(year, scope, regionByCountry));
  };
  const rows = "$transaction" in db ? await db.$transaction(query) : await query(db);
  return rows[0]!.r;
}

// People per enum value of a bit mask (report_bit), from a profile with a count n per
// distinct mask: the enum values are matched against a few masks, not every person.
const countByBit = (mask: string, enumType: string, from: string) =>
  Prisma.raw(`(SELECT coalesce(jsonb_object_agg(v, n), '{}') FROM (
  SELECT v, sum(m.n)::int AS n FROM ${from} m JOIN unnest(enum_range(NULL::"${enumType}")) v ON m.${mask} & report_bit(v) <> 0 GROUP BY v) x)`);

// People per host country or region (key: an expression of host and rm.region). Rows of
// beneficiaries with a single office come counted by host; the others are de-duplicated.
const peopleBy = (key: string, where = "true") =>
  Prisma.raw(`(SELECT coalesce(jsonb_object_agg(k, n), '{}') FROM (
  SELECT k, sum(n)::int AS n FROM (
    SELECT ${key} AS k, sum(n) AS n FROM hosts h LEFT JOIN rm ON rm.iso = h.host WHERE ${where} GROUP BY 1
    UNION ALL SELECT ${key} AS k, count(DISTINCT beneficiary_id) AS n FROM multi h LEFT JOIN rm ON rm.iso = h.host WHERE ${where} GROUP BY 1
  ) p GROUP BY k) x)`);

const sumWhere = (from: string, where: string) =>
  Prisma.raw(`(SELECT coalesce(sum(n), 0) FROM ${from} WHERE ${where})`);
const hasKind = (kind: string) => `kinds & (SELECT report_bit('${kind}'::"CaseKind")) <> 0`;

// One row per person of a year, across the offices in scope. The earliest first service
// decides the age group (a child on a later date was a child on every earlier one).
const PERSON = `sex, nationality, age_group AS age, service_types AS types, case_kinds AS kinds, avr_categories AS categories,
  exploitation_types AS exploitation, labour_sectors AS sectors, is_vot_child AS vot_child`;
const PERSON_FOLDED = `min(sex), min(nationality),
  CASE WHEN bool_or(age_group = 'unknown') THEN 'unknown' WHEN bool_or(age_group = 'child') THEN 'child' ELSE 'adult' END,
  bit_or(service_types), bit_or(case_kinds), bit_or(avr_categories), bit_or(exploitation_types), bit_or(labour_sectors),
  bool_or(is_vot_child)`;
const people = (from: string) =>
  Prisma.raw(`SELECT ${PERSON} FROM ${from} WHERE is_sole_office
  UNION ALL SELECT ${PERSON_FOLDED} FROM ${from} WHERE NOT is_sole_office GROUP BY beneficiary_id`);
const KIND_PROFILE = "types, kinds, categories, exploitation, sectors, vot_child";

// The statement itself.
function annualCountsSql(
  year: number,
  scope: OfficeScope,
  regionByCountry: Record<string, string>,
): Prisma.Sql {
  const yearStart = toDay(`${String(year).padStart(4, "0")}-01-01`);
  const yearEnd = toDay(`${String(year).padStart(4, "0")}-12-31`);
  const rows = (
    y: number,
  ) => Prisma.sql`SELECT r.beneficiary_id, r.sex, r.nationality, r.age_group, r.service_types, r.case_kinds,
      r.avr_categories, r.exploitation_types, r.labour_sectors, r.is_vot_child, r.avr_returned, r.counselling_services,
      r.reintegration_services, r.is_sole_office, sc.host
    FROM report_beneficiary_years r JOIN sc ON sc.id = r.office_id WHERE r.year = ${y}::int`;
  return Prisma.sql`
    WITH sc AS (
      SELECT id, host_country::text AS host FROM offices
      WHERE (${scope.officeCode}::text IS NULL OR code = ${scope.officeCode}::text)
        AND (${scope.hostCountries}::text[] IS NULL OR host_country = ANY (${scope.hostCountries}::text[]))
        AND (${scope.officeCodes ?? null}::text[] IS NULL OR code = ANY (${scope.officeCodes ?? null}::text[]))
    ),
    rm AS (SELECT key AS iso, value AS region FROM jsonb_each_text(${JSON.stringify(regionByCountry)}::jsonb)),
    yr AS MATERIALIZED (${rows(year)}),
    py AS NOT MATERIALIZED (${rows(year - 1)}),
    ppl AS NOT MATERIALIZED (${people("yr")}),
    demo AS MATERIALIZED (SELECT sex::text, age, nationality, count(*)::int AS n FROM ppl GROUP BY 1, 2, 3),
    kinds AS MATERIALIZED (SELECT ${Prisma.raw(KIND_PROFILE)}, count(*)::int AS n FROM ppl GROUP BY 1, 2, 3, 4, 5, 6),
    prev AS MATERIALIZED (SELECT kinds, exploitation, count(*)::int AS n, sum(counselling) AS counselling, sum(reintegration) AS reintegration
      FROM (SELECT case_kinds AS kinds, exploitation_types AS exploitation, counselling_services AS counselling,
          reintegration_services AS reintegration FROM py WHERE is_sole_office
        UNION ALL SELECT bit_or(case_kinds), bit_or(exploitation_types), sum(counselling_services)::int, sum(reintegration_services)::int
          FROM py WHERE NOT is_sole_office GROUP BY beneficiary_id) p GROUP BY 1, 2),
    hosts AS MATERIALIZED (SELECT host, avr_returned, is_vot_child, count(*) AS n FROM yr WHERE is_sole_office GROUP BY 1, 2, 3),
    multi AS MATERIALIZED (SELECT beneficiary_id, host, avr_returned, is_vot_child FROM yr WHERE NOT is_sole_office),
    sexage AS (SELECT sex, age, sum(n)::int AS n FROM demo GROUP BY 1, 2),
    nat AS (SELECT coalesce(nationality, 'UNKNOWN') AS nat, sum(n)::int AS n FROM demo GROUP BY 1),
    vdb AS MATERIALIZED (SELECT v.beneficiary_id, v.nationality, v.exploitation_country FROM report_vot_cases v JOIN sc ON sc.id = v.office_id
      WHERE v.identified_on <= ${yearEnd}::date),
    ap AS (
      SELECT sc.host FROM projects p JOIN sc ON sc.id = p.office_id
      WHERE p.start_date <= ${yearEnd}::date AND (p.end_date IS NULL OR p.end_date >= ${yearStart}::date)
    )
    SELECT jsonb_build_object(
      'assisted', ${sumWhere("kinds", "true")},
      'assistedPrev', ${sumWhere("prev", "true")},
      'origins', (SELECT count(*) FROM nat WHERE nat <> 'UNKNOWN'),
      'activeProjects', (SELECT count(*) FROM ap),
      'hostCountries', (SELECT count(DISTINCT host) FROM ap),
      'sex', (SELECT coalesce(jsonb_object_agg(sex, n), '{}') FROM (SELECT sex, sum(n) n FROM sexage GROUP BY sex) x),
      'ageGroups', (SELECT coalesce(jsonb_object_agg(age, n), '{}') FROM (SELECT age, sum(n) n FROM sexage GROUP BY age) x),
      'sexAge', (SELECT coalesce(jsonb_agg(sexage), '[]') FROM sexage),
      'avrAssisted', ${sumWhere("kinds", hasKind("AVR"))},
      'avrByCategory', ${countByBit("categories", "MigrantCategory", "kinds")},
      'returnsByHost', ${peopleBy("host", "avr_returned")},
      -- services, not people: summed over every row
      'counselling', (SELECT coalesce(sum(counselling_services), 0) FROM yr),
      'counsellingPrev', (SELECT coalesce(sum(counselling), 0) FROM prev),
      'reintegration', (SELECT coalesce(sum(reintegration_services), 0) FROM yr),
      'reintegrationPrev', (SELECT coalesce(sum(reintegration), 0) FROM prev),
      'votAssisted', ${sumWhere("kinds", hasKind("VOT"))},
      'votAssistedPrev', ${sumWhere("prev", hasKind("VOT"))},
      'exploitation', ${countByBit("exploitation", "ExploitationType", "kinds")},
      'exploitationPrev', ${countByBit("exploitation", "ExploitationType", "prev")},
      'sectors', ${countByBit("sectors", "LabourSector", "kinds")},
      'votChildren', ${sumWhere("kinds", "vot_child")},
      'childrenByRegion', ${peopleBy("rm.region", "is_vot_child AND rm.region IS NOT NULL")},
      -- every service of the year, in scope, to a person who is a VoT child in one of their rows
      'childrenNeeds', (SELECT coalesce(jsonb_object_agg(type, n), '{}') FROM (
        SELECT t.key AS type, sum(t.value::int) AS n FROM report_beneficiary_years r JOIN sc ON sc.id = r.office_id,
          jsonb_each_text(r.services_by_type) t
        WHERE r.year = ${year}::int AND r.beneficiary_id IN (SELECT beneficiary_id FROM yr WHERE is_vot_child) GROUP BY t.key) x),
      'votDb', jsonb_build_object(
        'beneficiaries', (SELECT count(*) FROM (SELECT DISTINCT beneficiary_id FROM vdb) d),
        'sources', (SELECT count(*) FROM (SELECT DISTINCT nationality FROM vdb WHERE nationality IS NOT NULL) d),
        'destinations', (SELECT count(*) FROM (SELECT DISTINCT exploitation_country FROM vdb WHERE exploitation_country IS NOT NULL) d)),
      'nationality', (SELECT coalesce(jsonb_object_agg(nat, n), '{}') FROM nat),
      'hostCountry', ${peopleBy("host")},
      'region', ${peopleBy("coalesce(rm.region, 'UNKNOWN')")},
      'serviceTypes', ${countByBit("types", "ServiceType", "kinds")}
    ) AS r`;
}
